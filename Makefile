# Cleave: two commands set everything up on a fresh Debian machine.
#   make demo   installs Graphviz's library if missing, builds, runs the main job on Inventory/
#   make test   the same install checks (and Chromium for the browser test), then the whole test suite

SWIFT ?= swift
INVENTORY ?= Inventory
CLEAVE = .build/release/cleave
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test build deps test-deps validate clean

deps:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
		echo "Installing libgraphviz-dev (Graphviz's C library) with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config libgraphviz-dev >/dev/null; \
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
	@echo "== cleave entanglement $(INVENTORY) --top 15"
	@$(CLEAVE) entanglement $(INVENTORY) --top 15
	@echo
	@echo "== cleave options $(INVENTORY)"
	@$(CLEAVE) options $(INVENTORY)
	@echo
	@echo "== cleave blockers $(INVENTORY) --option $(OPTION)"
	@$(CLEAVE) blockers $(INVENTORY) --option $(OPTION)
	@echo
	@echo "== cleave render $(INVENTORY) --all --output Graphs"
	@$(CLEAVE) render $(INVENTORY) --all --output Graphs
	@echo "Maps are in $(CURDIR)/Graphs: open Graphs/estate.svg, Graphs/option-$(OPTION).svg or Graphs/plan-NNC.svg in a browser."
	@echo
	@echo "== cleave report $(INVENTORY) --output Graphs/report.html (and --format markdown)"
	@$(CLEAVE) report $(INVENTORY) --output Graphs/report.html
	@$(CLEAVE) report $(INVENTORY) --format markdown --output Graphs/report.md
	@echo "The report for the committee: open $(CURDIR)/Graphs/report.html in a browser (Markdown: Graphs/report.md)."

validate: build
	$(CLEAVE) validate --strict $(INVENTORY)

test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
