"""Workshop choices, meal sign-ups and capacities, on real event files."""

import pytest
from helpers.events import DAYS, PROGRAMME, code_of, make_station, session_titled, workshop

from checkin.domain import Registrant, Session
from checkin.errors import UserError

MANAGEMENT, ORGANISING = "Zarządzanie usługami społecznymi", "Organizowanie Społeczności Lokalnej"


@pytest.fixture
def station(tmp_path):
    s = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola")
    s.programme.save(PROGRAMME)
    yield s
    s.close()


def guest(station, last_name):
    return station.find(code_of(station, last_name))


def counts(station, title):
    return station.programme.counts_of(session_titled(station, title))


def test_choosing_another_workshop_of_the_group_moves_the_guest_and_the_counts(station):
    kowalski = guest(station, "Kowalski")
    station.choices.choose(kowalski.id, session_titled(station, MANAGEMENT).id)

    change = station.choices.choose(kowalski.id, session_titled(station, ORGANISING).id)

    assert change.previous.title == MANAGEMENT
    assert [s.session.title for s in station.choices.of(kowalski.id)] == [ORGANISING]
    assert (counts(station, MANAGEMENT).signed_up, counts(station, ORGANISING).signed_up) == (0, 1)


def test_a_full_workshop_refuses_without_a_reason_and_takes_the_guest_with_one(station):
    management = session_titled(station, MANAGEMENT)
    for name in ("Kowalski", "Jóżko"):
        station.choices.choose(guest(station, name).id, management.id)
    nowak = guest(station, "Nowak")

    with pytest.raises(UserError) as refused:
        station.choices.choose(nowak.id, management.id)
    assert refused.value.code == "session_full"
    assert station.choices.of(nowak.id) == []

    change = station.choices.choose(nowak.id, management.id, override="prelegentka warsztatu")
    assert change.overridden
    after = counts(station, MANAGEMENT)
    assert (after.signed_up, after.seats_left, after.full) == (3, 0, True)
    [logged] = [e for e in station.storage.log_entries(attendee_id=nowak.id) if e.kind == "choice"]
    assert logged.reason == "prelegentka warsztatu" and logged.staff == "Ola"


def test_a_cancelled_guest_frees_their_seat_and_cannot_choose(station):
    management = session_titled(station, MANAGEMENT)
    kowalski = guest(station, "Kowalski")
    station.choices.choose(kowalski.id, management.id)
    station.registrations.cancel(kowalski.id, "rezygnacja")

    assert counts(station, MANAGEMENT).signed_up == 0
    with pytest.raises(UserError) as refused:
        station.choices.choose(kowalski.id, session_titled(station, ORGANISING).id)
    assert refused.value.code == "guest_cancelled"


def test_a_guest_cannot_sign_up_for_a_day_they_do_not_attend(station):
    kovalenko = guest(station, "Коваленко")  # day two only
    with pytest.raises(UserError) as refused:
        station.choices.choose(kovalenko.id, session_titled(station, "Uroczysta kolacja").id)
    assert refused.value.code == "guest_not_that_day"
    assert [c.session.title for c in station.choices.options(kovalenko)] == [MANAGEMENT, ORGANISING]


def test_nobody_signs_up_for_a_session_open_to_everyone(station):
    with pytest.raises(UserError) as refused:
        station.choices.choose(guest(station, "Nowak").id, session_titled(station, "Otwarcie").id)
    assert refused.value.code == "no_signup_needed"
    assert counts(station, "Otwarcie").signed_up == 4  # everyone registered for day one


def test_dinner_sign_up_keeps_the_diet_note_and_withdrawing_frees_the_seat(station):
    dinner = session_titled(station, "Uroczysta kolacja")
    nowak = guest(station, "Nowak")
    station.choices.choose(nowak.id, dinner.id, diet="wegańska")
    station.choices.choose(nowak.id, dinner.id, diet="bezglutenowa")

    assert [(s.session.title, s.diet) for s in station.choices.of(nowak.id)] == [
        ("Uroczysta kolacja", "bezglutenowa")
    ]
    station.choices.withdraw(nowak.id, dinner.id)
    assert station.choices.of(nowak.id) == [] and counts(station, "Uroczysta kolacja").signed_up == 0
    assert [e.kind for e in station.storage.log_entries(attendee_id=nowak.id)][-3:] == [
        "choice", "choice", "withdraw"
    ]  # fmt: skip


def test_open_groups_offer_the_workshops_to_a_guest_without_a_choice(station):
    nowak = guest(station, "Nowak")
    [group] = station.choices.open_groups(nowak)
    assert [(c.session.title, c.seats_left) for c in group] == [(MANAGEMENT, 2), (ORGANISING, 2)]
    station.choices.choose(nowak.id, group[1].session.id)
    assert station.choices.open_groups(nowak) == []


# --- answers from the registrants' list --------------------------------------------------------------------


def answering(*answers: str) -> list[Registrant]:
    return [
        Registrant(first_name=f"Gość{i}", last_name=f"Testowy{i}", registration_id=f"A{i}", workshop=answer)
        for i, answer in enumerate(answers)
    ]


