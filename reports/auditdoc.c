/*
 * auditdoc.c — the 実施通知 and the 監査報告書 of an audit (auditdoc.h), as
 * A4 workbooks written with libxlsxwriter.  See docs/reports.md
 * ("Audit documents") for the sheets.
 *
 * Laid out like a Japanese official notice: marking and date at the top
 * right, addressee, sender, a centred title, the body sentence, 記 and the
 * numbered particulars, 以上.  Every format uses a Japanese font (游ゴシック).
 * Long text sits in merged cells that wrap, and every such row is given the
 * height its lines need (LibreOffice and Excel do not grow rows of a
 * generated file by themselves), so nothing is cut when printed.  Text from
 * the database is written only as strings, never as formulas; '&' in headers
 * and footers is escaped.  Counts are numbers computed here (no formulas:
 * readers without a calculation engine see the values).
 */
#include "reports/auditdoc.h"
#include "reports/doclayout.h"
#include "reports/sheet.h"

#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define SHEET_NOTICE   "実施通知"
#define SHEET_ITEMS    "監査項目"
#define SHEET_REPORT   "監査報告書"
#define SHEET_FINDINGS "指摘事項"

#define CLAUSE_NOTICE "埼玉県警察情報セキュリティ対策基準第2の5(2)イ"
#define CLAUSE_REPORT "埼玉県警察情報セキュリティ対策基準第2の5(2)エ"

#define NO_NOTICE   "通知なし（特別監査）"
#define NO_FINDINGS "指摘事項なし"

/* One audit document being written. */
struct doc {
	struct tk_doc l;
	const struct tk_doc_audit *a;
};

/* ------------------------------------------------------------ shared */

static const char *kind(const struct tk_doc_audit *a)
{
	return a->special ? "特別監査" : "通常監査";
}

static const char *str(const char *s)
{
	return s ? s : "";
}

/* The line under the body of a special audit's documents (its reason),
 * or NULL; a static buffer, valid until the next call. */
static const char *special_line(const struct tk_doc_audit *a)
{
	static char buf[2048];
	if (!a->special)
		return NULL;
	snprintf(buf, sizeof buf, "（特別監査の理由）%s", str(a->reason));
	return buf;
}

static const struct tk_doc_auditor *lead_of(const struct tk_doc_audit *a)
{
	for (int i = 0; i < a->nteam; i++)
		if (a->team[i].lead)
			return &a->team[i];
	return NULL;
}

/* The team: one row per auditor (lead first) under 区分, 所属, 職級, 氏名
 * in spans sp[0..3]; returns the row after the table. */
static int team_table(struct doc *d, lxw_worksheet *ws, int r,
		      const int (*sp)[2])
{
	static const char *const heads[] = {"区分", "所属", "職級", "氏名"};
	const struct tk_doc_audit *a = d->a;
	tk_doc_row_head(&d->l, ws, r++, heads, sp, 4);
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < a->nteam; i++) {
			const struct tk_doc_auditor *m = &a->team[i];
			const char *t[4] = {m->lead ? "主任監査官" : "監査官",
					    m->p.division, m->p.grade,
					    m->p.name};
			if ((m->lead ? 0 : 1) != pass)
				continue;
			tk_doc_row_cells(&d->l, ws, r++, t, sp, 4);
		}
	return r;
}

/* ------------------------------------------------------------ 実施通知 */

static const double notice_w[] = {5, 14, 16, 14, 14, 19};

