/*
 * form.c — the offline self-inspection forms (点検票) of a campaign, one
 * .xlsx per target division, written with libxlsxwriter.
 *
 * The layout is the contract of docs/formats.md ("Self-inspection form
 * workbook"): 記入要領 (instructions), 回答 (the protected answer sheet) and
 * the very hidden _tenken metadata with the form token.  Everything a plugin
 * or the organisation supplies is written as a string cell, so a text that
 * starts with '=' stays text.
 *
 * It writes one workbook from the data it is given; the export use case
 * (app/form_export.c) finds the targets, issues the tokens and puts the
 * files in place.
 *
 * libxlsxwriter 1.1.4 can only mark a sheet "hidden"; the _tenken sheet is
 * made "veryHidden" by rewriting that one attribute in xl/workbook.xml with
 * libzip after the workbook is closed.
 */
#include "reports/form.h"

#include "reports/sheet.h"

#include "lib/util.h"
#include "model/survey.h"
#include "model/vocab.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#define ANSWER_SHEET "回答"
#define FIRST_ROW    6 /* 1-based, as written into _tenken */
#define HEADER_ROW   4 /* 0-based: row 5 */
/* The head of a self-inspection division form (回答!F1:G4): 点検日, 記入者,
 * 所属長確認 (氏名, 確認日); the inputs are in column G, rows 1-4, and
 * _tenken's head_cells names them for the importer. */
#define HEAD_LABEL_COL 5
#define HEAD_INPUT_COL 6
#define HEAD_CELLS     "G1,G2,G3,G4"
/* Line height (points) of wrapped 11 pt text on 記入要領, generous for a
 * Japanese fallback font. */
#define INSTR_LINE_PT 16.0
#define INSTR_TEXT_W  96.0

/* Column widths of the division answer sheet, A..G. */
static const double division_widths[] = {10, 18, 60, 20, 18, 30, 50};
/* Audit checklists: 判定 (E), 所見 (F), 確認した証跡 (G), then what to
 * examine and the guidance (H). */
static const double audit_widths[] = {10, 16, 50, 18, 14, 36, 30, 44};
#define STAFF_ITEM_WIDTH 16.0

/* The formats of one workbook (formats belong to their workbook). */
struct formats {
	lxw_format *title, *subtitle, *hint, *hint_wrap, *head, *cell, *cell_id;
	lxw_format *na;
	lxw_format *answer, *answer_date, *comment, *closed;
	lxw_format *i_title, *i_label, *i_value, *i_heading, *i_num, *i_text;
};

/* Everything one workbook is made from. */
struct form {
	const struct tk_form_campaign *c;
	const struct tk_survey *s;
	const struct tk_form_division *t;
	const char *token, *items_csv;
	const struct tk_form_staff *staff;
	int nstaff;
	const struct tk_form_prefill *prefill; /* or NULL */
	struct tk_sheet sh;
	struct formats f;
};

/* An answer cell: blank, or the prefilled answer when there is one. */
static void answer_cell(struct form *w, lxw_worksheet *ws, int row, int col,
			const struct tk_item *it, const char *staff)
{
	lxw_format *f =
	    it->type == TK_ITEM_DATE ? w->f.answer_date : w->f.answer;
	const char *v = w->prefill ? w->prefill->answer(w->prefill->ctx,
							w->t->code, staff, it)
				   : NULL;
	if (!v)
		tk_sheet_blank(&w->sh, ws, row, col, f);
	else if (it->type == TK_ITEM_NUMBER)
		tk_sheet_keep(&w->sh, worksheet_write_number(ws, (lxw_row_t)row,
							     (lxw_col_t)col,
							     atof(v), f));
	else
		tk_sheet_put(&w->sh, ws, row, col, v, f);
}

/* ------------------------------------------------------------ helpers */

static int item_applies(const struct tk_item *it, unsigned kind)
{
	return it->applies_kinds == 0 || (it->applies_kinds & kind);
}

/* Whether the scale's labels can be an in-cell list: Excel splits the list
 * on commas, and it must stay within 255 characters.  The byte length is
 * checked, because some libxlsxwriter releases size their buffer in bytes. */
static int list_fits(const struct tk_scale *sc)
{
	size_t n = 0;
	if (sc->nchoices <= 0)
		return 0;
	for (int j = 0; j < sc->nchoices; j++) {
		const char *l = sc->choices[j].label;
		if (!*l || strchr(l, ',') || strchr(l, '"'))
			return 0;
		n += strlen(l) + 1;
	}
	return n - 1 <= 255;
}

/* The guidance column: the item's guidance, what it depends on and the
 * evidence to look at.  Caller frees. */
