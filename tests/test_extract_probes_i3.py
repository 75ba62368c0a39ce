"""Construction probes of issue 3 (invented names; tests/probes/i3_probes.py has the whole set and
tests/probes/run_i3.py counts it): each test is a wire construction a rule was added or widened for."""

from __future__ import annotations

import pytest
from test_extract_rules import entity_types, events, held, names, positions

pytestmark = pytest.mark.model


def pairs(facts):
    """(actor, target) of every event with a target, negated ones left out."""
    return {
        (names(facts, e.actor), names(facts, e.target)) for e in facts.events if e.target and not e.negated
    }


@pytest.mark.parametrize(
    "sentence, person, body",
    [
        (
            "Yetunde Adebayo-Cole, a researcher at the Lagos Centre for Fiscal Studies, said debt rose.",
            "Yetunde Adebayo-Cole",
            "Lagos Centre for Fiscal Studies",
        ),
        (
            "Adaeze Okonkwo-Bello, a lawmaker from the ruling Progressive Unity Congress, called for calm.",
            "Adaeze Okonkwo-Bello",
            "Progressive Unity Congress",
        ),
    ],
)
def test_a_hyphenated_surname_read_as_a_body(extract, sentence, person, body):
    """The NER calls some hyphenated names an organisation; an apposition with a person's title
    says otherwise, and a hyphenated surname is one word of the name."""
    f = extract(sentence)
    assert entity_types(f)[person] == "Person"
    assert (person, body) in held(f)


def test_top_diplomat_after_a_country_of_two_words(extract):
    f = extract("Lindiwe Mabuza-Nkosi, South Africa's top diplomat, said Pretoria would not take sides.")
    assert ("Lindiwe Mabuza-Nkosi", "South Africa") in held(f)
    f = extract("Indonesia's top diplomat Retno Wulansari said the region needed calm.")
    assert ("Retno Wulansari", "Indonesia") in held(f)


def test_who_became_a_post_is_a_person_and_what_it_is_of_a_body(extract):
    f = extract("Leocadia Banda became chief executive of Zamtel Copperworks in 2020.")
    assert entity_types(f) == {"Leocadia Banda": "Person", "Zamtel Copperworks": "Organisation"}
    assert ("Leocadia Banda", "Zamtel Copperworks") in held(f)
    f = extract("Mariela Ocampo, who was named chief executive of Andespar Energía in 2021, said sales rose.")
    assert ("Mariela Ocampo", "Andespar Energía") in held(f)
    # an aide is "of" a person as often as of a body
    f = extract("Tobin Grael, a close aide of Marten Quill, said the plan was risky.")
    assert entity_types(f).get("Marten Quill") == "Person"


def test_a_second_bare_title_after_and_shares_the_first_one_s_owner(extract):
    f = extract(
        "Chilean Foreign Minister Alondra Sepúlveda and Economy Minister Benjamín Urrutia flew to Lima."
    )
    assert ("Benjamín Urrutia", "Chile") in held(f)
    f = extract(
        "Tamberlin Group's finance director Ravi Chandrasekhar and legal counsel Meera Iyengar-Rao left "
        "the company."
    )
    assert ("Meera Iyengar-Rao", "Tamberlin Group") in held(f)
    # a national office is no company's
    f = extract("Daskov Bank chief executive Tobin Grael and Finance Minister Marten Quill met on Monday.")
    assert ("Marten Quill", "Daskov Bank") not in held(f)


def test_a_sum_sent_in_aid_is_aid(extract):
    f = extract("Norway plans to send 200 million crowns in aid to Sudan.")
    assert ("Norway", "Sudan") in pairs(f)
    f = extract("Norway sent 200 million crowns in aid to Sudan.")
    assert ("Norway", "Sudan", "07") in events(f)


def test_the_object_of_an_act_noun_after_of(extract):
    assert ("Mali", "France") in pairs(extract("Mali ordered the expulsion of the French ambassador."))
    assert ("Egypt", "Turkey") in pairs(extract("Egypt announced the expulsion of two Turkish diplomats."))
    assert ("Kenya", "Tobin Grael") in pairs(extract("Kenya ordered the arrest of Tobin Grael on Monday."))
    # a release demanded is asked of another: the demander releases no one
    f = extract("Russia demanded the release of Marten Quill.")
    assert ("Russia", "Marten Quill", "08") not in events(f)


