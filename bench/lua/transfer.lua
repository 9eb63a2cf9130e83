-- One transfer of 0.01 between two random users of 1..BENCH_USERS.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = function()
   local a, b = two_users()
   return post("transfer", string.format('{"from_user_id": %d, "to_user_id": %d, "amount": "0.01"}', a, b))
end
