-- A small staff-respondent survey for the scoring tests.
survey {
  id = "tiny-staff",
  version = "1",
  title = "職員テスト点検",
  kind = "self_inspection",
  respondent = "staff",
  sections = {
    section { id = "U", title = "職員", items = {
      item { id = "U-1", text = "パスワードを管理しているか", clause = "第8 3(1)" },
      item { id = "U-2", text = "媒体を登録しているか", clause = "第8 1(2)エ(ア)", type = "yesno", weight = 2 },
    } },
  },
}
