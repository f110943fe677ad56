/*
 * cmd_seal.c — tenken seal: pack returned forms into a sealed bundle
 * (seal.h) for USB media or internal mail.
 *
 * The passphrase comes only from a file (--passphrase-file, else
 * TENKEN_PASSPHRASE_FILE), never from the command line, where other users
 * could read it in the process list and the shell keeps it in its history.
 */
#include "cli/commands.h"
#include "formats/seal.h"
#include "lib/i18n.h"

#include <stdlib.h>
#include <string.h>

int cmd_seal(struct tk_args *a, struct tk_error *err)
{
	const char *out = tk_arg(a, "--out");
	const char *pfile = tk_arg(a, "--passphrase-file");
	char *pass = NULL;
	int rc;

	if (!out || !*out)
		return tk_error_set(
		    err, TK_EUSAGE,
		    "seal needs --out FILE.zip (see `tenken seal --help`)");
	if (a->npos == 0)
		return tk_error_set(err, TK_EUSAGE,
				    "seal needs one or more FILE to seal");
	if (!pfile) {
		const char *env = getenv("TENKEN_PASSPHRASE_FILE");
		if (env && *env)
			pfile = env;
	}
	if (pfile && (rc = tk_passphrase_read(pfile, &pass, err)))
		goto cleanup;
	rc = tk_seal_create(out, a->pos, a->npos, pass, err);
	if (!rc && !a->quiet)
		printf(P_("sealed %d file into %s (%s)\n",
			  "sealed %d files into %s (%s)\n", a->npos),
		       a->npos, out, pass ? "AES-256" : _("not encrypted"));
cleanup:
	if (pass) {
		explicit_bzero(pass, strlen(pass));
		free(pass);
	}
	return rc;
}

/* tenken seal keygen --out FILE: a new random passphrase file. */
int cmd_seal_keygen(struct tk_args *a, struct tk_error *err)
{
	const char *out = tk_arg(a, "--out");
	int rc;

	if (!out || !*out)
		return tk_error_set(err, TK_EUSAGE,
				    "seal keygen needs --out FILE");
	if (a->npos > 0)
		return tk_error_set(err, TK_EUSAGE,
				    "seal keygen takes no FILE arguments");
	rc = tk_passphrase_keygen(out, err);
	if (!rc && !a->quiet)
		printf(
		    _("new passphrase (%d random bits) written to %s (mode 0600); give it to the other side by another channel than the bundle\n"),
		    TK_KEYGEN_BITS, out);
	return rc;
}