static char *guidance_text(const struct tk_survey *s, const struct tk_item *it)
{
	struct tk_buf b = {0};
	if (it->applies_item >= 0 && it->applies_item < s->nitems) {
		const char *dep = s->items[it->applies_item].id;
		/* Plugins often say it themselves; do not repeat it. */
		if (!it->guidance || !strstr(it->guidance, dep)) {
			tk_buf_addf(&b, "（%s が", dep);
			for (int j = 0; j < it->napplies_any; j++)
				tk_buf_addf(&b, "%s「%s」", j ? "又は" : "",
					    it->applies_any[j]);
			tk_buf_adds(&b, "の場合に回答）");
		}
	}
	if (it->guidance && *it->guidance)
		tk_buf_adds(&b, it->guidance);
	if (it->evidence && *it->evidence) {
		if (b.len)
			tk_buf_addc(&b, '\n');
		tk_buf_addf(&b, "確認資料：%s", it->evidence);
	}
	if (it->type == TK_ITEM_CHOICE && it->scale >= 0 &&
	    it->scale < s->nscales && !list_fits(&s->scales[it->scale])) {
		const struct tk_scale *sc = &s->scales[it->scale];
		if (b.len)
			tk_buf_addc(&b, '\n');
		tk_buf_adds(&b, "回答：");
		for (int j = 0; j < sc->nchoices; j++)
			tk_buf_addf(&b, "%s「%s」", j ? "／" : "",
				    sc->choices[j].label);
	}
	return b.s ? tk_buf_take(&b) : tk_xstrdup("");
}

/* ------------------------------------------------------------ formats */

static void make_formats(lxw_workbook *wb, struct formats *f)
{
	f->title = tk_sheet_fmt_base(wb);
	format_set_bold(f->title);
	format_set_font_size(f->title, 14);
	f->subtitle = tk_sheet_fmt_base(wb);
	format_set_font_size(f->subtitle, 11);
	f->hint = tk_sheet_fmt_base(wb);
	format_set_font_color(f->hint, 0x595959);
	f->hint_wrap = tk_sheet_fmt_base(wb);
	format_set_font_color(f->hint_wrap, 0x595959);
	format_set_text_wrap(f->hint_wrap);

	f->head = tk_sheet_fmt_head(wb);
	f->cell = tk_sheet_fmt_boxed(wb, 1);
	f->cell_id = tk_sheet_fmt_boxed(wb, 0);
	f->na = tk_sheet_fmt_na(wb);

	f->answer = tk_sheet_fmt_input(wb, 1);
	f->answer_date = tk_sheet_fmt_input(wb, 0);
	format_set_num_format(f->answer_date, "yyyy/mm/dd");
	f->comment = tk_sheet_fmt_input(wb, 1);
	/* A follow-up its gate closes (conditional formatting). */
	f->closed = workbook_add_format(wb);
	format_set_bg_color(f->closed, 0xD9D9D9);
	format_set_font_color(f->closed, 0x7F7F7F);

	f->i_title = workbook_add_format(wb);
	format_set_bold(f->i_title);
	format_set_font_size(f->i_title, 16);
	f->i_label = tk_sheet_fmt_boxed(wb, 1);
	format_set_font_size(f->i_label, 11);
	format_set_bold(f->i_label);
	format_set_bg_color(f->i_label, 0xF2F2F2);
	f->i_value = tk_sheet_fmt_boxed(wb, 1);
	format_set_font_size(f->i_value, 11);
	f->i_heading = workbook_add_format(wb);
	format_set_bold(f->i_heading);
	format_set_font_size(f->i_heading, 12);
	f->i_num = tk_sheet_fmt_base(wb);
	format_set_font_size(f->i_num, 11);
	format_set_align(f->i_num, LXW_ALIGN_RIGHT);
	f->i_text = tk_sheet_fmt_base(wb);
	format_set_font_size(f->i_text, 11);
	format_set_text_wrap(f->i_text);
}

/* ------------------------------------------------------------ page setup */

/* A4 landscape, fit to the page width, the marking in the header and the
 * footer, page numbers; protected with only the unlocked cells editable. */
static void page_setup(struct form *w, lxw_worksheet *ws)
{
	struct tk_buf h = {0}, f = {0};
	lxw_protection prot = {0};

	tk_sheet_a4_landscape(ws, 0.7);

	tk_sheet_hf_part(&h, "&L", w->c->marking);
	tk_sheet_hf_part(&h, "&R", w->c->title);
	if (lxw_utf8_strlen(h.s) > LXW_HEADER_FOOTER_MAX) {
		tk_buf_reset(&h);
		tk_sheet_hf_part(&h, "&L", w->c->marking);
	}
	tk_sheet_hf_part(&f, "&L", w->t->code);
	tk_sheet_hf_part(&f, " ", w->t->name);
	tk_sheet_hf_part(&f, "&C&P / &N&R", w->c->marking);
	if (lxw_utf8_strlen(f.s) > LXW_HEADER_FOOTER_MAX) {
		tk_buf_reset(&f);
		tk_buf_adds(&f, "&C&P / &N");
	}
	/* A marking beyond Excel's 255 characters cannot be shown there. */
	if (lxw_utf8_strlen(h.s) <= LXW_HEADER_FOOTER_MAX)
		tk_sheet_keep(&w->sh, worksheet_set_header(ws, h.s));
	tk_sheet_keep(&w->sh, worksheet_set_footer(ws, f.s));
	tk_buf_free(&h);
	tk_buf_free(&f);

	prot.format_columns = 1;
	prot.format_rows = 1;
	worksheet_protect(ws, NULL, &prot);
}

/* ------------------------------------------------------------ 記入要領 */

/* A self-inspection form answered by the division carries the head fields
 * (点検日, 記入者, 所属長確認); staff forms and audit checklists do not. */
static int has_head(const struct form *w)
{
	return w->s->respondent != TK_RESP_STAFF &&
	       !tk_survey_kind_is_audit(w->s->kind);
}

