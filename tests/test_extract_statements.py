"""Who said what: speakers named in relative clauses and the sources news cites with "according to"
(sentences written for these tests, with invented bodies and people; none from the gold or the seed)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def said(facts):
    """(speaker's name, what was said) of every statement."""
    return [
        (facts.entities[s.speaker].name if s.speaker in facts.entities else s.speaker, s.quote)
        for s in facts.statements
    ]


def extract_reparsed(nlp, text, arcs):
    """Extract from ``text`` parsed by the pipeline, with the arcs the small model draws in some
    articles set by hand: ``arcs`` maps a word to (its dependency label, the word it hangs on, or
    None to keep its head)."""
    from spacy.attrs import DEP, HEAD

    from kg.extract import extract_article
    from kg.model import Article

    doc = nlp(text)
    words = [t.text for t in doc]
    array = doc.to_array([HEAD, DEP])
    for word, (dep, head) in arcs.items():
        i = words.index(word)
        if head is not None:
            array[i][0] = words.index(head) - i
        array[i][1] = doc.vocab.strings.add(dep)
    doc.from_array([HEAD, DEP], array)
    return extract_article(Article(id="t", text=text), doc), doc


def test_a_relative_pronoun_speaks_for_the_body_before_it(extract):
    f = extract(
        "The fine was imposed by the Velora Port Authority, which said the ship had broken safety rules."
    )
    assert said(f) == [("Velora Port Authority", "the ship had broken safety rules")]
    f = extract("Talks were hosted by Norway, which said both sides had agreed to meet again in June.")
    assert [name for name, _ in said(f)] == ["Norway"]


def test_which_said_hung_on_the_main_verb_still_has_its_antecedent(extract):
    # the parser makes "which said" an adverbial clause of "sits": the name before the comma (and
    # its acronym in brackets) is still who "which" stands for
    f = extract(
        "The striker sits on the board of the Sarvik Football Council (SFC), which said on Thursday it "
        "had suspended him pending an appeal."
    )
    assert [name for name, _ in said(f)] == ["Sarvik Football Council"]


def test_who_said_after_a_title_is_the_person_not_their_employer(extract):
    f = extract(
        "The decision was welcomed by Ana Velsko, the head of the Norvik Institute, who said it would "
        "save lives in the region."
    )
    assert [name for name, _ in said(f)] == ["Ana Velsko"]


def test_which_after_a_description_of_two_bodies_names_no_speaker(extract):
    # "X, a faction of Y, which said": the faction's words or the group's? Neither, rather than a guess.
    f = extract(
        "The raid was claimed by the Halvmark Brigade, a splinter faction of the Norvik Liberation Front, "
        "which said in a statement that its fighters had reached the town."
    )
    assert not [name for name, _ in said(f) if name == "Norvik Liberation Front"]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "According to a statement from the Velora Port Authority, the ship docked at 6 a.m.",
            "Velora Port Authority",
            "the ship docked at 6 a.m",
        ),
        (
            "According to a statement by Norvik Holdings, the plant will close in May.",
            "Norvik Holdings",
            "the plant will close in May",
        ),
        (
            "According to Norvik Holdings' annual report, profits rose 12 percent.",
            "Norvik Holdings",
            "profits rose 12 percent",
        ),
        (
            "According to figures from the Marrowgate Statistics Agency, inflation eased to 18 percent.",
            "Marrowgate Statistics Agency",
            "inflation eased to 18 percent",
        ),
    ],
)
def test_according_to_what_a_body_issued_is_the_body_speaking(extract, text, speaker, quote):
    assert said(extract(text)) == [(speaker, quote)]


def test_according_to_in_mid_sentence_is_left_out_of_what_was_said(extract):
    f = extract(
        "The plan, according to Ana Velsko, a spokeswoman for the Velora Port Authority, "
        "will cost $2 million."
    )
    assert said(f) == [("Ana Velsko", "The plan will cost $2 million")]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Velsko was quoted by the state news agency as saying that the border would stay closed.",
        "Ana Velsko was quoted as saying the border would stay closed.",
    ],
)
def test_quoted_as_saying_is_the_subjects_statement(extract, text):
    assert said(extract(text)) == [("Ana Velsko", "the border would stay closed")]


def test_an_unnamed_spokesperson_speaks_for_the_body(extract):
    f = extract("A spokesman for Norvik Holdings said the company would appeal the ruling.")
    assert said(f) == [("Norvik Holdings", "the company would appeal the ruling")]
    # a named one speaks for themself
    f = extract("A spokeswoman for Norvik Holdings, Ana Velsko, said the company would appeal the ruling.")
    assert [name for name, _ in said(f)] == ["Ana Velsko"]


def test_declining_to_say_is_no_statement_of_its_own_or_of_a_quote_before_it(extract):
    assert (
        said(extract("Ana Velsko declined to say whether the talks would resume in Oslo next month.")) == []
    )
    f = extract(
        'Norway\'s embassy said it had been in "close contact" with the police and praised their '
        '"swift and careful work." A spokeswoman for the Velora Port Authority declined to comment.'
    )
    assert "Velora Port Authority" not in [name for name, _ in said(f)]


def test_the_two_leaders_said_is_each_of_them(extract):
    f = extract(
        "Kenyan President Tom Otieno and Ugandan President Jorvin Rell met in Kampala. "
        "The two presidents said they would build a pipeline."
    )
    assert sorted(said(f)) == [
        ("Jorvin Rell", "they would build a pipeline"),
        ("Tom Otieno", "they would build a pipeline"),
    ]


