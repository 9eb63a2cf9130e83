-- Half the requests reserve 1.00 for a new order, half pay an order whose reservation has
-- been answered (wrk's response() queues it), so every payment finds its reservation.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local paid, first, last, pay = {}, 1, 0, false
local base = math.random(1, 2 ^ 30) * 1000000  -- stays below 2^53: Lua numbers are doubles
local next_order = 0
request = function()
   pay = not pay
   if pay and last >= first then
      local order = paid[first]
      paid[first] = nil
      first = first + 1
      return post("make-payment", string.format(
         '{"user_id": %d, "service_id": 1, "order_id": %s, "amount": "1.00"}', order.user, order.id))
   end
   next_order = next_order + 1
   return post("reserve", string.format(
      '{"user_id": %d, "service_id": 1, "order_id": %d, "amount": "1.00", "service_name": "Bench"}',
      math.random(users), base + next_order))
end
response = function(status, headers, body)
   if status == 201 then
      local user = body:match('"user_id":(%d+)')
      local id = body:match('"order_id":(%d+)')
      if user and id then
         last = last + 1
         paid[last] = {user = tonumber(user), id = id}
      end
   end
end