/* The one date example of a form, in the campaign's fiscal year and in a
 * form the importer reads (YYYY/MM/DD, as Excel shows a date cell). */
static void date_example(int fy, char out[16])
{
	snprintf(out, 16, "%04d/10/01", fy % 10000);
}

/* The lines text takes in column B of 記入要領: a full-width character
 * counts as 2 columns (sheet.h counts 1.85: the width is scaled to it). */
static int instr_lines(const char *text)
{
	const double width = INSTR_TEXT_W * 1.85 / 2.0;
	double h = tk_sheet_row_height(&text, &width, 1);
	return h > 0 ? (int)((h - 2) / 13.0 + 0.5) : 1;
}

/* Row r as tall as its text in column B needs: neither LibreOffice nor
 * Excel grows the rows of a generated file, and a cut instruction is not
 * read. */
static void instr_fit(struct form *w, lxw_worksheet *ws, int r,
		      const char *text)
{
	double h = instr_lines(text) * INSTR_LINE_PT + 4;
	tk_sheet_keep(&w->sh, worksheet_set_row(ws, (lxw_row_t)r,
						h > 409 ? 409 : h, NULL));
}

static int instr_row(struct form *w, lxw_worksheet *ws, int r,
		     const char *label, const char *value)
{
	tk_sheet_put(&w->sh, ws, r, 0, label, w->f.i_label);
	tk_sheet_put(&w->sh, ws, r, 1, value, w->f.i_value);
	instr_fit(w, ws, r, value);
	return r + 1;
}

static int instr_step(struct form *w, lxw_worksheet *ws, int r, int n,
		      const char *text)
{
	char num[16];
	snprintf(num, sizeof num, "%d.", n);
	tk_sheet_put(&w->sh, ws, r, 0, num, w->f.i_num);
	tk_sheet_put(&w->sh, ws, r, 1, text, w->f.i_text);
	instr_fit(w, ws, r, text);
	return r + 1;
}

/* What the survey asks, as far as the instructions mention it. */
struct asks {
	int na;	      /* an item does not apply to this division */
	int choice;   /* an item is answered from a scale */
	int none;     /* a scale offers 該当なし */
	int num_date; /* a number or date item */
	int gated;    /* a follow-up item gated by another's answer */
};

static struct asks survey_asks(const struct tk_survey *s, unsigned kind)
{
	struct asks a = {0};
	for (int i = 0; i < s->nitems; i++) {
		const struct tk_item *it = &s->items[i];
		if (!item_applies(it, kind))
			a.na = 1;
		if (it->scale >= 0 && it->scale < s->nscales) {
			const struct tk_scale *sc = &s->scales[it->scale];
			a.choice = 1;
			for (int j = 0; j < sc->nchoices; j++)
				if (!strcmp(sc->choices[j].label, "該当なし"))
					a.none = 1;
		}
		if (it->type == TK_ITEM_NUMBER || it->type == TK_ITEM_DATE)
			a.num_date = 1;
		if (it->applies_item >= 0 && item_applies(it, kind))
			a.gated = 1;
	}
	return a;
}

/* The title and the facts of the form (division, due date, survey, the
 * survey's own instructions); returns the next row. */
static int instr_facts(struct form *w, lxw_worksheet *ws)
{
	const struct tk_survey *s = w->s;
	struct tk_buf b = {0};
	char due[64];
	int r = 0;

	tk_sheet_put(&w->sh, ws, r++, 0, w->c->title, w->f.i_title);
	r++;
	tk_buf_addf(&b, "%s %s", w->t->code, w->t->name);
	r = instr_row(w, ws, r, "所属", b.s);
	r = instr_row(w, ws, r, "提出期限",
		      w->c->due && *w->c->due
			  ? tk_wareki(w->c->due, due, sizeof due)
			  : "未定");
	r = instr_row(w, ws, r, "提出先", w->c->return_to);
	r = instr_row(w, ws, r, "取扱区分", w->c->marking);
	tk_buf_reset(&b);
	tk_buf_addf(&b, "%s（%s 版 %s、%d 項目）", s->title, s->id, s->version,
		    s->nitems);
	r = instr_row(w, ws, r, "点検票", b.s);
	r = instr_row(w, ws, r, "回答者",
		      s->respondent == TK_RESP_STAFF
			  ? "職員（所属の職員一人につき一行）"
			  : "所属");
	tk_buf_free(&b);
	if (s->description && *s->description) {
		r++;
		r = instr_row(w, ws, r, "点検の趣旨", s->description);
	}
	if (s->ninstructions > 0) {
		r++;
		tk_sheet_put(&w->sh, ws, r++, 0, "記入要領", w->f.i_heading);
		for (int i = 0; i < s->ninstructions; i++)
			r = instr_step(w, ws, r, i + 1, s->instructions[i]);
	}
	return r;
}

