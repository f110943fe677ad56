/*
 * map.h — a string → integer hash map (open addressing), for code lookups
 * during imports.  Keys are copied; tk_map_free releases everything.
 */
#ifndef TK_MAP_H
#define TK_MAP_H

#include <stddef.h>

struct tk_map {
	char **keys;
	long *vals;
	size_t cap, len;
};

/* Insert or replace; returns 1 when the key was new, 0 when replaced. */
int tk_map_put(struct tk_map *m, const char *key, long val);
/* 1 and *val set when found, else 0. val may be NULL. */
int tk_map_get(const struct tk_map *m, const char *key, long *val);
void tk_map_free(struct tk_map *m);

#endif
