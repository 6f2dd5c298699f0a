# Two commands on a fresh machine: `make run` (the app on the demo event) and `make test` (the whole suite).
# Both create .venv and install the project into it; nothing needs installing by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test bench lint translations system-packages test-system-packages clean

$(INSTALLED): pyproject.toml
	@$(MAKE) --no-print-directory system-packages
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(INSTALLED)

# QtMultimedia (webcam, sounds) needs the PulseAudio client library, which a fresh Debian/Ubuntu lacks; the
# tests of the organisers' phone page drive Debian's Chromium (Playwright cannot download its own browser on
# the machines we run on), which only `make test` needs. As root (CI, a venue laptop's admin) what is missing
# is installed; otherwise the one command to run is printed.
SYSTEM_PACKAGES := libpulse0
TEST_SYSTEM_PACKAGES := chromium chromium-driver
system-packages: PACKAGES := $(SYSTEM_PACKAGES)
system-packages: NEEDED_BY := Sound and webcam
test-system-packages: PACKAGES := $(TEST_SYSTEM_PACKAGES)
test-system-packages: NEEDED_BY := The phone page's browser tests
system-packages test-system-packages:
	@missing=$$(for p in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -z "$$missing" ] || ! command -v dpkg >/dev/null; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
		echo "$(NEEDED_BY) need: sudo apt-get install $$missing"; \
	fi

run: $(INSTALLED)
	$(BIN)/python main.py

test: $(INSTALLED) test-system-packages
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check .

bench: $(INSTALLED)
	$(BIN)/python main.py bench --registrants 100000 --json

# After changing user-visible strings: refresh the catalogues (translate new entries in the .ts files,
# e.g. with pyside6-linguist), then compile them. The compiled .qm files are committed for pip installs.
translations: $(INSTALLED)
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files -co --exclude-standard 'ui/*.py' 'ui/**/*.py') \
		-ts resources/translations/checkin_pl.ts resources/translations/checkin_en.ts
	$(BIN)/pyside6-lrelease resources/translations/checkin_pl.ts resources/translations/checkin_en.ts

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache test-artifacts
