/*
 * noticedoc.h — the two workbooks of a notice to a division (第2 5(2)オ),
 * written from data it is given:
 *
 *   改善通知書 / 横展開通知  to the division's head: where the findings come
 *            from, each finding with clause, severity, 所見 and what is
 *            required, the reply date; A4 portrait, marked
 *   回答書   the response the division fills offline: per finding 回答区分
 *            (措置済み / 改善計画, and 該当なし for a cross notice),
 *            内容, 完了日, 補完的措置, 担当者, 完了予定日, 中間目標; a
 *            hidden _tenken sheet binds it to its token (app/returns.h)
 *
 * Japanese, A4, the marking in header and footer.  Nothing here touches
 * the database.
 */
#ifndef TK_NOTICEDOC_H
#define TK_NOTICEDOC_H

#include "lib/error.h"

enum tk_ndoc_kind { TK_NDOC_AUDIT, TK_NDOC_SELF, TK_NDOC_CROSS };

/* The response sheet's layout, shared with the importer (app/notice.c). */
#define TK_NDOC_SHEET	  "回答"
#define TK_NDOC_FIRST_ROW 6 /* 1-based: the first finding row */
enum {
	TK_NDOC_COL_ID = 1,	/* A 指摘番号 */
	TK_NDOC_COL_ANSWER = 5, /* E 回答区分 */
	TK_NDOC_COL_WHAT,	/* F 措置・計画の内容 */
	TK_NDOC_COL_DONE,	/* G 完了日（措置済み） */
	TK_NDOC_COL_COMP,	/* H 補完的措置（改善計画） */
	TK_NDOC_COL_OWNER,	/* I 担当者 */
	TK_NDOC_COL_DUE,	/* J 完了予定日 */
	TK_NDOC_COL_MILES	/* K 中間目標（任意） */
};
#define TK_NDOC_DONE "措置済み"
#define TK_NDOC_PLAN "改善計画"
#define TK_NDOC_NONE "該当なし"

struct tk_ndoc_finding {
	long id;
	const char *item_id, *clause, *severity; /* severity: 重大/中/軽 */
	const char *judgement;			 /* 不適合 … or NULL */
	const char *text;			 /* 所見 */
	const char *required;			 /* what is required */
};

struct tk_ndoc {
	enum tk_ndoc_kind kind;
	long id; /* notice number */
	int fy;
	const char *marking;
	const char *sent_on, *respond_by;
	const char *division_code, *division_name, *head_name;
	const char *manager_name;
	const char *origin; /* where the findings come from, one line */
	const char *text; /* 改善を求める事項 in general words, or NULL */
	const struct tk_ndoc_finding *findings;
	int nfindings;
	const char *token; /* the response workbook's */
};

/* Write the notice / the response workbook to path (name for messages).
 * TK_OK or TK_EREPORT; on failure nothing is left at path. */
int tk_ndoc_notice_write(const struct tk_ndoc *n, const char *path,
			 const char *name, struct tk_error *err);
int tk_ndoc_response_write(const struct tk_ndoc *n, const char *path,
			   const char *name, struct tk_error *err);

#endif
