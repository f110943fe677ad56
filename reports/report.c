/*
 * report.c — the result workbooks of a campaign, written with
 * libxlsxwriter from the scores of score.h.  See report.h and
 * docs/reports.md for the sheets.
 *
 * The organisation workbook (概要, 所属別, 項目別, 未提出, 前年比) is for the
 * security manager and the committee; the division workbooks (結果,
 * 要改善項目, 所属の記述・改善状況) go to each division head and hold nothing
 * of any other division except the organisation's averages and the division's
 * rank.
 *
 * Text from the organisation and from plugins (names, item text, clauses,
 * guidance, titles, the marking) is written only with
 * worksheet_write_string, so nothing becomes a formula; in page headers and
 * footers '&' is escaped as "&&".  Numbers are written as numbers, and a
 * missing value as an empty cell.
 *
 * All workbooks are written in libxlsxwriter's default mode.  Its
 * constant_memory mode was measured for the division workbooks and bought
 * nothing: each holds a few hundred cells and they are written one at a
 * time, so the peak memory of a 1,120-division run was the same (about
 * 14 MB) and so was the time (3-5 s for all of them), while the mode would
 * tie every sheet to writing its rows strictly in order.  The organisation
 * workbook is some 25,000 cells at national scale.
 */
#include "reports/report.h"
#include "model/vocab.h"
#include "reports/sheet.h"

#include "lib/util.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#define SHEET_SUMMARY	"概要"
#define SHEET_DIVISIONS "所属別"
#define SHEET_ITEMS	"項目別"
#define SHEET_MISSING	"未提出"
#define SHEET_PREV	"前年比"
#define SHEET_RESULT	"結果"
#define SHEET_IMPROVE	"要改善項目"
#define SHEET_EXTRA	"追加情報"
#define SHEET_NOTES	"所属の記述・改善状況"

/* The handling restriction added to a division's own workbook: 閲覧の制限
 * of 第1 2(2)イ(オ), the example the standard gives. */
#define DIVISION_RESTRICTION "所属長限り"

#define WEAKEST 5 /* weakest items / divisions shown */

/* 所属別: the header row and the fixed columns before the sections. */
#define DIV_HEAD  2
#define DIV_FIRST (DIV_HEAD + 1)
enum {
	DC_RANK,
	DC_CODE,
	DC_NAME,
	DC_KIND,
	DC_GROUP,
	DC_SUBMITTED,
	DC_SCORE,
	DC_GRADE,
	DC_PREV,
	DC_CHANGE,
	DC_SECTIONS
};

/* Fixed fills of the grade bands, best to worst: a score has the colour
 * of its grade whatever the other scores are (docs/reports.md). */
static const lxw_color_t band_fill[] = {0x8FD19E, 0xDDF0D0, 0xFFEB9C, 0xF8CBAD,
					0xF4A0A0};
#define NFILL	   5
#define MAX_BANDS  8
#define COLOR_UP   0x1E7B34 /* a rise against last year */
#define COLOR_DOWN 0xC00000 /* a fall */

/* The formats of one workbook (formats belong to their workbook). */
struct formats {
	lxw_format *title, *subtitle, *note, *heading;
	lxw_format *label, *value, *value_num, *value_int, *value_change;
	lxw_format *value_pct;
	lxw_format *head, *text, *wrap, *center, *num, *change, *pct, *integer;
	lxw_format *missing;
	/* the grade bands' fills (best first): scores, percentages, labels */
	lxw_format *band[MAX_BANDS], *band_pct[MAX_BANDS],
	    *band_label[MAX_BANDS];
	lxw_format *change_up, *change_down;
	int nbands;
};

/* One workbook being written. */
struct book {
	struct tk_sheet sh;
	const struct tk_scores *sc;
	struct formats f;
	const char *restriction;  /* footer, beyond the marking; or NULL */
	const char *anchor;	  /* the event log's anchor (概要), or NULL */
	const int *dorder;	  /* divisions best first (organisation) */
	lxw_worksheet *chartdata; /* the charts' hidden values, or NULL */
};

/* A sort key: value, then index (stable order for equal values). */
struct key {
	double v;
	int i;
};

static int key_cmp(const void *pa, const void *pb)
{
	const struct key *a = pa, *b = pb;
	if (a->v != b->v)
		return a->v < b->v ? -1 : 1;
	return (a->i > b->i) - (a->i < b->i);
}

/* ------------------------------------------------------------ cells */

/* A number, or an empty cell when there is none (NAN). */
static void num(struct book *b, lxw_worksheet *ws, int row, int col, double v,
		lxw_format *f)
{
	if (isfinite(v))
		tk_sheet_keep(&b->sh,
			      worksheet_write_number(ws, (lxw_row_t)row,
						     (lxw_col_t)col, v, f));
	else if (f)
		tk_sheet_blank(&b->sh, ws, row, col, f);
}

/* A heading at row r and below it a header row of n heads; returns the
 * row after them. */
static int table_head(struct book *b, lxw_worksheet *ws, int r,
		      const char *title, const char *const *heads, int n)
{
	tk_sheet_put(&b->sh, ws, r++, 0, title, b->f.heading);
	for (int c = 0; c < n; c++)
		tk_sheet_put(&b->sh, ws, r, c, heads[c], b->f.head);
	return r + 1;
}

/* Columns A..E of an item's row: id, section sec, text, clause and
 * severity. */
static void item_cells(struct book *b, lxw_worksheet *ws, int r,
		       const struct tk_item *it, const char *sec)
{
	tk_sheet_put(&b->sh, ws, r, 0, it->id, b->f.text);
	tk_sheet_put(&b->sh, ws, r, 1, sec, b->f.wrap);
	tk_sheet_put(&b->sh, ws, r, 2, it->text, b->f.wrap);
	tk_sheet_put(&b->sh, ws, r, 3, it->clause, b->f.wrap);
	tk_sheet_put(&b->sh, ws, r, 4, tk_severity_label(it->severity),
		     b->f.center);
}

/* A label / value row of a key-figures block; returns the next row. */
static int kv_text(struct book *b, lxw_worksheet *ws, int r, const char *label,
		   const char *value)
{
	tk_sheet_put(&b->sh, ws, r, 0, label, b->f.label);
	tk_sheet_put(&b->sh, ws, r, 1, value, b->f.value);
	return r + 1;
}

/* A number of a key-figures block: v (NAN when there is none), its
 * format, and the text shown instead when there is none. */
struct figure {
	double v;
	lxw_format *f;
	const char *none;
};

/* A label / number row of a key-figures block; returns the next row. */
static int kv_num(struct book *b, lxw_worksheet *ws, int r, const char *label,
		  struct figure x)
{
	tk_sheet_put(&b->sh, ws, r, 0, label, b->f.label);
	if (isfinite(x.v))
		num(b, ws, r, 1, x.v, x.f);
	else
		tk_sheet_put(&b->sh, ws, r, 1, x.none, b->f.value);
	return r + 1;
}

/* The band of a score v (0..100): the index of its grade, the lowest
 * band when below all; -1 when there is none. */
static int band_of(const struct book *b, double v)
{
	const struct tk_survey *s = b->sc->s;
	if (!isfinite(v) || !b->f.nbands)
		return -1;
	for (int g = 0; g < s->ngrades && g < b->f.nbands; g++)
		if (v >= s->grades[g].min)
			return g;
	return b->f.nbands - 1;
}

/* A score (0..100) with its band's fill; empty when NAN. */
static void score_cell(struct book *b, lxw_worksheet *ws, int r, int c,
		       double v)
{
	int g = band_of(b, v);
	num(b, ws, r, c, v, g >= 0 ? b->f.band[g] : b->f.num);
}

/* A share (0..1) with the fill of the band of 100 × v. */
static void pct_cell(struct book *b, lxw_worksheet *ws, int r, int c, double v)
{
	int g = band_of(b, v * 100);
	num(b, ws, r, c, v, g >= 0 ? b->f.band_pct[g] : b->f.pct);
}

/* A change against last year: a rise green, a fall red. */
static void change_cell(struct book *b, lxw_worksheet *ws, int r, int c,
			double v)
{
	num(b, ws, r, c, v,
	    !isfinite(v) || fabs(v) < 0.05 ? b->f.change
	    : v > 0			   ? b->f.change_up
					   : b->f.change_down);
}

/* The legend of the band colours from column c of row r: one cell per
 * grade, "A 90点以上" in its fill. */
static void band_legend(struct book *b, lxw_worksheet *ws, int r, int c)
{
	const struct tk_survey *s = b->sc->s;
	struct tk_buf t = {0};
	tk_sheet_put(&b->sh, ws, r, c++, "色分け（評価）", b->f.note);
	for (int g = 0; g < s->ngrades && g < b->f.nbands; g++) {
		tk_buf_reset(&t);
		tk_buf_addf(&t, "%s %g点以上", s->grades[g].label,
			    s->grades[g].min);
		tk_sheet_put(&b->sh, ws, r, c + g, t.s, b->f.band_label[g]);
	}
	tk_buf_free(&t);
}

/* ------------------------------------------------------------ text */

/* The due date for a reader ("令和8年12月25日"), or 未定. */
static const char *due_label(const char *due, char *buf, size_t size)
{
	return due && *due ? tk_wareki(due, buf, size) : "未定";
}

