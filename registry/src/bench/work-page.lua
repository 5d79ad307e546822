-- wrk script: GETs work pages (Accept: text/html) at random from the paths in $BENCH_PATHS, one
-- path a line (/works/<uuid>). done() reports answers other than 200 and the latency percentiles.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("seed", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  math.randomseed(os.time() * 1000 + seed)
  paths = {}
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    table.insert(paths, line)
  end
  not_ok = 0
  wrk.headers["Accept"] = "text/html"
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("not_ok") or 0)
  end
  io.write(string.format("answers other than 200: %d\n", failed))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s latency: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  local e = summary.errors
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    e.connect, e.read, e.write, e.timeout))
  io.write(string.format("requests: %d\n", summary.requests))
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
end
