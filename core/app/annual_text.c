/*
 * annual_text.c — the narrative of the annual report's 概要 (annual.h):
 * four short paragraphs in Japanese (実施状況, 主な指摘, 改善状況, 今後の
 * 課題), each sentence built from the figures gathered.
 */
#include "app/annual_int.h"

#include "lib/util.h"

#include <stdio.h>

/* " （前年度 X）" when the year before has the figure. */
static void versus(struct tk_buf *b, const struct tk_annual_key *k,
		   const char *fmt)
{
	if (!k->has[1])
		return;
	tk_buf_adds(b, "（前年度");
	tk_buf_addf(b, fmt, k->v[1]);
	tk_buf_adds(b, "）");
}

static char *situation(const struct tk_annual *a)
{
	const struct tk_annual_key *k = a->key;
	struct tk_buf b = {0};
	if (!a->ncampaigns)
		tk_buf_adds(&b, "本年度は自己点検を実施していない。");
	else {
		tk_buf_addf(
		    &b,
		    "自己点検は対象%s%.0f所属のうち%.0f所属が提出し（提出率%.1f%%）",
		    a->ncampaigns > 1 ? "延べ" : "", k[TK_AK_TARGETS].v[0],
		    k[TK_AK_SUBMITTED].v[0], k[TK_AK_PARTICIPATION].v[0]);
		versus(&b, &k[TK_AK_PARTICIPATION], "%.1f%%");
		if (k[TK_AK_SCORE].has[0]) {
			tk_buf_addf(&b, "、平均得点は%.2f点であった",
				    k[TK_AK_SCORE].v[0]);
			versus(&b, &k[TK_AK_SCORE], "%.2f点");
		}
		tk_buf_adds(&b, "。");
	}
	tk_buf_addf(
	    &b,
	    "監査は通常監査%ld所属、特別監査%ld所属で実施し、報告を終えたのは%ld所属である。",
	    a->audit[1].n, a->audit[4].n, a->audit[2].n + a->audit[5].n);
	return tk_buf_take(&b);
}

static char *findings(const struct tk_annual *a)
{
	static const char *const chapter[TK_ANNUAL_CHAPTERS] = {
	    "第2", "第3", "第4", "第5", "第6", "第7", "第8", "その他"};
	struct tk_buf b = {0};
	long high = 0, by[TK_ANNUAL_CHAPTERS] = {0};
	int top = 0;
	if (!a->findings_total) {
		tk_buf_adds(&b, "本年度の指摘事項はない。");
		return tk_buf_take(&b);
	}
	for (int s = 0; s < 3; s++)
		for (int c = 0; c < TK_ANNUAL_CHAPTERS; c++)
			for (int k = 0; k < 3; k++) {
				by[c] += a->findings[s][c][k];
				high += s == 0 ? a->findings[s][c][k] : 0;
			}
	for (int c = 1; c < TK_ANNUAL_CHAPTERS; c++)
		if (by[c] > by[top])
			top = c;
	tk_buf_addf(
	    &b,
	    "指摘事項は%ld件（うち重大%ld件）で、%sに関するものが%ld件と最も多い。前年度と同じ所属で同じ条項の指摘が再び見られたものは%d件である。",
	    a->findings_total, high, chapter[top], by[top], a->nrecurring);
	return tk_buf_take(&b);
}

static char *improvement(const struct tk_annual *a)
{
	const struct tk_annual_count *i = a->improvement;
	struct tk_buf b = {0};
	tk_buf_addf(
	    &b,
	    "改善通知%ld件のうち期限内の回答は%ld件、期限後の回答は%ld件、未回答は%ld件である。改善計画%ld件のうち完了%ld件、期限超過%ld件（%s現在）、措置結果の確認済みは%ld件である。",
	    i[0].n, i[1].n, i[2].n, i[3].n, i[6].n, i[7].n, i[9].n, a->as_of,
	    i[10].n);
	tk_buf_addf(
	    &b,
	    "例外措置は%ld件が有効で、うち%ld件が90日以内に期間満了となる。",
	    a->exception[0].n, a->exception[5].n);
	return tk_buf_take(&b);
}

static char *issues(const struct tk_annual *a)
{
	struct tk_buf b = {0};
	int plans = a->late[1].n;
	if (!a->nweak && !plans && !a->nrecurring) {
		tk_buf_adds(&b, "自動で抽出した課題はない。");
		return tk_buf_take(&b);
	}
	tk_buf_addf(
	    &b,
	    "遵守率が%.0f%%未満の項目%d件、期限を過ぎた改善計画%d件、再び指摘された事項%d件への対応が今後の課題である。",
	    a->threshold, a->nweak, plans, a->nrecurring);
	return tk_buf_take(&b);
}

void tk_an_narrative(struct tk_annual *a)
{
	a->narrative[0] = situation(a);
	a->narrative[1] = findings(a);
	a->narrative[2] = improvement(a);
	a->narrative[3] = issues(a);
}
