"""The catalogues cover every user-visible string, and the compiled files match them."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from ui import labels
from ui.i18n import Translations, effective_language, translations_dir

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def _ui_sources() -> list[str]:
    return [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_string_in_ui_is_translated_and_compiled(tmp_path, language):
    committed = Path(translations_dir()) / f"checkin_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run([TOOLS / "pyside6-lupdate", "-no-obsolete", *_ui_sources(), "-ts", str(fresh)],
                   check=True, capture_output=True)  # fmt: skip
    unfinished = [
        m.find("source").text
        for m in ET.parse(fresh).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == [], "translate these in the .ts file, then run `make translations`"
    compiled = tmp_path / f"checkin_{language}.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", str(committed), "-qm", str(compiled)], check=True,
                   capture_output=True)  # fmt: skip
    assert compiled.read_bytes() == committed.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_polish_is_the_default_and_english_follows_an_english_system(qapp):
    assert effective_language("", QLocale(QLocale.Language.Polish)) == "pl"
    assert effective_language("", QLocale(QLocale.Language.German)) == "pl"
    assert effective_language("", QLocale(QLocale.Language.English)) == "en"
    assert effective_language("pl", QLocale(QLocale.Language.English)) == "pl"


def test_polish_plural_forms_follow_polish_grammar(qapp):
    translations = Translations()
    assert translations.install("pl")
    forms = {n: labels.people(n) for n in (1, 2, 4, 5, 12, 22, 25)}
    assert forms == {1: "1 osoba", 2: "2 osoby", 4: "4 osoby", 5: "5 osób", 12: "12 osób", 22: "22 osoby",
                     25: "25 osób"}  # fmt: skip
    assert translations.install("en")
    assert labels.people(1) == "1 person"
    assert labels.people(3) == "3 people"
