-- Reads dep-b, which reads dep-c; has a score hook, so its freezing must
-- keep both to run the hook later.
local b = checklist("dep-b")
survey { id = "dep-a", version = "1", title = "A", kind = "self_inspection", respondent = "division",
  sections = { section { id = "A", title = "a", items = {
    item { id = "A-1", text = b.sections[1].items[1].text, clause = "第8 1(2)エ(ア)" } } } },
  score = function(div) return div.default end }
