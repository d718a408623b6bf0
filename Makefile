# Cleave: two commands set everything up on a fresh Debian machine.
#   make demo   installs Graphviz's library if missing, builds, runs the main job on Inventory/
#   make test   the same install check, then the whole test suite

SWIFT ?= swift
INVENTORY ?= Inventory
CLEAVE = .build/release/cleave
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test build deps validate clean format lint

deps:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
		echo "Installing libgraphviz-dev (Graphviz's C library) with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq pkg-config libgraphviz-dev >/dev/null; \
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

validate: build
	$(CLEAVE) validate --strict $(INVENTORY)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build

# Formatting with the toolchain's swift-format and the project's .swift-format.
format:
	$(SWIFT) format --in-place --recursive --parallel Package.swift Sources Tests

lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests
