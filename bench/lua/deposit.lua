-- One deposit of 1.00 to a random user.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = function()
   return post("deposit", string.format('{"user_id": %d, "amount": "1.00"}', math.random(users)))
end
