"""Names as British and American papers write them: honorifics before surnames and names
(sentences written for these tests, with invented people; none from the gold or the seed)."""

from __future__ import annotations

import pytest
from test_extract_rules import entity_types

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


# --- i3-orgs (session 4) ---
# Organisation names as wire copy writes them (sentences written for these tests, invented names).


def org_names(facts):
    return sorted(e.name for e in facts.entities.values() if e.type == "Organisation")


def names_of(facts, kind):
    return sorted(e.name for e in facts.entities.values() if e.type == kind)


def test_of_two_ands_the_one_before_the_second_head_parts_two_names(extract):
    f = extract(
        "The loan was arranged by the Bank of Tolmere and Vask and Orrin Securities, the company said."
    )
    assert org_names(f) == ["Bank of Tolmere and Vask", "Orrin Securities"]


def test_a_country_after_and_is_no_part_of_a_name_ending_on_its_head(extract):
    f = extract(
        "The fund, a donor pool financed by the Arvel Union and Germany, said it had stopped two projects."
    )
    assert org_names(f) == ["Arvel Union"]
    assert names_of(f, "Country") == ["Germany"]


def test_a_company_name_without_its_trade_is_the_company(extract):
    f = extract(
        "The largest shareholder, private equity firm Quenby Moss Partners, backed the offer. "
        "Quenby Moss declined to comment."
    )
    assert org_names(f) == ["Quenby Moss Partners"]
    assert names_of(f, "Person") == []


def test_the_words_inside_a_company_name_tagged_a_person_are_the_company(extract):
    f = extract(
        "About 900 workers at Minera Valle Rojo SA's copper mine walked out on Monday. "
        "Teodor Lisk, Valle Rojo's chief operating officer, said the mine was running. "
        "Valle Rojo is 55% owned by Brannock Metals Corp."
    )
    assert names_of(f, "Person") == ["Teodor Lisk"]
    assert "Valle Rojo" not in org_names(f)


def test_an_untagged_company_name_without_its_legal_form_is_the_company(extract):
    f = extract(
        "Police arrested Marro Kessan over a contract with Dorrin Vale Energy Ltd. "
        "Dorrin Vale said it had done nothing wrong."
    )
    [org] = [e for e in f.entities.values() if e.type == "Organisation"]
    assert org.name.startswith("Dorrin Vale Energy")
    assert any(f.entities.get(s.speaker) is org for s in f.statements)


def test_a_judges_title_before_a_name_in_a_court_story(extract):
    f = extract("Justice Anvar Selvig Rell of the labour court is due to hear the application on Thursday.")
    assert names_of(f, "Person") == ["Anvar Selvig Rell"]


def _retagged(nlp, text, first, width, label):
    """Parse ``text`` with the ``width`` words from ``first`` tagged ``label``, as the model tags such
    a name in some articles, then run kg's components and the extractor on it."""
    from spacy.tokens import Span

    from kg.extract import extract_article
    from kg.model import Article

    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "kg_entity_repair":
            i = next(t.i for t in doc if t.text == first)
            new = Span(doc, i, i + width, label)
            doc.ents = [e for e in doc.ents if not (e.start < new.end and new.start < e.end)] + [new]
        doc = proc(doc)
    return extract_article(Article(id="t", text=text), doc)


def test_a_name_in_apposition_after_a_title_is_a_person(nlp):
    text = "The group said the case raised questions. Its director, Oselia Pranta, said the ruling was wrong."
    f = _retagged(nlp, text, "Oselia", 1, "ORG")  # the first name alone tagged a body
    assert names_of(f, "Person") == ["Oselia Pranta"]
    assert org_names(f) == []


def test_a_union_number_is_part_of_its_name(extract):
    f = extract("The Duarno Pilots Union No. 4 said its members would strike on Monday.")
    assert org_names(f) == ["Duarno Pilots Union No. 4"]


def test_a_company_kind_that_opens_the_name(extract):
    f = extract(
        "Harwick Resources operates the plant through its local unit PT Sinar Varuna, the company said."
    )
    assert org_names(f) == ["Harwick Resources", "PT Sinar Varuna"]


def test_a_collective_possessive_opens_a_name(extract):
    f = extract("The Yelva Democratic Rally won 40 seats, while the People's Corla Front took 12.")
    assert "People's Corla Front" in org_names(f)


def test_a_plural_noun_before_of_opens_no_name(extract):
    f = extract("Photo: Supporters of the Kessan Lantern Party celebrate in the capital.")
    assert org_names(f) == ["Kessan Lantern Party"]