/* "2026年度（令和8年度）" into buf. */
static const char *fy_label(int fy, char *buf, size_t n)
{
	if (fy == 2019)
		snprintf(buf, n, "%d年度（令和元年度）", fy);
	else if (fy > 2019)
		snprintf(buf, n, "%d年度（令和%d年度）", fy, fy - 2018);
	else if (fy > 1989)
		snprintf(buf, n, "%d年度（平成%d年度）", fy, fy - 1988);
	else
		snprintf(buf, n, "%d年度", fy);
	return buf;
}

/* "A 90点以上、B 75点以上、…" — the survey's grade bands. */
static void grade_bands(const struct tk_survey *s, struct tk_buf *out)
{
	for (int g = 0; g < s->ngrades; g++)
		tk_buf_addf(out, "%s%s %g点以上", g ? "、" : "",
			    s->grades[g].label, s->grades[g].min);
}

static const char *section_name(const struct tk_survey *s, int k,
				struct tk_buf *buf)
{
	tk_buf_reset(buf);
	tk_buf_addf(buf, "%s %s", s->sections[k].id, s->sections[k].title);
	return buf->s;
}

/* ------------------------------------------------------------ formats */

/* A boxed number format nf, aligned left in key-figures blocks (left). */
static lxw_format *fmt_number(lxw_workbook *wb, const char *nf, int left)
{
	lxw_format *f = tk_sheet_fmt_boxed(wb, 0);
	format_set_num_format(f, nf);
	if (left)
		format_set_align(f, LXW_ALIGN_LEFT);
	return f;
}

static void make_formats(lxw_workbook *wb, struct formats *f)
{
	f->title = workbook_add_format(wb);
	format_set_bold(f->title);
	format_set_font_size(f->title, 14);
	f->subtitle = tk_sheet_fmt_base(wb);
	format_set_font_size(f->subtitle, 11);
	f->note = tk_sheet_fmt_base(wb);
	format_set_font_color(f->note, 0x595959);
	f->heading = workbook_add_format(wb);
	format_set_bold(f->heading);
	format_set_font_size(f->heading, 12);

	f->label = tk_sheet_fmt_boxed(wb, 0);
	format_set_bold(f->label);
	format_set_bg_color(f->label, 0xF2F2F2);
	f->value = tk_sheet_fmt_boxed(wb, 0);
	f->value_num = fmt_number(wb, "0.0", 1);
	f->value_int = fmt_number(wb, "0", 1);
	f->value_change = fmt_number(wb, "+0.0;-0.0;0.0", 1);
	f->value_pct = fmt_number(wb, "0.0%", 1);

	f->head = tk_sheet_fmt_boxed(wb, 0);
	format_set_bold(f->head);
	format_set_text_wrap(f->head);
	format_set_bg_color(f->head, 0xDDEBF7);
	format_set_align(f->head, LXW_ALIGN_CENTER);
	format_set_align(f->head, LXW_ALIGN_VERTICAL_CENTER);
	f->text = tk_sheet_fmt_boxed(wb, 0);
	f->wrap = tk_sheet_fmt_boxed(wb, 0);
	format_set_text_wrap(f->wrap);
	f->center = tk_sheet_fmt_boxed(wb, 0);
	format_set_align(f->center, LXW_ALIGN_CENTER);
	f->num = fmt_number(wb, "0.0", 0);
	f->change = fmt_number(wb, "+0.0;-0.0;0.0", 0);
	f->pct = fmt_number(wb, "0.0%", 0);
	f->integer = fmt_number(wb, "0", 0);
	f->missing = tk_sheet_fmt_boxed(wb, 0);
	format_set_font_color(f->missing, 0xC00000);
	format_set_align(f->missing, LXW_ALIGN_CENTER);
	f->change_up = fmt_number(wb, "+0.0;-0.0;0.0", 0);
	format_set_font_color(f->change_up, COLOR_UP);
	f->change_down = fmt_number(wb, "+0.0;-0.0;0.0", 0);
	format_set_font_color(f->change_down, COLOR_DOWN);
}

/* The fill of band g of n (best first): the first is green, the last red. */
static lxw_color_t band_color(int g, int n)
{
	if (n <= 1)
		return band_fill[0];
	return band_fill[(g * (NFILL - 1) + (n - 1) / 2) / (n - 1)];
}

/* The formats of the survey's grade bands. */
static void make_band_formats(lxw_workbook *wb, const struct tk_survey *s,
			      struct formats *f)
{
	f->nbands = s->ngrades < MAX_BANDS ? s->ngrades : MAX_BANDS;
	for (int g = 0; g < f->nbands; g++) {
		lxw_color_t c = band_color(g, f->nbands);
		f->band[g] = fmt_number(wb, "0.0", 0);
		format_set_bg_color(f->band[g], c);
		f->band_pct[g] = fmt_number(wb, "0.0%", 0);
		format_set_bg_color(f->band_pct[g], c);
		f->band_label[g] = tk_sheet_fmt_boxed(wb, 0);
		format_set_align(f->band_label[g], LXW_ALIGN_CENTER);
		format_set_bg_color(f->band_label[g], c);
	}
}

/* ------------------------------------------------------------ page */

/* A4 landscape, one page wide; the marking in header and footer with the
 * title, the sheet name (&A), page numbers and the handling restriction;
 * rows r1..r2 repeated on every page (none when r2 < 0). */
/* The header h and footer f with marking mark and, when not NULL, the
 * title. */
static void header_footer(const struct book *b, const char *mark,
			  const char *title, struct tk_buf *h, struct tk_buf *f)
{
	tk_buf_reset(h);
	tk_buf_reset(f);
	tk_sheet_hf_part(h, "&L", mark);
	if (title)
		tk_sheet_hf_part(h, "&C", title);
	tk_buf_adds(h, "&R&A");
	tk_sheet_hf_part(f, "&L", mark);
	tk_buf_adds(f, "&Cページ &P / &N");
	if (b->restriction)
		tk_sheet_hf_part(f, "&R", b->restriction);
}

static void page_setup(struct book *b, lxw_worksheet *ws, int r1, int r2)
{
	const struct tk_scores *sc = b->sc;
	struct tk_buf h = {0}, f = {0};

	tk_sheet_a4_landscape(ws, 0.75);
	if (r2 >= r1 && r2 >= 0)
		tk_sheet_keep(&b->sh, worksheet_repeat_rows(ws, (lxw_row_t)r1,
							    (lxw_row_t)r2));
	header_footer(b, sc->marking, sc->title, &h, &f);
	/* Excel allows 255 characters: drop the title, then shorten the
	 * marking (it is printed in full on the first sheet). */
	if (lxw_utf8_strlen(h.s) > LXW_HEADER_FOOTER_MAX ||
	    lxw_utf8_strlen(f.s) > LXW_HEADER_FOOTER_MAX) {
		char *mark = lxw_utf8_strlen(sc->marking) > 100
				 ? tk_sheet_utf8_prefix(sc->marking, 100)
				 : tk_xstrdup(sc->marking);
		header_footer(b, mark, NULL, &h, &f);
		free(mark);
	}
	tk_sheet_keep(&b->sh, worksheet_set_header(ws, h.s));
	tk_sheet_keep(&b->sh, worksheet_set_footer(ws, f.s));
	tk_buf_free(&h);
	tk_buf_free(&f);
}

/* ------------------------------------------------------------ ordering */

/* Divisions best first: scored by score (descending), then the unscored;
 * equal scores by code.  Caller frees. */
static int *division_order(const struct tk_scores *sc)
{
	struct key *k = tk_xcalloc((size_t)sc->ndiv + 1, sizeof *k);
	int *o = tk_xcalloc((size_t)sc->ndiv + 1, sizeof *o);
	for (int d = 0; d < sc->ndiv; d++) {
		k[d].v = sc->div[d].has_score ? -sc->div[d].score : HUGE_VAL;
		k[d].i = d;
	}
	qsort(k, (size_t)sc->ndiv, sizeof *k, key_cmp);
	for (int d = 0; d < sc->ndiv; d++)
		o[d] = k[d].i;
	free(k);
	return o;
}

/* Items worst first: lowest mean first, items without data last (in
 * survey order).  Caller frees. */
static int *item_order(const struct tk_scores *sc)
{
	int n = sc->s->nitems;
	struct key *k = tk_xcalloc((size_t)n + 1, sizeof *k);
	int *o = tk_xcalloc((size_t)n + 1, sizeof *o);
	for (int i = 0; i < n; i++) {
		k[i].v = sc->items[i].divisions ? sc->items[i].mean : HUGE_VAL;
		k[i].i = i;
	}
	qsort(k, (size_t)n, sizeof *k, key_cmp);
	for (int i = 0; i < n; i++)
		o[i] = k[i].i;
	free(k);
	return o;
}

/* The divisions whose value for item i is lowest and below 1, up to n, as
 * indexes into sc->div (the same choice as `score --by item`); returns how
 * many. */
static int weakest_divisions(const struct tk_scores *sc, int item, int *out,
			     int n)
{
	struct key *k = tk_xcalloc((size_t)sc->ndiv + 1, sizeof *k);
	int m = 0;
	for (int d = 0; d < sc->ndiv; d++) {
		const struct tk_item_score *x = &sc->div[d].items[item];
		if (x->counted && x->value < 1.0) {
			k[m].v = x->value;
			k[m++].i = d;
		}
	}
	qsort(k, (size_t)m, sizeof *k, key_cmp);
	if (m > n)
		m = n;
	for (int j = 0; j < m; j++)
		out[j] = k[j].i;
	free(k);
	return m;
}

