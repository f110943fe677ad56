/*
 * t-auditdoc.c — tests of reports/auditdoc.c: the 実施通知 and the 監査報告書
 * of a small regular audit (2 auditors, 3 sections, 2 findings) and of a
 * special audit without notice or findings, written to a scratch folder and
 * read back with the project's own reader (formats/xlsxread.h); the
 * marking in header and footer, A4 paper and the Japanese font read from
 * the parts with libzip; a path in a missing folder fails cleanly; and
 * tk_doc_wareki.
 *
 * With TENKEN_AUDITDOC_OUT=DIR the documents are written to DIR and kept
 * (tests/t-auditdoc.sh converts them with LibreOffice).
 */
#include "formats/xlsxread.h"
#include "reports/auditdoc.h"
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

static char dir[1024];

/* ------------------------------------------------------------ reading */

struct got {
	int n;
	struct {
		uint32_t row, col;
		char *text;
	} c[512];
};

static int collect(void *ctx, const struct tk_xlsx_cell *cell)
{
	struct got *g = ctx;
	if (g->n < 512) {
		g->c[g->n].row = cell->row;
		g->c[g->n].col = cell->col;
		g->c[g->n].text = strdup(cell->text);
		g->n++;
	}
	return 0;
}

static void got_free(struct got *g)
{
	for (int i = 0; i < g->n; i++)
		free(g->c[i].text);
	g->n = 0;
}

/* Read sheet name of file into g; 0 on success. */
static int read_sheet(const char *file, const char *sheet, struct got *g)
{
	struct tk_error err = {0};
	tk_xlsx *x = NULL;
	int rc, i;
	g->n = 0;
	if (tk_xlsx_open(file, NULL, &x, &err))
		return tap_diag("%s", err.message), -1;
	i = tk_xlsx_find_sheet(x, sheet);
	rc = i < 0 ? -1 : tk_xlsx_read_sheet(x, i, collect, g, &err);
	tk_xlsx_close(x);
	return rc;
}

static const char *text_at(const struct got *g, const char *ref)
{
	char buf[16];
	for (int i = 0; i < g->n; i++)
		if (!strcmp(tk_xlsx_ref(g->c[i].row, g->c[i].col, buf), ref))
			return g->c[i].text;
	return NULL;
}

/* The row of the first cell whose text is s (or contains it when part),
 * or 0. */
static uint32_t row_of(const struct got *g, const char *s, int part)
{
	for (int i = 0; i < g->n; i++)
		if (part ? !!strstr(g->c[i].text, s) : !strcmp(g->c[i].text, s))
			return g->c[i].row;
	return 0;
}

/* Text of column col in row. */
static const char *cell(const struct got *g, uint32_t row, uint32_t col)
{
	for (int i = 0; i < g->n; i++)
		if (g->c[i].row == row && g->c[i].col == col)
			return g->c[i].text;
	return NULL;
}

/* A part of the zip as a string; caller frees; NULL when missing. */
static char *part(const char *file, const char *name)
{
	int e;
	zip_t *z = zip_open(file, ZIP_RDONLY, &e);
	zip_stat_t st;
	zip_file_t *f;
	char *s = NULL;
	if (!z)
		return NULL;
	if (zip_stat(z, name, 0, &st) == 0 && (f = zip_fopen(z, name, 0))) {
		s = calloc(1, st.size + 1);
		if (zip_fread(f, s, st.size) != (zip_int64_t)st.size)
			s[0] = '\0';
		zip_fclose(f);
	}
	zip_close(z);
	return s;
}

/* ------------------------------------------------------------ data */

static const struct tk_doc_auditor team[] = {
    {{"A002", "佐藤 花子", "警部補", "警務部情報管理課"}, 0},
    {{"A001", "鈴木 一郎", "警部", "警務部情報管理課"}, 1},
};

static struct tk_doc_audit regular = {
    .id = 7,
    .fy = 2026,
    .special = 0,
    .marking = "機密性2 取扱制限：関係者限り R&D",
    .plan_title = "令和8年度情報セキュリティ監査実施計画",
    .approved_on = "2026-04-15",
    .approver = {"H001", "本部 長太郎", "警視監", "本部"},
    .manager = {"M001", "管理 次郎", "警視正", "警務部"},
    .division_code = "1001",
    .division_name = "浦和警察署",
    .head = {"D001", "署長 三郎", "警視", "浦和警察署"},
    .audit_on = "2026-12-10",
    .checklist_title = "所属監査チェックリスト",
    .checklist_id = "audit-division",
    .checklist_version = "2026.1",
    .team = team,
    .nteam = 2,
};

