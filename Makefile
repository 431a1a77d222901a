# One command runs the app (make run), one passes the tests (make test).
# Each creates .venv and installs what it needs, system libraries included (Debian/Ubuntu).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-fast test-slow lint screenshots dist smoke bench bench-bundle bench-serve sysdeps venv clean \
	translations translations-update

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[gui,test,dev,dist]'
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

sysdeps:
	@scripts/ensure-system-deps.sh test

# The .qm catalogues the app loads, compiled from the committed .ts sources (resources/i18n).
translations: $(STAMP)
	$(BIN)/python scripts/translations.py build

# After changing user-visible strings: read them into the .ts files, then translate the new ones.
translations-update: $(STAMP)
	$(BIN)/python scripts/translations.py update

run: $(STAMP) translations
	@scripts/ensure-system-deps.sh run
	$(BIN)/agora-token-gui

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/yamllint -s -c .yamllint.yml .github
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/python scripts/make_icons.py --check
	$(BIN)/python scripts/translations.py check

test: sysdeps $(STAMP) lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -b -m pytest -q
	$(BIN)/python ../shared/tools/check_vectors.py $(BIN)/agora-token || test ! -d ../shared
	$(BIN)/python ../shared/tools/check_vectors.py --vectors more-vectors.json $(BIN)/agora-token \
		|| test ! -f ../shared/spec/more-vectors.json

test-fast: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -b -m pytest -q -x

test-slow: sysdeps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -b -m pytest -q -m slow

screenshots: $(STAMP) translations
	@scripts/ensure-system-deps.sh screenshots
	TZ=Europe/Berlin $(BIN)/python scripts/screenshots.py docs/screenshots  # one Xvfb per screen size

dist: $(STAMP) translations
	@scripts/ensure-system-deps.sh dist
	$(BIN)/pyinstaller --noconfirm --clean build_app.spec

smoke: $(STAMP) translations
	scripts/smoke-bundle.sh

bench: $(STAMP)
	$(BIN)/python benchmarks/core.py
	$(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/restore.py

bench-bundle: $(STAMP)
	$(BIN)/python benchmarks/bundle.py

# agora-token serve against Express on npm's agora-token, with wrk (installs what it can, else skips)
bench-serve: $(STAMP)
	$(BIN)/python benchmarks/serve.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache
