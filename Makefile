# Makefile — thin wrapper around CMake.  See README.md.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= 2
PROVE      ?= prove
DEMO_DIR   ?= demo-out

.PHONY: all deps build check check-asan demo bench format clean

all: build

deps:
	@sh scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

check: build
	@TENKEN_BUILD=$(CURDIR)/$(BUILD) sh tests/run.sh $(PROVE)

check-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DTENKEN_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	 TENKEN_BUILD=$(CURDIR)/$(ASAN_BUILD) sh tests/run.sh $(PROVE)

demo: build
	@TENKEN=$(CURDIR)/$(BUILD)/tenken sh scripts/demo.sh $(DEMO_DIR)

bench: build
	@TENKEN=$(CURDIR)/$(BUILD)/tenken sh bench/run.sh

format:
	@clang-format -i core/*/*.c core/*/*.h reports/*.c reports/*.h tests/*.c tests/*.h

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
