"""Positions as news reports them after the name: "Minister X of Peru", "X joined Acme as ...",
"X, who heads the institute's unit" (sentences written for the tests, with invented names)."""

from __future__ import annotations

import pytest
from test_extract_rules import positions, relations

pytestmark = pytest.mark.model


def test_a_national_office_takes_the_country_after_the_name(extract):
    f = extract("CUZCO, March 3 — Former Finance Minister Juan Perez of Peru criticised the plan.")
    assert ("Juan Perez", "Peru", "finance minister", True, "holdsPositionIn") in positions(f)


def test_a_judge_of_a_country_is_not_its_office(extract):
    # a judge of an international court "of Norway" is from there, and holds no Norwegian office
    f = extract("ARNHEM, March 3 — Judge Ragna Hovde of Norway read the ruling.")
    assert not {p for p in positions(f) if p[1] == "Norway"}


def test_joined_an_organisation_as_a_title(extract):
    f = extract("TROMSO, March 3 — Ragna Hovde joined Brevik Capital in 2015 as head of research.")
    assert ("Ragna Hovde", "Brevik Capital", "head of research", False, "worksFor") in positions(f)


def test_joined_a_party_is_membership_and_the_court_the_article_named_is_work(extract):
    f = extract(
        "TROMSO, March 3 — Tove Brekke, a lawyer who joined the Centre Party last year, said she would "
        "run. The Halvor Court heard the case. Judge Eli Rud, who joined the court in 2021, adjourned it."
    )
    got = positions(f)
    assert ("Tove Brekke", "Centre Party", "member", False, "memberOf") in got
    assert ("Eli Rud", "Halvor Court", "member of staff", False, "worksFor") in got


def test_not_joining_is_no_membership(extract):
    f = extract("TROMSO, March 3 — Tove Brekke did not join the Centre Party.")
    assert not positions(f)


def test_who_heads_a_unit_works_for_the_organisation_it_is_part_of(extract):
    f = extract(
        "TROMSO, March 3 — The Varde Institute opened a new laboratory. Sigrid Aune, who heads the "
        "institute's genetics unit, said results were due."
    )
    assert ("Sigrid Aune", "Varde Institute", "head of the genetics unit", False, "worksFor") in positions(f)


def test_elected_in_a_relative_clause_is_a_post_held_now(extract):
    f = extract("TROMSO, March 3 — Ragna Hovde, who was elected leader of the Centre Party in May, spoke.")
    assert ("Ragna Hovde", "Centre Party", "leader", False, "leads") in positions(f)
    f = extract("TROMSO, March 3 — Ragna Hovde, who was chief executive of Brevik Capital until 2019, spoke.")
    assert ("Ragna Hovde", "Brevik Capital", "chief executive", True, "leads") in positions(f)


def test_a_minister_in_apposition_with_no_country_is_the_datelines(extract):
    f = extract("TROMSO, Norway, March 3 — Ragna Hovde, a former defence minister, criticised the plan.")
    assert ("Ragna Hovde", "Norway", "defence minister", True, "holdsPositionIn") in positions(f)
    f = extract("TROMSO, Norway, March 3 — Ragna Hovde, a former defence minister's aide, criticised it.")
    assert not positions(f)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tove Brekke, who owns Kvitfjell Shipping, said profits rose.",
        "Officials paid Kvitfjell Shipping, a firm owned by his brother-in-law, Tove Brekke, for the boats.",
        "Kvitfjell Shipping, which is owned by Tove Brekke, won the contract.",
    ],
)
def test_an_owner(extract, sentence):
    f = extract("TROMSO, March 3 — " + sentence)
    assert ("Tove Brekke", "Kvitfjell Shipping", "owner", False, "holdsPositionIn") in positions(f)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two Britons, Ragna Hovde and Tove Brekke, were detained.",
        "Police questioned two Britons, Ragna Hovde and Tove Brekke, on Monday.",
    ],
)
def test_persons_named_after_a_plural_demonym_are_its_nationals(extract, sentence):
    f = extract("TROMSO, March 3 — " + sentence)
    assert {("Ragna Hovde", "United Kingdom"), ("Tove Brekke", "United Kingdom")} <= relations(f, "citizenOf")


def test_a_plural_demonym_without_apposition_names_no_nationals(extract):
    f = extract("TROMSO, March 3 — Kenyans who met Ragna Hovde said she was kind.")
    assert not relations(f, "citizenOf")
