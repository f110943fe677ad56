#!/bin/sh
# deps.sh — make sure the Debian packages tenken builds and tests with are
# installed.  As root, missing packages are installed with apt-get; otherwise
# the exact command is printed and the script fails.  Extra packages may be
# named as arguments; TENKEN_FUZZ_DEPS=1 adds clang and libclang-rt-14-dev
# (the fuzz harnesses, fuzz/README.md); TENKEN_LO_DEPS=1 adds LibreOffice
# Calc, a Japanese font and pdftotext, for the tests that re-save workbooks
# in LibreOffice and count printed pages (skipped without them).
set -eu
PKGS="cmake make gcc pkg-config perl liblua5.4-dev libsqlite3-dev libzip-dev libssl-dev
libxlsxwriter-dev libexpat1-dev python3 python3-openpyxl sqlite3 gettext"
[ $# -gt 0 ] && PKGS="$PKGS $*"
[ "${TENKEN_FUZZ_DEPS:-0}" = 1 ] && PKGS="$PKGS clang libclang-rt-14-dev"
[ "${TENKEN_LO_DEPS:-0}" = 1 ] && PKGS="$PKGS libreoffice-calc-nogui fonts-noto-cjk poppler-utils"
missing=""
for p in $PKGS; do
	s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$s" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
	echo "deps: installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing
else
	echo "deps: missing Debian packages:$missing" >&2
	echo "deps: run as root:  apt-get install -y$missing" >&2
	exit 1
fi
