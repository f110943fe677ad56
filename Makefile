# Makefile — thin wrapper around CMake.  See README.md.
BUILD      ?= build
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
JOBS       ?= 2
PROVE      ?= prove
DEMO_DIR   ?= demo-out
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 600
FUZZ_HARNESSES = xlsx csv seal plugin
# clang with libFuzzer, or empty: `make check` then skips the fuzz smoke test.
FUZZ_CC := $(shell sh fuzz/have-libfuzzer.sh 2>/dev/null)

.PHONY: all deps build check check-asan check-tsan fuzz fuzz-build demo bench format clean po

all: build

deps:
	@sh scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

check: build fuzz-build
	@TENKEN_BUILD=$(CURDIR)/$(BUILD) $(if $(FUZZ_CC),TENKEN_FUZZ_BUILD=$(CURDIR)/$(FUZZ_BUILD)) \
	 sh tests/run.sh $(PROVE)

check-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DTENKEN_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	 TENKEN_BUILD=$(CURDIR)/$(ASAN_BUILD) sh tests/run.sh $(PROVE)

# The suite under ThreadSanitizer (import's helpers and background
# checkpoints, form export's writers); tests/tsan.supp names the library
# races it ignores.
check-tsan: deps
	@cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DTENKEN_TSAN=ON >/dev/null
	@cmake --build $(TSAN_BUILD) -j$(JOBS)
	@TSAN_OPTIONS="halt_on_error=1 exitcode=66 suppressions=$(CURDIR)/tests/tsan.supp" \
	 TENKEN_BUILD=$(CURDIR)/$(TSAN_BUILD) sh tests/run.sh $(PROVE)

# The libFuzzer harnesses (fuzz/README.md), in their own clang build.
fuzz-build:
ifneq ($(FUZZ_CC),)
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=$(FUZZ_CC) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTENKEN_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) -j$(JOBS) $(FUZZ_HARNESSES:%=--target fuzz-%)
endif

# Run each harness for FUZZ_SECONDS, one after the other; new corpus entries
# go to $(FUZZ_BUILD)/corpus/NAME, crashers to $(FUZZ_BUILD)/NAME-crash-*.
fuzz: deps
	@test -n "$(FUZZ_CC)" || { echo "fuzz: needs clang with libFuzzer (sh scripts/deps.sh clang libclang-rt-14-dev)" >&2; exit 1; }
	@$(MAKE) --no-print-directory fuzz-build
	@set -e; for h in $(FUZZ_HARNESSES); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$h; \
	  echo "== fuzz-$$h for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/fuzz/fuzz-$$h -max_total_time=$(FUZZ_SECONDS) -timeout=25 \
	    -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/$$h- $(FUZZ_BUILD)/corpus/$$h $$(sh fuzz/seed-dirs.sh $$h); \
	done

demo: build
	@TENKEN=$(CURDIR)/$(BUILD)/tenken sh scripts/demo.sh $(DEMO_DIR)

bench: build
	@TENKEN=$(CURDIR)/$(BUILD)/tenken sh bench/run.sh

format:
	@clang-format -i core/*/*.c core/*/*.h reports/*.c reports/*.h tests/*.c tests/*.h

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) $(FUZZ_BUILD)

# After changing messages: extract them (scripts/pot.sh) and merge them into
# po/ja.po, then translate the new entries (tests/t-i18n.sh fails until
# every one is translated and none is fuzzy).
po:
	@mkdir -p $(BUILD)
	@sh scripts/pot.sh $(BUILD)/tenken.pot
	@msgmerge -q -U --backup=none --no-fuzzy-matching --no-wrap po/ja.po $(BUILD)/tenken.pot
	@msgattrib --no-obsolete --no-wrap -o po/ja.po po/ja.po
	@msgfmt --statistics -o /dev/null po/ja.po
