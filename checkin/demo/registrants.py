"""Fictional registrants for the demo, the screenshots and the benchmark: `generate_registrants`.

They must look like the real thing: Polish names with diacritics, a few Cyrillic names, titles,
institutions and the messy workshop answers a registration form collects. Every registrant is generated:
names are drawn independently from the position and institution, and the few real people the event
materials name are never produced, so no generated row describes a real person.
"""

# Polish typography uses en dashes and Ukrainian guests have Cyrillic names: both are data here.

from __future__ import annotations

import random
import re
from bisect import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Generic, TypeVar

from checkin.demo.places import (
    CUS,
    GOPS,
    INSTITUTE,
    MARSHAL_OFFICE,
    MAYORS,
    MGOPS,
    MINISTRY,
    MINISTRY_LEADERSHIP,
    MOPS,
    NGOS,
    ORGANISERS,
    PARTNERS,
    PCPR,
    PRESIDENT_CHANCELLERY,
    PRESS,
    REGION_BOARD,
    ROPS,
    SEJM,
    SEJM_CHANCELLERY,
    SENAT,
    STAFF,
    TOWN_HALL,
    UKRAINIAN_TOWNS,
    UNIVERSITIES,
    VOIVODE_OFFICE,
    pipe_separated,
)
from checkin.domain import Registrant
from checkin.text import fold

T = TypeVar("T")
_NOT_IN_ADDRESS = re.compile(r"[^a-z0-9.]")
Draw = Callable[[], float]


# --- Names -------------------------------------------------------------------------------------------


MALE_NAMES = pipe_separated("""
    Adam|Adrian|Andrzej|Antoni|Arkadiusz|Artur|Bartłomiej|Bogdan|Bogusław|Cezary|Damian|Daniel|Dariusz|Dawid|
    Dominik|Edward|Emil|Filip|Grzegorz|Henryk|Hubert|Ireneusz|Jacek|Jakub|Jan|Janusz|Jarosław|Jerzy|Józef|
    Kamil|Karol|Kazimierz|Konrad|Krystian|Krzysztof|Leszek|Łukasz|Maciej|Marcin|Marek|Mariusz|Mateusz|Michał|
    Mieczysław|Mirosław|Norbert|Patryk|Paweł|Piotr|Przemysław|Rafał|Robert|Roman|Ryszard|Sebastian|Sławomir|
    Stanisław|Szymon|Tadeusz|Tomasz|Waldemar|Wiesław|Witold|Władysław|Wojciech|Zbigniew|Zdzisław|Zenon
""")
FEMALE_NAMES = pipe_separated("""
    Agata|Agnieszka|Aleksandra|Alicja|Alina|Aneta|Anna|Barbara|Beata|Bogumiła|Bożena|Danuta|Dorota|Edyta|
    Elżbieta|Emilia|Ewa|Ewelina|Gabriela|Grażyna|Halina|Hanna|Helena|Irena|Iwona|Izabela|Jadwiga|Janina|
    Joanna|Jolanta|Julia|Justyna|Kamila|Karolina|Katarzyna|Klaudia|Krystyna|Lucyna|Łucja|Magdalena|Małgorzata|
    Maria|Marianna|Marta|Marzena|Milena|Monika|Natalia|Patrycja|Paulina|Renata|Sabina|Sylwia|Teresa|Urszula|
    Wanda|Weronika|Wiesława|Wioletta|Zofia|Żaneta|Dagmara|Honorata|Genowefa
""")
SURNAMES = pipe_separated("""
    Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|
    Kozłowski|Jankowski|Mazur|Wojciechowski|Kwiatkowski|Krawczyk|Kaczmarek|Piotrowski|Grabowski|Zając|
    Pawłowski|Michalski|Król|Wróbel|Wieczorek|Jabłoński|Nowakowski|Majewski|Olszewski|Stępień|Malinowski|
    Jaworski|Adamczyk|Dudek|Nowicki|Pawlak|Górski|Witkowski|Walczak|Sikora|Baran|Rutkowski|Michalak|Szewczyk|
    Ostrowski|Tomaszewski|Pietrzak|Wróblewski|Marciniak|Jasiński|Zawadzki|Sadowski|Bąk|Chmielewski|
    Włodarczyk|Borkowski|Czarnecki|Sawicki|Sokołowski|Urbański|Kubiak|Maciejewski|Szczepański|Kucharski|Wilk|
    Kalinowski|Lis|Mazurek|Wysocki|Adamski|Kaźmierczak|Wasilewski|Sobczak|Czerwiński|Andrzejewski|Cieślak|
    Głowacki|Zakrzewski|Kołodziej|Sikorski|Krajewski|Gajewski|Szymczak|Szulc|Baranowski|Laskowski|Brzeziński|
    Makowski|Ziółkowski|Przybylski|Domański|Nowacki|Borowski|Błaszczyk|Chojnacki|Ciesielski|Mróz|
    Szczepaniak|Wesołowski|Górecki|Krupa|Kaczmarczyk|Leśniak|Kowalewski|Urban|Kozak|Kasprzak|Kołodziejczyk|
    Gołębiowski|Jóżko|Łukasiewicz|Śliwiński|Żak|Żmuda|Ślusarczyk|Świątek|Łuczak|Śliwa|Żurek|Żukowski|
    Łapiński|Gąsior|Bednarek|Chrzanowski|Dziedzic|Fijałkowski|Gałązka|Grzelak|Jędrzejczak|Kępa|Kłos|Kurek|
    Lipiński|Mądry|Nawrocki|Orłowski|Pająk|Pękala|Rogalski|Siwiec|Skowroński|Sowa|Stachowiak|Tokarski|
    Wawrzyniak|Zięba|Biały|Czarny|Śmigielski|Bieniek|Drożdż|Kłosowski|Mielczarek|Józefiak|Wąsik|Gębicki|
    Płonka|Kościelniak|Żelazny|Źrałek|Ćwik|Łęcki|Ożóg|Bożek|Kręcisz|Słowik|Dzięcioł|Szpak|Jarząbek|Grzyb
""")
UKRAINIAN_MALE_NAMES = pipe_separated(
    "Олександр|Андрій|Дмитро|Сергій|Василь|Іван|Микола|Тарас|Богдан|Юрій|Олег"
)
UKRAINIAN_FEMALE_NAMES = pipe_separated(
    "Олена|Оксана|Наталія|Ірина|Тетяна|Галина|Юлія|Світлана|Марія|Людмила"
)
UKRAINIAN_SURNAMES = pipe_separated("""
    Коваленко|Шевченко|Бондаренко|Ткаченко|Кравченко|Мельник|Поліщук|Савчук|Лисенко|Марченко|Руденко|
    Гнатюк|Олійник|Бойко|Кравчук|Петренко|Левченко|Мороз
""")

