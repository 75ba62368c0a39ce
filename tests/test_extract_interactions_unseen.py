"""Interaction probes in newswire styles the rules were not written from (invented people and places).

Precision probes: sentences where a naive rule invents a pair (acts reported, condemned, blocked or
asked for; aid "to" a place; a fronted scene-setting phrase; bodies named after an act noun).
Recall probes: common phrasings where a pair must be found. Negated and modal acts are kept, flagged.
"""

from __future__ import annotations

import pytest
from test_extract_rules import events, names

pytestmark = pytest.mark.model


def pairs(facts):
    """(actor, target) of every event with a target."""
    return {(a, t) for a, t, _root in events(facts) if t}


def event_of(facts, actor, target):
    return next(
        e
        for e in facts.events
        if e.target and (names(facts, e.actor), names(facts, e.target)) == (actor, target)
    )


# (sentence, a pair that must be found with its CAMEO root) for phrasings the rules already read
FOUND = [
    (
        "Egypt accused Ethiopia of endangering the lives of millions of people downstream.",
        ("Egypt", "Ethiopia", "11"),
    ),
    ("Azerbaijan was accused by Armenia of shelling border villages.", ("Armenia", "Azerbaijan", "11")),
    ("Turkey condemned Sweden for allowing the burning of a Koran.", ("Turkey", "Sweden", "11")),
    (
        "The United States imposed fresh tariffs on Chinese steel and aluminium.",
        ("United States", "China", "16"),
    ),
    ("China retaliated with tariffs on American soybeans.", ("China", "United States", "16")),
    (
        "In response, Canada announced retaliatory tariffs of 25 percent on U.S. goods.",
        ("Canada", "United States", "16"),
    ),
    (
        "India lodged a formal protest with Pakistan over the killing of two soldiers.",
        ("India", "Pakistan", "11"),
    ),
    (
        "The European Union filed a complaint against China at the World Trade Organization.",
        ("European Union", "China", "11"),
    ),
    ("Chile summoned Argentina's ambassador to protest against the remarks.", ("Chile", "Argentina", "11")),
    ("Peru and Bolivia traded accusations over the border incident.", ("Peru", "Bolivia", "11")),
    (
        "Ethiopian troops fired on an Eritrean border post, Eritrea's information minister said.",
        ("Ethiopia", "Eritrea", "19"),
    ),
    (
        "Britain's ambassador to the United Nations, Edda Marlin, accused Russia of using its veto to "
        "shield Syria.",
        ("Edda Marlin", "Russia", "11"),
    ),
    ("Brazil ruled out a deal with Paraguay.", ("Brazil", "Paraguay", "12")),
    ("Kenya called on Uganda to withdraw its troops.", ("Kenya", "Uganda", "02")),
    (
        "Vietnam, Laos and Cambodia signed an agreement with Thailand on river management.",
        ("Laos", "Thailand", "05"),
    ),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_common_phrasings_are_found(extract, text, expected):
    assert expected in events(extract(text))


# (sentence, a pair that must not be found) for phrasings the rules already read right
NOT_FOUND = [
    (
        "Georgia said its border posts had been shelled overnight, the defence ministry said.",
        ("Georgia", "Georgia"),
    ),
    ("Japan welcomed the talks between Serbia and Croatia.", ("Japan", "Serbia")),
    ("Sweden will not send troops to Kosovo, the defence minister said.", ("Sweden", "Kosovo")),
    (
        "Belarus denied arming the rebels, and the European Union said it had no evidence.",
        ("European Union", "Belarus"),
    ),
    ("Thailand accused Cambodian troops of firing first.", ("Cambodia", "Thailand")),
]


@pytest.mark.parametrize("text, pair", NOT_FOUND)
def test_no_pair_is_invented(extract, text, pair):
    assert pair not in pairs(extract(text))


def test_negated_and_modal_acts_are_kept_and_flagged(extract):
    f = extract(
        "Moldova did not accuse Russia of meddling in the vote. Colombia could expel the Venezuelan "
        "ambassador, officials said. Poland will impose tariffs on Ukrainian grain next month."
    )
    assert event_of(f, "Moldova", "Russia").negated
    assert event_of(f, "Colombia", "Venezuela").modality == "could"
    assert event_of(f, "Poland", "Ukraine").modality == "will"


def test_a_fronted_phrase_sets_the_scene(extract):
    """ "At the Security Council, France accused Russia of ...": no accusation of the Council."""
    f = extract("At the Security Council, France accused Russia of blocking aid deliveries to Syria.")
    assert ("France", "Russia") in pairs(f)
    assert ("France", "Security Council") not in pairs(f)


def test_an_obstructed_act_is_not_the_obstructer_s(extract):
    """ "accused Russia of blocking aid deliveries to Syria": Russia gives Syria no aid."""
    f = extract("At the Security Council, France accused Russia of blocking aid deliveries to Syria.")
    assert ("Russia", "Syria") not in pairs(f)


def test_condemned_sanctions_are_not_the_critic_s(extract):
    """ "China condemned the sanctions on Iran": China neither sanctions nor criticises Iran."""
    f = extract("China condemned the sanctions on Iran.")
    assert ("China", "Iran") not in pairs(f)


def test_a_vetoed_act_is_not_the_vetoer_s(extract):
    """ "Hungary may veto new sanctions on Russia": Hungary neither sanctions nor rejects Russia."""
    f = extract("Hungary may veto new sanctions on Russia, diplomats said.")
    assert ("Hungary", "Russia") not in pairs(f)


def test_an_act_protested_against_is_not_the_protester_s(extract):
    f = extract("Turkey protested against the sanctions on Iran.")
    assert ("Turkey", "Iran") not in pairs(f)


def test_an_act_given_as_a_cause_is_not_the_subject_s(extract):
    f = extract("Russia expelled the diplomats because of the sanctions on Iran.")
    assert ("Russia", "Iran") not in pairs(f)


def test_a_relative_clause_names_a_recipient_only_with_a_verb_of_receiving(extract):
    f = extract("Kenya, Uganda, Tanzania and Rwanda attended the summit, which Ethiopia boycotted.")
    assert not {p for p in pairs(f) if "Ethiopia" in p}
    f = extract("Japan will continue providing the aid Kenya needs.")
    assert ("Japan", "Kenya") in pairs(f)


def test_an_aid_group_is_no_aid_to_the_dateline(extract):
    f = extract(
        "KARVAN, Chad (Reuters) - Fighting has forced 30,000 people from their homes in eastern Chad, the "
        "aid group Sandline Relief Trust said on Tuesday. Chad has asked donors for help."
    )
    assert not {p for p in pairs(f) if p[1] == "Chad"}


def test_funding_a_thing_is_no_aid_to_the_dateline(extract):
    f = extract(
        "KARVAN, Chad (Reuters) - Chad's health ministry said the survey was funded by the Nordic Health "
        "Fund. Chad has asked donors for help."
    )
    assert ("Nordic Health Fund", "Chad") not in pairs(f)


def test_sanctions_imposed_on_a_country_by_an_agent(extract):
    f = extract("The sanctions imposed on Iran by the European Union last year remain in force.")
    assert ("European Union", "Iran", "16") in events(f)


def test_an_act_asked_of_another_is_flagged_and_no_accusation(extract):
    f = extract(
        "Danish Foreign Minister Lena Hartwig said Denmark would ask the European Union to impose sanctions "
        "on Iran."
    )
    assert event_of(f, "European Union", "Iran").modality == "requested"
    assert ("Lena Hartwig", "European Union") not in {(a, t) for a, t, r in events(f) if r == "11"}


def test_a_vetoed_resolution_s_author_is_the_target(extract):
    f = extract("The resolution, drafted by France, was vetoed by Russia.")
    assert ("Russia", "France", "12") in events(f)
    f = extract("Russia vetoed a resolution drafted by France.")
    assert ("Russia", "France", "12") in events(f)


def test_the_call_a_readout_happened_in(extract):
    f = extract(
        "During the call, Prime Minister Tamsin Brask told President Orla Mireau that Denmark stood ready "
        "to help."
    )
    assert ("Tamsin Brask", "Orla Mireau", "04") in events(f)


def test_came_under_attack_from(extract):
    f = extract("Ethiopia denied the accusation, saying Ethiopian forces had come under attack from Eritrea.")
    assert ("Eritrea", "Ethiopia", "19") in events(f)


def test_a_body_s_unnamed_official(extract):
    """ "The U.N. secretary-general ... called on X": the body acts (not the last person named)."""
    f = extract(
        "Chile's foreign ministry spokesman, Irena Sovik, urged restraint. The U.N. secretary-general also "
        "condemned the launch and called on Peru to resume dialogue, his spokesman said."
    )
    assert ("United Nations", "Peru") in pairs(f) or ("U.N.", "Peru") in pairs(f)
    assert ("Irena Sovik", "Peru") not in pairs(f)


def test_a_list_of_titled_names_on_a_call(extract):
    f = extract(
        "In a trilateral phone call, Japanese Foreign Minister Piet Kalden, South Korean Foreign Minister "
        "Aino Rask and Australian Foreign Minister Irena Sovik agreed that the launch was a grave threat."
    )
    got = events(f)
    assert ("Piet Kalden", "Aino Rask", "04") in got
    assert ("Piet Kalden", "Irena Sovik", "04") in got
    assert all(e.modality is None for e in f.events if e.cameo.startswith("04"))  # the call took place


def test_an_act_that_dates_the_clause_is_not_the_subject_s(extract):
    """ "suspended exports after deadly clashes on the Armenian border": no clash of the Netherlands'."""
    f = extract(
        "The Netherlands suspended all export licences for military equipment to Azerbaijan after deadly "
        "clashes on the Armenian border."
    )
    assert ("Netherlands", "Armenia") not in pairs(f)
    assert ("Netherlands", "Azerbaijan") in pairs(f)


def test_both_sides_are_not_the_speaker_s_own(extract):
    """ "Kenyan Labour Minister X urged both sides": the union and the company, not Kenya."""
    f = extract(
        "The Coastal Dockers Union has been on strike against Tidewater Terminals since Monday. Kenya's "
        "ports have been idle, and Kenya's exporters are losing money. Kenyan Labour Minister Aino Rask "
        "urged both sides to return to the table."
    )
    assert ("Aino Rask", "Kenya") not in pairs(f)
    assert ("Aino Rask", "Coastal Dockers Union") in pairs(f)


def test_a_former_official_named_by_demonym_is_no_state(extract):
    f = extract("Spain arrests former Peruvian governor. Peru welcomed the arrest.")
    assert ("Spain", "Peru") not in pairs(f)


def test_a_cause_joined_to_another_is_not_the_subject_s(extract):
    f = extract("Russia expelled the diplomats because of the unrest and the sanctions on Iran.")
    assert ("Russia", "Iran") not in pairs(f)


def test_a_labour_strike_is_no_force(extract):
    f = extract("The Coastal Dockers Union has been on strike against Tidewater Terminals since Monday.")
    assert ("Coastal Dockers Union", "Tidewater Terminals", "14") in events(f)
    f = extract("Israeli air strikes on Lebanon killed 12 people.")
    assert ("Israel", "Lebanon", "19") in events(f)


def test_a_conditional_act_is_kept_and_flagged(extract):
    f = extract("Mexico will retaliate if the United States imposes tariffs on Mexican steel.")
    assert event_of(f, "United States", "Mexico").modality == "conditional"
    f = extract("Iran said it could leave the treaty if new sanctions on Iran are imposed by Sweden.")
    assert event_of(f, "Sweden", "Iran").modality == "conditional"


def test_a_demanded_act_is_flagged_and_the_demand_aimed_at_its_owner(extract):
    """ "demanded that EU funding for Libya be suspended": the EU is asked; the cut is not done."""
    f = extract("Italy demanded that EU funding for Libya be suspended.")
    assert event_of(f, "EU", "Libya").modality == "requested"
    assert ("Italy", "EU", "10") in events(f)


def test_the_accused_body_named_by_a_demonym_does_the_act(extract):
    """ "X accused the Congolese army of fighting alongside the militia": the army fights, not X's side."""
    f = extract(
        "Government spokeswoman Aino Rask said Rwanda had nothing to do with the rebels and accused the "
        "Congolese army of fighting alongside the militia."
    )
    assert ("Aino Rask", "Rwanda") not in pairs(f)


def test_what_a_speaker_says_another_must_do_is_a_demand(extract):
    f = extract("Russia said Ukraine must withdraw its troops from the four regions.")
    assert ("Russia", "Ukraine", "10") in events(f)
    f = extract("Kenyan Finance Minister Piet Kalden said Kenya must do more to fight graft.")
    assert ("Piet Kalden", "Kenya") not in pairs(f)  # the speaker's own side
    f = extract('"Poland should not doubt that there will be a response," Russia said.')
    assert ("Russia", "Poland", "10") not in events(f)  # a warning


def test_a_court_in_a_country_acts_for_it(extract):
    f = extract("A court in Belarus sentenced opposition activist Orla Mireau to six years in prison.")
    assert ("Belarus", "Orla Mireau", "17") in events(f)


def test_a_national_named_in_apposition_is_acted_on_too(extract):
    f = extract("Russian authorities detained a Finnish citizen, Aino Rask, on spying charges.")
    assert ("Russia", "Aino Rask", "17") in events(f)
    assert ("Russia", "Finland", "17") in events(f)


def test_support_pledged_together_is_not_given_to_each_other(extract):
    f = extract("Germany and France pledged further support, while Austria said it would provide aid only.")
    assert ("Germany", "France") not in pairs(f)


def test_a_discussed_act_is_no_partner_and_not_yet_done(extract):
    f = extract("European Union foreign ministers met on Monday to discuss sanctions against Russia.")
    assert ("European Union", "Russia", "04") not in events(f)
    assert event_of(f, "European Union", "Russia").modality == "discuss"


def test_leaders_from_several_countries(extract):
    f = extract(
        "Leaders from Kenya, Uganda, Rwanda and Burundi attended the summit hosted by Ethiopia on Saturday."
    )
    assert {("Ethiopia", k) for k in ("Kenya", "Uganda", "Rwanda", "Burundi")} <= pairs(f)


def test_an_act_in_a_by_phrase_is_not_the_subject_s(extract):
    """ "X said the bloc could not look away while civilians were killed by air strikes"."""
    f = extract(
        "Piet Kalden said Ghana could not look away while civilians in Mali were killed by air strikes."
    )
    assert not {p for p in pairs(f) if "Ghana" in p}


def test_the_one_met_whom_the_parser_made_a_subject(extract):
    f = extract(
        "On the sidelines, Philippine President Aino Rask met Vietnamese Prime Minister Tamsin Brask and "
        "the two agreed to strengthen coast guard cooperation."
    )
    assert ("Aino Rask", "Tamsin Brask", "04") in events(f)


def test_dialogue_partners_hold_no_dialogue(extract):
    f = extract("Australia and New Zealand, which are dialogue partners of the bloc, called for restraint.")
    assert ("Australia", "New Zealand") not in pairs(f)


def test_aid_for_others_named_is_no_aid_to_the_dateline(extract):
    f = extract(
        "VIENTIANE, Laos (Reuters) - Laos hosted the talks. Japan's foreign minister announced $50 million "
        "in aid for the region's coast guards."
    )
    assert ("Japan", "Laos") not in pairs(f)


def test_who_urges_both_sides_is_not_one_of_them(extract):
    f = extract(
        "The Coastal Dockers Union has been on strike against Tidewater Terminals since Monday. The Council "
        "of Port Mayors urged both sides to resume talks."
    )
    talks = {frozenset((a, t)) for a, t, r in events(f) if t and r == "04"}
    assert talks == {frozenset(("Coastal Dockers Union", "Tidewater Terminals"))}


def test_the_spokesman_of_a_body_s_official_speaks_for_the_body(extract):
    """ "The U.N. Secretary-General's spokesman ... urged both governments": the U.N. urges."""
    f = extract(
        "Kyrgyz President Piet Kalden spoke by telephone with his Tajik counterpart, Aino Rask. The U.N. "
        "Secretary-General's spokesman said he was deeply concerned and urged both governments to resolve "
        "the dispute through dialogue."
    )
    assert ("U.N.", "Kyrgyzstan", "02") in events(f)
    assert ("Piet Kalden", "Tajikistan") not in pairs(f)


def test_an_act_asked_of_the_speaker_s_state_is_not_the_speaker_s(extract):
    f = extract(
        "Kenyan President Piet Kalden said the African Union had urged Kenya to open talks with Somalia."
    )
    assert event_of(f, "Kenya", "Somalia").modality == "requested"
    assert ("Piet Kalden", "Somalia") not in pairs(f)


def test_duties_on_goods_and_not_on_duty(extract):
    f = extract("The United States imposed 25 percent duties on Canadian steel and aluminium.")
    assert ("United States", "Canada", "16") in events(f)
    f = extract("His duties as Kenya's ambassador to Uganda ended in May.")
    assert not pairs(f)


def test_tariffs_on_a_sum_worth_of_goods(extract):
    f = extract("Canada announced retaliatory tariffs on about $20 billion worth of U.S. goods.")
    assert ("Canada", "United States", "16") in events(f)


def test_a_participle_hung_on_the_goods(extract):
    f = extract("Kenyan farmers protested against the tariffs on Kenyan tea imposed by Uganda.")
    assert ("Uganda", "Kenya", "16") in events(f)


def test_an_act_noun_naming_a_field_or_a_post_is_no_act(extract):
    f = extract(
        "Edda Marlin, head of threat intelligence at cybersecurity firm Sorvik Security, said the attack was "
        "sophisticated."
    )
    assert ("Edda Marlin", "Sorvik Security") not in pairs(f)


def _said(speaker, begin, end, direct):
    from kg.model import Evidence, Statement

    return Statement(speaker, "", direct, Evidence("t", "", begin, end, "statement", 0.9))


def _act(actor, begin, end):
    from kg.model import Event, Evidence

    return Event(actor, None, "190", "war", Evidence("t", "", begin, end, "event.noun.v1", 0.9))


def test_words_given_to_another_are_no_report_of_the_speaker_s():
    """'"Russia is waging war," the mayor wrote' read also as a report by another speaker: the quote
    is the mayor's; "the agency said it had rejected ...", read also as another body's: the doer's own."""
    from kg.extract.events import _said_by_another

    wrong, quote = _said("Person:b", 0, 120, False), _said("Person:a", 1, 80, True)
    assert _said_by_another(wrong, _act("Country:RUS", 10, 13), [wrong, quote])
    assert not _said_by_another(quote, _act("Country:RUS", 10, 13), [wrong, quote])
    aeoi, iaea = _said("Organisation:aeoi", 0, 90, False), _said("Organisation:iaea", 0, 90, False)
    assert _said_by_another(iaea, _act("Organisation:aeoi", 40, 48), [aeoi, iaea])


@pytest.mark.parametrize(
    "text",
    [
        "Iceland and Bhutan agreed on Thursday to run joint fisheries patrols.",
        "Iceland and Bhutan agreed on a joint patrol plan.",
        "Iceland agreed with Bhutan to run joint patrols.",
    ],
)
def test_parties_that_agree_to_act_together(extract, text):
    """What two parties agree to do together, when it is no act of its own: intent to cooperate."""
    assert ("Iceland", "Bhutan", "03") in events(extract(text))


@pytest.mark.parametrize(
    "text, root",
    [
        ("Iceland and Bhutan agreed that the launch was a threat.", None),  # a shared view
        ("Iceland and Bhutan agreed to a ceasefire.", "08"),  # the truce is coded, once
        ("Iceland and Bhutan agreed to cooperate on fisheries.", "03"),
    ],
)
def test_an_agreement_on_a_view_or_an_act_of_its_own(extract, text, root):
    f = extract(text)
    found = [e for e in f.events if e.target and e.evidence.rule == "event.agreed_between.v1"]
    assert not found
    assert {r for a, t, r in events(f) if (a, t) == ("Iceland", "Bhutan")} == ({root} if root else set())


def test_an_agreement_not_reached_is_kept_and_flagged(extract):
    f = extract("Iceland and Bhutan did not agree on a common patrol plan.")
    assert event_of(f, "Iceland", "Bhutan").negated


def test_the_officials_named_after_including_on_the_verb(extract):
    """The parser hangs "including" on the verb when a date comes between: still the officials."""
    f = extract(
        "Iceland sanctioned four Bhutanese officials on Monday, including Interior Minister Sonam "
        "Dorji and Colonel Karma Wangdi."
    )
    assert {("Iceland", "Sonam Dorji"), ("Iceland", "Karma Wangdi"), ("Iceland", "Bhutan")} <= pairs(f)


def test_a_list_of_those_sanctioned_with_no_agent(extract):
    """ "Those sanctioned are:" with no "by": the one whose sanctions the article told before."""
    f = extract(
        "REYKJAVIK, Feb 20 (Reuters) - Iceland on Thursday imposed sanctions on a Bhutanese lawmaker "
        "and a rights group.\n\nThe ministry said the measures were a response to Bhutan's lies.\n\n"
        "Those sanctioned are:\n\n- Karma Wangdi, a lawmaker who chairs the human rights committee;\n"
        "- the Druk Rights Centre, a Thimphu-based group."
    )
    assert {("Iceland", "Karma Wangdi"), ("Iceland", "Druk Rights Centre")} <= pairs(f)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Iceland froze the assets of Druk Trading.", ("Iceland", "Druk Trading", "16")),
        ("Iceland froze Druk Trading's assets on Monday.", ("Iceland", "Druk Trading", "16")),
        ("Iceland imposed an asset freeze on Druk Trading.", ("Iceland", "Druk Trading", "16")),
    ],
)
def test_an_asset_freeze_is_a_sanction(extract, text, pair):
    assert pair in events(extract(text))


