-- wrk script for bench/soak.py and bench/cluster.py: spreads GETs over the paths given after `--`,
-- counts answers by class (2xx..5xx) and prints one SOAK {json} line at the end.
-- An argument `instance=TOKEN` (before the paths) is the token the server was started with
-- (bench/servers.py): every answer without it in X-Register-Instance is counted as "foreign".
local paths = {}
local threads = {}
local next_path = 0
local instance = nil
s2, s3, s4, s5, foreign = 0, 0, 0, 0, 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for _, arg in ipairs(args) do
    if arg:sub(1, 9) == "instance=" then instance = arg:sub(10) else table.insert(paths, arg) end
  end
  if #paths == 0 then paths = {"/"} end
  math.randomseed(os.time() + #threads)
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
  -- A balancer in front (haproxy) sends header names in lower case.
  if instance and (headers["X-Register-Instance"] or headers["x-register-instance"]) ~= instance then
    foreign = foreign + 1
  end
end

function done(summary, latency, requests)
  local c = {s2 = 0, s3 = 0, s4 = 0, s5 = 0, foreign = 0}
  for _, thread in ipairs(threads) do
    for name, _ in pairs(c) do c[name] = c[name] + (thread:get(name) or 0) end
  end
  local e = summary.errors
  io.write(string.format(
    'SOAK {"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f, "max_ms": %.1f, ' ..
    '"2xx": %d, "3xx": %d, "4xx": %d, "5xx": %d, "foreign": %d, ' ..
    '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    c.s2, c.s3, c.s4, c.s5, c.foreign, e.connect, e.read, e.write, e.timeout))
end
