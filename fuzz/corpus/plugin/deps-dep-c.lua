-- The end of a chain of checklists (t-freeze).
survey { id = "dep-c", version = "1", title = "C", kind = "regular_audit", respondent = "division",
  sections = { section { id = "C", title = "c", items = {
    item { id = "C-1", text = "媒体", clause = "第8 1(2)エ(ア)", scale = "audit", evidence = "管理簿" } } } } }
