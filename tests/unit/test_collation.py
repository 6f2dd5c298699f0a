from checkin.collation import by_surname, polish_key


def test_polish_letters_follow_their_base_letters():
    names = [
        "Żak",
        "Zalewski",
        "Łukasik",
        "Lis",
        "Malinowski",
        "Ślusarz",
        "Sowa",
        "Tomczak",
        "Ćwik",
        "Czarnecki",
        "Ołówek",
        "Ósmy",
        "Źrebiec",
        "Ąkowski",
        "Adamski",
    ]
    assert sorted(names, key=polish_key) == [
        "Adamski",
        "Ąkowski",
        "Czarnecki",
        "Ćwik",
        "Lis",
        "Łukasik",
        "Malinowski",
        "Ołówek",
        "Ósmy",
        "Sowa",
        "Ślusarz",
        "Tomczak",
        "Zalewski",
        "Źrebiec",
        "Żak",
    ]


def test_case_is_ignored_and_shorter_names_come_first():
    assert sorted(["nowakowski", "NOWAK-Kowalska", "Nowak"], key=polish_key) == [
        "Nowak",
        "NOWAK-Kowalska",
        "nowakowski",
    ]


def test_people_sort_by_surname_then_first_name_and_cyrillic_by_transliteration():
    people = [("Nowak", "Zofia"), ("Nowak", "Adam"), ("Коваленко", "Олена"), ("Kowalski", "Jan")]
    assert sorted(people, key=lambda p: by_surname(*p)) == [
        ("Коваленко", "Олена"),
        ("Kowalski", "Jan"),
        ("Nowak", "Adam"),
        ("Nowak", "Zofia"),
    ]