static int scored_divisions(const struct tk_scores *sc)
{
	int n = 0;
	for (int d = 0; d < sc->ndiv; d++)
		n += sc->div[d].has_score;
	return n;
}

/* ------------------------------------------------------------ 概要 */

/* The summary's columns A..F, and their width in pixels (Excel: 7 px per
 * unit of width + 5 per column), which the charts span. */
static const double summary_widths[] = {26, 10, 10, 12, 50, 22};
#define SUMMARY_PX 940.0

static int write_key_figures(struct book *b, lxw_worksheet *ws, int r)
{
	const struct tk_scores *sc = b->sc;
	const struct tk_survey *s = sc->s;
	struct tk_buf t = {0};
	char fy[64], today[16], day[64];

	r = kv_text(b, ws, r, "年度", fy_label(sc->fy, fy, sizeof fy));
	tk_buf_addf(&t, "%s（%s 版 %s）", s->title, s->id, s->version);
	r = kv_text(b, ws, r, "点検票", t.s);
	tk_buf_reset(&t);
	tk_buf_addf(&t, "%ld", sc->campaign);
	r = kv_text(b, ws, r, "実施計画番号", t.s);
	r = kv_text(b, ws, r, "提出期限", due_label(sc->due, day, sizeof day));
	r = kv_text(b, ws, r, "作成日",
		    tk_wareki(tk_today(today), day, sizeof day));
	if (b->anchor)
		r = kv_text(b, ws, r, "証跡アンカー（作成時）", b->anchor);
	r = kv_text(b, ws, r, "取扱区分", sc->marking);
	r = kv_num(b, ws, r, "対象所属数",
		   (struct figure){sc->targeted, b->f.value_int, NULL});
	r = kv_num(b, ws, r, "提出所属数",
		   (struct figure){sc->submitted, b->f.value_int, NULL});
	r = kv_num(b, ws, r, "提出率",
		   (struct figure){sc->targeted > 0
				       ? (double)sc->submitted / sc->targeted
				       : NAN,
				   b->f.value_pct, "－"});
	r = kv_num(b, ws, r, "全体得点（100点満点）",
		   (struct figure){sc->has_score ? sc->score : NAN,
				   b->f.value_num, "得点なし"});
	r = kv_text(b, ws, r, "全体評価",
		    sc->has_score ? tk_survey_grade(s, sc->score) : "－");
	tk_buf_reset(&t);
	if (sc->prev_campaign) {
		tk_buf_addf(&t, "前年度得点（%d年度、実施計画 %ld）",
			    sc->prev_fy, sc->prev_campaign);
		r = kv_num(
		    b, ws, r, t.s,
		    (struct figure){sc->has_prev_score ? sc->prev_score : NAN,
				    b->f.value_num, "得点なし"});
		r = kv_num(b, ws, r, "前年度からの増減",
			   (struct figure){(sc->has_prev_score && sc->has_score)
					       ? sc->score - sc->prev_score
					       : NAN,
					   b->f.value_change, "－"});
	} else {
		r = kv_text(b, ws, r, "前年度得点",
			    "前年度の同じ点検票による点検はありません");
	}
	tk_buf_reset(&t);
	grade_bands(s, &t);
	r = kv_text(b, ws, r, "評価の基準", t.s);
	tk_buf_free(&t);
	return r;
}

static int write_grade_table(struct book *b, lxw_worksheet *ws, int r)
{
	const struct tk_scores *sc = b->sc;
	const struct tk_survey *s = sc->s;
	int scored = scored_divisions(sc), sum = 0;
	static const char *const heads[] = {"評価", "所属数", "割合",
					    "基準（点以上）"};

	r = table_head(b, ws, r, "評価の分布（評価の色は以下の表でも同じ）",
		       heads, 4);
	for (int g = 0; g < s->ngrades; g++) {
		int n = sc->grade_count[g];
		sum += n;
		tk_sheet_put(&b->sh, ws, r, 0, s->grades[g].label,
			     g < b->f.nbands ? b->f.band_label[g]
					     : b->f.center);
		num(b, ws, r, 1, n, b->f.integer);
		num(b, ws, r, 2, scored > 0 ? (double)n / scored : NAN,
		    b->f.pct);
		num(b, ws, r, 3, s->grades[g].min, b->f.integer);
		r++;
	}
	tk_sheet_put(&b->sh, ws, r, 0, "得点なし", b->f.center);
	num(b, ws, r, 1, sc->ndiv - sum, b->f.integer);
	tk_sheet_put(&b->sh, ws, r, 2, "未提出・対象項目なし", b->f.text);
	tk_sheet_put(&b->sh, ws, r, 3, NULL, b->f.text);
	return r + 1;
}

/* The organisation's section scores; *first gets the first data row. */
static int write_section_table(struct book *b, lxw_worksheet *ws, int r,
			       int *first)
{
	const struct tk_survey *s = b->sc->s;
	struct tk_buf t = {0};
	tk_sheet_put(&b->sh, ws, r++, 0, "区分別の得点（全所属の平均）",
		     b->f.heading);
	tk_sheet_put(&b->sh, ws, r, 0, "区分", b->f.head);
	tk_sheet_put(&b->sh, ws, r, 1, "全体平均", b->f.head);
	r++;
	*first = r;
	for (int k = 0; k < s->nsections; k++, r++) {
		const char *name = section_name(s, k, &t);
		tk_sheet_fit_row(&b->sh, ws, r, &name, summary_widths, 1);
		tk_sheet_put(&b->sh, ws, r, 0, name, b->f.wrap);
		score_cell(b, ws, r, 1, b->sc->section[k]);
	}
	tk_buf_free(&t);
	return r;
}

static int write_group_table(struct book *b, lxw_worksheet *ws, int r)
{
	const struct tk_scores *sc = b->sc;
	static const char *const heads[] = {"部・方面本部", "得点",
					    "対象所属数", "得点のある所属数"};
	r = table_head(b, ws, r, "部・方面本部別の得点（所属の平均）", heads,
		       4);
	for (int g = 0; g < sc->ngroups; g++, r++) {
		const struct tk_group_score *x = &sc->groups[g];
		tk_sheet_fit_row(&b->sh, ws, r, (const char *const *)&x->name,
				 summary_widths, 1);
		tk_sheet_put(&b->sh, ws, r, 0, x->name, b->f.wrap);
		score_cell(b, ws, r, 1, x->has_score ? x->score : NAN);
		num(b, ws, r, 2, x->divisions, b->f.integer);
		num(b, ws, r, 3, x->scored, b->f.integer);
	}
	return r;
}

static int write_weak_items(struct book *b, lxw_worksheet *ws, int r,
			    const int *iorder)
{
	const struct tk_scores *sc = b->sc;
	const struct tk_survey *s = sc->s;
	static const char *const heads[] = {"項目番号", "平均",	    "遵守率",
					    "重要度",	"点検項目", "根拠"};
	int shown = 0;

	r = table_head(b, ws, r, "平均の低い項目（下位5項目）", heads, 6);
	for (int j = 0; j < s->nitems && shown < WEAKEST; j++) {
		int i = iorder[j];
		const struct tk_item_total *t = &sc->items[i];
		const char *wrapped[] = {
		    "", "", "", "", s->items[i].text, s->items[i].clause};
		if (!t->divisions)
			break; /* the rest have no data */
		tk_sheet_fit_row(&b->sh, ws, r, wrapped, summary_widths, 6);
		tk_sheet_put(&b->sh, ws, r, 0, s->items[i].id, b->f.text);
		num(b, ws, r, 1, t->mean * 100, b->f.num);
		num(b, ws, r, 2, (t->counted > 0) ? t->compliance : NAN,
		    b->f.pct);
		tk_sheet_put(&b->sh, ws, r, 3,
			     tk_severity_label(s->items[i].severity),
			     b->f.center);
		tk_sheet_put(&b->sh, ws, r, 4, s->items[i].text, b->f.wrap);
		tk_sheet_put(&b->sh, ws, r, 5, s->items[i].clause, b->f.wrap);
		r++;
		shown++;
	}
	if (!shown)
		tk_sheet_put(&b->sh, ws, r++, 0, "得点のある項目はありません。",
			     b->f.note);
	return r;
}

static int write_weak_divisions(struct book *b, lxw_worksheet *ws, int r,
				const int *dorder, int scored)
{
	const struct tk_scores *sc = b->sc;
	static const char *const heads[] = {"所属コード", "得点",   "評価",
					    "順位",	  "所属名", "上位"};
	int shown = 0;

	r = table_head(b, ws, r, "得点の低い所属（下位5所属）", heads, 6);
	/* dorder has the scored divisions first, best first. */
	for (int j = scored - 1; j >= 0 && shown < WEAKEST; j--, shown++) {
		const struct tk_division_score *d = &sc->div[dorder[j]];
		tk_sheet_put(&b->sh, ws, r, 0, d->code, b->f.text);
		score_cell(b, ws, r, 1, d->score);
		tk_sheet_put(&b->sh, ws, r, 2, d->grade, b->f.center);
		num(b, ws, r, 3, d->rank, b->f.integer);
		tk_sheet_put(&b->sh, ws, r, 4, d->name, b->f.text);
		tk_sheet_put(&b->sh, ws, r, 5, d->group_name, b->f.text);
		r++;
	}
	if (!shown)
		tk_sheet_put(&b->sh, ws, r++, 0, "得点のある所属はありません。",
			     b->f.note);
	return r;
}