def chosen_titles(station, registrants):
    by_id = {a.registration_id: a.id for a in station.storage.attendees()}
    return [[s.session.title for s in station.choices.of(by_id[r.registration_id])] for r in registrants]


def test_answers_with_typos_and_without_diacritics_find_their_workshop(station):
    people = answering("zarzadzanie uslugamy spolecznymi", "Warsztat 2 – organizowanie społeczności lokalnej",
                       "ORGANIZOWANIE SPOLECZNOSCI")  # fmt: skip
    report = station.register(people, reason="import")

    assert chosen_titles(station, people) == [[MANAGEMENT], [ORGANISING], [ORGANISING]]
    assert report.answers.signed_up == 3 and report.answers.unmatched == {}


def test_answers_that_name_no_workshop_are_reported_not_guessed(station):
    people = answering("OSL", "warsztat", "nie wiem jeszcze")
    report = station.register(people, reason="import")

    assert chosen_titles(station, people) == [[], [], []]
    assert report.answers.unmatched == {"OSL": 1, "warsztat": 1, "nie wiem jeszcze": 1}


def test_an_answer_choosing_no_workshop_is_neither_a_sign_up_nor_reported(station):
    people = answering("nie", "Nie wezmę udziału w warsztatach", "brak", "Nie dotyczy", "nie wiem jeszcze")
    report = station.register(people, reason="import")

    assert chosen_titles(station, people) == [[], [], [], [], []]
    assert report.answers.unmatched == {"nie wiem jeszcze": 1}  # undecided: someone must ask them


def test_answers_beyond_a_workshops_capacity_are_reported_in_list_order(station):
    people = answering(*["Zarządzanie usługami"] * 3)
    report = station.register(people, reason="import")

    assert chosen_titles(station, people) == [[MANAGEMENT], [MANAGEMENT], []]
    assert report.answers.full == {MANAGEMENT: 1}


def test_a_desk_change_survives_reimport_but_a_changed_answer_moves_the_guest(station):
    [person] = answering("Zarządzanie usługami")
    station.register([person], reason="import 1")
    attendee_id = station.find(code_of(station, person.last_name)).id
    station.choices.choose(attendee_id, session_titled(station, ORGANISING).id)

    station.register([person], reason="import 2")
    assert chosen_titles(station, [person]) == [[ORGANISING]]

    station.choices.choose(attendee_id, session_titled(station, MANAGEMENT).id)
    station.register(
        [Registrant(**{**person.__dict__, "workshop": "Organizowanie społeczności"})], reason="3"
    )
    assert chosen_titles(station, [person]) == [[ORGANISING]]


def test_answers_imported_before_the_programme_become_choices_when_it_is_saved(tmp_path):
    station = make_station(tmp_path / "e.sqlite")
    people = answering("organizowanie spolecznosci lokalnej")
    station.register(people, reason="import")
    assert chosen_titles(station, people) == [[]]

    station.programme.save(PROGRAMME)
    assert chosen_titles(station, people) == [[ORGANISING]]


def test_a_yes_in_a_column_named_like_the_dinner_signs_the_guest_up(station):
    people = [
        Registrant(first_name="Ewa", last_name="Lis", registration_id="D1", needs="dieta wegańska",
                   extra={"Udział w uroczystej kolacji": "Tak"}),
        Registrant(first_name="Jan", last_name="Żak", registration_id="D2",
                   extra={"Udział w uroczystej kolacji": "nie"}),
    ]  # fmt: skip
    station.register(people, reason="import")

    lis, zak = (station.find(code_of(station, name)) for name in ("Lis", "Żak"))
    assert [(s.session.title, s.diet) for s in station.choices.of(lis.id)] == [
        ("Uroczysta kolacja", "dieta wegańska")
    ]
    assert station.choices.of(zak.id) == []


# --- editing the programme ---------------------------------------------------------------------------------


def test_saving_keeps_session_ids_and_sign_ups(station):
    management = session_titled(station, MANAGEMENT)
    kowalski = guest(station, "Kowalski")
    station.choices.choose(kowalski.id, management.id)

    renamed = [s if s.id != management.id else Session(**{**s.__dict__, "capacity": 40, "room": "Warszawa A"})
               for s in station.programme.sessions()]  # fmt: skip
    station.programme.save(renamed)

    assert [(s.session.id, s.session.room) for s in station.choices.of(kowalski.id)] == [
        (management.id, "Warszawa A")
    ]


