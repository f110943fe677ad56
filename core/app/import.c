/*
 * import.c — reading returned forms into the database.  See import.h.
 *
 * The work per workbook: hash the bytes (a file seen before is a no-op),
 * open it with the xlsx reader, read the _tenken metadata sheet, resolve the
 * token to its form, campaign and division, check the survey hash, stream
 * the answer sheet into per-item answers while checking each one, run the
 * plugin's validate hook, and — only when no problem was found — write the
 * submission and its answers in one transaction.
 *
 * Campaign facts, the frozen survey and its item-id lookup are cached
 * across the workbooks of one run.  Helper threads parse the files a few
 * ahead and check each resolved form's answers (no database needed) while
 * the calling thread, which holds the one database connection, resolves
 * forms and writes the one before (see "Forms in two stages" below).
 */
#include "app/import.h"
#include "model/vocab.h"

#include "app/acting.h"
#include "app/audit.h"
#include "app/import_staff.h"
#include "app/returns.h"

#include "app/survey_db.h"
#include "formats/seal.h"
#include "formats/xlsxread.h"
#include "lib/digest.h"
#include "lib/i18n.h"
#include "lib/map.h"
#include "lib/problems.h"
#include "lib/util.h"
#include "model/survey.h"
#include "plugin/plugin.h"
#include "reports/sheet.h"
#include "reports/slipdoc.h"
#include "reports/staffform.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_FILE	     (256u << 20)
#define MAX_SHEET_TEXT	     ((size_t)64 << 20) /* text kept from an answer sheet */
#define MAX_PROBLEMS	     100
#define ANSWER_COL	     5 /* E: division forms */
#define COMMENT_COL	     6 /* F: 備考, or an audit's 所見 */
#define EXAMINED_COL	     7 /* G: an audit's 確認した証跡 */
#define STAFF_FIRST_ITEM_COL 4
#define GATED_NAMED	     3 /* kept-aside answers warned by cell */

struct campaign_cache {
	long id;
	int fy, closed;
	int audit;     /* an audit checklist (app/audit.h) */
	int acting_ok; /* --as was found staff of the year */
	char *hash;
	struct tk_survey *s;
	tk_hooks *hooks;     /* only when the survey has a validate hook */
	struct tk_map items; /* item id → index */
};

/* The answer inserts, prepared once per run. */
struct insert_stmts {
	sqlite3_stmt *many, *one;
};

struct importer {
	struct tk_store *st;
	struct insert_stmts ins;
	const struct tk_import_opts *o;
	struct tk_import_totals *t;
	int ncache;
	/* one allocation each: the forms in flight point at them */
	struct campaign_cache **cache;
	struct tk_buf scratch;
	/* the digests of the files stored before: skipped unparsed */
	struct tk_map known;
	/* foreign key checks are off: set by the first form written and
	 * left off for the forms that follow (each toggle expires every
	 * prepared statement, and the 64-row insert is long to compile);
	 * turned on again before any other write and at the end */
	int fk_off;
	/* a failure inside a sealed bundle's member that stopped the run */
	int member_rc;
	struct tk_error member_err;
};

/* One answer ready to be written. */
struct answer {
	long staff_id; /* 0 for division forms */
	int item;      /* item index, or -1 for a staff row's comment */
	int choice;    /* -1 when not a choice */
	int has_value;
	double value;
	size_t raw, comment; /* offsets into the arena, or (size_t)-1 */
};

/* An answer whose follow-up item its gate closes, and its cell. */
struct gated {
	struct answer a;
	uint32_t row, col;
};

/* The head of a self-inspection form (_tenken head_cells): 点検日 and
 * 所属長確認日 as YYYY-MM-DD or "", 記入者 and the head's name or NULL. */
struct form_head {
	char inspected_on[16], confirmed_on[16];
	char *filled_by, *confirmed_by;
};

/* What the reader gathers from one workbook. */
/* One problem as a record (offsets into form.ptext): sheet!cell or "",
 * the item id or "", the value as read or "", what is wrong, how to fix it
 * or "". */
struct prec {
	size_t cell, item, value, what, fix;
};

struct form {
	const char *name;	     /* for messages */
	struct tk_problems problems; /* each prefixed with name */
	/* the same problems as records (at most MAX_PROBLEMS) */
	struct prec *precs;
	int nprecs;
	struct tk_buf ptext;
	/* the campaign's title, due date and marking and the division's
	 * head, when the token resolved (for the slip) */
	char *campaign_title, *due, *marking, *head_name;
	/* _tenken sheet */
	char *meta[16];
	/* resolved */
	long form_id, campaign, division_id;
	long staff_id; /* a per-staff form's member (0: division-wide) */
	char staff_code[64];
	int division_kind; /* TK_KIND_* */
	char *division_code, *division_name;
	struct campaign_cache *cc;
	/* staff roster of the division: code → staff id; code → offset of
	 * the name in names */
	struct tk_map roster, staff_name;
	struct tk_buf names;
	struct tk_map seen_staff;
	/* answers */
	struct tk_buf arena;
	struct answer *ans;
	size_t nans, capans;
	/* answers to follow-ups their gate closes: kept aside, not scored */
	struct gated *gated;
	size_t ngated, capgated;
	struct tk_buf warn; /* warnings, one a line: "name: warning: ..." */
	const char *created, *modified; /* bundle and workbook times, or "" */
	int older;			/* older than the current submission */
	/* audit checklists: the audit, and per item the arena offset of the
	 * evidence examined (or (size_t)-1) */
	struct tk_audit_target at;
	size_t *examined;
	struct form_head head;
};

enum {
	M_FORMAT,
	M_CAMPAIGN,
	M_DIVISION,
	M_FY,
	M_SURVEY_ID,
	M_SURVEY_VERSION,
	M_SURVEY_HASH,
	M_RESPONDENT,
	M_TOKEN,
	M_ANSWER_SHEET,
	M_FIRST_ROW,
	M_REQUIRED, /* the keys before are required; the rest optional */
	M_STAFF = M_REQUIRED, /* per-staff forms only */
	M_HEAD_CELLS, /* division forms since the head (点検日 …) */
	M_COUNT
};
static const char *const meta_keys[M_COUNT] = {
    "format",	      "campaign",    "division",   "fy",    "survey_id",
    "survey_version", "survey_hash", "respondent", "token", "answer_sheet",
    "first_row",      "staff",	     "head_cells"};

/* Where a problem is and how to fix it: sheet and cell (row 0: none),
 * item id, the value as read and the fix (each NULL when not known). */
struct where {
	const char *sheet;
	uint32_t row, col;
	const char *item, *value, *fix;
};

static size_t ptext_add(struct form *f, const char *s)
{
	size_t off = f->ptext.len;
	tk_buf_add(&f->ptext, s ? s : "", strlen(s ? s : "") + 1);
	return off;
}

/*
 * Record a problem of form f: a text line "NAME: SHEET!CELL: item ID:
 * WHAT; FIX" (the parts known) and the same as a record.  Past
 * MAX_PROBLEMS it is only counted.
 */
static void add_problem(struct form *f, const struct where *w, const char *what)
{
	struct tk_buf line = {0};
	char cell[300] = "", ref[16];
	struct prec *pr;
	if (f->problems.count >= MAX_PROBLEMS) {
		f->problems
		    .count++; /* past the limit: counted, not formatted */
		return;
	}
	if (w->sheet && w->row)
		snprintf(cell, sizeof cell, "%s!%s", w->sheet,
			 tk_xlsx_ref(w->row, w->col, ref));
	tk_buf_addf(&line, "%s: ", f->name);
	if (*cell || w->sheet)
		tk_buf_addf(&line, "%s: ", *cell ? cell : w->sheet);
	if (w->item && *w->item)
		tk_buf_addf(&line, _("item %s: "), w->item);
	tk_buf_adds(&line, what);
	if (w->fix && *w->fix)
		tk_buf_addf(&line, _("; %s"), w->fix);
	tk_problem(&f->problems, "%s", line.s);
	tk_buf_free(&line);
	if (!f->precs)
		f->precs = tk_xcalloc(MAX_PROBLEMS, sizeof *f->precs);
	pr = &f->precs[f->nprecs++];
	pr->cell = ptext_add(f, cell);
	pr->item = ptext_add(f, w->item);
	pr->value = ptext_add(f, w->value);
	pr->what = ptext_add(f, what);
	pr->fix = ptext_add(f, w->fix);
}

/* A problem at w; fmt (translated here) says what is wrong.  Past
 * MAX_PROBLEMS it is only counted, not formatted. */
static void problem_v(struct form *f, const struct where *w, const char *fmt,
		      va_list ap)
{
	char msg[1024];
	if (f->problems.count >= MAX_PROBLEMS) {
		f->problems.count++;
		return;
	}
	vsnprintf(msg, sizeof msg, _(fmt), ap);
	add_problem(f, w, msg);
}

static void problem_at(struct form *f, const struct where *w, const char *fmt,
		       ...) __attribute__((format(printf, 3, 4)));
static void problem_at(struct form *f, const struct where *w, const char *fmt,
		       ...)
{
	va_list ap;
	va_start(ap, fmt);
	problem_v(f, w, fmt, ap);
	va_end(ap);
}

