"""Demo data: the II Congress of Social Services Centres programme and a generated list of registrants.

The demo, the screenshots and the benchmark need an event that looks like the real thing: the congress's
real programme (from `data/programme.csv`) and registrants with Polish names, diacritics, a few Cyrillic
names, titles, institutions and the messy workshop answers a registration form collects. Every registrant
is generated: names are drawn independently from the position and institution, and the few real people the
event materials name are never produced, so no generated row describes a real person.
"""

# Polish typography uses en dashes and Ukrainian guests have Cyrillic names: both are data here.

from __future__ import annotations

import csv
import random
import re
from bisect import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

from checkin.domain import DEFAULT_CATEGORY_LABELS, Registrant, Session
from checkin.paths import data_dir
from checkin.station import Station
from checkin.text import fold

EVENT_NAME = "II Kongres Centrów Usług Społecznych"
EVENT_VENUE = "Hotel Europa Business & Spa, ul. Radomska 76, Starachowice"
PROGRAMME_CSV: Path = data_dir() / "programme.csv"

CSV_HEADERS: tuple[str, ...] = (
    "Nr zgłoszenia", "Tytuł", "Imię", "Nazwisko", "Stanowisko", "Instytucja", "Miejscowość", "E-mail",
    "Telefon", "Kategoria", "Warsztat", "Dni", "Uwagi", "Potrzeby", "Zgoda na przetwarzanie danych",
    "Zgoda na wizerunek",
)  # fmt: skip
"""The columns of the organisers' Excel export, in its order."""

T = TypeVar("T")
_NOT_IN_ADDRESS = re.compile(r"[^a-z0-9.]")
Draw = Callable[[], float]


# --- Programme ---------------------------------------------------------------------------------------


def load_programme(path: Path = PROGRAMME_CSV) -> list[Session]:
    """The sessions of `path` in file order; ids are 0 until storage assigns them.

    Read as utf-8-sig so the file still loads after someone re-saves it from Excel with a BOM.
    """
    with path.open(encoding="utf-8-sig", newline="") as file:
        return [_session(row) for row in csv.DictReader(file)]


def _session(row: dict[str, str]) -> Session:
    capacity = row["capacity"].strip()
    return Session(
        day=int(row["day"]),
        start=row["start"],
        end=row["end"],
        title=row["title"],
        room=row["room"],
        kind=row["kind"],
        speakers=row["speakers"],
        capacity=int(capacity) if capacity else None,
        choice_group=row["choice_group"],
    )


# --- Vocabulary --------------------------------------------------------------------------------------


def _items(text: str) -> tuple[str, ...]:
    """Items of a `|`-separated block, so the long lists below stay readable and short."""
    return tuple(item.strip() for item in text.split("|") if item.strip())


