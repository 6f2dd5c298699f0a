import hmac

import qrcode
import zxingcpp
from PIL import Image

from checkin import codes


def test_new_code_validates_with_its_own_event_secret_only():
    secret, other = codes.new_secret(), codes.new_secret()
    code = codes.new_code(secret)
    assert codes.is_valid(code, secret)
    assert not codes.is_valid(code, other)


def test_a_single_mistyped_symbol_is_rejected():
    secret = codes.new_secret()
    code = codes.new_code(secret)
    for position in range(len(code)):
        replacement = "2" if code[position] != "2" else "3"
        assert not codes.is_valid(code[:position] + replacement + code[position + 1 :], secret)


def test_codes_avoid_letters_that_scanners_and_people_confuse():
    secret = codes.new_secret()
    drawn = "".join(codes.new_code(secret) for _ in range(2000))
    assert not set(drawn) & set("YZIO")
    assert set(drawn) <= set(codes.ALPHABET)
    assert len(codes.ALPHABET) == 32


def test_codes_carry_at_least_64_random_bits_and_differ():
    secret = codes.new_secret()
    assert codes.RANDOM_LENGTH * 5 >= 64
    assert len({codes.new_code(secret) for _ in range(5000)}) == 5000


def test_typed_code_is_forgiving_about_case_separators_and_lookalikes():
    secret = codes.new_secret()
    code = codes.new_code(secret)
    typed = f" {code[:5].lower()}-{code[5:10]} {code[10:]} ".replace("0", "o").replace("1", "I")
    assert codes.is_valid(typed, secret)
    assert codes.normalise(typed) == code


def test_garbage_is_not_a_code():
    secret = codes.new_secret()
    for junk in ("", "Kowalski", "Y" * 17, "0" * 17, "12345", "A" * 5000):
        assert not codes.is_valid(junk, secret)


def test_code_fits_qr_version_3_at_m_and_decodes(tmp_path):
    code = codes.new_code(codes.new_secret())
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8, border=4)
    qr.add_data(code)
    qr.make(fit=True)
    assert qr.version <= 3
    path = tmp_path / "qr.png"
    qr.make_image().save(path)
    decoded = zxingcpp.read_barcodes(Image.open(path))
    assert [d.text for d in decoded] == [code]


def test_codes_drawn_together_are_valid_distinct_and_checked_by_the_hmac():
    secret = codes.new_secret()
    drawn = codes.new_codes(secret, 2_000)
    assert len(set(drawn)) == 2_000
    assert all(codes.looks_like_code(code) and codes.is_valid(code, secret) for code in drawn)
    # The check symbols are the top 20 bits of HMAC-SHA256(secret, random part), in the code alphabet.
    code = drawn[0]
    bits = int.from_bytes(hmac.digest(secret, code[:13].encode(), "sha256")[:3], "big") >> 4
    assert code[13:] == "".join(codes.ALPHABET[bits >> shift & 31] for shift in (15, 10, 5, 0))
    assert not codes.is_valid(code, codes.new_secret())
