/*
 * t-json.c — the JSON writer: escaping (controls, U+2028/9), refusal of
 * invalid UTF-8, commas and nesting, row layout, numbers.
 */
#include "lib/json.h"
#include "tap.h"

#include <math.h>
#include <stdlib.h>

static void t_escape(void)
{
	struct tk_buf b = {0};
	struct tk_json j;
	struct tk_error e;
	tk_json_init(&j, &b, 0);
	tk_json_str(&j, "a\"b\\c\n\t\x01\x1f\x7f 署\xe2\x80\xa8\xe2\x80\xa9");
	check_int(tk_json_finish(&j, &e), ==, TK_OK);
	check_str(
	    b.s, "\"a\\\"b\\\\c\\n\\t\\u0001\\u001f\\u007f 署\\u2028\\u2029\"");
	tk_buf_reset(&b);
	tk_json_init(&j, &b, TK_JSON_CANONICAL);
	tk_json_str(&j, "\xe2\x80\xa8\x7f\x01");
	check_str(b.s, "\"\xe2\x80\xa8\x7f\\u0001\"");
	tk_buf_free(&b);
}

static void t_invalid(void)
{
	struct tk_buf b = {0};
	struct tk_json j;
	struct tk_error e;
	tk_json_init(&j, &b, 0);
	tk_json_object(&j);
	tk_json_key(&j, "name");
	tk_json_str(&j, "\x8e\x52"); /* CP932, not UTF-8 */
	tk_json_end(&j);
	check_int(tk_json_finish(&j, &e), ==, TK_EINPUT);
	check_contains(e.message, "UTF-8");
	check(!strstr(b.s, "\x8e"));
	tk_buf_free(&b);
}

static void t_layout(void)
{
	struct tk_buf b = {0};
	struct tk_json j;
	struct tk_error e;
	tk_json_init(&j, &b, 0);
	tk_json_object(&j);
	tk_json_key(&j, "campaign");
	tk_json_int(&j, 2);
	tk_json_key(&j, "rows");
	tk_json_array_rows(&j);
	for (int i = 0; i < 2; i++) {
		tk_json_object(&j);
		tk_json_key(&j, "score");
		tk_json_num(&j, i ? NAN : 70.385, "%.2f");
		tk_json_key(&j, "ok");
		tk_json_bool(&j, i);
		tk_json_key(&j, "tags");
		char *v[] = {"x", "y"};
		tk_json_strv(&j, v, i + 1);
		tk_json_end(&j);
	}
	tk_json_end(&j);
	tk_json_key(&j, "empty");
	tk_json_array_rows(&j);
	tk_json_end(&j);
	tk_json_key(&j, "none");
	tk_json_str(&j, NULL);
	tk_json_end(&j);
	check_int(tk_json_finish(&j, &e), ==, TK_OK);
	check_str(b.s, "{\"campaign\":2,\"rows\":[\n"
		       " {\"score\":70.39,\"ok\":false,\"tags\":[\"x\"]},\n"
		       " {\"score\":null,\"ok\":true,\"tags\":[\"x\",\"y\"]}\n"
		       "],\"empty\":[\n],\"none\":null}");
	tk_buf_free(&b);
}

static void t_misuse(void)
{
	struct tk_buf b = {0};
	struct tk_json j;
	struct tk_error e;
	tk_json_init(&j, &b, 0);
	tk_json_object(&j);
	tk_json_int(&j, 1); /* value without a key */
	tk_json_end(&j);
	check_int(tk_json_finish(&j, &e), !=, TK_OK);
	tk_buf_reset(&b);
	tk_json_init(&j, &b, 0);
	tk_json_array(&j);
	check_int(tk_json_finish(&j, &e), !=, TK_OK);
	tk_buf_free(&b);
}

int main(void)
{
	TEST(t_escape(), "strings escaped: quotes, controls, U+2028/9");
	TEST(t_invalid(), "invalid UTF-8 is refused, never written");
	TEST(t_layout(), "commas, nesting, rows, numbers, null");
	TEST(t_misuse(), "a value without a key, an unclosed array");
	return test_done();
}
