/*
 * map.c — see map.h.  FNV-1a hashing, linear probing, load factor ≤ 1/2.
 */
#include "lib/map.h"

#include "lib/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static size_t slot(const struct tk_map *m, const char *key)
{
	size_t i = (size_t)hash(key) & (m->cap - 1);
	while (m->keys[i] && strcmp(m->keys[i], key) != 0)
		i = (i + 1) & (m->cap - 1);
	return i;
}

static void grow(struct tk_map *m)
{
	struct tk_map n = {0};
	n.cap = m->cap ? m->cap * 2 : 64;
	n.keys = tk_xcalloc(n.cap, sizeof *n.keys);
	n.vals = tk_xcalloc(n.cap, sizeof *n.vals);
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->keys[i])
			continue;
		size_t j = slot(&n, m->keys[i]);
		n.keys[j] = m->keys[i];
		n.vals[j] = m->vals[i];
	}
	n.len = m->len;
	free(m->keys);
	free(m->vals);
	*m = n;
}

int tk_map_put(struct tk_map *m, const char *key, long val)
{
	size_t i;
	if ((m->len + 1) * 2 > m->cap)
		grow(m);
	i = slot(m, key);
	if (m->keys[i]) {
		m->vals[i] = val;
		return 0;
	}
	m->keys[i] = tk_xstrdup(key);
	m->vals[i] = val;
	m->len++;
	return 1;
}

int tk_map_get(const struct tk_map *m, const char *key, long *val)
{
	size_t i;
	if (!m->cap)
		return 0;
	i = slot(m, key);
	if (!m->keys[i])
		return 0;
	if (val)
		*val = m->vals[i];
	return 1;
}

void tk_map_free(struct tk_map *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}