def test_a_country_named_like_a_person_where_the_article_names_the_country(extract):
    f = extract("Chad severed relations with Israel in 2023. The Chadian foreign ministry said so.")
    assert ("Chad", "Israel") in pairs(f)
    f = extract("Niger ordered the French ambassador to leave. Nigerien state television said it was final.")
    assert ("Niger", "France") in pairs(f)


def test_soldiers_of_a_country_s_army(extract):
    f = extract("Soldiers of the Malian army killed 15 fighters of the Katiba Sahel Nour in an ambush.")
    assert ("Mali", "Katiba Sahel Nour") in pairs(f)


def test_a_military_site_stands_for_the_state_that_holds_it(extract):
    f = extract("The Sahel Liberation Front claimed responsibility for the attack on a Nigerien army base.")
    assert ("Sahel Liberation Front", "Niger") in pairs(f)
    f = extract("Gunmen from the Katiba Sahel Nour attacked an army post in Mali on Sunday.")
    assert ("Katiba Sahel Nour", "Mali") in pairs(f)


def test_sanctions_by_designation_travel_ban_and_placing_under(extract):
    f = extract("The European Union imposed a travel ban on Belarusian judge Ales Karatkevich-Luts.")
    assert ("European Union", "Ales Karatkevich-Luts") in pairs(f)
    f = extract("Britain designated the Zambezi Liberation Army a terrorist organisation.")
    assert ("United Kingdom", "Zambezi Liberation Army", "16") in events(f)
    f = extract("Britain proscribed the Zambezi Liberation Army.")
    assert ("United Kingdom", "Zambezi Liberation Army") in pairs(f)
    f = extract("Canada placed Dmitri Volkhonsky under sanctions.")
    assert ("Canada", "Dmitri Volkhonsky", "16") in events(f)
    # designating an envoy is no sanction
    f = extract("Kenya designated Marten Quill as its envoy to the talks.")
    assert ("Kenya", "Marten Quill") not in pairs(f)


def test_chief_operating_officer_in_apposition(extract):
    f = extract('"We are ready," said Saoirse Donnellan, chief operating officer of Kilbrook Dairies.')
    assert ("Saoirse Donnellan", "Kilbrook Dairies") in held(f)


def test_a_minister_of_the_country_just_named(extract):
    f = extract(
        "Malawi declared a state of disaster on Friday. The country's health minister, Chimwemwe Phiri, "
        "said 40 people had died."
    )
    assert ("Chimwemwe Phiri", "Malawi") in held(f)
    f = extract("Malawi declared a disaster. Its health minister, Chimwemwe Phiri, said 40 had died.")
    assert ("Chimwemwe Phiri", "Malawi") in held(f)
    # a president may be a company's
    f = extract("Kenya said Daskov Bank had cut jobs. Its president, Tobin Grael, blamed costs.")
    assert ("Tobin Grael", "Kenya") not in held(f)


def test_works_for_a_body_named_in_apposition_to_its_kind(extract):
    f = extract("Ahmad Farouqi, who works for the aid group Hands of Mercy, was released on Friday.")
    assert ("Ahmad Farouqi", "Hands of Mercy") in held(f)


def test_named_as_its_chief_executive_replacing_another(extract):
    f = extract(
        "FRANKFURT, May 6 (Reuters) - Kestwald Bank named Ulrike Brandhorst as its new chief executive on "
        "Tuesday, replacing Matthias Oberlinger, who is stepping down after eight years."
    )
    got = positions(f)
    assert ("Ulrike Brandhorst", "Kestwald Bank", "chief executive", False, "leads") in got
    assert ("Matthias Oberlinger", "Kestwald Bank", "chief executive", True, "leads") in got


def test_a_chairman_quoted_on_the_bank_the_article_named(extract):
    f = extract(
        "Kestwald Bank named Ulrike Brandhorst as its new chief executive. Brandhorst joined the lender in "
        '2015 from rival Rheinau Capital. "Ulrike is the right person to lead the bank," said chairman '
        "Gerd Vosskuhl."
    )
    assert ("Gerd Vosskuhl", "Kestwald Bank") in held(f)
    assert ("Gerd Vosskuhl", "Rheinau Capital") not in held(f)


def test_a_surname_opening_a_sentence_tagged_an_adverb(extract):
    f = extract(
        "FRANKFURT, May 6 (Reuters) - Kestwald Bank named Ulrike Brandhorst as its new chief executive on "
        "Tuesday, replacing Matthias Oberlinger, who is stepping down after eight years. Brandhorst, 51, "
        "joined the lender in 2015 from rival Rheinau Capital, where she ran the investment banking unit."
    )
    assert ("Ulrike Brandhorst", "Rheinau Capital") in held(f)


