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
#include "reports/sheet.h"

#include "lib/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define FONT "游ゴシック"

#define SHEET_NOTICE   "実施通知"
#define SHEET_ITEMS    "監査項目"
#define SHEET_REPORT   "監査報告書"
#define SHEET_FINDINGS "指摘事項"

#define CLAUSE_NOTICE "埼玉県警察情報セキュリティ対策基準第2の5(2)イ"
#define CLAUSE_REPORT "埼玉県警察情報セキュリティ対策基準第2の5(2)エ"

#define NO_NOTICE   "通知なし（特別監査）"
#define NO_FINDINGS "指摘事項なし"

/* Line height (points) of wrapped 10-10.5 pt text in a Japanese font. */
#define LINE_PT 15.0

/* The formats of one workbook (formats belong to their workbook). */
struct fmts {
	lxw_format *text, *right, *center, *mark, *title, *big, *heading;
	lxw_format *wrap, *head, *cell, *cellw, *cellc, *num, *total, *label;
};

/* One workbook being written: its columns are those of the sheet being
 * filled (w[0..ncol-1]). */
struct doc {
	struct tk_sheet sh;
	struct fmts f;
	const struct tk_doc_audit *a;
	const double *w;
	int ncol;
};

/* ------------------------------------------------------------ dates */

static int days_in(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : d[m - 1];
}

