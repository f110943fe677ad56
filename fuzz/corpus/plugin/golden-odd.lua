-- Text that tests the canonical JSON escaping (t-hash.sh): quote, backslash,
-- tab, DEL and U+2028 in item text, a fractional weight and value.
survey {
  id = "odd-text",
  version = "1",
  title = "表記\"確認\\",
  kind = "self_inspection",
  respondent = "division",
  scales = { s = { { "はい", 1 }, { "一部", 0.333 }, { "いいえ", 0 } } },
  sections = {
    section { id = "S", title = "節", items = {
      item { id = "O-1", text = "タブ\tと\127削除と\u{2028}行区切り", clause = "第8 1", weight = 1.5, scale = "s" },
    } },
  },
}
