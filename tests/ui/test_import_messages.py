"""Every problem an import reports on a row has its sentence in Polish and in English."""

import pytest

from checkin.importing.problems import ROW_CODES, RowProblem
from ui.i18n import Translations
from ui.messages import describe_problem


@pytest.mark.parametrize(("language", "start"), [("pl", "Wiersz 7"), ("en", "Row 7")])
def test_every_row_problem_has_a_sentence_in_the_users_language(qapp, language, start):
    translations = Translations()
    assert translations.install(language)
    try:
        params = {"column": "Nazwisko", "value": "???????", "other": "Nazwisko (2)", "other_value": "Nowak",
                  "cell": "C7", "preview": "Jan", "limit": "2000", "known": "Uczestnik", "days": "1, 2",
                  "columns": "Dzień", "start": "09:00"}  # fmt: skip
        sentences = {code: describe_problem(RowProblem(7, code, params)) for code in ROW_CODES}
    finally:
        translations.install("en")
    assert {code: text for code, text in sentences.items() if not text.startswith(start)} == {}
