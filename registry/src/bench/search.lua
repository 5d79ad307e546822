-- wrk script: GETs a mix of search requests, one per line of $BENCH_QUERIES (paths such as
-- /search?q=harbour), in turn. A line "@page" pages through all records by cursor: each such
-- request follows the "next" cursor of the latest page answer of the same thread, starting
-- again at the first page after the last. wrk does not say which request an answer belongs to
-- (a thread's connections interleave), so page answers are told by their body: sorted by
-- newest with no facets, which only the page requests ask for. done() reports how many answers
-- were not 200 (by status, with the first bytes of the body of the first few, and the path the
-- thread sent last, which is not necessarily the one answered),
-- wrk's socket errors and timeouts, the latency percentiles and the number of requests.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("BENCH_QUERIES")) do
    table.insert(paths, line)
  end
  next_path = math.random(#paths)
  cursor = nil
  not_ok = 0
  pages = 0
  by_status = {}
  samples = {}
  last_path = nil
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  if path == "@page" then
    path = "/search?sort=newest&size=20&facets=none"
    if cursor ~= nil then
      path = path .. "&cursor=" .. cursor
    end
  end
  last_path = path
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
    by_status[status] = (by_status[status] or 0) + 1
    if #samples < 5 then
      table.insert(samples, string.format("%d %s -> %s", status, last_path or "?",
        string.sub(body or "", 1, 300)))
    end
  end
  if status == 200 and string.find(body, '"sort":"newest"', 1, true)
      and string.find(body, '"facets":{}', 1, true) then
    pages = pages + 1
    cursor = string.match(body, '"next":"([^"]+)"')
  elseif status ~= 200 and last_path ~= nil and string.find(last_path, "cursor=", 1, true) then
    cursor = nil
  end
end

function done(summary, latency, requests)
  local failed = 0
  local paged = 0
  local statuses = {}
  for _, thread in ipairs(threads) do
    failed = failed + (thread:get("not_ok") or 0)
    paged = paged + (thread:get("pages") or 0)
    for status, count in pairs(thread:get("by_status") or {}) do
      statuses[status] = (statuses[status] or 0) + count
    end
    for _, sample in ipairs(thread:get("samples") or {}) do
      io.write("not 200: " .. sample .. "\n")
    end
  end
  io.write(string.format("answers other than 200: %d", failed))
  for status, count in pairs(statuses) do
    io.write(string.format(" (%d: %d)", status, count))
  end
  io.write("\n")
  local e = summary.errors
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    e.connect, e.read, e.write, e.timeout))
  io.write(string.format("cursor pages followed: %d\n", paged))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s latency: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("requests: %d\n", summary.requests))
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
end
