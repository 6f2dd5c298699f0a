# Two commands on a fresh machine: `make run` (the app on the demo event) and `make test` (the whole suite).
# Both create .venv and install the project into it; nothing needs installing by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test check soak bench lint translations system-packages test-system-packages clean dist dist-test \
	dist-test-system-packages

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
# Qt's xcb platform (a real window on an X11 desktop) loads these; a fresh Debian has none of them and the
# app then stops at start with "Could not load the Qt platform plugin xcb".
XCB_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
SYSTEM_PACKAGES := libpulse0 $(XCB_PACKAGES)
TEST_SYSTEM_PACKAGES := chromium chromium-driver
# The frozen desk's test opens a real X11 window (xcb) on a virtual screen and reads its title back.
DIST_TEST_SYSTEM_PACKAGES := xvfb x11-utils $(XCB_PACKAGES)
system-packages: PACKAGES := $(SYSTEM_PACKAGES)
system-packages: NEEDED_BY := The desktop window, sound and webcam
test-system-packages: PACKAGES := $(TEST_SYSTEM_PACKAGES)
test-system-packages: NEEDED_BY := The phone page's browser tests
dist-test-system-packages: PACKAGES := $(DIST_TEST_SYSTEM_PACKAGES)
dist-test-system-packages: NEEDED_BY := The frozen desk's test
# A fresh machine's own apt (unattended upgrades) may hold the locks for minutes: wait up to
# APT_LOCK_WAIT_S. `install` waits by itself (DPkg::Lock::Timeout); `update` has no such option (apt 2.6
# reads it for the dpkg lock only, not for the package lists' lock), so it is tried again every 5 s while
# the lists' lock is what stops it, and fails at once on anything else.
APT_LOCK_WAIT_S := 300
APT_UPDATE = tries=$$(( $(APT_LOCK_WAIT_S) / 5 )); \
	until out=$$(LC_ALL=C apt-get update -qq 2>&1); do \
		case "$$out" in *"Could not get lock"*) ;; *) printf '%s\n' "$$out" >&2; exit 1;; esac; \
		tries=$$((tries - 1)); [ $$tries -gt 0 ] || { printf '%s\n' "$$out" >&2; exit 1; }; sleep 5; \
	done; [ -z "$$out" ] || printf '%s\n' "$$out"
system-packages test-system-packages dist-test-system-packages:
	@missing=$$(for p in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -z "$$missing" ] || ! command -v dpkg >/dev/null; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		$(APT_UPDATE) && DEBIAN_FRONTEND=noninteractive \
			apt-get -o DPkg::Lock::Timeout=$(APT_LOCK_WAIT_S) install -y -qq $$missing; \
	else \
		echo "$(NEEDED_BY) need: sudo apt-get install $$missing"; \
	fi

run: $(INSTALLED) system-packages
	$(BIN)/python main.py gui --demo

# The whole suite on PYTEST_WORKERS processes (pytest-xdist; every test has its own files and ports), then
# the lint and the type check.
PYTEST_WORKERS ?= 2
PYTEST_PARALLEL = -n $(PYTEST_WORKERS)
test: $(INSTALLED) test-system-packages
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_PARALLEL)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The inner loop, in well under two minutes: the unit tests (no window, no browser, no station process),
# then the lint and the type check.
check: $(INSTALLED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not gui and not e2e" $(PYTEST_PARALLEL)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The kill trials of tests/soak/ many times over (`make test` runs a few of each): SOAK_TRIALS trials per
# scenario, each killing processes of the app at random moments; about 300 kills at 20. The run prints its
# seed; `make soak SOAK_SEED=...` repeats it, and a failed trial names its own seed.
SOAK_TRIALS ?= 20
soak: $(INSTALLED)
	SOAK_TRIALS=$(SOAK_TRIALS) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m soak -rP -o faulthandler_timeout=1800 $(PYTEST_PARALLEL)

bench: $(INSTALLED)
	$(BIN)/python main.py bench --registrants 100000 --json

# After changing user-visible strings: refresh the catalogues (translate new entries in the .ts files,
# e.g. with pyside6-linguist), then compile them. The compiled .qm files are committed for pip installs.
translations: $(INSTALLED)
	$(BIN)/pyside6-lupdate -no-obsolete $$(git ls-files -co --exclude-standard 'ui/*.py' 'ui/**/*.py') \
		-ts resources/translations/checkin_pl.ts resources/translations/checkin_en.ts
	$(BIN)/pyside6-lrelease resources/translations/checkin_pl.ts resources/translations/checkin_en.ts

# The frozen app (packaging/checkin-station.spec, PyInstaller one-folder) for the platform make runs on:
# dist/checkin-station/ with the desk `checkin-station` and the command line `checkin-station-cli`, and the
# folder packed as dist/checkin-station-VERSION-linux-ARCH.tar.gz, the download. Windows builds it with
# packaging/windows/build.ps1 from the same spec (a frozen app cannot be cross-built).
VERSION = $(shell $(PYTHON) -c "import checkin; print(checkin.__version__)")
DIST_INSTALLED := $(VENV)/.installed-dist
DIST_FOLDER := dist/checkin-station
DIST_ARCHIVE = dist/checkin-station-$(VERSION)-linux-$(shell uname -m).tar.gz
$(DIST_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e ".[test,dist]"
	touch $(DIST_INSTALLED)

dist: $(DIST_INSTALLED)
	rm -rf $(DIST_FOLDER) build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/checkin-station.spec
	cp packaging/linux/checkin-station.desktop packaging/linux/install-desktop-entry.sh $(DIST_FOLDER)/
	tar -C dist -czf $(DIST_ARCHIVE) checkin-station
	@du -sh $(DIST_FOLDER) $(DIST_ARCHIVE)

# The frozen build from `make dist`, driven from outside (tests/dist/, marked `dist`, left out of `make test`:
# freezing and the tests add 1.5 to 2 minutes, and with them `make test` ran 7 to 8.5 minutes on 2 cores,
# past its 8-minute budget). Run it before a release and after changing packaging/ or what it bundles.
dist-test: dist dist-test-system-packages
	DIST_DIR=$(CURDIR)/$(DIST_FOLDER) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m dist tests/dist

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache test-artifacts