def test_a_field_of_a_body_named_for_its_fields_is_no_name(extract):
    f = extract("A boat of the Bureau of Coastal Fisheries and Marine Energy was escorting fishermen.")
    assert org_names(f) == ["Bureau of Coastal Fisheries and Marine Energy"]


def test_charities_and_pension_funds_by_their_trade(extract):
    f = extract("The report was backed by Corla Aid and Ostvik Pension, which together gave $2 million.")
    assert org_names(f) == ["Corla Aid", "Ostvik Pension"]


def test_a_legal_form_after_the_trade_ends_the_name(extract):
    f = extract("Quarro Ventures AB agreed to buy Danish firm Ostvik Robotics A/S, the buyer said on Monday.")
    assert org_names(f) == ["Ostvik Robotics A/S", "Quarro Ventures AB"]


def test_the_and_that_closes_a_list_of_names_parts_them(extract):
    f = extract("Velcor Peak, Ostin Gale and Lonmar Mining all said their output fell in March.")
    orgs = org_names(f)
    assert "Lonmar Mining" in orgs and not any(" and " in name for name in orgs)


def test_a_name_ending_on_its_head_word_and_a_proper_name_after_it_are_two(extract):
    f = extract("Investors in the round included Quill Capital and Birch Hill, the start-up said.")
    orgs = org_names(f)
    assert "Quill Capital" in orgs and "Quill Capital and Birch Hill" not in orgs


def test_the_name_after_a_unit_of_is_a_body_and_so_is_the_unit(extract):
    f = extract("Lendo Pay, a unit of Varro Dalma, said profits rose in the third quarter.")
    assert org_names(f) == ["Lendo Pay", "Varro Dalma"]
    assert names_of(f, "Person") == []


def test_a_name_a_body_owns_before_a_product_word_is_no_entity(extract):
    f = extract(
        "The firm launched its Falcon 9X drone at a fair, and its Snap & Go service had two million users."
    )
    assert org_names(f) == [] and names_of(f, "Location") == []


def test_a_country_inside_a_name_that_goes_on_to_its_head_word(extract):
    f = extract("The Crisis in Chad Coalition called for calm on Monday.")
    assert org_names(f) == ["Crisis in Chad Coalition"]


def test_an_embassy_named_in_lower_case_after_its_country_is_a_body_when_it_acts(extract):
    f = extract("Ghana's embassy said on Monday that two of its staff had been expelled.")
    assert org_names(f) == ["Ghana's embassy"]
    f = extract("The two diplomats worked at the Ghanaian embassy until March.")
    assert org_names(f) == []


def test_a_body_named_after_the_country_as_written_keeps_that_name(extract):
    f = extract("The US military said on Monday that it had moved two ships to the region.")
    [org] = [e for e in f.entities.values() if e.type == "Organisation"]
    assert "US military" in {org.name, *org.aliases}


def test_an_acronym_defined_for_a_body_is_the_body_though_it_spells_a_country(extract):
    f = extract(
        "Aid groups including the Dutch Relief Coalition (DRC) said the camps were full. "
        "The DRC said it needed more money."
    )
    assert "Democratic Republic of the Congo" not in names_of(f, "Country")
    assert org_names(f) == ["Dutch Relief Coalition"]


def test_a_name_ending_on_a_word_for_an_event_is_no_body(extract):
    f = extract("Sales rose after the Velgrad Motor Show, and leaders met at the Arvel Union Summit in May.")
    assert org_names(f) == ["Arvel Union"]


def test_two_names_after_the_sentences_the_are_parted_at_and(extract):
    f = extract("The Kessel Rights Commission and Verano Ostin Lanza condemned the killings on Monday.")
    assert "Kessel Rights Commission" in org_names(f)


def test_one_word_before_and_after_a_country_is_no_name_of_its_own(extract):
    f = extract("The firm said in a filing with the U.S. Securities and Exchange Commission that sales fell.")
    assert "U.S. Securities and Exchange Commission" in org_names(f)


def test_the_names_after_analysts_at_are_firms(extract):
    f = extract("Analysts at Harrowgate cut their price targets on Monday.")
    assert org_names(f) == ["Harrowgate"]


def test_a_name_after_the_word_unit_is_a_business_whatever_the_ner_said(extract):
    f = extract("The cuts will also hit the company's Polish unit Vanterra Polska, it said.")
    assert "Vanterra Polska" in org_names(f) and names_of(f, "Person") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tevra, a Danish shipping company, said profits rose.", "Tevra"),
        ("Lumeo, a maker of electric buses, said sales doubled.", "Lumeo"),
        ("Pindar, an Oslo-listed miner, fell 5% on Monday.", "Pindar"),
        ("The bank lent money to Kobalt, a Lagos-based fintech, last year.", "Kobalt"),
    ],
)
def test_a_name_an_apposition_describes_as_a_business_is_one(extract, text, name):
    assert name in org_names(extract(text))


