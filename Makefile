# One command runs the app (make run), one passes the tests (make test).
# Each creates .venv and installs what it needs, system libraries included (Debian/Ubuntu).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-fast test-slow lint screenshots dist smoke bench bench-bundle sysdeps venv clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[gui,test,dev,dist]'
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

sysdeps:
	@scripts/ensure-system-deps.sh test

run: $(STAMP)
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

test: sysdeps $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -b -m pytest -q
	$(BIN)/python ../shared/tools/check_vectors.py $(BIN)/agora-token || test ! -d ../shared

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -b -m pytest -q -x

test-slow: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -b -m pytest -q -m slow

screenshots: $(STAMP)
	@scripts/ensure-system-deps.sh screenshots
	TZ=Europe/Berlin xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python scripts/screenshots.py docs/screenshots

dist: $(STAMP)
	@scripts/ensure-system-deps.sh dist
	$(BIN)/pyinstaller --noconfirm --clean build_app.spec

smoke: $(STAMP)
	scripts/smoke-bundle.sh

bench: $(STAMP)
	$(BIN)/python benchmarks/core.py
	$(BIN)/python benchmarks/startup.py

bench-bundle: $(STAMP)
	$(BIN)/python benchmarks/bundle.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache
