# Vigil's two entry points: `make run` (sample data, embedded SQLite) and `make test`.
SWIFT ?= swift
VIGIL_DB ?= $(HOME)/.local/share/vigil/vigil.sqlite
export VIGIL_DB

.PHONY: setup build run test clean locked-eval fuzz

setup:
	@bash scripts/setup.sh

## The Swift runtime and Foundation are linked into the binary (--static-swift-stdlib): the dynamic loader then has
## little to resolve, which takes about 10 ms off every start.
build: setup
	$(SWIFT) build -c release --product vigil --static-swift-stdlib

## Ingest the bundled sample (the reference article, its syndicated copies, articles and feeds),
## extract and link events, show what Vigil found, and start the dashboard.
PORT ?= 8080
run: build
	.build/release/vigil ingest Samples $$( [ -d ../shared/seed ] && echo ../shared/seed/seed.docs.jsonl )
	.build/release/vigil process
	.build/release/vigil stats
	.build/release/vigil events
	.build/release/vigil tallies
	.build/release/vigil serve --port $(PORT)

## Every test: the dashboard in headless Chromium, then unit, command-line, server and store tests.
## The store tests run on SQLite and on a throwaway PostgreSQL cluster (127.0.0.1:54329) that
## scripts/with_postgres.sh starts and stops around them.
test: setup
	$(SWIFT) build --build-tests
	bash scripts/browser_test.sh .build/debug/vigil
	bash scripts/with_postgres.sh $(SWIFT) test --skip-build

## The figures of the locked news split (data/training/news/locked/): per-type F1 and non-events rejected.
locked-eval: build
	.build/release/vigil eval --snippets data/training/news/locked/*.tsv

## libFuzzer on the document readers (HTML, RSS/Atom, JSONL, text) and the extractor, FUZZ_SECONDS each, from the
## seed corpus in Fuzz/corpus (new inputs go to .build/fuzz/corpus; crashes to .build/fuzz/crashes). A separate
## build folder keeps the instrumented build apart from the normal one.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= html feed jsonl text extract
fuzz: setup
	$(SWIFT) build --scratch-path .build/fuzz --product vigil-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
		-Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	mkdir -p .build/fuzz/crashes
	for t in $(FUZZ_TARGETS); do \
		mkdir -p .build/fuzz/corpus/$$t && \
		VIGIL_FUZZ=$$t .build/fuzz/debug/vigil-fuzz .build/fuzz/corpus/$$t Fuzz/corpus/$$t -max_total_time=$(FUZZ_SECONDS) \
			-max_len=65536 -timeout=30 -rss_limit_mb=4096 -artifact_prefix=.build/fuzz/crashes/$$t- -print_final_stats=1 || exit 1; \
	done

clean:
	rm -rf .build
