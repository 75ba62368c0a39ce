"""Statement probes of issue 3 (invented names; tests/probes/i3_statements.py has the short articles
and ``tests/probes/run_i3.py --module i3_statements`` counts them): each test is a wire construction
a rule was added or widened for."""

from __future__ import annotations

import pytest
from test_extract_rules import names

pytestmark = pytest.mark.model


def speakers(facts):
    return {names(facts, s.speaker) for s in facts.statements}


def test_a_titled_speaker_after_a_quote_the_ner_took_for_a_title_of_a_work(extract):
    """'"...," Magistrate Beatrice Kapumba said': the NER tags the title and name after a closing
    quote as a work of art; a name after a title is a person's."""
    f = extract(
        '"The accused abused his office for personal gain," Magistrate Beatrice Kapumba said in her ruling.'
    )
    assert speakers(f) == {"Beatrice Kapumba"}


def test_what_was_said_on_a_call(extract):
    """ "told analysts on a call that costs would rise": the clause the parser hangs on "call"."""
    f = extract("Finance chief Saskia Oudewater told analysts on a call that costs would rise.")
    assert [(names(f, s.speaker), s.quote) for s in f.statements] == [
        ("Saskia Oudewater", "costs would rise")
    ]
    f = extract("Finance chief Saskia Oudewater spoke on a call that analysts joined late.")
    assert not f.statements
