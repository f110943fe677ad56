-- 特別監査チェックリスト（special-audit）
--
-- 埼玉県警察情報セキュリティ対策基準第2の5(3)の特別監査では、情報セキュリティ
-- 管理者が監査項目を定める。このプラグインはその項目を通常監査チェックリスト
-- （regular-audit）から選んで組み立てる。選び方は --param で指定する。
--
--   themes   テーマ（regular-audit.lua の先頭に列挙した tags の語彙）をカンマ区切りで。
--            例: --param themes=外部記録媒体,公用携帯電話機
--   clauses  条項の前方一致をカンマ区切りで。項目の clause（「、」で複数あれば
--            そのいずれか）がこれで始まれば選ぶ。「第8 1」は「第8 1(2)エ(イ)」に
--            一致するが「第8 10」には一致しない（数字の途中では切らない）。
--            例: --param clauses=第8 1(2)エ,第3 5
--   match    any（既定）: テーマ又は条項のいずれかに一致する項目を選ぶ。
--            all: 指定したテーマと条項の両方に一致する項目だけを選ぶ。
--
-- themes も clauses も指定しないときは themes=外部記録媒体 とする。区切りには
-- 「、」「，」も使える。語彙にないテーマを指定したとき、又は一つも項目が選ばれ
-- ないときは読込みを中止する（エラー）。
--
-- 選んだ項目は元の節ごとにまとめ、項目 ID・節 ID に「SP-」を付けて通常監査の
-- 項目と区別する（例: A-6-02 → SP-A-6-02）。尺度、重み、証跡、tags 等は元の
-- 項目のものをそのまま使う。
--
-- score フック: 重大（severity = "high"）の項目が一つでも「不適合」（値 0）のとき、
-- 所属の点数を 59 点で頭打ちにする。既定の評語区分（C は 60 点以上）では、
-- 重大な不適合がある所属は他の項目の出来にかかわらず D となる。
-- 「軽微な不備」（0.5）や「該当なし」は頭打ちの対象としない。

local base = checklist("regular-audit")

local FULLWIDTH_SPACE = "\u{3000}"

-- Normalise user input and clause text: full-width digits, parentheses and
-- spaces become ASCII; runs of spaces collapse to one; ends are trimmed.
local function normalise(s)
  s = s:gsub(FULLWIDTH_SPACE, " ")
  s = s:gsub("（", "("):gsub("）", ")")
  s = s:gsub("\u{FF10}", "0"):gsub("\u{FF11}", "1"):gsub("\u{FF12}", "2")
    :gsub("\u{FF13}", "3"):gsub("\u{FF14}", "4"):gsub("\u{FF15}", "5")
    :gsub("\u{FF16}", "6"):gsub("\u{FF17}", "7"):gsub("\u{FF18}", "8")
    :gsub("\u{FF19}", "9")
  s = s:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
  return s
end

