/*
 * i18n.c — choosing the message catalogue (lib/i18n.h).
 *
 * tenken speaks Japanese when the locale asks for it: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set names a Japanese locale (ja, ja_JP,
 * ja_JP.UTF-8 …) — unless LANGUAGE, which GNU gettext puts first, names
 * another language — or LANGUAGE starts with ja under a locale other than C.
 * The machine need not have generated ja_JP.UTF-8: messages are looked up
 * under C.UTF-8 with LANGUAGE=ja, which GNU gettext honours for any locale
 * but "C".  LC_CTYPE is always C.UTF-8 and LC_NUMERIC stays C, so numbers
 * and the bytes of names never depend on the locale.
 *
 * The catalogue (tenken.mo) is looked for in $TENKEN_LOCALEDIR, then in
 * locale/ beside the executable (the build tree), then in the installed
 * TK_LOCALEDIR.
 */
#include "lib/i18n.h"
#include "cli/cli.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef TK_LOCALEDIR
#define TK_LOCALEDIR "/usr/local/share/locale"
#endif

static const char *first_set(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return v;
	}
	return "";
}

static int is_c(const char *loc)
{
	return !*loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX");
}

int tk_locale_japanese(void)
{
	const char *loc = first_set(), *language = getenv("LANGUAGE");
	if (is_c(loc))
		return 0;
	if (language && *language) /* GNU gettext: LANGUAGE comes first */
		return !strncmp(language, "ja", 2);
	return !strncmp(loc, "ja", 2);
}

/* The directory holding ja/LC_MESSAGES/tenken.mo, into buf. */
static const char *locale_dir(char *buf, size_t n)
{
	const char *env = getenv("TENKEN_LOCALEDIR");
	char exe[PATH_MAX], probe[PATH_MAX + 64];
	ssize_t len;
	if (env && *env)
		return env;
	len = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (len > 0) {
		char *slash;
		exe[len] = '\0';
		if ((slash = strrchr(exe, '/'))) {
			*slash = '\0';
			snprintf(probe, sizeof probe,
				 "%s/locale/ja/LC_MESSAGES/tenken.mo", exe);
			if (access(probe, R_OK) == 0 &&
			    snprintf(buf, n, "%s/locale", exe) < (int)n)
				return buf;
		}
	}
	return TK_LOCALEDIR;
}

void tk_i18n_init(void)
{
	static char dir[PATH_MAX];
	setlocale(LC_CTYPE, "C.UTF-8");
	if (tk_locale_japanese()) {
		setlocale(LC_MESSAGES, "C.UTF-8");
		setenv("LANGUAGE", "ja", 1);
	}
	bindtextdomain(TK_TEXTDOMAIN, locale_dir(dir, sizeof dir));
	bind_textdomain_codeset(TK_TEXTDOMAIN, "UTF-8");
}