def test_a_counterpart_s_title_is_not_the_one_named_before_and(extract):
    f = extract(
        "Kyrgyz Foreign Minister Almazbek Toktogulov and his Tajik counterpart, Rustam Nazarzoda, signed an "
        "agreement on Thursday."
    )
    assert ("Rustam Nazarzoda", "Kyrgyzstan") not in held(f)
    assert ("Rustam Nazarzoda", "Tajikistan") in held(f)


def test_a_city_of_the_story_s_country_counts_for_it(extract):
    f = extract(
        "Chanda Mwansa-Tembo, a former finance minister of Zambia, was found guilty by the High Court in "
        "Lusaka. Mr Mwansa-Tembo, who served under former President Edgar Kalaba, denied the charges."
    )
    assert ("Edgar Kalaba", "Zambia") in held(f)
    # a party's president is no state's
    f = extract(
        "Chanda Mwansa-Tembo, a former finance minister of Zambia, was found guilty by the High Court in "
        "Lusaka. Supporters of party president Nomsa Phiri-Banda said the verdict was fair."
    )
    assert ("Nomsa Phiri-Banda", "Zambia") not in held(f)


def test_a_post_described_before_its_holder_is_named(extract):
    f = extract(
        "A former finance minister of Zambia has been jailed for five years for corruption. Chanda "
        "Mwansa-Tembo, 63, was found guilty of taking bribes."
    )
    assert ("Chanda Mwansa-Tembo", "Zambia", "finance minister", True, "holdsPositionIn") in positions(f)
    # the one named next may be another the sentence describes
    f = extract(
        "A Spanish judge on Friday ordered a former Peruvian governor held in custody. Rufino Ccama "
        "Quispe, 58, was arrested on Tuesday."
    )
    assert ("Rufino Ccama Quispe", "Spain") not in held(f)


def test_a_story_without_a_headline_tells_its_acts_in_the_lead(extract):
    f = extract(
        "NIAMEY (AFP) - Niger's military government expelled the head of the aid group Medics Without Walls "
        "on Monday. The group denied the accusation. France condemned the expulsion."
    )
    assert ("France", "Niger") in pairs(f)


def test_an_army_spokesman_with_no_army_named_is_the_country_s(extract):
    f = extract(
        "Sudan army says it repelled attack\n\nKHARTOUM (AFP) - Sudan's army said Saturday it had repelled "
        "an attack by the paramilitary Rapid Shield Brigades on the city of El Obeid. Army spokesman "
        "Brigadier General Nabil Abdelrahman said the RSB had shelled residential areas."
    )
    assert ("Nabil Abdelrahman", "Sudan") in held(f)


def test_an_attack_repelled_was_on_the_one_who_repelled_it(extract):
    f = extract("Malian troops repelled an attack by the Katiba Sahel Nour on Sunday.")
    assert ("Katiba Sahel Nour", "Mali") in pairs(f)
    # "it" after "Sudan's army said": the army, named by its owner
    f = extract(
        "Sudan army says it repelled attack\n\nKHARTOUM (AFP) - Sudan's army said Saturday it had repelled "
        "an attack by the paramilitary Rapid Shield Brigades on the city of El Obeid."
    )
    assert ("Rapid Shield Brigades", "Sudan") in pairs(f)


def test_the_move_called_a_hostile_act_is_the_act_told_before(extract):
    f = extract(
        "Lithuania expels Russian diplomat over spying claims\n\nLithuania has expelled a Russian diplomat "
        "accused of spying, the foreign ministry in Vilnius said. Kremlin spokesman Dmitry Orlovsky called "
        'the move "another hostile act".'
    )
    assert ("Dmitry Orlovsky", "Lithuania", "11") in events(f)
    # a hostile bid is the market's term, no blame
    f = extract('"We will fight this hostile bid from Calloway Partners," said Brenmoor chief Tobin Grael.')
    assert ("Tobin Grael", "Calloway Partners", "11") not in events(f)


def test_a_stake_bought_from_its_owner_is_a_deal_for_the_company(extract):
    f = extract(
        "Singapore's Tamberlin Group said on Monday it would buy a 40% stake in Thai carrier Veltrana "
        "Airways from its founder, Somsak Rattanakorn, for $800 million."
    )
    assert ("Tamberlin Group", "Veltrana Airways", "05") in events(f)


