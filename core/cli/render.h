/*
 * render.h — the cli's renderers: result structs from app/ turned into
 * the text tenken prints, as a table, JSON (through lib/json.h) or CSV.
 * Every renderer appends to a struct tk_buf the caller owns and frees;
 * nothing here reads the database, and only tk_render_emit prints.
 */
#ifndef TK_RENDER_H
#define TK_RENDER_H

#include "app/acting.h"
#include "app/audit.h"
#include "app/campaign.h"
#include "app/org.h"
#include "lib/json.h"
#include "lib/util.h"
#include "model/score.h"

enum tk_format { TK_FMT_TABLE, TK_FMT_JSON, TK_FMT_CSV };
enum tk_score_by { TK_BY_DIVISION, TK_BY_SECTION, TK_BY_ITEM, TK_BY_GROUP };

/*
 * Each returns TK_OK, or TK_EINPUT (with err set) when a JSON string
 * was not valid UTF-8; out then holds a partial text not to be printed.
 */
int tk_render_scores(const struct tk_scores *sc, enum tk_score_by by,
		     enum tk_format fmt, struct tk_buf *out,
		     struct tk_error *err);
int tk_render_org(const struct tk_org_view *v, int json, struct tk_buf *out,
		  struct tk_error *err);
int tk_render_campaign_list(const struct tk_campaign_list *l, int json,
			    struct tk_buf *out, struct tk_error *err);
int tk_render_campaign(const struct tk_campaign *c, int json,
		       struct tk_buf *out, struct tk_error *err);
/* status: the table shows times in local time; JSON and CSV keep the
 * stored UTC time. */
int tk_render_status(const struct tk_status *s, enum tk_format fmt,
		     struct tk_buf *out, struct tk_error *err);

/* render_audit.c */
int tk_render_roles(const struct tk_role_list *l, int json, struct tk_buf *out,
		    struct tk_error *err);
int tk_render_plans(const struct tk_plan_list *l, int json, struct tk_buf *out,
		    struct tk_error *err);
int tk_render_audits(const struct tk_audit_list *l, int json,
		     struct tk_buf *out, struct tk_error *err);
int tk_render_audit(const struct tk_audit_view *v, int json, struct tk_buf *out,
		    struct tk_error *err);
int tk_render_findings(const struct tk_audit_view *v, int json,
		       struct tk_buf *out, struct tk_error *err);

/* Helpers shared by the renderers (render.c). */

/* Finish j and end the text with a newline; returns tk_json_finish. */
int tk_render_json_done(struct tk_json *j, struct tk_error *err);
/* Print b to stdout when rc is TK_OK (nothing otherwise: no partial
 * output), free b, and return rc. */
int tk_render_emit(struct tk_buf *b, int rc);
/* One CSV field, quoted when it holds a comma, quote or line break.  A
 * field starting with =, +, -, @, tab or CR (which a spreadsheet would run
 * as a formula) gets a single quote in front and is quoted (OWASP CSV
 * injection).  For text from user data only; numbers are written as they
 * are. */
void tk_render_csv_field(struct tk_buf *b, const char *s);
/* CSV written for people opens in Excel: a UTF-8 BOM, then the header
 * line en (English machine names), or ja (Japanese) once
 * tk_render_csv_japanese(1) was called (cli: --ja, or a Japanese
 * locale).  Each header is a whole line with its newline. */
void tk_render_csv_japanese(int on);
void tk_render_csv_head(struct tk_buf *b, const char *en, const char *ja);
/* s for a table on a terminal: control characters, line and paragraph
 * separators and bidi overrides escaped (tk_buf_add_escaped), e.g. \x1B.
 * The result lives in one of 8 rotating buffers: valid until 8 more
 * calls, enough for one row.  NULL stays NULL. */
const char *tk_render_esc(const char *s);
/* A code stored as data (a division's kind, a campaign's or an audit's
 * state…) as a person reads it: its translation, or the code itself. */
const char *tk_render_word(const char *code);
/* The same, padded to `width` terminal columns. */
void tk_render_word_pad(struct tk_buf *b, const char *code, int width);

#endif
