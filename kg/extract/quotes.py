"""Statements: who said what, directly quoted or reported.

- reported speech: a speech verb ("said", "told the X that", "noted", "pointed out") with a
  clausal complement; the speaker is its subject, a pronoun resolved to the last person,
  or the subject of the clause a participle hangs on ("..., Xi said, noting China will ...");
- sentence-final attribution: "The cause has never been smooth, Xi said.";
- direct quotes in quotation marks with a speech verb in the same or the next sentence;
- "according to X".
Speakers that are not entities ("observers said") give no statement.
"""

from __future__ import annotations

import re

from spacy.symbols import AUX, VERB
from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.tokens import columns, pos_ids
from kg.model import Statement

_OPEN = {"\u201c": "\u201d", '"': '"'}


def _quote_segments(text: str) -> list[tuple[int, int, bool]]:
    """(begin, end, open-ended) of every quoted stretch, paragraph by paragraph.

    A quote whose closing mark never comes in its paragraph runs to the paragraph's end and is
    open-ended: the next paragraph's opening mark continues it.
    """
    out = []
    start = 0
    for para in text.split("\n"):
        i = 0
        while True:
            b = min((p for p in (para.find(m, i) for m in _OPEN) if p >= 0), default=-1)
            if b < 0:
                break
            close = para.find(_OPEN[para[b]], b + 1)
            if close < 0 and para[b] == "\u201c":
                close = para.find('"', b + 1)
            if close < 0:
                out.append((start + b + 1, start + len(para.rstrip()), True))
                break
            out.append((start + b + 1, start + close, False))
            i = close + 1
        start += len(para) + 1
    return out


def _is_speech_verb(tok: Token) -> bool:
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    verbs = lexicon.speech_verbs()
    lemma = tok.lemma_.lower()
    if lemma not in verbs:
        return False
    particle = verbs[lemma]
    return not particle or any(c.dep_ in {"prt", "prep"} and c.lower_ == particle for c in tok.children)


def _speaker(ctx: Context, verb: Token) -> str | None:
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLD:
        return None  # "she declined to comment": no speaker, for this or a quote nearby
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subs and verb.dep_ in {"conj", "ROOT", "advcl"} and verb.tag_ in {"VBD", "VBZ"}:
        named = _subject_left_in_clause(ctx, verb)
        if named is not None:
            return named
    cur = verb
    # "X went further, ruling out a deal and accusing Y of ...": up the participles to the subject
    for _ in range(3):
        if subs or cur.dep_ not in {"advcl", "conj", "xcomp"}:
            break
        cur = cur.head
        subs = [c for c in cur.children if c.dep_ == "nsubj"]
    if not subs and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        # "X was quoted (by the state news agency) as saying ..."
        subs = [c for c in verb.head.head.children if c.dep_ == "nsubjpass"]
    # The parser sometimes makes a dateline ("LAGOS, Feb 6 - X said") a second subject: take the
    # subject nearest the verb that is an actor.
    for sub in sorted(subs, key=lambda t: abs(t.i - verb.i)):
        key = (
            ctx.entity_of(sub, via_modifiers=False)
            or _body_of_members(ctx, sub)
            or _spokesperson_of(ctx, sub)
            or _name_before_title(ctx, sub)
        )
        if key is None and sub.lower_ in _RELATIVES:
            key = _antecedent(ctx, verb, sub)
        if ctx.actor_types(key):
            return key
    tail = _tail_attribution(ctx, verb)
    return tail[0] if tail is not None else None


