-- One balance read of a random user.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
request = function()
   return wrk.format("GET", "/api/v1/information/account-balance/" .. math.random(users), headers)
end
