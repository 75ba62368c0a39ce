"""Recall probes: the many ways wires state who holds which post, one short sentence each (written
for the tests, invented names), each with exactly the posts a careful reader takes from it."""

from __future__ import annotations

import pytest
from test_extract_rules import positions

pytestmark = pytest.mark.model

DATELINE = "ELDORET, Kenya, March 3 (Reuters) - "
BANK, BROKER, THINK_TANK, PARTY = "Daskov Bank", "Pellmore Securities", "Kessin Institute", "Verdant Alliance"

PROBES = [
    # a relative clause, an apposition, a title before the name
    (
        "Marten Quill, who chairs the Brixley Transport Authority, said fares would rise.",
        {("Marten Quill", "Brixley Transport Authority", "chair", False, "leads")},
    ),
    (
        "Brenna Toller, the Daskov Bank's chief economist, said rates would stay high.",
        {("Brenna Toller", BANK, "chief economist", False, "worksFor")},
    ),
    (
        "Daskov Bank chief executive Brenna Toller said profits rose.",
        {("Brenna Toller", BANK, "chief executive", False, "leads")},
    ),
    (
        "Marten Quill, head of the Kessin Institute, said fares would rise.",
        {("Marten Quill", THINK_TANK, "head", False, "leads")},
    ),
    (
        "Ruth Calder, a spokeswoman for the Kessin Institute, said fares would rise.",
        {("Ruth Calder", THINK_TANK, "spokeswoman", False, "holdsPositionIn")},
    ),
    (
        "Ruth Calder, the Verdant Alliance party's leader in parliament, said the bill would fail.",
        {("Ruth Calder", PARTY, "leader", False, "leads")},
    ),
    (
        "The Kessin Institute's spokesman Tobin Grael said fares would rise.",
        {("Tobin Grael", THINK_TANK, "spokesman", False, "holdsPositionIn")},
    ),
    (
        "Tobin Grael took over as chief executive of Daskov Bank in March.",
        {("Tobin Grael", BANK, "chief executive", False, "leads")},
    ),
    (
        "Tobin Grael, a senior fellow at the Kessin Institute, said the plan was risky.",
        {("Tobin Grael", THINK_TANK, "senior fellow", False, "worksFor")},
    ),
    (
        "Tobin Grael, an analyst with Pellmore Securities, said the plan was risky.",
        {("Tobin Grael", BROKER, "analyst", False, "worksFor")},
    ),
    (
        "Lawmaker Tobin Grael of the Verdant Alliance said the bill was rushed.",
        {("Tobin Grael", PARTY, "lawmaker", False, "memberOf")},
    ),
    (
        "The Kessin Institute's deputy director, Tobin Grael, said the plan was risky.",
        {("Tobin Grael", THINK_TANK, "deputy director", False, "holdsPositionIn")},
    ),
    (
        "The Ugandan interior minister, Tobin Grael, said the plan was risky.",
        {("Tobin Grael", "Uganda", "interior minister", False, "holdsPositionIn")},
    ),
    (
        '"We will not back down," said Tobin Grael, the Daskov Bank\'s chief financial officer.',
        {("Tobin Grael", BANK, "chief financial officer", False, "holdsPositionIn")},
    ),
    (
        "Tobin Grael resigned as chairman of Daskov Bank on Friday.",
        {("Tobin Grael", BANK, "chairman", True, "leads")},
    ),
    # a second mention by title adds no post
    (
        "Finance Minister Tobin Grael said taxes would rise. The minister did not say by how much.",
        {("Tobin Grael", "Kenya", "finance minister", False, "holdsPositionIn")},
    ),
    # no post: a country's possessive, the one who fires, a country one leaves, counterparts
    ("Kenya's Tobin Grael won the race.", set()),
    ("Tobin Grael, who fired Marten Quill as coach in May, said the team was improving.", set()),
    ("Tobin Grael, who left Kenya in 2020, said the plan was risky.", set()),
    ("Foreign ministers Tobin Grael and Marten Quill met on Tuesday.", set()),
]

