/*
 * store.h — the SQLite store: opening, schema migrations, transactions and
 * the tamper-evident event log (証跡).
 *
 * One database file holds everything (docs/database.md describes the tables).
 * It runs in WAL mode with foreign keys on and a busy timeout.  The schema
 * version lives in PRAGMA user_version; tk_store_open() with TK_STORE_CREATE
 * applies every forward migration in one transaction, and any open refuses a
 * database written by a newer tenken.
 */
#ifndef TK_STORE_H
#define TK_STORE_H

#include "lib/error.h"

#include <sqlite3.h>

/* The schema version this build writes. */
#define TK_SCHEMA_VERSION 12

enum {
	TK_STORE_CREATE = 1, /* create / migrate (tenken init) */
	TK_STORE_READONLY = 2
};

struct tk_store {
	sqlite3 *db;
	char *path;
	int version; /* user_version after open */
	int in_tx;
	/* statements kept for reuse by tk_store_cached, by SQL address */
	struct tk_cached_stmt {
		const char *sql;
		sqlite3_stmt *q;
	} * cached;
	int ncached;
	struct tk_checkpointer *ckpt; /* tk_store_checkpoints, or NULL */
};

/*
 * Open the database at path.  Without TK_STORE_CREATE a missing database or
 * one that needs migrating is an error telling the user to run
 * `tenken init`.  On failure *out is NULL and err says why.
 */
int tk_store_open(const char *path, int flags, struct tk_store **out,
		  struct tk_error *err);
void tk_store_close(struct tk_store *st); /* accepts NULL */

/* Bring the schema up to `target` (<= TK_SCHEMA_VERSION); used by init and
 * by the migration test.  *from gets the version found. */
int tk_store_migrate(struct tk_store *st, int target, int *from,
		     struct tk_error *err);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK.  rollback is safe to call when no
 * transaction is open. */
int tk_store_begin(struct tk_store *st, struct tk_error *err);
int tk_store_commit(struct tk_store *st, struct tk_error *err);
void tk_store_rollback(struct tk_store *st);

/* Translate the connection's last SQLite error into err (TK_EDB). */
int tk_store_error(struct tk_store *st, struct tk_error *err, const char *what);

/* Run SQL without results (no user text may be spliced into it). */
int tk_store_exec(struct tk_store *st, const char *sql, struct tk_error *err);

/* Prepare; on failure err is set. */
int tk_store_prepare(struct tk_store *st, const char *sql, sqlite3_stmt **out,
		     struct tk_error *err);

/*
 * A statement prepared once and kept by the store until it closes, for the
 * statements a bulk run executes per file (compiling them again each time
 * cost a national import 5 %).  sql must be a string constant: it is
 * looked up by address.  *out comes reset with no bindings; the caller
 * resets it when done (sqlite3_reset) and never finalizes it.
 */
int tk_store_cached(struct tk_store *st, const char *sql, sqlite3_stmt **out,
		    struct tk_error *err);

/*
 * Checkpoint the write-ahead log on a thread of its own (with a second
 * connection) instead of inside the commit that fills it, while a bulk
 * run commits many transactions: a national import commits 1,120 and its
 * checkpoints took an eighth of it.  on = 0 stops the thread and puts the
 * usual automatic checkpoints back (tk_store_close does too).  Without a
 * thread or a second connection nothing changes.
 */
void tk_store_checkpoints(struct tk_store *st, int on);

/* A copy of column i of q's current row, or NULL when it is NULL (caller
 * frees). */
char *tk_store_col_dup(sqlite3_stmt *q, int i);

/*
 * Append an entry to the event log: who (tk_actor()), when, what action on
 * which object, and a detail text.  Each entry's hash covers the previous
 * entry's hash, so editing or deleting history is detectable by
 * tk_store_verify_log().  Call inside the transaction that made the change.
 */
int tk_store_log(struct tk_store *st, const char *action, const char *object,
		 const char *detail, struct tk_error *err);

/* Verify the hash chain; *count gets the number of entries checked and
 * head (65 bytes) the last hash.  TK_EINPUT names the first bad entry. */
int tk_store_verify_log(struct tk_store *st, long *count, char head[65],
			struct tk_error *err);

/*
 * An anchor: the head of the event log — its number of entries and the hash
 * of the last one — meant to be kept outside the database (on paper, in
 * another system).  Written "tenken-anchor N:HASH".  A log that still holds
 * the first N entries unchanged verifies against it; truncation, or any
 * rewrite of the first N entries (even one with a recomputed chain), does
 * not.
 */
struct tk_anchor {
	long n;	       /* entries covered, >= 1 */
	char hash[65]; /* hash of entry n (lower-case hex) */
};
#define TK_ANCHOR_PREFIX "tenken-anchor "
#define TK_ANCHOR_MAX	 100 /* room for the text form with its NUL */

/* The current head, unverified (count of entries and last hash); n is 0
 * for an empty log. */
int tk_store_log_head(struct tk_store *st, struct tk_anchor *out,
		      struct tk_error *err);

/* "tenken-anchor N:HASH" into out (TK_ANCHOR_MAX bytes). */
void tk_anchor_format(const struct tk_anchor *a, char *out);

/* Parse "N:HASH" or "tenken-anchor N:HASH" (hash in either case);
 * TK_EUSAGE names what is wrong. */
int tk_anchor_parse(const char *text, struct tk_anchor *out,
		    struct tk_error *err);

/* Verify the hash chain (as tk_store_verify_log) and that entry a->n (the
 * n-th in order) has hash a->hash.  A log shorter than a->n or a different
 * hash is TK_EDB with a message saying which. */
int tk_store_verify_anchor(struct tk_store *st, const struct tk_anchor *a,
			   struct tk_error *err);

/* One entry of the event log. */
struct tk_event {
	long id;
	char *at, *actor, *action, *object, *detail;
	char *staff; /* the acting staff code, NULL before schema 7 or when
			nobody acted (init) */
};

/* The last `last` entries of the event log, oldest first, into *out
 * (*n entries); free with tk_events_free.  TK_EDB when the log cannot be
 * read to its end (no partial list is returned then). */
int tk_store_events(struct tk_store *st, long last, struct tk_event **out,
		    int *n, struct tk_error *err);
void tk_events_free(struct tk_event *ev, int n); /* accepts NULL */

#endif
