"""What an event's flags say: not done (negated), not yet done (modality), and when (its date,
resolved against the article's date; the future for what will happen). Sentences written for
these tests; none from the gold or the seed."""

from __future__ import annotations

import pytest

from kg.extract.dates import resolve_date

pytestmark = pytest.mark.model

ARTICLE_DATE = "2024-03-06"  # a Wednesday


def flags(extract, text):
    """(actor, target, CAMEO, negated, modality, date) of each event with a target."""
    f = extract(text, date=ARTICLE_DATE)
    name = lambda key: f.entities[key].name  # noqa: E731
    return {
        (name(e.actor), name(e.target), e.cameo, e.negated, e.modality, e.date) for e in f.events if e.target
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya has refused to sign the deal with Uganda.", ("Kenya", "Uganda", "057", True, "refuse", None)),
        ("Kenya declined to meet the Ugandan delegation.", ("Kenya", "Uganda", "040", True, "decline", None)),
        ("Kenya and Uganda failed to agree on a deal.", ("Kenya", "Uganda", "032", True, "agree", None)),
        ("Kenya plans to expel Uganda's ambassador.", ("Kenya", "Uganda", "161", False, "plan", None)),
    ],
)
def test_acts_refused_failed_or_planned_are_flagged(extract, text, expected):
    assert expected in flags(extract, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kenya will host Uganda's foreign minister on Monday.", "2024-03-11"),
        ("Norway is expected to announce new aid for Kenya on Friday.", "2024-03-08"),
        ("Kenya is due to meet Uganda's president next Friday.", "2024-03-08"),
        ("Kenya hosted Uganda's foreign minister on Monday.", "2024-03-04"),
        ("Kenya met Uganda's president last Friday.", "2024-03-01"),
    ],
)
def test_a_weekday_is_the_next_one_for_what_will_happen(extract, text, date):
    assert {e[5] for e in flags(extract, text)} == {date}


def test_resolve_date_forward_and_back():
    assert resolve_date("on Friday", ARTICLE_DATE) == "2024-03-01"
    assert resolve_date("on Friday", ARTICLE_DATE, future=True) == "2024-03-08"
    assert resolve_date("on Wednesday", ARTICLE_DATE, future=True) == ARTICLE_DATE
    assert resolve_date("March 2", ARTICLE_DATE, future=True) == "2025-03-02"
    assert resolve_date("March 9", ARTICLE_DATE) == "2023-03-09"
    assert resolve_date("next Monday", ARTICLE_DATE) == "2024-03-11"
    assert resolve_date("next week", ARTICLE_DATE) is None


def test_due_to_a_cause_is_no_expectation(extract):
    f = extract("Talks were delayed due to Kenya's sanctions on Uganda.", date=ARTICLE_DATE)
    assert [(e.cameo, e.modality) for e in f.events if e.target] == [("163", None)]


def test_a_named_target_the_ner_took_for_a_place_is_no_target(nlp):
    # A ban's object is its target only when it is an actor: a person the NER tagged as a place
    # gave an event the ontology's shapes reject (and the whole build failed on it).
    from test_extract_rules import extract_retagged, tag_spans

    text = (
        "The Norvik Weightlifting Federation (NWF) banned Olympic silver medallist Jorvin Rell for four "
        "years on Thursday."
    )
    f = extract_retagged(nlp, text, tag_spans(("Jorvin", 2, "GPE")))
    assert [f.entities[e.target].type for e in f.events if e.target] in ([], ["Person"])