/* Height of the summary's charts in pixels (rows are 20 px): each chart
 * takes a landscape page of its own when printed. */
#define CHART_PX   500.0
#define CHART_ROWS 26
#define MAX_BREAKS 60 /* page breaks of 概要 (Excel allows 1023) */

/* The hidden sheet that holds the charts' band segments. */
#define SHEET_CHARTDATA "グラフ用"
#define CD_SECTIONS	10 /* its first column for the section chart */
#define DIVS_PER_CHART	40 /* divisions per chart at most */

/* A value axis lo..hi that shows the differences of values v[0..n-1]
 * (NAN skipped): rounded to 5 below and above with a margin, from 0 when
 * the values spread over more than half the scale. */
static void axis_range(const double *v, int n, double *lo, double *hi)
{
	double mn = HUGE_VAL, mx = -HUGE_VAL;
	for (int i = 0; i < n; i++)
		if (isfinite(v[i])) {
			mn = fmin(mn, v[i]);
			mx = fmax(mx, v[i]);
		}
	*lo = 0;
	*hi = 100;
	if (mn > mx)
		return;
	*lo = fmax(0, floor((mn - 3) / 5) * 5);
	*hi = fmin(100, ceil((mx + 1) / 5) * 5);
	if (*lo < 50)
		*lo = 0;
	if (*hi - *lo < 10)
		*lo = fmax(0, *hi - 10);
}

/* The bottom and top of band g (best first) on the 0..100 scale. */
static void band_span(const struct book *b, int g, double *bot, double *top)
{
	const struct tk_survey *s = b->sc->s;
	*top = g == 0 ? 100 : s->grades[g - 1].min;
	*bot = g == b->f.nbands - 1 ? 0 : s->grades[g].min;
}

/* The segments of score v in the bands on row r of the chart data sheet,
 * from column c0 (band g in column c0 + g). */
static void band_segments(struct book *b, lxw_worksheet *cd, int r, int c0,
			  double v)
{
	for (int g = 0; g < b->f.nbands; g++) {
		double bot, top;
		band_span(b, g, &bot, &top);
		num(b, cd, r, c0 + g,
		    isfinite(v) ? fmax(0, fmin(v, top) - bot) : NAN, NULL);
	}
}

/* Fonts, axis range lo..hi and legend of a band chart. */
static void chart_style(lxw_chart *ch, lxw_chart_axis *value_axis,
			lxw_chart_axis *cat_axis, double lo, double hi)
{
	lxw_chart_font f8 = tk_sheet_chart_font(8, 0);
	lxw_chart_font f9 = tk_sheet_chart_font(9, 0);
	chart_title_off(ch);
	chart_axis_set_min(value_axis, lo);
	chart_axis_set_max(value_axis, hi);
	chart_axis_set_major_unit(value_axis, hi - lo > 40 ? 10 : 5);
	chart_axis_set_num_font(value_axis, &f8);
	chart_axis_set_num_font(cat_axis, &f9);
	chart_axis_set_interval_unit(cat_axis, 1);
	chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
	chart_legend_set_font(ch, &f9);
}

/* One stacked series per grade band (worst at the base): values in
 * column c0 + g of rows r1..r2 of the chart data sheet, categories in
 * column cat of rows r1..r2 of sheet. */
static void band_series(struct book *b, lxw_chart *ch, const char *sheet,
			int cat, int c0, lxw_row_t r1, lxw_row_t r2)
{
	const struct tk_survey *s = b->sc->s;
	struct tk_buf t = {0};
	for (int g = b->f.nbands - 1; g >= 0; g--) {
		lxw_chart_series *ser = chart_add_series(ch, NULL, NULL);
		lxw_chart_fill fill = {.color = band_color(g, b->f.nbands)};
		lxw_chart_line line = {.color = 0x7F7F7F, .width = 0.5};
		chart_series_set_categories(ser, sheet, r1, (lxw_col_t)cat, r2,
					    (lxw_col_t)cat);
		chart_series_set_values(ser, SHEET_CHARTDATA, r1,
					(lxw_col_t)(c0 + g), r2,
					(lxw_col_t)(c0 + g));
		tk_buf_reset(&t);
		tk_buf_addf(&t, "%s（%g点以上）", s->grades[g].label,
			    s->grades[g].min);
		chart_series_set_name(ser, t.s);
		chart_series_set_fill(ser, &fill);
		chart_series_set_line(ser, &line);
	}
	tk_buf_free(&t);
}

/* The note under a chart's heading: its axis range. */
static int axis_note(struct book *b, lxw_worksheet *ws, int r, double lo,
		     double hi, int bands)
{
	char t[160];
	snprintf(t, sizeof t, "目盛りは %g〜%g 点%s。%s", lo, hi,
		 lo > 0 ? "（差が見えるよう0点からではありません）" : "",
		 bands ? "棒の色は評価の帯（凡例）。" : "");
	tk_sheet_put(&b->sh, ws, r, 0, t, b->f.note);
	return r + 1;
}

/* 区分別の得点: horizontal bars, section names on the category axis;
 * returns the next row. */
static int section_chart(struct book *b, lxw_worksheet *ws, lxw_worksheet *cd,
			 int r, int sec_first)
{
	const struct tk_survey *s = b->sc->s;
	lxw_chart_options opt = {.x_scale = SUMMARY_PX / 480.0,
				 .description = "区分別の得点"};
	lxw_row_t last = (lxw_row_t)(sec_first + s->nsections - 1);
	lxw_chart *ch = workbook_add_chart(b->sh.wb, LXW_CHART_BAR_STACKED);
	double lo, hi;
	int rows;

	axis_range(b->sc->section, s->nsections, &lo, &hi);
	for (int k = 0; k < s->nsections; k++)
		band_segments(b, cd, sec_first + k, CD_SECTIONS,
			      b->sc->section[k]);
	tk_sheet_put(&b->sh, ws, r++, 0, "区分別の得点（全所属の平均）",
		     b->f.heading);
	r = axis_note(b, ws, r, lo, hi, 1);
	band_series(b, ch, SHEET_SUMMARY, 0, CD_SECTIONS, (lxw_row_t)sec_first,
		    last);
	/* In a bar chart x is the value axis, y the categories. */
	chart_style(ch, ch->x_axis, ch->y_axis, lo, hi);
	chart_axis_set_reverse(ch->y_axis);
	chart_set_series_gap(ch, 50);
	opt.y_scale = fmin(CHART_PX, 90.0 + 30.0 * s->nsections) / 288.0;
	tk_sheet_keep(
	    &b->sh, worksheet_insert_chart_opt(ws, (lxw_row_t)r, 0, ch, &opt));
	rows = (int)ceil(opt.y_scale * 288.0 / 20.0);
	return r + rows + 1;
}

/* 所属別の得点, one chart per DIVS_PER_CHART divisions (best first);
 * each chart starts a printed page (breaks[*nb]).  Returns the next row. */
static int division_charts(struct book *b, lxw_worksheet *ws, lxw_worksheet *cd,
			   int r, int scored, lxw_row_t *breaks, int *nb)
{
	int nch = (scored + DIVS_PER_CHART - 1) / DIVS_PER_CHART;
	int per = (scored + nch - 1) / nch;
	double *v = tk_xcalloc((size_t)scored + 1, sizeof *v), lo, hi;
	char head[160];

	for (int j = 0; j < scored; j++)
		v[j] = b->sc->div[b->dorder[j]].score;
	axis_range(v, scored, &lo, &hi);
	for (int j = 0; j < scored; j++)
		band_segments(b, cd, DIV_FIRST + j, 0, v[j]);
	for (int c = 0; c < nch && *nb < MAX_BREAKS; c++) {
		int first = c * per, last = first + per - 1;
		lxw_chart_options opt = {.x_scale = SUMMARY_PX / 480.0,
					 .y_scale = CHART_PX / 288.0,
					 .description = "所属別の得点"};
		lxw_chart *ch =
		    workbook_add_chart(b->sh.wb, LXW_CHART_COLUMN_STACKED);
		lxw_chart_font cat = tk_sheet_chart_font(8, -90);
		if (last >= scored)
			last = scored - 1;
		breaks[(*nb)++] = (lxw_row_t)r;
		snprintf(head, sizeof head, "所属別の得点（高い順、%d〜%d位）",
			 first + 1, last + 1);
		tk_sheet_put(&b->sh, ws, r++, 0, head, b->f.heading);
		r = axis_note(b, ws, r, lo, hi, 1);
		band_series(b, ch, SHEET_DIVISIONS, DC_NAME, 0,
			    (lxw_row_t)(DIV_FIRST + first),
			    (lxw_row_t)(DIV_FIRST + last));
		chart_style(ch, ch->y_axis, ch->x_axis, lo, hi);
		chart_axis_set_num_font(ch->x_axis, &cat);
		chart_set_series_gap(ch, 40);
		tk_sheet_keep(&b->sh, worksheet_insert_chart_opt(
					  ws, (lxw_row_t)r, 0, ch, &opt));
		r += CHART_ROWS + 1;
	}
	free(v);
	return r;
}

