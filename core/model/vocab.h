/*
 * vocab.h — the words of the domain, each spelled once: division kinds
 * (部・方面本部, 本部所属, 警察署), survey kinds (自己点検, 通常監査,
 * 特別監査) and campaign states.  The codes are what the database stores
 * (its CHECK constraints list the same codes); the labels are what people
 * read.
 */
#ifndef TK_VOCAB_H
#define TK_VOCAB_H

/* Division kinds as a bit set, for an item's applicability. */
enum { TK_KIND_BUREAU = 1, TK_KIND_HQ = 2, TK_KIND_STATION = 4 };
#define TK_KIND_COUNT 3

/* The stored code of kind bit (TK_KIND_*), or NULL. */
const char *tk_kind_code(unsigned bit);
/* The bit of a stored code ("bureau", "hq", "station"), or 0. */
unsigned tk_kind_bit(const char *code);
/* The bit of a code or a Japanese name an organisation CSV may use
 * (部, 方面本部, 本部所属, 所属, 警察署), or 0. */
unsigned tk_kind_parse(const char *name);
/* 部・方面本部 / 本部所属 / 警察署 for a stored code; the code itself
 * when unknown. */
const char *tk_kind_label(const char *code);

/* Survey kinds. */
#define TK_SURVEY_SELF	  "self_inspection"
#define TK_SURVEY_REGULAR "regular_audit"
#define TK_SURVEY_SPECIAL "special_audit"
/* 1 for a known survey kind. */
int tk_survey_kind_valid(const char *code);
/* 1 for an audit checklist (通常監査 or 特別監査). */
int tk_survey_kind_is_audit(const char *code);
/* 自己点検 / 通常監査 / 特別監査; the code itself when unknown. */
const char *tk_survey_kind_label(const char *code);

/* Campaign states. */
#define TK_CAMPAIGN_OPEN   "open"
#define TK_CAMPAIGN_CLOSED "closed"

#endif
