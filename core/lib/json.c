/*
 * json.c — the JSON writer (json.h).  Validation and escaping happen in
 * one pass over each string; commas and brackets come from a small stack
 * of open containers.
 */
#include "lib/json.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void tk_json_init(struct tk_json *j, struct tk_buf *b, int flags)
{
	memset(j, 0, sizeof *j);
	j->b = b;
	j->flags = flags;
}

int tk_json_quote(struct tk_buf *b, const char *s, int flags)
{
	size_t n = strlen(s);
	if (tk_utf8_valid_prefix(s, n) != n)
		return -1;
	tk_buf_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"':
			tk_buf_adds(b, "\\\"");
			continue;
		case '\\':
			tk_buf_adds(b, "\\\\");
			continue;
		case '\n':
			tk_buf_adds(b, "\\n");
			continue;
		case '\r':
			tk_buf_adds(b, "\\r");
			continue;
		case '\t':
			tk_buf_adds(b, "\\t");
			continue;
		}
		if (c < 0x20 || (c == 0x7f && !(flags & TK_JSON_CANONICAL))) {
			tk_buf_addf(b, "\\u%04x", c);
		} else if (c == 0xe2 && i + 2 < n &&
			   (unsigned char)s[i + 1] == 0x80 &&
			   ((unsigned char)s[i + 2] == 0xa8 ||
			    (unsigned char)s[i + 2] == 0xa9) &&
			   !(flags & TK_JSON_CANONICAL)) {
			tk_buf_addf(b, "\\u%04x",
				    0x2000 + (unsigned char)s[i + 2] - 0x80);
			i += 2;
		} else {
			tk_buf_addc(b, (char)c);
		}
	}
	tk_buf_addc(b, '"');
	return 0;
}

/* Before a value: a comma and the row prefix inside a container, unless
 * the value follows its key. */
static void value_start(struct tk_json *j)
{
	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->depth > 0) {
		if (j->lv[j->depth - 1].close == '}') {
			j->bad = 1; /* a value in an object needs a key */
			return;
		}
		if (j->lv[j->depth - 1].n++)
			tk_buf_addc(j->b, ',');
		if (j->lv[j->depth - 1].row)
			tk_buf_adds(j->b, j->lv[j->depth - 1].row);
	}
}

static void open_container(struct tk_json *j, char open, char close,
			   const char *row, const char *ending)
{
	value_start(j);
	if (j->depth == TK_JSON_MAX_DEPTH) {
		j->bad = 1;
		return;
	}
	tk_buf_addc(j->b, open);
	j->lv[j->depth].n = 0;
	j->lv[j->depth].close = close;
	j->lv[j->depth].row = row;
	j->lv[j->depth].ending = ending;
	j->depth++;
}

void tk_json_object(struct tk_json *j)
{
	open_container(j, '{', '}', NULL, NULL);
}

void tk_json_array(struct tk_json *j)
{
	open_container(j, '[', ']', NULL, NULL);
}

void tk_json_array_rows(struct tk_json *j)
{
	open_container(j, '[', ']', "\n ", "\n");
}

void tk_json_array_layout(struct tk_json *j, const char *row,
			  const char *ending)
{
	open_container(j, '[', ']', row, ending);
}

void tk_json_end(struct tk_json *j)
{
	if (j->depth == 0 || j->after_key) {
		j->bad = 1;
		return;
	}
	j->depth--;
	if (j->lv[j->depth].ending)
		tk_buf_adds(j->b, j->lv[j->depth].ending);
	tk_buf_addc(j->b, j->lv[j->depth].close);
}

void tk_json_key(struct tk_json *j, const char *key)
{
	if (j->depth == 0 || j->lv[j->depth - 1].close != '}' || j->after_key) {
		j->bad = 1;
		return;
	}
	if (j->lv[j->depth - 1].n++)
		tk_buf_addc(j->b, ',');
	if (tk_json_quote(j->b, key, j->flags))
		j->bad = 1;
	tk_buf_addc(j->b, ':');
	j->after_key = 1;
}

void tk_json_str(struct tk_json *j, const char *s)
{
	value_start(j);
	if (!s)
		tk_buf_adds(j->b, "null");
	else if (tk_json_quote(j->b, s, j->flags)) {
		j->bad = 1;
		tk_buf_adds(j->b, "null");
	}
}

void tk_json_int(struct tk_json *j, long long v)
{
	value_start(j);
	tk_buf_addf(j->b, "%lld", v);
}

void tk_json_num(struct tk_json *j, double v, const char *fmt)
{
	char tmp[64];
	value_start(j);
	if (!isfinite(v)) {
		tk_buf_adds(j->b, "null");
		return;
	}
	snprintf(tmp, sizeof tmp, fmt, v);
	tk_buf_adds(j->b, tmp);
}

void tk_json_bool(struct tk_json *j, int v)
{
	value_start(j);
	tk_buf_adds(j->b, v ? "true" : "false");
}

void tk_json_null(struct tk_json *j)
{
	value_start(j);
	tk_buf_adds(j->b, "null");
}

void tk_json_kv_str(struct tk_json *j, const char *key, const char *s)
{
	tk_json_key(j, key);
	tk_json_str(j, s);
}

void tk_json_kv_int(struct tk_json *j, const char *key, long long v)
{
	tk_json_key(j, key);
	tk_json_int(j, v);
}

void tk_json_kv_num(struct tk_json *j, const char *key, double v,
		    const char *fmt)
{
	tk_json_key(j, key);
	tk_json_num(j, v, fmt);
}

void tk_json_kv_bool(struct tk_json *j, const char *key, int v)
{
	tk_json_key(j, key);
	tk_json_bool(j, v);
}

void tk_json_strv(struct tk_json *j, char *const *v, int n)
{
	tk_json_array(j);
	for (int i = 0; i < n; i++)
		tk_json_str(j, v[i]);
	tk_json_end(j);
}

int tk_json_finish(struct tk_json *j, struct tk_error *err)
{
	if (j->bad)
		return tk_error_set(err, TK_EINPUT,
				    "text is not valid UTF-8; no JSON written");
	if (j->depth || j->after_key)
		return tk_error_set(err, TK_EINPUT,
				    "internal: JSON left incomplete");
	return TK_OK;
}
