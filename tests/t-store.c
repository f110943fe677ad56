/*
 * t-store.c — the store: init on an empty and on an existing database,
 * migration from the kept schema-1 fixture without losing data, refusal of
 * a newer schema, refusal of a non-database, and the event log's tamper
 * detection.
 */
#include "lib/util.h"
#include "store/rules.h"
#include "store/schema.h"
#include "store/store.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>
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
		"SELECT count(*) FROM events WHERE action='db.migrate' AND detail='schema 1 -> 12'"),
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
		  TK_ERULE);
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

/* A change a rule of the standard forbids comes back as TK_ERULE naming
 * the rule and its clause, and changes nothing. */
static void t_rules(void)
{
	struct tk_store *st;
	struct tk_error err;
	static const char org[] =
	    "INSERT INTO org_years VALUES(2027,'x','d','s');"
	    "INSERT INTO divisions(id,fy,code,name,kind) VALUES"
	    " (901,2027,'120','情報管理課','hq'),(902,2027,'1001','浦和警察署','station');"
	    "INSERT INTO staff(id,fy,code,name,grade,division_id) VALUES"
	    " (801,2027,'s1','監査 一郎',4,901),(802,2027,'s2','署 二郎',5,902),"
	    " (803,2027,'s3','係 三郎',3,901);"
	    "INSERT INTO roles(fy,role,staff_id,assigned_at) VALUES(2027,'security_manager',801,'t');"
	    "INSERT INTO plans(id,fy,kind,title,drafted_by,drafted_at,drafted_on,approved_by,approved_on) VALUES(5,2027,'regular_audit','p',801,'t','2027-05-01',NULL,NULL);"
	    "INSERT INTO plan_targets(plan,division_id) VALUES(5,901),(5,902);"
	    "INSERT INTO staff(id,fy,code,name,grade,division_id) VALUES (804,2027,'s4','本部 四郎',8,902);"
	    "INSERT INTO roles(fy,role,staff_id,assigned_at) VALUES(2027,'chief',804,'t');"
	    "UPDATE plans SET approved_by=804, approved_on='2027-05-02' WHERE id=5;"
	    "INSERT INTO audits(id,plan,kind,fy,division_id,created_at) VALUES"
	    " (71,5,'regular',2027,901,'t'),(72,5,'regular',2027,902,'t');"
	    "INSERT INTO roles(fy,role,staff_id,system,assigned_at) VALUES(2027,'system_security_officer',803,'S','t');"
	    "INSERT INTO roles(fy,role,staff_id,assigned_at) VALUES(2027,'info_head',802,'t');"
	    "INSERT INTO exceptions(id,fy,state,system,division_id,clause,reason,alternative,applicant,via,requested_on,starts_on,ends_on,created_at) VALUES(61,2027,'requested','S',901,'c','r','a',803,802,'2027-04-01','2027-04-01','2027-05-01','t');"
	    "UPDATE exceptions SET state='active', decided_by=801, decided_on='2027-04-02' WHERE id=61;";
	static const struct {
		const char *sql, *name, *clause;
	} cases[] = {
	    {"INSERT INTO audit_team VALUES(71,801,'lead')", "兼務禁止",
	     "第2 1(6)"},
	    {"INSERT INTO audit_team VALUES(72,803,'lead')", "監査官の要件",
	     "第2 5(2)ウ"},
	    {"INSERT INTO audit_team VALUES(71,802,'lead')", "監査官の要件",
	     "第2 5(2)ウ"},
	    {"INSERT INTO plans(fy,kind,title,drafted_by,drafted_at,approved_by) VALUES(2027,'regular_audit','p',801,'t',801)",
	     "兼務禁止", "第2 1(6)"},
	    {"INSERT INTO exceptions(fy,state,system,division_id,clause,reason,alternative,applicant,via,requested_on,starts_on,ends_on,created_at) VALUES(2027,'requested','S',901,'c','r','a',803,802,'2027-04-01','2027-04-01','2028-04-01','t')",
	     "例外措置の期間", "第2 3(2)イ(ウ)"},
	    {"INSERT INTO exceptions(fy,state,system,division_id,clause,reason,alternative,applicant,requested_on,starts_on,ends_on,created_at) VALUES(2027,'requested','S',901,'c','r','a',803,'2027-04-01','2027-04-01','2027-05-01','t')",
	     "例外措置の申請", "第2 3(2)イ(ア)"},
	    {"UPDATE exceptions SET decided_by=NULL WHERE id=61",
	     "例外措置の承認", "第2 3(2)イ(イ)"},
	    {"UPDATE exceptions SET ends_on='2029-01-01' WHERE id=61",
	     "例外措置の期間", "第2 3(2)イ(ウ)"},
	    {"UPDATE exceptions SET decided_by=802 WHERE id=61",
	     "例外措置の承認", "第2 3(2)イ(エ)"},
	    {"DELETE FROM events", "証跡", "第6 1(4)"},
	};
	check_int(tk_store_open(path("a.db"), 0, &st, &err), ==, TK_OK);
	check_int(tk_store_exec(st, org, &err), ==, TK_OK);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		long before = count(
		    st,
		    "SELECT (SELECT count(*) FROM audit_team) + (SELECT count(*) FROM plans) + (SELECT count(*) FROM exceptions) + (SELECT count(*) FROM events)");
		tk_error_clear(&err);
		check_int(tk_store_exec(st, cases[i].sql, &err), ==, TK_ERULE);
		check_contains(err.message, cases[i].name);
		check_contains(err.message, cases[i].clause);
		check(!strstr(err.message, TK_RULE_PREFIX));
		check_int(
		    count(
			st,
			"SELECT (SELECT count(*) FROM audit_team) + (SELECT count(*) FROM plans) + (SELECT count(*) FROM exceptions) + (SELECT count(*) FROM events)"),
		    ==, before);
	}
	check_int(tk_store_exec(
		      st, "INSERT INTO audit_team VALUES(72,801,'lead')", &err),
		  ==, TK_OK);
	/* Every key the triggers raise is in the table. */
	for (int v = 1; v <= TK_SCHEMA_VERSION; v++)
		for (const char *p = tk_migrations[v];
		     (p = strstr(p, TK_RULE_PREFIX)); p++) {
			char key[64];
			sscanf(p + strlen(TK_RULE_PREFIX), "%63[a-z-]", key);
			if (!check(tk_rule_find(key) != NULL))
				tap_diag("rule key '%s' not in tk_rules", key);
		}
	check(tk_rule_from_message("tenken-rule:nonesuch") == NULL);
	tk_store_close(st);
}