static const struct tk_doc_section sections[] = {
    {"組織体制", 5, 1, 0, 1, 0},
    {"情報資産の管理", 4, 0, 1, 0, 1},
    {"物理的セキュリティ", 3, 0, 0, 2, 0},
};

/* Given in the wrong order: the writer puts 不適合 first. */
static const struct tk_doc_finding findings[] = {
    {11, "2-1", "私物の記録媒体を使用していないか。", "第2の3(1)", "high",
     "軽微な不備", "一部の端末で私物USBメモリの使用履歴があった。"},
    {12, "1-3", "情報資産台帳を整備しているか。", "第2の1(2)", "low", "不適合",
     "情報資産台帳が未整備であった。"},
};

static struct tk_doc_item items[10];
static char item_text[10][3][128];

static void make_items(void)
{
	for (int i = 0; i < 10; i++) {
		snprintf(item_text[i][0], 128, "%d-%d", i / 4 + 1, i % 4 + 1);
		snprintf(
		    item_text[i][1], 128,
		    "項目%dについて、所属の規程に従い適切に管理し、その記録を保存しているか。",
		    i + 1);
		snprintf(
		    item_text[i][2], 128,
		    "管理簿、点検記録（直近1年分）、関係する通知文書の写し（項目%d）",
		    i + 1);
		items[i] = (struct tk_doc_item){
		    item_text[i][0], i < 4 ? "組織体制" : "情報資産の管理",
		    item_text[i][1], "第2の1(2)", item_text[i][2]};
	}
}

static char *path_of(const char *name)
{
	static char p[4][1200];
	static int k;
	k = (k + 1) % 4;
	snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
	return p[k];
}

/* ------------------------------------------------------------ tests */

static void t_wareki(void)
{
	char b[64];
	tk_doc_wareki("2026-12-01", b, sizeof b);
	check_str(b, "令和8年12月1日");
	tk_doc_wareki("2019-05-01", b, sizeof b);
	check_str(b, "令和元年5月1日");
	tk_doc_wareki("2019-12-31", b, sizeof b);
	check_str(b, "令和元年12月31日");
	tk_doc_wareki("2020-01-01", b, sizeof b);
	check_str(b, "令和2年1月1日");
	tk_doc_wareki("2024-02-29", b, sizeof b);
	check_str(b, "令和6年2月29日");
	tk_doc_wareki("2019-04-30", b, sizeof b);
	check_str(b, "平成31年4月30日"); /* the era helper, lib/util.h */
	tk_doc_wareki("2023-02-29", b, sizeof b);
	check_str(b, "2023-02-29");
	tk_doc_wareki("2026-13-01", b, sizeof b);
	check_str(b, "2026-13-01");
	tk_doc_wareki("2026-12-1", b, sizeof b);
	check_str(b, "2026-12-1");
	tk_doc_wareki("2026-12-01T00:00", b, sizeof b);
	check_str(b, "2026-12-01T00:00");
	tk_doc_wareki("", b, sizeof b);
	check_str(b, "");
	tk_doc_wareki(NULL, b, sizeof b);
	check_str(b, "");
}

static struct tk_doc_notice notice(void)
{
	return (struct tk_doc_notice){
	    &regular, "2026-12-01",
	    "(1) 監査は午前9時30分から浦和警察署会議室で行う。\n(2) "
	    "監査官は、別紙の監査項目について関係書類の確認及び関係職員への聴取を行う。"
	    "所属は、準備していただく証跡を監査日までに用意し、説明できる職員を立ち会わせること。\n(3) "
	    "監査の結果は、後日、監査報告書により情報セキュリティ管理者に報告する。",
	    items, 10};
}

