"""The import window's words: the registrant fields a column can feed, why a column was read as it was, and
the dry run's and the import's report, in the user's language.

Each string is a literal inside `translate` (or `tr` for plurals) so that lupdate finds it; a field or a
`Why` the core adds later is still shown (by its key), never a crash.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from checkin.importing.columns import MAPPABLE_FIELDS, Why
from checkin.importing.lookalikes import Lookalike, row_of
from checkin.importing.merge import DeskCorrection
from checkin.importing.preview import ColumnPreview
from checkin.station import ImportReport
from ui import messages

FIELD_ORDER = (
    "first_name", "last_name", "full_name", "title", "position", "organisation", "city", "email", "phone",
    "category", "days", "workshop", "notes", "needs", "consent_data", "consent_image", "registration_id",
)  # fmt: skip
"""How the fields are offered, as a registration form asks for them; "extra" and "ignore" come last."""


def field_label(key: str) -> str:
    names = {
        "first_name": QCoreApplication.translate("import", "First name"),
        "last_name": QCoreApplication.translate("import", "Last name"),
        "full_name": QCoreApplication.translate("import", "First and last name"),
        "title": QCoreApplication.translate("import", "Title"),
        "position": QCoreApplication.translate("import", "Position"),
        "organisation": QCoreApplication.translate("import", "Organisation"),
        "city": QCoreApplication.translate("import", "Town"),
        "email": QCoreApplication.translate("import", "E-mail"),
        "phone": QCoreApplication.translate("import", "Phone"),
        "category": QCoreApplication.translate("import", "Category"),
        "days": QCoreApplication.translate("import", "Days attended"),
        "workshop": QCoreApplication.translate("import", "Workshop"),
        "notes": QCoreApplication.translate("import", "Notes"),
        "needs": QCoreApplication.translate("import", "Needs and diet"),
        "consent_data": QCoreApplication.translate("import", "Data processing consent"),
        "consent_image": QCoreApplication.translate("import", "Image consent"),
        "registration_id": QCoreApplication.translate("import", "Registration number"),
        "status": QCoreApplication.translate("import", "Registration status"),
        "extra": QCoreApplication.translate("import", "Kept as extra information"),
        "ignore": QCoreApplication.translate("import", "Ignored"),
    }
    return names.get(key, key)


def offered_fields() -> list[str]:
    """Every target a column can be mapped to: the known fields in form order, any newer ones after them."""
    newer = sorted(MAPPABLE_FIELDS - {*FIELD_ORDER, "extra", "ignore"})
    return [*(key for key in FIELD_ORDER if key in MAPPABLE_FIELDS), *newer, "extra", "ignore"]


def why(column: ColumnPreview, *, remembered: bool) -> str:
    """Why the column feeds what it feeds; a meal column also says which meal its answers sign up for."""
    reasons = {
        Why.LABEL: QCoreApplication.translate("import", "A usual name of this field"),
        Why.WORKSHOP_WORD: QCoreApplication.translate("import", "The header mentions a workshop"),
        Why.QUESTION: QCoreApplication.translate("import", "Read from the question's words: check it"),
        Why.MAPPED: QCoreApplication.translate("import", "Remembered from the last import of this form")
        if remembered
        else QCoreApplication.translate("import", "Mapped by hand"),
        Why.BOOKKEEPING: QCoreApplication.translate(
            "import", "A form's timestamp or a row number, not about the guest"
        ),
        Why.ACCOUNT: QCoreApplication.translate(
            "import",
            "The account that filled in the form (often anonymous); the form asks this itself",
        )
        if column.field == "ignore"
        else QCoreApplication.translate(
            "import",
            "The account that filled in the form; used, as the form does not ask this",
        ),
        Why.RESPONSE_NUMBER: QCoreApplication.translate(
            "import", "The form's number of the response: read as the registration number"
        ),
        Why.NAME_COLUMNS: QCoreApplication.translate(
            "import", "The file has separate first and last name columns"
        ),
        Why.UNRECOGNISED: QCoreApplication.translate(
            "import", "Not recognised: kept with each guest, so nothing is lost"
        ),
    }
    if column.meal:
        return QCoreApplication.translate(
            "import", 'Meal sign-ups: a yes signs the guest up for "{meal}" (the answers are kept too)'
        ).format(meal=column.meal)
    return reasons[column.why]


def changed_fields(report: ImportReport) -> str:
    """ "organisation: 3, e-mail: 1" in the user's words; "" when nothing changes."""
    return ", ".join(
        QCoreApplication.translate("import", "{field}: {count}").format(
            field=QCoreApplication.translate("import", "extra information")
            if name == "extra"
            else field_label(name).lower(),
            count=count,
        )
        for name, count in report.changed_fields.items()
    )