def _subject_left_in_clause(ctx: Context, verb: Token) -> str | None:
    """ "X called the vote after the Veldra Bloc (VB) said it would quit": with a parenthesis in
    the clause the parser makes "after" a preposition and the speech verb a conjunct of the main
    verb (with no coordinator between them), an adverbial clause of it or the root, with no
    subject; the name right before the verb (past the parenthesis) is its subject, when it is the
    object of "after", "before", "when" or "as"."""
    if verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.i < verb.i for c in verb.head.children if c.i > verb.head.i
    ):
        return None  # "X called the vote and said ...": X said it
    k = verb.i - 1
    if ctx.doc[k].text == ")":
        while k > verb.sent.start and ctx.doc[k].text != "(":
            k -= 1
        k -= 1
    name = ctx.index.at(k)
    if name is None or name.end - 1 != k:
        return None
    head = ctx.doc[k]
    if not (head.dep_ == "pobj" and head.head.lower_ in {"after", "before", "when", "as", "since", "until"}):
        return None
    return name.key if ctx.actor_types(name.key) else None


def _group_speakers(ctx: Context, verb: Token) -> list[str]:
    """ "The two presidents said ...", "both companies said ...": the two named before (see
    :meth:`Context.group_of`), each of whom is an actor."""
    for sub in verb.children:
        if sub.dep_ == "nsubj":
            keys = ctx.group_of(sub)
            if keys and all(ctx.actor_types(k) for k in keys):
                return keys
    return []


#: Verbs that say nothing was said: "declined to say whether", "refused to confirm".
_WITHHOLD = frozenset({"decline", "refuse"})

#: Relative pronouns that stand for the speaker: "the agency, which said ...", "X, who said ...".
_RELATIVES = frozenset({"which", "who", "that"})


def _antecedent(ctx: Context, verb: Token, pronoun: Token) -> str | None:
    """Who a relative pronoun subject of a speech verb stands for: "the agency, which said"; "Ana
    Ruiz, the head of the institute, who said" (a person: "who" passes over the institute to the
    name the title stands beside). The parser may hang "which said" on the main verb: then the
    pronoun's antecedent is the name before its comma ("the Andean Council (AC), which said")."""
    doc = ctx.doc
    if verb.dep_ == "relcl":
        noun = verb.head
    else:
        k = pronoun.i - 1
        if k < 1 or doc[k].text != "," or pronoun.lower_ == "that" or verb.i - pronoun.i > 3:
            return None
        k -= 1
        if doc[k].text == ")":  # an acronym in brackets after the name
            while k > 0 and doc[k].text != "(":
                k -= 1
            k -= 1
        noun = doc[k]
    person = pronoun.lower_ == "who"
    if not person and noun.dep_ == "pobj" and noun.head.head.dep_ == "appos":
        return None  # "X, a faction of Y, which said": X's words or Y's? Neither is sure.
    for _ in range(5):
        m = ctx.index.at(noun.i)
        if m is not None and (m.type == "Person") == person:
            return m.key
        if noun.dep_ not in {"appos", "pobj", "prep"}:
            return None
        noun = noun.head
    return None


#: Speech verbs that make a call on someone: what is said is the addressee and the call.
_CALLS = frozenset({"urge", "call", "ask", "appeal", "press", "implore", "exhort"})

#: People who speak for the body they come from: "observers from the X said", "officials at Y".
_MEMBERS = frozenset(
    {"official", "observer", "monitor", "inspector", "investigator", "representative", "delegate",
     "negotiator", "expert", "auditor", "envoy", "diplomat", "prosecutor"}
)  # fmt: skip


#: Who speaks for a body without being named: "a spokesman for X said" is X speaking.
_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _spokesperson_of(ctx: Context, sub: Token) -> str | None:
    """ "A spokeswoman for the X Authority said ...": the body, when its spokesperson is not named
    ("a spokesman for X, Y, said" is Y's, found by the apposition)."""
    if sub.lower_ not in _SPOKESPERSONS or any(c.dep_ == "appos" for c in sub.children):
        return None
    if any(c.dep_ == "det" and c.lower_ not in {"a", "an"} for c in sub.children):
        return None  # "the spokesman" is the last one named (coreference)
    for prep in sub.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at"}:
            for pobj in prep.children:
                m = ctx.index.at(pobj.i) if pobj.dep_ == "pobj" else None
                if m is None or m.type not in {"Organisation", "Country"}:
                    continue
                # "a spokeswoman for X, Ana Ruiz, said": the parser hangs her name on X
                for appos in pobj.children:
                    named = ctx.index.at(appos.i) if appos.dep_ == "appos" else None
                    if named is not None and named.type == "Person":
                        return named.key
                return m.key
    return None


