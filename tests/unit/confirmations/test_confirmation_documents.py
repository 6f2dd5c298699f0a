"""The confirmation as a PDF page, as .eml files and as one PDF for posting: what they say, that the QR on
them is the guest's, and who is in them."""

import email
from email import policy

import pypdfium2
import pytest
import zxingcpp
from helpers.events import DAYS, PROGRAMME, code_of, make_station, session_titled
from pypdf import PdfReader

from checkin.confirmations.audience import Audience, parse_audience
from checkin.confirmations.template import ConfirmationTemplate
from checkin.domain import Registrant
from checkin.errors import UserError

LONG = Registrant(
    first_name="Maria Magdalena", last_name="Wierzbicka-Szczebrzeszyńska-Konstantynopolitańska",
    title="prof. dr hab.",
    organisation="Regionalny Ośrodek Polityki Społecznej Urzędu Marszałkowskiego Województwa "
    "Świętokrzyskiego w Kielcach, Wydział Integracji i Aktywizacji Społecznej oraz Ekonomii Społecznej",
    email="m.wierzbicka@rops.kielce.pl", registration_id="R10",
)  # fmt: skip


@pytest.fixture
def station(tmp_path):
    s = make_station(tmp_path / "event.sqlite", name="Biuro", staff="Ola", day=DAYS[0])
    s.register([LONG], reason="test")
    s.programme.save(list(PROGRAMME))
    kowalski = s.guest(code_of(s, "Kowalski")).id
    s.choices.choose(kowalski, session_titled(s, "Uroczysta kolacja").id)
    s.choices.choose(kowalski, session_titled(s, "Zarządzanie usługami społecznymi").id)
    yield s
    s.close()


def page_text(pdf: bytes) -> str:
    return " ".join(PdfReader(__import__("io").BytesIO(pdf)).pages[0].extract_text().split())


def qr_in(pdf: bytes, page: int = 0) -> list[str]:
    image = pypdfium2.PdfDocument(pdf)[page].render(scale=150 / 72).to_pil().convert("L")
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_a_confirmation_is_one_page_with_the_guests_workshop_room_dinner_and_code(station):
    code = code_of(station, "Kowalski")
    pdf = station.confirmations.render_pdf(code, station.confirmations.template("pl"))
    reader = PdfReader(__import__("io").BytesIO(pdf))
    assert len(reader.pages) == 1 and reader.pages[0].mediabox.height == pytest.approx(842, abs=1)
    text = page_text(pdf)
    for expected in ("Kongres testowy", "21–22 czerwca 2026", "Jan Kowalski", "CUS Starachowice",
                     "Zarządzanie usługami społecznymi", "sala Warszawa", "Uroczysta kolacja",
                     " ".join(code[i : i + 4] for i in range(0, len(code), 4))):  # fmt: skip
        assert expected in text
    assert qr_in(pdf) == [code]
    fonts = {
        f["/BaseFont"] for f in (r.get_object() for r in reader.pages[0]["/Resources"]["/Font"].values())
    }
    assert all("DejaVu" in font for font in fonts)


def test_a_room_named_as_a_room_is_not_called_one_twice():
    from checkin.confirmations.content import Booked, booked_text

    named = Booked("Warsztat", "Sala Europejska", DAYS[1], "09:00", "12:00")
    assert booked_text(named, "pl", room=True).startswith("Warsztat (Sala Europejska), 22 czerwca 2026")
    bare = Booked("Workshop", "Bruksela", DAYS[1], "09:00", "12:00")
    assert booked_text(bare, "en", room=True).startswith("Workshop (room Bruksela), 22 June 2026")


def test_a_guest_without_the_dinner_or_a_workshop_has_neither_line(station):
    text = page_text(
        station.confirmations.render_pdf(code_of(station, "Nowak"), station.confirmations.template("pl"))
    )
    assert "Uroczysta kolacja" not in text and "Warsztat" not in text


def test_the_english_confirmation_writes_english_dates_and_labels(station):
    text = page_text(
        station.confirmations.render_pdf(code_of(station, "Kowalski"), station.confirmations.template("en"))
    )
    assert "21–22 June 2026" in text and "Gala dinner" in text and "CONFIRMATION OF REGISTRATION" in text


def test_a_long_name_and_organisation_and_a_cyrillic_one_fit_with_the_qr_readable(station):
    for last_name in (LONG.last_name, "Коваленко"):
        code = code_of(station, last_name)
        pdf = station.confirmations.render_pdf(code, station.confirmations.template("pl"))
        assert qr_in(pdf) == [code]
        assert last_name.split("-")[0] in page_text(pdf).replace("- ", "-")


