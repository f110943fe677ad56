/*
 * schema.h — the forward migrations of the tenken database, one SQL script
 * per schema version.  Migration N takes a database from user_version N-1 to
 * N.  Never edit a released migration: add the next one.
 *
 *   1  organisation: grades, fiscal years, divisions, staff; meta; event log
 *   2  surveys (frozen definitions), campaigns, forms, submissions, answers
 *   3  audits, findings, notices, improvement plans, exceptions, and the
 *      rules of the standard as triggers (兼務禁止, auditor eligibility,
 *      exception period, compensating measures)
 *   4  per-submission item aggregates (item_stats), so that scoring reads
 *      one row per division and item instead of every staff answer;
 *      backfilled from the answers already stored
 *   5  the standard's rules raise "tenken-rule:KEY" (store/rules.c names
 *      the rule and its clause) from BEFORE INSERT and UPDATE triggers, so a
 *      refused change is reported as the rule it breaks; the CHECKs of
 *      migration 3 stay as a second line
 *   6  submissions remember the bundle's and the workbook's times; answers
 *      to follow-ups their gate closes are kept aside (gated_answers)
 *   7  the audit half: roles of the year, audit plans (実施計画) with
 *      targets and schedule, audits with notice and report, findings from
 *      the imported checklist, the evidence examined per item; events
 *      record the acting staff code; the rule triggers also hold on
 *      UPDATE, check the fiscal year, 方面本部 is not 警察本部; dates are
 *      real YYYY-MM-DD ("tenken-date:WHAT")
 *   8  answers.raw only where it carries information (a number, date or
 *      text): a choice's label is its scale's, so it is NULL for choices
 *      (half the size of a database); the view answers_text gives every
 *      answer's text as raw did
 *   9  from finding to verified fix: notices (改善通知, 横展開, and notices
 *      of a division's own self-inspection problems) with their response
 *      workbooks, improvements (措置結果 / 改善計画) with their progress,
 *      returned workbooks other than forms, exceptions (例外措置) from
 *      request or provisional permission to decision, end and renewal.
 *      The notices, improvements and exceptions tables of migration 3 had
 *      no command writing them; they are replaced, not altered
 *  10  submissions keep the head of the self-inspection form: 点検日
 *      (inspected_on), 記入者 (filled_by), 所属長確認 (head_confirmed_by,
 *      head_confirmed_on); NULL for forms without them
 */
#ifndef TK_SCHEMA_H
#define TK_SCHEMA_H

/* Migration 5: the bodies of the rule triggers, each run BEFORE INSERT
 * and BEFORE UPDATE (SQLite has no trigger on both).  Keys: rules.c. */
#define RULES_AUDIT_TEAM                                                           \
	"  SELECT RAISE(ABORT, 'tenken-rule:separation-audit')\n"                  \
	"  WHERE (SELECT division_id FROM staff WHERE id = NEW.staff_id) =\n"      \
	"        (SELECT division_id FROM audits WHERE id = NEW.audit);\n"         \
	"  SELECT RAISE(ABORT, 'tenken-rule:auditor-eligibility')\n"               \
	"  WHERE NOT EXISTS (SELECT 1 FROM staff s JOIN divisions d\n"             \
	"    ON d.id = s.division_id WHERE s.id = NEW.staff_id AND s.grade >= 4\n" \
	"    AND d.kind IN ('hq','bureau'));\n"
#define RULES_PLANS                                                            \
	"  SELECT RAISE(ABORT, 'tenken-rule:separation-approval')\n"           \
	"  WHERE NEW.approved_by IS NOT NULL AND NEW.approved_by = NEW.drafted_by;\n"
#define RULES_IMPROVEMENTS                                                                     \
	"  SELECT RAISE(ABORT, 'tenken-rule:compensating-measures')\n"                         \
	"  WHERE NEW.kind = 'plan' AND NOT (length(trim(coalesce(NEW.compensating,''))) > 0\n" \
	"    AND NEW.due IS NOT NULL);\n"
#define RULES_EXCEPTIONS                                                                         \
	"  SELECT RAISE(ABORT, 'tenken-rule:separation-approval')\n"                             \
	"  WHERE NEW.approver IS NOT NULL AND NEW.approver = NEW.applicant;\n"                   \
	"  SELECT RAISE(ABORT, 'tenken-rule:exception-period')\n"                                \
	"  WHERE NEW.ends_on < NEW.starts_on OR (NEW.ends_on > date(NEW.starts_on, '+1 year')\n" \
	"    AND NEW.special_approval IS NULL);\n"                                               \
	"  SELECT RAISE(ABORT, 'tenken-rule:exception-approval')\n"                              \
	"  WHERE NEW.emergency = 0 AND NEW.approver IS NULL;\n"


/* Migration 7: the triggers of the audit half.  A date column is checked
 * with date(x) IS x (a CHECK with date(x) alone passes "2026/04/01",
 * because date() gives NULL). */
#define DATE_OK(x) "(" x " IS NULL OR date(" x ") IS " x ")"
/* Division d is part of 警察本部: HQ or a bureau, and not a bureau with
 * police stations under it (a 方面本部, さいたま市警察部) nor an HQ
 * division under one (第3 2(2) lists them apart).  Auditors (migration 7)
 * and verifiers of improvements (migration 9) must be its staff. */
#define KEIHON_D                                                     \
	"d.kind IN ('hq','bureau') AND NOT EXISTS (SELECT 1 FROM\n"    \
	"    divisions c WHERE c.kind = 'station' AND c.parent_id =\n" \
	"    CASE d.kind WHEN 'bureau' THEN d.id ELSE d.parent_id END)"
#define RULES_AUDIT_TEAM_7                                                         \
	"  SELECT RAISE(ABORT, 'tenken-rule:staff-year')\n"                        \
	"  WHERE (SELECT fy FROM staff WHERE id = NEW.staff_id) IS NOT\n"          \
	"        (SELECT fy FROM audits WHERE id = NEW.audit);\n"                  \
	"  SELECT RAISE(ABORT, 'tenken-rule:separation-audit')\n"                  \
	"  WHERE (SELECT division_id FROM staff WHERE id = NEW.staff_id) =\n"      \
	"        (SELECT division_id FROM audits WHERE id = NEW.audit);\n"         \
	"  SELECT RAISE(ABORT, 'tenken-rule:auditor-eligibility')\n"               \
	"  WHERE NOT EXISTS (SELECT 1 FROM staff s JOIN divisions d\n"             \
	"    ON d.id = s.division_id WHERE s.id = NEW.staff_id AND s.grade >= 4\n" \
	"    AND " KEIHON_D ");\n" \
	"  SELECT RAISE(ABORT, 'tenken-rule:audit-reported')\n"                    \
	"  WHERE (SELECT status FROM audits WHERE id = NEW.audit) = 'reported';\n"
#define RULES_AUDITS_7                                                                   \
	"  SELECT RAISE(ABORT, 'tenken-rule:audit-plan')\n"                              \
	"  WHERE NOT EXISTS (SELECT 1 FROM plans p JOIN plan_targets t ON t.plan = p.id\n" \
	"    WHERE p.id = NEW.plan AND p.approved_by IS NOT NULL AND p.fy = NEW.fy\n"   \
	"    AND t.division_id = NEW.division_id);\n"                                  \
	"  SELECT RAISE(ABORT, 'tenken-date:audit date')\n"                             \
	"  WHERE NOT " DATE_OK("NEW.conducted_on") ";\n"                               \
	"  SELECT RAISE(ABORT, 'tenken-rule:notice-date')\n"                           \
	"  WHERE NEW.notified_on > NEW.conducted_on;\n"
#define RULES_PLANS_7                                                                         \
	"  SELECT RAISE(ABORT, 'tenken-rule:separation-approval')\n"                        \
	"  WHERE NEW.approved_by IS NOT NULL AND NEW.approved_by = NEW.drafted_by;\n"        \
	"  SELECT RAISE(ABORT, 'tenken-rule:plan-drafter')\n"                               \
	"  WHERE NOT EXISTS (SELECT 1 FROM roles WHERE fy = NEW.fy AND\n"                   \
	"    role = 'security_manager' AND staff_id = NEW.drafted_by);\n"                   \
	"  SELECT RAISE(ABORT, 'tenken-rule:plan-approval')\n"                              \
	"  WHERE NEW.approved_by IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM roles\n"        \
	"    WHERE fy = NEW.fy AND role = 'chief' AND staff_id = NEW.approved_by)\n"        \
	"    OR NEW.approved_on < NEW.drafted_on OR NEW.approved_on IS NULL);\n"
#define RULES_ROLES_7                                                                  \
	"  SELECT RAISE(ABORT, 'tenken-rule:staff-year')\n"                          \
	"  WHERE (SELECT fy FROM staff WHERE id = NEW.staff_id) IS NOT NEW.fy\n"      \
	"    OR (NEW.division_id IS NOT NULL AND\n"                                  \
	"        (SELECT fy FROM divisions WHERE id = NEW.division_id) IS NOT NEW.fy);\n" \
	"  SELECT RAISE(ABORT, 'tenken-rule:separation-roles')\n"                     \
	"  WHERE NEW.role IN ('chief','security_manager') AND EXISTS (SELECT 1\n"    \
	"    FROM roles r WHERE r.fy = NEW.fy AND r.staff_id = NEW.staff_id AND\n"   \
	"    r.id IS NOT NEW.id AND r.role IN ('chief','security_manager')\n"        \
	"    AND r.role <> NEW.role);\n"
#define RULES_FINDINGS_7                                                        \
	"  SELECT RAISE(ABORT, 'tenken-rule:finding-division')\n"             \
	"  WHERE NEW.audit IS NOT NULL AND NEW.division_id IS NOT\n"          \
	"    (SELECT division_id FROM audits WHERE id = NEW.audit);\n"        \
	"  SELECT RAISE(ABORT, 'tenken-date:finding date')\n"                 \
	"  WHERE NOT " DATE_OK("NEW.found_on") ";\n"
#define RULES_DATES_EXCEPTIONS_7                                                \
	"  SELECT RAISE(ABORT, 'tenken-date:exception period')\n"             \
	"  WHERE NOT (" DATE_OK("NEW.starts_on") " AND " DATE_OK("NEW.ends_on") ");\n"
#define RULES_DATES_IMPROVEMENTS_7                                              \
	"  SELECT RAISE(ABORT, 'tenken-date:due date')\n"                     \
	"  WHERE NOT " DATE_OK("NEW.due") ";\n"
#define RULES_DATES_CAMPAIGNS_7                                                 \
	"  SELECT RAISE(ABORT, 'tenken-date:due date')\n"                     \
	"  WHERE NOT " DATE_OK("NEW.due") ";\n"
/* Migration 9: notices, improvements, exceptions. */
#define RULES_NOTICES_9                                                          \
	"  SELECT RAISE(ABORT, 'tenken-date:notice date')\n"                   \
	"  WHERE NOT (" DATE_OK("NEW.sent_on") " AND " DATE_OK("NEW.respond_by") \
	" AND " DATE_OK("NEW.responded_on") ");\n"                              \
	"  SELECT RAISE(ABORT, 'tenken-rule:notice-respond-by')\n"             \
	"  WHERE NEW.respond_by <= NEW.sent_on;\n"
/* Checked when the notice is sent (roles may change later in the year). */
#define RULES_NOTICES_SENT_9                                                     \
	"  SELECT RAISE(ABORT, 'tenken-rule:notice-sender')\n"                 \
	"  WHERE NOT EXISTS (SELECT 1 FROM roles WHERE fy = NEW.fy AND\n"      \
	"    role = 'security_manager' AND staff_id = NEW.sent_by);\n"         \
	"  SELECT RAISE(ABORT, 'tenken-rule:staff-year')\n"                    \
	"  WHERE (SELECT fy FROM divisions WHERE id = NEW.division_id) IS NOT NEW.fy;\n" \
	"  SELECT RAISE(ABORT, 'tenken-rule:notice-audit')\n"                  \
	"  WHERE NEW.kind = 'audit' AND (SELECT status FROM audits WHERE id = NEW.audit\n" \
	"    AND division_id = NEW.division_id) IS NOT 'reported';\n"           \
	"  SELECT RAISE(ABORT, 'tenken-rule:notice-cross')\n"                  \
	"  WHERE NEW.kind = 'cross' AND (SELECT division_id FROM findings\n"   \
	"    WHERE id = NEW.source) IS NEW.division_id;\n"
#define RULES_NOTICE_FINDINGS_9                                                  \
	"  SELECT RAISE(ABORT, 'tenken-rule:finding-division')\n"             \
	"  WHERE (SELECT division_id FROM findings WHERE id = NEW.finding) IS NOT\n" \
	"        (SELECT division_id FROM notices WHERE id = NEW.notice);\n"
#define RULES_IMPROVEMENTS_9                                                       \
	"  SELECT RAISE(ABORT, 'tenken-date:improvement date')\n"                \
	"  WHERE NOT (" DATE_OK("NEW.due") " AND " DATE_OK("NEW.submitted_on")    \
	" AND " DATE_OK("NEW.progress_on") " AND " DATE_OK("NEW.completed_on")   \
	" AND " DATE_OK("NEW.verified_on") ");\n"                                \
	"  SELECT RAISE(ABORT, 'tenken-rule:compensating-measures')\n"           \
	"  WHERE NEW.kind = 'plan' AND NOT (length(trim(coalesce(NEW.compensating,''))) > 0\n" \
	"    AND NEW.due IS NOT NULL);\n"                                        \
	"  SELECT RAISE(ABORT, 'tenken-rule:improvement-division')\n"            \
	"  WHERE NEW.division_id IS NOT (SELECT division_id FROM findings\n"     \
	"    WHERE id = NEW.finding);\n"                                         \
	"  SELECT RAISE(ABORT, 'tenken-rule:improvement-due')\n"                 \
	"  WHERE NEW.due < (SELECT sent_on FROM notices WHERE id = NEW.notice);\n" \
	"  SELECT RAISE(ABORT, 'tenken-rule:improvement-verify')\n"              \
	"  WHERE NEW.verified_by IS NOT NULL AND (NEW.completed_on IS NULL OR\n" \
	"    NEW.verified_on IS NULL OR NEW.verified_on < NEW.completed_on);\n"
