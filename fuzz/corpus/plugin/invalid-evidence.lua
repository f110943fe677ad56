survey { id = "ev", version = "1", title = "t", kind = "regular_audit", respondent = "division",
  sections = { section { id = "S", title = "s", items = {
    item { id = "X-1", text = "q", clause = "第3 5(4)", scale = "audit" } } } } }
