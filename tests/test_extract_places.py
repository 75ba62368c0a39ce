"""Where places are, as news describes them (sentences written for the tests, invented places)."""

from __future__ import annotations

import pytest
from test_extract_rules import relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting erupted in the eastern Sudanese town of Kessala on Friday.",
        "Fighting erupted in Kessala, an eastern Sudanese town, on Friday.",
    ],
)
def test_a_town_described_by_its_countrys_demonym(extract, sentence):
    f = extract("KHARTOUM, March 3 — " + sentence)
    assert ("Kessala", "Sudan") in relations(f, "locatedIn")


def test_a_demonym_before_a_council_is_no_place_description(extract):
    f = extract("KHARTOUM, March 3 — Fighting erupted in Kessala, a small Sudanese town council, on Friday.")
    assert ("Kessala", "Sudan") not in relations(f, "locatedIn")


def test_a_well_known_body_is_part_of_the_larger_organisation_the_article_names(extract):
    f = extract("ROME, March 3 — FAO spokeswoman Ragna Hovde told a regular UN briefing that 4,000 had fled.")
    assert ("FAO", "UN") in relations(f, "partOf")


def test_a_national_body_with_a_un_bodys_name_is_no_part_of_it(extract):
    f = extract("KAZAN, March 3 — Russia's Security Council met on Monday, and the UN said nothing.")
    assert not relations(f, "partOf")


@pytest.mark.parametrize(
    ("sentence", "lives"),
    [
        ("Ragna Hovde, a 42-year-old Glasgow shopkeeper, said the water was rising.", True),
        ("Ragna Hovde, a Glasgow shopkeeper, said the water was rising.", True),
        ("Ragna Hovde, a Glasgow company, said the water was rising.", False),
    ],
)
def test_a_person_described_by_a_town_and_an_occupation_lives_there(extract, sentence, lives):
    f = extract("TROMSO, March 3 — " + sentence)
    assert (("Ragna Hovde", "Glasgow") in relations(f, "residesIn")) == lives
