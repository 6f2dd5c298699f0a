"""A status column's answers read as a registration status, and a status column found by its header."""

import pytest

from checkin.domain import Status
from checkin.importing.columns import FIELD_HEADERS, header_key
from checkin.importing.status import listed_status


@pytest.mark.parametrize("answer", [
    "anulowane", "Anulowano", "anulowany", "REZYGNACJA", "zrezygnował", "Zrezygnowała", "wycofane",
    "Cancelled", "canceled", "withdrawn", "Rezygnacja (mail z 3.06)",
])  # fmt: skip
def test_cancellation_answers_cancel(answer):
    listed = listed_status(answer)
    assert listed is not None and listed.status is Status.CANCELLED and listed.text == answer


@pytest.mark.parametrize(
    "answer", ["potwierdzone", "Zarejestrowany", "aktywne", "registered", "Confirmed", "active"]
)
def test_registration_answers_mean_registered(answer):
    listed = listed_status(answer)
    assert listed is not None and listed.status is Status.REGISTERED


@pytest.mark.parametrize("answer", ["nie potwierdzone", "może", "?", "oczekuje", "2026-06-21"])
def test_anything_else_names_no_status(answer):
    assert listed_status(answer) is None


@pytest.mark.parametrize(
    "header", ["Status", "Status zgłoszenia", "STATUS REJESTRACJI", "Registration status"]
)
def test_status_headers_are_known(header):
    assert header_key(header) in {header_key(name) for name in FIELD_HEADERS["status"]}