def test_a_name_before_party_is_the_party_s_wherever_it_is_used(extract):
    f = extract(
        "RIGA (Reuters) - Latvia's ruling New Unity party won the most seats in Saturday's parliamentary "
        "election. Prime Minister Kristaps Ozolkalns, who leads New Unity, said he would begin talks."
    )
    assert entity_types(f)["New Unity"] == "Organisation"
    assert ("Kristaps Ozolkalns", "New Unity") in held(f)


def test_a_possessor_employs_a_post_named_by_where_it_is(extract):
    f = extract("Amnesty International's Kenya director, Irungu Houghtonsen, condemned the arrests.")
    assert ("Irungu Houghtonsen", "Amnesty International") in held(f)
    assert ("Irungu Houghtonsen", "Kenya") not in held(f)
    f = extract("Yemen's U.N. ambassador Abdullah al-Saadi accused the Houthis of blocking roads.")
    assert ("Abdullah al-Saadi", "Yemen") in held(f)


def test_a_hyphenated_first_name_after_an_apposed_title_is_a_person(extract):
    f = extract("The U.N. special envoy for Yemen, Lars-Erik Holmqvist, on Tuesday urged the rebels to talk.")
    assert entity_types(f)["Lars-Erik Holmqvist"] == "Person"
    assert ("Lars-Erik Holmqvist", "U.N.") in held(f)


def test_money_pledged_in_a_currency_and_a_team_sent(extract):
    f = extract(
        "Donors pledge $1.2 bln for Mozambique cyclone recovery\n\nMAPUTO (Reuters) - International donors "
        "pledged $1.2 billion on Friday to help Mozambique rebuild after Cyclone Elsa killed more than 600 "
        "people. The World Bank promised $700 million, while the European Union pledged 200 million euros."
    )
    assert ("European Union", "Mozambique") in pairs(f)
    f = extract("Japan sent a team of rescuers to Turkey after the earthquake.")
    assert ("Japan", "Turkey", "07") in events(f)


def test_trade_figures_are_no_act(extract):
    f = extract("Trade between Chile and Peru rose 12% last year, the statistics office said.")
    assert not pairs(f)
    f = extract("Chile's exports to Peru fell 8% in May.")
    assert not pairs(f)


def test_a_ministry_s_spokesperson_is_the_country_s_too(extract):
    f = extract("Asked about it, Chinese foreign ministry spokeswoman Xu Lanfen said Japan should stop.")
    got = positions(f)
    assert ("Xu Lanfen", "China", "foreign ministry spokeswoman", False, "holdsPositionIn") in got
    assert ("Xu Lanfen", "China's foreign ministry") in held(f)


def test_drills_near_a_country_are_aimed_at_it(extract):
    assert ("China", "Taiwan", "15") in events(extract("China held military drills near Taiwan on Monday."))
    f = extract("China's military launched large-scale drills around Taiwan on Monday.")
    assert ("China", "Taiwan") in pairs(f)
    f = extract("Russia and Belarus held joint war games near the Polish border.")
    assert ("Russia", "Poland", "15") in events(f)
    assert ("Russia", "Poland", "19") not in events(f)


def test_the_island_s_president_apposed(extract):
    f = extract(
        "BEIJING (Reuters) - China's military launched large-scale drills around Taiwan on Monday, days "
        "after the island's president, Lin Chia-hung, met U.S. lawmakers."
    )
    assert held(f) == {("Lin Chia-hung", "Taiwan")}


def test_legal_action_and_arbitration_against(extract):
    f = extract("London-listed Corvant Resources has filed an arbitration claim against Guinea on Monday.")
    assert ("Corvant Resources", "Guinea", "11") in events(f)
    f = extract("Corvant Resources took legal action against Guinea.")
    assert ("Corvant Resources", "Guinea") in pairs(f)


def test_an_honorific_between_title_and_name(extract):
    f = extract("Kenyan Health Minister Dr. Amina Wekesa said the outbreak was contained.")
    assert ("Amina Wekesa", "Kenya") in held(f)
    f = extract("Daskov Bank chairman Sir Tobin Grael said profits rose.")
    assert ("Tobin Grael", "Daskov Bank") in held(f)


def test_retaliate_against(extract):
    assert ("Iran", "Israel", "13") in events(extract("Iran vowed to retaliate against Israel."))
    f = extract("North Korea threatened to retaliate against South Korea for the drills.")
    assert ("North Korea", "South Korea") in pairs(f)


