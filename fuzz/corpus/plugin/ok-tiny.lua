-- A small valid survey used by the tests (hand-computed scores).
survey {
  id = "tiny",
  version = "1",
  title = "テスト点検",
  kind = "self_inspection",
  respondent = "division",
  scales = {
    three = { { "良", 1 }, { "可", 0.5 }, { "不可", 0 }, { "該当なし", NA } },
  },
  grades = { { "A", 90 }, { "B", 60 }, { "C", 0 } },
  sections = {
    section { id = "S1", title = "第一", items = {
      item { id = "T-1", text = "質問一", clause = "第3 5(4)", weight = 2, scale = "three" },
      item { id = "T-2", text = "質問二", clause = "第8 1(2)エ(ア)", type = "yesno" },
      item { id = "T-3", text = "署のみ", clause = "第2 1(6)", applies = only_stations },
    } },
    section { id = "S2", title = "第二", items = {
      item { id = "T-4", text = "委託の有無", clause = "第4 1", type = "yesno" },
      item { id = "T-5", text = "委託先の監督", clause = "第4 1(1)", weight = 3, scale = "three", applies = when("T-4", "はい") },
      item { id = "T-6", text = "媒体数", clause = "第8", type = "number", min = 0, max = 1000 },
      item { id = "T-7", text = "実施日", clause = "第8", type = "date" },
      item { id = "T-8", text = "備考", clause = "第8", type = "text" },
    } },
  },
  -- An extra sheet in each division's report.
  report = function(div)
    local n = 0
    for _, it in pairs(div.items) do
      if it.value then n = n + 1 end
    end
    return { { "得点のある項目数", n }, { "所属コード", div.code } }
  end,
}
