-- Shared by every scenario: the API key, the user range, and a one-line JSON summary at the end.
key = os.getenv("BENCH_KEY")
users = tonumber(os.getenv("BENCH_USERS") or "10000")
headers = {["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json"}
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)

function post(path, body)
   return wrk.format("POST", "/api/v1/transactions/" .. path, headers, body)
end

function two_users()
   local a = math.random(users)
   local b = math.random(users - 1)
   if b >= a then b = b + 1 end
   return a, b
end

function done(summary, latency, requests)
   io.write(string.format(
      '{"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p99_ms": %.2f, "non2xx": %d, "socket_errors": %d}\n',
      summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
      summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