def test_a_freeze_on_no_actor_is_no_event(extract):
    assert not extract("Iceland froze its interest rates for a third month.").events


@pytest.mark.parametrize(
    "text",
    [
        "Karma Wangdi was found guilty of corruption by Justice Sonam Tobgay on Tuesday.",
        "Justice Sonam Tobgay found Karma Wangdi guilty of corruption.",
    ],
)
def test_a_judge_who_finds_a_person_guilty(extract, text):
    assert ("Sonam Tobgay", "Karma Wangdi", "11") in events(extract(text))


def test_no_conviction_in_other_findings(extract):
    assert not extract("Karma Wangdi was found dead in his home.").events


def test_an_envoy_summoned_to_a_ministry(extract):
    f = extract(
        "Bhutan's ambassador, Karma Wangdi, was summoned to the Icelandic foreign ministry on Monday."
    )
    assert {("Iceland", "Karma Wangdi"), ("Iceland", "Bhutan")} <= pairs(f)


def test_the_summit_a_meeting_happens_at_is_no_partner(extract):
    f = extract(
        "Iceland's prime minister Ola Vesterberg met Bhutan's president Sonam Tobgay at the OECD summit."
    )
    assert ("Ola Vesterberg", "Sonam Tobgay") in pairs(f)
    assert ("Ola Vesterberg", "OECD") not in pairs(f)


