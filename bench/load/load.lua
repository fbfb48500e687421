-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script of bench/load. KEYWARD_LOAD_FIXTURE names the Lua table that
-- setup.mjs wrote; KEYWARD_LOAD_MODE is "mixed" (logins, lists, token creates
-- and deletes, publishes) or "cheap" (GETs that only read: the probe whose
-- latency shows whether password hashing stalls the other routes; token lists
-- are left out as they write an audit event, so the probe does not queue for
-- the database's single write lock either).
--
-- Token creates and deletes must never fail, which needs care: an owner
-- (organization or team) holds its default token plus at most two more, and
-- wrk's response() does not say which request it answers. So every owner
-- belongs to one wrk thread and has at most one extra token at a time:
--   free --create--> creating --201, owner read from Location--> created
--   created --DELETE--> draining --every DELETE of the thread answered--> free
-- A 204 does not name its token either, but once no DELETE of the thread is
-- in flight every one issued before has been answered, so the draining owners
-- are free again. When no owner is free (or no token waits for its delete)
-- the slot sends a cheap request instead.

local fixture = dofile(os.getenv("KEYWARD_LOAD_FIXTURE"))
local mode = os.getenv("KEYWARD_LOAD_MODE") or "mixed"

local threads = {}
local thread_count = 0

function setup(thread)
   thread:set("thread_index", thread_count)
   thread_count = thread_count + 1
   table.insert(threads, thread)
end

-- The mixed rotation: 2 logins, 3 creates, 3 deletes, 6 lists, 6 publishes
-- in every 20 requests.
local mixed_pattern = {
   "login", "list", "publish", "create", "list", "publish", "delete",
   "list", "publish", "create", "list", "publish", "delete",
   "login", "list", "publish", "create", "list", "publish", "delete",
}

local owners = {}        -- index -> { path = ..., state = ... }
local owner_by_path = {}
local free_owners = {}   -- stack of owner indices
local draining = {}      -- owner indices whose token's DELETE was sent
local to_delete = {}     -- token paths waiting for their DELETE
local deletes_in_flight = 0
local slot = 0
-- Global: done() reads it from every thread.
counts = { login = 0, list = 0, publish = 0, create = 0, delete = 0 }

local json_headers = { ["Content-Type"] = "application/json" }
local session_headers = {
   ["Content-Type"] = "application/json",
   ["Authorization"] = "Bearer " .. fixture.session,
}
local list_paths = {}
local probe_paths = {}
local publish_targets = {}
local login_bodies = {}

local function publish_body()
   return string.format('{"metrics":[{"metric":"bench.load","tags":{"host":"web-1"},'
                        .. '"timestamp":%d,"value":1}]}', os.time())
end

function init(args)
   local index = thread_index or 0
   for _, email in ipairs(fixture.emails) do
      table.insert(login_bodies, string.format('{"email":"%s","password":"%s"}',
                                               email, fixture.password))
   end
   table.insert(list_paths, "/users/organizations")
   table.insert(probe_paths, "/users/organizations")
   for i, org in ipairs(fixture.orgs) do
      local path = "/organizations/" .. org.name
      -- Names only: the full listing gives an admin the teams' token values,
      -- which the server audits (a write), so it is not a cheap read.
      table.insert(probe_paths, path .. "/teams?fields=name")
      table.insert(probe_paths, "/users" .. path .. "/teams")
      table.insert(list_paths, path .. "/teams")
      table.insert(list_paths, path .. "/tokens")
      table.insert(publish_targets, { path = path .. "/metrics", token = org.token })
      table.insert(owners, { path = path })
   end
   for _, team in ipairs(fixture.teams) do
      local path = "/organizations/" .. team.org .. "/teams/" .. team.team
      table.insert(list_paths, path .. "/tokens")
      table.insert(publish_targets, { path = path .. "/metrics", token = team.token })
      table.insert(owners, { path = path })
   end
   -- Owners are dealt out to the threads, so no two threads touch one owner.
   local thread_total = tonumber(os.getenv("KEYWARD_LOAD_THREADS") or "1")
   for i, owner in ipairs(owners) do
      owner_by_path[owner.path] = i
      if (i - 1) % thread_total == index then
         table.insert(free_owners, i)
      end
   end
   slot = index * 7 -- threads start at different points of the rotation
end

local function cheap_request(kind)
   counts[kind] = counts[kind] + 1
   if kind == "list" then
      local path = list_paths[(counts.list % #list_paths) + 1]
      return wrk.format("GET", path, session_headers)
   end
   local target = publish_targets[(counts.publish % #publish_targets) + 1]
   return wrk.format("POST", target.path, {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. target.token,
   }, publish_body())
end

function request()
   slot = slot + 1
   if mode == "cheap" then
      counts.list = counts.list + 1
      return wrk.format("GET", probe_paths[(slot % #probe_paths) + 1], session_headers)
   end
   local kind = mixed_pattern[(slot % #mixed_pattern) + 1]
   if kind == "login" then
      counts.login = counts.login + 1
      return wrk.format("POST", "/users/login", json_headers,
                        login_bodies[(counts.login % #login_bodies) + 1])
   elseif kind == "create" then
      local owner = table.remove(free_owners)
      if not owner then
         return cheap_request("list")
      end
      counts.create = counts.create + 1
      return wrk.format("POST", owners[owner].path .. "/tokens", session_headers,
                        '{"description":"bench load"}')
   elseif kind == "delete" then
      local entry = table.remove(to_delete, 1)
      if not entry then
         return cheap_request("publish")
      end
      counts.delete = counts.delete + 1
      deletes_in_flight = deletes_in_flight + 1
      table.insert(draining, entry.owner)
      return wrk.format("DELETE", entry.path, session_headers)
   end
   return cheap_request(kind)
end

-- Global: done() reads it. Refusals by status, with one body each, so a
-- failing run says what failed.
failures = {}        -- status -> count
failure_bodies = {}  -- status -> the first body (flat: thread:get copies no nested tables)

function response(status, headers, body)
   if status >= 400 then
      local key = tostring(status)
      failures[key] = (failures[key] or 0) + 1
      failure_bodies[key] = failure_bodies[key] or string.sub(body or "", 1, 300)
   end
   if status == 201 then
      local location = headers["Location"] or headers["location"]
      local path = location and location:match("^https?://[^/]+(/.*)$")
      local owner_path = path and path:match("^(.*)/tokens/[^/]+$")
      local owner = owner_path and owner_by_path[owner_path]
      if owner then
         table.insert(to_delete, { path = path, owner = owner })
      end
   elseif status == 204 then
      deletes_in_flight = deletes_in_flight - 1
      if deletes_in_flight == 0 then
         for _, owner in ipairs(draining) do
            table.insert(free_owners, owner)
         end
         draining = {}
      end
   end
end

-- One parseable line for bench/load/run (latencies in microseconds).
function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "@wrk mode=%s requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d "
         .. "connect=%d read=%d write=%d status=%d timeout=%d\n",
      mode, summary.requests, summary.duration, latency:percentile(50),
      latency:percentile(90), latency:percentile(99), latency.max,
      e.connect, e.read, e.write, e.status, e.timeout))
   for _, thread in ipairs(threads) do
      local bodies = thread:get("failure_bodies")
      for status, count in pairs(thread:get("failures")) do
         io.write(string.format("refused: %s x%d, e.g. %s\n", status, count, bodies[status]))
      end
   end
   local total = { login = 0, list = 0, publish = 0, create = 0, delete = 0 }
   for _, thread in ipairs(threads) do
      local c = thread:get("counts")
      for k, v in pairs(c) do total[k] = total[k] + v end
   end
   io.write(string.format("@wrkmix mode=%s login=%d list=%d publish=%d create=%d delete=%d\n",
                          mode, total.login, total.list, total.publish, total.create,
                          total.delete))
end
