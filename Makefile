# Vigil's two entry points: `make run` (sample data, embedded SQLite) and `make test`.
SWIFT ?= swift
VIGIL_DB ?= $(HOME)/.local/share/vigil/vigil.sqlite
export VIGIL_DB

.PHONY: setup build run test clean

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

## Every test: unit, command-line and store tests.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