static void summary_charts(struct book *b, lxw_worksheet *ws, int r,
			   int sec_first, int scored)
{
	lxw_row_t breaks[MAX_BREAKS + 1] = {0};
	int nb = 0;

	if (b->sc->s->nsections > 0) {
		breaks[nb++] = (lxw_row_t)r;
		r = section_chart(b, ws, b->chartdata, r, sec_first);
	}
	if (scored > 0)
		division_charts(b, ws, b->chartdata, r, scored, breaks, &nb);
	if (nb)
		tk_sheet_keep(&b->sh, worksheet_set_h_pagebreaks(ws, breaks));
}

static void write_summary(struct book *b, lxw_worksheet *ws, const int *dorder,
			  const int *iorder)
{
	const struct tk_scores *sc = b->sc;
	struct tk_buf t = {0};
	int r = 0, sec_first = 0, scored = scored_divisions(sc);

	for (int c = 0; c < 6; c++)
		tk_sheet_width(&b->sh, ws, c, c, summary_widths[c]);
	tk_buf_addf(&t, "%s　結果報告", sc->title);
	tk_sheet_put(&b->sh, ws, r++, 0, t.s, b->f.title);
	tk_buf_reset(&t);
	tk_buf_addf(&t, "%s（%s 版 %s）", sc->s->title, sc->s->id,
		    sc->s->version);
	tk_sheet_put(&b->sh, ws, r++, 0, t.s, b->f.subtitle);
	r++;
	r = write_key_figures(b, ws, r) + 1;
	r = write_grade_table(b, ws, r) + 1;
	r = write_section_table(b, ws, r, &sec_first) + 1;
	r = write_group_table(b, ws, r) + 1;
	r = write_weak_items(b, ws, r, iorder) + 1;
	r = write_weak_divisions(b, ws, r, dorder, scored) + 1;
	summary_charts(b, ws, r, sec_first, scored);
	tk_buf_free(&t);
	page_setup(b, ws, -1, -1);
}

/* ------------------------------------------------------------ 所属別 */

static void write_divisions(struct book *b, lxw_worksheet *ws,
			    const int *dorder)
{
	const struct tk_scores *sc = b->sc;
	const struct tk_survey *s = sc->s;
	static const char *const heads[] = {
	    "順位", "所属コード", "所属名", "区分", "上位",
	    "提出", "得点",	  "評価",   "前年", "増減"};
	static const double widths[] = {6, 10, 24, 10, 20, 7, 8, 6, 8, 8};
	struct tk_buf t = {0};
	int last = DIV_FIRST + sc->ndiv - 1;
	int ncols = DC_SECTIONS + s->nsections;

	for (int c = 0; c < DC_SECTIONS; c++)
		tk_sheet_width(&b->sh, ws, c, c, widths[c]);
	if (s->nsections)
		tk_sheet_width(&b->sh, ws, DC_SECTIONS, ncols - 1, 10);
	tk_buf_addf(&t, "所属別の得点（%s）", sc->title);
	tk_sheet_put(&b->sh, ws, 0, 0, t.s, b->f.title);
	tk_buf_reset(&t);
	tk_buf_addf(
	    &t,
	    "得点は100点満点、区分の欄は区分ごとの得点。得点の高い順。提出 %d / 対象 %d 所属。色は評価の帯（右）。",
	    sc->submitted, sc->targeted);
	tk_sheet_put(&b->sh, ws, 1, 0, t.s, b->f.note);
	band_legend(b, ws, 0, DC_SCORE);
	tk_sheet_keep(&b->sh, worksheet_set_row(ws, DIV_HEAD, 45, NULL));
	for (int c = 0; c < DC_SECTIONS; c++)
		tk_sheet_put(&b->sh, ws, DIV_HEAD, c, heads[c], b->f.head);
	for (int k = 0; k < s->nsections; k++)
		tk_sheet_put(&b->sh, ws, DIV_HEAD, DC_SECTIONS + k,
			     section_name(s, k, &t), b->f.head);

	for (int j = 0; j < sc->ndiv; j++) {
		const struct tk_division_score *d = &sc->div[dorder[j]];
		int r = DIV_FIRST + j;
		num(b, ws, r, DC_RANK, (d->rank > 0) ? d->rank : NAN,
		    b->f.integer);
		tk_sheet_put(&b->sh, ws, r, DC_CODE, d->code, b->f.text);
		tk_sheet_put(&b->sh, ws, r, DC_NAME, d->name, b->f.text);
		tk_sheet_put(&b->sh, ws, r, DC_KIND, tk_kind_label(d->kind),
			     b->f.text);
		tk_sheet_put(&b->sh, ws, r, DC_GROUP, d->group_name, b->f.text);
		if (d->submitted)
			tk_sheet_put(&b->sh, ws, r, DC_SUBMITTED, "済",
				     b->f.center);
		else
			tk_sheet_put(&b->sh, ws, r, DC_SUBMITTED, "未提出",
				     b->f.missing);
		score_cell(b, ws, r, DC_SCORE, d->has_score ? d->score : NAN);
		tk_sheet_put(&b->sh, ws, r, DC_GRADE,
			     d->has_score ? d->grade : "", b->f.center);
		num(b, ws, r, DC_PREV, d->has_prev ? d->prev_score : NAN,
		    b->f.num);
		change_cell(b, ws, r, DC_CHANGE,
			    (d->has_prev && d->has_score)
				? d->score - d->prev_score
				: NAN);
		for (int k = 0; k < s->nsections; k++)
			score_cell(b, ws, r, DC_SECTIONS + k, d->section[k]);
	}
	tk_sheet_keep(
	    &b->sh,
	    worksheet_autofilter(ws, DIV_HEAD, 0,
				 (lxw_row_t)(last > DIV_HEAD ? last : DIV_HEAD),
				 (lxw_col_t)(ncols - 1)));
	worksheet_freeze_panes(ws, DIV_FIRST, DC_NAME + 1);
	tk_buf_free(&t);
	page_setup(b, ws, DIV_HEAD, DIV_HEAD);
}

/* ------------------------------------------------------------ 項目別 */

static void write_items(struct book *b, lxw_worksheet *ws, const int *iorder)
{
	const struct tk_scores *sc = b->sc;
	const struct tk_survey *s = sc->s;
	static const char *const heads[] = {
	    "項目番号", "区分",	  "点検項目",	"根拠",	   "重要度",
	    "平均",	"遵守率", "回答所属数", "弱い所属"};
	static const double widths[] = {10, 18, 56, 18, 7, 7, 8, 8, 40};
	const int head = 2, first = 3, last = first + s->nitems - 1;
	struct tk_buf t = {0};
	int weak[WEAKEST];

	for (int c = 0; c < 9; c++)
		tk_sheet_width(&b->sh, ws, c, c, widths[c]);
	tk_buf_addf(&t, "項目別の結果（%s）", sc->title);
	tk_sheet_put(&b->sh, ws, 0, 0, t.s, b->f.title);
	tk_sheet_put(
	    &b->sh, ws, 1, 0,
	    "平均は所属の値（できている=100）の平均、遵守率は値のある回答のうち満点の割合。平均の低い順、得点のない項目は末尾。弱い所属は値の低い所属（最大5）。平均と遵守率の色は評価の帯（100点に換算）。",
	    b->f.note);
	tk_sheet_keep(&b->sh, worksheet_set_row(ws, head, 30, NULL));
	for (int c = 0; c < 9; c++)
		tk_sheet_put(&b->sh, ws, head, c, heads[c], b->f.head);
	for (int j = 0; j < s->nitems; j++) {
		int i = iorder[j], r = first + j, nw;
		const struct tk_item *it = &s->items[i];
		const struct tk_item_total *x = &sc->items[i];
		const char *sec = it->section >= 0 && it->section < s->nsections
				      ? s->sections[it->section].title
				      : "";
		nw = weakest_divisions(sc, i, weak, WEAKEST);
		tk_buf_reset(&t);
		for (int k = 0; k < nw; k++)
			tk_buf_addf(&t, "%s%s", k ? "、" : "",
				    sc->div[weak[k]].name);
		{
			const char *wrapped[] = {
			    "", sec, it->text, it->clause, "", "", "", "", t.s};
			tk_sheet_fit_row(&b->sh, ws, r, wrapped, widths, 9);
		}
		item_cells(b, ws, r, it, sec);
		score_cell(b, ws, r, 5,
			   (x->divisions > 0) ? x->mean * 100 : NAN);
		pct_cell(b, ws, r, 6, (x->counted > 0) ? x->compliance : NAN);
		num(b, ws, r, 7, x->divisions, b->f.integer);
		tk_sheet_put(&b->sh, ws, r, 8, t.s, b->f.wrap);
	}
	band_legend(b, ws, 1, 4);
	tk_sheet_keep(&b->sh, worksheet_autofilter(
				  ws, (lxw_row_t)head, 0,
				  (lxw_row_t)(last > head ? last : head), 8));
	worksheet_freeze_panes(ws, (lxw_row_t)first, 1);
	tk_buf_free(&t);
	page_setup(b, ws, head, head);
}

/* ------------------------------------------------------------ 未提出 */

