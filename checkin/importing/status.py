"""A status column's answers ("anulowane", "rezygnacja", "potwierdzone", "cancelled" ...) as a registration
status. Blank never changes a status; an answer that is neither is a problem on its row (the row is kept).
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.domain import Status
from checkin.text import words

CANCELLED_WORDS = frozenset({
    "anulowane", "anulowano", "anulowany", "anulowana", "anulacja", "anulowanie", "rezygnacja",
    "zrezygnowal", "zrezygnowala", "zrezygnowalo", "wycofane", "wycofany", "wycofana", "wycofal",
    "wycofala", "odwolane", "cancelled", "canceled", "cancellation", "withdrawn", "withdrew",
})  # fmt: skip
REGISTERED_WORDS = frozenset({
    "potwierdzone", "potwierdzony", "potwierdzona", "potwierdzono", "zarejestrowany", "zarejestrowana",
    "zarejestrowane", "zarejestrowano", "aktywne", "aktywny", "aktywna", "zgloszony", "zgloszona",
    "registered", "confirmed", "active",
})  # fmt: skip


@dataclass(frozen=True)
class ListedStatus:
    """What a status cell says: the status it means, and its words as the list wrote them (the log's reason
    quotes them: "import lista.xlsx: Rezygnacja")."""

    status: Status
    text: str

    def __str__(self) -> str:
        return self.text


def listed_status(text: str) -> ListedStatus | None:
    """The status the answer names by its first word ("Rezygnacja (mail z 3.06)"); None when it names none
    ("nie potwierdzone" starts with "nie": not a guess to make)."""
    found = words(text)
    first = found[0] if found else ""
    if first in CANCELLED_WORDS:
        return ListedStatus(Status.CANCELLED, text)
    if first in REGISTERED_WORDS:
        return ListedStatus(Status.REGISTERED, text)
    return None
