-- wrk: GET /api/projects/{id} over random ids of the bench dataset, each with a random unit's token.
-- BENCH_IDS and BENCH_TOKENS name the files bench/run.sh wrote ("<id> <unit>" and "<unit> <token>" lines).
local ids, tokens = {}, {}

local function read(file, into, column)
  for line in io.lines(file) do
    local a, b = line:match("^(%S+) (%S+)$")
    if a then into[#into + 1] = (column == 1) and a or b end
  end
end

function init(args)
  read(os.getenv("BENCH_IDS"), ids, 1)
  read(os.getenv("BENCH_TOKENS"), tokens, 2)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
  local id = ids[math.random(#ids)]
  local token = tokens[math.random(#tokens)]
  return wrk.format("GET", "/api/projects/" .. id, { ["Authorization"] = "Bearer " .. token })
end
