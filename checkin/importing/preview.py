"""An updated registrant list, imported the way an organiser does it from the window: read the file, see how
every column was understood and what the import would change, map a column by hand, then apply.

`station.imports` is the service; the window and the command line's `import` both use it, so both apply
the mapping remembered for the file's form (`checkin.importing.forms`) and both remember the mapping a real
import was made with. Reading the file touches no database, so `reader` prepares it on the station's
thread and the slow part may run on any other; the dry run and the import run on the station's thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from checkin.domain import Registrant
from checkin.importing import form_files, forms
from checkin.importing.columns import Why
from checkin.importing.importer import ImportFileError, ParsedFile, read_columns, read_registrants
from checkin.importing.spreadsheet import list_file
from checkin.registering import FromFile
from checkin.station_part import StationPart

if TYPE_CHECKING:
    from checkin.registering import Progress
    from checkin.station import ImportReport

_NO_MAPPING: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class ListRead:
    """A registrant file as read for an import. `mapping` is the organiser's part of how its columns were
    read (header -> field, "extra" or "ignore"); `remembered`: that mapping is the one remembered for this
    form, applied without anyone choosing it again."""

    path: Path
    parsed: ParsedFile
    mapping: Mapping[str, str]
    remembered: bool

    @property
    def form(self) -> frozenset[str]:
        return forms.form_of(self.parsed.readings)


@dataclass(frozen=True)
class ColumnPreview:
    """One column of the file as the preview shows it: a few of its values, the field it feeds ("extra",
    "ignore" included) and why; `meal` names the meal its yes/no answers sign guests up for."""

    index: int
    header: str
    samples: tuple[str, ...]
    field: str
    why: Why
    meal: str = ""


@dataclass(frozen=True)
class ImportPreview:
    """What importing `read` would do: its columns, and the dry run's counts, problems and answers."""

    read: ListRead
    columns: tuple[ColumnPreview, ...]
    report: ImportReport


