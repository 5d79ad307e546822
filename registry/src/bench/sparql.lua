-- wrk script: GETs the SPARQL endpoint with the example queries of the guide, round robin.
-- $BENCH_QUERIES is a file with one "format<TAB>query" per line, the query's newlines written
-- as \n. With $BENCH_FORM set, it GETs the HTML query form instead. done() reports how many
-- answers were not 200, so a run with refusals (timeouts, too many results) shows.
local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  paths = {}
  if os.getenv("BENCH_FORM") then
    table.insert(paths, "/sparql")
    wrk.headers["Accept"] = "text/html"
  else
    for line in io.lines(os.getenv("BENCH_QUERIES")) do
      local format, query = line:match("^(%w+)\t(.*)$")
      query = query:gsub("\\n", "\n")
      table.insert(paths, "/sparql?format=" .. format .. "&query=" .. encode(query))
    end
  end
  next_path = 1
  not_ok = 0
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %d requests, %d errors\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, summary.errors.status + summary.errors.timeout))
end
