survey { id = "ns", version = "1", title = "t", kind = "self_inspection", respondent = "division", sections = {} }
