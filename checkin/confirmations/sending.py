"""Sending a batch of confirmations: one message at a time at the pace limit, each one logged the moment the
server accepted it, a refused address recorded and passed over, a stop asked for between two messages.

A `Sending` is prepared on the thread that owns the station (the guests' confirmations as plain values, the
template, the settings, the password) and run on any thread: it opens its own connection to the event file
for its log rows, as a second desk would, so the window runs it in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.utils import ImageReader

from checkin.confirmations.content import Confirmation
from checkin.confirmations.document import confirmation_pdf
from checkin.confirmations.mailer import Mailer, Pace, Stopped
from checkin.confirmations.messages import confirmation_message
from checkin.confirmations.smtp import SmtpSettings
from checkin.confirmations.template import ConfirmationTemplate
from checkin.errors import UserError
from checkin.log_kinds import LogKind
from checkin.storage import Storage


@dataclass(frozen=True)
class SendProgress:
    """After each guest: `done` of `total` handled, of them `sent` and `failed`; `current` is the code of the
    guest just handled."""

    done: int
    total: int
    sent: int
    failed: int
    current: str


@dataclass(frozen=True)
class SendReport:
    """Codes of the guests sent a confirmation, skipped (sent one already at that address), failed (with
    why, as an error the UI words in the user's language: the server's reason, a lost connection), and
    those without an e-mail address (print theirs). The errors are plain copies: no traceback keeps the
    session's objects alive as long as the report is shown. `stopped`: the run was stopped by the progress
    callback, a lost connection or a refused sender before every guest was handled (those not sent are in
    `failed` in the last two cases)."""

    sent: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    failed: tuple[tuple[str, UserError], ...] = ()
    without_email: tuple[str, ...] = ()
    stopped: bool = False


@dataclass(frozen=True)
class Sending:
    """A prepared batch; `run` sends it. `confirmations` are the guests to send to, in order."""

    event_file: Path
    station: str
    staff: str
    settings: SmtpSettings
    password: str | None = field(repr=False)  # never in a log or a traceback's locals shown as text
    template: ConfirmationTemplate
    confirmations: tuple[Confirmation, ...] = field(repr=False)
    logos: tuple[ImageReader, ...] = field(default=(), repr=False)
    skipped: tuple[str, ...] = ()
    without_email: tuple[str, ...] = ()
    pace: Callable[[int], Pace] = Pace

    def run(self, progress: Callable[[SendProgress], bool] | None = None) -> SendReport:
        """Send every confirmation; `progress` is called after each guest and returns False to stop. A
        UserError when the server cannot be reached or refuses the login (nothing was sent then)."""
        total = len(self.confirmations)
        if not total:
            return SendReport(skipped=self.skipped, without_email=self.without_email)
        sent: list[str] = []
        failed: list[tuple[str, UserError]] = []
        pace = self.pace(self.settings.per_minute)
        storage = Storage(self.event_file)
        try:
            with Mailer(self.settings, self.password) as mailer:
                for done, confirmation in enumerate(self.confirmations, start=1):
                    pace.wait()
                    try:
                        self._send_one(mailer, storage, confirmation)
                        sent.append(confirmation.code)
                    except Stopped as error:
                        why = UserError.carrying(error)
                        failed += [(c.code, why) for c in self.confirmations[done - 1 :]]
                        return self._report(sent, failed, stopped=True)
                    except UserError as error:  # this guest's message only: `Refused`, an address
                        failed.append((confirmation.code, UserError.carrying(error)))
                    report = SendProgress(done, total, len(sent), len(failed), confirmation.code)
                    if progress is not None and not progress(report) and done < total:
                        return self._report(sent, failed, stopped=True)
        finally:
            storage.close()
        return self._report(sent, failed, stopped=False)

    def _send_one(self, mailer: Mailer, storage: Storage, confirmation: Confirmation) -> None:
        """Send, then log at once: a row for every accepted message, none for a refused one nor for the
        sample guest of a test send."""
        pdf = confirmation_pdf(confirmation, self.template, self.logos)
        sender = (self.settings.sender_name, self.settings.sender_address)
        mailer.send(confirmation_message(confirmation, self.template, pdf, sender))
        if confirmation.sample:
            return
        with storage.transaction():
            storage.append_log(
                LogKind.CONFIRMATION_SENT, station=self.station, staff=self.staff,
                attendee_id=confirmation.attendee_id,
                data={"address": confirmation.email, "language": self.template.language},
            )  # fmt: skip

    def _report(
        self, sent: Sequence[str], failed: Sequence[tuple[str, UserError]], *, stopped: bool
    ) -> SendReport:
        return SendReport(tuple(sent), self.skipped, tuple(failed), self.without_email, stopped)
