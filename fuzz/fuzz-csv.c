/*
 * fuzz-csv.c — the CSV reader (formats/csv.h) and the organisation import
 * that uses it (app/org.h).
 *
 * The input is written to a temp file and read record by record with
 * encoding detection (auto), then as UTF-8 and as CP932.  Then it goes
 * through tk_org_import into a scratch database: when the input holds a
 * form feed, the part before it is divisions.csv and the part after it
 * staff.csv; otherwise the input is divisions.csv and staff.csv is a fixed
 * valid one (tests/data/mini).
 */
#include "app/org.h"
#include "common.h"
#include "formats/csv.h"
#include "store/store.h"

static char dpath[512], spath[512], dbpath[512];
static struct tk_store *st;

static const char staff_fixed[] = "id,name,grade,division\n"
				  "900001,埼玉　一郎,部長級,100\n"
				  "900002,浦和　花子,所属長級,120\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct tk_error err;
	fuzz_path("divisions.csv", dpath, sizeof dpath);
	fuzz_path("staff.csv", spath, sizeof spath);
	fuzz_path("fuzz.db", dbpath, sizeof dbpath);
	if (tk_store_open(dbpath, TK_STORE_CREATE, &st, &err)) {
		fprintf(stderr, "fuzz-csv: %s\n", err.message);
		abort();
	}
	return 0;
}

static void read_all(const char *path, enum tk_encoding enc)
{
	struct tk_csv *c = NULL;
	struct tk_error err;
	size_t sum = 0;
	if (tk_csv_open(path, enc, &c, &err))
		return;
	while (tk_csv_next(c, &err) > 0)
		for (int i = 0; i < c->nfields; i++)
			sum += strlen(c->fields[i]) + (size_t)c->line;
	tk_csv_close(c);
	if (sum == (size_t)-1)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *ff = memchr(data, '\f', size);
	struct tk_org_import_request rq = {2026, dpath, spath, TK_ENC_AUTO, NULL,
					  NULL};
	struct tk_org_import_result res;
	struct tk_error err;
	fuzz_write(dpath, data, size);
	read_all(dpath, TK_ENC_AUTO);
	read_all(dpath, TK_ENC_UTF8);
	read_all(dpath, TK_ENC_CP932);
	if (ff) {
		fuzz_write(dpath, data, (size_t)(ff - data));
		fuzz_write(spath, ff + 1, size - (size_t)(ff - data) - 1);
	} else {
		fuzz_write(spath, staff_fixed, sizeof staff_fixed - 1);
	}
	tk_org_import(st, &rq, &res, &err);
	return 0;
}
