/*
 * t-xlsxread.c — tests of core/xlsxread.c against the fixtures in
 * tests/data/xlsx/ (made by make-fixtures.py there): what openpyxl and Excel
 * write, prefixed Strict OOXML, missing relationship parts, and hostile or
 * broken files (zip bombs, lying sizes, too many entries, DOCTYPEs, cells
 * out of range, files that are not workbooks).
 */
#include "formats/xlsxread.h"
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>
#include <zip.h>

#define MAX_CELLS 64

/* A copy of the cells one read delivered. */
struct got {
	int n;
	int stop_after; /* callback returns 42 after this many; 0 never */
	struct {
		uint32_t row, col;
		enum tk_cell_type type;
		char text[128];
		size_t len;
		double num;
		int is_date;
	} c[MAX_CELLS];
};

static int collect(void *ctx, const struct tk_xlsx_cell *cell)
{
	struct got *g = ctx;

	if (g->n < MAX_CELLS) {
		g->c[g->n].row = cell->row;
		g->c[g->n].col = cell->col;
		g->c[g->n].type = cell->type;
		snprintf(g->c[g->n].text, sizeof g->c[g->n].text, "%s",
			 cell->text);
		g->c[g->n].len = cell->len;
		g->c[g->n].num = cell->num;
		g->c[g->n].is_date = cell->is_date;
	}
	g->n++;
	return g->stop_after && g->n >= g->stop_after ? 42 : 0;
}

/* Index of the cell at ref ("B3") in g, or -1. */
static int at(const struct got *g, const char *ref)
{
	char buf[16];
	int i;

	for (i = 0; i < g->n && i < MAX_CELLS; i++)
		if (!strcmp(tk_xlsx_ref(g->c[i].row, g->c[i].col, buf), ref))
			return i;
	return -1;
}

static const char *text_at(const struct got *g, const char *ref)
{
	int i = at(g, ref);
	return i < 0 ? NULL : g->c[i].text;
}

static char *fixture(const char *name)
{
	static char path[1024];
	const char *dir = getenv("TENKEN_TESTDATA");

	if (!dir || !*dir)
		dir = TENKEN_SOURCE_DIR "/tests/data";
	snprintf(path, sizeof path, "%s/xlsx/%s", dir, name);
	return path;
}

/* Open a fixture with lim (NULL: defaults) and read sheet name into g. */
static int read_fixture(const char *file, const struct tk_xlsx_limits *lim,
			const char *sheet, struct got *g, struct tk_error *err)
{
	tk_xlsx *x = NULL;
	int rc, i;

	rc = tk_xlsx_open(fixture(file), lim, &x, err);
	if (rc)
		return rc;
	i = tk_xlsx_find_sheet(x, sheet);
	rc = i < 0 ? -1 : tk_xlsx_read_sheet(x, i, collect, g, err);
	tk_xlsx_close(x);
	return rc;
}

static void t_ref(void)
{
	char buf[16];

	check_str(tk_xlsx_ref(3, 28, buf), "AB3");
	check_str(tk_xlsx_ref(1, 1, buf), "A1");
	check_str(tk_xlsx_ref(1, 26, buf), "Z1");
	check_str(tk_xlsx_ref(1, 27, buf), "AA1");
	check_str(tk_xlsx_ref(1, 702, buf), "ZZ1");
	check_str(tk_xlsx_ref(1, 703, buf), "AAA1");
	check_str(tk_xlsx_ref(1048576, 16384, buf), "XFD1048576");
	check_int(strlen(tk_xlsx_ref(UINT32_MAX, UINT32_MAX, buf)), <=, 15);
}

