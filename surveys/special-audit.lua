-- 特別監査チェックリスト（special-audit）
--
-- 埼玉県警察情報セキュリティ対策基準第2の5(3)アの特別監査では、情報セキュリティ
-- 管理者が監査項目を定める。このプラグインはその項目を同梱のチェックリスト
-- （通常監査 regular-audit、所属自己点検 division-self、職員自己点検 staff-self）
-- から選んで組み立てる。選び方は --param で指定する（既定の選択はない）。
--
--   themes   テーマ（regular-audit.lua の先頭に列挙した tags の語彙）をカンマ区切りで。
--            例: --param themes=外部記録媒体,公用携帯電話機
--   clauses  条項の前方一致をカンマ区切りで。項目の clause（「、」で複数あれば
--            そのいずれか）がこれで始まれば選ぶ。「第8 1」は「第8 1(2)エ(イ)」に
--            一致するが「第8 10」には一致しない（数字の途中では切らない）。
--            例: --param clauses=第8 1(2)エ,第3 5
--   items    項目 ID をカンマ区切りで。そのとおりに選ぶ（themes・clauses の結果に加える）。
--            ないIDはエラー。二つのチェックリストに同じIDがあるときは
--            「チェックリストID:項目ID」と書く。例: --param items=A-6-02,D-2-03,S-6-06
--   from     項目を採るチェックリストの ID をカンマ区切りで。
--            既定: regular-audit,division-self,staff-self のうち存在するもの。
--            ないIDはエラー。例: --param from=regular-audit,division-self
--   match    any（既定）: テーマ又は条項のいずれかに一致する項目を選ぶ。
--            all: 指定したテーマと条項の両方に一致する項目だけを選ぶ。
--
-- themes、clauses、items のいずれも指定しないときは読込みを中止し、指定すべき
-- --param を示す（既定の選び方はない。項目は情報セキュリティ管理者が定める）。
-- plugin list ではこのため「パラメータが必要」として表示される。
-- 区切りには「、」「，」も使える。語彙にないテーマを指定したとき、又は一つも
-- 項目が選ばれないときも読込みを中止する（エラー）。
--
-- 選んだ項目は元の節ごとにまとめ、項目 ID・節 ID に「SP-」を付ける
-- （例: A-6-02 → SP-A-6-02）。同じ ID が二つのチェックリストから選ばれうるときは
-- 「SP-チェックリストID-」を付ける。尺度は監査の尺度（適合／軽微な不備／不適合／
-- 該当なし）とし、重み、重要度、証跡、tags 等は元の項目のものを使う。
-- 自己点検の項目は文言を変えずに監査項目とする。証跡がないので「関係簿冊・記録・
-- 設定の確認及び聴取」とし、節の題名に出典（「（所属自己点検から）」、職員自己点検は
-- 「職員の遵守事項：…（職員自己点検から）」）を付ける。判定のない項目（数量・日付・
-- 記述、前提を尋ねる採点しない項目）は監査項目にできないので選ばない（items で
-- 指定したときはエラー）。
--
-- score フック: 重大（severity = "high"）の項目が一つでも「不適合」（値 0）のとき、
-- 所属の点数を 59 点で頭打ちにする。既定の評語区分（C は 60 点以上）では、
-- 重大な不適合がある所属は他の項目の出来にかかわらず D となる。
-- 「軽微な不備」（0.5）や「該当なし」は頭打ちの対象としない。

-- Until the host can load a plugin that needs parameters (it loads every plugin
-- once without any to list it), a load with no parameter at all keeps this theme.

local BUNDLED = { "regular-audit", "division-self", "staff-self" }
local GENERIC_EVIDENCE = "関係簿冊・記録・設定の確認及び聴取"

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
local wanted_items = split(params.items)
local from = split(params.from)

if #themes == 0 and #clauses == 0 and #wanted_items == 0 then
  error("特別監査の項目が選ばれていません（第2 5(3)ア）: --param themes=テーマ,… か --param clauses=条項,… か --param items=項目ID,… で選んでください")
end
local match_all = false
if params.match ~= nil then
  if params.match == "all" then
    match_all = true
  elseif params.match ~= "any" then
    error("match は 'any'（どれかに該当）か 'all'（すべてに該当）です: '" .. tostring(params.match) .. "' は使えません")
  end
