/*
 * tracker_hide.c — the very hidden _tenken sheet (tracker_hide.h); a copy
 * of reports/form.c's make_very_hidden, to be shared through sheet.h.
 */
#include "reports/tracker_hide.h"

#include "lib/util.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

int tk_tracker_very_hidden(const char *path, const char *name,
			   struct tk_error *err)
{
	static const char from[] = " state=\"hidden\"";
	static const char to[] = " state=\"veryHidden\"";
	const char *part = "xl/workbook.xml";
	zip_t *z = NULL;
	zip_file_t *zf = NULL;
	zip_source_t *src = NULL;
	zip_stat_t sb;
	zip_int64_t idx;
	char *xml = NULL, *out = NULL, *hit;
	int zerr = 0, rc = TK_OK;

	if (!(z = zip_open(path, 0, &zerr))) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, zerr);
		rc = tk_error_set(err, TK_EREPORT, "%s: cannot reopen: %s",
				  name, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return rc;
	}
	if ((idx = zip_name_locate(z, part, 0)) < 0 ||
	    zip_stat_index(z, (zip_uint64_t)idx, 0, &sb) != 0 ||
	    sb.size > (1u << 24) ||
	    !(zf = zip_fopen_index(z, (zip_uint64_t)idx, 0))) {
		rc = tk_error_set(err, TK_EREPORT, "%s: %s: %s", name, part,
				  zip_strerror(z));
		goto done;
	}
	xml = tk_xmalloc(sb.size + 1);
	if (zip_fread(zf, xml, sb.size) != (zip_int64_t)sb.size) {
		rc = tk_error_set(err, TK_EREPORT, "%s: %s: short read", name,
				  part);
		goto done;
	}
	xml[sb.size] = '\0';
	if (!(hit = strstr(xml, from))) {
		rc = tk_error_set(err, TK_EREPORT, "%s: no hidden sheet in %s",
				  name, part);
		goto done;
	}
	out = tk_xmalloc(sb.size + sizeof to);
	memcpy(out, xml, (size_t)(hit - xml));
	memcpy(out + (hit - xml), to, sizeof to - 1);
	strcpy(out + (hit - xml) + sizeof to - 1, hit + sizeof from - 1);
	if (!(src = zip_source_buffer(z, out, strlen(out), 1))) {
		rc = tk_error_set(err, TK_EREPORT, "%s: %s", name,
				  zip_strerror(z));
		goto done;
	}
	out = NULL; /* owned by src now */
	if (zip_file_replace(z, (zip_uint64_t)idx, src, 0) != 0) {
		rc = tk_error_set(err, TK_EREPORT, "%s: %s", name,
				  zip_strerror(z));
		zip_source_free(src);
		goto done;
	}
done:
	if (zf)
		zip_fclose(zf);
	if (rc == TK_OK && zip_close(z) != 0) {
		rc = tk_error_set(err, TK_EREPORT, "%s: cannot write: %s", name,
				  zip_strerror(z));
		zip_discard(z);
	} else if (rc != TK_OK) {
		zip_discard(z);
	}
	free(xml);
	free(out);
	return rc;
}