#: Probes the rules of this round read (each fails without its rule).
NEW_PROBES = [
    # a national post with no country, in a relative clause or sworn into
    (
        "Tobin Grael, who was named finance minister last week, said taxes would rise.",
        {("Tobin Grael", "Kenya", "finance minister", False, "holdsPositionIn")},
    ),
    (
        "Tobin Grael was sworn in as president on Sunday.",
        {("Tobin Grael", "Kenya", "president", False, "leads")},
    ),
    (
        "Tobin Grael was sworn in as chairman of Daskov Bank on Sunday.",
        {("Tobin Grael", BANK, "chairman", False, "leads")},
    ),
    # a post left: stepped down, quit, left, ousted, replaced
    (
        "Tobin Grael, who stepped down as chief executive of Daskov Bank in May, said he would retire.",
        {("Tobin Grael", BANK, "chief executive", True, "leads")},
    ),
    (
        "Tobin Grael, who quit as chairman of Daskov Bank last year, said the plan was risky.",
        {("Tobin Grael", BANK, "chairman", True, "leads")},
    ),
    (
        "Tobin Grael, who left Daskov Bank in 2020, said the plan was risky.",
        {("Tobin Grael", BANK, "member of staff", True, "worksFor")},
    ),
    (
        "Daskov Bank ousted Tobin Grael as chief executive on Monday.",
        {("Tobin Grael", BANK, "chief executive", True, "leads")},
    ),
    (
        "Tobin Grael was ousted as chief executive of Daskov Bank on Monday.",
        {("Tobin Grael", BANK, "chief executive", True, "leads")},
    ),
    (
        "Tobin Grael was replaced as chief executive of Daskov Bank on Monday.",
        {("Tobin Grael", BANK, "chief executive", True, "leads")},
    ),
    (
        "Tobin Grael will replace Marten Quill as chief executive of Daskov Bank.",
        {
            ("Tobin Grael", BANK, "chief executive", False, "leads"),
            ("Marten Quill", BANK, "chief executive", True, "leads"),
        },
    ),
    # a company officer named with no company: the company that says so
    (
        "Daskov Bank said on Monday that Tobin Grael would succeed Marten Quill as chief executive.",
        {
            ("Tobin Grael", BANK, "chief executive", False, "leads"),
            ("Marten Quill", BANK, "chief executive", True, "leads"),
        },
    ),
    (
        "Daskov Bank promoted Tobin Grael to chief operating officer.",
        {("Tobin Grael", BANK, "chief operating officer", False, "holdsPositionIn")},
    ),
    (
        "Tobin Grael was promoted to chief operating officer of Daskov Bank.",
        {("Tobin Grael", BANK, "chief operating officer", False, "holdsPositionIn")},
    ),
    # an organisation's possessive, a party in brackets, a plural title, two titles joined
    (
        "Daskov Bank's Tobin Grael said the plan was risky.",
        {("Tobin Grael", BANK, "member of staff", False, "worksFor")},
    ),
    (
        "Shares fell sharply, said Pellmore Securities' Tobin Grael.",
        {("Tobin Grael", BROKER, "member of staff", False, "worksFor")},
    ),
    (
        "Tobin Grael (Verdant Alliance) voted against the bill.",
        {("Tobin Grael", PARTY, "member", False, "memberOf")},
    ),
    (
        "The meeting was attended by ministers Tobin Grael, Jonah Benning and Marten Quill.",
        {
            ("Tobin Grael", "Kenya", "minister", False, "holdsPositionIn"),
            ("Jonah Benning", "Kenya", "minister", False, "holdsPositionIn"),
            ("Marten Quill", "Kenya", "minister", False, "holdsPositionIn"),
        },
    ),
    (
        "Daskov Bank co-founder and chief executive Tobin Grael said the plan was risky.",
        {("Tobin Grael", BANK, "co-founder and chief executive", False, "leads")},
    ),
    # titles the list lacked (a deputy president does not lead; a finance chief holds a post)
    (
        "Tobin Grael, Kenya's deputy president, said the plan was risky.",
        {("Tobin Grael", "Kenya", "deputy president", False, "holdsPositionIn")},
    ),
    (
        "Tobin Grael, Daskov Bank's finance chief, said the plan was risky.",
        {("Tobin Grael", BANK, "finance chief", False, "holdsPositionIn")},
    ),
    (
        "Tobin Grael, chief strategist at Pellmore Securities, said the plan was risky.",
        {("Tobin Grael", BROKER, "chief strategist", False, "worksFor")},
    ),
    (
        "Tobin Grael, chief investment officer at Pellmore Securities, said the plan was risky.",
        {("Tobin Grael", BROKER, "chief investment officer", False, "holdsPositionIn")},
    ),
    (
        "Tobin Grael, portfolio manager at Pellmore Securities, said the plan was risky.",
        {("Tobin Grael", BROKER, "portfolio manager", False, "worksFor")},
    ),
    (
        "Tobin Grael, research director at the Kessin Institute, said the plan was risky.",
        {("Tobin Grael", THINK_TANK, "research director", False, "holdsPositionIn")},
    ),
]


