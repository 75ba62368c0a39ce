"""Affiliation and located rules for wire phrasings the first dev set lacked (invented names)."""

from __future__ import annotations

import pytest
from test_extract_rules import held, positions, relations

pytestmark = pytest.mark.model


def test_subsidiary_described_by_its_city(extract):
    f = extract(
        "Police questioned the crew of a ship operated by Lunvik Shipping, a Hamburg subsidiary of "
        "Greek-owned Corvell Bulk."
    )
    assert ("Lunvik Shipping", "Hamburg") in relations(f, "locatedIn")
    assert ("Lunvik Shipping", "Corvell Bulk") in relations(f, "partOf")


def test_of_a_based_body_after_a_title(extract):
    f = extract(
        "Kenyan analyst Wekesa Baraka, of the Toulouse-based Tavora Policy Institute, said the vote "
        "was close."
    )
    assert ("Wekesa Baraka", "Tavora Policy Institute", "analyst", False, "worksFor") in positions(f)
    # an analyst's demonym says where they are from, not whom they work for
    assert ("Wekesa Baraka", "Kenya") not in held(f)
    assert ("Wekesa Baraka", "Kenya") in relations(f, "citizenOf")


def test_lawyer_of_the_firm_without_a_comma(extract):
    f = extract(
        "The defendant's lawyer, Renske Voskuil of the law firm Oldenhove & Pratt LLP, said she would appeal."
    )
    assert ("Renske Voskuil", "Oldenhove & Pratt LLP") in held(f)


def test_no_post_from_of_without_a_title(extract):
    f = extract("The report was written by Renske Voskuil of Oldenhove & Pratt LLP.")
    assert ("Renske Voskuil", "Oldenhove & Pratt LLP") not in held(f)


def test_sits_for_a_party(extract):
    f = extract(
        "Opposition lawmaker Anneli Kurvits, who sits for the Amber Horizon party in parliament, said the "
        "bill was rushed."
    )
    assert ("Anneli Kurvits", "Amber Horizon party", "lawmaker", False, "memberOf") in positions(f)


def test_whose_title_in_apposition(extract):
    f = extract(
        "The cable belongs to Sarvik Networks, a Tartu-based operator whose chief technology officer, "
        "Arvo Kallaste, said repairs would take a week."
    )
    assert ("Arvo Kallaste", "Sarvik Networks") in held(f)


def test_army_and_junta_posts_are_the_country_s(extract):
    f = extract(
        "KANKAN, Guinea (AFP) - Soldiers of the 3rd Battalion mutinied on Friday. The army's chief of "
        "staff, General Boubou Kéladji, toured bases. The junta's spokesman, Colonel Seydou Tangara, said "
        "the situation was calm."
    )
    assert ("Boubou Kéladji", "Guinea") in held(f)
    assert ("Seydou Tangara", "Guinea") in held(f)
    assert ("Boubou Kéladji", "3rd Battalion") not in held(f)


def test_based_descriptor_then_the_name(extract):
    f = extract("The money went to a Toulouse-based consultancy, Mirelle Conseil, which denied wrongdoing.")
    assert ("Mirelle Conseil", "Toulouse") in relations(f, "locatedIn")
    f = extract(
        "About 6 million rupees was paid to a Singapore-registered firm, Jadeleaf Holdings Pte, last year."
    )
    assert ("Jadeleaf Holdings Pte", "Singapore") in relations(f, "locatedIn")


def test_based_descriptor_then_a_list(extract):
    f = extract("Talks with a Tartu-based lender, Jadeleaf Holdings and two others, failed.")
    assert ("Jadeleaf Holdings", "Tartu") not in relations(f, "locatedIn")


def test_title_at_the_body_named_before(extract):
    f = extract(
        'Tarvik Bank cut its growth forecast on Monday. "Growth is slowing," said Wiebke Oberholt, an '
        "economist at the bank."
    )
    assert ("Wiebke Oberholt", "Tarvik Bank") in held(f)


def test_chaired_by_names_the_board_s_company(extract):
    f = extract(
        "Tarvik Cement's board, chaired by former central bank deputy governor Edda Lunström, has "
        "recommended the offer."
    )
    assert ("Edda Lunström", "Tarvik Cement") in held(f)


def test_based_in_as_a_main_clause(extract):
    f = extract("Tarvik Homes said on Monday it would cut jobs. The company is headquartered in Hamburg.")
    assert ("Tarvik Homes", "Hamburg") in relations(f, "locatedIn")


def test_has_its_headquarters_in_a_suburb_of_a_city(extract):
    f = extract("Tarvik Homes has its headquarters in the Hamburg suburb of Altona.")
    got = relations(f, "locatedIn")
    assert {("Tarvik Homes", "Hamburg"), ("Tarvik Homes", "Altona"), ("Altona", "Hamburg")} <= got


def test_based_head_of_a_field_before_the_name(extract):
    f = extract(
        "Tarvik Energy's Toulouse-based head of research, Agnes Wollmar, said the plant would make "
        "cheaper cells."
    )
    assert ("Agnes Wollmar", "Tarvik Energy", "head of research", False, "holdsPositionIn") in positions(f)


def test_who_works_for_or_worked_at(extract):
    f = extract("Johanna Reiter, who works for Ostwick Bank, said rates would rise.")
    assert ("Johanna Reiter", "Ostwick Bank", "member of staff", False, "worksFor") in positions(f)
    f = extract("Johanna Reiter, who worked at Ostwick Bank for a decade, said rates would rise.")
    assert ("Johanna Reiter", "Ostwick Bank", "member of staff", True, "worksFor") in positions(f)


def test_is_a_based_body(extract):
    f = extract("Ostwick Bank is a Hamburg-based lender with 200 staff.")
    assert ("Ostwick Bank", "Hamburg") in relations(f, "locatedIn")


def test_name_after_a_title_for_a_region_is_a_person(extract):
    f = extract("The Meridor Council's envoy for Polynesia, Anselmo Tembe Macuacua, called for calm.")
    assert ("Anselmo Tembe Macuacua", "Meridor Council") in held(f)


@pytest.mark.parametrize(
    ("sentence", "person", "country"),
    [
        ("Liberia's former President Ida Varnell has died aged 88.", "Ida Varnell", "Liberia"),
        (
            "Talks ended. Japan's Prime Minister Tomas Quellar said the deal was fair.",
            "Tomas Quellar",
            "Japan",
        ),
    ],
)
def test_a_countrys_possessive_before_a_national_post_says_whose_citizen(extract, sentence, person, country):
    """As "Liberian President X" does: the post is the country's, and its holder its citizen."""
    assert (person, country) in relations(extract(sentence), "citizenOf")