_RESERVED = frozenset(
    pipe_separated("""
        marek.materek|marek.rymsza|jacek.gralczyk|marcin.jozko|marcin.golebiowski|dmytro.gabinet|
        bohdan.skrzypczak|joanna.lizut|marlena.konczak|malgorzata.dahkour|tomasz.porebski|alina.nowak|
        grazyna.ancyparowicz|waldemar.andzel|monika.zielinska|aneta.zaras|justyna.pawlak|
        jaroslaw.wieczorek|jakub.chelstowski|izabela.domogala
    """)
)
"""Folded names of the real people the programme and the invitations name: never generated."""


# --- Weighted choices --------------------------------------------------------------------------------


class _Weighted(Generic[T]):
    """Weighted choice by bisecting cumulative weights: several times faster than `random.choices`."""

    def __init__(self, pairs: Iterable[tuple[float, T]]) -> None:
        self.items: list[T] = []
        self.cumulative: list[float] = []
        total = 0.0
        for weight, item in pairs:
            total += weight
            self.items.append(item)
            self.cumulative.append(total)
        self.total = total
        self.last = len(self.items) - 1  # as in random.choices: a rounding never indexes past the end

    def pick(self, draw: Draw) -> T:
        return self.items[bisect(self.cumulative, draw() * self.total, 0, self.last)]


def _pick(items: Sequence[T], draw: Draw) -> T:
    return items[int(draw() * len(items))]


