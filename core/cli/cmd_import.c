/*
 * cmd_import.c — tenken import.
 */
#include "app/import.h"
#include "cli/commands.h"
#include "formats/seal.h"

#include <stdlib.h>
#include <string.h>

int cmd_import(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_import_opts o = {0};
	struct tk_import_totals t;
	const char *pf = tk_arg(a, "--passphrase-file");
	char *pass = NULL;
	int rc;

	if (a->npos == 0)
		return tk_error_set(err, TK_EUSAGE,
				    "import needs one or more FILE or DIR");
	if (!pf)
		pf = getenv("TENKEN_PASSPHRASE_FILE");
	if (pf && *pf && (rc = tk_passphrase_read(pf, &pass, err)))
		return rc;
	if ((rc = tk_cli_open_store(a, &st, err)))
		goto done;
	o.dry_run = a->dry_run;
	o.passphrase = pass;
	o.quiet = a->quiet;
	o.progress = tk_progress_wanted(stderr) && !a->quiet;
	o.out = stdout;
	o.problems = stderr;
	rc = tk_import_paths(st, a->pos, a->npos, &o, &t, err);
done:
	if (pass) {
		volatile char *p = pass;
		while (*p)
			*p++ = 0;
		free(pass);
	}
	tk_store_close(st);
	return rc;
}
