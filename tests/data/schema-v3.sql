-- tenken database at schema version 3 (kept fixture for the migration test)
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES('database_id','4d1dc5b13b0dca1ee6f2d30a57da1392d5652d5f1fcecb31f0a0281ef60d21b1');
INSERT INTO meta VALUES('created_at','2026-06-01T09:00:00Z');
CREATE TABLE grades(
  rank INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL UNIQUE);
INSERT INTO grades VALUES(1,'係員級','staff');
INSERT INTO grades VALUES(2,'主任級','senior_staff');
INSERT INTO grades VALUES(3,'係長級','unit_chief');
INSERT INTO grades VALUES(4,'課長補佐級','assistant_section_chief');
INSERT INTO grades VALUES(5,'課長級','section_chief');
INSERT INTO grades VALUES(6,'次長級','deputy_head');
INSERT INTO grades VALUES(7,'所属長級','division_head');
INSERT INTO grades VALUES(8,'部長級','bureau_head');
CREATE TABLE org_years(
  fy INTEGER PRIMARY KEY CHECK(fy BETWEEN 1990 AND 2200),
  imported_at TEXT NOT NULL,
  divisions_sha256 TEXT NOT NULL,
  staff_sha256 TEXT NOT NULL);
INSERT INTO org_years VALUES(2026,'2026-06-01T09:00:00Z','01a0594d23d9d19ec623c62a528ddeca7669da1823808a92a53cc12c61ada613','756e5c2adf94713ff564798753cf7e5e2f2f7b635f6c25ac473e06ec828bbdfd');
CREATE TABLE divisions(
  id INTEGER PRIMARY KEY,
  fy INTEGER NOT NULL REFERENCES org_years(fy),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('bureau','hq','station')),
  parent_id INTEGER REFERENCES divisions(id)
    DEFERRABLE INITIALLY DEFERRED,
  head_staff_id INTEGER REFERENCES staff(id)
    DEFERRABLE INITIALLY DEFERRED,
  UNIQUE(fy, code));
INSERT INTO divisions VALUES(1,2026,'100','総務部','bureau',NULL,1);
INSERT INTO divisions VALUES(2,2026,'120','情報管理課','hq',1,2);
INSERT INTO divisions VALUES(3,2026,'130','広報課','hq',1,6);
INSERT INTO divisions VALUES(4,2026,'910','東部方面本部','bureau',NULL,8);
INSERT INTO divisions VALUES(5,2026,'1001','浦和警察署','station',4,9);
CREATE TABLE staff(
  id INTEGER PRIMARY KEY,
  fy INTEGER NOT NULL REFERENCES org_years(fy),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  grade INTEGER NOT NULL REFERENCES grades(rank),
  division_id INTEGER NOT NULL REFERENCES divisions(id)
    DEFERRABLE INITIALLY DEFERRED,
  UNIQUE(fy, code));
INSERT INTO staff VALUES(1,2026,'900001','埼玉　一郎',8,1);
INSERT INTO staff VALUES(2,2026,'900002','浦和　花子',7,2);
INSERT INTO staff VALUES(3,2026,'900003','大宮　次郎',4,2);
INSERT INTO staff VALUES(4,2026,'900004','川口　三郎',3,2);
INSERT INTO staff VALUES(5,2026,'900005','川越　四郎',1,2);
INSERT INTO staff VALUES(6,2026,'900006','所沢　五郎',7,3);
INSERT INTO staff VALUES(7,2026,'900007','熊谷　六子',2,3);
INSERT INTO staff VALUES(8,2026,'900010','春日部　七郎',8,4);
INSERT INTO staff VALUES(9,2026,'900011','越谷　八郎',7,5);
INSERT INTO staff VALUES(10,2026,'900012','草加　九子',3,5);
INSERT INTO staff VALUES(11,2026,'900013','上尾　十郎',1,5);
INSERT INTO staff VALUES(12,2026,'900014','狭山　京子',2,5);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL);
INSERT INTO events VALUES(1,'2026-06-01T09:00:00Z','fixture','db.migrate','/tmp/tmp.aiZ2tQ4YRE/t.db','schema 0 -> 4','','9ed231815b91bdfc897efabdb3ac637614bf0e52dffe0dfdf242daf2669667a4');
INSERT INTO events VALUES(2,'2026-06-01T09:00:00Z','fixture','org.import','FY2026','divisions 5 (+5 -0) sha256 01a0594d23d9d19ec623c62a528ddeca7669da1823808a92a53cc12c61ada613; staff 12 (+12 -0) sha256 756e5c2adf94713ff564798753cf7e5e2f2f7b635f6c25ac473e06ec828bbdfd','9ed231815b91bdfc897efabdb3ac637614bf0e52dffe0dfdf242daf2669667a4','843660fe64d126c64fe7cfe13d6ba086c691a7f166845354ab13e78ded9c5874');
INSERT INTO events VALUES(3,'2026-06-01T09:00:00Z','fixture','survey.freeze','survey staff-self 2023.1','7e483995aeb907031e0ecddddb49cef9a10ba82f86cceca954d788028f63c070','843660fe64d126c64fe7cfe13d6ba086c691a7f166845354ab13e78ded9c5874','c235a1eda6cfffa397b38813061ee22cc31bd03c6a9ab4ad87e2f3fd48b84f1c');
INSERT INTO events VALUES(4,'2026-06-01T09:00:00Z','fixture','campaign.create','campaign 1','令和8年度 職員自己点検; survey staff-self 2023.1 7e483995aeb907031e0ecddddb49cef9a10ba82f86cceca954d788028f63c070; FY2026; due -','c235a1eda6cfffa397b38813061ee22cc31bd03c6a9ab4ad87e2f3fd48b84f1c','38a9b4bd65558fa9585d390c443ab6fd0119c09ddd64ffc25b6951a42933c809');
INSERT INTO events VALUES(5,'2026-06-01T09:00:00Z','fixture','survey.freeze','survey division-self 2023.1','6549763ea427a5b052c9f9579d299aedf5d0008e527db00b89fecff5f256c859','38a9b4bd65558fa9585d390c443ab6fd0119c09ddd64ffc25b6951a42933c809','c5b867e7aacd7cc6e45058177deb8291393ef663fbad7e6095e7716ca243285d');
INSERT INTO events VALUES(6,'2026-06-01T09:00:00Z','fixture','campaign.create','campaign 2','令和8年度 所属自己点検; survey division-self 2023.1 6549763ea427a5b052c9f9579d299aedf5d0008e527db00b89fecff5f256c859; FY2026; due -','c5b867e7aacd7cc6e45058177deb8291393ef663fbad7e6095e7716ca243285d','b80eff389f1dce42e7902e1b041dbfb2ed6eee2b7cfaa2516741489b11d84b36');
INSERT INTO events VALUES(7,'2026-06-01T09:00:00Z','fixture','form.export','campaign 1','3 forms to /tmp/tmp.aiZ2tQ4YRE/f','b80eff389f1dce42e7902e1b041dbfb2ed6eee2b7cfaa2516741489b11d84b36','0218e3fd3e5373bc984905f8b49a24105dcbc10ce442eff75190545f31716246');
INSERT INTO events VALUES(8,'2026-06-01T09:00:00Z','fixture','form.export','campaign 2','3 forms to /tmp/tmp.aiZ2tQ4YRE/f','0218e3fd3e5373bc984905f8b49a24105dcbc10ce442eff75190545f31716246','4a787bd460b0bf5de07f5a83c3cae0202f849d13cc4647eaf418b046b0d27591');
INSERT INTO events VALUES(9,'2026-06-01T09:00:00Z','fixture','form.import','campaign 1 division 1001','submission 1 from /tmp/tmp.aiZ2tQ4YRE/g/1_1001_浦和警察署.xlsx sha256 38c2ce5691d2cec0c6c669f9163f93029098171bb7722ff51c0c2ce351dcc1df; 320 answers','4a787bd460b0bf5de07f5a83c3cae0202f849d13cc4647eaf418b046b0d27591','244d52db81da68f22f0eecd7a93abc27e41acb5314bb4a98fe07293c784679da');
INSERT INTO events VALUES(10,'2026-06-01T09:00:00Z','fixture','form.import','campaign 1 division 120','submission 2 from /tmp/tmp.aiZ2tQ4YRE/g/1_120_情報管理課.xlsx sha256 04d6703210e56de143ca0fed119e47fc31c443f92a6834d50b7a18da2f6e0b9c; 320 answers','244d52db81da68f22f0eecd7a93abc27e41acb5314bb4a98fe07293c784679da','6adacac8907a311fc43e2562c206aa943cb9a92e94ca064b24562c781e13fb26');
INSERT INTO events VALUES(11,'2026-06-01T09:00:00Z','fixture','form.import','campaign 1 division 130','submission 3 from /tmp/tmp.aiZ2tQ4YRE/g/1_130_広報課.xlsx sha256 4888c65776951c3ca68c8bd657c271029d52031cc7ade44d6c2f7b91cb5e059a; 160 answers','6adacac8907a311fc43e2562c206aa943cb9a92e94ca064b24562c781e13fb26','6a1bed2a2e98345723dec9bdb0436652f7e32865233cf7d10f9ef05ea387e60d');
INSERT INTO events VALUES(12,'2026-06-01T09:00:00Z','fixture','form.import','campaign 2 division 1001','submission 4 from /tmp/tmp.aiZ2tQ4YRE/g/2_1001_浦和警察署.xlsx sha256 d69c75ccfae3fa4f3c87899e9ba31325192a07525cd8e91631e4e43476b76460; 67 answers','6a1bed2a2e98345723dec9bdb0436652f7e32865233cf7d10f9ef05ea387e60d','10d6cb7a08840f79031e7c1cf579e26d79b3466e9ddd3e25fdccada12fe26724');
INSERT INTO events VALUES(13,'2026-06-01T09:00:00Z','fixture','form.import','campaign 2 division 120','submission 5 from /tmp/tmp.aiZ2tQ4YRE/g/2_120_情報管理課.xlsx sha256 f5b7d35a7f989dfc525e6edac3749b88385badf3346531c13dc6897fb03a24aa; 63 answers','10d6cb7a08840f79031e7c1cf579e26d79b3466e9ddd3e25fdccada12fe26724','c9590e0cc1df5a1ca728d4d7dd5e5e8a0163bb706d3502f27cb18e5904726acc');
INSERT INTO events VALUES(14,'2026-06-01T09:00:00Z','fixture','form.import','campaign 2 division 130','submission 6 from /tmp/tmp.aiZ2tQ4YRE/g/2_130_広報課.xlsx sha256 4c0dbc0d32fb9c5d46f5254ab7b56667d2f3f074b8d9e29bda12a8f8bd8bd26c; 67 answers','c9590e0cc1df5a1ca728d4d7dd5e5e8a0163bb706d3502f27cb18e5904726acc','98ac6f8ebfe8ff988def5065f3a78519ccdf46f690f474b1c4dc4cc752209513');
CREATE TABLE surveys(
  id INTEGER PRIMARY KEY,
  survey_id TEXT NOT NULL,
  version TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL
    CHECK(kind IN ('self_inspection','regular_audit','special_audit')),
  respondent TEXT NOT NULL CHECK(respondent IN ('division','staff')),
  description TEXT NOT NULL DEFAULT '',
  instructions TEXT NOT NULL DEFAULT '',
  hooks TEXT NOT NULL DEFAULT '',
  source_name TEXT NOT NULL,
  source TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '',
  definition TEXT NOT NULL,
  stored_at TEXT NOT NULL);
