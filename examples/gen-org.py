#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate the tenken example organisation (synthetic; modelled on a
prefectural police HQ).

    /usr/bin/python3 examples/gen-org.py            # (re)write examples/org/
    /usr/bin/python3 examples/gen-org.py --check    # regenerate in memory, compare

Python 3 standard library only, fixed seed, no network: every run writes
byte-identical files.  All people are fictitious: names are drawn at random
from lists of common surnames and given names, staff numbers are random.

Output (relative to this file):

    org/fy2025/{divisions,staff}.csv           UTF-8, LF, no BOM
    org/fy2026/{divisions,staff}.csv           UTF-8, LF, no BOM
    org/fy2026/cp932/{divisions,staff}.csv     CP932 (Shift_JIS as Excel saves it), CRLF
    org/fy2026/utf8bom/{divisions,staff}.csv   UTF-8 with BOM, CRLF (Excel "CSV UTF-8")

divisions.csv: code,name,kind,parent,head     kind = bureau | hq | station
staff.csv:     id,name,grade,division
"""

import os
import random
import sys

SEED = 20250401

GRADES = ['部長級', '所属長級', '次長級', '課長級',
          '課長補佐級', '係長級', '主任級', '係員級']
G = {g: i for i, g in enumerate(GRADES)}          # 0 = highest
AUDITOR_MAX = G['課長補佐級']                       # rank <= this: auditor-eligible

# ---------------------------------------------------------------------------
# Organisation
#
# Code scheme:
#   100..800      部 (bureau), 910/920/930 方面本部 (bureau)
#   x10..x90      HQ division (所属) under bureau x00
#   1001..1007    police stations in さいたま市 (under さいたま市警察部 800)
#   1101..  1201..  1301..   police stations under 東部 / 西部 / 北部方面本部
# Codes are stable across years; a renamed division keeps its code.
# ---------------------------------------------------------------------------

# (code, name, size range) -- HQ divisions, per bureau
BUREAUS = [
    ('100', '総務部', [
        ('110', '総務課', (18, 26)),
        ('120', '情報管理課', (18, 25)),
        ('130', '広報県民課', (15, 19)),
        ('140', '会計課', (18, 26)),
        ('150', '施設課', (15, 19)),
        ('160', '留置管理課', (22, 31)),
    ]),
    ('200', '警務部', [
        ('210', '警務課', (18, 26)),
        ('220', '人事課', (19, 28)),
        ('230', '教養課', (15, 19)),
        ('240', '厚生課', (15, 19)),
        ('250', '監察官室', (15, 19)),
        ('260', '警察学校', (31, 44)),
    ]),
    ('300', '生活安全部', [
        ('310', '生活安全総務課', (18, 25)),
        ('320', '人身安全対策課', (19, 28)),
        ('330', '少年課', (16, 23)),
        ('340', '生活経済課', (18, 25)),
        ('350', 'サイバー犯罪対策課', (22, 35)),
    ]),
    ('400', '地域部', [
        ('410', '地域課', (16, 23)),
        ('420', '通信指令課', (40, 57)),
        ('430', '鉄道警察隊', (26, 40)),
        ('440', '自動車警ら隊', (35, 53)),
    ]),
    ('500', '刑事部', [
        ('510', '刑事総務課', (18, 25)),
        ('520', '捜査第一課', (48, 66)),
        ('530', '捜査第二課', (31, 44)),
        ('540', '捜査第三課', (31, 44)),
        ('550', '組織犯罪対策課', (35, 48)),
        ('560', '鑑識課', (31, 44)),
        ('570', '科学捜査研究所', (16, 23)),
        ('580', '機動捜査隊', (40, 53)),
    ]),
    ('600', '交通部', [
        ('610', '交通総務課', (18, 25)),
        ('620', '交通指導課', (22, 31)),
        ('630', '交通規制課', (18, 26)),
        ('640', '運転免許課', (35, 48)),
        ('650', '高速道路交通警察隊', (35, 48)),
        ('660', '交通機動隊', (44, 62)),
    ]),
    ('700', '警備部', [
        ('710', '警備課', (18, 26)),
        ('720', '公安第一課', (26, 40)),
        ('730', '公安第二課', (18, 26)),
        ('740', '外事課', (16, 23)),
        ('750', '機動隊', (57, 70)),
    ]),
    ('800', 'さいたま市警察部', [
        ('810', '市警察総務課', (15, 19)),
        ('820', '市警察生活安全課', (15, 19)),
        ('830', '市警察捜査課', (16, 23)),
        ('840', '市警察交通課', (15, 19)),
    ]),
    ('910', '東部方面本部', []),
    ('920', '西部方面本部', []),
    ('930', '北部方面本部', []),
]

# Size classes for police stations: XL, L(arge), M(edium), S(mall).
STATION_SIZE = {'XL': (165, 195), 'L': (95, 130), 'M': (45, 56), 'S': (40, 44)}

STATIONS = {
    '800': [('1001', '浦和警察署', 'XL'), ('1002', '浦和東警察署', 'M'),
            ('1003', '浦和西警察署', 'M'), ('1004', '大宮警察署', 'XL'),
            ('1005', '大宮東警察署', 'M'), ('1006', '大宮西警察署', 'M'),
            ('1007', '岩槻警察署', 'S')],
    '910': [('1101', '川口警察署', 'XL'), ('1102', '武南警察署', 'M'),
            ('1103', '蕨警察署', 'M'), ('1104', '草加警察署', 'L'),
            ('1105', '越谷警察署', 'L'), ('1106', '吉川警察署', 'M'),
            ('1107', '春日部警察署', 'L'), ('1108', '杉戸警察署', 'S'),
            ('1109', '久喜警察署', 'M'), ('1110', '幸手警察署', 'S'),
            ('1111', '加須警察署', 'S'), ('1112', '羽生警察署', 'S')],
    '920': [('1201', '朝霞警察署', 'M'), ('1202', '新座警察署', 'M'),
            ('1203', '和光警察署', 'S'), ('1204', '所沢警察署', 'L'),
            ('1205', '狭山警察署', 'M'), ('1206', '飯能警察署', 'S'),
            ('1207', '川越警察署', 'L'), ('1208', '東入間警察署', 'M'),
            ('1209', '西入間警察署', 'M'), ('1210', '東松山警察署', 'M'),
            ('1211', '小川警察署', 'S')],
    '930': [('1301', '上尾警察署', 'L'), ('1302', '鴻巣警察署', 'M'),
            ('1303', '行田警察署', 'S'), ('1304', '熊谷警察署', 'L'),
            ('1305', '深谷警察署', 'M'), ('1306', '寄居警察署', 'S'),
            ('1307', '本庄警察署', 'M'), ('1308', '児玉警察署', 'S'),
            ('1309', '秩父警察署', 'S'), ('1310', '小鹿野警察署', 'S')],
}

# Year-over-year changes (fy2025 -> fy2026)
RENAMED = ('310', '生活安全企画課')          # 生活安全総務課 -> 生活安全企画課
NEW_DIV = ('590', '特殊詐欺対策課', '500')    # new HQ division under 刑事部
NEW_DIV_FROM = ['530', '540', '340', '550', '320']  # where its staff come from
NEW_DIV_SIZE = 22
MERGED = ('1310', '1309')                    # 小鹿野警察署 merged into 秩父警察署

# ---------------------------------------------------------------------------
# Names (all in JIS X 0208, hence CP932-safe)
# ---------------------------------------------------------------------------

SURNAMES = (
    '佐藤 鈴木 高橋 田中 渡辺 伊藤 小林 中村 山本 加藤 吉田 山田 新井 佐々木 '
    '斎藤 山口 松本 井上 木村 清水 関根 林 小島 石川 中島 阿部 森 池田 橋本 '
    '山崎 石井 岡田 長谷川 後藤 藤田 近藤 村上 遠藤 青木 坂本 福田 太田 西村 '
    '藤井 金子 岡本 中野 原田 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 '
    '内田 柴田 酒井 工藤 横山 宮崎 宮本 大野 高木 安藤 丸山 今井 河野 増田 '
    '小山 島田 大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 野口 松尾 野村 木下 '
    '菊地 佐野 大西 杉山 浅野 市川 飯田 田口 荒井 須藤 大久保 小川 吉川 '
    '福島 浅見 強矢 町田 栗原 細田 黒沢'
).split()

# given names with an "era" tag: o(lder) m(iddle) y(ounger)
MALE = {
    'o': '茂 清 勝 明 博 隆 浩 修 実 稔 豊 昭 弘 進 正 孝 誠 光男 義男 秀樹 '
         '英樹 康弘 政宏 和彦 一郎 健二 雄一 純一 浩二 正樹',
    'm': '大輔 健太 拓也 直樹 和也 達也 亮 哲也 智之 剛 学 聡 博之 雅人 '
         '健一 裕介 洋平 祐介 俊介 慎也 信也 賢治 浩之 慎一 良太 圭介 亮介 '
         '貴之 伸也 克也 雄介 大介 隆之 太郎',
    'y': '翔太 大樹 悠斗 蓮 颯太 陸 海斗 翼 駿 大和 悠真 拓海 優太 翔 '
         '涼太 湊 陽太 一輝 航 蒼',
}
FEMALE = {
    'o': '由美 恵 真由美 陽子 智子 裕子 久美子 明美 京子 幸子',
    'm': '愛 沙織 麻衣 舞 優子 香織 美穂 理恵 早紀 瞳 美香 直美',
    'y': '美咲 彩 奈々 千尋 さくら 結衣 葵 遥 彩香 紗希 花音 七海',
}
for d in (MALE, FEMALE):
    for k in d:
        d[k] = d[k].split()

# era weights (o, m, y) and share of women, by grade
ERA = {0: (8, 2, 0), 1: (8, 2, 0), 2: (7, 3, 0), 3: (5, 5, 0),
       4: (3, 6, 1), 5: (1, 6, 3), 6: (0, 4, 6), 7: (0, 2, 8)}
FEMALE_SHARE = {0: .02, 1: .04, 2: .05, 3: .06, 4: .08, 5: .11, 6: .15, 7: .20}

# grade mix of ordinary staff (everyone but head and 次長), roughly
# ~3% 課長級, ~10% 課長補佐級, ~18% 係長級, ~22% 主任級, rest 係員級 overall
MIX = [(G['課長級'], 3.2), (G['課長補佐級'], 10.4), (G['係長級'], 18.5),
       (G['主任級'], 22.6), (G['係員級'], 45.3)]


class Org:
    """One year's organisation: ordered divisions and staff by id."""

    def __init__(self):
        self.divs = {}        # code -> dict(code,name,kind,parent,head)
        self.staff = {}       # id -> dict(id,sur,given,grade(int),div)

    def add_div(self, code, name, kind, parent):
        assert code not in self.divs
        self.divs[code] = dict(code=code, name=name, kind=kind,
                               parent=parent, head=None)

    def members(self, code):
        return sorted((p for p in self.staff.values() if p['div'] == code),
                      key=lambda p: (p['grade'], p['id']))

    def div_order(self):
        """Tree order: each bureau, then its HQ divisions, then its stations."""
        out = []
        for b in (d for d in self.divs.values() if d['kind'] == 'bureau'):
            out.append(b['code'])
            kids = [d for d in self.divs.values() if d['parent'] == b['code']]
            kids.sort(key=lambda d: (d['kind'] != 'hq', int(d['code'])))
            out.extend(d['code'] for d in kids)
        assert len(out) == len(self.divs)
        return out


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.used_ids = set()
        self.used_names = set()   # full names are unique across both years
        sw = [1.0 / (i + 1) ** 0.7 for i in range(len(SURNAMES))]
        self.sur_weights = sw

    # -- people --------------------------------------------------------------
    def new_id(self):
        while True:
            i = self.rng.randrange(100000, 1000000)
            if i not in self.used_ids:
                self.used_ids.add(i)
                return '%06d' % i

    def new_name(self, grade):
        taken = self.used_names
        r = self.rng
        while True:
            sur = r.choices(SURNAMES, self.sur_weights)[0]
            pool = FEMALE if r.random() < FEMALE_SHARE[grade] else MALE
            era = r.choices('omy', ERA[grade])[0]
            given = r.choice(pool[era])
            if (sur, given) not in taken:
                taken.add((sur, given))
                return sur, given

    def person(self, grade, div):
        sur, given = self.new_name(grade)
        return dict(id=self.new_id(), sur=sur, given=given, grade=grade, div=div)

    def draw_grade(self):
        gs, ws = zip(*MIX)
        return self.rng.choices(gs, ws)[0]

    # -- fy2025 --------------------------------------------------------------
    def build_2025(self):
        r = self.rng
        org = Org()
        sizes = {}
        for bcode, bname, hqs in BUREAUS:
            org.add_div(bcode, bname, 'bureau', '')
            sizes[bcode] = r.randint(2, 5)
            for code, name, (lo, hi) in hqs:
                org.add_div(code, name, 'hq', bcode)
                sizes[code] = r.randint(lo, hi)
            for code, name, cls in STATIONS.get(bcode, []):
                org.add_div(code, name, 'station', bcode)
                sizes[code] = r.randint(*STATION_SIZE[cls])
        for code in org.div_order():
            d = org.divs[code]
            n = sizes[code]
            if d['kind'] == 'bureau':
                grades = [G['部長級']] + sorted(
                    r.choice([G['課長級'], G['課長補佐級'], G['係長級'],
                              G['主任級']]) for _ in range(n - 1))
            else:
                grades = [G['所属長級'], G['次長級']] + sorted(
                    self.draw_grade() for _ in range(n - 2))
                if d['kind'] == 'hq':
                    # auditor eligibility: >= 3 at 課長補佐級 or above
                    # (head + 次長 + at least one more; usually several)
                    while sum(g <= AUDITOR_MAX for g in grades) < 3:
                        grades[-1] = G['課長補佐級']
                        grades.sort()
            for g in grades:
                p = self.person(g, code)
                org.staff[p['id']] = p
                if d['head'] is None:
                    d['head'] = p['id']
        return org

    # -- fy2026 --------------------------------------------------------------
    def build_2026(self, o25):
        r = self.rng
        org = Org()
        for code in o25.div_order():
            d = o25.divs[code]
            if code == MERGED[0]:
                continue
            name = RENAMED[1] if code == RENAMED[0] else d['name']
            org.add_div(code, name, d['kind'], d['parent'])
        org.add_div(NEW_DIV[0], NEW_DIV[1], 'hq', NEW_DIV[2])
        # (div_order() lists it among 刑事部's HQ divisions, by code)

        staff = {i: dict(p) for i, p in o25.staff.items()}
        head25 = {c: d['head'] for c, d in o25.divs.items()}
        n25 = len(staff)
        stats = dict(retired=0, hired=0, promoted=0)

        def members(code, grade=None):
            return [p for p in staff.values() if p['div'] == code
                    and (grade is None or p['grade'] == grade)]

        def promote(p, to=None):
            p['grade'] = p['grade'] - 1 if to is None else to
            stats['promoted'] += 1

        # 1. retirements (~4%), mostly senior staff (mandatory retirement age)
        w = {0: 8, 1: 6, 2: 4, 3: 2, 4: 1.5, 5: 1, 6: .5, 7: .5}
        ids = sorted(staff)
        # weighted sampling without replacement (Efraimidis-Spirakis keys)
        keyed = sorted(ids, key=lambda i:
                       -(r.random() ** (1.0 / w[staff[i]['grade']])))
        for i in keyed[:round(0.04 * n25)]:
            del staff[i]
            stats['retired'] += 1

        vac_head = []           # divisions needing a head (所属長級 / 部長級)
        head_pool = []          # 所属長級 without a division to head
        vice_pool = []          # 次長級 without a post

        # 2. merged station: its people go to the absorbing station,
        #    its head and 次長 become free for other posts
        for p in sorted(members(MERGED[0]), key=lambda p: p['id']):
            if p['id'] == head25[MERGED[0]]:
                head_pool.append(p)
            elif p['grade'] == G['次長級']:
                vice_pool.append(p)
            else:
                p['div'] = MERGED[1]

        heads = {}
        for code in org.div_order():
            h = head25.get(code)
            if h in staff and staff[h]['div'] == code:
                heads[code] = h
            else:
                vac_head.append(code)

        # 3. bureau head vacancies: promote the head of one of its divisions
        for code in [c for c in vac_head if org.divs[c]['kind'] == 'bureau']:
            kids = sorted(c for c in heads if org.divs[c]['parent'] == code)
            src = r.choice(kids)
            p = staff[heads.pop(src)]
            promote(p, G['部長級'])
            p['div'] = code
            heads[code] = p['id']
            vac_head.remove(code)
            vac_head.append(src)

        # 4. rotation of ~20% of the remaining division heads
        cands = sorted(c for c in heads if org.divs[c]['kind'] != 'bureau')
        for code in r.sample(cands, round(0.2 * len(cands))):
            head_pool.append(staff[heads.pop(code)])
            vac_head.append(code)

        # 5. the new division: staff transferred from related divisions
        src = [p for c in NEW_DIV_FROM for p in members(c)
               if p['grade'] >= G['課長補佐級'] and p['id'] not in heads.values()]
        src.sort(key=lambda p: p['id'])
        for p in r.sample(src, NEW_DIV_SIZE - 2):
            p['div'] = NEW_DIV[0]      # (its head post is already vacant)

        # 6. fill head vacancies: rotated heads first, then promote 次長級
        #    from another division
        assert len(set(vac_head)) == len(vac_head)
        vac_head.sort(key=int)
        r.shuffle(head_pool)
        for code in vac_head:
            pick = next((p for p in head_pool if p['div'] != code), None)
            if pick is not None:
                head_pool.remove(pick)
            else:
                vices = sorted((p for p in staff.values()
                                if p['grade'] == G['次長級'] and p['div'] != code
                                and org.divs.get(p['div'], {}).get('kind')
                                in ('hq', 'station')
                                and p not in vice_pool),
                               key=lambda p: p['id'])
                pick = r.choice(vices)
                promote(pick, G['所属長級'])
            pick['div'] = code
            heads[code] = pick['id']
        assert not head_pool

        # 7. every hq/station division has a 次長級: from the pool, else promote
        #    a 課長級 (or 課長補佐級) of the same division
        for code in org.div_order():
            if org.divs[code]['kind'] == 'bureau' or members(code, G['次長級']):
                continue
            if vice_pool:
                vice_pool.pop(0)['div'] = code
                continue
            for g in (G['課長級'], G['課長補佐級']):
                c = sorted(members(code, g), key=lambda p: p['id'])
                if c:
                    promote(r.choice(c), G['次長級'])
                    break
            else:       # nobody senior enough here: a 課長級 from elsewhere
                c = sorted((p for p in staff.values()
                            if p['grade'] == G['課長級'] and p['div'] != code
                            and org.divs.get(p['div'], {}).get('kind')
                            in ('hq', 'station')), key=lambda p: p['id'])
                p = r.choice(c)
                promote(p, G['次長級'])
                p['div'] = code
        for p in vice_pool:          # none expected; park at the absorbing station
            p['div'] = MERGED[1]

        # 8. ordinary transfers, to reach ~8% moved overall
        def moved():
            return sum(1 for i, p in staff.items()
                       if i in o25.staff and p['div'] != o25.staff[i]['div'])
        cand = sorted((p for p in staff.values()
                       if p['grade'] >= G['課長級']
                       and p['div'] == o25.staff[p['id']]['div']
                       and org.divs[p['div']]['kind'] != 'bureau'),
                      key=lambda p: p['id'])
        dests = [c for c in org.div_order() if org.divs[c]['kind'] != 'bureau']
        dw = [len(members(c)) + 5 for c in dests]
        extra = max(0, round(0.08 * len(staff)) - moved())
        for p in r.sample(cand, extra):
            while True:
                c = r.choices(dests, dw)[0]
                if c != p['div']:
                    break
            p['div'] = c

        # 9. ordinary promotions (within the division)
        rate = {G['係員級']: .055, G['主任級']: .075, G['係長級']: .075,
                G['課長補佐級']: .07}
        for i in sorted(staff):
            p = staff[i]
            if p['grade'] in rate and r.random() < rate[p['grade']]:
                promote(p)

        # 10. new hires (~4%, 係員級) go to the police stations, each to the
        #     station furthest below its fy2025 strength (its 定員)
        quota = {c: len(o25.members(c)) for c in dests if c in o25.divs}
        quota[MERGED[1]] += quota.pop(MERGED[0], 0)
        quota[NEW_DIV[0]] = NEW_DIV_SIZE
        size = {c: len(members(c)) for c in dests}
        stations = [c for c in dests if org.divs[c]['kind'] == 'station']
        for _ in range(round(0.04 * n25)):
            c = max(stations, key=lambda c: (quota[c] - size[c], r.random()))
            p = self.person(G['係員級'], c)
            staff[p['id']] = p
            size[c] += 1
            stats['hired'] += 1

        # 10b. divisions below the minimum strength (hq 15, station 40) get
        #      junior staff from the station furthest above its strength
        for c in dests:
            lo = 15 if org.divs[c]['kind'] == 'hq' else 40
            while size[c] < max(lo, min(quota[c], lo + 2)):
                s = max(stations, key=lambda s: (size[s] - quota[s], s))
                p = r.choice(sorted((p for p in members(s)
                                     if p['grade'] >= G['主任級']),
                                    key=lambda p: p['id']))
                p['div'] = c
                size[s] -= 1
                size[c] += 1

        # 11. fix-ups: hq auditor eligibility, bureaus keep at least 2 staff
        for code in org.div_order():
            kind = org.divs[code]['kind']
            if kind == 'hq':
                while sum(p['grade'] <= AUDITOR_MAX for p in members(code)) < 3:
                    c = sorted((p for p in members(code)
                                if p['grade'] == G['係長級']),
                               key=lambda p: p['id'])
                    promote(r.choice(c))
            if kind == 'bureau' and len(members(code)) < 2:
                kids = [p for p in staff.values()
                        if org.divs[p['div']]['parent'] == code
                        and p['grade'] == G['係長級']]
                kids.sort(key=lambda p: p['id'])
                r.choice(kids)['div'] = code

        for code, h in heads.items():
            org.divs[code]['head'] = h
        org.staff = staff
        stats['moved'] = moved()
        stats['continuing'] = sum(1 for i in staff if i in o25.staff)
        return org, stats


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def rows(org):
    order = org.div_order()
    pos = {c: i for i, c in enumerate(order)}
    div = [['code', 'name', 'kind', 'parent', 'head']]
    for c in order:
        d = org.divs[c]
        div.append([c, d['name'], d['kind'], d['parent'], d['head']])
    st = [['id', 'name', 'grade', 'division']]
    for p in sorted(org.staff.values(),
                    key=lambda p: (pos[p['div']], p['grade'], p['id'])):
        st.append([p['id'], p['sur'] + '\u3000' + p['given'],
                   GRADES[p['grade']], p['div']])
    return {'divisions.csv': div, 'staff.csv': st}


