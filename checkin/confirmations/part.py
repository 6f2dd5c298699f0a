"""Personal confirmations with the QR code (`station.confirmations`): the template, the mailbox settings,
who gets one, and making them: a PDF, .eml files, or e-mails sent through the organiser's mailbox.

Everything here is the organiser's (guests' addresses and names leave the event file): each call checks the
role on this station. A `Sending` prepared here may then run on another thread (see
`checkin.confirmations.sending`). Each message the server accepted is a `confirmation_sent` log row
{address, language} about the guest, which travels to the other stations: `sent()` reads it, and sending
again skips a guest sent one at their present address.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.utils import ImageReader

from checkin.collation import by_surname
from checkin.confirmations import passwords, smtp
from checkin.confirmations.audience import Audience, Recipients
from checkin.confirmations.content import Booked, Confirmation, EventFacts, file_stem, sample_guest
from checkin.confirmations.document import confirmation_pdf, write_confirmations
from checkin.confirmations.messages import as_draft, confirmation_message
from checkin.confirmations.sending import Sending, SendProgress, SendReport
from checkin.confirmations.smtp import SmtpSettings
from checkin.confirmations.template import (
    ConfirmationTemplate,
    checked_template,
    default_template,
    from_setting,
    setting_key,
    setting_value,
)
from checkin.documents.canvas import funding_logos
from checkin.domain import Attendee, Event, Session, Status
from checkin.errors import UserError
from checkin.output_files import refuse_unsafe_folder, write_output
from checkin.station_part import StationPart
from checkin.text import fold, is_email

WORKSHOP_KINDS = ("workshop",)
DINNER_KINDS = ("social",)
"""A guest's sign-ups a confirmation names: their workshops (with rooms) and the gala dinner."""


@dataclass(frozen=True)
class EmlFiles:
    """What `write_eml` made: the files written, in alphabetical order, the guests whose address no
    message can carry (code, why), who got no file: one such address never costs the others theirs, and
    how many of the audience have no address (their confirmations are printed)."""

    written: tuple[Path, ...]
    unwritable: tuple[tuple[str, UserError], ...] = ()
    without_email: int = 0


@dataclass(frozen=True)
class SentRecord:
    """The last confirmation a guest was sent: when, to which address, in which language, by which
    station."""

    at: str
    address: str
    language: str
    station: str


