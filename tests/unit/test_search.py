"""The search rules, on an index built directly from entries (no database, no Qt)."""

import pytest

from checkin.search import SearchIndex, entry

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


def make_index(people=PEOPLE):
    return SearchIndex(
        entry(i, code=f"ABCD{i:013d}", first_name=f, last_name=last, organisation=o, city=c, email=e)
        for i, f, last, o, c, e in people
    )


@pytest.fixture
def index():
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


def test_a_soft_or_hard_sign_keeps_a_cyrillic_word_whole():
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
def test_cyrillic_names_are_found_by_their_polish_spelling(query, found):
    assert make_index(UKRAINIAN_GUESTS).search(query) == found


def test_a_polish_spelling_ranks_as_the_surname_it_spells():
    index = make_index(UKRAINIAN_GUESTS)
    assert index.search("szew") == [11, 16]  # both surnames start so: Шевченко sorts first (Cyrillic)
    assert index.search("szewczenko") == [11]  # and it is an exact surname, not a typo of Szewczyk


def test_latin_names_get_no_extra_words():
    assert make_index([(1, "Łucja", "Źdźbło", "", "", "")]).search("lucja zdzblo") == [1]
    assert entry(1, code="", first_name="Łucja", last_name="Źdźbło", organisation="", city="",
                        email="").words == ("zdzblo", "lucja")  # fmt: skip


def test_every_query_word_must_start_some_word(index):
    assert index.search("jan kow") == [7, 8, 1]  # Kowal, then Janina Kowalczyk, Jan Kowalski
    assert set(index.search("cus star")) == {1, 8}
    assert index.search("walski") == []  # mid-word, and two edits from any word


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
    assert index.search("jan.kowalski@cus.pl") == [1]
    assert index.search("abcd0000000000004") == [4]
    assert index.search("ABCD-00000-00000-004") == [4]


def test_one_typo_only_when_nothing_matches(index):
    assert index.search("kowlaski") == [1]
    assert index.search("nowka") == [4]
    assert index.search("kowalsky") == [2, 1]
    assert 6 not in index.search("kowalski")


def test_typo_in_a_partly_typed_word(index):
    assert index.search("kowla") and index.search("kowla")[0] in (1, 2, 7, 8)


def test_limit_and_empty_queries(index):
    assert index.search("k", limit=2) == [5, 7]
    assert index.search("") == []
    assert index.search("   ,;") == []
    assert index.search("x" * 100_000) == []


def test_updates_are_found_without_rebuild_and_removals_vanish(index):
    index.update(
        [
            entry(
                9,
                code="C9",
                first_name="Zofia",
                last_name="Kowalewska",
                organisation="",
                city="",
                email="zofia@x.pl",
            )
        ]
    )
    assert index.search("zofia") == [9]
    assert index.search("kowalew") == [9]
    index.update(
        [
            entry(
                1,
                code="ABCD0000000000001",
                first_name="Jan",
                last_name="Kowalsky",
                organisation="",
                city="",
                email="",
            )
        ]
    )
    assert 1 not in index.search("kowalski")
    assert index.search("kowalsky") == [1]
    index.update([], removed=[4])
    assert index.search("nowak") == []
