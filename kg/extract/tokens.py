"""Token columns: what tokenisation fixes about every token of a Doc, as plain lists.

Rules that scan every token (``for tok in doc``) spend most of their time making ``Token``
objects and reading attributes through them; a list lookup costs a fraction of that. The columns
are built once per Doc (with ``Doc.to_array``) and kept while the Doc lives. They hold only what
no later component changes (the texts and the lexeme flags); a part of speech, which the tagger
and the attribute ruler set after ``kg_line_breaks`` has run, is read from the Doc on each call
(:func:`pos_ids`).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, LENGTH, LOWER, ORTH, POS
from spacy.tokens import Doc

#: A capitalised word that is not all letters: "U.S.", "AT&T", "Al-Nasr", "O'Neill".
CAP_WORD = re.compile(r"^[A-Z][\w.&'-]*$")


@dataclass(frozen=True)
class Columns:
    text: list[str]  # Token.text
    lower: list[str]  # Token.lower_
    cap: list[bool]  # capitalised, as kg.extract.ner_repair._is_cap
    idx: list[int]  # Token.idx
    end: list[int]  # Token.idx + len(Token)
    doc_text: str  # Doc.text

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` for 0 <= start (``end`` is clipped as a slice is)."""
        end = min(end, len(self.text))
        return self.doc_text[self.idx[start] : self.end[end - 1]] if start < end else ""


_COLUMNS: weakref.WeakKeyDictionary[Doc, Columns] = weakref.WeakKeyDictionary()


def columns(doc: Doc) -> Columns:
    """The columns of ``doc``, built on the first call."""
    cols = _COLUMNS.get(doc)
    if cols is None or len(cols.text) != len(doc):  # (a Doc retokenised since is built again)
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER, IS_ALPHA, IDX, LENGTH]).tolist()
        text = [strings[row[0]] for row in rows]
        cap = [
            bool(t[:1].isupper()) and (bool(row[2]) or bool(CAP_WORD.match(t)))
            for t, row in zip(text, rows, strict=True)
        ]
        cols = Columns(
            text=text,
            lower=[strings[row[1]] for row in rows],
            cap=cap,
            idx=[row[3] for row in rows],
            end=[row[3] + row[4] for row in rows],
            doc_text=doc.text,
        )
        _COLUMNS[doc] = cols
    return cols


def pos_ids(doc: Doc) -> list[int]:
    """``Token.pos`` of every token (compare with ``spacy.symbols``: ``PROPN``, ``NOUN`` ...)."""
    return doc.to_array(POS).tolist() if len(doc) else []
