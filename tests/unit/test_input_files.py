"""Files someone chose are read only when they are regular files, and no further than a limit: a FIFO or a
device must not hang the app, /dev/zero must not fill its memory."""

import os
from pathlib import Path

import pytest

from checkin.documents.funding_logos import MAX_LOGO_BYTES, logo_from_file
from checkin.errors import UserError
from checkin.input_files import FileTooLarge, NotARegularFile, read_regular_file

bounded = pytest.mark.timeout(15, method="signal")
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")


def test_a_regular_file_is_read_whole_up_to_its_limit(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"x" * 100)
    assert read_regular_file(path, 100) == b"x" * 100
    with pytest.raises(FileTooLarge) as caught:
        read_regular_file(path, 99)
    assert (caught.value.size, caught.value.limit) == (100, 99)


def test_a_folder_is_no_file(tmp_path):
    with pytest.raises(NotARegularFile):
        read_regular_file(tmp_path, 100)


def test_a_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "gone.csv", 100)


@bounded
@posix_only
def test_a_fifo_and_dev_zero_are_refused_without_waiting_or_reading(tmp_path):
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        with pytest.raises(NotARegularFile):
            read_regular_file(path, 100)


@bounded
@posix_only
def test_a_fifo_chosen_as_a_funding_logo_is_refused_as_no_image(tmp_path):
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    with pytest.raises(UserError) as caught:
        logo_from_file(fifo)
    assert (caught.value.code, caught.value.params["file"]) == ("logo_not_image", "logo.png")


def test_a_funding_logo_over_its_limit_is_refused_with_its_size(tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_LOGO_BYTES)
    with pytest.raises(UserError) as caught:
        logo_from_file(path)
    assert caught.value.code == "logo_too_large"
    assert caught.value.params["size"] == str((MAX_LOGO_BYTES + 8) // 1024)
