-- One atomic batch of BENCH_BATCH transfers of 0.01 between random users.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local size = tonumber(os.getenv("BENCH_BATCH") or "100")
request = function()
   local ops = {}
   for i = 1, size do
      local a, b = two_users()
      ops[i] = string.format('{"op": "transfer", "from_user_id": %d, "to_user_id": %d, "amount": "0.01"}', a, b)
   end
   return post("batch", '{"atomic": true, "operations": [' .. table.concat(ops, ",") .. ']}')
end
