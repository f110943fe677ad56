survey { id = "sv", version = "1", title = "t", kind = "self_inspection", respondent = "division",
  scales = { bad = { { "A", 2 }, { "B", 0 } } },
  sections = { section { id = "S", title = "s", items = {
    item { id = "X-1", text = "q", clause = "第3 5(4)", scale = "bad" } } } } }