/* Parse exactly "YYYY-MM-DD"; 1 when it is a real date. */
static int parse_iso(const char *s, int *y, int *m, int *d)
{
	for (int i = 0; i < 10; i++) {
		int dash = i == 4 || i == 7;
		if (!s[i] || (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')))
			return 0;
	}
	if (s[10])
		return 0;
	*y = atoi(s);
	*m = atoi(s + 5);
	*d = atoi(s + 8);
	return *m >= 1 && *m <= 12 && *d >= 1 && *d <= days_in(*y, *m);
}

void tk_doc_wareki(const char *iso, char *out, size_t size)
{
	int y, m, d;
	if (!size)
		return;
	if (!iso)
		iso = "";
	if (!parse_iso(iso, &y, &m, &d) || y * 10000 + m * 100 + d < 20190501) {
		snprintf(out, size, "%s", iso);
		return;
	}
	if (y == 2019)
		snprintf(out, size, "令和元年%d月%d日", m, d);
	else
		snprintf(out, size, "令和%d年%d月%d日", y - 2018, m, d);
}

/* ------------------------------------------------------------ formats */

static lxw_format *jp(lxw_format *f)
{
	format_set_font_name(f, FONT);
	return f;
}

static lxw_format *fmt_plain(lxw_workbook *wb, int align)
{
	lxw_format *f = jp(tk_sheet_fmt_base(wb));
	format_set_font_size(f, 10.5);
	format_set_text_wrap(f);
	if (align)
		format_set_align(f, (uint8_t)align);
	return f;
}

static lxw_format *fmt_cell(lxw_workbook *wb, int wrap, int align)
{
	lxw_format *f = jp(tk_sheet_fmt_boxed(wb, wrap));
	if (align)
		format_set_align(f, (uint8_t)align);
	return f;
}

static void make_formats(lxw_workbook *wb, struct fmts *f)
{
	f->text = fmt_plain(wb, 0);
	f->wrap = fmt_plain(wb, 0);
	f->right = fmt_plain(wb, LXW_ALIGN_RIGHT);
	f->center = fmt_plain(wb, LXW_ALIGN_CENTER);
	f->mark = fmt_plain(wb, LXW_ALIGN_RIGHT);
	format_set_bold(f->mark);
	f->title = fmt_plain(wb, LXW_ALIGN_CENTER);
	format_set_bold(f->title);
	format_set_font_size(f->title, 14);
	f->big = fmt_plain(wb, 0);
	format_set_font_size(f->big, 12);
	f->heading = fmt_plain(wb, 0);
	format_set_bold(f->heading);
	format_set_font_size(f->heading, 11);
	f->head = fmt_cell(wb, 1, LXW_ALIGN_CENTER);
	format_set_bold(f->head);
	format_set_bg_color(f->head, 0xDDEBF7);
	format_set_align(f->head, LXW_ALIGN_VERTICAL_CENTER);
	f->label = fmt_cell(wb, 1, 0);
	format_set_bold(f->label);
	format_set_bg_color(f->label, 0xF2F2F2);
	f->cell = fmt_cell(wb, 0, 0);
	f->cellw = fmt_cell(wb, 1, 0);
	f->cellc = fmt_cell(wb, 1, LXW_ALIGN_CENTER);
	f->num = fmt_cell(wb, 0, LXW_ALIGN_RIGHT);
	format_set_num_format(f->num, "0");
	f->total = fmt_cell(wb, 0, LXW_ALIGN_RIGHT);
	format_set_num_format(f->total, "0");
	format_set_bold(f->total);
	format_set_bg_color(f->total, 0xF2F2F2);
}

/* ------------------------------------------------------------ cells */

static double span_width(const struct doc *d, int c1, int c2)
{
	double w = 0;
	for (int c = c1; c <= c2 && c < d->ncol; c++)
		w += d->w[c];
	return w;
}

/* Give row r the height its texts need: text[k] spans columns
 * c1[k]..c2[k].  Heights are those of sheet.h, in lines of LINE_PT. */
static void fit(struct doc *d, lxw_worksheet *ws, int r, const char *const *t,
		const int (*span)[2], int n)
{
	double w[16], h;
	int lines;
	if (n > 16)
		n = 16;
	for (int k = 0; k < n; k++)
		w[k] = span_width(d, span[k][0], span[k][1]) * 0.95;
	h = tk_sheet_row_height(t, w, n);
	if (h <= 0)
		return;
	lines = (int)((h - 2) / 13.0 + 0.5);
	h = lines * LINE_PT + 4;
	tk_sheet_keep(&d->sh, worksheet_set_row(ws, (lxw_row_t)r,
						h > 409 ? 409 : h, NULL));
}

/* Text s in columns c1..c2 of row r (merged when more than one); the row's
 * height is not touched. */
static void put_span(struct doc *d, lxw_worksheet *ws, int r, const int sp[2],
		     const char *s, lxw_format *f)
{
	if (sp[0] == sp[1]) {
		tk_sheet_put(&d->sh, ws, r, sp[0], s, f);
		return;
	}
	tk_sheet_keep(&d->sh,
		      worksheet_merge_range(ws, (lxw_row_t)r, (lxw_col_t)sp[0],
					    (lxw_row_t)r, (lxw_col_t)sp[1],
					    s ? s : "", f));
}

/* Text s across columns c1..the last, its row fitted; returns r + 1. */
static int line_from(struct doc *d, lxw_worksheet *ws, int r, int c1,
		     const char *s, lxw_format *f)
{
	const int sp[1][2] = {{c1, d->ncol - 1}};
	put_span(d, ws, r, sp[0], s, f);
	fit(d, ws, r, &s, sp, 1);
	return r + 1;
}

static int line(struct doc *d, lxw_worksheet *ws, int r, const char *s,
		lxw_format *f)
{
	return line_from(d, ws, r, 0, s, f);
}

/* Each line of a multi-line text as its own fitted row from column c1
 * (a long text then breaks between pages at its lines); returns the row
 * after them. */
static int lines_from(struct doc *d, lxw_worksheet *ws, int r, int c1,
		      const char *s)
{
	const char *p = s ? s : "";
	do {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *one = tk_xmalloc(n + 1);
		memcpy(one, p, n);
		one[n] = '\0';
		if (n && one[n - 1] == '\r')
			one[n - 1] = '\0';
		r = line_from(d, ws, r, c1, one, d->f.wrap);
		free(one);
		p = nl ? nl + 1 : NULL;
	} while (p);
	return r;
}

static void num(struct doc *d, lxw_worksheet *ws, int r, int c, double v,
		lxw_format *f)
{
	tk_sheet_keep(&d->sh, worksheet_write_number(ws, (lxw_row_t)r,
						     (lxw_col_t)c, v, f));
}

static void widths(struct doc *d, lxw_worksheet *ws, const double *w, int n)
{
	d->w = w;
	d->ncol = n;
	for (int c = 0; c < n; c++)
		tk_sheet_width(&d->sh, ws, c, c, w[c]);
}

/* A table row: text t[k] in span sp[k], format f, the row fitted. */
static void row_cells(struct doc *d, lxw_worksheet *ws, int r,
		      const char *const *t, const int (*sp)[2], int n)
{
	for (int k = 0; k < n; k++)
		put_span(d, ws, r, sp[k], t[k], d->f.cellw);
	fit(d, ws, r, t, sp, n);
}

static void row_head(struct doc *d, lxw_worksheet *ws, int r,
		     const char *const *t, const int (*sp)[2], int n)
{
	for (int k = 0; k < n; k++)
		put_span(d, ws, r, sp[k], t[k], d->f.head);
	fit(d, ws, r, t, sp, n);
}

/* ------------------------------------------------------------ page */

static void header_footer(const char *mark, const char *title, struct tk_buf *h,
			  struct tk_buf *f)
{
	tk_buf_reset(h);
	tk_buf_reset(f);
	tk_sheet_hf_part(h, "&L", mark);
	tk_sheet_hf_part(h, "&R", title);
	tk_sheet_hf_part(f, "&L", mark);
	tk_buf_adds(f, "&Cページ &P / &N");
}

/* A4 (portrait unless landscape), one page wide, print area A1 to
 * (last, ncol-1), rows rep..rep repeated when rep >= 0; the marking and
 * the document's title in header and footer. */
static void page(struct doc *d, lxw_worksheet *ws, const char *title, int last,
		 int rep, int landscape)
{
	const char *mark = d->a->marking ? d->a->marking : "";
	struct tk_buf h = {0}, f = {0};
	if (landscape)
		tk_sheet_a4_landscape(ws, 0.75);
	else
		tk_sheet_a4_portrait(ws, 0.75);
	if (rep >= 0)
		tk_sheet_keep(&d->sh, worksheet_repeat_rows(ws, (lxw_row_t)rep,
							    (lxw_row_t)rep));
	if (last >= 0)
		tk_sheet_keep(&d->sh,
			      worksheet_print_area(ws, 0, 0, (lxw_row_t)last,
						   (lxw_col_t)(d->ncol - 1)));
	header_footer(mark, title, &h, &f);
	if (lxw_utf8_strlen(h.s) > LXW_HEADER_FOOTER_MAX ||
	    lxw_utf8_strlen(f.s) > LXW_HEADER_FOOTER_MAX) {
		char *m = tk_sheet_utf8_prefix(mark, 100);
		header_footer(m, NULL, &h, &f);
		free(m);
	}
	tk_sheet_keep(&d->sh, worksheet_set_header(ws, h.s));
	tk_sheet_keep(&d->sh, worksheet_set_footer(ws, f.s));
	tk_buf_free(&h);
	tk_buf_free(&f);
}

/* ------------------------------------------------------------ shared */

static const char *kind(const struct tk_doc_audit *a)
{
	return a->special ? "特別監査" : "通常監査";
}

static const char *str(const char *s)
{
	return s ? s : "";
}

static const struct tk_doc_auditor *lead_of(const struct tk_doc_audit *a)
{
	for (int i = 0; i < a->nteam; i++)
		if (a->team[i].lead)
			return &a->team[i];
	return NULL;
}

/* The top of an official document: marking, date, addressee, sender,
 * title, the body sentence; returns the next free row. */
struct top {
	const char *date, *to, *from, *title, *body;
};

static int doc_top(struct doc *d, lxw_worksheet *ws, const struct top *t)
{
	char wa[64];
	int r = 0;
	tk_doc_wareki(t->date, wa, sizeof wa);
	r = line(d, ws, r, d->a->marking, d->f.mark);
	r = line(d, ws, r, wa, d->f.right);
	r = line(d, ws, r + 1, t->to, d->f.big);
	r = line(d, ws, r + 1, t->from, d->f.right);
	r = line(d, ws, r + 1, t->title, d->f.title);
	r = line(d, ws, r + 1, t->body, d->f.wrap);
	if (d->a->special) {
		struct tk_buf b = {0};
		tk_buf_addf(&b, "（特別監査の理由）%s", str(d->a->reason));
		r = line(d, ws, r, b.s, d->f.wrap);
		tk_buf_free(&b);
	}
	return line(d, ws, r + 1, "記", d->f.center) + 1;
}

/* A numbered heading "N　title" of the 記; returns the next row. */
static int heading(struct doc *d, lxw_worksheet *ws, int r, int n,
		   const char *title)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%d　%s", n, title);
	return line(d, ws, r, buf, d->f.heading);
}

/* The team: one row per auditor (lead first) under 区分, 所属, 職級, 氏名
 * in spans sp[0..3]; returns the row after the table. */
static int team_table(struct doc *d, lxw_worksheet *ws, int r,
		      const int (*sp)[2])
{
	static const char *const heads[] = {"区分", "所属", "職級", "氏名"};
	const struct tk_doc_audit *a = d->a;
	row_head(d, ws, r++, heads, sp, 4);
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < a->nteam; i++) {
			const struct tk_doc_auditor *m = &a->team[i];
			const char *t[4] = {m->lead ? "主任監査官" : "監査官",
					    m->p.division, m->p.grade,
					    m->p.name};
			if ((m->lead ? 0 : 1) != pass)
				continue;
			row_cells(d, ws, r++, t, sp, 4);
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
	r = heading(d, ws, r, 1, "監査日");
	r = line_from(d, ws, r, 1, wa, d->f.wrap) + 1;
	r = heading(d, ws, r, 2, "監査対象所属");
	snprintf(buf, sizeof buf, "%s（%s）", str(a->division_name),
		 str(a->division_code));
	r = line_from(d, ws, r, 1, buf, d->f.wrap) + 1;
	r = heading(d, ws, r, 3, "監査官");
	r = team_table(d, ws, r, team_sp) + 1;
	r = heading(d, ws, r, 4, "実施要領");
	r = lines_from(d, ws, r, 1, n->procedure) + 1;
	r = heading(d, ws, r, 5, "監査項目");
	snprintf(
	    buf, sizeof buf,
	    "別紙「" SHEET_ITEMS
	    "」のとおり（%d項目）。各項目の「準備していただく証跡」を監査日までに御準備願います。",
	    n->nitems);
	r = line_from(d, ws, r, 1, buf, d->f.wrap) + 1;
	return line(d, ws, r, "以上", d->f.right);
}

static int notice_sheet(struct doc *d, lxw_worksheet *ws,
			const struct tk_doc_notice *n)
{
	const struct tk_doc_audit *a = d->a;
	struct tk_buf to = {0}, from = {0}, title = {0}, body = {0};
	struct top t;
	int r;

	widths(d, ws, notice_w, 6);
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
	t = (struct top){n->notified_on, to.s, from.s, title.s, body.s};
	r = doc_top(d, ws, &t);
	r = notice_particulars(d, ws, r, n);
	page(d, ws, title.s, r - 1, -1, 0);
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

	widths(d, ws, items_w, 5);
	tk_doc_wareki(d->a->audit_on, wa, sizeof wa);
	snprintf(buf, sizeof buf, "監査項目（%s　%s　%s）",
		 str(d->a->division_name), wa, kind(d->a));
	r = line(d, ws, r, buf, d->f.heading) + 1;
	row_head(d, ws, r++, heads, sp, 5);
	for (int i = 0; i < n->nitems; i++) {
		const struct tk_doc_item *it = &n->items[i];
		const char *t[5] = {it->id, it->section, it->text, it->clause,
				    it->evidence};
		row_cells(d, ws, r++, t, sp, 5);
	}
	if (!n->nitems)
		r = line(d, ws, r, "（監査項目なし）", d->f.text);
	page(d, ws, SHEET_ITEMS, r - 1, 2, 1);
}

int tk_doc_notice_write(const struct tk_doc_notice *n, const char *path,
			const char *name, struct tk_error *err)
{
	struct doc d = {.a = n->a};
	lxw_worksheet *ws, *items;
	int rc = tk_sheet_open(&d.sh, path, name, err);
	if (rc != TK_OK)
		return rc;
	make_formats(d.sh.wb, &d.f);
	ws = workbook_add_worksheet(d.sh.wb, SHEET_NOTICE);
	items = workbook_add_worksheet(d.sh.wb, SHEET_ITEMS);
	if (!ws || !items)
		return tk_sheet_no_sheets(&d.sh, path, name, err);
	notice_sheet(&d, ws, n);
	items_sheet(&d, items, n);
	return tk_sheet_close(&d.sh, path, name, err);
}

/* ------------------------------------------------------------ 監査報告書 */

static const double report_w[] = {22, 11, 11, 11, 11, 11, 11};

/* A label / value row of 監査の概要; returns the next row. */
static int kv(struct doc *d, lxw_worksheet *ws, int r, const char *label,
	      const char *value)
{
	static const int sp[2][2] = {{0, 0}, {1, 6}};
	const char *t[2] = {label, value};
	put_span(d, ws, r, sp[0], label, d->f.label);
	put_span(d, ws, r, sp[1], value, d->f.cellw);
	fit(d, ws, r, t, sp, 2);
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

	r = heading(d, ws, r, 1, "監査の概要");
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
	put_span(d, ws, r, sp[0], title, total ? d->f.label : d->f.cellw);
	for (int k = 0; k < 5; k++) {
		num(d, ws, r, 1 + k, v[k], total ? d->f.total : d->f.num);
		sum += v[k];
	}
	num(d, ws, r, 6, sum, d->f.total);
	fit(d, ws, r, &title, sp, 1);
}

static int results(struct doc *d, lxw_worksheet *ws, int r,
		   const struct tk_doc_report *rp)
{
	static const char *const heads[] = {
	    "区分", "適合", "軽微な不備", "不適合", "該当なし", "未回答", "計"};
	static const int sp[7][2] = {{0, 0}, {1, 1}, {2, 2}, {3, 3},
				     {4, 4}, {5, 5}, {6, 6}};
	int tot[5] = {0};

	r = heading(d, ws, r, 3, "監査結果（区分別）");
	row_head(d, ws, r++, heads, sp, 7);
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

	r = heading(d, ws, r, 4, "指摘事項");
	if (!rp->nfindings)
		return line_from(d, ws, r, 1, NO_FINDINGS, d->f.wrap) + 1;
	for (int i = 0; i < rp->nfindings; i++) {
		const struct tk_doc_finding *f = &rp->findings[i];
		int j = is_nc(f) ? 0 : 1, s = severity_rank(f->severity);
		s = s > 2 ? 2 : s;
		c[j][s]++, c[j][3]++, c[2][s]++, c[2][3]++;
	}
	row_head(d, ws, r++, heads, sp, 5);
	for (int j = 0; j < 3; j++, r++) {
		put_span(d, ws, r, sp[0], judge[j],
			 j < 2 ? d->f.cellw : d->f.label);
		for (int s = 0; s < 4; s++)
			num(d, ws, r, 1 + s, c[j][s],
			    j < 2 && s < 3 ? d->f.num : d->f.total);
	}
	{
		char buf[256];
		snprintf(buf, sizeof buf,
			 "指摘事項（%d件）の内容は別紙「" SHEET_FINDINGS
			 "」のとおり。",
			 rp->nfindings);
		r = line(d, ws, r, buf, d->f.wrap);
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

	widths(d, ws, findings_w, 7);
	snprintf(buf, sizeof buf, "指摘事項（%s　%s）",
		 str(d->a->division_name), kind(d->a));
	r = line(d, ws, r, buf, d->f.heading) + 1;
	row_head(d, ws, r++, heads, sp, 7);
	for (int i = 0; i < rp->nfindings; i++, r++) {
		const struct tk_doc_finding *f = k[i].f;
		char no[16];
		const char *t[7] = {no,		  f->item_id,
				    f->clause,	  severity_label(f->severity),
				    f->judgement, f->item_text,
				    f->text};
		snprintf(no, sizeof no, "%d", i + 1);
		row_cells(d, ws, r, t, sp, 7);
		num(d, ws, r, 0, i + 1, d->f.cellc);
	}
	free(k);
	page(d, ws, SHEET_FINDINGS, r - 1, 2, 0);
}

static int report_sheet(struct doc *d, lxw_worksheet *ws,
			const struct tk_doc_report *rp)
{
	static const int team_sp[4][2] = {{0, 0}, {1, 2}, {3, 4}, {5, 6}};
	const struct tk_doc_audit *a = d->a;
	const struct tk_doc_auditor *lead = lead_of(a);
	struct tk_buf to = {0}, from = {0}, title = {0}, body = {0};
	struct top t;
	int r;

	widths(d, ws, report_w, 7);
	tk_buf_addf(&to, "情報セキュリティ管理者　%s　様",
		    str(a->manager.name));
	tk_buf_addf(&from, "主任監査官　%s", lead ? str(lead->p.name) : "");
	tk_buf_addf(&title, "情報セキュリティ監査報告書（%s）", kind(a));
	tk_buf_adds(
	    &body,
	    "　" CLAUSE_REPORT
	    "の規定に基づき、下記のとおり情報セキュリティ監査の結果を報告します。");
	t = (struct top){rp->reported_on, to.s, from.s, title.s, body.s};
	r = doc_top(d, ws, &t);
	r = overview(d, ws, r, rp);
	r = heading(d, ws, r, 2, "監査体制");
	r = team_table(d, ws, r, team_sp) + 1;
	r = results(d, ws, r, rp);
	r = finding_counts(d, ws, r, rp);
	r = heading(d, ws, r, 5, "総合評価");
	r = lines_from(d, ws, r, 0, rp->evaluation) + 1;
	r = line(d, ws, r, "以上", d->f.right);
	page(d, ws, title.s, r - 1, -1, 0);
	tk_buf_free(&to);
	tk_buf_free(&from);
	tk_buf_free(&title);
	tk_buf_free(&body);
	return r;
}

int tk_doc_report_write(const struct tk_doc_report *rp, const char *path,
			const char *name, struct tk_error *err)
{
	struct doc d = {.a = rp->a};
	lxw_worksheet *ws, *fs = NULL;
	int rc = tk_sheet_open(&d.sh, path, name, err);
	if (rc != TK_OK)
		return rc;
	make_formats(d.sh.wb, &d.f);
	ws = workbook_add_worksheet(d.sh.wb, SHEET_REPORT);
	if (rp->nfindings)
		fs = workbook_add_worksheet(d.sh.wb, SHEET_FINDINGS);
	if (!ws || (rp->nfindings && !fs))
		return tk_sheet_no_sheets(&d.sh, path, name, err);
	report_sheet(&d, ws, rp);
	if (fs)
		findings_sheet(&d, fs, rp);
	return tk_sheet_close(&d.sh, path, name, err);
}