def _name_before_title(ctx: Context, sub: Token) -> str | None:
    """ "Ana Ruiz, Ghana country director for the X, said": the parser may make the title the
    subject and hang the name before it elsewhere; the person named right before the title's
    phrase and its comma is the speaker."""
    if lexicon.fold(sub.text) not in lexicon.titles() or any(c.dep_ == "det" for c in sub.children):
        return None
    k = sub.left_edge.i - 1
    if k < 1 or ctx.doc[k].text != ",":
        return None
    m = ctx.index.at(k - 1)
    return m.key if m is not None and m.type == "Person" and m.end == k else None


def _body_of_members(ctx: Context, sub: Token) -> str | None:
    """ "Observers from the OSCE said ...": the organisation or country a group of its members
    speaks for (plural nouns only: "an official from X" is one person, whom a later sentence may
    name)."""
    if sub.lemma_.lower() not in _MEMBERS or sub.tag_ != "NNS":
        return None
    for prep in sub.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "of", "at", "with"}:
            for pobj in prep.children:
                m = ctx.index.at(pobj.i)
                if pobj.dep_ == "pobj" and m is not None and m.type in {"Organisation", "Country"}:
                    return m.key
    return None


def _tail_attribution(ctx: Context, verb: Token) -> tuple[str, int] | None:
    """ "..., regional Gov. Ana Ruiz said on Telegram.": a name right before a sentence-final speech
    verb, after a comma and the speaker's title, is its speaker even where the parser hangs the
    name on a noun of the clause and gives the verb no subject, or a wrong one. Returns the speaker and
    the comma's token (what was said ends there)."""
    doc = ctx.doc
    sent = verb.sent
    m = ctx.index.at(verb.i - 1)
    if m is None or m.end != verb.i or not ctx.actor_types(m.key):
        return None
    if any(c.dep_ in {"ccomp", "dobj"} for c in verb.children):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in doc[verb.i + 1 : sent.end]):
        return None  # "..., X said in a statement that ..." or a clause of its own after the tag
    k = m.start - 1
    while k > sent.start and m.start - k <= 5 and doc[k].text != ",":
        word = doc[k]
        if not (
            word.pos_ in {"ADJ", "PROPN", "NOUN", "DET"}
            and (word.dep_ in {"amod", "compound", "det"} or lexicon.fold(word.text) in lexicon.titles())
        ):
            return None
        k -= 1
    if doc[k].text != "," or k - sent.start < 3:
        return None
    return m.key, k


def _co_speakers(ctx: Context, verb: Token, first: str) -> list[str]:
    """The other subjects of a speech verb, joined to the first by "and" or in a list: "Britain's
    envoy, A, France's B and Germany's C said ..." (each says it)."""
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    seen, out = {first}, []
    todo = [c for s in subs for c in s.children if c.dep_ in {"conj", "appos"}]
    while todo:
        tok = todo.pop(0)
        todo += [c for c in tok.children if c.dep_ in {"conj", "appos"}]
        key = ctx.entity_of(tok, via_modifiers=False)
        if key and key not in seen and ctx.actor_types(key):
            seen.add(key)
            out.append(key)
    return out


#: What a source issues: "according to a statement from X", "according to X's figures".
_SOURCE_NOUNS = frozenset(
    {"statement", "report", "figure", "data", "survey", "estimate", "count", "tally", "letter", "document",
     "filing", "study", "analysis", "poll", "record", "assessment", "statistic", "release", "notice",
     "announcement", "readout", "communique", "transcript", "account", "finding", "projection", "forecast",
     "calculation", "census", "post", "website", "email", "memo", "ruling", "indictment", "complaint"}
)  # fmt: skip


