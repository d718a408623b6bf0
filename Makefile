# Cleave: two commands set everything up on a fresh Debian machine.
#   make demo   installs Graphviz's library if missing, builds, draws three one-page maps and
#               runs the main job on Inventory/
#   make test   the same install checks (jsonschema and PyYAML for the schema tests, Chromium for
#               the browser test), then the whole test suite
#   make bench  builds, then times Cleave against a Python pipeline (Benchmarks/RESULTS.md)
#               SIZES="1000 10000 100000" picks the estate sizes, MILLION=1 adds 1,000,000 items
#               (RUNS_MILLION runs of each case, default 1), RUNS the runs per case (default 5);
#               it ends with the workbench load test (32 clients for 30 s on 100,000 items)
#   make bench-serve  the workbench load test alone (CLIENTS, SERVE_SECONDS)

SWIFT ?= swift
INVENTORY ?= Inventory
CLEAVE = .build/release/cleave
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test test-tools test-deps build deps validate clean format lint fuzz bench bench-serve

deps:
	@if ! pkg-config --exists libgvc yaml-0.1 2>/dev/null; then \
		echo "Installing libgraphviz-dev and libyaml-dev (Graphviz's and libyaml's C libraries) with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config libgraphviz-dev libyaml-dev >/dev/null; \
	fi

# The browser test of `cleave report` drives headless Chromium with Selenium. If either
# cannot be installed, the test is skipped and says why; it never passes silently.
test-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "Installing Chromium and chromedriver with apt-get for the browser test…"; \
		( $(SUDO) apt-get update -qq && \
		  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null ) || \
		echo "warning: Chromium could not be installed; the browser test will be skipped"; \
	fi
	@if ! python3 -c 'import selenium' 2>/dev/null; then \
		echo "Installing Selenium for the browser test…"; \
		( DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-selenium >/dev/null 2>&1 && \
		  python3 -c 'import selenium' 2>/dev/null ) || \
		python3 -m pip install -q selenium 2>/dev/null || \
		python3 -m pip install -q --break-system-packages selenium 2>/dev/null || \
		echo "warning: Selenium could not be installed; the browser test will be skipped"; \
	fi

build: deps
	$(SWIFT) build -c release --product cleave

OPTION ?= nnc-leaves

demo: build
	@echo "== cleave validate $(INVENTORY)"
	@$(CLEAVE) validate $(INVENTORY)
	@echo
	@echo "== cleave render: three maps that fit a page, into Graphs/print"
	@mkdir -p Graphs/print
	@$(CLEAVE) render $(INVENTORY) --view areas --output Graphs/print/areas.png
	@$(CLEAVE) render $(INVENTORY) --view blockers:$(OPTION) --output Graphs/print/blockers-$(OPTION).png
	@$(CLEAVE) render $(INVENTORY) --view area:digital --output Graphs/print/area-digital.png
	@$(CLEAVE) render $(INVENTORY) --view case:$(OPTION) --output Graphs/print/case-$(OPTION).png
	@echo "Print Graphs/print/areas.png, Graphs/print/blockers-$(OPTION).png, Graphs/print/area-digital.png and Graphs/print/case-$(OPTION).png."
	@echo
	@echo "== cleave entanglement $(INVENTORY) --top 15"
	@$(CLEAVE) entanglement $(INVENTORY) --top 15
	@echo
	@echo "== cleave options $(INVENTORY)"
	@$(CLEAVE) options $(INVENTORY)
	@echo
	@echo "== cleave blockers $(INVENTORY) --option $(OPTION)"
	@$(CLEAVE) blockers $(INVENTORY) --option $(OPTION)
	@echo
	@echo "== cleave costs $(INVENTORY) --option $(OPTION) --years 5: who pays what afterwards"
	@$(CLEAVE) costs $(INVENTORY) --option $(OPTION) --years 5
	@echo
	@echo "== cleave roadmap $(INVENTORY) --option $(OPTION) --summary: when it can be done"
	@$(CLEAVE) roadmap $(INVENTORY) --option $(OPTION) --summary
	@echo "Every work item, the late ones and the notices: cleave roadmap $(INVENTORY) --option $(OPTION)"
	@echo
	@echo "== cleave case $(INVENTORY) --option $(OPTION): what each party pays in each year, NPV, payback"
	@$(CLEAVE) case $(INVENTORY) --option $(OPTION)
	@echo
	@echo "== cleave render $(INVENTORY) --all --output Graphs"
	@$(CLEAVE) render $(INVENTORY) --all --output Graphs
	@echo "Every map is in $(CURDIR)/Graphs: open Graphs/areas.svg in a browser, hover for details, click through to an area or an item."
	@echo
	@echo "== cleave report $(INVENTORY) --output Graphs/report.html (and --format markdown)"
	@$(CLEAVE) report $(INVENTORY) --output Graphs/report.html
	@$(CLEAVE) report $(INVENTORY) --format markdown --output Graphs/report.md
	@echo "The report for the committee: open $(CURDIR)/Graphs/report.html in a browser (Markdown: Graphs/report.md)."

