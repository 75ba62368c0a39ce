"""Interaction probes of issue 3 (invented names; tests/probes/i3_inter.py has the whole set of
articles and tests/probes/run_i3.py counts it): each test is a wire construction a rule was added or
widened for."""

from __future__ import annotations

import pytest
from test_extract_rules import names

pytestmark = pytest.mark.model


def pairs(facts):
    """(actor, target) of every event with a target, negated ones left out."""
    return {
        (names(facts, e.actor), names(facts, e.target)) for e in facts.events if e.target and not e.negated
    }


@pytest.mark.parametrize(
    "sentence, actor, body",
    [
        (
            "Prime Minister Azlan Mokhtar met leaders of the Borneo Unity Party in Kuching on Sunday.",
            "Azlan Mokhtar",
            "Borneo Unity Party",
        ),
        (
            "Foreign Minister Dario Pellucchi met representatives of the Vardaro Workers Union on Monday.",
            "Dario Pellucchi",
            "Vardaro Workers Union",
        ),
        (
            "The Ostrava Farmers Federation has threatened to block the highway. Minister Lenka Dvorska "
            "said she would receive the federation's leaders on Wednesday.",
            "Lenka Dvorska",
            "Ostrava Farmers Federation",
        ),
    ],
)
def test_an_unnamed_group_of_officials_stands_for_their_body(extract, sentence, actor, body):
    """Meeting a body's leaders or representatives, unnamed, is meeting the body."""
    assert (actor, body) in pairs(extract(sentence))
    # (meeting targets or conditions is no meeting)
    assert not pairs(
        extract("Kenya met all the conditions of the IMF, and the Marvesta Group met its targets.")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt and Saudi Arabia, which mediated previous talks in Jeddah, said they were ready to help.",
        "The United States and China sent observers to the talks.",
        "Qatar and Egypt hosted talks in Doha last week.",
    ],
)
def test_who_mediates_hosts_or_watches_talks_is_no_party_to_them(extract, sentence):
    assert not pairs(extract(sentence))
    # (who holds talks, or sends delegations to them, is a party)
    assert ("Kenya", "Uganda") in pairs(extract("Kenya and Uganda held talks on Monday."))
    assert ("Russia", "Ukraine") in pairs(
        extract("Russia and Ukraine sent delegations to the talks in Istanbul.")
    )


@pytest.mark.parametrize(
    "sentence, actor, target",
    [
        (
            "The court upheld a fine imposed on Kestrova Bank by the Ardmore Financial Authority.",
            "Ardmore Financial Authority",
            "Kestrova Bank",
        ),
        (
            "The Ardmore Financial Authority imposed a 3 million euro fine on Kestrova Bank on Tuesday.",
            "Ardmore Financial Authority",
            "Kestrova Bank",
        ),
        (
            "The Ardmore Financial Authority slapped a penalty on Kestrova Bank for late filings.",
            "Ardmore Financial Authority",
            "Kestrova Bank",
        ),
    ],
)
def test_a_fine_imposed_on_a_body(extract, sentence, actor, target):
    """A fine or penalty (the noun) imposed on a body is an administrative sanction on it (172)."""
    f = extract(sentence)
    assert (actor, target) in pairs(f)
    assert {e.cameo for e in f.events if e.target} == {"172"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting between Armenia and Azerbaijan flared again. The European Union called on both sides "
        "to return to talks.",
        "Fighting between Armenia and Azerbaijan flared again. The European Union called on both parties "
        "to show restraint.",
    ],
)
def test_both_sides_called_on_are_the_two_others(extract, sentence):
    """ "called on both sides": the story's two sides other than the one who calls (not the caller
    itself, which was named before them)."""
    got = pairs(extract(sentence))
    assert {("European Union", "Armenia"), ("European Union", "Azerbaijan")} <= got


def test_both_allies_urged(extract):
    f = extract(
        "Greece accused Turkey last week of sending a survey ship into its waters. Turkey rejected the "
        "accusation. NATO Secretary General Lars Henriksen-Moe said he had urged both allies to resolve "
        "the dispute."
    )
    assert {("Lars Henriksen-Moe", "Greece"), ("Lars Henriksen-Moe", "Turkey")} <= pairs(f)


