/*
 * score.h — scores of a campaign: per item, section, division, division
 * group (部・方面本部) and the whole organisation, with grades,
 * participation, staff compliance and the change against the same survey's
 * previous year.
 *
 * Default scoring (docs/scoring.md): an item's value for a division is its
 * choice value (division respondent) or the mean of its staff's values
 * (staff respondent); N/A answers and items that do not apply are left out.
 * A section's and a division's score is 100 × Σ(weight × value) / Σ(weight)
 * over the items that have a value; no such item gives no score (null).  A
 * plugin's score hook may replace the division score.  A group's and the
 * organisation's score is the mean of their divisions' scores.  Only the
 * current submission of each division counts.
 */
#ifndef TK_SCORE_H
#define TK_SCORE_H

#include "model/survey.h"

/* One item for one division. */
struct tk_item_score {
	int answered;  /* answer rows (incl. N/A) */
	int counted;   /* answers with a value (not N/A) */
	double value;  /* mean value in [0,1] when counted > 0 */
	int compliant; /* answers with value 1 (staff: staff compliant) */
};

struct tk_division_score {
	long id;
	char *code, *name, *kind;      /* as in the campaign's year */
	char *group_code, *group_name; /* parent bureau, or "" */
	char *head_name;
	int submitted;
	char *submitted_at;
	/* the form's head: 点検日, 記入者, 所属長確認 and its date, or NULL */
	char *inspected_on, *filled_by, *head_confirmed_by, *head_confirmed_on;
	int has_score;
	double score;	   /* 0..100 */
	const char *grade; /* points into the survey; "" when no score */
	int answered;	   /* items with an answer */
	int applicable;	   /* items with a value (counted in the score) */
	int rank;	   /* 1 = best among scored divisions; 0 unscored */
	int has_prev;	   /* previous year's score known */
	double prev_score;
	double *section;	     /* [nsections]; NAN when no value */
	struct tk_item_score *items; /* [nitems] */
	int staff;		     /* staff respondent: staff in the form */
	/* rows from the plugin's report hook (label, value), if any */
	int nextra;
	char **extra_labels, **extra_values;
};

struct tk_group_score {
	char *code, *name;
	int divisions, scored;
	int has_score;
	double score;
};

struct tk_item_total {
	int divisions;	   /* divisions with a value for the item */
	int counted;	   /* answers with a value, all divisions */
	int compliant;	   /* of which value 1 */
	double mean;	   /* mean over divisions' item values */
	double compliance; /* compliant / counted (0 when none) */
};

struct tk_scores {
	long campaign;
	int fy;
	char *title, *marking, *due;
	struct tk_survey *s;
	int ndiv;
	struct tk_division_score *div; /* in the organisation's order */
	int ngroups;
	struct tk_group_score *groups;
	struct tk_item_total *items; /* [nitems] */
	double *section;	     /* organisation, [nsections] */
	int targeted, submitted;
	int has_score;
	double score;	  /* organisation */
	int *grade_count; /* [ngrades] */
	/* the previous campaign of the same survey id, if any */
	long prev_campaign;
	int prev_fy;
	int has_prev_score;
	double prev_score;
};

#endif
