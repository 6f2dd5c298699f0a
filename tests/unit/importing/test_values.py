"""Splitting a full-name cell into title, first and last name; whole files are read in test_importer.py."""

import pytest

from checkin.importing.values import split_full_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan Kowalski", ("", "Jan", "Kowalski")),
        ("dr hab. Jan Kowalski", ("dr hab.", "Jan", "Kowalski")),
        (
            "prof. dr hab. inż. Anna Maria Nowak-Kowalska",
            ("prof. dr hab. inż.", "Anna Maria", "Nowak-Kowalska"),
        ),
        ("dr n. med. Piotr Wiśniewski", ("dr n. med.", "Piotr", "Wiśniewski")),
        ("Jan Kowalski, prof. UW", ("prof. UW", "Jan", "Kowalski")),
        ("Mr John Smith PhD", ("Mr PhD", "John", "Smith")),
        ("Kowalski, Jan", ("", "Jan", "Kowalski")),
        ("N. Kowalski", ("", "N.", "Kowalski")),
        ("dr Kowalski", ("dr", "", "Kowalski")),
        ("Madonna", ("", "", "Madonna")),
    ],
)
def test_full_name_split_peels_titles_and_takes_last_word_as_last_name(text, expected):
    assert split_full_name(text) == expected
