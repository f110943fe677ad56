/*
 * json.h — the one JSON writer of tenken.  Every JSON text tenken prints
 * (command output with --json, the canonical survey definition that the
 * survey hash covers) is made here; nothing builds JSON by hand.
 *
 * The writer appends to a struct tk_buf and keeps the commas and nesting
 * itself.  Strings are escaped completely: '"', '\\', every control
 * character, and U+2028/U+2029 (which end a line in JavaScript); a string
 * that is not valid UTF-8 is not written — the writer remembers the
 * failure and tk_json_finish() reports it, so invalid text can never
 * reach a reader as JSON.
 *
 * Layout: containers are compact unless opened with a row prefix, which
 * is written before each element (e.g. "\n " puts each element on its own
 * line, indented by one space) and a close prefix written before the
 * closing bracket, also when the container is empty ("\n" for command
 * output, so an empty list reads "[\n]").  That is the whole of
 * tenken's JSON style: compact rows, one per line.
 *
 *	struct tk_buf b = {0};
 *	struct tk_json j;
 *	tk_json_init(&j, &b, 0);
 *	tk_json_array_rows(&j);           // [\n {...},\n {...}\n]
 *	tk_json_object(&j);
 *	tk_json_key(&j, "code"); tk_json_str(&j, "1001");
 *	tk_json_end(&j);
 *	tk_json_end(&j);
 *	rc = tk_json_finish(&j, err);
 */
#ifndef TK_JSON_H
#define TK_JSON_H

#include "lib/error.h"
#include "lib/util.h"

#define TK_JSON_MAX_DEPTH 32

enum {
	/* The canonical survey definition's escaping, whose bytes stored
	 * survey hashes pin: U+2028/U+2029 and DEL (0x7f) are left as
	 * they are. */
	TK_JSON_CANONICAL = 1
};

struct tk_json {
	struct tk_buf *b;
	int flags;
	int depth;
	int bad;       /* a string was not valid UTF-8, or misuse */
	int after_key; /* a key was written; the value comes next */
	struct {
		int n;		    /* elements written so far */
		char close;	    /* ']' or '}' */
		const char *row;    /* before each element, or NULL */
		const char *ending; /* before the closing bracket, or NULL */
	} lv[TK_JSON_MAX_DEPTH];
};

void tk_json_init(struct tk_json *j, struct tk_buf *b, int flags);

/* Open a container.  _rows: each element on its own line ("\n "), the
 * closing bracket on a line of its own; _layout: given prefixes. */
void tk_json_object(struct tk_json *j);
void tk_json_array(struct tk_json *j);
void tk_json_array_rows(struct tk_json *j);
void tk_json_array_layout(struct tk_json *j, const char *row,
			  const char *ending);
void tk_json_end(struct tk_json *j);

/* A member name inside an object; the next call writes its value. */
void tk_json_key(struct tk_json *j, const char *key);

/* Values.  tk_json_str(NULL) writes null.  tk_json_num writes v with the
 * printf format fmt ("%.2f", "%g", ...) and null for NaN or infinity. */
void tk_json_str(struct tk_json *j, const char *s);
void tk_json_int(struct tk_json *j, long long v);
void tk_json_num(struct tk_json *j, double v, const char *fmt);
void tk_json_bool(struct tk_json *j, int v);
void tk_json_null(struct tk_json *j);
/* A member and its value in one call. */
void tk_json_kv_str(struct tk_json *j, const char *key, const char *s);
void tk_json_kv_int(struct tk_json *j, const char *key, long long v);
void tk_json_kv_num(struct tk_json *j, const char *key, double v,
		    const char *fmt);
void tk_json_kv_bool(struct tk_json *j, const char *key, int v);
/* An array of strings, compact. */
void tk_json_strv(struct tk_json *j, char *const *v, int n);

/* TK_OK when the text is complete and every string was valid UTF-8;
 * otherwise TK_EINPUT with the reason in err. */
int tk_json_finish(struct tk_json *j, struct tk_error *err);

/* Append s to b as one escaped JSON string literal (quotes included);
 * returns 0, or -1 when s is not valid UTF-8 (nothing appended then). */
int tk_json_quote(struct tk_buf *b, const char *s, int flags);

#endif