#: A second round of probes (each fails without its rule).
MORE_PROBES = [
    (
        "Tobin Grael, who chairs Daskov Bank's board, said the plan was risky.",
        {("Tobin Grael", BANK, "chair", False, "leads")},
    ),
    (
        "Tobin Grael, who chairs Daskov Bank's audit committee, said the plan was risky.",
        {("Tobin Grael", BANK, "chair of the audit committee", False, "worksFor")},
    ),
    (
        "Tobin Grael, who heads equity research at Pellmore Securities, said the plan was risky.",
        {("Tobin Grael", BROKER, "head of equity research", False, "worksFor")},
    ),
    (
        "Daskov Bank boss Tobin Grael said the plan was risky.",
        {("Tobin Grael", BANK, "boss", False, "leads")},
    ),
    (
        "Tobin Grael, whose Verdant Alliance won 30 seats, said the plan was risky.",
        {("Tobin Grael", PARTY, "member", False, "memberOf")},
    ),
    (
        "Tobin Grael, who took the helm at Daskov Bank in 2020, said the plan was risky.",
        {("Tobin Grael", BANK, "head", False, "leads")},
    ),
    (
        "Tobin Grael takes the helm at Daskov Bank in June.",
        {("Tobin Grael", BANK, "head", False, "leads")},
    ),
    (
        "Tobin Grael, elected president of the Verdant Alliance in May, said the plan was risky.",
        {("Tobin Grael", PARTY, "president", False, "leads")},
    ),
]

#: A third round: lists in apposition, boards, advisers, a party named in apposition to a noun (each
#: fails without its rule).
LIST_PROBES = [
    (
        "Tobin Grael and Marten Quill, Daskov Bank's co-founders, signed the deal.",
        {
            ("Tobin Grael", BANK, "co-founder", False, "founded"),
            ("Marten Quill", BANK, "co-founder", False, "founded"),
        },
    ),
    (
        "Daskov Bank's co-founders, Tobin Grael and Marten Quill, signed the deal.",
        {
            ("Tobin Grael", BANK, "co-founder", False, "founded"),
            ("Marten Quill", BANK, "co-founder", False, "founded"),
        },
    ),
    (
        "Daskov Bank's chief executive, Tobin Grael, and its chairman, Marten Quill, signed the deal.",
        {
            ("Tobin Grael", BANK, "chief executive", False, "leads"),
            ("Marten Quill", BANK, "chairman", False, "leads"),
        },
    ),
    (
        "Tobin Grael, who sits on Daskov Bank's board, said the plan was risky.",
        {("Tobin Grael", BANK, "board member", False, "memberOf")},
    ),
    (
        "Tobin Grael, who sits on the board of Daskov Bank, said the plan was risky.",
        {("Tobin Grael", BANK, "board member", False, "memberOf")},
    ),
    (
        "Tobin Grael, an independent director on Daskov Bank's board, said the plan was risky.",
        {("Tobin Grael", BANK, "independent director", False, "memberOf")},
    ),
    (
        "Tobin Grael, an adviser to Daskov Bank, said the plan was risky.",
        {("Tobin Grael", BANK, "adviser", False, "worksFor")},
    ),
    (
        "Tobin Grael, who leads the opposition Verdant Alliance, said the plan was risky.",
        {("Tobin Grael", PARTY, "leader", False, "leads")},
    ),
    # not a post: an envoy sent to a country, an adviser to a country's leader
    ("Tobin Grael, an adviser to Uganda's president, said the plan was risky.", set()),
]

