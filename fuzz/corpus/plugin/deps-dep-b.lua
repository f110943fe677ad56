-- Reads dep-c (twice: recorded once).
local c = checklist("dep-c")
local again = checklist("dep-c")
local items = {}
for _, it in ipairs(select_items(c, function() return true end)) do
  items[#items + 1] = item { id = "B-" .. it.id, text = it.text, clause = it.clause, scale = it.scale, evidence = it.evidence }
end
survey { id = "dep-b", version = "1", title = "B", kind = "special_audit", respondent = "division",
  sections = { section { id = "B", title = "b", items = items } } }