CATEGORIES = _Weighted(
    [(860, "participant"), (50, "speaker"), (12, "honorary_guest"), (20, "organiser"), (15, "press"),
     (20, "partner"), (23, "staff")]
)  # fmt: skip
EMPLOYERS = {
    "participant": _Weighted(
        [(28, CUS), (18, MOPS), (10, MGOPS), (8, GOPS), (6, PCPR), (6, TOWN_HALL), (5, ROPS), (2, MINISTRY),
         (2, MARSHAL_OFFICE), (1, VOIVODE_OFFICE), (1, SEJM_CHANCELLERY), (1, PRESIDENT_CHANCELLERY),
         (1, INSTITUTE)] + [(1.5, ngo) for ngo in NGOS]
    ),
    "speaker": _Weighted(
        [(8, INSTITUTE), (6, CUS), (3, ROPS), (2, MINISTRY)] + [(2, uni) for uni in UNIVERSITIES]
    ),
    "honorary_guest": _Weighted(
        [(4, SEJM), (2, SENAT), (2, MINISTRY_LEADERSHIP), (2, REGION_BOARD), (3, MAYORS),
         (1, PRESIDENT_CHANCELLERY)]
    ),
    "organiser": _Weighted([(3, ORGANISERS[0]), (1, ORGANISERS[1])]),
    "press": _Weighted([(1, outlet) for outlet in PRESS]),
    "partner": _Weighted([(1, partner) for partner in PARTNERS]),
    "staff": _Weighted([(3, STAFF[0]), (1, STAFF[1])]),
}  # fmt: skip
TITLES = _Weighted([(86, ""), (7, "mgr"), (4, "dr"), (2, "dr hab."), (1, "prof.")])
SPEAKER_TITLES = _Weighted([(40, ""), (10, "mgr"), (30, "dr"), (12, "dr hab."), (8, "prof.")])
PROVIDERS = _Weighted([(5, "gmail.com"), (4, "wp.pl"), (3, "o2.pl"), (3, "onet.pl"), (3, "interia.pl"),
                       (1, "op.pl")])  # fmt: skip
UKRAINIAN_PROVIDERS = ("ukr.net", "gmail.com", "i.ua")
MOBILE_PREFIXES = ("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88")
UKRAINIAN_POSITIONS = pipe_separated(
    "Dyrektor|Koordynator projektów|Psycholog|Pracownik socjalny|Specjalista ds. współpracy międzynarodowej"
)

WORKSHOP_TITLES = (
    "Zarządzanie usługami społecznymi (w tym: powszechność, personalizacja i standaryzacja usług "
    "społecznych)",
    "Organizowanie Społeczności Lokalnej, działania wspierające usługi społeczne",
    "Indywidualne plany usług społecznych innowacyjnym narzędziem wsparcia",
)
"""The day-two workshops exactly as the programme names them."""
WORKSHOP_ANSWERS = _Weighted(
    [
        (40, (WORKSHOP_TITLES[0], *pipe_separated("""
            Zarządzanie usługami społecznymi|zarządzanie usługami społecznymi|
            Warsztat 1 – Zarządzanie usługami społecznymi|
            Zarządzanie usługami społecznymi (powszechność, personalizacja, standaryzacja)
        """))),
        (30, (WORKSHOP_TITLES[1], *pipe_separated("""
            Organizowanie Społeczności Lokalnej|Warsztat 2 – Organizowanie Społeczności Lokalnej|OSL|
            Organizowanie społeczności lokalnej – działania wspierające usługi
        """))),
        (30, (WORKSHOP_TITLES[2], *pipe_separated("""
            Indywidualne plany usług społecznych|IPUS – indywidualne plany usług społecznych|
            indywidualne plany usług społecznych jako narzędzie wsparcia|
            Warsztat 3 – Indywidualne plany usług społecznych
        """))),
    ]
)  # fmt: skip
"""Per workshop the answers a form collects; the first is the exact programme title."""
WORKSHOP_SHARE = {"participant": 0.85, "partner": 0.5, "speaker": 0.2}
"""Who picks a workshop: most participants, some partners and speakers, no guest of honour or staff."""

MEALS: tuple[tuple[str, int, float], ...] = (
    ("Przerwa obiadowa – dzień 1", 0, 0.9),
    ("Uroczysta kolacja – dzień 1", 0, 0.75),
    ("Obiad – dzień 2", 1, 0.8),
)
"""(the form's column, the event day it is on, the share of that day's guests who answer yes)."""