/* 回答の仕方: how to answer, from row r. */
static void instr_howto(struct form *w, lxw_worksheet *ws, int r)
{
	struct asks a = survey_asks(w->s, w->t->kind);
	int audit = tk_survey_kind_is_audit(w->s->kind);
	int head = has_head(w);
	char date_step[256], head_step[512], ex[16];
	date_example(w->c->fy, ex);
	snprintf(date_step, sizeof date_step,
		 "数量は半角数字で、日付は西暦（例：%s）で入力してください。",
		 ex);
	snprintf(
	    head_step, sizeof head_step,
	    "「" ANSWER_SHEET
	    "」シート右上の黄色の欄に、点検日（%d年4月1日から%d年3月31日までの日付）、記入者の職・氏名、所属長確認（確認した所属長の氏名と確認日）を記入してください。",
	    w->c->fy, w->c->fy + 1);
	const struct {
		int on;
		const char *text;
	} steps[] = {
	    {!audit,
	     "「" ANSWER_SHEET
	     "」シートの黄色の欄（回答欄・備考欄）にだけ入力できます。それ以外の欄は変更できません。"},
	    {audit,
	     "「" ANSWER_SHEET
	     "」シートの黄色の欄（判定・所見・確認した証跡）にだけ入力できます。それ以外の欄は変更できません。"},
	    {audit,
	     "「不適合」又は「軽微な不備」と判定した項目には、所見（確認した事実、件数、日付等）を必ず記入してください。所見のない指摘は取り込まれません。各項目で確認した簿冊・記録等は「確認した証跡」欄に記入してください。"},
	    {a.choice,
	     "選択式の項目は、回答欄を選ぶと表示される▼の一覧から選んでください。一覧にない文字は入力できません。"},
	    {a.none,
	     "その項目に当たる業務・機器・取扱いがない場合は「該当なし」を選んでください。"},
	    {a.na,
	     "灰色で「対象外」と表示された項目は、この所属では回答不要です。"},
	    {a.num_date, date_step},
	    {head, head_step},
	    {a.gated && w->s->respondent != TK_RESP_STAFF,
	     "前提の項目の回答により回答不要となった項目は、行が灰色で表示されます。その項目は空欄のままにしてください。"},
	    {w->s->respondent == TK_RESP_STAFF,
	     "休職・長期不在などで回答できない職員は、その行の回答欄を空欄のままにし、備考欄に理由を記入してください（集計から除かれます）。"},
	    {1,
	     "シートや行・列の追加・削除・並べ替え、シート名の変更など、点検票の構成は変更しないでください。"},
	    {1,
	     "記入後は、このファイルをそのまま（ファイル名を変えず、PDF化や別のファイルへの貼り付けをせずに）返送してください。"},
	};
	struct tk_buf b = {0};
	int n = 0;

	tk_sheet_put(&w->sh, ws, r++, 0, "回答の仕方", w->f.i_heading);
	for (size_t k = 0; k < sizeof steps / sizeof steps[0]; k++)
		if (steps[k].on)
			r = instr_step(w, ws, r, ++n, steps[k].text);
	tk_buf_addf(
	    &b,
	    "この点検票は %s %s 専用です。他の所属の点検票を流用することはできません。",
	    w->t->code, w->t->name);
	r = instr_step(w, ws, r, ++n, b.s);
	(void)r;
	tk_buf_free(&b);
}

static void write_instructions(struct form *w, lxw_worksheet *ws)
{
	tk_sheet_width(&w->sh, ws, 0, 0, 14);
	tk_sheet_width(&w->sh, ws, 1, 1, 96);
	instr_howto(w, ws, instr_facts(w, ws) + 1);
	page_setup(w, ws);
	worksheet_fit_to_pages(ws, 1, 0);
	worksheet_set_portrait(ws);
}

/* ------------------------------------------------------------ 回答 */

/* A range of cells, 0-based and inclusive. */
struct range {
	int r1, c1, r2, c2;
};

/* A list validation of the scale's labels into v; labels is the array
 * handed to v (caller frees).  Returns 0 when Excel cannot hold the list. */
static int choice_rule(const struct tk_scale *sc, lxw_data_validation *v,
		       const char ***labels)
{
	if (!list_fits(sc))
		return 0;
	*labels = tk_xcalloc((size_t)sc->nchoices + 1, sizeof **labels);
	for (int j = 0; j < sc->nchoices; j++)
		(*labels)[j] = sc->choices[j].label;
	v->validate = LXW_VALIDATION_TYPE_LIST;
	v->value_list = (char **)*labels;
	v->error_message = "一覧から選んでください。";
	return 1;
}

/* A number validation (the item's bounds) into v, its message in msg. */
static void number_rule(const struct tk_item *it, lxw_data_validation *v,
			char msg[256])
{
	double lo = it->has_min ? it->min : -1e15;
	double hi = it->has_max ? it->max : 1e15;

	v->validate = LXW_VALIDATION_TYPE_DECIMAL;
	v->criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	v->minimum_number = lo;
	v->maximum_number = hi;
	if (it->has_min != it->has_max) {
		v->criteria =
		    it->has_min
			? LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
			: LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
		v->value_number = it->has_min ? lo : hi;
	}
	if (it->has_min && it->has_max)
		snprintf(msg, 256, "%g 以上 %g 以下の数値を入力してください。",
			 lo, hi);
	else if (it->has_min)
		snprintf(msg, 256, "%g 以上の数値を入力してください。", lo);
	else if (it->has_max)
		snprintf(msg, 256, "%g 以下の数値を入力してください。", hi);
	else
		snprintf(msg, 256, "数値を入力してください。");
	v->error_message = msg;
}

/* A date validation (1990-2200) into v, its message (with the form's
 * date example, in fiscal year fy) in msg. */