def encode(table, enc, eol, bom=b''):
    lines = []
    for row in table:
        for f in row:
            assert not any(ch in f for ch in ',"\r\n'), f
        lines.append(','.join(row))
    return bom + ''.join(l + eol for l in lines).encode(enc)


def generate():
    gen = Gen()
    o25 = gen.build_2025()
    o26, stats = gen.build_2026(o25)
    files = {}
    for year, org in (('fy2025', o25), ('fy2026', o26)):
        for name, table in rows(org).items():
            files[year + '/' + name] = encode(table, 'utf-8', '\n')
            if year == 'fy2026':
                files[year + '/cp932/' + name] = encode(table, 'cp932', '\r\n')
                files[year + '/utf8bom/' + name] = encode(
                    table, 'utf-8', '\r\n', b'\xef\xbb\xbf')
    return files, o25, o26, stats


# ---------------------------------------------------------------------------
# Checks (run on the encoded bytes, i.e. on what an importer would read)
# ---------------------------------------------------------------------------

def parse(data, enc='utf-8'):
    text = data.decode(enc)
    if text.startswith('\ufeff'):
        text = text[1:]
    text = text.replace('\r\n', '\n')
    assert text.endswith('\n') and '\r' not in text
    return [l.split(',') for l in text[:-1].split('\n')]


