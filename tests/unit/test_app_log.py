"""The app's log file: made in the folder it is told, rotated at its size, and the last resort for errors
nothing caught (the traceback in the file, one sentence for the person)."""

import logging
import logging.handlers
import sys
import threading

import pytest

from checkin import app_log


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv(app_log.LOG_DIR_VARIABLE, str(folder))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield folder
    app_log.unconfigure()


def test_the_log_file_is_made_in_its_folder_once(log_dir):
    path = app_log.configure()
    assert path == log_dir / app_log.LOG_FILE_NAME and path.is_file()
    assert app_log.configure() == path
    files = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(files) == 1
    logging.getLogger("checkin.test").info("import: 5 created")
    logging.getLogger("checkin.test").debug("not kept below INFO")
    text = path.read_text(encoding="utf-8")
    assert "INFO checkin.test: import: 5 created" in text and "not kept" not in text


def test_the_log_file_rotates_and_keeps_five_older_files(log_dir, monkeypatch):
    monkeypatch.setattr(app_log, "MAX_BYTES", 2_000)
    path = app_log.configure()
    for number in range(400):
        logging.getLogger("checkin.test").info("line %d of the log, long enough to fill a file soon", number)
    kept = sorted(p.name for p in log_dir.iterdir())
    assert kept == [app_log.LOG_FILE_NAME] + [f"{app_log.LOG_FILE_NAME}.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size <= 2_000 for p in log_dir.iterdir())
    assert "line 399 of the log" in path.read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_made_leaves_the_app_without_a_log_file(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(app_log.LOG_DIR_VARIABLE, str(blocker / "logs"))
    assert app_log.configure() is None and app_log.log_file() is None


def test_an_error_nothing_caught_goes_to_the_log_then_to_the_report(log_dir):
    path = app_log.configure()
    told = []
    app_log.install_hooks(lambda error, log: told.append((error, log)))
    try:
        raise RuntimeError("a bug")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert [(str(e), log) for e, log in told] == [("a bug", path)]
    text = path.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: a bug" in text


def test_an_error_on_another_thread_goes_to_the_log_then_to_the_report(log_dir):
    path = app_log.configure()
    told = []
    app_log.install_hooks(lambda error, log: told.append(str(error)))

    def fails() -> None:
        raise ValueError("on a worker")

    worker = threading.Thread(target=fails)
    worker.start()
    worker.join()
    assert told == ["on a worker"]
    assert "ValueError: on a worker" in path.read_text(encoding="utf-8")


def test_the_command_line_says_one_sentence_with_the_log_files_path(log_dir, capsys):
    path = app_log.configure()
    app_log.command_line_report(RuntimeError("a bug"), path)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: something unexpected went wrong (RuntimeError")
    assert "your event data is safe" in lines[0] and lines[0].endswith(str(path))
