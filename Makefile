# Vigil's two entry points: `make run` (sample data, embedded SQLite) and `make test`.
SWIFT ?= swift
VIGIL_DB ?= $(HOME)/.local/share/vigil/vigil.sqlite
export VIGIL_DB

.PHONY: setup build run test clean locked-eval

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product vigil

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

clean:
	rm -rf .build