static void write_missing(struct book *b, lxw_worksheet *ws)
{
	const struct tk_scores *sc = b->sc;
	static const char *const heads[] = {"所属コード", "所属名", "区分",
					    "上位", "所属長"};
	static const double widths[] = {10, 26, 12, 22, 18};
	struct tk_buf t = {0};
	int r = 3, missing = sc->targeted - sc->submitted;
	char day[64];

	for (int c = 0; c < 5; c++)
		tk_sheet_width(&b->sh, ws, c, c, widths[c]);
	tk_sheet_put(&b->sh, ws, 0, 0, "未提出の所属", b->f.title);
	tk_buf_addf(&t, "提出期限：%s　対象 %d 所属のうち未提出 %d 所属",
		    due_label(sc->due, day, sizeof day), sc->targeted, missing);
	tk_sheet_put(&b->sh, ws, 1, 0, t.s, b->f.note);
	if (missing <= 0) {
		tk_buf_reset(&t);
		tk_buf_addf(
		    &t,
		    "未提出の所属はありません（対象 %d 所属すべてから提出されています）。",
		    sc->targeted);
		tk_sheet_put(&b->sh, ws, 3, 0, t.s, b->f.subtitle);
		tk_buf_free(&t);
		page_setup(b, ws, -1, -1);
		return;
	}
	for (int c = 0; c < 5; c++)
		tk_sheet_put(&b->sh, ws, 2, c, heads[c], b->f.head);
	for (int d = 0; d < sc->ndiv; d++) {
		const struct tk_division_score *x = &sc->div[d];
		if (x->submitted)
			continue;
		tk_sheet_put(&b->sh, ws, r, 0, x->code, b->f.text);
		tk_sheet_put(&b->sh, ws, r, 1, x->name, b->f.text);
		tk_sheet_put(&b->sh, ws, r, 2, tk_kind_label(x->kind),
			     b->f.text);
		tk_sheet_put(&b->sh, ws, r, 3, x->group_name, b->f.text);
		tk_sheet_put(&b->sh, ws, r, 4, x->head_name, b->f.text);
		r++;
	}
	tk_sheet_keep(&b->sh,
		      worksheet_autofilter(ws, 2, 0, (lxw_row_t)(r - 1), 4));
	worksheet_freeze_panes(ws, 3, 0);
	tk_buf_free(&t);
	page_setup(b, ws, 2, 2);
}

/* ------------------------------------------------------------ 前年比 */

/* Columns D..G of a 前年比 row: the score, its grade, the previous score
 * and the change (NAN: none). */
static void prev_cells(struct book *b, lxw_worksheet *ws, int r, double now,
		       const char *grade, double prev)
{
	score_cell(b, ws, r, 3, now);
	tk_sheet_put(&b->sh, ws, r, 4, grade, b->f.center);
	score_cell(b, ws, r, 5, prev);
	change_cell(b, ws, r, 6, now - prev);
}

static void write_prev(struct book *b, lxw_worksheet *ws)
{
	const struct tk_scores *sc = b->sc;
	static const char *const heads[] = {
	    "所属コード", "所属名", "上位", "今年度", "評価", "前年度", "増減"};
	static const double widths[] = {10, 26, 22, 9, 6, 9, 9};
	struct tk_buf t = {0};
	int r = 4;

	for (int c = 0; c < 7; c++)
		tk_sheet_width(&b->sh, ws, c, c, widths[c]);
	tk_sheet_put(&b->sh, ws, 0, 0, "前年度との比較", b->f.title);
	if (!sc->prev_campaign) {
		tk_buf_addf(
		    &t,
		    "%d年度より前に同じ点検票（%s）による点検がないため、比較できません。",
		    sc->fy, sc->s->id);
		tk_sheet_put(&b->sh, ws, 2, 0, t.s, b->f.subtitle);
		tk_buf_free(&t);
		page_setup(b, ws, -1, -1);
		return;
	}
	tk_buf_addf(
	    &t,
	    "前年度：%d年度（実施計画 %ld）。所属は所属コードで対応させています（名称が変わっても同じ所属）。",
	    sc->prev_fy, sc->prev_campaign);
	tk_sheet_put(&b->sh, ws, 1, 0, t.s, b->f.note);
	for (int c = 0; c < 7; c++)
		tk_sheet_put(&b->sh, ws, 3, c, heads[c], b->f.head);
	tk_sheet_put(&b->sh, ws, r, 0, "", b->f.label);
	tk_sheet_put(&b->sh, ws, r, 1, "（全体）", b->f.label);
	tk_sheet_put(&b->sh, ws, r, 2, "", b->f.label);
	prev_cells(b, ws, r, sc->has_score ? sc->score : NAN,
		   sc->has_score ? tk_survey_grade(sc->s, sc->score) : "",
		   sc->has_prev_score ? sc->prev_score : NAN);
	r++;
	for (int d = 0; d < sc->ndiv; d++, r++) {
		const struct tk_division_score *x = &sc->div[d];
		tk_sheet_put(&b->sh, ws, r, 0, x->code, b->f.text);
		tk_sheet_put(&b->sh, ws, r, 1, x->name, b->f.text);
		tk_sheet_put(&b->sh, ws, r, 2, x->group_name, b->f.text);
		prev_cells(b, ws, r, x->has_score ? x->score : NAN,
			   x->has_score ? x->grade : "",
			   x->has_prev ? x->prev_score : NAN);
	}
	band_legend(b, ws, 2, 0);
	tk_sheet_keep(&b->sh,
		      worksheet_autofilter(ws, 3, 0, (lxw_row_t)(r - 1), 6));
	worksheet_freeze_panes(ws, 5, 2);
	tk_buf_free(&t);
	page_setup(b, ws, 3, 4);
}

/* ------------------------------------------------------------ workbooks */

/* The document properties of a report workbook. */
static void set_properties(struct book *b)
{
	const struct tk_scores *sc = b->sc;
	char subject[64];
	snprintf(subject, sizeof subject, "tenken-report/1 campaign %ld",
		 sc->campaign);
	tk_sheet_keep(
	    &b->sh, workbook_set_properties(
			b->sh.wb, &(lxw_doc_properties){.title = sc->title,
							.subject = sc->s->title,
							.keywords = sc->marking,
							.comments = subject}));
}

int tk_report_org(const struct tk_scores *sc, const char *anchor,
		  const char *path, const char *name, struct tk_error *err)
{
	struct book b = {0};
	lxw_worksheet *ws[6];
	static const char *const names[] = {SHEET_SUMMARY, SHEET_DIVISIONS,
					    SHEET_ITEMS,   SHEET_MISSING,
					    SHEET_PREV,	   SHEET_CHARTDATA};
	int *dorder, *iorder, rc;

	b.sc = sc;
	b.anchor = anchor;
	if ((rc = tk_sheet_open(&b.sh, path, name, err)))
		return rc;
	make_formats(b.sh.wb, &b.f);
	make_band_formats(b.sh.wb, sc->s, &b.f);
	for (int i = 0; i < 6; i++)
		if (!(ws[i] = workbook_add_worksheet(b.sh.wb, names[i])))
			return tk_sheet_no_sheets(&b.sh, path, name, err);
	worksheet_hide(ws[5]);
	b.chartdata = ws[5];
	dorder = division_order(sc);
	iorder = item_order(sc);
	b.dorder = dorder;
	write_summary(&b, ws[0], dorder, iorder);
	write_divisions(&b, ws[1], dorder);
	write_items(&b, ws[2], iorder);
	write_missing(&b, ws[3]);
	write_prev(&b, ws[4]);
	free(dorder);
	free(iorder);
	set_properties(&b);
	return tk_sheet_close(&b.sh, path, name, err);
}

/* ------------------------------------------------------------ 結果 */

/* The columns of 結果. */
static const double result_widths[] = {26, 12, 12, 12, 44};

/* The division's title and facts on 結果; returns the next row. */
static int result_head(struct book *b, lxw_worksheet *ws,
		       const struct tk_division_score *x)
{
	const struct tk_scores *sc = b->sc;
	const struct tk_survey *s = sc->s;
	struct tk_buf t = {0};
	char fy[64];
	int r = 0;

	tk_buf_addf(&t, "%s　結果通知", sc->title);
	tk_sheet_put(&b->sh, ws, r++, 0, t.s, b->f.title);
	tk_buf_reset(&t);
	tk_buf_addf(&t, "%s %s", x->code, x->name);
	tk_sheet_put(&b->sh, ws, r++, 0, t.s, b->f.subtitle);
	r++;
	r = kv_text(b, ws, r, "所属", t.s);
	r = kv_text(b, ws, r, "年度", fy_label(sc->fy, fy, sizeof fy));
	tk_buf_reset(&t);
	tk_buf_addf(&t, "%s（%s 版 %s）", s->title, s->id, s->version);
	r = kv_text(b, ws, r, "点検票", t.s);
	r = kv_text(b, ws, r, "取扱区分", sc->marking);
	tk_buf_free(&t);
	return r;
}

/* The rest of 結果 for a division that did not submit. */
static void result_missing(struct book *b, lxw_worksheet *ws, int r)
{
	struct tk_buf t = {0};
	char day[64];
	tk_buf_addf(&t, "未提出（提出期限：%s）",
		    due_label(b->sc->due, day, sizeof day));
	r = kv_text(b, ws, r, "提出", t.s);
	r++;
	tk_sheet_put(
	    &b->sh, ws, r++, 0,
	    "点検票が提出されていないため、この所属の結果はありません。速やかに提出してください。",
	    b->f.subtitle);
	tk_buf_free(&t);
}

/* What the division wrote at the head of its form: 点検日, 記入者 and
 * 所属長確認 (the head's name and the date); "未記入" when blank. */
