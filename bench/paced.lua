-- wrk script: the peers' post.lua, paced. Before each request a connection waits a random
-- 0..2*GAP_MS milliseconds (mean GAP_MS), so the load is a rate rather than "as fast as the
-- server answers": with c connections, about c * 1000 / GAP_MS requests per second. wrk starts
-- a request's latency clock when it writes the request, after the wait.
dofile(os.getenv("POST_LUA") or "post.lua")
local gap = tonumber(os.getenv("GAP_MS") or "10")

-- Each wrk thread has its own Lua state: seed each differently, or all wait in step.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args) math.randomseed(os.time() + 7919 * (id or 0)) end

function delay() return math.random(0, 2 * gap) end
