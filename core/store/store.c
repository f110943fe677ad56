/*
 * store.c — opening the SQLite database, forward migrations, transactions
 * and the hash-chained event log.  See store.h for the contracts.
 */
#include "store/store.h"
#include "lib/i18n.h"

#include "lib/digest.h"
#include "lib/util.h"
#include "store/rules.h"
#include "store/schema.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

_Static_assert(TK_MIGRATION_COUNT == TK_SCHEMA_VERSION,
	       "one migration per schema version");

/* A change refused by a trigger of the standard's rules (rules.h) is a
 * rule error naming the rule and its clause; anything else is TK_EDB. */
static int db_error(struct tk_store *st, struct tk_error *err, const char *what,
		    const char *msg)
{
	const struct tk_rule *r = tk_rule_from_message(msg);
	if (r)
		return tk_error_set(
		    err, TK_ERULE, "refused by the standard's rule %s (%s): %s",
		    r->name, r->clause, _(r->text));
	if (msg && !strncmp(msg, TK_DATE_PREFIX, strlen(TK_DATE_PREFIX)))
		return tk_error_set(err, TK_EINPUT,
				    "%s: not a date: write it as YYYY-MM-DD",
				    msg + strlen(TK_DATE_PREFIX));
	if (what)
		return tk_error_set(err, TK_EDB, "%s: %s: %s", st->path, what,
				    msg);
	return tk_error_set(err, TK_EDB, "%s: %s", st->path, msg);
}

int tk_store_error(struct tk_store *st, struct tk_error *err, const char *what)
{
	return db_error(st, err, what, sqlite3_errmsg(st->db));
}

int tk_store_exec(struct tk_store *st, const char *sql, struct tk_error *err)
{
	char *msg = NULL;
	int rc = TK_OK;
	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK)
		rc =
		    db_error(st, err, NULL, msg ? msg : sqlite3_errmsg(st->db));
	sqlite3_free(msg);
	return rc;
}

int tk_store_prepare(struct tk_store *st, const char *sql, sqlite3_stmt **out,
		     struct tk_error *err)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, out, NULL) != SQLITE_OK) {
		*out = NULL;
		return tk_store_error(st, err, "prepare");
	}
	return TK_OK;
}

int tk_store_cached(struct tk_store *st, const char *sql, sqlite3_stmt **out,
		    struct tk_error *err)
{
	struct tk_cached_stmt *c;
	for (int i = 0; i < st->ncached; i++)
		if (st->cached[i].sql == sql) {
			*out = st->cached[i].q;
			sqlite3_reset(*out);
			sqlite3_clear_bindings(*out);
			return TK_OK;
		}
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, out,
			       NULL) != SQLITE_OK) {
		*out = NULL;
		return tk_store_error(st, err, "prepare");
	}
	st->cached = tk_xrealloc(st->cached, (size_t)(st->ncached + 1) *
						 sizeof *st->cached);
	c = &st->cached[st->ncached++];
	c->sql = sql;
	c->q = *out;
	return TK_OK;
}

/* The schema version (PRAGMA user_version) into *v; TK_EDB when it
 * cannot be read. */
static int user_version(struct tk_store *st, int *v, struct tk_error *err)
{
	sqlite3_stmt *s;
	int rc = TK_OK;
	if (tk_store_prepare(st, "PRAGMA user_version", &s, err))
		return TK_EDB;
	if (sqlite3_step(s) == SQLITE_ROW)
		*v = sqlite3_column_int(s, 0);
	else
		rc = tk_store_error(st, err, "schema version");
	sqlite3_finalize(s);
	return rc;
}

int tk_store_begin(struct tk_store *st, struct tk_error *err)
{
	if (tk_store_exec(st, "BEGIN IMMEDIATE", err))
		return TK_EDB;
	st->in_tx = 1;
	return TK_OK;
}

int tk_store_commit(struct tk_store *st, struct tk_error *err)
{
	if (tk_store_exec(st, "COMMIT", err)) {
		tk_store_rollback(st);
		return TK_EDB;
	}
	st->in_tx = 0;
	return TK_OK;
}