INSERT INTO surveys VALUES(1,'staff-self','2023.1','7e483995aeb907031e0ecddddb49cef9a10ba82f86cceca954d788028f63c070','職員自己点検','self_inspection','staff','埼玉県警察情報セキュリティ対策基準に定める職員の遵守事項について、職員一人一人が自らの日常の取扱いを振り返り、遵守状況を点検するものです。点検結果は所属及び組織全体の課題の把握と改善に用います。各項目の「根拠条項」は同基準の該当箇所を示しています。',replace('所属から配布された点検票の「回答」シートで、自分の氏名の行に回答してください（他の職員の行には入力しないでください）。\n各項目について、この1年間の自分の取扱いを振り返り、「できている」「一部できていない」「できていない」「該当なし」から一つ選んでください。\nその項目に当たる業務や機器の取扱いがない場合（例：公用携帯電話機を使用していない、テレワークを実施していない）は「該当なし」を選んでください。\n判断に迷うときは各項目の「判断の目安」を参照し、なお不明な点は運用管理担当者に確認してください。\n「できていない」「一部できていない」と回答した項目は、運用管理担当者に相談し、速やかに改善してください。\n運用管理担当者は所属の回答を取りまとめ、所属長の確認を受けた上で、指定された期日までに総務部情報管理課へ返送してください（点検票は表示された分類及び取扱制限に従って取り扱い、登録済みの外部記録媒体又は庁内便により送付すること）。','\n',char(10)),'','/work/main/surveys/staff-self.lua',replace('-- 職員自己点検（staff-self）\n--\n-- 各職員が自ら行う取扱いを点検する質問票。職員一人につき一行で回答する。\n-- 項目は埼玉県警察情報セキュリティ対策基準（令和5年3月30日 情管第811号）の\n-- 職員の遵守事項（主に第3 管理対象情報の取扱い及び第8 警察情報システムの利用）\n-- から条項ごとに採っており、clause にその根拠条項を記す。\n-- 文体は「…していますか。」の問い掛けに統一し、回答は原則 compliance 尺度\n-- （できている／一部できていない／できていない／該当なし）による。\n\nsurvey {\n  id = "staff-self",\n  version = "2023.1",\n  title = "職員自己点検",\n  kind = "self_inspection",\n  respondent = "staff",\n  description = "埼玉県警察情報セキュリティ対策基準に定める職員の遵守事項について、"\n    .. "職員一人一人が自らの日常の取扱いを振り返り、遵守状況を点検するものです。"\n    .. "点検結果は所属及び組織全体の課題の把握と改善に用います。"\n    .. "各項目の「根拠条項」は同基準の該当箇所を示しています。",\n  instructions = {\n    "所属から配布された点検票の「回答」シートで、自分の氏名の行に回答してください（他の職員の行には入力しないでください）。",\n    "各項目について、この1年間の自分の取扱いを振り返り、「できている」「一部できていない」「できていない」「該当なし」から一つ選んでください。",\n    "その項目に当たる業務や機器の取扱いがない場合（例：公用携帯電話機を使用していない、テレワークを実施していない）は「該当なし」を選んでください。",\n    "判断に迷うときは各項目の「判断の目安」を参照し、なお不明な点は運用管理担当者に確認してください。",\n    "「できていない」「一部できていない」と回答した項目は、運用管理担当者に相談し、速やかに改善してください。",\n    "運用管理担当者は所属の回答を取りまとめ、所属長の確認を受けた上で、指定された期日までに総務部情報管理課へ返送してください（点検票は表示された分類及び取扱制限に従って取り扱い、登録済みの外部記録媒体又は庁内便により送付すること）。",\n  },\n  sections = {\n\n    section {\n      id = "S1",\n      title = "管理対象情報の分類・取扱制限",\n      items = {\n        item {\n          id = "S-1-01",\n          text = "担当する業務の遂行に必要な範囲内でのみ、警察情報システム及び管理対象情報を取り扱っていますか。",\n          clause = "第3 1",\n          severity = "high",\n          weight = 2,\n          guidance = "業務上の必要がない照会・閲覧・複製（興味本位の照会、私的な目的での検索等）を一切していなければ「できている」。",\n        },\n        item {\n          id = "S-1-02",\n          text = "管理対象情報を作成し、又は職員以外の者から入手したときは、その分類（機密性・完全性・可用性）及び取扱制限を定めていますか。",\n          clause = "第3 2(1)",\n          guidance = "作成・入手した文書や電子ファイルごとに、機密性1から3等の分類と取扱制限をその都度定めていれば「できている」。",\n        },\n        item {\n          id = "S-1-03",\n          text = "分類に応じて、「複製禁止」「持ち出し禁止」「配布禁止」「読後廃棄」「所属長限り」等の適正な取扱制限を指定していますか。",\n          clause = "第1 2(2)ア",\n          guidance = "情報の内容に見合った取扱制限を指定し、不要な制限や制限漏れがなければ「できている」。",\n        },\n        item {\n          id = "S-1-04",\n          text = "管理対象情報を機密性1（低）情報に分類するときは、明らかに不開示情報を含まない場合を除き、上職者の承認を得ていますか。",\n          clause = "第3 2(2)",\n          guidance = "上職者とは、本部の課長補佐（室長補佐等を含む。）、さいたま市警察部・方面本部の補佐官、警察学校の校長補佐、警察署の課長（課長代理等を含む。）以上の職員又は総括管理者。機密性1に分類した情報がない場合は「該当なし」。",\n        },\n        item {\n          id = "S-1-05",\n          text = "部内で管理対象情報を取り扱う際、分類及び取扱制限が明らかな場合を除き、機密性の分類及び取扱制限を明示していますか。",\n          clause = "第3 2(3)",\n          guidance = "文書の欄外やファイル名・表紙等に「機密性2」「複製禁止」等を表示していれば「できている」。",\n        },\n        item {\n          id = "S-1-06",\n          text = "職員以外の者に管理対象情報を提供するときは、機密性の分類及び取扱制限を明示していますか。",\n          clause = "第3 2(4)",\n          guidance = "別に定めるものを除き、提供する文書・ファイルに分類と取扱制限を表示していれば「できている」。提供していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-1-07",\n          text = "管理対象情報を作成又は複製するとき、元の情報に決定済みの機密性の分類及び取扱制限を継承していますか。",\n          clause = "第3 2(5)",\n          guidance = "元資料が機密性2であれば、その抜粋・複製・加工物も機密性2として表示・管理していれば「できている」。",\n        },\n        item {\n          id = "S-1-08",\n          text = "情報の修正・追加・削除等により分類及び取扱制限を見直す必要が生じたとき、決定者等に確認の上で見直していますか。",\n          clause = "第3 2(6)",\n          guidance = "自己判断で分類を下げず、分類を決定した者等に確認していれば「できている」。",\n        },\n      },\n    },\n\n    section {\n      id = "S2",\n      title = "管理対象情報の利用・保存・提供",\n      items = {\n        item {\n          id = "S-2-01",\n          text = "管理対象情報を不正に作成・入手し、又は不正に利用・き損することのないよう取り扱っていますか。",\n          clause = "第3 3(1)ア、第3 3(1)イ",\n          severity = "high",\n          weight = 2,\n          guidance = "権限のない情報の入手、改ざん、無断の削除・破損がなければ「できている」。",\n        },\n        item {\n          id = "S-2-02",\n          text = "要保護情報を机上や複合機、端末画面等に放置せず、離席・退庁時には施錠保管や画面ロックを行っていますか。",\n          clause = "第3 3(1)ウ",\n          guidance = "離席時の画面ロック、退庁時の書類・媒体の施錠保管、印刷物の速やかな回収ができていれば「できている」。",\n        },\n        item {\n          id = "S-2-03",\n          text = "要機密情報の配布及び複製を、業務上必要な最小限にとどめていますか。",\n          clause = "第3 3(1)エ、第3 3(1)オ",\n          guidance = "配布先・部数・複製数を必要最小限とし、不要な写しを作っていなければ「できている」。",\n        },\n        item {\n          id = "S-2-04",\n          text = "別に定める場合を除き、警察庁舎外に設置されている機器に要機密情報を保存しないようにしていますか。",\n          clause = "第3 3(2)",\n          severity = "high",\n          weight = 2,\n          guidance = "庁舎外の機器（自宅のパソコン、外部のサーバ等）に機密性2以上の情報を保存していなければ「できている」。",\n        },\n        item {\n          id = "S-2-05",\n          text = "保存する管理対象情報に、分類及び取扱制限に応じたアクセス制限を設定していますか。",\n          clause = "第3 3(3)",\n          guidance = "共有フォルダ等に保存する要機密情報について、閲覧できる者を必要な範囲に限定していれば「できている」。",\n        },\n        item {\n          id = "S-2-06",\n          text = "他の者にアクセスさせる必要がない管理対象情報は、アクセスできないよう設定していますか。",\n          clause = "第8 1(2)イ(ケ)",\n          guidance = "個人で扱う作業ファイルを誰でも閲覧できる共有領域に置いたままにしていなければ「できている」。",\n        },\n        item {\n          id = "S-2-07",\n          text = "要機密情報の取扱いが認められたもの以外の、外部回線に接続する警察情報システム（インターネット接続端末等）で要機密情報を取り扱わないようにしていますか。",\n          clause = "第3 3(4)",\n          severity = "high",\n          weight = 2,\n          guidance = "インターネット接続端末で機密性2以上の情報を作成・保存・閲覧していなければ「できている」。",\n        },\n        item {\n          id = "S-2-08",\n          text = "警察が維持管理を行っていない機器に、機密性3（高）情報を保存しないようにしていますか。",\n          clause = "第3 3(5)",\n          scale = "yesno_na",\n          severity = "high",\n          weight = 3,\n          guidance = "私物の機器、部外の機器、外部サービス等に機密性3の情報を保存したことが一度もなければ「はい」。",\n        },\n        item {\n          id = "S-2-09",\n          text = "管理対象情報を公表するときは、その情報が機密性1（低）情報に分類されることを確認していますか。",\n          clause = "第3 4(1)",\n          guidance = "広報資料、ホームページ掲載文等を公表する前に分類を確認していれば「できている」。公表に携わっていない場合は「該当なし」。",\n        },\n        item {\n          id = "S-2-10",\n          text = "要機密情報を閲覧可能な範囲外の者に提供するときは、提供先に取扱上の留意事項を確実に伝達していますか。",\n          clause = "第3 4(2)",\n          guidance = "提供文書への表示に加え、口頭や送付文で取扱制限と注意事項を伝えていれば「できている」。",\n        },\n        item {\n          id = "S-2-11",\n          text = "管理対象情報を職員以外の者に電子データで提供するときは、ファイルの属性情報（作成者名、変更履歴、コメント等）からの情報漏えいを防止していますか。",\n          clause = "第3 4(3)",\n          guidance = "提供前にプロパティ、変更履歴、非表示のシートや行、コメント等を確認・削除していれば「できている」。",\n        },\n      },\n    },\n\n    section {\n      id = "S3",\n      title = "管理対象情報の持ち出し・送信・消去・バックアップ",\n      items = {\n        item {\n          id = "S-3-01",\n          text = "要機密情報を警察庁舎外に持ち出すときは、分類及び取扱制限を見直した上で、別に定める手続（許可・記録等）に従っていますか。",\n          clause = "第3 5(2)",\n          severity = "high",\n          weight = 3,\n          guidance = "持ち出しの都度、持ち出す情報の要否と分類を見直し、定められた許可・記録を経ていれば「できている」。特に機密性3（高）情報の無許可の持ち出しは重大な違反となる。所属長以上の職員及び持ち出しをしていない場合は「該当なし」。",\n        },\n        item {\n          id = "S-3-02",\n          text = "「持ち出し禁止」等の取扱制限が指定された情報を、定められた場所から持ち出さないようにしていますか。",\n          clause = "第1 2(2)イ(イ)、第3 3(3)",\n          severity = "high",\n          weight = 2,\n          guidance = "取扱制限の指定に反する持ち出し、複製、配布がなければ「できている」。",\n        },\n        item {\n          id = "S-3-03",\n          text = "要保護情報を記録した媒体の庁舎外への運搬を第三者に依頼するときは、分類及び取扱制限に応じた措置を講じていますか。",\n          clause = "第3 5(1)",\n          guidance = "封かん、親展・書留等の送付方法の選択、暗号化など情報に見合った措置をとっていれば「できている」。依頼していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-3-04",\n          text = "機密性2（中）情報を外部回線を用いた電子メールで送信するときは、送信手段を慎重に決定し、パスワードの設定又は暗号化を行っていますか。",\n          clause = "第3 5(3)、第8 1(3)キ",\n          severity = "high",\n          weight = 2,\n          guidance = "添付ファイルへのパスワード設定又は暗号化を行い、パスワードは別の手段で伝えていれば「できている」。送信していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-3-05",\n          text = "機密性3（高）情報を、外部回線を用いた電子メールで送信しないようにしていますか。",\n          clause = "第3 5(4)",\n          scale = "yesno_na",\n          severity = "high",\n          weight = 3,\n          guidance = "暗号化の有無にかかわらず、機密性3の情報を外部回線経由のメールで送ったことがなければ「はい」。",\n        },\n        item {\n          id = "S-3-06",\n          text = "電磁的記録媒体に保存した管理対象情報が職務上不要となったときは、速やかに消去していますか。",\n          clause = "第3 6(1)",\n          guidance = "共有フォルダ、端末、外部記録媒体に不要となったファイルを残していなければ「できている」。",\n        },\n        item {\n          id = "S-3-07",\n          text = "電磁的記録媒体を廃棄するときは、全ての管理対象情報を復元できないよう抹消していますか。",\n          clause = "第3 6(2)",\n          severity = "high",\n          weight = 2,\n          guidance = "物理的破壊や専用ソフトによる抹消など、定められた方法で抹消してから廃棄していれば「できている」。廃棄に携わっていない場合は「該当なし」。",\n        },\n        item {\n          id = "S-3-08",\n          text = "要機密情報が記載された書面を廃棄するときは、シュレッダーや溶解処理等で復元が困難な状態にしていますか。",\n          clause = "第3 6(3)",\n          guidance = "要機密情報の書類をそのまま古紙回収やごみ箱に出していなければ「できている」。",\n        },\n        item {\n          id = "S-3-09",\n          text = "要保全情報又は要安定情報を持ち出すときは、運用管理者の許可を得るとともに、必要に応じてバックアップを取得していますか。",\n          clause = "第3 7(1)",\n          guidance = "持ち出しによる滅失・改ざんに備えて許可とバックアップの要否判断を行っていれば「できている」。持ち出していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-3-10",\n          text = "取得したバックアップを、元の情報の機密性の分類及び取扱制限に従って管理していますか。",\n          clause = "第3 7(2)",\n          guidance = "バックアップ媒体・ファイルにも元の情報と同じ表示・保管・アクセス制限をしていれば「できている」。バックアップを取得していない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "S4",\n      title = "区域・警察情報システムの利用",\n      items = {\n        item {\n          id = "S-4-01",\n          text = "利用する区域について、区域情報セキュリティ管理者が定めた対策（入退室の管理、施錠等）に従っていますか。",\n          clause = "第3 8(3)ウ",\n          guidance = "区域ごとに掲示・指示された入退室の手順や施錠等を守っていれば「できている」。",\n        },\n        item {\n          id = "S-4-02",\n          text = "職員以外の者を区域に立ち入らせるときは、その者にも区域で定められた対策に従うよう求めていますか。",\n          clause = "第3 8(3)ウ",\n          guidance = "来訪者や業者に受付・同行・立入範囲の制限等を求めていれば「できている」。立ち入らせることがない場合は「該当なし」。",\n        },\n        item {\n          id = "S-4-03",\n          text = "警察情報システムを、あらかじめ定められた目的以外の目的で使用しないようにしていますか。",\n          clause = "第8 1(2)イ(ア)",\n          severity = "high",\n          weight = 2,\n          guidance = "私的な照会・閲覧、業務外のウェブ閲覧等を行っていなければ「できている」。",\n        },\n        item {\n          id = "S-4-04",\n          text = "外部回線への接続を前提として整備されたものを除き、警察情報システムを外部回線に接続しないようにしていますか。",\n          clause = "第8 1(2)イ(イ)",\n          severity = "high",\n          weight = 2,\n          guidance = "業務用端末をモバイルルータ、テザリング、公衆無線LAN等でインターネットに接続していなければ「できている」。",\n        },\n        item {\n          id = "S-4-05",\n          text = "警察情報システムの回線に、システムセキュリティ責任者の許可を受けていない機器（私物のスマートフォン、USB機器等を含む。）を接続しないようにしていますか。",\n          clause = "第8 1(2)イ(ウ)",\n          severity = "high",\n          weight = 2,\n          guidance = "私物のスマートフォンの充電目的の接続も含め、許可のない機器を端末やLANに接続していなければ「できている」。",\n        },\n        item {\n          id = "S-4-06",\n          text = "システムセキュリティ責任者の許可なく、運用要領に定める範囲を超えて機器の改造やソフトウェアの追加をしないようにしていますか。",\n          clause = "第8 1(2)イ(エ)",\n          guidance = "許可されていないソフトウェアのインストール、設定変更、部品の増設等をしていなければ「できている」。",\n        },\n        item {\n          id = "S-4-07",\n          text = "各警察情報システムで取り扱うことができる分類の範囲を超えた管理対象情報を取り扱わないようにしていますか。",\n          clause = "第8 1(2)イ(オ)",\n          guidance = "システムごとに定められた取扱可能な機密性等の範囲を知り、それを守っていれば「できている」。",\n        },\n        item {\n          id = "S-4-08",\n          text = "別に定める場合を除き、端末等の機器を警察庁舎外に持ち出さないようにしていますか。",\n          clause = "第8 1(2)イ(カ)",\n          severity = "high",\n          weight = 2,\n          guidance = "機器は定められた手続（許可・記録）を経た場合のみ持ち出していれば「できている」。",\n        },\n        item {\n          id = "S-4-09",\n          text = "警察が管理する区域以外で外部回線に接続したことがある端末を、内部ネットワークに直接接続しないようにしていますか。",\n          clause = "第8 1(2)イ(キ)",\n          severity = "high",\n          weight = 2,\n          guidance = "出張先等で外部回線につないだ端末を、定められた確認を経ずに庁内LANに接続していなければ「できている」。該当する端末を扱っていない場合は「該当なし」。",\n        },\n        item {\n          id = "S-4-10",\n          text = "電子計算機等の設置環境に配慮し、障害等により可用性を損なわないようにしていますか。",\n          clause = "第8 1(2)イ(コ)",\n          severity = "low",\n          guidance = "機器の近くに飲み物を置かない、通気口をふさがない、電源を無断で抜かない等に気を付けていれば「できている」。",\n        },\n        item {\n          id = "S-4-11",\n          text = "取り扱う警察情報システムについて、運用要領その他の別の定めや指示事項を遵守していますか。",\n          clause = "第8 1(2)イ(サ)",\n          guidance = "利用するシステムの運用要領や通知された指示事項を確認し、それに従っていれば「できている」。",\n        },\n      },\n    },\n\n    section {\n      id = "S5",\n      title = "識別コード（ID）・パスワード等",\n      items = {\n        item {\n          id = "S-5-01",\n          text = "自分に付与された識別コード（ユーザID）以外の識別コードを用いて警察情報システムを使用しないようにしていますか。",\n          clause = "第8 1(4)ア",\n          severity = "high",\n          weight = 3,\n          guidance = "他の職員のIDでのログインや、他の職員がログインしたままの端末での操作を一切していなければ「できている」。",\n        },\n        item {\n          id = "S-5-02",\n          text = "パスワード等の主体認証情報を他人に教えたり共用したりせず、権限のない者に知られないよう管理していますか。",\n          clause = "第8 1(4)イ",\n          severity = "high",\n          weight = 3,\n          guidance = "上司や同僚を含め誰にもパスワードを教えておらず、共用もしていなければ「できている」。",\n        },\n        item {\n          id = "S-5-03",\n          text = "パスワードを付箋に書いて端末に貼るなど、他人の目に触れる状態で記録・保管しないようにしていますか。",\n          clause = "第8 1(4)イ",\n          severity = "high",\n          weight = 2,\n          guidance = "端末周辺、机の引出し、手帳等にパスワードを書き残していなければ「できている」。",\n        },\n        item {\n          id = "S-5-04",\n          text = "警察情報システムの利用時に関係のない者に画面を見られないよう配慮し、パスワード等の入力時には他人に見られていないことを確認していますか。",\n          clause = "第8 1(2)イ(ク)",\n          guidance = "来庁者から見える位置での要機密情報の表示を避け、入力時に周囲を確認していれば「できている」。",\n        },\n        item {\n          id = "S-5-05",\n          text = "復号又は電子署名に用いる鍵を、インターネットに接続された電子計算機に保存しないようにしていますか。",\n          clause = "第8 1(5)ア",\n          scale = "yesno_na",\n          guidance = "暗号鍵や電子証明書の秘密鍵をインターネット接続端末に保存していなければ「はい」。鍵を取り扱っていない場合は「該当なし」。",\n        },\n        item {\n          id = "S-5-06",\n          text = "鍵のバックアップを取得した場合、オリジナルの鍵と同等の安全管理をしていますか。",\n          clause = "第8 1(5)イ",\n          guidance = "バックアップした鍵も施錠保管・アクセス制限等で元の鍵と同様に管理していれば「できている」。鍵を取り扱っていない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "S6",\n      title = "外部記録媒体・公用携帯電話機・個人所有の機器",\n      items = {\n        item {\n          id = "S-6-01",\n          text = "外部記録媒体は所属に登録されたものだけを使用し、定められた手続（管理簿による貸出し・返却等）に従って管理していますか。",\n          clause = "第8 1(2)エ(ア)",\n          severity = "high",\n          weight = 3,\n          guidance = "未登録のUSBメモリ等（私物を含む。）を一切使用せず、借用・返却の記録をしていれば「できている」。外部記録媒体を使用していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-6-02",\n          text = "使用を終えた外部記録媒体を速やかに返却し、机の中等に私的に保管したままにしないようにしていますか。",\n          clause = "第8 1(2)エ(ア)",\n          guidance = "使用後すぐに運用管理担当者（補助者）へ返却していれば「できている」。",\n        },\n        item {\n          id = "S-6-03",\n          text = "外部記録媒体を警察庁舎外に持ち出すときは、媒体内の要機密情報を必要最小限にし、運用管理担当者の許可を得ていますか。",\n          clause = "第8 1(2)エ(イ)",\n          severity = "high",\n          weight = 3,\n          guidance = "持ち出しの都度、事前に許可を得て、不要なデータを消去してから持ち出していれば「できている」。持ち出していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-6-04",\n          text = "公用携帯電話機を警察庁舎外に持ち出すときは、機内の要機密情報を必要最小限にし、共用の機器は運用管理担当者の許可を得ていますか。",\n          clause = "第8 1(2)ウ(ア)",\n          guidance = "音声通話機能のみを使用する共用機は許可不要。公用携帯電話機を使用していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-6-05",\n          text = "公用携帯電話機で要機密情報に当たる送受信メール履歴や電話帳等を閲覧する際に、パスコード等の主体認証が求められるよう設定していますか。",\n          clause = "第8 1(2)ウ(イ)",\n          severity = "high",\n          weight = 2,\n          guidance = "画面ロックとパスコード等が設定され、解除したままにしていなければ「できている」。",\n        },\n        item {\n          id = "S-6-06",\n          text = "公用携帯電話機を、紛失・盗難の防止や私的利用の禁止など定められたとおりに適正に管理していますか。",\n          clause = "第8 1(2)ウ(ウ)",\n          guidance = "常に所在を把握し、許可のないアプリの導入や私的な利用をしていなければ「できている」。",\n        },\n        item {\n          id = "S-6-07",\n          text = "別に定める場合を除き、個人所有の機器（私物のパソコン、スマートフォン、USBメモリ等）で管理対象情報を処理しないようにしていますか。",\n          clause = "第8 1(2)オ",\n          severity = "high",\n          weight = 3,\n          guidance = "私物機器での業務文書の作成・保存、業務情報の撮影・メモ・送受信をしていなければ「できている」。",\n        },\n        item {\n          id = "S-6-08",\n          text = "別に定めるところにより個人所有の機器で管理対象情報を処理する場合、盗難・紛失・不正プログラム感染等による情報窃取を防ぐ対策を講じていますか。",\n          clause = "第7 1(1)オ",\n          guidance = "画面ロック、OS等の更新、ウイルス対策、紛失時の連絡手順等を実施していれば「できている」。私物機器を利用していない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "S7",\n      title = "電子メール・ウェブ・ウェブ会議",\n      items = {\n        item {\n          id = "S-7-01",\n          text = "管理対象情報を含む電子メールは、警察が管理・運用する電子メール機能又は公用携帯電話機の電子メール機能だけを使って送受信していますか。",\n          clause = "第8 1(3)ア",\n          severity = "high",\n          weight = 2,\n          guidance = "私用のメールアドレス、フリーメール、私物のメッセージアプリで業務情報を送受信していなければ「できている」。",\n        },\n        item {\n          id = "S-7-02",\n          text = "外部の者と電子メールで情報をやり取りするときは、保証ドメイン名（pref.saitama.jp 等）のアドレスを使用していますか。",\n          clause = "第8 1(3)イ",\n          guidance = "外部サービス利用時、公用携帯電話機使用時及び特別な事情がある場合を除く。外部とのメールがない場合は「該当なし」。",\n        },\n        item {\n          id = "S-7-03",\n          text = "不審な電子メールを受信したときは、開封せずに直ちにシステムセキュリティ維持管理者に報告していますか。",\n          clause = "第8 1(3)ウ",\n          severity = "high",\n          weight = 2,\n          guidance = "添付ファイルやリンクを開かず、直ちに報告する手順を理解し実行していれば「できている」。受信したことがなくても手順を理解していれば「できている」。",\n        },\n        item {\n          id = "S-7-04",\n          text = "多数の者に電子メールを一斉送信するときは、Bcc 等を用いて受信者のメールアドレスが漏えいしないようにしていますか。",\n          clause = "第8 1(3)ク",\n          guidance = "受信者同士でアドレスを共有する必要がある場合を除き Bcc を使っていれば「できている」。一斉送信をしていない場合は「該当なし」。",\n        },\n        item {\n          id = "S-7-05",\n          text = "要機密情報を電子メールで外部に送信した後、やむを得ない場合を除き、直ちに端末内から当該情報を消去していますか。",\n          clause = "第8 1(3)ケ",\n          guidance = "送信に使った端末内の添付ファイル等を送信後すぐに削除していれば「できている」。",\n        },\n        item {\n          id = "S-7-06",\n          text = "外部から電子メールで受信した要機密情報を、外部回線に接続された端末に保存しないようにし、やむを得ず保存したときは内部の端末に取り込んだ後に速やかに削除していますか。",\n          clause = "第8 1(3)コ、第8 1(3)サ",\n          guidance = "インターネット接続端末に要機密情報の添付ファイルを残していなければ「できている」。",\n        },\n        item {\n          id = "S-7-07",\n          text = "ウェブブラウザ等の設定について、情報セキュリティに影響を及ぼすおそれのある変更をしないようにしていますか。",\n          clause = "第8 1(3)エ",\n          guidance = "セキュリティ警告の無効化、証明書エラーの無視設定、不要な拡張機能の追加等をしていなければ「できている」。",\n        },\n        item {\n          id = "S-7-08",\n          text = "外部回線からソフトウェアをダウンロードするとき、電子署名が付与されていれば、それにより配布元を確認していますか。",\n          clause = "第8 1(3)オ",\n          guidance = "許可された範囲でダウンロードする際に電子署名の発行元を確認していれば「できている」。ダウンロードしない場合は「該当なし」。",\n        },\n        item {\n          id = "S-7-09",\n          text = "ウェブサイトのフォームに要機密情報を入力して送信するときは、通信が暗号化されること及び送信先が想定する組織のものであることを確認していますか。",\n          clause = "第8 1(3)カ",\n          guidance = "アドレスが https であること、ドメイン名が正しい組織のものであることを確認していれば「できている」。",\n        },\n        item {\n          id = "S-7-10",\n          text = "職務上ウェブ会議サービスを利用するときは、定められた手続をとり、参加者や取り扱う情報に応じた対策を講じていますか。",\n          clause = "第8 1(7)ア",\n          guidance = "承認されたサービスを所定の手続の上で利用し、要機密情報の画面共有等に注意していれば「できている」。利用していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-7-11",\n          text = "ウェブ会議を主催するときは、会議に関係のない者が参加しないようにしていますか。",\n          clause = "第8 1(7)イ",\n          guidance = "会議用パスワード、待機室、参加者の確認等を行っていれば「できている」。主催していない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "S8",\n      title = "不正プログラム対策・報告・教養",\n      items = {\n        item {\n          id = "S-8-01",\n          text = "ウイルス対策ソフトウェア等で不正プログラムとして検知されたファイルを、実行したり読み込んだりしないようにしていますか。",\n          clause = "第8 1(6)ア",\n          severity = "high",\n          weight = 2,\n          guidance = "検知の警告が出たファイルを開かず、そのまま報告していれば「できている」。",\n        },\n        item {\n          id = "S-8-02",\n          text = "外部から受け取った外部記録媒体や外部の電子計算機に接続した外部記録媒体を警察の電子計算機に接続するときは、不正プログラムが記録されていないことを確認していますか。",\n          clause = "第8 1(6)イ",\n          severity = "high",\n          weight = 3,\n          guidance = "接続前にウイルスチェックを行い、その手順が決まっていればそれに従っていれば「できている」。該当する媒体を扱っていない場合は「該当なし」。",\n        },\n        item {\n          id = "S-8-03",\n          text = "情報セキュリティインシデントの可能性のある事案（紛失、誤送信、感染の疑い等）を認知したときは、速やかに運用管理者に報告していますか。",\n          clause = "第2 3(4)ア(ア)",\n          severity = "high",\n          weight = 2,\n          guidance = "報告先（運用管理者）と連絡方法を知っており、事案があれば直ちに報告していれば「できている」。事案がなくても報告要領を理解していれば「できている」。",\n        },\n        item {\n          id = "S-8-04",\n          text = "警察情報セキュリティポリシー等に違反する行為を認知したときは、運用管理者を経てシステムセキュリティ責任者に報告していますか。",\n          clause = "第2 3(1)イ",\n          guidance = "違反行為を見過ごさず、定められた経路で報告する手順を理解していれば「できている」。",\n        },\n        item {\n          id = "S-8-05",\n          text = "委託した業務において情報セキュリティインシデントや情報の目的外利用等を認知したときは、速やかにシステムセキュリティ責任者又は運用管理者に報告していますか。",\n          clause = "第4 1(2)ウ",\n          guidance = "委託業務に関与していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-8-06",\n          text = "教養実施計画に従って、適切な時期に情報セキュリティに関する教養を受講していますか。",\n          clause = "第2 3(3)ウ",\n          scale = "yesno_na",\n          guidance = "今年度の所定の教養（集合教養、e-ラーニング等）を期限までに受講していれば「はい」。休職等により今年度の受講対象でない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "S9",\n      title = "テレワーク・ソーシャルメディア・外部サービス",\n      items = {\n        item {\n          id = "S-9-01",\n          text = "テレワーク又はモバイル勤務の実施前及び実施後に、別に定める項目を確認していますか。",\n          clause = "第8 3(2)ア",\n          guidance = "実施前後の確認項目（持ち出し機器・情報の確認、更新状況等）を毎回確認していれば「できている」。テレワーク等を実施していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-9-02",\n          text = "テレワーク又はモバイル勤務の実施場所は、画面ののぞき見や盗聴を防止できる場所を選び、自宅以外では離席時の盗難等に注意していますか。",\n          clause = "第8 3(2)イ",\n          guidance = "人目のある飲食店等で画面を開かない、離席時は機器を携行する等をしていれば「できている」。実施していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-9-03",\n          text = "テレワーク又はモバイル勤務で警察情報システムに接続するときは、別に定める回線を使用していますか。",\n          clause = "第8 3(2)ウ",\n          severity = "high",\n          weight = 2,\n          guidance = "定められた回線以外（許可されていない公衆無線LAN等）で接続していなければ「できている」。実施していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-9-04",\n          text = "職務上ソーシャルメディアサービスで情報を発信するときは、サービスの約款等によりリスクを確認し、要機密情報を取り扱わないようにしていますか。",\n          clause = "第8 2(1)、第4 2(2)ア",\n          guidance = "所属の公式アカウント等で発信する場合に限る。担当していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-9-05",\n          text = "ソーシャルメディアサービスで要安定情報を発信するときは、埼玉県警察ホームページにも掲載して参照できるようにしていますか。",\n          clause = "第8 2(2)",\n          guidance = "防犯・災害情報等の要安定情報はホームページ掲載と併せて発信していれば「できている」。担当していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-9-06",\n          text = "要機密情報を取り扱わない外部サービスを職務で利用するときは、約款や提供条件からリスクが許容できることを確認し、必要な手続をとっていますか。",\n          clause = "第4 2(2)ア、第4 2(2)イ",\n          guidance = "アカウント登録が不要な閲覧のみの利用は対象外。利用していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-9-07",\n          text = "アカウントの取得が必要なサービスで情報を閲覧するときは、登録する情報を必要なものに限定し、運用管理者の許可を得ていますか。",\n          clause = "第4 2(2)ウ",\n          guidance = "利用していない場合は「該当なし」。",\n        },\n        item {\n          id = "S-9-08",\n          text = "検索サービス等を利用するとき、検索内容が提供者側で収集・分析され関心事項が把握されるおそれがあることに留意していますか。",\n          clause = "第4 2(2)エ",\n          severity = "low",\n          guidance = "捜査対象者の氏名等、検索語から業務上の関心事項が推測されないよう配慮していれば「できている」。",\n        },\n        item {\n          id = "S-9-09",\n          text = "情報セキュリティ管理者が認めた場合を除き、クラウドサービスで機密性3（高）情報を取り扱わないようにしていますか。",\n          clause = "第4 2(1)ア(エ)",\n          scale = "yesno_na",\n          severity = "high",\n          weight = 3,\n          guidance = "機密性3の情報をクラウドサービスに保存・入力・共有したことがなければ「はい」。",\n        },\n      },\n    },\n  },\n}\n','\n',char(10)),'',replace('{"id":"staff-self","version":"2023.1","title":"職員自己点検","kind":"self_inspection","respondent":"staff","description":"埼玉県警察情報セキュリティ対策基準に定める職員の遵守事項について、職員一人一人が自らの日常の取扱いを振り返り、遵守状況を点検するものです。点検結果は所属及び組織全体の課題の把握と改善に用います。各項目の「根拠条項」は同基準の該当箇所を示しています。","instructions":["所属から配布された点検票の「回答」シートで、自分の氏名の行に回答してください（他の職員の行には入力しないでください）。","各項目について、この1年間の自分の取扱いを振り返り、「できている」「一部できていない」「できていない」「該当なし」から一つ選んでください。","その項目に当たる業務や機器の取扱いがない場合（例：公用携帯電話機を使用していない、テレワークを実施していない）は「該当なし」を選んでください。","判断に迷うときは各項目の「判断の目安」を参照し、なお不明な点は運用管理担当者に確認してください。","「できていない」「一部できていない」と回答した項目は、運用管理担当者に相談し、速やかに改善してください。","運用管理担当者は所属の回答を取りまとめ、所属長の確認を受けた上で、指定された期日までに総務部情報管理課へ返送してください（点検票は表示された分類及び取扱制限に従って取り扱い、登録済みの外部記録媒体又は庁内便により送付すること）。"],"hooks":{"score":false,"validate":false,"report":false},"grades":[{"label":"A","min":90},{"label":"B","min":75},{"label":"C","min":60},{"label":"D","min":0}],"scales":{"audit":[{"label":"適合","value":1},{"label":"軽微な不備","value":0.5},{"label":"不適合","value":0},{"label":"該当なし","value":null}],"compliance":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"yesno":[{"label":"はい","value":1},{"label":"いいえ","value":0}],"yesno_na":[{"label":"はい","value":1},{"label":"いいえ","value":0},{"label":"該当なし","value":null}]},"sections":[\n{"id":"S1","title":"管理対象情報の分類・取扱制限","items":[\n {"id":"S-1-01","text":"担当する業務の遂行に必要な範囲内でのみ、警察情報システム及び管理対象情報を取り扱っていますか。","clause":"第3 1","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"業務上の必要がない照会・閲覧・複製（興味本位の照会、私的な目的での検索等）を一切していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-1-02","text":"管理対象情報を作成し、又は職員以外の者から入手したときは、その分類（機密性・完全性・可用性）及び取扱制限を定めていますか。","clause":"第3 2(1)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"作成・入手した文書や電子ファイルごとに、機密性1から3等の分類と取扱制限をその都度定めていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-1-03","text":"分類に応じて、「複製禁止」「持ち出し禁止」「配布禁止」「読後廃棄」「所属長限り」等の適正な取扱制限を指定していますか。","clause":"第1 2(2)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"情報の内容に見合った取扱制限を指定し、不要な制限や制限漏れがなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-1-04","text":"管理対象情報を機密性1（低）情報に分類するときは、明らかに不開示情報を含まない場合を除き、上職者の承認を得ていますか。","clause":"第3 2(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"上職者とは、本部の課長補佐（室長補佐等を含む。）、さいたま市警察部・方面本部の補佐官、警察学校の校長補佐、警察署の課長（課長代理等を含む。）以上の職員又は総括管理者。機密性1に分類した情報がない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-1-05","text":"部内で管理対象情報を取り扱う際、分類及び取扱制限が明らかな場合を除き、機密性の分類及び取扱制限を明示していますか。","clause":"第3 2(3)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"文書の欄外やファイル名・表紙等に「機密性2」「複製禁止」等を表示していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-1-06","text":"職員以外の者に管理対象情報を提供するときは、機密性の分類及び取扱制限を明示していますか。","clause":"第3 2(4)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"別に定めるものを除き、提供する文書・ファイルに分類と取扱制限を表示していれば「できている」。提供していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-1-07","text":"管理対象情報を作成又は複製するとき、元の情報に決定済みの機密性の分類及び取扱制限を継承していますか。","clause":"第3 2(5)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"元資料が機密性2であれば、その抜粋・複製・加工物も機密性2として表示・管理していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-1-08","text":"情報の修正・追加・削除等により分類及び取扱制限を見直す必要が生じたとき、決定者等に確認の上で見直していますか。","clause":"第3 2(6)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"自己判断で分類を下げず、分類を決定した者等に確認していれば「できている」。","evidence":"","tags":[],"applies":null}]},\n{"id":"S2","title":"管理対象情報の利用・保存・提供","items":[\n {"id":"S-2-01","text":"管理対象情報を不正に作成・入手し、又は不正に利用・き損することのないよう取り扱っていますか。","clause":"第3 3(1)ア、第3 3(1)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"権限のない情報の入手、改ざん、無断の削除・破損がなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-02","text":"要保護情報を机上や複合機、端末画面等に放置せず、離席・退庁時には施錠保管や画面ロックを行っていますか。","clause":"第3 3(1)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"離席時の画面ロック、退庁時の書類・媒体の施錠保管、印刷物の速やかな回収ができていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-03","text":"要機密情報の配布及び複製を、業務上必要な最小限にとどめていますか。","clause":"第3 3(1)エ、第3 3(1)オ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"配布先・部数・複製数を必要最小限とし、不要な写しを作っていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-04","text":"別に定める場合を除き、警察庁舎外に設置されている機器に要機密情報を保存しないようにしていますか。","clause":"第3 3(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"庁舎外の機器（自宅のパソコン、外部のサーバ等）に機密性2以上の情報を保存していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-05","text":"保存する管理対象情報に、分類及び取扱制限に応じたアクセス制限を設定していますか。","clause":"第3 3(3)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"共有フォルダ等に保存する要機密情報について、閲覧できる者を必要な範囲に限定していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-06","text":"他の者にアクセスさせる必要がない管理対象情報は、アクセスできないよう設定していますか。","clause":"第8 1(2)イ(ケ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"個人で扱う作業ファイルを誰でも閲覧できる共有領域に置いたままにしていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-07","text":"要機密情報の取扱いが認められたもの以外の、外部回線に接続する警察情報システム（インターネット接続端末等）で要機密情報を取り扱わないようにしていますか。","clause":"第3 3(4)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"インターネット接続端末で機密性2以上の情報を作成・保存・閲覧していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-08","text":"警察が維持管理を行っていない機器に、機密性3（高）情報を保存しないようにしていますか。","clause":"第3 3(5)","type":"choice","scale":"yesno_na","choices":[{"label":"はい","value":1},{"label":"いいえ","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"私物の機器、部外の機器、外部サービス等に機密性3の情報を保存したことが一度もなければ「はい」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-09","text":"管理対象情報を公表するときは、その情報が機密性1（低）情報に分類されることを確認していますか。","clause":"第3 4(1)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"広報資料、ホームページ掲載文等を公表する前に分類を確認していれば「できている」。公表に携わっていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-10","text":"要機密情報を閲覧可能な範囲外の者に提供するときは、提供先に取扱上の留意事項を確実に伝達していますか。","clause":"第3 4(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"提供文書への表示に加え、口頭や送付文で取扱制限と注意事項を伝えていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-2-11","text":"管理対象情報を職員以外の者に電子データで提供するときは、ファイルの属性情報（作成者名、変更履歴、コメント等）からの情報漏えいを防止していますか。","clause":"第3 4(3)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"提供前にプロパティ、変更履歴、非表示のシートや行、コメント等を確認・削除していれば「できている」。","evidence":"","tags":[],"applies":null}]},\n{"id":"S3","title":"管理対象情報の持ち出し・送信・消去・バックアップ","items":[\n {"id":"S-3-01","text":"要機密情報を警察庁舎外に持ち出すときは、分類及び取扱制限を見直した上で、別に定める手続（許可・記録等）に従っていますか。","clause":"第3 5(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"持ち出しの都度、持ち出す情報の要否と分類を見直し、定められた許可・記録を経ていれば「できている」。特に機密性3（高）情報の無許可の持ち出しは重大な違反となる。所属長以上の職員及び持ち出しをしていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-3-02","text":"「持ち出し禁止」等の取扱制限が指定された情報を、定められた場所から持ち出さないようにしていますか。","clause":"第1 2(2)イ(イ)、第3 3(3)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"取扱制限の指定に反する持ち出し、複製、配布がなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-3-03","text":"要保護情報を記録した媒体の庁舎外への運搬を第三者に依頼するときは、分類及び取扱制限に応じた措置を講じていますか。","clause":"第3 5(1)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"封かん、親展・書留等の送付方法の選択、暗号化など情報に見合った措置をとっていれば「できている」。依頼していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-3-04","text":"機密性2（中）情報を外部回線を用いた電子メールで送信するときは、送信手段を慎重に決定し、パスワードの設定又は暗号化を行っていますか。","clause":"第3 5(3)、第8 1(3)キ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"添付ファイルへのパスワード設定又は暗号化を行い、パスワードは別の手段で伝えていれば「できている」。送信していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-3-05","text":"機密性3（高）情報を、外部回線を用いた電子メールで送信しないようにしていますか。","clause":"第3 5(4)","type":"choice","scale":"yesno_na","choices":[{"label":"はい","value":1},{"label":"いいえ","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"暗号化の有無にかかわらず、機密性3の情報を外部回線経由のメールで送ったことがなければ「はい」。","evidence":"","tags":[],"applies":null},\n {"id":"S-3-06","text":"電磁的記録媒体に保存した管理対象情報が職務上不要となったときは、速やかに消去していますか。","clause":"第3 6(1)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"共有フォルダ、端末、外部記録媒体に不要となったファイルを残していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-3-07","text":"電磁的記録媒体を廃棄するときは、全ての管理対象情報を復元できないよう抹消していますか。","clause":"第3 6(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"物理的破壊や専用ソフトによる抹消など、定められた方法で抹消してから廃棄していれば「できている」。廃棄に携わっていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-3-08","text":"要機密情報が記載された書面を廃棄するときは、シュレッダーや溶解処理等で復元が困難な状態にしていますか。","clause":"第3 6(3)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"要機密情報の書類をそのまま古紙回収やごみ箱に出していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-3-09","text":"要保全情報又は要安定情報を持ち出すときは、運用管理者の許可を得るとともに、必要に応じてバックアップを取得していますか。","clause":"第3 7(1)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"持ち出しによる滅失・改ざんに備えて許可とバックアップの要否判断を行っていれば「できている」。持ち出していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-3-10","text":"取得したバックアップを、元の情報の機密性の分類及び取扱制限に従って管理していますか。","clause":"第3 7(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"バックアップ媒体・ファイルにも元の情報と同じ表示・保管・アクセス制限をしていれば「できている」。バックアップを取得していない場合は「該当なし」。","evidence":"","tags":[],"applies":null}]},\n{"id":"S4","title":"区域・警察情報システムの利用","items":[\n {"id":"S-4-01","text":"利用する区域について、区域情報セキュリティ管理者が定めた対策（入退室の管理、施錠等）に従っていますか。","clause":"第3 8(3)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"区域ごとに掲示・指示された入退室の手順や施錠等を守っていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-02","text":"職員以外の者を区域に立ち入らせるときは、その者にも区域で定められた対策に従うよう求めていますか。","clause":"第3 8(3)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"来訪者や業者に受付・同行・立入範囲の制限等を求めていれば「できている」。立ち入らせることがない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-03","text":"警察情報システムを、あらかじめ定められた目的以外の目的で使用しないようにしていますか。","clause":"第8 1(2)イ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"私的な照会・閲覧、業務外のウェブ閲覧等を行っていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-04","text":"外部回線への接続を前提として整備されたものを除き、警察情報システムを外部回線に接続しないようにしていますか。","clause":"第8 1(2)イ(イ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"業務用端末をモバイルルータ、テザリング、公衆無線LAN等でインターネットに接続していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-05","text":"警察情報システムの回線に、システムセキュリティ責任者の許可を受けていない機器（私物のスマートフォン、USB機器等を含む。）を接続しないようにしていますか。","clause":"第8 1(2)イ(ウ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"私物のスマートフォンの充電目的の接続も含め、許可のない機器を端末やLANに接続していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-06","text":"システムセキュリティ責任者の許可なく、運用要領に定める範囲を超えて機器の改造やソフトウェアの追加をしないようにしていますか。","clause":"第8 1(2)イ(エ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"許可されていないソフトウェアのインストール、設定変更、部品の増設等をしていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-07","text":"各警察情報システムで取り扱うことができる分類の範囲を超えた管理対象情報を取り扱わないようにしていますか。","clause":"第8 1(2)イ(オ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"システムごとに定められた取扱可能な機密性等の範囲を知り、それを守っていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-08","text":"別に定める場合を除き、端末等の機器を警察庁舎外に持ち出さないようにしていますか。","clause":"第8 1(2)イ(カ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"機器は定められた手続（許可・記録）を経た場合のみ持ち出していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-09","text":"警察が管理する区域以外で外部回線に接続したことがある端末を、内部ネットワークに直接接続しないようにしていますか。","clause":"第8 1(2)イ(キ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"出張先等で外部回線につないだ端末を、定められた確認を経ずに庁内LANに接続していなければ「できている」。該当する端末を扱っていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-10","text":"電子計算機等の設置環境に配慮し、障害等により可用性を損なわないようにしていますか。","clause":"第8 1(2)イ(コ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"low","required":true,"guidance":"機器の近くに飲み物を置かない、通気口をふさがない、電源を無断で抜かない等に気を付けていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-4-11","text":"取り扱う警察情報システムについて、運用要領その他の別の定めや指示事項を遵守していますか。","clause":"第8 1(2)イ(サ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"利用するシステムの運用要領や通知された指示事項を確認し、それに従っていれば「できている」。","evidence":"","tags":[],"applies":null}]},\n{"id":"S5","title":"識別コード（ID）・パスワード等","items":[\n {"id":"S-5-01","text":"自分に付与された識別コード（ユーザID）以外の識別コードを用いて警察情報システムを使用しないようにしていますか。","clause":"第8 1(4)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"他の職員のIDでのログインや、他の職員がログインしたままの端末での操作を一切していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-5-02","text":"パスワード等の主体認証情報を他人に教えたり共用したりせず、権限のない者に知られないよう管理していますか。","clause":"第8 1(4)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"上司や同僚を含め誰にもパスワードを教えておらず、共用もしていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-5-03","text":"パスワードを付箋に書いて端末に貼るなど、他人の目に触れる状態で記録・保管しないようにしていますか。","clause":"第8 1(4)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"端末周辺、机の引出し、手帳等にパスワードを書き残していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-5-04","text":"警察情報システムの利用時に関係のない者に画面を見られないよう配慮し、パスワード等の入力時には他人に見られていないことを確認していますか。","clause":"第8 1(2)イ(ク)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"来庁者から見える位置での要機密情報の表示を避け、入力時に周囲を確認していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-5-05","text":"復号又は電子署名に用いる鍵を、インターネットに接続された電子計算機に保存しないようにしていますか。","clause":"第8 1(5)ア","type":"choice","scale":"yesno_na","choices":[{"label":"はい","value":1},{"label":"いいえ","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"暗号鍵や電子証明書の秘密鍵をインターネット接続端末に保存していなければ「はい」。鍵を取り扱っていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-5-06","text":"鍵のバックアップを取得した場合、オリジナルの鍵と同等の安全管理をしていますか。","clause":"第8 1(5)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"バックアップした鍵も施錠保管・アクセス制限等で元の鍵と同様に管理していれば「できている」。鍵を取り扱っていない場合は「該当なし」。","evidence":"","tags":[],"applies":null}]},\n{"id":"S6","title":"外部記録媒体・公用携帯電話機・個人所有の機器","items":[\n {"id":"S-6-01","text":"外部記録媒体は所属に登録されたものだけを使用し、定められた手続（管理簿による貸出し・返却等）に従って管理していますか。","clause":"第8 1(2)エ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"未登録のUSBメモリ等（私物を含む。）を一切使用せず、借用・返却の記録をしていれば「できている」。外部記録媒体を使用していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-6-02","text":"使用を終えた外部記録媒体を速やかに返却し、机の中等に私的に保管したままにしないようにしていますか。","clause":"第8 1(2)エ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"使用後すぐに運用管理担当者（補助者）へ返却していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-6-03","text":"外部記録媒体を警察庁舎外に持ち出すときは、媒体内の要機密情報を必要最小限にし、運用管理担当者の許可を得ていますか。","clause":"第8 1(2)エ(イ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"持ち出しの都度、事前に許可を得て、不要なデータを消去してから持ち出していれば「できている」。持ち出していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-6-04","text":"公用携帯電話機を警察庁舎外に持ち出すときは、機内の要機密情報を必要最小限にし、共用の機器は運用管理担当者の許可を得ていますか。","clause":"第8 1(2)ウ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"音声通話機能のみを使用する共用機は許可不要。公用携帯電話機を使用していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-6-05","text":"公用携帯電話機で要機密情報に当たる送受信メール履歴や電話帳等を閲覧する際に、パスコード等の主体認証が求められるよう設定していますか。","clause":"第8 1(2)ウ(イ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"画面ロックとパスコード等が設定され、解除したままにしていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-6-06","text":"公用携帯電話機を、紛失・盗難の防止や私的利用の禁止など定められたとおりに適正に管理していますか。","clause":"第8 1(2)ウ(ウ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"常に所在を把握し、許可のないアプリの導入や私的な利用をしていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-6-07","text":"別に定める場合を除き、個人所有の機器（私物のパソコン、スマートフォン、USBメモリ等）で管理対象情報を処理しないようにしていますか。","clause":"第8 1(2)オ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"私物機器での業務文書の作成・保存、業務情報の撮影・メモ・送受信をしていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-6-08","text":"別に定めるところにより個人所有の機器で管理対象情報を処理する場合、盗難・紛失・不正プログラム感染等による情報窃取を防ぐ対策を講じていますか。","clause":"第7 1(1)オ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"画面ロック、OS等の更新、ウイルス対策、紛失時の連絡手順等を実施していれば「できている」。私物機器を利用していない場合は「該当なし」。","evidence":"","tags":[],"applies":null}]},\n{"id":"S7","title":"電子メール・ウェブ・ウェブ会議","items":[\n {"id":"S-7-01","text":"管理対象情報を含む電子メールは、警察が管理・運用する電子メール機能又は公用携帯電話機の電子メール機能だけを使って送受信していますか。","clause":"第8 1(3)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"私用のメールアドレス、フリーメール、私物のメッセージアプリで業務情報を送受信していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-02","text":"外部の者と電子メールで情報をやり取りするときは、保証ドメイン名（pref.saitama.jp 等）のアドレスを使用していますか。","clause":"第8 1(3)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"外部サービス利用時、公用携帯電話機使用時及び特別な事情がある場合を除く。外部とのメールがない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-03","text":"不審な電子メールを受信したときは、開封せずに直ちにシステムセキュリティ維持管理者に報告していますか。","clause":"第8 1(3)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"添付ファイルやリンクを開かず、直ちに報告する手順を理解し実行していれば「できている」。受信したことがなくても手順を理解していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-04","text":"多数の者に電子メールを一斉送信するときは、Bcc 等を用いて受信者のメールアドレスが漏えいしないようにしていますか。","clause":"第8 1(3)ク","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"受信者同士でアドレスを共有する必要がある場合を除き Bcc を使っていれば「できている」。一斉送信をしていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-05","text":"要機密情報を電子メールで外部に送信した後、やむを得ない場合を除き、直ちに端末内から当該情報を消去していますか。","clause":"第8 1(3)ケ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"送信に使った端末内の添付ファイル等を送信後すぐに削除していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-06","text":"外部から電子メールで受信した要機密情報を、外部回線に接続された端末に保存しないようにし、やむを得ず保存したときは内部の端末に取り込んだ後に速やかに削除していますか。","clause":"第8 1(3)コ、第8 1(3)サ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"インターネット接続端末に要機密情報の添付ファイルを残していなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-07","text":"ウェブブラウザ等の設定について、情報セキュリティに影響を及ぼすおそれのある変更をしないようにしていますか。","clause":"第8 1(3)エ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"セキュリティ警告の無効化、証明書エラーの無視設定、不要な拡張機能の追加等をしていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-08","text":"外部回線からソフトウェアをダウンロードするとき、電子署名が付与されていれば、それにより配布元を確認していますか。","clause":"第8 1(3)オ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"許可された範囲でダウンロードする際に電子署名の発行元を確認していれば「できている」。ダウンロードしない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-09","text":"ウェブサイトのフォームに要機密情報を入力して送信するときは、通信が暗号化されること及び送信先が想定する組織のものであることを確認していますか。","clause":"第8 1(3)カ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"アドレスが https であること、ドメイン名が正しい組織のものであることを確認していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-10","text":"職務上ウェブ会議サービスを利用するときは、定められた手続をとり、参加者や取り扱う情報に応じた対策を講じていますか。","clause":"第8 1(7)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"承認されたサービスを所定の手続の上で利用し、要機密情報の画面共有等に注意していれば「できている」。利用していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-7-11","text":"ウェブ会議を主催するときは、会議に関係のない者が参加しないようにしていますか。","clause":"第8 1(7)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"会議用パスワード、待機室、参加者の確認等を行っていれば「できている」。主催していない場合は「該当なし」。","evidence":"","tags":[],"applies":null}]},\n{"id":"S8","title":"不正プログラム対策・報告・教養","items":[\n {"id":"S-8-01","text":"ウイルス対策ソフトウェア等で不正プログラムとして検知されたファイルを、実行したり読み込んだりしないようにしていますか。","clause":"第8 1(6)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"検知の警告が出たファイルを開かず、そのまま報告していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-8-02","text":"外部から受け取った外部記録媒体や外部の電子計算機に接続した外部記録媒体を警察の電子計算機に接続するときは、不正プログラムが記録されていないことを確認していますか。","clause":"第8 1(6)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"接続前にウイルスチェックを行い、その手順が決まっていればそれに従っていれば「できている」。該当する媒体を扱っていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-8-03","text":"情報セキュリティインシデントの可能性のある事案（紛失、誤送信、感染の疑い等）を認知したときは、速やかに運用管理者に報告していますか。","clause":"第2 3(4)ア(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"報告先（運用管理者）と連絡方法を知っており、事案があれば直ちに報告していれば「できている」。事案がなくても報告要領を理解していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-8-04","text":"警察情報セキュリティポリシー等に違反する行為を認知したときは、運用管理者を経てシステムセキュリティ責任者に報告していますか。","clause":"第2 3(1)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"違反行為を見過ごさず、定められた経路で報告する手順を理解していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-8-05","text":"委託した業務において情報セキュリティインシデントや情報の目的外利用等を認知したときは、速やかにシステムセキュリティ責任者又は運用管理者に報告していますか。","clause":"第4 1(2)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"委託業務に関与していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-8-06","text":"教養実施計画に従って、適切な時期に情報セキュリティに関する教養を受講していますか。","clause":"第2 3(3)ウ","type":"choice","scale":"yesno_na","choices":[{"label":"はい","value":1},{"label":"いいえ","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"今年度の所定の教養（集合教養、e-ラーニング等）を期限までに受講していれば「はい」。休職等により今年度の受講対象でない場合は「該当なし」。","evidence":"","tags":[],"applies":null}]},\n{"id":"S9","title":"テレワーク・ソーシャルメディア・外部サービス","items":[\n {"id":"S-9-01","text":"テレワーク又はモバイル勤務の実施前及び実施後に、別に定める項目を確認していますか。","clause":"第8 3(2)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"実施前後の確認項目（持ち出し機器・情報の確認、更新状況等）を毎回確認していれば「できている」。テレワーク等を実施していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-9-02","text":"テレワーク又はモバイル勤務の実施場所は、画面ののぞき見や盗聴を防止できる場所を選び、自宅以外では離席時の盗難等に注意していますか。","clause":"第8 3(2)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"人目のある飲食店等で画面を開かない、離席時は機器を携行する等をしていれば「できている」。実施していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-9-03","text":"テレワーク又はモバイル勤務で警察情報システムに接続するときは、別に定める回線を使用していますか。","clause":"第8 3(2)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"定められた回線以外（許可されていない公衆無線LAN等）で接続していなければ「できている」。実施していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-9-04","text":"職務上ソーシャルメディアサービスで情報を発信するときは、サービスの約款等によりリスクを確認し、要機密情報を取り扱わないようにしていますか。","clause":"第8 2(1)、第4 2(2)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"所属の公式アカウント等で発信する場合に限る。担当していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-9-05","text":"ソーシャルメディアサービスで要安定情報を発信するときは、埼玉県警察ホームページにも掲載して参照できるようにしていますか。","clause":"第8 2(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"防犯・災害情報等の要安定情報はホームページ掲載と併せて発信していれば「できている」。担当していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-9-06","text":"要機密情報を取り扱わない外部サービスを職務で利用するときは、約款や提供条件からリスクが許容できることを確認し、必要な手続をとっていますか。","clause":"第4 2(2)ア、第4 2(2)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"アカウント登録が不要な閲覧のみの利用は対象外。利用していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-9-07","text":"アカウントの取得が必要なサービスで情報を閲覧するときは、登録する情報を必要なものに限定し、運用管理者の許可を得ていますか。","clause":"第4 2(2)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"利用していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"S-9-08","text":"検索サービス等を利用するとき、検索内容が提供者側で収集・分析され関心事項が把握されるおそれがあることに留意していますか。","clause":"第4 2(2)エ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"low","required":true,"guidance":"捜査対象者の氏名等、検索語から業務上の関心事項が推測されないよう配慮していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"S-9-09","text":"情報セキュリティ管理者が認めた場合を除き、クラウドサービスで機密性3（高）情報を取り扱わないようにしていますか。","clause":"第4 2(1)ア(エ)","type":"choice","scale":"yesno_na","choices":[{"label":"はい","value":1},{"label":"いいえ","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"機密性3の情報をクラウドサービスに保存・入力・共有したことがなければ「はい」。","evidence":"","tags":[],"applies":null}]}]}','\n',char(10)),'2026-06-01T09:00:00Z');
INSERT INTO surveys VALUES(2,'division-self','2023.1','6549763ea427a5b052c9f9579d299aedf5d0008e527db00b89fecff5f256c859','所属自己点検','self_inspection','division','埼玉県警察情報セキュリティ対策基準に基づき、所属として整備すべき運用管理体制、外部記録媒体・公用携帯電話機等の管理、区域の管理、教養、報告体制、例外措置、業務委託及び外部サービスの管理の状況を点検するものです。職員自己点検と併せて実施し、その結果は情報セキュリティ管理者による評価と改善に用います。',replace('運用管理担当者が所属の管理簿、指名書、教養実施記録等を確認しながら「回答」シートに入力してください。\n各項目について「できている」「一部できていない」「できていない」「該当なし」から一つ選んでください。業務委託の有無など前提を尋ねる項目は「はい」「いいえ」で回答してください（この回答は採点しません）。\n前提の項目に「いいえ」と回答した場合、それに続く項目は回答不要です（該当する項目の「判断の目安」に前提となる項目番号を示しています）。\n数量・日付の項目は、点検日現在の数値、西暦の日付（例：2023-10-01）で入力してください。\n「できていない」「一部できていない」と回答した項目は、その理由と改善予定を最後の特記事項欄に記入してください。\n所属長の確認を受けた上で、指定された期日までに総務部情報管理課へ返送してください（点検票は表示された分類及び取扱制限に従って取り扱い、登録済みの外部記録媒体又は庁内便により送付すること）。','\n',char(10)),'','/work/main/surveys/division-self.lua',replace('-- 所属自己点検（division-self）\n--\n-- 所属（本部所属・警察署）として整えておくべき体制、簿冊、手続を点検する\n-- 質問票。所属ごとに一行で回答する。項目は埼玉県警察情報セキュリティ対策基準\n-- （令和5年3月30日 情管第811号）から採り、clause にその根拠条項を記す。\n-- 文体は「…していますか。」の問い掛けに統一する。\n--\n-- 「…していますか（有無）」のような前提を尋ねる項目は、採点しない尺度 umu\n-- （はい／いいえとも NA）で回答させ、その答えが「はい」のときだけ後続の項目を\n-- 適用する（applies = when(...)）。業務委託や例外措置がない所属が、それだけで\n-- 減点されないようにするためである。\n-- 運用管理担当者を指名できる職は、基準上、警察署と本部所属等とで異なる\n-- （第8 1(2)ア(ア)）ため、その項目だけは only_stations / only_hq で分けている。\n\nsurvey {\n  id = "division-self",\n  version = "2023.1",\n  title = "所属自己点検",\n  kind = "self_inspection",\n  respondent = "division",\n  description = "埼玉県警察情報セキュリティ対策基準に基づき、所属として整備すべき運用管理体制、"\n    .. "外部記録媒体・公用携帯電話機等の管理、区域の管理、教養、報告体制、例外措置、"\n    .. "業務委託及び外部サービスの管理の状況を点検するものです。"\n    .. "職員自己点検と併せて実施し、その結果は情報セキュリティ管理者による評価と改善に用います。",\n  instructions = {\n    "運用管理担当者が所属の管理簿、指名書、教養実施記録等を確認しながら「回答」シートに入力してください。",\n    "各項目について「できている」「一部できていない」「できていない」「該当なし」から一つ選んでください。業務委託の有無など前提を尋ねる項目は「はい」「いいえ」で回答してください（この回答は採点しません）。",\n    "前提の項目に「いいえ」と回答した場合、それに続く項目は回答不要です（該当する項目の「判断の目安」に前提となる項目番号を示しています）。",\n    "数量・日付の項目は、点検日現在の数値、西暦の日付（例：2023-10-01）で入力してください。",\n    "「できていない」「一部できていない」と回答した項目は、その理由と改善予定を最後の特記事項欄に記入してください。",\n    "所属長の確認を受けた上で、指定された期日までに総務部情報管理課へ返送してください（点検票は表示された分類及び取扱制限に従って取り扱い、登録済みの外部記録媒体又は庁内便により送付すること）。",\n  },\n  scales = {\n    -- 前提（有無）を尋ねる項目用。採点しない。\n    umu = { { "はい", NA }, { "いいえ", NA } },\n  },\n  sections = {\n\n    section {\n      id = "D1",\n      title = "運用管理体制",\n      items = {\n        item {\n          id = "D-1-01",\n          text = "外部記録媒体、公用携帯電話機、モバイル端末等を管理する運用管理担当者を指名していますか。",\n          clause = "第8 1(2)ア(ア)",\n          severity = "high",\n          weight = 2,\n          guidance = "運用管理者（所属長）が運用管理担当者を書面で指名し、現に在職していれば「できている」。",\n        },\n        item {\n          id = "D-1-02",\n          text = "運用管理担当者を、警察署の課長（課長代理及び課長を置かない場合の係長を含む。）以上の職にある職員又は総括管理者から指名していますか。",\n          clause = "第8 1(2)ア(ア)",\n          applies = only_stations,\n          guidance = "指名書の職名を確認し、所定の職以上の者であれば「できている」。",\n        },\n        item {\n          id = "D-1-03",\n          text = "運用管理担当者を、本部所属にあっては課長補佐（室長補佐、隊長補佐及び科長を含む。）、さいたま市警察部・方面本部にあっては補佐官、警察学校にあっては校長補佐以上の職にある職員又は総括管理者から指名していますか。",\n          clause = "第8 1(2)ア(ア)",\n          applies = only_hq,\n          guidance = "指名書の職名を確認し、所定の職以上の者であれば「できている」。",\n        },\n        item {\n          id = "D-1-04",\n          text = "人事異動等で運用管理担当者が不在となったとき、速やかに後任を指名し、管理簿等を引き継いでいますか。",\n          clause = "第8 1(2)ア(ア)",\n          guidance = "空白期間がなく、引継ぎの際に管理簿と現物の照合を行っていれば「できている」。異動がなかった場合は「該当なし」。",\n        },\n        item {\n          id = "D-1-05",\n          text = "運用管理補助者を指名していますか。",\n          clause = "第8 1(2)ア(イ)",\n          scale = "umu",\n          guidance = "運用管理補助者の指名は任意。指名している場合は「はい」。",\n        },\n        item {\n          id = "D-1-06",\n          text = "運用管理補助者を係長以上の職にある職員から指名し、運用管理担当者の指示の下で外部記録媒体及び公用携帯電話機の管理を補助させていますか。",\n          clause = "第8 1(2)ア(イ)",\n          applies = when("D-1-05", "はい"),\n          guidance = "（D-1-05 が「はい」の場合に回答）補助者の職が係長以上で、補助の範囲と指示系統が明確であれば「できている」。",\n        },\n        item {\n          id = "D-1-07",\n          text = "承認等の申請者と承認権限者を兼ねないようにし、承認権限者自身が申請するときはその上司等の承認を得ていますか。",\n          clause = "第2 1(6)ア(ア)、第2 1(6)イ",\n          severity = "high",\n          weight = 2,\n          guidance = "運用管理担当者自身の媒体持ち出し等を本人が許可している例がなければ「できている」。",\n        },\n      },\n    },\n\n    section {\n      id = "D2",\n      title = "外部記録媒体の管理",\n      items = {\n        item {\n          id = "D-2-01",\n          text = "所属の外部記録媒体を全て管理簿に登録し、運用管理担当者が管理していますか。",\n          clause = "第8 1(2)ア(ア)、第8 1(2)エ(ア)",\n          severity = "high",\n          weight = 3,\n          guidance = "所属にある全てのUSBメモリ、外付けHDD、DVD-R等が管理番号を付して管理簿に記載されていれば「できている」。",\n        },\n        item {\n          id = "D-2-02",\n          text = "管理簿に登録されている外部記録媒体の数",\n          clause = "第8 1(2)エ(ア)",\n          type = "number",\n          min = 0,\n          guidance = "点検日現在の登録数（廃棄済みを除く。）を記入する。",\n        },\n        item {\n          id = "D-2-03",\n          text = "管理簿と外部記録媒体の現物を定期的に照合し、所在不明のものがないことを確認していますか。",\n          clause = "第8 1(2)エ(ア)",\n          severity = "high",\n          weight = 2,\n          guidance = "定期（例：月1回）の照合記録があり、所在不明が生じていなければ「できている」。",\n        },\n        item {\n          id = "D-2-04",\n          text = "未登録の外部記録媒体（私物を含む。）が所属内で使用されていないことを確認していますか。",\n          clause = "第8 1(2)エ(ア)、第8 1(2)オ",\n          severity = "high",\n          weight = 3,\n          guidance = "執務室内の点検や職員への指導により、未登録媒体の使用がないことを確かめていれば「できている」。",\n        },\n        item {\n          id = "D-2-05",\n          text = "外部記録媒体の貸出し・返却を記録し、使用後は速やかに返却させていますか。",\n          clause = "第8 1(2)エ(ア)",\n          guidance = "貸出簿に使用者・日時・返却日時が記録され、長期未返却がなければ「できている」。",\n        },\n        item {\n          id = "D-2-06",\n          text = "外部記録媒体を使用しないときは、施錠できる保管庫等で保管していますか。",\n          clause = "第8 1(2)エ(ア)",\n          guidance = "保管場所が定められ、施錠管理されていれば「できている」。",\n        },\n        item {\n          id = "D-2-07",\n          text = "外部記録媒体を警察庁舎外に持ち出すときは、運用管理担当者の許可を得させ、持ち出しを記録していますか。",\n          clause = "第8 1(2)エ(イ)",\n          severity = "high",\n          weight = 2,\n          guidance = "持ち出しごとに許可と記録（持出し日時、目的、持出し者、返却日時）があれば「できている」。持ち出しがなかった場合は「該当なし」。",\n        },\n        item {\n          id = "D-2-08",\n          text = "外部から受け取った外部記録媒体等を接続する前に、不正プログラムの確認（ウイルスチェック）を行う手順を定め、職員に守らせていますか。",\n          clause = "第8 1(6)イ",\n          severity = "high",\n          weight = 2,\n          guidance = "検査用端末や手順が定められ、検査の記録があれば「できている」。",\n        },\n        item {\n          id = "D-2-09",\n          text = "外部記録媒体を廃棄するときは、記録された情報を復元できないよう抹消し、廃棄を記録していますか。",\n          clause = "第3 6(2)",\n          severity = "high",\n          weight = 2,\n          guidance = "物理破壊等の抹消方法、実施者、確認者が管理簿等に記録されていれば「できている」。廃棄がなかった場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "D3",\n      title = "公用携帯電話機・モバイル端末・機器の持ち出し",\n      items = {\n        item {\n          id = "D-3-01",\n          text = "公用携帯電話機を管理簿等により把握し、運用管理担当者が管理していますか。",\n          clause = "第8 1(2)ア(ア)、第8 1(2)ウ(ウ)",\n          severity = "high",\n          weight = 2,\n          guidance = "全ての公用携帯電話機について、番号、使用者（共用か否か）、保管場所が管理簿に記載され、現物と一致していれば「できている」。配分されていない場合は「該当なし」。",\n        },\n        item {\n          id = "D-3-02",\n          text = "所属に配分されている公用携帯電話機の台数",\n          clause = "第8 1(2)ウ(ウ)",\n          type = "number",\n          min = 0,\n          guidance = "点検日現在の台数を記入する。",\n        },\n        item {\n          id = "D-3-03",\n          text = "共用の公用携帯電話機（音声通話機能のみを使用するものを除く。）を持ち出すときは、運用管理担当者の許可を得させていますか。",\n          clause = "第8 1(2)ウ(ア)",\n          guidance = "共用機の持出し許可と記録があれば「できている」。共用機がない場合は「該当なし」。",\n        },\n        item {\n          id = "D-3-04",\n          text = "公用携帯電話機に、要機密情報の閲覧時に主体認証（パスコード等）を求める設定がされていることを確認していますか。",\n          clause = "第8 1(2)ウ(イ)",\n          severity = "high",\n          weight = 2,\n          guidance = "全台について画面ロック等の設定を確認していれば「できている」。",\n        },\n        item {\n          id = "D-3-05",\n          text = "要機密情報を取り扱った公用携帯電話機を廃棄（返却）するときは、情報の抹消を実施していますか。",\n          clause = "第8 1(2)ウ(エ)",\n          severity = "high",\n          weight = 2,\n          guidance = "初期化等の抹消を行い、その実施を記録していれば「できている」。廃棄がなかった場合は「該当なし」。",\n        },\n        item {\n          id = "D-3-06",\n          text = "モバイル端末等の機器を警察庁舎外に持ち出すときは、別に定める手続（許可・記録）に従わせ、運用管理担当者が持ち出しを管理していますか。",\n          clause = "第8 1(2)イ(カ)、第8 1(2)ア(ア)",\n          severity = "high",\n          weight = 2,\n          guidance = "機器持出し簿に許可、持出し・返却日時が記録され、未返却がなければ「できている」。持ち出しがなかった場合は「該当なし」。",\n        },\n        item {\n          id = "D-3-07",\n          text = "庁舎外で外部回線に接続した端末を、定められた確認を経ずに内部ネットワークへ直接接続させないようにしていますか。",\n          clause = "第8 1(2)イ(キ)",\n          severity = "high",\n          weight = 2,\n          guidance = "持ち帰った端末の接続前の確認手順が定められ、守られていれば「できている」。該当する端末がない場合は「該当なし」。",\n        },\n        item {\n          id = "D-3-08",\n          text = "テレワーク又はモバイル勤務を実施する職員に、実施前後の確認と定められた回線の使用を徹底させていますか。",\n          clause = "第8 3(2)ア、第8 3(2)ウ",\n          guidance = "実施前後の確認記録があり、接続回線の指定が周知されていれば「できている」。実施者がいない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "D4",\n      title = "管理対象情報の取扱い",\n      items = {\n        item {\n          id = "D-4-01",\n          text = "所属の職員が管理対象情報を機密性1（低）情報に分類する際、必要な場合に上職者の承認を得ていることを確認していますか。",\n          clause = "第3 2(2)",\n          guidance = "機密性1とした文書の決裁等に上職者の承認があれば「できている」。",\n        },\n        item {\n          id = "D-4-02",\n          text = "要機密情報を警察庁舎外へ持ち出すときに、分類及び取扱制限の見直しと別に定める手続（許可・記録）を職員に守らせていますか。",\n          clause = "第3 5(2)",\n          severity = "high",\n          weight = 3,\n          guidance = "持出し簿等に許可と記録があり、無許可の持ち出しがなければ「できている」。",\n        },\n        item {\n          id = "D-4-03",\n          text = "運用管理者として、要保全情報又は要安定情報の持ち出しを許可制とし、必要に応じてバックアップを取得させていますか。",\n          clause = "第3 7(1)",\n          guidance = "持ち出しの許可記録と、バックアップ要否の判断があれば「できている」。持ち出しがなかった場合は「該当なし」。",\n        },\n        item {\n          id = "D-4-04",\n          text = "共有フォルダ等に保存された管理対象情報に、分類及び取扱制限に応じたアクセス制限を設定していますか。",\n          clause = "第3 3(3)",\n          guidance = "要機密情報のフォルダに閲覧者の限定が設定されていれば「できている」。",\n        },\n        item {\n          id = "D-4-05",\n          text = "要保護情報の放置防止（机上整理、離席時の画面ロック、退庁時の施錠保管）を所属内で徹底していますか。",\n          clause = "第3 3(1)ウ",\n          guidance = "退庁時の点検等により放置がないことを確認していれば「できている」。",\n        },\n        item {\n          id = "D-4-06",\n          text = "要機密情報が記載された書面を復元困難な状態で廃棄するための設備（シュレッダー等）又は手段（溶解処理等）を確保していますか。",\n          clause = "第3 6(3)",\n          guidance = "所属内で利用できるシュレッダー等があり、廃棄方法が周知されていれば「できている」。",\n        },\n        item {\n          id = "D-4-07",\n          text = "端末、サーバ等をリース契約で調達する場合に、返却時の情報の抹消方法及び履行状況の確認手段を定めていますか。",\n          clause = "第3 6(2)",\n          guidance = "契約書・仕様書に抹消方法と確認方法（消去証明書等）が定められていれば「できている」。所属でリース契約をしていない場合は「該当なし」。",\n        },\n        item {\n          id = "D-4-08",\n          text = "所属内の端末やネットワークに、許可を受けていない機器（私物機器を含む。）が接続されていないことを確認していますか。",\n          clause = "第8 1(2)イ(ウ)、第8 1(2)オ",\n          severity = "high",\n          weight = 2,\n          guidance = "定期的な見回り等で無許可の機器接続がないことを確かめていれば「できている」。",\n        },\n      },\n    },\n\n    section {\n      id = "D5",\n      title = "区域の管理",\n      items = {\n        item {\n          id = "D-5-01",\n          text = "所属が利用する区域のクラス分類及び区域情報セキュリティ管理者を把握していますか。",\n          clause = "第2 1(2)ア、第2 1(2)イ",\n          severity = "low",\n          guidance = "所属が利用する各区域のクラス（0から3）と、クラス0を除く区域の管理者を把握していれば「できている」。",\n        },\n        item {\n          id = "D-5-02",\n          text = "区域情報セキュリティ管理者が定めた区域の対策（入退室管理、施錠等）を実施していますか。",\n          clause = "第3 8(3)ア、第3 8(3)ウ",\n          guidance = "区域ごとに定められた対策が現に行われていれば「できている」。",\n        },\n        item {\n          id = "D-5-03",\n          text = "職員が行うべき区域の対策を、掲示等により職員が認識できるようにしていますか。",\n          clause = "第3 8(3)ア",\n          guidance = "出入口等に対策の掲示があり、職員に周知されていれば「できている」。所属が区域情報セキュリティ管理者の事務を担当していない場合は「該当なし」。",\n        },\n        item {\n          id = "D-5-04",\n          text = "職員以外の者を区域に立ち入らせるときは、受付、同行、立入範囲の制限等、区域で定められた対策に従わせていますか。",\n          clause = "第3 8(3)ウ",\n          guidance = "来訪者・業者の入退室記録があり、定められた対策を求めていれば「できている」。",\n        },\n        item {\n          id = "D-5-05",\n          text = "自然災害等による情報セキュリティの侵害に備え、機器の転倒防止、浸水・停電対策等の施設・環境面の対策を講じていますか。",\n          clause = "第3 8(3)イ",\n          severity = "low",\n          guidance = "機器の固定、設置場所の配慮、無停電電源装置等の対策があれば「できている」。所属が区域情報セキュリティ管理者の事務を担当していない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "D6",\n      title = "教養・報告体制",\n      items = {\n        item {\n          id = "D-6-01",\n          text = "教養実施計画に従って、所属の全職員（会計年度任用職員及び臨時的任用職員を含む。）に情報セキュリティ教養を受講させていますか。",\n          clause = "第2 3(3)ウ",\n          severity = "high",\n          weight = 2,\n          guidance = "受講者名簿等で全職員の受講を確認し、未受講者に受講させていれば「できている」。",\n        },\n        item {\n          id = "D-6-02",\n          text = "所属職員が受講した直近の情報セキュリティ教養の実施日",\n          clause = "第2 3(3)ウ",\n          type = "date",\n          guidance = "集合教養、所属教養、e-ラーニング等のうち直近のものの実施日（複数日にわたる場合は最終日）を記入する。",\n        },\n        item {\n          id = "D-6-03",\n          text = "今年度の教養の未受講者数",\n          clause = "第2 3(3)ウ",\n          type = "number",\n          min = 0,\n          guidance = "点検日現在、受講期限を過ぎて未受講の職員の数を記入する（休職者等を除く。）。",\n        },\n        item {\n          id = "D-6-04",\n          text = "情報セキュリティインシデントの可能性のある事案を認知した職員が速やかに運用管理者へ報告するよう、報告先と連絡方法を職員に周知していますか。",\n          clause = "第2 3(4)ア(ア)",\n          severity = "high",\n          weight = 2,\n          guidance = "報告要領（夜間・休日の連絡先を含む。）が掲示・周知されていれば「できている」。",\n        },\n        item {\n          id = "D-6-05",\n          text = "運用管理者として、報告を受けた事案をシステムセキュリティ責任者及びCSIRT長に速やかに報告する体制を整えていますか。",\n          clause = "第2 3(4)ア(イ)",\n          severity = "high",\n          weight = 2,\n          guidance = "報告先・報告様式・不在時の代行者が定められていれば「できている」。",\n        },\n        item {\n          id = "D-6-06",\n          text = "警察情報セキュリティポリシー等への違反行為を認知した職員が、運用管理者を経てシステムセキュリティ責任者に報告するよう周知していますか。",\n          clause = "第2 3(1)イ",\n          guidance = "違反報告の経路が周知されていれば「できている」。",\n        },\n        item {\n          id = "D-6-07",\n          text = "不審な電子メールを受信した職員が、開封せずに直ちにシステムセキュリティ維持管理者へ報告するよう周知していますか。",\n          clause = "第8 1(3)ウ",\n          guidance = "報告先と手順が周知され、報告の実例や訓練等で機能していることを確かめていれば「できている」。",\n        },\n      },\n    },\n\n    section {\n      id = "D7",\n      title = "例外措置",\n      items = {\n        item {\n          id = "D-7-01",\n          text = "所属で例外措置の適用を受けている（申請中を含む。）事項がありますか。",\n          clause = "第2 3(2)ア",\n          scale = "umu",\n          guidance = "点検日現在、適用中又は申請中の例外措置があれば「はい」。",\n        },\n        item {\n          id = "D-7-02",\n          text = "適用中の例外措置の件数",\n          clause = "第2 3(2)ア",\n          type = "number",\n          min = 0,\n          applies = when("D-7-01", "はい"),\n          guidance = "（D-7-01 が「はい」の場合に回答）点検日現在、許可を受けて適用中の件数を記入する。",\n        },\n        item {\n          id = "D-7-03",\n          text = "例外措置は、情報管理課長を経て情報セキュリティ管理者に申請し、許可を得ていますか。",\n          clause = "第2 3(2)イ(ア)",\n          severity = "high",\n          weight = 2,\n          applies = when("D-7-01", "はい"),\n          guidance = "（D-7-01 が「はい」の場合に回答）全件について申請書と許可の通知があれば「できている」。",\n        },\n        item {\n          id = "D-7-04",\n          text = "例外措置の適用期間を1年以内（情報セキュリティ管理者が特に認めた場合を除く。）とし、期限を管理して、期限後も遵守が困難なときは改めて申請していますか。",\n          clause = "第2 3(2)イ(ウ)",\n          severity = "high",\n          weight = 2,\n          applies = when("D-7-01", "はい"),\n          guidance = "（D-7-01 が「はい」の場合に回答）期限切れのまま例外状態が続いているものがなければ「できている」。",\n        },\n        item {\n          id = "D-7-05",\n          text = "例外措置の適用に当たり、可能な限り代替の措置を講じ、それを実施していますか。",\n          clause = "第2 3(2)ア",\n          applies = when("D-7-01", "はい"),\n          guidance = "（D-7-01 が「はい」の場合に回答）申請書に記載した代替措置が現に実施されていれば「できている」。",\n        },\n        item {\n          id = "D-7-06",\n          text = "緊急のため運用管理者の許可により例外措置を適用したときは、適用後速やかに情報セキュリティ管理者に申請していますか。",\n          clause = "第2 3(2)イ(イ)",\n          applies = when("D-7-01", "はい"),\n          guidance = "（D-7-01 が「はい」の場合に回答）緊急適用の事例がない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "D8",\n      title = "業務委託",\n      items = {\n        item {\n          id = "D-8-01",\n          text = "管理対象情報を取り扱う業務を外部に委託していますか（今年度に契約期間があるもの）。",\n          clause = "第4 1",\n          scale = "umu",\n          guidance = "システムの運用保守、データ入力、文書の運搬・廃棄等、委託先が管理対象情報を取り扱う契約があれば「はい」。",\n        },\n        item {\n          id = "D-8-02",\n          text = "委託先に要保護情報を提供するときは、提供する情報を必要最小限とし、あらかじめ定めた安全な受渡し方法により提供していますか。",\n          clause = "第4 1(2)ア",\n          severity = "high",\n          weight = 2,\n          applies = when("D-8-01", "はい"),\n          guidance = "（D-8-01 が「はい」の場合に回答）受渡しの記録（資料授受簿等）があり、定めた方法以外で提供していなければ「できている」。",\n        },\n        item {\n          id = "D-8-03",\n          text = "提供した要保護情報が委託先で不要となったときは、確実に返却又は抹消させていますか。",\n          clause = "第4 1(2)イ",\n          severity = "high",\n          weight = 2,\n          applies = when("D-8-01", "はい"),\n          guidance = "（D-8-01 が「はい」の場合に回答）返却の確認又は抹消の報告（消去証明書等）を受けていれば「できている」。",\n        },\n        item {\n          id = "D-8-04",\n          text = "委託業務で情報セキュリティインシデントや目的外利用等を認知したときに、速やかにシステムセキュリティ責任者又は運用管理者へ報告する手順を定めていますか。",\n          clause = "第4 1(2)ウ",\n          applies = when("D-8-01", "はい"),\n          guidance = "（D-8-01 が「はい」の場合に回答）委託業務の担当職員が報告手順を理解していれば「できている」。",\n        },\n        item {\n          id = "D-8-05",\n          text = "委託に係る作業を監督する職員の任務を定め、委託先に遵守させる情報セキュリティ上の事項を仕様書等に盛り込んでいますか。",\n          clause = "第4 1(1)カ",\n          applies = when("D-8-01", "はい"),\n          guidance = "（D-8-01 が「はい」の場合に回答）所属がシステムセキュリティ責任者として契約する場合に回答する。監督職員の指名と仕様書の記載があれば「できている」。契約を所管していない場合は「該当なし」。",\n        },\n        item {\n          id = "D-8-06",\n          text = "契約に基づき、委託先における情報セキュリティ対策の履行状況を確認していますか。",\n          clause = "第4 1(3)ア",\n          applies = when("D-8-01", "はい"),\n          guidance = "（D-8-01 が「はい」の場合に回答）委託先からの報告書の受領、立入確認等の記録があれば「できている」。契約を所管していない場合は「該当なし」。",\n        },\n        item {\n          id = "D-8-07",\n          text = "委託業務の終了時に、委託先で取り扱われた管理対象情報が確実に返却され、又は抹消されたことを確認していますか。",\n          clause = "第4 1(3)ウ",\n          severity = "high",\n          weight = 2,\n          applies = when("D-8-01", "はい"),\n          guidance = "（D-8-01 が「はい」の場合に回答）終了時の返却・抹消の確認記録があれば「できている」。今年度終了した委託がない、又は契約を所管していない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "D9",\n      title = "外部サービス・ソーシャルメディア",\n      items = {\n        item {\n          id = "D-9-01",\n          text = "所属で職務上利用している外部サービス（クラウドサービス、ウェブ会議サービス、アカウントを要するサービス等）がありますか。",\n          clause = "第4 2",\n          scale = "umu",\n          guidance = "アカウント登録を要しない検索・閲覧のみの利用は含めない。",\n        },\n        item {\n          id = "D-9-02",\n          text = "利用している外部サービスについて、利用申請の許可権限者に申請し、許可を得ていますか。",\n          clause = "第4 2(1)エ(イ)、第4 2(2)イ",\n          severity = "high",\n          weight = 2,\n          applies = when("D-9-01", "はい"),\n          guidance = "（D-9-01 が「はい」の場合に回答）全ての外部サービスについて申請と許可の記録があり、外部サービス管理者が指名されていれば「できている」。",\n        },\n        item {\n          id = "D-9-03",\n          text = "要機密情報を取り扱わない外部サービスを利用する場合、約款や提供条件から利用のリスクが許容できることを確認していますか。",\n          clause = "第4 2(2)ア",\n          applies = when("D-9-01", "はい"),\n          guidance = "（D-9-01 が「はい」の場合に回答）約款等の確認記録があれば「できている」。",\n        },\n        item {\n          id = "D-9-04",\n          text = "アカウントの取得を要するサービスでの情報の閲覧について、登録情報を必要なものに限定させ、運用管理者として許可していますか。",\n          clause = "第4 2(2)ウ",\n          applies = when("D-9-01", "はい"),\n          guidance = "（D-9-01 が「はい」の場合に回答）許可の記録とアカウントの一覧があれば「できている」。該当する利用がない場合は「該当なし」。",\n        },\n        item {\n          id = "D-9-05",\n          text = "外部サービス管理者が、利用している外部サービスの運用時の対策の実施状況を定期的に確認し、記録していますか。",\n          clause = "第4 2(1)カ(ウ)",\n          applies = when("D-9-01", "はい"),\n          guidance = "（D-9-01 が「はい」の場合に回答）定期的な確認の記録があれば「できている」。要機密情報を取り扱う外部サービスを利用していない場合は「該当なし」。",\n        },\n        item {\n          id = "D-9-06",\n          text = "所属として、職務上ソーシャルメディアサービスで情報発信をしていますか。",\n          clause = "第8 2",\n          scale = "umu",\n          guidance = "所属又は所属職員が職務として運用するアカウントがあれば「はい」。",\n        },\n        item {\n          id = "D-9-07",\n          text = "ソーシャルメディアサービスの利用に当たり、約款等によるリスクの確認を行い、要機密情報を取り扱わないようにしていますか。",\n          clause = "第8 2(1)",\n          severity = "high",\n          weight = 2,\n          applies = when("D-9-06", "はい"),\n          guidance = "（D-9-06 が「はい」の場合に回答）確認の記録があり、発信内容の事前確認で要機密情報を扱っていないことを確かめていれば「できている」。",\n        },\n        item {\n          id = "D-9-08",\n          text = "ソーシャルメディアサービスで要安定情報を発信するときは、埼玉県警察ホームページにも掲載して参照できるようにしていますか。",\n          clause = "第8 2(2)",\n          applies = when("D-9-06", "はい"),\n          guidance = "（D-9-06 が「はい」の場合に回答）要安定情報を発信していない場合は「該当なし」。",\n        },\n      },\n    },\n\n    section {\n      id = "D10",\n      title = "監査結果への対応・特記事項",\n      items = {\n        item {\n          id = "D-10-01",\n          text = "前回の情報セキュリティ監査で、改善を求める事項の通知を受けましたか。",\n          clause = "第2 5(2)オ(イ)",\n          scale = "umu",\n          guidance = "通常監査又は特別監査の結果通知に改善事項があれば「はい」。",\n        },\n        item {\n          id = "D-10-02",\n          text = "通知された改善事項について速やかに措置し、速やかな措置が困難な事項は補完的な措置を検討した上で改善計画を策定して、措置結果又は改善計画を情報セキュリティ管理者に報告していますか。",\n          clause = "第2 5(2)オ(エ)",\n          severity = "high",\n          weight = 2,\n          applies = when("D-10-01", "はい"),\n          guidance = "（D-10-01 が「はい」の場合に回答）全ての改善事項について措置結果報告又は改善計画があり、改善計画は予定どおり進んでいれば「できている」。",\n        },\n        item {\n          id = "D-10-03",\n          text = "他所属の監査結果に基づき課題の有無を確認するよう通知を受けたときは、速やかに必要な措置をとり、その措置結果を報告していますか。",\n          clause = "第2 5(2)オ(オ)",\n          guidance = "通知を受けていない場合は「該当なし」。",\n        },\n        item {\n          id = "D-10-04",\n          text = "特記事項（「できていない」等と回答した項目の理由と改善予定、その他）",\n          clause = "第2 4(2)",\n          type = "text",\n          guidance = "改善予定は時期と担当を具体的に記入する。",\n        },\n      },\n    },\n  },\n}\n','\n',char(10)),'',replace('{"id":"division-self","version":"2023.1","title":"所属自己点検","kind":"self_inspection","respondent":"division","description":"埼玉県警察情報セキュリティ対策基準に基づき、所属として整備すべき運用管理体制、外部記録媒体・公用携帯電話機等の管理、区域の管理、教養、報告体制、例外措置、業務委託及び外部サービスの管理の状況を点検するものです。職員自己点検と併せて実施し、その結果は情報セキュリティ管理者による評価と改善に用います。","instructions":["運用管理担当者が所属の管理簿、指名書、教養実施記録等を確認しながら「回答」シートに入力してください。","各項目について「できている」「一部できていない」「できていない」「該当なし」から一つ選んでください。業務委託の有無など前提を尋ねる項目は「はい」「いいえ」で回答してください（この回答は採点しません）。","前提の項目に「いいえ」と回答した場合、それに続く項目は回答不要です（該当する項目の「判断の目安」に前提となる項目番号を示しています）。","数量・日付の項目は、点検日現在の数値、西暦の日付（例：2023-10-01）で入力してください。","「できていない」「一部できていない」と回答した項目は、その理由と改善予定を最後の特記事項欄に記入してください。","所属長の確認を受けた上で、指定された期日までに総務部情報管理課へ返送してください（点検票は表示された分類及び取扱制限に従って取り扱い、登録済みの外部記録媒体又は庁内便により送付すること）。"],"hooks":{"score":false,"validate":false,"report":false},"grades":[{"label":"A","min":90},{"label":"B","min":75},{"label":"C","min":60},{"label":"D","min":0}],"scales":{"audit":[{"label":"適合","value":1},{"label":"軽微な不備","value":0.5},{"label":"不適合","value":0},{"label":"該当なし","value":null}],"compliance":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"umu":[{"label":"はい","value":null},{"label":"いいえ","value":null}],"yesno":[{"label":"はい","value":1},{"label":"いいえ","value":0}],"yesno_na":[{"label":"はい","value":1},{"label":"いいえ","value":0},{"label":"該当なし","value":null}]},"sections":[\n{"id":"D1","title":"運用管理体制","items":[\n {"id":"D-1-01","text":"外部記録媒体、公用携帯電話機、モバイル端末等を管理する運用管理担当者を指名していますか。","clause":"第8 1(2)ア(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"運用管理者（所属長）が運用管理担当者を書面で指名し、現に在職していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-1-02","text":"運用管理担当者を、警察署の課長（課長代理及び課長を置かない場合の係長を含む。）以上の職にある職員又は総括管理者から指名していますか。","clause":"第8 1(2)ア(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"指名書の職名を確認し、所定の職以上の者であれば「できている」。","evidence":"","tags":[],"applies":{"kind":["station"],"item":null,"any":[]}},\n {"id":"D-1-03","text":"運用管理担当者を、本部所属にあっては課長補佐（室長補佐、隊長補佐及び科長を含む。）、さいたま市警察部・方面本部にあっては補佐官、警察学校にあっては校長補佐以上の職にある職員又は総括管理者から指名していますか。","clause":"第8 1(2)ア(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"指名書の職名を確認し、所定の職以上の者であれば「できている」。","evidence":"","tags":[],"applies":{"kind":["bureau","hq"],"item":null,"any":[]}},\n {"id":"D-1-04","text":"人事異動等で運用管理担当者が不在となったとき、速やかに後任を指名し、管理簿等を引き継いでいますか。","clause":"第8 1(2)ア(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"空白期間がなく、引継ぎの際に管理簿と現物の照合を行っていれば「できている」。異動がなかった場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-1-05","text":"運用管理補助者を指名していますか。","clause":"第8 1(2)ア(イ)","type":"choice","scale":"umu","choices":[{"label":"はい","value":null},{"label":"いいえ","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"運用管理補助者の指名は任意。指名している場合は「はい」。","evidence":"","tags":[],"applies":null},\n {"id":"D-1-06","text":"運用管理補助者を係長以上の職にある職員から指名し、運用管理担当者の指示の下で外部記録媒体及び公用携帯電話機の管理を補助させていますか。","clause":"第8 1(2)ア(イ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-1-05 が「はい」の場合に回答）補助者の職が係長以上で、補助の範囲と指示系統が明確であれば「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-1-05","any":["はい"]}},\n {"id":"D-1-07","text":"承認等の申請者と承認権限者を兼ねないようにし、承認権限者自身が申請するときはその上司等の承認を得ていますか。","clause":"第2 1(6)ア(ア)、第2 1(6)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"運用管理担当者自身の媒体持ち出し等を本人が許可している例がなければ「できている」。","evidence":"","tags":[],"applies":null}]},\n{"id":"D2","title":"外部記録媒体の管理","items":[\n {"id":"D-2-01","text":"所属の外部記録媒体を全て管理簿に登録し、運用管理担当者が管理していますか。","clause":"第8 1(2)ア(ア)、第8 1(2)エ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"所属にある全てのUSBメモリ、外付けHDD、DVD-R等が管理番号を付して管理簿に記載されていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-2-02","text":"管理簿に登録されている外部記録媒体の数","clause":"第8 1(2)エ(ア)","type":"number","scale":null,"choices":null,"weight":1,"severity":"medium","required":false,"guidance":"点検日現在の登録数（廃棄済みを除く。）を記入する。","evidence":"","tags":[],"applies":null,"min":0},\n {"id":"D-2-03","text":"管理簿と外部記録媒体の現物を定期的に照合し、所在不明のものがないことを確認していますか。","clause":"第8 1(2)エ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"定期（例：月1回）の照合記録があり、所在不明が生じていなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-2-04","text":"未登録の外部記録媒体（私物を含む。）が所属内で使用されていないことを確認していますか。","clause":"第8 1(2)エ(ア)、第8 1(2)オ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"執務室内の点検や職員への指導により、未登録媒体の使用がないことを確かめていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-2-05","text":"外部記録媒体の貸出し・返却を記録し、使用後は速やかに返却させていますか。","clause":"第8 1(2)エ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"貸出簿に使用者・日時・返却日時が記録され、長期未返却がなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-2-06","text":"外部記録媒体を使用しないときは、施錠できる保管庫等で保管していますか。","clause":"第8 1(2)エ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"保管場所が定められ、施錠管理されていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-2-07","text":"外部記録媒体を警察庁舎外に持ち出すときは、運用管理担当者の許可を得させ、持ち出しを記録していますか。","clause":"第8 1(2)エ(イ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"持ち出しごとに許可と記録（持出し日時、目的、持出し者、返却日時）があれば「できている」。持ち出しがなかった場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-2-08","text":"外部から受け取った外部記録媒体等を接続する前に、不正プログラムの確認（ウイルスチェック）を行う手順を定め、職員に守らせていますか。","clause":"第8 1(6)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"検査用端末や手順が定められ、検査の記録があれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-2-09","text":"外部記録媒体を廃棄するときは、記録された情報を復元できないよう抹消し、廃棄を記録していますか。","clause":"第3 6(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"物理破壊等の抹消方法、実施者、確認者が管理簿等に記録されていれば「できている」。廃棄がなかった場合は「該当なし」。","evidence":"","tags":[],"applies":null}]},\n{"id":"D3","title":"公用携帯電話機・モバイル端末・機器の持ち出し","items":[\n {"id":"D-3-01","text":"公用携帯電話機を管理簿等により把握し、運用管理担当者が管理していますか。","clause":"第8 1(2)ア(ア)、第8 1(2)ウ(ウ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"全ての公用携帯電話機について、番号、使用者（共用か否か）、保管場所が管理簿に記載され、現物と一致していれば「できている」。配分されていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-3-02","text":"所属に配分されている公用携帯電話機の台数","clause":"第8 1(2)ウ(ウ)","type":"number","scale":null,"choices":null,"weight":1,"severity":"medium","required":false,"guidance":"点検日現在の台数を記入する。","evidence":"","tags":[],"applies":null,"min":0},\n {"id":"D-3-03","text":"共用の公用携帯電話機（音声通話機能のみを使用するものを除く。）を持ち出すときは、運用管理担当者の許可を得させていますか。","clause":"第8 1(2)ウ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"共用機の持出し許可と記録があれば「できている」。共用機がない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-3-04","text":"公用携帯電話機に、要機密情報の閲覧時に主体認証（パスコード等）を求める設定がされていることを確認していますか。","clause":"第8 1(2)ウ(イ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"全台について画面ロック等の設定を確認していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-3-05","text":"要機密情報を取り扱った公用携帯電話機を廃棄（返却）するときは、情報の抹消を実施していますか。","clause":"第8 1(2)ウ(エ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"初期化等の抹消を行い、その実施を記録していれば「できている」。廃棄がなかった場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-3-06","text":"モバイル端末等の機器を警察庁舎外に持ち出すときは、別に定める手続（許可・記録）に従わせ、運用管理担当者が持ち出しを管理していますか。","clause":"第8 1(2)イ(カ)、第8 1(2)ア(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"機器持出し簿に許可、持出し・返却日時が記録され、未返却がなければ「できている」。持ち出しがなかった場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-3-07","text":"庁舎外で外部回線に接続した端末を、定められた確認を経ずに内部ネットワークへ直接接続させないようにしていますか。","clause":"第8 1(2)イ(キ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"持ち帰った端末の接続前の確認手順が定められ、守られていれば「できている」。該当する端末がない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-3-08","text":"テレワーク又はモバイル勤務を実施する職員に、実施前後の確認と定められた回線の使用を徹底させていますか。","clause":"第8 3(2)ア、第8 3(2)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"実施前後の確認記録があり、接続回線の指定が周知されていれば「できている」。実施者がいない場合は「該当なし」。","evidence":"","tags":[],"applies":null}]},\n{"id":"D4","title":"管理対象情報の取扱い","items":[\n {"id":"D-4-01","text":"所属の職員が管理対象情報を機密性1（低）情報に分類する際、必要な場合に上職者の承認を得ていることを確認していますか。","clause":"第3 2(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"機密性1とした文書の決裁等に上職者の承認があれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-4-02","text":"要機密情報を警察庁舎外へ持ち出すときに、分類及び取扱制限の見直しと別に定める手続（許可・記録）を職員に守らせていますか。","clause":"第3 5(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":3,"severity":"high","required":true,"guidance":"持出し簿等に許可と記録があり、無許可の持ち出しがなければ「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-4-03","text":"運用管理者として、要保全情報又は要安定情報の持ち出しを許可制とし、必要に応じてバックアップを取得させていますか。","clause":"第3 7(1)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"持ち出しの許可記録と、バックアップ要否の判断があれば「できている」。持ち出しがなかった場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-4-04","text":"共有フォルダ等に保存された管理対象情報に、分類及び取扱制限に応じたアクセス制限を設定していますか。","clause":"第3 3(3)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"要機密情報のフォルダに閲覧者の限定が設定されていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-4-05","text":"要保護情報の放置防止（机上整理、離席時の画面ロック、退庁時の施錠保管）を所属内で徹底していますか。","clause":"第3 3(1)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"退庁時の点検等により放置がないことを確認していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-4-06","text":"要機密情報が記載された書面を復元困難な状態で廃棄するための設備（シュレッダー等）又は手段（溶解処理等）を確保していますか。","clause":"第3 6(3)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"所属内で利用できるシュレッダー等があり、廃棄方法が周知されていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-4-07","text":"端末、サーバ等をリース契約で調達する場合に、返却時の情報の抹消方法及び履行状況の確認手段を定めていますか。","clause":"第3 6(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"契約書・仕様書に抹消方法と確認方法（消去証明書等）が定められていれば「できている」。所属でリース契約をしていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-4-08","text":"所属内の端末やネットワークに、許可を受けていない機器（私物機器を含む。）が接続されていないことを確認していますか。","clause":"第8 1(2)イ(ウ)、第8 1(2)オ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"定期的な見回り等で無許可の機器接続がないことを確かめていれば「できている」。","evidence":"","tags":[],"applies":null}]},\n{"id":"D5","title":"区域の管理","items":[\n {"id":"D-5-01","text":"所属が利用する区域のクラス分類及び区域情報セキュリティ管理者を把握していますか。","clause":"第2 1(2)ア、第2 1(2)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"low","required":true,"guidance":"所属が利用する各区域のクラス（0から3）と、クラス0を除く区域の管理者を把握していれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-5-02","text":"区域情報セキュリティ管理者が定めた区域の対策（入退室管理、施錠等）を実施していますか。","clause":"第3 8(3)ア、第3 8(3)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"区域ごとに定められた対策が現に行われていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-5-03","text":"職員が行うべき区域の対策を、掲示等により職員が認識できるようにしていますか。","clause":"第3 8(3)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"出入口等に対策の掲示があり、職員に周知されていれば「できている」。所属が区域情報セキュリティ管理者の事務を担当していない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-5-04","text":"職員以外の者を区域に立ち入らせるときは、受付、同行、立入範囲の制限等、区域で定められた対策に従わせていますか。","clause":"第3 8(3)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"来訪者・業者の入退室記録があり、定められた対策を求めていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-5-05","text":"自然災害等による情報セキュリティの侵害に備え、機器の転倒防止、浸水・停電対策等の施設・環境面の対策を講じていますか。","clause":"第3 8(3)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"low","required":true,"guidance":"機器の固定、設置場所の配慮、無停電電源装置等の対策があれば「できている」。所属が区域情報セキュリティ管理者の事務を担当していない場合は「該当なし」。","evidence":"","tags":[],"applies":null}]},\n{"id":"D6","title":"教養・報告体制","items":[\n {"id":"D-6-01","text":"教養実施計画に従って、所属の全職員（会計年度任用職員及び臨時的任用職員を含む。）に情報セキュリティ教養を受講させていますか。","clause":"第2 3(3)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"受講者名簿等で全職員の受講を確認し、未受講者に受講させていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-6-02","text":"所属職員が受講した直近の情報セキュリティ教養の実施日","clause":"第2 3(3)ウ","type":"date","scale":null,"choices":null,"weight":1,"severity":"medium","required":false,"guidance":"集合教養、所属教養、e-ラーニング等のうち直近のものの実施日（複数日にわたる場合は最終日）を記入する。","evidence":"","tags":[],"applies":null},\n {"id":"D-6-03","text":"今年度の教養の未受講者数","clause":"第2 3(3)ウ","type":"number","scale":null,"choices":null,"weight":1,"severity":"medium","required":false,"guidance":"点検日現在、受講期限を過ぎて未受講の職員の数を記入する（休職者等を除く。）。","evidence":"","tags":[],"applies":null,"min":0},\n {"id":"D-6-04","text":"情報セキュリティインシデントの可能性のある事案を認知した職員が速やかに運用管理者へ報告するよう、報告先と連絡方法を職員に周知していますか。","clause":"第2 3(4)ア(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"報告要領（夜間・休日の連絡先を含む。）が掲示・周知されていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-6-05","text":"運用管理者として、報告を受けた事案をシステムセキュリティ責任者及びCSIRT長に速やかに報告する体制を整えていますか。","clause":"第2 3(4)ア(イ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"報告先・報告様式・不在時の代行者が定められていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-6-06","text":"警察情報セキュリティポリシー等への違反行為を認知した職員が、運用管理者を経てシステムセキュリティ責任者に報告するよう周知していますか。","clause":"第2 3(1)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"違反報告の経路が周知されていれば「できている」。","evidence":"","tags":[],"applies":null},\n {"id":"D-6-07","text":"不審な電子メールを受信した職員が、開封せずに直ちにシステムセキュリティ維持管理者へ報告するよう周知していますか。","clause":"第8 1(3)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"報告先と手順が周知され、報告の実例や訓練等で機能していることを確かめていれば「できている」。","evidence":"","tags":[],"applies":null}]},\n{"id":"D7","title":"例外措置","items":[\n {"id":"D-7-01","text":"所属で例外措置の適用を受けている（申請中を含む。）事項がありますか。","clause":"第2 3(2)ア","type":"choice","scale":"umu","choices":[{"label":"はい","value":null},{"label":"いいえ","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"点検日現在、適用中又は申請中の例外措置があれば「はい」。","evidence":"","tags":[],"applies":null},\n {"id":"D-7-02","text":"適用中の例外措置の件数","clause":"第2 3(2)ア","type":"number","scale":null,"choices":null,"weight":1,"severity":"medium","required":false,"guidance":"（D-7-01 が「はい」の場合に回答）点検日現在、許可を受けて適用中の件数を記入する。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-7-01","any":["はい"]},"min":0},\n {"id":"D-7-03","text":"例外措置は、情報管理課長を経て情報セキュリティ管理者に申請し、許可を得ていますか。","clause":"第2 3(2)イ(ア)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"（D-7-01 が「はい」の場合に回答）全件について申請書と許可の通知があれば「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-7-01","any":["はい"]}},\n {"id":"D-7-04","text":"例外措置の適用期間を1年以内（情報セキュリティ管理者が特に認めた場合を除く。）とし、期限を管理して、期限後も遵守が困難なときは改めて申請していますか。","clause":"第2 3(2)イ(ウ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"（D-7-01 が「はい」の場合に回答）期限切れのまま例外状態が続いているものがなければ「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-7-01","any":["はい"]}},\n {"id":"D-7-05","text":"例外措置の適用に当たり、可能な限り代替の措置を講じ、それを実施していますか。","clause":"第2 3(2)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-7-01 が「はい」の場合に回答）申請書に記載した代替措置が現に実施されていれば「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-7-01","any":["はい"]}},\n {"id":"D-7-06","text":"緊急のため運用管理者の許可により例外措置を適用したときは、適用後速やかに情報セキュリティ管理者に申請していますか。","clause":"第2 3(2)イ(イ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-7-01 が「はい」の場合に回答）緊急適用の事例がない場合は「該当なし」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-7-01","any":["はい"]}}]},\n{"id":"D8","title":"業務委託","items":[\n {"id":"D-8-01","text":"管理対象情報を取り扱う業務を外部に委託していますか（今年度に契約期間があるもの）。","clause":"第4 1","type":"choice","scale":"umu","choices":[{"label":"はい","value":null},{"label":"いいえ","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"システムの運用保守、データ入力、文書の運搬・廃棄等、委託先が管理対象情報を取り扱う契約があれば「はい」。","evidence":"","tags":[],"applies":null},\n {"id":"D-8-02","text":"委託先に要保護情報を提供するときは、提供する情報を必要最小限とし、あらかじめ定めた安全な受渡し方法により提供していますか。","clause":"第4 1(2)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"（D-8-01 が「はい」の場合に回答）受渡しの記録（資料授受簿等）があり、定めた方法以外で提供していなければ「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-8-01","any":["はい"]}},\n {"id":"D-8-03","text":"提供した要保護情報が委託先で不要となったときは、確実に返却又は抹消させていますか。","clause":"第4 1(2)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"（D-8-01 が「はい」の場合に回答）返却の確認又は抹消の報告（消去証明書等）を受けていれば「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-8-01","any":["はい"]}},\n {"id":"D-8-04","text":"委託業務で情報セキュリティインシデントや目的外利用等を認知したときに、速やかにシステムセキュリティ責任者又は運用管理者へ報告する手順を定めていますか。","clause":"第4 1(2)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-8-01 が「はい」の場合に回答）委託業務の担当職員が報告手順を理解していれば「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-8-01","any":["はい"]}},\n {"id":"D-8-05","text":"委託に係る作業を監督する職員の任務を定め、委託先に遵守させる情報セキュリティ上の事項を仕様書等に盛り込んでいますか。","clause":"第4 1(1)カ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-8-01 が「はい」の場合に回答）所属がシステムセキュリティ責任者として契約する場合に回答する。監督職員の指名と仕様書の記載があれば「できている」。契約を所管していない場合は「該当なし」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-8-01","any":["はい"]}},\n {"id":"D-8-06","text":"契約に基づき、委託先における情報セキュリティ対策の履行状況を確認していますか。","clause":"第4 1(3)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-8-01 が「はい」の場合に回答）委託先からの報告書の受領、立入確認等の記録があれば「できている」。契約を所管していない場合は「該当なし」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-8-01","any":["はい"]}},\n {"id":"D-8-07","text":"委託業務の終了時に、委託先で取り扱われた管理対象情報が確実に返却され、又は抹消されたことを確認していますか。","clause":"第4 1(3)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"（D-8-01 が「はい」の場合に回答）終了時の返却・抹消の確認記録があれば「できている」。今年度終了した委託がない、又は契約を所管していない場合は「該当なし」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-8-01","any":["はい"]}}]},\n{"id":"D9","title":"外部サービス・ソーシャルメディア","items":[\n {"id":"D-9-01","text":"所属で職務上利用している外部サービス（クラウドサービス、ウェブ会議サービス、アカウントを要するサービス等）がありますか。","clause":"第4 2","type":"choice","scale":"umu","choices":[{"label":"はい","value":null},{"label":"いいえ","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"アカウント登録を要しない検索・閲覧のみの利用は含めない。","evidence":"","tags":[],"applies":null},\n {"id":"D-9-02","text":"利用している外部サービスについて、利用申請の許可権限者に申請し、許可を得ていますか。","clause":"第4 2(1)エ(イ)、第4 2(2)イ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"（D-9-01 が「はい」の場合に回答）全ての外部サービスについて申請と許可の記録があり、外部サービス管理者が指名されていれば「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-9-01","any":["はい"]}},\n {"id":"D-9-03","text":"要機密情報を取り扱わない外部サービスを利用する場合、約款や提供条件から利用のリスクが許容できることを確認していますか。","clause":"第4 2(2)ア","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-9-01 が「はい」の場合に回答）約款等の確認記録があれば「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-9-01","any":["はい"]}},\n {"id":"D-9-04","text":"アカウントの取得を要するサービスでの情報の閲覧について、登録情報を必要なものに限定させ、運用管理者として許可していますか。","clause":"第4 2(2)ウ","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-9-01 が「はい」の場合に回答）許可の記録とアカウントの一覧があれば「できている」。該当する利用がない場合は「該当なし」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-9-01","any":["はい"]}},\n {"id":"D-9-05","text":"外部サービス管理者が、利用している外部サービスの運用時の対策の実施状況を定期的に確認し、記録していますか。","clause":"第4 2(1)カ(ウ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-9-01 が「はい」の場合に回答）定期的な確認の記録があれば「できている」。要機密情報を取り扱う外部サービスを利用していない場合は「該当なし」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-9-01","any":["はい"]}},\n {"id":"D-9-06","text":"所属として、職務上ソーシャルメディアサービスで情報発信をしていますか。","clause":"第8 2","type":"choice","scale":"umu","choices":[{"label":"はい","value":null},{"label":"いいえ","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"所属又は所属職員が職務として運用するアカウントがあれば「はい」。","evidence":"","tags":[],"applies":null},\n {"id":"D-9-07","text":"ソーシャルメディアサービスの利用に当たり、約款等によるリスクの確認を行い、要機密情報を取り扱わないようにしていますか。","clause":"第8 2(1)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"（D-9-06 が「はい」の場合に回答）確認の記録があり、発信内容の事前確認で要機密情報を扱っていないことを確かめていれば「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-9-06","any":["はい"]}},\n {"id":"D-9-08","text":"ソーシャルメディアサービスで要安定情報を発信するときは、埼玉県警察ホームページにも掲載して参照できるようにしていますか。","clause":"第8 2(2)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"（D-9-06 が「はい」の場合に回答）要安定情報を発信していない場合は「該当なし」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-9-06","any":["はい"]}}]},\n{"id":"D10","title":"監査結果への対応・特記事項","items":[\n {"id":"D-10-01","text":"前回の情報セキュリティ監査で、改善を求める事項の通知を受けましたか。","clause":"第2 5(2)オ(イ)","type":"choice","scale":"umu","choices":[{"label":"はい","value":null},{"label":"いいえ","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"通常監査又は特別監査の結果通知に改善事項があれば「はい」。","evidence":"","tags":[],"applies":null},\n {"id":"D-10-02","text":"通知された改善事項について速やかに措置し、速やかな措置が困難な事項は補完的な措置を検討した上で改善計画を策定して、措置結果又は改善計画を情報セキュリティ管理者に報告していますか。","clause":"第2 5(2)オ(エ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":2,"severity":"high","required":true,"guidance":"（D-10-01 が「はい」の場合に回答）全ての改善事項について措置結果報告又は改善計画があり、改善計画は予定どおり進んでいれば「できている」。","evidence":"","tags":[],"applies":{"kind":[],"item":"D-10-01","any":["はい"]}},\n {"id":"D-10-03","text":"他所属の監査結果に基づき課題の有無を確認するよう通知を受けたときは、速やかに必要な措置をとり、その措置結果を報告していますか。","clause":"第2 5(2)オ(オ)","type":"choice","scale":"compliance","choices":[{"label":"できている","value":1},{"label":"一部できていない","value":0.5},{"label":"できていない","value":0},{"label":"該当なし","value":null}],"weight":1,"severity":"medium","required":true,"guidance":"通知を受けていない場合は「該当なし」。","evidence":"","tags":[],"applies":null},\n {"id":"D-10-04","text":"特記事項（「できていない」等と回答した項目の理由と改善予定、その他）","clause":"第2 4(2)","type":"text","scale":null,"choices":null,"weight":1,"severity":"medium","required":false,"guidance":"改善予定は時期と担当を具体的に記入する。","evidence":"","tags":[],"applies":null}]}]}','\n',char(10)),'2026-06-01T09:00:00Z');
CREATE TABLE survey_deps(
  survey INTEGER NOT NULL REFERENCES surveys(id),
  dep_id TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY(survey, dep_id)) WITHOUT ROWID;