def test_a_persons_full_name_keeps_its_person_before_a_trade_people_have_too(extract):
    f = extract("Juan Verro, a Lagos-based miner, said the pit had flooded.")
    assert names_of(f, "Person") == ["Juan Verro"]


def test_a_party_named_by_its_members_is_a_body(extract):
    f = extract("The Tories lost 200 seats, and the Social Democrats said they would form a government.")
    assert org_names(f) == ["Social Democrats", "Tories"]


def test_a_party_named_by_its_members_is_the_party_the_article_names_after_them(extract):
    f = extract("The Vestra Democratic Party won 40 seats on Sunday. Democrats said they would govern alone.")
    assert org_names(f) == ["Vestra Democratic Party"]


def test_a_name_joined_by_an_ampersand_after_and_is_a_name_of_its_own(extract):
    f = extract("Analysts at Kestor Partners and Orrel & Vine said the cuts were overdue.")
    assert org_names(f) == ["Kestor Partners", "Orrel & Vine"]


def test_a_name_ending_on_international_and_the_name_after_and_are_two(extract):
    f = extract("Relief Ostra International and Médecins Sans Frontières said they would suspend work.")
    assert org_names(f) == ["Médecins Sans Frontières", "Relief Ostra International"]


def test_a_name_cut_short_before_the_rest_of_a_bills_name_is_the_bill(extract):
    f = extract("Lawmakers on Wednesday passed the Promotion of Proper Rural Rights and Family Values Bill.")
    assert org_names(f) == [] and names_of(f, "Person") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Oderra LNG said output rose.", "Oderra LNG"),  # the NER tags "LNG" alone
        ("The plant is run by Spain's Oderra Energia.", "Oderra Energia"),  # tagged a place
        (
            "Prosecutors said he received money from Brenton Kepler Trading, a fuel trader.",
            "Brenton Kepler Trading",
        ),
    ],
)
def test_company_names_by_their_head_words_and_first_words(extract, text, name):
    assert ("Organisation", name) in {(e.type, e.name) for e in extract(text).entities.values()}


@pytest.mark.parametrize(
    "text, name",
    [
        ('"It will fail," Arne Fosse told reporters.', "Arne Fosse"),
        ("Police arrested Rustam Nazarov on Tuesday.", "Rustam Nazarov"),
        ("The talks were chaired by Odd Dahle.", "Odd Dahle"),
        ("According to Odd Dahle, the plan would fail.", "Odd Dahle"),
        ("The court sentenced Pita Vaka to five years in prison.", "Pita Vaka"),
    ],
)
def test_a_name_where_only_people_stand_is_a_person(extract, text, name):
    """Names the small model leaves untagged, or tags a work of art or an organisation, in the
    places only people stand: who tells reporters, is arrested, sentenced, chairs talks."""
    assert ("Person", name) in {(e.type, e.name) for e in extract(text).entities.values()}


def test_a_party_or_a_firm_is_not_made_a_person(extract):
    names = {
        (e.type, e.name) for e in extract("The Social Democrats said they would vote no.").entities.values()
    }
    assert ("Person", "Social Democrats") not in names


def test_a_firm_appointed_as_adviser_is_not_made_a_person(extract):
    """The NER leaves this name untagged; appointed "as financial adviser", it is a firm's."""
    f = extract("Quarnby Capital appointed Arne Fosse as financial adviser.")
    assert ("Person", "Arne Fosse") not in {(e.type, e.name) for e in f.entities.values()}


def test_a_name_appointed_as_financial_adviser_is_a_firm(extract):
    """The NER calls it a person; a deal's financial adviser or auditor is a firm."""
    f = extract("Quarnby Capital said it had appointed Hartley Quayle as financial adviser.")
    assert ("Organisation", "Hartley Quayle") in {(e.type, e.name) for e in f.entities.values()}
    f = extract("Quarnby Capital appointed Hartley Quayle as his adviser.")
    assert ("Person", "Hartley Quayle") in {(e.type, e.name) for e in f.entities.values()}