#: A fourth round, from the dev set's misses: a body named by its last word, a business run at a
#: firm, the firm one joined from (each fails without its rule).
OWNER_PROBES = [
    (
        "Tobin Grael has resigned as environment secretary after leaked emails showed he urged the "
        "regulator to soften a penalty.",
        {("Tobin Grael", "Kenya", "environment secretary", True, "holdsPositionIn")},
    ),
    ("Tobin Grael has resigned as company secretary.", set()),
    (
        "Pellmore Securities analysts led by Tobin Grael said rates would fall.",
        {("Tobin Grael", BROKER, "leader of the analysts", False, "worksFor")},
    ),
    (
        "Analysts at Pellmore Securities led by Tobin Grael wrote in a note that rates would fall.",
        {("Tobin Grael", BROKER, "leader of the analysts", False, "worksFor")},
    ),
    (
        "A team led by Tobin Grael at the Kessin Institute found the lakes had grown.",
        {("Tobin Grael", THINK_TANK, "leader of the team", False, "worksFor")},
    ),
    (
        "Tobin Grael, who covers banks at Pellmore Securities, said rates would fall.",
        {("Tobin Grael", BROKER, "member of staff", False, "worksFor")},
    ),
    (
        # two titled names joined by "and" are not one organisation's name
        "Finance Minister Tobin Grael and Energy Minister Ruth Calder attended the meeting.",
        {
            ("Tobin Grael", "Kenya", "finance minister", False, "holdsPositionIn"),
            ("Ruth Calder", "Kenya", "energy minister", False, "holdsPositionIn"),
        },
    ),
    (
        "Tobin Grael, Uganda country director for the Kessin Institute, said the camp was full.",
        {("Tobin Grael", THINK_TANK, "director", False, "leads")},
    ),
    (
        "Tobin Grael, who heads the Kessin Institute's Eldoret office, said the plan was risky.",
        {("Tobin Grael", THINK_TANK, "head of the eldoret office", False, "worksFor")},
    ),
    (
        "Tobin Grael, a geologist with Daskov Mining, said the plan was risky.",
        {("Tobin Grael", "Daskov Mining", "geologist", False, "worksFor")},
    ),
    (
        "Tobin Grael, a nurse at the Brixley Central Hospital, said the ward was full.",
        {("Tobin Grael", "Brixley Central Hospital", "nurse", False, "worksFor")},
    ),
    # a private occupation with a demonym is a nationality, not a post
    ("The Ugandan doctor Tobin Grael said the ward was full.", set()),
    (
        # "Former" opening the sentence is not part of the company's name
        "Former Daskov Bank chief executive Tobin Grael said the plan was risky.",
        {("Tobin Grael", BANK, "chief executive", True, "leads")},
    ),
    (
        "Ruth Calder was named chief executive of Daskov Bank. Before joining the bank she spent 15 years "
        "at Pellmore Securities.",
        {
            ("Ruth Calder", BANK, "chief executive", False, "leads"),
            ("Ruth Calder", BROKER, "member of staff", True, "worksFor"),
        },
    ),
    (
        "Tobin Grael heads the Kessin Institute. He worked at Pellmore Securities for six years.",
        {
            ("Tobin Grael", THINK_TANK, "head", False, "leads"),
            ("Tobin Grael", BROKER, "member of staff", True, "worksFor"),
        },
    ),
    ("Ruth Calder spent the money at Pellmore Securities.", set()),
    (
        "Daskov Bank funded the study. Daskov Bank said costs rose. Daskov Bank shares fell. At the Kessin "
        "Institute in Eldoret, director Tobin Grael said the study was complete.",
        {("Tobin Grael", THINK_TANK, "director", False, "leads")},
    ),
    (
        "The Central Bank of Kenya raised its main rate on Tuesday. Governor Tobin Grael told reporters "
        "inflation was too high. Deputy Governor Ruth Calder voted with the majority.",
        {
            ("Tobin Grael", "Central Bank of Kenya", "governor", False, "leads"),
            ("Ruth Calder", "Central Bank of Kenya", "deputy governor", False, "holdsPositionIn"),
        },
    ),
    (
        "The Verdant Brigades patrol the border. The brigades' commander, Tobin Grael, denied the "
        "accusations.",
        {("Tobin Grael", "Verdant Brigades", "commander", False, "holdsPositionIn")},
    ),
    (
        "Leaders of the Kessin Development Forum met on Monday. Forum Secretary General Tobin Grael said the "
        "pool would open in May.",
        {("Tobin Grael", "Kessin Development Forum", "secretary general", False, "leads")},
    ),
    (
        "Tobin Grael, who ran the trading business at Pellmore Securities before joining Daskov Bank, said "
        "the plan was risky.",
        {("Tobin Grael", BROKER, "head of the trading business", True, "worksFor")},
    ),
    (
        "Tobin Grael, who has run Daskov Bank's Asian sales arm since 2020, said the plan was risky.",
        {("Tobin Grael", BANK, "head of the sales arm", False, "worksFor")},
    ),
    (
        "Tobin Grael joined Daskov Bank in 2019 from Pellmore Securities, where he was head of research.",
        {
            ("Tobin Grael", BANK, "member of staff", False, "worksFor"),
            ("Tobin Grael", BROKER, "member of staff", True, "worksFor"),
        },
    ),
]

