/*
 * tap.h — a small TAP library for tenken's C tests (after git's test-lib).
 *
 *   TEST(t_something(), "what it shows");
 *   check(cond); check_int(a, ==, b); check_str(a, b); check_double(a, b, eps)
 *   return test_done();
 *
 * A TEST whose body made no check fails.  A failed check prints
 * "# check "..." failed at file:line" with the values it saw.
 */
#ifndef TK_TAP_H
#define TK_TAP_H

#include <math.h>
#include <stdio.h>
#include <string.h>

extern int tap_count, tap_failed, tap_checks, tap_check_failed;

void tap_begin(void);
void tap_end(const char *desc);
int tap_check(int ok, const char *expr, const char *file, int line);
int test_done(void);
void tap_diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Remove a directory and everything in it (test scratch space). */
int tap_rmtree(const char *path);

#define TEST(call, desc)                                                       \
	do {                                                                   \
		tap_begin();                                                   \
		call;                                                          \
		tap_end(desc);                                                 \
	} while (0)

#define check(x) tap_check(!!(x), #x, __FILE__, __LINE__)

#define check_int(a, op, b)                                                    \
	do {                                                                   \
		long long tap_a_ = (a), tap_b_ = (b);                          \
		if (!tap_check(tap_a_ op tap_b_, #a " " #op " " #b, __FILE__,  \
			       __LINE__))                                      \
			tap_diag("   left: %lld\n#  right: %lld", tap_a_,      \
				 tap_b_);                                      \
	} while (0)

#define check_double(a, b, eps)                                                \
	do {                                                                   \
		double tap_a_ = (a), tap_b_ = (b);                             \
		if (!tap_check(fabs(tap_a_ - tap_b_) <= (eps), #a " ~= " #b,   \
			       __FILE__, __LINE__))                            \
			tap_diag("   left: %.9g\n#  right: %.9g", tap_a_,      \
				 tap_b_);                                      \
	} while (0)

#define check_str(a, b)                                                        \
	do {                                                                   \
		const char *tap_a_ = (a), *tap_b_ = (b);                       \
		int tap_ok_ = tap_a_ && tap_b_ ? !strcmp(tap_a_, tap_b_)       \
					       : tap_a_ == tap_b_;             \
		if (!tap_check(tap_ok_, #a " == " #b, __FILE__, __LINE__))     \
			tap_diag("   left: \"%s\"\n#  right: \"%s\"",          \
				 tap_a_ ? tap_a_ : "(null)",                   \
				 tap_b_ ? tap_b_ : "(null)");                  \
	} while (0)

/* Passes when haystack contains needle. */
#define check_contains(hay, needle)                                            \
	do {                                                                   \
		const char *tap_h_ = (hay), *tap_n_ = (needle);                \
		if (!tap_check(tap_h_ && strstr(tap_h_, tap_n_),               \
			       #hay " contains " #needle, __FILE__, __LINE__)) \
			tap_diag("   text: \"%s\"\n#   want: \"%s\"",          \
				 tap_h_ ? tap_h_ : "(null)", tap_n_);          \
	} while (0)

#endif
