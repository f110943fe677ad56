/*
 * t-width.c — display widths (lib/util.h): a full-width character takes
 * two terminal columns, so tables padded with tk_buf_pad and
 * tk_buf_addcols line up in Japanese.
 */
#include "lib/util.h"
#include "tap.h"

static void t_width(void)
{
	check_int(tk_display_width(""), ==, 0);
	check_int(tk_display_width("code"), ==, 4);
	check_int(tk_display_width("所属"), ==, 4);
	check_int(tk_display_width("カナ"), ==, 4);
	check_int(tk_display_width("ｶﾅ"), ==, 2);   /* half-width kana */
	check_int(tk_display_width("ＡＢ"), ==, 4); /* full-width forms */
	check_int(tk_display_width("é"), ==, 1);
	check_int(tk_display_width("한"), ==, 2);
	check_int(tk_display_width("〜"), ==, 2);
}

static void t_pad(void)
{
	struct tk_buf b = {0};
	tk_buf_pad(&b, "状態", 8);
	check_str(b.s, "状態    ");
	tk_buf_free(&b);
	tk_buf_addcols(&b, "%-6s|%6s|%s|%%\n", "所属", "得点", "x");
	check_str(b.s, "所属  |  得点|x|%\n");
	tk_buf_free(&b);
	tk_buf_addcols(&b, "%-4s %2s.", "code", "長い見出し");
	check_str(b.s, "code 長い見出し.");
	tk_buf_free(&b);
}

int main(void)
{
	TEST(t_width(), "tk_display_width counts wide characters twice");
	TEST(t_pad(), "tk_buf_pad and tk_buf_addcols pad by display width");
	return test_done();
}
