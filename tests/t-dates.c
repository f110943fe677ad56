/*
 * t-dates.c — dates and numbers as people in Japan write and read them
 * (lib/util.h): the Japanese era at its boundaries, UTC times shown in
 * local time, full-width digits read as numbers, paths with one slash.
 */
#include "lib/util.h"
#include "tap.h"

#include <stdlib.h>
#include <time.h>

static const char *wa(const char *iso)
{
	static char buf[64];
	return tk_wareki(iso, buf, sizeof buf);
}

static void t_wareki_reiwa(void)
{
	check_str(wa("2026-12-01"), "令和8年12月1日");
	check_str(wa("2019-05-01"), "令和元年5月1日");
	check_str(wa("2019-12-31"), "令和元年12月31日");
	check_str(wa("2020-01-01"), "令和2年1月1日");
}

static void t_wareki_heisei(void)
{
	check_str(wa("2019-04-30"), "平成31年4月30日");
	check_str(wa("2019-01-01"), "平成31年1月1日");
	check_str(wa("1989-01-08"), "平成元年1月8日");
	check_str(wa("1989-01-07"), "昭和64年1月7日");
	check_str(wa("1926-12-25"), "昭和元年12月25日");
	check_str(wa("1926-12-24"), "大正15年12月24日");
}

static void t_wareki_other(void)
{
	char small[8];
	check_str(wa("2026-02-30"), "2026-02-30");
	check_str(wa("2026/12/01"), "2026/12/01");
	check_str(wa(""), "");
	check_str(wa(NULL), "");
	check_str(wa("1900-01-01"), "1900-01-01");
	tk_wareki("2026-12-01", small, sizeof small);
	check(strlen(small) < sizeof small);
}

static void t_local_time(void)
{
	char buf[32];
	setenv("TZ", "Asia/Tokyo", 1);
	tzset();
	check_str(tk_local_time("2026-12-01T15:30:00Z", buf, sizeof buf),
		  "2026-12-02 00:30:00");
	check_str(tk_local_time("2026-03-31T14:59:59Z", buf, sizeof buf),
		  "2026-03-31 23:59:59");
	setenv("TZ", "UTC", 1);
	tzset();
	check_str(tk_local_time("2026-12-01T15:30:00Z", buf, sizeof buf),
		  "2026-12-01 15:30:00");
	check_str(tk_local_time("2026-12-01", buf, sizeof buf), "2026-12-01");
	check_str(tk_local_time("2026-12-01T15:30:00Zx", buf, sizeof buf),
		  "2026-12-01T15:30:00Zx");
	check_str(tk_local_time(NULL, buf, sizeof buf), "");
}

static void t_digits(void)
{
	char a[] = "１２", b[] = "３．５", c[] = "－１", d[] = "＋７",
	     e[] = "−２", f[] = "12", g[] = "１２個", h[] = "１，０００";
	check_str(tk_normalize_digits(a), "12");
	check_str(tk_normalize_digits(b), "3.5");
	check_str(tk_normalize_digits(c), "-1");
	check_str(tk_normalize_digits(d), "+7");
	check_str(tk_normalize_digits(e), "-2");
	check_str(tk_normalize_digits(f), "12");
	check_str(tk_normalize_digits(g), "12個");
	check_str(tk_normalize_digits(h), "1，000");
}

static void t_path(void)
{
	struct tk_buf b = {0};
	tk_buf_add_path(&b, "再提出/", "a.xlsx");
	check_str(b.s, "再提出/a.xlsx");
	tk_buf_reset(&b);
	tk_buf_add_path(&b, "再提出//", "a.xlsx");
	check_str(b.s, "再提出/a.xlsx");
	tk_buf_reset(&b);
	tk_buf_add_path(&b, "out", "a.xlsx");
	check_str(b.s, "out/a.xlsx");
	tk_buf_reset(&b);
	tk_buf_add_path(&b, "/", "a.xlsx");
	check_str(b.s, "/a.xlsx");
	tk_buf_free(&b);
}

/* Fiscal years by the era of 1 May: 令和元年度 is FY2019. */
static void t_wareki_fy(void)
{
	char b[32], small[12];
	check_str(tk_wareki_fy(2026, b, sizeof b), "令和8年度");
	check_str(tk_wareki_fy(2019, b, sizeof b), "令和元年度");
	check_str(tk_wareki_fy(2018, b, sizeof b), "平成30年度");
	check_str(tk_wareki_fy(1989, b, sizeof b), "平成元年度");
	check_str(tk_wareki_fy(1988, b, sizeof b), "昭和63年度");
	check_str(tk_wareki_fy(2026, small, sizeof small), "2026年度");
}

int main(void)
{
	TEST(t_wareki_reiwa(), "令和: 元年 from 2019-05-01, then 2, 8 ...");
	TEST(t_wareki_heisei(),
	     "era boundaries: 平成31年4月30日, 平成元年, 昭和, 大正");
	TEST(t_wareki_other(), "not a date, or before 大正: copied as it is");
	TEST(t_wareki_fy(), "fiscal years: 令和8年度, 令和元年度, 昭和63年度");
	TEST(t_local_time(), "stored UTC times shown in local time (TZ), no Z");
	TEST(t_digits(), "full-width digits and signs read as ASCII");
	TEST(t_path(), "a directory and a name joined by one slash");
	return test_done();
}
