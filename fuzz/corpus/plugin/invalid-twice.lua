survey { id = "a", version = "1", title = "t", kind = "self_inspection", respondent = "division", sections = {} }
survey { id = "b" }
