"""A spaCy component that fixes sentence starts the parser cannot see: line breaks and datelines.

News text is laid out in lines: a headline, a by-line, paragraphs. The reader (``kg.read``)
joins hard-wrapped lines, so every line break left is a real one, and no sentence runs across
it. The statistical parser does not know that: "Lender backs Ghana programme" + blank line +
"ACCRA, March 3 - The World Bank's executive board has approved ..." comes out as one sentence
whose root is the headline's verb, and the lead's own subject and object are lost. A wire
dateline ("KIGALI, Rwanda, May 2 -") opens the lead but is not part of its first sentence either.

``kg_line_breaks`` runs before the parser and marks the first token of each line, and the
first token after a dateline, as a sentence start; the parser keeps marks it is given and
places the other boundaries itself.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.context import dateline_match
from kg.extract.tokens import columns

#: Datelines are looked for at the start of the first lines only (headline, by-line, lead).
_DATELINE_LINES = 5


@Language.component("kg_line_breaks", assigns=["token.is_sent_start"])
def mark_line_breaks(doc: Doc) -> Doc:
    """Mark the token after each line break, and after an opening dateline, as a sentence start."""
    cols = columns(doc)
    texts = cols.text
    starts = [0]
    for i, word in enumerate(texts):  # (a token's trailing whitespace is one space or none)
        if "\n" in word and i + 1 < len(doc):
            starts.append(i + 1)
    by_char = {cols.idx[i]: i for i in starts}
    text = cols.doc_text
    lines = 0
    for i in starts:
        if lines >= _DATELINE_LINES:
            break
        tok = doc[i]
        if tok.is_space:
            continue
        lines += 1
        line_end = text.find("\n", tok.idx)
        line = text[tok.idx : len(text) if line_end < 0 else line_end]
        found = dateline_match(line)
        if found is None or found.end() >= len(line):
            continue
        end = tok.idx + found.end()
        after = doc.char_span(end, len(text), alignment_mode="expand")
        if after is not None and after.start > i:
            by_char[end] = after.start
    marked = set(by_char.values())
    for i in sorted(marked):
        tok = doc[i]
        if i > 0 and not tok.is_space:
            tok.is_sent_start = True
    # "Hanada Motor Co. President X", "Lt. Col. X": an abbreviation's period ends no sentence
    for i, lower in enumerate(cols.lower[:-1]):
        if lower.rstrip(".") in _ABBREVIATIONS and (texts[i].endswith(".") or texts[i + 1] == "."):
            after = i + 1 if texts[i].endswith(".") else i + 2
            if after < len(doc) and after not in marked and doc[after].tag_ in {"NNP", "NNPS"}:
                doc[after].is_sent_start = False
    return doc


#: Abbreviations written with a period inside a sentence, before a name or a title.
_ABBREVIATIONS = frozenset(
    {"co", "corp", "inc", "ltd", "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "lt", "col",
     "gen", "maj", "capt", "sgt", "cpl", "brig", "adm", "cmdr", "st", "no", "jr", "sr", "messrs", "rev"}
)  # fmt: skip
