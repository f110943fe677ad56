-- prelude.lua — the helpers every tenken plugin builds on.
--
-- The host runs this trusted chunk once per plugin state, before the plugin,
-- with: the plugin's environment table, a function where(level) that names
-- the plugin's file:line, the host's checklist(id) loader, and the frozen
-- parameter table.  It fills the environment with the DSL of
-- docs/plugin-api.md and returns the table the host reads the declaration
-- from.  Validation of the declared data is done by the host in C, where
-- every problem can be listed at once; the helpers here only give it shape
-- and remember where each part was declared.

local env, where, host_checklist, params = ...

local NA = setmetatable({}, {
  __name = "NA",
  __tostring = function() return "NA" end,
  __metatable = "NA",
})
env.NA = NA

local declared, declared_at

local function mark(kind, t, level)
  if type(t) ~= "table" then
    error(kind .. " expects a table: " .. kind .. " { ... }", level + 1)
  end
  rawset(t, "__kind", kind)
  rawset(t, "__where", where(level + 1))
  return t
end

function env.survey(t)
  if declared then
    error("survey{} declared twice (first at " .. declared_at .. ")", 2)
  end
  declared = mark("survey", t, 2)
  declared_at = t.__where
  return t
end

-- (Not tail calls: where() counts the helper's own frame.)
function env.section(t) local r = mark("section", t, 2); return r end
function env.item(t) local r = mark("item", t, 2); return r end

env.only_stations = { kind = "station" }
env.only_hq = { kind = { "hq", "bureau" } }

function env.when(id, ...)
  if type(id) ~= "string" then
    error("bad argument #1 to 'when' (item id expected, got " .. type(id) .. ")", 2)
  end
  local any = { ... }
  if #any == 0 then
    error("when(" .. id .. ", ...) needs at least one answer label", 2)
  end
  return { item = id, any = any }
end

local function deep_copy(v, seen)
  if type(v) ~= "table" then return v end
  if v == NA then return NA end
  seen = seen or {}
  if seen[v] then return seen[v] end
  local c = {}
  seen[v] = c
  for k, x in pairs(v) do c[deep_copy(k, seen)] = deep_copy(x, seen) end
  return c
end

function env.checklist(id)
  if type(id) ~= "string" then
    error("bad argument #1 to 'checklist' (survey id expected, got " .. type(id) .. ")", 2)
  end
  return host_checklist(id)
end

function env.select_items(def, pred)
  if type(def) ~= "table" or type(def.sections) ~= "table" then
    error("bad argument #1 to 'select_items' (checklist table expected)", 2)
  end
  if type(pred) ~= "function" then
    error("bad argument #2 to 'select_items' (function expected, got " .. type(pred) .. ")", 2)
  end
  local out = {}
  for _, sec in ipairs(def.sections) do
    for _, it in ipairs(sec.items) do
      if pred(it, sec) then
        local c = deep_copy(it)
        c.__section_id, c.__section_title = sec.id, sec.title
        out[#out + 1] = c
      end
    end
  end
  return out
end

env.params = setmetatable({}, {
  __index = params,
  __newindex = function() error("params is read-only", 2) end,
  __pairs = function() return next, params, nil end,
  __metatable = "params",
})

return {
  result = function() return declared end,
  NA = NA,
}
