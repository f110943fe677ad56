/*
 * i18n.h — the messages a person reads go through GNU gettext (domain
 * "tenken"; catalogue po/ja.po).  Mark a literal with _() where it is
 * used, or N_() where it is only stored (a table) and translate it with _()
 * when it is printed.  tk_error_set() and tk_problem() translate their
 * format themselves: their literal needs no mark (xgettext is told, see
 * po/CMakeLists.txt), but must stay one literal on one line.
 *
 * The catalogue is chosen once, by cli/ (tk_i18n_init in cli/i18n.c), from
 * the locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE); English is the
 * untranslated text.
 */
#ifndef TK_I18N_H
#define TK_I18N_H

#include <libintl.h>

#define TK_TEXTDOMAIN "tenken"
#define _(s)	      dgettext(TK_TEXTDOMAIN, s)
#define N_(s)	      s
/* Singular or plural by n ("1 form", "2 forms"); Japanese has one form. */
#define P_(s, p, n) dngettext(TK_TEXTDOMAIN, s, p, (unsigned long)(n))
/* A word with another sense elsewhere ("staff": who answers a survey, or a
 * column of head counts): its msgctxt is ctx, as pgettext() does it. */
#define C_(ctx, s) tk_pgettext(ctx "\004" s, s)

static inline const char *tk_pgettext(const char *key, const char *s)
{
	const char *t = dgettext(TK_TEXTDOMAIN, key);
	return t == key ? s : t;
}

#endif