static void t_serial_date(void)
{
	char buf[11];

	check_str(tk_xlsx_serial_date(1, buf), "1900-01-01");
	check_str(tk_xlsx_serial_date(59, buf), "1900-02-28");
	check_str(tk_xlsx_serial_date(60, buf), "1900-02-29");
	check_str(tk_xlsx_serial_date(61, buf), "1900-03-01");
	check_str(tk_xlsx_serial_date(25569, buf), "1970-01-01");
	check_str(tk_xlsx_serial_date(36526, buf), "2000-01-01");
	check_str(tk_xlsx_serial_date(45383, buf), "2024-04-01");
	check_str(tk_xlsx_serial_date(45383.999, buf), "2024-04-01");
	check_str(tk_xlsx_serial_date(45351, buf), "2024-02-29");
	check_str(tk_xlsx_serial_date(2958465, buf), "9999-12-31");
	check_str(tk_xlsx_serial_date(0.5, buf), "1900-01-00");
	check_str(tk_xlsx_serial_date(-1, buf), "");
	check_str(tk_xlsx_serial_date(2958466, buf), "");
	check_str(tk_xlsx_serial_date(NAN, buf), "");
}

static void t_limits_default(void)
{
	struct tk_xlsx_limits lim;

	tk_xlsx_limits_default(&lim);
	check_int(lim.max_entry_bytes, ==, 256LL << 20);
	check_int(lim.max_total_bytes, ==, 1LL << 30);
	check_int(lim.max_entries, ==, 10000);
	check_int(lim.max_rows, ==, 1048576);
	check_int(lim.max_cols, ==, 16384);
}

/* What openpyxl writes: inline strings, t="n", dates by custom formats. */
static void t_openpyxl(void)
{
	struct tk_error err;
	struct got g = {0};
	tk_xlsx *x = NULL;
	char date[11];
	int i;

	check_int(tk_xlsx_open(fixture("basic.xlsx"), NULL, &x, &err), ==,
		  TK_OK);
	if (!x)
		return;
	check_int(err.code, ==, TK_OK);
	check_int(tk_xlsx_sheet_count(x), ==, 4);
	check_str(tk_xlsx_sheet_name(x, 0), "回答");
	check_str(tk_xlsx_sheet_name(x, 1), "隠し");
	check_str(tk_xlsx_sheet_name(x, 3), "Empty");
	check(tk_xlsx_sheet_name(x, 4) == NULL);
	check_int(tk_xlsx_sheet_state(x, 0), ==, 0);
	check_int(tk_xlsx_sheet_state(x, 1), ==, 1);
	check_int(tk_xlsx_sheet_state(x, 2), ==, 2);
	check_int(tk_xlsx_sheet_state(x, 3), ==, 0);
	check_int(tk_xlsx_find_sheet(x, "とても隠し"), ==, 2);
	check_int(tk_xlsx_find_sheet(x, "empty"), ==, 3);
	check_int(tk_xlsx_find_sheet(x, "nothing"), ==, -1);

	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_OK);
	/* 9 headings, 8 values in row 2 (E2 is a formula without a cached
	 * value), 2 in row 3 */
	check_int(g.n, ==, 19);
	check_str(text_at(&g, "A1"), "氏名");
	check_str(text_at(&g, "A2"), "山田 太郎");
	check_str(text_at(&g, "A3"), "改行\nあり");
	i = at(&g, "B2");
	check(i >= 0 && g.c[i].type == TK_CELL_NUMBER && g.c[i].num == 42 &&
	      !g.c[i].is_date);
	check_str(text_at(&g, "B2"), "42");
	i = at(&g, "C2");
	check(i >= 0 && g.c[i].type == TK_CELL_NUMBER && g.c[i].is_date);
	check_str(tk_xlsx_serial_date(i >= 0 ? g.c[i].num : -1, date),
		  "2024-04-01");
	i = at(&g, "D2");
	check(i >= 0 && g.c[i].type == TK_CELL_BOOL && g.c[i].num == 1);
	i = at(&g, "D3");
	check(i >= 0 && g.c[i].type == TK_CELL_BOOL && g.c[i].num == 0);
	check_int(at(&g, "E2"), ==, -1);
	i = at(&g, "F2");
	check(i >= 0 && g.c[i].num == 3.25 && !g.c[i].is_date);
	i = at(&g, "G2"); /* [$-411]ggge"年"m"月"d"日" */
	check(i >= 0 && g.c[i].is_date && g.c[i].num == 45383.5);
	i = at(&g, "H2"); /* 0.00% */
	check(i >= 0 && !g.c[i].is_date && g.c[i].num == -0.5);
	i = at(&g, "I2"); /* #,##0"円" */
	check(i >= 0 && !g.c[i].is_date);

	g.n = 0;
	check_int(tk_xlsx_read_sheet(x, 1, collect, &g, &err), ==, TK_OK);
	check_int(g.n, ==, 1);
	check_str(text_at(&g, "A1"), "secret");
	g.n = 0;
	check_int(tk_xlsx_read_sheet(x, 3, collect, &g, &err), ==, TK_OK);
	check_int(g.n, ==, 0);
	check_int(tk_xlsx_read_sheet(x, 4, collect, &g, &err), ==,
		  TK_ENOTFOUND);
	check_contains(err.message, "basic.xlsx: no sheet number 4");
	tk_xlsx_close(x);
}