def test_the_live_preview_renders_an_unsaved_template_for_the_sample_guest(station):
    template = ConfirmationTemplate("pl", "x", "Szanowni Państwo, kod: {code}", "Biuro, tel. 41 000 00 00")
    pdf = station.confirmations.render_pdf(None, template)
    assert "Szanowni Państwo" in page_text(pdf) and "tel. 41 000 00 00" in page_text(pdf)
    with pytest.raises(UserError):
        station.confirmations.render_pdf(None, ConfirmationTemplate("pl", "x", "{oops}", ""))


def test_recipients_are_in_polish_order_without_cancelled_guests_and_split_by_address(station):
    station.registrations.cancel(station.guest(code_of(station, "Nowak")).id, "rezygnacja")
    recipients = station.confirmations.recipients(Audience.everyone())
    assert [a.last_name for a in recipients.with_email] == ["Jóżko", "Kowalski", LONG.last_name]
    assert [a.last_name for a in recipients.without_email] == ["Gołębiowska", "Коваленко"]
    speakers = station.confirmations.recipients(parse_audience("speaker"))
    assert [a.last_name for a in speakers.with_email] == ["Jóżko"]
    posted = station.confirmations.recipients(parse_audience("no_email"))
    assert posted.with_email == () and posted.without_email == recipients.without_email
    picked = station.confirmations.recipients(parse_audience(code_of(station, "Kowalski").lower()))
    assert [a.last_name for a in picked.with_email] == ["Kowalski"]


def test_an_audience_that_names_nobody_known_is_refused(station):
    with pytest.raises(UserError) as refused:
        parse_audience("everybody")
    assert refused.value.code == "bad_audience"
    with pytest.raises(UserError) as unknown:
        station.confirmations.recipients(Audience.of_codes(("0000000000000000A",)))
    assert unknown.value.code == "unknown_attendee"


def test_a_cancelled_guest_chosen_by_code_gets_none_and_is_no_error(station):
    kowalski = code_of(station, "Kowalski")
    station.registrations.cancel(kowalski, reason="rezygnacja")
    assert station.confirmations.recipients(Audience.of_codes((kowalski,))).count == 0


def test_eml_files_parse_back_with_the_pdf_attached_and_open_as_ready_messages(station, tmp_path):
    made = station.confirmations.write_eml(tmp_path / "eml", Audience.everyone(), "pl")
    files = made.written
    assert len(files) == 3 and all(f.suffix == ".eml" for f in files)
    assert made.without_email == 3  # six guests, three with an address
    kowalski = next(f for f in files if f.name.startswith("kowalski-jan-"))
    message = email.message_from_bytes(kowalski.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["To"].addresses[0].addr_spec == "jan@cus.pl"
    (attachment,) = message.iter_attachments()
    assert qr_in(attachment.get_content()) == [code_of(station, "Kowalski")]
    assert station.confirmations.sent() == {}


def test_an_address_no_message_can_carry_costs_that_guest_their_file_and_no_one_else(station, tmp_path):
    station.register([Registrant(first_name="Józef", last_name="Ząbek", email="józef@poczta.pl")], reason="t")
    made = station.confirmations.write_eml(tmp_path / "eml", Audience.everyone(), "pl")
    assert len(made.written) == 3 and not any(f.name.startswith("zabek") for f in made.written)
    ((code, why),) = made.unwritable
    assert code == code_of(station, "Ząbek") and why.code == "email_not_writable"
    assert sorted(f.name for f in (tmp_path / "eml").iterdir()) == sorted(f.name for f in made.written)


def test_one_pdf_of_everyone_for_posting_in_polish_order(station, tmp_path):
    out = tmp_path / "all.pdf"
    assert station.confirmations.write_pdf(out, Audience.everyone(), "pl") == 6
    reader = PdfReader(out)
    assert len(reader.pages) == 6
    names = [" ".join(p.extract_text().split()) for p in reader.pages]
    order = ["Gołębiowska", "Jóżko", "Коваленко", "Kowalski", "Nowak", "Wierzbicka"]
    assert [next(n for n in order if n in text) for text in names] == order


def test_files_never_go_over_the_event_file(station):
    with pytest.raises(UserError) as refused:
        station.confirmations.write_pdf(station.path, Audience.everyone(), "pl")
    assert refused.value.code == "output_is_event_file"
