"""Where the generated registrants live and work: towns and the institutions that send people to the congress.

Each kind of institution is spelled out once with its towns, positions and e-mail domain, so drawing a
registrant's workplace is a single pick. The congress draws mostly from its own region (Świętokrzyskie), so
the towns carry weights.
"""

# Polish typography („quotes”) and the Ukrainian towns' Cyrillic adjectives are data here.

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from checkin.text import fold


def pipe_separated(text: str) -> tuple[str, ...]:
    """Items of a `|`-separated block, so the long lists of generated data stay readable and short."""
    return tuple(item.strip() for item in text.split("|") if item.strip())


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

SOCIAL_WORK = pipe_separated("""
    Dyrektor|Zastępca dyrektora|Kierownik działu|Kierownik działu|Pracownik socjalny|Pracownik socjalny|
    Pracownik socjalny|Starszy pracownik socjalny|Asystent rodziny|Asystent rodziny|
    Koordynator usług społecznych|Koordynator usług społecznych|Organizator społeczności lokalnej|
    Specjalista ds. usług społecznych|Specjalista ds. kadr|Specjalista ds. świadczeń|Główny księgowy|
    Psycholog|Radca prawny|Kierownik Klubu Seniora|Koordynator projektu
""")
OFFICE_WORK = pipe_separated("""
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
    return _Employer(places, pipe_separated(positions) if isinstance(positions, str) else positions)


CUS = _employer("Centrum Usług Społecznych w {loc}", "cus.{slug}.pl", SOCIAL_WORK, ANY_TOWN)
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
    for name in pipe_separated("""
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
    for name in pipe_separated("Echo Dnia|Radio Kielce|TVP3 Kielce|Tygodnik Starachowicki|Portal Samorządowy")
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
