"""Place probes of issue 3 (invented names; tests/probes/i3_places.py has the whole set of short
articles and ``tests/probes/run_i3.py --module i3_places`` counts it): each test is a wire
construction a rule was added or widened for."""

from __future__ import annotations

import pytest
from test_extract_rules import entity_types, relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "sentence, body, place",
    [
        ("The Cairo-based rights group Sawt Adala said the trial was unfair.", "Sawt Adala", "Cairo"),
        (
            "Rescue teams from Istanbul-based volunteer group Arama Kurtarma Dostlari were on their way.",
            "Arama Kurtarma Dostlari",
            "Istanbul",
        ),
    ],
)
def test_a_name_after_a_body_noun_no_person_is_called_is_a_body(extract, sentence, body, place):
    """ "rights group X", "shipping firm X": a group, a firm, a charity or a bank is never a person,
    so the name it renames is the body's even when the NER called it a person."""
    f = extract(sentence)
    assert entity_types(f)[body] == "Organisation"
    assert (body, place) in relations(f, "locatedIn")


@pytest.mark.parametrize(
    "sentence, body, country",
    [
        (
            "The two leaders signed a rail deal, Laos's state news agency Vientala reported.",
            "Vientala",
            "Laos",
        ),
        ("The strike was reported by Lebanon's state-run Cedar News Agency.", "Cedar News Agency", "Lebanon"),
        (
            "The deal needs approval from Chile's financial regulator, the Comision Nacional de Valores.",
            "Comision Nacional de Valores",
            "Chile",
        ),
    ],
)
def test_a_country_s_body_after_words_that_describe_it(extract, sentence, body, country):
    """ "Laos's state news agency X", "Chile's financial regulator, the X": the body a country's
    possessive has, after lower-case words that describe it (or in apposition to them), is in it."""
    assert (body, country) in relations(extract(sentence), "locatedIn")


def test_a_country_s_possessive_does_not_reach_past_a_verb_or_a_list(extract):
    f = extract("Chile's regulator, the Comision Nacional de Valores and the central bank met on Monday.")
    assert ("Comision Nacional de Valores", "Chile") not in relations(f, "locatedIn")
    f = extract("Chile's talks with Banco Serrano collapsed.")
    assert ("Banco Serrano", "Chile") not in relations(f, "locatedIn")


@pytest.mark.parametrize(
    "sentence, person, place",
    [
        (
            "Giulia Fenestrelli, a 71-year-old resident of Asti, said the water reached her kitchen.",
            "Giulia Fenestrelli",
            "Asti",
        ),
        (
            "Cesare Brondolo of Alessandria, a retired teacher, said his street was flooded.",
            "Cesare Brondolo",
            "Alessandria",
        ),
        (
            "His former student, Ines Vasconcelos-Brito of Porto, shared the award.",
            "Ines Vasconcelos-Brito",
            "Porto",
        ),
    ],
)
def test_where_a_person_lives_when_the_ner_left_the_town_untagged(extract, sentence, person, place):
    """ "X of Porto", "X, a 71-year-old resident of Asti": a known city after a person's "of", or
    after "resident of" with the person's age or a word about them before it, is where they live."""
    f = extract(sentence)
    assert entity_types(f)[place] == "Location"
    assert (person, place) in relations(f, "residesIn")


def test_a_region_of_a_wider_place_past_a_word_for_a_part_of_it(extract):
    f = extract("Floodwaters forced people from their homes in the Piedmont region of northern Italy.")
    assert ("Piedmont", "Italy") in relations(f, "locatedIn")


def test_a_city_then_a_state_or_province_the_gazetteer_knows(extract):
    """ "Kingston, Ontario", "Reno, Nevada,": a city then a state is in it; a list of states is not."""
    assert ("Kingston", "Ontario") in relations(extract("The plant is in Kingston, Ontario."), "locatedIn")
    f = extract("The company is based in Reno, Nevada, and employs 300 people.")
    assert ("Reno", "Nevada") in relations(f, "locatedIn")
    f = extract("Officials in Ontario, Quebec, Alberta and Manitoba agreed.")
    assert not relations(f, "locatedIn")