def test_the_government_in_the_second_of_two_verbs_of_a_named_countrys_official(extract):
    """ "X's minister thanked A and said the government had asked B": the speech verb's subject is the
    first verb's, so "the government" is the minister's country."""
    f = extract(
        "Angola's health minister Silvana Tchiteculo thanked donors for their help and said the "
        "government had asked Portugal for doctors."
    )
    assert ("Angola", "Portugal") in pairs(f)


def test_urged_to_agree_to_a_truce_is_not_aimed_at_the_urger(extract):
    """ "X urged both sides to agree to a truce": the sides would agree it with each other; the
    truce is not theirs against X (the clause's subject)."""
    f = extract(
        "Fighting between Armenia and Azerbaijan flared again. The Bervany Peace Council urged both "
        "sides to agree to a humanitarian truce so aid could reach the city."
    )
    got = pairs(f)
    assert ("Bervany Peace Council", "Armenia") in got
    assert not {p for p in got if p[1] == "Bervany Peace Council"}


def test_the_envoy_of_an_owner_named_is_not_the_last_person(extract):
    """ "expelled the Vatican's envoy": an official of a named owner is no one named before."""
    f = extract(
        "Vice President Rosa Elvira Talavera spoke on state television. Nicaragua expelled the "
        "Vatican's envoy in 2022."
    )
    assert ("Nicaragua", "Rosa Elvira Talavera") not in pairs(f)


@pytest.mark.parametrize(
    "sentence, actor, state",
    [
        (
            "A Myanmar military air strike killed at least 20 people on Friday. China urged the military "
            "to stop the fighting.",
            "China",
            "Myanmar",
        ),
        (
            "Sudan's army and the Desert Shield Forces have fought since April. The Ilvara Relief Council "
            "urged the army to open aid corridors.",
            "Ilvara Relief Council",
            "Sudan",
        ),
    ],
)
def test_the_military_named_by_its_kind_is_the_state_named_before(extract, sentence, actor, state):
    """ "the military", "the army" with no owner of its own: the country whose force the story named
    before ("a Myanmar military air strike", "Sudan's army")."""
    assert (actor, state) in pairs(extract(sentence))


def test_a_predicate_after_a_whose_clause_is_the_names(extract):
    """ "Stanciu, whose party leads the coalition, hit back, accusing Ilescu": the parser hangs the
    predicate on the relative clause's verb, but Stanciu accuses, not the party."""
    f = extract(
        "Romanian President Radu Ilescu on Tuesday rebuked Prime Minister Mirela Stanciu over her plan "
        "to raise value-added tax.\n\nStanciu, whose Social Democratic Union leads the ruling coalition, "
        "hit back, accusing "
        'Ilescu of "playing politics with the budget".'
    )
    got = pairs(f)
    assert ("Mirela Stanciu", "Radu Ilescu") in got
    assert ("Social Democratic Union", "Radu Ilescu") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Indonesia has filed a complaint at the World Trade Organization against the European Union over "
        "anti-dumping duties.",
        "Indonesia has filed a complaint with the World Trade Organization against the European Union over "
        "anti-dumping duties.",
        "Indonesia has filed a complaint at the World Trade Organization against anti-dumping duties the "
        "European Union imposed on its steel.",
    ],
)
def test_a_complaint_is_against_whom_not_at_the_forum(extract, sentence):
    """ "a complaint at/with the WTO against the EU": the one complained against (or the doer of the
    measure complained against), not the forum."""
    assert pairs(extract(sentence)) == {("Indonesia", "European Union")}


def test_two_titled_leaders_joined_by_and_both_meet(extract):
    """ "Thai Prime Minister A and Cambodian Prime Minister B met": the parser buries A inside B's
    titles; both are the subject."""
    f = extract(
        "Thai acting Prime Minister Somchai Wongthanarat and Cambodian Prime Minister Heng Sovannarith "
        "met in Putrajaya in talks mediated by Malaysian Prime Minister Zulkifli Hamdan."
    )
    got = pairs(f)
    assert ("Heng Sovannarith", "Somchai Wongthanarat") in got or (
        "Somchai Wongthanarat",
        "Heng Sovannarith",
    ) in got