/* Every cell of excel.xlsx's first sheet, as Japanese Excel writes it. */
static void check_excel_sheet(const struct got *g)
{
	char date[11];
	int i;

	check_int(g->n, ==, 26);
	/* phonetic runs are not part of the text */
	check_str(text_at(g, "A1"), "氏名");
	check_str(text_at(g, "B1"), "太字 と普通");
	check_int(at(g, "C1"), ==, -1); /* styled, no value */
	check_int(at(g, "D1"), ==, -1); /* empty shared string */

	i = at(g, "A2"); /* style 0: cellStyleXfs[0] is a date, not used */
	check(i >= 0 && g->c[i].num == 42 && !g->c[i].is_date);
	i = at(g, "B2");
	check(i >= 0 && g->c[i].type == TK_CELL_NUMBER && g->c[i].num == 3.5);
	i = at(g, "C2"); /* numFmt 14 */
	check(i >= 0 && g->c[i].is_date);
	check_str(tk_xlsx_serial_date(i >= 0 ? g->c[i].num : -1, date),
		  "2024-04-01");
	i = at(g, "D2"); /* [$-411]ggge"年"m"月"d"日";@ */
	check(i >= 0 && g->c[i].is_date && g->c[i].num == 45383.5);
	i = at(g, "E2"); /* #,##0"円" */
	check(i >= 0 && !g->c[i].is_date && g->c[i].num == 1234);
	i = at(g, "F2"); /* 0.00% */
	check(i >= 0 && !g->c[i].is_date);
	i = at(g, "G2"); /* yyyy/m/d */
	check(i >= 0 && g->c[i].is_date);
	i = at(g, "H2"); /* "d"0\h_);[Red]\(0\) */
	check(i >= 0 && !g->c[i].is_date);
	i = at(g, "I2"); /* numFmt 22 */
	check(i >= 0 && g->c[i].is_date && g->c[i].num == 45383.25);

	i = at(g, "A3");
	check(i >= 0 && g->c[i].type == TK_CELL_BOOL && g->c[i].num == 1);
	i = at(g, "B3");
	check(i >= 0 && g->c[i].type == TK_CELL_BOOL && g->c[i].num == 0);
	i = at(g, "C3");
	check(i >= 0 && g->c[i].type == TK_CELL_ERROR);
	check_str(text_at(g, "C3"), "#N/A");
	i = at(g, "D3"); /* formula: the cached value */
	check(i >= 0 && g->c[i].type == TK_CELL_NUMBER && g->c[i].num == 45.5);
	i = at(g, "E3");
	check(i >= 0 && g->c[i].type == TK_CELL_STRING);
	check_str(text_at(g, "E3"), "氏名様");
	check_str(text_at(g, "F3"), "インライン");
	i = at(g, "G3");
	check(i >= 0 && g->c[i].type == TK_CELL_STRING);
	check_str(text_at(g, "G3"), "2024-04-01T00:00:00Z");
	check_str(text_at(g, "H3"), "漢字");
	check_int(at(g, "I3"), ==, -1); /* empty formula string */

	check_str(text_at(g, "A4"), "  前後に空白  ");
	check_str(text_at(g, "B4"), "1行目\r\n2行目");
	i = at(g, "B4");
	check(i >= 0 && g->c[i].len == strlen("1行目\r\n2行目"));
	check_str(text_at(g, "C4"), "a_x000D_b");
	check_str(text_at(g, "D4"), "<tag> & \"引用\"");
	check_str(text_at(g, "E4"), "絵文字\xF0\x9F\x98\x80");
	i = at(g, "AB4");
	check(i >= 0 && g->c[i].row == 4 && g->c[i].col == 28 &&
	      g->c[i].num == 7);
	i = at(g, "B6");
	check(i >= 0 && g->c[i].num == 0.001);
	check_str(text_at(g, "B6"), "1E-3");
	/* document order */
	check(g->n >= 26 && g->c[0].col == 1 && g->c[25].row == 6);
}