static void t_notice(void)
{
	struct tk_doc_notice n = notice();
	struct tk_error err = {0};
	struct got g;
	uint32_t r;
	char *xml;

	check_int(tk_doc_notice_write(&n, path_of("notice.xlsx"), "notice.xlsx",
				      &err),
		  ==, TK_OK);
	check_int(read_sheet(path_of("notice.xlsx"), "実施通知", &g), ==, 0);
	check_str(text_at(&g, "A1"), regular.marking);
	check_str(text_at(&g, "A2"), "令和8年12月1日");
	check(row_of(&g, "浦和警察署長　署長 三郎　様", 0));
	check(row_of(&g, "情報セキュリティ管理者　管理 次郎", 0));
	check(row_of(
	    &g, "情報セキュリティ監査（通常監査）の実施について（通知）", 0));
	check(row_of(&g, "埼玉県警察情報セキュリティ対策基準第2の5(2)イ", 1));
	check(row_of(&g, "令和8年12月10日", 0));
	check(row_of(&g, "浦和警察署（1001）", 0));
	r = row_of(&g, "主任監査官", 0);
	check(r);
	check_str(cell(&g, r, 6), "鈴木 一郎");
	check_str(cell(&g, r, 5), "警部");
	check_str(cell(&g, r + 1, 2), "監査官");
	check_str(cell(&g, r + 1, 6), "佐藤 花子");
	check(row_of(&g, "(3) 監査の結果は", 1) > row_of(&g, "(1) 監査は", 1));
	check(row_of(&g, "（10項目）", 1));
	check(!row_of(&g, "特別監査", 1));
	got_free(&g);

	check_int(read_sheet(path_of("notice.xlsx"), "監査項目", &g), ==, 0);
	check_str(text_at(&g, "A3"), "項目番号");
	check_str(text_at(&g, "E3"), "準備していただく証跡");
	check_str(text_at(&g, "A4"), "1-1");
	check_str(text_at(&g, "A13"), "3-2");
	check_contains(text_at(&g, "E13"), "項目10");
	got_free(&g);

	xml = part(path_of("notice.xlsx"), "xl/worksheets/sheet1.xml");
	check_contains(
	    xml, "<oddHeader>&amp;L機密性2 取扱制限：関係者限り R&amp;&amp;D");
	check_contains(
	    xml, "<oddFooter>&amp;L機密性2 取扱制限：関係者限り R&amp;&amp;D");
	check_contains(xml, "paperSize=\"9\"");
	check_contains(xml, "orientation=\"portrait\"");
	check_contains(xml, "fitToHeight=\"0\"");
	free(xml);
	xml = part(path_of("notice.xlsx"), "xl/worksheets/sheet2.xml");
	check_contains(xml, "paperSize=\"9\"");
	check_contains(xml, "<oddHeader>&amp;L機密性2");
	free(xml);
	xml = part(path_of("notice.xlsx"), "xl/workbook.xml");
	check_contains(xml, "'監査項目'!$3:$3");
	free(xml);
	xml = part(path_of("notice.xlsx"), "xl/styles.xml");
	check_contains(xml, "<name val=\"游ゴシック\"/>");
	free(xml);
}

static struct tk_doc_report report(void)
{
	return (struct tk_doc_report){
	    &regular,
	    "2026-12-01",
	    "2026-12-20",
	    "全体として情報セキュリティ対策はおおむね適切に実施されている。\n"
	    "ただし、情報資産台帳の整備について改善が必要である。",
	    sections,
	    3,
	    findings,
	    2,
	    20,
	    18};
}

