/*
 * fuzz-xlsx.c — the .xlsx reader (formats/xlsxread.h): open a workbook from
 * the input buffer and read every cell of every sheet.  Limits are lowered
 * so a zip bomb is refused quickly instead of exhausting the fuzzer's RSS.
 */
#include "common.h"
#include "formats/xlsxread.h"

static struct tk_xlsx_limits lim;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	tk_xlsx_limits_default(&lim);
	lim.max_entry_bytes = 8u << 20;
	lim.max_total_bytes = 32u << 20;
	lim.max_entries = 200;
	return 0;
}

/* Touch everything a caller would: the reference, the text, the date. */
static int cell(void *ctx, const struct tk_xlsx_cell *c)
{
	char ref[16], date[11];
	size_t *sum = ctx;
	tk_xlsx_ref(c->row, c->col, ref);
	*sum += strlen(ref) + strlen(c->text) + c->len;
	if (c->type == TK_CELL_NUMBER && c->is_date)
		*sum += strlen(tk_xlsx_serial_date(c->num, date));
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tk_error err;
	tk_xlsx *x = NULL;
	size_t sum = 0;
	if (tk_xlsx_open_buffer(data, size, "fuzz.xlsx", &lim, &x, &err))
		return 0;
	for (int i = 0; i < tk_xlsx_sheet_count(x); i++) {
		const char *name = tk_xlsx_sheet_name(x, i);
		sum += strlen(name) + (size_t)tk_xlsx_sheet_state(x, i);
		if (tk_xlsx_find_sheet(x, name) < 0)
			abort(); /* a listed sheet must be found by name */
		tk_xlsx_read_sheet(x, i, cell, &sum, &err);
	}
	tk_xlsx_close(x);
	return sum == (size_t)-1;
}