static void t_excel(void)
{
	struct tk_error err;
	struct got g = {0};
	tk_xlsx *x = NULL;

	check_int(tk_xlsx_open(fixture("excel.xlsx"), NULL, &x, &err), ==,
		  TK_OK);
	if (!x)
		return;
	check_int(tk_xlsx_sheet_count(x), ==, 2);
	check_str(tk_xlsx_sheet_name(x, 0), "調査票");
	check_int(tk_xlsx_sheet_state(x, 1), ==, 1);
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_OK);
	check_excel_sheet(&g);
	/* the second sheet's target is "worksheets/../worksheets/sheet2.xml" */
	g.n = 0;
	check_int(tk_xlsx_read_sheet(x, 1, collect, &g, &err), ==, TK_OK);
	check_int(g.n, ==, 1);
	check_str(text_at(&g, "A1"), "氏名");
	/* a sheet can be read again */
	g.n = 0;
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_OK);
	check_int(g.n, ==, 26);
	tk_xlsx_close(x);
}

static int slurp(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	long n;

	*data = NULL;
	if (!f)
		return -1;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) || !(*data = malloc((size_t)n + 1)) ||
	    fread(*data, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(*data);
		*data = NULL;
		return -1;
	}
	fclose(f);
	*len = (size_t)n;
	return 0;
}

static void t_buffer(void)
{
	struct tk_error err;
	struct got g = {0};
	tk_xlsx *x = NULL;
	char *data;
	size_t len;

	if (!check(slurp(fixture("excel.xlsx"), &data, &len) == 0))
		return;
	check_int(
	    tk_xlsx_open_buffer(data, len, "bundle:form.xlsx", NULL, &x, &err),
	    ==, TK_OK);
	memset(data, 0, len); /* the buffer was copied */
	free(data);
	if (x) {
		check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==,
			  TK_OK);
		check_excel_sheet(&g);
		tk_xlsx_close(x);
	}

	if (!check(slurp(fixture("notzip.xlsx"), &data, &len) == 0))
		return;
	check_int(
	    tk_xlsx_open_buffer(data, len, "bundle:form.xlsx", NULL, &x, &err),
	    ==, TK_EINPUT);
	check(x == NULL);
	check_contains(err.message,
		       "bundle:form.xlsx: not an .xlsx workbook (not a zip");
	check_int(tk_xlsx_open_buffer("", 0, NULL, NULL, &x, &err), ==,
		  TK_EINPUT);
	check_contains(err.message, "not an .xlsx workbook");
	free(data);
}

