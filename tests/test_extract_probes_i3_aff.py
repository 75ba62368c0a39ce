"""Affiliation probes of issue 3 (invented names; tests/probes/i3_aff.py has the whole set of invented
articles and tests/probes/run_i3.py counts it): each test is a wire construction a rule was added or
widened for."""

from __future__ import annotations

import pytest
from test_extract_rules import held, relations

pytestmark = pytest.mark.model


def test_the_company_s_officer_is_the_story_s_firm_not_one_named_in_passing(extract):
    # the firm the lead is about, not one named in an apposition
    f = extract(
        "Danish shipping group Kornholt Linjer on Monday hired Bodil Ravnsgaard, a former partner at "
        "consultancy Meltvik Advisers, as its chief executive. Until she starts, the company's finance "
        "director, Aksel Thornbjerg, will run the business, Kornholt said."
    )
    assert ("Aksel Thornbjerg", "Kornholt Linjer") in held(f)
    assert ("Aksel Thornbjerg", "Meltvik Advisers") not in held(f)
    # a state body is no company, even when named by its acronym
    f = extract(
        "Prosecutors charged Tendai Mavhunga, former head of the Limpopo Freight Corporation. The "
        "Zimbabwe Anti-Graft Authority (ZAGA) brought the case. ZAGA spokesman Farai Chidzikwe said "
        "more arrests would follow. The freight company's current chief executive, Rudo Makoni, "
        "said it was cooperating."
    )
    assert ("Rudo Makoni", "Limpopo Freight Corporation") in held(f)
    # a firm described with the noun is the one "the company" means
    f = extract(
        "The regulator fined Tarrow Sports, a Lusaka-based broadcasting company, and banned the "
        "federation's treasurer. The company's founder, Chanda Mwelwa-Sakala, did not comment."
    )
    assert ("Chanda Mwelwa-Sakala", "Tarrow Sports") in held(f)


def test_the_noun_s_officer_is_the_body_named_with_that_noun(extract):
    f = extract(
        'Soldiers of the Mechanised Brigade repelled the attack. "They fled," said Colonel Arvo '
        "Tiitsmaa-Kull, the brigade's commander."
    )
    assert ("Arvo Tiitsmaa-Kull", "Mechanised Brigade") in held(f)
    f = extract(
        "The Cycling Integrity Directorate opened a case. The directorate's head, Mirela Vasconcelos-Pury, "
        "said riders would be questioned."
    )
    assert ("Mirela Vasconcelos-Pury", "Cycling Integrity Directorate") in held(f)


def test_a_demonym_in_an_apposition_with_the_or_no_article(extract):
    f = extract("Adwoa Sarpong-Nyantakyi, the Ghanaian poet whose verses are taught in schools, has died.")
    assert ("Adwoa Sarpong-Nyantakyi", "Ghana") in relations(f, "citizenOf")
    f = extract("Tomasz Wierzbicki-Lach, Polish composer and former culture minister, dies at 88")
    assert ("Tomasz Wierzbicki-Lach", "Poland") in relations(f, "citizenOf")


def test_a_biography_s_he_is_the_person_the_story_is_about(extract):
    f = extract(
        "Oyelowo Adebanjo-Ekpe, the Nigerian playwright, has died. He was 81. Adebanjo-Ekpe died in Ibadan, "
        "said Funmilayo Okorafor-Ude, his publisher. Born in Ogbomosho in 1944, he served as culture "
        "minister from 1990 to 1993. Adebanjo-Ekpe wrote 30 plays."
    )
    assert ("Oyelowo Adebanjo-Ekpe", "Nigeria") in held(f)
    assert ("Funmilayo Okorafor-Ude", "Nigeria") not in held(f)


def test_due_to_meet_a_president_is_no_post(extract):
    f = extract(
        "Kenya missed its target. Treasury Cabinet Secretary Wambui Gathogo-Ruto is due to meet IMF mission "
        "chief Dragomir Petkanov next week, a ministry official said."
    )
    assert not {
        ("Wambui Gathogo-Ruto", "IMF"),
        ("Wambui Gathogo-Ruto", "International Monetary Fund"),
    } & held(f)


def test_who_coordinates_the_work_of_a_body_or_advises_one(extract):
    f = extract(
        "Marie-Claude Joseph-Valcin, who coordinates the work of the Jacmel Water Alliance in the south, "
        "said wells were dry."
    )
    assert ("Marie-Claude Joseph-Valcin", "Jacmel Water Alliance") in held(f)
    f = extract(
        "Dr. Ottavio Benincasa-Reale, an Italian surgeon who directs the trauma programme of the Sahel "
        "Surgical Trust in Gao, said beds were full."
    )
    assert ("Ottavio Benincasa-Reale", "Sahel Surgical Trust") in held(f)
    f = extract(
        "Rachid Ben Ammar-Sfar, a former minister who now advises the Maghreb Investment Fund, spoke."
    )
    assert ("Rachid Ben Ammar-Sfar", "Maghreb Investment Fund") in held(f)


