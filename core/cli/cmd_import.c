/*
 * cmd_import.c — tenken import.
 */
#include "app/import.h"
#include "cli/commands.h"
#include "formats/seal.h"

#include "lib/i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define TK_SLIPS_DIR "差戻し票"

struct view {
	int quiet;    /* no per-file lines, no totals */
	int progress; /* draw a progress line on stderr */
};

/* The summary after a file's name on its line: returns what, fills detail
 * (or leaves it empty). */
static const char *summary(const struct tk_import_file_result *r, char *detail,
			   size_t n)
{
	*detail = '\0';
	switch (r->outcome) {
	case TK_IMPORT_ACCEPTED:
	case TK_IMPORT_SUPERSEDED:
		if (r->dry_run) {
			snprintf(
			    detail, n,
			    _("(dry run: would import division %s %s, %zu answers)"),
			    r->division_code, r->division, r->answers);
			return _("ok");
		}
		snprintf(detail, n, _("division %s %s, %zu answers%s"),
			 r->division_code, r->division, r->answers,
			 r->outcome == TK_IMPORT_SUPERSEDED
			     ? _(" (replaces the earlier submission)")
			     : "");
		return r->outcome == TK_IMPORT_SUPERSEDED ? _("superseded")
							  : _("accepted");
	case TK_IMPORT_UNCHANGED:
		snprintf(detail, n, "%s", _("(already imported)"));
		return _("unchanged");
	default:
		break;
	}
	switch (r->rejection) {
	case TK_REJECT_PROBLEMS:
		snprintf(detail, n,
			 P_("(%d problem; nothing imported)",
			    "(%d problems; nothing imported)", r->nproblems),
			 r->nproblems);
		break;
	case TK_REJECT_SEAL:
		snprintf(
		    detail, n, "%s",
		    _("(sealed bundle failed verification; nothing imported)"));
		break;
	case TK_REJECT_NOT_FORM:
		snprintf(detail, n, "%s",
			 _("(not an .xlsx workbook or a sealed .zip bundle)"));
		break;
	case TK_REJECT_UNREADABLE:
		snprintf(detail, n, "%s", _("(cannot be read)"));
		break;
	}
	return _("rejected");
}

/* One line per file on stdout; a rejection's details on stderr. */
static void on_file(void *ctx, const struct tk_import_file_result *r)
{
	const struct view *v = ctx;
	if (!v->quiet) {
		char detail[512];
		const char *what = summary(r, detail, sizeof detail);
		struct tk_buf line = {0};
		tk_buf_pad(&line, what, 10);
		printf("%s %s%s%s\n", line.s, r->name, *detail ? "  " : "",
		       detail);
		tk_buf_free(&line);
		fflush(stdout); /* keep order with the problems on stderr */
	}
	if (r->outcome == TK_IMPORT_REJECTED)
		fprintf(stderr, "%s\n", r->problems);
	else if (r->warnings)
		fprintf(stderr, "%s\n", r->warnings);
	if (r->slip_error)
		fprintf(stderr,
			_("%s: no 差戻し票 written: %s (give --slips DIR)\n"),
			r->name, r->slip_error);
	if (r->slip && !v->quiet) {
		struct tk_buf line = {0};
		tk_buf_pad(&line, _("slip"), 10);
		printf("%s %s\n", line.s, r->slip);
		tk_buf_free(&line);
		fflush(stdout);
	}
}

/* The folder for the 差戻し票: --slips, else 差戻し票 inside the first
 * directory given, or beside the first file.  Caller frees. */
static char *slips_dir(const struct tk_args *a)
{
	const char *given = tk_arg(a, "--slips"), *first = a->pos[0];
	struct tk_buf b = {0};
	struct stat sb;
	if (given && *given)
		return tk_xstrdup(given);
	if (stat(first, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		tk_buf_add_path(&b, first, TK_SLIPS_DIR);
	} else {
		const char *slash = strrchr(first, '/');
		if (slash)
			tk_buf_addf(&b, "%.*s/%s", (int)(slash - first), first,
				    TK_SLIPS_DIR);
		else
			tk_buf_adds(&b, TK_SLIPS_DIR);
	}
	return b.s;
}

/* The progress line on stderr, redrawn after each file. */
static void on_progress(void *ctx, int done, int total,
			const struct tk_import_totals *t)
{
	const struct view *v = ctx;
	if (v->progress) {
		fputc('\r', stderr);
		fprintf(stderr,
			_("import: %d/%d files (%d accepted, %d rejected)"),
			done, total, t->accepted, t->rejected);
	}
}

/* The progress line's end and the totals, as far as the run got. */
static void print_totals(const struct view *v, const struct tk_import_totals *t,
			 int dry_run)
{
	if (v->progress && t->listed)
		fputc('\n', stderr);
	if (t->finished && !v->quiet)
		printf(
		    P_("%d file: %d accepted (%d superseding an earlier submission), %d unchanged, %d rejected%s\n",
		       "%d files: %d accepted (%d superseding an earlier submission), %d unchanged, %d rejected%s\n",
		       t->files),
		    t->files, t->accepted, t->superseded, t->unchanged,
		    t->rejected,
		    dry_run ? _(" (dry run: nothing written)") : "");
}

int cmd_import(struct tk_args *a, struct tk_error *err)
{
	struct tk_store *st = NULL;
	struct tk_import_opts o = {0};
	struct tk_import_totals t;
	struct view v = {0};
	const char *pf = tk_arg(a, "--passphrase-file");
	char *pass = NULL, *slips = NULL;
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
	o.allow_older = tk_arg(a, "--allow-older") != NULL;
	o.passphrase = pass;
	o.slips_dir = slips = slips_dir(a);
	v.quiet = a->quiet;
	v.progress = tk_progress_wanted(stderr) && !a->quiet;
	o.ctx = &v;
	o.on_file = on_file;
	o.on_progress = on_progress;
	rc = tk_import_paths(st, a->pos, a->npos, &o, &t, err);
	print_totals(&v, &t, o.dry_run);
done:
	if (pass) {
		volatile char *p = pass;
		while (*p)
			*p++ = 0;
		free(pass);
	}
	free(slips);
	tk_store_close(st);
	return rc;
}
