-- The first page of a random user's history.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = function()
   return wrk.format("GET", "/api/v1/information/account-transactions/" .. math.random(users), headers)
end