class Confirmations(StationPart):
    """The confirmations of one station's event."""

    # --- the text -----------------------------------------------------------------------------------------

    def template(self, language: str) -> ConfirmationTemplate:
        """The saved template of `language`, else the default one."""
        stored = self._event().settings.get(setting_key(language))
        return from_setting(stored, language) or default_template(language)

    def save_template(self, template: ConfirmationTemplate) -> ConfirmationTemplate:
        """Organiser only; a UserError for an unknown {placeholder}, a stray brace or an overlong text.
        Returns the template as saved (spaces tidied); saving it unchanged writes nothing."""
        self._station.roles.require_organiser()
        template = checked_template(template)
        self._write_setting(setting_key(template.language), setting_value(template))
        return template

    def render_pdf(self, code: str | None, template: ConfirmationTemplate) -> bytes:
        """One guest's confirmation as PDF bytes with `template` (saved or not: the window's live preview);
        `code` None renders the sample guest."""
        if code is None:
            guest = sample_guest(self._event(), template.language)
        else:
            self._station.roles.require_organiser()
            guest = self._confirmations([self._station.guest(code)])[0]
        return confirmation_pdf(guest, template, self._logos())

    # --- who ----------------------------------------------------------------------------------------------

    def recipients(self, audience: Audience) -> Recipients:
        """The registered guests `audience` names, in Polish alphabetical order, split by whether they have
        an e-mail address. A UserError for a code of no guest."""
        self._station.roles.require_organiser()
        sent = self.sent()
        guests = self._audience(audience, sent)
        ordered = tuple(sorted(guests, key=lambda a: by_surname(a.last_name, a.first_name)))
        with_email = tuple(a for a in ordered if a.email)
        already = frozenset(a.code for a in with_email if _sent_to(sent.get(a.code), a))
        return Recipients(with_email, tuple(a for a in ordered if not a.email), already)

    def sent(self) -> dict[str, SentRecord]:
        """Guest's code -> the last confirmation sent to them (here or at another station)."""
        return {
            code: SentRecord(at, address, language, station)
            for code, at, station, address, language in self._storage.confirmations_sent()
        }

    # --- the mailbox --------------------------------------------------------------------------------------

    def smtp_settings(self) -> SmtpSettings | None:
        """The saved mailbox settings; None when never saved."""
        return smtp.from_setting(self._event().settings.get(smtp.SETTING_KEY))

    def save_smtp_settings(self, settings: SmtpSettings, password: str | None) -> SmtpSettings:
        """Organiser only. `password` goes to the credential store (None: left as it is, "": removed), the
        rest to the event; the password first, so a store that fails saves nothing. Returns the settings as
        saved."""
        self._station.roles.require_organiser()
        settings = smtp.checked_settings(settings)
        if password is not None:
            passwords.store_password(settings, password)
        self._write_setting(smtp.SETTING_KEY, smtp.setting_value(settings))
        return settings

    @staticmethod
    def keyring_available() -> bool:
        """Whether this computer can keep the password (else it is typed at each send)."""
        return passwords.keyring_available()

    def has_password(self, settings: SmtpSettings) -> bool:
        """Whether the credential store holds this mailbox's password (False when it cannot be asked)."""
        try:
            return passwords.stored_password(settings) is not None
        except UserError:
            return False

    def test_sending(
        self, settings: SmtpSettings, to_address: str, language: str, *, password: str | None = None
    ) -> Sending:
        """The sample guest's confirmation to `to_address` (the organiser's own), with `settings` as given
        (saved or not), prepared here to run on any thread like a batch; it logs nothing. `password` None:
        the stored one."""
        self._station.roles.require_organiser()
        settings = smtp.checked_settings(settings)
        to_address = to_address.strip().lower()
        if not is_email(to_address):
            raise UserError("bad_email", "{email} is not an e-mail address.", email=to_address)
        guest = replace(sample_guest(self._event(), language), email=to_address)
        return Sending(
            self._station.path, self._station.name, self._station.staff, settings,
            _password(settings, password), self.template(language), (guest,), self._logos(),
        )  # fmt: skip

    # --- making them --------------------------------------------------------------------------------------

    def sending(
        self, audience: Audience, language: str, *, resend: bool = False,
        settings: SmtpSettings | None = None, password: str | None = None,
    ) -> Sending:  # fmt: skip
        """A batch to send, checked and prepared here (organiser only; a UserError when no mailbox is set);
        run it here or on a worker thread. Guests already sent one at their present address are skipped
        unless `resend`. `settings` None: the saved ones; `password` None: the stored one (none is read for
        a mailbox without a user name)."""
        self._station.roles.require_organiser()
        settings = smtp.checked_settings(settings) if settings is not None else self.smtp_settings()
        if settings is None:
            raise UserError("smtp_not_set", "Set the mailbox the confirmations are sent from first (server, "
                            "port, sender).")  # fmt: skip
        recipients = self.recipients(audience)
        skipped = frozenset() if resend else recipients.already_sent
        due = [guest for guest in recipients.with_email if guest.code not in skipped]
        return Sending(
            self._station.path, self._station.name, self._station.staff, settings,
            _password(settings, password), self.template(language), tuple(self._confirmations(due)),
            self._logos(), tuple(guest.code for guest in recipients.with_email if guest.code in skipped),
            tuple(a.code for a in recipients.without_email),
        )  # fmt: skip

    def send(
        self, audience: Audience, language: str, *, resend: bool = False,
        progress: Callable[[SendProgress], bool] | None = None, password: str | None = None,
    ) -> SendReport:  # fmt: skip
        """Prepare and send on this thread (see `sending`); `progress` returns False to stop."""
        return self.sending(audience, language, resend=resend, password=password).run(progress)

    def write_eml(self, folder: Path, audience: Audience, language: str) -> EmlFiles:
        """One .eml file per guest with an e-mail address into `folder` (made if missing), ready to send
        from Outlook or Thunderbird."""
        recipients = self.recipients(audience)
        refuse_unsafe_folder(folder, self._station.path)
        folder.mkdir(parents=True, exist_ok=True)
        settings, template, logos = self.smtp_settings(), self.template(language), self._logos()
        sender = (settings.sender_name, settings.sender_address) if settings else None
        written: list[Path] = []
        unwritable: list[tuple[str, UserError]] = []
        for guest in self._confirmations(recipients.with_email):
            pdf = confirmation_pdf(guest, template, logos)
            try:
                message = confirmation_message(guest, template, pdf, sender)
            except UserError as error:  # an address no message can carry: this guest goes without a file
                unwritable.append((guest.code, error))
                continue
            path = folder / f"{_name_slug(guest)}-{file_stem(guest, language)}.eml"
            write_output(path, _writer(as_draft(message)), event_file=self._station.path)
            written.append(path)
        return EmlFiles(tuple(written), tuple(unwritable), len(recipients.without_email))

    def write_pdf(self, path: Path, audience: Audience, language: str) -> int:
        """Every confirmation of `audience` (with or without an e-mail address) in one PDF, in Polish
        alphabetical order, for posting or handing out; how many."""
        recipients = self.recipients(audience)
        guests = self._confirmations([*recipients.with_email, *recipients.without_email])
        guests.sort(key=lambda g: by_surname(g.last_name, g.first_name))
        template, logos = self.template(language), self._logos()
        write_output(
            path, lambda p: write_confirmations(p, guests, template, logos), event_file=self._station.path
        )
        return len(guests)

    # --- helpers --------------------------------------------------------------------------------------------

    def _write_setting(self, key: str, value: object) -> None:
        with self._storage.transaction():
            self._station.event_settings.write_changed({key: value})

    def _event(self) -> Event:
        return self._storage.event()  # as saved now: another station may have changed the template

    def _logos(self) -> tuple[ImageReader, ...]:
        return funding_logos(self._event(), self._station.path.parent)

    def _audience(self, audience: Audience, sent: Mapping[str, SentRecord]) -> list[Attendee]:
        everyone = list(self._storage.attendees())
        registered = [a for a in everyone if a.status is Status.REGISTERED]
        if audience.kind == "category":
            return [a for a in registered if a.category == audience.category]
        if audience.kind == "no_email":
            return [a for a in registered if not a.email]
        if audience.kind == "not_sent":
            return [a for a in registered if a.email and not _sent_to(sent.get(a.code), a)]
        if audience.kind == "codes":  # a cancelled guest among them (selected at the desk) gets none
            by_code = {a.code: a for a in everyone}
            unknown = [code for code in audience.codes if code not in by_code]
            if unknown:
                raise UserError("unknown_attendee", "No guest has the code or number {key}.", key=unknown[0])
            chosen = (by_code[code] for code in dict.fromkeys(audience.codes))
            return [a for a in chosen if a.status is Status.REGISTERED]
        return registered

    def _confirmations(self, guests: Sequence[Attendee]) -> list[Confirmation]:
        """The confirmations of `guests` in their order: sign-ups read for all of them at once."""
        event = self._event()
        facts = EventFacts.of(event)
        sessions = [
            s for s in self._station.programme.sessions()
            if s.needs_signup and (s.kind in (*WORKSHOP_KINDS, *DINNER_KINDS) or s.choice_group)
        ]  # fmt: skip
        chosen = self._storage.signups_among([g.id for g in guests], [s.id for s in sessions])
        result = []
        for guest in guests:
            theirs = [s for s in sessions if s.id in chosen.get(guest.id, ())]
            result.append(Confirmation(
                guest.id, guest.code, guest.title, guest.first_name, guest.last_name, guest.organisation,
                guest.email, guest.days or event.days,
                _booked(event, (s for s in theirs if s.kind not in DINNER_KINDS)),
                _booked(event, (s for s in theirs if s.kind in DINNER_KINDS)), facts,
            ))  # fmt: skip
        return result


def _booked(event: Event, sessions: Iterable[Session]) -> tuple[Booked, ...]:
    return tuple(Booked(s.title, s.room, event.days[s.day - 1], s.start, s.end) for s in sessions)


def _password(settings: SmtpSettings, given: str | None) -> str | None:
    """The password to log in with: `given`, else the stored one; none without a user name (no login)."""
    if given is not None or not settings.username:
        return given
    return passwords.stored_password(settings)


def _sent_to(record: SentRecord | None, guest: Attendee) -> bool:
    """Whether the guest was sent a confirmation at the address they have now (a corrected address is
    sent again)."""
    return record is not None and record.address == guest.email


def _name_slug(guest: Confirmation) -> str:
    """The guest's name in a file name: folded to plain letters ("zolkiewska-anna")."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(f"{guest.last_name} {guest.first_name}")).strip("-")
    return slug[:60] or "guest"


def _writer(content: bytes) -> Callable[[Path], int]:
    """What `write_output` calls to fill its temporary file."""
    return lambda partial: partial.write_bytes(content)
