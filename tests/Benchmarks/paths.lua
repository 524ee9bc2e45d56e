-- wrk script: each request takes the next path from the file named by the PATHS environment variable
-- (one path per line), so a scenario rotates through many slugs instead of hammering one cached row.
-- At the end it prints one machine-readable line that run.sh turns into the table.

local paths = {}
local file = assert(io.open(os.getenv("PATHS"), "r"))
for line in file:lines() do
  if #line > 0 then paths[#paths + 1] = line end
end
file:close()
assert(#paths > 0, "no paths in " .. os.getenv("PATHS"))

local counter = 0

function setup(thread)
  -- Threads start at different offsets, so that they do not ask for the same slug in step.
  thread:set("offset", math.random(0, #paths - 1))
end

function request()
  counter = counter + 1
  local path = paths[((counter + (offset or 0)) % #paths) + 1]
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local non2xx = summary.errors.status
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, non2xx, socket))
end