def test_a_head_of_state_appoints_a_minister_of_the_state(extract):
    f = extract(
        "Malawian President Chikondi Banda-Mvula appointed central bank deputy governor Tamanda Kachingwe "
        "as finance minister on Wednesday, replacing Grace Nyirenda, who moves to the foreign ministry."
    )
    assert entity_types(f)["Grace Nyirenda"] == "Person"
    assert ("Tamanda Kachingwe", "Malawi", "finance minister", False, "holdsPositionIn") in positions(f)
    assert ("Grace Nyirenda", "Malawi", "finance minister", True, "holdsPositionIn") in positions(f)


def test_a_description_fronted_before_the_named_subject(extract):
    f = extract(
        "A founding member of the Senegalese Renewal Party, Abdoulaye Ndiaye-Sarr was known for "
        "negotiating debt relief with France."
    )
    assert ("Abdoulaye Ndiaye-Sarr", "France") in pairs(f)
    assert ("Senegalese Renewal Party", "France") not in pairs(f)


def test_a_second_verb_of_a_relative_clause_leads_a_body(extract):
    f = extract(
        "Abdoulaye Ndiaye-Sarr, who served as Senegal's prime minister in the 1990s and later led the West "
        "African Development Bank, has died aged 84."
    )
    assert ("Abdoulaye Ndiaye-Sarr", "West African Development Bank") in held(f)
    assert ("Abdoulaye Ndiaye-Sarr", "Senegal") in held(f)


def test_rebels_named_by_their_country_are_not_the_state(extract):
    f = extract("Malian rebels attacked an army post in Mali on Sunday.")
    assert ("Mali", "Mali") not in pairs(f)
    f = extract("A U.N. report accused a Congo militia of recruiting children.")
    assert not {p for p in pairs(f) if p[1] == "Democratic Republic of the Congo"}


def test_former_before_a_company_s_name_is_no_part_of_it(extract):
    f = extract("Former Corvant Bank chief executive Henrietta Blaylock was arrested in London.")
    assert ("Henrietta Blaylock", "Corvant Bank", "chief executive", True, "leads") in positions(f)


def test_an_untagged_name_after_an_envoy_posted_in_a_city(extract):
    f = extract("Ecuador's ambassador in Lima, Rosario Vinueza, was recalled on Tuesday.")
    assert ("Rosario Vinueza", "Ecuador") in held(f)


def test_a_party_a_country_s_participle_qualifies(extract):
    f = extract("Zsófia Bartók-Nagy, an MP from Hungary's ruling Civic Union party, criticised the move.")
    assert ("Zsófia Bartók-Nagy", "Civic Union") in held(f)


def test_a_diplomat_declared_persona_non_grata_parsed_as_a_modifier(extract):
    f = extract("Estonia declared a Russian diplomat persona non grata on Tuesday.")
    assert ("Estonia", "Russia") in pairs(f)


def test_company_words_steelworks_and_chemie(extract):
    f = extract("Ostrava Steelworks cut 500 jobs. Its chief executive, Radek Holubář, blamed costs.")
    assert ("Radek Holubář", "Ostrava Steelworks") in held(f)
    f = extract("Chief executive Gerlinde Haubrich of Kestwald Chemie said orders had slumped.")
    assert ("Gerlinde Haubrich", "Kestwald Chemie") in held(f)


def test_police_or_a_court_in_a_city_of_a_country_the_story_names(extract):
    f = extract(
        "A court in Minsk sentenced opposition activist Ales Karatkevich-Luts to 12 years in prison, "
        "Belarusian state media said."
    )
    assert ("Belarus", "Ales Karatkevich-Luts") in pairs(f)


def test_force_on_a_place_in_a_state(extract):
    f = extract("Ukrainian drones struck an oil refinery in Russia's Samara region overnight.")
    assert ("Ukraine", "Russia", "19") in events(f)


def test_a_group_named_in_the_plural_is_the_group(extract):
    f = extract(
        "The U.N. envoy, Lars-Erik Holmqvist, urged the Houthi movement to extend the truce. The "
        "Houthis said they were ready."
    )
    groups = [e for e in f.entities.values() if e.type == "Organisation" and "houthi" in e.name.lower()]
    assert len(groups) == 1


def test_a_spokesman_for_another_office_holder(extract):
    f = extract('"We are sad," said Pieter Wolters, spokesman for U.N. Secretary-General Kofi Mensa-Addo.')
    assert ("Pieter Wolters", "U.N.") in held(f)
