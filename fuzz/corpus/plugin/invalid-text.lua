survey { id = "u", version = "1", title = "tÿ", kind = "self_inspection", respondent = "division",
  scales = { two = { { "a,b", 1 }, { "c", 0 } } },
  sections = { section { id = "S", title = "s", items = { item { id = "X-1", text = "q", clause = "ç¬¬3 5(4)", scale = "two", tags = { "a\nb" } } } } } }
