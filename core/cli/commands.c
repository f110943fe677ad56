/*
 * commands.c — the command table of the CLI, in the order of the yearly
 * workflow (so `tenken --help` reads as the cycle).  A row is { name,
 * options, function, usage, summary, help }; each option says what it
 * takes (commands.h, enum tk_opt_type) and the parser checks it.  The
 * functions live in the cmd_*.c files.
 */
#include "cli/commands.h"
#include "lib/i18n.h"

#include <stddef.h>

#define OPTIONS(...) ((const struct tk_option[]){__VA_ARGS__, {NULL, 0, 0}})
#define NO_OPTIONS   ((const struct tk_option[]){{NULL, 0, 0}})

/* clang-format off */
const struct tk_command tk_commands[] = {
	{"init",
	 NO_OPTIONS,
	 cmd_init,
	 "tenken init",
	 N_("create the database, or upgrade it to this version's schema"),
	 N_("Creates the database file (WAL mode, foreign keys on) or brings an\n"
	 "existing one up to date by forward migrations; data is never lost.\n"
	 "A database written by a newer tenken is refused.\n")},
	{"org import",
	 OPTIONS({"--divisions", TK_OPT_TEXT, 0}, {"--staff", TK_OPT_TEXT, 0}, {"--year", TK_OPT_TEXT, 0}, {"--encoding", TK_OPT_TEXT, 0}, {"--roles", TK_OPT_TEXT, 0}),
	 cmd_org_import,
	 "tenken org import --divisions FILE.csv --staff FILE.csv [--roles FILE.csv] [--year FY] [--encoding auto|utf-8|cp932] --as STAFFCODE",
	 N_("load the organisation (所属 and 職員) of a fiscal year from CSV"),
	 N_("Formats: docs/formats.md.  UTF-8 (with or without BOM) and CP932\n"
	 "(Shift_JIS, as Excel saves CSV) are detected; --encoding forces "
	 "one.\n"
	 "A file must be in one encoding; CRLF, LF and CR line ends are read;\n"
	 "control characters in a field are refused.\n"
	 "The year defaults to the current fiscal year (April-March).  The\n"
	 "import is all-or-nothing; importing the same files again is a no-op;\n"
	 "other years are never changed.  --as must name a member of staff in\n"
	 "the staff file.  --roles FILE.csv (columns role, staff, division,\n"
	 "system; or 役割, 職員, 所属, システム) sets the year's roles in the\n"
	 "same transaction, as `tenken role set` would.  Divisions keep the\n"
	 "order of the file's rows (or of its order/順序 column) in every list\n"
	 "and report.\n")},
	{"org show",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_org_show,
	 "tenken org show [--year FY] [--json]",
	 N_("list divisions with their staff counts"),
	 N_("Without --year, the latest imported year is shown.\n")},
	{"role set",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--role", TK_OPT_TEXT, 0}, {"--staff", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--system", TK_OPT_TEXT, 0}),
	 cmd_role_set,
	 "tenken role set --year FY --role ROLE --staff CODE [--division CODE] [--system NAME] --as STAFFCODE",
	 N_("give a role of the year to a member of staff"),
	 N_("Roles: 本部長 (chief), 情報セキュリティ管理者 (security-manager),\n"
	 "情報管理課長 (info-head), システムセキュリティ責任者\n"
	 "(system-security-officer) and 運用管理者 (operations-manager); the\n"
	 "last two per --system or --division.  The 所属長 is the division head\n"
	 "of the org data.  A role given again replaces its holder.  Only the\n"
	 "year's 情報セキュリティ管理者 changes roles; in a year that has none\n"
	 "yet, the first assignment is allowed (and logged).  The 本部長 and\n"
	 "the 情報セキュリティ管理者 are never the same person (兼務禁止).\n")},
	{"role unset",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--role", TK_OPT_TEXT, 0}, {"--staff", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--system", TK_OPT_TEXT, 0}),
	 cmd_role_unset,
	 "tenken role unset --year FY --role ROLE [--staff CODE] [--division CODE] [--system NAME] --as STAFFCODE",
	 N_("take a role of the year away"),
	 ""},
	{"role list",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_role_list,
	 "tenken role list [--year FY] [--json]",
	 N_("list the roles of a year (or of every year)"),
	 ""},
	{"plugin list",
	 OPTIONS({"--json", TK_OPT_FLAG, 0}),
	 cmd_plugin_list,
	 "tenken plugin list [--json]",
	 N_("list the questionnaire and checklist plugins"),
	 N_("Plugins come from the bundled surveys directory, --plugins DIR and\n"
	 "TENKEN_PLUGIN_PATH (colon-separated).  A plugin that fails to load\n"
	 "is listed with its error; the others still work.\n")},
	{"plugin check",
	 OPTIONS({"--json", TK_OPT_FLAG, 0}),
	 cmd_plugin_check,
	 "tenken plugin check FILE.lua... [--param KEY=VALUE]",
	 N_("validate plugin files and report every problem found"),
	 N_("Exit status 3 when a file has problems; each is reported as\n"
	 "file:line: what is wrong.\n")},
	{"plugin show",
	 OPTIONS({"--json", TK_OPT_FLAG, 0}),
	 cmd_plugin_show,
	 "tenken plugin show ID [--param KEY=VALUE]... [--json]",
	 N_("show a survey's sections and items"),
	 N_("--param passes parameters to plugins that build their checklist,\n"
	 "e.g. --param themes=外部記録媒体,公用携帯電話機 for special-audit.\n")},
	{"campaign create",
	 OPTIONS({"--survey", TK_OPT_TEXT, 0}, {"--year", TK_OPT_TEXT, 0}, {"--title", TK_OPT_TEXT, 0}, {"--due", TK_OPT_TEXT, 0}, {"--divisions", TK_OPT_TEXT, 0}, {"--marking", TK_OPT_TEXT, 0}, {"--return-to", TK_OPT_TEXT, 0}),
	 cmd_campaign_create,
	 "tenken campaign create --survey ID --year FY [--title T] [--due YYYY-MM-DD] [--divisions all|CODE,...] [--marking TEXT] [--return-to TEXT] [--param K=V]... --as STAFFCODE",
	 N_("plan a self-inspection (自己点検実施計画) and freeze its survey"),
	 N_("Freezes the survey definition (id, version, content hash) so a later\n"
	 "edit of the plugin never changes this campaign.  --due is not before\n"
	 "the fiscal year starts (1 April).  --divisions all (the\n"
	 "default) targets every HQ division and police station of the year.\n"
	 "--marking defaults to \"機密性2 取扱制限：関係者限り\".  With -q only the id\n"
	 "is printed.\n")},
	{"campaign list",
	 OPTIONS({"--json", TK_OPT_FLAG, 0}),
	 cmd_campaign_list,
	 "tenken campaign list [--json]",
	 N_("list campaigns"),
	 ""},
	{"campaign show",
	 OPTIONS({"--campaign", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_campaign_show,
	 "tenken campaign show --campaign ID [--json]",
	 N_("show a campaign"),
	 ""},
	{"campaign edit",
	 OPTIONS({"--campaign", TK_OPT_TEXT, 0}, {"--due", TK_OPT_TEXT, 0}, {"--title", TK_OPT_TEXT, 0}),
	 cmd_campaign_edit,
	 "tenken campaign edit --campaign ID [--due YYYY-MM-DD] [--title T] --as STAFFCODE",
	 N_("change an open campaign's due date or title"),
	 N_("By the year's 情報セキュリティ管理者, while the campaign is open (a\n"
	 "closed one is reopened first).  The due date may be extended or\n"
	 "brought forward, never before the fiscal year starts.  Forms\n"
	 "exported earlier still import; export them again to print the new\n"
	 "date.  Logged with the old and new values.\n")},
	{"campaign delete",
	 OPTIONS({"--campaign", TK_OPT_TEXT, 0}),
	 cmd_campaign_delete,
	 "tenken campaign delete --campaign ID --as STAFFCODE",
	 N_("delete a campaign that has no submission yet"),
	 N_("By the year's 情報セキュリティ管理者.  The forms exported for it are\n"
	 "deleted with it (returned copies no longer import).  A campaign\n"
	 "with submissions is refused, naming how many: close it instead.\n")},
	{"campaign close",
	 OPTIONS({"--campaign", TK_OPT_TEXT, 0}),
	 cmd_campaign_close,
	 "tenken campaign close --campaign ID --as STAFFCODE",
	 N_("close a campaign: no more imports"),
	 N_("A closed campaign refuses imports; `campaign reopen` undoes it.\n")},
	{"campaign reopen",
	 OPTIONS({"--campaign", TK_OPT_TEXT, 0}),
	 cmd_campaign_reopen,
	 "tenken campaign reopen --campaign ID --as STAFFCODE",
	 N_("reopen a closed campaign"),
	 ""},
	{"form export",
	 OPTIONS({"--campaign", TK_OPT_TEXT, 0}, {"--out", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--per-staff", TK_OPT_FLAG, 0}),
	 cmd_form_export,
	 "tenken form export --campaign ID --out DIR [--division CODE] [--per-staff] --as STAFFCODE",
	 N_("write the offline self-inspection forms (.xlsx) of a campaign"),
	 N_("One workbook per target division (or only --division CODE), named\n"
	 "CAMPAIGN_CODE_NAME.xlsx.  Each form carries a fresh token recorded\n"
	 "in the database; forms exported earlier stay valid.\n"
	 "--per-staff (staff surveys): one workbook per member of staff instead,\n"
	 "DIR/CODE_NAME/CAMPAIGN_CODE_STAFFCODE_NAME.xlsx, bound to the member.\n")},
	{"seal",
	 OPTIONS({"--out", TK_OPT_TEXT, 0}, {"--passphrase-file", TK_OPT_TEXT, 0}),
	 cmd_seal,
	 "tenken seal --out FILE.zip [--passphrase-file F] FILE...",
	 N_("seal returned forms into a zip with a SHA-256 manifest"),
	 N_("The bundle's first entry, tenken-seal.txt, lists each file's SHA-256\n"
	 "and size; `tenken import` verifies all of them before reading any.\n"
	 "With --passphrase-file (or TENKEN_PASSPHRASE_FILE) every entry is\n"
	 "AES-256 encrypted and the manifest carries an HMAC, so a re-packed\n"
	 "bundle is refused, and the files are stored under opaque names\n"
	 "(m0001.bin, ...) so the zip headers show no division names.  The\n"
	 "passphrase is the file's first line, at least 20 characters (make\n"
	 "one with `tenken seal keygen`); it is never taken on the command\n"
	 "line.\n")},
	{"seal keygen",
	 OPTIONS({"--out", TK_OPT_TEXT, 0}),
	 cmd_seal_keygen,
	 "tenken seal keygen --out FILE",
	 N_("write a new random passphrase file for sealed bundles"),
	 N_("Writes 160 random bits from the system's CSPRNG as 32 base32\n"
	 "characters and a line end, file mode 0600.  An existing FILE is never\n"
	 "overwritten.  Give the file to the importing side by another channel\n"
	 "than the bundle.\n")},
	{"import",
	 OPTIONS({"--dry-run", TK_OPT_FLAG, 0}, {"--passphrase-file", TK_OPT_TEXT, 0}, {"--allow-older", TK_OPT_FLAG, 0}, {"--slips", TK_OPT_TEXT, 0}),
	 cmd_import,
	 "tenken import [--dry-run] [--allow-older] [--passphrase-file F] [--slips DIR] FILE|DIR... --as STAFFCODE",
	 N_("import returned forms (.xlsx) and sealed bundles (.zip)"),
	 N_("Each workbook is checked completely and imported in one transaction;\n"
	 "a rejected one gets every problem listed with sheet!cell and nothing\n"
	 "is written.  The same file twice is a no-op; a new file from the same\n"
	 "division supersedes its earlier submission (both kept in history).\n"
	 "Directories are read for *.xlsx and *.zip.  Sealed bundles are\n"
	 "verified first; their passphrase comes from --passphrase-file or\n"
	 "TENKEN_PASSPHRASE_FILE, never from the command line.  Exit status 3\n"
	 "when any file was rejected; every rejection is in the event log.\n"
	 "A resubmission older than the current one (bundle sealed or workbook\n"
	 "saved earlier) is refused unless --allow-older.  Warnings (stderr):\n"
	 "answers to follow-ups their gate closes (kept aside, not scored), a\n"
	 "file name naming another division, a resubmission from another file,\n"
	 "a blank 点検日.  A 点検日 outside the campaign's fiscal year or after\n"
	 "today is refused.\n"
	 "For each refused form whose division is known a 差戻し票 (what is\n"
	 "wrong, cell by cell, and how to fix it) is written into --slips DIR\n"
	 "(default: a folder 差戻し票 inside the first DIR, or beside the first\n"
	 "FILE), also with --dry-run; one line per slip written.\n")},
	{"status",
	 OPTIONS({"--campaign", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}, {"--csv", TK_OPT_FLAG, 0}, {"--ja", TK_OPT_FLAG, 0}),
	 cmd_status,
	 "tenken status --campaign ID [--json|--csv [--ja]]",
	 N_("per division: submitted / missing / late, answers, state"),
	 N_("Late means imported after the due date.  The state column (JSON\n"
	 "\"state\") is returned (差戻し中: a form was refused after the last\n"
	 "accepted one, or with none accepted), else submitted, late (also a\n"
	 "missing form once the due date has passed) or missing.  Answers are the answers to\n"
	 "items that count (not blanks, notes, nor answers kept aside), as\n"
	 "`tenken import` says.  Times are local.  --csv: the table's columns\n"
	 "for Excel (UTF-8 with BOM, times as stored, UTC); --ja or a Japanese\n"
	 "locale gives Japanese column headers.\n")},
	{"score",
	 OPTIONS({"--campaign", TK_OPT_TEXT, 0}, {"--by", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}, {"--csv", TK_OPT_FLAG, 0}, {"--ja", TK_OPT_FLAG, 0}),
	 cmd_score,
	 "tenken score --campaign ID [--by division|section|item|group] [--json|--csv [--ja]]",
	 N_("scores per division, section, item or group"),
	 N_("Default scoring and every output field: docs/scoring.md.  Only the\n"
	 "current submission of each division counts; --by division also\n"
	 "gives the change against the same survey's previous year, matched\n"
	 "by division code.  In --csv, text starting with = + - @ is\n"
	 "prefixed with ' so spreadsheets do not run it as a formula; the file\n"
	 "starts with a UTF-8 BOM (Excel), and --ja or a Japanese locale gives\n"
	 "Japanese column headers.  JSON keys stay English.\n")},
	{"report",
	 OPTIONS({"--campaign", TK_OPT_TEXT, 0}, {"--out", TK_OPT_TEXT, 0}, {"--per-division", TK_OPT_TEXT, 0}),
	 cmd_report,
	 "tenken report --campaign ID [--out FILE.xlsx] [--per-division DIR]",
	 N_("write the result workbooks (.xlsx) of a campaign"),
	 N_("--out writes the organisation workbook (概要, 所属別, 項目別, 未提出,\n"
	 "前年比); --per-division writes one workbook per target division into\n"
	 "DIR, named CODE_NAME.xlsx, holding only that division's results (結果,\n"
	 "要改善項目, 所属の記述・改善状況: its own comments and open improvements).\n"
	 "Give at least one of the two.  All numbers are those of\n"
	 "`tenken score`.  Files are put in place only when all were written;\n"
	 "each run is recorded in the event log.  Sheets: docs/reports.md.\n")},
	{"report annual",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--out", TK_OPT_TEXT, 0}, {"--as-of", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}, {"--issues-file", TK_OPT_TEXT, 0}, {"--marking", TK_OPT_TEXT, 0}),
	 cmd_report_annual,
	 "tenken report annual --year FY --out FILE.xlsx [--as-of D] [--json] [--issues-file F] [--marking M]",
	 N_("write the annual report of a fiscal year to the committee (.xlsx)"),
	 N_("Nine sheets, each A4 and marked: 概要, 自己点検の実施状況, 自己点検の結果,\n"
	 "監査の実施状況, 指摘事項, 改善状況, 例外措置, 所属の記述, 今後の課題\n"
	 "(docs/reports.md says where every figure comes from).  --as-of (default\n"
	 "today, or the year's last day once it is past) decides what is late,\n"
	 "active or expiring; the lateness figures are those of `tenken overdue\n"
	 "--year FY --as-of D`.  --issues-file F (UTF-8) is the manager's text\n"
	 "for 今後の課題; --marking replaces the marking of the year's latest\n"
	 "campaign.  --json prints the same figures.  The same database and\n"
	 "--as-of give the same figures; the run is recorded in the event log\n"
	 "(report.write) after the evidence-trail anchor printed on 概要 was taken.\n")},
	{"audit plan create",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--kind", TK_OPT_TEXT, 0}, {"--targets", TK_OPT_TEXT, 0}, {"--checklist", TK_OPT_TEXT, 0}, {"--title", TK_OPT_TEXT, 0}, {"--reason", TK_OPT_TEXT, 0}, {"--schedule", TK_OPT_TEXT, 0}, {"--marking", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}),
	 cmd_audit_plan_create,
	 "tenken audit plan create --year FY --kind regular|special --targets all|CODE,... --checklist ID [--param K=V]... [--reason T] [--title T] [--schedule FILE.csv] [--marking T] [--on D] --as STAFFCODE",
	 N_("draft the year's audit plan (実施計画), --as the 情報セキュリティ管理者"),
	 N_("The checklist is frozen with its --param values.  A special audit\n"
	 "needs --reason and the items chosen (--param themes=…, clauses=… or\n"
	 "items=…; no silent default).  --schedule FILE.csv has the columns\n"
	 "division, date, procedure (所属, 監査日, 実施要領).  --on is the\n"
	 "drafting date (default today).  The plan is approved next by the\n"
	 "本部長 (`audit plan approve`).\n")},
	{"audit plan review",
	 OPTIONS({"--plan", TK_OPT_TEXT, 0}, {"--committee-date", TK_OPT_TEXT, 0}),
	 cmd_audit_plan_review,
	 "tenken audit plan review --plan ID --committee-date D --as STAFFCODE",
	 N_("record the committee's review of a plan (第2 2(2)エ)"),
	 ""},
	{"audit plan approve",
	 OPTIONS({"--plan", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}),
	 cmd_audit_plan_approve,
	 "tenken audit plan approve --plan ID [--on D] --as STAFFCODE",
	 N_("approve a plan, --as the year's 本部長 (not its drafter)"),
	 N_("On or after the drafting date; an approved plan can no longer be\n"
	 "changed.\n")},
	{"audit plan list",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_audit_plan_list,
	 "tenken audit plan list [--year FY] [--json]",
	 N_("list audit plans"),
	 ""},
	{"audit create",
	 OPTIONS({"--plan", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--date", TK_OPT_TEXT, 0}, {"--scheduled", TK_OPT_FLAG, 0}),
	 cmd_audit_create,
	 "tenken audit create --plan ID (--division CODE [--date D] | --scheduled) --as STAFFCODE",
	 N_("create the audit of a target division of an approved plan"),
	 N_("--scheduled creates one for every target with a date in the plan's\n"
	 "schedule.  The date is in the plan's fiscal year.\n")},
	{"audit assign",
	 OPTIONS({"--audit", TK_OPT_TEXT, 0}, {"--staff", TK_OPT_TEXT, 0}, {"--role", TK_OPT_TEXT, 0}, {"--remove", TK_OPT_FLAG, 0}),
	 cmd_audit_assign,
	 "tenken audit assign --audit ID --staff CODE (--role lead|member | --remove) --as STAFFCODE",
	 N_("name an auditor (監査官), --as the 情報セキュリティ管理者"),
	 N_("Auditors are staff of the audit's year in a 警察本部 division (not a\n"
	 "方面本部), 課長補佐級 or above, and not of the audited division\n"
	 "(第2 5(2)ウ(ア), 1(6)ア(イ)).  Exactly one lead before results.\n")},
	{"audit notify",
	 OPTIONS({"--audit", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--out", TK_OPT_TEXT, 0}, {"--procedure-file", TK_OPT_TEXT, 0}),
	 cmd_audit_notify,
	 "tenken audit notify --audit ID [--on D] --out DIR [--procedure-file F] --as STAFFCODE",
	 N_("write the 実施通知 to the division head and record the notice"),
	 N_("Required before a regular audit's results are recorded; the notice\n"
	 "date is on or before the audit date.  Optional for a special audit.\n")},
	{"audit form",
	 OPTIONS({"--audit", TK_OPT_TEXT, 0}, {"--out", TK_OPT_TEXT, 0}),
	 cmd_audit_form,
	 "tenken audit form --audit ID --out DIR --as STAFFCODE",
	 N_("write the audit's offline checklist workbook for the team"),
	 N_("Per item: 判定 (適合 / 軽微な不備 / 不適合 / 該当なし), 所見 and\n"
	 "確認した証跡.  It comes back through `tenken import`; each 不適合 or\n"
	 "軽微な不備 (which needs its 所見) becomes a finding.\n")},
	{"audit findings",
	 OPTIONS({"--audit", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_audit_findings,
	 "tenken audit findings --audit ID [--json]",
	 N_("list an audit's findings (指摘事項)"),
	 ""},
	{"audit finding edit",
	 OPTIONS({"--finding", TK_OPT_TEXT, 0}, {"--text", TK_OPT_TEXT, 0}),
	 cmd_audit_finding_edit,
	 "tenken audit finding edit --finding N --text T --as STAFFCODE",
	 N_("change a finding's 所見, --as the lead, before the report"),
	 ""},
	{"audit finding withdraw",
	 OPTIONS({"--finding", TK_OPT_TEXT, 0}, {"--reason", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}),
	 cmd_audit_finding_withdraw,
	 "tenken audit finding withdraw --finding N --reason T [--on D] --as STAFFCODE",
	 N_("withdraw a finding, --as the lead, before the report"),
	 ""},
	{"audit report",
	 OPTIONS({"--audit", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--evaluation-file", TK_OPT_TEXT, 0}, {"--out", TK_OPT_TEXT, 0}),
	 cmd_audit_report,
	 "tenken audit report --audit ID [--on D] --evaluation-file F --out FILE.xlsx --as STAFFCODE",
	 N_("write the 監査報告書 to the 情報セキュリティ管理者, --as the lead"),
	 N_("Refused until the checklist is imported with every required item\n"
	 "judged.  F holds the 総合評価 (UTF-8 text).  The audit is then\n"
	 "reported and fixed.\n")},
	{"audit list",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_audit_list,
	 "tenken audit list [--year FY] [--json]",
	 N_("list audits with state, team and findings"),
	 ""},
	{"audit show",
	 OPTIONS({"--audit", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_audit_show,
	 "tenken audit show --audit ID [--json]",
	 N_("show an audit: plan, dates, team, findings by severity"),
	 ""},
	{"notice send",
	 OPTIONS({"--audit", TK_OPT_TEXT, 0}, {"--campaign", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--items", TK_OPT_TEXT, 0}, {"--below", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--respond-by", TK_OPT_TEXT, 0}, {"--out", TK_OPT_TEXT, 0}, {"--marking", TK_OPT_TEXT, 0}, {"--text", TK_OPT_TEXT, 0}),
	 cmd_notice_send,
	 "tenken notice send (--audit ID | --campaign ID --division CODE (--items ID,... | --below GRADE)) --respond-by D [--on D] --out DIR [--text T] [--marking M] --as STAFFCODE",
	 N_("send the 改善通知書 and its response workbook to a division head"),
	 N_("--as the year's 情報セキュリティ管理者 (第2 5(2)オ(イ)).  --audit: the\n"
	 "open findings of a reported audit not notified yet.  --campaign: findings\n"
	 "raised from the division's own self-inspection answers (第2 4(2)): the\n"
	 "items named, or every item scoring below the survey's grade GRADE.\n"
	 "Writes 改善通知_N_CODE_NAME.xlsx and 回答書_N_CODE.xlsx into DIR.  The\n"
	 "division answers each finding with 措置済み (what was done, completion\n"
	 "date) or 改善計画 (measures, 補完的措置, owner, due date on or after the\n"
	 "notice, milestones; 第2 5(2)オ(エ)) and returns the workbook through\n"
	 "`tenken import`.  --respond-by must be after --on (default today).\n")},
	{"notice cross",
	 OPTIONS({"--finding", TK_OPT_TEXT, 0}, {"--divisions", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--respond-by", TK_OPT_TEXT, 0}, {"--out", TK_OPT_TEXT, 0}, {"--marking", TK_OPT_TEXT, 0}, {"--text", TK_OPT_TEXT, 0}),
	 cmd_notice_cross,
	 "tenken notice cross --finding ID --divisions all|CODE,... --respond-by D [--on D] --out DIR [--text T] [--marking M] --as STAFFCODE",
	 N_("ask other divisions whether a finding's problem exists there (横展開)"),
	 N_("--as the year's 情報セキュリティ管理者 (第2 5(2)オ(ウ)).  One notice and\n"
	 "response workbook per division, never the finding's own; \"all\" skips\n"
	 "divisions asked before, a named one asked before is refused.  The\n"
	 "answer is 該当なし, 措置済み or 改善計画 (as for `notice send`); the\n"
	 "latter two raise a finding of that division with its improvement.\n")},
	{"notice list",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--as-of", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_notice_list,
	 "tenken notice list [--year FY] [--division CODE] [--as-of D] [--json]",
	 N_("list notices with their reply date, response and days overdue"),
	 N_("Days overdue count from the reply date to --as-of (default today) for\n"
	 "a notice without a response.\n")},
	{"improvement list",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--state", TK_OPT_TEXT, 0}, {"--overdue", TK_OPT_FLAG, 0}, {"--as-of", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_improvement_list,
	 "tenken improvement list [--year FY] [--division CODE] [--state in_progress|completed|verified] [--overdue] [--as-of D] [--json]",
	 N_("list the current improvements (措置結果・改善計画) with progress, state and days overdue"),
	 N_("One row per improvement not replaced by a later response: division,\n"
	 "finding, clause, severity, kind, 補完的措置, due date, progress, state\n"
	 "and, for a plan not completed whose due date is before --as-of\n"
	 "(default today), the days overdue.\n")},
	{"improvement progress",
	 OPTIONS({"--id", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--percent", TK_OPT_TEXT, 0}, {"--note", TK_OPT_TEXT, 0}),
	 cmd_improvement_progress,
	 "tenken improvement progress --id N [--on D] --percent P [--note T] --as STAFFCODE",
	 N_("record the progress of an improvement, --as staff of its division or the 情報セキュリティ管理者"),
	 N_("P is 0 to 100.  Kept in the improvement's history; not after it is\n"
	 "completed.\n")},
	{"improvement complete",
	 OPTIONS({"--id", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--note", TK_OPT_TEXT, 0}),
	 cmd_improvement_complete,
	 "tenken improvement complete --id N [--on D] [--note T] --as STAFFCODE",
	 N_("record that an improvement plan is carried out (progress 100)"),
	 N_("By staff of its division or the 情報セキュリティ管理者; verification\n"
	 "(`improvement verify`) follows.\n")},
	{"improvement verify",
	 OPTIONS({"--id", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}),
	 cmd_improvement_verify,
	 "tenken improvement verify --id N [--on D] --as STAFFCODE",
	 N_("verify a completed improvement (措置結果の確認)"),
	 N_("By the 情報セキュリティ管理者 or HQ staff (警察本部・方面本部) of the\n"
	 "year, never by staff of the improvement's division (兼務禁止); on or\n"
	 "after its completion.  When every current improvement of the finding\n"
	 "is verified, the finding is closed on the same date.\n")},
	{"improvement form",
	 OPTIONS({"--division", TK_OPT_TEXT, 0}, {"--year", TK_OPT_TEXT, 0}, {"--out", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--marking", TK_OPT_TEXT, 0}),
	 cmd_improvement_form,
	 "tenken improvement form --division CODE [--year FY] --out DIR [--on D] [--marking T] --as STAFFCODE",
	 N_("write a division's progress workbook (進捗報告) of its improvements in progress"),
	 N_("By the 情報セキュリティ管理者.  One row per improvement in progress\n"
	 "(not completed); the division fills 進捗率(%), 状況・備考 and 完了日 and the\n"
	 "workbook comes back through `tenken import` (docs/formats.md).\n")},
	{"improvement export",
	 OPTIONS({"--out", TK_OPT_TEXT, 0}, {"--year", TK_OPT_TEXT, 0}, {"--as-of", TK_OPT_TEXT, 0}, {"--marking", TK_OPT_TEXT, 0}),
	 cmd_improvement_export,
	 "tenken improvement export --out FILE.xlsx [--year FY] [--as-of D] [--marking T]",
	 N_("write the improvement tracker workbook (改善計画一覧 and 集計)"),
	 N_("改善計画一覧: one row per current improvement, overdue rows\n"
	 "highlighted; 集計: counts by division and by chapter (第1-第7).\n"
	 "--marking defaults to \"機密性2 取扱制限：関係者限り\".\n")},
	{"overdue",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--as-of", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_overdue,
	 "tenken overdue [--year FY] [--as-of D] [--json]",
	 N_("list what is late: notices, improvement plans, cross notices, provisional exceptions"),
	 N_("Notices (audit, self) past their reply date without a response,\n"
	 "improvement plans past due and not completed, cross-division notices\n"
	 "(横展開) past their reply date without an answer, and emergency\n"
	 "exceptions still provisional with no application more than N days\n"
	 "after they were requested (N: meta exception.provisional_days,\n"
	 "default 7).  Due on --as-of (default today) is not late; the day\n"
	 "after is 1 day overdue.  Exit 0 even when something is late.\n")},
	{"exception request",
	 OPTIONS({"--system", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--clause", TK_OPT_TEXT, 0}, {"--reason", TK_OPT_TEXT, 0}, {"--alternative", TK_OPT_TEXT, 0}, {"--from", TK_OPT_TEXT, 0}, {"--to", TK_OPT_TEXT, 0}, {"--special-reason", TK_OPT_TEXT, 0}, {"--via", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--follows", TK_OPT_TEXT, 0}),
	 cmd_exception_request,
	 "tenken exception request --system NAME [--division CODE] --clause C --reason T --alternative T --from D --to D [--special-reason T] --via CODE [--on D] [--follows ID] --as STAFFCODE",
	 N_("request an exception to a security measure (例外措置, 第2 3(2)イ(ア))"),
	 N_("--as is the システムセキュリティ責任者 or 運用管理者 of the system or\n"
	 "division (rule 例外措置の申請, 第2 3(2)イ(ア)); --via is the year's\n"
	 "情報管理課長 (same rule).  An empty --reason or --alternative is\n"
	 "refused (exit 3).  The period --from..--to is inclusive and lasts at\n"
	 "most one year (2026-04-01 to 2027-03-31) unless --special-reason is\n"
	 "given, and then the decider must give --special-approval (rule\n"
	 "例外措置の期間, 第2 3(2)イ(ウ)).  The year is the fiscal year of --on\n"
	 "(the request date, default today).  --follows ID makes it the formal\n"
	 "request of an emergency exception (provisional, same system).\n"
	 "Prints the new id (-q: only the id).\n")},
	{"exception provisional",
	 OPTIONS({"--system", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--clause", TK_OPT_TEXT, 0}, {"--reason", TK_OPT_TEXT, 0}, {"--alternative", TK_OPT_TEXT, 0}, {"--from", TK_OPT_TEXT, 0}, {"--to", TK_OPT_TEXT, 0}, {"--permitted-by", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}),
	 cmd_exception_provisional,
	 "tenken exception provisional --system NAME [--division CODE] --clause C --reason T --alternative T --from D --to D --permitted-by CODE [--on D] --as STAFFCODE",
	 N_("record an emergency exception permitted on the spot (第2 3(2)イ(イ))"),
	 N_("--permitted-by is a システムセキュリティ責任者 or 運用管理者 of the\n"
	 "system other than the requester (rule 例外措置（緊急）, 第2 3(2)イ(イ)).\n"
	 "It stays provisional (never active without a decision) and is overdue\n"
	 "when more than N days (`exception setting`, default 7) pass after\n"
	 "--on without a formal request (`exception request --follows ID`).\n"
	 "When that request is decided, the provisional one ends.\n")},
	{"exception decide",
	 OPTIONS({"--id", TK_OPT_TEXT, 0}, {"--approve", TK_OPT_FLAG, 0}, {"--reject", TK_OPT_FLAG, 0}, {"--on", TK_OPT_TEXT, 0}, {"--note", TK_OPT_TEXT, 0}, {"--special-approval", TK_OPT_FLAG, 0}),
	 cmd_exception_decide,
	 "tenken exception decide --id N --approve|--reject [--on D] [--note T] [--special-approval] --as STAFFCODE",
	 N_("approve or reject a requested exception (第2 3(2)イ(エ))"),
	 N_("--as is the year's 情報セキュリティ管理者, never the applicant (兼務禁止,\n"
	 "第2 1(6)); when the manager applied, the 本部長 decides (rule\n"
	 "例外措置の承認, 第2 3(2)イ(エ)).  Only a requested exception is\n"
	 "decided (rule 例外措置, 第2 3(2)イ).  --on is the date the decision is\n"
	 "notified to the applicant, on or after the request.  Approving a\n"
	 "period over one year needs --special-approval (第2 3(2)イ(ウ)).\n")},
	{"exception end",
	 OPTIONS({"--id", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--note", TK_OPT_TEXT, 0}),
	 cmd_exception_end,
	 "tenken exception end --id N [--on D] [--note T] --as STAFFCODE",
	 N_("end an active exception that is no longer needed"),
	 N_("--as is the applicant or the 情報セキュリティ管理者 (rule 役割).  Only an\n"
	 "active exception is ended (rule 例外措置, 第2 3(2)イ).\n")},
	{"exception revoke",
	 OPTIONS({"--id", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}, {"--note", TK_OPT_TEXT, 0}),
	 cmd_exception_revoke,
	 "tenken exception revoke --id N [--on D] --note T --as STAFFCODE",
	 N_("revoke an active exception (第2 3(2)イ(エ))"),
	 N_("--as is the 情報セキュリティ管理者, or the 本部長 when the manager\n"
	 "applied (rule 役割).  --note says why.\n")},
	{"exception renew",
	 OPTIONS({"--id", TK_OPT_TEXT, 0}, {"--from", TK_OPT_TEXT, 0}, {"--to", TK_OPT_TEXT, 0}, {"--reason", TK_OPT_TEXT, 0}, {"--alternative", TK_OPT_TEXT, 0}, {"--clause", TK_OPT_TEXT, 0}, {"--division", TK_OPT_TEXT, 0}, {"--special-reason", TK_OPT_TEXT, 0}, {"--via", TK_OPT_TEXT, 0}, {"--on", TK_OPT_TEXT, 0}),
	 cmd_exception_renew,
	 "tenken exception renew --id N --from D --to D [--reason T] [--alternative T] [--special-reason T] --via CODE [--on D] --as STAFFCODE",
	 N_("request the renewal of an active (or expired) exception"),
	 N_("A new request linked to exception N, copying its system, division,\n"
	 "clause, reason and alternative unless given, checked and decided as\n"
	 "any request (`exception request`, `exception decide`).\n")},
	{"exception list",
	 OPTIONS({"--year", TK_OPT_TEXT, 0}, {"--active", TK_OPT_FLAG, 0}, {"--expiring-within", TK_OPT_NUMBER, 3660}, {"--expired", TK_OPT_FLAG, 0}, {"--provisional", TK_OPT_FLAG, 0}, {"--requested", TK_OPT_FLAG, 0}, {"--as-of", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_exception_list,
	 "tenken exception list [--year FY] [--active|--expiring-within DAYS|--expired|--provisional|--requested] [--as-of D] [--json]",
	 N_("list exceptions and their state on a day"),
	 N_("--as-of defaults to today.  Active: approved and as-of within the\n"
	 "period; expired: approved and ended before as-of, or ended;\n"
	 "--expiring-within DAYS: active and ending within DAYS of as-of;\n"
	 "provisional ones show the days since permission and whether they\n"
	 "are overdue.\n")},
	{"exception show",
	 OPTIONS({"--id", TK_OPT_TEXT, 0}, {"--as-of", TK_OPT_TEXT, 0}, {"--json", TK_OPT_FLAG, 0}),
	 cmd_exception_show,
	 "tenken exception show --id N [--as-of D] [--json]",
	 N_("show one exception with the names of everyone involved"),
	 ""},
	{"exception export",
	 OPTIONS({"--out", TK_OPT_TEXT, 0}, {"--year", TK_OPT_TEXT, 0}, {"--as-of", TK_OPT_TEXT, 0}, {"--marking", TK_OPT_TEXT, 0}),
	 cmd_exception_export,
	 "tenken exception export --out FILE.xlsx [--year FY] [--as-of D] [--marking T]",
	 N_("write the 例外措置管理簿 workbook"),
	 N_("One row per exception with its state as of --as-of (default today);\n"
	 "rows ending within 30 days are yellow, expired ones and overdue\n"
	 "provisional ones red.  A4 landscape, frozen header with a filter,\n"
	 "--marking (default 機密性2) in header and footer.\n")},
	{"exception setting",
	 OPTIONS({"--provisional-days", TK_OPT_NUMBER, 365}, {"--year", TK_OPT_TEXT, 0}),
	 cmd_exception_setting,
	 "tenken exception setting --provisional-days N [--year FY] --as STAFFCODE",
	 N_("set the days an emergency exception may wait for its formal request"),
	 N_("--as is the 情報セキュリティ管理者 of the year (default: this one);\n"
	 "the setting (meta exception.provisional_days, default 7) is logged.\n")},
	{"log verify",
	 OPTIONS({"--anchor", TK_OPT_TEXT, 0}),
	 cmd_log_verify,
	 "tenken log verify [--anchor N:HASH]",
	 N_("check the event log (証跡): hash chain, anchor, every row has its event"),
	 N_("Every change is logged with who, when and what; each entry's hash\n"
	 "covers the previous one, so an edited entry is detected.  Every org\n"
	 "year, campaign and submission must have the event that recorded it,\n"
	 "and every such event its row (deleted events are found; the first\n"
	 "ones missing are listed).  --anchor N:HASH (from `tenken log anchor`,\n"
	 "kept outside the database) also checks that entry N still has that\n"
	 "hash: only this catches a truncated log or forged events appended\n"
	 "with a correct chain.  Exit 1 when any check fails (3 for a broken\n"
	 "chain).\n")},
	{"log anchor",
	 NO_OPTIONS,
	 cmd_log_anchor,
	 "tenken log anchor",
	 N_("print the log's head (tenken-anchor N:HASH) to keep outside the database"),
	 N_("Verifies the log as `log verify` does, then prints its entry count and\n"
	 "last hash.  Write it down or store it in another system; `log verify\n"
	 "--anchor N:HASH` later proves the first N entries are unchanged.  The\n"
	 "organisation report workbook prints the anchor of its time on 概要.\n")},
	{"log show",
	 OPTIONS({"--last", TK_OPT_NUMBER, 1000000}),
	 cmd_log_show,
	 "tenken log show [--last N]",
	 N_("print the last N events (default 50)"),
	 ""},
	{NULL, NULL, NULL, NULL, NULL, NULL},
};
/* clang-format on */