def check_year(files, year):
    div = parse(files[year + '/divisions.csv'])
    st = parse(files[year + '/staff.csv'])
    assert div[0] == ['code', 'name', 'kind', 'parent', 'head'], div[0]
    assert st[0] == ['id', 'name', 'grade', 'division'], st[0]
    div, st = div[1:], st[1:]
    codes = [d[0] for d in div]
    ids = [s[0] for s in st]
    assert len(set(codes)) == len(codes), 'duplicate division code'
    assert len(set(ids)) == len(ids), 'duplicate staff id'
    member = {s[0]: s for s in st}
    kinds = {d[0]: d[2] for d in div}
    seen = set()
    for code, name, kind, parent, head in div:
        assert code.isascii() and code.isdigit() and 3 <= len(code) <= 4, code
        assert kind in ('bureau', 'hq', 'station'), kind
        if kind == 'bureau':
            assert parent == '', code
        else:
            assert kinds.get(parent) == 'bureau', (code, parent)
            assert parent in seen, ('parent after child', code)
        assert head in member, ('head not in staff', code, head)
        assert member[head][3] == code, ('head in other division', code, head)
        want = '部長級' if kind == 'bureau' else '所属長級'
        assert member[head][2] == want, (code, member[head][2])
        seen.add(code)
    by_div = {}
    for i, name, grade, dv in st:
        assert len(i) == 6 and i.isdigit() and i[0] != '0', i
        sur, _, given = name.partition('\u3000')
        assert sur and given and ' ' not in name, name
        assert grade in G, grade
        assert dv in kinds, (i, dv)
        by_div.setdefault(dv, []).append(G[grade])
    for code, kind in kinds.items():
        gs = by_div.get(code, [])
        n = len(gs)
        if kind == 'bureau':
            assert 2 <= n <= 5, (code, n)
        elif kind == 'hq':
            assert 15 <= n <= 80, (code, n)
            assert sum(g <= AUDITOR_MAX for g in gs) >= 3, code
        else:
            assert 40 <= n <= 200, (code, n)
        want = G['部長級'] if kind == 'bureau' else G['所属長級']
        assert gs.count(want) == 1, (code, 'heads', gs.count(want))
        if kind != 'bureau':
            assert gs.count(G['次長級']) == 1, (code, '次長級')
        # nobody of 部長級 outside a bureau, no 所属長級 inside one
        assert not (kind == 'bureau' and G['所属長級'] in gs), code
        assert not (kind != 'bureau' and G['部長級'] in gs), code
    return div, st