def _source_of(ctx: Context, noun: Token) -> str | None:
    """The issuer of a document the news cites: "according to a statement from/by X", "according to
    X's figures", "according to figures released by X"."""
    if noun.lemma_.lower() not in _SOURCE_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and (m := ctx.index.at(child.i)) is not None:
            return m.key
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl")]  # "figures released by X"
    for head in heads:
        for prep in head.children:
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"from", "by", "of"}:
                for pobj in prep.children:
                    m = ctx.index.at(pobj.i) if pobj.dep_ == "pobj" else None
                    if m is not None:
                        return m.key
    return None


def _clean(text: str) -> str:
    text = text.strip().strip(",;:").strip()
    text = re.sub(r"^(that)\s+", "", text)
    return text.strip().strip('"\u201c\u201d').strip()


def extract_statements(ctx: Context) -> list[Statement]:
    doc = ctx.doc
    out: list[Statement] = []
    covered: list[tuple[int, int]] = []

    # Direct quotes first, so reported speech inside them is not counted twice. A quote left open at
    # the end of a paragraph goes on in the next one (news style), with the same speaker.
    segments = []
    for qb, qe, open_ended in _quote_segments(ctx.text):
        span = doc.char_span(qb, qe, alignment_mode="expand")
        if span is not None and len(span):
            segments.append([qb, qe, open_ended, span, *_speaker_near_quote(ctx, span)])
    # Chains of paragraphs joined by open quotes share one speaker, wherever its tag stands.
    chains: list[list[list]] = []
    for seg in segments:
        prev = chains[-1][-1] if chains else None
        left_open = prev is not None and prev[2] and ctx.text[prev[1] : seg[0]].strip() in {"", "\u201c", '"'}
        if left_open or (prev is not None and seg[4] is None and _goes_on(ctx, chains[-1], seg)):
            chains[-1].append(seg)
        else:
            chains.append([seg])
    for chain in chains:
        speaker = next((seg[4] for seg in chain if seg[4]), None)
        for qb, qe, _open, span, own, verb in chain:
            who = own or speaker
            speaker = who  # a quote with no tag of its own goes on with the last speaker
            text = ctx.text[qb:qe].strip()
            framed = own is not None and verb is not None and _frames(verb, span)
            if who is None or len(text.split()) < (2 if framed else 4):
                continue  # no speaker, or scare quotes: "peaceful revolution" (but 'called it a
                # "political vendetta"' are the subject's words)
            ev = ctx.evidence("statement.direct.v1", qb, qe, span.sent)
            out.append(Statement(who, text, True, ev))
            if own is not None and verb is not None and verb.sent.start == span.sent.start:
                out += [Statement(other, text, True, ev) for other in _co_speakers(ctx, verb, own)]
            covered.append((qb, qe))

    pos = pos_ids(doc)
    for i in range(len(doc)):
        if pos[i] != VERB and pos[i] != AUX:
            continue  # (no speech verb)
        tok = doc[i]
        if not _is_speech_verb(tok) or any(c.dep_ == "neg" for c in tok.children):
            continue  # "the bank did not say whether ..." is not a statement
        speaker = _speaker(ctx, tok)
        # "The two presidents said they would ...": each of the two says it
        group = [] if speaker is not None else _group_speakers(ctx, tok)
        if speaker is None and not group:
            continue
        content = _content(ctx, tok)
        text = None
        if tok.lemma_.lower() in lexicon.reported_only_verbs() and not (
            content is not None and any(t.dep_ == "mark" and t.lower_ == "that" for t in content[:1])
        ):
            continue  # "the court ruled that ...", not "the party that ruled for decades"
        if content is None:
            found = _around_parenthetical(tok)
            if found is None:
                continue
            content, text = found
        begin, end = content.start_char, content.end_char
        if any(b <= begin < e or b < end <= e for b, e in covered):
            continue
        text = _clean(text if text is not None else content.text)
        if len(text.split()) < 3:
            continue
        ev = ctx.evidence("statement.reported.v1", begin, end, tok.sent)
        if group:
            out += [Statement(key, text, False, ev) for key in group]
            covered.append((begin, end))
            continue
        out.append(Statement(speaker, text, False, ev))
        for other in _co_speakers(ctx, tok, speaker):  # "X, Y and Z said in a joint statement"
            out.append(Statement(other, text, False, ev))
        covered.append((begin, end))

    out += _views(ctx, covered)
    for i, lower in enumerate(columns(doc).lower):
        if lower != "according":
            continue
        tok = doc[i]
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            pobj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            key = ctx.entity_of(pobj[0], via_modifiers=False) if pobj else None
            if key is None and pobj:
                key = _source_of(ctx, pobj[0])
            if key is None and pobj:  # "according to the UN refugee agency (UNHCR)"
                k = pobj[0].i + 1
                m = ctx.index.at(k + 1) if k + 1 < len(doc) and doc[k].text == "(" else None
                key = m.key if m is not None and m.type in {"Organisation", "Country"} else None
            if not ctx.actor_types(key):
                continue
            sent = tok.sent
            # "The plan, according to X, will cost": what is said is around the attribution
            before = [t for t in sent if t.i < tok.i]
            after = [t for t in sent if t.i > pobj[0].right_edge.i]
            if not before and not after:
                continue
            rest = before + after
            begin, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            if any(b <= begin < e for b, e in covered):
                continue
            parts = [ctx.text[p[0].idx : p[-1].idx + len(p[-1])].strip(" ,") for p in (before, after) if p]
            text = _clean(" ".join(parts).rstrip("."))
            ev = ctx.evidence("statement.according_to.v1", begin, end, sent)
            out.append(Statement(key, text, False, ev))
    # A short quote inside a reported statement ('X said Y was "the architect of the crisis"')
    # is part of that statement, not a second one.
    reported = [(s.evidence.begin, s.evidence.end, s.speaker) for s in out if not s.direct]
    out = [
        s
        for s in out
        if not (
            s.direct
            and any(
                b <= s.evidence.begin and s.evidence.end <= e and sp == s.speaker for b, e, sp in reported
            )
        )
    ]
    out.sort(key=lambda s: (s.evidence.begin, s.evidence.end))
    return out


