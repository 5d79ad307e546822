-- wrk script: POSTs distinct signed credentials, one per line of $BENCH_INPUT (JSON Lines).
-- Each wrk thread takes every n-th line so no credential is sent twice; a thread stops when its
-- share is used up. done() reports how many answers were not 201, so a run with refusals shows.
--
-- wrk calls request() once on the first thread right after init() to check the script
-- (script_verify_request in wrk.c) and never sends that request, so the first thread answers
-- that call without taking a line; otherwise a fill of n lines would send n - 1 of them. Once a
-- thread's lines are used up, connections that still ask for a request get a GET of the
-- context (answered 200, not counted as a refusal) instead of a credential sent twice.
local threads = {}
local counter = 1
local context = "/consent-registry/context/v1"

function setup(thread)
  thread:set("index", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  local stride = tonumber(os.getenv("BENCH_THREADS") or "1")
  bodies = {}
  local n = 0
  for line in io.lines(os.getenv("BENCH_INPUT")) do
    n = n + 1
    if (n - index) % stride == 0 then
      table.insert(bodies, line)
    end
  end
  next_body = 1
  not_created = 0
  extra_sent = 0
  checked = (index ~= 1)
  wrk.method = "POST"
  wrk.path = "/records"
  wrk.headers["Content-Type"] = "application/vc"
end

function request()
  if not checked then
    checked = true
    return wrk.format(nil, nil, nil, bodies[1])
  end
  local body = bodies[next_body]
  if body == nil then
    extra_sent = extra_sent + 1
    return wrk.format("GET", context, {}, nil)
  end
  next_body = next_body + 1
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status ~= 201 then
    if status == 200 and extra_sent > 0 then
      extra_sent = extra_sent - 1
    else
      not_created = not_created + 1
    end
  end
  if next_body > #bodies then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local refused = 0
  for _, thread in ipairs(threads) do
    refused = refused + (thread:get("not_created") or 0)
  end
  io.write(string.format("answers other than 201: %d\n", refused))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s latency: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