static void date_rule(lxw_data_validation *v, char msg[256], int fy)
{
	lxw_datetime from = {1990, 1, 1, 0, 0, 0};
	lxw_datetime to = {2200, 12, 31, 0, 0, 0};
	char ex[16];
	date_example(fy, ex);
	v->validate = LXW_VALIDATION_TYPE_DATE;
	v->criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	v->minimum_datetime = from;
	v->maximum_datetime = to;
	snprintf(msg, 256, "日付を西暦で入力してください（例：%s）。", ex);
	v->error_message = msg;
}

/* The data validation of an item's answer cells over range g, or none
 * (text items, and lists Excel cannot hold).  title (staff forms) shows
 * the question when a cell is selected. */
static void validate(struct form *w, lxw_worksheet *ws,
		     const struct tk_item *it, struct range g,
		     const char *title)
{
	lxw_data_validation v = {0};
	const char **labels = NULL;
	char msg[256], *prompt = NULL;
	int ok = 1;

	v.error_title = "入力エラー";
	if (title && it->text && lxw_utf8_strlen(title) <= 32) {
		/* Staff forms: the question is far up the column, so show it
		 * when the cell is selected (Excel allows 255 characters). */
		prompt = tk_sheet_utf8_prefix(it->text, 250);
		v.input_title = (char *)title;
		v.input_message = prompt;
	} else {
		v.show_input = LXW_VALIDATION_OFF;
	}
	if (it->type == TK_ITEM_CHOICE && it->scale >= 0 &&
	    it->scale < w->s->nscales)
		ok = choice_rule(&w->s->scales[it->scale], &v, &labels);
	else if (it->type == TK_ITEM_NUMBER)
		number_rule(it, &v, msg);
	else if (it->type == TK_ITEM_DATE)
		date_rule(&v, msg, w->c->fy);
	else if (!prompt)
		ok = 0;
	else
		v.validate = LXW_VALIDATION_TYPE_ANY;
	if (ok)
		tk_sheet_keep(&w->sh,
			      worksheet_data_validation_range(
				  ws, (lxw_row_t)g.r1, (lxw_col_t)g.c1,
				  (lxw_row_t)g.r2, (lxw_col_t)g.c2, &v));
	free(labels);
	free(prompt);
}

/* Two items whose answer cells take the same validation. */
static int same_validation(const struct tk_item *a, const struct tk_item *b)
{
	if (a->type != b->type)
		return 0;
	if (a->type == TK_ITEM_CHOICE)
		return a->scale == b->scale;
	if (a->type == TK_ITEM_NUMBER)
		return a->has_min == b->has_min && a->has_max == b->has_max &&
		       (!a->has_min || a->min == b->min) &&
		       (!a->has_max || a->max == b->max);
	return 1;
}

static void sheet_heading(struct form *w, lxw_worksheet *ws)
{
	struct tk_buf b = {0};
	tk_sheet_put(&w->sh, ws, 0, 0, w->c->title, w->f.title);
	tk_buf_addf(&b, "所属：%s %s", w->t->code, w->t->name);
	tk_sheet_put(&w->sh, ws, 1, 0, b.s, w->f.subtitle);
	tk_buf_reset(&b);
	tk_buf_addf(&b, "点検票：%s（%s 版 %s）", w->s->title, w->s->id,
		    w->s->version);
	tk_sheet_put(&w->sh, ws, 2, 0, b.s, w->f.subtitle);
	tk_buf_free(&b);
}

/* 点検日 (G1): a date in the campaign's fiscal year; 所属長確認日 (G4): a
 * date. */
static void head_rules(struct form *w, lxw_worksheet *ws)
{
	lxw_data_validation v = {0}, c = {0};
	char msg[256], cmsg[256];
	int fy = w->c->fy;
	v.validate = LXW_VALIDATION_TYPE_DATE;
	v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
	v.minimum_datetime = (lxw_datetime){fy, 4, 1, 0, 0, 0};
	v.maximum_datetime = (lxw_datetime){fy + 1, 3, 31, 0, 0, 0};
	v.error_title = "入力エラー";
	snprintf(
	    msg, sizeof msg,
	    "点検日は%d年度内（%d/04/01から%d/03/31まで）の日付を入力してください。",
	    fy, fy, fy + 1);
	v.error_message = msg;
	v.show_input = LXW_VALIDATION_OFF;
	tk_sheet_keep(
	    &w->sh, worksheet_data_validation_cell(ws, 0, HEAD_INPUT_COL, &v));
	c.error_title = "入力エラー";
	c.show_input = LXW_VALIDATION_OFF;
	date_rule(&c, cmsg, fy);
	tk_sheet_keep(
	    &w->sh, worksheet_data_validation_cell(ws, 3, HEAD_INPUT_COL, &c));
}

/* The head of a self-inspection form, F1:G4: labels, and the yellow
 * unlocked inputs 点検日, 記入者, 所属長確認 (氏名) and its date. */
static void write_head(struct form *w, lxw_worksheet *ws)
{
	static const char *const labels[] = {"点検日", "記入者（職・氏名）",
					     "所属長確認（氏名）",
					     "所属長確認日"};
	for (int k = 0; k < 4; k++) {
		tk_sheet_put(&w->sh, ws, k, HEAD_LABEL_COL, labels[k],
			     w->f.i_label);
		tk_sheet_blank(&w->sh, ws, k, HEAD_INPUT_COL,
			       k == 0 || k == 3 ? w->f.answer_date
						: w->f.answer);
	}
	head_rules(w, ws);
}

