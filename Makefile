# esoguard — common tasks. `make run` and `make test` are all a new user needs.
SWIFT        ?= swift
LISTEN       ?= 127.0.0.1:8443
POLICIES     ?= policies/baseline
CERTS        ?= certs
FUZZ_SECONDS ?= 20
BIN_DIR       = $(shell $(SWIFT) build --show-bin-path)
ESOGUARD      = $(BIN_DIR)/esoguard

.PHONY: all deps build run certs test fuzz fuzz-smoke bench clean deploy-sync

all: build

deps:
	@.ci/install-deps build

build: deps
	$(SWIFT) build

# Development certificates, generated once into certs/ (renewed when near expiry).
certs: build
	$(ESOGUARD) certs --out $(CERTS) --service esoguard --namespace esoguard-system

run: certs
	$(ESOGUARD) serve --listen $(LISTEN) \
	  --tls-cert $(CERTS)/tls.crt --tls-key $(CERTS)/tls.key \
	  --policies $(POLICIES) --log-format text

test:
	@.ci/install-deps test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) fuzz-smoke FUZZ_SECONDS=$(FUZZ_SECONDS)

# libFuzzer on the parsers; a separate scratch path keeps sanitizer builds apart.
fuzz:
	@.ci/install-deps build
	.ci/fuzz 300

fuzz-smoke:
	@.ci/fuzz $(FUZZ_SECONDS)

bench:
	@.ci/install-deps bench
	bench/run

clean:
	rm -rf .build .build-*

# Refresh deploy/'s copies of policies/ and the rendered webhooks (kustomize reads only its own tree).
deploy-sync: build
	deploy/sync
