/*
 * t-store.c — the store: init on an empty and on an existing database,
 * migration from the kept schema-1 fixture without losing data, refusal of
 * a newer schema, refusal of a non-database, and the event log's tamper
 * detection.
 */
#include "lib/util.h"
#include "store/store.h"
#include "tap.h"

#include <stdlib.h>
#include <unistd.h>

static char dir[256];

static char *path(const char *name)
{
	static char buf[512];
	snprintf(buf, sizeof buf, "%s/%s", dir, name);
	return buf;
}

static long count(struct tk_store *st, const char *sql)
{
	sqlite3_stmt *s;
	long n = -1;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return n;
}

static void t_init_empty(void)
{
	struct tk_store *st;
	struct tk_error err;
	check_int(tk_store_open(path("a.db"), TK_STORE_CREATE, &st, &err), ==,
		  TK_OK);
	check_int(st->version, ==, TK_SCHEMA_VERSION);
	check_int(count(st, "PRAGMA foreign_keys"), ==, 1);
	check_int(count(st, "SELECT count(*) FROM grades"), ==, 8);
	check_int(
	    count(st, "SELECT count(*) FROM meta WHERE key='database_id'"), ==,
	    1);
	check_int(
	    count(
		st,
		"SELECT count(*) FROM sqlite_schema WHERE name IN ('answers','findings','exceptions','improvements','notices','events','audits')"),
	    ==, 7);
	tk_store_close(st);
}

static void t_init_existing(void)
{
	struct tk_store *st;
	struct tk_error err;
	check_int(tk_store_open(path("a.db"), 0, &st, &err), ==, TK_OK);
	check_int(
	    tk_store_exec(st, "INSERT INTO org_years VALUES(2026,'x','d','s')",
			  &err),
	    ==, TK_OK);
	tk_store_close(st);
	check_int(tk_store_open(path("a.db"), TK_STORE_CREATE, &st, &err), ==,
		  TK_OK);
	check_int(count(st, "SELECT count(*) FROM org_years"), ==, 1);
	tk_store_close(st);
}

static void t_missing(void)
{
	struct tk_store *st = (void *)1;
	struct tk_error err;
	check_int(tk_store_open(path("none.db"), 0, &st, &err), ==, TK_EIO);
	check(st == NULL);
	check_contains(err.message, "run `tenken init`");
	check(access(path("none.db"), F_OK) != 0);
}

static void t_migrate_v1(void)
{
	struct tk_store *st;
	struct tk_error err;
	char *sql;
	size_t len;
	sqlite3 *db;
	const char *data = getenv("TENKEN_TESTDATA");
	char fixture[512];

	snprintf(fixture, sizeof fixture, "%s/schema-v1.sql",
		 data ? data : TENKEN_SOURCE_DIR "/tests/data");
	check_int(tk_read_file(fixture, 1 << 20, &sql, &len, &err), ==, TK_OK);
	check_int(sqlite3_open(path("v1.db"), &db), ==, SQLITE_OK);
	check_int(sqlite3_exec(db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
	sqlite3_close(db);
	free(sql);

	/* A plain open refuses the old schema and says what to do. */
	check_int(tk_store_open(path("v1.db"), 0, &st, &err), ==, TK_ESCHEMA);
	check_contains(err.message, "run `tenken init` to upgrade");

	check_int(tk_store_open(path("v1.db"), TK_STORE_CREATE, &st, &err), ==,
		  TK_OK);
	check_int(st->version, ==, TK_SCHEMA_VERSION);
	check_int(count(st, "SELECT count(*) FROM staff"), ==, 3);
	check_int(
	    count(st, "SELECT head_staff_id FROM divisions WHERE code='120'"),
	    ==, 2);
	check_int(
	    count(st, "SELECT count(*) FROM meta WHERE value='fixture-v1'"), ==,
	    1);
	check_int(
	    count(
		st,
		"SELECT count(*) FROM events WHERE action='db.migrate' AND detail='schema 1 -> 4'"),
	    ==, 1);
	check_int(count(st, "SELECT count(*) FROM campaigns"), ==, 0);
	tk_store_close(st);
}

static void t_newer(void)
{
	struct tk_store *st;
	struct tk_error err;
	sqlite3 *db;
	sqlite3_open(path("new.db"), &db);
	sqlite3_exec(db, "PRAGMA user_version=99", NULL, NULL, NULL);
	sqlite3_close(db);
	check_int(tk_store_open(path("new.db"), TK_STORE_CREATE, &st, &err), ==,
		  TK_ESCHEMA);
	check_contains(err.message, "written by a newer tenken");
	check_int(tk_store_open(path("new.db"), 0, &st, &err), ==, TK_ESCHEMA);
}

static void t_not_db(void)
{
	struct tk_store *st;
	struct tk_error err;
	FILE *f = fopen(path("junk.db"), "w");
	fputs("this is not a database, just text that is long enough....\n"
	      "..................................................\n",
	      f);
	fclose(f);
	check_int(tk_store_open(path("junk.db"), TK_STORE_CREATE, &st, &err),
		  ==, TK_EDB);
	check_contains(err.message, "not a tenken database");
}

static void t_log(void)
{
	struct tk_store *st;
	struct tk_error err;
	long n;
	char head[65];
	check_int(tk_store_open(path("a.db"), 0, &st, &err), ==, TK_OK);
	check_int(tk_store_begin(st, &err), ==, TK_OK);
	check_int(tk_store_log(st, "test.one", "x", "first", &err), ==, TK_OK);
	check_int(tk_store_log(st, "test.two", "y", "second", &err), ==, TK_OK);
	check_int(tk_store_commit(st, &err), ==, TK_OK);
	check_int(tk_store_verify_log(st, &n, head, &err), ==, TK_OK);
	check_int(n, >=, 2);
	/* The log refuses edits ... */
	check_int(tk_store_exec(st, "UPDATE events SET detail='x'", &err), ==,
		  TK_EDB);
	check_contains(err.message, "append-only");
	/* ... and one who drops the guard is still found out. */
	check_int(
	    tk_store_exec(
		st,
		"DROP TRIGGER events_append_only_u; UPDATE events SET detail='forged' WHERE action='test.one'",
		&err),
	    ==, TK_OK);
	check_int(tk_store_verify_log(st, &n, head, &err), ==, TK_EINPUT);
	check_contains(err.message, "was altered");
	tk_store_close(st);
}

int main(void)
{
	snprintf(dir, sizeof dir, "%s/tenken-t-store-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(dir))
		return 1;
	TEST(t_init_empty(), "init creates the whole schema");
	TEST(t_init_existing(), "init on an existing database keeps data");
	TEST(t_missing(),
	     "a missing database is not created by other commands");
	TEST(t_migrate_v1(), "schema 1 fixture migrates without loss");
	TEST(t_newer(), "a database from a newer tenken is refused");
	TEST(t_not_db(), "a file that is not a database is refused");
	TEST(t_log(), "the event log is append-only and tamper-evident");
	if (tap_rmtree(dir) != 0)
		tap_diag("could not remove %s", dir);
	return test_done();
}