#: Nouns for where things are said: "told analysts on a call that ...".
_SAID_AT = frozenset(
    {
        "call",
        "conference",
        "briefing",
        "statement",
        "interview",
        "speech",
        "post",
        "letter",
        "video",
        "broadcast",
    }
)


def _content(ctx: Context, verb: Token) -> Span | None:
    """What was said: the clausal complement of the speech verb."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "ccomp":
            return doc[child.left_edge.i : child.right_edge.i + 1]
    # "X told reporters that ..." sometimes parses the clause under the object.
    for child in verb.children:
        if child.dep_ in {"dobj", "prep"}:
            for grand in child.children:
                if grand.dep_ == "ccomp":
                    return doc[grand.left_edge.i : grand.right_edge.i + 1]
    # "X urged Y to ...", "X called on Y to ...": the call, addressee and all.
    if verb.lemma_.lower() in _CALLS:
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        if xcomp is not None and obj is not None and obj.i < xcomp.i:
            return doc[obj.left_edge.i : xcomp.right_edge.i + 1]
    # "X said in a statement that ...": the clause hung on "statement" as if it qualified it.
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "on"}:
            for pobj in child.children:
                for clause in pobj.children:
                    if clause.dep_ in {"acl", "ccomp"} and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                    ):
                        return doc[clause.left_edge.i : clause.right_edge.i + 1]
                    # "told analysts on a call that costs would rise": parsed as a relative clause
                    # whose "that" is an object, on a noun for where things are said
                    if (
                        clause.dep_ == "relcl"
                        and verb.lemma_.lower() in {"say", "tell"}  # (not "spoke on a call that X joined")
                        and pobj.lemma_.lower() in _SAID_AT
                        and doc[clause.left_edge.i].lower_ == "that"
                        and any(c.dep_ == "nsubj" for c in clause.children)
                    ):
                        return doc[clause.left_edge.i : clause.right_edge.i + 1]
    # Sentence-final attribution: "The cause has never been smooth, Xi said."
    if verb.dep_ != "ROOT":
        tail = _tail_attribution(ctx, verb)
        if tail is not None:
            return doc[verb.sent.start : tail[1]]
    if verb.dep_ == "ROOT":
        sent = verb.sent
        subs = [c for c in verb.children if c.dep_ == "nsubj"]
        if subs:
            stop = subs[0].left_edge.i
            if stop - 1 > sent.start and doc[stop - 1].text in {",", "\u201d", '"'}:
                while stop > sent.start and doc[stop - 1].is_punct:
                    stop -= 1
                if stop - sent.start >= 3:
                    return doc[sent.start : stop]
    return None


def _around_parenthetical(verb: Token) -> tuple[Span, str] | None:
    """ "No one was hurt, he said, and firefighters had contained the blaze": a speech verb set in
    the middle of its sentence (the parser hangs it on the main clause as parataxis) says the rest
    of the sentence. Returns the sentence and the words on both sides of the tag."""
    if verb.dep_ != "parataxis":
        return None
    doc = verb.doc
    sent = verb.sent
    tag = doc[verb.left_edge.i : verb.right_edge.i + 1]
    before = doc[sent.start : tag.start]
    after = doc[tag.end : sent.end]
    parts = [p.text.strip(' ,"\u201c\u201d') for p in (before, after)]
    text = " ".join(p for p in parts if p)
    if sum(text.count(q) for q in '"\u201c\u201d') % 2:
        text = re.sub('["\u201c\u201d]', "", text)  # a quote mark the tag cut off from its pair
    if len(before) < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in before):
        return None
    return doc[sent.start : sent.end], text.rstrip(".")


def _speaker_near_quote(ctx: Context, quote: Span) -> tuple[str | None, Token | None]:
    """The speaker of a direct quote and the speech verb that names them: a speech verb outside
    the quote in its own sentence, else in the previous then the next sentence of the same
    paragraph (a quote runs on after its tag)."""
    doc = ctx.doc
    introduced = _introduced_by_colon(ctx, quote)
    if introduced is not None:
        return introduced
    para = ctx.paragraph_of(quote.start_char)
    own = quote.sent
    candidates = [own]
    if own.start > 0:
        candidates.append(doc[own.start - 1].sent)
    if own.end < len(doc):
        candidates.append(doc[own.end].sent)
    for sent in candidates:
        for tok in sent:
            if quote.start <= tok.i < quote.end or ctx.paragraph_of(tok.idx) != para:
                continue
            if (_is_speech_verb(tok) and tok.lemma_.lower() not in lexicon.reported_only_verbs()) or _frames(
                tok, quote
            ):
                key = _speaker(ctx, tok)
                if key:
                    return key, tok
    return None, None


def _goes_on(ctx: Context, chain: list[list], seg: list) -> bool:
    """A paragraph that is nothing but a quote, right after a paragraph whose quote has a speaker,
    goes on with that speaker's words (news style: '"...," said X.' then '"The region will be
    safer for it."')."""
    qb, qe = seg[0], seg[1]
    start = ctx.text.rfind("\n", 0, qb) + 1
    end = ctx.text.find("\n", qe)
    end = len(ctx.text) if end < 0 else end
    if ctx.text[start:qb].strip() not in {"", "\u201c", '"'} or ctx.text[qe:end].strip(' .\u201d"') != "":
        return False  # words of the paragraph's own around the quote
    last = chain[-1]
    if not any(s[4] for s in chain):
        return False
    between = ctx.text[last[1] : start]
    # the previous quote's paragraph is the one right before (its tag may follow the quote)
    return between.count("\n\n") <= 1 and between.strip().count("\n") == 0 and "\n" in between