static int result_form_head(struct book *b, lxw_worksheet *ws, int r,
			    const struct tk_division_score *x)
{
	struct tk_buf t = {0};
	const char *by = x->head_confirmed_by, *on = x->head_confirmed_on;
	r = kv_text(b, ws, r, "点検日",
		    x->inspected_on ? x->inspected_on : "未記入");
	r = kv_text(b, ws, r, "記入者", x->filled_by ? x->filled_by : "未記入");
	if (by || on)
		tk_buf_addf(&t, "%s（確認日 %s）", by ? by : "氏名未記入",
			    on ? on : "未記入");
	r = kv_text(b, ws, r, "所属長確認", t.s ? t.s : "未記入");
	tk_buf_free(&t);
	return r;
}

/* The key figures of a division that submitted; returns the next row. */
static int result_figures(struct book *b, lxw_worksheet *ws, int r,
			  const struct tk_division_score *x)
{
	const struct tk_scores *sc = b->sc;
	const struct tk_survey *s = sc->s;
	struct tk_buf t = {0};
	int scored = scored_divisions(sc);

	tk_buf_reset(&t);
	tk_buf_adds(&t, "提出済み");
	if (x->submitted_at && strlen(x->submitted_at) >= 16) {
		char at[32], day[64];
		tk_local_time(x->submitted_at, at, sizeof at);
		at[10] = '\0'; /* "YYYY-MM-DD", then "HH:MM" at 11 */
		tk_buf_addf(&t, "（%s %.5s 取込）",
			    tk_wareki(at, day, sizeof day), at + 11);
	}
	r = kv_text(b, ws, r, "提出", t.s);
	r = result_form_head(b, ws, r, x);
	r = kv_num(b, ws, r, "得点（100点満点）",
		   (struct figure){x->has_score ? x->score : NAN,
				   band_of(b, x->score) >= 0 && x->has_score
				       ? b->f.band[band_of(b, x->score)]
				       : b->f.value_num,
				   "得点なし（対象となる項目がありません）"});
	r = kv_text(b, ws, r, "評価", x->has_score ? x->grade : "－");
	tk_buf_reset(&t);
	if (x->rank)
		tk_buf_addf(&t, "%d 位 / %d 所属", x->rank, scored);
	r = kv_text(b, ws, r, "順位", x->rank ? t.s : "－");
	r = kv_num(b, ws, r, "全所属の平均",
		   (struct figure){sc->has_score ? sc->score : NAN,
				   b->f.value_num, "－"});
	r = kv_num(
	    b, ws, r, "前年度の得点",
	    (struct figure){x->has_prev ? x->prev_score : NAN, b->f.value_num,
			    sc->prev_campaign ? "なし"
					      : "前年度の点検はありません"});
	r = kv_num(b, ws, r, "前年度からの増減",
		   (struct figure){(x->has_prev && x->has_score)
				       ? x->score - x->prev_score
				       : NAN,
				   b->f.value_change, "－"});
	tk_buf_reset(&t);
	tk_buf_addf(&t, "%d 項目（回答 %d 項目）", x->applicable, x->answered);
	r = kv_text(b, ws, r, "得点の対象項目", t.s);
	tk_buf_reset(&t);
	grade_bands(s, &t);
	band_legend(b, ws, r, 2);
	r = kv_text(b, ws, r, "評価の基準", t.s);
	tk_buf_free(&t);
	return r;
}

/* The section table of 結果 from row r; *first gets its first data row.
 * Returns the next row. */
static int result_sections(struct book *b, lxw_worksheet *ws, int r,
			   const struct tk_division_score *x, int *first)
{
	const struct tk_scores *sc = b->sc;
	const struct tk_survey *s = sc->s;
	struct tk_buf t = {0};
	int sec_first;

	tk_sheet_put(&b->sh, ws, r++, 0, "区分別の得点", b->f.heading);
	tk_sheet_put(&b->sh, ws, r, 0, "区分", b->f.head);
	tk_sheet_put(&b->sh, ws, r, 1, "本所属", b->f.head);
	tk_sheet_put(&b->sh, ws, r, 2, "全所属の平均", b->f.head);
	tk_sheet_put(&b->sh, ws, r, 3, "差", b->f.head);
	r++;
	sec_first = r;
	for (int k = 0; k < s->nsections; k++, r++) {
		const char *name = section_name(s, k, &t);
		tk_sheet_fit_row(&b->sh, ws, r, &name, result_widths, 1);
		tk_sheet_put(&b->sh, ws, r, 0, name, b->f.wrap);
		score_cell(b, ws, r, 1, x->section[k]);
		score_cell(b, ws, r, 2, sc->section[k]);
		change_cell(b, ws, r, 3, x->section[k] - sc->section[k]);
	}
	*first = sec_first;
	tk_buf_free(&t);
	return r;
}

/* The chart of the section table (rows sec_first..) below row r, on a
 * page of its own. */
static void result_chart(struct book *b, lxw_worksheet *ws, int r, int d,
			 int sec_first)
{
	const struct tk_survey *s = b->sc->s;
	lxw_chart *ch = workbook_add_chart(b->sh.wb, LXW_CHART_BAR);
	double v[2 * 64 + 2], lo, hi;
	int nv = 0;
	lxw_chart_options opt = {.x_scale = 700.0 / 480.0};
	lxw_row_t last = (lxw_row_t)(sec_first + s->nsections - 1);
	lxw_row_t breaks[2] = {0};
	for (int c = 1; c <= 2; c++) {
		lxw_chart_series *ser = chart_add_series(ch, NULL, NULL);
		chart_series_set_categories(ser, SHEET_RESULT,
					    (lxw_row_t)sec_first, 0, last, 0);
		chart_series_set_values(ser, SHEET_RESULT, (lxw_row_t)sec_first,
					(lxw_col_t)c, last, (lxw_col_t)c);
		chart_series_set_name(ser, c == 1 ? "本所属" : "全所属の平均");
	}
	for (int k = 0; k < s->nsections && nv < 2 * 64; k++) {
		v[nv++] = b->sc->div[d].section[k];
		v[nv++] = b->sc->section[k];
	}
	axis_range(v, nv, &lo, &hi);
	/* In a bar chart x is the value axis, y the categories. */
	chart_style(ch, ch->x_axis, ch->y_axis, lo, hi);
	chart_axis_set_reverse(ch->y_axis);
	breaks[0] = (lxw_row_t)++r;
	opt.y_scale = (60.0 + 34.0 * s->nsections) / 288.0;
	if (opt.y_scale > CHART_PX / 288.0)
		opt.y_scale = CHART_PX / 288.0;
	opt.description = "区分別の得点";
	/* The chart on a page of its own when printed. */
	tk_sheet_keep(&b->sh, worksheet_set_h_pagebreaks(ws, breaks));
	tk_sheet_put(&b->sh, ws, r++, 0, "区分別の得点（本所属と全所属の平均）",
		     b->f.heading);
	r = axis_note(b, ws, r, lo, hi, 0);
	tk_sheet_keep(
	    &b->sh, worksheet_insert_chart_opt(ws, (lxw_row_t)r, 0, ch, &opt));
}

static void division_result(struct book *b, lxw_worksheet *ws, int d)
{
	const struct tk_division_score *x = &b->sc->div[d];
	int r, sec_first;

	for (int c = 0; c < 5; c++)
		tk_sheet_width(&b->sh, ws, c, c, result_widths[c]);
	r = result_head(b, ws, x);
	if (!x->submitted) {
		result_missing(b, ws, r);
	} else {
		r = result_figures(b, ws, r, x) + 1;
		r = result_sections(b, ws, r, x, &sec_first);
		if (b->sc->s->nsections > 0)
			result_chart(b, ws, r, d, sec_first);
	}
	page_setup(b, ws, -1, -1);
}

/* ------------------------------------------------------------ 要改善項目 */

static void division_improve(struct book *b, lxw_worksheet *ws, int d)
{
	const struct tk_scores *sc = b->sc;
	const struct tk_survey *s = sc->s;
	const struct tk_division_score *x = &sc->div[d];
	static const char *const heads[] = {
	    "項目番号", "区分",	  "点検項目",	  "根拠",
	    "重要度",	"本所属", "全所属の平均", "改善の手引き"};
	static const double widths[] = {10, 16, 50, 16, 7, 8, 9, 50};
	struct key *k = tk_xcalloc((size_t)s->nitems + 1, sizeof *k);
	struct tk_buf t = {0};
	int n = 0;

	for (int c = 0; c < 8; c++)
		tk_sheet_width(&b->sh, ws, c, c, widths[c]);
	tk_sheet_put(&b->sh, ws, 0, 0, "改善を要する項目", b->f.title);
	tk_buf_addf(&t, "%s %s", x->code, x->name);
	tk_sheet_put(&b->sh, ws, 1, 0, t.s, b->f.subtitle);
	if (!x->submitted) {
		tk_sheet_put(&b->sh, ws, 3, 0,
			     "未提出のため、結果はありません。", b->f.subtitle);
		goto done;
	}
	for (int i = 0; i < s->nitems; i++)
		if (x->items[i].counted && x->items[i].value < 1.0) {
			/* worst first; equal values: the graver first */
			k[n].v = x->items[i].value;
			k[n++].i = (int)s->items[i].severity * s->nitems + i;
		}
	qsort(k, (size_t)n, sizeof *k, key_cmp);
	tk_sheet_put(
	    &b->sh, ws, 2, 0,
	    "本所属・全所属の平均は、満点を100とした項目の値。低い順。",
	    b->f.note);
	if (!n) {
		tk_sheet_put(&b->sh, ws, 4, 0, "改善を要する項目はありません。",
			     b->f.subtitle);
		goto done;
	}
	tk_sheet_keep(&b->sh, worksheet_set_row(ws, 3, 30, NULL));
	for (int c = 0; c < 8; c++)
		tk_sheet_put(&b->sh, ws, 3, c, heads[c], b->f.head);
	for (int j = 0; j < n; j++) {
		int i = k[j].i % s->nitems, r = 4 + j;
		const struct tk_item *it = &s->items[i];
		const struct tk_item_total *tot = &sc->items[i];
		const char *sec = it->section >= 0 && it->section < s->nsections
				      ? s->sections[it->section].title
				      : "";
		const char *wrapped[] = {"", sec, it->text, it->clause,
					 "", "",  "",	    it->guidance};
		tk_sheet_fit_row(&b->sh, ws, r, wrapped, widths, 8);
		item_cells(b, ws, r, it, sec);
		num(b, ws, r, 5, x->items[i].value * 100, b->f.num);
		num(b, ws, r, 6, (tot->divisions > 0) ? tot->mean * 100 : NAN,
		    b->f.num);
		tk_sheet_put(&b->sh, ws, r, 7, it->guidance, b->f.wrap);
	}
	worksheet_freeze_panes(ws, 4, 1);
	free(k);
	tk_buf_free(&t);
	page_setup(b, ws, 3, 3);
	return;
done:
	free(k);
	tk_buf_free(&t);
	page_setup(b, ws, -1, -1);
}