def test_an_office_described_but_never_named_is_not_the_last_person(extract):
    """ "asked the parliamentary standards commissioner": not the person named in the sentence before."""
    f = extract(
        "Karma Wangdi resigned on Monday. The Druk Rights Centre has asked the parliamentary standards "
        "commissioner to open an investigation."
    )
    assert ("Druk Rights Centre", "Karma Wangdi") not in pairs(f)
    f = extract(
        "Foreign Minister Karma Wangdi arrived on Monday. Iceland's president met the foreign minister."
    )
    assert ("Iceland", "Karma Wangdi") in pairs(f)


def test_an_act_named_again_is_the_one_the_headline_told_when_the_body_told_it_otherwise(extract):
    """The lead tells the expulsion as an order to leave; the response names "the expulsions",
    which only the headline's verb tells: its doer is the target, and naming it is no expulsion."""
    f = extract(
        "Georgia expels two Azerbaijani diplomats over spying\n\n"
        "TBILISI, May 3 (Reuters) - Georgia on Thursday ordered two Azerbaijani diplomats to leave the "
        "country within seven days.\n\n"
        "In its capital, Azerbaijan's Foreign Ministry called the expulsions "
        '"a hostile step based on fabrications".'
    )
    assert ("Azerbaijan's Foreign Ministry", "Georgia", "11") in events(f)
    assert not [e for e in events(f) if e[0] == "Azerbaijan's Foreign Ministry" and e[2] == "17"]