def check(files):
    for k, v in files.items():
        if '/cp932/' in k or '/utf8bom/' in k:
            assert v.count(b'\r\n') == v.count(b'\n'), k
        else:
            assert not v.startswith(b'\xef\xbb\xbf') and b'\r' not in v, k
    for name in ('divisions.csv', 'staff.csv'):
        ref = files['fy2026/' + name].decode('utf-8')
        cp = files['fy2026/cp932/' + name]
        bom = files['fy2026/utf8bom/' + name]
        assert cp.decode('cp932').replace('\r\n', '\n') == ref, name
        assert cp.decode('shift_jis').replace('\r\n', '\n') == ref, name
        assert bom.startswith(b'\xef\xbb\xbf')
        assert bom[3:].decode('utf-8').replace('\r\n', '\n') == ref, name
    d25, s25 = check_year(files, 'fy2025')
    d26, s26 = check_year(files, 'fy2026')
    return d25, s25, d26, s26


def report(d25, s25, d26, s26):
    out = []
    for year, div, st in (('fy2025', d25, s25), ('fy2026', d26, s26)):
        kinds = {}
        for d in div:
            kinds[d[2]] = kinds.get(d[2], 0) + 1
        out.append('%s: %d divisions (%s), %d staff' % (
            year, len(div),
            ', '.join('%s %d' % (k, kinds.get(k, 0))
                      for k in ('bureau', 'hq', 'station')), len(st)))
        for g in GRADES:
            n = sum(1 for s in st if s[2] == g)
            out.append('    %-6s %5d  %5.1f%%' % (g, n, 100.0 * n / len(st)))
    c25 = {d[0]: d[1] for d in d25}
    c26 = {d[0]: d[1] for d in d26}
    out.append('fy2025 -> fy2026:')
    out.append('    only in fy2025: %s' % ', '.join(
        '%s %s' % (c, c25[c]) for c in c25 if c not in c26))
    out.append('    only in fy2026: %s' % ', '.join(
        '%s %s' % (c, c26[c]) for c in c26 if c not in c25))
    out.append('    renamed: %s' % ', '.join(
        '%s %s -> %s' % (c, c25[c], c26[c]) for c in c25
        if c in c26 and c25[c] != c26[c]))
    g25 = {s[0]: s for s in s25}
    cont = [s for s in s26 if s[0] in g25]
    moved = sum(1 for s in cont if s[3] != g25[s[0]][3])
    prom = sum(1 for s in cont if G[s[2]] < G[g25[s[0]][2]])
    demo = sum(1 for s in cont if G[s[2]] > G[g25[s[0]][2]])
    assert demo == 0, 'demotion'
    ren = sum(1 for s in cont if s[1] != g25[s[0]][1])
    assert ren == 0, 'name changed'
    n25 = len(s25)
    out.append('    retired (absent in fy2026): %d (%.1f%% of fy2025)' % (
        n25 - len(cont), 100.0 * (n25 - len(cont)) / n25))
    out.append('    new hires (fy2026 only):    %d (%.1f%% of fy2026)' % (
        len(s26) - len(cont), 100.0 * (len(s26) - len(cont)) / len(s26)))
    out.append('    moved to another division:  %d (%.1f%% of continuing)' % (
        moved, 100.0 * moved / len(cont)))
    out.append('    promoted (higher grade):    %d' % prom)
    return '\n'.join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, 'org')
    files = generate()[0]
    again = generate()[0]
    assert again == files, 'generator is not deterministic'
    tables = check(files)
    if '--check' in sys.argv[1:]:
        bad = []
        for rel, data in sorted(files.items()):
            path = os.path.join(root, *rel.split('/'))
            try:
                with open(path, 'rb') as f:
                    if f.read() != data:
                        bad.append(rel)
            except OSError:
                bad.append(rel)
        for rel in bad:
            print('differs: org/' + rel)
        print(report(*tables))
        sys.exit(1 if bad else 0)
    for rel, data in sorted(files.items()):
        path = os.path.join(root, *rel.split('/'))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(data)
        print('wrote org/%s (%d bytes)' % (rel, len(data)))
    print(report(*tables))


if __name__ == '__main__':
    main()
