-- A survey table whose __index runs code: the host reads plugin tables raw,
-- so this never runs (and "wieght" below is still reported).
survey(setmetatable({ id = "m", version = "1", title = "t", kind = "self_inspection", respondent = "division",
  sections = { section { id = "S", title = "s", items = { item { id = "X-1", text = "q", clause = "第3 5(4)", wieght = 1 } } } } },
  { __index = function() while true do end end }))