void tk_store_rollback(struct tk_store *st)
{
	if (st && !sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	if (st)
		st->in_tx = 0;
}

int tk_store_migrate(struct tk_store *st, int target, int *from,
		     struct tk_error *err)
{
	int v, rc, from_v;
	char pragma[64];

	if (!from)
		from = &from_v;
	if (tk_store_begin(st, err))
		return TK_EDB;
	if ((rc = user_version(st, &v, err))) {
		tk_store_rollback(st);
		return rc;
	}
	*from = v;
	if (v > TK_SCHEMA_VERSION) {
		tk_store_rollback(st);
		return tk_error_set(
		    err, TK_ESCHEMA,
		    "%s: schema version %d was written by a newer tenken (this one supports up to %d); upgrade tenken",
		    st->path, v, TK_SCHEMA_VERSION);
	}
	for (; v < target; v++) {
		rc = tk_store_exec(st, tk_migrations[v + 1], err);
		if (rc) {
			tk_store_rollback(st);
			return rc;
		}
		snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d",
			 v + 1);
		if ((rc = tk_store_exec(st, pragma, err))) {
			tk_store_rollback(st);
			return rc;
		}
	}
	if (v >= 1 && *from < 1) {
		/* A fresh database: record its identity and the token key. */
		sqlite3_stmt *s;
		char now[32], id[65];
		struct tk_buf seed = {0};
		tk_buf_addf(&seed, "%s|%ld|%p|%s", tk_now(now), (long)getpid(),
			    (void *)st, st->path);
		unsigned char rnd[32];
		sqlite3_randomness(sizeof rnd, rnd);
		tk_buf_add(&seed, rnd, sizeof rnd);
		tk_sha256_hex(seed.s, seed.len, id);
		tk_buf_free(&seed);
		if (tk_store_prepare(
			st,
			"INSERT OR IGNORE INTO meta(key, value) VALUES ('database_id', ?1), ('created_at', ?2)",
			&s, err)) {
			tk_store_rollback(st);
			return TK_EDB;
		}
		sqlite3_bind_text(s, 1, id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(s, 2, now, -1, SQLITE_TRANSIENT);
		rc = sqlite3_step(s) == SQLITE_DONE
			 ? TK_OK
			 : tk_store_error(st, err, "init");
		sqlite3_finalize(s);
		if (rc) {
			tk_store_rollback(st);
			return rc;
		}
	}
	if (*from != v) {
		char detail[64];
		snprintf(detail, sizeof detail, "schema %d -> %d", *from, v);
		if ((rc = tk_store_log(st, "db.migrate", st->path, detail,
				       err))) {
			tk_store_rollback(st);
			return rc;
		}
	}
	if ((rc = tk_store_commit(st, err)))
		return rc;
	st->version = v;
	return TK_OK;
}

int tk_store_open(const char *path, int flags, struct tk_store **out,
		  struct tk_error *err)
{
	struct tk_store *st;
	int oflags, v, rc;

	*out = NULL;
	if (!(flags & TK_STORE_CREATE) && access(path, F_OK) != 0)
		return tk_error_set(
		    err, TK_EIO,
		    "%s: no such database; run `tenken init` first (or give --db FILE)",
		    path);
	st = tk_xcalloc(1, sizeof *st);
	st->path = tk_xstrdup(path);
	/* One connection per thread of ours: no need for SQLite's mutexes. */
	oflags = SQLITE_OPEN_NOMUTEX;
	oflags |=
	    (flags & TK_STORE_READONLY)
		? SQLITE_OPEN_READONLY
		: SQLITE_OPEN_READWRITE |
		      ((flags & TK_STORE_CREATE) ? SQLITE_OPEN_CREATE : 0);
	if (sqlite3_open_v2(path, &st->db, oflags, NULL) != SQLITE_OK) {
		rc = tk_store_error(st, err, "cannot open");
		goto fail;
	}
	sqlite3_busy_timeout(st->db, 10000);
	sqlite3_extended_result_codes(st->db, 1);
	/* Reading the schema checks that this is a database at all. */
	if (sqlite3_exec(st->db, "SELECT count(*) FROM sqlite_schema", NULL,
			 NULL, NULL) != SQLITE_OK) {
		rc = tk_error_set(err, TK_EDB, "%s: not a tenken database: %s",
				  path, sqlite3_errmsg(st->db));
		goto fail;
	}
	if (!(flags & TK_STORE_READONLY) &&
	    (rc = tk_store_exec(st, "PRAGMA journal_mode=WAL", err)))
		goto fail;
	if ((rc = tk_store_exec(
		 st,
		 "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536",
		 err)))
		goto fail;
	if ((rc = user_version(st, &v, err)))
		goto fail;
	if (v > TK_SCHEMA_VERSION) {
		rc = tk_error_set(
		    err, TK_ESCHEMA,
		    "%s: schema version %d was written by a newer tenken (this one supports up to %d); upgrade tenken",
		    path, v, TK_SCHEMA_VERSION);
		goto fail;
	}
	if (flags & TK_STORE_CREATE) {
		if ((rc = tk_store_migrate(st, TK_SCHEMA_VERSION, NULL, err)))
			goto fail;
	} else if (v < TK_SCHEMA_VERSION) {
		rc = tk_error_set(
		    err, TK_ESCHEMA,
		    "%s: schema version %d is older than this tenken's %d; run `tenken init` to upgrade",
		    path, v, TK_SCHEMA_VERSION);
		goto fail;
	}
	if ((rc = user_version(st, &st->version, err)))
		goto fail;
	*out = st;
	return TK_OK;
fail:
	tk_store_close(st);
	return rc;
}

/* ------------------------------------------------ background checkpoints */

#define CHECKPOINT_FRAMES 1000 /* as SQLite's automatic checkpoints */

struct tk_checkpointer {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	sqlite3 *db; /* the thread's own connection */
	int want, stop;
};

/* After each commit on the store's connection: wake the thread when the
 * log has grown past CHECKPOINT_FRAMES. */
static int wal_grew(void *arg, sqlite3 *db, const char *name, int frames)
{
	struct tk_checkpointer *c = arg;
	(void)db;
	(void)name;
	if (frames >= CHECKPOINT_FRAMES) {
		pthread_mutex_lock(&c->mu);
		c->want = 1;
		pthread_cond_signal(&c->cv);
		pthread_mutex_unlock(&c->mu);
	}
	return SQLITE_OK;
}

static void *checkpointer(void *arg)
{
	struct tk_checkpointer *c = arg;
	tk_thread_background();
	pthread_mutex_lock(&c->mu);
	for (;;) {
		while (!c->want && !c->stop)
			pthread_cond_wait(&c->cv, &c->mu);
		if (c->stop)
			break;
		c->want = 0;
		pthread_mutex_unlock(&c->mu);
		/* PASSIVE: copies what it can without waiting for anyone;
		 * a busy log is simply tried again after a later commit. */
		sqlite3_wal_checkpoint_v2(
		    c->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		pthread_mutex_lock(&c->mu);
	}
	pthread_mutex_unlock(&c->mu);
	return NULL;
}

void tk_store_checkpoints(struct tk_store *st, int on)
{
	struct tk_checkpointer *c = st->ckpt;
	if (!on) {
		if (!c)
			return;
		pthread_mutex_lock(&c->mu);
		c->stop = 1;
		pthread_cond_signal(&c->cv);
		pthread_mutex_unlock(&c->mu);
		pthread_join(c->thread, NULL);
		pthread_mutex_destroy(&c->mu);
		pthread_cond_destroy(&c->cv);
		sqlite3_close_v2(c->db);
		free(c);
		st->ckpt = NULL;
		/* replaces wal_grew with the automatic checkpoints */
		sqlite3_wal_autocheckpoint(st->db, CHECKPOINT_FRAMES);
		return;
	}
	if (c || sqlite3_db_readonly(st->db, "main") != 0)
		return;
	c = tk_xcalloc(1, sizeof *c);
	if (sqlite3_open_v2(st->path, &c->db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK ||
	    sqlite3_exec(c->db, "PRAGMA synchronous=NORMAL", NULL, NULL,
			 NULL) != SQLITE_OK) {
		sqlite3_close_v2(c->db);
		free(c);
		return;
	}
	sqlite3_busy_timeout(c->db, 10000);
	pthread_mutex_init(&c->mu, NULL);
	pthread_cond_init(&c->cv, NULL);
	if (pthread_create(&c->thread, NULL, checkpointer, c)) {
		pthread_mutex_destroy(&c->mu);
		pthread_cond_destroy(&c->cv);
		sqlite3_close_v2(c->db);
		free(c);
		return;
	}
	st->ckpt = c;
	sqlite3_wal_hook(st->db, wal_grew, c);
}

void tk_store_close(struct tk_store *st)
{
	if (!st)
		return;
	if (st->db)
		tk_store_checkpoints(st, 0);
	for (int i = 0; i < st->ncached; i++)
		sqlite3_finalize(st->cached[i].q);
	free(st->cached);
	if (st->db)
		sqlite3_close_v2(st->db);
	free(st->path);
	free(st);
}

/* The hash of an entry: parts are the previous hash, at, actor, action,
 * object, detail and the acting staff code.  Entries written before
 * schema 7 have no staff code (NULL): they hash the first six parts only,
 * as they were written. */
static void event_hash(const char *const parts[7], char out[65])
{
	struct tk_sha256 s;
	unsigned char d[32];
	int n_parts = parts[6] ? 7 : 6;
	tk_sha256_init(&s);
	for (int i = 0; i < n_parts; i++) {
		/* Length-prefix each part so no two logs hash alike. */
		char len[24];
		int n = snprintf(len, sizeof len, "%zu:", strlen(parts[i]));
		tk_sha256_update(&s, len, (size_t)n);
		tk_sha256_update(&s, parts[i], strlen(parts[i]));
	}
	tk_sha256_final(&s, d);
	tk_hex(d, 32, out);
}

int tk_store_log(struct tk_store *st, const char *action, const char *object,
		 const char *detail, struct tk_error *err)
{
	sqlite3_stmt *s = NULL;
	char prev[65] = "", at[32], hash[65];
	const char *actor = tk_actor(), *staff = tk_acting_logged();
	int rc = TK_OK;

	if (tk_store_cached(st,
			    "SELECT hash FROM events ORDER BY id DESC LIMIT 1",
			    &s, err))
		return TK_EDB;
	switch (sqlite3_step(s)) {
	case SQLITE_ROW:
		snprintf(prev, sizeof prev, "%s",
			 (const char *)sqlite3_column_text(s, 0));
		/* fall through */
	case SQLITE_DONE:
		break;
	default:
		rc = tk_store_error(st, err, "event log");
	}
	sqlite3_reset(s);
	if (rc)
		return rc;
	tk_now(at);
	if (!detail)
		detail = "";
	event_hash((const char *const[]){prev, at, actor, action, object,
					 detail, staff},
		   hash);
	if (tk_store_cached(
		st,
		"INSERT INTO events(at, actor, action, object, detail, prev_hash, hash, staff) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
		&s, err))
		return TK_EDB;
	sqlite3_bind_text(s, 1, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 2, actor, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, action, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, object, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, detail, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, prev, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 7, hash, -1, SQLITE_TRANSIENT);
	if (staff)
		sqlite3_bind_text(s, 8, staff, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		rc = tk_store_error(st, err, "event log");
	sqlite3_reset(s);
	return rc;
}

char *tk_store_col_dup(sqlite3_stmt *q, int i)
{
	const char *t = (const char *)sqlite3_column_text(q, i);
	return t ? tk_xstrdup(t) : NULL;
}

static const char *col(sqlite3_stmt *s, int i)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	return t ? t : "";
}

/* The chain walk: *count entries checked, head the last hash; when at > 0
 * the hash of entry number `at` goes to at_hash (left empty when the log is
 * shorter). */
static int walk_log(struct tk_store *st, long at, char at_hash[65], long *count,
		    char head[65], struct tk_error *err)
{
	sqlite3_stmt *s;
	char prev[65] = "", want[65];
	long n = 0;
	int rc = TK_OK, step;

	if (tk_store_prepare(
		st,
		"SELECT id, at, actor, action, object, detail, prev_hash, hash, staff FROM events ORDER BY id",
		&s, err))
		return TK_EDB;
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		long id = (long)sqlite3_column_int64(s, 0);
		if (strcmp(col(s, 6), prev) != 0) {
			rc = tk_error_set(
			    err, TK_EINPUT,
			    "%s: event log broken at entry %ld: previous entry missing or altered",
			    st->path, id);
			break;
		}
		event_hash(
		    (const char *const[]){
			prev, col(s, 1), col(s, 2), col(s, 3), col(s, 4),
			col(s, 5), (const char *)sqlite3_column_text(s, 8)},
		    want);
		if (strcmp(want, col(s, 7)) != 0) {
			rc = tk_error_set(err, TK_EINPUT,
					  "%s: event log entry %ld was altered",
					  st->path, id);
			break;
		}
		snprintf(prev, sizeof prev, "%s", want);
		if (++n == at)
			snprintf(at_hash, 65, "%s", want);
	}
	if (!rc && step != SQLITE_DONE)
		rc = tk_store_error(st, err, "event log");
	sqlite3_finalize(s);
	*count = n;
	snprintf(head, 65, "%s", prev);
	return rc;
}

int tk_store_verify_log(struct tk_store *st, long *count, char head[65],
			struct tk_error *err)
{
	*count = 0;
	head[0] = '\0';
	return walk_log(st, 0, NULL, count, head, err);
}

int tk_store_verify_anchor(struct tk_store *st, const struct tk_anchor *a,
			   struct tk_error *err)
{
	char at[65] = "", head[65];
	long n;
	int rc;
	if ((rc = walk_log(st, a->n, at, &n, head, err)))
		return rc;
	if (n < a->n)
		return tk_error_set(
		    err, TK_EDB,
		    "%s: event log does not match its anchor: it has %ld entries, the anchor covers %ld (events were deleted)",
		    st->path, n, a->n);
	if (strcmp(at, a->hash) != 0)
		return tk_error_set(
		    err, TK_EDB,
		    "%s: event log does not match its anchor: entry %ld has hash %s, the anchor says %s (the log was rewritten)",
		    st->path, a->n, at, a->hash);
	return TK_OK;
}

int tk_store_log_head(struct tk_store *st, struct tk_anchor *out,
		      struct tk_error *err)
{
	sqlite3_stmt *s;
	int rc = TK_OK;
	out->n = 0;
	out->hash[0] = '\0';
	if (tk_store_prepare(
		st,
		"SELECT (SELECT count(*) FROM events), (SELECT hash FROM events ORDER BY id DESC LIMIT 1)",
		&s, err))
		return TK_EDB;
	if (sqlite3_step(s) == SQLITE_ROW) {
		out->n = (long)sqlite3_column_int64(s, 0);
		snprintf(out->hash, sizeof out->hash, "%s", col(s, 1));
	} else
		rc = tk_store_error(st, err, "event log");
	sqlite3_finalize(s);
	return rc;
}

void tk_anchor_format(const struct tk_anchor *a, char *out)
{
	snprintf(out, TK_ANCHOR_MAX, "%s%ld:%s", TK_ANCHOR_PREFIX, a->n,
		 a->hash);
}

int tk_anchor_parse(const char *text, struct tk_anchor *out,
		    struct tk_error *err)
{
	const char *p = text;
	char *end;
	size_t i;
	if (!strncmp(p, TK_ANCHOR_PREFIX, strlen(TK_ANCHOR_PREFIX)))
		p += strlen(TK_ANCHOR_PREFIX);
	out->n = strtol(p, &end, 10);
	if (end == p || *p == '-' || *p == '+' || out->n < 1 || *end != ':')
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--anchor: '%s' is not an anchor (want N:HASH as printed by `tenken log anchor`, or that whole line in quotes)",
		    text);
	p = end + 1;
	for (i = 0; i < 64 && isxdigit((unsigned char)p[i]); i++)
		out->hash[i] = (char)tolower((unsigned char)p[i]);
	out->hash[i] = '\0';
	if (i != 64 || p[i])
		return tk_error_set(
		    err, TK_EUSAGE,
		    "--anchor: '%s' does not end in a 64-digit hex hash (want N:HASH as printed by `tenken log anchor`)",
		    text);
	return TK_OK;
}

int tk_store_events(struct tk_store *st, long last, struct tk_event **out,
		    int *n, struct tk_error *err)
{
	sqlite3_stmt *s;
	struct tk_event *ev = NULL;
	int cnt = 0, step, rc = TK_OK;

	*out = NULL;
	*n = 0;
	if (tk_store_prepare(
		st,
		"SELECT * FROM (SELECT id, at, actor, action, object, detail, staff FROM events ORDER BY id DESC LIMIT ?1) ORDER BY id",
		&s, err))
		return TK_EDB;
	sqlite3_bind_int64(s, 1, last);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		struct tk_event *e;
		ev = tk_xrealloc(ev, (size_t)(cnt + 1) * sizeof *ev);
		e = &ev[cnt++];
		e->id = (long)sqlite3_column_int64(s, 0);
		e->at = tk_xstrdup(col(s, 1));
		e->actor = tk_xstrdup(col(s, 2));
		e->action = tk_xstrdup(col(s, 3));
		e->object = tk_xstrdup(col(s, 4));
		e->detail = tk_xstrdup(col(s, 5));
		e->staff = sqlite3_column_type(s, 6) == SQLITE_NULL
			       ? NULL
			       : tk_xstrdup(col(s, 6));
	}
	if (step != SQLITE_DONE) {
		rc = tk_store_error(st, err, "event log");
		tk_events_free(ev, cnt);
		ev = NULL;
		cnt = 0;
	}
	sqlite3_finalize(s);
	*out = ev;
	*n = cnt;
	return rc;
}

void tk_events_free(struct tk_event *ev, int n)
{
	for (int i = 0; ev && i < n; i++) {
		free(ev[i].at);
		free(ev[i].actor);
		free(ev[i].staff);
		free(ev[i].action);
		free(ev[i].object);
		free(ev[i].detail);
	}
	free(ev);
}
