"""Names as British and American papers write them: honorifics before surnames and names
(sentences written for these tests, with invented people; none from the gold or the seed)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def person_names(facts):
    return sorted(e.name for e in facts.entities.values() if e.type == "Person")


def speakers(facts):
    return [facts.entities[s.speaker].name for s in facts.statements if s.speaker in facts.entities]


@pytest.mark.parametrize("honorific", ["Mr", "Ms", "Mrs", "Dr", "Mr."])
def test_an_honorific_before_a_surname_is_not_a_first_name(extract, honorific):
    f = extract(f"Jorvin Rell visited Kenya on Monday. {honorific} Rell said the talks had been useful.")
    assert person_names(f) == ["Jorvin Rell"]
    assert speakers(f) == ["Jorvin Rell"]


def test_a_title_of_address_before_a_name_in_apposition(extract):
    f = extract(
        'Norway\'s ambassador to the United Nations, Sir Jorvin Rell, called the veto "cynical", '
        "and said the council had failed."
    )
    assert person_names(f) == ["Jorvin Rell"]
    held = {(f.entities[p.holder].name, f.entities[p.org].name, p.title.lower()) for p in f.positions}
    assert ("Jorvin Rell", "Norway", "ambassador") in held


def test_a_dateline_city_named_nowhere_else_is_spelled_as_the_gazetteer_does(extract):
    f = extract("Aid arrives\n\nARUSHA, March 3 (AFP) - Jorvin Rell arrived on Monday with 20 tons of food.")
    places = {e.name for e in f.entities.values() if e.type == "Location"}
    assert "Arusha" in places and "ARUSHA" not in places
