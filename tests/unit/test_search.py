"""The search rules, on the index kept in a real event file, through `checkin.search.search`.

Every test runs under three plans of the same search: reading a rare word's guests and ranking them (the
usual way), walking result order in windows (every word common), and a walk that gives up early and ranks
the whole set instead. All three must give the same answers.
"""

import pytest

from checkin import search as search_module
from checkin.codes import new_code
from checkin.domain import Registrant
from checkin.log_kinds import LogKind
from checkin.search import Vocabulary, entry, search
from checkin.station import Station
from checkin.storage import Storage

DAYS = ("2025-06-02", "2025-06-03")

PEOPLE = [
    (
        1,
        "Jan",
        "Kowalski",
        "Centrum Usług Społecznych w Starachowicach",
        "Starachowice",
        "jan.kowalski@cus.pl",
    ),
    (2, "Anna", "Kowalska", "MOPS Kielce", "Kielce", "anna.kowalska@mops.kielce.pl"),
    (3, "Marcin", "Jóżko", "Instytut Rozwoju Profesji i Usług Społecznych", "Warszawa", "m.jozko@irpius.pl"),
    (4, "Łucja", "Nowak", "Urząd Miasta Łodzi", "Łódź", "lucja.nowak@uml.lodz.pl"),
    (5, "Олена", "Коваленко", "Фонд Форпост", "Хмельницький", "olena@forpost.ua"),
    (6, "Kowal", "Zieliński", "Gminny Ośrodek Pomocy Społecznej", "Bełżyce", "kowal@gops.pl"),
    (7, "Jan", "Kowal", "CUS Goleniów", "Goleniów", "jan.kowal@cus-goleniow.pl"),
    (8, "Janina", "Kowalczyk", "CUS Starachowice", "Starachowice", ""),
]

PLANS = {
    "rare": {},
    "walk": {"MIN_RARE": 0, "RANK_OR_WALK": 0, "WALK_WINDOW": 2},
    "walk-gives-up": {"MIN_RARE": 0, "RANK_OR_WALK": 0, "WALK_WINDOW": 1, "WALK_STEPS_AT_MOST": 1},
}


@pytest.fixture(params=list(PLANS))
def plan(request, monkeypatch):
    for name, value in PLANS[request.param].items():
        monkeypatch.setattr(search_module, name, value)
    return request.param


class Event:
    """An event file holding `people`; answers name them by their numbers in the list, not by the ids the
    file gave them."""

    def __init__(self, path, people):
        self.station = Station.create(path, event_name="Kongres", venue="Hotel", days=DAYS)
        secret = self.station.event.secret
        with self.station.storage.transaction():
            ids = self.station.storage.insert_attendees(
                [(Registrant(first_name=f, last_name=last, organisation=o, city=c, email=e), new_code(secret))
                 for _, f, last, o, c, e in people],
                kind=LogKind.REGISTER, station="test", staff="", reason="",
            )  # fmt: skip
        self.numbers = dict(zip(ids, (p[0] for p in people), strict=True))
        self.vocabulary = Vocabulary()

    @property
    def storage(self) -> Storage:
        return self.station.storage

    def search(self, query, limit=50):
        return [self.numbers[i] for i in search(self.storage, self.vocabulary, query, limit)]


@pytest.fixture
def make_index(tmp_path, plan):
    made = []

    def make(people=PEOPLE):
        event = Event(tmp_path / f"event{len(made)}.sqlite", people)
        made.append(event)
        return event

    yield make
    for event in made:
        event.station.close()


@pytest.fixture
def index(make_index):
    return make_index()


def test_query_without_diacritics_finds_name_with_them(index):
    assert index.search("jozko") == [3]
    assert index.search("JÓŻKO") == [3]


def test_letters_unicode_does_not_decompose_fold_too(index):
    assert index.search("lodz") == [4]
    assert index.search("lucja") == [4]


def test_latin_spelling_finds_cyrillic_name(index):
    assert index.search("kovalenko") == [5]
    assert index.search("olena kov") == [5]


def test_a_soft_or_hard_sign_keeps_a_cyrillic_word_whole(make_index):
    people = [(9, "Ігор", "Мельник", "", "Хмельницький", ""), (10, "Олег", "Подъячев", "", "", "")]
    index = make_index(people)
    assert index.search("melnik") == [9]
    assert index.search("khmelnitskii") == [9]
    assert index.search("podiachev") == [10]
    assert index.search("nik") == []  # no stray word left after the sign


