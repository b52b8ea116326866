# ArenaDesk: `make run` starts the app, `make test` runs the tests. Both set up what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := resources/translations/arenadesk_nb.ts
QM := resources/translations/arenadesk_nb.qm
# English is the source language; its file holds only the plural ("%n") forms, which Qt
# applies only through a translation ("1 package", "2 packages").
EN_TS := resources/translations/arenadesk_en.ts
EN_QM := resources/translations/arenadesk_en.qm
# Qt's own strings (file/print/colour dialogs, buttons, text-field menus), kept by hand:
QT_TS := resources/translations/qtbase_nb.ts
QT_QM := resources/translations/qtbase_nb.qm
UI_SOURCES := src/arenadesk/app.py $(shell find src/arenadesk/ui -name "*.py" | sort)

.PHONY: run test coverage lint lock translations bench screenshots system-deps clean

# The whole dependency tree, pinned with hashes (runtime and dev); `make lock` refreshes it.
LOCK := requirements/lock-dev.txt
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --no-header --quiet

$(STAMP): pyproject.toml $(LOCK)
	@bash packaging/linux/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

# After changing a pin in pyproject.toml: resolve the tree again into the lock files,
# keeping every other version as it was (`make lock LOCK_ARGS=--upgrade` takes the newest
# versions the pins allow). The packaging lock is constrained to the dev lock's versions,
# so both install into one .venv.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev $(LOCK_FLAGS) $(LOCK_ARGS) -o $(LOCK)
	$(BIN)/uv pip compile pyproject.toml --extra packaging $(LOCK_FLAGS) $(LOCK_ARGS) \
		-c $(LOCK) -o requirements/lock-packaging.txt

run: $(STAMP)
	$(BIN)/arenadesk

# Two test processes (pytest-xdist): every test has its own folders, files, ports and
# servers. A process that runs out of tests takes some of the other's (worksteal), so a
# few minute-long property tests do not leave one core idle at the end.
# Extra pytest options: `make test PYTEST_ARGS="tests/sync -x"`.
PYTEST_ARGS ?=

# Bytecode, and pytest's rewritten test modules, are cached under .venv even where the
# environment sets PYTHONDONTWRITEBYTECODE: without the cache each test process rewrote
# every test module (~10 s) and each ArenaDesk a test starts compiled the app again.
TEST_ENV = env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=$(CURDIR)/.venv/pycache QT_QPA_PLATFORM=offscreen

test: $(STAMP)
	@bash packaging/linux/system-deps.sh --tests
	$(TEST_ENV) $(BIN)/python -m pytest -n 2 --dist worksteal $(PYTEST_ARGS)

# The tests with line coverage of src/arenadesk (what CI runs); the figure is in the README.
coverage: $(STAMP)
	$(MAKE) test PYTEST_ARGS="--cov --cov-report=term:skip-covered $(PYTEST_ARGS)"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# After changing UI strings: refresh the .ts (keeps existing translations), translate the
# new entries (Qt Linguist: pyside6-linguist), then compile.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS) -source-language en -target-language nb_NO -no-obsolete -locations none
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(EN_TS) -source-language en -target-language en_GB -pluralonly -no-obsolete -locations none
	$(BIN)/pyside6-lrelease $(EN_TS) -qm $(EN_QM)
	$(BIN)/pyside6-lrelease $(QT_TS) -qm $(QT_QM)

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/first_screen.py
	$(BIN)/python bench/runner_cpu.py --seconds 10
	$(BIN)/python bench/boards.py
	$(BIN)/python bench/group_report.py
	$(BIN)/python bench/arena_report.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui_stall.py
	$(BIN)/python bench/merge.py
	$(BIN)/python bench/proceedings.py
	$(BIN)/python bench/photos.py

screenshots: $(STAMP)
	$(BIN)/python docs/make_screenshots.py docs/screenshots

system-deps:
	@bash packaging/linux/system-deps.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
