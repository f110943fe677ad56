-- tenken database at schema version 1 (kept fixture for the migration test)
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES('database_id','fixture-v1');
INSERT INTO meta VALUES('created_at','2025-04-01T00:00:00Z');
CREATE TABLE grades(
  rank INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL UNIQUE);
INSERT INTO grades VALUES(1,'係員級','staff');
INSERT INTO grades VALUES(2,'主任級','senior_staff');
INSERT INTO grades VALUES(3,'係長級','unit_chief');
INSERT INTO grades VALUES(4,'課長補佐級','assistant_section_chief');
INSERT INTO grades VALUES(5,'課長級','section_chief');
INSERT INTO grades VALUES(6,'次長級','deputy_head');
INSERT INTO grades VALUES(7,'所属長級','division_head');
INSERT INTO grades VALUES(8,'部長級','bureau_head');
CREATE TABLE org_years(
  fy INTEGER PRIMARY KEY CHECK(fy BETWEEN 1990 AND 2200),
  imported_at TEXT NOT NULL,
  divisions_sha256 TEXT NOT NULL,
  staff_sha256 TEXT NOT NULL);
INSERT INTO org_years VALUES(2025,'2025-04-01T00:00:00Z','d','s');
CREATE TABLE divisions(
  id INTEGER PRIMARY KEY,
  fy INTEGER NOT NULL REFERENCES org_years(fy),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('bureau','hq','station')),
  parent_id INTEGER REFERENCES divisions(id)
    DEFERRABLE INITIALLY DEFERRED,
  head_staff_id INTEGER REFERENCES staff(id)
    DEFERRABLE INITIALLY DEFERRED,
  UNIQUE(fy, code));
INSERT INTO divisions VALUES(1,2025,'100','総務部','bureau',NULL,1);
INSERT INTO divisions VALUES(2,2025,'120','情報管理課','hq',1,2);
CREATE TABLE staff(
  id INTEGER PRIMARY KEY,
  fy INTEGER NOT NULL REFERENCES org_years(fy),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  grade INTEGER NOT NULL REFERENCES grades(rank),
  division_id INTEGER NOT NULL REFERENCES divisions(id)
    DEFERRABLE INITIALLY DEFERRED,
  UNIQUE(fy, code));
INSERT INTO staff VALUES(1,2025,'100001','埼玉　太郎',8,1);
INSERT INTO staff VALUES(2,2025,'100002','浦和　花子',7,2);
INSERT INTO staff VALUES(3,2025,'100003','大宮　一郎',4,2);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL);
CREATE INDEX divisions_parent ON divisions(parent_id);
CREATE INDEX staff_division ON staff(division_id);
CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_append_only_d BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
COMMIT;
PRAGMA user_version=1;
