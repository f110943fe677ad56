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
 * Campaign facts, the frozen survey, its item-id lookup and the rosters are
 * cached across the workbooks of one run.  Reading and parsing the files
 * (no database needed) runs on a second thread a few files ahead of the
 * checking and writing, which stays on the calling thread with the one
 * database connection.
 */
#include "app/import.h"

#include "app/survey_db.h"
#include "formats/seal.h"
#include "formats/xlsxread.h"
#include "lib/digest.h"
#include "lib/map.h"
#include "lib/util.h"
#include "model/survey.h"
#include "plugin/plugin.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_FILE	     (256u << 20)
#define MAX_SHEET_TEXT	     ((size_t)64 << 20) /* text kept from an answer sheet */
#define MAX_PROBLEMS	     100
#define ANSWER_COL	     5 /* E: division forms */
#define COMMENT_COL	     6 /* F */
#define STAFF_FIRST_ITEM_COL 4

struct campaign_cache {
	long id;
	int fy, closed;
	char *hash;
	struct tk_survey *s;
	tk_hooks *hooks;     /* only when the survey has a validate hook */
	struct tk_map items; /* item id → index */
};

struct importer {
	struct tk_store *st;
	const struct tk_import_opts *o;
	struct tk_import_totals *t;
	int ncache;
	struct campaign_cache *cache;
	struct tk_buf scratch;
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

/* What the reader gathers from one workbook. */
struct form {
	const char *name; /* for messages */
	struct tk_buf problems;
	int nproblems;
	/* _tenken sheet */
	char *meta[16];
	/* resolved */
	long form_id, campaign, division_id;
	int division_kind; /* TK_KIND_* */
	char *division_code, *division_name;
	struct campaign_cache *cc;
	/* staff roster of the division: code → staff id */
	struct tk_map roster;
	struct tk_map seen_staff;
	/* answers */
	struct tk_buf arena;
	struct answer *ans;
	size_t nans, capans;
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
	M_COUNT
};
static const char *const meta_keys[M_COUNT] = {
    "format",	 "campaign",	   "division",	  "fy",
    "survey_id", "survey_version", "survey_hash", "respondent",
    "token",	 "answer_sheet",   "first_row"};

static void problem(struct form *f, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void problem(struct form *f, const char *fmt, ...)
{
	va_list ap;
	char msg[1024];
	if (++f->nproblems > MAX_PROBLEMS)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	tk_buf_addf(&f->problems, "%s%s: %s", f->problems.len ? "\n" : "",
		    f->name, msg);
}

static size_t arena_add(struct form *f, const char *s)
{
	size_t off = f->arena.len;
	tk_buf_add(&f->arena, s, strlen(s) + 1);
	return off;
}

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

static int get_campaign(struct importer *im, long id,
			struct campaign_cache **out, struct tk_error *err)
{
	sqlite3_stmt *q;
	struct campaign_cache c = {0};
	int rc;
	*out = NULL;
	for (int i = 0; i < im->ncache; i++)
		if (im->cache[i].id == id) {
			*out = &im->cache[i];
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
	c.closed = !strcmp((const char *)sqlite3_column_text(q, 1), "closed");
	c.hash = tk_xstrdup((const char *)sqlite3_column_text(q, 2));
	long survey = (long)sqlite3_column_int64(q, 3);
	sqlite3_finalize(q);
	if ((rc = tk_survey_load(im->st, survey, &c.s, err))) {
		cache_free(&c);
		return rc;
	}
	for (int i = 0; i < c.s->nitems; i++)
		tk_map_put(&c.items, c.s->items[i].id, i);
	if (c.s->has_validate_hook &&
	    (rc = tk_hooks_open(c.s, NULL, &c.hooks, err))) {
		cache_free(&c);
		return rc;
	}
	im->cache = tk_xrealloc(im->cache,
				(size_t)(im->ncache + 1) * sizeof *im->cache);
	im->cache[im->ncache] = c;
	*out = &im->cache[im->ncache++];
	return TK_OK;
}

/* ------------------------------------------------------ reading sheets */

struct meta_ctx {
	char **meta; /* [M_COUNT] */
	uint32_t row;
	int key;
};

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

/* Trim ASCII and ideographic spaces; returns a pointer into buf. */
static int is_space_at(const char *s)
{
	return *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
	       !strncmp(s, "\xE3\x80\x80", 3);
}

static const char *trimmed(const char *s, char *buf, size_t n)
{
	size_t len;
	while (is_space_at(s))
		s += (*s == '\xE3') ? 3 : 1;
	len = strlen(s);
	/* Most cells need no trimming at the end: no copy then. */
	if (!len || (s[len - 1] != ' ' && s[len - 1] != '\t' &&
		     s[len - 1] != '\n' && s[len - 1] != '\r' &&
		     !(len >= 3 && !strcmp(s + len - 3, "\xE3\x80\x80"))))
		return s;
	if (len >= n)
		len = n - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	for (;;) {
		if (len && (buf[len - 1] == ' ' || buf[len - 1] == '\t' ||
			    buf[len - 1] == '\n' || buf[len - 1] == '\r'))
			buf[--len] = '\0';
		else if (len >= 3 && !strcmp(buf + len - 3, "\xE3\x80\x80"))
			buf[len -= 3] = '\0';
		else
			break;
	}
	return buf;
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

/*
 * Check one answer cell against its item and fill a.  Returns 1 when the
 * cell holds an answer, 0 when blank; problems are recorded.
 */
static int check_answer(struct form *f, const char *sheet,
			const struct tk_item *it, const struct tk_survey *s,
			const struct cellval *v, struct answer *a)
{
	char ref[16], buf[1024];
	const char *text;
	if (!v->present)
		return 0;
	tk_xlsx_ref(v->row, v->col, ref);
	text = trimmed(f->arena.s + v->text, buf, sizeof buf);
	if (!*text)
		return 0;
	switch (it->type) {
	case TK_ITEM_CHOICE: {
		const struct tk_scale *sc = &s->scales[it->scale];
		int c = tk_scale_choice(sc, text);
		if (c < 0) {
			struct tk_buf labels = {0};
			for (int i = 0; i < sc->nchoices; i++)
				tk_buf_addf(&labels, "%s%s", i ? ", " : "",
					    sc->choices[i].label);
			problem(
			    f,
			    "%s!%s: item %s: '%s' is not one of the choices (%s)",
			    sheet, ref, it->id, text, labels.s);
			tk_buf_free(&labels);
			return -1;
		}
		a->choice = c;
		a->has_value = !sc->choices[c].na;
		a->value = sc->choices[c].value;
		/* raw stays unset: the label is the scale's (see bind_answer)
		 */
		return 1;
	}
	case TK_ITEM_NUMBER: {
		char *end;
		double d =
		    v->type == TK_CELL_NUMBER ? v->num : strtod(text, &end);
		if (v->type != TK_CELL_NUMBER && (*end || end == text)) {
			problem(f, "%s!%s: item %s: '%s' is not a number",
				sheet, ref, it->id, text);
			return -1;
		}
		if (!isfinite(d) || (it->has_min && d < it->min) ||
		    (it->has_max && d > it->max)) {
			problem(f,
				"%s!%s: item %s: %g is out of range (%g to %g)",
				sheet, ref, it->id, d,
				it->has_min ? it->min : -INFINITY,
				it->has_max ? it->max : INFINITY);
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
			problem(
			    f,
			    "%s!%s: item %s: '%s' is not a date (YYYY-MM-DD or YYYY/MM/DD)",
			    sheet, ref, it->id, text);
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

/*
 * Decide applicability and required answers for one respondent's answers
 * (vals[i] per item), then append the answers.  rows[i] and cols[i] give
 * the cell of item i's answer for messages about blank cells; staff_id is
 * 0 for division forms.
 */
static void take_answers(struct form *f, const char *sheet,
			 const struct cellval *vals, const struct cellval *cmts,
			 long staff_id, const uint32_t *rows,
			 const uint32_t *cols, const char *who)
{
	const struct tk_survey *s = f->cc->s;
	size_t first = f->nans;
	int *have = tk_xcalloc((size_t)s->nitems, sizeof *have);
	size_t *at = tk_xcalloc((size_t)s->nitems, sizeof *at);
	char ref[16], buf[256];

	/* Pass 1: check every present cell. */
	for (int i = 0; i < s->nitems; i++) {
		const struct tk_item *it = &s->items[i];
		struct answer a;
		memset(&a, 0, sizeof a);
		a.choice = -1;
		a.raw = a.comment = (size_t)-1;
		if (it->applies_kinds &&
		    !(it->applies_kinds & f->division_kind)) {
			/* Not for this kind of division: must stay blank. */
			if (vals[i].present) {
				const char *t = trimmed(
				    f->arena.s + vals[i].text, buf, sizeof buf);
				if (*t && strcmp(t, "対象外")) {
					tk_xlsx_ref(vals[i].row, vals[i].col,
						    ref);
					problem(
					    f,
					    "%s!%s: item %s does not apply to this division (%s); leave it blank",
					    sheet, ref, it->id, who);
				}
			}
			continue;
		}
		int got = check_answer(f, sheet, it, s, &vals[i], &a);
		if (got < 0)
			have[i] = 3; /* invalid: reported already */
		if (got > 0) {
			struct answer *n = new_answer(f);
			*n = a;
			n->staff_id = staff_id;
			n->item = i;
			have[i] = 1;
			at[i] = f->nans - 1;
		}
		if (cmts && cmts[i].present && have[i] != 3) {
			const char *t =
			    trimmed(f->arena.s + cmts[i].text, buf, sizeof buf);
			if (*t) {
				struct answer *n;
				if (!have[i]) {
					n = new_answer(f);
					n->staff_id = staff_id;
					n->item = i;
					have[i] = 2; /* comment only */
					at[i] = f->nans - 1;
				}
				f->ans[at[i]].comment = cmts[i].text;
			}
		}
	}
	/* Pass 2: conditional items and required answers. */
	for (int i = 0; i < s->nitems; i++) {
		const struct tk_item *it = &s->items[i];
		int applies = !(it->applies_kinds &&
				!(it->applies_kinds & f->division_kind));
		if (applies && it->applies_item >= 0) {
			int d = it->applies_item;
			applies = 0;
			if (have[d] == 1 && f->ans[at[d]].choice >= 0) {
				const char *label =
				    answer_text(f, &f->ans[at[d]]);
				for (int k = 0; k < it->napplies_any; k++)
					if (!strcmp(label, it->applies_any[k]))
						applies = 1;
			}
			if (!applies && have[i]) {
				/* Answer to a follow-up that does not apply:
				 * kept out of the results. */
				f->ans[at[i]].item = -2;
			}
		}
		if (applies && it->required && have[i] != 1 && have[i] != 3) {
			tk_xlsx_ref(rows[i], cols[i], ref);
			problem(f, "%s!%s: item %s: an answer is required (%s)",
				sheet, ref, it->id, who);
		}
	}
	/* Drop answers marked as not applicable. */
	size_t w = first;
	for (size_t r = first; r < f->nans; r++)
		if (f->ans[r].item != -2)
			f->ans[w++] = f->ans[r];
	f->nans = w;
	/* The plugin's own validation. */
	if (f->cc->hooks) {
		const char **texts =
		    tk_xcalloc((size_t)s->nitems, sizeof *texts);
		struct tk_buf hp = {0};
		struct tk_error herr;
		int n = 0;
		for (size_t r = first; r < f->nans; r++)
			if (f->ans[r].item >= 0)
				texts[f->ans[r].item] =
				    answer_text(f, &f->ans[r]);
		if (tk_hooks_validate(f->cc->hooks, texts, &hp, &n, &herr))
			problem(f, "%s", herr.message);
		else if (n) {
			char *line, *save = NULL;
			for (line = strtok_r(hp.s, "\n", &save); line;
			     line = strtok_r(NULL, "\n", &save))
				problem(f, "%s (%s): %s", sheet, who, line);
		}
		tk_buf_free(&hp);
		free(texts);
	}
	free(have);
	free(at);
}

/* Division forms: item id in A, answer in E, comment in F. */
struct div_ctx {
	struct form *f;
	uint32_t first_row, row;
	int item;
	struct cellval *vals, *cmts;
	int *seen;
	const char *sheet;
};

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
				char ref[16];
				problem(
				    d->f,
				    "%s!%s: item %s appears twice (first in row %d)",
				    d->sheet, tk_xlsx_ref(c->row, 1, ref), id,
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
};

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
		if (answered || !noted)
			take_answers(f, sc->sheet, sc->vals, NULL, sc->staff_id,
				     sc->itemrow, sc->itemcol, sc->who);
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
					problem(
					    f,
					    "%s!%s: item %s appears twice (first in %s)",
					    sc->sheet,
					    tk_xlsx_ref(c->row, c->col, ref), t,
					    tk_xlsx_ref(c->row,
							sc->itemcol[idx],
							first));
				}
				sc->colitem[c->col] = (int)idx;
				sc->itemcol[idx] = c->col;
			} else if (!strcmp(t, "備考"))
				sc->colitem[c->col] = -2;
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
			problem(f, "%s!%s: staff '%s' appears twice", sc->sheet,
				tk_xlsx_ref(c->row, 1, ref), code);
			return 0;
		}
		sc->staff_id = id;
		sc->row_ok = 1;
		sc->any = 1;
		snprintf(sc->who, sizeof sc->who, "staff %s", code);
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
	char *meta[M_COUNT];
	int have_sheet;	   /* the answer sheet named in the metadata exists */
	char *sheet_error; /* reading the answer sheet failed */
	struct pcell *cells;
	size_t ncells, capcells;
	struct tk_buf text;
};

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

/* Hash and parse a workbook held in memory (no database access). */
static void parse_workbook(struct parsed *p, const void *data, size_t len)
{
	tk_xlsx *x = NULL;
	struct tk_error xerr;
	size_t nl = strlen(p->name);
	int si;

	tk_sha256_hex(data, len, p->sha);
	if (tk_xlsx_open_buffer(data, len, p->name, NULL, &x, &xerr)) {
		/* The reader's message starts with the name; ours adds it. */
		p->error = tk_xstrdup(strncmp(xerr.message, p->name, nl)
					  ? xerr.message
					  : xerr.message + nl + 2);
		return;
	}
	si = tk_xlsx_find_sheet(x, "_tenken");
	if (si < 0) {
		p->error = tk_xstrdup(
		    "not a tenken form (no _tenken sheet); export forms with `tenken form export`");
	} else {
		struct meta_ctx m = {p->meta, 0, -1};
		if (tk_xlsx_read_sheet(x, si, meta_cell, &m, &xerr))
			p->error = tk_xstrdup(xerr.message);
	}
	if (!p->error && p->meta[M_ANSWER_SHEET] &&
	    (si = tk_xlsx_find_sheet(x, p->meta[M_ANSWER_SHEET])) >= 0) {
		p->have_sheet = 1;
		if (tk_xlsx_read_sheet(x, si, keep_cell, p, &xerr) &&
		    !p->sheet_error)
			p->sheet_error = tk_xstrdup(xerr.message);
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
	tk_map_free(&f->seen_staff);
	tk_buf_free(&f->arena);
	tk_buf_free(&f->problems);
	free(f->ans);
}

/* Resolve the token, campaign, division and survey.  Problems are
 * recorded; returns non-zero only for database failures. */
static int resolve(struct importer *im, struct form *f, struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	for (int i = 0; i < M_COUNT; i++)
		if (!f->meta[i]) {
			problem(
			    f,
			    "_tenken: '%s' is missing (not a form made by `tenken form export`, or altered)",
			    meta_keys[i]);
			return TK_OK;
		}
	if (strcmp(f->meta[M_FORMAT], "tenken-form/1")) {
		problem(f, "_tenken: unknown form format '%s'",
			f->meta[M_FORMAT]);
		return TK_OK;
	}
	if ((rc = tk_store_prepare(
		 im->st,
		 "SELECT f.id, f.campaign, f.division_id, d.code, d.name, d.kind FROM forms f JOIN divisions d ON d.id=f.division_id WHERE f.token=?1",
		 &q, err)))
		return rc;
	sqlite3_bind_text(q, 1, f->meta[M_TOKEN], -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(q)) != SQLITE_ROW) {
		if (rc != SQLITE_DONE) {
			rc = tk_store_error(im->st, err, "forms");
			sqlite3_finalize(q);
			return rc;
		}
		sqlite3_finalize(q);
		problem(
		    f,
		    "the form's token was not issued by this database (a form from another tenken database, or altered)");
		return TK_OK;
	}
	f->form_id = (long)sqlite3_column_int64(q, 0);
	f->campaign = (long)sqlite3_column_int64(q, 1);
	f->division_id = (long)sqlite3_column_int64(q, 2);
	f->division_code = tk_xstrdup((const char *)sqlite3_column_text(q, 3));
	f->division_name = tk_xstrdup((const char *)sqlite3_column_text(q, 4));
	{
		const char *k = (const char *)sqlite3_column_text(q, 5);
		f->division_kind = !strcmp(k, "station") ? TK_KIND_STATION
				   : !strcmp(k, "hq")	 ? TK_KIND_HQ
							 : TK_KIND_BUREAU;
	}
	sqlite3_finalize(q);
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
	if (strcmp(f->meta[M_SURVEY_HASH], f->cc->hash)) {
		problem(
		    f,
		    "the form was made for survey %s version %s (hash %.12s), but campaign %ld uses version %s (hash %.12s): an older survey version; export a new form",
		    f->meta[M_SURVEY_ID], f->meta[M_SURVEY_VERSION],
		    f->meta[M_SURVEY_HASH], f->campaign, f->cc->s->version,
		    f->cc->hash);
		return TK_OK;
	}
	return TK_OK;
}

static int load_roster(struct importer *im, struct form *f,
		       struct tk_error *err)
{
	sqlite3_stmt *q;
	int rc;
	if ((rc = tk_store_prepare(
		 im->st, "SELECT id, code FROM staff WHERE division_id=?1", &q,
		 err)))
		return rc;
	sqlite3_bind_int64(q, 1, f->division_id);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		tk_map_put(&f->roster, (const char *)sqlite3_column_text(q, 1),
			   (long)sqlite3_column_int64(q, 0));
	rc = rc == SQLITE_DONE ? TK_OK : tk_store_error(im->st, err, "staff");
	sqlite3_finalize(q);
	return rc;
}

static int read_answers(struct importer *im, struct form *f,
			const struct parsed *p, struct tk_error *err)
{
	const struct tk_survey *s = f->cc->s;
	const char *sheet = f->meta[M_ANSWER_SHEET];
	int rc = TK_OK;
	uint32_t first = (uint32_t)atol(f->meta[M_FIRST_ROW]);

	if (!p->have_sheet) {
		problem(f, "no answer sheet '%s'", sheet);
		return TK_OK;
	}
	if (p->sheet_error) {
		problem(f, "%s", p->sheet_error);
		return TK_OK;
	}
	if (first < 2 || first > 1000) {
		problem(f, "_tenken: first_row '%s' is not valid",
			f->meta[M_FIRST_ROW]);
		return TK_OK;
	}
	if ((!strcmp(f->meta[M_RESPONDENT], "staff")) !=
	    (s->respondent == TK_RESP_STAFF)) {
		problem(f, "_tenken: respondent '%s' does not match the survey",
			f->meta[M_RESPONDENT]);
		return TK_OK;
	}
	if (s->respondent == TK_RESP_DIVISION) {
		struct div_ctx d = {0};
		d.f = f;
		d.first_row = first;
		d.item = -1;
		d.sheet = sheet;
		d.vals = tk_xcalloc((size_t)s->nitems, sizeof *d.vals);
		d.cmts = tk_xcalloc((size_t)s->nitems, sizeof *d.cmts);
		d.seen = tk_xcalloc((size_t)s->nitems, sizeof *d.seen);
		replay(p, div_cell, &d);
		{
			for (int i = 0; i < s->nitems; i++)
				if (!d.seen[i])
					problem(
					    f,
					    "%s: item %s is missing from the sheet",
					    sheet, s->items[i].id);
			if (!f->nproblems) {
				char who[300];
				uint32_t *rows =
				    tk_xcalloc((size_t)s->nitems, sizeof *rows);
				uint32_t *cols =
				    tk_xcalloc((size_t)s->nitems, sizeof *cols);
				for (int i = 0; i < s->nitems; i++) {
					rows[i] = (uint32_t)d.seen[i];
					cols[i] = ANSWER_COL;
				}
				snprintf(who, sizeof who, "division %s",
					 f->division_code);
				take_answers(f, sheet, d.vals, d.cmts, 0, rows,
					     cols, who);
				free(rows);
				free(cols);
			}
		}
		free(d.vals);
		free(d.cmts);
		free(d.seen);
		return TK_OK;
	}

	/* Staff respondent. */
	struct staff_ctx sc = {0};
	if ((rc = load_roster(im, f, err)))
		return rc;
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
	{
		staff_flush(&sc);
		/* Every item column and every member of staff present. */
		int *found = tk_xcalloc((size_t)s->nitems, sizeof *found);
		for (uint32_t c = 0; c < sc.ncol; c++)
			if (sc.colitem[c] >= 0)
				found[sc.colitem[c]] = 1;
		for (int i = 0; i < s->nitems; i++)
			if (!found[i])
				problem(f, "%s: item %s is missing from row %u",
					sheet, s->items[i].id, first - 1);
		free(found);
		for (size_t i = 0; i < f->roster.cap; i++)
			if (f->roster.keys[i] &&
			    !tk_map_get(&f->seen_staff, f->roster.keys[i],
					NULL))
				problem(
				    f,
				    "%s: staff '%s' of this division is missing from the form",
				    sheet, f->roster.keys[i]);
	}
	free(sc.colitem);
	free(sc.vals);
	free(sc.cmt);
	free(sc.itemcol);
	free(sc.itemrow);
	return TK_OK;
}

static int cmp_answer(const void *a, const void *b)
{
	const struct answer *x = a, *y = b;
	if (x->staff_id != y->staff_id)
		return x->staff_id < y->staff_id ? -1 : 1;
	return (x->item > y->item) - (x->item < y->item);
}

/* Bind answer a as the 7 parameters from base+1 of an answers INSERT;
 * a choice answer's raw text is its label. */
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
	if (a->choice >= 0 && a->item >= 0) {
		const struct tk_survey *s = f->cc->s;
		sqlite3_bind_text(
		    q, base + 6,
		    s->scales[s->items[a->item].scale].choices[a->choice].label,
		    -1, SQLITE_STATIC);
	} else if (a->raw != (size_t)-1) {
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
static int insert_answers(struct tk_store *st, const struct form *f, long id,
			  struct tk_error *err)
{
	sqlite3_stmt *many = NULL, *one = NULL;
	struct tk_buf sql = {0};
	size_t i = 0;
	int rc;

	tk_buf_adds(
	    &sql,
	    "INSERT INTO answers(submission, staff_id, item_idx, choice, value, raw, comment) VALUES ");
	for (int k = 0; k < BATCH; k++)
		tk_buf_adds(&sql, k ? ",(?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?)");
	if ((rc = tk_store_prepare(st, sql.s, &many, err)) ||
	    (rc = tk_store_prepare(
		 st,
		 "INSERT INTO answers(submission, staff_id, item_idx, choice, value, raw, comment) VALUES (?,?,?,?,?,?,?)",
		 &one, err)))
		goto done;
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
	sqlite3_finalize(many);
	sqlite3_finalize(one);
	tk_buf_free(&sql);
	return rc;
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
		if (a->item < 0 || (a->choice < 0 && a->raw == (size_t)-1))
			continue;
		agg[a->item].answered++;
		if (a->has_value) {
			agg[a->item].counted++;
			agg[a->item].total += a->value;
			agg[a->item].compliant += a->value == 1.0;
		}
	}
	if ((rc = tk_store_prepare(
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
	sqlite3_finalize(q);
done:
	free(agg);
	return rc;
}

/* Write the submission; *superseded set when it replaced one. */
static int write_form(struct importer *im, struct form *f, const char *sha,
		      int *superseded, int *unchanged, struct tk_error *err)
{
	struct tk_store *st = im->st;
	sqlite3_stmt *q = NULL;
	long prev = 0, id;
	char now[32], obj[128], detail[600];
	int rc;

	*superseded = *unchanged = 0;
	if ((rc = tk_store_begin(st, err)))
		return rc;
	/* Checked again inside the transaction: another import may have
	 * stored this file meanwhile. */
	if ((rc = tk_store_prepare(
		 st,
		 "SELECT id, superseded_by IS NULL, file_sha256=?3 FROM submissions WHERE campaign=?1 AND division_id=?2 AND (file_sha256=?3 OR superseded_by IS NULL)",
		 &q, err)))
		goto fail;
	sqlite3_bind_int64(q, 1, f->campaign);
	sqlite3_bind_int64(q, 2, f->division_id);
	sqlite3_bind_text(q, 3, sha, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (sqlite3_column_int(q, 2))
			*unchanged = 1;
		else if (sqlite3_column_int(q, 1))
			prev = (long)sqlite3_column_int64(q, 0);
	}
	if (rc != SQLITE_DONE) {
		rc = tk_store_error(st, err, "submissions");
		goto fail;
	}
	rc = TK_OK;
	sqlite3_finalize(q);
	q = NULL;
	if (*unchanged) {
		tk_store_rollback(st);
		return TK_OK;
	}
	if (prev) {
		/* Step aside first: the current submission is unique. */
		if ((rc = tk_store_prepare(
			 st,
			 "UPDATE submissions SET superseded_by=id WHERE id=?1",
			 &q, err)))
			goto fail;
		sqlite3_bind_int64(q, 1, prev);
		if (sqlite3_step(q) != SQLITE_DONE) {
			rc = tk_store_error(st, err, "submissions");
			goto fail;
		}
		sqlite3_finalize(q);
		q = NULL;
	}
	if ((rc = tk_store_prepare(
		 st,
		 "INSERT INTO submissions(campaign, division_id, form, file_name, file_sha256, imported_at, imported_by) VALUES (?1,?2,?3,?4,?5,?6,?7)",
		 &q, err)))
		goto fail;
	sqlite3_bind_int64(q, 1, f->campaign);
	sqlite3_bind_int64(q, 2, f->division_id);
	sqlite3_bind_int64(q, 3, f->form_id);
	sqlite3_bind_text(q, 4, f->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 5, sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 6, tk_now(now), -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(q, 7, tk_actor(), -1, SQLITE_STATIC);
	if (sqlite3_step(q) != SQLITE_DONE) {
		rc = tk_store_error(st, err, "submissions");
		goto fail;
	}
	sqlite3_finalize(q);
	q = NULL;
	id = (long)sqlite3_last_insert_rowid(st->db);
	if (prev) {
		if ((rc = tk_store_prepare(
			 st,
			 "UPDATE submissions SET superseded_by=?2 WHERE id=?1",
			 &q, err)))
			goto fail;
		sqlite3_bind_int64(q, 1, prev);
		sqlite3_bind_int64(q, 2, id);
		if (sqlite3_step(q) != SQLITE_DONE) {
			rc = tk_store_error(st, err, "submissions");
			goto fail;
		}
		sqlite3_finalize(q);
		q = NULL;
		*superseded = 1;
	}
	qsort(f->ans, f->nans, sizeof *f->ans, cmp_answer);
	if ((rc = insert_answers(st, f, id, err)))
		goto fail;
	if ((rc = write_stats(st, f, id, err)))
		goto fail;
	snprintf(obj, sizeof obj, "campaign %ld division %s", f->campaign,
		 f->division_code);
	snprintf(detail, sizeof detail,
		 "submission %ld from %s sha256 %s; %zu answers%s", id, f->name,
		 sha, f->nans, prev ? "; supersedes earlier" : "");
	if ((rc = tk_store_log(st, "form.import", obj, detail, err)))
		goto fail;
	return tk_store_commit(st, err);
fail:
	sqlite3_finalize(q);
	tk_store_rollback(st);
	return rc;
}

static int already_imported(struct importer *im, const char *sha)
{
	sqlite3_stmt *q;
	int found = 0;
	if (sqlite3_prepare_v2(im->st->db,
			       "SELECT 1 FROM submissions WHERE file_sha256=?1",
			       -1, &q, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(q, 1, sha, -1, SQLITE_STATIC);
	found = sqlite3_step(q) == SQLITE_ROW;
	sqlite3_finalize(q);
	return found;
}

static void report(struct importer *im, const char *what, const char *name,
		   const char *detail)
{
	if (!im->o->quiet && im->o->out) {
		fprintf(im->o->out, "%-10s %s%s%s\n", what, name,
			detail ? "  " : "", detail ? detail : "");
		fflush(im->o->out); /* keep order with the problems on stderr */
	}
}

/*
 * Check and store one parsed workbook.  Returns TK_OK with the outcome in
 * *outcome (a rejection is an outcome, not an error), or an error code for
 * a failure that should stop the run.  Takes the metadata strings of p.
 */
static int import_parsed(struct importer *im, struct parsed *p, int *outcome,
			 struct tk_error *err)
{
	struct form f;
	char detail[512];
	const char *name = p->name;
	int rc = TK_OK;

	memset(&f, 0, sizeof f);
	f.name = name;
	*outcome = TK_IMPORT_REJECTED;
	if (already_imported(im, p->sha)) {
		*outcome = TK_IMPORT_UNCHANGED;
		report(im, "unchanged", name, "(already imported)");
		return TK_OK;
	}
	if (p->error) {
		problem(&f, "%s", p->error);
		goto rejected;
	}
	memcpy(f.meta, p->meta, sizeof f.meta);
	memset(p->meta, 0, sizeof p->meta);
	if ((rc = resolve(im, &f, err)))
		goto done;
	if (f.nproblems)
		goto rejected;
	if ((rc = read_answers(im, &f, p, err)))
		goto done;
	if (f.nproblems)
		goto rejected;
	if (im->o->dry_run) {
		*outcome = TK_IMPORT_ACCEPTED;
		snprintf(detail, sizeof detail,
			 "(dry run: would import division %s %s, %zu answers)",
			 f.division_code, f.division_name, f.nans);
		report(im, "ok", name, detail);
		goto done;
	}
	{
		int superseded, unchanged;
		if ((rc = write_form(im, &f, p->sha, &superseded, &unchanged,
				     err)))
			goto done;
		if (unchanged) {
			*outcome = TK_IMPORT_UNCHANGED;
			report(im, "unchanged", name, "(already imported)");
			goto done;
		}
		*outcome =
		    superseded ? TK_IMPORT_SUPERSEDED : TK_IMPORT_ACCEPTED;
		im->t->answers += (long)f.nans;
		snprintf(detail, sizeof detail, "division %s %s, %zu answers%s",
			 f.division_code, f.division_name, f.nans,
			 superseded ? " (replaces the earlier submission)"
				    : "");
		report(im, superseded ? "superseded" : "accepted", name,
		       detail);
	}
	goto done;
rejected:
	*outcome = TK_IMPORT_REJECTED;
	if (f.nproblems > MAX_PROBLEMS)
		tk_buf_addf(&f.problems, "\n%s: ... and %d more problems", name,
			    f.nproblems - MAX_PROBLEMS);
	snprintf(detail, sizeof detail, "(%d problem%s; nothing imported)",
		 f.nproblems, f.nproblems == 1 ? "" : "s");
	report(im, "rejected", name, detail);
	if (im->o->problems)
		fprintf(im->o->problems, "%s\n", f.problems.s);
done:
	form_free(&f);
	return rc;
}

/* Parse and import one workbook held in memory (a sealed member). */
static int import_workbook(struct importer *im, const char *name,
			   const void *data, size_t len, int *outcome,
			   struct tk_error *err)
{
	struct parsed *p = tk_xcalloc(1, sizeof *p);
	int rc;
	p->name = tk_xstrdup(name);
	parse_workbook(p, data, len);
	rc = import_parsed(im, p, outcome, err);
	parsed_free(p);
	return rc;
}

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

static int sealed_member(void *ctx, const char *bundle, const char *name,
			 const void *data, size_t len)
{
	struct importer *im = ctx;
	struct tk_buf label = {0};
	struct tk_error err;
	int outcome, rc;
	tk_buf_addf(&label, "%s:%s", bundle, name);
	tk_error_clear(&err);
	rc = import_workbook(im, label.s, data, len, &outcome, &err);
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

static void rejected_file(struct importer *im, const char *path,
			  const char *summary, const char *message)
{
	report(im, "rejected", path, summary);
	if (im->o->problems)
		fprintf(im->o->problems, "%s\n", message);
	im->t->rejected++;
	im->t->files++;
}

/* A file the reader thread did not parse: a sealed bundle or not a form. */
static int import_other(struct importer *im, const char *path,
			struct tk_error *err)
{
	struct tk_error ferr;
	int rc;
	tk_error_clear(&ferr);
	if (tk_seal_is_sealed(path)) {
		im->member_rc = TK_OK;
		rc = tk_seal_open(path, im->o->passphrase, sealed_member, im,
				  &ferr);
		if (im->member_rc)
			return tk_error_set(err, im->member_rc, "%s",
					    im->member_err.message);
		if (rc == TK_ESEAL || rc == TK_EINPUT || rc == TK_ELIMIT ||
		    rc == TK_EIO) {
			rejected_file(
			    im, path,
			    "(sealed bundle failed verification; nothing imported)",
			    ferr.message);
			return TK_OK;
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
	rejected_file(im, path,
		      "(not an .xlsx workbook or a sealed .zip bundle)",
		      im->scratch.s);
	return TK_OK;
}

/* Read and parse files[i] (the reader thread's work). */
static struct parsed *read_one(const char *path)
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
	parse_workbook(p, data, len);
	free(data);
	return p;
}

/*
 * The reader thread: parses the files in order into a small ring while the
 * main thread checks and writes the previous ones.  Parsing (inflate and
 * XML) is about half the work of an import and needs no database.
 */
#define RING 4
struct pipeline {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	char **files;
	int nfiles, produced, consumed, stop;
	struct parsed *ring[RING];
};

static void *reader(void *arg)
{
	struct pipeline *pl = arg;
	for (int i = 0; i < pl->nfiles; i++) {
		struct parsed *p;
		pthread_mutex_lock(&pl->mu);
		while (i - pl->consumed >= RING && !pl->stop)
			pthread_cond_wait(&pl->cv, &pl->mu);
		int stop = pl->stop;
		pthread_mutex_unlock(&pl->mu);
		if (stop)
			break;
		p = read_one(pl->files[i]);
		pthread_mutex_lock(&pl->mu);
		pl->ring[i % RING] = p;
		pl->produced = i + 1;
		pthread_cond_broadcast(&pl->cv);
		pthread_mutex_unlock(&pl->mu);
	}
	return NULL;
}

static struct parsed *next_parsed(struct pipeline *pl, int i)
{
	struct parsed *p;
	pthread_mutex_lock(&pl->mu);
	while (pl->produced <= i)
		pthread_cond_wait(&pl->cv, &pl->mu);
	p = pl->ring[i % RING];
	pl->ring[i % RING] = NULL;
	pl->consumed = i + 1;
	pthread_cond_broadcast(&pl->cv);
	pthread_mutex_unlock(&pl->mu);
	return p;
}

static void pipeline_stop(struct pipeline *pl)
{
	pthread_mutex_lock(&pl->mu);
	pl->stop = 1;
	pthread_cond_broadcast(&pl->cv);
	pthread_mutex_unlock(&pl->mu);
	pthread_join(pl->thread, NULL);
	for (int i = 0; i < RING; i++)
		parsed_free(pl->ring[i]);
	pthread_mutex_destroy(&pl->mu);
	pthread_cond_destroy(&pl->cv);
}

static int import_one(struct importer *im, struct parsed *p,
		      struct tk_error *err)
{
	int rc, outcome;
	if (p->other == 1)
		return import_other(im, p->name, err);
	if (p->other == 2) {
		rejected_file(im, p->name, "(cannot be read)", p->error);
		return TK_OK;
	}
	rc = import_parsed(im, p, &outcome, err);
	if (!rc)
		count(im, outcome);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Expand directories into their *.xlsx and *.zip files (sorted). */
static int expand(const char *const *paths, int n, char ***out, int *nout,
		  struct tk_error *err)
{
	*out = NULL;
	*nout = 0;
	for (int i = 0; i < n; i++) {
		struct stat sb;
		if (stat(paths[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
			DIR *d = opendir(paths[i]);
			struct dirent *de;
			int start = *nout;
			if (!d)
				return tk_error_set(
				    err, TK_EIO,
				    "%s: cannot read directory: %s", paths[i],
				    strerror(errno));
			while ((de = readdir(d))) {
				size_t l = strlen(de->d_name);
				if (de->d_name[0] == '.' ||
				    !strncmp(de->d_name, "~$", 2) || l < 5 ||
				    (strcasecmp(de->d_name + l - 5, ".xlsx") &&
				     strcasecmp(de->d_name + l - 4, ".zip")))
					continue;
				struct tk_buf p = {0};
				tk_buf_addf(&p, "%s/%s", paths[i], de->d_name);
				*out = tk_xrealloc(*out, (size_t)(*nout + 1) *
							     sizeof **out);
				(*out)[(*nout)++] = tk_buf_take(&p);
			}
			closedir(d);
			qsort(*out + start, (size_t)(*nout - start),
			      sizeof **out, cmp_str);
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
	if ((rc = expand(paths, n, &files, &nfiles, err)))
		goto done;
	if (nfiles) {
		struct pipeline pl = {0};
		pl.files = files;
		pl.nfiles = nfiles;
		pthread_mutex_init(&pl.mu, NULL);
		pthread_cond_init(&pl.cv, NULL);
		if (pthread_create(&pl.thread, NULL, reader, &pl) != 0) {
			pthread_mutex_destroy(&pl.mu);
			pthread_cond_destroy(&pl.cv);
			rc = tk_error_set(err, TK_ENOMEM,
					  "cannot start the reader thread");
			goto done;
		}
		for (int i = 0; i < nfiles; i++) {
			struct parsed *p = next_parsed(&pl, i);
			rc = import_one(&im, p, err);
			parsed_free(p);
			if (rc)
				break;
			if (o->progress)
				fprintf(
				    stderr,
				    "\rimport: %d/%d files (%d accepted, %d rejected)",
				    i + 1, nfiles, t->accepted, t->rejected);
		}
		pipeline_stop(&pl);
	}
	if (o->progress && nfiles)
		fputc('\n', stderr);
	if (!rc && o->out && !o->quiet)
		fprintf(
		    o->out,
		    "%d file%s: %d accepted (%d superseding an earlier submission), %d unchanged, %d rejected%s\n",
		    t->files, t->files == 1 ? "" : "s", t->accepted,
		    t->superseded, t->unchanged, t->rejected,
		    o->dry_run ? " (dry run: nothing written)" : "");
	if (!rc && t->rejected)
		rc = tk_error_set(err, TK_EINPUT,
				  "%d of %d files rejected (details above)",
				  t->rejected, t->files);
done:
	for (int i = 0; i < nfiles; i++)
		free(files[i]);
	free(files);
	for (int i = 0; i < im.ncache; i++)
		cache_free(&im.cache[i]);
	free(im.cache);
	tk_buf_free(&im.scratch);
	return rc;
}
