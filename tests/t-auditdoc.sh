#!/bin/sh
# t-auditdoc.sh — the audit documents (reports/auditdoc.c) opened by
# LibreOffice: the C test t-auditdoc writes them (TENKEN_AUDITDOC_OUT keeps
# them), soffice converts them to PDF and the pages are counted: the
# 実施通知 of a regular audit with 10 items is one page of letter and one of
# items, the 監査報告書 with 2 findings one page and one of findings, a
# special audit's report without findings one page; 40 items and 30
# findings break over pages with their header row repeated.  Skipped without
# soffice.
. "$(dirname "$0")/lib.sh"
: "${TENKEN_BUILD:=$(dirname "$TENKEN")}"
cd "$T_TMP"

# pages FILE — the number of pages of a PDF written by LibreOffice.
pages() { grep -a -o '/Type */Page[^s]' "$1" | wc -l | tr -d ' '; }

mkdir docs
TENKEN_AUDITDOC_OUT="$T_TMP/docs" "$TENKEN_BUILD/tests/t-auditdoc" > writer.txt 2>&1
ok $? "t-auditdoc writes the documents"
is "$(ls docs | tr '\n' ' ')" "big-notice.xlsx big-report.xlsx notice.xlsx report.xlsx special-notice.xlsx special-report.xlsx " "six workbooks"

if command -v soffice > /dev/null 2>&1; then
	HOME="$T_TMP" timeout 300 soffice -env:UserInstallation=file://"$T_TMP"/lo \
		--headless --convert-to pdf --outdir pdf docs/*.xlsx > lo.txt 2>&1
	is "$?" 0 "soffice converts the documents"
	is "$(pages pdf/notice.pdf)" 2 "実施通知 with 10 items: letter and item list, one page each"
	is "$(pages pdf/special-notice.pdf)" 2 "special 実施通知: two pages"
	is "$(pages pdf/report.pdf)" 2 "監査報告書: report and findings, one page each"
	is "$(pages pdf/special-report.pdf)" 1 "special 監査報告書 without findings: one page"
	if command -v pdftotext > /dev/null 2>&1; then
		pdftotext -layout pdf/report.pdf report.txt
		like "$(cat report.txt)" "情報セキュリティ監査報告書（通常監査）" "the PDF holds the title"
		like "$(cat report.txt)" "私物USBメモリの使用履歴があっ" "and the last finding"
		# The long lists break over pages, each with its header row.
		for f in big-notice big-report; do
			n=$(pages pdf/$f.pdf) heads=0
			for p in $(seq 2 "$n"); do
				pdftotext -f "$p" -l "$p" pdf/$f.pdf - | grep -q 項目番号 && heads=$((heads + 1))
			done
			[ "$n" -ge 3 ]; ok $? "$f.xlsx: the list takes several pages ($n)"
			is "$heads" "$((n - 1))" "$f.xlsx: the header row on every page of the list"
		done
	else
		for n in 1 2 3 4 5 6; do T_N=$((T_N + 1)); echo "ok $T_N # skip pdftotext not installed"; done
	fi
else
	for n in 1 2 3 4 5 6 7 8 9 10 11 12; do
		T_N=$((T_N + 1)); echo "ok $T_N # skip soffice not installed"
	done
fi
done_testing
