-- wrk reporting shared by the benchmarks: counts responses by status class and prints exact percentiles.
-- With WRK_POST_FEEDBACK=1 in the environment each request is a new feedback submission with its own
-- Idempotency-Key.
local threads = {}
local post = os.getenv("WRK_POST_FEEDBACK") == "1"

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  ok = 0
  other = 0
  codes = {}
  n = 0
  math.randomseed(os.time() + tid * 7919)
end

if post then
  -- Spread over services of many departments, every neighbourhood and five kinds, as real traffic is (and as the
  -- rollup cells are: one submission counts in its department's, service's and neighbourhood's cell).
  local services = {"FEN-YOL", "FEN-KAZI", "TEMIZLIK-COP", "TEMIZLIK-KONTEYNER", "TEMIZLIK-SOKAK", "PARK-BAKIM",
    "PARK-BUDAMA", "ZABITA-GURULTU", "ZABITA-ISGAL", "ZABITA-SEYYAR", "VETERINER-SOKAK-HAYVANI", "IMAR-KACAK-YAPI",
    "RUHSAT-ISYERI", "MALI-EMLAK-VERGISI", "SOSYAL-GIDA", "SAGLIK-EVDE-SAGLIK", "KULTUR-KURS", "SPOR-TESIS",
    "YAZI-NIKAH", "MUHTARLIK-TALEP", "BILGI-E-BELEDIYE", "IKLIM-GERI-DONUSUM", "AFET-EGITIM", "EMLAK-KIRALAMA"}
  local neighbourhoods = {"ATAKENT", "ATATURK", "BESYOL", "CENNET", "CUMHURIYET", "FATIH", "FEVZI_CAKMAK", "GULTEPE",
    "HALKALI_MERKEZ", "INONU", "ISTASYON", "KANARYA", "KARTALTEPE", "KEMALPASA", "MEHMET_AKIF", "SOGUTLU_CESME",
    "SULTAN_MURAT", "TEVFIKBEY", "YARIMBURGAZ", "YENI_MAHALLE", "YESILOVA"}
  local kinds = {"REQUEST", "COMPLAINT", "SATISFACTION", "SUGGESTION", "THANKS"}
  request = function()
    n = n + 1
    local kind = kinds[math.random(#kinds)]
    local rating = kind == "SATISFACTION" and string.format(',"rating":%d', math.random(5)) or ""
    local body = string.format('{"kind":"%s","serviceCode":"%s"%s,"comment":"Benchmark talebi %d-%d: '
      .. 'kaldırımda çukur var.","neighbourhoodCode":"%s"}', kind, services[math.random(#services)], rating, tid, n,
      neighbourhoods[math.random(#neighbourhoods)])
    return wrk.format("POST", "/api/feedback", {
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = string.format("bench-%d-%d-%d-%d", tid, n, os.time(), math.random(1, 1000000000)),
    }, body)
  end
end

-- With WRK_BODIES=<file> each request POSTs the next line of that file (a JSON body) to the URL's path.
local bodies_file = os.getenv("WRK_BODIES")
if bodies_file then
  local bodies = {}
  for line in io.lines(bodies_file) do
    if #line > 0 then
      table.insert(bodies, line)
    end
  end
  request = function()
    n = n + 1
    local body = bodies[((n * 7 + tid * 13) % #bodies) + 1]
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
  end
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    other = other + 1
    codes[status] = (codes[status] or 0) + 1
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
  -- the statuses of the answers that were not 2xx, e.g. "STATUSES 400=73015" (no line when all were 2xx)
  local tally = {}
  for _, t in ipairs(threads) do
    for code, count in pairs(t:get("codes") or {}) do
      tally[code] = (tally[code] or 0) + count
    end
  end
  local parts = {}
  for code, count in pairs(tally) do
    table.insert(parts, string.format("%d=%d", code, count))
  end
  if #parts > 0 then
    table.sort(parts)
    io.write("STATUSES " .. table.concat(parts, " ") .. "\n")
  end
end