NOTES = pipe_separated("""
    Odbiera identyfikator osobiście od organizatora|Prosi o fakturę na instytucję|
    Rezerwacja noclegu – pokój jednoosobowy|Przyjeżdża dopiero na kolację|Wyjeżdża przed obiadem|
    Zastępuje zgłoszoną wcześniej osobę z tej samej instytucji|Prosi o kontakt z biurem kongresu
""")
SPEAKER_NOTES = pipe_separated("""
    Wystąpienie o 11:15 – zaprowadzić do sali|Prezentacja na pendrivie – przekazać obsłudze technicznej|
    Odbiera identyfikator osobiście od organizatora|Potrzebny mikrofon bezprzewodowy
""")
GUEST_NOTES = pipe_separated("""
    Gość honorowy – powitać przy wejściu|Miejsce zarezerwowane w pierwszym rzędzie|
    Odbiera identyfikator osobiście od organizatora|Przyjeżdża z asystentem
""")
NEEDS = _Weighted(
    [(40, "dieta wegetariańska"), (15, "dieta bezglutenowa"), (10, "dieta wegańska"),
     (8, "dieta bezlaktozowa"), (8, "wózek inwalidzki"),
     (5, "miejsce parkingowe dla osoby z niepełnosprawnością"), (4, "alergia na orzechy"),
     (4, "tłumacz PJM"), (3, "pętla indukcyjna"), (3, "dieta wegetariańska; wózek inwalidzki")]
)  # fmt: skip


# --- Registrants -------------------------------------------------------------------------------------


def generate_registrants(n: int, seed: int, days: tuple[str, ...]) -> Iterator[Registrant]:
    """`n` fictional registrants, the same ones for the same seed, with unique e-mails and ids.

    `days` are the event's ISO dates: about one registrant in ten attends only one of them. Ids count up
    like a form's numbering, with an occasional gap where a submission was withdrawn. A generator, so the
    benchmark's 100,000 rows never sit in a list.
    """
    draw = _draws(seed)
    year = days[0][:4] if days else "2026"
    taken: set[str] = set()
    number = 0
    for _ in range(n):
        number += 2 if draw() < 0.03 else 1
        yield _registrant(draw, f"CUS-{year}-{number:05d}", days, taken)


def _draws(seed: int) -> Draw:
    """The seeded stream of floats every choice draws from; `Random.random` is the cheapest draw."""
    return random.Random(seed).random


def _registrant(draw: Draw, registration_id: str, days: tuple[str, ...], taken: set[str]) -> Registrant:
    if draw() < 0.01:
        return _ukrainian(draw, registration_id, days, taken)
    category = CATEGORIES.pick(draw)
    employer = EMPLOYERS[category].pick(draw)
    place = _pick(employer.places, draw)
    first, last, local = _polish_name(draw)
    title = (SPEAKER_TITLES if category == "speaker" else TITLES).pick(draw)
    domain = place.domain if place.domain and draw() < 0.8 else ""
    attends = _attendance(draw, days, category)
    return Registrant(
        registration_id=registration_id,
        title=title,
        first_name=first,
        last_name=last,
        position=_pick(employer.positions, draw),
        organisation=place.organisation,
        city=place.city,
        email=_email(draw, local, domain or PROVIDERS.pick(draw), taken),
        phone=_polish_phone(draw),
        category=category,
        days=attends,
        workshop=_workshop(draw, days, attends, category),
        notes=_note(draw, category),
        needs=NEEDS.pick(draw) if draw() < 0.1 else "",
        consent_data=draw() < 0.995,
        consent_image=_consent_image(draw),
        extra=_meals(draw, days, attends),
    )


def _ukrainian(draw: Draw, registration_id: str, days: tuple[str, ...], taken: set[str]) -> Registrant:
    """A guest from a Ukrainian partner organisation: Cyrillic name, Ukrainian institution and phone."""
    female = draw() < 0.6
    first = _pick(UKRAINIAN_FEMALE_NAMES if female else UKRAINIAN_MALE_NAMES, draw)
    last = _pick(UKRAINIAN_SURNAMES, draw)
    city, adjective = _pick(UKRAINIAN_TOWNS, draw)
    category = "partner" if draw() < 0.4 else "participant"
    attends = _attendance(draw, days, category)
    return Registrant(
        registration_id=registration_id,
        first_name=first,
        last_name=last,
        position=_pick(UKRAINIAN_POSITIONS, draw),
        organisation=f"{adjective} міський центр соціальних служб",
        city=city,
        email=_email(draw, _local_part(first, last), _pick(UKRAINIAN_PROVIDERS, draw), taken),
        phone=_ukrainian_phone(draw),
        category=category,
        days=attends,
        workshop=_workshop(draw, days, attends, category),
        consent_data=True,
        consent_image=_consent_image(draw),
        extra=_meals(draw, days, attends),
    )


