survey { id = "Bad Id", version = 1, title = "", kind = "self_inspection", respondent = "everyone",
  sections = { section { id = "S", title = "s", items = {
    item { id = "X-1", text = "q", clause = "第3 5(4)", weight = -1, severity = "huge", type = "essay" } } } } }