#: "its" after a sentence about a body named in apposition to its subject noun (fails without the rule).
ITS_PROBES = [
    (
        "The environmental group Brixley Rights Watch criticised Daskov Bank for its lending. "
        '"It took the bank nine days to answer," said its director, Tobin Grael.',
        {("Tobin Grael", "Brixley Rights Watch", "director", False, "leads")},
    ),
]

#: A company officer with no company in a story about two: the sentence's subject, not the story's
#: most-named company (fails without the rule).
OFFICER_PROBES = [
    (
        "Daskov Bank agreed to buy Pellmore Securities for $2 billion. Pellmore Securities shares rose 20%, "
        "and Pellmore Securities said its board backed the deal. Daskov Bank will fund the purchase with "
        "cash, Chief Financial Officer Tobin Grael told analysts.",
        {("Tobin Grael", BANK, "chief financial officer", False, "holdsPositionIn")},
    ),
]

#: Probes for the phrasings the new dev articles showed the rules missing (each fails without its rule).
ARTICLE_PROBES = [
    (
        "The post went to Ruth Calder, who until now ran Daskov Bank.",
        {("Ruth Calder", BANK, "head", True, "leads")},
    ),
    (
        "The International Monetary Fund approved the loan. Tobin Grael worked at the fund for six years.",
        {("Tobin Grael", "International Monetary Fund", "member of staff", True, "worksFor")},
    ),
    (
        "Daskov Bank hired Tobin Grael, a former finance director of Pellmore Securities, as its new chief "
        "financial officer.",
        {
            ("Tobin Grael", BANK, "chief financial officer", False, "holdsPositionIn"),
            ("Tobin Grael", BROKER, "finance director", True, "holdsPositionIn"),
        },
    ),
    (
        "Daskov Bank reported a loss on Monday. The bank also hired Tobin Grael, a former finance director "
        "of Pellmore Securities, as its new chief financial officer.",
        {
            ("Tobin Grael", BANK, "chief financial officer", False, "holdsPositionIn"),
            ("Tobin Grael", BROKER, "finance director", True, "holdsPositionIn"),
        },
    ),
    (
        "Tobin Grael replaces Marten Quill as justice minister.",
        {
            ("Tobin Grael", "Kenya", "justice minister", False, "holdsPositionIn"),
            ("Marten Quill", "Kenya", "justice minister", True, "holdsPositionIn"),
        },
    ),
    (
        "Tobin Grael of Pellmore Securities, which holds Daskov Bank shares, said the deal was fair.",
        {("Tobin Grael", BROKER, "member of staff", False, "worksFor")},
    ),
    (
        '"The deal is fair," said Tobin Grael of Pellmore Securities.',
        {("Tobin Grael", BROKER, "member of staff", False, "worksFor")},
    ),
    (
        "Tobin Grael, who manages funds at Pellmore Securities, said the deal was fair.",
        {("Tobin Grael", BROKER, "member of staff", False, "worksFor")},
    ),
    (
        "Tobin Grael, who taught economics at the Kessin Institute, said the deal was fair.",
        {("Tobin Grael", THINK_TANK, "member of staff", True, "worksFor")},
    ),
    # a relative clause on the apposition, a body named by its common noun, a court's justice
    (
        "Tobin Grael, a former director at Pellmore Securities who is now a senior fellow at the Kessin "
        "Institute, said the plan was risky.",
        {
            ("Tobin Grael", BROKER, "director", True, "leads"),
            ("Tobin Grael", THINK_TANK, "senior fellow", False, "worksFor"),
        },
    ),
    (
        "Marten Quill, a retired officer who heads the Brixley Licensing Agency, said costs had risen.",
        {("Marten Quill", "Brixley Licensing Agency", "head", False, "leads")},
    ),
    (
        "The Brixley Licensing Agency raised fees. Marten Quill, who heads the agency, said costs had risen.",
        {("Marten Quill", "Brixley Licensing Agency", "head", False, "leads")},
    ),
    (
        "Tobin Grael of Pellmore Securities was more cautious.",
        {("Tobin Grael", BROKER, "member of staff", False, "worksFor")},
    ),
    (
        "Tobin Grael of Pellmore Securities in Eldoret was more cautious.",
        {("Tobin Grael", BROKER, "member of staff", False, "worksFor")},
    ),
    (
        "The Brixley Court of Appeal heard the case. A panel led by Justice Ruth Calder dismissed it.",
        {("Ruth Calder", "Brixley Court of Appeal", "justice", False, "holdsPositionIn")},
    ),
    (
        "Minister of Justice Ruth Calder said the law would change.",
        {("Ruth Calder", "Kenya", "minister of justice", False, "holdsPositionIn")},
    ),
    # not a post: a justice in a story of two courts, a body after another's title, "of" with no
    # subject, a job done for a body rather than at it
    (
        "The Brixley High Court convicted him in May. The Brixley Court of Appeal heard the case on Monday. "
        "A panel led by Justice Ruth Calder dismissed it.",
        set(),
    ),
    (
        "The Brixley Licensing Agency raised fees. Daskov Bank chairman Marten Quill, who has led the agency "
        "since 2017, said costs had risen.",
        {("Marten Quill", BANK, "chairman", False, "leads")},
    ),
    ("The report was written by Tobin Grael of Pellmore Securities.", set()),
    ("Tobin Grael, who managed the talks for Pellmore Securities, said the deal was fair.", set()),
]


