survey { id = "ap", version = "1", title = "t", kind = "self_inspection", respondent = "division",
  sections = { section { id = "S", title = "s", items = {
    item { id = "X-1", text = "q", clause = "第3 5(4)", applies = when("X-9", "はい") } } } } }
