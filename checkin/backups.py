"""Automatic backups of the event file: consistent snapshots in a folder beside it, the newest kept.

`<event file>.backups/2026-06-21T10-42-05-auto.sqlite`: the time it was taken (local, to the second) and
why (a `Reason`). Each is a complete event file made with SQLite's backup API, consistent even while desks
write, and taken through a connection of its own, so a desk may take it on a worker thread.

Snapshots are taken every `SNAPSHOT_INTERVAL` during check-in when something changed (the newest log row
differs), and before an import of registrants or of a programme, and before a restore; the newest
`BACKUPS_KEPT` are kept. Migrations keep their own copy beside the event file (`storage.database`). A
purge deletes every backup, because each holds the personal data the purge clears, and no snapshot is
taken while a purge is pending.

A restore leaves no copy of the event behind, whatever moment it is killed at: the backup is made ready
(migrated, renumbered, its `restore` row written) in a scratch copy that has no name on the disk, then put
into the event file in one transaction. A snapshot killed half-way leaves a `.partial`, which a later prune
removes once it is `STALE_PARTIAL_S` old.
"""

from __future__ import annotations

import re
import shutil
import time
import uuid
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from checkin.changes import Changes
from checkin.crash_points import crash_point
from checkin.errors import UserError
from checkin.log_kinds import LogKind
from checkin.private_files import make_private
from checkin.station_part import StationPart
from checkin.storage import NotAnEventFileError, SchemaTooNewError, Storage
from checkin.storage.database import SnapshotInfo, migration_backups, snapshot_file, snapshot_info
from checkin.storage.migrations import MIGRATIONS
from checkin.storage.snapshot_counts import SnapshotCounts, count_into, snapshot_counts

BACKUPS_KEPT = 30
"""At a snapshot every five minutes of check-in, the last two and a half hours of work."""
SNAPSHOT_INTERVAL = timedelta(minutes=5)
FOLDER_SUFFIX = ".backups"
PARTIAL_SUFFIX = ".partial"
"""A snapshot is written under a name of its own with this suffix (two desks may snapshot in the same
second), then renamed: a listed backup is always whole."""
STALE_PARTIAL_S = 600
"""A snapshot takes well under a second even at 100,000 guests: a `.partial` this old was abandoned."""
OLD_RESTORE_FOLDERS = "tmp*"
"""Where versions before issue 16 made a restore's copy (`tmpXXXXXXXX/restoring.sqlite`): one left by a
killed restore goes like an abandoned `.partial`."""
_STAMP = "%Y-%m-%dT%H-%M-%S"
_NAME = re.compile(r"(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d)-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.sqlite")


class Reason(StrEnum):
    """Why a snapshot was taken, as its file name says."""

    AUTO = "auto"
    """The desk's timer, during check-in."""
    MANUAL = "manual"
    BEFORE_IMPORT = "before-import"
    BEFORE_PROGRAMME = "before-programme"
    BEFORE_RESTORE = "before-restore"
    AFTER_PURGE = "after-purge"