static void t_prefixed(void)
{
	struct tk_error err;
	struct got g = {0};
	tk_xlsx *x = NULL;
	int i;

	check_int(tk_xlsx_open(fixture("prefixed.xlsx"), NULL, &x, &err), ==,
		  TK_OK);
	if (!x) {
		tap_diag("%s", err.message);
		return;
	}
	check_int(tk_xlsx_sheet_count(x), ==, 2);
	check_str(tk_xlsx_sheet_name(x, 0), "Data");
	check_int(tk_xlsx_sheet_state(x, 1), ==, 2);
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_OK);
	check_int(g.n, ==, 7);
	check_str(text_at(&g, "A1"), "見出し");
	check_str(text_at(&g, "B1"), "abcd");
	i = at(&g, "C1");
	check(i >= 0 && g.c[i].is_date && g.c[i].num == 45383);
	check_str(text_at(&g, "A2"), "in");
	check_str(text_at(&g, "C5"), "5");
	check_str(text_at(&g, "D5"), "6");
	check_str(text_at(&g, "A6"), "7");
	g.n = 0;
	check_int(tk_xlsx_read_sheet(x, 1, collect, &g, &err), ==, TK_OK);
	check_int(g.n, ==, 1);
	tk_xlsx_close(x);
}

static void t_fallback(void)
{
	struct tk_error err;
	struct got g = {0};
	int i;

	check_int(read_fixture("fallback.xlsx", NULL, "S", &g, &err), ==,
		  TK_OK);
	check_int(g.n, ==, 2);
	check_str(text_at(&g, "A1"), "fallback");
	i = at(&g, "B1");
	check(i >= 0 && g.c[i].is_date);
}

static void t_date1904(void)
{
	struct tk_error err;
	struct got g = {0};
	char date[11];
	int i;

	check_int(read_fixture("date1904.xlsx", NULL, "Sheet", &g, &err), ==,
		  TK_OK);
	i = at(&g, "A1");
	check(i >= 0 && g.c[i].is_date);
	check_str(tk_xlsx_serial_date(i >= 0 ? g.c[i].num : -1, date),
		  "2024-04-01");
	i = at(&g, "A2"); /* not a date: left alone */
	check(i >= 0 && !g.c[i].is_date && g.c[i].num == 100);
}

static void t_stop(void)
{
	struct tk_error err;
	struct got g = {0};
	tk_xlsx *x = NULL;

	check_int(tk_xlsx_open(fixture("excel.xlsx"), NULL, &x, &err), ==,
		  TK_OK);
	if (!x)
		return;
	g.stop_after = 3;
	err.code = 99;
	strcpy(err.message, "untouched");
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, 42);
	check_int(g.n, ==, 3);
	check_int(err.code, ==, 99);
	check_str(err.message, "untouched");
	/* and the next read starts afresh */
	g.n = 0;
	g.stop_after = 0;
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_OK);
	check_int(g.n, ==, 26);
	tk_xlsx_close(x);
}