def test_a_quote_after_a_colon_is_the_words_of_the_clauses_subject(extract):
    f = extract('Ana Velsko had a clear message for the rebels: "We will not back down."')
    assert said(f) == [("Ana Velsko", "We will not back down.")]
    # a list in quotation marks after a colon is nobody's words
    f = extract(
        'The agreement between the two states has three parts: "free trade", "open borders" and "patrols".'
    )
    assert said(f) == []


def test_a_paragraph_that_is_only_a_quote_goes_on_with_the_last_speaker(extract):
    f = extract(
        "Deal signed\n\n"
        '"We have waited ten years for this day," said Ana Velsko, Norway\'s foreign minister.\n\n'
        '"Nobody believed it would happen. But it did," she added.\n\n'
        '"The region will be safer for it."\n\n'
        "Kenya welcomed the deal.\n\n"
        '"This is only a first step for the whole region."'
    )
    assert said(f) == [
        ("Ana Velsko", "We have waited ten years for this day,"),
        ("Ana Velsko", "Nobody believed it would happen. But it did,"),
        ("Ana Velsko", "The region will be safer for it."),
    ]  # the last quote follows a paragraph of other words: nobody's


def test_a_name_before_its_title_speaks_when_the_parser_makes_the_title_the_subject(nlp):
    # The small model sometimes parses "X, Ghana country director for Y, said" with the title as
    # the subject and the name as a loose "dep" of the verb; the parse is set so here.
    text = (
        "Jorvin Rell, Kenya country director for the Norvik Relief Council (NRC), said the influx was "
        "straining host communities."
    )
    f, doc = extract_reparsed(nlp, text, {"Rell": ("dep", "said"), "director": ("nsubj", "said")})
    verb = next(t for t in doc if t.text == "said")
    assert [t.text for t in verb.children if t.dep_ == "nsubj"] == ["director"]
    assert [name for name, _ in said(f)] == ["Jorvin Rell"]


def test_a_quote_framed_by_a_participle_after_another_is_the_subjects(extract):
    f = extract(
        "Norvik Front leader Jorvin Rell went further, ruling out any deal with the union and accusing "
        'Ana Velsko of having "sold out our farmers and fishermen in Brussels" during her years in office.'
    )
    assert [name for name, _ in said(f)] == ["Jorvin Rell"]


@pytest.mark.parametrize(
    ("text", "speaker", "view"),
    [
        (
            "For Jorvin Rell, a senior analyst at the Oslo-based Norvik Institute, the choice of a "
            "crowded market marks a shift.",
            "Jorvin Rell",
            "the choice of a crowded market marks a shift",
        ),
        (
            "In the opinion of Jorvin Rell, the talks between the two states have failed.",
            "Jorvin Rell",
            "the talks between the two states have failed",
        ),
    ],
)
def test_a_view_given_without_a_speech_verb(extract, text, speaker, view):
    assert said(extract(text)) == [(speaker, view)]


def test_for_someone_without_an_occupation_is_no_view(extract):
    assert said(extract("For Ana Velsko, the day began at 5 a.m. with a call from Oslo.")) == []


def test_the_army_said_is_an_army_not_the_last_body_named(extract):
    f = extract(
        "Convoy ambushed\n\n"
        "ARUSHA, March 3 (AFP) - At least 30 soldiers were killed when fighters from the Norvik "
        "Liberation Movement (NLM) ambushed a convoy on Sunday, the army said. The Tanzanian Armed Forces "
        'said in a statement that troops had "neutralised" 45 attackers.'
    )
    speakers = [name for name, _ in said(f)]
    assert speakers[0] == "Tanzanian Armed Forces"
    assert "Norvik Liberation Movement" not in speakers


def test_according_to_a_described_body_with_its_acronym_in_brackets(nlp):
    # the parser may hang the bracketed acronym on the noun as a loose modifier, not an apposition
    text = (
        "Thirty-four people survived, most of them from Eritrea and Sudan, according to the UN "
        "migration agency (IOM). Eleven bodies have been recovered."
    )
    f, _ = extract_reparsed(nlp, text, {"IOM": ("npadvmod", None)})
    assert [name for name, _ in said(f)] == ["IOM"]


def test_a_place_based_description_speaks_for_the_body_before(extract):
    """ "The Geelong-based miner said": the body that was the subject of the sentence before."""
    f = extract(
        "Quarnby Mining rejected the offer on Monday. The Geelong-based miner said the bid undervalued it."
    )
    assert [(f.entities[s.speaker].name, s.quote) for s in f.statements] == [
        ("Quarnby Mining", "the bid undervalued it")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks ended. Ida Varnell had called the vote herself after the Veldra Alliance (VA) said on Monday "
        "it would quit the coalition.",
        "Talks ended. Ida Varnell had called the vote herself after the Green Renewal Bloc (GRB) said on "
        "Monday it would quit the coalition.",
    ],
)
def test_the_body_named_after_after_speaks_when_a_parenthesis_breaks_the_parse(extract, sentence):
    """With "(VA)" in the clause the parser makes "after" a preposition and "said" a conjunct or an
    adverbial clause of "called", with no subject: the body just before the verb said it."""
    assert [name for name, _ in said(extract(sentence))] in (["Veldra Alliance"], ["Green Renewal Bloc"])
