# Cleave: two commands set everything up on a fresh Debian machine.
#   make demo   installs Graphviz's library if missing, builds, draws three one-page maps and
#               runs the main job on Inventory/
#   make test   the same install check, then the whole test suite

SWIFT ?= swift
INVENTORY ?= Inventory
CLEAVE = .build/release/cleave
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test build deps validate clean

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
	@echo "== cleave render: three maps that fit a page, into Graphs/print"
	@mkdir -p Graphs/print
	@$(CLEAVE) render $(INVENTORY) --view areas --output Graphs/print/areas.png
	@$(CLEAVE) render $(INVENTORY) --view blockers:$(OPTION) --output Graphs/print/blockers-$(OPTION).png
	@$(CLEAVE) render $(INVENTORY) --view area:digital --output Graphs/print/area-digital.png
	@echo "Print Graphs/print/areas.png, Graphs/print/blockers-$(OPTION).png and Graphs/print/area-digital.png."
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
	@echo "Every map is in $(CURDIR)/Graphs: open Graphs/areas.svg in a browser, hover for details, click through to an area or an item."

validate: build
	$(CLEAVE) validate --strict $(INVENTORY)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