def test_a_name_before_the_company_said_is_not_described_by_it(extract):
    """ "... a plant in Kumamoto Prefecture, the company said": who said it, not an apposition that
    makes the place a body."""
    f = extract(
        "Semiconductor maker Aokawa Devices will build a plant in Kumamoto Prefecture, the company said "
        "Wednesday.\n\nThe Osaka-based company, a unit of the Aokawa Group, will hire 1,200 workers."
    )
    assert entity_types(f)["Kumamoto Prefecture"] == "Location"
    assert ("Aokawa Devices", "Osaka") in relations(f, "locatedIn")


def test_a_town_named_after_its_region_is_in_the_region(extract):
    """ "the Copperbelt town of Chingola": the town is in the region, not the other way."""
    f = extract("Rescue teams from the Copperbelt town of Chingola had arrived.")
    assert relations(f, "locatedIn") == {("Chingola", "Copperbelt")}


def test_a_newspaper_named_after_its_city(extract):
    f = extract("Its president told the Ajaccio newspaper Corse Soir Matin that the punishment was unfair.")
    assert entity_types(f)["Corse Soir Matin"] == "Organisation"
    assert ("Corse Soir Matin", "Ajaccio") in relations(f, "locatedIn")


def test_a_city_s_body_named_in_apposition_to_its_description(extract):
    f = extract(
        "Police arrested the mayor over contracts awarded to a Barranquilla construction firm, "
        "Obras del Caribe Sinu, in 2023."
    )
    assert ("Obras del Caribe Sinu", "Barranquilla") in relations(f, "locatedIn")
    f = extract("Contracts went to a Barranquilla construction firm, Obras del Caribe Sinu and two others.")
    assert ("Obras del Caribe Sinu", "Barranquilla") not in relations(f, "locatedIn")


def test_parts_of_a_body_the_text_refers_to_without_its_name(extract):
    """ "The company, a unit of the Aokawa Group,", "Its shipping arm, X,", "the company's Canadian
    unit, X,": "the company" and "its" stand for the body named before."""
    f = extract(
        "Semiconductor maker Aokawa Devices will build a plant in Kumamoto, the company said.\n\n"
        "The company, a unit of the Aokawa Group, will hire 1,200 workers."
    )
    assert ("Aokawa Devices", "Aokawa Group") in relations(f, "partOf")
    f = extract(
        "Trelloway Mining said on Monday it would sell assets. Its Canadian unit, Ostrander Copper, "
        "will be sold first."
    )
    assert ("Ostrander Copper", "Trelloway Mining") in relations(f, "partOf")
    f = extract(
        "Trelloway Mining reported a loss. The company's Canadian unit, Ostrander Copper, will be sold."
    )
    assert ("Ostrander Copper", "Trelloway Mining") in relations(f, "partOf")


def test_where_a_person_of_an_age_is_from(extract):
    """ "X, 29, of Renfrew": a town after a person's age and "of" is where they live, even when the
    NER took it for a body."""
    f = extract(
        "Darren McAuslan, 34, from Paisley, and Kieran Brolly-Stewart, 29, of Renfrew, appeared at court "
        "on Monday."
    )
    assert entity_types(f)["Renfrew"] == "Location"
    assert ("Kieran Brolly-Stewart", "Renfrew") in relations(f, "residesIn")


def test_a_company_s_name_without_its_trade_is_the_company(extract):
    """ "Hoang Long" for "Hoang Long Textiles", which the NER took for a person."""
    f = extract(
        "Hoang Long Textiles, a garment maker based in Ho Chi Minh City, will build a factory. "
        "Hoang Long's chairman, Tran Quoc Vinh, said the zone was also considered."
    )
    assert "Hoang Long" not in entity_types(f)
    assert entity_types(f)["Hoang Long Textiles"] == "Organisation"


