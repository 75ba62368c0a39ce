"""Each rule family on sentences written the way wires write them (none from the gold or the seed)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def names(facts, key):
    return facts.entities[key].name if key in facts.entities else key


def positions(facts):
    return {
        (names(facts, p.holder), names(facts, p.org), p.title.lower(), p.former, p.prop)
        for p in facts.positions
    }


def held(facts):
    """(holder, organisation) pairs of the positions found."""
    return {(holder, org) for holder, org, _title, _former, _prop in positions(facts)}


def relations(facts, kind):
    return {(names(facts, r.subject), names(facts, r.object)) for r in facts.relations if r.kind == kind}


def events(facts):
    return {
        (names(facts, e.actor), names(facts, e.target) if e.target else None, e.cameo[:2])
        for e in facts.events
    }


def speakers(facts):
    return [names(facts, s.speaker) for s in facts.statements]


def entity_types(facts):
    return {e.name: e.type for e in facts.entities.values()}


def extract_retagged(nlp, text, retag, before="kg_entity_repair"):
    """Parse ``text``, let ``retag(doc)`` set the entity tags the model gives such names in some
    articles (where it could not be reproduced with invented names), then run kg's components
    from ``before`` on and the extractor: the rule is tested on the input it exists for."""
    from kg.extract import extract_article
    from kg.model import Article

    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == before:
            retag(doc)
        doc = proc(doc)
    return extract_article(Article(id="t", text=text), doc)


def tag_word(word, label):
    """A ``retag`` for :func:`extract_retagged`: the one-token ``word`` tagged ``label``."""
    from spacy.tokens import Span

    def retag(doc):
        i = next(t.i for t in doc if t.text == word)
        doc.ents = [e for e in doc.ents if e.start != i] + [Span(doc, i, i + 1, label)]

    return retag


def tag_spans(*specs, every=False):
    """A ``retag`` for :func:`extract_retagged`: for each ``(first word, width, label)``, the span of
    ``width`` tokens opening at that word (its first occurrence, or ``every`` one) tagged ``label``,
    entities it overlaps dropped; a label of None only drops them (a name the NER leaves untagged)."""
    from spacy.tokens import Span

    def retag(doc):
        new, dropped = [], []
        for first, width, label in specs:
            starts = [t.i for t in doc if t.text == first]
            for i in starts if every else starts[:1]:
                (new if label else dropped).append(Span(doc, i, i + width, label or "X"))
        doc.ents = [
            e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in new + dropped)
        ] + new

    return retag


def test_prenominal_title_with_demonym(extract):
    f = extract("Kenyan President William Otieno met reporters in Nairobi on Tuesday.")
    assert ("William Otieno", "Kenya", "president", False, "leads") in positions(f)
    assert ("William Otieno", "Kenya") in relations(f, "citizenOf")


def test_former_and_appositive_conjuncts(extract):
    f = extract(
        "The letter was signed by Tomas Berg, former Norwegian prime minister and former chairman "
        "of the Nordic Energy Council."
    )
    got = positions(f)
    assert ("Tomas Berg", "Norway", "prime minister", True, "leads") in got
    assert ("Tomas Berg", "Nordic Energy Council", "chairman", True, "leads") in got


def test_appositive_and_relative_clause(extract):
    f = extract(
        "Lena Okafor, the executive director of the Lagos Institute of Policy Studies, told the Daily "
        "Tribune that the plan would fail. Okafor, who is also secretary general of the African "
        "Writers Association, said reform was overdue."
    )
    got = positions(f)
    assert ("Lena Okafor", "Lagos Institute of Policy Studies", "executive director", False, "leads") in got
    assert any(h == "Lena Okafor" and o == "African Writers Association" for h, o, *_ in got)
    assert speakers(f).count("Lena Okafor") == 2


def test_surname_alias_is_one_person_even_when_ner_calls_it_an_org(extract):
    f = extract(
        "Brazilian Foreign Minister Mauro Vieira-Lins arrived in Lima. Vieira-Lins said the talks "
        "had gone well. Vieira-Lins later flew home."
    )
    persons = [e for e in f.entities.values() if e.type == "Person"]
    assert [p.name for p in persons] == ["Mauro Vieira-Lins"]
    assert "Vieira-Lins" in persons[0].aliases
    assert not any(e.type == "Organisation" and "Vieira" in e.name for e in f.entities.values())


def test_long_organisation_name_is_kept_whole_and_part_of(extract):
    f = extract(
        "Sara Kim works at the Asia Pacific Trade Research Center of Seoul National University of "
        "Science and Technology, which opened in 2010."
    )
    types = entity_types(f)
    assert (
        types.get("Asia Pacific Trade Research Center of Seoul National University of Science and Technology")
        == "Organisation"
    )
    assert types.get("Seoul National University of Science and Technology") == "Organisation"
    assert (
        "Asia Pacific Trade Research Center of Seoul National University of Science and Technology",
        "Seoul National University of Science and Technology",
    ) in relations(f, "partOf")


def test_located_from_possessive_based_and_of_country(extract):
    f = extract(
        "India's Serum Institute will ship doses, a Toronto-based company said. The Workers' Party of "
        "Korea and Helix Robotics, a Boston-based maker, were also named."
    )
    located = relations(f, "locatedIn")
    assert ("Serum Institute", "India") in located
    assert ("Helix Robotics", "Boston") in located


def test_city_country(extract):
    f = extract("The summit was held in Lyon, France, last week.")
    assert ("Lyon", "France") in relations(f, "locatedIn")


def test_a_city_the_gazetteer_knows_is_in_the_country_the_article_names(extract):
    f = extract(
        "Thousands of teachers marched through central Nairobi on Tuesday. "
        "The union said Kenya's schools had lost a third of their staff."
    )
    located = relations(f, "locatedIn")
    assert ("Nairobi", "Kenya") in located
    (rel,) = [r for r in f.relations if r.kind == "locatedIn" and f.entities[r.subject].name == "Nairobi"]
    assert rel.evidence.rule == "located.gazetteer.v1"
    # Another of the city's names, as GeoNames lists it.
    f = extract("Police in Darkhan arrested two men on Monday, Mongolia's interior ministry said.")
    assert ("Darkhan", "Mongolia") in relations(f, "locatedIn")  # GeoNames: "Darhan"


def test_no_gazetteer_place_without_its_country_in_the_article(extract):
    f = extract("Thousands of teachers marched through central Nairobi on Tuesday, the union said.")
    assert relations(f, "locatedIn") == set()
    # The largest city of a name is not taken when the article is about another country.
    f = extract("Police in Valencia arrested two men, Venezuela's interior ministry said.")
    assert ("Valencia", "Spain") not in relations(f, "locatedIn")


@pytest.mark.parametrize(
    ("opening", "country"),
    [
        ("DAR ES SALAAM \u2014 Tanzania on Wednesday signed a loan.", "Tanzania"),
        ("Prague (AFP) - The Czech Republic on Thursday expelled two diplomats.", "Czech Republic"),
        ("Prague - The Czech Republic on Thursday expelled two diplomats.", "Czech Republic"),
        ("KAMPALA, Uganda - Uganda on Monday opened a new road.", "Uganda"),
    ],
)
def test_a_minister_with_no_country_is_the_datelines(extract, opening, country):
    f = extract(f"Officials sign deal\n\n{opening}\n\nFinance Minister Ana Lopes said the deal was fair.")
    assert ("Ana Lopes", country, "finance minister", False, "holdsPositionIn") in positions(f)


def test_no_dateline_no_country_for_a_minister(extract):
    f = extract(
        "Officials sign deal\n\nTalks - the first in years - ended in Uganda.\n\n"
        "Finance Minister Ana Lopes said so."
    )
    assert not [p for p in positions(f) if p[0] == "Ana Lopes"]


def test_country_names_and_abbreviations_are_one_node(extract):
    f = extract(
        "The U.S. said on Monday it would act. The United States has long argued that "
        "US-led talks help, and American officials agreed."
    )
    countries = [e for e in f.entities.values() if e.type == "Country"]
    assert len(countries) == 1 and countries[0].name == "United States"
    assert countries[0].wikidata == "Q30"


def test_phone_call_from_nominalisation(extract):
    f = extract(
        "Chinese Premier Li Wen held a phone conversation with German Chancellor Anna Vogel on Monday.",
        date="2024-05-08",
    )
    got = events(f)
    assert ("Li Wen", "Anna Vogel", "04") in got
    call = next(e for e in f.events if e.target)
    assert call.cameo == "041"
    assert call.date == "2024-05-06"


def test_aid_with_relative_clause_target_and_intent(extract):
    f = extract(
        "Japan will continue providing the aid Kenya needs. Japan is willing to cooperate with Kenya."
    )
    got = events(f)
    assert ("Japan", "Kenya", "07") in got
    assert ("Japan", "Kenya", "03") in got


def test_sanctions_threat_and_negation(extract):
    f = extract(
        "Canada imposed sanctions on Russia. Russia threatened Canada with retaliation. "
        "Poland did not meet Hungary."
    )
    got = events(f)
    assert ("Canada", "Russia", "16") in got
    assert ("Russia", "Canada", "13") in got
    neg = [e for e in f.events if names(f, e.actor) == "Poland"]
    assert neg and all(e.negated for e in neg)


def test_statements_reported_final_attribution_pronoun_and_direct(extract):
    f = extract(
        "Maria Duarte, the Portuguese foreign minister, said the deal was fair. "
        "The talks have never been easy, Duarte said. "
        "Lisbon is ready to help, she said. "
        "\u201cWe will not give up on this agreement,\u201d Duarte told reporters."
    )
    assert speakers(f).count("Maria Duarte") == 4
    assert any(s.direct for s in f.statements)


def test_organisation_statement_and_non_entity_speaker(extract):
    f = extract("Observers said the vote was fair. The Electoral Commission of Ghana said turnout was high.")
    assert speakers(f) == ["Electoral Commission of Ghana"]


def test_non_entities_dropped(extract):
    f = extract("The COVID-19 pandemic and cholera hit Malawi hard, officials said.")
    assert all("COVID" not in e.name and e.name.lower() != "cholera" for e in f.entities.values())


def test_residence(extract):
    f = extract(
        "Maria Gomez of Lisbon said the rent had doubled. Tomas Ruiz, a Lyon resident, said the bridge "
        "was unsafe. Marseille resident Kari Berg, 41, who lives in Antwerp, disagreed."
    )
    got = relations(f, "residesIn")
    assert {
        ("Maria Gomez", "Lisbon"),
        ("Tomas Ruiz", "Lyon"),
        ("Kari Berg", "Marseille"),
        ("Kari Berg", "Antwerp"),
    } <= got


def test_works_for_from_organisation_before_title(extract):
    f = extract("Ana Ruiz, an Oxford University historian, said the archive was unique.")
    assert ("Ana Ruiz", "Oxford University", "historian", False, "worksFor") in positions(f)


def test_located_in_city_and_city_in_country(extract):
    f = extract("Samples were sent to the Pasteur Institute in Dakar, Senegal, for testing.")
    located = relations(f, "locatedIn")
    assert ("Pasteur Institute", "Dakar") in located
    assert ("Dakar", "Senegal") in located


def test_nominal_anaphora_for_speakers(extract):
    f = extract(
        "Helix Robotics cut 200 jobs on Monday. The company said demand had collapsed in Europe. "
        "Finance Minister Ana Berg of Norway met bankers. The minister said talks would resume soon. "
        "The Norwegian added that a deal was close."
    )
    assert speakers(f) == ["Helix Robotics", "Ana Berg", "Ana Berg"]


def test_negated_speech_is_not_a_statement(extract):
    f = extract("Acme Bank named a new chief executive. The bank did not say whether the old one would stay.")
    assert speakers(f) == []


def test_the_bank_is_the_story_subject_not_the_last_bank(extract):
    f = extract(
        "Meridian Trust Bank named Ada Obi as chief executive. Meridian Trust Bank shares rose. Obi "
        "once worked at the Central Bank of Nigeria. The bank said she would start in March."
    )
    assert speakers(f)[-1] == "Meridian Trust Bank"


def test_quotes_spanning_paragraphs_and_colon(extract):
    f = extract(
        "Ana Berg, the Norwegian finance minister, spoke for an hour.\n\n"
        "\u201cWe will not accept a deal that hurts our fishermen, and we have said so from the start.\n\n"
        "\u201cThe talks must go on, but not at any price,\u201d Berg said.\n\n"
        "He said: \u201cThe port will reopen next week after the repairs are done.\u201d"
    )
    direct = [s for s in f.statements if s.direct]
    assert [names(f, s.speaker) for s in direct] == ["Ana Berg"] * 3
    assert direct[0].quote.startswith("We will not accept")


def test_modality_threat_and_expectation_are_flags_not_drops(extract):
    f = extract(
        "France is expected to sanction Iran next week. Japan did not meet Canada. "
        "Russia threatened to impose sanctions on Poland."
    )
    got = {(names(f, e.actor), names(f, e.target) if e.target else None): e for e in f.events}
    assert got[("France", "Iran")].modality == "expected"
    assert got[("Japan", "Canada")].negated
    assert (
        got[("Russia", "Poland")].cameo.startswith("13")
        and got[("Russia", "Poland")].modality == "threatened"
    )


def test_ministry_acts_for_its_country_too(extract):
    f = extract("The Foreign Ministry of Russia accused Poland of spying.")
    got = events(f)
    assert ("Foreign Ministry of Russia", "Poland", "11") in got
    assert ("Russia", "Poland", "11") in got


def test_title_before_name_with_a_comma(extract):
    f = extract(
        "Sanwa Mechatronics recalled 4,000 robots on Monday. A Sanwa Mechatronics spokesman, Kenji Arai, "
        "declined to comment. Helix Robotics cut jobs. Its chief financial officer, Petra Lind, said "
        "costs would fall. Ana Ruiz and her chief of staff, Tom Berg, resigned."
    )
    got = {(h, o, t.lower()) for h, o, t, *_ in positions(f)}
    assert ("Kenji Arai", "Sanwa Mechatronics", "spokesman") in got
    assert ("Petra Lind", "Helix Robotics", "chief financial officer") in got
    assert not any(h == "Tom Berg" for h, *_ in got)


def test_sentence_initial_common_words_and_titles_inside_org_names(extract):
    f = extract(
        "Results were released by the General Election Commission on Sunday. Turnout was 69%, the "
        "commission said."
    )
    types = entity_types(f)
    assert types.get("General Election Commission") == "Organisation"
    assert "Turnout" not in types and "Election" not in types


def test_located_from_descriptors_and_based_in(extract):
    f = extract(
        "Analysts at Lisbon brokerage Tagus Partners were cautious. Money was held at Alpen Savings Bank in "
        "Geneva. Among the firms named is Baltic Freight Group, a state-owned operator based in the city "
        "of Riga. "
        "Voters in Kenya's largest city Nairobi queued early. In Mombasa, the country's main port, few came."
    )
    located = relations(f, "locatedIn")
    assert ("Tagus Partners", "Lisbon") in located
    assert ("Alpen Savings Bank", "Geneva") in located
    assert ("Baltic Freight Group", "Riga") in located
    assert ("Nairobi", "Kenya") in located
    assert ("Mombasa", "Kenya") in located


def test_speaker_named_in_apposition(extract):
    f = extract("The U.N. peacekeeping mission in Mali, MINUSMA, said its troops had evacuated 40 people.")
    assert speakers(f) == ["MINUSMA"]


def test_governments_stand_for_their_country(extract):
    f = extract(
        "KINSHASA, Sept 15 - Fighting spread in eastern Congo. The government in Kinshasa accused Rwanda of "
        "arming the rebels. "
        "Somalia's government condemned Kenya. The Ugandan government praised Tanzania."
    )
    got = events(f)
    assert ("Democratic Republic of the Congo", "Rwanda", "11") in got
    assert ("Somalia", "Kenya", "11") in got
    assert ("Uganda", "Tanzania", "05") in got


def test_titles_listed_before_the_subject_are_not_a_copula(extract):
    # Inverted "are": the titles belong to the names that follow them, not to the subject.
    f = extract(
        "Among those targeted are police chief Ulla Renko and Supreme Court president Ines Valtonen, "
        "the ministry said."
    )
    for p in f.positions:
        assert p.evidence.begin <= p.evidence.end
        assert not (names(f, p.holder) == "Ines Valtonen" and p.title.lower() == "police chief")
    for fact in [*f.relations, *f.events, *f.statements]:
        assert fact.evidence.begin <= fact.evidence.end


def test_evidence_span_is_ordered_whatever_the_rule_passes(nlp):
    # A rule that reads words before its mention ("police chief ... Y") passes the span backwards;
    # the evidence still covers it in order, as the SHACL shapes require.
    from kg.extract.context import Context
    from kg.extract.mentions import MentionIndex
    from kg.model import Article

    doc = nlp("Among those named are police chief Ulla Renko and court president Ines Valtonen.")
    ctx = Context(Article("t", doc.text), doc, MentionIndex.__new__(MentionIndex))
    ev = ctx.evidence("position.copula.v1", 60, 23, next(doc.sents))
    assert (ev.begin, ev.end) == (23, 60)


def links(facts):
    return {(k.anaphor, names(facts, k.entity), k.evidence.rule) for k in facts.links}


def test_pronoun_and_nominal_anaphors_are_kept_as_links(extract):
    f = extract(
        'Kenyan Foreign Minister Amos Wekesa visited Kampala on Monday. "We are ready to help," he said. '
        "The minister added that talks would resume in March."
    )
    got = links(f)
    assert ("he", "Amos Wekesa", "coref.pronoun.v1") in got
    assert ("The minister", "Amos Wekesa", "coref.nominal.v1") in got
    for k in f.links:
        assert f.article.text[k.evidence.begin : k.evidence.end] == k.anaphor


def test_organisation_anaphors_and_short_names_are_kept_as_links(extract):
    f = extract(
        "Helix Robotics said on Tuesday it would cut 300 jobs. The company said demand had fallen. "
        "Helix also named Petra Lind as its chief financial officer."
    )
    got = links(f)
    assert ("The company", "Helix Robotics", "coref.nominal.v1") in got
    assert any(a == "Helix" and who == "Helix Robotics" for a, who, _ in got)


def test_no_link_without_a_fact_that_relies_on_it(extract):
    # "he" resolves to Wekesa, but no fact comes from its sentence or the ones around it.
    f = extract(
        "Amos Wekesa grew up in Eldoret. The weather was mild that year. Rain came late. He liked football."
    )
    assert not [k for k in f.links if k.anaphor == "He"]


def test_joint_acts_are_between_the_actors(extract):
    f = extract("Kenya and Uganda signed a trade agreement in Nairobi on Friday.")
    got = events(f)
    assert ("Kenya", "Uganda", "05") in got or ("Kenya", "Uganda", "06") in got
    assert not any(target is None for _, target, _ in got)


def test_the_two_leaders_are_the_last_two_people_named(extract):
    f = extract(
        "Brazilian President Lucas Moreira welcomed Argentine President Pablo Ibarra to Brasilia on Monday. "
        "The two leaders discussed trade and energy."
    )
    pairs = {(a, t) for a, t, root in events(f) if root == "04"}
    assert ("Lucas Moreira", "Pablo Ibarra") in pairs
    assert {("The two leaders", "Lucas Moreira"), ("The two leaders", "Pablo Ibarra")} <= {
        (a, who) for a, who, _ in links(f)
    }


def test_line_breaks_and_datelines_start_sentences(extract, nlp):
    text = (
        "Lender backs Ghana programme, opens first tranche\n\n"
        "ACCRA, March 3 (Reuters) - The World Bank's executive board has approved a $900 million "
        "loan programme for Ghana, the Washington-based lender said on Friday."
    )
    from kg.read import clean_text

    cleaned = clean_text(text)
    sents = [s.text.strip() for s in nlp(cleaned).sents]
    assert sents[0] == "Lender backs Ghana programme, opens first tranche"
    assert sents[1] == "ACCRA, March 3 \u2014"
    assert sents[2].startswith("The World Bank's executive board")
    # the lead's own actor and target: the board's body lends to the country
    assert ("World Bank", "Ghana", "07") in events(extract(cleaned))


def test_sentence_initial_body_of_an_organisation_is_its_actor(extract):
    f = extract(
        "Gunmen from the Northern Liberation Front attacked a base of the Chadian Armed Forces near "
        "the border on Sunday."
    )
    assert ("Northern Liberation Front", "Chadian Armed Forces", "19") in events(f)


def test_accusation_conjoined_after_a_reported_clause_is_the_speakers(extract):
    f = extract(
        'Defence lawyer Helena Moraes said the charges were "a political vendetta" and accused the '
        "Federal Audit Office of leaking files to reporters."
    )
    assert ("Helena Moraes", "Federal Audit Office", "11") in events(f)


def test_a_national_army_is_the_armed_forces_the_article_names(extract):
    f = extract(
        "The Sudanese Armed Forces said on Monday they had retaken the town. Osman Idris, a former "
        "colonel in the Sudanese army, now leads the rebel Darfur Unity Movement. A spokeswoman for "
        "the Darfur Unity Movement accused the Sudanese army of shelling villages."
    )
    assert ("Osman Idris", "Sudanese Armed Forces", "colonel", True, "holdsPositionIn") in positions(f)
    assert ("Darfur Unity Movement", "Sudanese Armed Forces", "11") in events(f)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The attack was claimed by Faro Ndiaye, a former sergeant in the navy.", "Faro Ndiaye"),
        ("Kwame Asante, a cocoa farmer who lives near Kumasi, said prices had halved.", "Kwame Asante"),
        ("Mensah's lawyer, Adwoa Boateng, said her client would appeal.", "Adwoa Boateng"),
    ],
)
def test_a_name_described_as_a_person_is_one(extract, text, name):
    f = extract(text)
    assert entity_types(f).get(name) == "Person"


def test_a_demonym_opening_a_sentence_is_kept(extract):
    f = extract("HANOI, May 2 - Vietnamese President Tran Van Long met Lao leaders on Tuesday.")
    assert ("Tran Van Long", "Vietnam") in relations(f, "citizenOf")


def test_the_capitalised_head_word_is_the_organisation_named_with_it(extract):
    f = extract(
        "The International Monetary Fund approved a loan for Ghana on Monday. The Fund said growth "
        "would recover. Kofi Mensah now leads the rebel Volta Unity Movement. A spokeswoman for the "
        "Movement accused the army of shelling villages."
    )
    got = {(m.text, names(f, m.entity)) for m in f.mentions}
    assert ("Fund", "International Monetary Fund") in got
    assert ("Movement", "Volta Unity Movement") in got


def test_a_place_before_based_is_found_even_when_the_ner_misses_it(extract):
    f = extract(
        "NAIROBI, June 3 - Nairobi-based Savanna Mutual Bank said on Monday it had appointed Wanjiru "
        "Kamau, a former deputy governor of the Central Bank of Kenya, as its chief executive officer, "
        "as the lender seeks to grow in East Africa."
    )
    assert ("Savanna Mutual Bank", "Nairobi") in relations(f, "locatedIn")
    got = positions(f)
    assert ("Wanjiru Kamau", "Savanna Mutual Bank", "chief executive officer", False, "leads") in got
    assert ("Wanjiru Kamau", "Central Bank of Kenya", "deputy governor", True, "holdsPositionIn") in got


def test_titles_after_a_short_name_or_an_undefined_acronym(extract):
    f = extract(
        "The World Meteorological Organization warned of floods. WMO Secretary-General Pablo Ortega "
        "told reporters the season was the wettest on record. The European Commission backed the plan. "
        "Commission spokesperson Ines Wagner said aid would follow. Peru's Foreign Ministry summoned the "
        "envoy. Ministry spokeswoman Rosa Quispe said Lima would respond."
    )
    got = {(h, o, t.lower()) for h, o, t, *_ in positions(f)}
    assert ("Pablo Ortega", "World Meteorological Organization", "secretary-general") in got
    assert ("Ines Wagner", "European Commission", "spokesperson") in got
    assert ("Rosa Quispe", "Peru's Foreign Ministry", "spokeswoman") in got


def test_a_countrys_generic_body_is_its_own_organisation(extract):
    f = extract(
        "Chile's foreign ministry rejected the claim. Paraguay's defence ministry said it would send "
        "troops. The Peruvian health ministry said cases rose."
    )
    kinds = entity_types(f)
    assert kinds.get("Chile's foreign ministry") == "Organisation"
    assert kinds.get("Paraguay's defence ministry") == "Organisation"
    assert kinds.get("Peru's health ministry") == "Organisation"
    assert ("Paraguay's defence ministry", "Paraguay") in relations(f, "locatedIn")


def test_one_countrys_ministry_is_the_ministry_of_the_article_but_two_are_kept_apart(extract):
    one = extract("Chile's Foreign Ministry summoned the envoy. The Foreign Ministry said it would respond.")
    assert {names(one, m.entity) for m in one.mentions if "Ministry" in m.text} == {
        "Chile's Foreign Ministry"
    }
    two = extract(
        "Chile's Foreign Ministry summoned the envoy. Peru's Foreign Ministry protested. The Foreign "
        "Ministry said it would respond."
    )
    got = {names(two, m.entity) for m in two.mentions if "Ministry" in m.text}
    assert {"Chile's Foreign Ministry", "Peru's Foreign Ministry"} <= got


def test_the_words_around_a_name_correct_its_type(extract):
    f = extract(
        "Gunmen ambushed a convoy between Tessit and Labbezanga on Sunday. Moussa Diarra, a herder "
        "from Labbezanga, said families fled. The march set off from Rossio square. According to "
        "Ordabasy, the Kazakh presidential press service, the sides talked. Opposition lawmaker Neema "
        "Juma criticised the plan."
    )
    kinds = entity_types(f)
    assert kinds.get("Tessit") == "Location" and kinds.get("Labbezanga") == "Location"
    assert kinds.get("Rossio") == "Location"
    assert kinds.get("Ordabasy") == "Organisation"
    assert kinds.get("Neema Juma") == "Person" and kinds.get("Moussa Diarra") == "Person"


def test_a_first_name_the_model_calls_a_place_joins_the_surname(extract):
    f = extract(
        "The IMF's mission chief for Ghana, Marta Villaseñor, said in a statement that reforms were done."
    )
    assert entity_types(f).get("Marta Villaseñor") == "Person"
    assert "Marta" not in entity_types(f)


def test_a_secretary_of_a_ministry_after_a_demonym(extract):
    f = extract("Philippine Finance Secretary Luis Dimaculangan signed the loan agreement in Tokyo.")
    assert ("Luis Dimaculangan", "Philippines", "finance secretary", False, "holdsPositionIn") in positions(f)


def test_events_groups_and_currencies_are_not_entities(extract):
    f = extract(
        "Cyclone Idai killed hundreds in Beira. Operation Serval ended in 2014. Fulani herders clashed "
        "with Tutsi farmers. The naira weakened against the dollar. Shares on the Nairobi Securities "
        "Exchange fell."
    )
    kinds = entity_types(f)
    assert not {"Cyclone Idai", "Operation Serval", "Fulani", "Tutsi", "naira"} & set(kinds)
    assert kinds.get("Beira") == "Location"
    assert kinds.get("Nairobi Securities Exchange") == "Organisation"


def test_acts_on_envoys_are_acts_on_their_country(extract):
    got = events(
        extract(
            "Ghana's foreign ministry summoned Togo's ambassador in Accra, Kodjo Mensah, to protest. "
            "Estonia expelled two Russian diplomats on Monday. Latvia responded by declaring three "
            "Belarusian diplomats persona non grata."
        )
    )
    assert ("Ghana's foreign ministry", "Togo", "11") in got and ("Ghana", "Togo", "11") in got
    # (the envoy the apposition names is summoned too, as two of the three dev articles with
    # "summoned X's ambassador, Y," annotate; this name was once mistyped an organisation)
    assert ("Estonia", "Russia", "16") in got and ("Latvia", "Belarus", "16") in got


def test_a_loan_between_a_country_and_a_lender_comes_from_the_lender(extract):
    got = events(
        extract("Malawi on Tuesday signed a $90 million loan agreement with the World Bank to rebuild roads.")
    )
    assert ("World Bank", "Malawi", "07") in got and ("Malawi", "World Bank", "07") not in got


def test_a_second_verb_of_the_same_speaker_keeps_its_subject(extract):
    got = events(
        extract(
            "Interior Minister Ana Soto accused foreign sponsors of arming the rebels and singled out Chile."
        )
    )
    assert ("Ana Soto", "Chile", "11") in got


def test_it_is_the_organisation_or_country_that_was_the_subject(extract):
    f = extract(
        "Zambia Airways posted a loss on Tuesday. It said fuel costs had doubled. The African "
        "Development Bank approved new funding for Malawi on Monday. It also criticised Zambia for "
        "delays. It is expected that talks will resume."
    )
    assert "Zambia Airways" in speakers(f)
    got = events(f)
    assert ("African Development Bank", "Malawi", "07") in got
    assert ("African Development Bank", "Zambia", "11") in got
    assert not [e for e in got if e[0] == "Malawi"]


def test_nationality_and_residence_from_an_apposition(extract):
    f = extract(
        "Moussa Diarra, a herder from Tessalit reached by telephone, said families fled. Yaw Boateng, a "
        "Ghanaian epidemiologist who leads the task force, said supply was tight. Among them was Rita "
        "Sousa, who has lived in the same house in the Benfica district since 1980. Pablo Ruiz, 41, a "
        "Chilean national, was detained. Lena Berg, a Norwegian company, was fined."
    )
    assert {("Yaw Boateng", "Ghana"), ("Pablo Ruiz", "Chile")} <= relations(f, "citizenOf")
    assert ("Lena Berg", "Norway") not in relations(f, "citizenOf")
    assert {("Moussa Diarra", "Tessalit"), ("Rita Sousa", "Benfica")} <= relations(f, "residesIn")


def test_a_company_named_without_its_legal_suffix_is_the_company(extract):
    f = extract(
        "Court halts Kafue Copper's mine expansion\n\nA mine run by Kafue Copper Holdings, a unit of "
        "Canada's Northcote Resources, was suspended. Kafue Copper said it was studying the ruling. The "
        "United Nations Security Council met. The United Nations said aid was ready."
    )
    got = {(m.text, names(f, m.entity)) for m in f.mentions}
    assert ("Kafue Copper", "Kafue Copper Holdings") in got
    assert ("United Nations", "United Nations") in got


def test_several_titles_before_a_name_are_not_part_of_it(extract):
    f = extract("Army spokesman Brigadier General Musa Danjuma said troops had repelled the attackers.")
    assert entity_types(f).get("Musa Danjuma") == "Person"


def test_armed_groups_the_model_calls_persons_are_organisations(extract):
    f = extract(
        "Fighters from Harakat al-Suqur attacked a police post near Mandera on Tuesday. Al-Suqur "
        "militants later claimed the attack. The Zaydanis fired two rockets at a tanker, the group "
        "said. Governor Amina Dulow condemned the attack."
    )
    types = entity_types(f)
    assert types.get("Harakat al-Suqur") == "Organisation"
    assert "Al-Suqur" not in types  # the short form is the group, not a second node
    assert types.get("Zaydanis") == "Organisation"
    assert types.get("Amina Dulow") == "Person"
    assert ("Harakat al-Suqur", None, "19") in events(f)


def test_a_person_after_the_is_still_a_person(extract):
    f = extract(
        "The Kenyan opposition leader Raila Mwangi said the vote was rigged. Supporters of Mwangi marched."
    )
    assert entity_types(f).get("Raila Mwangi") == "Person"


def test_two_surnames_and_a_clipped_company_name(extract):
    f = extract(
        "The deal with the grid operator Transmisora Nacional del Sur (Transur) was signed by "
        "Peruvian Mines and Energy Minister Tomás Quispe Huamán and Transur president Lucía Paredes "
        "Soto. Quispe said the line would be finished in 2028."
    )
    types = entity_types(f)
    assert types.get("Tomás Quispe Huamán") == "Person"
    assert types.get("Lucía Paredes Soto") == "Person"
    assert types.get("Transmisora Nacional del Sur") == "Organisation"
    assert "Transur" not in types and "Quispe" not in types and "Soto" not in types
    got = positions(f)
    assert ("Lucía Paredes Soto", "Transmisora Nacional del Sur", "president", False, "leads") in got
    assert "Tomás Quispe Huamán" in speakers(f)


def test_news_agency_cited_as_source_is_not_an_entity(extract):
    f = extract(
        "The ministry confirmed the figures, according to a document seen by Reuters. A Reuters "
        "tally showed 40 dead. Separately, Reuters sued the Interior Ministry over a reporter's arrest."
    )
    names_ = [e.name for e in f.entities.values()]
    assert names_.count("Reuters") == 1  # only the agency that sued is an actor
    assert ("Reuters", "Interior Ministry") in {(a, t) for a, t, _ in events(f)}


def test_acronym_with_a_lower_case_of(extract):
    f = extract(
        "The Bank of Ghana raised its policy rate on Monday. A former head of research at the BoG "
        "said the move came too late."
    )
    assert "BoG" not in entity_types(f)


def test_places_named_without_their_kind(extract):
    f = extract(
        "The group was formed in Maradi province in 2019. Twelve people were killed in an attack on "
        "the village of Tessaoua, and fighting spread to the Zinder region."
    )
    types = entity_types(f)
    assert types.get("Maradi") == "Location" and "Maradi province" not in types
    assert types.get("Tessaoua") == "Location"
    assert types.get("Zinder") == "Location"


def test_an_unqualified_minister_serves_the_government_just_named(extract):
    f = extract(
        "NAIROBI, March 3 (Reuters) - Kenya hosted talks on Monday.\n\n"
        "The Ugandan government rejected the plan on Tuesday. Interior Minister Joseph Kamau said it "
        "would hurt trade."
    )
    assert ("Joseph Kamau", "Uganda", "interior minister", False, "holdsPositionIn") in positions(f)


def test_a_sanctions_list_of_names_and_agencies(extract):
    f = extract(
        "The U.S. Treasury Department said the officials had profited from illegal mining. Those "
        "designated by the Treasury's Office of Terrorism and Financial Intelligence (OFAC) are:\n\n"
        "- Rodrigo Ayala Medina, 58, a retired army general;\n\n"
        "- Lucía Bermúdez, director of the Honduran Institute of Forestry Permits (IHFP);\n\n"
        "Panama-registered Oro Verde Trading Corp, which exports the gold, was also named. Oro Verde "
        "did not respond."
    )
    types = entity_types(f)
    assert types.get("Rodrigo Ayala Medina") == "Person" and "Medina" not in types
    assert types.get("Lucía Bermúdez") == "Person"
    assert types.get("Honduran Institute of Forestry Permits") == "Organisation"
    assert "Forestry Permits" not in types and "Treasury" not in types and "Oro Verde" not in types


def test_acronyms_that_speak_and_are_known_as(extract):
    f = extract(
        "The U.N. Office for Humanitarian Coordination, known as OHCO, said the appeal was only 18% "
        "funded. OHCO said more was needed.\n\nUNIFAM warned that stagnant water could spread "
        "cholera. Social Welfare Minister Abdi Warsame said boats had been sent."
    )
    types = entity_types(f)
    assert types.get("UNIFAM") == "Organisation"
    assert "OHCO" not in types  # it is the office's acronym
    assert "Social Welfare" not in types
    # "U.N." opens the office's name: the parent body, no short form of the office
    assert ("U.N. Office for Humanitarian Coordination", "U.N.") in relations(f, "partOf")


def test_words_that_open_a_title_are_no_organisation(extract):
    f = extract(
        "The loan was arranged by Westfälische Kreditbank and Banque Morel-Duval, according to Chief "
        "Financial Officer Sabine Ott. Halima Warsame, 38, a mother of six from the Hodan "
        "neighbourhood, waited for flour."
    )
    types = entity_types(f)
    assert types.get("Westfälische Kreditbank") == "Organisation"
    assert types.get("Banque Morel-Duval") == "Organisation"
    assert "Chief Financial" not in types
    assert types.get("Halima Warsame") == "Person"
    assert types.get("Hodan") == "Location"


def test_a_capital_acting_or_acted_on_stands_for_its_state(extract):
    f = extract(
        "Ukrainian Foreign Minister Oleh Marchenko spoke with his Turkish counterpart and urged Ankara "
        "to press Moscow for a ceasefire. Turkey has hosted talks before. The talks in Ankara ended."
    )
    assert ("Oleh Marchenko", "Turkey", "02") in events(f)
    assert not any(t == "Ankara" for _, t, _ in events(f))


def test_efe_dateline_and_two_portfolios(extract):
    f = extract(
        "Presidents meet in Quito\n\nQuito, Oct 13 (EFE).- Peruvian President Ana Quispe Mamani and "
        "her Ecuadorian counterpart Luis Mena Ortiz signed nine agreements on Monday. The deal was "
        "signed by Peruvian Mines and Energy Minister Tomás Huamán Soto."
    )
    # the dateline is no sentence of its own words: its city does not sign anything
    signers = {a for a, _, c in events(f) if c == "05"}
    assert "Ana Quispe Mamani" in signers and "Quito" not in signers
    got = positions(f)
    assert any(
        h == "Tomás Huamán Soto" and o == "Peru" and t == "mines and energy minister" for h, o, t, _, _ in got
    )


def test_geographic_features_and_naming_are_no_actors(extract):
    f = extract(
        "The two countries have clashed repeatedly at Second Corvo Shoal and Corvo Shoal. "
        "Foreign Secretary Ana Reyes called the Chinese action a reckless act."
    )
    assert entity_types(f).get("Corvo Shoal") == "Location"
    assert not any(code == "04" for _, _, code in events(f))  # "called X a reckless act" is no call


def test_a_body_named_after_the_person_or_by_its_kind(extract):
    f = extract(
        "Judge Nurlan Osmonov of the Sverdlov district court in Osh ruled on Wednesday. "
        "Professor Ana Ruiz of Makerere University said the ruling was sound. The Ruling Progressive "
        'Party condemned it. "The court is a weapon," party spokesperson Dilan Perera said.'
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Nurlan Osmonov", "Sverdlov district court") in got
    assert ("Ana Ruiz", "Makerere University") in got
    assert ("Dilan Perera", "Ruling Progressive Party") in got
    assert "Professor Ana Ruiz of Makerere University" not in entity_types(f)


def test_government_spokespeople_and_ministers_speaking_from_their_capital(extract):
    f = extract(
        "VIENNA (AP) — The U.N. nuclear watchdog criticised Iran on Monday, in the Austrian capital.\n\n"
        "Speaking to state television in Tehran, Foreign Minister Reza Alavi called the report "
        "political. Government spokeswoman Leila Karimi said Iran would respond."
    )
    got = {(h, o, t) for h, o, t, *_ in positions(f)}
    assert ("Reza Alavi", "Iran", "foreign minister") in got


def test_the_company_is_a_business_and_the_mission_its_acronym(extract):
    f = extract(
        "Britain's Royal Navy said the crew was safe. Athens-based Vasilis Shipping, which owns the "
        'vessel, confirmed the attack. The Royal Navy said more ships would come. "She had no '
        "connection to this conflict,\" the company's chief executive, Nikos Andreou, said. The "
        'African Union mission, AUMIK, condemned it. "This is a war crime," said the mission\'s head, '
        "Ambassador Grace Nansubuga."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Nikos Andreou", "Vasilis Shipping") in got
    assert ("Grace Nansubuga", "AUMIK") in got


def test_a_hostile_act_another_side_reports_is_its_accusation(extract):
    f = extract(
        'KYIV (AP) — Drones hit Kharkiv overnight.\n\n"Russia is waging war on our power grid," '
        "Ukrainian Foreign Minister Oleh Marchenko wrote on X.\n\nThe Kenyan government said its "
        "troops had deployed to the border, government spokesman Isaac Mwaura said."
    )
    got = events(f)
    assert ("Oleh Marchenko", "Russia", "11") in got
    assert not any(a == "Isaac Mwaura" and t == "Kenya" for a, t, _ in got)  # its own side


def test_aid_with_no_recipient_goes_to_the_stricken_dateline_country(extract):
    f = extract(
        "MOGADISHU, Somalia (AP) — Floods have displaced 400,000 people in Somalia.\n\n"
        "Britain announced 10 million pounds in emergency funding on Monday."
    )
    assert ("Britain", "Somalia", "07") in {
        (n if n != "United Kingdom" else "Britain", t, c) for n, t, c in events(f)
    }
    g = extract("LONDON (Reuters) - Britain announced 10 million pounds in emergency funding on Monday.")
    assert not any(t for _, t, c in events(g) if c == "07")  # the donor's own dateline


def test_money_pledged_with_no_recipient_goes_to_the_stricken_dateline_country(extract):
    f = extract(
        "MOGADISHU, Somalia (AP) — Floods have displaced 400,000 people in Somalia.\n\n"
        "Norway pledged $3 million on Monday, and Denmark pledged $2 million to a regional fund."
    )
    got = {(n, t, c) for n, t, c in events(f)}
    assert ("Norway", "Somalia", "03") in got
    assert ("Denmark", "Somalia", "03") not in got  # it named where the money goes


def test_a_name_the_ner_missed_before_an_apposition_with_an_age(nlp):
    text = "Batu Tsogt, a 29-year-old herder from Erdenet, said he had voted for the first time."

    def retag(doc):
        # the model tags this name; take its tag away, as it does for names it misses
        doc.ents = [e for e in doc.ents if e.text != "Batu Tsogt"]

    f = extract_retagged(nlp, text, retag)
    assert entity_types(f).get("Batu Tsogt") == "Person"


def test_a_town_joined_to_a_town_is_a_place_though_tagged_a_date(nlp):
    text = "The variety yielded 31 tonnes per hectare in field trials in Gulu and Kabale last year."
    # the model tags such a town a date in some articles; give it that tag
    f = extract_retagged(nlp, text, tag_word("Kabale", "DATE"))
    assert entity_types(f).get("Kabale") == "Location"


def test_a_short_quote_a_speaker_frames_is_a_statement(extract):
    f = extract('The Coastal Farmers Union called the ban a "political vendetta" and vowed to fight it.')
    assert names_said(f) == [("Coastal Farmers Union", "political vendetta")]


def test_a_place_that_opens_an_organisation_s_name_stays_a_place(extract):
    f = extract(
        "Among the companies targeted is Pinsk Logistics, a state-owned freight operator based in "
        "the city of Pinsk. Fighters from the Tessit Liberation Front attacked a camp in the "
        "Tessit region. Pinsk Logistics did not comment. Shells hit the Dravik sector of Lodz district. "
        "Troops moved into the Northern region."
    )
    types = {(e.name, e.type) for e in f.entities.values()}
    assert ("Pinsk", "Location") in types and ("Pinsk Logistics", "Organisation") in types
    assert ("Tessit", "Location") in types and ("Tessit Liberation Front", "Organisation") in types
    assert ("Dravik", "Location") in types and "Northern" not in {n for n, _ in types}


def test_treaties_laws_and_indices_are_no_entities(extract):
    f = extract(
        "Iran has threatened to quit the Non-Proliferation Treaty. The company breached the Digital "
        "Markets Act, the European Commission said. The Nikkei Stock Average fell 2%. Both sides "
        "invoked the Treaty of Lausanne and the Simla Agreement."
    )
    types = entity_types(f)
    assert types.get("European Commission") == "Organisation"
    assert not {"Non-Proliferation Treaty", "Digital Platforms Act", "Nikkei Stock Average"} & set(types)
    assert not {"Treaty of Lausanne", "Simla Agreement"} & set(types)


def test_a_name_described_as_a_based_group_is_an_organisation(nlp):
    from spacy.tokens import Span

    text = "Hodan Relief, a Kismayo-based aid group, said its volunteers had evacuated 900 people."

    def retag(doc):
        # the model calls such a name a person in some articles; give it that tag
        doc.ents = [e for e in doc.ents if e.start > 1] + [Span(doc, 0, 2, "PERSON")]

    f = extract_retagged(nlp, text, retag)
    assert entity_types(f).get("Hodan Relief") == "Organisation"
    assert ("Hodan Relief", "Kismayo") in relations(f, "locatedIn")


def test_a_name_with_an_age_is_a_person(nlp):
    text = '"We ran out in the dark," said Sutarmi, 52, whose home was flattened.'
    # the model calls such a one-word name an organisation in some articles
    f = extract_retagged(nlp, text, tag_word("Sutarmi", "ORG"))
    assert entity_types(f).get("Sutarmi") == "Person"
    assert "Sutarmi" in speakers(f)


def test_an_unknown_place_that_speaks_is_an_organisation_everywhere(nlp):
    from spacy.tokens import Span

    text = (
        "The minister asked officials at Ofrail to delay the fine. Ofrail said in a statement that "
        "its decision was final. Trains from Leeds were late."
    )

    def retag(doc):
        # the model calls such a regulator a place; give every mention that tag
        spans = [Span(doc, t.i, t.i + 1, "LOC") for t in doc if t.text in {"Ofrail", "Leeds"}]
        doc.ents = [e for e in doc.ents if e.text not in {"Ofrail", "Leeds"}] + spans

    f = extract_retagged(nlp, text, retag)
    assert [(e.name, e.type) for e in f.entities.values() if e.name in {"Ofrail", "Leeds"}] == [
        ("Ofrail", "Organisation"),
        ("Leeds", "Location"),
    ]


def test_a_country_s_forces_named_in_lower_case(extract):
    f = extract(
        "The Tunisian coast guard said it had recovered 30 bodies. Greece's coast guard said it "
        "rescued 40 people. Turkey's military said it struck 12 targets."
    )
    said = set(speakers(f))
    assert {"Tunisia's coast guard", "Greece's coast guard", "Turkey's military"} <= said
    got = relations(f, "locatedIn")
    assert ("Tunisia's coast guard", "Tunisia") in got and ("Turkey's military", "Turkey") in got


def test_dates_opening_adjectives_and_run_on_demonyms_are_cut_from_names(extract):
    f = extract(
        "Landlocked Bolivia has long sought access to the sea. The Commission received complaints "
        "from Berlin-based Preisadler and Dutch travel site Reiswijzer.\n\nOct 3 - The court ruled."
    )
    types = entity_types(f)
    assert types.get("Bolivia") == "Country" and "Landlocked Bolivia" not in types
    assert types.get("Preisadler") == "Organisation" and "Preisadler and Dutch" not in types
    assert not [n for n in types if n.startswith("Oct")]


def test_a_country_named_with_a_compass_word_opening_a_sentence_keeps_it(extract):
    f = extract("Talks ended on Monday. South Sudan's army accused the rebels of shelling a market.")
    types = entity_types(f)
    assert types.get("South Sudan") == "Country" and "Sudan" not in types


def test_a_first_name_the_ner_left_out(nlp):
    from spacy.tokens import Span

    text = (
        "The chairperson of the regional commission, Idriss Moussa Taher, said the election was "
        "fair. Commodore Jose Ramos, the navy's spokesman, said the ship had left."
    )

    def retag(doc):
        # the model tags only the last two words of such names
        i = next(t.i for t in doc if t.text == "Moussa")
        j = next(t.i for t in doc if t.text == "Ramos")
        doc.ents = [Span(doc, i, i + 2, "PERSON"), Span(doc, j, j + 1, "PERSON")]

    f = extract_retagged(nlp, text, retag)
    persons = {e.name for e in f.entities.values() if e.type == "Person"}
    assert "Idriss Moussa Taher" in persons and "Moussa Taher" not in persons
    assert "Commodore Ramos" not in persons and "Commodore Jose Ramos" not in persons


def test_a_name_after_a_body_noun_is_an_organisation(extract):
    f = extract(
        "The survivors were picked up by a rescue ship run by the German charity Sea Watchers. "
        '"We arrived too late," said Lena Marquardt, the group\'s head of operations.'
    )
    assert entity_types(f).get("Sea Watchers") == "Organisation"
    assert ("Lena Marquardt", "Sea Watchers") in {(h, o) for h, o, *_ in positions(f)}


def test_a_party_named_before_a_member_s_title(extract):
    f = extract(
        "Ruth Adair, the Labour MP for Kendal, said she would ask Pennock to appear before MPs at "
        "19.05 BST. A Likud lawmaker, Dan Levi, agreed. The Kendal MP was silent."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Ruth Adair", "Labour") in got and ("Dan Levi", "Likud") in got
    types = entity_types(f)
    assert not {"Kendal", "MPs", "BST"} & {n for n, t in types.items() if t == "Organisation"}


def test_a_regulator_s_fine_its_commissioner_and_the_acronyms_around_it(extract):
    f = extract(
        "The European Commission fined Norvik Systems for breaching the Digital Platforms Act "
        "(DPA). Competition commissioner Ainhoa Zubiri said the fine was fair. European consumer "
        "organisation CONSUMO welcomed the decision but said it came too late."
    )
    types = entity_types(f)
    assert types.get("CONSUMO") == "Organisation" and "DPA" not in types
    assert "CONSUMO" in speakers(f)
    assert ("Ainhoa Zubiri", "European Commission") in {(h, o) for h, o, *_ in positions(f)}


def test_a_name_before_who_is_a_person(nlp):
    text = (
        "Petrus Tjongarero, who has led the national football association since 2019, was fined. "
        "Namib Broadcast Group, which won the rights, declined to comment."
    )

    def retag(doc):
        doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]  # as the model misses it

    f = extract_retagged(nlp, text, retag)
    assert entity_types(f).get("Petrus Tjongarero") == "Person"
    assert entity_types(f).get("Namib Broadcast Group") != "Person"


def test_palaces_are_places(extract):
    f = extract("The ministry summoned the envoy to Torre Alta Palace in Lima on Monday.")
    assert entity_types(f).get("Torre Alta Palace") == "Location"


def test_a_name_after_a_title_and_a_comma_is_a_person(nlp):
    from spacy.tokens import Span

    text = "The company's founder and chief executive, Johannes Garoeb, was banned for five years."

    def retag(doc):
        i = next(t.i for t in doc if t.text == "Johannes")
        doc.ents = [Span(doc, i, i + 2, "ORG")]  # as the model tags such a name

    f = extract_retagged(nlp, text, retag)
    assert entity_types(f).get("Johannes Garoeb") == "Person"


def test_a_foreign_leader_keeps_the_country_the_article_gives_him(extract):
    f = extract(
        "LIMA, Oct 3 (Reuters) - Peru recalled its ambassador to Bolivia on Friday over remarks by "
        "Bolivian President Evaristo Mamani.\n\nPresident Mamani said on Thursday that the border "
        "was drawn by others."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Evaristo Mamani", "Bolivia") in got and ("Evaristo Mamani", "Peru") not in got


def test_a_phone_call_on_a_day_and_a_name_called_in_quotes(extract):
    f = extract(
        "Kenyan President William Ruto called Ugandan President Yoweri Museveni on Monday to discuss "
        "the border. Speaking in Spanish, he said the two peoples were one and called Peruvian "
        'President Julio Ibarra Cueto "a president without the people."'
    )
    got = events(f)
    assert ("William Ruto", "Yoweri Museveni", "04") in got
    assert not [e for e in got if e[1] == "Julio Ibarra Cueto" and e[2] == "04"]


def test_platforms_and_newspapers_cited_are_no_entities(extract):
    f = extract(
        'Gov. Pavel Sorokin said on Telegram that no one was hurt. "We will rebuild," Mayor Ihor '
        "Bondar wrote on X. The minister told the Guardian he would resign."
    )
    types = entity_types(f)
    assert "Telegram" not in types and "X" not in types and "X." not in types
    assert "Guardian" not in types and "The Guardian" not in types


def test_a_lone_city_the_model_calls_a_person_is_a_place(nlp):
    from kg.extract.mentions import DocMention, _relabel_by_context

    doc = nlp("Rescuers reached the town on Tuesday, and Kisumu was without power.")
    i = next(t.i for t in doc if t.text == "Kisumu")
    mentions = [DocMention(i, i + 1, "PERSON", "Kisumu")]
    _relabel_by_context(doc, mentions)
    assert mentions[0].label == "LOC"
    said = nlp("Kisumu said the power was back.")  # a speaker stays a person
    mentions = [DocMention(0, 1, "PERSON", "Kisumu")]
    _relabel_by_context(said, mentions)
    assert mentions[0].label == "PERSON"


def test_a_speech_tag_in_the_middle_of_the_sentence(extract):
    f = extract(
        "Gov. Pavel Sorokin said a depot had burned. No one was hurt, he said, and firefighters had "
        "contained the blaze by midmorning. Olena Tkachenko, 61, a retired teacher who lives in "
        "Izium, said the blasts shattered her windows."
    )
    quotes = [(names(f, s.speaker), s.quote) for s in f.statements]
    assert (
        "Pavel Sorokin",
        "No one was hurt and firefighters had contained the blaze by midmorning",
    ) in quotes
    assert "Olena Tkachenko" in speakers(f)


def test_a_country_s_navy_speaks_for_the_navy_named(extract):
    f = extract(
        "An Indian Navy destroyer shot down a missile. India's navy said the destroyer had "
        "intercepted the missile in self-defence."
    )
    assert "Indian Navy" in speakers(f)


def test_countries_inside_names_the_model_found_and_registered_companies(extract):
    f = extract(
        "The Malaysian Red Crescent sent 200 volunteers. The General Confederation of Portuguese "
        "Workers called a strike. Panama-registered Oro Verde Trading Corp exports the gold."
    )
    got = relations(f, "locatedIn")
    assert ("Malaysian Red Crescent", "Malaysia") in got
    assert ("General Confederation of Portuguese Workers", "Portugal") in got
    assert ("Oro Verde Trading Corp", "Panama") in got


def test_posts_before_ranks_bracketed_acronyms_and_possessive_appositions(extract):
    f = extract(
        "SANDF spokesman Colonel Jean-Paul Ilunga said soldiers had repelled the assault. National "
        "Disaster Management Agency (NDMA) spokesman Agus Wibowo told reporters in Jakarta. The Cerro "
        'Verde Workers Union rejected the offer. "This mine made money," said Rodrigo Painemal, 47, '
        "the union's general secretary."
    )
    got = {(h, o, t) for h, o, t, *_ in positions(f)}
    assert ("Jean-Paul Ilunga", "SANDF", "spokesman") in got
    assert ("Agus Wibowo", "National Disaster Management Agency", "spokesman") in got
    assert ("Rodrigo Painemal", "Cerro Verde Workers Union", "general secretary") in got
    assert entity_types(f).get("Rodrigo Painemal") == "Person"


def test_a_title_alone_names_nobody_and_borders_name_bodies(extract):
    f = extract(
        "Magistrate Ruwan Perera released them on bail. Reporters Without Borders (RSF) called the "
        "sentence a travesty."
    )
    types = entity_types(f)
    assert "Magistrate" not in types and types.get("Ruwan Perera") == "Person"
    assert types.get("Reporters Without Borders") == "Organisation" and "Without Borders" not in types


def test_long_ministry_names_research_firms_and_prefixed_words(extract):
    f = extract(
        "The Ministry of Land, Infrastructure, Transport and Tourism ordered an inspection. "
        "Social Welfare Minister Abdi Warsame told reporters. Analysts at Sindh Capital "
        "Research in Karachi disagreed. Jade Harbour Holdings Pte received the funds. The "
        "Organization for Security and Co-operation sent observers."
    )
    types = entity_types(f)
    assert types.get("Ministry of Land, Infrastructure, Transport and Tourism") == "Organisation"
    assert "Social Welfare" not in types
    assert types.get("Sindh Capital Research") == "Organisation"
    assert types.get("Jade Harbour Holdings Pte") == "Organisation"
    assert types.get("Organization for Security and Co-operation") == "Organisation"


def test_agencies_whose_names_look_like_bodies_when_cited(extract):
    f = extract(
        "The report, seen by The Associated Press, says Iran holds uranium. Bloomberg News reported "
        "in July that the firm was exploring a bid. AFP could not independently verify the claim."
    )
    types = entity_types(f)
    assert "Associated Press" not in types and "Bloomberg News" not in types and "AFP" not in types


def test_units_of_bodies_possessed_renamed_or_prefixed(extract):
    f = extract(
        "The U.S. Treasury Department imposed sanctions. The Treasury's Office of Sanctions "
        "Enforcement named them. The Bank of Ghana raised rates. The bank's Financial Stability Committee "
        "voted six to one. The African Union mission, AUMIK, condemned it. The U.N. Office for "
        "the Coordination of Humanitarian Affairs said more was needed."
    )
    got = relations(f, "partOf")
    assert ("Office of Sanctions Enforcement", "U.S. Treasury Department") in got
    assert ("Financial Stability Committee", "Bank of Ghana") in got
    assert ("AUMIK", "African Union") in got
    assert ("U.N. Office for the Coordination of Humanitarian Affairs", "U.N.") in got


def test_a_mission_in_a_country_renamed_by_an_acronym(extract):
    f = extract(
        "The European Union's training mission in Niger, EUTMN, whose staff advise the army, said "
        "it would close its base. The U.N. observer mission in Chad, UNOMC, said its patrols had "
        "resumed."
    )
    assert entity_types(f).get("EUTMN") == "Organisation"
    assert entity_types(f).get("UNOMC") == "Organisation"
    assert ("EUTMN", "European Union") in relations(f, "partOf")
    assert ("UNOMC", "U.N.") in relations(f, "partOf")
    assert ("EUTMN", "Niger") in relations(f, "locatedIn")
    assert ("UNOMC", "Chad") in relations(f, "locatedIn")
    assert {"EUTMN", "UNOMC"} <= set(speakers(f))


def test_a_sentence_final_tag_the_parser_leaves_without_a_subject(extract):
    # The parser hangs the name on the place before it and leaves "said" with no subject.
    f = extract(
        "Three people were killed and four hurt when shells hit a school on the edge of Dornava, a "
        "village north of the town of Ptuj, regional Gov. Marko Vidmar said on the Telegram app."
    )
    assert "Marko Vidmar" in speakers(f)


def test_said_in_a_statement_that(nlp):
    from kg.extract import extract_article
    from kg.model import Article

    text = "Interior Minister Tomas Berrio said in a statement that the country was cooperating fully."
    doc = nlp(text)
    # The model sometimes hangs the clause on "statement" (acl) instead of on "said" (ccomp), as
    # it does for some names in this frame; set that parse so the rule is tested on it.
    verb = next(t for t in doc if t.text == "cooperating")
    verb.head, verb.dep_ = next(t for t in doc if t.text == "statement"), "acl"
    f = extract_article(Article(id="t", text=text), doc)
    assert "Tomas Berrio" in speakers(f)


def test_quotes_framed_by_calling_and_accusing(extract):
    f = extract(
        'Trade Secretary Lea Marsh, 58, a former envoy to Chile, called the seizure "an unlawful act '
        'that could have cost lives". The prosecutor, Ivo Brandt, who had asked for ten years, '
        'accused him during the hearing of "using a charity to hide the money".'
    )
    got = speakers(f)
    assert "Lea Marsh" in got and "Ivo Brandt" in got


def test_rulings_and_findings_report_words_only_through_a_that_clause(extract):
    f = extract(
        "Judge Elif Demir of the Kadikoy district court ruled on Friday that the posts contained "
        "false information. Inspectors found 40 drums of waste. Karl Weber ruled the party for "
        'two decades. "Nobody here will forget what happened to this town."'
    )
    assert names_said(f) == [("Elif Demir", "the posts contained false information")]


def names_said(facts):
    return [(names(facts, s.speaker), s.quote) for s in facts.statements]


def test_a_body_s_unit_named_in_lower_case(extract):
    f = extract(
        "The World Health Organization's regional office was not consulted. The European Union "
        "anti-fraud office said it had opened an inquiry into the contracts."
    )
    assert entity_types(f).get("European Union anti-fraud office") == "Organisation"
    assert ("European Union anti-fraud office", "European Union") in relations(f, "partOf")
    assert "European Union anti-fraud office" in speakers(f)


def test_calls_on_others_and_words_of_a_body_s_observers(extract):
    f = extract(
        "Foreign Minister Ana Ruiz urged Belgrade to release the detained reporters. The Coastal "
        "Farmers Union called on the government to scrap the tax. Observers from the Nordic "
        "Election Institute said in a statement that the count was orderly."
    )
    said = names_said(f)
    assert ("Ana Ruiz", "Belgrade to release the detained reporters") in said
    assert ("Coastal Farmers Union", "the government to scrap the tax") in said
    assert "Nordic Election Institute" in speakers(f)


def test_a_name_tagged_a_place_somewhere_is_the_place_everywhere(extract):
    # The model tags the second "Koltsovo" an organisation.
    f = extract(
        "A drone set fire to an oil depot in the town of Koltsovo in Russia's Kursk region, Gov. "
        "Ivan Petrov said. Ukraine said its drones had hit the Koltsovo depot because it supplied "
        "the army. Petrov said the fire was out."
    )
    types = entity_types(f)
    assert types.get("Koltsovo") == "Location" and types.get("Ivan Petrov") == "Person"
    assert [e.type for e in f.entities.values() if e.name == "Koltsovo"] == ["Location"]


def test_a_post_in_a_body_a_country_qualifies(extract):
    f = extract(
        "Beside him stood Brigadier Omar Haddad, head of Jordan's General Security Directorate, who "
        "spoke briefly. Karen Lowe, head of research at Dutch shipping consultancy Northwind "
        "Analytics, said rates would rise."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Omar Haddad", "Jordan's General Security Directorate") in got or (
        "Omar Haddad",
        "General Security Directorate",
    ) in got
    assert ("Karen Lowe", "Northwind Analytics") in got
    assert ("Omar Haddad", "Jordan") not in got and ("Karen Lowe", "Netherlands") not in got


def test_an_officer_with_no_body_in_a_story_about_one_body(extract):
    text = (
        "Kestrel Logistics said on Monday it would cut 400 jobs. Kestrel Logistics shares fell 6%. "
        "Kestrel Logistics, which is based in Antwerp, also trimmed its forecast. Analysts at Corva Bank "
        'were not surprised. "We had no choice," board chairwoman Mia Claessens said in a statement.'
    )
    assert ("Mia Claessens", "Kestrel Logistics") in {(h, o) for h, o, *_ in positions(extract(text))}
    # two bodies named as often: no telling whose chairwoman she is
    text = text.replace("Analysts at", "Corva Bank cut its rating. Corva Bank said so. Analysts at")
    assert not [p for p in positions(extract(text)) if p[0] == "Mia Claessens"]


def test_a_place_the_text_puts_in_a_region(extract):
    f = extract(
        "Drones hit a depot in the town of Novakovo in Russia's Oryol region. Rebels attacked "
        "Kirumba in South Kivu province. The factory is in Nagaoka in Niigata Prefecture. The "
        "minister spoke in Kitwe, the capital of the Lakeland Province. He flew from Lagos to Paris."
    )
    got = relations(f, "locatedIn")
    assert ("Novakovo", "Oryol") in got and ("Kirumba", "South Kivu") in got
    assert ("Nagaoka", "Niigata Prefecture") in got and ("Kitwe", "Lakeland Province") in got
    assert not [(a, b) for a, b in got if a == "Lagos" and b == "Paris"]


def test_a_body_in_a_city_the_text_puts_in_a_country(extract):
    f = extract(
        "Engineers at the Norrland Institute of Technology in Umea, Sweden, on Monday tested the "
        "turbine. Analysts at Corva Bank in Lyon said demand was weak."
    )
    got = relations(f, "locatedIn")
    assert ("Norrland Institute of Technology", "Sweden") in got
    assert ("Corva Bank", "France") not in got  # Lyon's country is not in the text


def test_a_statement_that_blames_one_actor_criticises_it(extract):
    f = extract(
        '"Serbia has turned energy into a weapon against the European Union," Foreign Minister Lina '
        'Berzina told reporters. "We will not allow Hungarian spies to work under diplomatic cover," '
        'Interior Minister Ivo Kask said. "Talks with Austria and Slovenia went well," said Economy '
        "Minister Mart Tamm."
    )
    got = {(a, t, c) for a, t, c, *_ in events(f)}
    assert ("Lina Berzina", "Serbia", "11") in got
    assert ("Ivo Kask", "Hungary", "11") in got
    assert not [e for e in got if e[0] == "Mart Tamm"]


def test_a_quote_framing_its_object_blames_the_object_s_actor(extract):
    f = extract(
        'Foreign Secretary Lea Marsh, 58, a former envoy to Chile, called the Turkish seizure "a '
        'reckless act that could have cost lives".'
    )
    got = {(a, t, c) for a, t, c, *_ in events(f)}
    assert ("Lea Marsh", "Turkey", "11") in got and ("Lea Marsh", "Chile", "11") not in got


def test_what_prosecutors_say_someone_did_accuses_them(extract):
    f = extract(
        "Prosecutors from the State Anti-Fraud Office (SAFO) say Radu Pop and his former deputy, "
        "Ion Vasilescu, steered road contracts to a firm owned by a relative. The office said the "
        "trial would open in March."
    )
    got = {(a, t, c) for a, t, c, *_ in events(f)}
    assert ("State Anti-Fraud Office", "Radu Pop", "11") in got
    assert ("State Anti-Fraud Office", "Ion Vasilescu", "11") in got


def test_an_agreement_signed_by_two_parties_and_an_attack_by_two(extract):
    f = extract(
        "The agreement was signed by Peruvian Trade Minister Luis Ortega and Chile's Economy "
        "Minister Ana Soto. The border post was shelled by Armenia and Iran."
    )
    got = {(a, t, c) for a, t, c in events(f)}
    assert ("Luis Ortega", "Ana Soto", "05") in got or ("Ana Soto", "Luis Ortega", "05") in got
    assert {a for a, _, c in got if c == "19"} == {"Armenia", "Iran"}


def test_a_name_without_its_middle_name_is_the_same_person(extract):
    f = extract(
        "Former President Moses Kollie Tolbert died on Monday in Accra. Moses Tolbert, who "
        "led the country from 1990 to 1996, was 88. Tolbert founded the party."
    )
    persons = [e.name for e in f.entities.values() if e.type == "Person"]
    assert persons == ["Moses Kollie Tolbert"]


def test_a_group_s_bureau_and_a_residence_further_along(extract):
    f = extract(
        "Sami Haddad, a member of Jund al-Nasr's political bureau who lives in Doha, accused the "
        "army of holding back prisoners."
    )
    assert entity_types(f).get("Jund al-Nasr") == "Organisation"
    assert ("Sami Haddad", "Doha") in relations(f, "residesIn")


def test_a_name_spelled_by_its_acronym_is_one_body(extract):
    f = extract(
        "The army's media wing, Inter-Forces Public Relations (IFPR), accused Venezuela of firing "
        "first. A unit of the Multi-Agency Maritime Security Operations (MAMSO) was aboard."
    )
    types = entity_types(f)
    assert types.get("Inter-Forces Public Relations") == "Organisation"
    assert types.get("Multi-Agency Maritime Security Operations") == "Organisation"
    assert ("Inter-Forces Public Relations", "Venezuela", "11") in events(f)


def test_summoned_envoys_and_what_it_called_name_the_country(extract):
    f = extract(
        "Chile's Foreign Ministry summoned Peru's charge d'affaires in Santiago, Rosa Mejia. "
        "Ecuador's foreign ministry summoned a senior official from the Peruvian embassy. "
        'The Uruguayan government condemned what it called Argentina\'s "reckless provocation".'
    )
    got = events(f)
    assert ("Chile", "Peru", "11") in got
    assert ("Ecuador", "Peru", "11") in got
    assert ("Uruguay", "Argentina", "11") in got


def test_a_designation_list_and_additions_to_a_sanctions_list(extract):
    f = extract(
        "The United States and the European Union imposed sanctions on Thursday.\n\n"
        "Those designated by the State Department's Office of Sanctions Coordination (OSC) are:\n\n"
        "- Pavel Dragan, 58, a deputy interior minister;\n"
        "- Colonel Ilie Munteanu, commander of the border guard;\n"
        "- Carpathia Freight Ltd, a trucking firm.\n\n"
        "The EU added Munteanu and Vasile Rusu to its sanctions list, the Council of the EU said."
    )
    got = events(f)
    for target in ("Pavel Dragan", "Ilie Munteanu", "Carpathia Freight Ltd"):
        assert ("Office of Sanctions Coordination", target, "16") in got
    assert ("European Union", "Vasile Rusu", "16") in got
    # the Council reports its own side's act: no accusation of the EU
    assert not any(actor == "Council of the EU" and target == "European Union" for actor, target, _ in got)


def test_counterparts_listed_ministers_and_senators(extract):
    f = extract(
        "Kenyan Foreign Minister Ruth Wanjiru said she had spoken by phone with her Tanzanian "
        "counterpart, Amani Mushi. The trade ministers, Pablo Ibarra Soto of Peru and Lucia Vargas "
        "Mena of Paraguay, signed a memorandum. Sen. Margaret Holloway, D-Vermont, voted against the "
        "bill, which now goes to the full Senate."
    )
    got = positions(f)
    assert ("Amani Mushi", "Tanzania", "foreign minister", False, "holdsPositionIn") in got
    assert ("Pablo Ibarra Soto", "Peru", "trade minister", False, "holdsPositionIn") in got
    assert ("Lucia Vargas Mena", "Paraguay", "trade minister", False, "holdsPositionIn") in got
    assert ("Margaret Holloway", "Senate", "sen.", False, "memberOf") in got
    assert entity_types(f).get("Pablo Ibarra Soto") == "Person"
    assert not relations(f, "residesIn")  # ministers "of Peru" serve it; they need not live there


def test_demonym_bodies_and_units_named_after_their_parent(extract):
    f = extract(
        "The Malaysian foreign ministry said two sailors had been freed. The European Parliament "
        "Budget Committee met on Tuesday, and the European Parliament will vote in May."
    )
    assert ("Malaysia's foreign ministry", "Malaysia") in relations(f, "locatedIn")
    assert ("European Parliament Budget Committee", "European Parliament") in relations(f, "partOf")


def test_places_the_ner_leaves_out_or_calls_persons(extract):
    f = extract(
        "Floods hit homes in and around Mzuzu. Aid was flown to Kismayo and Dhusamareb on Sunday, "
        "and trucks crossed at the Allenby and Kerem Hadar crossings."
    )
    types = entity_types(f)
    assert types.get("Mzuzu") == "Location"  # untagged: a known city after "around"
    assert types.get("Dhusamareb") == "Location"  # tagged an organisation, joined to a place


def test_honorifics_after_titles_and_posts_that_look_like_names(extract):
    f = extract(
        "At the city hospital, director Dr. Omar Haddad said beds were full. The suspects were "
        "brought before the Kandy Chief Magistrate's Court on Monday. The Director General of "
        "Naval Operations had raised the matter."
    )
    types = entity_types(f)
    assert types.get("Omar Haddad") == "Person" and "Dr. Omar Haddad" not in types
    assert "Magistrate" not in types
    assert not any(name.startswith("General of") for name in types)


def test_a_place_after_a_place_noun_and_a_brand_written_in_camel_case(extract):
    f = extract(
        "The quake struck near the provincial capital Kendaru, officials said. Supply remains "
        "tight because only one manufacturer, South Korea's ZetaBio, makes the shot, and Joseph "
        "McAllister signed the deal."
    )
    types = entity_types(f)
    assert types.get("Kendaru") == "Location"
    assert types.get("Joseph McAllister") == "Person"


def test_camel_case_is_a_brand_not_a_surname():
    from kg.extract.mentions import _CAMEL_CASE

    assert all(_CAMEL_CASE.match(w) for w in ("EuBiotics", "PetroGhana", "ZetaBio"))
    assert not any(_CAMEL_CASE.match(w) for w in ("McAllister", "MacLeod", "DeSantis", "LeBlanc", "Okafor"))


def test_joint_statements_have_each_speaker(extract):
    f = extract(
        "In a joint statement, Italy's envoy, Marco Bellini, Spain's Lucas Moreno Vidal and "
        'Portugal\'s Rita Antunes said the election "was neither free nor fair" and called for '
        "a recount. Chile and Peru said the border would reopen on Monday."
    )
    said = speakers(f)
    for who in ("Marco Bellini", "Lucas Moreno Vidal", "Rita Antunes", "Chile", "Peru"):
        assert who in said
    assert entity_types(f).get("Lucas Moreno Vidal") == "Person"


def test_datelines_platforms_and_regions_are_read_as_such(extract):
    f = extract(
        "HARARE, Zimbabwe (AP) — Police said on the Telegram messaging app that 12 were held. The "
        "group claimed the raid on its Telegram channel. Observers from the Organization for "
        "Security and Co-operation in Europe said troops had left Transnistria and the Golan Heights."
    )
    types = entity_types(f)
    assert "AP" not in types and "Telegram" not in types
    assert types.get("Organization for Security and Co-operation in Europe") == "Organisation"
    assert types.get("Transnistria") == "Location"


def test_light_verbs_acting_on_actors_and_appeals(extract):
    f = extract(
        "Spain's prime minister spoke by phone with Morocco's king. Germany called on Russia to "
        "withdraw its troops. Japan pledged $50 million to Indonesia. France hosted Nigerian "
        "President Bola Adeyemi on Monday. Norway will provide Ethiopia with $20 million."
    )
    got = events(f)
    assert ("Germany", "Russia", "02") in got
    assert ("Japan", "Indonesia", "03") in got
    assert ("France", "Bola Adeyemi", "04") in got
    assert ("Norway", "Ethiopia", "07") in got
    assert ("Spain", "Morocco", "04") in got


def test_mediators_act_between_the_parties_not_with_each_other(extract):
    f = extract("Oman and Kuwait mediated talks between Iran and Bahrain on Sunday.")
    got = events(f)
    assert ("Oman", "Iran", "04") in got and ("Kuwait", "Bahrain", "04") in got
    assert not any({a, t} == {"Oman", "Kuwait"} for a, t, _ in got)


def test_spokespeople_for_a_body_after_the_title_or_just_named(extract):
    f = extract(
        "A spokeswoman for Andes Copper Holdings, Lucia Perez, denied the claim. The Ministry of "
        "Transport condemned the strike on Monday. Deputy spokesperson Mario Costa said talks "
        "would resume."
    )
    got = positions(f)
    assert ("Lucia Perez", "Andes Copper Holdings", "spokeswoman", False, "holdsPositionIn") in got
    assert ("Mario Costa", "Ministry of Transport", "deputy spokesperson", False, "holdsPositionIn") in got


def test_force_used_in_a_country_is_used_against_it(extract):
    f = extract(
        "Israel struck targets in Lebanon. Turkey shelled positions in Syria. "
        "Kenya struck a deal with Uganda."
    )
    got = events(f)
    assert ("Israel", "Lebanon", "19") in got and ("Turkey", "Syria", "19") in got
    assert not any(code == "19" for a, t, code in got if a == "Kenya")


def test_releasing_a_person_not_a_statement(extract):
    f = extract(
        "In return, Norway released Tomas Villar, 46, an engineer jailed in 2023. The Norwegian "
        "Justice Ministry released a statement on Wednesday. Chile also warned of delays."
    )
    got = events(f)
    assert ("Norway", "Tomas Villar", "08") in got
    assert not any(code == "08" and target is None for _actor, target, code in got)
    assert not any(code == "13" for _actor, _target, code in got)  # "warned of delays": no one warned


def test_an_organisation_named_again_untagged_is_the_organisation(nlp):
    text = (
        "ZURICH - VOLTAR banned the head of a national federation on Tuesday. The Ostrava Sports "
        'Tribunal heard the case in March. "The ban is final," VOLTAR spokesperson Laura Brenner said.'
    )

    def retag(doc):  # the NER tags the first "VOLTAR" only, as it did in an article
        from spacy.tokens import Span

        first = next(t.i for t in doc if t.text == "VOLTAR")
        kept = [e for e in doc.ents if doc[e.start].text != "VOLTAR"]
        doc.ents = [*kept, Span(doc, first, first + 1, "ORG")]

    f = extract_retagged(nlp, text, retag)
    assert ("Laura Brenner", "VOLTAR", "spokesperson", False, "holdsPositionIn") in positions(f)


def test_appositive_body_noun_names_the_articles_body(extract):
    f = extract(
        "The Chilean Navy sent two ships to the area on Monday. Captain Rodrigo Vial, a navy "
        "spokesman, said the ships would stay."
    )
    assert ("Rodrigo Vial", "Chilean Navy", "spokesman", False, "holdsPositionIn") in positions(f)


def test_national_posts_in_a_story_about_one_country_without_dateline(extract):
    f = extract(
        "Hundreds rallied in the Chilean capital on Sunday against rising bus fares. "
        "Chile has seen fares double since 2015. Transport Minister Rita Falcón said the "
        'government would act. "We hear them," the government spokesman, Tiago Lemus, said.'
    )
    got = {(h, o, t) for h, o, t, _former, _prop in positions(f)}
    assert ("Rita Falcón", "Chile", "transport minister") in got or (
        "Rita Falcón",
        "Chile",
        "minister",
    ) in got
    assert ("Tiago Lemus", "Chile", "government spokesman") in got


def test_no_assumed_country_when_the_story_is_about_several(extract):
    f = extract(
        "Chile and Peru traded accusations on Monday. Chile said Peru had closed the border, and "
        "Peru said Chile had sent troops. Defence Minister Ana Rojas said talks would resume."
    )
    assert not any(h == "Ana Rojas" for h, *_rest in positions(f))


def test_bodies_described_by_their_country_or_city(extract):
    f = extract(
        "Anna Berg, head of research at Norwegian shipping consultancy Fjordline Analytics, said "
        "rates would rise. The boat was run by the Dutch charity Sea Lantern. Tom Reyes, a fellow "
        "at the Halden Institute, a Boston think tank, disagreed."
    )
    got = relations(f, "locatedIn")
    assert ("Fjordline Analytics", "Norway") in got
    assert ("Sea Lantern", "Netherlands") in got
    assert ("Halden Institute", "Boston") in got


def test_a_court_in_a_city_is_no_description(extract):
    f = extract("The Halden Institute, a Paris court ruled on Monday, must pay the fine.")
    assert ("Halden Institute", "Paris") not in relations(f, "locatedIn")


def test_a_name_after_a_word_for_a_body_is_that_body(extract):
    f = extract(
        "The boat was run by the Dutch charity Sea Lantern. The company Chief Executive Jonas Lind "
        "said sales fell."
    )
    types = entity_types(f)
    assert types.get("Sea Lantern") == "Organisation"
    assert "Chief Executive" not in " ".join(types) and types.get("Jonas Lind") == "Person"


def test_a_demonym_the_ner_tags_as_an_organisation_is_a_demonym(nlp):
    text = "TASHKENT (Xinhua) -- Uzbek President Arman Seitov held a phone call with Egypt on Tuesday."
    # the NER tags such a demonym as an organisation in some articles
    f = extract_retagged(nlp, text, tag_word("Uzbek", "ORG"), before="kg_country_ruler")
    assert ("Arman Seitov", "Uzbekistan") in relations(f, "citizenOf")
    assert ("Arman Seitov", "Uzbekistan", "president", False, "leads") in positions(f)


def test_a_counterpart_named_by_demonym_is_a_national_of_that_country(extract):
    f = extract(
        "Kenyan Foreign Minister Ruth Wanjala said she spoke by phone with her Tanzanian "
        "counterpart, Baraka Mwita, on Friday."
    )
    assert ("Baraka Mwita", "Tanzania") in relations(f, "citizenOf")


def test_teams_sent_to_a_stricken_country_are_aid(extract):
    f = extract(
        "PALU, Indonesia (AFP) - A quake killed 40 people in Indonesia on Sunday. Offers of help "
        "came from abroad. Norway dispatched a 25-member medical team. Egypt sent a rescue team on Monday."
    )
    got = events(f)
    assert ("Norway", "Indonesia", "07") in got and ("Egypt", "Indonesia", "07") in got


def test_regulators_fine_and_ban_named_actors_only(extract):
    f = extract(
        "BRUSSELS (Reuters) - The European Commission fined Norvale Systems 1.2 billion euros on "
        "Monday. UEFA banned Tobias Kamati for eight years, and Kamati was also fined by UEFA. "
        "UEFA also banned the president of Zambia's federation. Kenya banned imports of sugar."
    )
    got = events(f)
    assert ("European Commission", "Norvale Systems", "17") in got
    assert ("UEFA", "Tobias Kamati", "17") in got
    assert not any(code == "17" and target in {"Zambia", None} for _a, target, code in got)
    assert not any(actor == "Kenya" and code == "17" for actor, _t, code in got)


def test_a_name_known_as_another_is_one_entity(extract):
    f = extract(
        "The militia is led by Hassan Adan Warsame, a former commander known by the nom de guerre "
        "Abu Zubair. Abu Zubair was sanctioned in May. The ministers met the Korea Shipbuilders "
        "Federation, known as Kosfed, on Tuesday. Kosfed welcomed the visit."
    )
    types = entity_types(f)
    assert "Abu Zubair" not in types and "Kosfed" not in types
    assert types["Hassan Adan Warsame"] == "Person"
    assert types["Korea Shipbuilders Federation"] == "Organisation"
    aliases = {a for e in f.entities.values() for a in e.aliases}
    assert {"Abu Zubair", "Kosfed"} <= aliases


def test_a_name_described_as_a_countrys_body_is_an_organisation(extract):
    f = extract(
        "Fly Baikal, Mongolia's flag carrier, plans two weekly flights from September. Fly Baikal "
        "said demand was strong."
    )
    assert entity_types(f).get("Fly Baikal") == "Organisation"
    assert ("Fly Baikal", "Mongolia") in relations(f, "locatedIn")


def test_a_proper_word_inside_a_company_name_is_its_short_form(nlp):
    from spacy.tokens import Span

    from kg.extract import extract_article
    from kg.model import Article

    text = (
        "Voltmark AG agreed to buy Lumière Corvane SA for 3 billion euros. Corvane, spun out of "
        "a university laboratory in 1994, makes lidar modules."
    )
    doc = nlp(text)
    i = max(t.i for t in doc if t.text == "Corvane")  # the short form as the NER types it at times
    doc.ents = [e for e in doc.ents if not e.start <= i < e.end] + [Span(doc, i, i + 1, "PERSON")]
    f = extract_article(Article(id="t", text=text), doc)
    types = entity_types(f)
    assert "Corvane" not in types and types.get("Lumière Corvane SA") == "Organisation"


def test_a_parent_opening_a_units_name_is_no_short_form(extract):
    f = extract("The UEFA Appeals Body banned him. UEFA said the ban was final.")
    assert entity_types(f).get("UEFA") == "Organisation"


def test_countries_named_like_words_after_in_and_capitals_that_speak(nlp):
    text = (
        '"We have seen this before, in Mali, in Sudan, in Niger," she said. Troops closed the road '
        "to Kenya. Nairobi said it had reinforced its side of the border."
    )
    f = extract_retagged(nlp, text, tag_word("Niger", "DATE"))  # as the NER tags it in such a list
    types = entity_types(f)
    assert types.get("Niger") == "Country" and types.get("Nairobi") == "Location"


def test_a_name_before_a_region_noun_after_a_possessive_or_direction(nlp):
    text = (
        '"Nobody went out," said Ousmane Diop, a driver in Dakar\'s Tembé district. Senegal has '
        "faced floods in its southern Kessou region, on the border with Guinea-Bissau."
    )

    def untag(doc):  # the NER leaves such names untagged in some articles
        doc.ents = [e for e in doc.ents if e.text not in {"Tembé", "Kessou"}]

    types = entity_types(extract_retagged(nlp, text, untag))
    assert types.get("Tembé") == "Location" and types.get("Kessou") == "Location"


def test_a_ministry_named_for_several_fields_is_one_body_a_list_of_actors_is_not(extract):
    f = extract(
        "The Department for Transport, Energy and Rural Affairs said on Monday it would review the "
        "rules. The Ministry of Health, Kenya and Uganda signed the pact."
    )
    types = entity_types(f)
    assert types.get("Department for Transport, Energy and Rural Affairs") == "Organisation"
    assert types.get("Ministry of Health") == "Organisation" and types.get("Uganda") == "Country"


def test_short_names_in_brackets_and_company_suffixes(extract):
    f = extract(
        "The Peruvian Chess Federation (Fedajedrez) breached the rules, the board said. Fedajedrez "
        "will appeal. Halden Pharma AG agreed to buy Danish biotech firm Norvik Biologics A/S for "
        "44 billion crowns. Norvik said its board backed the offer."
    )
    types = entity_types(f)
    assert "Fedajedrez" not in types and "Norvik" not in types and "Norvik Biologics" not in types
    assert types.get("Norvik Biologics A/S") == "Organisation"


def test_analyst_at_a_firm_and_an_office_named_after_a_title(extract):
    f = extract(
        '"The premium is steep," said Mira Anand, an analyst at Kelvermont in London. The minister '
        "asked the Attorney General's Office to examine the accounts."
    )
    types = entity_types(f)
    assert types.get("Kelvermont") == "Organisation"
    assert ("Mira Anand", "Kelvermont", "analyst", False, "worksFor") in positions(f)
    assert types.get("Attorney General's Office") == "Organisation"


def test_titles_that_name_their_body_from_the_story(extract):
    f = extract(
        "ZURICH (Reuters) - Halden Pharma AG agreed to buy Norvik Biologics for $6 billion, Halden "
        "Pharma AG said, and Halden Pharma AG shares rose. Chief "
        "Financial Officer Petra Vogt said the deal would be funded with cash. The motion was "
        "backed by 152 members of the House of Representatives, Speaker Binod Karki announced. "
        "At a hearing at the National Court, Judge Lucía Ferrer ruled there was a risk of flight."
    )
    got = {(h, o, t.lower()) for h, o, t, _former, _prop in positions(f)}
    assert ("Petra Vogt", "Halden Pharma AG", "chief financial officer") in got
    assert ("Binod Karki", "House of Representatives", "speaker") in got
    assert ("Lucía Ferrer", "National Court", "judge") in got


def test_a_minister_speaking_in_a_capital_serves_that_country(extract):
    f = extract(
        "BOGOTA (AP) - Colombian police arrested a former Ecuadorean mayor on Monday. Colombia said he "
        "would appear in court. Justice Minister Inés Paredes told reporters in Quito that Ecuador "
        "would seek his extradition. His Colombian lawyer, Tomás Herrera, said the charges were false."
    )
    got = {(h, o) for h, o, *_rest in positions(f)}
    assert ("Inés Paredes", "Ecuador") in got and ("Inés Paredes", "Colombia") not in got
    assert ("Tomás Herrera", "Colombia") not in got
    assert ("Tomás Herrera", "Colombia") in relations(f, "citizenOf")


def test_a_persons_home_and_a_surname_that_is_the_first_of_two(nlp):
    text = (
        "BRASILIA (AP) - Joaquim Prado Lemos, a veteran Brazilian diplomat, has died. "
        "Prado died Sunday at his home in Rio de Janeiro, his daughter, Ana Prado, told reporters."
    )

    def untag_city(doc):  # the NER leaves the city's name untagged in some articles
        doc.ents = [e for e in doc.ents if not e.text.startswith("Rio")]

    f = extract_retagged(nlp, text, untag_city, before="kg_country_ruler")
    assert ("Joaquim Prado Lemos", "Rio de Janeiro") in relations(f, "residesIn")
    assert entity_types(f).get("Rio de Janeiro") == "Location"


def test_a_name_ending_in_a_companys_legal_form_is_a_company(nlp):
    text = "Refiner Kelang Permata Bhd said it would cut output. Kelang Permata Bhd employs 900 people."

    def as_person(doc):  # the NER tags such a name a person in some articles
        from spacy.tokens import Span

        starts = [t.i for t in doc if t.text == "Kelang"]
        doc.ents = [Span(doc, i, i + 3, "PERSON") for i in starts]

    f = extract_retagged(nlp, text, as_person)
    assert entity_types(f).get("Kelang Permata Bhd") == "Organisation"


def test_headquarters_and_one_of_a_countrys_firms(extract):
    f = extract(
        "Flags flew at the Foreign Ministry's headquarters in Quito. Kelang Jaya Bhd, one of "
        "Indonesia's largest refiners, said it had shut two lines."
    )
    got = relations(f, "locatedIn")
    assert ("Foreign Ministry", "Quito") in got
    assert ("Kelang Jaya Bhd", "Indonesia") in got


def test_a_ministers_title_listing_fields(extract):
    f = extract(
        "JAKARTA (Reuters) - Indonesia filed a complaint on Monday. Minister of Agriculture, "
        "Fisheries and Food Azlan Rahim said Indonesia would retaliate."
    )
    types = entity_types(f)
    assert types.get("Azlan Rahim") == "Person" and "Agriculture" not in types
    got = {(h, o, t.lower()) for h, o, t, _former, _prop in positions(f)}
    assert ("Azlan Rahim", "Indonesia", "minister of agriculture, fisheries and food") in got


def test_fire_opened_on_an_actor_and_a_lodged_protest(extract):
    f = extract(
        "ASMARA (Reuters) - Eritrea said Ethiopian troops opened fire on an Eritrean patrol on Tuesday. "
        "Ethiopia lodged a protest with Eritrea. Kenya and Somalia clashed over the border."
    )
    got = events(f)
    assert ("Ethiopia", "Eritrea", "19") in got
    assert ("Ethiopia", "Eritrea", "11") in got and ("Ethiopia", "Eritrea", "14") not in got
    assert ("Kenya", "Somalia", "19") in got


def test_a_bloc_calls_on_both_members_and_a_chair_offers_to_mediate(extract):
    f = extract(
        "Eritrean and Ethiopian troops clashed on Tuesday. The African Union called on both members "
        "to exercise restraint. Kenya, which holds the bloc's rotating chair, offered to mediate "
        "between Eritrea and Ethiopia."
    )
    got = events(f)
    assert ("African Union", "Eritrea", "02") in got and ("African Union", "Ethiopia", "02") in got
    codes = {e.cameo for e in f.events if names(f, e.actor) == "Kenya"}
    assert codes == {"039"}


def test_a_counterpart_named_without_commas_is_the_person_met(extract):
    f = extract(
        "Talks ended on Monday. Chinese Foreign Minister Li Wen met his Russian counterpart Pavel Orlov "
        "in Beijing. Hungarian Prime Minister Zoltan Kerek hosted his Slovak counterpart Jan Hruby "
        "in Budapest."
    )
    got = events(f)
    assert ("Li Wen", "Pavel Orlov", "04") in got
    assert ("Zoltan Kerek", "Jan Hruby", "04") in got
    assert entity_types(f).get("Jan Hruby") == "Person"


def test_receiving_a_counterpart_is_hosting_but_receiving_aid_is_not(extract):
    f = extract(
        "Talks ended on Monday. Spain's prime minister received his Portuguese counterpart at the palace. "
        "Peru received aid from Japan."
    )
    got = events(f)
    assert ("Spain", "Portugal", "04") in got
    assert not [e for e in got if e[0] == "Peru" and e[2] == "04"]


def test_recalling_an_ambassador_cuts_relations_with_the_country_served(extract):
    f = extract(
        "Talks ended on Monday. Morocco recalled its ambassador from Algeria on Wednesday. "
        "Peru recalled its ambassador to Mexico for consultations. Chile recalled the 1973 coup."
    )
    got = {e for e in events(f) if e[2] == "16"}
    assert got == {("Morocco", "Algeria", "16"), ("Peru", "Mexico", "16")}


def test_mediation_in_the_progressive_and_in_the_passive(extract):
    f = extract(
        "Talks ended on Monday. Qatar is mediating between Israel and Egypt. "
        "The truce was brokered by Kenya between Sudan and Chad."
    )
    got = events(f)
    assert {("Qatar", "Israel", "04"), ("Qatar", "Egypt", "04")} <= got
    assert {("Kenya", "Sudan", "04"), ("Kenya", "Chad", "04")} <= got


def test_acts_done_to_each_other_go_both_ways(extract):
    f = extract(
        "Talks ended on Monday. Ethiopia and Eritrea blamed one another for the collapse of the talks. "
        "Armenia and Azerbaijan accused each other of provocations."
    )
    got = events(f)
    assert {("Ethiopia", "Eritrea", "11"), ("Eritrea", "Ethiopia", "11")} <= got
    assert {("Armenia", "Azerbaijan", "11"), ("Azerbaijan", "Armenia", "11")} <= got


def test_a_response_to_an_act_is_aimed_at_its_author(extract):
    f = extract(
        "Talks ended on Monday. The Kremlin rejected a proposal by Kazakhstan for a ceasefire. "
        "Nigeria welcomed the decision by Ghana to reopen the border."
    )
    got = events(f)
    assert ("Kremlin", "Kazakhstan", "12") in got
    assert ("Nigeria", "Ghana", "05") in got


def test_a_list_of_titled_leaders_is_no_chain_of_appositions(extract):
    f = extract(
        "Talks ended on Monday. Among the guests were Ghanaian President Kofi Mensah, Togo's President "
        "Eyadema Kossi, Beninese President Paul Hounkpe and Niger's Prime Minister Ali Mahamane."
    )
    got = positions(f)
    assert ("Kofi Mensah", "Ghana", "president", False, "leads") in got
    assert ("Eyadema Kossi", "Togo", "president", False, "leads") in got
    assert not [p for p in got if p[0] == "Kofi Mensah" and p[1] != "Ghana"]
    assert not [p for p in got if p[0] == "Eyadema Kossi" and p[1] != "Togo"]


def test_a_title_before_a_verb_is_not_the_next_names_apposition(extract):
    f = extract(
        "Talks ended on Monday. Indian Foreign Minister Ravi Menon thanked his Malian counterpart, "
        "Moussa Keita, in a post on X."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Moussa Keita", "Mali") in got and ("Moussa Keita", "India") not in got
    assert ("Moussa Keita", "India") not in relations(f, "citizenOf")


def test_what_a_body_is_based_in_is_a_place_whatever_the_ner_said(nlp):
    f = extract_retagged(
        nlp,
        "Talks ended on Monday. Lena Holm, head of research at Halvmark-based security firm Nordhavn Cyber, "
        "said the attack was serious.",
        tag_word("Halvmark", "ORG"),
    )
    assert entity_types(f).get("Halvmark") == "Location"
    assert ("Nordhavn Cyber", "Halvmark") in relations(f, "locatedIn")


def test_a_body_known_by_another_name_is_a_body(nlp):
    as_person = tag_spans(("Grey", 2, "PERSON"))
    text = (
        "Talks ended on Monday. Officials said the group, known to researchers as Grey Heron, was behind it."
    )
    assert entity_types(extract_retagged(nlp, text, as_person)).get("Grey Heron") == "Organisation"
    untagged = (
        "Talks ended on Monday. Officials said the group, known to researchers as Copper Kestrel, hid it."
    )
    assert (
        entity_types(extract_retagged(nlp, untagged, lambda doc: None)).get("Copper Kestrel")
        == "Organisation"
    )


def test_targets_listed_after_a_plural_noun_and_after_a_second_preposition(extract):
    f = extract(
        "Talks ended on Monday. Norway imposed sanctions on two officers of the army's signals unit, "
        "Colonel Arash Karimi and Major Davud Rostami, and on Tabesh Data Systems, a shipping company."
    )
    got = events(f)
    assert {("Norway", "Arash Karimi", "16"), ("Norway", "Davud Rostami", "16")} <= got
    assert ("Norway", "Tabesh Data Systems", "16") in got


def test_signatories_named_in_apposition_to_a_plural_subject(extract):
    f = extract(
        "Talks ended on Monday. The two countries' trade ministers, Rui Almeida of Portugal and "
        "Amadou Sall of Senegal, then signed the agreement."
    )
    got = events(f)
    assert ("Rui Almeida", "Amadou Sall", "05") in got or ("Amadou Sall", "Rui Almeida", "05") in got


def test_the_by_phrase_of_an_event_noun_names_its_actor(extract):
    f = extract("Talks ended on Monday. It was the first state visit to Chile by a Peruvian head of state.")
    assert ("Peru", "Chile", "04") in events(f)


def test_a_national_post_taken_in_a_reshuffle_is_the_datelines_countrys(extract):
    f = extract(
        "LUSAKA, May 2 (Reuters) - Zambia's president reshuffled his cabinet on Friday.\n\n"
        "Mwila Banda, 54, a former central bank governor, becomes finance minister, replacing "
        "Joseph Mutale. Grace Mulenga was named foreign minister. Bwalya Zulu became president of "
        "the Copperbelt Chamber of Mines."
    )
    got = {(h, o, t, former) for h, o, t, former, _ in positions(f)}
    assert ("Mwila Banda", "Zambia", "finance minister", False) in got
    assert ("Joseph Mutale", "Zambia", "finance minister", True) in got
    assert ("Grace Mulenga", "Zambia", "foreign minister", False) in got
    assert not [p for p in got if p[0] == "Bwalya Zulu" and p[1] == "Zambia"]


def test_businesses_named_by_their_trade(nlp):
    def untag(first, label=None, width=2):
        return tag_spans((first, width, label))

    brewer = "Talks ended on Monday. Tusker Vale, a Kenyan brewer, reported higher sales on Friday."
    f = extract_retagged(nlp, brewer, untag("Tusker", "ORG"))
    assert ("Tusker Vale", "Kenya") in relations(f, "locatedIn")
    maker = "Talks ended on Monday. The Chinese carmaker Jinhua Auto said output fell."
    f = extract_retagged(nlp, maker, untag("Jinhua", "PERSON"))
    assert entity_types(f).get("Jinhua Auto") == "Organisation"
    assert ("Jinhua Auto", "China") in relations(f, "locatedIn")
    miner = "Talks ended on Monday. The miner Juan Quispe was rescued after three days."
    f = extract_retagged(nlp, miner, untag("Juan", "PERSON"))
    assert entity_types(f).get("Juan Quispe") == "Person"
    f = extract_retagged(
        nlp,
        "Talks ended on Monday. Jambo Capital, Kenya's largest lender by assets, posted a record profit.",
        untag("Jambo", "ORG"),
    )
    assert ("Jambo Capital", "Kenya") in relations(f, "locatedIn")


def test_demands_made_in_a_that_clause_or_with_to(extract):
    f = extract(
        "Talks ended on Monday. The United States demanded that Iran release the detained sailors. "
        "India told China to withdraw its troops. Officials told Reuters that the talks went well. "
        "Russia warned that Moscow could close the consulate."
    )
    got = events(f)
    assert ("United States", "Iran", "10") in got and ("India", "China", "10") in got
    ordered = extract("Talks ended on Monday. Niger's rulers ordered French troops to leave the country.")
    assert ("Niger", "France", "10") in events(ordered)
    assert not [e for e in got if e[1] == "Reuters"]
    assert not [e for e in got if e[0] == "Russia" and e[1] == "Russia"]


def test_bans_on_trade_and_sanctions_lifted(extract):
    f = extract(
        "Talks ended on Monday. Russia banned imports of fruit from Moldova. "
        "The European Union lifted sanctions on Belarus."
    )
    got = {(a, t, c) for a, t, c in events(f)}
    assert ("Russia", "Moldova", "16") in got
    assert ("European Union", "Belarus", "08") in got and ("European Union", "Belarus", "16") not in got
    # tariffs cut or lowered are eased, not imposed
    cut = extract("Talks ended on Monday. Kenya cut tariffs on Ugandan sugar. Chile lowered tariffs on Peru.")
    got = {(a, t, c) for a, t, c in events(cut)}
    assert ("Kenya", "Uganda", "08") in got and ("Chile", "Peru", "08") in got
    assert not [e for e in got if e[2] == "16"]


def test_recipients_leaders_and_police_named_the_way_wires_do(extract):
    f = extract(
        "Talks ended on Monday. Saudi Arabia granted Egypt a $1 billion loan. The leaders of Kenya and "
        "Uganda signed a pipeline deal. Police in India arrested two Pakistani nationals near the border."
    )
    got = events(f)
    assert ("Saudi Arabia", "Egypt", "07") in got
    assert ("Kenya", "Uganda", "05") in got or ("Uganda", "Kenya", "05") in got
    assert ("India", "Pakistan", "17") in got


def test_a_ministry_of_another_state_as_target_brings_its_state(extract):
    f = extract("Talks ended on Monday. The Kenyan government signed a deal with Uganda's energy ministry.")
    got = events(f)
    assert ("Kenya", "Uganda's energy ministry", "05") in got and ("Kenya", "Uganda", "05") in got
    # a body at home is no second state: "the opposition leader asked the court"
    f = extract(
        "Talks ended on Monday. Kenya's opposition leader, Ana Velsko, asked Kenya's Supreme Court "
        "to annul the vote."
    )
    assert not [e for e in events(f) if e[1] == "Kenya"]


def test_places_named_after_a_kind_of_place_and_built_places(nlp):
    as_org = tag_spans(("Carrasco", 3, "ORG"))

    text = (
        "Talks ended on Monday. The hostages were freed near the town of Kantchari in Burkina Faso and "
        "flown to Carrasco International Airport. The president received them at Estevez Palace in "
        "Montevideo, Uruguay."
    )
    f = extract_retagged(nlp, text, as_org)
    types = entity_types(f)
    assert types.get("Kantchari") == "Location" and ("Kantchari", "Burkina Faso") in relations(f, "locatedIn")
    assert types.get("Carrasco International Airport") == "Location"
    assert types.get("Estevez Palace") == "Location"
    assert ("Estevez Palace", "Montevideo") in relations(f, "locatedIn")


def test_cathedrals_and_parks_are_places_without_their_citys_possessive(nlp):
    retag = tag_spans(("Quito", 4, "ORG"), ("Kahuzi", 3, "ORG"))

    text = "A mass was held at Quito's Metropolitan Cathedral on Monday. Rangers patrol Kahuzi National Park."
    types = entity_types(extract_retagged(nlp, text, retag))
    assert (
        types.get("Metropolitan Cathedral") == "Location" and types.get("Kahuzi National Park") == "Location"
    )


def test_an_executive_secretary_of_a_bloc(extract):
    f = extract(
        "Talks ended on Monday. In a statement from its headquarters in Gaborone, SADC Executive "
        "Secretary Amadou Diallo thanked Ghana."
    )
    assert ("Amadou Diallo", "SADC", "executive secretary", False, "leads") in positions(f)
    assert "SADC Executive" not in entity_types(f)


def test_a_title_noun_refers_to_the_person_named_with_that_title(extract):
    f = extract(
        "The truce was brokered by Ghana's special envoy, Kojo Antwi. A rebel spokesman, "
        'Idris Saleh, accused the army of shelling villages. "The truce will hold," the envoy said.'
    )
    assert speakers(f)[-1] == "Kojo Antwi"


def test_a_body_qualified_by_a_noun_is_not_just_the_last_body_named(extract):
    f = extract(
        "Talks ended on Monday. The International Monetary Fund approved a $3 billion loan for Egypt. "
        "According to the finance ministry, the deficit will narrow to 5% of output this year. "
        "The Fund's executive board said the reforms were on track."
    )
    said = speakers(f)
    assert said.count("International Monetary Fund") == 1


def test_a_response_drawn_from_others_is_theirs_and_aimed_at_the_subject(extract):
    f = extract(
        "Talks ended on Monday. China blocked a Security Council statement that would have condemned "
        "the coup, drawing sharp criticism from Germany, Japan and Canada."
    )
    got = events(f)
    assert {("Germany", "China", "11"), ("Japan", "China", "11"), ("Canada", "China", "11")} <= got
    assert not [e for e in got if e[0] == "China" and e[2] == "11"]


def test_names_cut_from_conjunctions_ranks_products_and_opening_words(nlp):
    def tag(spans):
        return tag_spans(*spans)

    text = (
        "He died on Monday. Tributes came from across the region. Fighting spread to the Gedo and "
        "Lower Kora regions. The army named the dead as Sergeant Major Prasit Thongdee, 34. The Velora "
        "minivan sold well."
    )
    f = extract_retagged(
        nlp,
        text,
        tag([("Tributes", 1, "GPE"), ("Gedo", 2, "LOC"), ("Prasit", 2, "PERSON"), ("Velora", 2, "PERSON")]),
    )
    types = entity_types(f)
    assert "Tributes" not in types and "Gedo and" not in types
    assert "Prasit Thongdee" in types and "Major Prasit Thongdee" not in types
    assert "Velora minivan" not in types


def test_an_acronym_with_and_without_its_periods_is_one_body(extract):
    f = extract(
        "The U.N. said on Monday that aid would resume. A UN spokesman said convoys were ready. "
        "The UN added that the road was open."
    )
    orgs = [e for e in f.entities.values() if e.type == "Organisation"]
    assert len(orgs) == 1, orgs


def test_a_title_ending_a_countrys_name_is_no_organisation(nlp):
    retag = tag_spans(("Malawi", 2, "ORG"))

    text = (
        "Malawi PM Chiumia ousted in vote\n\nLILONGWE, May 2 - Malawi's prime minister lost a vote on Friday."
    )
    assert "Malawi PM" not in entity_types(extract_retagged(nlp, text, retag))


def test_a_person_the_article_only_puts_somewhere_is_a_place(nlp):
    retag = tag_spans(("Kardoma", 1, "PERSON"), ("Halima", 1, "PERSON"), every=True)

    text = (
        "Inspectors have not been allowed into the plant at Kardoma since August. Engineers will clear "
        "the main roads of Kardoma, officials said. Halima said the talks went well."
    )
    types = entity_types(extract_retagged(nlp, text, retag))
    assert types.get("Kardoma") == "Location" and types.get("Halima") == "Person"


def test_the_government_in_what_an_official_of_a_named_country_says(extract):
    f = extract(
        "GENEVA, Switzerland, May 2 (Reuters) - The sport's world body suspended Peru's federation.\n\n"
        "Peru's Minister of Sport, Rosa Quispe, said the government would freeze funding to the "
        "Peruvian Rowing Federation."
    )
    got = events(f)
    assert ("Peru", "Peruvian Rowing Federation", "07") in got or (
        "Peru",
        "Peruvian Rowing Federation",
        "16",
    ) in got
    assert not [e for e in got if e[0] == "Switzerland"]


def test_industry_words_end_company_names_and_agencies_are_nobody(nlp):
    retag = tag_spans(("Jinhai", 2, "PERSON"), ("Twitter", 1, "PERSON"), ("IRNA", 1, "PERSON"))

    text = (
        "Police arrested two executives of Jinhai Photovoltaic on Monday. The minister wrote on "
        "Twitter that IRNA had misquoted him."
    )
    types = entity_types(extract_retagged(nlp, text, retag))
    assert types.get("Jinhai Photovoltaic") == "Organisation"
    assert "Twitter" not in types and "IRNA" not in types


def test_nationality_from_a_demonym_before_an_occupation_or_alone_in_apposition(extract):
    f = extract(
        "Talks ended on Monday. The British-Iranian aid worker Laleh Farzan was released. Kenyan runner "
        "Faith Kiprono won the race. Somali-born activist Ayaan Warsame spoke. Tom Reilly, an Australian, "
        "was among the dead. Ghanaian President Kofi Mensah attended."
    )
    got = relations(f, "citizenOf")
    assert {("Laleh Farzan", "United Kingdom"), ("Laleh Farzan", "Iran")} <= got
    assert {("Faith Kiprono", "Kenya"), ("Ayaan Warsame", "Somalia"), ("Tom Reilly", "Australia")} <= got


def test_residence_after_an_age_as_a_resident_of_and_based_in(extract):
    f = extract(
        "Talks ended on Monday. Rosalinda Tabuena, 45, of Quezon City, was among the injured. Omar Dhuhulow, "
        "32, from Mogadishu, was a teacher. Jane Otieno, a resident of Kisumu, said the water was "
        "dirty. London-based analyst Harriet Pybus said the deal was positive."
    )
    got = relations(f, "residesIn")
    assert {("Rosalinda Tabuena", "Quezon City"), ("Omar Dhuhulow", "Mogadishu")} <= got
    assert {("Jane Otieno", "Kisumu"), ("Harriet Pybus", "London")} <= got


def test_a_relative_clause_saying_whom_a_person_leads_or_founded(extract):
    f = extract(
        "Talks ended on Monday. Ann Mwangi, who founded Jamii Solar in 2015, said sales rose. Peter "
        "Oduya, who heads the Kenya Bankers Association, said rates would fall. Wycliffe Kiprop, who chairs "
        "the Senate finance committee, said the bill would pass."
    )
    got = {(h, o, prop) for h, o, _, _, prop in positions(f)}
    assert ("Ann Mwangi", "Jamii Solar", "founded") in got
    assert ("Peter Oduya", "Kenya Bankers Association", "leads") in got
    assert not [p for p in got if p[0] == "Wycliffe Kiprop" and p[1] == "Senate" and p[2] == "leads"]


def test_an_embassy_and_a_group_of_states_are_not_in_the_country_their_name_says(extract):
    f = extract(
        "Talks ended on Monday. The Canadian Embassy in Nairobi said it was in contact with the "
        "family. The Organization of American States urged calm. The Kenya Wildlife Service counted "
        "the herds."
    )
    got = relations(f, "locatedIn")
    assert ("Canadian Embassy", "Canada") not in got
    assert ("Organization of American States", "United States") not in got
    assert ("Kenya Wildlife Service", "Kenya") in got


def test_what_has_shares_is_a_company(nlp):
    def untag(doc):
        doc.ents = [e for e in doc.ents if e.text not in {"Jamboline", "Tusker Vale"}]

    text = (
        "Markets opened on Monday. Jamboline shares rose 3% in Nairobi. Shares in Tusker Vale fell. "
        "Kenya shares ended flat."
    )
    types = entity_types(extract_retagged(nlp, text, untag))
    assert types.get("Jamboline") == "Organisation" and types.get("Tusker Vale") == "Organisation"
    assert types.get("Kenya") == "Country"


def test_posts_taken_over_succeeded_to_and_left(extract):
    f = extract(
        "Talks ended on Monday. Peter Mwangi will take over as chief executive of Kenya Airways in June. "
        "Mary Wambui resigned as Equity Bank's chairman on Friday. Grace Njeri succeeds Joseph Kariuki "
        "as chairman of the Kenya Ports Authority. Amara Holdings, whose headquarters are in Kampala, "
        "said profits fell."
    )
    got = {(h, o, t, former) for h, o, t, former, _ in positions(f)}
    assert ("Peter Mwangi", "Kenya Airways", "chief executive", False) in got
    assert ("Mary Wambui", "Equity Bank", "chairman", True) in got
    assert ("Grace Njeri", "Kenya Ports Authority", "chairman", False) in got
    assert ("Joseph Kariuki", "Kenya Ports Authority", "chairman", True) in got
    assert ("Amara Holdings", "Kampala") in relations(f, "locatedIn")


def test_cutting_aid_and_halting_with_no_one_to_halt_it_for(extract):
    f = extract(
        "Talks ended on Monday. The United States threatened to cut aid to Uganda. Pemberton Oil "
        "suspended production at its Turkana field."
    )
    got = events(f)
    assert ("United States", "Uganda", "16") in got and ("United States", "Uganda", "07") not in got
    assert not [e for e in got if e[0] == "Pemberton Oil"]


def test_the_one_accused_or_urged_does_what_the_clause_says(extract):
    f = extract(
        "Talks ended on Monday. Rwanda accused Congo of backing the rebels. Tanzania urged Burundi to "
        "support the talks."
    )
    got = events(f)
    assert ("Rwanda", "Democratic Republic of the Congo", "11") in got
    assert not [e for e in got if e[0] == "Rwanda" and e[2] == "05"]
    assert not [e for e in got if e[0] == "Tanzania" and e[2] == "05"]


def test_targets_held_by_condemned_of_and_protested_at(extract):
    f = extract(
        "Talks ended on Monday. Sudan's army shelled positions held by the Rapid Support Forces. "
        "Egypt's condemnation of Ethiopia's dam project drew a sharp response. The coalition depends "
        "on the support of the Liberal Party."
    )
    got = events(f)
    assert ("Sudan", "Rapid Support Forces", "19") in got
    assert ("Egypt", "Ethiopia", "11") in got
    assert not [e for e in got if e[1] == "Liberal Party"]
    protest = extract(
        "Talks ended on Monday. Kenyan activists protested outside the Chinese embassy in Nairobi."
    )
    assert ("Kenya", "China", "14") in events(protest)


def test_a_headline_joins_two_subjects_with_a_comma(extract):
    f = extract(
        "Turkey's Erdogan, Putin discuss grain deal in phone call\n\n"
        "ANKARA, May 2 (Reuters) - Turkey's president spoke to Russia's leader on Friday."
    )
    got = {(a, t) for a, t, _ in events(f)}
    assert ("Erdogan", "Putin") in got or ("Putin", "Erdogan") in got


def test_a_judge_sentencing_a_person_is_legal_action_but_not_a_plan(extract):
    f = extract(
        "Talks ended on Monday. Judge Nurlan Osmonov sentenced Aibek Toktogulov to five years in "
        "prison. The delay sentenced the plan to failure, Osmonov said."
    )
    got = events(f)
    assert ("Nurlan Osmonov", "Aibek Toktogulov", "17") in got
    assert len([e for e in got if e[2] == "17"]) == 1


def test_a_place_named_as_a_regions_capital(extract):
    f = extract(
        "Talks ended on Monday. Protesters gathered in Tamale, Northern Savannah province's capital, "
        "on Tuesday."
    )
    assert ("Tamale", "Northern Savannah") in relations(f, "locatedIn")


def test_meeting_targets_or_a_deadline_is_no_meeting(extract):
    f = extract(
        "Talks ended on Monday. Kenyan President William Otieno met the Ugandan delegation. The IMF "
        "said Kenya had met its targets and met the deadline."
    )
    got = events(f)
    assert ("William Otieno", "Uganda", "04") in got
    assert not [e for e in got if e[0] == "Kenya" and e[2] == "04"]


# --- entities and places (i3-entities) ---


def test_a_place_described_in_apposition_is_a_place_in_the_place_its_description_names(nlp):
    retag = tag_spans(("Velmora", 2, "FAC"), ("Osterby", 2, "ORG"))

    text = (
        "Talks ended on Monday. Aid reached Velmora Bay, a town in the Karsk region, and Dravnik, a "
        "fishing village on the northeast coast of Osterby Island, on Friday. Ana Velsko, a town "
        "councillor in Halvmark, said the vote was fair."
    )
    f = extract_retagged(nlp, text, retag)
    types = entity_types(f)
    assert types.get("Velmora Bay") == "Location" and types.get("Osterby Island") == "Location"
    got = relations(f, "locatedIn")
    assert ("Velmora Bay", "Karsk") in got and ("Dravnik", "Osterby Island") in got
    assert types.get("Ana Velsko") == "Person"  # "a town councillor": no place noun heads it


def test_two_places_run_together_over_a_preposition_are_split_by_the_description(nlp):
    retag = tag_spans(("Turku", 3, "ORG"))

    text = "Talks ended on Monday. A navy ship left Turku for Tarnby, the main town on Osterby Island."
    f = extract_retagged(nlp, text, retag)
    types = entity_types(f)
    assert types.get("Tarnby") == "Location" and types.get("Turku") == "Location"
    assert "Turku for Tarnby" not in types
    assert ("Tarnby", "Osterby Island") in relations(f, "locatedIn")


def test_a_name_the_ner_missed_before_based_is_a_place(nlp):
    retag = tag_spans(("Tarnby", 1, "PRODUCT"), ("Halvmark", 1, None))

    text = (
        "Talks ended on Monday. The funds went to the Varden Grain Association (NGA), the Tarnby-based "
        "trade bloc, and to Brennholm Bygg, a Halvmark-based company."
    )
    f = extract_retagged(nlp, text, retag)
    types = entity_types(f)
    assert types.get("Tarnby") == "Location" and types.get("Halvmark") == "Location"
    got = relations(f, "locatedIn")
    assert ("Varden Grain Association", "Tarnby") in got and ("Brennholm Bygg", "Halvmark") in got


def test_a_body_described_again_as_based_somewhere_is_there(extract):
    f = extract(
        "Norvik Holdings agreed to buy Lindqvar Foods on Monday. Norvik will pay 40 crowns a share in "
        "cash, the Halvmark-based company said. Lindqvar shares rose. The Tarnby-based company's board "
        "backed the offer."
    )
    got = relations(f, "locatedIn")
    assert ("Norvik Holdings", "Halvmark") in got
    assert ("Lindqvar Foods", "Tarnby") in got and ("Norvik Holdings", "Tarnby") not in got


def test_a_body_based_somewhere_after_its_acronym_in_brackets(extract):
    f = extract(
        "Talks ended on Monday. The Varden Grain Association (NGA), based in Halvmark, backed the "
        "plan, and the Sorvik Institute (SVI), an Uppsala think tank, opposed it."
    )
    got = relations(f, "locatedIn")
    assert ("Varden Grain Association", "Halvmark") in got and ("Sorvik Institute", "Uppsala") in got


def test_a_district_or_a_cathedral_after_a_citys_possessive_is_in_the_city(nlp):
    text = (
        "Talks ended on Monday. Shops were looted in Halvmark's Vesterbro district, and a vigil was held "
        "at Uppsala's Old Cathedral."
    )
    f = extract_retagged(nlp, text, tag_spans(("Old", 2, "LOC")))
    got = relations(f, "locatedIn")
    assert ("Vesterbro", "Halvmark") in got and ("Old Cathedral", "Uppsala") in got


def test_home_in_an_occupation_apposed_to_a_name(extract):
    f = extract(
        "Talks ended on Monday. The freed men were Ana Velsko, 44, a geologist from the nearby village of "
        "Tarnby, and Piet Lorentz, a taxi driver in Halvmark's Vesterbro district. Ivo Kovar, the envoy, "
        "who met the two envoys in Dravnik, said he was glad. Juho Lind, 31, of Karsk's Nordby district "
        "was also freed."
    )
    got = relations(f, "residesIn")
    assert ("Juho Lind", "Nordby") in got
    assert ("Ana Velsko", "Tarnby") in got
    assert ("Piet Lorentz", "Halvmark") in got and ("Piet Lorentz", "Vesterbro") in got
    assert ("Ivo Kovar", "Dravnik") not in got


def test_a_country_after_of_is_a_persons_nationality_a_town_their_home(extract):
    f = extract(
        "Talks ended on Monday. Judge Ana Velsko of Norway read the ruling, and Piet Lorentz of Graz "
        "welcomed it."
    )
    assert ("Ana Velsko", "Norway") in relations(f, "citizenOf")
    assert ("Ana Velsko", "Norway") not in relations(f, "residesIn")
    assert ("Piet Lorentz", "Graz") in relations(f, "residesIn")


def test_a_place_in_a_region_after_a_comma_and_a_body_in_a_city_after_its_acronym(nlp):
    retag = tag_spans(("Karsk", 1, None), ("Lindmo", 1, None))

    text = (
        "Talks ended on Monday. The plant in Tarnby, in the southern state of Karsk, was shut. Inspectors "
        "visited the carmaker's offices in Halvmark, Lindmo Prefecture. Two sons were taken to the Varden "
        "Medical College (VMC) in Graz."
    )
    f = extract_retagged(nlp, text, retag)
    types = entity_types(f)
    assert types.get("Karsk") == "Location" and types.get("Lindmo Prefecture") == "Location"
    got = relations(f, "locatedIn")
    assert ("Tarnby", "Karsk") in got and ("Halvmark", "Lindmo Prefecture") in got
    assert ("Varden Medical College", "Graz") in got


def test_a_place_named_by_its_kind_after_its_countrys_demonym(nlp):
    retag = tag_spans(("Tarnby", 1, "DATE"))

    text = (
        "Talks ended on Monday. The ferry sails to the Norwegian port of Tarnby and to the Finnish island "
        "of Dravnik."
    )
    f = extract_retagged(nlp, text, retag)
    assert entity_types(f).get("Tarnby") == "Location"
    got = relations(f, "locatedIn")
    assert ("Tarnby", "Norway") in got and ("Dravnik", "Finland") in got


def test_bodies_named_in_apposition_after_a_kind_of_body_or_given_a_leader(nlp):
    retag = tag_spans(("Varde", 1, None), ("LO", 1, "ORG"), ("Norvik", 2, "PERSON"), ("Velora", 1, "PRODUCT"))

    text = (
        "Talks ended on Monday. The party won 40 seats in the Varde, Norway's parliament. Members of the "
        "LO-TCO, Norway's trade union federation, marched, led by the NFU union. Norvik Samling, whose "
        "leader, Ana Velsko, spoke to public broadcaster TVK, backed the Velora trade bloc's plan."
    )
    types = entity_types(extract_retagged(nlp, text, retag))
    for name in ("Varde", "LO-TCO", "NFU", "Norvik Samling", "TVK", "Velora"):
        assert types.get(name) == "Organisation", name
    assert "NFU union" not in types and "LO" not in types


def test_a_body_made_part_of_another_by_an_apposition_or_a_relative_clause(nlp):
    f = extract_retagged(
        nlp,
        "Talks ended on Monday. The Varde Commission, the Karsk Union's executive arm, said the plan was "
        "late. The Halvmark Survey project (HSP), which is run by the Norvik Institute, mapped the "
        "coast. The Sorvik Institute in Tarnby, which belongs to the Karsk Academy of Sciences, agreed.",
        tag_spans(("Halvmark", 2, "ORG")),
    )
    got = relations(f, "partOf")
    assert ("Varde Commission", "Karsk Union") in got
    assert any(c.startswith("Halvmark Survey") and p == "Norvik Institute" for c, p in got)
    assert ("Sorvik Institute", "Karsk Academy of Sciences") in got


def test_a_name_before_a_lower_case_kind_of_place_is_a_place(nlp):
    retag = tag_spans(("Kvam", 1, "PERSON"), ("Varde", 2, "FAC"), ("Sor", 1, None), ("Lindo", 2, "PERSON"))

    text = (
        "Talks ended on Monday. Villagers in Kvam Lia district fled across the Varde Hills range into "
        "Norway's Sor-Varde region, and a ferry sank near Lindo Vik island."
    )
    types = entity_types(extract_retagged(nlp, text, retag))
    for name in ("Kvam Lia", "Varde Hills", "Sor-Varde", "Lindo Vik"):
        assert types.get(name) == "Location", name


def test_bodies_described_by_a_countrys_possessive_a_citys_trade_or_its(nlp):
    retag = tag_spans(("Brennholm", 2, "ORG"), ("Tarnby", 1, "LOC"))
    f = extract_retagged(
        nlp,
        "Talks ended on Monday. The deal was signed by Norway's state-owned grid operator, Statnova "
        "Power (SP), and by Halvmark Havn Authority (HPA), Finland's state-owned port operator. "
        "Brennholm Holding, the Tarnby family holding company that owns 31% of the shares, agreed. "
        "Norway, a country of five million people, has faced floods in its northern Varde region, and "
        "Norway published the list through its Justice Ministry.",
        retag,
    )
    got = relations(f, "locatedIn")
    assert ("Statnova Power", "Norway") in got and ("Halvmark Havn Authority", "Finland") in got
    assert ("Brennholm Holding", "Tarnby") in got
    assert ("Varde", "Norway") in got and ("Justice Ministry", "Norway") in got


def test_a_places_possessive_after_and_opens_another_name(extract):
    f = extract(
        "Talks ended on Monday. Norvik will fund the purchase with a loan from Halvmark Savings Bank of "
        "Norway and Finland's Tarnby Group, its finance chief said."
    )
    types = entity_types(f)
    assert types.get("Halvmark Savings Bank of Norway") == "Organisation"
    assert types.get("Tarnby Group") == "Organisation"
    assert ("Tarnby Group", "Finland") in relations(f, "locatedIn")


def test_the_body_noun_heads_a_based_description_not_a_verb_after_it(extract):
    f = extract(
        "Talks ended on Monday. Norvik Holdings agreed on Monday to buy Lindqvar Foods, its largest "
        "acquisition, as the Halvmark-based group bets on a boom in the north."
    )
    assert ("Norvik Holdings", "Halvmark") in relations(f, "locatedIn")


def test_a_person_tag_joined_to_a_place_and_put_somewhere_again_is_a_place(nlp):
    retag = tag_spans(("Halvmark", 1, "LOC"), ("Dravnik", 1, "PERSON"), every=True)

    text = (
        "Talks ended on Monday. The agency flew food to Halvmark and Dravnik on Saturday. Volunteers "
        "evacuated 200 people from villages south of Dravnik."
    )
    assert entity_types(extract_retagged(nlp, text, retag)).get("Dravnik") == "Location"


def test_a_one_word_organisation_tag_only_put_somewhere_is_a_place(nlp):
    retag = tag_spans(("Dravnik", 1, "ORG"), ("Norvik", 1, "ORG"), every=True)

    text = (
        "Talks ended on Monday. Ana Velsko, a former mayor of Dravnik, said the count was fair. Piet "
        "Lorentz, an analyst at Norvik, and the residents of Norvik disagreed."
    )
    types = entity_types(extract_retagged(nlp, text, retag))
    assert types.get("Dravnik") == "Location"
    assert types.get("Norvik") == "Organisation"  # "an analyst at Norvik": a body, maybe


def test_a_region_the_gazetteer_knows_is_a_place_whatever_the_ner_said(nlp):
    retag = tag_spans(("Maghreb", 1, "PRODUCT"), ("Himalayas", 1, "FAC"), ("Balkans", 1, None))

    text = (
        "Talks ended on Monday. Norway denied arming groups in the Maghreb, studied glaciers in the "
        "Himalayas and sent aid to the Balkans."
    )
    types = entity_types(extract_retagged(nlp, text, retag))
    for name in ("Maghreb", "Himalayas", "Balkans"):
        assert types.get(name) == "Location", name


def test_a_storms_given_name_alone_is_nobody(nlp):
    retag = tag_spans(("Orvald", 1, "PERSON"), every=True)

    text = (
        "Talks ended on Monday. Cyclone Orvald tore across the islands on Friday. Orvald was the "
        "strongest storm to hit Norway since 2015, Ana Velsko said."
    )
    types = entity_types(extract_retagged(nlp, text, retag))
    assert not [n for n in types if "Orvald" in n] and types.get("Ana Velsko") == "Person"


def test_a_chamber_with_seats_and_a_site_named_after_its_trade_are_bodies(nlp):
    retag = tag_spans(("Varde", 1, "FAC"), ("Storvik", 1, None), ("Prisvik", 1, None))

    text = (
        "Talks ended on Monday. The party won 29 of the 100 seats in the Varde, and 12 seats in the "
        "Storvik. Complaints came from Norwegian travel site Prisvik."
    )
    types = entity_types(extract_retagged(nlp, text, retag))
    for name in ("Varde", "Storvik", "Prisvik"):
        assert types.get(name) == "Organisation", name


def test_a_place_cut_at_a_particle_is_one_place(nlp):
    retag = tag_spans(("Velmora", 1, "LOC"), ("Serrinha", 1, "PERSON"))

    text = (
        "Talks ended on Monday. The ships will be built at a shipyard in Velmora da Serrinha, in northern "
        "Portugal."
    )
    f = extract_retagged(nlp, text, retag)
    types = entity_types(f)
    assert types.get("Velmora da Serrinha") == "Location" and "Serrinha" not in types
    assert ("Velmora da Serrinha", "Portugal") in relations(f, "locatedIn")


def test_a_demonym_the_ner_ran_into_a_name_before_and_is_a_country(nlp):
    retag = tag_spans(("Prisvang", 3, "ORG"), ("Sparvik", 1, "ORG"))

    text = (
        "Talks ended on Monday. Complaints came from Tarnby-based Prisvang and Finnish travel site Sparvik."
    )
    f = extract_retagged(nlp, text, retag)
    assert entity_types(f).get("Finland") == "Country"
    assert ("Sparvik", "Finland") in relations(f, "locatedIn")


def test_a_demonym_naming_a_currency_names_no_country(extract):
    f = extract(
        "Talks ended on Monday. The Varden Relief Fund, based in Tarnby, launched an appeal for 4.2 "
        "million Swiss francs, and Kenya won praise for its response."
    )
    types = entity_types(f)
    assert "Switzerland" not in types and types.get("Kenya") == "Country"


def test_a_place_also_on_an_island_after_a_comma(nlp):
    retag = tag_spans(("Osterby", 1, None))

    text = "Talks ended on Monday. A quake killed 40 people in and around Tarnby, also on Osterby island."
    f = extract_retagged(nlp, text, retag)
    assert entity_types(f).get("Osterby") == "Location"
    assert ("Tarnby", "Osterby") in relations(f, "locatedIn")


# --- interactions and affiliations (i3-events) ---


def test_a_deal_brokered_by_a_third_party_is_mediation_between_the_parties(extract):
    f = extract(
        "Talks ended on Monday. Chile and Peru exchanged prisoners on Friday in a deal brokered by "
        "Norway, freeing two engineers. A truce between Armenia and the Tarvena Liberation Front took "
        "hold on Sunday under a deal mediated by Kazakhstan and Qatar."
    )
    got = events(f)
    assert ("Norway", "Chile", "04") in got and ("Norway", "Peru", "04") in got
    assert ("Qatar", "Armenia", "04") in got and ("Kazakhstan", "Tarvena Liberation Front", "04") in got
    assert not [e for e in got if e[0] == "Chile" and e[1] == "Norway"]


def test_a_body_led_or_headed_by_a_person_in_a_passive(extract):
    f = extract(
        "Talks ended on Monday. The Orvane Unity Front, which is led by Sadou Kerima Talba, a former "
        "colonel, said it had attacked. The Green Lake Movement is led by Adamou Kanta Issifi, a former "
        "officer. The Tarvena Observer Mission, headed by Kojo Ebrin Adwen, praised the vote."
    )
    got = {(h, o, prop) for h, o, _, _, prop in positions(f)}
    assert ("Sadou Kerima Talba", "Orvane Unity Front", "leads") in got
    assert ("Adamou Kanta Issifi", "Green Lake Movement", "leads") in got
    assert ("Kojo Ebrin Adwen", "Tarvena Observer Mission", "leads") in got


def test_a_relative_clause_saying_whom_a_person_leads_after_their_age(extract):
    f = extract(
        "Talks ended on Monday. Orla Osei-Varga, 58, who heads the Norvik Traders Association, said "
        "rates would fall."
    )
    got = {(h, o, prop) for h, o, _, _, prop in positions(f)}
    assert ("Orla Osei-Varga", "Norvik Traders Association", "leads") in got


def test_condolences_offered_by_the_speaker_of_a_statement_to_a_countrys_people(extract):
    f = extract(
        "Talks ended on Monday. Tarvena Union Secretary-General Ilse Velsko said in a statement that Ivo "
        "Darnel had served well and offered the organization's condolences to his family and to the "
        "government and people of Chile. Peru offered condolences to Bolivia."
    )
    got = events(f)
    assert ("Ilse Velsko", "Chile", "01") in got
    assert ("Peru", "Bolivia", "01") in got
    assert not [e for e in got if e[0] == "Ivo Darnel"]


def test_a_company_agreeing_to_buy_another_is_a_deal_with_it_but_buying_goods_is_not(extract):
    f = extract(
        "Talks ended on Monday. Norvik Holdings AG agreed to buy Danish shipping firm Velsko Lines A/S "
        "for 4 billion crowns, the Swiss group said. India will buy Russian oil. Tarvo Group completed "
        "its acquisition of Brevik Optics SA."
    )
    got = events(f)
    assert ("Norvik Holdings AG", "Velsko Lines A/S", "05") in got
    assert ("Tarvo Group", "Brevik Optics SA", "05") in got
    assert not [e for e in got if e[0] == "India"]


def test_relief_flown_delivered_or_released_goes_to_the_datelines_country(extract):
    f = extract(
        "KARVELLO, Somalia (AP) — Floods hit Somalia on Monday. The Norvik Relief Agency said it had "
        "flown 120 tons of high-energy biscuits and fortified flour to the flooded districts since "
        "Saturday. The Tarvo Children's Fund said it had delivered enough supplies to treat 20,000 people. "
        "Denmark released 4 million euros from its humanitarian budget. Kenya released two "
        "prisoners. Ethiopia sent troops to the border."
    )
    got = events(f)
    assert ("Norvik Relief Agency", "Somalia", "07") in got
    assert ("Tarvo Children's Fund", "Somalia", "07") in got
    assert ("Denmark", "Somalia", "07") in got
    assert not [e for e in got if e[0] in {"Kenya", "Ethiopia"}]


def test_a_duty_or_tariff_on_goods_is_aimed_at_the_country_they_come_from(extract):
    f = extract(
        "Talks ended on Monday. Brazil's Ministry of Trade last week imposed a 20% safeguard duty on "
        "frozen poultry from Argentina. The United States imposed tariffs on steel from Vietnam."
    )
    got = events(f)
    assert ("Brazil", "Argentina", "16") in got
    assert ("United States", "Vietnam", "16") in got


def test_a_person_as_the_subject_of_chairing_or_founding_a_body(extract):
    f = extract(
        "Talks ended on Monday. Tibor Veldar, who died on Sept. 24 at the age of 91, led Hungary from 1995 "
        "to 2005 and chaired the ruling Velsko Civic League for almost two decades. He founded the Norvik "
        "People's Party in 1989."
    )
    got = {(h, o, prop, former) for h, o, _, former, prop in positions(f)}
    assert ("Tibor Veldar", "Velsko Civic League", "leads", True) in got
    assert ("Tibor Veldar", "Norvik People's Party", "founded", False) in got


def test_scientists_named_by_their_field_work_for_their_institute(extract):
    f = extract(
        "Talks ended on Monday. Kwesi Adwen, a plant geneticist at the Velsko Institute who co-led the "
        "trials, said the team used conventional breeding. Ama Kessie, a Ghanaian epidemiologist, said "
        "supply remained tight."
    )
    got = {(h, o, prop) for h, o, _, _, prop in positions(f)}
    assert ("Kwesi Adwen", "Velsko Institute", "worksFor") in got
    assert not [p for p in got if p[0] == "Ama Kessie"]
    assert ("Ama Kessie", "Ghana") in relations(f, "citizenOf")


def test_an_arrest_in_the_passive_reported_by_a_police_force_or_commission_is_theirs(extract):
    f = extract(
        "Talks ended on Monday. Ivo Darnel, 58, a former power minister, and Orla Venn, chairman of Norvik "
        "Solar Ltd, were taken into custody in the capital, the Velsko Probity Commission (VPC) said in a "
        "statement. A French citizen was detained in Iran, the French foreign ministry said."
    )
    got = events(f)
    assert ("Velsko Probity Commission", "Ivo Darnel", "17") in got
    assert ("Velsko Probity Commission", "Orla Venn", "17") in got
    assert not [e for e in got if e[2] == "17" and e[0] != "Velsko Probity Commission"]


def test_a_title_of_a_body_with_its_acronym_before_the_name_in_apposition(extract):
    f = extract(
        "Talks ended on Monday. The secretary-general of the Organization of Velsko States (OVS), Tibor "
        "Kasza, urged both governments to lower the tone."
    )
    got = {(h, o, prop) for h, o, _, _, prop in positions(f)}
    assert ("Tibor Kasza", "Organization of Velsko States", "leads") in got


def test_a_rank_of_several_words_between_the_title_and_the_name_in_apposition(extract):
    f = extract(
        "Talks ended on Monday. Chile's Ministry of Armed Services gave a different account. Its "
        "spokeswoman, Lieutenant General Ilse Kamber, said troops had crossed the border."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Ilse Kamber", "Ministry of Armed Services") in got


def test_a_name_followed_by_of_and_a_party_is_a_member_of_it(extract):
    f = extract(
        "Talks ended on Monday. Karsim mayor Ruben Tavora, of the centre-right Norvik Unity League (NUL), "
        "met the marchers. Senator Ilse Kamber, of the ruling Velsko Union, said the bill would pass. "
        "Tibor Kasza, of the town of Orvane, was killed."
    )
    got = {(h, o, prop) for h, o, _, _, prop in positions(f)}
    assert ("Ruben Tavora", "Norvik Unity League", "memberOf") in got
    assert ("Ilse Kamber", "Velsko Union", "memberOf") in got
    assert not [p for p in got if p[0] == "Tibor Kasza"]


def test_a_capitals_act_rejected_is_its_states(extract):
    f = extract(
        "Paraguay's government on Tuesday recalled its ambassador. Bolivian Foreign Minister Ilse Kamber "
        "rejected Asunción's decision as disproportionate."
    )
    assert ("Ilse Kamber", "Paraguay", "12") in events(f)


def test_a_relative_clause_on_a_name_has_the_name_as_its_subject(extract):
    f = extract(
        "Talks ended on Monday. The Tarvena Liberation Front, which attacked Ethiopia last year, did not "
        "comment."
    )
    assert ("Tarvena Liberation Front", "Ethiopia", "19") in events(f)


def test_aid_with_no_recipient_is_not_the_datelines_from_a_body_based_in_a_town_there(extract):
    f = extract(
        "KISMAYO, Somalia (AP) — Floods hit Somalia on Monday. Bosaso-based Norvik Logistics, which "
        "helped the region restore its water supply, said roads were cut. Japan helped the region "
        "restore its power."
    )
    got = events(f)
    assert ("Japan", "Somalia", "07") in got
    assert ("Norvik Logistics", "Somalia", "07") not in got


def test_an_insurgency_waged_against_a_government(extract):
    f = extract(
        "Talks ended on Monday. The Tarvena Liberation Front, which has waged an insurgency against the "
        "Ethiopian government since 2007, did not comment."
    )
    assert ("Tarvena Liberation Front", "Ethiopia", "19") in events(f)


def test_the_act_one_is_urged_or_asked_to_do_is_not_the_urgers(extract):
    f = extract(
        "Talks ended on Monday. The Norvik Press Union urged the Chilean authorities to free Tibor Kasza "
        "immediately. Ilse Kamber's family asked mourners to donate to the Velsko Education Trust."
    )
    got = events(f)
    assert not [e for e in got if e[0] in {"Norvik Press Union", "Ilse Kamber"} and e[1] != "Chile"]


def test_he_in_a_clause_reported_by_a_person_is_that_person(extract):
    f = extract(
        "Kenya's special envoy, Tibor Kasza, chaired the talks on Monday. Its spokesman, Ruben Tavora, said "
        "troops had shelled two villages. The envoy said he had held talks with Ethiopia."
    )
    got = {(a, t) for a, t, _ in events(f)}
    assert ("Tibor Kasza", "Ethiopia") in got
    assert ("Ruben Tavora", "Ethiopia") not in got


def test_a_passive_infinitive_is_done_to_the_subject_it_climbs_to(extract):
    f = extract(
        "Talks ended. Tibor Kasza was arrested in Chile. He is to be deported to Peru. Ilse Kamber is "
        "expected to be charged by Chilean prosecutors."
    )
    got = events(f)
    assert not [e for e in got if e[0] in {"Tibor Kasza", "Ilse Kamber"}]
    assert ("Chile", "Ilse Kamber", "17") in got


def test_objects_joined_after_the_first_ones_apposition(extract):
    f = extract(
        "Talks ended on Monday. Chile freed Anouk Velders, 41, a freelance photographer detained in May "
        "while reporting on protests in Arica, and Marte Tolsen, 52, an engineer arrested at an airport "
        "last November while visiting relatives."
    )
    got = events(f)
    assert ("Chile", "Anouk Velders", "08") in got and ("Chile", "Marte Tolsen", "08") in got


def test_an_envoy_named_in_apposition_is_summoned_or_received_too(nlp):
    f = extract_retagged(
        nlp,
        "Talks ended on Monday. Paraguayan Foreign Minister Ilse Kamber summoned Bolivia's ambassador in "
        "Asunción, Tibor Kasza, to hand him a protest note. Uruguay's chargé d'affaires, Ruben Tavora, was "
        "received by Vice Minister Anouk Velders.",
        tag_spans(("Tibor", 2, "PERSON")),
    )
    got = events(f)
    assert ("Ilse Kamber", "Bolivia", "11") in got and ("Ilse Kamber", "Tibor Kasza", "11") in got
    assert ("Anouk Velders", "Uruguay", "04") in got and ("Anouk Velders", "Ruben Tavora", "04") in got


def test_a_verb_in_the_reported_clauses_tense_is_that_clauses_subjects(extract):
    f = extract(
        "Talks ended on Monday. Chile's Minister of Sport, Ilse Kamber, said the government would freeze "
        "public funding to the Norvik Sports League and had asked the Velsko Audit Office to examine its "
        "accounts. Ruben Tavora said the case was political and accused the Velsko Audit Office of leaking "
        "documents."
    )
    got = events(f)
    assert ("Chile", "Velsko Audit Office", "02") in got
    assert ("Ruben Tavora", "Velsko Audit Office", "11") in got


def test_a_warning_of_a_proportionate_response_threatens_the_one_it_names(extract):
    f = extract(
        'Talks ended on Monday. "Peru should not doubt that there will be a proportionate response," '
        "ministry spokeswoman Anouk Velders said. Peruvian troops retaliated strongly against Chile, army "
        "spokesman Ruben Tavora said. Bolivian Foreign Ministry spokeswoman Ilse Kamber said Bolivia would "
        'respond "in a proportionate way" and warned that it could also close the Uruguayan consulate in '
        "Salto."
    )
    got = events(f)
    assert ("Anouk Velders", "Peru", "13") in got
    assert ("Ilse Kamber", "Uruguay", "13") in got
    assert not [e for e in got if e[0] == "Ruben Tavora" and e[2] == "13"]


def test_goods_bought_from_a_named_company_are_trade_with_it(extract):
    f = extract(
        "Talks ended on Monday. Chile agreed on Tuesday to buy six offshore patrol vessels from Portuguese "
        "shipbuilder Velmar Naval Works in a deal worth 310 million euros. India will buy oil from Russia."
    )
    got = events(f)
    assert ("Chile", "Velmar Naval Works", "06") in got
    assert not [e for e in got if e[0] == "India"]


def test_a_chief_officer_named_without_a_company_in_a_story_about_two(extract):
    f = extract(
        "Talks ended on Monday. Norvik Holdings AG agreed to buy Velmar Optics SA for 3 billion euros. "
        "Velmar Optics shares rose 24%, while Norvik Holdings shares rose 4%. Norvik Holdings will fund the "
        "purchase with cash and a bridge loan arranged by Karsim Bank and Orvane Capital, according to "
        'Chief Financial Officer Anouk Velders. "We built Velmar from a garage," board chairwoman Ilse '
        "Kamber said in a statement."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Anouk Velders", "Norvik Holdings AG") in got
    assert ("Ilse Kamber", "Velmar Optics SA") in got


def test_a_post_in_a_who_clause_on_the_name(extract):
    f = extract(
        "ASUNCION, March 10 (Reuters) - Paraguay's anti-corruption agency on Tuesday arrested a former "
        "power minister. Ruben Tavora, 58, who was minister of power and energy from 2020 to 2022, was "
        "taken into custody."
    )
    got = {(h, o, former) for h, o, _, former, _ in positions(f)}
    assert ("Ruben Tavora", "Paraguay", True) in got


def test_his_national_minister_serves_the_country_of_his_post(extract):
    f = extract(
        "Talks ended on Monday. Paraguay Prime Minister Ruben Tavora stayed away, citing a no-confidence "
        "motion, and sent his foreign minister, Anouk Velders, in his place."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Anouk Velders", "Paraguay") in got


def test_a_minister_in_the_government_is_the_governments_countrys(extract):
    f = extract(
        "ASUNCION, Paraguay (AP) — A former Paraguayan transport minister went on trial Tuesday. Ruben "
        "Tavora, 54, a former minister in the center-right government that left office in 2020, denied all "
        "charges."
    )
    got = {(h, o, former) for h, o, _, former, _ in positions(f)}
    assert ("Ruben Tavora", "Paraguay", True) in got


def test_its_leader_then_a_former_office_before_the_name(extract):
    f = extract(
        "Talks ended on Monday. The main opposition Norvik Unity League (NUL), which has 89 seats, said it "
        "would form a government under its leader, former prime minister Anouk Velders, 67."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Anouk Velders", "Norvik Unity League") in got


def test_a_participle_before_the_title_in_apposition(extract):
    f = extract(
        "Talks ended on Monday. Norvik Electoral Commission chairperson Anouk Velders, a serving judge of "
        "the Velsko High Court, said the commission stood by the results."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Anouk Velders", "Velsko High Court") in got


def test_a_spokesperson_named_with_the_brief_between_body_and_title(extract):
    f = extract(
        "Talks ended on Monday. Norvik Union foreign policy spokesperson Anouk Velders told reporters the "
        "plan would fail. Chilean foreign ministry spokesman Ruben Tavora said so."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Anouk Velders", "Norvik Union") in got
    # the ministry's spokesman, and so an official of the country the ministry's name gives
    assert ("Ruben Tavora", "Chile's foreign ministry") in got
    assert ("Ruben Tavora", "Chile", "foreign ministry spokesman", False, "holdsPositionIn") in positions(f)


def test_would_not_hesitate_to_act_is_a_threat(extract):
    f = extract(
        'Talks ended on Monday. Ruben Tavora, the Chilean special envoy for Peru, said Chile "stands fully '
        'behind our partners" and would not hesitate to tighten its own sanctions on Peruvian fish exports.'
    )
    assert ("Ruben Tavora", "Peru", "13") in events(f)


def test_a_water_cannon_fired_at_a_vessel(extract):
    f = extract(
        "Talks ended on Monday. A Chilean coast guard ship fired a water cannon at a Peruvian government "
        "vessel near the disputed reef on Tuesday, the ministry said."
    )
    assert ("Chile", "Peru", "17") in events(f)


def test_a_bodys_condolences_offered_by_its_speaker_are_the_speakers_too(extract):
    f = extract(
        "Talks ended on Monday. The chairperson of the Tarvena Union Commission, Ilse Kamber, said in a "
        'statement that the region had lost "a statesman" and offered the Tarvena Union\'s condolences to '
        "the government and people of Chile."
    )
    got = events(f)
    assert ("Tarvena Union", "Chile", "01") in got and ("Ilse Kamber", "Chile", "01") in got


def test_a_spokesperson_reporting_their_bodys_act_does_it_with_the_body(extract):
    f = extract(
        "Talks ended on Monday. Velsko Union spokeswoman Ilse Kamber said the Velsko Union would cooperate "
        "fully with Chile. Ruben Tavora said the Velsko Union would cooperate with Peru."
    )
    got = events(f)
    assert ("Ilse Kamber", "Chile", "06") in got
    assert not [e for e in got if e[0] == "Ruben Tavora"]


def test_a_courts_registrar(extract):
    f = extract(
        "Talks ended on Monday. The Velsko Supreme Court will hear the case on Oct. 20, the court's "
        "registrar, Anouk Velders, said in a notice."
    )
    got = {(h, o) for h, o, *_ in positions(f)}
    assert ("Anouk Velders", "Velsko Supreme Court") in got


# --- i3-inter (session 4) ---


def test_i3_a_passive_agent_list_however_deep(extract):
    f = extract(
        "Talks ended on Monday. Oleg Strelkovich was sanctioned by Lithuania, Latvia and Estonia last month."
    )
    got = events(f)
    assert {("Lithuania", "Oleg Strelkovich", "16"), ("Estonia", "Oleg Strelkovich", "16")} <= got


def test_i3_a_relative_pronoun_object_is_its_name(extract):
    f = extract(
        "Talks ended on Monday. Rwanda, which Burundi has accused of backing the Ruzizi Liberation Front, "
        "denied the claim on Friday."
    )
    got = events(f)
    assert ("Burundi", "Rwanda", "11") in got
    assert ("Burundi", "Ruzizi Liberation Front", "05") not in got


def test_i3_names_after_including_are_targets_too(extract):
    f = extract(
        "Talks ended on Monday. Norway imposed sanctions on three Belarusian officials, including Interior "
        "Minister Oleg Strelkovich, on Tuesday."
    )
    got = events(f)
    assert ("Norway", "Oleg Strelkovich", "16") in got and ("Norway", "Belarus", "16") in got


def test_i3_the_ambassadors_of_both_countries(extract):
    f = extract(
        "Talks ended on Monday. Britain and Canada imposed sanctions on Georgian officials on Wednesday, and "
        "Georgia responded by summoning the ambassadors of both countries."
    )
    got = {(a, t) for a, t, code in events(f) if code == "11"}
    assert {("Georgia", "United Kingdom"), ("Georgia", "Canada")} <= got


def test_i3_an_envoy_named_in_apposition_acts_too(extract):
    f = extract(
        "Talks ended on Monday. Canada's ambassador to Chile, Maren Ostrova, held talks with Chilean Foreign "
        "Minister Elian Ulloque in Santiago on Tuesday."
    )
    assert ("Maren Ostrova", "Elian Ulloque", "04") in events(f)


def test_i3_talks_hosted_by_a_third_state_and_an_agreed_truce(extract):
    f = extract(
        "Talks ended on Monday. Sudan's government and the rebel Kessane Unity Front agreed on Saturday to a "
        "30-day ceasefire after three days of talks hosted by Kenya."
    )
    got = events(f)
    assert {("Kenya", "Sudan", "04"), ("Kenya", "Kessane Unity Front", "04")} <= got
    assert ("Sudan", "Kessane Unity Front", "08") in got


def test_i3_a_passive_welcome_by_two_states_is_not_between_them(extract):
    f = extract(
        "Talks ended on Monday. Estonia expelled two Belarusian diplomats on Tuesday. The expulsions were "
        "welcomed by Latvia and Lithuania on Wednesday."
    )
    got = events(f)
    assert ("Latvia", "Lithuania", "05") not in got and ("Latvia", None, "17") not in got


def test_i3_a_response_to_an_act_told_before_is_aimed_at_its_doers(extract):
    f = extract(
        "Ministers meet in Reykjavik\n\nREYKJAVIK, May 2 (Reuters) - Estonia expelled two Belarusian "
        "diplomats on "
        "Tuesday. Russia vetoed the draft resolution on Wednesday.\n\nThe expulsions were welcomed by Latvia "
        "and Lithuania. Britain condemned the veto."
    )
    got = events(f)
    assert {("Latvia", "Estonia", "05"), ("Lithuania", "Estonia", "05")} <= got
    assert ("United Kingdom", "Russia", "11") in got


def test_i3_no_response_target_from_a_headline_without_doers_or_for_an_owned_noun(extract):
    """A headline's act in the passive names no doer to respond to (a finite headline verb whose
    act the body never tells again does: see the interaction probes)."""
    f = extract(
        "Belarusian diplomats expelled by Estonia\n\nREYKJAVIK, May 2 (Reuters) - Talks ended on "
        "Tuesday.\n\n"
        "The expulsions were welcomed by Latvia. Britain condemned Norway's veto of the plan."
    )
    got = events(f)
    assert ("Latvia", "Estonia", "05") not in got
    assert not [e for e in got if e[0] == "United Kingdom" and e[1] not in {"Norway", None}]


def test_i3_an_unnamed_official_of_a_state_is_not_the_last_person_named(extract):
    f = extract(
        "Talks ended on Monday. Prime Minister Edda Tervanne of Norway was hosted by Japan's prime minister "
        "on Tuesday."
    )
    got = events(f)
    assert ("Japan", "Edda Tervanne", "04") in got


def test_i3_troops_of_two_demonyms_clash_with_each_other(extract):
    f = extract("Talks ended on Monday. Thai and Cambodian troops clashed along the border on Sunday.")
    assert ("Thailand", "Cambodia", "19") in events(f)


def test_i3_a_capitals_possessive_act_is_its_states(extract):
    f = extract("Talks with Slovenia ended on Monday. Ljubljana's sanctions on Venezuela remain in force.")
    assert ("Slovenia", "Venezuela", "16") in events(f)


def test_i3_a_call_received_from_a_leader(extract):
    f = extract(
        "Talks ended on Monday. Greek Prime Minister Nikandros Pelagos received a call from Cypriot "
        "President Taras Lyssiotis on Tuesday."
    )
    assert ("Taras Lyssiotis", "Nikandros Pelagos", "04") in events(f)


def test_i3_in_a_phone_call_the_one_told(extract):
    f = extract(
        "Talks ended on Monday. In a phone call, Polish President Jerzy Zielny told Ukrainian President "
        "Taras Volyk that Poland would keep helping."
    )
    assert ("Jerzy Zielny", "Taras Volyk", "04") in events(f)


def test_i3_a_memorandum_of_understanding_with(extract):
    f = extract("Talks ended on Monday. Oman signed a memorandum of understanding with Iran on Tuesday.")
    assert ("Oman", "Iran", "05") in events(f)


def test_i3_arrived_in_a_capital_on_a_visit(extract):
    f = extract(
        "Talks with Slovenia ended on Monday. Estonian President Alar Kivisild arrived in Ljubljana on a "
        "two-day "
        "official visit."
    )
    assert ("Alar Kivisild", "Slovenia", "04") in events(f)


def test_i3_invitations_cut_and_restored_ties_and_firing_at(extract):
    f = extract(
        "Talks ended on Monday. Cuba was invited by Mexico to the summit. Morocco cut ties with Iran in "
        "2018. Fiji restored diplomatic relations with Tonga. Iran fired missiles at Israel on Saturday."
    )
    got = events(f)
    assert {("Mexico", "Cuba", "03"), ("Morocco", "Iran", "16"), ("Fiji", "Tonga", "05")} <= got
    assert ("Iran", "Israel", "19") in got


def test_i3_an_invitation_to_a_capital_is_not_to_its_state(extract):
    f = extract(
        "Talks with Slovenia ended on Monday. Greek Prime Minister Nikandros Pelagos invited Polish "
        "President Jerzy Zielny to Ljubljana in May."
    )
    got = events(f)
    assert ("Nikandros Pelagos", "Jerzy Zielny", "03") in got
    assert ("Nikandros Pelagos", "Slovenia", "03") not in got


def test_i3_a_sum_pledged_in_aid_to_a_country(extract):
    f = extract(
        "Talks ended on Monday. The European Union pledged 20 million euros in humanitarian aid to eastern "
        "Congo on Tuesday."
    )
    assert ("European Union", "Democratic Republic of the Congo", "03") in events(f)


def test_i3_a_finite_verb_joined_to_an_infinitive_is_the_speakers(extract):
    f = extract(
        "Talks ended on Monday. Estonian Prime Minister Liisa Tamm urged the European Union to impose new "
        "sanctions on Belarus and called on NATO to strengthen air defences."
    )
    got = events(f)
    assert ("Liisa Tamm", "NATO", "02") in got and ("European Union", "NATO", "02") not in got


def test_i3_fined_the_company_named_in_apposition(extract):
    f = extract(
        "Talks ended on Monday. The Velsko Competition Authority fined its parent company, Ostrander Lines, "
        "on Tuesday."
    )
    assert ("Velsko Competition Authority", "Ostrander Lines", "17") in events(f)


@pytest.mark.parametrize(
    ("headline", "pair"),
    [
        ("Kenya, Uganda sign trade deal", ("Kenya", "Uganda", "05")),
        ("Turkish, Greek leaders meet in Reykjavik", ("Turkey", "Greece", "04")),
    ],
)
def test_i3_a_headlines_comma_joins_two_parties(extract, headline, pair):
    f = extract(f"{headline}\n\nREYKJAVIK, May 2 (Reuters) - Talks ended on Tuesday.\n")
    assert pair in events(f)


def test_i3_an_agreement_signed_by_two_states_in_a_participle(extract):
    f = extract(
        "Talks ended on Monday. The agreement, signed by Kenya and Ethiopia in March, covers water sharing."
    )
    assert ("Kenya", "Ethiopia", "05") in events(f)


def test_i3_a_relative_pronoun_subject_of_a_passive(extract):
    f = extract(
        "Talks ended on Monday. Armenia, which was attacked by Azerbaijan in 2023, appealed for help."
    )
    assert ("Azerbaijan", "Armenia", "19") in events(f)


def test_i3_condemnation_drawn_from_states_on_the_verb(extract):
    f = extract(
        "Talks ended on Monday. Israel's strikes on the border town drew condemnation from Egypt and Jordan."
    )
    got = events(f)
    assert ("Egypt", "Israel", "11") in got and ("Jordan", "Israel", "11") in got


def test_i3_an_owned_mediation_between_two_states(extract):
    f = extract(
        "Talks ended on Monday. Oman's mediation between Iran and the United States led to a prisoner swap."
    )
    got = events(f)
    assert ("Oman", "Iran", "04") in got and ("Oman", "United States", "04") in got


def test_i3_a_quotations_i_and_we_are_the_speaker(extract):
    f = extract(
        'Talks ended on Monday. "We will impose new sanctions on Iran," Canadian Foreign Minister Elise '
        'Varsenne said. "I had a very good meeting with President Taras Volyk," Polish President Jerzy '
        "Zielny told reporters."
    )
    got = events(f)
    assert ("Elise Varsenne", "Iran", "16") in got and ("Jerzy Zielny", "Taras Volyk", "04") in got


def test_i3_a_we_outside_quotes_is_nobody(extract):
    f = extract("Talks ended on Monday. We will impose new sanctions on Iran, Elise Varsenne said.")
    assert not [e for e in events(f) if e[0] == "Elise Varsenne"]


def test_i3_fighting_between_two_states(extract):
    f = extract("Talks ended on Monday. Fighting between Armenia and Azerbaijan erupted again on Sunday.")
    assert ("Armenia", "Azerbaijan", "19") in events(f)


def test_i3_a_hyphenated_mediator_of_a_truce_between_two_states(extract):
    f = extract(
        "Talks ended on Monday. The U.S.-mediated truce between Congo and Rwanda collapsed on Sunday."
    )
    got = events(f)
    assert ("United States", "Rwanda", "04") in got and (
        "United States",
        "Democratic Republic of the Congo",
        "04",
    ) in got


def test_i3_traded_accusations_and_fought_wars_are_mutual(extract):
    f = extract(
        "Talks ended on Monday. Thailand and Cambodia traded accusations over the shelling. India and "
        "Pakistan have fought three wars since 1947."
    )
    got = events(f)
    assert ("Thailand", "Cambodia", "11") in got and ("Cambodia", "Thailand", "11") in got
    assert ("India", "Pakistan", "19") in got


def test_i3_briefed_a_named_leader_and_assured_of_support(extract):
    f = extract(
        "Talks ended on Monday. Norwegian Foreign Minister Oskar Vendeland briefed Jordanian Foreign "
        "Minister Samer Haddadin on Egypt's talks. Ghana assured Togo of its support."
    )
    got = events(f)
    assert ("Oskar Vendeland", "Samer Haddadin", "04") in got and ("Ghana", "Togo", "05") in got
    assert ("Oskar Vendeland", "Egypt", "04") not in got


def test_i3_the_two_countries_are_the_storys_two_sides_not_the_last_two_named(extract):
    f = extract(
        "Kenya and Uganda resumed border talks on Monday. Kenya wants the dispute settled, and Uganda has "
        "proposed joint patrols. Kenya's delegation arrived from Tanzania. The two countries signed an "
        "agreement on Tuesday."
    )
    got = {frozenset((a, t)) for a, t, code in events(f) if code == "05"}
    assert {"Kenya", "Uganda"} in got and not [p for p in got if "Tanzania" in p]


def test_i3_both_sides_may_be_a_state_and_a_rebel_group(extract):
    f = extract(
        "Sudan and the Kessane Unity Front agreed to a truce on Saturday. Sudan said the Kessane Unity Front "
        "had broken earlier truces. The United States urged both sides to respect the ceasefire."
    )
    got = events(f)
    assert ("United States", "Kessane Unity Front", "02") in got and ("United States", "Sudan", "02") in got


def test_i3_received_a_delegation_from_and_exchanged_views_with(extract):
    f = extract(
        "Talks ended on Monday. Jordan received a delegation from Syria on Sunday. Chile exchanged views "
        "with Peru on regional security. Kenya sat down with Somalia for talks."
    )
    got = events(f)
    assert {("Jordan", "Syria", "04"), ("Chile", "Peru", "04"), ("Kenya", "Somalia", "04")} <= got


def test_i3_welcoming_a_guest_is_hosting_and_a_decision_approval(extract):
    f = extract(
        "Talks ended on Monday. Greek Foreign Minister Nikandros Pelagos welcomed Turkish Foreign Minister "
        "Oskar Vendeland at the foreign ministry. Chile welcomed the decision by Peru."
    )
    got = events(f)
    assert ("Nikandros Pelagos", "Oskar Vendeland", "04") in got and ("Chile", "Peru", "05") in got


def test_i3_help_with_which_an_act_is_done_is_no_aid_to_the_dateline(extract):
    f = extract(
        "PARNU, Estonia, March 4 (Reuters) - Estonia summoned the envoy of Belarus on Tuesday, and Estonia "
        "expelled "
        'two diplomats. "Belarus is testing our defences, and it is doing so with Russian help," the '
        "minister said."
    )
    assert ("Russia", "Estonia", "07") not in events(f)


def test_i3_acts_the_subject_undergoes_from_others(extract):
    f = extract(
        "Talks ended on Monday. Hungary came under fire from Poland over its stance. Chile won the backing "
        "of Argentina for its bid. Peru secured a loan from the World Bank. Serbia was hit with sanctions "
        "by the United States."
    )
    got = events(f)
    assert {("Poland", "Hungary", "11"), ("Argentina", "Chile", "05"), ("World Bank", "Peru", "07")} <= got
    assert ("United States", "Serbia", "16") in got


def test_i3_support_sought_is_not_given(extract):
    f = extract("Talks ended on Monday. Armenia sought the support of France on Tuesday.")
    assert ("France", "Armenia", "03") not in events(f) and ("France", "Armenia", "05") not in events(f)


def test_i3_a_participle_on_a_name_and_a_joint_declaration(extract):
    f = extract(
        "Talks ended on Monday. Ukraine, backed by the United States, pushed back the offensive. Poland, "
        "Lithuania and Latvia signed a joint declaration with Ukraine."
    )
    got = events(f)
    assert ("United States", "Ukraine", "05") in got
    assert ("Latvia", "Ukraine", "05") in got and ("Poland", "Ukraine", "05") in got


def test_i3_company_deals_contracts_stakes_investments_mergers(extract):
    f = extract(
        "Talks ended on Monday. Halden Energy signed a contract with Brevik Optics worth $20 million. "
        "Velmar Capital invested $1 billion in Tarvo Shipping. Solvane Motors acquired a 20% stake in "
        "Brevik Optics. Tarvo Shipping merged with Velmar Lines in 2019."
    )
    got = events(f)
    assert {("Halden Energy", "Brevik Optics", "05"), ("Velmar Capital", "Tarvo Shipping", "06")} <= got
    assert {("Solvane Motors", "Brevik Optics", "05"), ("Tarvo Shipping", "Velmar Lines", "05")} <= got


def test_i3_an_act_called_shameful_criticises_its_doer(extract):
    f = extract(
        "Envoys meet\n\nNEW YORK, May 2 (Reuters) - Russia vetoed the draft resolution on Wednesday.\n\n"
        "Britain's ambassador to the United Nations, Edwin Brantwell, called the veto \"cynical and "
        'shameful". Chile described Peru\'s sanctions as illegal. Kenya called the talks "useful".'
    )
    got = events(f)
    assert ("Edwin Brantwell", "Russia", "11") in got and ("Chile", "Peru", "11") in got
    assert not [e for e in got if e[0] == "Kenya" and e[2] == "11"]


def test_i3_a_call_on_is_still_an_appeal(extract):
    f = extract("Talks ended on Monday. Kenya called on Somalia to release the sailors.")
    assert ("Kenya", "Somalia", "02") in events(f)


def test_i3_a_sum_pledged_for_two_bodies_operations(extract):
    f = extract(
        "Aid flows\n\nACCRA, May 2 (Reuters) - Ghana took in refugees.\n\nGermany on Friday pledged an "
        "additional 8 million euros ($9.2 million) for UNHCR and WFP operations in Ghana and Togo."
    )
    got = events(f)
    assert ("Germany", "UNHCR", "03") in got and ("Germany", "WFP", "03") in got


def test_i3_welcoming_the_decision_is_aimed_at_the_storys_act(extract):
    f = extract(
        "Fund approves loan\n\nISLAMABAD, May 2 (Reuters) - The International Monetary Fund approved a $1 "
        "billion loan to Pakistan on Friday.\n\nPakistani Finance Minister Samir Qadri welcomed the "
        "decision."
    )
    assert ("Samir Qadri", "International Monetary Fund", "05") in events(f)


def test_i3_missiles_fired_toward_and_drones_launched_at(extract):
    f = extract(
        "Talks ended on Monday. North Korea fired a ballistic missile toward Japan. Iran launched drones at "
        "Israel on Saturday."
    )
    got = events(f)
    assert ("North Korea", "Japan", "19") in got and ("Iran", "Israel", "19") in got


def test_i3_his_trip_while_being_received_is_the_visitors(extract):
    f = extract(
        "Leaders meet\n\nREYKJAVIK, Oct 13 (Reuters) - Norwegian Foreign Minister Oskar Vendeland met "
        "Chile's "
        "president.\n\nVendeland, on his first trip to Chile since taking office, was received with military "
        "honours at the palace."
    )
    got = events(f)
    assert ("Oskar Vendeland", "Chile", "04") in got and ("Chile", None, "04") not in got


def test_i3_envoys_from_three_states(extract):
    f = extract(
        "Talks ended on Monday. Norwegian Foreign Minister Oskar Vendeland met envoys from Britain, France "
        "and Germany on Monday."
    )
    got = events(f)
    assert {("Oskar Vendeland", "France", "04"), ("Oskar Vendeland", "Germany", "04")} <= got