static int notice_particulars(struct doc *d, lxw_worksheet *ws, int r,
			      const struct tk_doc_notice *n)
{
	static const int team_sp[4][2] = {{1, 1}, {2, 3}, {4, 4}, {5, 5}};
	const struct tk_doc_audit *a = d->a;
	char wa[64], buf[512];

	tk_doc_wareki(a->audit_on, wa, sizeof wa);
	r = tk_doc_heading(&d->l, ws, r, 1, "監査日");
	r = tk_doc_line_from(&d->l, ws, r, 1, wa, d->l.f.wrap) + 1;
	r = tk_doc_heading(&d->l, ws, r, 2, "監査対象所属");
	snprintf(buf, sizeof buf, "%s（%s）", str(a->division_name),
		 str(a->division_code));
	r = tk_doc_line_from(&d->l, ws, r, 1, buf, d->l.f.wrap) + 1;
	r = tk_doc_heading(&d->l, ws, r, 3, "監査官");
	r = team_table(d, ws, r, team_sp) + 1;
	r = tk_doc_heading(&d->l, ws, r, 4, "実施要領");
	r = tk_doc_lines_from(&d->l, ws, r, 1, n->procedure) + 1;
	r = tk_doc_heading(&d->l, ws, r, 5, "監査項目");
	snprintf(
	    buf, sizeof buf,
	    "別紙「" SHEET_ITEMS
	    "」のとおり（%d項目）。各項目の「準備していただく証跡」を監査日までに御準備願います。",
	    n->nitems);
	r = tk_doc_line_from(&d->l, ws, r, 1, buf, d->l.f.wrap) + 1;
	return tk_doc_line(&d->l, ws, r, "以上", d->l.f.right);
}

static int notice_sheet(struct doc *d, lxw_worksheet *ws,
			const struct tk_doc_notice *n)
{
	const struct tk_doc_audit *a = d->a;
	struct tk_buf to = {0}, from = {0}, title = {0}, body = {0};
	struct tk_doc_top t = {0};
	int r;

	tk_doc_widths(&d->l, ws, notice_w, 6);
	tk_buf_addf(&to, "%s長　%s%s様", str(a->division_name),
		    a->head.name ? a->head.name : "", a->head.name ? "　" : "");
	tk_buf_addf(&from, "情報セキュリティ管理者　%s", str(a->manager.name));
	tk_buf_addf(&title, "情報セキュリティ監査（%s）の実施について（通知）",
		    kind(a));
	tk_buf_addf(
	    &body,
	    "　" CLAUSE_NOTICE
	    "の規定に基づき、下記のとおり情報セキュリティ監査（%s）を実施するので通知します。",
	    kind(a));
	t = (struct tk_doc_top){n->notified_on, to.s,	from.s,
				title.s,	body.s, special_line(a)};
	r = tk_doc_top(&d->l, ws, &t);
	r = notice_particulars(d, ws, r, n);
	tk_doc_page(&d->l, ws, title.s, r - 1, -1, 0);
	tk_buf_free(&to);
	tk_buf_free(&from);
	tk_buf_free(&title);
	tk_buf_free(&body);
	return r;
}

static const double items_w[] = {10, 16, 48, 24, 42};

static void items_sheet(struct doc *d, lxw_worksheet *ws,
			const struct tk_doc_notice *n)
{
	static const char *const heads[] = {"項目番号", "区分", "監査項目",
					    "根拠", "準備していただく証跡"};
	static const int sp[5][2] = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}};
	char wa[64], buf[512];
	int r = 0;

	tk_doc_widths(&d->l, ws, items_w, 5);
	tk_doc_wareki(d->a->audit_on, wa, sizeof wa);
	snprintf(buf, sizeof buf, "監査項目（%s　%s　%s）",
		 str(d->a->division_name), wa, kind(d->a));
	r = tk_doc_line(&d->l, ws, r, buf, d->l.f.heading) + 1;
	tk_doc_row_head(&d->l, ws, r++, heads, sp, 5);
	for (int i = 0; i < n->nitems; i++) {
		const struct tk_doc_item *it = &n->items[i];
		const char *t[5] = {it->id, it->section, it->text, it->clause,
				    it->evidence};
		tk_doc_row_cells(&d->l, ws, r++, t, sp, 5);
	}
	if (!n->nitems)
		r = tk_doc_line(&d->l, ws, r, "（監査項目なし）", d->l.f.text);
	tk_doc_page(&d->l, ws, SHEET_ITEMS, r - 1, 2, 1);
}

int tk_doc_notice_write(const struct tk_doc_notice *n, const char *path,
			const char *name, struct tk_error *err)
{
	struct doc d = {.l.marking = n->a->marking, .a = n->a};
	lxw_worksheet *ws, *items;
	int rc = tk_sheet_open(&d.l.sh, path, name, err);
	if (rc != TK_OK)
		return rc;
	tk_doc_formats(d.l.sh.wb, &d.l.f);
	ws = workbook_add_worksheet(d.l.sh.wb, SHEET_NOTICE);
	items = workbook_add_worksheet(d.l.sh.wb, SHEET_ITEMS);
	if (!ws || !items)
		return tk_sheet_no_sheets(&d.l.sh, path, name, err);
	notice_sheet(&d, ws, n);
	items_sheet(&d, items, n);
	return tk_sheet_close(&d.l.sh, path, name, err);
}

