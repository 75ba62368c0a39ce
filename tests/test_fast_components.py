"""kg's stand-ins for the attribute ruler and lemmatizer annotate exactly as spaCy's own."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG

from kg.fast_components import FastAttributeRuler, UnsupportedPattern, use_fast_components
from kg.nlp import load_pipeline
from kg.read import clean_text

GOLD = Path(__file__).parent / "gold"
ATTRS = [ORTH, POS, TAG, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def spacy_own():
    return load_pipeline(fast_components=False)


def _texts() -> list[str]:
    texts = [clean_text(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*/*.txt"))]
    # Words the model's exceptions name, in the shapes they are written.
    texts.append("Y'all gonna let's go, ain't it?  There is nothin' I did, but it was me they saw.\n\n")
    return texts


def test_pipeline_swaps_components(nlp, spacy_own):
    assert "kg_attribute_ruler" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert "kg_lemmatizer" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert "attribute_ruler" in nlp.disabled and "lemmatizer" in nlp.disabled
    assert "kg_attribute_ruler" not in spacy_own.pipe_names


def test_same_annotations_as_spacy_own(nlp, spacy_own):
    texts = _texts()
    assert len(texts) > 60
    for text, fast, own in zip(texts, nlp.pipe(texts), spacy_own.pipe(texts), strict=True):
        assert numpy.array_equal(fast.to_array(ATTRS), own.to_array(ATTRS)), text[:60]
        spans = [(e.start, e.end, e.label_) for e in own.ents]
        assert [(e.start, e.end, e.label_) for e in fast.ents] == spans


def test_later_pattern_wins_and_index_is_honoured(spacy_own):
    patterns = [
        {"patterns": [[{"LOWER": "bank"}]], "attrs": {"POS": "NOUN"}, "index": 0},
        {"patterns": [[{"LOWER": "river"}, {"LOWER": "bank"}]], "attrs": {"POS": "PROPN"}, "index": -1},
        {"patterns": [[{"TAG": {"IN": ["NN", "NNP"]}, "LOWER": {"REGEX": "^riv"}}]], "attrs": {"LEMMA": "R"}},
    ]
    ruler = FastAttributeRuler(spacy_own.vocab, patterns)
    doc = spacy_own.make_doc("the river bank and a bank")
    doc[1].tag_ = "NN"
    ruler(doc)
    assert [t.pos_ for t in doc] == ["", "", "PROPN", "", "", "NOUN"]
    assert doc[1].lemma_ == "R"


def test_unknown_pattern_feature_keeps_spacy_own():
    nlp = load_pipeline(fast_components=False)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "x", "OP": "+"}]], {"POS": "X"})
    with pytest.raises(UnsupportedPattern):
        FastAttributeRuler(nlp.vocab, nlp.get_pipe("attribute_ruler").patterns)
    assert use_fast_components(nlp) == ["lemmatizer"]
    assert "attribute_ruler" in nlp.pipe_names


def test_stand_ins_survive_pickling(nlp):
    """spaCy's worker processes are spawned, not forked, on macOS and Windows: the pipes are pickled."""
    import pickle

    doc = nlp.make_doc("The ministers met in Lisbon on Monday.")
    for name in ("tok2vec", "tagger", "parser"):
        doc = nlp.get_pipe(name)(doc)
    expected = nlp.get_pipe("kg_lemmatizer")(nlp.get_pipe("kg_attribute_ruler")(doc.copy()))
    ruler = pickle.loads(pickle.dumps(nlp.get_pipe("kg_attribute_ruler")))
    lemmatizer = pickle.loads(pickle.dumps(nlp.get_pipe("kg_lemmatizer")))
    again = lemmatizer(ruler(doc.copy()))
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in again] == [
        (t.pos_, t.lemma_, str(t.morph)) for t in expected
    ]