/* The condition under which the gate's answer (column E, row gr, 1-based)
 * closes follow-up it: answered, and none of the labels that open it. */
static char *closed_formula(const struct tk_item *it, int gr)
{
	struct tk_buf b = {0};
	tk_buf_addf(&b, "=AND($E$%d<>\"\"", gr);
	for (int k = 0; k < it->napplies_any; k++) {
		tk_buf_addf(&b, ",$E$%d<>\"", gr);
		for (const char *p = it->applies_any[k]; *p; p++) {
			if (*p == '"')
				tk_buf_addc(&b, '"');
			tk_buf_addc(&b, *p);
		}
		tk_buf_addc(&b, '"');
	}
	tk_buf_addc(&b, ')');
	return tk_buf_take(&b);
}

/* Shade the row of each follow-up item when its gate's answer closes it
 * (conditional formatting keyed on the gate's cell), so that the clerk
 * sees it needs no answer. */
static void shade_followups(struct form *w, lxw_worksheet *ws, int ncols)
{
	const struct tk_survey *s = w->s;
	for (int i = 0; i < s->nitems; i++) {
		const struct tk_item *it = &s->items[i];
		lxw_conditional_format cf = {0};
		int r = FIRST_ROW - 1 + i;
		if (it->applies_item < 0 || it->applies_item >= s->nitems ||
		    it->napplies_any <= 0 || !item_applies(it, w->t->kind))
			continue;
		cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
		cf.value_string =
		    closed_formula(it, FIRST_ROW + it->applies_item);
		cf.format = w->f.closed;
		tk_sheet_keep(&w->sh, worksheet_conditional_format_range(
					  ws, (lxw_row_t)r, 0, (lxw_row_t)r,
					  (lxw_col_t)(ncols - 1), &cf));
		free(cf.value_string);
	}
}

/* The columns of a division answer sheet: self-inspection forms, or an
 * audit checklist with one more input column. */
struct layout {
	const char *const *heads;
	const double *widths;
	int ncols, guide_col, audit;
	const char *hint;
};

static struct layout sheet_layout(const struct tk_survey *s)
{
	static const char *const heads[] = {"項目番号",	   "区分", "点検項目",
					    "根拠",	   "回答", "備考",
					    "記入の手引き"};
	static const char *const aheads[] = {
	    "項目番号", "区分", "監査項目",	"根拠",
	    "判定",	"所見", "確認した証跡", "確認する証跡・手引き"};
	if (tk_survey_kind_is_audit(s->kind))
		return (struct layout){
		    aheads,
		    audit_widths,
		    8,
		    7,
		    1,
		    "黄色の欄（判定・所見・確認した証跡）に入力してください。判定は▼の一覧から選びます。不適合・軽微な不備には所見が必要です。"};
	return (struct layout){
	    heads,
	    division_widths,
	    7,
	    6,
	    0,
	    "黄色の欄（点検日・記入者・所属長確認、回答・備考）に入力してください。回答は欄を選ぶと表示される▼の一覧から選びます。"};
}

/* The guidance column's text: for audits, what to examine first. */
static char *guide_text(const struct tk_survey *s, const struct tk_item *it,
			int audit)
{
	char *g = guidance_text(s, it);
	struct tk_buf b = {0};
	if (!audit || !it->evidence || !*it->evidence)
		return g;
	tk_buf_addf(&b, "【確認する証跡】%s%s%s", it->evidence, *g ? "\n" : "",
		    g);
	free(g);
	return tk_buf_take(&b);
}