@pytest.mark.parametrize(
    "text, countries",
    [
        (
            "Officials from Bosnia and Herzegovina and Trinidad and Tobago signed the deal.",
            {"Bosnia and Herzegovina", "Trinidad and Tobago"},
        ),
        (
            "Sao Tome and Principe and Antigua and Barbuda signed the deal.",
            {"Sao Tome and Principe", "Antigua and Barbuda"},
        ),
    ],
)
def test_a_country_name_wins_over_the_ner_s_pieces_of_it(extract, text, countries):
    """The NER tags "Trinidad" and "Tobago" as places; the country's whole name is the country."""
    found = {(e.type, e.name) for e in extract(text).entities.values()}
    assert {("Country", c) for c in countries} <= found
    assert not {n for t, n in found if t == "Location"}


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Korvel fell 5% on Monday.",  # the NER: a place ("in Korvel")
        "Korvel, the country's largest lender, cut 300 jobs.",  # untagged
        "Korvel chief executive Ola Vesterberg resigned on Monday.",  # untagged
    ],
)
def test_a_one_word_company_named_by_its_shares_its_description_or_its_officer(extract, text):
    assert ("Organisation", "Korvel") in {(e.type, e.name) for e in extract(text).entities.values()}


@pytest.mark.parametrize(
    "text",
    [
        "Government spokeswoman Ola Vesterberg said the talks would resume.",
        "Mr President Ola Vesterberg spoke on Monday.",
        "The chief executive Ola Vesterberg resigned on Monday.",
    ],
)
def test_no_body_is_made_of_words_before_an_officer_s_title(extract, text):
    assert not [e for e in extract(text).entities.values() if e.type == "Organisation"]


def test_a_rank_before_a_person_s_name_is_no_first_name(extract):
    f = extract(
        "Colonel Seydou Kanta, commander of the 4th Brigade, and his deputy, Major Oumarou Zakari, "
        "were flown to the capital."
    )
    assert {"Seydou Kanta", "Oumarou Zakari"} <= {e.name for e in f.entities.values() if e.type == "Person"}
    assert not [e for e in f.entities.values() if e.name.startswith("Major")]


def test_an_honorific_is_not_made_part_of_a_body_s_name(nlp):
    """The NER tags the surname after "Mr" an organisation in some articles: "Mr" stays out of it."""
    from spacy.tokens import Span
    from test_extract_rules import extract_retagged

    def retag(doc):
        doc.ents = [Span(doc, 1, 2, label="ORG")]

    facts = extract_retagged(nlp, "Mr Tarr, an economist, served as finance minister.", retag)
    assert not [e for e in facts.entities.values() if e.name.startswith("Mr")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Talks ended on Monday. Quenby Arliss's chief financial officer, Ottla Ferenc, said sales fell.",
            "Organisation",
        ),
        (
            "Talks ended on Monday. Quenby Arliss's shareholders approved the deal on Friday.",
            "Organisation",
        ),
        # a person has a spokesman too
        ("Talks ended on Monday. Quenby Arliss's spokesman said the senator would run again.", "Person"),
    ],
)
def test_a_name_whose_officer_or_board_follows_is_a_body(extract, sentence, kind):
    assert entity_types(extract(sentence))["Quenby Arliss"] == kind


@pytest.mark.parametrize(
    "name",
    [
        "Brandholm Werke",
        "Okuda Kogyo",
        "Valdera Construtora",
        "Hessling Motoren",
        "Tarvani Seiyaku",
        "Arslan Sanayi",
        # trades in English
        "Quarnby Freight",
        "Veldra Retail",
        "Ostara Payments",
        "Pelkan Dairy",
    ],
)
def test_a_company_word_makes_a_body(extract, name):
    """German, Japanese, Portuguese and Turkish company words and English trades
    (kg/data/org_words.tsv): the NER takes such two-word names for persons."""
    assert entity_types(extract(f"Talks ended on Monday. {name} said on Tuesday it would cut 400 jobs."))[
        name
    ] == ("Organisation")


@pytest.mark.parametrize(
    "name", ["Jean-Pierre Mbemba", "Dmitry Sergeyevich Orlov", "Rustam Akhmetov", "Ekow Tetteh-Quarshie"]
)
def test_the_leads_subject_after_a_dateline_is_a_person(extract, name):
    """The small model leaves these untagged (or a place) as the lead's subject: who arrives,
    visits, meets or says is a person; a hyphenated first name is whole."""
    facts = extract(f"KAMPALA, May 3 (Reuters) - {name} arrived in Kampala on Monday for talks.")
    assert entity_types(facts).get(name) == "Person"
    facts = extract(f"KAMPALA, May 3 (Reuters) - {name}, the country's finance minister, arrived on Monday.")
    assert entity_types(facts).get(name) == "Person"


def test_a_surname_written_without_its_arabic_article_is_the_same_person(extract):
    facts = extract(
        "KAMPALA, May 3 (Reuters) - Ahmed al-Qadiri arrived in Kampala on Monday for talks. Speaking to "
        "reporters, Qadiri said the talks would be difficult."
    )
    assert person_names(facts) == ["Ahmed al-Qadiri"]