#: Nouns of a view: "in X's view", "in the opinion of X".
_VIEW_NOUNS = frozenset({"view", "opinion", "words", "assessment", "estimation", "judgment", "judgement"})


def _views(ctx: Context, covered: list[tuple[int, int]]) -> list[Statement]:
    """What news gives as a person's view without a speech verb: "For X, a senior analyst at Y,
    the attack marks a shift" (X described by an occupation or title), "In X's view, ...", "In
    the opinion of X, ...". The rest of the sentence is X's statement."""
    doc = ctx.doc
    out = []
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ not in {"for", "in"} or len(sent) < 8:
            continue
        prep = first
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        key = None
        if prep.lower_ == "for":
            m = ctx.index.at(pobj.i)
            appos = [c for c in pobj.children if c.dep_ == "appos"]
            if m is not None and m.type == "Person" and any(_is_occupation(a) for a in appos):
                key = m.key
        elif pobj.lemma_.lower() in _VIEW_NOUNS:
            owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
            if owner is None:  # "in the view of X"
                owner = next(
                    (p for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children),
                    None,
                )
            key = ctx.entity_of(owner, via_modifiers=False) if owner is not None else None
        if not ctx.actor_types(key):
            continue
        edge = pobj.right_edge  # (the apposition's closing comma may be in the phrase)
        comma = (
            edge
            if edge.text == ","
            else next((t for t in doc[edge.i + 1 : sent.end] if not t.is_space), None)
        )
        if comma is None or comma.text != "," or comma.i + 3 >= sent.end:
            continue
        rest = doc[comma.i + 1 : sent.end]
        if not any(t.pos_ in {"VERB", "AUX"} for t in rest):
            continue
        begin, end = rest.start_char, rest.end_char
        if any(b <= begin < e or b < end <= e for b, e in covered):
            continue
        text = _clean(rest.text.rstrip("."))
        ev = ctx.evidence("statement.view.v1", begin, end, sent)
        out.append(Statement(key, text, False, ev))
        covered.append((begin, end))
    return out