@dataclass(frozen=True)
class Backup:
    """One snapshot in the backups folder; `name` (its file name) is what `restore` takes."""

    path: Path
    taken_at: datetime
    """Local time, as the file name gives it."""
    reason: str
    """A `Reason` value (or another word, from a newer version of the app)."""

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup now in the event file, and the snapshot of what was there before
    (None when the event had nothing yet), which restores it back."""

    backup: Backup
    previous: Backup | None


class Backups(StationPart):
    """The backups of one station's event file."""

    @property
    def event_file(self) -> Path:
        return self._storage.path

    @property
    def folder(self) -> Path:
        return self.event_file.with_name(f"{self.event_file.name}{FOLDER_SUFFIX}")

    def list_backups(self) -> list[Backup]:
        """Newest first."""
        if not self.folder.is_dir():
            return []
        found = (_parsed(path) for path in self.folder.iterdir())
        return sorted((b for b in found if b is not None), key=_age, reverse=True)

    def counts(self, backup: Backup) -> SnapshotCounts | None:
        """What `backup` holds (guests, check-ins per day), read cheaply and without keeping the file open;
        None when it is damaged or gone (pruned by another desk meanwhile)."""
        try:
            return snapshot_counts(backup.path)
        except NotAnEventFileError:
            return None

    def snapshot(self, reason: Reason = Reason.MANUAL, now: datetime | None = None) -> Backup | None:
        """Take a snapshot now and drop the oldest beyond `BACKUPS_KEPT`; None when the event file has no
        log row yet (nothing to lose: a new event, or one still being built from a list), or while a purge
        is pending (a copy could keep what it cleared)."""
        taken = self._take(reason, now)
        self._prune()
        return taken

    def snapshot_if_due(self, now: datetime | None = None) -> Backup | None:
        """For a desk's timer: a snapshot when the newest is `SNAPSHOT_INTERVAL` old (or from a clock that
        has since been put back) and the file changed since it; otherwise None, at the cost of a folder
        listing and two one-row reads. Several desks on one file share the schedule through the folder."""
        moment = _local(now)
        newest = next(iter(self.list_backups()), None)
        if newest is not None and timedelta(0) <= moment - newest.taken_at < SNAPSHOT_INTERVAL:
            return None
        if newest is not None and _last_change(newest.path) == _last_change(self.event_file):
            return None
        return self.snapshot(Reason.AUTO, moment)

    def restore(self, name: str) -> Restored:
        """Put the backup `name` back into the event file (organiser only), after a snapshot of the
        current state, so that a restore can itself be undone.

        Other desks on the file see the restored content at once and drop what they cached (see
        `Station.changed_elsewhere`); a desk in the middle of a dialog should still be closed first.
        """
        station = self._station
        station.roles.require_organiser()
        chosen = self._named(name)
        self._check_belongs(chosen)
        previous = self._take(Reason.BEFORE_RESTORE, None)
        crash_point("restore-previous-saved")
        with closing(Storage(chosen.path, scratch=True)) as copy:
            # The backup's row numbers were handed out again after it was taken: the copy becomes a replica
            # of its own before it replaces the file, so no desk ever writes under the old numbers. Its
            # restore row and new generation go in with it: the file never holds the one without the other.
            copy.take_numbers_from(self.event_file)
            copy.renew_origin()
            with copy.transaction():
                copy.forget_snapshot_counts()
                copy.renew_generation()
                copy.append_log(LogKind.RESTORE, station=station.name, staff=station.staff,
                                data={"backup": chosen.name})  # fmt: skip
            crash_point("restore-copy-made")
            station.storage.restore_from(copy)
        crash_point("restore-put-in-place")
        station.reopen()
        if station.storage.on_commit is not None:  # the restore row came with the content: say it was written
            station.storage.on_commit(Changes.of_rows([(LogKind.RESTORE, None)]))
        self._prune()
        return Restored(chosen, previous)

    def remove_all(self) -> int:
        """Delete every backup of the event, and the copies migrations left beside it; how many there were.
        For the purge: each of them holds the personal data it clears."""
        count = len(self.list_backups())
        while self.folder.exists():  # partly written snapshots too
            with suppress(FileNotFoundError):  # what another desk finishing the same purge removed first
                shutil.rmtree(self.folder)
        for copy in migration_backups(self.event_file):
            copy.unlink(missing_ok=True)
            count += 1
        return count

    def _take(self, reason: Reason, now: datetime | None) -> Backup | None:
        info = _info(self.event_file)
        if info is None or not info.last_change or info.purge_pending:
            return None
        self.folder.mkdir(mode=0o700, exist_ok=True)
        make_private(self.folder)
        backup = self._new(reason, _local(now))
        partial = backup.path.with_name(f"{backup.name}.{uuid.uuid4().hex}{PARTIAL_SUFFIX}")
        snapshot_file(self.event_file, partial)
        count_into(partial)
        make_private(partial)
        partial.replace(backup.path)
        return backup

    def _new(self, reason: Reason, moment: datetime) -> Backup:
        """A name no backup has: the time to the second, the reason, and a number after the first."""
        stamp = moment.strftime(_STAMP)
        number = 1
        while (path := self.folder / _file_name(stamp, reason, number)).exists():
            number += 1
        return Backup(path, datetime.strptime(stamp, _STAMP), reason.value)

    def _prune(self) -> None:
        """The newest `BACKUPS_KEPT` automatic snapshots, and as many of the others: a snapshot from before an
        import must outlive a morning of automatic ones. A `.partial` left by a killed snapshot goes too
        (it holds the guest list), with its journal, and a restore's copy from an older version."""
        backups = self.list_backups()
        for automatic in (True, False):
            for old in [b for b in backups if (b.reason == Reason.AUTO) == automatic][BACKUPS_KEPT:]:
                old.path.unlink(missing_ok=True)
        for left in [*self.folder.glob(f"*{PARTIAL_SUFFIX}*"), *self.folder.glob(OLD_RESTORE_FOLDERS)]:
            with suppress(FileNotFoundError):  # removed by another desk's prune meanwhile
                if time.time() - left.stat().st_mtime <= STALE_PARTIAL_S:
                    continue  # perhaps still being written
                if left.is_dir():
                    shutil.rmtree(left)
                else:
                    left.unlink()

    def _named(self, name: str) -> Backup:
        wanted = name if name.endswith(".sqlite") else f"{name}.sqlite"
        found = next((b for b in self.list_backups() if b.name == wanted), None)
        if found is None:
            raise UserError("unknown_backup", "There is no backup named {name}.", name=name)
        return found

    def _check_belongs(self, backup: Backup) -> None:
        """Refuse a file of another event (its codes would not match the badges) or of a newer app."""
        info = snapshot_info(backup.path)
        if info.secret != self._station.event.secret:
            raise UserError(
                "backup_of_another_event", "The backup {name} is of another event.", name=backup.name
            )
        if info.schema_version > len(MIGRATIONS):
            raise SchemaTooNewError(str(backup.path))


def _file_name(stamp: str, reason: Reason, number: int) -> str:
    """`number` tells apart snapshots of one reason taken in the same second (2, 3, ...)."""
    return f"{stamp}-{reason.value}{'' if number == 1 else f'-{number}'}.sqlite"


def _parsed(path: Path) -> Backup | None:
    """The backup a file name describes; None for anything else (a snapshot still being written)."""
    found = _NAME.fullmatch(path.name)
    if found is None:
        return None
    stamp, reason, _ = found.groups()
    return Backup(path, datetime.strptime(stamp, _STAMP), reason)


def _age(backup: Backup) -> tuple[datetime, int]:
    """By the time in the name; within one second, by when the file was written."""
    try:
        return backup.taken_at, backup.path.stat().st_mtime_ns
    except FileNotFoundError:  # pruned by another desk meanwhile
        return backup.taken_at, 0


def _local(now: datetime | None) -> datetime:
    """Local wall-clock time without a zone, as backup names are written."""
    return (now or datetime.now()).astimezone().replace(tzinfo=None)


def _last_change(path: Path) -> str:
    """The newest log row of an event file ('' for none, or for a backup that cannot be read)."""
    info = _info(path)
    return info.last_change if info is not None else ""


def _info(path: Path) -> SnapshotInfo | None:
    try:
        return snapshot_info(path)
    except NotAnEventFileError:
        return None
