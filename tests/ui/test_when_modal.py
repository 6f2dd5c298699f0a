"""The suite's `when_modal` helper: a check that fails on a modal dialog fails its test instead of leaving the
test waiting forever in the dialog's `exec()`."""

from pathlib import Path

import pytest
from conftest import when_modal
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

ROOT = Path(__file__).resolve().parents[2]


def _failing_check(dialog) -> None:
    raise AssertionError(f"not the dialog the test expected: {type(dialog).__name__}")


@pytest.mark.parametrize(
    "make",
    [
        QDialog,
        lambda: QMessageBox(
            QMessageBox.Icon.Information, "Raport", "Utworzono: 25", QMessageBox.StandardButton.Ok
        ),
        QInputDialog,
    ],
    ids=["dialog", "message-box-with-ok-only", "input-dialog"],
)
def test_a_failing_check_closes_the_dialog_and_raises_its_failure(qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    rescued = []
    rescue = QTimer(dialog)  # if the helper left the dialog open, the test would wait here forever
    rescue.setSingleShot(True)
    rescue.timeout.connect(lambda: (rescued.append(True), dialog.done(-1)))
    rescue.start(10_000)
    with qtbot.captureExceptions() as raised:
        when_modal(_failing_check)
        result = dialog.exec()
    rescue.stop()
    assert not rescued and result == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert [(kind, str(error)) for kind, error, _ in raised] == [
        (AssertionError, f"not the dialog the test expected: {type(dialog).__name__}")
    ]


def test_a_test_whose_check_on_a_dialog_fails_is_reported_failed(pytester):
    """The whole way, in a pytest of its own: the test ends, failed, with the check's own message."""
    pytester.makepyfile(
        f"""
        import importlib.util
        import sys

        from PySide6.QtWidgets import QMessageBox

        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
        spec = importlib.util.spec_from_file_location("ui_conftest", {str(ROOT / "tests/ui/conftest.py")!r})
        ui_conftest = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(ui_conftest)


        def test_asks_and_checks_the_answer(qtbot):
            box = QMessageBox(QMessageBox.Icon.Question, "Usunąć?", "Usunąć dane osobowe?")
            qtbot.addWidget(box)

            def check(dialog):
                assert dialog.text() == "Czy na pewno?"

            ui_conftest.when_modal(check)
            box.exec()
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", timeout=120)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Exceptions caught in Qt event loop*", "*Czy na pewno*"])