@pytest.mark.parametrize(
    "sentence, person, place",
    [
        (
            "Lena Vasquez-Tran, who moved to Rotterdam in 2010, said the rent had doubled.",
            "Lena Vasquez-Tran",
            "Rotterdam",
        ),
        ("Olga Serdyuk, who settled in Haifa after the war, said she was afraid.", "Olga Serdyuk", "Haifa"),
        (
            "Hamid Zarrouki, who lives in the Marseille suburb of La Ciotat, said the fires were close.",
            "Hamid Zarrouki",
            "La Ciotat",
        ),
        ("At his home in Kumasi, Yaw Mensoh-Boadu said the harvest was poor.", "Yaw Mensoh-Boadu", "Kumasi"),
    ],
)
def test_where_a_person_moved_or_lives(extract, sentence, person, place):
    """ "who moved to X", "who settled in X"; "lives in the Y suburb of X"; "At his home in X, NAME
    said" (the phrase before the clause is about its subject)."""
    assert (person, place) in relations(extract(sentence), "residesIn")


def test_a_ministry_one_moved_to_is_no_home(extract):
    f = extract("Olga Serdyuk, who moved to the finance ministry in 2019, said prices would fall.")
    assert not relations(f, "residesIn")


def test_a_one_word_name_listed_with_bodies_is_a_body(extract):
    """ "Mercy Corps, Oxfam and the Norwegian Refugee Council said": an unknown one-word "place" listed
    with organisations is one."""
    f = extract("Mercy Corps, Oxfam and the Norwegian Refugee Council said aid was blocked.")
    assert entity_types(f).get("Oxfam") == "Organisation"
    f = extract("Flights to Nairobi, Mombasa and Kisumu were cancelled by Brannock Air.")
    assert entity_types(f).get("Mombasa") == "Location"


def test_a_facility_listed_with_a_company_is_a_company(extract):
    """ "Staff at Helvetica Lifesciences and its rival Orbion Therapeutics": the NER calls the first a
    facility; listed with a company, and with no facility's word, it is one."""
    f = extract(
        "Staff at Helvetica Lifesciences and its rival Orbion Therapeutics walked out on Friday, the union "
        "Unia-Pharma said."
    )
    assert entity_types(f).get("Helvetica Lifesciences") == "Organisation"


def test_a_place_a_body_acts_on_is_no_part_of_its_name(extract):
    """ "an assault by the Northern Shield Forces on El Fasher": the run of capitalised words stops
    before "on", "in" or "at" and a known place (not "Commission on Human Rights")."""
    f = extract(
        "Sudan's army said it had repelled a major assault by the paramilitary Northern Shield Forces on "
        "El Fasher, the last army-held city."
    )
    assert entity_types(f).get("Northern Shield Forces") == "Organisation"
    assert entity_types(f).get("El Fasher") == "Location"
    f = extract("The Commission on Human Rights met in Geneva on Monday.")
    assert entity_types(f).get("Commission on Human Rights") == "Organisation"


def test_a_watchdog_named_watch_is_a_body(extract):
    """ "Human Rights Watch's Asia director, X,": "Watch" heads a body's name as "Council" does."""
    f = extract("Human Rights Watch's Asia director, Elaine Pearson, called the ruling a travesty.")
    assert entity_types(f).get("Human Rights Watch") == "Organisation"


def test_what_owns_a_unit_is_a_body(extract):
    """ "Hitachi Energy, a unit of Japan's Hitachi": a name that owns a unit is a body, even one the
    gazetteer knows as a town; "a subsidiary of Dubai-based X" leaves the place a place."""
    f = extract("Shares in rival Hitachi Energy, a unit of Japan's Hitachi, rose 1% in Zurich.")
    assert ("Hitachi Energy", "Hitachi") in relations(f, "partOf")
    f = extract("Coastline Wharf, a subsidiary of Dubai-based Qamar Tides Logistics, said output fell.")
    assert entity_types(f).get("Dubai") == "Location"
