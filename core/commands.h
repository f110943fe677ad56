/*
 * commands.h — the command functions of the modules beyond the organisation
 * (plugins, campaigns, forms, import, seal, scores, reports), and the rows
 * they add to the command table in cli.c.
 */
#ifndef TK_COMMANDS_H
#define TK_COMMANDS_H

#include "cli.h"

#define TK_EXTRA_COMMANDS

#endif