/* Checked when the verifier is recorded. */
#define RULES_IMPROVEMENTS_VERIFIED_9                                              \
	"  SELECT RAISE(ABORT, 'tenken-rule:separation-verify')\n"               \
	"  WHERE NEW.verified_by IS NOT NULL AND (SELECT division_id FROM staff\n" \
	"    WHERE id = NEW.verified_by) = NEW.division_id;\n"                   \
	"  SELECT RAISE(ABORT, 'tenken-rule:improvement-verifier')\n"            \
	"  WHERE NEW.verified_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM\n"    \
	"    staff s JOIN divisions d ON d.id = s.division_id WHERE\n"           \
	"    s.id = NEW.verified_by AND s.fy = d.fy AND s.fy = (SELECT fy FROM\n" \
	"    divisions WHERE id = NEW.division_id) AND ((" KEIHON_D ")\n" \
	"    OR EXISTS (SELECT 1 FROM roles r WHERE r.fy = s.fy AND\n"           \
	"    r.role = 'security_manager' AND r.staff_id = s.id)));\n"
#define RULES_EXCEPTIONS_9                                                           \
	"  SELECT RAISE(ABORT, 'tenken-date:exception date')\n"                    \
	"  WHERE NOT (" DATE_OK("NEW.requested_on") " AND " DATE_OK("NEW.starts_on") \
	" AND " DATE_OK("NEW.ends_on") " AND " DATE_OK("NEW.decided_on")            \
	" AND " DATE_OK("NEW.closed_on") ");\n"                                      \
	"  SELECT RAISE(ABORT, 'tenken-rule:separation-approval')\n"               \
	"  WHERE NEW.decided_by IS NOT NULL AND NEW.decided_by = NEW.applicant;\n" \
	"  SELECT RAISE(ABORT, 'tenken-rule:exception-approval')\n"                \
	"  WHERE NEW.state = 'active' AND NEW.decided_by IS NULL;\n"               \
	"  SELECT RAISE(ABORT, 'tenken-rule:exception-period')\n"                  \
	"  WHERE NEW.ends_on < NEW.starts_on OR (NEW.ends_on >\n"                  \
	"    date(NEW.starts_on, '+1 year', '-1 day') AND\n"                       \
	"    (length(trim(coalesce(NEW.special_reason,''))) = 0 OR\n"              \
	"     (NEW.state = 'active' AND NEW.special_approval = 0)));\n"
/* Checked when the exception is requested or provisionally permitted. */
#define RULES_EXCEPTIONS_REQUESTED_9                                                 \
	"  SELECT RAISE(ABORT, 'tenken-rule:staff-year')\n"                        \
	"  WHERE (SELECT fy FROM staff WHERE id = NEW.applicant) IS NOT NEW.fy;\n" \
	"  SELECT RAISE(ABORT, 'tenken-rule:exception-applicant')\n"               \
	"  WHERE NOT EXISTS (SELECT 1 FROM roles r WHERE r.fy = NEW.fy AND\n"      \
	"    r.staff_id = NEW.applicant AND r.role IN\n"                           \
	"    ('system_security_officer','operations_manager') AND\n"               \
	"    (r.system = NEW.system OR r.division_id = NEW.division_id));\n"       \
	"  SELECT RAISE(ABORT, 'tenken-rule:exception-via')\n"                     \
	"  WHERE NEW.state = 'requested' AND NOT EXISTS (SELECT 1 FROM roles\n"    \
	"    WHERE fy = NEW.fy AND role = 'info_head' AND staff_id = NEW.via);\n"  \
	"  SELECT RAISE(ABORT, 'tenken-rule:exception-provisional')\n"             \
	"  WHERE NEW.state = 'provisional' AND (NEW.permitted_by IS NULL OR\n"     \
	"    NEW.permitted_by = NEW.applicant OR NOT EXISTS (SELECT 1 FROM\n"      \
	"    roles r WHERE r.fy = NEW.fy AND r.staff_id = NEW.permitted_by AND\n"  \
	"    r.role IN ('system_security_officer','operations_manager') AND\n"     \
	"    (r.system = NEW.system OR r.division_id = NEW.division_id)));\n"      \
	"  SELECT RAISE(ABORT, 'tenken-rule:exception-state')\n"                   \
	"  WHERE NEW.state NOT IN ('requested','provisional');\n"
/* Checked when the decision is recorded. */
#define RULES_EXCEPTIONS_DECIDED_9                                                   \
	"  SELECT RAISE(ABORT, 'tenken-rule:separation-approval')\n"               \
	"  WHERE NEW.decided_by = NEW.applicant;\n"                                \
	"  SELECT RAISE(ABORT, 'tenken-rule:exception-decider')\n"                 \
	"  WHERE NOT EXISTS (SELECT 1 FROM roles\n"                                \
	"    WHERE fy = NEW.fy AND staff_id = NEW.decided_by AND role =\n"         \
	"    CASE WHEN EXISTS (SELECT 1 FROM roles m WHERE m.fy = NEW.fy AND\n"    \
	"    m.role = 'security_manager' AND m.staff_id = NEW.applicant)\n"        \
	"    THEN 'chief' ELSE 'security_manager' END);\n"

/* Both BEFORE INSERT and BEFORE UPDATE (SQLite has no trigger on both). */
#define TRIGGERS_7(name, table, body)                                           \
	"CREATE TRIGGER " name " BEFORE INSERT ON " table " BEGIN\n" body "END;\n" \
	"CREATE TRIGGER " name "_update BEFORE UPDATE ON " table " BEGIN\n" body   \
	"END;\n"

