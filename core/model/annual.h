/*
 * annual.h — the figures of the annual report to the security committee
 * (委員会) of one fiscal year, as app/annual.c gathers them and
 * reports/annual.c writes them (docs/reports.md, "The annual report").
 * Labels are Japanese (the workbook's); keys are the JSON's.
 */
#ifndef TK_MODEL_ANNUAL_H
#define TK_MODEL_ANNUAL_H

#include "model/score.h"

#define TK_ANNUAL_YEARS	   5  /* the trend: this year and four before */
#define TK_ANNUAL_WEAK	   10 /* the weakest items listed */
#define TK_ANNUAL_CHAPTERS 8  /* 第2..第8 and その他 */
#define TK_ANNUAL_EXPIRING 90 /* days: exceptions ending soon */
#define TK_ANNUAL_THRESHOLD                                                    \
	60.0			/* compliance (%) below which an item is a     \
				   future issue */
#define TK_ANNUAL_TEXT_MAX 1000 /* characters of one digest text */

/* What is late as of the date, as `tenken overdue` lists it: notices,
 * plans, cross notices, provisional exceptions (the order of app/overdue.h). */
#define TK_ANNUAL_LATE_KINDS 4
struct tk_annual_late {
	long id;
	int days;
	char *division_code, *division, *what, *due;
};
struct tk_annual_late_list {
	int n;
	struct tk_annual_late *rows;
};

/* A named count: key for JSON, label (Japanese) for the workbook. */
struct tk_annual_count {
	const char *key, *label;
	long n;
};

/* One figure of the summary: this year [0] and the one before [1]. */
struct tk_annual_key {
	const char *key, *label, *unit;
	int has[2];
	double v[2];
};
enum {
	TK_AK_TARGETS,
	TK_AK_SUBMITTED,
	TK_AK_PARTICIPATION,
	TK_AK_SCORE,
	TK_AK_AUDITS,
	TK_AK_FINDINGS,
	TK_AK_IMPROVED,
	TK_AK_EXCEPTIONS,
	TK_AK_COUNT
};

/* A cell of the trend: no campaign that year (実施なし), a value, not
 * comparable (比較不能: the item changed its clause or is missing), or no
 * value (not a target, not answered). */
enum tk_annual_state { TK_AN_GAP, TK_AN_VALUE, TK_AN_INCOMPARABLE, TK_AN_NONE };
struct tk_annual_cell {
	enum tk_annual_state state;
	double v;
};

/* One self-inspection campaign of the year. */
struct tk_annual_campaign {
	long id;
	char *title, *survey_id;
	int staff; /* a staff survey */
	int targets, submitted, late, missing, returned;
	long rejects; /* import.reject events: 差戻し */
	long staff_expected, staff_answered, staff_absent;
	struct tk_scores *sc;
	int nweak;
	int weak[TK_ANNUAL_WEAK]; /* item indices, weakest first */
	/* trend: year fy-4+k in column k; campaign 0 when none */
	int trend_fy[TK_ANNUAL_YEARS];
	long trend_campaign[TK_ANNUAL_YEARS];
	struct tk_annual_cell trend_org[TK_ANNUAL_YEARS];
	struct tk_annual_cell (*trend_div)[TK_ANNUAL_YEARS];  /* [sc->ndiv] */
	struct tk_annual_cell (*trend_item)[TK_ANNUAL_YEARS]; /* [nitems] */
};

/* A finding, for the lists. */
struct tk_annual_finding {
	long id;
	char *division_code, *division, *clause, *severity, *text, *found_on;
	char *prev_text; /* recurring: the earlier year's finding */
};

/* A special audit. */
struct tk_annual_special {
	long plan;
	char *title, *reason, *targets, *approved_on;
	int audits, reported;
};

/* A cross-division notice (横展開) and its answer. */
struct tk_annual_cross {
	long id;
	char *division_code, *division, *clause, *sent_on, *respond_by;
	char *answer, *answer_note, *responded_on;
};

/* An exception ending within TK_ANNUAL_EXPIRING days. */
struct tk_annual_exception {
	long id;
	char *system, *division, *clause, *ends_on;
	int days_left;
};

/* One free text of a division. */
struct tk_annual_text {
	char *division_code, *division, *source, *text;
};

/* An item whose compliance is below the threshold. */
struct tk_annual_weak {
	long campaign;
	char *title, *item_id, *text, *clause;
	double compliance; /* % */
};

#define TK_ANNUAL_LIST(T, name)                                                \
	int n##name;                                                           \
	T *name

struct tk_annual {
	int fy;
	char as_of[16], year_start[16], year_end[16];
	char *marking;
	double threshold;
	/* 概要 */
	struct tk_annual_key key[TK_AK_COUNT];
	char *narrative[4]; /* 実施状況, 主な指摘, 改善状況, 今後の課題 */
	long anchor_entries;
	char anchor_head[65];
	char anchor[100]; /* "tenken-anchor N:HASH" */
	/* 自己点検 */
	TK_ANNUAL_LIST(struct tk_annual_campaign, campaigns);
	/* 監査 */
	struct tk_annual_count audit[7];
	TK_ANNUAL_LIST(struct tk_annual_special, specials);
	/* 指摘事項: [severity high/medium/low][chapter][kind bureau/hq/station]
	 */
	long findings_total;
	long findings[3][TK_ANNUAL_CHAPTERS][3];
	TK_ANNUAL_LIST(struct tk_annual_finding, serious);
	TK_ANNUAL_LIST(struct tk_annual_finding, recurring);
	/* 改善状況 */
	struct tk_annual_count improvement[14];
	struct tk_annual_late_list late[TK_ANNUAL_LATE_KINDS];
	TK_ANNUAL_LIST(struct tk_annual_cross, cross);
	/* 例外措置 */
	struct tk_annual_count exception[6];
	TK_ANNUAL_LIST(struct tk_annual_exception, expiring);
	/* 所属の記述 */
	TK_ANNUAL_LIST(struct tk_annual_text, texts);
	/* 今後の課題 */
	char *issues;
	TK_ANNUAL_LIST(struct tk_annual_weak, weak);
};

/* The number of counts in each count array. */
#define TK_ANNUAL_NCOUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

#endif