static void t_report(void)
{
	struct tk_doc_report rp = report();
	struct tk_error err = {0};
	struct got g;
	uint32_t r;
	char *xml;

	check_int(tk_doc_report_write(&rp, path_of("report.xlsx"),
				      "report.xlsx", &err),
		  ==, TK_OK);
	check_int(read_sheet(path_of("report.xlsx"), "監査報告書", &g), ==, 0);
	check_str(text_at(&g, "A1"), regular.marking);
	check_str(text_at(&g, "A2"), "令和8年12月20日");
	check(row_of(&g, "情報セキュリティ管理者　管理 次郎　様", 0));
	check(row_of(&g, "主任監査官　鈴木 一郎", 0));
	check(row_of(&g, "情報セキュリティ監査報告書（通常監査）", 0));
	check_str(cell(&g, row_of(&g, "通知日", 0), 2), "令和8年12月1日");
	check_str(cell(&g, row_of(&g, "監査日", 0), 2), "令和8年12月10日");
	check_str(cell(&g, row_of(&g, "計画の承認", 0), 2),
		  "令和8年4月15日　本部長　本部 長太郎　承認");
	check_contains(cell(&g, row_of(&g, "チェックリスト", 0), 2),
		       "audit-division");
	check_str(cell(&g, row_of(&g, "回答状況", 0), 2), "20項目中18項目回答");
	r = row_of(&g, "主任監査官", 0);
	check_str(cell(&g, r, 6), "鈴木 一郎");
	check_str(cell(&g, r + 1, 6), "佐藤 花子");
	r = row_of(&g, "物理的セキュリティ", 0);
	check(r);
	check_str(cell(&g, r + 1, 1), "計");
	check_str(cell(&g, r + 1, 2), "12");
	check_str(cell(&g, r + 1, 3), "1");
	check_str(cell(&g, r + 1, 4), "1");
	check_str(cell(&g, r + 1, 5), "3");
	check_str(cell(&g, r + 1, 6), "1");
	check_str(cell(&g, r + 1, 7), "18");
	check_str(cell(&g, r, 7), "5");
	r = row_of(&g, "判定", 0);
	check_str(cell(&g, r + 1, 1), "不適合");
	check_str(cell(&g, r + 1, 4), "1"); /* low */
	check_str(cell(&g, r + 2, 2), "1"); /* 軽微な不備, high */
	check_str(cell(&g, r + 3, 5), "2");
	check(!row_of(&g, "指摘事項なし", 0));
	check(row_of(&g, "情報資産台帳の整備について改善", 1) >
	      row_of(&g, "5　総合評価", 0));
	got_free(&g);

	check_int(read_sheet(path_of("report.xlsx"), "指摘事項", &g), ==, 0);
	check_str(text_at(&g, "A3"), "番号");
	check_str(text_at(&g, "G3"), "所見");
	check_str(text_at(&g, "B4"), "1-3");
	check_str(text_at(&g, "D4"), "軽");
	check_str(text_at(&g, "E4"), "不適合");
	check_str(text_at(&g, "G4"), "情報資産台帳が未整備であった。");
	check_str(text_at(&g, "B5"), "2-1");
	check_str(text_at(&g, "D5"), "重大");
	check_str(text_at(&g, "G5"),
		  "一部の端末で私物USBメモリの使用履歴があった。");
	got_free(&g);

	xml = part(path_of("report.xlsx"), "xl/worksheets/sheet1.xml");
	check_contains(
	    xml, "<oddHeader>&amp;L機密性2 取扱制限：関係者限り R&amp;&amp;D");
	check_contains(xml, "<oddFooter>&amp;L機密性2");
	check_contains(xml, "paperSize=\"9\"");
	check_contains(xml, "orientation=\"portrait\"");
	free(xml);
	xml = part(path_of("report.xlsx"), "xl/workbook.xml");
	check_contains(xml, "'指摘事項'!$3:$3");
	check_contains(xml, "_xlnm.Print_Area");
	free(xml);
}

static void t_special(void)
{
	struct tk_doc_audit a = regular;
	struct tk_doc_report rp = report();
	struct tk_doc_notice n = notice();
	struct tk_error err = {0};
	struct got g;

	a.special = 1;
	a.reason = "情報漏えい事案の発生を受けて";
	a.head.name = NULL;
	rp.a = n.a = &a;
	rp.notified_on = NULL;
	rp.findings = NULL;
	rp.nfindings = 0;
	check_int(tk_doc_report_write(&rp, path_of("special-report.xlsx"),
				      "special-report.xlsx", &err),
		  ==, TK_OK);
	check_int(read_sheet(path_of("special-report.xlsx"), "監査報告書", &g),
		  ==, 0);
	check(row_of(&g, "情報セキュリティ監査報告書（特別監査）", 0));
	check_str(cell(&g, row_of(&g, "通知日", 0), 2), "通知なし（特別監査）");
	check_str(cell(&g, row_of(&g, "特別監査の理由", 0), 2), a.reason);
	check(row_of(&g, "指摘事項なし", 0));
	got_free(&g);
	check_int(read_sheet(path_of("special-report.xlsx"), "指摘事項", &g),
		  !=, 0);

	check_int(tk_doc_notice_write(&n, path_of("special-notice.xlsx"),
				      "special-notice.xlsx", &err),
		  ==, TK_OK);
	check_int(read_sheet(path_of("special-notice.xlsx"), "実施通知", &g),
		  ==, 0);
	check(row_of(&g, "浦和警察署長　様", 0));
	check(row_of(
	    &g, "情報セキュリティ監査（特別監査）の実施について（通知）", 0));
	check(row_of(&g, "情報漏えい事案の発生を受けて", 1));
	got_free(&g);
}