static void problem(struct form *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* A problem of form f as a whole (no cell). */
static void problem(struct form *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	problem_v(f, &(struct where){0}, fmt, ap);
	va_end(ap);
}

/* Copy s (with its NUL) into f's arena; returns its offset (the arena
 * may move: keep offsets, not pointers). */
static size_t arena_add(struct form *f, const char *s)
{
	size_t off = f->arena.len;
	tk_buf_add(&f->arena, s, strlen(s) + 1);
	return off;
}

/* Append a blank answer to f->ans; returns it (valid until the next). */
static struct answer *new_answer(struct form *f)
{
	if (f->nans == f->capans) {
		f->capans = f->capans ? f->capans * 2 : 256;
		f->ans = tk_xrealloc(f->ans, f->capans * sizeof *f->ans);
	}
	struct answer *a = &f->ans[f->nans++];
	memset(a, 0, sizeof *a);
	a->choice = -1;
	a->raw = a->comment = (size_t)-1;
	return a;
}

/* ------------------------------------------------------ campaign cache */

static void cache_free(struct campaign_cache *c)
{
	free(c->hash);
	tk_survey_free(c->s);
	tk_hooks_close(c->hooks);
	tk_map_free(&c->items);
}

/*
 * The cached facts of campaign id, loaded on first use; *out is one of
 * im->cache (freed at the end of the run).  Returns TK_ENOTFOUND when there
 * is no such campaign, TK_EDB (or the loader's code) when reading failed.
 */
static int get_campaign(struct importer *im, long id,
			struct campaign_cache **out, struct tk_error *err)
{
	sqlite3_stmt *q;
	struct campaign_cache c = {0};
	int rc;
	*out = NULL;
	for (int i = 0; i < im->ncache; i++)
		if (im->cache[i]->id == id) {
			*out = im->cache[i];
			return TK_OK;
		}
	if ((rc = tk_store_prepare(
		 im->st,
		 "SELECT c.fy, c.status, s.hash, s.id FROM campaigns c JOIN surveys s ON s.id=c.survey WHERE c.id=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	if ((rc = sqlite3_step(q)) != SQLITE_ROW) {
		if (rc != SQLITE_DONE)
			rc = tk_store_error(im->st, err, "campaign");
		else
			rc = TK_ENOTFOUND;
		sqlite3_finalize(q);
		return rc;
	}
	c.id = id;
	c.fy = sqlite3_column_int(q, 0);
	c.closed = !strcmp((const char *)sqlite3_column_text(q, 1),
			   TK_CAMPAIGN_CLOSED);
	c.hash = tk_xstrdup((const char *)sqlite3_column_text(q, 2));
	long survey = (long)sqlite3_column_int64(q, 3);
	sqlite3_finalize(q);
	if ((rc = tk_survey_load(im->st, survey, &c.s, err))) {
		cache_free(&c);
		return rc;
	}
	for (int i = 0; i < c.s->nitems; i++)
		tk_map_put(&c.items, c.s->items[i].id, i);
	c.audit = tk_survey_kind_is_audit(c.s->kind);
	if (c.s->has_validate_hook &&
	    (rc = tk_hooks_open(c.s, NULL, &c.hooks, err))) {
		cache_free(&c);
		return rc;
	}
	im->cache = tk_xrealloc(im->cache,
				(size_t)(im->ncache + 1) * sizeof *im->cache);
	im->cache[im->ncache] = tk_xmalloc(sizeof c);
	*im->cache[im->ncache] = c;
	*out = im->cache[im->ncache++];
	return TK_OK;
}

/* ------------------------------------------------------ reading sheets */

struct meta_ctx {
	char **meta; /* [M_COUNT] */
	uint32_t row;
	int key;
};

/* _tenken sheet: key in A, value in B; the first value of a key counts. */
static int meta_cell(void *ctx, const struct tk_xlsx_cell *c)
{
	struct meta_ctx *m = ctx;
	if (c->row != m->row) {
		m->row = c->row;
		m->key = -1;
	}
	if (c->col == 1) {
		for (int i = 0; i < M_COUNT; i++)
			if (!strcmp(c->text, meta_keys[i]))
				m->key = i;
	} else if (c->col == 2 && m->key >= 0 && !m->meta[m->key]) {
		m->meta[m->key] = tk_xstrdup(c->text);
	}
	return 0;
}

/*
 * s without leading and trailing ASCII and ideographic spaces (tk_trim_span).
 * Returns a pointer into s when nothing trails (most cells: no copy), else
 * into buf, which receives at most n - 1 bytes of it.
 */
static const char *trimmed(const char *s, char *buf, size_t n)
{
	const char *start;
	size_t len, all;
	tk_trim_span(s, &start, &len);
	if (!start[len])
		return start;
	all = len + strlen(start + len);
	if (all >= n)
		all = n - 1;
	memcpy(buf, start, all);
	buf[all] = '\0';
	tk_trim_span(buf, &start, &len); /* the cut copy may end in spaces */
	buf[start - buf + len] = '\0';
	return start;
}

/* A raw cell value copied out of the reader for later checking. */
struct cellval {
	int present;
	enum tk_cell_type type;
	double num;
	int is_date;
	size_t text; /* arena offset */
	uint32_t row, col;
};

/* "Y-M-D" or "Y/M/D" as ISO YYYY-MM-DD in out; returns 0 when not a date. */
static int parse_date_text(const char *s, char out[16])
{
	int y, m, d;
	char sep1, sep2, tail;
	if (sscanf(s, "%d%c%d%c%d%c", &y, &sep1, &m, &sep2, &d, &tail) != 5)
		return 0;
	if (sep1 != sep2 || (sep1 != '-' && sep1 != '/') ||
	    !tk_valid_ymd(y, m, d))
		return 0;
	snprintf(out, 16, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
	return 1;
}

/* One respondent's row of answers (a division, or one member of staff). */
struct respondent {
	const char *sheet;
	const struct cellval *vals;  /* [nitems]: the answer cells */
	const struct cellval *cmts;  /* [nitems]: comment cells, or NULL */
	long staff_id;		     /* 0 for division forms */
	const uint32_t *rows, *cols; /* [nitems]: each item's answer cell */
	const char *who;	     /* "division X" or "staff X" */
};

/* The labels of scale sc, "A, B, C", into b. */
static void choice_list(const struct tk_scale *sc, struct tk_buf *b)
{
	for (int i = 0; i < sc->nchoices; i++)
		tk_buf_addf(b, "%s%s", i ? ", " : "", sc->choices[i].label);
}

/* "from A to B", "A or more", "B or less" or "" for item it, into buf. */
static const char *range_text(const struct tk_item *it, char *buf, size_t n)
{
	if (it->has_min && it->has_max)
		snprintf(buf, n, _("from %g to %g"), it->min, it->max);
	else if (it->has_min)
		snprintf(buf, n, _("%g or more"), it->min);
	else if (it->has_max)
		snprintf(buf, n, _("%g or less"), it->max);
	else
		*buf = '\0';
	return buf;
}

/* How to fix a number cell of item it, into buf. */
static const char *number_fix(const struct tk_item *it, char *buf, size_t n)
{
	char range[128];
	if (*range_text(it, range, sizeof range))
		snprintf(buf, n, _("enter a number %s (digits only, no units)"),
			 range);
	else
		snprintf(buf, n, "%s",
			 _("enter a number (digits only, no units)"));
	return buf;
}

/* The choice answer text of a choice item: fills a, or records a problem
 * and returns -1. */
static int check_choice(struct form *f, const char *sheet,
			const struct cellval *v, const struct tk_item *it,
			const char *text, struct answer *a)
{
	const struct tk_scale *sc = &f->cc->s->scales[it->scale];
	int c = tk_scale_choice(sc, text);
	if (c < 0) {
		struct tk_buf labels = {0};
		choice_list(sc, &labels);
		problem_at(
		    f,
		    &(struct where){
			sheet, v->row, v->col, it->id, text,
			_("choose one of the choices from the cell's list")},
		    N_("'%s' is not one of the choices (%s)"), text, labels.s);
		tk_buf_free(&labels);
		return -1;
	}
	a->choice = c;
	a->has_value = !sc->choices[c].na;
	a->value = sc->choices[c].value;
	/* raw stays unset: the label is the scale's (schema 8) */
	return 1;
}

/*
 * Check one answer cell against its item and fill a.  Returns 1 when the
 * cell holds an answer, 0 when blank, -1 when invalid (the problem is
 * recorded).
 */
static int check_answer(struct form *f, const char *sheet,
			const struct tk_item *it, const struct cellval *v,
			struct answer *a)
{
	char buf[1024], fix[256], range[128];
	const char *text;
	if (!v->present)
		return 0;
	text = trimmed(f->arena.s + v->text, buf, sizeof buf);
	if (!*text)
		return 0;
	switch (it->type) {
	case TK_ITEM_CHOICE:
		return check_choice(f, sheet, v, it, text, a);
	case TK_ITEM_NUMBER: {
		/* ３．５ and －１ read as they show (tk_normalize_digits) */
		char *end, *num = tk_normalize_digits(tk_xstrdup(text));
		double d =
		    v->type == TK_CELL_NUMBER ? v->num : strtod(num, &end);
		int bad = v->type != TK_CELL_NUMBER && (*end || end == num);
		struct where w = {sheet,  v->row,
				  v->col, it->id,
				  text,	  number_fix(it, fix, sizeof fix)};
		free(num);
		if (bad) {
			problem_at(f, &w, "'%s' is not a number", text);
			return -1;
		}
		if (!isfinite(d) || (it->has_min && d < it->min) ||
		    (it->has_max && d > it->max)) {
			problem_at(f, &w, "%g is out of range (%s)", d,
				   range_text(it, range, sizeof range));
			return -1;
		}
		snprintf(buf, sizeof buf, "%.15g", d);
		a->raw = arena_add(f, buf);
		return 1;
	}
	case TK_ITEM_DATE: {
		char iso[16];
		if (v->type == TK_CELL_NUMBER && v->num >= 1 &&
		    v->num < 2958466) {
			tk_xlsx_serial_date(v->num, iso);
		} else if (!parse_date_text(text, iso)) {
			problem_at(
			    f,
			    &(struct where){
				sheet, v->row, v->col, it->id, text,
				_("enter a real date as YYYY-MM-DD or YYYY/MM/DD (e.g. 2026-12-01), or as an Excel date")},
			    N_("'%s' is not a date (YYYY-MM-DD or YYYY/MM/DD)"),
			    text);
			return -1;
		}
		a->raw = arena_add(f, iso);
		return 1;
	}
	case TK_ITEM_TEXT:
	default:
		a->raw = v->text; /* already in the arena */
		return 1;
	}
}

/* The text of an answer: a choice's label, else its raw text, or NULL. */
static const char *answer_text(const struct form *f, const struct answer *a)
{
	const struct tk_survey *s = f->cc->s;
	if (a->choice >= 0 && a->item >= 0)
		return s->scales[s->items[a->item].scale]
		    .choices[a->choice]
		    .label;
	return a->raw != (size_t)-1 ? f->arena.s + a->raw : NULL;
}

/* What take_answers knows of each item of one respondent: have[i] is 0
 * (nothing), 1 (an answer), 2 (a comment only) or 3 (invalid, reported);
 * at[i] the index in f->ans of item i's answer when have[i] is 1 or 2. */
struct taken {
	int *have;
	size_t *at;
};

/* 1 when item it is for f's kind of division. */
static int applies_to_kind(const struct form *f, const struct tk_item *it)
{
	return !it->applies_kinds || (it->applies_kinds & f->division_kind);
}

/* Pass 1 for item i: check its cell and comment, append what they hold. */
static void take_item(struct form *f, const struct respondent *r, int i,
		      struct taken *tk)
{
	const struct tk_item *it = &f->cc->s->items[i];
	const struct cellval *v = &r->vals[i];
	char buf[256];
	struct answer a;
	memset(&a, 0, sizeof a);
	a.choice = -1;
	a.raw = a.comment = (size_t)-1;
	if (!applies_to_kind(f, it)) {
		/* Not for this kind of division: must stay blank. */
		if (v->present) {
			const char *t =
			    trimmed(f->arena.s + v->text, buf, sizeof buf);
			if (*t && strcmp(t, "対象外"))
				problem_at(
				    f,
				    &(struct where){
					r->sheet, v->row, v->col, it->id, t,
					_("leave the cell blank (or write 対象外)")},
				    N_("does not apply to this division (%s)"),
				    r->who);
		}
		return;
	}
	int got = check_answer(f, r->sheet, it, v, &a);
	if (got < 0)
		tk->have[i] = 3; /* invalid: reported already */
	if (got > 0) {
		struct answer *n = new_answer(f);
		*n = a;
		n->staff_id = r->staff_id;
		n->item = i;
		tk->have[i] = 1;
		tk->at[i] = f->nans - 1;
	}
	if (r->cmts && r->cmts[i].present && tk->have[i] != 3) {
		const char *t =
		    trimmed(f->arena.s + r->cmts[i].text, buf, sizeof buf);
		if (*t) {
			if (!tk->have[i]) {
				struct answer *n = new_answer(f);
				n->staff_id = r->staff_id;
				n->item = i;
				tk->have[i] = 2; /* comment only */
				tk->at[i] = f->nans - 1;
			}
			f->ans[tk->at[i]].comment = r->cmts[i].text;
		}
	}
}

static void warning(struct form *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Record a warning of form f: "name: warning: ..." on a line of its own. */
static void warning(struct form *f, const char *fmt, ...)
{
	va_list ap;
	char msg[1024];
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, _(fmt), ap);
	va_end(ap);
	tk_buf_addf(&f->warn, _("%s%s: warning: %s"), f->warn.len ? "\n" : "",
		    f->name, msg);
}

/* Keep the answer to follow-up item i, which its gate closes, aside and
 * warn naming its cell. */
static void keep_gated(struct form *f, const struct respondent *r, int i,
		       const struct taken *tk)
{
	const struct tk_item *it = &f->cc->s->items[i];
	int d = it->applies_item;
	const char *gate =
	    tk->have[d] == 1 ? answer_text(f, &f->ans[tk->at[d]]) : NULL;
	char ref[16];
	if (f->ngated == f->capgated) {
		f->capgated = f->capgated ? f->capgated * 2 : 8;
		f->gated =
		    tk_xrealloc(f->gated, f->capgated * sizeof *f->gated);
	}
	f->gated[f->ngated].a = f->ans[tk->at[i]];
	f->gated[f->ngated].row = r->rows[i];
	f->gated[f->ngated].col = r->cols[i];
	/* The first few by cell; the rest are counted (report_accepted). */
	if (++f->ngated > GATED_NAMED)
		return;
	warning(
	    f,
	    "%s!%s: item %s is answered, but %s is %s%s%s (%s): the answer is kept aside and not scored",
	    r->sheet, tk_xlsx_ref(r->rows[i], r->cols[i], ref), it->id,
	    f->cc->s->items[d].id, gate ? "'" : "", gate ? gate : "blank",
	    gate ? "'" : "", r->who);
}

/* How to answer a required item it that was left blank (at most 512
 * bytes into buf). */
static const char *required_fix(const struct form *f, const struct tk_item *it,
				char *buf)
{
	struct tk_buf labels = {0};
	if (it->type != TK_ITEM_CHOICE) {
		if (it->type == TK_ITEM_NUMBER)
			return number_fix(it, buf, 512);
		snprintf(
		    buf, 512, "%s",
		    it->type == TK_ITEM_DATE
			? _("enter the date as YYYY-MM-DD (e.g. 2026-12-01)")
			: _("enter an answer"));
		return buf;
	}
	choice_list(&f->cc->s->scales[it->scale], &labels);
	snprintf(buf, 512, _("choose one of: %s"), labels.s);
	tk_buf_free(&labels);
	return buf;
}

/* Pass 2 for item i: a follow-up that does not apply is marked (item -2);
 * a required answer that is missing is a problem. */
static void require_item(struct form *f, const struct respondent *r, int i,
			 const struct taken *tk)
{
	const struct tk_item *it = &f->cc->s->items[i];
	int applies = applies_to_kind(f, it);
	char fix[512];
	if (applies && it->applies_item >= 0) {
		int d = it->applies_item;
		applies = 0;
		if (tk->have[d] == 1 && f->ans[tk->at[d]].choice >= 0) {
			const char *label = answer_text(f, &f->ans[tk->at[d]]);
			for (int k = 0; k < it->napplies_any; k++)
				if (!strcmp(label, it->applies_any[k]))
					applies = 1;
		}
		if (!applies && tk->have[i]) {
			/* Answer to a follow-up that does not apply: kept
			 * aside (gated_answers), out of the results. */
			keep_gated(f, r, i, tk);
			f->ans[tk->at[i]].item = -2;
		}
	}
	if (applies && it->required && tk->have[i] != 1 && tk->have[i] != 3)
		problem_at(f,
			   &(struct where){r->sheet, r->rows[i], r->cols[i],
					   it->id, NULL,
					   required_fix(f, it, fix)},
			   N_("an answer is required (%s)"), r->who);
}

/* The plugin's own validation of the answers from f->ans[first]. */
static void validate_hook(struct form *f, const struct respondent *r,
			  size_t first)
{
	const struct tk_survey *s = f->cc->s;
	const char **texts = tk_xcalloc((size_t)s->nitems, sizeof *texts);
	struct tk_buf hp = {0};
	struct tk_error herr;
	int n = 0;
	for (size_t i = first; i < f->nans; i++)
		if (f->ans[i].item >= 0)
			texts[f->ans[i].item] = answer_text(f, &f->ans[i]);
	if (tk_hooks_validate(f->cc->hooks, texts, &hp, &n, &herr))
		problem(f, "%s", herr.message);
	else if (n) {
		char *line, *save = NULL;
		for (line = strtok_r(hp.s, "\n", &save); line;
		     line = strtok_r(NULL, "\n", &save))
			problem(f, "%s (%s): %s", r->sheet, r->who, line);
	}
	tk_buf_free(&hp);
	free(texts);
}

/*
 * Check one respondent's answers, decide applicability and required
 * answers, then append the answers to f->ans; problems are recorded.
 */
static void take_answers(struct form *f, const struct respondent *r)
{
	const struct tk_survey *s = f->cc->s;
	size_t first = f->nans;
	struct taken tk;
	tk.have = tk_xcalloc((size_t)s->nitems, sizeof *tk.have);
	tk.at = tk_xcalloc((size_t)s->nitems, sizeof *tk.at);
	for (int i = 0; i < s->nitems; i++)
		take_item(f, r, i, &tk);
	for (int i = 0; i < s->nitems; i++)
		require_item(f, r, i, &tk);
	/* Drop answers marked as not applicable. */
	size_t w = first;
	for (size_t i = first; i < f->nans; i++)
		if (f->ans[i].item != -2)
			f->ans[w++] = f->ans[i];
	f->nans = w;
	if (f->cc->hooks)
		validate_hook(f, r, first);
	free(tk.have);
	free(tk.at);
}

/* Division forms: item id in A, answer in E, comment in F. */
struct div_ctx {
	struct form *f;
	uint32_t first_row, row;
	int item;
	struct cellval *vals, *cmts, *exams;
	int *seen;
	const char *sheet;
};

/* Keep cell c in v, its text in f's arena. */
static void copy_cell(struct form *f, struct cellval *v,
		      const struct tk_xlsx_cell *c)
{
	v->present = 1;
	v->type = c->type;
	v->num = c->num;
	v->is_date = c->is_date;
	v->row = c->row;
	v->col = c->col;
	v->text = arena_add(f, c->text);
}

static int div_cell(void *ctx, const struct tk_xlsx_cell *c)
{
	struct div_ctx *d = ctx;
	long idx;
	if (c->row < d->first_row)
		return 0;
	if (c->row != d->row) {
		d->row = c->row;
		d->item = -1;
	}
	if (c->col == 1) {
		char buf[128];
		const char *id = trimmed(c->text, buf, sizeof buf);
		if (tk_map_get(&d->f->cc->items, id, &idx)) {
			if (d->seen[idx]) {
				problem_at(
				    d->f,
				    &(struct where){
					d->sheet, c->row, 1, id, NULL,
					_("delete the copied row; use the form as exported")},
				    N_("appears twice (first in row %d)"),
				    d->seen[idx]);
			} else {
				d->item = (int)idx;
				d->seen[idx] = (int)c->row;
			}
		}
	} else if (d->item >= 0 && c->col == ANSWER_COL) {
		copy_cell(d->f, &d->vals[d->item], c);
	} else if (d->item >= 0 && c->col == COMMENT_COL) {
		copy_cell(d->f, &d->cmts[d->item], c);
	} else if (d->item >= 0 && d->exams && c->col == EXAMINED_COL) {
		copy_cell(d->f, &d->exams[d->item], c);
	}
	return 0;
}

/* Staff forms: item ids in row 5 from D; staff id in A from first_row. */
struct staff_ctx {
	struct form *f;
	uint32_t first_row, row;
	int *colitem; /* column → item index, -1 none, -2 comment */
	uint32_t ncol;
	uint32_t *itemcol, *itemrow; /* item → its column; the row */
	long staff_id;
	int row_ok;
	struct cellval *vals, *cmt;
	size_t arena_mark;
	const char *sheet;
	char who[160];
	int any;
	uint32_t cmtcol; /* the 備考 column, or 0 */
};

/* A staff row with no answer and no reason in 備考: one problem naming
 * the member, the row and what to write. */
static void absent_problem(struct staff_ctx *sc)
{
	struct form *f = sc->f;
	const char *code = sc->who + 6; /* after "staff " */
	long off;
	const char *name =
	    tk_map_get(&f->staff_name, code, &off) ? f->names.s + off : "";
	problem_at(
	    f,
	    &(struct where){
		sc->sheet, sc->cmtcol ? sc->row : 0, sc->cmtcol, NULL, NULL,
		_("write the reason for absence (欠席等) in the 備考 column, or fill in the member's answers")},
	    N_("staff %s %s (row %u) has no answers and no reason for absence"),
	    code, name, sc->row);
}

/* The end of a staff row: take its answers, then clear the row. */
static void staff_flush(struct staff_ctx *sc)
{
	struct form *f = sc->f;
	if (sc->row && sc->row_ok) {
		char buf[8];
		int answered = 0, noted = sc->cmt->present &&
					  *trimmed(f->arena.s + sc->cmt->text,
						   buf, sizeof buf);
		for (int i = 0; i < f->cc->s->nitems; i++) {
			sc->itemrow[i] = sc->row;
			answered += sc->vals[i].present &&
				    *trimmed(f->arena.s + sc->vals[i].text, buf,
					     sizeof buf);
		}
		/* A member of staff who could not take part (leave, long
		 * absence) has a blank row and the reason in 備考: recorded,
		 * and left out of the scores. */
		if (answered) {
			struct respondent r = {
			    sc->sheet,	 sc->vals,    NULL,   sc->staff_id,
			    sc->itemrow, sc->itemcol, sc->who};
			take_answers(f, &r);
		} else if (!noted) {
			absent_problem(sc);
		}
		if (noted) {
			struct answer *a = new_answer(f);
			a->staff_id = sc->staff_id;
			a->item = -1;
			a->comment = sc->cmt->text;
		}
	}
	memset(sc->vals, 0, (size_t)f->cc->s->nitems * sizeof *sc->vals);
	memset(sc->cmt, 0, sizeof *sc->cmt);
	sc->row_ok = 0;
	sc->staff_id = 0;
}

/* sc->who = "staff CODE", the code cut to fit (as snprintf would; this
 * runs for every row of a national import). */
static void set_who(struct staff_ctx *sc, const char *code)
{
	size_t cl = strlen(code);
	if (cl > sizeof sc->who - 7)
		cl = sizeof sc->who - 7;
	memcpy(sc->who, "staff ", 6);
	memcpy(sc->who + 6, code, cl);
	sc->who[6 + cl] = '\0';
}

/* Staff sheet cells: the header row names the item columns; each row
 * after it is one member of staff. */
static int staff_cell(void *ctx, const struct tk_xlsx_cell *c)
{
	struct staff_ctx *sc = ctx;
	struct form *f = sc->f;
	char buf[256], ref[16];
	if (c->row == sc->first_row - 1) {
		/* Header row: item ids and the comment column. */
		if (c->col >= STAFF_FIRST_ITEM_COL && c->col < sc->ncol) {
			long idx;
			const char *t = trimmed(c->text, buf, sizeof buf);
			if (tk_map_get(&f->cc->items, t, &idx)) {
				if (sc->itemcol[idx]) {
					char first[16];
					problem_at(
					    f,
					    &(struct where){
						sc->sheet, c->row, c->col, t,
						NULL,
						_("delete the copied column; use the form as exported")},
					    N_("appears twice (first in %s)"),
					    tk_xlsx_ref(c->row,
							sc->itemcol[idx],
							first));
				}
				sc->colitem[c->col] = (int)idx;
				sc->itemcol[idx] = c->col;
			} else if (!strcmp(t, "備考")) {
				sc->colitem[c->col] = -2;
				sc->cmtcol = c->col;
			}
		}
		return 0;
	}
	if (c->row < sc->first_row)
		return 0;
	if (c->row != sc->row) {
		staff_flush(sc);
		sc->row = c->row;
	}
	if (c->col == 1) {
		long id;
		const char *code = trimmed(c->text, buf, sizeof buf);
		if (!*code)
			return 0;
		if (!tk_map_get(&f->roster, code, &id)) {
			problem(
			    f,
			    "%s!%s: staff '%s' is not a member of this division in FY%d",
			    sc->sheet, tk_xlsx_ref(c->row, 1, ref), code,
			    f->cc->fy);
			return 0;
		}
		if (!tk_map_put(&f->seen_staff, code, c->row)) {
			problem_at(
			    f,
			    &(struct where){
				sc->sheet, c->row, 1, NULL, code,
				_("delete the copied row: one row per member of staff")},
			    N_("staff '%s' appears twice"), code);
			return 0;
		}
		sc->staff_id = id;
		sc->row_ok = 1;
		sc->any = 1;
		set_who(sc, code);
	} else if (sc->row_ok && c->col < sc->ncol) {
		int it = sc->colitem[c->col];
		if (it >= 0)
			copy_cell(f, &sc->vals[it], c);
		else if (it == -2)
			copy_cell(f, sc->cmt, c);
	}
	return 0;
}

/* ------------------------------------------------------ parsing */

/* One cell of the answer sheet, kept in memory for checking. */
struct pcell {
	uint32_t row, col;
	enum tk_cell_type type;
	int is_date;
	double num;
	size_t text, len; /* offset and length in parsed.text */
};

/*
 * A workbook read into memory: everything that does not need the
 * database, so that it can be done on another thread while the previous
 * workbook is checked and written (see tk_import_paths).
 */
struct parsed {
	char *name;
	int other;   /* not a workbook: a sealed bundle or a non-.xlsx */
	char *error; /* could not be read or parsed: the message */
	char sha[65];
	int skipped; /* its digest was known: not parsed */
	char *meta[M_COUNT];
	int have_sheet;	   /* the answer sheet named in the metadata exists */
	char *sheet_error; /* reading the answer sheet failed */
	struct pcell *cells;
	size_t ncells, capcells;
	struct tk_buf text;
	char created[40];  /* a sealed member: the bundle's created time */
	char modified[40]; /* the workbook's dcterms:modified, or "" */
};

/* Free p and everything it owns (NULL is fine). */
static void parsed_free(struct parsed *p)
{
	if (!p)
		return;
	free(p->name);
	free(p->error);
	free(p->sheet_error);
	for (int i = 0; i < M_COUNT; i++)
		free(p->meta[i]);
	free(p->cells);
	tk_buf_free(&p->text);
	free(p);
}

/* Reader callback: keep a copy of cell c in the parsed workbook; returns 1
 * (stop reading) when the sheet holds too much text. */
static int keep_cell(void *ctx, const struct tk_xlsx_cell *c)
{
	struct parsed *p = ctx;
	struct pcell *k;
	if (p->ncells == p->capcells) {
		p->capcells = p->capcells ? p->capcells * 2 : 1024;
		p->cells =
		    tk_xrealloc(p->cells, p->capcells * sizeof *p->cells);
	}
	k = &p->cells[p->ncells++];
	k->row = c->row;
	k->col = c->col;
	k->type = c->type;
	k->is_date = c->is_date;
	k->num = c->num;
	k->text = p->text.len;
	k->len = c->len;
	if (p->text.len + c->len > MAX_SHEET_TEXT) {
		/* Many cells repeating one long shared string, say. */
		p->sheet_error = tk_xstrdup(
		    "the answer sheet holds more than 64 MiB of text; not a form as exported");
		return 1;
	}
	tk_buf_add(&p->text, c->text, c->len + 1);
	return 0;
}

static void replay(const struct parsed *p, tk_xlsx_cell_fn fn, void *ctx);

static int cmp_pcell(const void *a, const void *b)
{
	const struct pcell *x = a, *y = b;
	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return (x->col > y->col) - (x->col < y->col);
}

/* Put the kept cells in row and column order: rows and cells may come in
 * any order in the sheet (the reader refuses duplicated references).  The
 * usual, already ordered sheet costs one pass. */
static void order_cells(struct parsed *p)
{
	for (size_t i = 1; i < p->ncells; i++)
		if (cmp_pcell(&p->cells[i - 1], &p->cells[i]) > 0) {
			qsort(p->cells, p->ncells, sizeof *p->cells, cmp_pcell);
			return;
		}
}

/* Read the _tenken sheet (index si) into p->meta, in cell order. */
static void read_meta(struct parsed *p, tk_xlsx *x, int si)
{
	struct meta_ctx m = {p->meta, 0, -1};
	struct tk_error xerr;
	if (tk_xlsx_read_sheet(x, si, keep_cell, p, &xerr)) {
		p->error =
		    tk_xstrdup(p->sheet_error ? p->sheet_error : xerr.message);
		return;
	}
	order_cells(p);
	replay(p, meta_cell, &m);
	p->ncells = 0;
	tk_buf_reset(&p->text);
}

/* Hash and parse a workbook held in memory (no database access); one
 * whose digest is in known (or NULL) is only hashed (p->skipped). */
static void parse_workbook(struct parsed *p, const void *data, size_t len,
			   const struct tk_map *known)
{
	tk_xlsx *x = NULL;
	struct tk_error xerr;
	size_t nl = strlen(p->name);
	int si;

	tk_sha256_hex(data, len, p->sha);
	if (known && tk_map_get(known, p->sha, NULL)) {
		p->skipped = 1;
		return;
	}
	if (tk_xlsx_open_buffer(data, len, p->name, NULL, &x, &xerr)) {
		/* The reader's message starts with the name; ours adds it. */
		p->error = tk_xstrdup(strncmp(xerr.message, p->name, nl)
					  ? xerr.message
					  : xerr.message + nl + 2);
		return;
	}
	tk_xlsx_modified(x, p->modified, sizeof p->modified);
	si = tk_xlsx_find_sheet(x, "_tenken");
	if (si < 0) {
		p->error = tk_xstrdup(
		    "not a tenken form (no _tenken sheet); export forms with `tenken form export`");
	} else {
		read_meta(p, x, si);
	}
	if (!p->error && p->meta[M_ANSWER_SHEET] &&
	    (si = tk_xlsx_find_sheet(x, p->meta[M_ANSWER_SHEET])) >= 0) {
		p->have_sheet = 1;
		if (tk_xlsx_read_sheet(x, si, keep_cell, p, &xerr) &&
		    !p->sheet_error)
			p->sheet_error = tk_xstrdup(
			    strncmp(xerr.message, p->name, nl) ||
				    strncmp(xerr.message + nl, ": ", 2)
				? xerr.message
				: xerr.message + nl + 2);
		order_cells(p);
	}
	tk_xlsx_close(x);
}

/* Hand the kept cells to a reader callback, as the xlsx reader would. */
static void replay(const struct parsed *p, tk_xlsx_cell_fn fn, void *ctx)
{
	for (size_t i = 0; i < p->ncells; i++) {
		const struct pcell *k = &p->cells[i];
		struct tk_xlsx_cell c = {
		    k->row, k->col, k->type,   p->text.s + k->text,
		    k->len, k->num, k->is_date};
		fn(ctx, &c);
	}
}

/* ------------------------------------------------------ one workbook */

static void form_free(struct form *f)
{
	for (int i = 0; i < M_COUNT; i++)
		free(f->meta[i]);
	free(f->division_code);
	free(f->division_name);
	tk_map_free(&f->roster);
	tk_map_free(&f->staff_name);
	tk_buf_free(&f->names);
	tk_map_free(&f->seen_staff);
	free(f->precs);
	tk_buf_free(&f->ptext);
	free(f->campaign_title);
	free(f->due);
	free(f->marking);
	free(f->head_name);
	tk_buf_free(&f->arena);
	tk_problems_free(&f->problems);
	free(f->ans);
	free(f->examined);
	free(f->gated);
	tk_buf_free(&f->warn);
	free(f->head.filled_by);
	free(f->head.confirmed_by);
}

/* Size f's answers and arena for p's cells (each answer comes from at
 * least one cell), so that they do not grow by copies. */
static void form_presize(struct form *f, const struct parsed *p)
{
	if (!p->ncells)
		return;
	f->capans = p->ncells;
	f->ans = tk_xmalloc(f->capans * sizeof *f->ans);
	f->arena.cap = p->text.len + p->text.len / 4 + 64;
	f->arena.s = tk_xmalloc(f->arena.cap);
	f->arena.s[0] = '\0';
}

/* Find the form, campaign and division that f's token was issued for.
 * Sets *found (0: no such token); returns non-zero when the query failed. */
static int lookup_token(struct importer *im, struct form *f, int *found,
			struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	*found = 0;
	if ((rc = tk_store_cached(
		 im->st,
		 "SELECT f.id, f.campaign, f.division_id, d.code, d.name, d.kind, f.member_id, c.title, c.due, c.marking, h.name FROM forms f JOIN divisions d ON d.id=f.division_id JOIN campaigns c ON c.id=f.campaign LEFT JOIN staff h ON h.id=d.head_staff_id WHERE f.token=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_text(q, 1, f->meta[M_TOKEN], -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(q)) != SQLITE_ROW) {
		if (rc != SQLITE_DONE) {
			rc = tk_store_error(im->st, err, "forms");
			sqlite3_reset(q);
			return rc;
		}
		sqlite3_reset(q);
		return TK_OK;
	}
	f->form_id = (long)sqlite3_column_int64(q, 0);
	f->campaign = (long)sqlite3_column_int64(q, 1);
	f->division_id = (long)sqlite3_column_int64(q, 2);
	f->division_code = tk_xstrdup((const char *)sqlite3_column_text(q, 3));
	f->division_name = tk_xstrdup((const char *)sqlite3_column_text(q, 4));
	{
		const char *k = (const char *)sqlite3_column_text(q, 5);
		f->division_kind = (int)tk_kind_bit(k);
	}
	f->staff_id = (long)sqlite3_column_int64(q, 6);
	f->campaign_title = tk_store_col_dup(q, 7);
	f->due = tk_store_col_dup(q, 8);
	f->marking = tk_store_col_dup(q, 9);
	f->head_name = tk_store_col_dup(q, 10);
	sqlite3_reset(q);
	*found = 1;
	return TK_OK;
}

/* A per-staff form's member, and the rule that a division does not mix
 * per-staff and division-wide returns (app/import_staff.h). */
static int check_staff_return(struct importer *im, struct form *f,
			      struct tk_error *err)
{
	struct tk_staff_return r = {.name = f->name,
				    .format = f->meta[M_FORMAT],
				    .meta_staff = f->meta[M_STAFF],
				    .staff_survey =
					f->cc->s->respondent == TK_RESP_STAFF,
				    .form_staff = f->staff_id,
				    .campaign = f->campaign,
				    .division_id = f->division_id,
				    .division_code = f->division_code};
	int rc = tk_staff_return_check(im->st, &r, &f->problems, err);
	memcpy(f->staff_code, r.code, sizeof f->staff_code);
	return rc;
}

/* Resolve the token, campaign, division and survey.  Problems are
 * recorded; returns non-zero only for database failures. */
static int resolve(struct importer *im, struct form *f, struct tk_error *err)
{
	int rc, found;
	for (int i = 0; i < M_REQUIRED; i++)
		if (!f->meta[i]) {
			problem(
			    f,
			    "_tenken: '%s' is missing (not a form made by `tenken form export`, or altered)",
			    meta_keys[i]);
			return TK_OK;
		}
	if (strcmp(f->meta[M_FORMAT], "tenken-form/1") &&
	    strcmp(f->meta[M_FORMAT], TK_STAFF_FORM_FORMAT)) {
		problem(f, "_tenken: unknown form format '%s'",
			f->meta[M_FORMAT]);
		return TK_OK;
	}
	if ((rc = lookup_token(im, f, &found, err)))
		return rc;
	if (!found) {
		problem(
		    f,
		    "the form's token was not issued by this database (a form from another tenken database, or altered)");
		return TK_OK;
	}
	if (atol(f->meta[M_CAMPAIGN]) != f->campaign ||
	    strcmp(f->meta[M_DIVISION], f->division_code)) {
		problem(
		    f,
		    "the form says campaign %s, division %s, but its token was issued for campaign %ld, division %s: a form can only be submitted for its own division and campaign",
		    f->meta[M_CAMPAIGN], f->meta[M_DIVISION], f->campaign,
		    f->division_code);
		return TK_OK;
	}
	rc = get_campaign(im, f->campaign, &f->cc, err);
	if (rc == TK_ENOTFOUND) {
		problem(f, "campaign %ld no longer exists", f->campaign);
		return TK_OK;
	}
	if (rc)
		return rc;
	if (f->cc->closed) {
		problem(
		    f,
		    "campaign %ld is closed; `tenken campaign reopen` to accept late forms",
		    f->campaign);
		return TK_OK;
	}
	if (!f->cc->acting_ok) {
		struct tk_acting who;
		if ((rc = tk_acting_in(im->st, f->cc->fy, &who, err)))
			return rc;
		f->cc->acting_ok = 1;
	}
	if (f->cc->audit) {
		struct tk_audit_gate g;
		if ((rc = tk_audit_import_gate(im->st, f->campaign,
					       f->division_id, &g, err)))
			return rc;
		f->at = g.t;
		if (g.why[0]) {
			problem(f, "%s", g.why);
			return TK_OK;
		}
	}
	if (strcmp(f->meta[M_SURVEY_HASH], f->cc->hash)) {
		problem(
		    f,
		    "the form was made for survey %s version %s (hash %.12s), but campaign %ld uses version %s (hash %.12s): an older survey version; export a new form",
		    f->meta[M_SURVEY_ID], f->meta[M_SURVEY_VERSION],
		    f->meta[M_SURVEY_HASH], f->campaign, f->cc->s->version,
		    f->cc->hash);
		return TK_OK;
	}
	return check_staff_return(im, f, err);
}

/* The staff of f's division into f->roster (code → id). */
static int load_roster(struct importer *im, struct form *f,
		       struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_cached(
		 im->st,
		 "SELECT id, code, name FROM staff WHERE division_id=?1", &q,
		 err)))
		return rc;
	sqlite3_bind_int64(q, 1, f->division_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(q, 1);
		const char *name = (const char *)sqlite3_column_text(q, 2);
		tk_map_put(&f->roster, code, (long)sqlite3_column_int64(q, 0));
		tk_map_put(&f->staff_name, code, (long)f->names.len);
		tk_buf_add(&f->names, name, strlen(name) + 1);
	}
	rc = rc == SQLITE_DONE ? TK_OK : tk_store_error(im->st, err, "staff");
	sqlite3_reset(q);
	return rc;
}

/* An audit checklist: a 不適合 or 軽微な不備 needs its 所見 (what was
 * found); the evidence examined is kept per item. */
static void audit_checks(struct form *f, const struct div_ctx *d)
{
	const struct tk_survey *s = f->cc->s;
	f->examined = tk_xcalloc((size_t)s->nitems, sizeof *f->examined);
	for (int i = 0; i < s->nitems; i++)
		f->examined[i] =
		    d->exams[i].present ? d->exams[i].text : (size_t)-1;
	for (size_t k = 0; k < f->nans; k++) {
		const struct answer *a = &f->ans[k];
		const char *j, *note;
		if (a->item < 0 ||
		    !tk_audit_label_finding(answer_text(f, a), &j))
			continue;
		note = a->comment != (size_t)-1 ? f->arena.s + a->comment : "";
		while (*note == ' ' || *note == '\t' || *note == '\n')
			note++;
		if (!*note)
			problem_at(
			    f,
			    &(struct where){
				d->sheet, (uint32_t)d->seen[a->item],
				COMMENT_COL, s->items[a->item].id,
				answer_text(f, a),
				_("write the 所見 (what was found: the evidence, counts, dates) in this cell")},
			    N_("is judged %s without a 所見"),
			    answer_text(f, a));
	}
}

/* A per-staff form with no answer and the reason the member could not
 * answer (休職等) in its absence cell: recorded as the member's note and
 * left out of the scores, as a blank row with 備考 on a division-wide
 * staff form.  Returns 1 when so. */
static int staff_absent(struct form *f, const struct parsed *p,
			const struct div_ctx *d)
{
	char buf[8];
	struct answer *a;
	size_t k;
	if (!f->staff_id)
		return 0;
	for (int i = 0; i < f->cc->s->nitems; i++)
		if (d->vals[i].present &&
		    *trimmed(f->arena.s + d->vals[i].text, buf, sizeof buf))
			return 0;
	for (k = 0; k < p->ncells; k++) {
		const struct pcell *c = &p->cells[k];
		if (c->row == TK_STAFF_FORM_ABSENCE_ROW && c->col == ANSWER_COL)
			break;
	}
	if (k == p->ncells ||
	    !*trimmed(p->text.s + p->cells[k].text, buf, sizeof buf))
		return 0;
	a = new_answer(f);
	a->staff_id = f->staff_id;
	a->item = -1;
	a->comment = arena_add(f, p->text.s + p->cells[k].text);
	return 1;
}

/* Division forms: every item once in column A, then take the answers. */
static void read_division(struct form *f, const struct parsed *p,
			  const char *sheet, uint32_t first)
{
	const struct tk_survey *s = f->cc->s;
	struct div_ctx d = {0};
	d.f = f;
	d.first_row = first;
	d.item = -1;
	d.sheet = sheet;
	d.vals = tk_xcalloc((size_t)s->nitems, sizeof *d.vals);
	d.cmts = tk_xcalloc((size_t)s->nitems, sizeof *d.cmts);
	d.seen = tk_xcalloc((size_t)s->nitems, sizeof *d.seen);
	if (f->cc->audit)
		d.exams = tk_xcalloc((size_t)s->nitems, sizeof *d.exams);
	replay(p, div_cell, &d);
	for (int i = 0; i < s->nitems; i++)
		if (!d.seen[i])
			problem_at(
			    f,
			    &(struct where){
				sheet, 0, 0, s->items[i].id, NULL,
				_("restore the item's row: copy the answers into the form as exported")},
			    N_("is missing from the sheet"));
	if (!f->problems.count && !staff_absent(f, p, &d)) {
		char who[300];
		uint32_t *rows = tk_xcalloc((size_t)s->nitems, sizeof *rows);
		uint32_t *cols = tk_xcalloc((size_t)s->nitems, sizeof *cols);
		struct respondent r = {sheet, d.vals, d.cmts, f->staff_id,
				       rows,  cols,   who};
		for (int i = 0; i < s->nitems; i++) {
			rows[i] = (uint32_t)d.seen[i];
			cols[i] = ANSWER_COL;
		}
		if (f->staff_id)
			snprintf(who, sizeof who, _("staff %s"), f->staff_code);
		else
			snprintf(who, sizeof who, _("division %s"),
				 f->division_code);
		take_answers(f, &r);
		if (f->cc->audit)
			audit_checks(f, &d);
		free(rows);
		free(cols);
	}
	free(d.vals);
	free(d.cmts);
	free(d.exams);
	free(d.seen);
}

/* After a staff sheet: every item column and every member of staff must
 * have been there. */
static void staff_missing(struct form *f, const struct staff_ctx *sc)
{
	const struct tk_survey *s = f->cc->s;
	int *found = tk_xcalloc((size_t)s->nitems, sizeof *found);
	for (uint32_t c = 0; c < sc->ncol; c++)
		if (sc->colitem[c] >= 0)
			found[sc->colitem[c]] = 1;
	for (int i = 0; i < s->nitems; i++)
		if (!found[i])
			problem_at(
			    f,
			    &(struct where){
				sc->sheet, 0, 0, s->items[i].id, NULL,
				_("restore the item's column: copy the answers into the form as exported")},
			    N_("is missing from row %u"), sc->first_row - 1);
	free(found);
	for (size_t i = 0; i < f->roster.cap; i++)
		if (f->roster.keys[i] &&
		    !tk_map_get(&f->seen_staff, f->roster.keys[i], NULL))
			problem_at(
			    f,
			    &(struct where){
				sc->sheet, 0, 0, NULL, f->roster.keys[i],
				_("re-export that division's form after the org import, or use per-staff forms (form export --per-staff); or restore the member's row (with the answers, or the reason for absence in 備考)")},
			    N_("staff '%s' of this division is missing from the form (moved in after it was exported?)"),
			    f->roster.keys[i]);
}

/* Staff forms: one row per member of the division's roster (loaded by
 * form_begin). */
static void read_staff(struct form *f, const struct parsed *p,
		       const char *sheet, uint32_t first)
{
	const struct tk_survey *s = f->cc->s;
	struct staff_ctx sc = {0};
	sc.f = f;
	sc.first_row = first;
	sc.sheet = sheet;
	sc.ncol = (uint32_t)s->nitems + STAFF_FIRST_ITEM_COL + 64;
	sc.colitem = tk_xmalloc(sc.ncol * sizeof *sc.colitem);
	for (uint32_t i = 0; i < sc.ncol; i++)
		sc.colitem[i] = -1;
	sc.vals = tk_xcalloc((size_t)s->nitems, sizeof *sc.vals);
	sc.cmt = tk_xcalloc(1, sizeof *sc.cmt);
	sc.itemcol = tk_xcalloc((size_t)s->nitems, sizeof *sc.itemcol);
	sc.itemrow = tk_xcalloc((size_t)s->nitems, sizeof *sc.itemrow);
	replay(p, staff_cell, &sc);
	staff_flush(&sc);
	staff_missing(f, &sc);
	free(sc.colitem);
	free(sc.vals);
	free(sc.cmt);
	free(sc.itemcol);
	free(sc.itemrow);
}

/* ------------------------------------------------------ form head */

/* Cell reference "G12" as 1-based row and column; 0 when it is not one. */
static int parse_ref(const char *s, uint32_t *row, uint32_t *col)
{
	uint32_t c = 0, r = 0;
	for (; *s >= 'A' && *s <= 'Z' && c < 100000; s++)
		c = c * 26 + (uint32_t)(*s - 'A' + 1);
	for (; *s >= '0' && *s <= '9' && r < 10000000; s++)
		r = r * 10 + (uint32_t)(*s - '0');
	*row = r;
	*col = c;
	return !*s && r && c;
}

/* The text (trimmed, in buf) of the cell at row, col of p, and the cell,
 * or NULL when blank. */
static const char *head_cell(const struct parsed *p, uint32_t row, uint32_t col,
			     char *buf, size_t n, const struct pcell **cell)
{
	for (size_t i = 0; i < p->ncells && p->cells[i].row <= row; i++)
		if (p->cells[i].row == row && p->cells[i].col == col) {
			const char *t =
			    trimmed(p->text.s + p->cells[i].text, buf, n);
			*cell = &p->cells[i];
			return *t ? t : NULL;
		}
	return NULL;
}

/* A head date cell as YYYY-MM-DD in out ("" when blank); a problem naming
 * sheet!ref when it is not a date.  Returns 1 when out holds a date. */
static int head_date(struct form *f, const struct parsed *p, const char *sheet,
		     const char *ref, const char *what, char out[16])
{
	uint32_t row, col;
	const struct pcell *c = NULL;
	char buf[256];
	const char *t;
	out[0] = '\0';
	if (!parse_ref(ref, &row, &col) ||
	    !(t = head_cell(p, row, col, buf, sizeof buf, &c)))
		return 0;
	if (c->type == TK_CELL_NUMBER && c->num >= 1 && c->num < 2958466)
		tk_xlsx_serial_date(c->num, out);
	else if (!parse_date_text(t, out)) {
		problem(
		    f,
		    "%s!%s: %s '%s' is not a date (YYYY-MM-DD or YYYY/MM/DD)",
		    sheet, ref, what, t);
		return 0;
	}
	return 1;
}

/* A head text cell (記入者, 所属長確認), or NULL when blank. */
static char *head_text(const struct parsed *p, const char *ref)
{
	uint32_t row, col;
	const struct pcell *c = NULL;
	char buf[512];
	const char *t;
	if (!parse_ref(ref, &row, &col) ||
	    !(t = head_cell(p, row, col, buf, sizeof buf, &c)))
		return NULL;
	return tk_xstrdup(t);
}

/* 点検日: blank is a warning; a date outside the campaign's fiscal year or
 * after today is a problem. */
static void check_inspected(struct form *f, const char *sheet, const char *ref,
			    int have)
{
	char from[16], to[16], today[16];
	const char *d = f->head.inspected_on;
	if (!have) {
		if (!*d && !f->problems.count)
			warning(
			    f,
			    "%s!%s: 点検日が未記入 (the inspection date is blank)",
			    sheet, ref);
		return;
	}
	snprintf(from, sizeof from, "%04d-04-01", f->cc->fy % 10000);
	snprintf(to, sizeof to, "%04d-03-31", (f->cc->fy + 1) % 10000);
	tk_today(today);
	if (strcmp(d, from) < 0 || strcmp(d, to) > 0)
		problem(f,
			"%s!%s: 点検日 %s is outside fiscal year %d (%s to %s)",
			sheet, ref, d, f->cc->fy, from, to);
	else if (strcmp(d, today) > 0)
		problem(f, "%s!%s: 点検日 %s is after today (%s)", sheet, ref,
			d, today);
}

/* The head of a self-inspection form (点検日, 記入者, 所属長確認 and its
 * date) from the cells _tenken's head_cells names; forms exported before
 * it have none. */
static void read_head(struct form *f, const struct parsed *p, const char *sheet)
{
	char refs[4][16] = {{0}};
	const char *spec = f->meta[M_HEAD_CELLS];
	int have;
	if (!spec || f->cc->audit)
		return;
	if (sscanf(spec, "%15[A-Z0-9],%15[A-Z0-9],%15[A-Z0-9],%15[A-Z0-9]",
		   refs[0], refs[1], refs[2], refs[3]) != 4) {
		problem(f, "_tenken: head_cells '%s' is not valid", spec);
		return;
	}
	have = head_date(f, p, sheet, refs[0], "点検日", f->head.inspected_on);
	f->head.filled_by = head_text(p, refs[1]);
	f->head.confirmed_by = head_text(p, refs[2]);
	head_date(f, p, sheet, refs[3], "所属長確認日", f->head.confirmed_on);
	check_inspected(f, sheet, refs[0], have);
}

/* Read the answer sheet of a resolved form into f->ans; problems are
 * recorded.  Needs no database (a helper thread runs it). */
static void read_answers(struct form *f, const struct parsed *p)
{
	const struct tk_survey *s = f->cc->s;
	const char *sheet = f->meta[M_ANSWER_SHEET];
	uint32_t first = (uint32_t)atol(f->meta[M_FIRST_ROW]);

	if (!p->have_sheet) {
		problem(f, "no answer sheet '%s'", sheet);
		return;
	}
	if (p->sheet_error) {
		problem(f, "%s", p->sheet_error);
		return;
	}
	if (first < 2 || first > 1000) {
		problem(f, "_tenken: first_row '%s' is not valid",
			f->meta[M_FIRST_ROW]);
		return;
	}
	if ((!strcmp(f->meta[M_RESPONDENT], "staff")) !=
	    (s->respondent == TK_RESP_STAFF)) {
		problem(f, "_tenken: respondent '%s' does not match the survey",
			f->meta[M_RESPONDENT]);
		return;
	}
	if (s->respondent == TK_RESP_DIVISION || f->staff_id) {
		/* A per-staff form has the division form's columns. */
		read_division(f, p, sheet, first);
		read_head(f, p, sheet);
		return;
	}
	read_staff(f, p, sheet, first);
}

/* Answers in the order they are stored: by staff, then item. */
static int cmp_answer(const void *a, const void *b)
{
	const struct answer *x = a, *y = b;
	if (x->staff_id != y->staff_id)
		return x->staff_id < y->staff_id ? -1 : 1;
	return (x->item > y->item) - (x->item < y->item);
}

/* Put f's answers in the order they are stored; they usually come in it
 * already (rows by staff code, items in order), which costs one pass. */
static void sort_answers(struct form *f)
{
	for (size_t i = 1; i < f->nans; i++)
		if (cmp_answer(&f->ans[i - 1], &f->ans[i]) > 0) {
			qsort(f->ans, f->nans, sizeof *f->ans, cmp_answer);
			return;
		}
}

/* Bind answer a as the 7 parameters from base+1 of an answers INSERT;
 * a choice answer has no raw text: its label is its scale's (schema 8,
 * the view answers_text). */
static void bind_answer(sqlite3_stmt *q, int base, long id,
			const struct answer *a, const struct form *f)
{
	const char *arena = f->arena.s;
	sqlite3_bind_int64(q, base + 1, id);
	sqlite3_bind_int64(q, base + 2, a->staff_id);
	sqlite3_bind_int(q, base + 3, a->item);
	if (a->choice >= 0)
		sqlite3_bind_int(q, base + 4, a->choice);
	else
		sqlite3_bind_null(q, base + 4);
	if (a->has_value)
		sqlite3_bind_double(q, base + 5, a->value);
	else
		sqlite3_bind_null(q, base + 5);
	if (a->choice < 0 && a->raw != (size_t)-1) {
		sqlite3_bind_text(q, base + 6, arena + a->raw, -1,
				  SQLITE_STATIC);
	} else {
		sqlite3_bind_null(q, base + 6);
	}
	if (a->comment != (size_t)-1)
		sqlite3_bind_text(q, base + 7, arena + a->comment, -1,
				  SQLITE_STATIC);
	else
		sqlite3_bind_null(q, base + 7);
}

/*
 * Insert the answers of submission id, BATCH rows per statement: one
 * multi-row INSERT costs far less per row than a statement step per row
 * (a national import stores some 15 million answers).
 */
#define BATCH 64

/* Prepare the two answer inserts once per run (the BATCH-row one is long
 * to compile); kept in ins until insert_stmts_free. */
static int insert_stmts_prepare(struct tk_store *st, struct insert_stmts *ins,
				struct tk_error *err)
{
	struct tk_buf sql = {0};
	int rc;
	if (ins->many)
		return TK_OK;
	tk_buf_adds(
	    &sql,
	    "INSERT INTO answers(submission, staff_id, item_idx, choice, value, raw, comment) VALUES ");
	for (int k = 0; k < BATCH; k++)
		tk_buf_adds(&sql, k ? ",(?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?)");
	if ((rc = tk_store_prepare(st, sql.s, &ins->many, err)) ||
	    (rc = tk_store_prepare(
		 st,
		 "INSERT INTO answers(submission, staff_id, item_idx, choice, value, raw, comment) VALUES (?,?,?,?,?,?,?)",
		 &ins->one, err))) {
		sqlite3_finalize(ins->many);
		ins->many = NULL;
	}
	tk_buf_free(&sql);
	return rc;
}

static void insert_stmts_free(struct insert_stmts *ins)
{
	sqlite3_finalize(ins->many);
	sqlite3_finalize(ins->one);
	ins->many = ins->one = NULL;
}

static int insert_answers(struct tk_store *st, struct insert_stmts *ins,
			  const struct form *f, long id, struct tk_error *err)
{
	sqlite3_stmt *many, *one;
	size_t i = 0;
	int rc;

	if ((rc = insert_stmts_prepare(st, ins, err)))
		return rc;
	many = ins->many;
	one = ins->one;
	for (; i + BATCH <= f->nans; i += BATCH) {
		for (int k = 0; k < BATCH; k++)
			bind_answer(many, 7 * k, id, &f->ans[i + (size_t)k], f);
		if (sqlite3_step(many) != SQLITE_DONE) {
			rc = tk_store_error(st, err, "answers");
			goto done;
		}
		sqlite3_reset(many);
	}
	for (; i < f->nans; i++) {
		bind_answer(one, 0, id, &f->ans[i], f);
		if (sqlite3_step(one) != SQLITE_DONE) {
			rc = tk_store_error(st, err, "answers");
			goto done;
		}
		sqlite3_reset(one);
	}
done:
	sqlite3_reset(many);
	sqlite3_reset(one);
	return rc;
}

/* 1 when a is an answer to an item that counts: not a note of the row
 * (item -1), not kept aside (-2), not a comment alone.  `tenken import`
 * and `tenken status` (item_stats) count these, docs/cli.md. */
static int is_counted(const struct answer *a)
{
	return a->item >= 0 && (a->choice >= 0 || a->raw != (size_t)-1);
}

static int is_return(const char *format);

/* The number of answers of f that count (is_counted). */
static size_t counted_answers(const struct form *f)
{
	size_t n = 0;
	for (size_t i = 0; i < f->nans; i++)
		n += (size_t)is_counted(&f->ans[i]);
	return n;
}

/* The per-item aggregates of a submission (schema 4: item_stats). */
static int write_stats(struct tk_store *st, const struct form *f, long id,
		       struct tk_error *err)
{
	int n = f->cc->s->nitems, rc = TK_OK;
	struct {
		int answered, counted, compliant;
		double total;
	} *agg = tk_xcalloc((size_t)n, sizeof *agg);
	sqlite3_stmt *q;
	for (size_t i = 0; i < f->nans; i++) {
		const struct answer *a = &f->ans[i];
		if (!is_counted(a))
			continue;
		agg[a->item].answered++;
		if (a->has_value) {
			agg[a->item].counted++;
			agg[a->item].total += a->value;
			agg[a->item].compliant += a->value == 1.0;
		}
	}
	if ((rc = tk_store_cached(
		 st, "INSERT INTO item_stats VALUES (?1,?2,?3,?4,?5,?6)", &q,
		 err)))
		goto done;
	for (int i = 0; i < n && !rc; i++) {
		if (!agg[i].answered)
			continue;
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int(q, 2, i);
		sqlite3_bind_int(q, 3, agg[i].answered);
		sqlite3_bind_int(q, 4, agg[i].counted);
		sqlite3_bind_double(q, 5, agg[i].total);
		sqlite3_bind_int(q, 6, agg[i].compliant);
		if (sqlite3_step(q) != SQLITE_DONE)
			rc = tk_store_error(st, err, "item_stats");
		sqlite3_reset(q);
	}
	sqlite3_reset(q);
done:
	free(agg);
	return rc;
}

/* Run a cached one-shot statement and reset it: TK_OK, or TK_EDB
 * naming what when it did not run to SQLITE_DONE. */
static int step_once(struct tk_store *st, sqlite3_stmt *q, const char *what,
		     struct tk_error *err)
{
	int rc = sqlite3_step(q) == SQLITE_DONE ? TK_OK
						: tk_store_error(st, err, what);
	sqlite3_reset(q);
	return rc;
}

/*
 * Look for the submissions of f's division (inside the transaction: another
 * import may have stored this file meanwhile).  *unchanged is set when this
 * very file (sha) was stored, *prev to the current submission's id or 0.
 */
static int find_previous(struct tk_store *st, const struct form *f,
			 const char *sha, long *prev, int *unchanged,
			 struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	*prev = 0;
	*unchanged = 0;
	if ((rc = tk_store_cached(
		 st,
		 "SELECT id, 1, 0 FROM submissions WHERE campaign=?1 AND division_id=?2 AND member_id=?4 AND superseded_by IS NULL AND file_sha256<>?3 UNION ALL SELECT id, 0, 1 FROM submissions WHERE campaign=?1 AND division_id=?2 AND file_sha256=?3",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, f->campaign);
	sqlite3_bind_int64(q, 2, f->division_id);
	sqlite3_bind_text(q, 3, sha, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 4, f->staff_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (sqlite3_column_int(q, 2))
			*unchanged = 1;
		else if (sqlite3_column_int(q, 1))
			*prev = (long)sqlite3_column_int64(q, 0);
	}
	rc = rc == SQLITE_DONE ? TK_OK : tk_store_error(st, err, "submissions");
	sqlite3_reset(q);
	return rc;
}

/* Insert the submission row of f; *id gets its id. */
static int insert_submission(struct tk_store *st, const struct form *f,
			     const char *sha, long *id, struct tk_error *err)
{
	sqlite3_stmt *q;
	char now[32];
	int rc;
	if ((rc = tk_store_cached(
		 st,
		 "INSERT INTO submissions(campaign, division_id, form, file_name, file_sha256, imported_at, imported_by, bundle_created, workbook_modified, member_id) VALUES (?1,?2,?3,?4,?5,?6,?7,nullif(?8,''),nullif(?9,''),?10)",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, f->campaign);
	sqlite3_bind_int64(q, 2, f->division_id);
	sqlite3_bind_int64(q, 3, f->form_id);
	sqlite3_bind_text(q, 4, f->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5, sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 6, tk_now(now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 7, tk_actor(), -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 8, f->created, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 9, f->modified, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 10, f->staff_id);
	if ((rc = step_once(st, q, "submissions", err)))
		return rc;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	return TK_OK;
}

/* The head of the form (点検日, 記入者, 所属長確認) on submission id. */
static int store_head(struct tk_store *st, const struct form *f, long id,
		      struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_cached(
		 st,
		 "UPDATE submissions SET inspected_on=nullif(?2,''), filled_by=?3, head_confirmed_by=?4, head_confirmed_on=nullif(?5,'') WHERE id=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	sqlite3_bind_text(q, 2, f->head.inspected_on, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 3, f->head.filled_by, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 4, f->head.confirmed_by, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5, f->head.confirmed_on, -1, SQLITE_STATIC);
	return step_once(st, q, "submissions", err);
}

/* Point submission prev's superseded_by at to (prev itself first, to step
 * aside: the current submission of a division is unique). */
static int supersede(struct tk_store *st, long prev, long to,
		     struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_cached(
		 st, "UPDATE submissions SET superseded_by=?2 WHERE id=?1", &q,
		 err)))
		return rc;
	sqlite3_bind_int64(q, 1, prev);
	sqlite3_bind_int64(q, 2, to);
	return step_once(st, q, "submissions", err);
}

/* The answers kept aside because their gate closes them (schema 6). */
static int insert_gated(struct tk_store *st, const struct form *f, long id,
			struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if (!f->ngated)
		return TK_OK;
	if ((rc = tk_store_cached(
		 st,
		 "INSERT INTO gated_answers(submission, staff_id, item_idx, cell, raw, comment) VALUES (?1,nullif(?2,0),?3,?4,?5,?6)",
		 &q, err)))
		return rc;
	for (size_t i = 0; i < f->ngated && !rc; i++) {
		const struct gated *g = &f->gated[i];
		char ref[16];
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int64(q, 2, g->a.staff_id);
		sqlite3_bind_int(q, 3, g->a.item);
		sqlite3_bind_text(q, 4, tk_xlsx_ref(g->row, g->col, ref), -1,
				  SQLITE_TRANSIENT);
		sqlite3_bind_text(q, 5, answer_text(f, &g->a), -1,
				  SQLITE_STATIC);
		if (g->a.comment != (size_t)-1)
			sqlite3_bind_text(q, 6, f->arena.s + g->a.comment, -1,
					  SQLITE_STATIC);
		else
			sqlite3_bind_null(q, 6);
		if (sqlite3_step(q) != SQLITE_DONE)
			rc = tk_store_error(st, err, "gated_answers");
		sqlite3_reset(q);
	}
	sqlite3_reset(q);
	return rc;
}

/*
 * The references of submission id, checked once: the answers of an import
 * are written with foreign keys off (a parent lookup per answer row cost a
 * quarter of a national import).  The answers, item statistics and gated
 * answers all point at submission id, inserted in this very transaction;
 * what remains is the submission's own references and the staff of its
 * gated answers.  TK_EDB when one is dangling.
 */
static int check_references(struct tk_store *st, long id, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc, ok;
	if ((rc = tk_store_cached(
		 st,
		 "SELECT EXISTS (SELECT 1 FROM submissions u WHERE u.id=?1 AND EXISTS (SELECT 1 FROM campaigns WHERE id=u.campaign) AND EXISTS (SELECT 1 FROM divisions WHERE id=u.division_id) AND EXISTS (SELECT 1 FROM forms WHERE id=u.form) AND (u.superseded_by IS NULL OR EXISTS (SELECT 1 FROM submissions WHERE id=u.superseded_by))) AND NOT EXISTS (SELECT 1 FROM gated_answers g WHERE g.submission=?1 AND g.staff_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM staff WHERE id=g.staff_id)) AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.submission=?1 AND (NOT EXISTS (SELECT 1 FROM audits WHERE id=f.audit) OR NOT EXISTS (SELECT 1 FROM divisions WHERE id=f.division_id)))",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, id);
	if (sqlite3_step(q) != SQLITE_ROW) {
		rc = tk_store_error(st, err, "submissions");
		sqlite3_reset(q);
		return rc;
	}
	ok = sqlite3_column_int(q, 0);
	sqlite3_reset(q);
	if (!ok)
		return tk_error_set(
		    err, TK_EDB,
		    "submission %ld: a reference to a row that does not exist (foreign key check); nothing was imported",
		    id);
	return TK_OK;
}

/* An audit checklist's judgements, evidence and findings. */
static int store_audit(struct tk_store *st, const struct form *f, long id,
		       struct tk_error *err)
{
	struct tk_audit_judged *j = tk_xcalloc(f->nans + 1, sizeof *j);
	int n = 0, rc;
	for (size_t k = 0; k < f->nans; k++) {
		const struct answer *a = &f->ans[k];
		if (a->item < 0)
			continue;
		j[n].item = a->item;
		j[n].label = answer_text(f, a);
		j[n].note =
		    a->comment != (size_t)-1 ? f->arena.s + a->comment : NULL;
		j[n].examined =
		    f->examined && f->examined[a->item] != (size_t)-1
			? f->arena.s + f->examined[a->item]
			: NULL;
		n++;
	}
	rc = tk_audit_import_store(
	    st, &(struct tk_audit_results){&f->at, f->cc->s, id, j, n}, err);
	free(j);
	return rc;
}

/* Store the submission, its answers, its item statistics and the log
 * line, with the transaction already begun. */
static int store_form(struct tk_store *st, struct insert_stmts *ins,
		      struct form *f, const char *sha, long prev,
		      struct tk_error *err)
{
	char obj[128], detail[600];
	long id;
	int rc;
	if (prev && (rc = supersede(st, prev, prev, err)))
		return rc;
	if ((rc = insert_submission(st, f, sha, &id, err)) ||
	    (rc = store_head(st, f, id, err)))
		return rc;
	if (prev && (rc = supersede(st, prev, id, err)))
		return rc;
	sort_answers(f);
	if ((rc = insert_answers(st, ins, f, id, err)) ||
	    (rc = insert_gated(st, f, id, err)) ||
	    (rc = write_stats(st, f, id, err)) ||
	    (f->cc->audit && (rc = store_audit(st, f, id, err))) ||
	    (rc = check_references(st, id, err)))
		return rc;
	snprintf(obj, sizeof obj, "campaign %ld division %s%s%s", f->campaign,
		 f->division_code, f->staff_id ? " staff " : "", f->staff_code);
	snprintf(detail, sizeof detail,
		 "submission %ld from %s sha256 %s; %zu answers%s%s; %zu gated",
		 id, f->name, sha, counted_answers(f),
		 prev ? "; supersedes earlier" : "",
		 f->older ? " (older than it: --allow-older)" : "", f->ngated);
	return tk_store_log(st, "form.import", obj, detail, err);
}

/* Turn the connection's foreign key checks on or off (outside a
 * transaction) unless they are so already; err may be NULL when an error
 * is already reported. */
static int foreign_keys(struct importer *im, int on, struct tk_error *err)
{
	struct tk_error ignored;
	int rc;
	if (im->fk_off != on)
		return TK_OK;
	rc = tk_store_exec(
	    im->st, on ? "PRAGMA foreign_keys=ON" : "PRAGMA foreign_keys=OFF",
	    err ? err : &ignored);
	if (!rc)
		im->fk_off = !on;
	return rc;
}

/* write_form's transaction, with foreign keys off. */
static int write_form_tx(struct importer *im, struct form *f, const char *sha,
			 int *outcome, struct tk_error *err)
{
	struct tk_store *st = im->st;
	long prev;
	int rc, unchanged;

	if ((rc = tk_store_begin(st, err)))
		return rc;
	if ((rc = find_previous(st, f, sha, &prev, &unchanged, err)))
		goto fail;
	if (unchanged) {
		tk_store_rollback(st);
		*outcome = TK_IMPORT_UNCHANGED;
		return TK_OK;
	}
	if ((rc = store_form(st, &im->ins, f, sha, prev, err)))
		goto fail;
	*outcome = prev ? TK_IMPORT_SUPERSEDED : TK_IMPORT_ACCEPTED;
	return tk_store_commit(st, err);
fail:
	tk_store_rollback(st);
	return rc;
}

/* Write the submission in one transaction; *outcome tells whether it was
 * accepted, superseded an earlier one, or was stored already.  Foreign
 * keys are off for the bulk insert (a no-op inside a transaction, so set
 * before it) and stay off for the next form; store_form checks the
 * references once instead. */
static int write_form(struct importer *im, struct form *f, const char *sha,
		      int *outcome, struct tk_error *err)
{
	int rc;
	if ((rc = foreign_keys(im, 0, err)))
		return rc;
	return write_form_tx(im, f, sha, outcome, err);
}

/* The file's own name: after the directory, and for a sealed member
 * ("dir/box.zip:NAME") the member's. */
static const char *base_name(const char *name)
{
	const char *b = strrchr(name, '/'), *z;
	b = b ? b + 1 : name;
	z = strstr(b, ".zip:");
	return z ? z + 5 : b;
}

/* Compare time a of this form with b of the current submission: an older
 * one is refused unless allowed (f->older is set either way). */
static void check_time(struct form *f, const char *what, const char *a,
		       const char *b, int allow)
{
	if (!*a || !b || !*b || strcmp(a, b) >= 0)
		return;
	f->older = 1;
	if (!allow)
		problem(
		    f,
		    "older than the current submission of division %s: %s %s, the current one's %s; `tenken import --allow-older` imports it anyway",
		    f->division_code, what, a, b);
	else
		warning(
		    f,
		    "older than the current submission (%s %s, the current one's %s); imported as --allow-older asks",
		    what, a, b);
}

/* Against the division's current submission: a return older than it is
 * refused (unless allowed), one from another file name is noted. */
static int check_current(struct importer *im, struct form *f,
			 struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_cached(
		 im->st,
		 "SELECT file_name, bundle_created, workbook_modified FROM submissions WHERE campaign=?1 AND division_id=?2 AND member_id=?3 AND superseded_by IS NULL",
		 &q, err)))
		return rc;
	sqlite3_bind_int64(q, 1, f->campaign);
	sqlite3_bind_int64(q, 2, f->division_id);
	sqlite3_bind_int64(q, 3, f->staff_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *fn = (const char *)sqlite3_column_text(q, 0);
		check_time(f, _("bundle sealed"), f->created,
			   (const char *)sqlite3_column_text(q, 1),
			   im->o->allow_older);
		check_time(f, _("workbook saved"), f->modified,
			   (const char *)sqlite3_column_text(q, 2),
			   im->o->allow_older);
		if (fn && strcmp(base_name(fn), base_name(f->name)))
			warning(
			    f,
			    "replaces the submission of division %s from another file, %s",
			    f->division_code, fn);
	}
	rc = rc == SQLITE_DONE ? TK_OK
			       : tk_store_error(im->st, err, "submissions");
	sqlite3_reset(q);
	return rc;
}

/* Forms are exported as CAMPAIGN_CODE_NAME.xlsx: a file name that names
 * another division than the token's is warned about. */
static void check_file_name(struct form *f)
{
	char buf[512], want[64];
	const char *b = base_name(f->name), *code, *nm;
	char *us;
	size_t l;
	snprintf(buf, sizeof buf, "%s", b);
	l = strlen(buf);
	if (l > 5 && !strcasecmp(buf + l - 5, ".xlsx"))
		buf[l - 5] = '\0';
	snprintf(want, sizeof want, "%ld_", f->campaign);
	if (strncmp(buf, want, strlen(want)))
		return;
	code = buf + strlen(want);
	if (!(us = strchr(code, '_')))
		return;
	*us = '\0';
	nm = us + 1;
	/* As form export writes them; a copy's suffix (" (2)") is fine. */
	char *scode = tk_sheet_safe_name(f->division_code),
	     *sname = tk_sheet_safe_name(f->division_name);
	if (strcmp(code, scode) || strncmp(nm, sname, strlen(sname)))
		warning(
		    f,
		    "the file name names division %s %s, but the form's token binds it to division %s %s",
		    code, nm, f->division_code, f->division_name);
	free(scode);
	free(sname);
}

/* Set *found to whether a file with this hash was imported before.
 * Returns TK_OK, or TK_EDB when the query failed (*found is then 0). */
static int already_imported(struct importer *im, const char *sha, int *found,
			    struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	*found = 0;
	if ((rc = tk_store_cached(
		 im->st,
		 "SELECT 1 FROM submissions WHERE file_sha256=?1 UNION ALL SELECT 1 FROM returns WHERE file_sha256=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_text(q, 1, sha, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*found = 1;
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE
		 ? TK_OK
		 : tk_store_error(im->st, err, "submissions");
	sqlite3_reset(q);
	return rc;
}

/*
 * Log a refused file (import.reject) in a transaction of its own: the
 * object ("campaign N division CODE" when the form's token resolved, as
 * form.import's, which `tenken status` compares; else "file NAME"), its
 * SHA-256 (or "-" when it could not be read) and the first problem.
 * Nothing is logged in a dry run.
 */
static int log_reject(struct importer *im, const char *obj, const char *name,
		      const char *sha, const char *problems,
		      struct tk_error *err)
{
	struct tk_buf detail = {0};
	size_t first = problems ? strcspn(problems, "\n") : 0;
	int rc;
	if (im->o->dry_run)
		return TK_OK;
	if ((rc = foreign_keys(im, 1, err)))
		return rc;
	tk_buf_addf(&detail, "%s sha256 %s: %.*s", name,
		    sha && *sha ? sha : "-", (int)first,
		    problems ? problems : "");
	if (!(rc = tk_store_begin(im->st, err))) {
		rc = tk_store_log(im->st, "import.reject", obj, detail.s, err);
		rc = rc ? (tk_store_rollback(im->st), rc)
			: tk_store_commit(im->st, err);
	}
	tk_buf_free(&detail);
	return rc;
}

/* Hand the outcome of one file to the caller. */
static void report(struct importer *im, const struct tk_import_file_result *r)
{
	if (im->o->on_file)
		im->o->on_file(im->o->ctx, r);
}

/* Report an accepted (or, in a dry run, acceptable) form. */
static void report_accepted(struct importer *im, struct form *f, int outcome)
{
	struct tk_import_file_result r = {0};
	if (f->ngated > GATED_NAMED)
		warning(
		    f,
		    "and %zu more answers to follow-ups their gate closes are kept aside and not scored (`tenken status` counts them)",
		    f->ngated - GATED_NAMED);
	r.name = f->name;
	r.outcome = outcome;
	r.dry_run = im->o->dry_run;
	r.division_code = f->division_code;
	r.division = f->division_name;
	r.answers = is_return(f->meta[M_FORMAT]) ? f->nans : counted_answers(f);
	r.warnings = f->warn.len ? f->warn.s : NULL;
	report(im, &r);
}

/* Report a file stored before (the same bytes). */
static void report_unchanged(struct importer *im, const char *name)
{
	struct tk_import_file_result r = {0};
	r.name = name;
	r.outcome = TK_IMPORT_UNCHANGED;
	report(im, &r);
}

/* A returned workbook other than a form (app/returns.h): its handler
 * checks and stores it; problems go to f->problems. */
static int import_return(struct importer *im, struct form *f,
			 const struct parsed *p, int *outcome,
			 struct tk_error *err)
{
	struct tk_return_in in = {0};
	struct tk_return_out out = {0};
	struct tk_xlsx_cell *cells;
	int rc;

	if ((rc = foreign_keys(im, 1, err)))
		return rc;
	cells = tk_xcalloc(p->ncells + 1, sizeof *cells);
	for (size_t i = 0; i < p->ncells; i++) {
		const struct pcell *k = &p->cells[i];
		cells[i] = (struct tk_xlsx_cell){
		    k->row, k->col, k->type,   p->text.s + k->text,
		    k->len, k->num, k->is_date};
	}
	in.name = f->name;
	in.sha = p->sha;
	in.format = f->meta[M_FORMAT];
	in.token = f->meta[M_TOKEN];
	in.division = f->meta[M_DIVISION];
	in.fy = f->meta[M_FY];
	in.sheet = f->meta[M_ANSWER_SHEET];
	in.first_row = f->meta[M_FIRST_ROW] ? atoi(f->meta[M_FIRST_ROW]) : 0;
	in.cells = cells;
	in.ncells = p->ncells;
	in.dry_run = im->o->dry_run;
	if (!in.sheet || !p->have_sheet)
		problem(f,
			"the answer sheet '%s' is missing (altered workbook)",
			in.sheet ? in.sheet : "");
	else if (p->sheet_error)
		problem(f, "%s", p->sheet_error);
	else if (!strcmp(in.format, TK_RESPONSE_FORMAT))
		rc = tk_response_import(im->st, &in, &f->problems, &out, err);
	else
		rc = tk_progress_import(im->st, &in, &f->problems, &out, err);
	free(cells);
	if (!rc && !f->problems.count) {
		f->division_code = tk_xstrdup(out.division_code);
		f->division_name = tk_xstrdup(out.division);
		f->nans = (size_t)out.rows;
		*outcome =
		    out.superseded ? TK_IMPORT_SUPERSEDED : TK_IMPORT_ACCEPTED;
	}
	return rc;
}

static int is_return(const char *format)
{
	return format && (!strcmp(format, TK_RESPONSE_FORMAT) ||
			  !strcmp(format, TK_PROGRESS_FORMAT));
}

/* f's problem records as the caller sees them; caller frees. */
static struct tk_import_problem *problem_list(const struct form *f)
{
	struct tk_import_problem *l =
	    tk_xcalloc((size_t)f->nprecs + 1, sizeof *l);
	const char *t = f->ptext.s;
	for (int i = 0; i < f->nprecs; i++) {
		const struct prec *p = &f->precs[i];
		l[i] = (struct tk_import_problem){t + p->cell, t + p->item,
						  t + p->value, t + p->what,
						  t + p->fix};
	}
	return l;
}

/* Write the 差戻し票 of refused form f (its token resolved) into the
 * slips folder; *path gets its path (caller frees). */
static int write_slip(struct importer *im, const struct form *f,
		      const struct tk_import_problem *l, char **path,
		      struct tk_error *err)
{
	struct tk_slip_problem *sp =
	    tk_xcalloc((size_t)f->nprecs + 1, sizeof *sp);
	char today[16], *file;
	struct tk_slip s = {0};
	int rc;
	*path = NULL;
	if ((rc = tk_mkdirs(im->o->slips_dir, err))) {
		free(sp);
		return rc;
	}
	for (int i = 0; i < f->nprecs; i++)
		sp[i] = (struct tk_slip_problem){
		    l[i].cell, l[i].item, l[i].value, l[i].what, l[i].fix};
	s = (struct tk_slip){f->marking,
			     tk_today(today),
			     f->campaign,
			     f->campaign_title,
			     f->due,
			     f->division_code,
			     f->division_name,
			     f->head_name,
			     base_name(f->name),
			     sp,
			     f->nprecs,
			     f->problems.count - f->nprecs};
	file =
	    tk_slip_file_name(f->campaign, f->division_code, f->division_name);
	{
		struct tk_buf b = {0};
		tk_buf_add_path(&b, im->o->slips_dir, file);
		*path = b.s;
	}
	if ((rc = tk_slip_write(&s, *path, *path, err))) {
		free(*path);
		*path = NULL;
	}
	free(file);
	free(sp);
	return rc;
}

/* The result of form f refused for its problems (l: its records). */
static void rejected_result(const struct form *f,
			    const struct tk_import_problem *l,
			    struct tk_import_file_result *r)
{
	memset(r, 0, sizeof *r);
	r->name = f->name;
	r->file = base_name(f->name);
	r->outcome = TK_IMPORT_REJECTED;
	r->rejection = TK_REJECT_PROBLEMS;
	r->nproblems = f->problems.count;
	r->problems = f->problems.text.s;
	r->list = l;
	r->nlist = f->nprecs;
	if (!f->form_id)
		return;
	r->campaign = f->campaign;
	r->campaign_title = f->campaign_title;
	r->due = f->due;
	r->marking = f->marking;
	r->division_code = f->division_code;
	r->division = f->division_name;
	r->head = f->head_name;
}

/* Report, log and (when asked) write the slip of a form refused for its
 * problems.  A slip that cannot be written is reported with the file
 * (slip_error) and the run goes on.  Returns non-zero only when the log
 * could not be written. */
static int report_rejected(struct importer *im, struct form *f, const char *sha,
			   struct tk_error *err)
{
	struct tk_import_file_result r;
	struct tk_import_problem *l = problem_list(f);
	struct tk_buf obj = {0};
	struct tk_error serr;
	char *slip = NULL;
	int rc;
	if (f->problems.count > MAX_PROBLEMS)
		tk_buf_addf(&f->problems.text, "\n%s: ... and %d more problems",
			    f->name, f->problems.count - MAX_PROBLEMS);
	rejected_result(f, l, &r);
	tk_error_clear(&serr);
	if (f->form_id && im->o->slips_dir &&
	    write_slip(im, f, l, &slip, &serr))
		r.slip_error = serr.message;
	r.slip = slip;
	report(im, &r);
	if (f->form_id)
		tk_buf_addf(&obj, "campaign %ld division %s", f->campaign,
			    f->division_code);
	else
		tk_buf_addf(&obj, "file %s", f->name);
	rc = log_reject(im, obj.s, f->name, sha, f->problems.text.s, err);
	tk_buf_free(&obj);
	free(slip);
	free(l);
	return rc;
}

/* What form_begin leaves to form_end. */
enum next {
	NEXT_UNCHANGED, /* stored before: reported unchanged */
	NEXT_REJECT,	/* refused: f->problems say why */
	NEXT_RETURN,	/* a returned workbook, not a form (app/returns.h) */
	NEXT_CHECK	/* a resolved form: form_check, then form_end */
};

/*
 * The first part of importing parsed file p: everything that reads the
 * database before the answers are checked (is it stored already, the
 * token, campaign, division and survey, the roster of a staff form).
 * Reports and writes nothing; *next says what form_end does.  Returns
 * non-zero only for a failure that stops the run; f is set up either way
 * (form_end or form_free frees it).
 */
static int form_begin(struct importer *im, struct parsed *p, struct form *f,
		      enum next *next, struct tk_error *err)
{
	int rc, seen;
	memset(f, 0, sizeof *f);
	f->name = p->name;
	f->problems.max = MAX_PROBLEMS;
	*next = NEXT_REJECT;
	if ((rc = already_imported(im, p->sha, &seen, err)))
		return rc;
	if (seen) {
		*next = NEXT_UNCHANGED;
		return TK_OK;
	}
	if (p->error) {
		problem(f, "%s", p->error);
		return TK_OK;
	}
	memcpy(f->meta, p->meta, sizeof f->meta);
	memset(p->meta, 0, sizeof p->meta);
	f->created = p->created;
	f->modified = p->modified;
	if (is_return(f->meta[M_FORMAT])) {
		*next = NEXT_RETURN;
		return TK_OK;
	}
	if ((rc = resolve(im, f, err)) || f->problems.count)
		return rc;
	if (f->cc->s->respondent == TK_RESP_STAFF && !f->staff_id &&
	    (rc = load_roster(im, f, err)))
		return rc;
	form_presize(f, p);
	*next = NEXT_CHECK;
	return TK_OK;
}

/* The checks of a resolved form that need no database: its answers and
 * its file name (on a helper thread while the form before is written). */
static void form_check(struct form *f, const struct parsed *p)
{
	read_answers(f, p);
	if (!f->staff_id)
		check_file_name(f);
}

/* The last part: check against the division's current submission, then
 * write (or, in a dry run, only report) the form, or report it refused or
 * unchanged; frees f.  *outcome as import_parsed. */
static int form_end(struct importer *im, struct parsed *p, struct form *f,
		    enum next next, int *outcome, struct tk_error *err)
{
	int rc = TK_OK;
	*outcome = TK_IMPORT_REJECTED;
	switch (next) {
	case NEXT_UNCHANGED:
		*outcome = TK_IMPORT_UNCHANGED;
		report_unchanged(im, f->name);
		goto done;
	case NEXT_REJECT:
		goto rejected;
	case NEXT_RETURN:
		if ((rc = import_return(im, f, p, outcome, err)))
			goto done;
		if (f->problems.count)
			goto rejected;
		if (!im->o->dry_run)
			im->t->answers += (long)f->nans;
		report_accepted(im, f, *outcome);
		goto done;
	case NEXT_CHECK:
		break;
	}
	if (!f->problems.count && (rc = check_current(im, f, err)))
		goto done;
	if (f->problems.count)
		goto rejected;
	if (im->o->dry_run) {
		*outcome = TK_IMPORT_ACCEPTED;
		report_accepted(im, f, *outcome);
		goto done;
	}
	if ((rc = write_form(im, f, p->sha, outcome, err)))
		goto done;
	if (*outcome == TK_IMPORT_UNCHANGED) {
		report_unchanged(im, f->name);
		goto done;
	}
	im->t->answers += (long)counted_answers(f);
	report_accepted(im, f, *outcome);
	goto done;
rejected:
	*outcome = TK_IMPORT_REJECTED;
	rc = report_rejected(im, f, p->sha, err);
done:
	form_free(f);
	return rc;
}

/* Check and store parsed file p, all on this thread.  Returns TK_OK with
 * the outcome in *outcome (a rejection is an outcome, not an error), or an
 * error code for a failure that stops the run.  Takes p's metadata. */
static int import_parsed(struct importer *im, struct parsed *p, int *outcome,
			 struct tk_error *err)
{
	struct form f;
	enum next next;
	int rc;
	*outcome = TK_IMPORT_REJECTED;
	if ((rc = form_begin(im, p, &f, &next, err))) {
		form_free(&f);
		return rc;
	}
	if (next == NEXT_CHECK)
		form_check(&f, p);
	return form_end(im, p, &f, next, outcome, err);
}

/* A file skipped unparsed (its digest was known when the run began):
 * reported unchanged when it is still stored (*outcome), else *outcome is
 * TK_IMPORT_REJECTED and the caller parses it after all. */
static int skipped_unchanged(struct importer *im, const struct parsed *p,
			     int *outcome, struct tk_error *err)
{
	int rc, seen;
	*outcome = TK_IMPORT_REJECTED;
	if ((rc = already_imported(im, p->sha, &seen, err)))
		return rc;
	if (seen) {
		*outcome = TK_IMPORT_UNCHANGED;
		report_unchanged(im, p->name);
	}
	return TK_OK;
}

/* A workbook held in memory: a member of a sealed bundle. */
struct member {
	const char *name;    /* "BUNDLE:NAME", for messages */
	const char *created; /* the bundle's created time */
	const void *data;
	size_t len;
};

/* Parse and import one member; *outcome as import_parsed. */
static int import_workbook(struct importer *im, const struct member *m,
			   int *outcome, struct tk_error *err)
{
	struct parsed *p = tk_xcalloc(1, sizeof *p);
	int rc = TK_OK;
	p->name = tk_xstrdup(m->name);
	snprintf(p->created, sizeof p->created, "%s", m->created);
	parse_workbook(p, m->data, m->len, &im->known);
	if (p->skipped && !(rc = skipped_unchanged(im, p, outcome, err)) &&
	    *outcome != TK_IMPORT_UNCHANGED) {
		/* Known when the run began, no longer stored: parse it. */
		p->skipped = 0;
		parse_workbook(p, m->data, m->len, NULL);
	}
	if (!rc && !p->skipped)
		rc = import_parsed(im, p, outcome, err);
	parsed_free(p);
	return rc;
}

/* Add one file's outcome to the totals. */
static void count(struct importer *im, int outcome)
{
	switch (outcome) {
	case TK_IMPORT_ACCEPTED:
		im->t->accepted++;
		break;
	case TK_IMPORT_SUPERSEDED:
		im->t->accepted++;
		im->t->superseded++;
		break;
	case TK_IMPORT_UNCHANGED:
		im->t->unchanged++;
		break;
	default:
		im->t->rejected++;
	}
	im->t->files++;
}

/* tk_seal_open callback: import one member of a sealed bundle.  A failure
 * that stops the run is kept in im->member_rc/member_err. */
static int sealed_member(void *ctx, const char *bundle, const char *name,
			 const char *created, const void *data, size_t len)
{
	struct importer *im = ctx;
	struct tk_buf label = {0};
	struct tk_error err;
	int outcome, rc;
	tk_buf_addf(&label, "%s:%s", bundle, name);
	tk_error_clear(&err);
	rc = import_workbook(im, &(struct member){label.s, created, data, len},
			     &outcome, &err);
	tk_buf_free(&label);
	if (rc) {
		/* Not a problem of the bundle: the run stops with this. */
		im->member_rc = rc;
		im->member_err = err;
		return rc;
	}
	count(im, outcome);
	return 0;
}

/* The SHA-256 of the file at path into hex, or "" when unreadable. */
static void file_sha(const char *path, char hex[65])
{
	struct tk_error ferr;
	char *data;
	size_t len;
	*hex = '\0';
	if (tk_read_file(path, MAX_FILE, &data, &len, &ferr))
		return;
	tk_sha256_hex(data, len, hex);
	free(data);
}

/* Report, count and log a file rejected as a whole; message is the
 * detail.  Returns non-zero only when the log could not be written. */
static int rejected_file(struct importer *im, const char *path,
			 enum tk_import_rejection why, const char *message,
			 struct tk_error *err)
{
	struct tk_import_file_result r = {0};
	char sha[65];
	r.name = path;
	r.file = base_name(path);
	r.outcome = TK_IMPORT_REJECTED;
	r.rejection = why;
	r.problems = message;
	report(im, &r);
	im->t->rejected++;
	im->t->files++;
	file_sha(path, sha);
	{
		struct tk_buf obj = {0};
		int rc;
		tk_buf_addf(&obj, "file %s", path);
		rc = log_reject(im, obj.s, path, sha, message, err);
		tk_buf_free(&obj);
		return rc;
	}
}

/* A file the helpers did not parse: a sealed bundle or not a form. */
static int import_other(struct importer *im, const char *path,
			struct tk_error *err)
{
	struct tk_error ferr;
	struct stat sb;
	int rc;
	tk_error_clear(&ferr);
	if (stat(path, &sb) != 0) {
		tk_buf_reset(&im->scratch);
		tk_buf_addf(&im->scratch, "%s: %s", path, strerror(errno));
		return rejected_file(im, path, TK_REJECT_UNREADABLE,
				     im->scratch.s, err);
	}
	if (tk_seal_is_sealed(path)) {
		im->member_rc = TK_OK;
		rc = tk_seal_open(path, im->o->passphrase, sealed_member, im,
				  &ferr);
		if (im->member_rc)
			return tk_error_set(err, im->member_rc, "%s",
					    im->member_err.message);
		if (rc == TK_ESEAL || rc == TK_EINPUT || rc == TK_ELIMIT ||
		    rc == TK_EIO) {
			return rejected_file(im, path, TK_REJECT_SEAL,
					     ferr.message, err);
		}
		if (rc)
			return tk_error_set(err, rc, "%s", ferr.message);
		return TK_OK;
	}
	tk_buf_reset(&im->scratch);
	tk_buf_addf(
	    &im->scratch,
	    "%s: not an .xlsx form or sealed bundle; only forms made by `tenken form export` (or bundles made by `tenken seal`) can be imported",
	    path);
	return rejected_file(im, path, TK_REJECT_NOT_FORM, im->scratch.s, err);
}

/* The most cells and text a workbook of this run held so far: the next
 * one's buffers start that large instead of growing by copies. */
struct size_hint {
	size_t cells, text;
};

/* Size p's cell and text buffers by hint (NULL: nothing to go by). */
static void presize(struct parsed *p, const struct size_hint *hint)
{
	if (!hint || !hint->cells)
		return;
	p->capcells = hint->cells;
	p->cells = tk_xmalloc(p->capcells * sizeof *p->cells);
	p->text.cap = hint->text + 1;
	p->text.s = tk_xmalloc(p->text.cap);
	p->text.s[0] = '\0';
}

/* Read and parse files[i] (a helper's work); a file whose digest
 * is in known (or NULL) is not parsed.  hint (or NULL) sizes the buffers
 * and learns this file's sizes. */
static struct parsed *read_one(const char *path, const struct tk_map *known,
			       struct size_hint *hint)
{
	struct parsed *p = tk_xcalloc(1, sizeof *p);
	size_t plen = strlen(path), len;
	struct tk_error ferr;
	char *data;
	p->name = tk_xstrdup(path);
	if (plen < 5 || strcasecmp(path + plen - 5, ".xlsx") ||
	    tk_seal_is_sealed(path)) {
		p->other = 1;
		return p;
	}
	if (tk_read_file(path, MAX_FILE, &data, &len, &ferr)) {
		p->other = 2;
		p->error = tk_xstrdup(ferr.message);
		return p;
	}
	presize(p, hint);
	parse_workbook(p, data, len, known);
	free(data);
	if (hint && p->ncells > hint->cells)
		hint->cells = p->ncells;
	if (hint && p->text.len > hint->text)
		hint->text = p->text.len;
	return p;
}

/*
 * The helper threads: they parse the files into a small ring, each taking
 * the next file not yet taken, and check the forms the calling thread
 * has resolved (form_check), while the calling thread writes the files
 * before them in order.  Parsing (inflate and XML) is about half the work
 * of an import and checking a sixth, and neither needs the database.  A
 * form to check goes first: the calling thread waits for it (or checks
 * it itself when no helper has taken it by then).  One helper
 * per core beyond the first (at least one, at most MAX_HELPERS), so that
 * no thread waits for a core.  The ring bounds the memory: file i is
 * parsed only once file i - RING is taken, and lands in slot i % RING.
 */
#define RING	    6
#define MAX_HELPERS 4
struct staged;
struct pipeline {
	pthread_t thread[MAX_HELPERS];
	int nthreads;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	char **files;
	const struct tk_map *known; /* read-only while the helpers run */
	int nfiles, taken, consumed, stop;
	struct parsed *ring[RING];
	struct staged *check; /* a form to check, until it is checked */
	int checking;	      /* a helper has taken it */
};

static void stage_check(struct staged *s);

static void *helper(void *arg)
{
	struct pipeline *pl = arg;
	struct size_hint hint = {0, 0};
	tk_thread_background();
	pthread_mutex_lock(&pl->mu);
	while (!pl->stop) {
		if (pl->check && !pl->checking) {
			struct staged *s = pl->check;
			pl->checking = 1;
			pthread_mutex_unlock(&pl->mu);
			stage_check(s);
			pthread_mutex_lock(&pl->mu);
			pl->check = NULL;
			pl->checking = 0;
			pthread_cond_broadcast(&pl->cv);
		} else if (pl->taken < pl->nfiles &&
			   pl->taken - pl->consumed < RING) {
			int i = pl->taken++;
			struct parsed *p;
			pthread_mutex_unlock(&pl->mu);
			p = read_one(pl->files[i], pl->known, &hint);
			pthread_mutex_lock(&pl->mu);
			pl->ring[i % RING] = p;
			pthread_cond_broadcast(&pl->cv);
		} else {
			pthread_cond_wait(&pl->cv, &pl->mu);
		}
	}
	pthread_mutex_unlock(&pl->mu);
	return NULL;
}

/* Start the helpers; non-zero when not even one could start. */
static int pipeline_start(struct pipeline *pl)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	int want = cores > MAX_HELPERS ? MAX_HELPERS
		   : cores > 2	       ? (int)cores - 1
				       : 1;
	pthread_mutex_init(&pl->mu, NULL);
	pthread_cond_init(&pl->cv, NULL);
	while (pl->nthreads < want &&
	       !pthread_create(&pl->thread[pl->nthreads], NULL, helper, pl))
		pl->nthreads++;
	if (pl->nthreads)
		return 0;
	pthread_mutex_destroy(&pl->mu);
	pthread_cond_destroy(&pl->cv);
	return -1;
}

/* Wait for file i to be parsed; returns it (the caller frees it). */
static struct parsed *next_parsed(struct pipeline *pl, int i)
{
	struct parsed *p;
	pthread_mutex_lock(&pl->mu);
	while (!pl->ring[i % RING])
		pthread_cond_wait(&pl->cv, &pl->mu);
	p = pl->ring[i % RING];
	pl->ring[i % RING] = NULL;
	pl->consumed = i + 1;
	pthread_cond_broadcast(&pl->cv);
	pthread_mutex_unlock(&pl->mu);
	return p;
}

/* Have a helper check s (at most one form at a time). */
static void check_post(struct pipeline *pl, struct staged *s)
{
	pthread_mutex_lock(&pl->mu);
	pl->check = s;
	pthread_cond_broadcast(&pl->cv);
	pthread_mutex_unlock(&pl->mu);
}

/* Wait until the form posted is checked; when no helper has taken it
 * yet (they are all parsing), check it here: whichever side is ahead
 * does the checking, and neither waits for the other. */
static void check_wait(struct pipeline *pl)
{
	struct staged *s = NULL;
	pthread_mutex_lock(&pl->mu);
	if (pl->check && !pl->checking) {
		s = pl->check;
		pl->check = NULL;
	}
	while (pl->check)
		pthread_cond_wait(&pl->cv, &pl->mu);
	pthread_mutex_unlock(&pl->mu);
	if (s)
		stage_check(s);
}

/* Stop and join the helpers; free what they parsed and nobody took. */
static void pipeline_stop(struct pipeline *pl)
{
	pthread_mutex_lock(&pl->mu);
	pl->stop = 1;
	pthread_cond_broadcast(&pl->cv);
	pthread_mutex_unlock(&pl->mu);
	for (int k = 0; k < pl->nthreads; k++)
		pthread_join(pl->thread[k], NULL);
	for (int i = 0; i < RING; i++)
		parsed_free(pl->ring[i]);
	pthread_mutex_destroy(&pl->mu);
	pthread_cond_destroy(&pl->cv);
}

/* Import one file the helpers handed over; returns non-zero only for a
 * failure that stops the run. */
static int import_one(struct importer *im, struct parsed *p,
		      struct tk_error *err)
{
	int rc, outcome;
	if (p->other == 1)
		return import_other(im, p->name, err);
	if (p->other == 2) {
		return rejected_file(im, p->name, TK_REJECT_UNREADABLE,
				     p->error, err);
	}
	if (p->skipped) {
		if ((rc = skipped_unchanged(im, p, &outcome, err)))
			return rc;
		if (outcome != TK_IMPORT_UNCHANGED) {
			/* Known when the run began, no longer stored. */
			struct parsed *again = read_one(p->name, NULL, NULL);
			rc = import_one(im, again, err);
			parsed_free(again);
			return rc;
		}
		count(im, outcome);
		return TK_OK;
	}
	rc = import_parsed(im, p, &outcome, err);
	if (!rc)
		count(im, outcome);
	return rc;
}

/*
 * Forms in two stages.  A form's answers are checked by a helper while
 * the calling thread writes the form before it.  What is written and
 * reported comes in the files' order, as if one file followed another:
 * form_begin reads the database ahead of the previous form's write, which
 * can change what it reads only for the same campaign and division (the
 * current submission, a per-staff form against a division-wide one) or
 * for an audit checklist; those are begun again after the write.
 */
struct staged {
	struct parsed *p;
	struct form f;
	enum next next;
	int index, active;
};

static void stage_check(struct staged *s)
{
	form_check(&s->f, s->p);
}

/* Tell the caller that files[index] is done. */
static void progress(struct importer *im, int index, int nfiles)
{
	if (im->o->on_progress)
		im->o->on_progress(im->o->ctx, index + 1, nfiles, im->t);
}

/* End s (write and report it) if it is waiting; *wrote gets whether a
 * submission was stored. */
static int staged_end(struct importer *im, struct staged *s, int nfiles,
		      int *wrote, struct tk_error *err)
{
	int rc, outcome;
	*wrote = 0;
	if (!s->active)
		return TK_OK;
	s->active = 0;
	rc = form_end(im, s->p, &s->f, s->next, &outcome, err);
	parsed_free(s->p);
	s->p = NULL;
	if (rc)
		return rc;
	count(im, outcome);
	*wrote = !im->o->dry_run && (outcome == TK_IMPORT_ACCEPTED ||
				     outcome == TK_IMPORT_SUPERSEDED);
	progress(im, s->index, nfiles);
	return TK_OK;
}

/* Undo form_begin on s: its metadata back to s->p, the rest freed. */
static void staged_unbegin(struct staged *s)
{
	for (int i = 0; i < M_COUNT; i++)
		if (s->f.meta[i]) {
			s->p->meta[i] = s->f.meta[i];
			s->f.meta[i] = NULL;
		}
	form_free(&s->f);
}

/* Drop s unfinished (the run stopped). */
static void staged_drop(struct staged *s)
{
	if (s->active)
		form_free(&s->f);
	parsed_free(s->p);
	memset(s, 0, sizeof *s);
}

/* Import every file the helpers parse, in order. */
static int import_files(struct importer *im, struct pipeline *pl,
			struct tk_error *err)
{
	struct staged st[2] = {{0}}, *prev = &st[0], *cur = &st[1];
	int rc = TK_OK, wrote;
	long campaign = 0, division = 0;

	for (int i = 0; i < pl->nfiles && !rc; i++) {
		struct parsed *p = next_parsed(pl, i);
		int ahead;
		if (p->other || p->skipped) {
			/* not a form parsed here: after the form before */
			if (!(rc = staged_end(im, prev, pl->nfiles, &wrote,
					      err)) &&
			    !(rc = import_one(im, p, err)))
				progress(im, i, pl->nfiles);
			parsed_free(p);
			continue;
		}
		if (prev->active) {
			campaign = prev->f.campaign;
			division = prev->f.division_id;
		}
		*cur = (struct staged){.p = p, .index = i, .active = 1};
		if ((rc = form_begin(im, p, &cur->f, &cur->next, err))) {
			/* the form before is still written, as in order */
			struct tk_error e;
			int rc2 = staged_end(im, prev, pl->nfiles, &wrote, &e);
			if (rc2) {
				rc = rc2;
				*err = e;
			}
			break;
		}
		ahead = cur->next == NEXT_CHECK && !cur->f.cc->audit;
		if (ahead)
			check_post(pl, cur);
		rc = staged_end(im, prev, pl->nfiles, &wrote, err);
		if (ahead)
			check_wait(pl);
		if (rc)
			break;
		if ((wrote && cur->f.campaign == campaign &&
		     cur->f.division_id == division) ||
		    (cur->next == NEXT_CHECK && !ahead)) {
			/* begin again, after the write */
			staged_unbegin(cur);
			if ((rc = form_begin(im, p, &cur->f, &cur->next, err)))
				break;
			if (cur->next == NEXT_CHECK)
				form_check(&cur->f, p);
		}
		prev = cur;
		cur = &st[prev == &st[0]];
	}
	if (!rc)
		rc = staged_end(im, prev, pl->nfiles, &wrote, err);
	staged_drop(&st[0]);
	staged_drop(&st[1]);
	return rc;
}

/* The digests of every file stored before into im->known, so that the
 * reader skips them unparsed (a re-import of a growing folder). */
static int load_known(struct importer *im, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_prepare(
		 im->st,
		 "SELECT DISTINCT file_sha256 FROM submissions UNION SELECT file_sha256 FROM returns",
		 &q, err)))
		return rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		tk_map_put(&im->known, (const char *)sqlite3_column_text(q, 0),
			   1);
	rc = rc == SQLITE_DONE ? TK_OK
			       : tk_store_error(im->st, err, "submissions");
	sqlite3_finalize(q);
	return rc;
}

/* The files of a directory that are imported: *.xlsx and *.zip (any
 * case), not Excel's "~$" lock files. */
static int keep(const char *name)
{
	size_t l = strlen(name);
	return strncmp(name, "~$", 2) && l >= 5 &&
	       (!strcasecmp(name + l - 5, ".xlsx") ||
		!strcasecmp(name + l - 4, ".zip"));
}

/* Expand directories into their files to import (sorted by name; not
 * recursive).  *out gets *nout paths; the caller frees each and *out,
 * also after a failure. */
static int expand(const char *const *paths, int n, char ***out, int *nout,
		  struct tk_error *err)
{
	int rc;
	*out = NULL;
	*nout = 0;
	for (int i = 0; i < n; i++) {
		struct stat sb;
		if (stat(paths[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
			if ((rc = tk_list_dir(paths[i], keep, out, nout, err)))
				return rc;
		} else {
			*out = tk_xrealloc(*out,
					   (size_t)(*nout + 1) * sizeof **out);
			(*out)[(*nout)++] = tk_xstrdup(paths[i]);
		}
	}
	return TK_OK;
}

int tk_import_paths(struct tk_store *st, const char *const *paths, int n,
		    const struct tk_import_opts *o, struct tk_import_totals *t,
		    struct tk_error *err)
{
	struct importer im;
	memset(&im, 0, sizeof im);
	im.st = st;
	im.o = o;
	im.t = t;
	char **files = NULL;
	int nfiles = 0, rc;

	memset(t, 0, sizeof *t);
	if ((rc = expand(paths, n, &files, &nfiles, err)) ||
	    (nfiles && (rc = load_known(&im, err))))
		goto done;
	if (nfiles) {
		struct pipeline pl = {0};
		pl.files = files;
		pl.nfiles = nfiles;
		pl.known = &im.known;
#ifdef __GLIBC__
		/* Every file's buffers are megabytes, freed on another thread
		 * than the one that took them: from the heap and kept there,
		 * not mapped and unmapped for each file (page faults, and a
		 * TLB flush on every core for each unmapping). */
		mallopt(M_MMAP_THRESHOLD, 64 << 20);
		mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
		if (pipeline_start(&pl)) {
			rc = tk_error_set(err, TK_ENOMEM,
					  "cannot start the reader thread");
			goto done;
		}
		t->listed = nfiles;
		if (!o->dry_run)
			tk_store_checkpoints(st, 1);
		rc = import_files(&im, &pl, err);
		tk_store_checkpoints(st, 0);
		pipeline_stop(&pl);
	}
	if (foreign_keys(&im, 1, rc ? NULL : err) && !rc)
		rc = TK_EDB;
	t->finished = !rc;
	if (!rc && t->rejected)
		rc = tk_error_set(err, TK_EINPUT,
				  "%d of %d files rejected (details above)",
				  t->rejected, t->files);
done:
	for (int i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	for (int i = 0; i < im.ncache; i++) {
		cache_free(im.cache[i]);
		free(im.cache[i]);
	}
	free(im.cache);
	tk_buf_free(&im.scratch);
	tk_map_free(&im.known);
	insert_stmts_free(&im.ins);
	return rc;
}