def _is_occupation(noun: Token) -> bool:
    """ "a senior analyst", "a professor of law", "the bank's chief economist"."""
    words = [lexicon.fold(t.text) for t in noun.subtree if t.i <= noun.i]
    return any(" ".join(words[k:]) in lexicon.titles() for k in range(len(words))) or lexicon.fold(
        noun.lemma_
    ) in {"analyst", "expert", "economist", "researcher", "scholar", "historian", "specialist"}


def _introduced_by_colon(ctx: Context, quote: Span) -> tuple[str, Token] | None:
    """'X had a clear message: "We will not back down."', 'Kenya's reply was blunt: "..."': a
    quote after a colon is the words of the subject of the clause before it, an actor."""
    doc = ctx.doc
    k = quote.start - 1
    while k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 1 or doc[k].text != ":":
        return None
    # the verb of the clause before the colon (the parser may make the quote the sentence's root)
    verb = next((t for t in [doc[k - 1], *doc[k - 1].ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i > k:
        return None
    for sub in verb.children:
        if sub.dep_ in {"nsubj", "nsubjpass"}:
            key = ctx.entity_of(sub)
            if ctx.actor_types(key):
                return key, verb
    return None


#: Verbs that put words in quotation marks into their subject's mouth when the quote is their
#: complement: 'called the raid "a reckless act"', 'accused him of "sowing panic"', 'hailed the
#: deal as "a new chapter"' (not speech verbs: without a quote they report a deed, not words).
_FRAMING_VERBS = frozenset(
    {"call", "accuse", "brand", "label", "dub", "term", "denounce", "condemn", "hail", "praise",
     "criticise", "criticize", "slam", "blast", "decry", "dismiss", "reject"}
)  # fmt: skip


def _frames(verb: Token, quote: Span) -> bool:
    """Whether ``verb`` is a framing verb whose complement holds ``quote``."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FRAMING_VERBS or quote.start <= verb.i:
        return False
    words = [t for t in quote if not t.is_punct]
    return bool(words) and all(verb in t.ancestors for t in words)