UKRAINIAN_GUESTS = [
    (11, "Юлія", "Шевченко", "Фонд Добробут", "Житомир", ""),
    (12, "Тетяна", "Поліщук", "", "Львів", ""),
    (13, "Олександр", "Ковальов", "", "", ""),
    (14, "Наталія", "Гнатюк", "", "", ""),
    (15, "Михайло", "Кравчук", "", "Хмельницький", ""),
    (16, "Анна", "Szewczyk", "", "", ""),
]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("szewczenko", [11]), ("julia szew", [11]), ("shevchenko", [11]), ("iuliia", [11]),
        ("poliszczuk", [12]), ("tetiana", [12]), ("lwiw", [12]), ("kowalow", [13]),
        ("oleksandr kow", [13]), ("natalia hnatiuk", [14]), ("gnatiuk", [14]), ("mychajlo", [15]),
        ("kravchuk", [15]), ("krawczuk", [15]), ("chmelnyckyj", [15]),
    ],
)  # fmt: skip
def test_cyrillic_names_are_found_by_their_polish_spelling(make_index, query, found):
    assert make_index(UKRAINIAN_GUESTS).search(query) == found


def test_a_polish_spelling_ranks_as_the_surname_it_spells(make_index):
    index = make_index(UKRAINIAN_GUESTS)
    assert index.search("szew") == [11, 16]  # both surnames start so: Шевченко sorts first (Cyrillic)
    assert index.search("szewczenko") == [11]  # and it is an exact surname, not a typo of Szewczyk


def test_latin_names_get_no_extra_words(make_index):
    assert make_index([(1, "Łucja", "Źdźbło", "", "", "")]).search("lucja zdzblo") == [1]
    assert entry(1, first_name="Łucja", last_name="Źdźbło", organisation="", city="",
                 email="").words == ("zdzblo", "lucja")  # fmt: skip


def test_every_query_word_must_start_some_word(index):
    assert index.search("jan kow") == [7, 8, 1]  # Kowal, then Janina Kowalczyk, Jan Kowalski
    assert set(index.search("cus star")) == {1, 8}
    assert index.search("walski") == []  # mid-word, and two edits from any word


def test_a_first_name_and_a_town_find_the_guests_with_both_in_the_first_name_tier(index):
    # Jan Kowal of Goleniów has the first name, nobody else of Starachowice has it: neither is listed.
    assert index.search("jan starachowice") == [8, 1]  # Janina Kowalczyk, Jan Kowalski, by surname
    assert index.search("starachowice jan") == [8, 1]


def test_ranking_exact_surname_then_surname_prefix_then_first_name_then_rest(index):
    found = index.search("kowal")
    assert found[0] == 7  # surname is exactly Kowal
    # surnames starting with kowal: Коваленко (Kowalenko in Polish; sorted as kovalenko), Kowalczyk,
    # Kowalska, Kowalski
    assert found[1:5] == [5, 8, 2, 1]
    assert found[5:] == [6]  # first name Kowal


def test_one_letter_finds_and_ranks(index):
    found = index.search("k")
    assert found == [5, 7, 8, 2, 1, 6]  # folded surnames: kovalenko < kowal < ...; then first name


def test_full_email_and_full_code_match_exactly(index):
    code = index.storage.attendee_by_id(4).code
    assert index.search("jan.kowalski@cus.pl") == [1]
    assert index.search("JAN.Kowalski@cus.pl ") == [1]
    assert index.search(code) == [4]
    assert index.search(f"{code[:5].lower()}-{code[5:10]}-{code[10:]}") == [4]


def test_one_typo_only_when_nothing_matches(index):
    assert index.search("kowlaski") == [1]
    assert index.search("nowka") == [4]
    assert index.search("kowalsky") == [2, 1]
    assert 6 not in index.search("kowalski")


def test_typo_in_a_partly_typed_word(index):
    assert index.search("kowla") and index.search("kowla")[0] in (1, 2, 7, 8)


def test_limit_and_empty_queries(index):
    assert index.search("k", limit=2) == [5, 7]
    assert index.search("kowal", limit=1) == [7]
    assert index.search("") == []
    assert index.search("   ,;") == []
    assert index.search("x" * 100_000) == []


def test_edits_are_found_at_once_and_old_words_vanish(index):
    storage = index.storage
    with storage.transaction():
        (new_id,) = storage.insert_attendees(
            [(Registrant(first_name="Zofia", last_name="Kowalewska", email="zofia@x.pl"), "CODE9")],
            kind=LogKind.REGISTER, station="test", staff="", reason="",
        )  # fmt: skip
    index.numbers[new_id] = 9
    assert index.search("zofia") == [9]
    assert index.search("kowalew") == [9]
    with storage.transaction():
        storage.update_attendee(1, {"last_name": "Kowalsky", "organisation": "", "city": "", "email": ""})
    assert index.search("kowalski") == [2, 1]  # no exact match left: both are one typo away
    assert index.search("kowalsky") == [1]
    assert index.search("starachowicach") == []
    with storage.transaction():
        storage.update_attendee(4, {"first_name": "", "last_name": "", "email": ""})
    assert index.search("nowak") == []
    assert index.search("lucja") == []