/* An anchor: its text form round-trips; the log verifies against its own
 * head and a shorter prefix, and not once truncated or rewritten. */
static void t_anchor(void)
{
	struct tk_store *st;
	struct tk_error err;
	struct tk_anchor head, a, mid;
	char text[TK_ANCHOR_MAX];
	check_int(tk_store_open(path("anchor.db"), TK_STORE_CREATE, &st, &err),
		  ==, TK_OK);
	check_int(tk_store_begin(st, &err), ==, TK_OK);
	check_int(tk_store_log(st, "test.one", "x", "first", &err), ==, TK_OK);
	check_int(tk_store_log_head(st, &mid, &err), ==, TK_OK);
	check_int(tk_store_log(st, "test.two", "y", "second", &err), ==, TK_OK);
	check_int(tk_store_commit(st, &err), ==, TK_OK);
	check_int(tk_store_log_head(st, &head, &err), ==, TK_OK);
	check_int(head.n, ==, mid.n + 1);
	tk_anchor_format(&head, text);
	check_int(tk_anchor_parse(text, &a, &err), ==, TK_OK);
	check_int(a.n, ==, head.n);
	check_str(a.hash, head.hash);
	check_int(tk_anchor_parse(text + strlen(TK_ANCHOR_PREFIX), &a, &err),
		  ==, TK_OK);
	check_str(a.hash, head.hash);
	check_int(tk_anchor_parse("0:abc", &a, &err), ==, TK_EUSAGE);
	check_int(tk_anchor_parse("x", &a, &err), ==, TK_EUSAGE);
	check_int(tk_anchor_parse("-3:00", &a, &err), ==, TK_EUSAGE);
	check_int(tk_store_verify_anchor(st, &head, &err), ==, TK_OK);
	check_int(tk_store_verify_anchor(st, &mid, &err), ==, TK_OK);
	/* The last entry deleted: shorter than the anchor. */
	check_int(
	    tk_store_exec(
		st,
		"DROP TRIGGER events_append_only_d; DELETE FROM events WHERE id=(SELECT max(id) FROM events)",
		&err),
	    ==, TK_OK);
	check_int(tk_store_verify_anchor(st, &mid, &err), ==, TK_OK);
	check_int(tk_store_verify_anchor(st, &head, &err), ==, TK_EDB);
	check_contains(err.message, "the anchor covers");
	/* ... and replaced by another with a correct chain: a different hash.
	 */
	check_int(tk_store_log(st, "test.forged", "y", "second", &err), ==,
		  TK_OK);
	check_int(tk_store_verify_anchor(st, &head, &err), ==, TK_EDB);
	check_contains(err.message, "was rewritten");
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
	TEST(t_anchor(), "an anchor catches a truncated or rewritten log");
	TEST(t_rules(),
	     "a rule of the standard refused is named with its clause");
	if (tap_rmtree(dir) != 0)
		tap_diag("could not remove %s", dir);
	return test_done();
}
