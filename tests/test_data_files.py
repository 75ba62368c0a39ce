"""The gazetteers and lexicons in kg/data parse and are internally consistent."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "kg" / "data"
ONTOLOGY = Path(__file__).parent.parent / "ontology" / "cameo.ttl"

COLUMNS = {
    "country-wikidata.tsv": ["iso_alpha3", "wikidata"],
    "country_names.tsv": ["name", "iso3", "preferred"],
    "demonyms.tsv": ["iso3", "adjectives", "people"],
    "titles.tsv": ["title", "property"],
    "cameo_triggers.tsv": ["lemma", "pos", "code", "cue"],
    "speech_verbs.tsv": ["lemma", "reporting", "particle"],
    "org_words.tsv": ["word", "kind"],
    "place_words.tsv": ["word", "position"],
    "nonentities.tsv": ["text", "kind"],
    "regions.tsv": ["name", "kind"],
    "disapproval_words.tsv": ["lemma", "kind"],
    "document_words.tsv": ["word", "kind"],
    "known_bodies.tsv": ["names", "parent"],
}


def fold(text: str) -> str:
    """Same normalisation as kg.lexicon.fold (kept here so the test needs only the files)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


def read(name: str) -> list[dict[str, str]]:
    """Rows of a TSV file: '#' lines and blank lines skipped, first remaining line the header."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if line.strip() and not line.startswith("#")]
    assert lines, f"{name} is empty"
    header = lines[0].split("\t")
    assert header == COLUMNS[name], f"{name}: header {header}"
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == len(header), f"{name} data line {n}: {len(cells)} columns in {line!r}"
        assert all(c == c.strip() for c in cells), f"{name} data line {n}: stray whitespace in {line!r}"
        rows.append(dict(zip(header, cells, strict=True)))
    assert rows, f"{name} has no rows"
    return rows


def known_iso3() -> set[str]:
    return {r["iso_alpha3"] for r in read("country-wikidata.tsv")}


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_file_parses(name: str) -> None:
    read(name)


def test_country_wikidata_has_249_countries() -> None:
    assert len(known_iso3()) == 249


def test_country_names_iso3_known() -> None:
    unknown = {r["iso3"] for r in read("country_names.tsv")} - known_iso3()
    assert not unknown


def test_country_names_one_preferred_per_iso3() -> None:
    rows = read("country_names.tsv")
    assert {r["preferred"] for r in rows} <= {"0", "1"}
    preferred: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r["preferred"] == "1":
            preferred[r["iso3"]].append(r["name"])
    several = {iso: names for iso, names in preferred.items() if len(names) != 1}
    assert not several
    assert set(preferred) == known_iso3()


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Russia", "RUS"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("Vietnam", "VNM"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Taiwan", "TWN"),
        ("United States", "USA"),
        ("United Kingdom", "GBR"),
        ("Czech Republic", "CZE"),
        ("Turkey", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Netherlands", "NLD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Myanmar", "MMR"),
    ],
)
def test_preferred_names(name: str, iso3: str) -> None:
    preferred = {r["iso3"]: r["name"] for r in read("country_names.tsv") if r["preferred"] == "1"}
    assert preferred[iso3] == name


def test_country_names_unambiguous() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for r in read("country_names.tsv"):
        key = fold(re.sub(r"^the\s+", "", r["name"], flags=re.I))
        if owner.setdefault(key, r["iso3"]) != r["iso3"]:
            clashes.append((r["name"], owner[key], r["iso3"]))
    assert not clashes


def test_country_names_aliases() -> None:
    names = {fold(r["name"]): r["iso3"] for r in read("country_names.tsv")}
    for alias, iso3 in [
        ("US", "USA"),
        ("U.S.", "USA"),
        ("America", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("UAE", "ARE"),
        ("DRC", "COD"),
        ("Burma", "MMR"),
        ("Swaziland", "SWZ"),
        ("Czechia", "CZE"),
        ("Türkiye", "TUR"),
        ("Côte d'Ivoire", "CIV"),
        ("Holland", "NLD"),
    ]:
        assert names.get(fold(alias)) == iso3, alias
    for absent in ("Washington", "Beijing", "Kremlin", "Korea"):
        assert fold(absent) not in names


def test_demonyms_consistent() -> None:
    rows = read("demonyms.tsv")
    iso3s = [r["iso3"] for r in rows]
    assert len(iso3s) == len(set(iso3s))
    assert set(iso3s) <= known_iso3()
    owner: dict[str, str] = {}
    clashes = []
    for r in rows:
        for col in ("adjectives", "people"):
            for form in filter(None, r[col].split("|")):
                assert form == form.strip() and form[:1].isupper(), (r["iso3"], form)
                if owner.setdefault(fold(form), r["iso3"]) != r["iso3"]:
                    clashes.append((form, owner[fold(form)], r["iso3"]))
    assert not clashes
    for banned in ("European", "African", "Western", "Arab", "Korean"):
        assert fold(banned) not in owner
    assert owner[fold("Cuban")] == "CUB" and owner[fold("Filipinos")] == "PHL"


def test_titles() -> None:
    rows = read("titles.tsv")
    allowed = {"leads", "holdsPositionIn", "worksFor", "memberOf", "founded"}
    assert {r["property"] for r in rows} <= allowed
    titles = [r["title"] for r in rows]
    assert all(t == t.lower() for t in titles)
    assert len(titles) == len(set(titles))
    props = {r["title"]: r["property"] for r in rows}
    assert props["president"] == "leads" and props["vice president"] == "holdsPositionIn"
    assert props["founder"] == "founded" and props["senator"] == "memberOf"


def test_cameo_triggers() -> None:
    rows = read("cameo_triggers.tsv")
    ontology_codes = set(re.findall(r'skos:notation "(\d+)"', ONTOLOGY.read_text(encoding="utf-8")))
    codes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        assert re.fullmatch(r"(0[1-9]|1[0-9]|20)[0-9]?", r["code"]), r
        assert r["pos"] in {"VERB", "NOUN"}, r
        assert r["lemma"] == r["lemma"].lower() and 1 <= len(r["lemma"].split()) <= 2, r
        assert r["code"] in ontology_codes, r
        codes[(r["lemma"], r["pos"])].add(r["code"])
    conflicting = {k: v for k, v in codes.items() if len(v) > 1}
    assert not conflicting


def test_speech_verbs() -> None:
    rows = read("speech_verbs.tsv")
    assert {r["reporting"] for r in rows} <= {"direct", "both", "reported"}
    lemmas = [r["lemma"] for r in rows]
    assert len(lemmas) == len(set(lemmas))
    assert {"say", "tell", "add", "note"} <= set(lemmas)
    assert {r["lemma"]: r["particle"] for r in rows}["point"] == "out"


def test_org_words() -> None:
    rows = read("org_words.tsv")
    assert {r["kind"] for r in rows} <= {"org", "unit", "head-first"}
    assert all(r["word"][:1].isupper() for r in rows)
    pairs = [(r["word"], r["kind"]) for r in rows]
    assert len(pairs) == len(set(pairs))
    assert "Government" not in {w for w, _ in pairs}


def test_nonentities() -> None:
    rows = read("nonentities.tsv")
    assert {r["kind"] for r in rows} <= {"disease", "boilerplate", "generic", "group", "agency", "platform"}
    texts = [fold(r["text"]) for r in rows]
    assert len(texts) == len(set(texts))
    assert {"covid-19", "ebola", "getty images", "read more"} <= set(texts)


def test_place_words() -> None:
    rows = read("place_words.tsv")
    assert {r["position"] for r in rows} <= {"first", "last"}
    assert all(r["word"][:1].isupper() for r in rows)
    pairs = [(r["word"], r["position"]) for r in rows]
    assert len(pairs) == len(set(pairs))
    assert "Bank" not in {w for w, _ in pairs}  # "World Bank"


def test_regions() -> None:
    rows = read("regions.tsv")
    assert {r["kind"] for r in rows} <= {"territory", "region", "area"}
    names = [fold(r["name"]) for r in rows]
    assert len(names) == len(set(names))
    countries = {fold(r["name"]) for r in read("country_names.tsv")}
    assert not set(names) & countries  # a country is no region here


def test_disapproval_words() -> None:
    rows = read("disapproval_words.tsv")
    lemmas = [r["lemma"] for r in rows]
    assert len(lemmas) == len(set(lemmas)) and all(w == w.lower() for w in lemmas)
    assert {r["kind"] for r in rows} <= {"act", "quality"}
    # words of violence report what happened, neutrally as often as not: CAMEO events of their own
    assert not {"kill", "attack", "die", "strike"} & set(lemmas)


def test_document_words() -> None:
    rows = read("document_words.tsv")
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words)) and all(w[:1].isupper() for w in words)
    assert {r["kind"] for r in rows} <= {"treaty", "law", "index"}
    # no word that also ends an organisation's name
    assert not set(words) & {r["word"] for r in read("org_words.tsv")}


def test_known_bodies_name_each_body_once_and_no_body_is_its_own_part() -> None:
    rows = read("known_bodies.tsv")
    seen: dict[str, int] = {}
    for n, row in enumerate(rows):
        names = {fold(x).replace(".", "") for x in row["names"].split("|")}
        parents = {fold(x).replace(".", "") for x in row["parent"].split("|")}
        assert not names & parents, row
        assert all(names) and all(parents), row
        for name in names:
            assert seen.setdefault(name, n) == n, f"{name!r} is in two rows"