def _polish_name(draw: Draw) -> tuple[str, str, str]:
    """First name, surname in the matching gender form, and their folded `first.last`.

    Most of the sector's staff are women, hence the 70/30 split.
    """
    female = draw() < 0.7
    first = _pick(FEMALE_NAMES if female else MALE_NAMES, draw)
    while True:
        last = _pick(SURNAMES, draw)
        if female:
            last = _feminine(last)
        local = _local_part(first, last)
        if local not in _RESERVED:
            return first, last, local


def _local_part(first: str, last: str) -> str:
    """`anna.sliwinska`: transliteration leaves apostrophes (Мельник -> mel'nik) that no address holds."""
    return _NOT_IN_ADDRESS.sub("", f"{fold(first)}.{fold(last)}")


def _feminine(surname: str) -> str:
    """Kowalski -> Kowalska, Biały -> Biała; nouns such as Nowak or Jóżko do not change."""
    if surname.endswith(("ski", "cki", "dzki", "y")):
        return surname[:-1] + "a"
    return surname


def _email(draw: Draw, local: str, domain: str, taken: set[str]) -> str:
    """A unique address; a clash with an earlier registrant gets a number, as mail providers suggest."""
    u = draw()
    if u < 0.25:
        first, _, last = local.partition(".")
        local = f"{first[0]}.{last}"
    elif u < 0.35:
        local = local.replace(".", "")
    address = f"{local}@{domain}"
    suffix = 1
    while address in taken:
        suffix += 1
        address = f"{local}{suffix}@{domain}"
    taken.add(address)
    return address


def _polish_phone(draw: Draw) -> str:
    """`+48 601 234 567`; a few registrants leave the field empty."""
    if draw() < 0.04:
        return ""
    digits = f"{_pick(MOBILE_PREFIXES, draw)}{int(draw() * 10_000_000):07d}"
    return f"+48 {digits[:3]} {digits[3:6]} {digits[6:]}"


def _ukrainian_phone(draw: Draw) -> str:
    digits = f"{int(draw() * 10_000_000):07d}"
    return f"+380 {_pick(('50', '63', '67', '68', '93', '97'), draw)} {digits[:3]} {digits[3:5]} {digits[5:]}"


def _attendance(draw: Draw, days: tuple[str, ...], category: str) -> tuple[str, ...]:
    """`()` (every day) for most, a single day for about 10%; organisers and staff are there every day."""
    if len(days) < 2 or category in ("organiser", "staff") or draw() >= 0.1:
        return ()
    return (_pick(days, draw),)


def _workshop(draw: Draw, days: tuple[str, ...], attends: tuple[str, ...], category: str) -> str:
    """Most participants pick a day-two workshop, in the words they typed; nobody absent that day does."""
    on_day_two = not attends or (len(days) > 1 and attends == (days[1],))
    share = WORKSHOP_SHARE.get(category, 0.0)
    if not on_day_two or draw() >= share:
        return ""
    answers = WORKSHOP_ANSWERS.pick(draw)
    return answers[0] if draw() < 0.55 else _pick(answers[1:], draw)


def _meals(draw: Draw, days: tuple[str, ...], attends: tuple[str, ...]) -> dict[str, str]:
    """The form's yes/no per meal, answered only for the days the registrant comes."""
    return {
        column: "tak" if draw() < share else "nie"
        for column, day, share in MEALS
        if day < len(days) and (not attends or days[day] in attends)
    }


def _note(draw: Draw, category: str) -> str:
    """Honorary guests and speakers often carry a note for the desk; other guests rarely do."""
    if category == "honorary_guest":
        return _pick(GUEST_NOTES, draw) if draw() < 0.6 else ""
    if category == "speaker":
        return _pick(SPEAKER_NOTES, draw) if draw() < 0.3 else ""
    return _pick(NOTES, draw) if draw() < 0.015 else ""


def _consent_image(draw: Draw) -> bool | None:
    """Image consent is an optional question: a few leave it unanswered (None)."""
    u = draw()
    return True if u < 0.9 else False if u < 0.98 else None