# titles that end after "of" ("Secretary of State"), and posts written after their brief
TITLE_PROBES = [
    (
        "U.S. Secretary of State Delia Corliss flew to Vaduz on Monday.",
        {("Delia Corliss", "United States", "secretary of state", False, "holdsPositionIn")},
    ),
    (
        "EU foreign policy chief Karin Vesterlund said the bloc would respond.",
        {("Karin Vesterlund", "EU", "foreign policy chief", False, "leads")},
    ),
    (
        "US climate envoy Mary Stone arrived in Thimphu.",
        {("Mary Stone", "United States", "climate envoy", False, "holdsPositionIn")},
    ),
    (
        '"We will not accept this," said Karma Wangdi, who chairs the Quarnby Capital board.',
        {("Karma Wangdi", "Quarnby Capital", "chair", False, "leads")},
    ),
    # a company's rank is no national post of the dateline's country
    ("He will be succeeded on April 1 by Executive Vice President Sonam Tobgay, 58.", set()),
    (
        "Vice President Sonam Tobgay said the economy would grow.",
        {("Sonam Tobgay", "Kenya", "vice president", False, "holdsPositionIn")},
    ),
    # "<demonym> ambassador to <country> X": the NER runs the country into the name
    (
        "Bhutanese ambassador to Iceland Karma Wangdi was summoned on Tuesday.",
        {("Karma Wangdi", "Bhutan", "ambassador", False, "holdsPositionIn")},
    ),
    # a name the NER leaves untagged as the object of an appointment, or as who succeeds a person
    (
        "Quarnby Capital has appointed Arne Fosse as chief executive, effective June 1.",
        {("Arne Fosse", "Quarnby Capital", "chief executive", False, "leads")},
    ),
    (
        "The board of Quarnby Capital elected Arne Ruud as chairwoman.",
        {("Arne Ruud", "Quarnby Capital", "chairwoman", False, "leads")},
    ),
    (
        "Arne Vollan will succeed Oddvar Brekke as chief executive of Quarnby Capital in June.",
        {
            ("Arne Vollan", "Quarnby Capital", "chief executive", False, "leads"),
            ("Oddvar Brekke", "Quarnby Capital", "chief executive", True, "leads"),
        },
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    PROBES
    + TITLE_PROBES
    + NEW_PROBES
    + MORE_PROBES
    + LIST_PROBES
    + OWNER_PROBES
    + ITS_PROBES
    + OFFICER_PROBES
    + ARTICLE_PROBES,
    ids=lambda v: str(v)[:60],
)
def test_each_probe_gives_exactly_its_posts(extract, sentence, expected):
    assert positions(extract(DATELINE + sentence)) == expected


@pytest.mark.parametrize(
    "sentence, person, post",
    [
        ("Secretary of Defense Ruth Park testified on Tuesday.", "Ruth Park", "Defense"),
        ("Secretary of Homeland Security Tom Varela visited the border.", "Tom Varela", "Homeland Security"),
        ("Minister of State Omar Khalid arrived in Thimphu.", "Omar Khalid", "State"),
    ],
)
def test_the_end_of_a_title_is_no_name_and_no_body(extract, sentence, person, post):
    """ "Secretary of State X": the NER tags "State" a body or starts the person there; the words
    end the title, and the person's name is the rest."""
    names = {e.name for e in extract(sentence).entities.values()}
    assert person in names
    assert not {n for n in names if post in n}


def test_a_body_appointed_is_no_person(extract):
    """Only a bare name of people-like words: an adviser with an organisation word stays a body."""
    names = {
        (e.type, e.name)
        for e in extract("Quarnby Capital appointed Tollbridge Partners as its adviser.").entities.values()
    }
    assert ("Person", "Tollbridge Partners") not in names


#: A post in a ministry its country names (demonym or possessive) is a post of the country too.
STATE_BODY_PROBES = [
    (
        "Nigerian foreign ministry spokesman Ngozi Adebanjo said the envoy would be recalled.",
        {
            ("Ngozi Adebanjo", "Nigeria's foreign ministry", "spokesman", False, "holdsPositionIn"),
            ("Ngozi Adebanjo", "Nigeria", "foreign ministry spokesman", False, "holdsPositionIn"),
        },
    ),
    (
        "Sweden's defence ministry spokeswoman, Ida Varnell, said the drills would go ahead.",
        {
            ("Ida Varnell", "Sweden's defence ministry", "spokeswoman", False, "holdsPositionIn"),
            ("Ida Varnell", "Sweden", "defence ministry spokeswoman", False, "holdsPositionIn"),
        },
    ),
    (
        "The Peruvian Foreign Ministry's spokesman Tomas Quellar declined to comment.",
        {
            ("Tomas Quellar", "Peruvian Foreign Ministry", "spokesman", False, "holdsPositionIn"),
            ("Tomas Quellar", "Peru", "foreign ministry spokesman", False, "holdsPositionIn"),
        },
    ),
    # a private occupation with a demonym is a nationality, not a post
    ("Ngozi Adebanjo, a Nigerian aid worker, was released on Monday.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), STATE_BODY_PROBES, ids=lambda v: str(v)[:60])
def test_a_post_in_a_named_countrys_ministry_is_a_post_of_the_country(extract, sentence, expected):
    assert positions(extract(DATELINE + sentence)) == expected


#: "Country's X" in a list of people whose posts are given: the title repeats, left out.
SHARED_TITLE_PROBES = [
    (
        "Kenyan President Ida Varnell hosted Ugandan President Tomas Quellar, Rwanda's Ngozi Adebanjo "
        "and Tanzanian President Luca Tessaro.",
        {
            ("Ida Varnell", "Kenya", "president", False, "leads"),
            ("Tomas Quellar", "Uganda", "president", False, "leads"),
            ("Ngozi Adebanjo", "Rwanda", "president", False, "leads"),
            ("Luca Tessaro", "Tanzania", "president", False, "leads"),
        },
    ),
    (
        "Britain's envoy, Ida Varnell, France's Luca Tessaro and Germany's Tomas Quellar said the talks "
        "failed.",
        {
            ("Ida Varnell", "United Kingdom", "envoy", False, "holdsPositionIn"),
            ("Luca Tessaro", "France", "envoy", False, "holdsPositionIn"),
            ("Tomas Quellar", "Germany", "envoy", False, "holdsPositionIn"),
        },
    ),
    # no one in the list has a post to share: a possessive alone says no post
    ("Rwanda's Ngozi Adebanjo and Luca Tessaro won the race.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARED_TITLE_PROBES, ids=lambda v: str(v)[:60])
def test_a_title_left_out_in_a_list_is_the_nearest_listed(extract, sentence, expected):
    assert positions(extract(DATELINE + sentence)) == expected