def test_a_headline_act_in_the_passive_has_no_doers_to_blame(extract):
    f = extract(
        "Three Indian engineers kidnapped in Niger freed\n\n"
        "NIAMEY, May 3 (AP) - Three engineers who were kidnapped by gunmen last month have been released.\n\n"
        'India\'s foreign ministry condemned the kidnapping "in the strongest terms".'
    )
    assert not [p for p in pairs(f) if p[0] == "India's foreign ministry"]


def test_a_move_condemned_as_something_is_the_earlier_act(extract):
    f = extract(
        "Chile recalls envoy\n\n"
        "SANTIAGO, May 3 (Reuters) - Chile expelled Bolivia's ambassador on Wednesday "
        "after a row over water.\n\n"
        'Bolivia\'s Foreign Ministry condemned the move as "an unfriendly and provocative act".'
    )
    assert ("Bolivia's Foreign Ministry", "Chile", "11") in events(f)


def test_people_named_after_including_on_the_place_they_are_from(extract):
    """The parser hangs "including" on the place the officials are from: the persons it names are
    the officials sanctioned (not so for countries named after "firms from five countries")."""
    f = extract(
        "OSLO, May 3 (Reuters) - Talks ended.\n\nNorway on Monday sanctioned four officials from the "
        "Oblast Region, including Ivan Tessarov, the region's deputy governor, and Colonel Pavel Quellin."
    )
    assert {("Norway", "Ivan Tessarov"), ("Norway", "Pavel Quellin")} <= pairs(f)
    g = extract(
        "OSLO, May 3 (Reuters) - Talks ended.\n\nNorway sanctioned firms from five countries, including Iran."
    )
    assert ("Norway", "Iran") not in pairs(g)