/* ------------------------------------------------------------ 監査報告書 */

static const double report_w[] = {22, 11, 11, 11, 11, 11, 11};

/* A label / value row of 監査の概要; returns the next row. */
static int kv(struct doc *d, lxw_worksheet *ws, int r, const char *label,
	      const char *value)
{
	static const int sp[2][2] = {{0, 0}, {1, 6}};
	const char *t[2] = {label, value};
	tk_doc_span(&d->l, ws, r, sp[0], label, d->l.f.label);
	tk_doc_span(&d->l, ws, r, sp[1], value, d->l.f.cellw);
	tk_doc_fit(&d->l, ws, r, t, sp, 2);
	return r + 1;
}

static int kv_date(struct doc *d, lxw_worksheet *ws, int r, const char *label,
		   const char *iso)
{
	char wa[64];
	tk_doc_wareki(iso, wa, sizeof wa);
	return kv(d, ws, r, label, wa);
}

static int overview(struct doc *d, lxw_worksheet *ws, int r,
		    const struct tk_doc_report *rp)
{
	const struct tk_doc_audit *a = d->a;
	char wa[64], buf[1024];

	r = tk_doc_heading(&d->l, ws, r, 1, "監査の概要");
	r = kv(d, ws, r, "実施計画", a->plan_title);
	tk_doc_wareki(a->approved_on, wa, sizeof wa);
	snprintf(buf, sizeof buf, "%s　本部長　%s　承認", wa,
		 str(a->approver.name));
	r = kv(d, ws, r, "計画の承認", buf);
	r = kv(d, ws, r, "監査の種別", kind(a));
	if (a->special)
		r = kv(d, ws, r, "特別監査の理由", a->reason);
	snprintf(buf, sizeof buf, "%s（%s）", str(a->division_name),
		 str(a->division_code));
	r = kv(d, ws, r, "対象所属", buf);
	if (rp->notified_on)
		r = kv_date(d, ws, r, "通知日", rp->notified_on);
	else
		r = kv(d, ws, r, "通知日", NO_NOTICE);
	r = kv_date(d, ws, r, "監査日", a->audit_on);
	r = kv_date(d, ws, r, "報告日", rp->reported_on);
	snprintf(buf, sizeof buf, "%s（ID：%s　版：%s）",
		 str(a->checklist_title), str(a->checklist_id),
		 str(a->checklist_version));
	r = kv(d, ws, r, "チェックリスト", buf);
	snprintf(buf, sizeof buf, "%d項目中%d項目回答", rp->items_total,
		 rp->items_answered);
	return kv(d, ws, r, "回答状況", buf) + 1;
}

/* One row of 監査結果: title and the six counts (the last is the sum). */
static void result_row(struct doc *d, lxw_worksheet *ws, int r,
		       const char *title, const int *v, int total)
{
	static const int sp[1][2] = {{0, 0}};
	int sum = 0;
	tk_doc_span(&d->l, ws, r, sp[0], title,
		    total ? d->l.f.label : d->l.f.cellw);
	for (int k = 0; k < 5; k++) {
		tk_doc_num(&d->l, ws, r, 1 + k, v[k],
			   total ? d->l.f.total : d->l.f.num);
		sum += v[k];
	}
	tk_doc_num(&d->l, ws, r, 6, sum, d->l.f.total);
	tk_doc_fit(&d->l, ws, r, &title, sp, 1);
}

static int results(struct doc *d, lxw_worksheet *ws, int r,
		   const struct tk_doc_report *rp)
{
	static const char *const heads[] = {
	    "区分", "適合", "軽微な不備", "不適合", "該当なし", "未回答", "計"};
	static const int sp[7][2] = {{0, 0}, {1, 1}, {2, 2}, {3, 3},
				     {4, 4}, {5, 5}, {6, 6}};
	int tot[5] = {0};

	r = tk_doc_heading(&d->l, ws, r, 3, "監査結果（区分別）");
	tk_doc_row_head(&d->l, ws, r++, heads, sp, 7);
	for (int i = 0; i < rp->nsections; i++) {
		const struct tk_doc_section *s = &rp->sections[i];
		int v[5] = {s->conforming, s->minor, s->nonconforming, s->na,
			    s->unanswered};
		result_row(d, ws, r++, s->title, v, 0);
		for (int k = 0; k < 5; k++)
			tot[k] += v[k];
	}
	result_row(d, ws, r++, "計", tot, 1);
	return r + 1;
}