validate: build
	$(CLEAVE) validate --strict $(INVENTORY)

# The schema tests check docs/cleave.schema.json with Python's jsonschema and PyYAML.
PYTHON ?= python3

test-tools:
	@if command -v $(PYTHON) >/dev/null 2>&1; then \
		$(PYTHON) -c "import jsonschema, yaml" 2>/dev/null || \
		$(PYTHON) -m pip install --quiet jsonschema pyyaml || \
		$(PYTHON) -m pip install --quiet --user jsonschema pyyaml; \
	else \
		echo "python3 is absent: the schema tests will be skipped (install python3 to run them)."; \
	fi

test: deps test-tools test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

SIZES ?= 1000 10000 100000
RUNS ?= 5
RUNS_MILLION ?= 1
bench: build
	@sh Benchmarks/setup.sh
	python3 Benchmarks/bench.py --sizes "$(SIZES)" --runs $(RUNS) --runs-million $(RUNS_MILLION) $(if $(MILLION),--million)

CLIENTS ?= 32
SERVE_SECONDS ?= 30
bench-serve: build
	@mkdir -p .build/bench
	@[ -f .build/bench/estate-100000/estate.yaml ] || $(CLEAVE) generate --items 100000 --parties 4 -o .build/bench/estate-100000
	python3 Benchmarks/serve_load.py .build/bench/estate-100000 --clients $(CLIENTS) --seconds $(SERVE_SECONDS)

clean:
	rm -rf .build

# Formatting with the toolchain's swift-format and the project's .swift-format.
format:
	$(SWIFT) format --in-place --recursive --parallel Package.swift Sources Tests

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

# libFuzzer over the loader and validator (FuzzLoader), the DOT escaping (FuzzDOT), the ArchiMate
# importer (FuzzArchiMate) and the XLSX and CSV readers (FuzzSheet),
# from a seed corpus of the example estate and the test fixtures. A crash stops with the
# input in .build/fuzz/crash-…; .ci/run runs each for 15 s where the toolchain can.
SECONDS ?= 30
FUZZ_FLAGS = -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
fuzz: deps
	cd Fuzz && $(SWIFT) build $(FUZZ_FLAGS) --product FuzzLoader && $(SWIFT) build $(FUZZ_FLAGS) --product FuzzDOT \
		&& $(SWIFT) build $(FUZZ_FLAGS) --product FuzzArchiMate && $(SWIFT) build $(FUZZ_FLAGS) --product FuzzSheet
	mkdir -p .build/fuzz/loader .build/fuzz/dot .build/fuzz/archimate .build/fuzz/sheet
	cp Inventory/*.yaml Inventory/*/*.yaml Tests/CLITests/Fixtures/Council/Inventory/*.yaml .build/fuzz/loader/ 2>/dev/null || true
	cp Tests/CleaveInventoryTests/Fixtures/ArchiMate/*.xml .build/fuzz/archimate/
	@# FuzzSheet's first byte picks the reader: 0 CSV, 1 a worksheet part, 2 shared strings, 3 a workbook.
	for f in Tests/CLITests/Fixtures/Import/*.csv Tests/CleaveInventoryTests/Fixtures/TableImport/*.csv; do \
		{ printf '\000'; cat "$$f"; } > .build/fuzz/sheet/csv-$$(basename "$$f"); done
	{ printf '\003'; cat Tests/CLITests/Fixtures/Import/importsAWorkbook.xlsx; } > .build/fuzz/sheet/workbook.xlsx
	cd .build/fuzz/sheet && for part in worksheets/sheet1 worksheets/sheet2 sharedStrings; do \
		{ if [ $$part = sharedStrings ]; then printf '\002'; else printf '\001'; fi; \
		  unzip -p ../../../Tests/CLITests/Fixtures/Import/importsAWorkbook.xlsx xl/$$part.xml; } > part-$$(basename $$part).xml; done
	Fuzz/.build/release/FuzzLoader -max_total_time=$(SECONDS) -rss_limit_mb=4096 -artifact_prefix=.build/fuzz/ .build/fuzz/loader
	Fuzz/.build/release/FuzzDOT -max_total_time=$(SECONDS) -artifact_prefix=.build/fuzz/ .build/fuzz/dot
	@# Foundation leaks, not Cleave: a CFString for each libxml2 error XMLParser reports, and a path
	@# buffer in FileManager.fileSystemRepresentation (each workbook opened); so leaks are not checked.
	ASAN_OPTIONS=detect_leaks=0 Fuzz/.build/release/FuzzArchiMate -max_total_time=$(SECONDS) -rss_limit_mb=4096 -artifact_prefix=.build/fuzz/archimate- .build/fuzz/archimate
	ASAN_OPTIONS=detect_leaks=0 Fuzz/.build/release/FuzzSheet -max_total_time=$(SECONDS) -rss_limit_mb=4096 -artifact_prefix=.build/fuzz/sheet- .build/fuzz/sheet