MALE_NAMES = _items("""
    Adam|Adrian|Andrzej|Antoni|Arkadiusz|Artur|Bartłomiej|Bogdan|Bogusław|Cezary|Damian|Daniel|Dariusz|Dawid|
    Dominik|Edward|Emil|Filip|Grzegorz|Henryk|Hubert|Ireneusz|Jacek|Jakub|Jan|Janusz|Jarosław|Jerzy|Józef|
    Kamil|Karol|Kazimierz|Konrad|Krystian|Krzysztof|Leszek|Łukasz|Maciej|Marcin|Marek|Mariusz|Mateusz|Michał|
    Mieczysław|Mirosław|Norbert|Patryk|Paweł|Piotr|Przemysław|Rafał|Robert|Roman|Ryszard|Sebastian|Sławomir|
    Stanisław|Szymon|Tadeusz|Tomasz|Waldemar|Wiesław|Witold|Władysław|Wojciech|Zbigniew|Zdzisław|Zenon
""")
FEMALE_NAMES = _items("""
    Agata|Agnieszka|Aleksandra|Alicja|Alina|Aneta|Anna|Barbara|Beata|Bogumiła|Bożena|Danuta|Dorota|Edyta|
    Elżbieta|Emilia|Ewa|Ewelina|Gabriela|Grażyna|Halina|Hanna|Helena|Irena|Iwona|Izabela|Jadwiga|Janina|
    Joanna|Jolanta|Julia|Justyna|Kamila|Karolina|Katarzyna|Klaudia|Krystyna|Lucyna|Łucja|Magdalena|Małgorzata|
    Maria|Marianna|Marta|Marzena|Milena|Monika|Natalia|Patrycja|Paulina|Renata|Sabina|Sylwia|Teresa|Urszula|
    Wanda|Weronika|Wiesława|Wioletta|Zofia|Żaneta|Dagmara|Honorata|Genowefa
""")
SURNAMES = _items("""
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
UKRAINIAN_MALE_NAMES = _items("Олександр|Андрій|Дмитро|Сергій|Василь|Іван|Микола|Тарас|Богдан|Юрій|Олег")
UKRAINIAN_FEMALE_NAMES = _items("Олена|Оксана|Наталія|Ірина|Тетяна|Галина|Юлія|Світлана|Марія|Людмила")
UKRAINIAN_SURNAMES = _items("""
    Коваленко|Шевченко|Бондаренко|Ткаченко|Кравченко|Мельник|Поліщук|Савчук|Лисенко|Марченко|Руденко|
    Гнатюк|Олійник|Бойко|Кравчук|Петренко|Левченко|Мороз
""")

_RESERVED = frozenset(
    _items("""
        marek.materek|marek.rymsza|jacek.gralczyk|marcin.jozko|marcin.golebiowski|dmytro.gabinet|
        bohdan.skrzypczak|joanna.lizut|marlena.konczak|malgorzata.dahkour|tomasz.porebski|alina.nowak|
        grazyna.ancyparowicz|waldemar.andzel|monika.zielinska|aneta.zaras|justyna.pawlak|
        jaroslaw.wieczorek|jakub.chelstowski|izabela.domogala
    """)
)
"""Folded names of the real people the programme and the invitations name: never generated."""


class _Town(NamedTuple):
    name: str
    locative: str
    kind: str  # "m" town, "mg" town with its rural area, "g" rural commune: decides MOPS / MGOPS / GOPS
    weight: int  # the congress draws mostly from its own region
    slug: str


def _towns(text: str) -> tuple[_Town, ...]:
    rows = (line.split("|") for line in text.strip().splitlines())
    return tuple(
        _Town(name, loc, kind, int(weight), fold(name).replace(" ", "-")) for name, loc, kind, weight in rows
    )


TOWNS = _towns("""
Starachowice|Starachowicach|m|12
Goleniów|Goleniowie|mg|3
Wiązowna|Wiązownie|g|3
Bełżyce|Bełżycach|mg|3
Czarnków|Czarnkowie|m|3
Elbląg|Elblągu|m|3
Łódź|Łodzi|m|2
Kielce|Kielcach|m|6
Warszawa|Warszawie|m|3
Kraków|Krakowie|m|2
Wrocław|Wrocławiu|m|1
Poznań|Poznaniu|m|1
Gdańsk|Gdańsku|m|1
Gdynia|Gdyni|m|1
Szczecin|Szczecinie|m|1
Bydgoszcz|Bydgoszczy|m|1
Toruń|Toruniu|m|1
Lublin|Lublinie|m|2
Rzeszów|Rzeszowie|m|2
Białystok|Białymstoku|m|1
Olsztyn|Olsztynie|m|1
Opole|Opolu|m|1
Katowice|Katowicach|m|1
Zielona Góra|Zielonej Górze|m|1
Gorzów Wielkopolski|Gorzowie Wielkopolskim|m|1
Radom|Radomiu|m|2
Ostrowiec Świętokrzyski|Ostrowcu Świętokrzyskim|m|3
Skarżysko-Kamienna|Skarżysku-Kamiennej|m|3
Sandomierz|Sandomierzu|m|3
Końskie|Końskich|mg|3
Busko-Zdrój|Busku-Zdroju|mg|3
Jędrzejów|Jędrzejowie|mg|3
Pińczów|Pińczowie|mg|3
Staszów|Staszowie|mg|3
Opatów|Opatowie|mg|3
Włoszczowa|Włoszczowie|mg|3
Kazimierza Wielka|Kazimierzy Wielkiej|mg|2
Wąchock|Wąchocku|mg|3
Brody|Brodach|g|3
Pawłów|Pawłowie|g|3
Mirzec|Mircu|g|3
Suchedniów|Suchedniowie|mg|3
Bodzentyn|Bodzentynie|mg|2
Chęciny|Chęcinach|mg|2
Daleszyce|Daleszycach|mg|2
Morawica|Morawicy|mg|2
Częstochowa|Częstochowie|m|1
Sosnowiec|Sosnowcu|m|1
Gliwice|Gliwicach|m|1
Zabrze|Zabrzu|m|1
Bytom|Bytomiu|m|1
Rybnik|Rybniku|m|1
Tychy|Tychach|m|1
Płock|Płocku|m|1
Siedlce|Siedlcach|m|1
Ostrołęka|Ostrołęce|m|1
Piotrków Trybunalski|Piotrkowie Trybunalskim|m|1
Tomaszów Mazowiecki|Tomaszowie Mazowieckim|m|1
Zamość|Zamościu|m|1
Chełm|Chełmie|m|1
Biała Podlaska|Białej Podlaskiej|m|1
Puławy|Puławach|m|1
Tarnów|Tarnowie|m|1
Nowy Sącz|Nowym Sączu|m|1
Przemyśl|Przemyślu|m|1
Krosno|Krośnie|m|1
Mielec|Mielcu|m|1
Stalowa Wola|Stalowej Woli|m|1
Łomża|Łomży|m|1
Suwałki|Suwałkach|m|1
Ełk|Ełku|m|1
Koszalin|Koszalinie|m|1
Słupsk|Słupsku|m|1
Świnoujście|Świnoujściu|m|1
Police|Policach|mg|1
Stargard|Stargardzie|m|1
Kalisz|Kaliszu|m|1
Konin|Koninie|m|1
Leszno|Lesznie|m|1
Piła|Pile|m|1
Gniezno|Gnieźnie|m|1
Legnica|Legnicy|m|1
Wałbrzych|Wałbrzychu|m|1
Jelenia Góra|Jeleniej Górze|m|1
Nysa|Nysie|mg|1
Grudziądz|Grudziądzu|m|1
Włocławek|Włocławku|m|1
Inowrocław|Inowrocławiu|m|1
Józefów|Józefowie|m|1
Piaseczno|Piasecznie|mg|1
Łomianki|Łomiankach|mg|1
Raszyn|Raszynie|g|1
Lesznowola|Lesznowoli|g|1
Kobylnica|Kobylnicy|g|1
Dobczyce|Dobczycach|mg|1
Żory|Żorach|m|1
Świdnik|Świdniku|m|1
Nowa Dęba|Nowej Dębie|mg|1
Łęczna|Łęcznej|mg|1
""")
_BY_NAME = {town.name: town for town in TOWNS}
UKRAINIAN_TOWNS = (
    ("Lwów", "Львівський"), ("Winnica", "Вінницький"), ("Łuck", "Луцький"), ("Tarnopol", "Тернопільський"),
    ("Chmielnicki", "Хмельницький"), ("Żytomierz", "Житомирський"),
)  # fmt: skip
"""Polish name for the city field, Ukrainian adjective for the centre's name."""


def _weighted_towns(kinds: str, skip: tuple[str, ...] = ()) -> tuple[_Town, ...]:
    """Towns of the given kinds, each repeated by its weight so a uniform pick favours the region."""
    return tuple(t for t in TOWNS if t.kind in kinds.split() and t.name not in skip for _ in range(t.weight))


def _fixed(*names: str) -> tuple[_Town, ...]:
    return tuple(_BY_NAME[name] for name in names)


ANY_TOWN = _weighted_towns("m mg g")
# Starachowice turned its MOPS into a CUS, so it has no social welfare centre any more.
OPS_TOWNS = {kind: _weighted_towns(kind, skip=("Starachowice",)) for kind in ("m", "mg", "g")}
ROPS_TOWNS = _fixed("Kielce", "Rzeszów", "Lublin", "Toruń", "Szczecin", "Kraków", "Białystok", "Olsztyn")

SOCIAL_WORK = _items("""
    Dyrektor|Zastępca dyrektora|Kierownik działu|Kierownik działu|Pracownik socjalny|Pracownik socjalny|
    Pracownik socjalny|Starszy pracownik socjalny|Asystent rodziny|Asystent rodziny|
    Koordynator usług społecznych|Koordynator usług społecznych|Organizator społeczności lokalnej|
    Specjalista ds. usług społecznych|Specjalista ds. kadr|Specjalista ds. świadczeń|Główny księgowy|
    Psycholog|Radca prawny|Kierownik Klubu Seniora|Koordynator projektu
""")
OFFICE_WORK = _items("""
    Naczelnik wydziału|Zastępca naczelnika wydziału|Inspektor|Podinspektor|Główny specjalista|
    Specjalista ds. polityki społecznej|Specjalista ds. funduszy europejskich|Dyrektor departamentu
""")


class _Place(NamedTuple):
    organisation: str
    city: str
    domain: str  # "" when its people write from common providers


class _Employer(NamedTuple):
    """A kind of institution and the towns it stands in, spelled out once so generating stays cheap."""

    places: tuple[_Place, ...]
    positions: tuple[str, ...]


def _employer(name: str, domain: str, positions: str | tuple[str, ...], towns: Sequence[_Town]) -> _Employer:
    """`{loc}` in `name` takes each town's locative, `{slug}` in `domain` its folded name."""
    places = tuple(_Place(name.format(loc=t.locative), t.name, domain.format(slug=t.slug)) for t in towns)
    return _Employer(places, _items(positions) if isinstance(positions, str) else positions)


CUS = _employer("Centrum Usług Społecznych w {loc}", "cus.{slug}.pl", SOCIAL_WORK, ANY_TOWN)
CUS_STARACHOWICE = _employer(
    "Centrum Usług Społecznych w {loc}", "cus.{slug}.pl", SOCIAL_WORK, _fixed("Starachowice")
)
MOPS = _employer("Miejski Ośrodek Pomocy Społecznej w {loc}", "mops.{slug}.pl", SOCIAL_WORK, OPS_TOWNS["m"])
MGOPS = _employer(
    "Miejsko-Gminny Ośrodek Pomocy Społecznej w {loc}", "mgops.{slug}.pl", SOCIAL_WORK, OPS_TOWNS["mg"]
)
GOPS = _employer("Gminny Ośrodek Pomocy Społecznej w {loc}", "gops.{slug}.pl", SOCIAL_WORK, OPS_TOWNS["g"])
PCPR = _employer("Powiatowe Centrum Pomocy Rodzinie w {loc}", "pcpr.{slug}.pl", SOCIAL_WORK, OPS_TOWNS["m"])
ROPS = _employer("Regionalny Ośrodek Polityki Społecznej w {loc}", "rops.{slug}.pl", OFFICE_WORK, ROPS_TOWNS)
TOWN_HALL = _employer(
    "Urząd Miejski w {loc}", "um.{slug}.pl", "Burmistrz|Zastępca burmistrza|Sekretarz|Naczelnik wydziału|"
    "Inspektor ds. polityki społecznej|Pełnomocnik ds. osób niepełnosprawnych", ANY_TOWN,
)  # fmt: skip
MINISTRY = _employer(
    "Ministerstwo Rodziny i Polityki Społecznej", "mrips.gov.pl", OFFICE_WORK, _fixed("Warszawa")
)
MARSHAL_OFFICE = _employer(
    "Urząd Marszałkowski Województwa Świętokrzyskiego", "sejmik.kielce.pl", OFFICE_WORK, _fixed("Kielce")
)
VOIVODE_OFFICE = _employer(
    "Świętokrzyski Urząd Wojewódzki w Kielcach", "kielce.uw.gov.pl", OFFICE_WORK, _fixed("Kielce")
)
INSTITUTE = _employer(
    "Instytut Rozwoju Profesji i Usług Społecznych Sp. z o.o.", "irpius.pl",
    "Ekspert|Trener|Trener|Koordynator projektu|Specjalista ds. szkoleń|Konsultant", ANY_TOWN,
)  # fmt: skip
NGO_POSITIONS = "Prezes zarządu|Członek zarządu|Koordynator projektu|Animator lokalny|Wolontariusz|Psycholog"
NGOS = tuple(
    _employer(name, "", NGO_POSITIONS, ANY_TOWN)
    for name in _items("""
        Fundacja Pomocy Rodzinie „Przystań”|Fundacja Aktywni Seniorzy|Fundacja „Dom Sąsiedzki”|
        Fundacja Wspierania Osób z Niepełnosprawnościami „Razem”|
        Stowarzyszenie na rzecz Integracji Społecznej|Stowarzyszenie „Klub Sąsiedzki”|
        Stowarzyszenie Opiekunów Osób Zależnych|Fundacja Rozwoju Ekonomii Społecznej
    """)
)
SEJM = _employer("Sejm RP", "sejm.gov.pl", "Poseł na Sejm RP", ANY_TOWN)
SENAT = _employer("Senat RP", "senat.gov.pl", "Senator RP", ANY_TOWN)
SEJM_CHANCELLERY = _employer(
    "Kancelaria Sejmu", "sejm.gov.pl", "Główny specjalista|Ekspert|Sekretarz komisji", _fixed("Warszawa")
)
PRESIDENT_CHANCELLERY = _employer(
    "Kancelaria Prezydenta RP", "prezydent.pl", "Główny specjalista|Ekspert", _fixed("Warszawa")
)
MINISTRY_LEADERSHIP = _employer(
    "Ministerstwo Rodziny i Polityki Społecznej", "mrips.gov.pl", "Wiceminister|Dyrektor departamentu",
    _fixed("Warszawa"),
)  # fmt: skip
REGION_BOARD = _employer(
    "Urząd Marszałkowski Województwa Świętokrzyskiego", "sejmik.kielce.pl",
    "Członek Zarządu Województwa|Dyrektor departamentu", _fixed("Kielce"),
)  # fmt: skip
MAYORS = _employer("Urząd Miejski w {loc}", "um.{slug}.pl", "Burmistrz|Zastępca burmistrza", ANY_TOWN)
UNIVERSITIES = tuple(
    _employer(name, domain, "Profesor uczelni|Adiunkt|Ekspert|Kierownik katedry", _fixed(town))
    for name, domain, town in (
        ("Uniwersytet Jana Kochanowskiego w Kielcach", "ujk.edu.pl", "Kielce"),
        ("Uniwersytet Warszawski", "uw.edu.pl", "Warszawa"),
        ("Uniwersytet Ekonomiczny w Katowicach", "ue.katowice.pl", "Katowice"),
        ("Uniwersytet Marii Curie-Skłodowskiej w Lublinie", "umcs.pl", "Lublin"),
        ("Uniwersytet Łódzki", "uni.lodz.pl", "Łódź"),
    )
)
HOST_TOWN = _fixed("Starachowice")
ORGANISER_POSITIONS = "Koordynator kongresu|Specjalista ds. promocji|Kierownik działu|Asystent rodziny"
ORGANISERS = (
    _employer("Centrum Usług Społecznych w {loc}", "cus.{slug}.pl", ORGANISER_POSITIONS, HOST_TOWN),
    _employer("Urząd Miejski w {loc}", "um.{slug}.pl", ORGANISER_POSITIONS, HOST_TOWN),
)
STAFF = (
    _employer("Centrum Usług Społecznych w {loc}", "", "Wolontariusz|Obsługa recepcji", HOST_TOWN),
    _employer("Hotel Europa Business & Spa", "", "Obsługa techniczna|Obsługa recepcji", HOST_TOWN),
)
PRESS = tuple(
    _employer(name, "", "Dziennikarz|Fotoreporter|Redaktor|Operator kamery", _fixed("Kielce", "Starachowice"))
    for name in _items("Echo Dnia|Radio Kielce|TVP3 Kielce|Tygodnik Starachowicki|Portal Samorządowy")
)
PARTNERS = (
    _employer("Forum Centrów Usług Społecznych", "", "Członek zarządu|Koordynator|Ekspert", ANY_TOWN),
    _employer("Starostwo Powiatowe w {loc}", "powiat.{slug}.pl", OFFICE_WORK, _fixed("Starachowice")),
    _employer(
        "Kielecko-Ostrowiecki Ośrodek Wsparcia Ekonomii Społecznej",
        "",
        "Animator ekonomii społecznej|Doradca",
        _fixed("Kielce", "Ostrowiec Świętokrzyski"),
    ),
    INSTITUTE,
)


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
UKRAINIAN_POSITIONS = _items(
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
        (40, (WORKSHOP_TITLES[0], *_items("""
            Zarządzanie usługami społecznymi|zarządzanie usługami społecznymi|
            Warsztat 1 – Zarządzanie usługami społecznymi|
            Zarządzanie usługami społecznymi (powszechność, personalizacja, standaryzacja)
        """))),
        (30, (WORKSHOP_TITLES[1], *_items("""
            Organizowanie Społeczności Lokalnej|Warsztat 2 – Organizowanie Społeczności Lokalnej|OSL|
            Organizowanie społeczności lokalnej – działania wspierające usługi
        """))),
        (30, (WORKSHOP_TITLES[2], *_items("""
            Indywidualne plany usług społecznych|IPUS – indywidualne plany usług społecznych|
            indywidualne plany usług społecznych jako narzędzie wsparcia|
            Warsztat 3 – Indywidualne plany usług społecznych
        """))),
    ]
)  # fmt: skip
"""Per workshop the answers a form collects; the first is the exact programme title."""
WORKSHOP_SHARE = {"participant": 0.85, "partner": 0.5, "speaker": 0.2}
"""Who picks a workshop: most participants, some partners and speakers, no guest of honour or staff."""