static const char *const tk_migrations[] = {
    NULL,
    /* 1 ------------------------------------------------------------- */
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    "CREATE TABLE grades(\n"
    "  rank INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL UNIQUE,\n"
    "  code TEXT NOT NULL UNIQUE);\n"
    "INSERT INTO grades VALUES\n"
    "  (1,'係員級','staff'),(2,'主任級','senior_staff'),\n"
    "  (3,'係長級','unit_chief'),(4,'課長補佐級','assistant_section_chief'),\n"
    "  (5,'課長級','section_chief'),(6,'次長級','deputy_head'),\n"
    "  (7,'所属長級','division_head'),(8,'部長級','bureau_head');\n"
    "CREATE TABLE org_years(\n"
    "  fy INTEGER PRIMARY KEY CHECK(fy BETWEEN 1990 AND 2200),\n"
    "  imported_at TEXT NOT NULL,\n"
    "  divisions_sha256 TEXT NOT NULL,\n"
    "  staff_sha256 TEXT NOT NULL);\n"
    "CREATE TABLE divisions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  fy INTEGER NOT NULL REFERENCES org_years(fy),\n"
    "  code TEXT NOT NULL,\n"
    "  name TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL CHECK(kind IN ('bureau','hq','station')),\n"
    "  parent_id INTEGER REFERENCES divisions(id)\n"
    "    DEFERRABLE INITIALLY DEFERRED,\n"
    "  head_staff_id INTEGER REFERENCES staff(id)\n"
    "    DEFERRABLE INITIALLY DEFERRED,\n"
    "  UNIQUE(fy, code));\n"
    "CREATE INDEX divisions_parent ON divisions(parent_id);\n"
    "CREATE TABLE staff(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  fy INTEGER NOT NULL REFERENCES org_years(fy),\n"
    "  code TEXT NOT NULL,\n"
    "  name TEXT NOT NULL,\n"
    "  grade INTEGER NOT NULL REFERENCES grades(rank),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id)\n"
    "    DEFERRABLE INITIALLY DEFERRED,\n"
    "  UNIQUE(fy, code));\n"
    "CREATE INDEX staff_division ON staff(division_id);\n"
    "CREATE TABLE events(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  at TEXT NOT NULL,\n"
    "  actor TEXT NOT NULL,\n"
    "  action TEXT NOT NULL,\n"
    "  object TEXT NOT NULL,\n"
    "  detail TEXT NOT NULL DEFAULT '',\n"
    "  prev_hash TEXT NOT NULL,\n"
    "  hash TEXT NOT NULL);\n"
    "CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events\n"
    "  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;\n"
    "CREATE TRIGGER events_append_only_d BEFORE DELETE ON events\n"
    "  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;\n",
    /* 2 ------------------------------------------------------------- */
    "CREATE TABLE surveys(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  survey_id TEXT NOT NULL,\n"
    "  version TEXT NOT NULL,\n"
    "  hash TEXT NOT NULL UNIQUE,\n"
    "  title TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL\n"
    "    CHECK(kind IN ('self_inspection','regular_audit','special_audit')),\n"
    "  respondent TEXT NOT NULL CHECK(respondent IN ('division','staff')),\n"
    "  description TEXT NOT NULL DEFAULT '',\n"
    "  instructions TEXT NOT NULL DEFAULT '',\n"
    "  hooks TEXT NOT NULL DEFAULT '',\n"
    "  source_name TEXT NOT NULL,\n"
    "  source TEXT NOT NULL,\n"
    "  params TEXT NOT NULL DEFAULT '',\n"
    "  definition TEXT NOT NULL,\n"
    "  stored_at TEXT NOT NULL);\n"
    "CREATE TABLE survey_deps(\n"
    "  survey INTEGER NOT NULL REFERENCES surveys(id),\n"
    "  dep_id TEXT NOT NULL,\n"
    "  source_name TEXT NOT NULL,\n"
    "  source TEXT NOT NULL,\n"
    "  PRIMARY KEY(survey, dep_id)) WITHOUT ROWID;\n"
    "CREATE TABLE survey_scales(\n"
    "  survey INTEGER NOT NULL REFERENCES surveys(id),\n"
    "  scale TEXT NOT NULL,\n"
    "  idx INTEGER NOT NULL,\n"
    "  label TEXT NOT NULL,\n"
    "  value REAL CHECK(value IS NULL OR value BETWEEN 0 AND 1),\n"
    "  PRIMARY KEY(survey, scale, idx)) WITHOUT ROWID;\n"
    "CREATE TABLE survey_grades(\n"
    "  survey INTEGER NOT NULL REFERENCES surveys(id),\n"
    "  idx INTEGER NOT NULL,\n"
    "  label TEXT NOT NULL,\n"
    "  min REAL NOT NULL,\n"
    "  PRIMARY KEY(survey, idx)) WITHOUT ROWID;\n"
    "CREATE TABLE survey_sections(\n"
    "  survey INTEGER NOT NULL REFERENCES surveys(id),\n"
    "  idx INTEGER NOT NULL,\n"
    "  section_id TEXT NOT NULL,\n"
    "  title TEXT NOT NULL,\n"
    "  PRIMARY KEY(survey, idx)) WITHOUT ROWID;\n"
    "CREATE TABLE survey_items(\n"
    "  survey INTEGER NOT NULL REFERENCES surveys(id),\n"
    "  idx INTEGER NOT NULL,\n"
    "  item_id TEXT NOT NULL,\n"
    "  section_idx INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL,\n"
    "  clause TEXT NOT NULL,\n"
    "  type TEXT NOT NULL CHECK(type IN ('choice','number','text','date')),\n"
    "  scale TEXT,\n"
    "  weight REAL NOT NULL CHECK(weight > 0),\n"
    "  severity TEXT NOT NULL CHECK(severity IN ('high','medium','low')),\n"
    "  required INTEGER NOT NULL,\n"
    "  guidance TEXT NOT NULL DEFAULT '',\n"
    "  evidence TEXT NOT NULL DEFAULT '',\n"
    "  applies_kinds TEXT NOT NULL DEFAULT '',\n"
    "  applies_item TEXT NOT NULL DEFAULT '',\n"
    "  applies_any TEXT NOT NULL DEFAULT '',\n"
    "  tags TEXT NOT NULL DEFAULT '',\n"
    "  min REAL, max REAL,\n"
    "  PRIMARY KEY(survey, idx), UNIQUE(survey, item_id)) WITHOUT ROWID;\n"
    "CREATE TABLE campaigns(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  survey INTEGER NOT NULL REFERENCES surveys(id),\n"
    "  fy INTEGER NOT NULL REFERENCES org_years(fy),\n"
    "  title TEXT NOT NULL,\n"
    "  due TEXT,\n"
    "  marking TEXT NOT NULL,\n"
    "  return_to TEXT NOT NULL DEFAULT '',\n"
    "  status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open','closed')),\n"
    "  created_at TEXT NOT NULL,\n"
    "  created_by TEXT NOT NULL,\n"
    "  closed_at TEXT);\n"
    "CREATE TABLE campaign_targets(\n"
    "  campaign INTEGER NOT NULL REFERENCES campaigns(id),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  PRIMARY KEY(campaign, division_id)) WITHOUT ROWID;\n"
    "CREATE TABLE forms(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  campaign INTEGER NOT NULL REFERENCES campaigns(id),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  token TEXT NOT NULL UNIQUE,\n"
    "  issued_at TEXT NOT NULL,\n"
    "  issued_by TEXT NOT NULL,\n"
    "  file_name TEXT NOT NULL);\n"
    "CREATE INDEX forms_campaign ON forms(campaign, division_id);\n"
    "CREATE TABLE submissions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  campaign INTEGER NOT NULL REFERENCES campaigns(id),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  form INTEGER NOT NULL REFERENCES forms(id),\n"
    "  file_name TEXT NOT NULL,\n"
    "  file_sha256 TEXT NOT NULL,\n"
    "  imported_at TEXT NOT NULL,\n"
    "  imported_by TEXT NOT NULL,\n"
    "  superseded_by INTEGER REFERENCES submissions(id),\n"
    "  UNIQUE(campaign, division_id, file_sha256));\n"
    "CREATE UNIQUE INDEX submissions_current ON submissions(campaign, division_id)\n"
    "  WHERE superseded_by IS NULL;\n"
    "CREATE TABLE answers(\n"
    "  submission INTEGER NOT NULL REFERENCES submissions(id),\n"
    "  staff_id INTEGER NOT NULL DEFAULT 0,\n"
    "  item_idx INTEGER NOT NULL,\n"
    "  choice INTEGER,\n"
    "  value REAL CHECK(value IS NULL OR value BETWEEN 0 AND 1),\n"
    "  raw TEXT,\n"
    "  comment TEXT,\n"
    "  PRIMARY KEY(submission, staff_id, item_idx)) WITHOUT ROWID;\n",
    /* 3 ------------------------------------------------------------- */
    "CREATE TABLE plans(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  fy INTEGER NOT NULL,\n"
    "  kind TEXT NOT NULL\n"
    "    CHECK(kind IN ('self_inspection','regular_audit','special_audit')),\n"
    "  title TEXT NOT NULL,\n"
    "  body TEXT NOT NULL DEFAULT '',\n"
    "  drafted_by INTEGER REFERENCES staff(id),\n"
    "  drafted_at TEXT NOT NULL,\n"
    "  approved_by INTEGER REFERENCES staff(id),\n"
    "  approved_at TEXT,\n"
    "  CHECK(approved_by IS NULL OR approved_by <> drafted_by));\n"
    "CREATE TABLE audits(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  plan INTEGER REFERENCES plans(id),\n"
    "  kind TEXT NOT NULL CHECK(kind IN ('regular','special')),\n"
    "  fy INTEGER NOT NULL,\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  survey INTEGER REFERENCES surveys(id),\n"
    "  conducted_on TEXT,\n"
    "  status TEXT NOT NULL DEFAULT 'planned'\n"
    "    CHECK(status IN ('planned','conducted','reported')),\n"
    "  created_at TEXT NOT NULL);\n"
    "CREATE TABLE audit_team(\n"
    "  audit INTEGER NOT NULL REFERENCES audits(id),\n"
    "  staff_id INTEGER NOT NULL REFERENCES staff(id),\n"
    "  role TEXT NOT NULL DEFAULT 'auditor' CHECK(role IN ('lead','auditor')),\n"
    "  PRIMARY KEY(audit, staff_id)) WITHOUT ROWID;\n"
    "CREATE TRIGGER audit_team_rules BEFORE INSERT ON audit_team BEGIN\n"
    "  SELECT RAISE(ABORT, '兼務禁止: an auditor may not audit their own division')\n"
    "  WHERE (SELECT division_id FROM staff WHERE id = NEW.staff_id) =\n"
    "        (SELECT division_id FROM audits WHERE id = NEW.audit);\n"
    "  SELECT RAISE(ABORT, 'auditor must be HQ staff of 課長補佐級 or above')\n"
    "  WHERE NOT EXISTS (SELECT 1 FROM staff s JOIN divisions d\n"
    "    ON d.id = s.division_id WHERE s.id = NEW.staff_id AND s.grade >= 4\n"
    "    AND d.kind IN ('hq','bureau'));\n"
    "END;\n"
    "CREATE TABLE audit_answers(\n"
    "  audit INTEGER NOT NULL REFERENCES audits(id),\n"
    "  item_idx INTEGER NOT NULL,\n"
    "  choice INTEGER, value REAL, raw TEXT, note TEXT,\n"
    "  PRIMARY KEY(audit, item_idx)) WITHOUT ROWID;\n"
    "CREATE TABLE findings(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  audit INTEGER REFERENCES audits(id),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  item_idx INTEGER,\n"
    "  clause TEXT NOT NULL,\n"
    "  severity TEXT NOT NULL CHECK(severity IN ('high','medium','low')),\n"
    "  text TEXT NOT NULL,\n"
    "  found_on TEXT NOT NULL,\n"
    "  status TEXT NOT NULL DEFAULT 'open'\n"
    "    CHECK(status IN ('open','answered','closed')),\n"
    "  created_at TEXT NOT NULL);\n"
    "CREATE TABLE notices(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  kind TEXT NOT NULL CHECK(kind IN ('finding','cross_division')),\n"
    "  finding INTEGER REFERENCES findings(id),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  sent_on TEXT NOT NULL,\n"
    "  sent_by TEXT NOT NULL);\n"
    "CREATE TABLE improvements(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  finding INTEGER NOT NULL REFERENCES findings(id),\n"
    "  kind TEXT NOT NULL CHECK(kind IN ('measure_taken','plan')),\n"
    "  description TEXT NOT NULL,\n"
    "  compensating TEXT,\n"
    "  due TEXT,\n"
    "  submitted_on TEXT NOT NULL,\n"
    "  verified_by INTEGER REFERENCES staff(id),\n"
    "  verified_on TEXT,\n"
    "  CHECK(kind = 'measure_taken' OR\n"
    "        (length(trim(coalesce(compensating,''))) > 0 AND due IS NOT NULL)));\n"
    "CREATE TABLE exceptions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  clause TEXT NOT NULL,\n"
    "  reason TEXT NOT NULL,\n"
    "  alternative TEXT NOT NULL,\n"
    "  applicant INTEGER NOT NULL REFERENCES staff(id),\n"
    "  approver INTEGER REFERENCES staff(id),\n"
    "  starts_on TEXT NOT NULL,\n"
    "  ends_on TEXT NOT NULL,\n"
    "  special_approval INTEGER REFERENCES staff(id),\n"
    "  emergency INTEGER NOT NULL DEFAULT 0,\n"
    "  status TEXT NOT NULL DEFAULT 'active'\n"
    "    CHECK(status IN ('provisional','active','ended','revoked')),\n"
    "  created_at TEXT NOT NULL,\n"
    "  CHECK(approver IS NULL OR approver <> applicant),\n"
    "  CHECK(ends_on >= starts_on),\n"
    "  CHECK(ends_on <= date(starts_on, '+1 year') OR special_approval IS NOT NULL),\n"
    "  CHECK(emergency = 1 OR approver IS NOT NULL));\n"
    "CREATE INDEX exceptions_ends ON exceptions(ends_on);\n",
    /* 4 ------------------------------------------------------------- */
    "CREATE TABLE item_stats(\n"
    "  submission INTEGER NOT NULL REFERENCES submissions(id),\n"
    "  item_idx INTEGER NOT NULL,\n"
    "  answered INTEGER NOT NULL,\n"
    "  counted INTEGER NOT NULL,\n"
    "  total REAL NOT NULL,\n"
    "  compliant INTEGER NOT NULL,\n"
    "  PRIMARY KEY(submission, item_idx)) WITHOUT ROWID;\n"
    "INSERT INTO item_stats SELECT submission, item_idx,\n"
    "  count(choice) + count(CASE WHEN choice IS NULL THEN raw END),\n"
    "  count(value), coalesce(sum(value), 0), count(CASE WHEN value = 1 THEN 1 END)\n"
    "  FROM answers WHERE item_idx >= 0 GROUP BY submission, item_idx;\n",
    /* 5 ------------------------------------------------------------- */
    "DROP TRIGGER audit_team_rules;\n"
    "DROP TRIGGER events_append_only_u;\n"
    "DROP TRIGGER events_append_only_d;\n"
    "CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events\n"
    "  BEGIN SELECT RAISE(ABORT, 'tenken-rule:evidence-append-only'); END;\n"
    "CREATE TRIGGER events_append_only_d BEFORE DELETE ON events\n"
    "  BEGIN SELECT RAISE(ABORT, 'tenken-rule:evidence-append-only'); END;\n"
    "CREATE TRIGGER audit_team_rules BEFORE INSERT ON audit_team BEGIN\n" RULES_AUDIT_TEAM
    "END;\n"
    "CREATE TRIGGER audit_team_rules_update BEFORE UPDATE ON audit_team BEGIN\n" RULES_AUDIT_TEAM
    "END;\n"
    "CREATE TRIGGER plans_rules BEFORE INSERT ON plans BEGIN\n" RULES_PLANS
    "END;\n"
    "CREATE TRIGGER plans_rules_update BEFORE UPDATE ON plans BEGIN\n" RULES_PLANS
    "END;\n"
    "CREATE TRIGGER improvements_rules BEFORE INSERT ON improvements BEGIN\n" RULES_IMPROVEMENTS
    "END;\n"
    "CREATE TRIGGER improvements_rules_update BEFORE UPDATE ON improvements BEGIN\n" RULES_IMPROVEMENTS
    "END;\n"
    "CREATE TRIGGER exceptions_rules BEFORE INSERT ON exceptions BEGIN\n" RULES_EXCEPTIONS
    "END;\n"
    "CREATE TRIGGER exceptions_rules_update BEFORE UPDATE ON exceptions BEGIN\n" RULES_EXCEPTIONS
    "END;\n",
    /* 6 ------------------------------------------------------------- */
    "ALTER TABLE submissions ADD COLUMN bundle_created TEXT;\n"
    "ALTER TABLE submissions ADD COLUMN workbook_modified TEXT;\n"
    "CREATE TABLE gated_answers(\n"
    "  submission INTEGER NOT NULL REFERENCES submissions(id),\n"
    "  staff_id INTEGER REFERENCES staff(id),\n"
    "  item_idx INTEGER NOT NULL,\n"
    "  cell TEXT NOT NULL,\n"
    "  raw TEXT,\n"
    "  comment TEXT);\n"
    "CREATE INDEX gated_answers_submission ON gated_answers(submission);\n",
    /* 7 ------------------------------------------------------------- */
    "ALTER TABLE events ADD COLUMN staff TEXT;\n"
    "CREATE TABLE roles(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  fy INTEGER NOT NULL REFERENCES org_years(fy),\n"
    "  role TEXT NOT NULL CHECK(role IN ('chief','security_manager','info_head',\n"
    "    'system_security_officer','operations_manager')),\n"
    "  staff_id INTEGER NOT NULL REFERENCES staff(id),\n"
    "  division_id INTEGER REFERENCES divisions(id),\n"
    "  system TEXT CHECK(system IS NULL OR length(trim(system)) > 0),\n"
    "  assigned_at TEXT NOT NULL,\n"
    "  CHECK((role IN ('chief','security_manager','info_head')) =\n"
    "        (division_id IS NULL AND system IS NULL)));\n"
    "CREATE UNIQUE INDEX roles_holder ON roles(fy, role, coalesce(division_id, 0),\n"
    "  coalesce(system, ''));\n"
    TRIGGERS_7("roles_rules", "roles", RULES_ROLES_7)
    "ALTER TABLE plans ADD COLUMN survey INTEGER REFERENCES surveys(id);\n"
    "ALTER TABLE plans ADD COLUMN campaign INTEGER REFERENCES campaigns(id);\n"
    "ALTER TABLE plans ADD COLUMN params TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE plans ADD COLUMN reason TEXT;\n"
    "ALTER TABLE plans ADD COLUMN marking TEXT;\n"
    "ALTER TABLE plans ADD COLUMN drafted_on TEXT CHECK(" DATE_OK("drafted_on") ");\n"
    "ALTER TABLE plans ADD COLUMN reviewed_on TEXT CHECK(" DATE_OK("reviewed_on") ");\n"
    "ALTER TABLE plans ADD COLUMN approved_on TEXT CHECK(" DATE_OK("approved_on") ");\n"
    "DROP TRIGGER plans_rules;\n"
    "DROP TRIGGER plans_rules_update;\n"
    TRIGGERS_7("plans_rules", "plans", RULES_PLANS_7)
    "CREATE TRIGGER plans_approved BEFORE UPDATE OF fy, kind, title, body, drafted_by,\n"
    "  drafted_on, survey, campaign, params, reason, marking ON plans\n"
    "  WHEN OLD.approved_by IS NOT NULL BEGIN\n"
    "  SELECT RAISE(ABORT, 'tenken-rule:plan-approved'); END;\n"
    "CREATE TABLE plan_targets(\n"
    "  plan INTEGER NOT NULL REFERENCES plans(id),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  scheduled_on TEXT CHECK(" DATE_OK("scheduled_on") "),\n"
    "  procedure TEXT NOT NULL DEFAULT '',\n"
    "  PRIMARY KEY(plan, division_id)) WITHOUT ROWID;\n"
    "CREATE TRIGGER plan_targets_approved BEFORE INSERT ON plan_targets\n"
    "  WHEN (SELECT approved_by FROM plans WHERE id = NEW.plan) IS NOT NULL BEGIN\n"
    "  SELECT RAISE(ABORT, 'tenken-rule:plan-approved'); END;\n"
    "CREATE TRIGGER plan_targets_approved_u BEFORE UPDATE ON plan_targets\n"
    "  WHEN (SELECT approved_by FROM plans WHERE id = OLD.plan) IS NOT NULL BEGIN\n"
    "  SELECT RAISE(ABORT, 'tenken-rule:plan-approved'); END;\n"
    "CREATE TRIGGER plan_targets_approved_d BEFORE DELETE ON plan_targets\n"
    "  WHEN (SELECT approved_by FROM plans WHERE id = OLD.plan) IS NOT NULL BEGIN\n"
    "  SELECT RAISE(ABORT, 'tenken-rule:plan-approved'); END;\n"
    "CREATE TRIGGER plan_targets_year BEFORE INSERT ON plan_targets BEGIN\n"
    "  SELECT RAISE(ABORT, 'tenken-rule:staff-year')\n"
    "  WHERE (SELECT fy FROM divisions WHERE id = NEW.division_id) IS NOT\n"
    "        (SELECT fy FROM plans WHERE id = NEW.plan);\n"
    "END;\n"
    "ALTER TABLE audits ADD COLUMN procedure TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE audits ADD COLUMN notified_on TEXT CHECK(" DATE_OK("notified_on") ");\n"
    "ALTER TABLE audits ADD COLUMN reported_on TEXT CHECK(" DATE_OK("reported_on") ");\n"
    "ALTER TABLE audits ADD COLUMN reported_by INTEGER REFERENCES staff(id);\n"
    "ALTER TABLE audits ADD COLUMN evaluation TEXT;\n"
    "CREATE UNIQUE INDEX audits_plan_division ON audits(plan, division_id);\n"
    TRIGGERS_7("audits_rules", "audits", RULES_AUDITS_7)
    "DROP TRIGGER audit_team_rules;\n"
    "DROP TRIGGER audit_team_rules_update;\n"
    TRIGGERS_7("audit_team_rules", "audit_team", RULES_AUDIT_TEAM_7)
    "CREATE TRIGGER audit_team_locked BEFORE DELETE ON audit_team\n"
    "  WHEN (SELECT status FROM audits WHERE id = OLD.audit) = 'reported' BEGIN\n"
    "  SELECT RAISE(ABORT, 'tenken-rule:audit-reported'); END;\n"
    "ALTER TABLE findings ADD COLUMN submission INTEGER REFERENCES submissions(id);\n"
    "ALTER TABLE findings ADD COLUMN item_id TEXT;\n"
    "ALTER TABLE findings ADD COLUMN judgement TEXT\n"
    "  CHECK(judgement IS NULL OR judgement IN ('nonconforming','minor'));\n"
    "ALTER TABLE findings ADD COLUMN withdrawn_on TEXT CHECK(" DATE_OK("withdrawn_on") ");\n"
    "ALTER TABLE findings ADD COLUMN withdrawn_reason TEXT;\n"
    "CREATE INDEX findings_audit ON findings(audit);\n"
    TRIGGERS_7("findings_rules", "findings", RULES_FINDINGS_7)
    "CREATE TABLE audit_evidence(\n"
    "  submission INTEGER NOT NULL REFERENCES submissions(id),\n"
    "  item_idx INTEGER NOT NULL,\n"
    "  examined TEXT NOT NULL,\n"
    "  PRIMARY KEY(submission, item_idx)) WITHOUT ROWID;\n"
    TRIGGERS_7("exceptions_dates", "exceptions", RULES_DATES_EXCEPTIONS_7)
    TRIGGERS_7("improvements_dates", "improvements", RULES_DATES_IMPROVEMENTS_7)
    TRIGGERS_7("campaigns_dates", "campaigns", RULES_DATES_CAMPAIGNS_7),
    /* 8 ------------------------------------------------------------- */
    "UPDATE answers SET raw = NULL WHERE choice IS NOT NULL AND raw IS (\n"
    "  SELECT sc.label FROM submissions u JOIN campaigns c ON c.id = u.campaign\n"
    "  JOIN survey_items i ON i.survey = c.survey AND i.idx = answers.item_idx\n"
    "  JOIN survey_scales sc ON sc.survey = i.survey AND sc.scale = i.scale\n"
    "    AND sc.idx = answers.choice\n"
    "  WHERE u.id = answers.submission);\n"
    "CREATE VIEW answers_text AS SELECT a.submission, a.staff_id, a.item_idx,\n"
    "  a.choice, a.value, coalesce(a.raw, sc.label) AS raw, a.comment\n"
    "  FROM answers a\n"
    "  LEFT JOIN submissions u ON u.id = a.submission\n"
    "  LEFT JOIN campaigns c ON c.id = u.campaign\n"
    "  LEFT JOIN survey_items i ON i.survey = c.survey AND i.idx = a.item_idx\n"
    "  LEFT JOIN survey_scales sc ON sc.survey = i.survey AND sc.scale = i.scale\n"
    "    AND sc.idx = a.choice;\n",
    /* 9 ------------------------------------------------------------- */
    "DROP TRIGGER improvements_rules;\n"
    "DROP TRIGGER improvements_rules_update;\n"
    "DROP TRIGGER improvements_dates;\n"
    "DROP TRIGGER improvements_dates_update;\n"
    "DROP TRIGGER exceptions_rules;\n"
    "DROP TRIGGER exceptions_rules_update;\n"
    "DROP TRIGGER exceptions_dates;\n"
    "DROP TRIGGER exceptions_dates_update;\n"
    "DROP INDEX exceptions_ends;\n"
    "DROP TABLE improvements;\n"
    "DROP TABLE notices;\n"
    "DROP TABLE exceptions;\n"
    "ALTER TABLE findings ADD COLUMN source INTEGER REFERENCES findings(id);\n"
    "ALTER TABLE findings ADD COLUMN closed_on TEXT CHECK(" DATE_OK("closed_on") ");\n"
    "CREATE TABLE notices(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  fy INTEGER NOT NULL REFERENCES org_years(fy),\n"
    "  kind TEXT NOT NULL CHECK(kind IN ('audit','self','cross')),\n"
    "  audit INTEGER REFERENCES audits(id),\n"
    "  campaign INTEGER REFERENCES campaigns(id),\n"
    "  source INTEGER REFERENCES findings(id),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  sent_on TEXT NOT NULL,\n"
    "  respond_by TEXT NOT NULL,\n"
    "  sent_by INTEGER NOT NULL REFERENCES staff(id),\n"
    "  file_name TEXT NOT NULL,\n"
    "  responded_on TEXT,\n"
    "  answer TEXT CHECK(answer IS NULL OR answer IN ('none','done','plan')),\n"
    "  answer_note TEXT,\n"
    "  created_at TEXT NOT NULL,\n"
    "  CHECK((kind = 'audit') = (audit IS NOT NULL)),\n"
    "  CHECK((kind = 'self') = (campaign IS NOT NULL)),\n"
    "  CHECK((kind = 'cross') = (source IS NOT NULL)));\n"
    "CREATE INDEX notices_division ON notices(division_id);\n"
    TRIGGERS_7("notices_rules", "notices", RULES_NOTICES_9)
    "CREATE TRIGGER notices_sent BEFORE INSERT ON notices BEGIN\n"
    RULES_NOTICES_SENT_9 "END;\n"
    "CREATE TABLE notice_findings(\n"
    "  notice INTEGER NOT NULL REFERENCES notices(id),\n"
    "  finding INTEGER NOT NULL REFERENCES findings(id),\n"
    "  PRIMARY KEY(notice, finding)) WITHOUT ROWID;\n"
    "CREATE INDEX notice_findings_finding ON notice_findings(finding);\n"
    TRIGGERS_7("notice_findings_rules", "notice_findings", RULES_NOTICE_FINDINGS_9)
    "CREATE TABLE improvements(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  finding INTEGER NOT NULL REFERENCES findings(id),\n"
    "  notice INTEGER REFERENCES notices(id),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  kind TEXT NOT NULL CHECK(kind IN ('measure_taken','plan')),\n"
    "  description TEXT NOT NULL CHECK(length(trim(description)) > 0),\n"
    "  compensating TEXT,\n"
    "  owner TEXT,\n"
    "  due TEXT,\n"
    "  milestones TEXT,\n"
    "  submitted_on TEXT NOT NULL,\n"
    "  progress INTEGER NOT NULL DEFAULT 0 CHECK(progress BETWEEN 0 AND 100),\n"
    "  progress_on TEXT,\n"
    "  progress_note TEXT,\n"
    "  completed_on TEXT,\n"
    "  completion_note TEXT,\n"
    "  verified_by INTEGER REFERENCES staff(id),\n"
    "  verified_on TEXT,\n"
    "  superseded_by INTEGER REFERENCES improvements(id),\n"
    "  created_at TEXT NOT NULL);\n"
    "CREATE INDEX improvements_finding ON improvements(finding);\n"
    "CREATE INDEX improvements_division ON improvements(division_id);\n"
    TRIGGERS_7("improvements_rules", "improvements", RULES_IMPROVEMENTS_9)
    "CREATE TRIGGER improvements_verifier BEFORE UPDATE OF verified_by ON improvements\n"
    "  WHEN NEW.verified_by IS NOT NULL AND NEW.verified_by IS NOT OLD.verified_by BEGIN\n"
    RULES_IMPROVEMENTS_VERIFIED_9 "END;\n"
    "CREATE TRIGGER improvements_verified BEFORE UPDATE ON improvements\n"
    "  WHEN OLD.verified_by IS NOT NULL AND NEW.superseded_by IS OLD.superseded_by BEGIN\n"
    "  SELECT RAISE(ABORT, 'tenken-rule:improvement-verified'); END;\n"
    "CREATE TABLE improvement_progress(\n"
    "  improvement INTEGER NOT NULL REFERENCES improvements(id),\n"
    "  on_date TEXT NOT NULL CHECK(" DATE_OK("on_date") "),\n"
    "  percent INTEGER NOT NULL CHECK(percent BETWEEN 0 AND 100),\n"
    "  note TEXT NOT NULL DEFAULT '',\n"
    "  staff_id INTEGER REFERENCES staff(id),\n"
    "  source TEXT NOT NULL CHECK(source IN ('command','form')),\n"
    "  recorded_at TEXT NOT NULL);\n"
    "CREATE INDEX improvement_progress_of ON improvement_progress(improvement);\n"
    "CREATE TABLE return_forms(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  kind TEXT NOT NULL CHECK(kind IN ('response','progress')),\n"
    "  notice INTEGER REFERENCES notices(id),\n"
    "  division_id INTEGER NOT NULL REFERENCES divisions(id),\n"
    "  token TEXT NOT NULL UNIQUE,\n"
    "  issued_on TEXT NOT NULL,\n"
    "  issued_by INTEGER REFERENCES staff(id),\n"
    "  file_name TEXT NOT NULL,\n"
    "  CHECK((kind = 'response') = (notice IS NOT NULL)));\n"
    "CREATE TABLE returns(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  form INTEGER NOT NULL REFERENCES return_forms(id),\n"
    "  file_name TEXT NOT NULL,\n"
    "  file_sha256 TEXT NOT NULL UNIQUE,\n"
    "  imported_at TEXT NOT NULL,\n"
    "  imported_by TEXT NOT NULL,\n"
    "  rows INTEGER NOT NULL);\n"
    "CREATE TABLE exceptions(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  fy INTEGER NOT NULL REFERENCES org_years(fy),\n"
    "  state TEXT NOT NULL CHECK(state IN ('requested','provisional','active',\n"
    "    'rejected','ended','revoked')),\n"
    "  system TEXT NOT NULL CHECK(length(trim(system)) > 0),\n"
    "  division_id INTEGER REFERENCES divisions(id),\n"
    "  clause TEXT NOT NULL CHECK(length(trim(clause)) > 0),\n"
    "  reason TEXT NOT NULL CHECK(length(trim(reason)) > 0),\n"
    "  alternative TEXT NOT NULL CHECK(length(trim(alternative)) > 0),\n"
    "  special_reason TEXT,\n"
    "  applicant INTEGER NOT NULL REFERENCES staff(id),\n"
    "  via INTEGER REFERENCES staff(id),\n"
    "  requested_on TEXT NOT NULL,\n"
    "  starts_on TEXT NOT NULL,\n"
    "  ends_on TEXT NOT NULL,\n"
    "  permitted_by INTEGER REFERENCES staff(id),\n"
    "  follows INTEGER REFERENCES exceptions(id),\n"
    "  renews INTEGER REFERENCES exceptions(id),\n"
    "  decided_by INTEGER REFERENCES staff(id),\n"
    "  decided_on TEXT,\n"
    "  decision_note TEXT,\n"
    "  special_approval INTEGER NOT NULL DEFAULT 0 CHECK(special_approval IN (0, 1)),\n"
    "  closed_on TEXT,\n"
    "  close_note TEXT,\n"
    "  created_at TEXT NOT NULL);\n"
    "CREATE INDEX exceptions_ends ON exceptions(ends_on);\n"
    TRIGGERS_7("exceptions_rules", "exceptions", RULES_EXCEPTIONS_9)
    "CREATE TRIGGER exceptions_requested BEFORE INSERT ON exceptions BEGIN\n"
    RULES_EXCEPTIONS_REQUESTED_9 "END;\n"
    "CREATE TRIGGER exceptions_decided BEFORE UPDATE OF decided_by ON exceptions\n"
    "  WHEN NEW.decided_by IS NOT NULL AND NEW.decided_by IS NOT OLD.decided_by BEGIN\n"
    RULES_EXCEPTIONS_DECIDED_9 "END;\n",
    /* 10 ------------------------------------------------------------ */
    /* Per-staff forms: a form and a submission may belong to one member
     * of staff (0: the division's own, as before); a division's current
     * submissions are one per member. */
    "ALTER TABLE forms ADD COLUMN member_id INTEGER NOT NULL DEFAULT 0;\n"
    "ALTER TABLE submissions ADD COLUMN member_id INTEGER NOT NULL DEFAULT 0;\n"
    "DROP INDEX submissions_current;\n"
    "CREATE UNIQUE INDEX submissions_current ON submissions(campaign, division_id, member_id)\n"
    "  WHERE superseded_by IS NULL;\n",
    /* 11 ------------------------------------------------------------ */
    /* The head of a division form: 点検日, 記入者, 所属長確認 and its
     * date, as returned with the answers. */
    "ALTER TABLE submissions ADD COLUMN inspected_on TEXT\n"
    "  CHECK(inspected_on IS NULL OR date(inspected_on) IS inspected_on);\n"
    "ALTER TABLE submissions ADD COLUMN filled_by TEXT;\n"
    "ALTER TABLE submissions ADD COLUMN head_confirmed_by TEXT;\n"
    "ALTER TABLE submissions ADD COLUMN head_confirmed_on TEXT\n"
    "  CHECK(head_confirmed_on IS NULL OR date(head_confirmed_on) IS head_confirmed_on);\n",
    /* 12 ------------------------------------------------------------ */
    /* The organisation's order of its divisions (the rows of the
     * divisions CSV, or its 順序 column), used by every list; divisions
     * imported before get theirs from the code, as a number and then as
     * text (110 before 1007). */
    "ALTER TABLE divisions ADD COLUMN ord INTEGER;\n"
    "UPDATE divisions SET ord = (SELECT x.n FROM (SELECT id, row_number() OVER (\n"
    "  PARTITION BY fy ORDER BY code GLOB '*[^0-9]*' OR code = '',\n"
    "  CAST(code AS INTEGER), code) AS n FROM divisions) x WHERE x.id = divisions.id);\n",
};

#define TK_MIGRATION_COUNT                                                     \
	((int)(sizeof tk_migrations / sizeof tk_migrations[0]) - 1)

#endif