static void write_division_answers(struct form *w, lxw_worksheet *ws)
{
	const struct tk_survey *s = w->s;
	struct layout L = sheet_layout(s);
	int run = -1; /* first item of the current validation run */

	for (int c = 0; c < L.ncols; c++)
		tk_sheet_width(&w->sh, ws, c, c, L.widths[c]);
	sheet_heading(w, ws);
	if (has_head(w))
		write_head(w, ws);
	tk_sheet_put(&w->sh, ws, 3, 0, L.hint, w->f.hint);
	tk_sheet_keep(&w->sh, worksheet_set_row(ws, HEADER_ROW, 20, NULL));
	for (int c = 0; c < L.ncols; c++)
		tk_sheet_put(&w->sh, ws, HEADER_ROW, c, L.heads[c], w->f.head);

	for (int i = 0; i < s->nitems; i++) {
		const struct tk_item *it = &s->items[i];
		int r = FIRST_ROW - 1 + i;
		char *g = guide_text(s, it, L.audit);
		const char *sec = it->section >= 0 && it->section < s->nsections
				      ? s->sections[it->section].title
				      : "";
		const char *wrapped[] = {"", sec, it->text,	    it->clause,
					 "", "",  L.audit ? "" : g, g};
		tk_sheet_put(&w->sh, ws, r, 0, it->id, w->f.cell_id);
		tk_sheet_put(&w->sh, ws, r, 1, sec, w->f.cell);
		tk_sheet_put(&w->sh, ws, r, 2, it->text, w->f.cell);
		tk_sheet_put(&w->sh, ws, r, 3, it->clause, w->f.cell);
		tk_sheet_put(&w->sh, ws, r, L.guide_col, g, w->f.cell);
		/* Tall enough for the wrapped question and guidance. */
		tk_sheet_fit_row(&w->sh, ws, r, wrapped, L.widths, L.ncols);
		free(g);
		if (!item_applies(it, w->t->kind)) {
			for (int c = 4; c < L.guide_col; c++)
				tk_sheet_put(&w->sh, ws, r, c,
					     c == 4 ? "対象外" : "", w->f.na);
			continue;
		}
		answer_cell(w, ws, r, 4, it, NULL);
		for (int c = 5; c < L.guide_col; c++)
			tk_sheet_blank(&w->sh, ws, r, c, w->f.comment);
	}
	/* One validation per run of consecutive rows that share it. */
	for (int i = 0; i <= s->nitems; i++) {
		const struct tk_item *it = i < s->nitems ? &s->items[i] : NULL;
		int ok = it && item_applies(it, w->t->kind);
		if (run >= 0 && (!ok || !same_validation(&s->items[run], it))) {
			validate(w, ws, &s->items[run],
				 (struct range){FIRST_ROW - 1 + run, 4,
						FIRST_ROW - 2 + i, 4},
				 NULL);
			run = -1;
		}
		if (ok && run < 0)
			run = i;
	}

	shade_followups(w, ws, L.ncols);
	worksheet_freeze_panes(ws, FIRST_ROW - 1, 0);
	worksheet_set_selection(ws, FIRST_ROW - 1, 4, FIRST_ROW - 1, 4);
	tk_sheet_keep(&w->sh, worksheet_repeat_rows(ws, 0, HEADER_ROW));
	page_setup(w, ws);
}

/* Rows 4 and 5 of a staff answer sheet: the questions, in a row tall
 * enough for the longest, and the headers with the item ids. */
static void staff_heads(struct form *w, lxw_worksheet *ws, int ccomment)
{
	const struct tk_survey *s = w->s;
	size_t longest = 0;
	double height;

	/* Row 4: the questions, in a row tall enough for the longest. */
	for (int i = 0; i < s->nitems; i++) {
		int nl;
		size_t tw = (size_t)tk_sheet_text_width(s->items[i].text, &nl);
		if (tw > longest)
			longest = tw;
	}
	height = 15.0 * (double)((longest + (size_t)STAFF_ITEM_WIDTH - 2) /
				 ((size_t)STAFF_ITEM_WIDTH - 1)) +
		 6;
	tk_sheet_keep(&w->sh, worksheet_set_row(ws, 3,
						height < 60    ? 60
						: height > 409 ? 409
							       : height,
						NULL));
	tk_sheet_keep(
	    &w->sh,
	    worksheet_merge_range(
		ws, 3, 0, 3, 2,
		"各職員は自分の行の黄色の欄に回答してください。回答は欄を選ぶと表示される▼の一覧から選びます。",
		w->f.hint_wrap));
	for (int i = 0; i < s->nitems; i++)
		tk_sheet_put(&w->sh, ws, 3, 3 + i, s->items[i].text, w->f.cell);
	tk_sheet_put(&w->sh, ws, 3, ccomment, "", w->f.cell);

	/* Row 5: the headers and the item ids. */
	tk_sheet_keep(&w->sh, worksheet_set_row(ws, HEADER_ROW, 20, NULL));
	tk_sheet_put(&w->sh, ws, HEADER_ROW, 0, "職員番号", w->f.head);
	tk_sheet_put(&w->sh, ws, HEADER_ROW, 1, "氏名", w->f.head);
	tk_sheet_put(&w->sh, ws, HEADER_ROW, 2, "職級", w->f.head);
	for (int i = 0; i < s->nitems; i++)
		tk_sheet_put(&w->sh, ws, HEADER_ROW, 3 + i, s->items[i].id,
			     w->f.head);
	tk_sheet_put(&w->sh, ws, HEADER_ROW, ccomment, "備考", w->f.head);
}

static void write_staff_answers(struct form *w, lxw_worksheet *ws)
{
	const struct tk_survey *s = w->s;
	int ccomment = 3 + s->nitems, last = FIRST_ROW - 2 + w->nstaff;

	tk_sheet_width(&w->sh, ws, 0, 0, 11);
	tk_sheet_width(&w->sh, ws, 1, 1, 14);
	tk_sheet_width(&w->sh, ws, 2, 2, 11);
	if (s->nitems > 0)
		tk_sheet_width(&w->sh, ws, 3, ccomment - 1, STAFF_ITEM_WIDTH);
	tk_sheet_width(&w->sh, ws, ccomment, ccomment, 30);
	sheet_heading(w, ws);
	staff_heads(w, ws, ccomment);

	/* One row per staff member. */
	for (int k = 0; k < w->nstaff; k++) {
		int r = FIRST_ROW - 1 + k;
		tk_sheet_put(&w->sh, ws, r, 0, w->staff[k].code, w->f.cell_id);
		tk_sheet_put(&w->sh, ws, r, 1, w->staff[k].name, w->f.cell_id);
		tk_sheet_put(&w->sh, ws, r, 2, w->staff[k].grade, w->f.cell_id);
		for (int i = 0; i < s->nitems; i++) {
			const struct tk_item *it = &s->items[i];
			if (!item_applies(it, w->t->kind))
				tk_sheet_put(&w->sh, ws, r, 3 + i, "対象外",
					     w->f.na);
			else
				answer_cell(w, ws, r, 3 + i, it,
					    w->staff[k].code);
		}
		tk_sheet_blank(&w->sh, ws, r, ccomment, w->f.comment);
	}
	/* One validation per item column. */
	for (int i = 0; i < s->nitems && w->nstaff > 0; i++)
		if (item_applies(&s->items[i], w->t->kind))
			validate(
			    w, ws, &s->items[i],
			    (struct range){FIRST_ROW - 1, 3 + i, last, 3 + i},
			    s->items[i].id);

	worksheet_freeze_panes(ws, FIRST_ROW - 1, 3);
	worksheet_set_selection(ws, FIRST_ROW - 1, 3, FIRST_ROW - 1, 3);
	tk_sheet_keep(&w->sh, worksheet_repeat_rows(ws, 0, HEADER_ROW));
	tk_sheet_keep(&w->sh, worksheet_repeat_columns(ws, 0, 2));
	page_setup(w, ws);
}