CREATE TABLE survey_scales(
  survey INTEGER NOT NULL REFERENCES surveys(id),
  scale TEXT NOT NULL,
  idx INTEGER NOT NULL,
  label TEXT NOT NULL,
  value REAL CHECK(value IS NULL OR value BETWEEN 0 AND 1),
  PRIMARY KEY(survey, scale, idx)) WITHOUT ROWID;
INSERT INTO survey_scales VALUES(1,'audit',0,'適合',1.0);
INSERT INTO survey_scales VALUES(1,'audit',1,'軽微な不備',0.5);
INSERT INTO survey_scales VALUES(1,'audit',2,'不適合',0.0);
INSERT INTO survey_scales VALUES(1,'audit',3,'該当なし',NULL);
INSERT INTO survey_scales VALUES(1,'compliance',0,'できている',1.0);
INSERT INTO survey_scales VALUES(1,'compliance',1,'一部できていない',0.5);
INSERT INTO survey_scales VALUES(1,'compliance',2,'できていない',0.0);
INSERT INTO survey_scales VALUES(1,'compliance',3,'該当なし',NULL);
INSERT INTO survey_scales VALUES(1,'yesno',0,'はい',1.0);
INSERT INTO survey_scales VALUES(1,'yesno',1,'いいえ',0.0);
INSERT INTO survey_scales VALUES(1,'yesno_na',0,'はい',1.0);
INSERT INTO survey_scales VALUES(1,'yesno_na',1,'いいえ',0.0);
INSERT INTO survey_scales VALUES(1,'yesno_na',2,'該当なし',NULL);
INSERT INTO survey_scales VALUES(2,'audit',0,'適合',1.0);
INSERT INTO survey_scales VALUES(2,'audit',1,'軽微な不備',0.5);
INSERT INTO survey_scales VALUES(2,'audit',2,'不適合',0.0);
INSERT INTO survey_scales VALUES(2,'audit',3,'該当なし',NULL);
INSERT INTO survey_scales VALUES(2,'compliance',0,'できている',1.0);
INSERT INTO survey_scales VALUES(2,'compliance',1,'一部できていない',0.5);
INSERT INTO survey_scales VALUES(2,'compliance',2,'できていない',0.0);
INSERT INTO survey_scales VALUES(2,'compliance',3,'該当なし',NULL);
INSERT INTO survey_scales VALUES(2,'umu',0,'はい',NULL);
INSERT INTO survey_scales VALUES(2,'umu',1,'いいえ',NULL);
INSERT INTO survey_scales VALUES(2,'yesno',0,'はい',1.0);
INSERT INTO survey_scales VALUES(2,'yesno',1,'いいえ',0.0);
INSERT INTO survey_scales VALUES(2,'yesno_na',0,'はい',1.0);
INSERT INTO survey_scales VALUES(2,'yesno_na',1,'いいえ',0.0);
INSERT INTO survey_scales VALUES(2,'yesno_na',2,'該当なし',NULL);
CREATE TABLE survey_grades(
  survey INTEGER NOT NULL REFERENCES surveys(id),
  idx INTEGER NOT NULL,
  label TEXT NOT NULL,
  min REAL NOT NULL,
  PRIMARY KEY(survey, idx)) WITHOUT ROWID;