end

-- The checklists to draw from: those named by from=, else the bundled ones present.
local sources = {} -- { id, def }
if #from > 0 then
  for _, id in ipairs(from) do
    local ok, def = pcall(checklist, id)
    if not ok then error("from: チェックリスト '" .. id .. "' はありません（" .. tostring(def) .. "）") end
    sources[#sources + 1] = { id = id, def = def }
  end
else
  for _, id in ipairs(BUNDLED) do
    local ok, def = pcall(checklist, id)
    if ok then
      sources[#sources + 1] = { id = id, def = def }
    elseif not tostring(def):find("no such plugin", 1, true) then
      error(def, 0)
    end
  end
end

-- Items of a self-inspection that carry a judgement (a scored choice) can become
-- audit items; numbers, dates, texts and unscored gate questions cannot.
local function judged(src, it)
  if it.type ~= nil and it.type ~= "choice" and it.type ~= "yesno" then return false end
  if it.type == "yesno" then return true end
  local sc = src.def.scales and src.def.scales[it.scale or "compliance"]
  if sc == nil then return true end -- a built-in scale
  for _, c in ipairs(sc) do
    if c[2] ~= NA then return true end
  end
  return false
end

-- Every theme asked for must be in the vocabulary of the checklists drawn from,
-- so that a typo is reported instead of silently leaving a theme out of the audit.
local known, vocabulary = {}, {}
local owners = {} -- item id -> list of sources holding it
for _, src in ipairs(sources) do
  for _, sec in ipairs(src.def.sections) do
    for _, it in ipairs(sec.items) do
      owners[it.id] = owners[it.id] or {}
      table.insert(owners[it.id], src.id)
      for _, tag in ipairs(it.tags or {}) do
        if not known[tag] then
          known[tag] = true
          vocabulary[#vocabulary + 1] = tag
        end
      end
    end
  end
end
for _, t in ipairs(themes) do
  if not known[t] then
    error("テーマ '" .. t .. "' はありません（使えるテーマ: " .. table.concat(vocabulary, ",") .. "）")
  end
end

-- items=: "ID" or "CHECKLIST:ID"; each must name exactly one item.
local named = {} -- key "source\0id" -> true
for _, w in ipairs(wanted_items) do
  local sid, id = w:match("^([a-z0-9][a-z0-9_-]*):(.+)$")
  if sid == nil then id = w end
  local list = owners[id] or {}
  local hit = {}
  for _, o in ipairs(list) do
    if sid == nil or o == sid then hit[#hit + 1] = o end
  end
  if #hit == 0 then
    error("items: 項目 '" .. w .. "' は次のチェックリストにありません: " .. (sid or table.concat((function()
      local t = {}
      for _, src in ipairs(sources) do t[#t + 1] = src.id end
      return t
    end)(), ",")))
  elseif #hit > 1 then
    error("items: '" .. id .. "' は " .. table.concat(hit, " と ") .. " の両方にあります。チェックリストID:" .. id .. " の形で指定してください")
  end
  named[hit[1] .. "\0" .. id] = true
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
  if #themes == 0 and #clauses == 0 then return false end
  local by_theme = #themes > 0 and has_theme(it)
  local by_clause = #clauses > 0 and has_clause(it)
  if match_all then
    return (#themes == 0 or by_theme) and (#clauses == 0 or by_clause)
  end
  return by_theme or by_clause
end

-- Pick, per source, the items asked for (section ids kept for grouping).
local npicked = 0
for _, src in ipairs(sources) do
  src.section_of = {}
  src.picked = select_items(src.def, function(it, sec)
    local exact = named[src.id .. "\0" .. it.id]
    if exact and not judged(src, it) then
      error("items: " .. src.id .. " の '" .. it.id .. "' は判定のない項目（" .. (it.type or "choice")
        .. "）のため、監査項目にできません")
    end
    if exact or (judged(src, it) and matches(it)) then
      src.section_of[it.id] = sec.id
      return true
    end
    return false
  end)
  npicked = npicked + #src.picked
end

if npicked == 0 then
  error("特別監査の項目が選ばれていません: themes=" .. table.concat(themes, ",")
    .. " clauses=" .. table.concat(clauses, ",") .. " に当てはまるチェックリスト項目がありません")
end

-- Ids: "SP-" .. id, or "SP-" .. source .. "-" .. id when two sources drawn from
-- share that id (items) or section id (sections).
local section_owners = {}
for _, src in ipairs(sources) do
  for _, sec in ipairs(src.def.sections) do
    section_owners[sec.id] = (section_owners[sec.id] or 0) + 1
  end
end
local function new_id(src, id, shared)
  if shared then return "SP-" .. src.id .. "-" .. id end
  return "SP-" .. id
end

local COPIED = { "text", "clause", "type", "weight", "severity", "required",
  "guidance", "min", "max" }

local high = {} -- ids of the derived high-severity items, for the score hook

local function derive(src, it, picked_id)
  local t = { id = new_id(src, it.id, #owners[it.id] > 1) }
  for _, f in ipairs(COPIED) do t[f] = it[f] end
  if t.type == nil or t.type == "choice" or t.type == "yesno" then
    t.type, t.scale = "choice", "audit"
  end
  t.evidence = it.evidence
  if t.evidence == nil or t.evidence == "" then t.evidence = GENERIC_EVIDENCE end
  t.tags = it.tags
  local a = it.applies
  if a ~= nil and (a.kind ~= nil or a.item ~= nil) then
    local na = { kind = a.kind }
    -- A condition on another item survives only if that item was selected too
    -- and its answers keep their labels (an audit item's labels are the audit scale's).
    if a.item ~= nil and picked_id[a.item] and src.def.kind ~= "self_inspection" then
      na.item, na.any = new_id(src, a.item, #owners[a.item] > 1), a.any
    end
    if na.kind ~= nil or na.item ~= nil then t.applies = na end
  end
  if t.severity == "high" then high[#high + 1] = t.id end
  return item(t)
end

local function section_title(src, sec)
  if src.def.kind ~= "self_inspection" then return sec.title end
  if src.def.respondent == "staff" then
    return "職員の遵守事項：" .. sec.title .. "（" .. src.def.title .. "から）"
  end
  return sec.title .. "（" .. src.def.title .. "から）"
end

local sections = {}
for _, src in ipairs(sources) do
  local picked_id = {}
  for _, it in ipairs(src.picked) do picked_id[it.id] = true end
  for _, sec in ipairs(src.def.sections) do
    local items = {}
    for _, it in ipairs(src.picked) do
      if src.section_of[it.id] == sec.id then items[#items + 1] = derive(src, it, picked_id) end
    end
    if #items > 0 then
      sections[#sections + 1] = section {
        id = new_id(src, sec.id, section_owners[sec.id] > 1),
        title = section_title(src, sec),
        items = items,
      }
    end
  end
end

local label = {}
for _, t in ipairs(themes) do label[#label + 1] = t end
for _, c in ipairs(clauses) do label[#label + 1] = c end
if #wanted_items > 0 then label[#label + 1] = "指定" .. #wanted_items .. "項目" end

local selection = {}
if #themes > 0 then selection[#selection + 1] = "テーマ「" .. table.concat(themes, "・") .. "」" end
if #clauses > 0 then selection[#selection + 1] = "条項「" .. table.concat(clauses, "・") .. "」" end
local drawn = {}
for _, src in ipairs(sources) do
  if #src.picked > 0 then drawn[#drawn + 1] = src.def.title end
end
local chosen = table.concat(selection, match_all and "及び" or "又は")
if #wanted_items > 0 then
  chosen = (chosen ~= "" and (chosen .. "に該当する項目並びに") or "") .. "指定された項目"
else
  chosen = chosen .. "に該当する項目"
end

survey {
  id = "special-audit",
  version = "2023.2",
  title = "特別監査（" .. table.concat(label, "・") .. "）",
  kind = "special_audit",
  respondent = "division",
  description = "埼玉県警察情報セキュリティ対策基準第2の5(3)に基づく特別監査のチェックリストです。"
    .. table.concat(drawn, "・") .. "から、" .. chosen .. "の計 " .. npicked .. " 項目を選んで構成しています。"
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