static void t_bomb(void)
{
	struct tk_xlsx_limits lim;
	struct tk_error err;
	struct got g = {0};

	tk_xlsx_limits_default(&lim);
	check_int(read_fixture("bomb.xlsx", NULL, "Sheet1", &g, &err), ==,
		  TK_OK);
	check_int(g.n, ==, 1);

	lim.max_entry_bytes = 1 << 20;
	check_int(read_fixture("bomb.xlsx", &lim, "Sheet1", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(err.message, "bomb.xlsx: xl/worksheets/sheet1.xml: ");
	check_contains(err.message, "over the limit of 1048576");

	/* the zip says 1000 bytes: the inflated bytes are counted anyway */
	check_int(read_fixture("liar.xlsx", &lim, "Sheet1", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(err.message, "liar.xlsx: xl/worksheets/sheet1.xml: ");
	check_contains(err.message, "inflates past the limit of 1048576");

	tk_xlsx_limits_default(&lim);
	lim.max_total_bytes = 1 << 20;
	check_int(read_fixture("bomb.xlsx", &lim, "Sheet1", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(err.message, "limit of 1048576 bytes in all");
	check_int(read_fixture("liar.xlsx", &lim, "Sheet1", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(err.message, "limit of 1048576 bytes in all");

	/* so small that even opening fails */
	lim.max_entry_bytes = 100;
	check_int(read_fixture("excel.xlsx", &lim, "調査票", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(err.message, "excel.xlsx: _rels/.rels: ");
}

static void t_entries(void)
{
	struct tk_xlsx_limits lim;
	struct tk_error err;
	struct got g = {0};

	tk_xlsx_limits_default(&lim);
	check_int(read_fixture("entries.xlsx", &lim, "Sheet1", &g, &err), ==,
		  TK_OK);
	lim.max_entries = 50;
	check_int(read_fixture("entries.xlsx", &lim, "Sheet1", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(
	    err.message,
	    "entries.xlsx: too many zip entries (120, the limit is 50)");
}

static void t_doctype(void)
{
	struct tk_error err;
	struct got g = {0};

	check_int(read_fixture("bad.xlsx", NULL, "laughs", &g, &err), ==,
		  TK_EINPUT);
	check_contains(err.message, "bad.xlsx: xl/worksheets/sheet7.xml:2: ");
	check_contains(err.message, "DOCTYPE declarations are not allowed");
	check_int(g.n, ==, 0);

	check_int(read_fixture("xxe.xlsx", NULL, "Sheet1", &g, &err), ==,
		  TK_EINPUT);
	check_contains(err.message, "xxe.xlsx: xl/workbook.xml:2: DOCTYPE");
}

static void t_dimensions(void)
{
	struct tk_xlsx_limits lim;
	struct tk_error err;
	struct got g = {0};

	check_int(read_fixture("bad.xlsx", NULL, "bigcol", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(err.message, "bad.xlsx: xl/worksheets/sheet5.xml:");
	check_contains(err.message,
		       "cell bigcol!XFE1 is beyond the limit of 16384 columns");
	check_int(g.n, ==, 1); /* XFD1 came first */

	g.n = 0;
	check_int(read_fixture("bad.xlsx", NULL, "bigrow", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(
	    err.message,
	    "cell bigrow!A1048577 is beyond the limit of 1048576 rows");

	tk_xlsx_limits_default(&lim);
	lim.max_cols = 5;
	g.n = 0;
	check_int(read_fixture("excel.xlsx", &lim, "調査票", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(err.message,
		       "cell 調査票!F2 is beyond the limit of 5 columns");
	lim.max_cols = 60;
	lim.max_rows = 3;
	check_int(read_fixture("excel.xlsx", &lim, "調査票", &g, &err), ==,
		  TK_ELIMIT);
	check_contains(
	    err.message,
	    "excel.xlsx: xl/worksheets/sheet1.xml:7: cell 調査票!A4 is beyond the limit of 3 rows");
}

static void t_broken_sheets(void)
{
	struct tk_error err;
	struct got g = {0};

	check_int(read_fixture("bad.xlsx", NULL, "malformed", &g, &err), ==,
		  TK_EINPUT);
	check_contains(err.message, "bad.xlsx: xl/worksheets/sheet1.xml:4: ");
	check_contains(err.message, "mismatched tag");
	check_int(read_fixture("bad.xlsx", NULL, "badsst", &g, &err), ==,
		  TK_EINPUT);
	check_contains(err.message,
		       "cell badsst!A1: shared string \"9\" does not exist");
	check_int(read_fixture("bad.xlsx", NULL, "badref", &g, &err), ==,
		  TK_EINPUT);
	check_contains(err.message, "bad cell reference \"1A\"");
	check_int(read_fixture("bad.xlsx", NULL, "badnum", &g, &err), ==,
		  TK_EINPUT);
	check_contains(err.message, "cell badnum!A1: bad number \"abc\"");
}

static void t_not_workbooks(void)
{
	struct tk_error err;
	tk_xlsx *x = (tk_xlsx *)&err; /* must be reset to NULL */

	check_int(tk_xlsx_open(fixture("notzip.xlsx"), NULL, &x, &err), ==,
		  TK_EINPUT);
	check(x == NULL);
	check_contains(
	    err.message,
	    "notzip.xlsx: not an .xlsx workbook (not a zip archive)");
	check_int(tk_xlsx_open(fixture("old.xls"), NULL, &x, &err), ==,
		  TK_EINPUT);
	check_contains(
	    err.message,
	    "old.xls: not an .xlsx workbook (an old .xls file or a password-protected workbook)");
	check_int(tk_xlsx_open(fixture("noworkbook.xlsx"), NULL, &x, &err), ==,
		  TK_EINPUT);
	check_contains(
	    err.message,
	    "noworkbook.xlsx: not an .xlsx workbook (no workbook part)");
	check_int(tk_xlsx_open(fixture("docx.xlsx"), NULL, &x, &err), ==,
		  TK_EINPUT);
	check_contains(
	    err.message,
	    "docx.xlsx: not an .xlsx workbook (word/document.xml is not a workbook)");
	check_int(tk_xlsx_open(fixture("missing.xlsx"), NULL, &x, &err), ==,
		  TK_EIO);
	check_contains(err.message, "missing.xlsx: cannot open");
	check(x == NULL);
}

static void t_null(void)
{
	tk_xlsx_close(NULL);
	check_int(tk_xlsx_sheet_count(NULL), ==, 0);
	check(tk_xlsx_sheet_name(NULL, 0) == NULL);
	check_int(tk_xlsx_sheet_state(NULL, 0), ==, -1);
	check_int(tk_xlsx_find_sheet(NULL, "x"), ==, -1);
}

/* A minimal workbook in memory: one sheet "S" whose sheetData is data and,
 * when modified is not NULL, docProps/core.xml with that dcterms:modified.
 * Returns it opened, or NULL. */
static tk_xlsx *book(const char *data, const char *modified)
{
	static const char *const ct =
	    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
	static const char *const rels =
	    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
	static const char *const wb =
	    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
	static const char *const wbrels =
	    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
	char sheet[4096], core[1024];
	const char *names[] = {
	    "[Content_Types].xml",	"_rels/.rels",
	    "xl/workbook.xml",		"xl/_rels/workbook.xml.rels",
	    "xl/worksheets/sheet1.xml", "docProps/core.xml"};
	const char *parts[6];
	zip_error_t ze;
	zip_source_t *src;
	zip_t *z;
	zip_stat_t st;
	tk_xlsx *x = NULL;
	struct tk_error err;
	void *buf;

	snprintf(
	    sheet, sizeof sheet,
	    "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>%s</sheetData></worksheet>",
	    data);
	snprintf(
	    core, sizeof core,
	    "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\"><dcterms:created>2000-01-01T00:00:00Z</dcterms:created><dcterms:modified>%s</dcterms:modified></cp:coreProperties>",
	    modified ? modified : "");
	parts[0] = ct, parts[1] = rels, parts[2] = wb, parts[3] = wbrels;
	parts[4] = sheet, parts[5] = core;
	zip_error_init(&ze);
	src = zip_source_buffer_create(NULL, 0, 0, &ze);
	z = src ? zip_open_from_source(src, ZIP_TRUNCATE, &ze) : NULL;
	if (!z)
		return NULL;
	zip_source_keep(src);
	for (int i = 0; i < (modified ? 6 : 5); i++)
		zip_file_add(
		    z, names[i],
		    zip_source_buffer(z, parts[i], strlen(parts[i]), 0), 0);
	zip_close(z);
	if (zip_source_open(src) == 0 && zip_source_stat(src, &st) == 0 &&
	    (buf = malloc(st.size ? st.size : 1)) != NULL) {
		zip_int64_t n = zip_source_read(src, buf, st.size);
		if (n == (zip_int64_t)st.size &&
		    tk_xlsx_open_buffer(buf, (size_t)n, "b.xlsx", NULL, &x,
					&err))
			tap_diag("%s", err.message);
		free(buf);
		zip_source_close(src);
	}
	zip_source_free(src);
	return x;
}

/* Cells by reference in any order; duplicated rows and cells refused;
 * booleans read as shown. */
static void t_references(void)
{
	struct tk_error err;
	struct got g = {0};
	tk_xlsx *x;
	char when[64];

	x = book(
	    "<row r=\"14\"><c r=\"E14\" t=\"inlineStr\"><is><t>e</t></is></c><c r=\"A14\" t=\"inlineStr\"><is><t>a</t></is></c><c t=\"b\"><v>1</v></c></row><row r=\"3\"><c r=\"C3\" t=\"b\"><v>0</v></c></row>",
	    "2026-11-02T09:00:00Z");
	if (!check(x != NULL))
		return;
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_OK);
	check_str(text_at(&g, "E14"), "e");
	check_str(text_at(&g, "A14"), "a");
	check_str(text_at(&g, "B14"), "TRUE"); /* follows A14 */
	check_str(text_at(&g, "C3"), "FALSE");
	check_int(tk_xlsx_modified(x, when, sizeof when), ==, 1);
	check_str(when, "2026-11-02T09:00:00Z");
	tk_xlsx_close(x);

	x = book(
	    "<row r=\"19\"><c r=\"A19\"><v>1</v></c></row><row r=\"20\"/><row r=\"19\"><c r=\"E19\"><v>2</v></c></row>",
	    NULL);
	if (!check(x != NULL))
		return;
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_EINPUT);
	check_contains(err.message, "S!19:19: duplicated");
	check_int(tk_xlsx_modified(x, when, sizeof when), ==, 0);
	check_str(when, "");
	tk_xlsx_close(x);

	x = book(
	    "<row r=\"62\"><c r=\"A62\"><v>1</v></c><c r=\"B62\"/><c r=\"A62\"><v>2</v></c></row>",
	    NULL);
	if (!check(x != NULL))
		return;
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_EINPUT);
	check_contains(err.message,
		       "b.xlsx: xl/worksheets/sheet1.xml:1: S!A62: duplicated");
	tk_xlsx_close(x);

	x = book(
	    "<row r=\"5\"><c r=\"B5\"><v>1</v></c><c><v>2</v></c></row><row r=\"6\"><c r=\"C5\"><v>3</v></c></row>",
	    NULL);
	if (!check(x != NULL))
		return;
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_EINPUT);
	check_contains(err.message, "S!C5: outside its row (it is in row 6)");
	tk_xlsx_close(x);

	/* C5 implied by the cell after B5, then given */
	x = book(
	    "<row r=\"5\"><c r=\"B5\"><v>1</v></c><c><v>2</v></c><c r=\"C5\"><v>3</v></c></row>",
	    NULL);
	if (!check(x != NULL))
		return;
	check_int(tk_xlsx_read_sheet(x, 0, collect, &g, &err), ==, TK_EINPUT);
	check_contains(err.message, "S!C5: duplicated");
	tk_xlsx_close(x);
}

int main(void)
{
	TEST(t_ref(), "tk_xlsx_ref writes A1-style references");
	TEST(t_serial_date(), "serial dates, with Excel's 1900-02-29");
	TEST(t_limits_default(), "default limits are Excel's maxima");
	TEST(t_openpyxl(), "an openpyxl workbook: types, dates, sheet states");
	TEST(t_excel(), "an Excel workbook: rPh, rich text, escapes, formats");
	TEST(t_buffer(), "a workbook from a memory buffer");
	TEST(t_prefixed(), "Strict OOXML, x: prefixes, no r attributes");
	TEST(t_fallback(), "no relationship parts: conventional names");
	TEST(t_date1904(), "1904 date system converted to 1900 serials");
	TEST(t_stop(), "a non-zero callback return stops the read");
	TEST(t_bomb(), "zip bombs stop at the byte limits, even lying ones");
	TEST(t_entries(), "too many zip entries are refused");
	TEST(t_doctype(), "DOCTYPE and entities are refused");
	TEST(t_dimensions(), "cells beyond max_rows/max_cols are refused");
	TEST(t_broken_sheets(),
	     "broken sheets are refused with file:part:line");
	TEST(t_not_workbooks(), "files that are not workbooks are refused");
	TEST(t_null(), "close and accessors accept NULL");
	TEST(t_references(),
	     "cells by reference; duplicated rows and cells refused");
	return test_done();
}