INSERT INTO survey_grades VALUES(1,0,'A',90.0);
INSERT INTO survey_grades VALUES(1,1,'B',75.0);
INSERT INTO survey_grades VALUES(1,2,'C',60.0);
INSERT INTO survey_grades VALUES(1,3,'D',0.0);
INSERT INTO survey_grades VALUES(2,0,'A',90.0);
INSERT INTO survey_grades VALUES(2,1,'B',75.0);
INSERT INTO survey_grades VALUES(2,2,'C',60.0);
INSERT INTO survey_grades VALUES(2,3,'D',0.0);
CREATE TABLE survey_sections(
  survey INTEGER NOT NULL REFERENCES surveys(id),
  idx INTEGER NOT NULL,
  section_id TEXT NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY(survey, idx)) WITHOUT ROWID;
INSERT INTO survey_sections VALUES(1,0,'S1','管理対象情報の分類・取扱制限');
INSERT INTO survey_sections VALUES(1,1,'S2','管理対象情報の利用・保存・提供');
INSERT INTO survey_sections VALUES(1,2,'S3','管理対象情報の持ち出し・送信・消去・バックアップ');
INSERT INTO survey_sections VALUES(1,3,'S4','区域・警察情報システムの利用');
INSERT INTO survey_sections VALUES(1,4,'S5','識別コード（ID）・パスワード等');
INSERT INTO survey_sections VALUES(1,5,'S6','外部記録媒体・公用携帯電話機・個人所有の機器');
INSERT INTO survey_sections VALUES(1,6,'S7','電子メール・ウェブ・ウェブ会議');
INSERT INTO survey_sections VALUES(1,7,'S8','不正プログラム対策・報告・教養');
INSERT INTO survey_sections VALUES(1,8,'S9','テレワーク・ソーシャルメディア・外部サービス');
INSERT INTO survey_sections VALUES(2,0,'D1','運用管理体制');
INSERT INTO survey_sections VALUES(2,1,'D2','外部記録媒体の管理');
INSERT INTO survey_sections VALUES(2,2,'D3','公用携帯電話機・モバイル端末・機器の持ち出し');
INSERT INTO survey_sections VALUES(2,3,'D4','管理対象情報の取扱い');
INSERT INTO survey_sections VALUES(2,4,'D5','区域の管理');
INSERT INTO survey_sections VALUES(2,5,'D6','教養・報告体制');
INSERT INTO survey_sections VALUES(2,6,'D7','例外措置');
INSERT INTO survey_sections VALUES(2,7,'D8','業務委託');
INSERT INTO survey_sections VALUES(2,8,'D9','外部サービス・ソーシャルメディア');
INSERT INTO survey_sections VALUES(2,9,'D10','監査結果への対応・特記事項');
CREATE TABLE survey_items(
  survey INTEGER NOT NULL REFERENCES surveys(id),
  idx INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  section_idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  clause TEXT NOT NULL,
  type TEXT NOT NULL CHECK(type IN ('choice','number','text','date')),
  scale TEXT,
  weight REAL NOT NULL CHECK(weight > 0),
  severity TEXT NOT NULL CHECK(severity IN ('high','medium','low')),
  required INTEGER NOT NULL,
  guidance TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  applies_kinds TEXT NOT NULL DEFAULT '',
  applies_item TEXT NOT NULL DEFAULT '',
  applies_any TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',
  min REAL, max REAL,
  PRIMARY KEY(survey, idx), UNIQUE(survey, item_id)) WITHOUT ROWID;