def counts(report: ImportReport) -> str:
    changed = changed_fields(report)
    text = QCoreApplication.translate(
            "import",
        "New guests: {created}   Changed: {updated}   Unchanged: {unchanged}   Merged duplicates: {merged}   Skipped rows: {skipped}   Problems: {problems}"
    ).format(
        created=report.created, updated=report.updated, unchanged=report.unchanged, merged=report.merged,
        skipped=report.skipped, problems=len(report.problems),
    )  # fmt: skip
    lines = [text]  # each line a whole sentence of its own, never a fragment of another
    if report.cancelled or report.restored:
        lines.append(QCoreApplication.translate(
            "import", "Registrations cancelled: {cancelled}   Restored: {restored}"
        ).format(cancelled=report.cancelled, restored=report.restored))  # fmt: skip
    if report.lookalikes:
        lines.append(QCoreApplication.translate(
            "import", "New guests who look like another under another registration number: {count} (see below)"
        ).format(count=report.lookalikes))  # fmt: skip
    if report.missing:
        lines.append(QCoreApplication.translate(
            "import", "Guests of earlier lists of this form missing from this one: {count} (see below)"
        ).format(count=report.missing))  # fmt: skip
    if changed:
        lines.append(QCoreApplication.translate("import", "Changed fields: {fields}").format(fields=changed))
    return "\n".join(lines)


class _ReportPlurals(QObject):
    """Plural messages come from `tr()` on a QObject, for lupdate to give them their plural forms."""

    def signed_up(self, count: int) -> str:
        return self.tr("The answers sign guests up for sessions %n time(s).", "", count)

    def left(self, count: int) -> str:
        return self.tr("Changed answers take guests off sessions %n time(s).", "", count)

    def unmatched(self, answer: str, count: int) -> str:
        return self.tr(
            'No session matches the answer "{answer}" (%n guest(s)); choose for them at the desk.', "", count
        ).format(answer=answer)

    def wrong_day(self, title: str, count: int) -> str:
        return self.tr(
            '"{title}" is on a day that %n guest(s) who chose it do not attend.', "", count
        ).format(title=title)

    def unclear(self, column: str, answer: str, count: int) -> str:
        return self.tr(
            'Column "{column}": "{answer}" is neither yes nor no (%n guest(s)); sign them up at the desk.',
            "",
            count,
        ).format(column=column, answer=answer)

    def more_lookalikes(self, count: int) -> str:
        return self.tr(
            "%n more new guest(s) look like another guest under another registration number.", "", count
        )

    def missing(self, count: int) -> str:
        return self.tr(
            "%n guest(s) whom an earlier list of this form brought in are missing from this one. They stay "
            "registered: if they withdrew, cancel them at the desk.",
            "",
            count,
        )

    def more_missing(self, count: int) -> str:
        return self.tr("%n more guest(s) are missing from the list.", "", count)

    def skipped_may_be_missing(self, count: int) -> str:
        return self.tr(
            "%n row(s) of this list were skipped for a problem: a guest named here may be on one of them. "
            "Correct those rows rather than cancel anyone.",
            "",
            count,
        )

    def full(self, title: str, count: int) -> str:
        return self.tr('"{title}" is full: %n guest(s) who chose it have no seat.', "", count).format(
            title=title
        )