class Imports(StationPart):
    """Updated lists for the event of one station (`station.imports`); organiser only."""

    def reader(
        self, path: Path, mapping: Mapping[str, str] | None = None, *, remembered: bool = True
    ) -> Callable[[], ListRead]:
        """The reading of `path`, prepared on the station's thread, to be run on any (it raises
        `ImportFileError` for a file that cannot be imported).

        `mapping` is laid over the mapping remembered for the file's form, or with `remembered=False` used
        alone (the window passes the whole mapping its organiser sees, so a remembered choice can be undone).
        """
        self._station.roles.require_organiser()
        event = self._storage.event()  # read afresh: another desk may have remembered a form meanwhile
        known = forms.remembered(event.settings.get(forms.SETTING))
        under = known if remembered else ()
        given = dict(mapping or {})
        days, labels = event.days, event.category_labels

        def run() -> ListRead:
            """The form from the header alone, then one reading of the rows, under its remembered mapping;
            both from one `ListFile`, so that an XLSX is read from disk once."""
            file = list_file(path)

            def form(under: Mapping[str, str]) -> frozenset[str]:
                return forms.form_of(read_columns(file, mapping={**under, **given}))

            def read(under: Mapping[str, str]) -> ListRead:
                mapping = {**under, **given}
                parsed = read_registrants(file, event_days=days, mapping=mapping, category_labels=labels)
                return _read(path, parsed, mapping, known)

            if not under:
                return read(_NO_MAPPING)
            try:
                found = forms.mapping_for(under, form(_NO_MAPPING))
            except ImportFileError as error:
                if error.code != "no_name_columns":
                    raise
                found = _by_remembered_names(under, form, error)
            return read(found or _NO_MAPPING)

        return run

    def read(
        self, path: Path, mapping: Mapping[str, str] | None = None, *, remembered: bool = True
    ) -> ListRead:
        """`reader` run at once, on the station's thread."""
        return self.reader(path, mapping, remembered=remembered)()

    def preview(self, read: ListRead, progress: Progress | None = None) -> ImportPreview:
        """The dry run of `read`: nothing is written."""
        report = self._station.import_parsed(read.parsed, read.path.name, dry_run=True, progress=progress)
        meals = self._meal_columns(read.parsed, report.answers.columns)
        columns = tuple(
            ColumnPreview(reading.index, reading.header, samples, reading.field, reading.why,
                          meals.get(reading.header, "") if reading.field == "extra" else "")
            for reading, samples in zip(read.parsed.readings, _samples(read.parsed), strict=True)
        )  # fmt: skip
        return ImportPreview(read, columns, report)

    def apply(self, read: ListRead, progress: Progress | None = None) -> ImportReport:
        """Import `read` (a snapshot of the event first, as every import), then remember its mapping for its
        form: the next export of the same form imports in one step."""
        report = self._station.import_parsed(read.parsed, read.path.name, progress=progress)
        self.remember(read.form, read.mapping)
        return report

    def remember(self, form: frozenset[str], mapping: Mapping[str, str]) -> None:
        """Keep `mapping` for the form (an empty one forgets it); logged, so other stations learn it too."""
        self._station.roles.require_organiser()
        with self._storage.transaction():
            setting = self._storage.event().settings.get(forms.SETTING)
            known = forms.remembered(setting)
            if dict(forms.mapping_for(known, form) or {}) == dict(mapping):
                return
            self._station.event_settings.write(forms.SETTING, forms.with_mapping(known, form, mapping))

    def from_file(self, parsed: ParsedFile, file_name: str) -> FromFile:
        """What an import of `parsed` says beyond its people (`registering.FromFile`): the files earlier
        imports of its form read are read afresh, as another desk may have imported one meanwhile."""
        form = forms.form_of(parsed.readings)
        setting = self._storage.event().settings.get(form_files.SETTING)
        return FromFile(file_name, form, parsed.lookalike_row_numbers, form_files.files_of(setting, form))

    def _meal_columns(self, parsed: ParsedFile, found: Mapping[str, str]) -> dict[str, str]:
        """Column -> the meal its answers sign up for. The dry run names only the columns of guests it adds
        or changes; the other kept columns are asked about with their sample values."""
        meals = dict(found)
        probes = [
            (-number, Registrant(first_name="", last_name="", extra={reading.header: value}))
            for number, (reading, value) in enumerate(
                ((r, v) for r, values in zip(parsed.readings, _samples(parsed), strict=True)
                 if r.field == "extra" and r.header not in meals for v in values),
                start=1,
            )
        ]  # fmt: skip
        if probes:
            meals.update(self._station.choices.assign_answers(probes, apply=False).columns)
        return meals


def _samples(parsed: ParsedFile) -> tuple[tuple[str, ...], ...]:
    """A file read before samples were kept (none) still has a row per column."""
    return parsed.samples or tuple(() for _ in parsed.readings)


def _read(
    path: Path, parsed: ParsedFile, mapping: Mapping[str, str], known: tuple[forms.RememberedMapping, ...]
) -> ListRead:
    found = forms.mapping_for(known, forms.form_of(parsed.readings))
    remembered = bool(mapping) and found is not None and dict(found) == dict(mapping)
    return ListRead(path, parsed, MappingProxyType(dict(mapping)), remembered)


def _by_remembered_names(
    known: tuple[forms.RememberedMapping, ...], form: Callable[[Mapping[str, str]], frozenset[str]],
    error: ImportFileError,
) -> Mapping[str, str]:  # fmt: skip
    """A form whose name columns only a remembered mapping names ("Nom", "Prénom"): the first remembered
    mapping that finds them in a header row of exactly its form reads the file."""
    for remembered in known:
        try:
            found = form(remembered.mapping)
        except ImportFileError:
            continue
        if found == remembered.headers:
            return remembered.mapping
    raise error