static void t_missing_folder(void)
{
	struct tk_doc_notice n = notice();
	struct tk_doc_report rp = report();
	struct tk_error err = {0};
	const char *p = path_of("no/such/notice.xlsx");
	const char *q = path_of("no/such/report.xlsx");

	check_int(tk_doc_notice_write(&n, p, "notice.xlsx", &err), ==,
		  TK_EREPORT);
	check_contains(err.message, "notice.xlsx");
	check(access(p, F_OK) != 0);
	err = (struct tk_error){0};
	check_int(tk_doc_report_write(&rp, q, "report.xlsx", &err), ==,
		  TK_EREPORT);
	check_contains(err.message, "report.xlsx");
	check(access(q, F_OK) != 0);
	check(access(path_of("no"), F_OK) != 0);
}

/* Many items and findings with long text: the order holds throughout and
 * t-auditdoc.sh sees the lists break over pages with their header rows. */
static struct tk_doc_item big_items[40];
static struct tk_doc_finding big_findings[30];
static char big_text[40][2][512];

static void make_big(void)
{
	static const char *const sev[] = {"low", "high", "medium"};
	for (int i = 0; i < 40; i++) {
		snprintf(
		    big_text[i][0], 512,
		    "項目%dについて、所属の規程に従い、情報資産の分類、管理責任者の指定、"
		    "利用者の範囲の設定、持出しの記録、廃棄時の消去及びその確認を適切に行い、"
		    "その記録を保存しているか。",
		    i + 1);
		snprintf(
		    big_text[i][1], 512,
		    "所見%d：関係書類を確認したところ、記録の一部に記載漏れがあり、"
		    "管理責任者による確認印のない月が複数あった。速やかに是正すること。",
		    i + 1);
		big_items[i] = items[i % 10];
		big_items[i].text = big_text[i][0];
		big_items[i].evidence = big_text[i][1];
		if (i < 30)
			big_findings[i] = (struct tk_doc_finding){
			    100 + i,	    items[i % 10].id,
			    big_text[i][0], "第2の1(2)",
			    sev[i % 3],	    i % 4 ? "軽微な不備" : "不適合",
			    big_text[i][1]};
	}
}

static void t_big(void)
{
	struct tk_doc_notice n = notice();
	struct tk_doc_report rp = report();
	struct tk_error err = {0};
	struct got g;
	int nc = 1, rank = 0, ok = 1;

	make_big();
	n.items = big_items;
	n.nitems = 40;
	rp.findings = big_findings;
	rp.nfindings = 30;
	check_int(tk_doc_notice_write(&n, path_of("big-notice.xlsx"),
				      "big-notice.xlsx", &err),
		  ==, TK_OK);
	check_int(tk_doc_report_write(&rp, path_of("big-report.xlsx"),
				      "big-report.xlsx", &err),
		  ==, TK_OK);
	check_int(read_sheet(path_of("big-report.xlsx"), "指摘事項", &g), ==,
		  0);
	for (uint32_t r = 4; r < 34; r++) {
		const char *j = cell(&g, r, 5), *s = cell(&g, r, 4);
		int now_nc = j && !strcmp(j, "不適合");
		int k = !s		     ? 9
			: !strcmp(s, "重大") ? 0
			: !strcmp(s, "中")   ? 1
					     : 2;
		if (now_nc && !nc)
			ok = 0;
		if (now_nc != nc)
			rank = 0;
		if (k < rank)
			ok = 0;
		nc = now_nc;
		rank = k;
	}
	check(ok);
	check_str(cell(&g, 33, 1), "30");
	check(!cell(&g, 34, 1));
	got_free(&g);
}

int main(void)
{
	const char *keep = getenv("TENKEN_AUDITDOC_OUT");
	if (keep && *keep) {
		snprintf(dir, sizeof dir, "%s", keep);
	} else {
		snprintf(dir, sizeof dir, "%s/t-auditdoc.XXXXXX",
			 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
		if (!mkdtemp(dir))
			return perror("mkdtemp"), 1;
	}
	make_items();
	TEST(
	    t_wareki(),
	    "tk_doc_wareki: era dates (平成 before 2019-05-01), anything else unchanged");
	TEST(
	    t_notice(),
	    "実施通知: letter, team, procedure, items sheet, marking, A4, font");
	TEST(t_report(),
	     "監査報告書: overview, team, totals, findings in order");
	TEST(t_special(), "special audit: no notice, reason, 指摘事項なし");
	TEST(t_big(), "40 items, 30 findings: 不適合 first, then severity");
	TEST(t_missing_folder(),
	     "a path in a missing folder: TK_EREPORT, no file");
	if (!(keep && *keep) && tap_rmtree(dir) != 0)
		tap_diag("cannot remove %s", dir);
	return test_done();
}