/* ------------------------------------------------------------ 追加情報 */

/* The rows the plugin's report hook gave for this division. */
static void division_extra(struct book *b, lxw_worksheet *ws, int d)
{
	const struct tk_division_score *x = &b->sc->div[d];
	struct tk_buf t = {0};
	tk_sheet_width(&b->sh, ws, 0, 0, 40);
	tk_sheet_width(&b->sh, ws, 1, 1, 50);
	tk_sheet_put(&b->sh, ws, 0, 0, "追加情報（点検票の定める集計）",
		     b->f.title);
	tk_buf_addf(&t, "%s %s", x->code, x->name);
	tk_sheet_put(&b->sh, ws, 1, 0, t.s, b->f.subtitle);
	tk_sheet_put(&b->sh, ws, 3, 0, "項目", b->f.head);
	tk_sheet_put(&b->sh, ws, 3, 1, "内容", b->f.head);
	for (int i = 0; i < x->nextra; i++) {
		tk_sheet_put(&b->sh, ws, 4 + i, 0, x->extra_labels[i],
			     b->f.wrap);
		tk_sheet_put(&b->sh, ws, 4 + i, 1, x->extra_values[i],
			     b->f.wrap);
	}
	tk_buf_free(&t);
	page_setup(b, ws, 3, 3);
}

/* ------------------------------------------------------ 所属の記述・改善状況
 */

/* The columns of 所属の記述・改善状況: the improvements' table; a note
 * spans 0-2 (where it was written) and 3-6 (what). */
static const double notes_widths[] = {12, 30, 10, 40, 20, 9, 9};
static const double note_spans[] = {52, 78};

/* One string across columns c1..c2 of row r. */
static void put_span(struct book *b, lxw_worksheet *ws, int r, int c1, int c2,
		     const char *s, lxw_format *f)
{
	tk_sheet_keep(&b->sh,
		      worksheet_merge_range(ws, (lxw_row_t)r, (lxw_col_t)c1,
					    (lxw_row_t)r, (lxw_col_t)c2, s, f));
}

/* The division's free-text answers from row r; returns the next row. */
static int notes_texts(struct book *b, lxw_worksheet *ws, int r,
		       const struct tk_report_division_notes *n)
{
	tk_sheet_put(&b->sh, ws, r++, 0, "所属の記述（記述式の回答・備考）",
		     b->f.heading);
	if (!n || !n->nnotes) {
		tk_sheet_put(&b->sh, ws, r++, 0, "記述なし", b->f.subtitle);
		return r;
	}
	put_span(b, ws, r, 0, 2, "項目", b->f.head);
	put_span(b, ws, r++, 3, 6, "記述", b->f.head);
	for (int i = 0; i < n->nnotes; i++, r++) {
		const char *t[] = {n->notes[i].source, n->notes[i].text};
		tk_sheet_fit_row(&b->sh, ws, r, t, note_spans, 2);
		put_span(b, ws, r, 0, 2, t[0], b->f.wrap);
		put_span(b, ws, r, 3, 6, t[1], b->f.wrap);
	}
	return r;
}

/* One open improvement on row r. */
static void notes_open_row(struct book *b, lxw_worksheet *ws, int r,
			   const struct tk_report_open *o)
{
	char due[64];
	const char *kind = !strcmp(o->kind, "plan") ? "改善計画" : "措置結果";
	const char *t[] = {o->clause, o->finding, kind, o->description};
	tk_sheet_fit_row(&b->sh, ws, r, t, notes_widths, 4);
	for (int c = 0; c < 4; c++)
		tk_sheet_put(&b->sh, ws, r, c, t[c], b->f.wrap);
	tk_sheet_put(&b->sh, ws, r, 4,
		     *o->due ? tk_wareki(o->due, due, sizeof due) : "－",
		     b->f.center);
	num(b, ws, r, 5, o->progress, b->f.integer);
	if (o->days_overdue > 0)
		num(b, ws, r, 6, o->days_overdue, b->f.integer);
	else
		tk_sheet_put(&b->sh, ws, r, 6, "－", b->f.center);
}

/* The division's open improvements from row r; returns the next row. */
static int notes_open(struct book *b, lxw_worksheet *ws, int r,
		      const struct tk_report_division_notes *n)
{
	static const char *const heads[] = {"根拠",    "指摘事項", "区分",
					    "内容",    "期限",	   "進捗（%）",
					    "超過日数"};
	struct tk_buf t = {0};
	char day[64];

	tk_sheet_put(&b->sh, ws, r++, 0, "改善中の項目（措置結果・改善計画）",
		     b->f.heading);
	if (!n || !n->nopen) {
		tk_sheet_put(&b->sh, ws, r++, 0, "改善中の項目なし",
			     b->f.subtitle);
		return r;
	}
	tk_buf_addf(
	    &t,
	    "超過日数は%s現在（報告書の作成日）。期限の当日は超過としない。",
	    tk_wareki(n->as_of, day, sizeof day));
	tk_sheet_put(&b->sh, ws, r++, 0, t.s, b->f.note);
	tk_buf_free(&t);
	for (int c = 0; c < 7; c++)
		tk_sheet_put(&b->sh, ws, r, c, heads[c], b->f.head);
	r++;
	for (int i = 0; i < n->nopen; i++, r++)
		notes_open_row(b, ws, r, &n->open[i]);
	return r;
}

/* What the division wrote in the campaign and what it is still
 * improving. */
static void division_notes(struct book *b, lxw_worksheet *ws, int d,
			   const struct tk_report_division_notes *n)
{
	const struct tk_division_score *x = &b->sc->div[d];
	struct tk_buf t = {0};
	int r = 3;
	for (int c = 0; c < 7; c++)
		tk_sheet_width(&b->sh, ws, c, c, notes_widths[c]);
	tk_sheet_put(&b->sh, ws, 0, 0, "所属の記述・改善状況", b->f.title);
	tk_buf_addf(&t, "%s %s", x->code, x->name);
	tk_sheet_put(&b->sh, ws, 1, 0, t.s, b->f.subtitle);
	tk_buf_free(&t);
	r = notes_texts(b, ws, r, n) + 1;
	notes_open(b, ws, r, n);
	page_setup(b, ws, -1, -1);
}

int tk_report_division(const struct tk_scores *sc, int d,
		       const struct tk_report_division_notes *notes,
		       const char *path, const char *name, struct tk_error *err)
{
	struct book b = {0};
	lxw_worksheet *res, *imp, *nts;
	int rc;

	if (d < 0 || d >= sc->ndiv)
		return tk_error_set(err, TK_EREPORT, "%s: no such division",
				    name);
	b.sc = sc;
	b.restriction = DIVISION_RESTRICTION;
	if ((rc = tk_sheet_open(&b.sh, path, name, err)))
		return rc;
	make_formats(b.sh.wb, &b.f);
	make_band_formats(b.sh.wb, sc->s, &b.f);
	res = workbook_add_worksheet(b.sh.wb, SHEET_RESULT);
	imp = workbook_add_worksheet(b.sh.wb, SHEET_IMPROVE);
	nts = workbook_add_worksheet(b.sh.wb, SHEET_NOTES);
	if (!res || !imp || !nts)
		return tk_sheet_no_sheets(&b.sh, path, name, err);
	division_result(&b, res, d);
	division_improve(&b, imp, d);
	division_notes(&b, nts, d, notes);
	if (sc->div[d].nextra) {
		lxw_worksheet *ex =
		    workbook_add_worksheet(b.sh.wb, SHEET_EXTRA);
		if (ex)
			division_extra(&b, ex, d);
		else
			tk_sheet_keep(&b.sh, LXW_ERROR_MEMORY_MALLOC_FAILED);
	}
	set_properties(&b);
	return tk_sheet_close(&b.sh, path, name, err);
}
