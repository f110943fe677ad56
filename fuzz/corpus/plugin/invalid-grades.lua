survey { id = "g", version = "1", title = "t", kind = "self_inspection", respondent = "division",
  grades = { { "A", 90 }, { "B", 60 } },
  sections = { section { id = "S", title = "s", items = { item { id = "X-1", text = "q", clause = "第3 5(4)" } } } } }