def test_a_session_with_sign_ups_cannot_be_removed(station):
    management = session_titled(station, MANAGEMENT)
    station.choices.choose(guest(station, "Kowalski").id, management.id)

    with pytest.raises(UserError) as refused:
        station.programme.save([s for s in station.programme.sessions() if s.id != management.id])
    assert refused.value.code == "session_in_use"
    assert session_titled(station, MANAGEMENT).id == management.id


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"start": "9.00"}, "session_bad_time"),
        ({"end": "08:00"}, "session_ends_before_start"),
        ({"day": 3}, "session_bad_day"),
        ({"title": "  "}, "session_title_required"),
        ({"capacity": 0}, "session_bad_capacity"),
        ({"kind": "party"}, "session_bad_kind"),
        ({"day": 1, "start": "08:00", "end": "09:00"}, "choice_group_spans_days"),
    ],
)
def test_a_bad_session_is_refused_and_nothing_is_saved(station, change, code):
    before = station.programme.sessions()
    bad = Session(**{**workshop("Nowy", "Sala A").__dict__, **change})
    with pytest.raises(UserError) as refused:
        station.programme.save([*before, bad])
    assert refused.value.code == code
    assert station.programme.sessions() == before


def test_counts_of_a_day_session_follow_who_is_registered_that_day(station):
    assert [counts(station, t).signed_up for t in ("Otwarcie", MANAGEMENT)] == [4, 0]
    assert DAYS[0] == station.programme.date_of(session_titled(station, "Otwarcie"))


def test_the_answers_report_names_what_is_still_open_without_changing_anything(station):
    people = answering("OSL", *["Zarządzanie usługami"] * 3)
    station.register(people, reason="import")
    before = station.storage.last_log_seq()

    report = station.choices.answers_report()

    assert report.unmatched == {"OSL": 1} and report.full == {MANAGEMENT: 1}
    assert station.storage.last_log_seq() == before


def test_a_withdrawal_at_the_desk_survives_a_programme_save_and_a_reimport(station):
    person = Registrant(first_name="Ewa", last_name="Lis", registration_id="W1",
                        workshop="Zarządzanie usługami", extra={"Uroczysta kolacja": "tak"})  # fmt: skip
    station.register([person], reason="import 1")
    lis = station.find(code_of(station, "Lis"))
    assert {s.session.title for s in station.choices.of(lis.id)} == {MANAGEMENT, "Uroczysta kolacja"}
    for signup in station.choices.of(lis.id):
        station.choices.withdraw(lis.id, signup.session.id)

    station.programme.save(station.programme.sessions())
    station.register([Registrant(**{**person.__dict__, "phone": "+48 600 100 200"})], reason="import 2")

    assert station.choices.of(lis.id) == []


def test_a_yes_changed_to_no_in_the_list_takes_the_guest_off_the_dinner(station):
    person = Registrant(
        first_name="Ewa", last_name="Lis", registration_id="W1", extra={"Uroczysta kolacja": "tak"}
    )
    station.register([person], reason="import 1")
    report = station.register(
        [Registrant(**{**person.__dict__, "extra": {"Uroczysta kolacja": "nie"}})], reason="2"
    )

    assert station.choices.of(station.find(code_of(station, "Lis")).id) == []
    assert report.answers.left == 1


def test_meal_columns_need_every_word_of_the_title_and_respect_the_day_they_name(tmp_path):
    station = make_station(tmp_path / "e.sqlite")
    lunch = dict(start="13:00", end="14:00", title="Obiad", room="Bruksela", kind="meal", signup=True)
    station.programme.save([Session(day=1, **lunch), Session(day=2, **lunch),
                            Session(day=1, start="16:00", end="16:15", title="Przerwa obiadowa", room="B",
                                    kind="meal", signup=True)])  # fmt: skip
    extra = {"Obiad – dzień 2": "tak", "Przerwa kawowa": "tak"}
    report = station.register([Registrant(first_name="Ewa", last_name="Lis", extra=extra)], reason="import")

    [signup] = station.choices.of(station.find(code_of(station, "Lis")).id)
    assert (signup.session.title, signup.session.day) == ("Obiad", 2)
    assert report.answers.columns == {"Obiad – dzień 2": "Obiad"}


def test_the_import_signs_nobody_up_for_a_day_they_do_not_attend_and_says_so(station):
    person = Registrant(first_name="Ewa", last_name="Lis", days=(DAYS[0],), workshop="Zarządzanie usługami")
    report = station.register([person], reason="import")

    assert station.choices.of(station.find(code_of(station, "Lis")).id) == []
    assert report.answers.wrong_day == {MANAGEMENT: 1}


def test_a_cancelled_guest_is_not_signed_up_by_a_reimport(station):
    person = Registrant(first_name="Ewa", last_name="Lis", registration_id="W1")
    station.register([person], reason="import 1")
    lis = station.find(code_of(station, "Lis"))
    station.registrations.cancel(lis.id, "rezygnacja")

    station.register(
        [Registrant(**{**person.__dict__, "workshop": "Zarządzanie usługami"})], reason="import 2"
    )

    assert station.choices.of(lis.id) == []
    assert counts(station, MANAGEMENT).signed_up == 0


def test_a_dry_run_reports_what_the_answers_would_do_and_saves_nothing(station):
    report = station.register(answering("Zarządzanie usługami", "OSL"), reason="import", dry_run=True)

    assert (report.answers.signed_up, report.answers.unmatched) == (1, {"OSL": 1})
    assert counts(station, MANAGEMENT).signed_up == 0