def test_the_typo_fallback_knows_words_added_after_its_first_use(index):
    assert index.search("kowlaski") == [1]  # the vocabulary is read now
    with index.storage.transaction():
        (new_id,) = index.storage.insert_attendees(
            [(Registrant(first_name="Ewa", last_name="Brzęczyszczykiewicz"), "CODE10")],
            kind=LogKind.REGISTER, station="test", staff="", reason="",
        )  # fmt: skip
    index.numbers[new_id] = 10
    assert index.search("brzeczyszczykiewic") == [10]
    assert index.search("brzeczyszczykeiwicz") == [10]  # a typo of a word indexed since


def test_hostile_queries_answer_without_error(index):
    assert index.search("o p s") == [6]  # Gminny Ośrodek Pomocy Społecznej
    assert index.search("m o p s") == []
    assert index.search("w pl") == [3, 1]  # Warszawa and "w Starachowicach", with e-mails in .pl
    assert index.search("qz" * 100) == []
    assert index.search("a b c d e f g h i j k l m n o p r s t u w y z " * 8) == []


# --- the kinds of query the receptionists' quality bar asks ----------------------------------------------

CONGRESS = [
    (1, "Katarzyna", "Wiśniewska", "MOPS Kraków", "Kraków", "k.wisniewska@mops.krakow.pl"),
    (2, "Katarzyna", "Wiśniewska", "GOPS Wieliczka", "Wieliczka", "kasia.w@gops.wieliczka.pl"),
    (3, "Piotr", "Wiśniewski", "Urząd Gminy Łódź", "Łódź", "p.wisniewski@ug.lodz.pl"),
    (4, "Grzegorz", "Brzęczyszczykiewicz", "PCPR Chrząszczyrzewoszyce", "Łękołody", "gb@pcpr.pl"),
    (5, "Małgorzata", "Żółkiewska-Wiśniewska", "Fundacja Ślązaczka", "Katowice", "mzw@fs.org.pl"),
    (6, "Юрій", "Шевчук", "Фонд Світло", "Київ", "yurii@svitlo.ua"),
    (7, "Anna", "Nowak", "MOPS Kraków", "Kraków", "anna.nowak@mops.krakow.pl"),
    (8, "Anna", "Nowak", "MOPR Łódź", "Łódź", "anna.nowak@mopr.lodz.pl"),
]


@pytest.fixture
def congress(make_index):
    return make_index(CONGRESS)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("wisn", [1, 2, 3]), ("wiśniewska", [1, 2]), ("zolk", [5]), ("malgorzata zolkiewska", [5]),
        ("brzeczy", [4]), ("chrzaszcz", [4]), ("lekolody", [4]),
    ],
)  # fmt: skip
def test_folded_prefixes_find_polish_names(congress, query, first):
    assert congress.search(query)[: len(first)] == first


def test_a_second_surname_ranks_with_the_surname_prefixes(congress):
    assert congress.search("wisniewska") == [1, 2, 5]  # exact surnames first, then Żółkiewska-Wiśniewska


def test_namesakes_are_all_listed_and_told_apart_by_city(congress):
    assert congress.search("anna nowak") == [7, 8]  # the same name: in the order they were registered
    assert congress.search("nowak krakow") == [7]
    assert congress.search("krakow nowak") == [7]
    assert congress.search("lodz nowak") == [8]


@pytest.mark.parametrize(
    ("query", "found"),
    [("wisniewksa", [1, 2]), ("brzeczyszczykiewcz", [4]), ("nowka", [7, 8]), ("katarzya wis", [1, 2])],
)
def test_one_typo_finds_the_guest(congress, query, found):
    assert congress.search(query)[: len(found)] == found


def test_email_and_its_start_find_the_guest(congress):
    assert congress.search("kasia.w@gops.wieliczka.pl") == [2]
    assert congress.search("kasia") == [2]
    assert congress.search("anna.nowak@mops.krakow.pl") == [7]


def test_code_finds_the_guest_even_when_a_name_looks_alike(congress):
    code = congress.storage.attendee_by_id(3).code
    assert congress.search(code.lower()) == [3]


def test_cyrillic_guest_by_polish_spelling_of_name_and_city(congress):
    assert congress.search("szewczuk") == [6]
    assert congress.search("jurij szew") == [6]
    assert congress.search("kijiw") == [6]
    assert congress.search("shevchuk") == [6]
