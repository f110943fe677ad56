-- bench-staff.lua — a 50-item staff questionnaire for the benchmarks.  The
-- items are built in a loop (plugins are code), citing real clauses.
local clauses = { "第3 1", "第3 2(1)", "第3 3(1)", "第3 5(4)", "第8 1(2)エ(ア)",
                  "第8 2(1)", "第8 3(1)", "第8 3(2)", "第8 4(1)", "第8 5(1)" }
local sections = {}
for s = 1, 5 do
  local items = {}
  for i = 1, 10 do
    local n = (s - 1) * 10 + i
    items[#items + 1] = item {
      id = string.format("B-%d-%02d", s, i),
      text = string.format("ベンチマーク設問 %d: 規定どおり取り扱っていますか。", n),
      clause = clauses[(n - 1) % #clauses + 1],
      weight = (n % 7 == 0) and 2 or 1,
      severity = (n % 7 == 0) and "high" or "medium",
    }
  end
  sections[#sections + 1] = section { id = "B" .. s, title = "区分" .. s, items = items }
end
survey {
  id = "bench-staff",
  version = "1",
  title = "ベンチマーク職員点検",
  kind = "self_inspection",
  respondent = "staff",
  sections = sections,
}
