"""Form questions as headers: which field each asks for, and which it must not be read as."""

import pytest

from checkin.importing.questions import question_field


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Imię i nazwisko uczestnika kongresu", "full_name"),
        ("Podaj swoje imię", "first_name"),
        ("Twoje nazwisko", "last_name"),
        ("What is your full name?", "full_name"),
        ("What is your first name?", "first_name"),
        ("Family name", "last_name"),
        ("Your name and surname", "full_name"),
        ("Nazwa instytucji, którą Pan/Pani reprezentuje", "organisation"),
        ("Name of the institution you represent", "organisation"),
        ("Jakie stanowisko Pan/Pani zajmuje?", "position"),
        ("What position do you hold?", "position"),
        ("Numer telefonu kontaktowego", "phone"),
        ("Contact phone number", "phone"),
        ("Twój adres poczty elektronicznej", "email"),
        ("Your e-mail, please", "email"),
        ("W którym warsztacie (22 czerwca) chcesz wziąć udział?", "workshop"),
        ("Which workshop (22 June) would you like to attend?", "workshop"),
        ("W których dniach Kongresu weźmiesz udział?", "days"),
        ("W których dniach warsztatów weźmiesz udział?", "days"),
        ("Which days of the Congress will you attend?", "days"),
        ("W którym dniu Pan/Pani przyjedzie?", "days"),
        ("Czy masz szczególne wymagania dietetyczne?", "needs"),
        ("Do you have any special dietary requirements?", "needs"),
        ("Czy ma Pan/Pani szczególne potrzeby?", "needs"),
        ("Wyrażam zgodę na przetwarzanie moich danych osobowych w celu organizacji Kongresu", "consent_data"),
        ("I consent to the processing of my personal data", "consent_data"),
        ("Wyrażam zgodę na publikację mojego wizerunku", "consent_image"),
        ("I agree to the publication of my image (photos and video)", "consent_image"),
        ("Z jakiej miejscowości Pan/Pani przyjeżdża?", "city"),
        ("Which town are you travelling from?", "city"),
        ("Stopień / tytuł naukowy", "title"),
        ("W jakim charakterze bierze Pan/Pani udział?", "category"),
        ("Dodatkowe uwagi", "notes"),
    ],
)
def test_a_question_is_read_as_the_field_it_asks_for(question, field):
    assert question_field(question) == field


@pytest.mark.parametrize(
    "question",
    [
        "Czy weźmiesz udział w uroczystej kolacji?",
        "Will you attend the gala dinner on both days?",
        "Obiad w drugim dniu kongresu",
        "Wyrażam zgodę",
        "Skąd wiesz o kongresie?",
        "Is this your first congress?",
        "How did you hear about us last year?",
        "Name of the hotel you booked",
        "Czy chcesz otrzymywać mailing?",
        "Czy potrzebujesz noclegu?",
        "Certyfikat w wersji elektronicznej",
        "Tytuł wystąpienia",
        "Informacja zgodnie z RODO",
    ],
)
def test_a_question_about_no_field_or_too_vague_is_left_unrecognised(question):
    assert question_field(question) is None


def test_a_workshop_column_that_names_its_day_is_no_days_question():
    assert question_field("Wybierz warsztat – dzień 2") == "workshop"
