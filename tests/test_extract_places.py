"""Where places are, as news describes them (sentences written for the tests, invented places)."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import relations

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
