-- wrk script of the proposals benchmark: the reporting of wrk-report.lua (responses by status class, exact
-- percentiles) and, with WRK_ROTATE="path1|path2|..." in the environment, each request takes the next path of
-- the list (different search terms or texts per request instead of one cached query).
local threads = {}
local rotate = {}
for path in string.gmatch(os.getenv("WRK_ROTATE") or "", "[^|]+") do
  table.insert(rotate, path)
end

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  ok = 0
  other = 0
  n = 0
  math.randomseed(os.time() + tid * 7919)
end

if #rotate > 0 then
  request = function()
    n = n + 1
    return wrk.format("GET", rotate[((n + tid * 7) % #rotate) + 1])
  end
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local good, bad = 0, 0
  for _, t in ipairs(threads) do
    good = good + t:get("ok")
    bad = bad + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d ok=%d other=%d errors=%d rps=%.1f p50=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f\n",
    summary.requests, good, bad, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
