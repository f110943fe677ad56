/*
 * exceptiondoc.h — the 例外措置管理簿 (register of exceptions, 第2 3(2)):
 * one workbook, one row per exception, written from data it is given
 * (app/exception.h gathers it).  Japanese headings, A4 landscape, frozen
 * header with an autofilter, the marking in header and footer with page
 * numbers; rows expiring soon and rows expired or overdue are filled in
 * two different colours.
 */
#ifndef TK_EXCEPTIONDOC_H
#define TK_EXCEPTIONDOC_H

#include "lib/error.h"

/* How a row is highlighted. */
enum tk_excdoc_mark {
	TK_EXCDOC_PLAIN,
	TK_EXCDOC_EXPIRING, /* active, ends within the window */
	TK_EXCDOC_LAPSED    /* expired, or provisional and overdue */
};

/* One exception as printed; texts may be NULL (a blank cell). */
struct tk_excdoc_row {
	long id;
	const char *system, *division, *clause, *reason, *alternative;
	const char *applicant, *via, *requested_on, *starts_on, *ends_on;
	const char *status; /* the state as of the register's day, Japanese */
	const char *decided_by, *decided_on;
	int special_approval;
	long renews;	  /* 0: none */
	const char *note; /* 備考 */
	enum tk_excdoc_mark mark;
};

struct tk_excdoc {
	const char *marking; /* NULL: 機密性2 */
	const char *as_of;   /* the day the states are of */
	int fy;		     /* 0: every year */
	const struct tk_excdoc_row *rows;
	int n;
};

/* Write the register to path (name is used in messages).  TK_OK or
 * TK_EREPORT; on failure nothing is left at path. */
int tk_excdoc_write(const struct tk_excdoc *d, const char *path,
		    const char *name, struct tk_error *err);

#endif