-- Split a parameter on "," "、" "，" into a list of non-empty, normalised parts.
local function split(s)
  local out = {}
  if s == nil then return out end
  s = tostring(s):gsub("、", ","):gsub("，", ",")
  for part in s:gmatch("[^,]+") do
    part = normalise(part)
    if part ~= "" then out[#out + 1] = part end
  end
  return out
end

local themes = split(params.themes)
local clauses = split(params.clauses)
if #themes == 0 and #clauses == 0 then themes = { "外部記録媒体" } end
local match_all = false
if params.match ~= nil then
  if params.match == "all" then
    match_all = true
  elseif params.match ~= "any" then
    error("match must be 'any' or 'all', not '" .. tostring(params.match) .. "'")
  end
end

-- Every theme asked for must be in the regular checklist's vocabulary, so that a
-- typo is reported instead of silently leaving a theme out of the audit.
local known, vocabulary = {}, {}
for _, sec in ipairs(base.sections) do
  for _, it in ipairs(sec.items) do
    for _, tag in ipairs(it.tags or {}) do
      if not known[tag] then
        known[tag] = true
        vocabulary[#vocabulary + 1] = tag
      end
    end
  end
end
for _, t in ipairs(themes) do
  if not known[t] then
    error("unknown theme '" .. t .. "' (known: " .. table.concat(vocabulary, ",") .. ")")
  end
end

local wanted_theme = {}
for _, t in ipairs(themes) do wanted_theme[t] = true end

local function has_theme(it)
  for _, tag in ipairs(it.tags or {}) do
    if wanted_theme[tag] then return true end
  end
  return false
end

-- True when clause part `c` starts with `prefix` and does not cut a number in two.
local function starts_with(c, prefix)
  if c:sub(1, #prefix) ~= prefix then return false end
  local nxt = c:sub(#prefix + 1, #prefix + 1)
  return not (prefix:sub(-1):match("%d") and nxt:match("%d"))
end

local function has_clause(it)
  for part in ((it.clause or "") .. "、"):gmatch("(.-)、") do
    part = normalise(part)
    for _, p in ipairs(clauses) do
      if starts_with(part, p) then return true end
    end
  end
  return false
end

local function matches(it)
  local by_theme = #themes > 0 and has_theme(it)
  local by_clause = #clauses > 0 and has_clause(it)
  if match_all then
    return (#themes == 0 or by_theme) and (#clauses == 0 or by_clause)
  end
  return by_theme or by_clause
end

local section_of = {}
local picked = select_items(base, function(it, sec)
  if matches(it) then
    section_of[it.id] = sec.id
    return true
  end
  return false
end)

if #picked == 0 then
  error("no checklist item matches themes=" .. table.concat(themes, ",")
    .. " clauses=" .. table.concat(clauses, ","))
end

local picked_id = {}
for _, it in ipairs(picked) do picked_id[it.id] = true end

local COPIED = { "text", "clause", "type", "scale", "weight", "severity", "required",
  "guidance", "evidence", "tags", "min", "max" }

local high = {} -- ids of the derived high-severity items, for the score hook

local function derive(it)
  local t = { id = "SP-" .. it.id }
  for _, f in ipairs(COPIED) do t[f] = it[f] end
  if t.type == nil or t.type == "choice" then t.scale = t.scale or "audit" end
  local a = it.applies
  if a ~= nil and (a.kind ~= nil or a.item ~= nil) then
    local na = { kind = a.kind }
    -- A condition on another item survives only if that item was selected too.
    if a.item ~= nil and picked_id[a.item] then
      na.item, na.any = "SP-" .. a.item, a.any
    end
    if na.kind ~= nil or na.item ~= nil then t.applies = na end
  end
  if t.severity == "high" then high[#high + 1] = t.id end
  return item(t)
end

local sections = {}
for _, sec in ipairs(base.sections) do
  local items = {}
  for _, it in ipairs(picked) do
    if section_of[it.id] == sec.id then items[#items + 1] = derive(it) end
  end
  if #items > 0 then
    sections[#sections + 1] = section { id = "SP-" .. sec.id, title = sec.title, items = items }
  end
end

local label = {}
for _, t in ipairs(themes) do label[#label + 1] = t end
for _, c in ipairs(clauses) do label[#label + 1] = c end

local selection = {}
if #themes > 0 then selection[#selection + 1] = "テーマ「" .. table.concat(themes, "・") .. "」" end
if #clauses > 0 then selection[#selection + 1] = "条項「" .. table.concat(clauses, "・") .. "」" end

survey {
  id = "special-audit",
  version = "2023.1",
  title = "特別監査（" .. table.concat(label, "・") .. "）",
  kind = "special_audit",
  respondent = "division",
  description = "埼玉県警察情報セキュリティ対策基準第2の5(3)に基づく特別監査のチェックリストです。"
    .. "通常監査チェックリストから、" .. table.concat(selection, match_all and "及び" or "又は")
    .. "に該当する " .. #picked .. " 項目を選んで構成しています。"
    .. "重大な項目に一つでも不適合がある所属の点数は59点を上限とします。",
  instructions = {
    "監査官は、監査対象所属ごとにこのチェックリストを一つ作成します。自らが所属する所属の監査は担当できません（兼務の禁止）。",
    "各項目の「確認する証跡」に示す簿冊、記録、設定画面等を閲覧し、必要に応じて現場を確認し、職員から聴取してください。",
    "判定は「適合」「軽微な不備」「不適合」「該当なし」から選び、「不適合」「軽微な不備」とした項目は確認した事実を所見として具体的に記録してください。",
    "重大（重要度「高」）の項目に一つでも「不適合」があると、所属の点数は59点が上限となります。",
    "取り扱う情報の保秘を徹底し、必要な限度を超えて所属の業務に支障を及ぼさないよう注意してください。",
    "実施結果は総合的に点検した上で評価し、記入したチェックリストを添えて、監査終了後速やかに情報セキュリティ管理者（総務部情報管理課）へ報告してください。",
  },
  sections = sections,

  -- Cap the score at 59 (grade D under the default bands) when any applicable
  -- high-severity item was judged 不適合 (value 0). nil stays nil ("no score").
  score = function(div)
    local s = div.default
    if s == nil then return nil end
    for _, id in ipairs(high) do
      local r = div.items[id]
      if r ~= nil and r.applicable and r.value == 0 then
        return math.min(s, 59)
      end
    end
    return s
  end,
}