NOTES = _items("""
    Odbiera identyfikator osobiście od organizatora|Prosi o fakturę na instytucję|
    Rezerwacja noclegu – pokój jednoosobowy|Przyjeżdża dopiero na kolację|Wyjeżdża przed obiadem|
    Zastępuje zgłoszoną wcześniej osobę z tej samej instytucji|Prosi o kontakt z biurem kongresu
""")
SPEAKER_NOTES = _items("""
    Wystąpienie o 11:15 – zaprowadzić do sali|Prezentacja na pendrivie – przekazać obsłudze technicznej|
    Odbiera identyfikator osobiście od organizatora|Potrzebny mikrofon bezprzewodowy
""")
GUEST_NOTES = _items("""
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


# --- Export ------------------------------------------------------------------------------------------


def write_registrants_csv(path: Path, registrants: Iterable[Registrant], days: tuple[str, ...]) -> None:
    """Write `registrants` as the organisers' Excel export does, so the importer meets real-world input.

    UTF-8 with BOM (how Excel knows the encoding), `;` (Excel's separator in a Polish locale), CRLF, Polish
    headers and labels. Rows are streamed, so a 100,000-guest generator never becomes a list.
    """
    numbers = {day: str(index) for index, day in enumerate(days, start=1)}
    every_day = ", ".join(numbers.values())
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADERS)
        writer.writerows(_csv_row(registrant, numbers, every_day) for registrant in registrants)


def _csv_row(registrant: Registrant, numbers: dict[str, str], every_day: str) -> tuple[str, ...]:
    days = ", ".join(numbers.get(day, day) for day in registrant.days) or every_day
    return (
        registrant.registration_id, registrant.title, registrant.first_name, registrant.last_name,
        registrant.position, registrant.organisation, registrant.city, registrant.email, registrant.phone,
        DEFAULT_CATEGORY_LABELS.get(registrant.category, registrant.category), registrant.workshop, days,
        registrant.notes, registrant.needs,
        _yes_no(registrant.consent_data), _yes_no(registrant.consent_image),
    )  # fmt: skip


def _yes_no(consent: bool | None) -> str:
    """`tak` / `nie`, and an empty cell for a question left unanswered."""
    return "" if consent is None else "tak" if consent else "nie"


def create_demo_event(
    path: Path, *, registrants: int = 200, seed: int = 1, first_day: date | None = None
) -> Station:
    """The II Congress, shifted so that day one is `first_day` (today), with generated registrants."""
    start = first_day or date.today()
    days = tuple((start + timedelta(days=offset)).isoformat() for offset in range(2))
    station = Station.create(path, event_name=EVENT_NAME, venue=EVENT_VENUE, days=days)
    station.set_programme(load_programme())
    station.register(list(generate_registrants(registrants, seed, days)), reason="demo")
    return station
