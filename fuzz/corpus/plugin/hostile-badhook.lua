-- A validate hook whose result has a metatable that raises: caught.
survey { id = "bh", version = "1", title = "t", kind = "self_inspection", respondent = "division",
  sections = { section { id = "S", title = "s", items = { item { id = "X-1", text = "q", clause = "第3 5(4)" } } } },
  validate = function() return { setmetatable({}, { __index = function() error("x") end }) } end,
  report = function() return { { "ok", ("x"):rep(40000) } } end }
