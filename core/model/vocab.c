/*
 * vocab.c — the tables behind vocab.h.
 */
#include "model/vocab.h"

#include <stddef.h>
#include <string.h>

static const struct {
	unsigned bit;
	const char *code, *label;
} kinds[TK_KIND_COUNT] = {
    {TK_KIND_BUREAU, "bureau", "部・方面本部"},
    {TK_KIND_HQ, "hq", "本部所属"},
    {TK_KIND_STATION, "station", "警察署"},
};

/* Names an organisation CSV may give for a kind. */
static const struct {
	const char *name;
	unsigned bit;
} kind_aliases[] = {
    {"部", TK_KIND_BUREAU},	 {"方面本部", TK_KIND_BUREAU},
    {"本部所属", TK_KIND_HQ},	 {"所属", TK_KIND_HQ},
    {"警察署", TK_KIND_STATION},
};

static const struct {
	const char *code, *label;
	int audit;
} survey_kinds[] = {
    {TK_SURVEY_SELF, "自己点検", 0},
    {TK_SURVEY_REGULAR, "通常監査", 1},
    {TK_SURVEY_SPECIAL, "特別監査", 1},
};

const char *tk_kind_code(unsigned bit)
{
	for (int i = 0; i < TK_KIND_COUNT; i++)
		if (kinds[i].bit == bit)
			return kinds[i].code;
	return NULL;
}

unsigned tk_kind_bit(const char *code)
{
	for (int i = 0; code && i < TK_KIND_COUNT; i++)
		if (!strcmp(kinds[i].code, code))
			return kinds[i].bit;
	return 0;
}

unsigned tk_kind_parse(const char *name)
{
	unsigned bit = tk_kind_bit(name);
	for (size_t i = 0;
	     !bit && name && i < sizeof kind_aliases / sizeof kind_aliases[0];
	     i++)
		if (!strcmp(kind_aliases[i].name, name))
			bit = kind_aliases[i].bit;
	return bit;
}

const char *tk_kind_label(const char *code)
{
	for (int i = 0; i < TK_KIND_COUNT; i++)
		if (!strcmp(kinds[i].code, code))
			return kinds[i].label;
	return code;
}

int tk_survey_kind_valid(const char *code)
{
	for (size_t i = 0; code && i < 3; i++)
		if (!strcmp(survey_kinds[i].code, code))
			return 1;
	return 0;
}

int tk_survey_kind_is_audit(const char *code)
{
	for (size_t i = 0; code && i < 3; i++)
		if (!strcmp(survey_kinds[i].code, code))
			return survey_kinds[i].audit;
	return 0;
}

const char *tk_survey_kind_label(const char *code)
{
	for (size_t i = 0; i < 3; i++)
		if (!strcmp(survey_kinds[i].code, code))
			return survey_kinds[i].label;
	return code;
}
