# Cleave: two commands set everything up on a fresh Debian machine.
#   make demo   installs Graphviz's library if missing, builds, runs the main job on Inventory/
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

demo: build
	@echo "== cleave validate $(INVENTORY)"
	@$(CLEAVE) validate $(INVENTORY)

validate: build
	$(CLEAVE) validate --strict $(INVENTORY)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