/* ------------------------------------------------------------ findings */

static int severity_rank(const char *s)
{
	if (s && !strcmp(s, "high"))
		return 0;
	if (s && !strcmp(s, "medium"))
		return 1;
	if (s && !strcmp(s, "low"))
		return 2;
	return 3;
}

static const char *severity_label(const char *s)
{
	static const char *const l[] = {"重大", "中", "軽"};
	int k = severity_rank(s);
	return k < 3 ? l[k] : str(s);
}

static int is_nc(const struct tk_doc_finding *f)
{
	return f->judgement && !strcmp(f->judgement, "不適合");
}

struct fkey {
	const struct tk_doc_finding *f;
	int i;
};

static int fkey_cmp(const void *pa, const void *pb)
{
	const struct fkey *a = pa, *b = pb;
	int x = !is_nc(a->f), y = !is_nc(b->f);
	if (x != y)
		return x - y;
	x = severity_rank(a->f->severity);
	y = severity_rank(b->f->severity);
	if (x != y)
		return x - y;
	return a->i - b->i;
}

/* The findings in print order: 不適合 first, then by severity high to
 * low, else as given.  Caller frees. */
static struct fkey *finding_order(const struct tk_doc_report *rp)
{
	struct fkey *k = tk_xmalloc(sizeof *k * (size_t)(rp->nfindings + 1));
	for (int i = 0; i < rp->nfindings; i++)
		k[i] = (struct fkey){&rp->findings[i], i};
	qsort(k, (size_t)rp->nfindings, sizeof *k, fkey_cmp);
	return k;
}

/* 指摘事項 of the report sheet: counts by judgement and severity. */
static int finding_counts(struct doc *d, lxw_worksheet *ws, int r,
			  const struct tk_doc_report *rp)
{
	static const char *const heads[] = {"判定", "重大", "中", "軽", "計"};
	static const char *const judge[] = {"不適合", "軽微な不備", "計"};
	static const int sp[5][2] = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}};
	int c[3][4] = {{0}};

	r = tk_doc_heading(&d->l, ws, r, 4, "指摘事項");
	if (!rp->nfindings)
		return tk_doc_line_from(&d->l, ws, r, 1, NO_FINDINGS,
					d->l.f.wrap) +
		       1;
	for (int i = 0; i < rp->nfindings; i++) {
		const struct tk_doc_finding *f = &rp->findings[i];
		int j = is_nc(f) ? 0 : 1, s = severity_rank(f->severity);
		s = s > 2 ? 2 : s;
		c[j][s]++, c[j][3]++, c[2][s]++, c[2][3]++;
	}
	tk_doc_row_head(&d->l, ws, r++, heads, sp, 5);
	for (int j = 0; j < 3; j++, r++) {
		tk_doc_span(&d->l, ws, r, sp[0], judge[j],
			    j < 2 ? d->l.f.cellw : d->l.f.label);
		for (int s = 0; s < 4; s++)
			tk_doc_num(&d->l, ws, r, 1 + s, c[j][s],
				   j < 2 && s < 3 ? d->l.f.num : d->l.f.total);
	}
	{
		char buf[256];
		snprintf(buf, sizeof buf,
			 "指摘事項（%d件）の内容は別紙「" SHEET_FINDINGS
			 "」のとおり。",
			 rp->nfindings);
		r = tk_doc_line(&d->l, ws, r, buf, d->l.f.wrap);
	}
	return r + 1;
}

static const double findings_w[] = {5, 9, 16, 7, 10, 24, 30};

static void findings_sheet(struct doc *d, lxw_worksheet *ws,
			   const struct tk_doc_report *rp)
{
	static const char *const heads[] = {
	    "番号", "項目番号", "根拠", "重要度", "判定", "監査項目", "所見"};
	static const int sp[7][2] = {{0, 0}, {1, 1}, {2, 2}, {3, 3},
				     {4, 4}, {5, 5}, {6, 6}};
	struct fkey *k = finding_order(rp);
	char buf[512];
	int r = 0;

	tk_doc_widths(&d->l, ws, findings_w, 7);
	snprintf(buf, sizeof buf, "指摘事項（%s　%s）",
		 str(d->a->division_name), kind(d->a));
	r = tk_doc_line(&d->l, ws, r, buf, d->l.f.heading) + 1;
	tk_doc_row_head(&d->l, ws, r++, heads, sp, 7);
	for (int i = 0; i < rp->nfindings; i++, r++) {
		const struct tk_doc_finding *f = k[i].f;
		char no[16];
		const char *t[7] = {no,		  f->item_id,
				    f->clause,	  severity_label(f->severity),
				    f->judgement, f->item_text,
				    f->text};
		snprintf(no, sizeof no, "%d", i + 1);
		tk_doc_row_cells(&d->l, ws, r, t, sp, 7);
		tk_doc_num(&d->l, ws, r, 0, i + 1, d->l.f.cellc);
	}
	free(k);
	tk_doc_page(&d->l, ws, SHEET_FINDINGS, r - 1, 2, 0);
}

static int report_sheet(struct doc *d, lxw_worksheet *ws,
			const struct tk_doc_report *rp)
{
	static const int team_sp[4][2] = {{0, 0}, {1, 2}, {3, 4}, {5, 6}};
	const struct tk_doc_audit *a = d->a;
	const struct tk_doc_auditor *lead = lead_of(a);
	struct tk_buf to = {0}, from = {0}, title = {0}, body = {0};
	struct tk_doc_top t = {0};
	int r;

	tk_doc_widths(&d->l, ws, report_w, 7);
	tk_buf_addf(&to, "情報セキュリティ管理者　%s　様",
		    str(a->manager.name));
	tk_buf_addf(&from, "主任監査官　%s", lead ? str(lead->p.name) : "");
	tk_buf_addf(&title, "情報セキュリティ監査報告書（%s）", kind(a));
	tk_buf_adds(
	    &body,
	    "　" CLAUSE_REPORT
	    "の規定に基づき、下記のとおり情報セキュリティ監査の結果を報告します。");
	t = (struct tk_doc_top){rp->reported_on, to.s,	 from.s,
				title.s,	 body.s, special_line(a)};
	r = tk_doc_top(&d->l, ws, &t);
	r = overview(d, ws, r, rp);
	r = tk_doc_heading(&d->l, ws, r, 2, "監査体制");
	r = team_table(d, ws, r, team_sp) + 1;
	r = results(d, ws, r, rp);
	r = finding_counts(d, ws, r, rp);
	r = tk_doc_heading(&d->l, ws, r, 5, "総合評価");
	r = tk_doc_lines_from(&d->l, ws, r, 0, rp->evaluation) + 1;
	r = tk_doc_line(&d->l, ws, r, "以上", d->l.f.right);
	tk_doc_page(&d->l, ws, title.s, r - 1, -1, 0);
	tk_buf_free(&to);
	tk_buf_free(&from);
	tk_buf_free(&title);
	tk_buf_free(&body);
	return r;
}

int tk_doc_report_write(const struct tk_doc_report *rp, const char *path,
			const char *name, struct tk_error *err)
{
	struct doc d = {.l.marking = rp->a->marking, .a = rp->a};
	lxw_worksheet *ws, *fs = NULL;
	int rc = tk_sheet_open(&d.l.sh, path, name, err);
	if (rc != TK_OK)
		return rc;
	tk_doc_formats(d.l.sh.wb, &d.l.f);
	ws = workbook_add_worksheet(d.l.sh.wb, SHEET_REPORT);
	if (rp->nfindings)
		fs = workbook_add_worksheet(d.l.sh.wb, SHEET_FINDINGS);
	if (!ws || (rp->nfindings && !fs))
		return tk_sheet_no_sheets(&d.l.sh, path, name, err);
	report_sheet(&d, ws, rp);
	if (fs)
		findings_sheet(&d, fs, rp);
	return tk_sheet_close(&d.l.sh, path, name, err);
}
