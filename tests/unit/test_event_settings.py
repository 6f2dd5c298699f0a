"""The venue, its town and the funding logos: set by the organiser, logged, stored inside the event file."""

from pathlib import Path

import pytest
from helpers.events import DAYS, make_station
from PIL import Image

from checkin.documents.funding_logos import FUNDING_LOGOS_SETTING, MAX_LOGO_BYTES, MAX_LOGOS, FundingLogo
from checkin.errors import UserError
from checkin.log_kinds import LogKind
from checkin.station import Station


def logo(folder: Path, name: str, size: tuple[int, int] = (300, 100), fmt: str = "PNG") -> Path:
    path = folder / name
    Image.new("RGB", size, "#003399").save(path, format=fmt)
    return path


def setting_rows(station: Station) -> list[dict]:
    return [dict(e.data) for e in station.storage.log_entries() if e.kind == LogKind.SETTING]


def test_a_new_event_has_the_town_it_was_given_and_none_is_guessed_from_the_venue(tmp_path):
    venue = "Starachowice, Hotel Europa Business & Spa, ul. Radomska 76"
    with_town = Station.create(
        tmp_path / "a.sqlite", event_name="K", venue=venue, days=DAYS, town=" Starachowice "
    )
    without = Station.create(tmp_path / "b.sqlite", event_name="K", venue=venue, days=DAYS)
    assert with_town.event.town == "Starachowice"
    assert without.event.town == ""  # not "ul. Radomska 76"
    with pytest.raises(UserError) as long:
        Station.create(tmp_path / "c.sqlite", event_name="K", venue="", days=DAYS, town="x" * 101)
    assert long.value.code == "town_too_long" and not (tmp_path / "c.sqlite").exists()


def test_saving_the_venue_and_town_logs_each_change_once(station):
    event = station.event_settings.save(venue="Hotel Europa, ul. Radomska 76", town="Starachowice")
    assert (event.venue, event.town) == ("Hotel Europa, ul. Radomska 76", "Starachowice")
    assert station.event == event == station.storage.event()
    station.event_settings.save(venue="Hotel Europa, ul. Radomska 76", town="Starachowice")  # no change
    assert setting_rows(station) == [
        {"key": "venue", "value": "Hotel Europa, ul. Radomska 76"},
        {"key": "town", "value": "Starachowice"},
    ]


def test_settings_are_the_organisers(tmp_path):
    station = make_station(tmp_path / "e.sqlite", pin="2468")
    station.roles.lock()
    with pytest.raises(UserError) as refused:
        station.event_settings.save(town="Radom")
    assert refused.value.code == "organiser_only" and station.storage.event().town == ""


def test_funding_logos_are_kept_inside_the_event_file_and_survive_its_move(station, tmp_path):
    files = [logo(tmp_path, "fe.png"), logo(tmp_path, "ue.jpg", fmt="JPEG")]
    station.event_settings.add_funding_logos(files)
    for file in files:
        file.unlink()
    moved = tmp_path / "moved"
    moved.mkdir()
    station.replica.snapshot_to(moved / "event.sqlite")
    elsewhere = Station.open(moved / "event.sqlite")
    logos = elsewhere.event_settings.funding_logos()
    assert [lg.name for lg in logos] == ["fe.png", "ue.jpg"]
    assert logos[0].data.startswith(b"\x89PNG") and logos[1].data.startswith(b"\xff\xd8")
    elsewhere.close()


def test_a_logo_another_station_adds_while_this_one_reads_its_files_is_kept(station, tmp_path, monkeypatch):
    """The other desk's change lands while this desk reads the image files: the logos are read again inside
    the transaction that writes them, so neither is lost."""
    from checkin import event_settings

    other = Station.open(station.path)
    read = event_settings.logo_from_file
    theirs = read(logo(tmp_path, "other.png"))

    def read_while_another_adds(path: Path) -> FundingLogo:
        other.event_settings.save(logos=(theirs,))
        return read(path)

    monkeypatch.setattr(event_settings, "logo_from_file", read_while_another_adds)
    after = station.event_settings.add_funding_logos([logo(tmp_path, "mine.png")])
    assert [lg.name for lg in after] == ["other.png", "mine.png"]
    assert [lg.name for lg in station.event_settings.funding_logos()] == ["other.png", "mine.png"]
    other.close()


def test_logos_are_removed_by_number_and_reordered_by_saving_them(station, tmp_path):
    station.event_settings.add_funding_logos([logo(tmp_path, f"{n}.png") for n in "abc"])
    assert [lg.name for lg in station.event_settings.remove_funding_logo(2)] == ["a.png", "c.png"]
    station.event_settings.save(logos=tuple(reversed(station.event_settings.funding_logos())))
    assert [lg.name for lg in station.event_settings.funding_logos()] == ["c.png", "a.png"]
    with pytest.raises(UserError) as missing:
        station.event_settings.remove_funding_logo(3)
    assert missing.value.code == "no_such_logo"
    station.event_settings.save(logos=())
    assert station.event_settings.funding_logos() == ()


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda d: d.joinpath("notes.png").write_text("not an image") and d / "notes.png", "logo_not_image"),
        (lambda d: logo(d, "anim.gif", fmt="GIF"), "logo_not_image"),
        (lambda d: d / "missing.png", "logo_unreadable"),
        (lambda d: d.joinpath("big.png").write_bytes(b"\x89PNG" + b"0" * MAX_LOGO_BYTES) and d / "big.png",
         "logo_too_large"),
        (lambda d: _truncated(logo(d, "cut.png", size=(800, 400))), "logo_not_image"),
    ],
)  # fmt: skip
def test_a_bad_image_file_is_refused_with_its_reason_and_nothing_changes(station, tmp_path, make, code):
    good = logo(tmp_path, "fe.png")
    station.event_settings.add_funding_logos([good])
    before = station.storage.event().settings[FUNDING_LOGOS_SETTING]
    with pytest.raises(UserError) as refused:
        station.event_settings.add_funding_logos([logo(tmp_path, "ok.png"), make(tmp_path)])
    assert refused.value.code == code
    assert station.storage.event().settings[FUNDING_LOGOS_SETTING] == before
    assert len(setting_rows(station)) == 1


def _truncated(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def test_an_event_holds_a_bounded_number_of_logos(station):
    many = [FundingLogo(f"{n}.png", b"\x89PNG") for n in range(MAX_LOGOS + 1)]
    with pytest.raises(UserError) as refused:
        station.event_settings.save(logos=many)
    assert refused.value.code == "too_many_logos"


def test_the_older_form_naming_files_beside_the_event_is_still_read_and_embedded_on_the_next_change(
    station, tmp_path
):
    logo(tmp_path, "fe.png")
    with station.storage.transaction():
        station.storage.set_setting(FUNDING_LOGOS_SETTING, ["fe.png"])
    assert [lg.name for lg in station.event_settings.funding_logos()] == ["fe.png"]
    station.event_settings.add_funding_logos([logo(tmp_path, "ue.png")])
    (tmp_path / "fe.png").unlink()
    assert [lg.name for lg in station.event_settings.funding_logos()] == ["fe.png", "ue.png"]
