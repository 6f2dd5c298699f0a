"""Real file troubles for tests: a full disk, read-only files and folders, an exclusive lock, a file of
another program. chmod does not stop root (as CI runs), so as root an immutable attribute (chattr +i) makes
a file or folder read-only, and a small tmpfs is a disk that fills; where neither is possible the test is
skipped, never faked."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

AS_ROOT = os.name == "posix" and os.geteuid() == 0


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` (a file or a folder) may not be written, for root as well."""
    if os.name != "posix":
        pytest.skip("read-only files are made with POSIX tools here")
    if AS_ROOT and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system cannot make a file immutable for root (chattr +i)")
    mode = path.stat().st_mode
    if not AS_ROOT:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield
    finally:
        if AS_ROOT:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(mode)


@contextmanager
def small_disk(folder: Path, kib: int = 2048) -> Iterator[Path]:
    """A real file system of `kib` KiB mounted at `folder` (a tmpfs: root only; skipped elsewhere)."""
    if not AS_ROOT:
        pytest.skip("a small file system needs root (mount -t tmpfs)")
    folder.mkdir(exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Write a file into `folder` until its disk has no byte left; the filler, to delete for room again."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with filler.open("wb", buffering=0) as file:
        try:
            while True:
                file.write(chunk)
        except OSError:  # ENOSPC: full
            return filler


@contextmanager
def files_limited_to(size: int) -> Iterator[None]:
    """No file of this process may grow past `size` bytes (RLIMIT_FSIZE): a write beyond fails with EFBIG
    exactly where a full disk fails it with ENOSPC. Unprivileged, and undone after."""
    if os.name != "posix":
        pytest.skip("RLIMIT_FSIZE is POSIX")
    import resource  # POSIX only: this module is imported on Windows too

    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails instead of killing the test
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
        signal.signal(signal.SIGXFSZ, handler)


@contextmanager
def locked_by_another_program(path: Path) -> Iterator[None]:
    """Another program holds `path` in SQLite's exclusive locking mode: nobody else may even read it."""
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        yield


def database_of_another_program(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE bookmarks (url TEXT)")
        other.commit()
    return path


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
DOCX = b"PK\x03\x04\x14\x00\x06\x00" + b"[Content_Types].xml" + bytes(64)
"""The first bytes of a PDF and of a Word document (a ZIP), as a wrong file chosen in a dialog has them."""


def bound_by_file_permissions() -> list[str]:
    """A command prefix under which file permissions bind this user: root may read any file, so as root the
    command runs without the capabilities that override them (setpriv); skipped where that cannot be."""
    if not AS_ROOT:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv is needed to run without root's file rights")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]