INSERT INTO survey_items VALUES(1,0,'S-1-01',0,'担当する業務の遂行に必要な範囲内でのみ、警察情報システム及び管理対象情報を取り扱っていますか。','第3 1','choice','compliance',2.0,'high',1,'業務上の必要がない照会・閲覧・複製（興味本位の照会、私的な目的での検索等）を一切していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,1,'S-1-02',0,'管理対象情報を作成し、又は職員以外の者から入手したときは、その分類（機密性・完全性・可用性）及び取扱制限を定めていますか。','第3 2(1)','choice','compliance',1.0,'medium',1,'作成・入手した文書や電子ファイルごとに、機密性1から3等の分類と取扱制限をその都度定めていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,2,'S-1-03',0,'分類に応じて、「複製禁止」「持ち出し禁止」「配布禁止」「読後廃棄」「所属長限り」等の適正な取扱制限を指定していますか。','第1 2(2)ア','choice','compliance',1.0,'medium',1,'情報の内容に見合った取扱制限を指定し、不要な制限や制限漏れがなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,3,'S-1-04',0,'管理対象情報を機密性1（低）情報に分類するときは、明らかに不開示情報を含まない場合を除き、上職者の承認を得ていますか。','第3 2(2)','choice','compliance',1.0,'medium',1,'上職者とは、本部の課長補佐（室長補佐等を含む。）、さいたま市警察部・方面本部の補佐官、警察学校の校長補佐、警察署の課長（課長代理等を含む。）以上の職員又は総括管理者。機密性1に分類した情報がない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,4,'S-1-05',0,'部内で管理対象情報を取り扱う際、分類及び取扱制限が明らかな場合を除き、機密性の分類及び取扱制限を明示していますか。','第3 2(3)','choice','compliance',1.0,'medium',1,'文書の欄外やファイル名・表紙等に「機密性2」「複製禁止」等を表示していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,5,'S-1-06',0,'職員以外の者に管理対象情報を提供するときは、機密性の分類及び取扱制限を明示していますか。','第3 2(4)','choice','compliance',1.0,'medium',1,'別に定めるものを除き、提供する文書・ファイルに分類と取扱制限を表示していれば「できている」。提供していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,6,'S-1-07',0,'管理対象情報を作成又は複製するとき、元の情報に決定済みの機密性の分類及び取扱制限を継承していますか。','第3 2(5)','choice','compliance',1.0,'medium',1,'元資料が機密性2であれば、その抜粋・複製・加工物も機密性2として表示・管理していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,7,'S-1-08',0,'情報の修正・追加・削除等により分類及び取扱制限を見直す必要が生じたとき、決定者等に確認の上で見直していますか。','第3 2(6)','choice','compliance',1.0,'medium',1,'自己判断で分類を下げず、分類を決定した者等に確認していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,8,'S-2-01',1,'管理対象情報を不正に作成・入手し、又は不正に利用・き損することのないよう取り扱っていますか。','第3 3(1)ア、第3 3(1)イ','choice','compliance',2.0,'high',1,'権限のない情報の入手、改ざん、無断の削除・破損がなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,9,'S-2-02',1,'要保護情報を机上や複合機、端末画面等に放置せず、離席・退庁時には施錠保管や画面ロックを行っていますか。','第3 3(1)ウ','choice','compliance',1.0,'medium',1,'離席時の画面ロック、退庁時の書類・媒体の施錠保管、印刷物の速やかな回収ができていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,10,'S-2-03',1,'要機密情報の配布及び複製を、業務上必要な最小限にとどめていますか。','第3 3(1)エ、第3 3(1)オ','choice','compliance',1.0,'medium',1,'配布先・部数・複製数を必要最小限とし、不要な写しを作っていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,11,'S-2-04',1,'別に定める場合を除き、警察庁舎外に設置されている機器に要機密情報を保存しないようにしていますか。','第3 3(2)','choice','compliance',2.0,'high',1,'庁舎外の機器（自宅のパソコン、外部のサーバ等）に機密性2以上の情報を保存していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,12,'S-2-05',1,'保存する管理対象情報に、分類及び取扱制限に応じたアクセス制限を設定していますか。','第3 3(3)','choice','compliance',1.0,'medium',1,'共有フォルダ等に保存する要機密情報について、閲覧できる者を必要な範囲に限定していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,13,'S-2-06',1,'他の者にアクセスさせる必要がない管理対象情報は、アクセスできないよう設定していますか。','第8 1(2)イ(ケ)','choice','compliance',1.0,'medium',1,'個人で扱う作業ファイルを誰でも閲覧できる共有領域に置いたままにしていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,14,'S-2-07',1,'要機密情報の取扱いが認められたもの以外の、外部回線に接続する警察情報システム（インターネット接続端末等）で要機密情報を取り扱わないようにしていますか。','第3 3(4)','choice','compliance',2.0,'high',1,'インターネット接続端末で機密性2以上の情報を作成・保存・閲覧していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,15,'S-2-08',1,'警察が維持管理を行っていない機器に、機密性3（高）情報を保存しないようにしていますか。','第3 3(5)','choice','yesno_na',3.0,'high',1,'私物の機器、部外の機器、外部サービス等に機密性3の情報を保存したことが一度もなければ「はい」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,16,'S-2-09',1,'管理対象情報を公表するときは、その情報が機密性1（低）情報に分類されることを確認していますか。','第3 4(1)','choice','compliance',1.0,'medium',1,'広報資料、ホームページ掲載文等を公表する前に分類を確認していれば「できている」。公表に携わっていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,17,'S-2-10',1,'要機密情報を閲覧可能な範囲外の者に提供するときは、提供先に取扱上の留意事項を確実に伝達していますか。','第3 4(2)','choice','compliance',1.0,'medium',1,'提供文書への表示に加え、口頭や送付文で取扱制限と注意事項を伝えていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,18,'S-2-11',1,'管理対象情報を職員以外の者に電子データで提供するときは、ファイルの属性情報（作成者名、変更履歴、コメント等）からの情報漏えいを防止していますか。','第3 4(3)','choice','compliance',1.0,'medium',1,'提供前にプロパティ、変更履歴、非表示のシートや行、コメント等を確認・削除していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,19,'S-3-01',2,'要機密情報を警察庁舎外に持ち出すときは、分類及び取扱制限を見直した上で、別に定める手続（許可・記録等）に従っていますか。','第3 5(2)','choice','compliance',3.0,'high',1,'持ち出しの都度、持ち出す情報の要否と分類を見直し、定められた許可・記録を経ていれば「できている」。特に機密性3（高）情報の無許可の持ち出しは重大な違反となる。所属長以上の職員及び持ち出しをしていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,20,'S-3-02',2,'「持ち出し禁止」等の取扱制限が指定された情報を、定められた場所から持ち出さないようにしていますか。','第1 2(2)イ(イ)、第3 3(3)','choice','compliance',2.0,'high',1,'取扱制限の指定に反する持ち出し、複製、配布がなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,21,'S-3-03',2,'要保護情報を記録した媒体の庁舎外への運搬を第三者に依頼するときは、分類及び取扱制限に応じた措置を講じていますか。','第3 5(1)','choice','compliance',1.0,'medium',1,'封かん、親展・書留等の送付方法の選択、暗号化など情報に見合った措置をとっていれば「できている」。依頼していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,22,'S-3-04',2,'機密性2（中）情報を外部回線を用いた電子メールで送信するときは、送信手段を慎重に決定し、パスワードの設定又は暗号化を行っていますか。','第3 5(3)、第8 1(3)キ','choice','compliance',2.0,'high',1,'添付ファイルへのパスワード設定又は暗号化を行い、パスワードは別の手段で伝えていれば「できている」。送信していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,23,'S-3-05',2,'機密性3（高）情報を、外部回線を用いた電子メールで送信しないようにしていますか。','第3 5(4)','choice','yesno_na',3.0,'high',1,'暗号化の有無にかかわらず、機密性3の情報を外部回線経由のメールで送ったことがなければ「はい」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,24,'S-3-06',2,'電磁的記録媒体に保存した管理対象情報が職務上不要となったときは、速やかに消去していますか。','第3 6(1)','choice','compliance',1.0,'medium',1,'共有フォルダ、端末、外部記録媒体に不要となったファイルを残していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,25,'S-3-07',2,'電磁的記録媒体を廃棄するときは、全ての管理対象情報を復元できないよう抹消していますか。','第3 6(2)','choice','compliance',2.0,'high',1,'物理的破壊や専用ソフトによる抹消など、定められた方法で抹消してから廃棄していれば「できている」。廃棄に携わっていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,26,'S-3-08',2,'要機密情報が記載された書面を廃棄するときは、シュレッダーや溶解処理等で復元が困難な状態にしていますか。','第3 6(3)','choice','compliance',1.0,'medium',1,'要機密情報の書類をそのまま古紙回収やごみ箱に出していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,27,'S-3-09',2,'要保全情報又は要安定情報を持ち出すときは、運用管理者の許可を得るとともに、必要に応じてバックアップを取得していますか。','第3 7(1)','choice','compliance',1.0,'medium',1,'持ち出しによる滅失・改ざんに備えて許可とバックアップの要否判断を行っていれば「できている」。持ち出していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,28,'S-3-10',2,'取得したバックアップを、元の情報の機密性の分類及び取扱制限に従って管理していますか。','第3 7(2)','choice','compliance',1.0,'medium',1,'バックアップ媒体・ファイルにも元の情報と同じ表示・保管・アクセス制限をしていれば「できている」。バックアップを取得していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,29,'S-4-01',3,'利用する区域について、区域情報セキュリティ管理者が定めた対策（入退室の管理、施錠等）に従っていますか。','第3 8(3)ウ','choice','compliance',1.0,'medium',1,'区域ごとに掲示・指示された入退室の手順や施錠等を守っていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,30,'S-4-02',3,'職員以外の者を区域に立ち入らせるときは、その者にも区域で定められた対策に従うよう求めていますか。','第3 8(3)ウ','choice','compliance',1.0,'medium',1,'来訪者や業者に受付・同行・立入範囲の制限等を求めていれば「できている」。立ち入らせることがない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,31,'S-4-03',3,'警察情報システムを、あらかじめ定められた目的以外の目的で使用しないようにしていますか。','第8 1(2)イ(ア)','choice','compliance',2.0,'high',1,'私的な照会・閲覧、業務外のウェブ閲覧等を行っていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,32,'S-4-04',3,'外部回線への接続を前提として整備されたものを除き、警察情報システムを外部回線に接続しないようにしていますか。','第8 1(2)イ(イ)','choice','compliance',2.0,'high',1,'業務用端末をモバイルルータ、テザリング、公衆無線LAN等でインターネットに接続していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,33,'S-4-05',3,'警察情報システムの回線に、システムセキュリティ責任者の許可を受けていない機器（私物のスマートフォン、USB機器等を含む。）を接続しないようにしていますか。','第8 1(2)イ(ウ)','choice','compliance',2.0,'high',1,'私物のスマートフォンの充電目的の接続も含め、許可のない機器を端末やLANに接続していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,34,'S-4-06',3,'システムセキュリティ責任者の許可なく、運用要領に定める範囲を超えて機器の改造やソフトウェアの追加をしないようにしていますか。','第8 1(2)イ(エ)','choice','compliance',1.0,'medium',1,'許可されていないソフトウェアのインストール、設定変更、部品の増設等をしていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,35,'S-4-07',3,'各警察情報システムで取り扱うことができる分類の範囲を超えた管理対象情報を取り扱わないようにしていますか。','第8 1(2)イ(オ)','choice','compliance',1.0,'medium',1,'システムごとに定められた取扱可能な機密性等の範囲を知り、それを守っていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,36,'S-4-08',3,'別に定める場合を除き、端末等の機器を警察庁舎外に持ち出さないようにしていますか。','第8 1(2)イ(カ)','choice','compliance',2.0,'high',1,'機器は定められた手続（許可・記録）を経た場合のみ持ち出していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,37,'S-4-09',3,'警察が管理する区域以外で外部回線に接続したことがある端末を、内部ネットワークに直接接続しないようにしていますか。','第8 1(2)イ(キ)','choice','compliance',2.0,'high',1,'出張先等で外部回線につないだ端末を、定められた確認を経ずに庁内LANに接続していなければ「できている」。該当する端末を扱っていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,38,'S-4-10',3,'電子計算機等の設置環境に配慮し、障害等により可用性を損なわないようにしていますか。','第8 1(2)イ(コ)','choice','compliance',1.0,'low',1,'機器の近くに飲み物を置かない、通気口をふさがない、電源を無断で抜かない等に気を付けていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,39,'S-4-11',3,'取り扱う警察情報システムについて、運用要領その他の別の定めや指示事項を遵守していますか。','第8 1(2)イ(サ)','choice','compliance',1.0,'medium',1,'利用するシステムの運用要領や通知された指示事項を確認し、それに従っていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,40,'S-5-01',4,'自分に付与された識別コード（ユーザID）以外の識別コードを用いて警察情報システムを使用しないようにしていますか。','第8 1(4)ア','choice','compliance',3.0,'high',1,'他の職員のIDでのログインや、他の職員がログインしたままの端末での操作を一切していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,41,'S-5-02',4,'パスワード等の主体認証情報を他人に教えたり共用したりせず、権限のない者に知られないよう管理していますか。','第8 1(4)イ','choice','compliance',3.0,'high',1,'上司や同僚を含め誰にもパスワードを教えておらず、共用もしていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,42,'S-5-03',4,'パスワードを付箋に書いて端末に貼るなど、他人の目に触れる状態で記録・保管しないようにしていますか。','第8 1(4)イ','choice','compliance',2.0,'high',1,'端末周辺、机の引出し、手帳等にパスワードを書き残していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,43,'S-5-04',4,'警察情報システムの利用時に関係のない者に画面を見られないよう配慮し、パスワード等の入力時には他人に見られていないことを確認していますか。','第8 1(2)イ(ク)','choice','compliance',1.0,'medium',1,'来庁者から見える位置での要機密情報の表示を避け、入力時に周囲を確認していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,44,'S-5-05',4,'復号又は電子署名に用いる鍵を、インターネットに接続された電子計算機に保存しないようにしていますか。','第8 1(5)ア','choice','yesno_na',1.0,'medium',1,'暗号鍵や電子証明書の秘密鍵をインターネット接続端末に保存していなければ「はい」。鍵を取り扱っていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,45,'S-5-06',4,'鍵のバックアップを取得した場合、オリジナルの鍵と同等の安全管理をしていますか。','第8 1(5)イ','choice','compliance',1.0,'medium',1,'バックアップした鍵も施錠保管・アクセス制限等で元の鍵と同様に管理していれば「できている」。鍵を取り扱っていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,46,'S-6-01',5,'外部記録媒体は所属に登録されたものだけを使用し、定められた手続（管理簿による貸出し・返却等）に従って管理していますか。','第8 1(2)エ(ア)','choice','compliance',3.0,'high',1,'未登録のUSBメモリ等（私物を含む。）を一切使用せず、借用・返却の記録をしていれば「できている」。外部記録媒体を使用していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,47,'S-6-02',5,'使用を終えた外部記録媒体を速やかに返却し、机の中等に私的に保管したままにしないようにしていますか。','第8 1(2)エ(ア)','choice','compliance',1.0,'medium',1,'使用後すぐに運用管理担当者（補助者）へ返却していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,48,'S-6-03',5,'外部記録媒体を警察庁舎外に持ち出すときは、媒体内の要機密情報を必要最小限にし、運用管理担当者の許可を得ていますか。','第8 1(2)エ(イ)','choice','compliance',3.0,'high',1,'持ち出しの都度、事前に許可を得て、不要なデータを消去してから持ち出していれば「できている」。持ち出していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,49,'S-6-04',5,'公用携帯電話機を警察庁舎外に持ち出すときは、機内の要機密情報を必要最小限にし、共用の機器は運用管理担当者の許可を得ていますか。','第8 1(2)ウ(ア)','choice','compliance',1.0,'medium',1,'音声通話機能のみを使用する共用機は許可不要。公用携帯電話機を使用していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,50,'S-6-05',5,'公用携帯電話機で要機密情報に当たる送受信メール履歴や電話帳等を閲覧する際に、パスコード等の主体認証が求められるよう設定していますか。','第8 1(2)ウ(イ)','choice','compliance',2.0,'high',1,'画面ロックとパスコード等が設定され、解除したままにしていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,51,'S-6-06',5,'公用携帯電話機を、紛失・盗難の防止や私的利用の禁止など定められたとおりに適正に管理していますか。','第8 1(2)ウ(ウ)','choice','compliance',1.0,'medium',1,'常に所在を把握し、許可のないアプリの導入や私的な利用をしていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,52,'S-6-07',5,'別に定める場合を除き、個人所有の機器（私物のパソコン、スマートフォン、USBメモリ等）で管理対象情報を処理しないようにしていますか。','第8 1(2)オ','choice','compliance',3.0,'high',1,'私物機器での業務文書の作成・保存、業務情報の撮影・メモ・送受信をしていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,53,'S-6-08',5,'別に定めるところにより個人所有の機器で管理対象情報を処理する場合、盗難・紛失・不正プログラム感染等による情報窃取を防ぐ対策を講じていますか。','第7 1(1)オ','choice','compliance',1.0,'medium',1,'画面ロック、OS等の更新、ウイルス対策、紛失時の連絡手順等を実施していれば「できている」。私物機器を利用していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,54,'S-7-01',6,'管理対象情報を含む電子メールは、警察が管理・運用する電子メール機能又は公用携帯電話機の電子メール機能だけを使って送受信していますか。','第8 1(3)ア','choice','compliance',2.0,'high',1,'私用のメールアドレス、フリーメール、私物のメッセージアプリで業務情報を送受信していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,55,'S-7-02',6,'外部の者と電子メールで情報をやり取りするときは、保証ドメイン名（pref.saitama.jp 等）のアドレスを使用していますか。','第8 1(3)イ','choice','compliance',1.0,'medium',1,'外部サービス利用時、公用携帯電話機使用時及び特別な事情がある場合を除く。外部とのメールがない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,56,'S-7-03',6,'不審な電子メールを受信したときは、開封せずに直ちにシステムセキュリティ維持管理者に報告していますか。','第8 1(3)ウ','choice','compliance',2.0,'high',1,'添付ファイルやリンクを開かず、直ちに報告する手順を理解し実行していれば「できている」。受信したことがなくても手順を理解していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,57,'S-7-04',6,'多数の者に電子メールを一斉送信するときは、Bcc 等を用いて受信者のメールアドレスが漏えいしないようにしていますか。','第8 1(3)ク','choice','compliance',1.0,'medium',1,'受信者同士でアドレスを共有する必要がある場合を除き Bcc を使っていれば「できている」。一斉送信をしていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,58,'S-7-05',6,'要機密情報を電子メールで外部に送信した後、やむを得ない場合を除き、直ちに端末内から当該情報を消去していますか。','第8 1(3)ケ','choice','compliance',1.0,'medium',1,'送信に使った端末内の添付ファイル等を送信後すぐに削除していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,59,'S-7-06',6,'外部から電子メールで受信した要機密情報を、外部回線に接続された端末に保存しないようにし、やむを得ず保存したときは内部の端末に取り込んだ後に速やかに削除していますか。','第8 1(3)コ、第8 1(3)サ','choice','compliance',1.0,'medium',1,'インターネット接続端末に要機密情報の添付ファイルを残していなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,60,'S-7-07',6,'ウェブブラウザ等の設定について、情報セキュリティに影響を及ぼすおそれのある変更をしないようにしていますか。','第8 1(3)エ','choice','compliance',1.0,'medium',1,'セキュリティ警告の無効化、証明書エラーの無視設定、不要な拡張機能の追加等をしていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,61,'S-7-08',6,'外部回線からソフトウェアをダウンロードするとき、電子署名が付与されていれば、それにより配布元を確認していますか。','第8 1(3)オ','choice','compliance',1.0,'medium',1,'許可された範囲でダウンロードする際に電子署名の発行元を確認していれば「できている」。ダウンロードしない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,62,'S-7-09',6,'ウェブサイトのフォームに要機密情報を入力して送信するときは、通信が暗号化されること及び送信先が想定する組織のものであることを確認していますか。','第8 1(3)カ','choice','compliance',1.0,'medium',1,'アドレスが https であること、ドメイン名が正しい組織のものであることを確認していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,63,'S-7-10',6,'職務上ウェブ会議サービスを利用するときは、定められた手続をとり、参加者や取り扱う情報に応じた対策を講じていますか。','第8 1(7)ア','choice','compliance',1.0,'medium',1,'承認されたサービスを所定の手続の上で利用し、要機密情報の画面共有等に注意していれば「できている」。利用していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,64,'S-7-11',6,'ウェブ会議を主催するときは、会議に関係のない者が参加しないようにしていますか。','第8 1(7)イ','choice','compliance',1.0,'medium',1,'会議用パスワード、待機室、参加者の確認等を行っていれば「できている」。主催していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,65,'S-8-01',7,'ウイルス対策ソフトウェア等で不正プログラムとして検知されたファイルを、実行したり読み込んだりしないようにしていますか。','第8 1(6)ア','choice','compliance',2.0,'high',1,'検知の警告が出たファイルを開かず、そのまま報告していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,66,'S-8-02',7,'外部から受け取った外部記録媒体や外部の電子計算機に接続した外部記録媒体を警察の電子計算機に接続するときは、不正プログラムが記録されていないことを確認していますか。','第8 1(6)イ','choice','compliance',3.0,'high',1,'接続前にウイルスチェックを行い、その手順が決まっていればそれに従っていれば「できている」。該当する媒体を扱っていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,67,'S-8-03',7,'情報セキュリティインシデントの可能性のある事案（紛失、誤送信、感染の疑い等）を認知したときは、速やかに運用管理者に報告していますか。','第2 3(4)ア(ア)','choice','compliance',2.0,'high',1,'報告先（運用管理者）と連絡方法を知っており、事案があれば直ちに報告していれば「できている」。事案がなくても報告要領を理解していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,68,'S-8-04',7,'警察情報セキュリティポリシー等に違反する行為を認知したときは、運用管理者を経てシステムセキュリティ責任者に報告していますか。','第2 3(1)イ','choice','compliance',1.0,'medium',1,'違反行為を見過ごさず、定められた経路で報告する手順を理解していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,69,'S-8-05',7,'委託した業務において情報セキュリティインシデントや情報の目的外利用等を認知したときは、速やかにシステムセキュリティ責任者又は運用管理者に報告していますか。','第4 1(2)ウ','choice','compliance',1.0,'medium',1,'委託業務に関与していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,70,'S-8-06',7,'教養実施計画に従って、適切な時期に情報セキュリティに関する教養を受講していますか。','第2 3(3)ウ','choice','yesno_na',1.0,'medium',1,'今年度の所定の教養（集合教養、e-ラーニング等）を期限までに受講していれば「はい」。休職等により今年度の受講対象でない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,71,'S-9-01',8,'テレワーク又はモバイル勤務の実施前及び実施後に、別に定める項目を確認していますか。','第8 3(2)ア','choice','compliance',1.0,'medium',1,'実施前後の確認項目（持ち出し機器・情報の確認、更新状況等）を毎回確認していれば「できている」。テレワーク等を実施していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,72,'S-9-02',8,'テレワーク又はモバイル勤務の実施場所は、画面ののぞき見や盗聴を防止できる場所を選び、自宅以外では離席時の盗難等に注意していますか。','第8 3(2)イ','choice','compliance',1.0,'medium',1,'人目のある飲食店等で画面を開かない、離席時は機器を携行する等をしていれば「できている」。実施していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,73,'S-9-03',8,'テレワーク又はモバイル勤務で警察情報システムに接続するときは、別に定める回線を使用していますか。','第8 3(2)ウ','choice','compliance',2.0,'high',1,'定められた回線以外（許可されていない公衆無線LAN等）で接続していなければ「できている」。実施していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,74,'S-9-04',8,'職務上ソーシャルメディアサービスで情報を発信するときは、サービスの約款等によりリスクを確認し、要機密情報を取り扱わないようにしていますか。','第8 2(1)、第4 2(2)ア','choice','compliance',1.0,'medium',1,'所属の公式アカウント等で発信する場合に限る。担当していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,75,'S-9-05',8,'ソーシャルメディアサービスで要安定情報を発信するときは、埼玉県警察ホームページにも掲載して参照できるようにしていますか。','第8 2(2)','choice','compliance',1.0,'medium',1,'防犯・災害情報等の要安定情報はホームページ掲載と併せて発信していれば「できている」。担当していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,76,'S-9-06',8,'要機密情報を取り扱わない外部サービスを職務で利用するときは、約款や提供条件からリスクが許容できることを確認し、必要な手続をとっていますか。','第4 2(2)ア、第4 2(2)イ','choice','compliance',1.0,'medium',1,'アカウント登録が不要な閲覧のみの利用は対象外。利用していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,77,'S-9-07',8,'アカウントの取得が必要なサービスで情報を閲覧するときは、登録する情報を必要なものに限定し、運用管理者の許可を得ていますか。','第4 2(2)ウ','choice','compliance',1.0,'medium',1,'利用していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,78,'S-9-08',8,'検索サービス等を利用するとき、検索内容が提供者側で収集・分析され関心事項が把握されるおそれがあることに留意していますか。','第4 2(2)エ','choice','compliance',1.0,'low',1,'捜査対象者の氏名等、検索語から業務上の関心事項が推測されないよう配慮していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(1,79,'S-9-09',8,'情報セキュリティ管理者が認めた場合を除き、クラウドサービスで機密性3（高）情報を取り扱わないようにしていますか。','第4 2(1)ア(エ)','choice','yesno_na',3.0,'high',1,'機密性3の情報をクラウドサービスに保存・入力・共有したことがなければ「はい」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,0,'D-1-01',0,'外部記録媒体、公用携帯電話機、モバイル端末等を管理する運用管理担当者を指名していますか。','第8 1(2)ア(ア)','choice','compliance',2.0,'high',1,'運用管理者（所属長）が運用管理担当者を書面で指名し、現に在職していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,1,'D-1-02',0,'運用管理担当者を、警察署の課長（課長代理及び課長を置かない場合の係長を含む。）以上の職にある職員又は総括管理者から指名していますか。','第8 1(2)ア(ア)','choice','compliance',1.0,'medium',1,'指名書の職名を確認し、所定の職以上の者であれば「できている」。','','station','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,2,'D-1-03',0,'運用管理担当者を、本部所属にあっては課長補佐（室長補佐、隊長補佐及び科長を含む。）、さいたま市警察部・方面本部にあっては補佐官、警察学校にあっては校長補佐以上の職にある職員又は総括管理者から指名していますか。','第8 1(2)ア(ア)','choice','compliance',1.0,'medium',1,'指名書の職名を確認し、所定の職以上の者であれば「できている」。','','bureau,hq','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,3,'D-1-04',0,'人事異動等で運用管理担当者が不在となったとき、速やかに後任を指名し、管理簿等を引き継いでいますか。','第8 1(2)ア(ア)','choice','compliance',1.0,'medium',1,'空白期間がなく、引継ぎの際に管理簿と現物の照合を行っていれば「できている」。異動がなかった場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,4,'D-1-05',0,'運用管理補助者を指名していますか。','第8 1(2)ア(イ)','choice','umu',1.0,'medium',1,'運用管理補助者の指名は任意。指名している場合は「はい」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,5,'D-1-06',0,'運用管理補助者を係長以上の職にある職員から指名し、運用管理担当者の指示の下で外部記録媒体及び公用携帯電話機の管理を補助させていますか。','第8 1(2)ア(イ)','choice','compliance',1.0,'medium',1,'（D-1-05 が「はい」の場合に回答）補助者の職が係長以上で、補助の範囲と指示系統が明確であれば「できている」。','','','D-1-05','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,6,'D-1-07',0,'承認等の申請者と承認権限者を兼ねないようにし、承認権限者自身が申請するときはその上司等の承認を得ていますか。','第2 1(6)ア(ア)、第2 1(6)イ','choice','compliance',2.0,'high',1,'運用管理担当者自身の媒体持ち出し等を本人が許可している例がなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,7,'D-2-01',1,'所属の外部記録媒体を全て管理簿に登録し、運用管理担当者が管理していますか。','第8 1(2)ア(ア)、第8 1(2)エ(ア)','choice','compliance',3.0,'high',1,'所属にある全てのUSBメモリ、外付けHDD、DVD-R等が管理番号を付して管理簿に記載されていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,8,'D-2-02',1,'管理簿に登録されている外部記録媒体の数','第8 1(2)エ(ア)','number',NULL,1.0,'medium',0,'点検日現在の登録数（廃棄済みを除く。）を記入する。','','','','','',0.0,NULL);
INSERT INTO survey_items VALUES(2,9,'D-2-03',1,'管理簿と外部記録媒体の現物を定期的に照合し、所在不明のものがないことを確認していますか。','第8 1(2)エ(ア)','choice','compliance',2.0,'high',1,'定期（例：月1回）の照合記録があり、所在不明が生じていなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,10,'D-2-04',1,'未登録の外部記録媒体（私物を含む。）が所属内で使用されていないことを確認していますか。','第8 1(2)エ(ア)、第8 1(2)オ','choice','compliance',3.0,'high',1,'執務室内の点検や職員への指導により、未登録媒体の使用がないことを確かめていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,11,'D-2-05',1,'外部記録媒体の貸出し・返却を記録し、使用後は速やかに返却させていますか。','第8 1(2)エ(ア)','choice','compliance',1.0,'medium',1,'貸出簿に使用者・日時・返却日時が記録され、長期未返却がなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,12,'D-2-06',1,'外部記録媒体を使用しないときは、施錠できる保管庫等で保管していますか。','第8 1(2)エ(ア)','choice','compliance',1.0,'medium',1,'保管場所が定められ、施錠管理されていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,13,'D-2-07',1,'外部記録媒体を警察庁舎外に持ち出すときは、運用管理担当者の許可を得させ、持ち出しを記録していますか。','第8 1(2)エ(イ)','choice','compliance',2.0,'high',1,'持ち出しごとに許可と記録（持出し日時、目的、持出し者、返却日時）があれば「できている」。持ち出しがなかった場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,14,'D-2-08',1,'外部から受け取った外部記録媒体等を接続する前に、不正プログラムの確認（ウイルスチェック）を行う手順を定め、職員に守らせていますか。','第8 1(6)イ','choice','compliance',2.0,'high',1,'検査用端末や手順が定められ、検査の記録があれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,15,'D-2-09',1,'外部記録媒体を廃棄するときは、記録された情報を復元できないよう抹消し、廃棄を記録していますか。','第3 6(2)','choice','compliance',2.0,'high',1,'物理破壊等の抹消方法、実施者、確認者が管理簿等に記録されていれば「できている」。廃棄がなかった場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,16,'D-3-01',2,'公用携帯電話機を管理簿等により把握し、運用管理担当者が管理していますか。','第8 1(2)ア(ア)、第8 1(2)ウ(ウ)','choice','compliance',2.0,'high',1,'全ての公用携帯電話機について、番号、使用者（共用か否か）、保管場所が管理簿に記載され、現物と一致していれば「できている」。配分されていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,17,'D-3-02',2,'所属に配分されている公用携帯電話機の台数','第8 1(2)ウ(ウ)','number',NULL,1.0,'medium',0,'点検日現在の台数を記入する。','','','','','',0.0,NULL);
INSERT INTO survey_items VALUES(2,18,'D-3-03',2,'共用の公用携帯電話機（音声通話機能のみを使用するものを除く。）を持ち出すときは、運用管理担当者の許可を得させていますか。','第8 1(2)ウ(ア)','choice','compliance',1.0,'medium',1,'共用機の持出し許可と記録があれば「できている」。共用機がない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,19,'D-3-04',2,'公用携帯電話機に、要機密情報の閲覧時に主体認証（パスコード等）を求める設定がされていることを確認していますか。','第8 1(2)ウ(イ)','choice','compliance',2.0,'high',1,'全台について画面ロック等の設定を確認していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,20,'D-3-05',2,'要機密情報を取り扱った公用携帯電話機を廃棄（返却）するときは、情報の抹消を実施していますか。','第8 1(2)ウ(エ)','choice','compliance',2.0,'high',1,'初期化等の抹消を行い、その実施を記録していれば「できている」。廃棄がなかった場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,21,'D-3-06',2,'モバイル端末等の機器を警察庁舎外に持ち出すときは、別に定める手続（許可・記録）に従わせ、運用管理担当者が持ち出しを管理していますか。','第8 1(2)イ(カ)、第8 1(2)ア(ア)','choice','compliance',2.0,'high',1,'機器持出し簿に許可、持出し・返却日時が記録され、未返却がなければ「できている」。持ち出しがなかった場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,22,'D-3-07',2,'庁舎外で外部回線に接続した端末を、定められた確認を経ずに内部ネットワークへ直接接続させないようにしていますか。','第8 1(2)イ(キ)','choice','compliance',2.0,'high',1,'持ち帰った端末の接続前の確認手順が定められ、守られていれば「できている」。該当する端末がない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,23,'D-3-08',2,'テレワーク又はモバイル勤務を実施する職員に、実施前後の確認と定められた回線の使用を徹底させていますか。','第8 3(2)ア、第8 3(2)ウ','choice','compliance',1.0,'medium',1,'実施前後の確認記録があり、接続回線の指定が周知されていれば「できている」。実施者がいない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,24,'D-4-01',3,'所属の職員が管理対象情報を機密性1（低）情報に分類する際、必要な場合に上職者の承認を得ていることを確認していますか。','第3 2(2)','choice','compliance',1.0,'medium',1,'機密性1とした文書の決裁等に上職者の承認があれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,25,'D-4-02',3,'要機密情報を警察庁舎外へ持ち出すときに、分類及び取扱制限の見直しと別に定める手続（許可・記録）を職員に守らせていますか。','第3 5(2)','choice','compliance',3.0,'high',1,'持出し簿等に許可と記録があり、無許可の持ち出しがなければ「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,26,'D-4-03',3,'運用管理者として、要保全情報又は要安定情報の持ち出しを許可制とし、必要に応じてバックアップを取得させていますか。','第3 7(1)','choice','compliance',1.0,'medium',1,'持ち出しの許可記録と、バックアップ要否の判断があれば「できている」。持ち出しがなかった場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,27,'D-4-04',3,'共有フォルダ等に保存された管理対象情報に、分類及び取扱制限に応じたアクセス制限を設定していますか。','第3 3(3)','choice','compliance',1.0,'medium',1,'要機密情報のフォルダに閲覧者の限定が設定されていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,28,'D-4-05',3,'要保護情報の放置防止（机上整理、離席時の画面ロック、退庁時の施錠保管）を所属内で徹底していますか。','第3 3(1)ウ','choice','compliance',1.0,'medium',1,'退庁時の点検等により放置がないことを確認していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,29,'D-4-06',3,'要機密情報が記載された書面を復元困難な状態で廃棄するための設備（シュレッダー等）又は手段（溶解処理等）を確保していますか。','第3 6(3)','choice','compliance',1.0,'medium',1,'所属内で利用できるシュレッダー等があり、廃棄方法が周知されていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,30,'D-4-07',3,'端末、サーバ等をリース契約で調達する場合に、返却時の情報の抹消方法及び履行状況の確認手段を定めていますか。','第3 6(2)','choice','compliance',1.0,'medium',1,'契約書・仕様書に抹消方法と確認方法（消去証明書等）が定められていれば「できている」。所属でリース契約をしていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,31,'D-4-08',3,'所属内の端末やネットワークに、許可を受けていない機器（私物機器を含む。）が接続されていないことを確認していますか。','第8 1(2)イ(ウ)、第8 1(2)オ','choice','compliance',2.0,'high',1,'定期的な見回り等で無許可の機器接続がないことを確かめていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,32,'D-5-01',4,'所属が利用する区域のクラス分類及び区域情報セキュリティ管理者を把握していますか。','第2 1(2)ア、第2 1(2)イ','choice','compliance',1.0,'low',1,'所属が利用する各区域のクラス（0から3）と、クラス0を除く区域の管理者を把握していれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,33,'D-5-02',4,'区域情報セキュリティ管理者が定めた区域の対策（入退室管理、施錠等）を実施していますか。','第3 8(3)ア、第3 8(3)ウ','choice','compliance',1.0,'medium',1,'区域ごとに定められた対策が現に行われていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,34,'D-5-03',4,'職員が行うべき区域の対策を、掲示等により職員が認識できるようにしていますか。','第3 8(3)ア','choice','compliance',1.0,'medium',1,'出入口等に対策の掲示があり、職員に周知されていれば「できている」。所属が区域情報セキュリティ管理者の事務を担当していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,35,'D-5-04',4,'職員以外の者を区域に立ち入らせるときは、受付、同行、立入範囲の制限等、区域で定められた対策に従わせていますか。','第3 8(3)ウ','choice','compliance',1.0,'medium',1,'来訪者・業者の入退室記録があり、定められた対策を求めていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,36,'D-5-05',4,'自然災害等による情報セキュリティの侵害に備え、機器の転倒防止、浸水・停電対策等の施設・環境面の対策を講じていますか。','第3 8(3)イ','choice','compliance',1.0,'low',1,'機器の固定、設置場所の配慮、無停電電源装置等の対策があれば「できている」。所属が区域情報セキュリティ管理者の事務を担当していない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,37,'D-6-01',5,'教養実施計画に従って、所属の全職員（会計年度任用職員及び臨時的任用職員を含む。）に情報セキュリティ教養を受講させていますか。','第2 3(3)ウ','choice','compliance',2.0,'high',1,'受講者名簿等で全職員の受講を確認し、未受講者に受講させていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,38,'D-6-02',5,'所属職員が受講した直近の情報セキュリティ教養の実施日','第2 3(3)ウ','date',NULL,1.0,'medium',0,'集合教養、所属教養、e-ラーニング等のうち直近のものの実施日（複数日にわたる場合は最終日）を記入する。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,39,'D-6-03',5,'今年度の教養の未受講者数','第2 3(3)ウ','number',NULL,1.0,'medium',0,'点検日現在、受講期限を過ぎて未受講の職員の数を記入する（休職者等を除く。）。','','','','','',0.0,NULL);
INSERT INTO survey_items VALUES(2,40,'D-6-04',5,'情報セキュリティインシデントの可能性のある事案を認知した職員が速やかに運用管理者へ報告するよう、報告先と連絡方法を職員に周知していますか。','第2 3(4)ア(ア)','choice','compliance',2.0,'high',1,'報告要領（夜間・休日の連絡先を含む。）が掲示・周知されていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,41,'D-6-05',5,'運用管理者として、報告を受けた事案をシステムセキュリティ責任者及びCSIRT長に速やかに報告する体制を整えていますか。','第2 3(4)ア(イ)','choice','compliance',2.0,'high',1,'報告先・報告様式・不在時の代行者が定められていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,42,'D-6-06',5,'警察情報セキュリティポリシー等への違反行為を認知した職員が、運用管理者を経てシステムセキュリティ責任者に報告するよう周知していますか。','第2 3(1)イ','choice','compliance',1.0,'medium',1,'違反報告の経路が周知されていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,43,'D-6-07',5,'不審な電子メールを受信した職員が、開封せずに直ちにシステムセキュリティ維持管理者へ報告するよう周知していますか。','第8 1(3)ウ','choice','compliance',1.0,'medium',1,'報告先と手順が周知され、報告の実例や訓練等で機能していることを確かめていれば「できている」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,44,'D-7-01',6,'所属で例外措置の適用を受けている（申請中を含む。）事項がありますか。','第2 3(2)ア','choice','umu',1.0,'medium',1,'点検日現在、適用中又は申請中の例外措置があれば「はい」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,45,'D-7-02',6,'適用中の例外措置の件数','第2 3(2)ア','number',NULL,1.0,'medium',0,'（D-7-01 が「はい」の場合に回答）点検日現在、許可を受けて適用中の件数を記入する。','','','D-7-01','はい','',0.0,NULL);
INSERT INTO survey_items VALUES(2,46,'D-7-03',6,'例外措置は、情報管理課長を経て情報セキュリティ管理者に申請し、許可を得ていますか。','第2 3(2)イ(ア)','choice','compliance',2.0,'high',1,'（D-7-01 が「はい」の場合に回答）全件について申請書と許可の通知があれば「できている」。','','','D-7-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,47,'D-7-04',6,'例外措置の適用期間を1年以内（情報セキュリティ管理者が特に認めた場合を除く。）とし、期限を管理して、期限後も遵守が困難なときは改めて申請していますか。','第2 3(2)イ(ウ)','choice','compliance',2.0,'high',1,'（D-7-01 が「はい」の場合に回答）期限切れのまま例外状態が続いているものがなければ「できている」。','','','D-7-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,48,'D-7-05',6,'例外措置の適用に当たり、可能な限り代替の措置を講じ、それを実施していますか。','第2 3(2)ア','choice','compliance',1.0,'medium',1,'（D-7-01 が「はい」の場合に回答）申請書に記載した代替措置が現に実施されていれば「できている」。','','','D-7-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,49,'D-7-06',6,'緊急のため運用管理者の許可により例外措置を適用したときは、適用後速やかに情報セキュリティ管理者に申請していますか。','第2 3(2)イ(イ)','choice','compliance',1.0,'medium',1,'（D-7-01 が「はい」の場合に回答）緊急適用の事例がない場合は「該当なし」。','','','D-7-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,50,'D-8-01',7,'管理対象情報を取り扱う業務を外部に委託していますか（今年度に契約期間があるもの）。','第4 1','choice','umu',1.0,'medium',1,'システムの運用保守、データ入力、文書の運搬・廃棄等、委託先が管理対象情報を取り扱う契約があれば「はい」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,51,'D-8-02',7,'委託先に要保護情報を提供するときは、提供する情報を必要最小限とし、あらかじめ定めた安全な受渡し方法により提供していますか。','第4 1(2)ア','choice','compliance',2.0,'high',1,'（D-8-01 が「はい」の場合に回答）受渡しの記録（資料授受簿等）があり、定めた方法以外で提供していなければ「できている」。','','','D-8-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,52,'D-8-03',7,'提供した要保護情報が委託先で不要となったときは、確実に返却又は抹消させていますか。','第4 1(2)イ','choice','compliance',2.0,'high',1,'（D-8-01 が「はい」の場合に回答）返却の確認又は抹消の報告（消去証明書等）を受けていれば「できている」。','','','D-8-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,53,'D-8-04',7,'委託業務で情報セキュリティインシデントや目的外利用等を認知したときに、速やかにシステムセキュリティ責任者又は運用管理者へ報告する手順を定めていますか。','第4 1(2)ウ','choice','compliance',1.0,'medium',1,'（D-8-01 が「はい」の場合に回答）委託業務の担当職員が報告手順を理解していれば「できている」。','','','D-8-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,54,'D-8-05',7,'委託に係る作業を監督する職員の任務を定め、委託先に遵守させる情報セキュリティ上の事項を仕様書等に盛り込んでいますか。','第4 1(1)カ','choice','compliance',1.0,'medium',1,'（D-8-01 が「はい」の場合に回答）所属がシステムセキュリティ責任者として契約する場合に回答する。監督職員の指名と仕様書の記載があれば「できている」。契約を所管していない場合は「該当なし」。','','','D-8-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,55,'D-8-06',7,'契約に基づき、委託先における情報セキュリティ対策の履行状況を確認していますか。','第4 1(3)ア','choice','compliance',1.0,'medium',1,'（D-8-01 が「はい」の場合に回答）委託先からの報告書の受領、立入確認等の記録があれば「できている」。契約を所管していない場合は「該当なし」。','','','D-8-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,56,'D-8-07',7,'委託業務の終了時に、委託先で取り扱われた管理対象情報が確実に返却され、又は抹消されたことを確認していますか。','第4 1(3)ウ','choice','compliance',2.0,'high',1,'（D-8-01 が「はい」の場合に回答）終了時の返却・抹消の確認記録があれば「できている」。今年度終了した委託がない、又は契約を所管していない場合は「該当なし」。','','','D-8-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,57,'D-9-01',8,'所属で職務上利用している外部サービス（クラウドサービス、ウェブ会議サービス、アカウントを要するサービス等）がありますか。','第4 2','choice','umu',1.0,'medium',1,'アカウント登録を要しない検索・閲覧のみの利用は含めない。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,58,'D-9-02',8,'利用している外部サービスについて、利用申請の許可権限者に申請し、許可を得ていますか。','第4 2(1)エ(イ)、第4 2(2)イ','choice','compliance',2.0,'high',1,'（D-9-01 が「はい」の場合に回答）全ての外部サービスについて申請と許可の記録があり、外部サービス管理者が指名されていれば「できている」。','','','D-9-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,59,'D-9-03',8,'要機密情報を取り扱わない外部サービスを利用する場合、約款や提供条件から利用のリスクが許容できることを確認していますか。','第4 2(2)ア','choice','compliance',1.0,'medium',1,'（D-9-01 が「はい」の場合に回答）約款等の確認記録があれば「できている」。','','','D-9-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,60,'D-9-04',8,'アカウントの取得を要するサービスでの情報の閲覧について、登録情報を必要なものに限定させ、運用管理者として許可していますか。','第4 2(2)ウ','choice','compliance',1.0,'medium',1,'（D-9-01 が「はい」の場合に回答）許可の記録とアカウントの一覧があれば「できている」。該当する利用がない場合は「該当なし」。','','','D-9-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,61,'D-9-05',8,'外部サービス管理者が、利用している外部サービスの運用時の対策の実施状況を定期的に確認し、記録していますか。','第4 2(1)カ(ウ)','choice','compliance',1.0,'medium',1,'（D-9-01 が「はい」の場合に回答）定期的な確認の記録があれば「できている」。要機密情報を取り扱う外部サービスを利用していない場合は「該当なし」。','','','D-9-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,62,'D-9-06',8,'所属として、職務上ソーシャルメディアサービスで情報発信をしていますか。','第8 2','choice','umu',1.0,'medium',1,'所属又は所属職員が職務として運用するアカウントがあれば「はい」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,63,'D-9-07',8,'ソーシャルメディアサービスの利用に当たり、約款等によるリスクの確認を行い、要機密情報を取り扱わないようにしていますか。','第8 2(1)','choice','compliance',2.0,'high',1,'（D-9-06 が「はい」の場合に回答）確認の記録があり、発信内容の事前確認で要機密情報を扱っていないことを確かめていれば「できている」。','','','D-9-06','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,64,'D-9-08',8,'ソーシャルメディアサービスで要安定情報を発信するときは、埼玉県警察ホームページにも掲載して参照できるようにしていますか。','第8 2(2)','choice','compliance',1.0,'medium',1,'（D-9-06 が「はい」の場合に回答）要安定情報を発信していない場合は「該当なし」。','','','D-9-06','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,65,'D-10-01',9,'前回の情報セキュリティ監査で、改善を求める事項の通知を受けましたか。','第2 5(2)オ(イ)','choice','umu',1.0,'medium',1,'通常監査又は特別監査の結果通知に改善事項があれば「はい」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,66,'D-10-02',9,'通知された改善事項について速やかに措置し、速やかな措置が困難な事項は補完的な措置を検討した上で改善計画を策定して、措置結果又は改善計画を情報セキュリティ管理者に報告していますか。','第2 5(2)オ(エ)','choice','compliance',2.0,'high',1,'（D-10-01 が「はい」の場合に回答）全ての改善事項について措置結果報告又は改善計画があり、改善計画は予定どおり進んでいれば「できている」。','','','D-10-01','はい','',NULL,NULL);
INSERT INTO survey_items VALUES(2,67,'D-10-03',9,'他所属の監査結果に基づき課題の有無を確認するよう通知を受けたときは、速やかに必要な措置をとり、その措置結果を報告していますか。','第2 5(2)オ(オ)','choice','compliance',1.0,'medium',1,'通知を受けていない場合は「該当なし」。','','','','','',NULL,NULL);
INSERT INTO survey_items VALUES(2,68,'D-10-04',9,'特記事項（「できていない」等と回答した項目の理由と改善予定、その他）','第2 4(2)','text',NULL,1.0,'medium',0,'改善予定は時期と担当を具体的に記入する。','','','','','',NULL,NULL);
CREATE TABLE campaigns(
  id INTEGER PRIMARY KEY,
  survey INTEGER NOT NULL REFERENCES surveys(id),
  fy INTEGER NOT NULL REFERENCES org_years(fy),
  title TEXT NOT NULL,
  due TEXT,
  marking TEXT NOT NULL,
  return_to TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open','closed')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  closed_at TEXT);
INSERT INTO campaigns VALUES(1,1,2026,'令和8年度 職員自己点検',NULL,'機密性2 取扱制限：関係者限り','総務部情報管理課','open','2026-06-01T09:00:00Z','fixture',NULL);
INSERT INTO campaigns VALUES(2,2,2026,'令和8年度 所属自己点検',NULL,'機密性2 取扱制限：関係者限り','総務部情報管理課','open','2026-06-01T09:00:00Z','fixture',NULL);
CREATE TABLE campaign_targets(
  campaign INTEGER NOT NULL REFERENCES campaigns(id),
  division_id INTEGER NOT NULL REFERENCES divisions(id),
  PRIMARY KEY(campaign, division_id)) WITHOUT ROWID;
INSERT INTO campaign_targets VALUES(1,2);
INSERT INTO campaign_targets VALUES(1,3);
INSERT INTO campaign_targets VALUES(1,5);
INSERT INTO campaign_targets VALUES(2,2);
INSERT INTO campaign_targets VALUES(2,3);
INSERT INTO campaign_targets VALUES(2,5);
CREATE TABLE forms(
  id INTEGER PRIMARY KEY,
  campaign INTEGER NOT NULL REFERENCES campaigns(id),
  division_id INTEGER NOT NULL REFERENCES divisions(id),
  token TEXT NOT NULL UNIQUE,
  issued_at TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  file_name TEXT NOT NULL);
INSERT INTO forms VALUES(1,1,5,'7df5baa4bfd69d0d6854018385574964','2026-06-01T09:00:00Z','fixture','1_1001_浦和警察署.xlsx');
INSERT INTO forms VALUES(2,1,2,'5e45b344ebf694dcff02beaff256c1c3','2026-06-01T09:00:00Z','fixture','1_120_情報管理課.xlsx');
INSERT INTO forms VALUES(3,1,3,'03c143eabcaa1e6c3579803e14f84335','2026-06-01T09:00:00Z','fixture','1_130_広報課.xlsx');
INSERT INTO forms VALUES(4,2,5,'e8837e8ff45f1a5555cadc4f8e5e25a4','2026-06-01T09:00:00Z','fixture','2_1001_浦和警察署.xlsx');
INSERT INTO forms VALUES(5,2,2,'a7d476678a93c29cc27c107cfc5fa2b8','2026-06-01T09:00:00Z','fixture','2_120_情報管理課.xlsx');
INSERT INTO forms VALUES(6,2,3,'770e348fce01ad1e16bf897b344b0a14','2026-06-01T09:00:00Z','fixture','2_130_広報課.xlsx');
CREATE TABLE submissions(
  id INTEGER PRIMARY KEY,
  campaign INTEGER NOT NULL REFERENCES campaigns(id),
  division_id INTEGER NOT NULL REFERENCES divisions(id),
  form INTEGER NOT NULL REFERENCES forms(id),
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  superseded_by INTEGER REFERENCES submissions(id),
  UNIQUE(campaign, division_id, file_sha256));
INSERT INTO submissions VALUES(1,1,5,1,'/tmp/tmp.aiZ2tQ4YRE/g/1_1001_浦和警察署.xlsx','38c2ce5691d2cec0c6c669f9163f93029098171bb7722ff51c0c2ce351dcc1df','2026-06-01T09:00:00Z','fixture',NULL);
INSERT INTO submissions VALUES(2,1,2,2,'/tmp/tmp.aiZ2tQ4YRE/g/1_120_情報管理課.xlsx','04d6703210e56de143ca0fed119e47fc31c443f92a6834d50b7a18da2f6e0b9c','2026-06-01T09:00:00Z','fixture',NULL);
INSERT INTO submissions VALUES(3,1,3,3,'/tmp/tmp.aiZ2tQ4YRE/g/1_130_広報課.xlsx','4888c65776951c3ca68c8bd657c271029d52031cc7ade44d6c2f7b91cb5e059a','2026-06-01T09:00:00Z','fixture',NULL);
INSERT INTO submissions VALUES(4,2,5,4,'/tmp/tmp.aiZ2tQ4YRE/g/2_1001_浦和警察署.xlsx','d69c75ccfae3fa4f3c87899e9ba31325192a07525cd8e91631e4e43476b76460','2026-06-01T09:00:00Z','fixture',NULL);
INSERT INTO submissions VALUES(5,2,2,5,'/tmp/tmp.aiZ2tQ4YRE/g/2_120_情報管理課.xlsx','f5b7d35a7f989dfc525e6edac3749b88385badf3346531c13dc6897fb03a24aa','2026-06-01T09:00:00Z','fixture',NULL);
INSERT INTO submissions VALUES(6,2,3,6,'/tmp/tmp.aiZ2tQ4YRE/g/2_130_広報課.xlsx','4c0dbc0d32fb9c5d46f5254ab7b56667d2f3f074b8d9e29bda12a8f8bd8bd26c','2026-06-01T09:00:00Z','fixture',NULL);
CREATE TABLE answers(
  submission INTEGER NOT NULL REFERENCES submissions(id),
  staff_id INTEGER NOT NULL DEFAULT 0,
  item_idx INTEGER NOT NULL,
  choice INTEGER,
  value REAL CHECK(value IS NULL OR value BETWEEN 0 AND 1),
  raw TEXT,
  comment TEXT,
  PRIMARY KEY(submission, staff_id, item_idx)) WITHOUT ROWID;
INSERT INTO answers VALUES(1,9,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,1,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,7,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,9,8,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,15,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,9,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,17,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,22,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,9,23,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,9,24,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,32,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,34,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,39,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,40,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,9,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,43,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,9,44,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,9,45,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,47,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,9,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,50,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,60,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,61,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,64,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,9,65,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,67,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,68,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,69,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,70,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,9,71,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,72,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,9,73,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,9,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,75,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,76,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,9,77,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,78,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,9,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,10,0,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,10,1,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,5,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,10,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,8,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,10,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,10,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,10,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,13,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,10,14,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,10,15,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,10,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,17,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,10,18,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,10,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,22,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,10,23,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,10,24,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,26,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,10,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,30,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,10,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,32,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,10,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,34,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,39,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,40,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,10,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,42,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,10,43,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,44,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,10,45,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,47,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,50,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,58,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,10,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,60,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,61,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,64,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,65,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,67,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,68,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,69,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,70,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,10,71,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,72,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,10,73,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,75,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,76,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,77,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,78,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,10,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,11,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,1,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,6,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,11,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,8,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,11,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,11,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,11,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,15,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,11,16,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,11,17,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,22,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,23,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,11,24,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,27,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,11,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,32,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,34,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,37,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,11,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,39,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,40,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,43,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,44,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,11,45,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,47,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,50,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,52,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,11,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,60,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,11,61,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,11,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,64,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,65,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,11,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,67,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,68,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,11,69,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,11,70,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,11,71,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,72,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,73,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,75,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,76,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,77,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,78,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,11,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,12,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,1,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,8,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,12,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,12,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,15,2,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,12,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,17,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,22,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,23,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,12,24,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,32,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,34,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,12,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,39,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,40,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,43,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,44,1,0.0,'いいえ',NULL);
INSERT INTO answers VALUES(1,12,45,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,47,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,50,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,51,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(1,12,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,53,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(1,12,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,60,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,61,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,12,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,64,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,65,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,67,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,68,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,69,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,70,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(1,12,71,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,72,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,73,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,75,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,76,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(1,12,77,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,78,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(1,12,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,2,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,1,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,2,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,6,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,2,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,8,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,15,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,2,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,17,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,22,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,23,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,2,24,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,2,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,32,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,34,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,39,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,2,40,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,43,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,44,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,2,45,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,47,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,50,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,54,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,2,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,56,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,2,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,60,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,61,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,64,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,65,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,66,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,2,67,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,68,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,69,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,70,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,2,71,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,72,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,73,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,75,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,76,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,2,77,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,2,78,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,2,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,3,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,1,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,8,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,11,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,3,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,15,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,3,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,17,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,21,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,3,22,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,23,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,3,24,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,26,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,3,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,29,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,3,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,32,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,33,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,3,34,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,39,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,40,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,3,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,43,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,44,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,3,45,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,3,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,47,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,50,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,3,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,60,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,61,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,3,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,64,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,65,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,67,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,68,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,69,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,3,70,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,3,71,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,3,72,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,73,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,3,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,75,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,76,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,77,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,3,78,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,3,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,4,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,1,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,3,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,4,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,8,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,12,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,4,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,15,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,4,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,17,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,22,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,4,23,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,4,24,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,4,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,26,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,4,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,32,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,4,33,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,4,34,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,4,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,37,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,4,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,39,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,40,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,43,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,44,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,4,45,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,46,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,4,47,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,4,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,50,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,56,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,4,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,60,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,61,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,64,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,65,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,67,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,68,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,4,69,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,70,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,4,71,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,72,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,73,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,4,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,75,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,4,76,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,77,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,78,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,4,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,5,0,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,5,1,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,5,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,8,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,14,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,5,15,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,5,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,17,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,22,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,23,1,0.0,'いいえ',NULL);
INSERT INTO answers VALUES(2,5,24,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,5,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,31,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,5,32,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,34,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,5,35,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,5,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,39,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,5,40,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,43,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(2,5,44,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(2,5,45,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,47,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,5,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,50,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,53,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,5,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,60,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,61,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,64,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,65,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,67,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(2,5,68,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,69,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,70,2,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(2,5,71,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,72,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,73,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,75,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,76,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,77,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,78,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(2,5,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(3,6,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,1,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,8,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,15,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(3,6,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,17,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,18,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,6,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,22,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,23,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(3,6,24,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,6,25,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(3,6,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,32,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(3,6,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,34,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(3,6,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,39,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,40,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(3,6,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,43,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,44,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(3,6,45,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(3,6,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,47,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,49,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,6,50,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,6,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,56,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,6,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,59,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,6,60,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,6,61,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,64,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(3,6,65,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,67,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,68,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,69,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,70,2,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(3,6,71,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,72,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,73,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,75,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,76,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,77,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,6,78,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(3,6,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(3,7,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,1,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,4,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,8,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,15,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(3,7,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,17,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,18,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(3,7,19,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,7,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,22,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(3,7,23,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(3,7,24,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(3,7,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,30,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,7,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,32,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,7,33,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,7,34,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,38,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,39,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,40,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,42,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(3,7,43,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(3,7,44,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(3,7,45,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,47,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,7,48,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(3,7,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,50,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(3,7,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,57,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,60,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(3,7,61,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(3,7,62,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,64,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(3,7,65,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,67,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,68,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,69,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,70,1,0.0,'いいえ',NULL);
INSERT INTO answers VALUES(3,7,71,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,72,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,73,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,74,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,75,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,76,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(3,7,77,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,78,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(3,7,79,0,1.0,'はい',NULL);
INSERT INTO answers VALUES(4,0,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,1,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,4,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(4,0,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,8,NULL,NULL,'1',NULL);
INSERT INTO answers VALUES(4,0,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,15,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,17,NULL,NULL,'32',NULL);
INSERT INTO answers VALUES(4,0,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,22,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,23,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,24,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,32,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,34,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,38,NULL,NULL,'2026-11-23',NULL);
INSERT INTO answers VALUES(4,0,39,NULL,NULL,'25',NULL);
INSERT INTO answers VALUES(4,0,40,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,41,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(4,0,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,43,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,44,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(4,0,45,NULL,NULL,'2',NULL);
INSERT INTO answers VALUES(4,0,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,47,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,50,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(4,0,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,57,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(4,0,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,60,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,61,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,62,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(4,0,63,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,64,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,65,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(4,0,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(4,0,67,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(5,0,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,2,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(5,0,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,4,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(5,0,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,7,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(5,0,8,NULL,NULL,'8',NULL);
INSERT INTO answers VALUES(5,0,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,15,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,17,NULL,NULL,'43',NULL);
INSERT INTO answers VALUES(5,0,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,21,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,22,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,23,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(5,0,24,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,27,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,28,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,32,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,34,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,35,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,37,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,38,NULL,NULL,'2026-10-04',NULL);
INSERT INTO answers VALUES(5,0,39,NULL,NULL,'0',NULL);
INSERT INTO answers VALUES(5,0,40,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,41,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(5,0,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,43,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(5,0,44,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(5,0,45,NULL,NULL,'37',NULL);
INSERT INTO answers VALUES(5,0,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,47,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,49,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,50,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(5,0,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,52,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(5,0,53,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,54,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,57,1,NULL,'いいえ',NULL);
INSERT INTO answers VALUES(5,0,62,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(5,0,63,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(5,0,64,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(5,0,65,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(5,0,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(5,0,67,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(6,0,0,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,2,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,3,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,4,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(6,0,5,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,6,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,7,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,8,NULL,NULL,'8',NULL);
INSERT INTO answers VALUES(6,0,9,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,10,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,11,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,12,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,13,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,14,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,15,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,16,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,17,NULL,NULL,'8',NULL);
INSERT INTO answers VALUES(6,0,18,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,19,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,20,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,21,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(6,0,22,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,23,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,24,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,25,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,26,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,27,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(6,0,28,3,NULL,'該当なし',NULL);
INSERT INTO answers VALUES(6,0,29,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,30,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,31,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,32,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,33,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,34,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,35,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(6,0,36,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,37,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(6,0,38,NULL,NULL,'2026-11-07',NULL);
INSERT INTO answers VALUES(6,0,39,NULL,NULL,'30',NULL);
INSERT INTO answers VALUES(6,0,40,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,41,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,42,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,43,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,44,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(6,0,45,NULL,NULL,'7',NULL);
INSERT INTO answers VALUES(6,0,46,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,47,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,48,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,49,1,0.5,'一部できていない',NULL);
INSERT INTO answers VALUES(6,0,50,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(6,0,51,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,52,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,53,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(6,0,54,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(6,0,55,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,56,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,57,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(6,0,58,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,59,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,60,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(6,0,61,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,62,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(6,0,63,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(6,0,64,2,0.0,'できていない',NULL);
INSERT INTO answers VALUES(6,0,65,0,NULL,'はい',NULL);
INSERT INTO answers VALUES(6,0,66,0,1.0,'できている',NULL);
INSERT INTO answers VALUES(6,0,67,0,1.0,'できている',NULL);
CREATE TABLE plans(
  id INTEGER PRIMARY KEY,
  fy INTEGER NOT NULL,
  kind TEXT NOT NULL
    CHECK(kind IN ('self_inspection','regular_audit','special_audit')),
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  drafted_by INTEGER REFERENCES staff(id),
  drafted_at TEXT NOT NULL,
  approved_by INTEGER REFERENCES staff(id),
  approved_at TEXT,
  CHECK(approved_by IS NULL OR approved_by <> drafted_by));
CREATE TABLE audits(
  id INTEGER PRIMARY KEY,
  plan INTEGER REFERENCES plans(id),
  kind TEXT NOT NULL CHECK(kind IN ('regular','special')),
  fy INTEGER NOT NULL,
  division_id INTEGER NOT NULL REFERENCES divisions(id),
  survey INTEGER REFERENCES surveys(id),
  conducted_on TEXT,
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK(status IN ('planned','conducted','reported')),
  created_at TEXT NOT NULL);
CREATE TABLE audit_team(
  audit INTEGER NOT NULL REFERENCES audits(id),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  role TEXT NOT NULL DEFAULT 'auditor' CHECK(role IN ('lead','auditor')),
  PRIMARY KEY(audit, staff_id)) WITHOUT ROWID;
CREATE TABLE audit_answers(
  audit INTEGER NOT NULL REFERENCES audits(id),
  item_idx INTEGER NOT NULL,
  choice INTEGER, value REAL, raw TEXT, note TEXT,
  PRIMARY KEY(audit, item_idx)) WITHOUT ROWID;
CREATE TABLE findings(
  id INTEGER PRIMARY KEY,
  audit INTEGER REFERENCES audits(id),
  division_id INTEGER NOT NULL REFERENCES divisions(id),
  item_idx INTEGER,
  clause TEXT NOT NULL,
  severity TEXT NOT NULL CHECK(severity IN ('high','medium','low')),
  text TEXT NOT NULL,
  found_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open'
    CHECK(status IN ('open','answered','closed')),
  created_at TEXT NOT NULL);
CREATE TABLE notices(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK(kind IN ('finding','cross_division')),
  finding INTEGER REFERENCES findings(id),
  division_id INTEGER NOT NULL REFERENCES divisions(id),
  sent_on TEXT NOT NULL,
  sent_by TEXT NOT NULL);
CREATE TABLE improvements(
  id INTEGER PRIMARY KEY,
  finding INTEGER NOT NULL REFERENCES findings(id),
  kind TEXT NOT NULL CHECK(kind IN ('measure_taken','plan')),
  description TEXT NOT NULL,
  compensating TEXT,
  due TEXT,
  submitted_on TEXT NOT NULL,
  verified_by INTEGER REFERENCES staff(id),
  verified_on TEXT,
  CHECK(kind = 'measure_taken' OR
        (length(trim(coalesce(compensating,''))) > 0 AND due IS NOT NULL)));
CREATE TABLE exceptions(
  id INTEGER PRIMARY KEY,
  division_id INTEGER NOT NULL REFERENCES divisions(id),
  clause TEXT NOT NULL,
  reason TEXT NOT NULL,
  alternative TEXT NOT NULL,
  applicant INTEGER NOT NULL REFERENCES staff(id),
  approver INTEGER REFERENCES staff(id),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  special_approval INTEGER REFERENCES staff(id),
  emergency INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active'
    CHECK(status IN ('provisional','active','ended','revoked')),
  created_at TEXT NOT NULL,
  CHECK(approver IS NULL OR approver <> applicant),
  CHECK(ends_on >= starts_on),
  CHECK(ends_on <= date(starts_on, '+1 year') OR special_approval IS NOT NULL),
  CHECK(emergency = 1 OR approver IS NOT NULL));
CREATE INDEX divisions_parent ON divisions(parent_id);
CREATE INDEX staff_division ON staff(division_id);
CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_append_only_d BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE INDEX forms_campaign ON forms(campaign, division_id);
CREATE UNIQUE INDEX submissions_current ON submissions(campaign, division_id)
  WHERE superseded_by IS NULL;
CREATE TRIGGER audit_team_rules BEFORE INSERT ON audit_team BEGIN
  SELECT RAISE(ABORT, '兼務禁止: an auditor may not audit their own division')
  WHERE (SELECT division_id FROM staff WHERE id = NEW.staff_id) =
        (SELECT division_id FROM audits WHERE id = NEW.audit);
  SELECT RAISE(ABORT, 'auditor must be HQ staff of 課長補佐級 or above')
  WHERE NOT EXISTS (SELECT 1 FROM staff s JOIN divisions d
    ON d.id = s.division_id WHERE s.id = NEW.staff_id AND s.grade >= 4
    AND d.kind IN ('hq','bureau'));
END;
CREATE INDEX exceptions_ends ON exceptions(ends_on);
COMMIT;
PRAGMA user_version=3;