def details(report: ImportReport) -> list[str]:
    """Each problem in words with its row (in the file's row order: `Station.import_parsed`), the duplicates
    merged, and what the answers do."""
    plurals = _ReportPlurals()
    answers = report.answers
    lines = [messages.describe_problem(problem) for problem in report.problems]
    lines += [_correction(kept, overwritten=False) for kept in report.kept]
    lines += [_correction(lost, overwritten=True) for lost in report.overwritten]
    lines += lookalikes(report) + missing(report)
    lines += [
        QCoreApplication.translate(
            "import", "Row {row} ({name}) is the same person as {into}: merged."
        ).format(row=row_of(row), name=name, into=_guest_ref(into))
        for (row, into), name in zip(report.merged_rows, report.merged_names, strict=True)
    ]
    lines += [plurals.signed_up(answers.signed_up)] if answers.signed_up else []
    lines += [plurals.left(answers.left)] if answers.left else []
    lines += [plurals.unmatched(answer, count) for answer, count in answers.unmatched.items()]
    lines += [
        plurals.unclear(column, answer, count)
        for column, said in answers.unclear.items()
        for answer, count in said.items()
    ]
    lines += [plurals.wrong_day(title, count) for title, count in answers.wrong_day.items()]
    return lines + [plurals.full(title, count) for title, count in answers.full.items()]


def _correction(correction: DeskCorrection, *, overwritten: bool) -> str:
    """A desk correction the import kept (the file still holds the value imported before), or one the
    file's newer value replaced: the organiser must see both before applying."""
    template = (
        QCoreApplication.translate(
            "import",
            '{guest} (no. {id}): the file\'s new {field} "{file}" replaces the desk\'s correction "{desk}".',
        )
        if overwritten
        else QCoreApplication.translate(
            "import",
            '{guest} (no. {id}): the desk\'s correction of {field} "{desk}" is kept (the file still says "{file}").',
        )
    )
    return template.format(
        guest=correction.guest, id=correction.attendee_id, field=field_label(correction.field).lower(),
        desk=correction.desk, file=correction.file,
    )  # fmt: skip


def lookalikes(report: ImportReport) -> list[str]:
    """The new guests who look like a guest, or an earlier row, under another registration number: imported
    as new guests, which the organiser must see to correct a mistyped or changed number."""
    lines = [_lookalike(found) for found in report.named_lookalikes]
    more = report.lookalikes - len(report.named_lookalikes)
    return lines + ([_ReportPlurals().more_lookalikes(more)] if more > 0 else [])


def missing(report: ImportReport) -> list[str]:
    """The registered guests an earlier list of this form brought in whom this one lacks, and what to do:
    the import cancels nobody."""
    if not report.missing:
        return []
    plurals = _ReportPlurals()
    lines = [plurals.missing(report.missing)]
    lines += [
        QCoreApplication.translate(
            "import", "Missing from the list: {name} (no. {id}, registration {registration})."
        ).format(name=guest.name, id=guest.attendee_id, registration=guest.registration_id or "-")
        for guest in report.missing_guests
    ]
    more = report.missing - len(report.missing_guests)
    lines += [plurals.more_missing(more)] if more > 0 else []
    return lines + ([plurals.skipped_may_be_missing(report.skipped)] if report.skipped else [])


def _lookalike(found: Lookalike) -> str:
    if isinstance(found.like, int):
        template = QCoreApplication.translate(
            "import",
            "Row {row} ({name}) looks like the guest {like_name} (no. {like}, registration {like_registration}) "
            "but has registration {registration}: imported as a new guest; if it is the same person, correct "
            "the number in the list.",
        )
        like: object = found.like
    else:
        template = QCoreApplication.translate(
            "import",
            "Row {row} ({name}) looks like row {like} ({like_name}, registration {like_registration}) but has "
            "registration {registration}: imported as a new guest; if it is the same person, correct the "
            "number in the list.",
        )
        like = row_of(found.like)
    return template.format(
        row=found.row, name=found.name, like=like, like_name=found.like_name,
        like_registration=found.like_registration_id, registration=found.registration_id,
    )  # fmt: skip


def _guest_ref(into: str | int) -> str:
    """A row of the file by its number, as every other line of the report names rows (the window shows the
    file's name above), or a guest already in the event by their number."""
    if isinstance(into, int):
        return (
            QCoreApplication.translate("import", "the guest no. {id}").format(id=into)
            if into > 0
            else QCoreApplication.translate("import", "a new guest")
        )
    return QCoreApplication.translate("import", "row {row}").format(row=row_of(into))