def test_a_minister_in_apposition_before_a_relative_clause_is_the_dateline_country_s(extract):
    f = extract(
        "RABAT (Reuters) - Karim Slaoui, a former finance minister who now chairs a private "
        "equity fund, is favourite to lead Morocco's central bank, sources said."
    )
    assert ("Karim Slaoui", "Morocco") in held(f)


def test_a_portfolio_taken_for_a_body_is_part_of_a_minister_s_title(extract):
    f = extract(
        "NEW DELHI (Reuters) - India signed the deal on Monday. Civil Aviation Minister Rajendra "
        "Bhagwati-Naidu attended the ceremony."
    )
    assert ("Rajendra Bhagwati-Naidu", "India") in held(f)
    assert ("Rajendra Bhagwati-Naidu", "Civil Aviation") not in held(f)


def test_more_job_titles(extract):
    f = extract(
        "Liesbeth Oudegeest-Kramer, a vaccine specialist at the Utrecht Immunisation Partnership, "
        "called the findings encouraging."
    )
    assert ("Liesbeth Oudegeest-Kramer", "Utrecht Immunisation Partnership") in held(f)
    f = extract("Tobiah Weisskopf-Lind, the chief whip of the Varnholt Reform Party, said it would vote no.")
    assert ("Tobiah Weisskopf-Lind", "Varnholt Reform Party") in held(f)


def test_its_title_name_without_commas(extract):
    f = extract(
        "The Azawad Renewal Front did not comment on Monday; its adviser Ghali Intalla-Moussa has denied "
        "any role in the attack."
    )
    assert ("Ghali Intalla-Moussa", "Azawad Renewal Front") in held(f)


def test_who_directs_a_body(extract):
    f = extract(
        '"We are delighted," said Professor Ruedi Tschannen, who led the trial and directs the '
        "Bernese Institute of Parasitology."
    )
    assert ("Ruedi Tschannen", "Bernese Institute of Parasitology") in held(f)


def test_who_worked_for_after_a_demonym_noun(extract):
    f = extract(
        "The aid chief, Sigve Lundervold-Haug, a Norwegian who previously worked for the Bergen Refugee "
        "Council, urged both armies to allow more convoys."
    )
    assert ("Sigve Lundervold-Haug", "Bergen Refugee Council") in held(f)


def test_a_spokesman_for_the_company_is_the_story_s_company(extract):
    f = extract(
        "Kwara Basin Oil Corporation runs the pipeline. Emeka Obiorah-Nwosu, a spokesman for the pipeline "
        "company, said losses had fallen."
    )
    assert ("Emeka Obiorah-Nwosu", "Kwara Basin Oil Corporation") in held(f)
    f = extract(
        "Kwara Basin Oil Corporation runs the pipeline. A spokeswoman for the pipeline company, Ngozi "
        "Ekwueme, said losses had fallen."
    )
    assert ("Ngozi Ekwueme", "Kwara Basin Oil Corporation") in held(f)


def test_club_president_is_no_national_office(extract):
    f = extract(
        'LISBON (Reuters) - Portugal\'s league is in trouble. "Results were poor," club president '
        "Amadeu Sequeira-Lobato said."
    )
    assert ("Amadeu Sequeira-Lobato", "Portugal") not in held(f)


def test_a_spokesman_speaks_for_the_body_whose_words_he_reports(extract):
    f = extract(
        "The regulator Marsfield Authority is looking into the matter, spokeswoman Liv Arnesdatter said."
    )
    assert ("Liv Arnesdatter", "Marsfield Authority") in held(f)
    f = extract("The Corvane Shipping board will meet on Friday, a spokesman, Piet Vandersloot, said.")
    assert ("Piet Vandersloot", "Corvane Shipping") in held(f)


def test_belong_to_a_party_and_a_rapporteur(extract):
    f = extract(
        "Both Sanna Kivelä and fellow lawmaker Jonas Petrauskis belong to the centre-right Nordic Civic "
        "Alliance."
    )
    assert {("Sanna Kivelä", "Nordic Civic Alliance"), ("Jonas Petrauskis", "Nordic Civic Alliance")} <= held(
        f
    )
    f = extract('"They must answer," said Sanna Kivelä, the Baltic Assembly\'s rapporteur on Belarus.')
    assert ("Sanna Kivelä", "Baltic Assembly") in held(f)