def test_both_sides_on_a_tie_are_the_first_named(extract):
    """ "urged both sides": when no two bodies are named more often than others, the two the story
    named first (its protagonists), not a body a later paragraph brought in."""
    f = extract(
        "Opposition leader Hamzah Rusdi, who heads the National Renewal Front, accused the People's "
        "Progress Alliance of buying votes. The Anti-Graft Bureau said it had received complaints. "
        "Prime Minister Azlan Mokhtar met leaders of the Borneo Unity Party on Sunday. The Bar Council "
        "urged both sides to avoid racial rhetoric."
    )
    got = {t for a, t in pairs(f) if a == "Bar Council"}
    assert got == {"National Renewal Front", "People's Progress Alliance"}


def test_challenging_an_act_told_before_is_not_doing_it(extract):
    """ "his party would challenge the loan in court": the loan is the government's, told before;
    the challenger neither lends nor borrows."""
    f = extract(
        "COLOMBO, April 15 (Reuters) - Sri Lanka on Tuesday signed a $1.1 billion loan agreement with "
        "China.\n\nIndian foreign ministry spokesman Arvind Kapoor-Menon said New Delhi expected Colombo "
        "to take its security concerns into account.\n\nOpposition lawmaker Dinesh Tissera said his "
        "party would challenge the loan in the Supreme Court."
    )
    doers = {names(f, e.actor) for e in f.events if e.trigger == "loan"}
    assert doers == {"Sri Lanka"}


def test_a_fine_received_from_a_body_with_the_sum_between(extract):
    """ "received a fine of 80 million crowns from X": X fined the subject (the "from" phrase hangs on
    the sum)."""
    f = extract(
        "Kveldstad Havbruk received a reduced fine of 80 million crowns from the Ardmore Financial Authority."
    )
    assert ("Ardmore Financial Authority", "Kveldstad Havbruk") in pairs(f)


def test_a_meeting_only_supposed_under_if_is_not_held(extract):
    """ "if elected, he would meet Venezuelan officials": a meeting supposed under a condition did
    not happen (a threat under one still counts: "would respond if ...")."""
    f = extract(
        "Chilean presidential candidate Tomás Irarrázaval said on Sunday that, if elected, he would meet "
        "Venezuelan officials to negotiate the return of migrants."
    )
    assert ("Tomás Irarrázaval", "Venezuela") not in pairs(f)
    f = extract("Tomás Irarrázaval met Venezuelan officials on Sunday.")
    assert ("Tomás Irarrázaval", "Venezuela") in pairs(f)


def test_a_titled_leader_parsed_as_a_modifier_of_the_next_title_meets_too(extract):
    f = extract(
        "Finnish Defence Minister Mikael Rautanen and Estonian Defence Minister Hanno Keskula met in "
        "Helsinki on Monday."
    )
    got = pairs(f)
    assert ("Hanno Keskula", "Mikael Rautanen") in got or ("Mikael Rautanen", "Hanno Keskula") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting in Helsinki was attended by Finnish Defence Minister Mikael Rautanen, Estonian Defence "
        "Minister Hanno Keskula, Latvian Defence Minister Aivars Kronbergs and Polish Deputy Defence "
        "Minister Piotr Zalewski-Rog, among others.",
    ],
)
def test_an_attendance_list_is_not_each_meeting_every_other(extract, sentence):
    """ "The meeting was attended by A, B, C and D": who attended, not six meetings between them."""
    assert not pairs(extract(sentence))


def test_barring_a_states_own_leader(extract):
    """ "barred Myanmar's junta leader from its summits": a ban (172) on the state its leader stands for."""
    f = extract("The Association of Southeast Asian Nations has barred Myanmar's leader from its summits.")
    assert ("Association of Southeast Asian Nations", "Myanmar") in pairs(f)