/* ------------------------------------------------------------ _tenken */

static void write_meta(struct form *w, lxw_worksheet *ws)
{
	char campaign[32], fy[16], first[16];
	const char *kv[][2] = {
	    {"format", "tenken-form/1"},
	    {"campaign", campaign},
	    {"division", w->t->code},
	    {"fy", fy},
	    {"survey_id", w->c->survey_id},
	    {"survey_version", w->c->survey_version},
	    {"survey_hash", w->c->survey_hash},
	    {"respondent",
	     w->s->respondent == TK_RESP_STAFF ? "staff" : "division"},
	    {"token", w->token},
	    {"answer_sheet", ANSWER_SHEET},
	    {"first_row", first},
	    {"items", w->items_csv},
	};
	snprintf(campaign, sizeof campaign, "%ld", w->c->id);
	snprintf(fy, sizeof fy, "%d", w->c->fy);
	snprintf(first, sizeof first, "%d", FIRST_ROW);
	size_t n = sizeof kv / sizeof kv[0];
	for (size_t i = 0; i < n; i++) {
		tk_sheet_put(&w->sh, ws, (int)i, 0, kv[i][0], NULL);
		tk_sheet_put(&w->sh, ws, (int)i, 1, kv[i][1], NULL);
	}
	/* Where the head fields are (回答!G1:G4), for the importer. */
	if (has_head(w)) {
		tk_sheet_put(&w->sh, ws, (int)n, 0, "head_cells", NULL);
		tk_sheet_put(&w->sh, ws, (int)n, 1, HEAD_CELLS, NULL);
	}
	worksheet_protect(ws, NULL, NULL);
	worksheet_hide(ws);
}

/* ------------------------------------------------------------ files */

/* Write the workbook of form w to path (name is used in messages). */
static int write_form(struct form *w, const char *path, const char *name,
		      struct tk_error *err)
{
	lxw_worksheet *instr, *ans, *meta;
	int rc;

	if ((rc = tk_sheet_open(&w->sh, path, name, err)))
		return rc;
	make_formats(w->sh.wb, &w->f);
	instr = workbook_add_worksheet(w->sh.wb, "記入要領");
	ans = workbook_add_worksheet(w->sh.wb, ANSWER_SHEET);
	meta = workbook_add_worksheet(w->sh.wb, "_tenken");
	if (!instr || !ans || !meta)
		return tk_sheet_no_sheets(&w->sh, path, name, err);
	write_instructions(w, instr);
	if (w->s->respondent == TK_RESP_STAFF)
		write_staff_answers(w, ans);
	else
		write_division_answers(w, ans);
	write_meta(w, meta);
	tk_sheet_keep(&w->sh,
		      workbook_set_properties(
			  w->sh.wb, &(lxw_doc_properties){
					.title = (char *)w->c->title,
					.subject = w->s->title,
					.company = (char *)w->c->return_to,
					.comments = "tenken-form/1"}));
	if ((rc = tk_sheet_close(&w->sh, path, name, err)))
		return rc;
	return tk_sheet_very_hidden(path, name, err);
}

int tk_form_write(const struct tk_form_data *d, const char *path,
		  const char *name, struct tk_error *err)
{
	struct tk_buf items = {0};
	struct form w = {0};
	int rc;

	for (int i = 0; i < d->survey->nitems; i++) {
		if (i)
			tk_buf_addc(&items, ',');
		tk_buf_adds(&items, d->survey->items[i].id);
	}
	w.c = d->campaign;
	w.s = d->survey;
	w.t = d->division;
	w.token = d->token;
	w.items_csv = items.s ? items.s : "";
	w.staff = d->staff;
	w.nstaff = d->nstaff;
	w.prefill = d->prefill;
	rc = write_form(&w, path, name, err);
	tk_buf_free(&items);
	return rc;
}

/* ------------------------------------------------------------ shared */

void tk_form_answer_rule(struct tk_sheet *sh, lxw_worksheet *ws,
			 const struct tk_survey *s, const struct tk_item *it,
			 int row, int col)
{
	struct form w = {.s = s, .sh = *sh};
	validate(&w, ws, it, (struct range){row, col, row, col}, NULL);
	*sh = w.sh;
}
