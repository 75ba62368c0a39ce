"""Positions held by persons, and nationality implied by them.

How news writes a post:

- before the name: "Chinese President Xi Jinping", "former Cuban president Raul Castro",
  "Acme chief executive Jane Doe", "China's Foreign Minister Wang Yi";
- in apposition after it: "Pan Deng, the executive director of the X Center, said";
  "Raul Castro, former Cuban president and former chief of the Communist Party of Cuba";
  "Ana Ruiz, 54, a former minister of Y";
- in a relative clause: "Pan, who is also secretary general of Z, noted";
- with a copula: "Ruiz is the chief executive of Acme".

Each gives a Position (holder, organisation or country, the title as written, whether it
is former) and the affiliatedWith sub-property named for the title in ``titles.tsv``.
"""

from __future__ import annotations

import re

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.context import NOMINAL, PRONOUN, Context
from kg.extract.mentions import BODY_NOUNS, ORG_NOUNS, STATE_BODY_WORDS, DocMention
from kg.extract.ner_repair import HONORIFICS, MINISTRY_AREAS
from kg.extract.tokens import columns, pos_ids
from kg.model import Position, Relation

_FORMER = frozenset({"former", "ex", "ex-", "then", "erstwhile"})
#: Titles of national office that wire copy leaves unqualified for the dateline's own country.
_NATIONAL_OFFICE = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "vice-president",
        "government",
        "presidential",
    }
)
_CLAUSE_END = frozenset({",", ";", ".", "(", ")", ":", "\u2014", "--", '"', "\u201c", "\u201d"})
_HEAD_OF_STATE_PROPS = frozenset({"leads", "holdsPositionIn"})


def extract_positions(ctx: Context) -> tuple[list[Position], list[Relation]]:
    positions: list[Position] = []
    nationality: list[Relation] = []
    for m in ctx.index.mentions:
        if m.nested or m.type != "Person":
            continue
        found = _prenominal(ctx, m) + _postnominal(ctx, m) + _pre_appositive(ctx, m)
        found += _leads_in_relative_clause(ctx, m) + _led_by(ctx, m) + _of_body(ctx, m) + _joined(ctx, m)
        found += _leads_in_conjoined_clause(ctx, m)
        found += _sits_for(ctx, m) + _possessive_employer(ctx, m) + _parenthetical_body(ctx, m)
        found += _plural_title_list(ctx, m) + _plural_title_after(ctx, m)
        found += _whose_party(ctx, m) + _took_the_helm(ctx, m) + _sits_on_board(ctx, m)
        if m.end < len(ctx.doc) and ctx.doc[m.end].text == ",":
            found += _copula(ctx, m)
        sent = ctx.doc[m.start].sent
        for pos, _rule, demonym in found:
            if (
                demonym
                and pos.org.startswith("Country:")
                and lexicon.fold(pos.title).split()[-1] in _PRIVATE_OCCUPATIONS
            ):
                # "his Spanish lawyer, X", "a Kenyan journalist": a private occupation with a
                # demonym says where the person is from, not whom they work for
                nationality.append(_citizen(ctx, pos, "nationality.demonym_occupation.v1", sent))
                continue
            positions.append(pos)
            if demonym and pos.prop in _HEAD_OF_STATE_PROPS:
                nationality.append(_citizen(ctx, pos, "nationality.demonym_title.v1", sent))
        nationality += _demonym_apposition(ctx, m) + _demonym_before(ctx, m) + _named_nationals(ctx, m)
        nationality += _holds_citizenship(ctx, m) + _is_of_demonym(ctx, m) + _citizen_of_country(ctx, m)
    positions += _pronoun_subjects(ctx)
    positions += _leads_as_subject(ctx) + _spent_years_at(ctx)
    positions += _replaced_in_appointments(ctx, positions) + _described_then_named(ctx)
    counterparts = _counterparts(ctx, positions)
    for pos in counterparts:
        if pos.prop in _HEAD_OF_STATE_PROPS:
            # "his Turkish counterpart, X": a national post of the country named by its demonym
            span = ctx.doc.char_span(pos.evidence.begin, pos.evidence.end, alignment_mode="expand")
            nationality.append(_citizen(ctx, pos, "nationality.counterpart.v1", span.sent))
    positions += counterparts + _listed_posts(ctx)
    positions += _title_shared_in_list(ctx, positions)
    # "Bolivian President X ... President X said" in a story datelined in Peru: the post the
    # article names with its country, not the dateline's
    named = {
        (p.holder, lexicon.fold(p.title)): p.org
        for p in positions
        if not p.evidence.rule.endswith(_ASSUMED_COUNTRY) and p.org.startswith("Country:")
    }
    positions = [
        p
        for p in positions
        if not (
            p.evidence.rule.endswith(_ASSUMED_COUNTRY)
            and named.get((p.holder, lexicon.fold(p.title)), p.org) != p.org
        )
    ]
    return _dedupe(positions), _dedupe(nationality)


def _pronoun_subjects(ctx: Context) -> list[Position]:
    """ "Born in Tamale, he served as culture minister and later as Ghana's ambassador to Nigeria",
    "She joined Acme in 2019": the posts a profile gives "he" or "she" are the person's the pronoun
    stands for, read as for a named subject."""
    doc = ctx.doc
    out: list[Position] = []
    for tok in doc:
        if tok.lower_ not in {"he", "she"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if tok.head.lemma_.lower() not in _ROLE_VERBS:
            continue
        subject = _profile_subject(ctx)
        sent = tok.sent
        # "Born in Cape Coast in 1942, he ...", "A longtime member of X, she ...": a biography's
        # sentence, fronted with what the person was, is about the person the story is about
        fronted = (
            tok.i - 1 > sent.start
            and doc[tok.i - 1].text == ","
            and not any(o.type == "Person" for o in ctx.index.in_span(sent.start, tok.i))
        )
        key = subject if fronted else ctx.entity_of(tok)
        if key is None or key != subject:
            continue  # (only the person the story is about: a pronoun is too easily someone else)
        m = DocMention(tok.i, tok.i + 1, "PERSON", tok.text, key=key, rule="coref.pronoun")
        out += [pos for pos, _rule, _demonym in _copula(ctx, m) + _joined(ctx, m)]
    return out


def _profile_subject(ctx: Context) -> str | None:
    """The person a story is about (an obituary's, a profile's): named at least three times, and
    twice as often as anyone else."""
    counts = sorted(
        (sum(forms.values()), key) for key, forms in ctx.index.surface.items() if key.startswith("Person:")
    )
    if not counts:
        return None
    top, key = counts[-1]
    second = counts[-2][0] if len(counts) > 1 else 0
    return key if top >= 3 and top >= 2 * second else None


def _replaced_in_appointments(ctx: Context, positions: list[Position]) -> list[Position]:
    """ "Acme named X as its new chief executive, replacing Y": Y held the post X was appointed
    to (a former post), whom the participle of replacing on the appointing verb names."""
    doc = ctx.doc
    appointed = [p for p in positions if p.evidence.rule == "position.appointed_as.v1"]
    out: list[Position] = []
    for m in ctx.index.mentions:
        if m.nested or m.type != "Person":
            continue
        root = doc[m.start : m.end].root
        verb = root.head
        if not (
            root.dep_ == "dobj"
            and verb.lemma_.lower() in {"replace", "succeed"}
            and verb.tag_ == "VBG"
            and verb.dep_ in {"advcl", "conj", "xcomp"}
        ):
            continue
        main = verb.head
        for p in appointed:
            holder = next(
                (
                    h
                    for h in ctx.index.mentions
                    if h.key == p.holder
                    and h.start < verb.i
                    and main.i in {t.head.i for t in doc[h.start : h.end] if t.dep_ in {"dobj", "oprd"}}
                ),
                None,
            )
            if holder is None or p.holder == m.key:
                continue
            last = doc[m.end - 1]
            ev = ctx.evidence("position.replaced.v1", doc[holder.start].idx, last.idx + len(last), main.sent)
            out.append(Position(m.key, p.org, p.title, True, p.prop, ev))
    return out


def _described_then_named(ctx: Context) -> list[Position]:
    """ "A former finance minister of Zambia has been jailed for corruption. Veldmark X, 63, was found
    guilty ...": a sentence whose subject is an unnamed holder of a post ("a", "an" and a title,
    with its country or body), then one whose subject is a person named for the first time, opening
    it: that person holds the post (the way BBC copy introduces the person a story is about)."""
    doc = ctx.doc
    sents = list(doc.sents)
    out: list[Position] = []
    for sent, nxt in zip(sents, sents[1:], strict=False):
        subj = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == sent.root.i), None)
        if (
            subj is None
            or subj.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subj.children)
        ):
            continue
        left = subj.left_edge.i
        if any(
            (p := ctx.index.at(k)) is not None and p.type == "Person"
            for k in range(left, subj.right_edge.i + 1)
        ):
            continue
        words = [lexicon.fold(t.text) for t in doc[left : subj.i + 1]]
        n = _match_title(words)
        if n == 0:
            continue
        title = doc[subj.i + 1 - n : subj.i + 1]
        right = subj.right_edge.i
        if any(
            t.pos_ == "NOUN" and lexicon.fold(t.text) in lexicon.titles()
            for t in sent
            if not left <= t.i <= right
        ):
            continue  # "A Spanish judge ordered a former governor held": the next name may be either
        person = ctx.index.at(nxt.start)
        if (
            person is None
            or person.type != "Person"
            or person.start != nxt.start
            or person.end - person.start < 2
        ):
            continue
        if doc[person.start : person.end].root.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if any(m.key == person.key and m.start < person.start for m in ctx.index.mentions):
            continue  # named before: the description is of someone else
        owner, demonym = None, False
        for k in range(left, subj.i + 1 - n):
            m = ctx.index.at(k)
            if m is not None and m.type in {"Country", "Organisation"}:
                owner, demonym = m, m.label in {"NORP", "COUNTRY"}
        if owner is None:
            ofs = [
                p for c in subj.children if c.dep_ == "prep" and c.lower_ in {"of", "at"} for p in c.children
            ]
            owner = next(
                (
                    m
                    for p in ofs
                    if (m := ctx.index.at(p.i)) is not None and m.type in {"Country", "Organisation"}
                ),
                None,
            )
        if owner is None:
            continue
        if demonym and lexicon.fold(title.text).split()[-1] in _PRIVATE_OCCUPATIONS:
            continue  # "A Kenyan journalist has been arrested": where from, not whose
        former = any(doc[k].lower_ in _FORMER for k in range(left, subj.i))
        last = doc[person.end - 1]
        ev = ctx.evidence("position.described_then_named.v1", doc[left].idx, last.idx + len(last), sent)
        out.append(Position(person.key, owner.key, title.text, former, _title_prop(title.text), ev))
    return out


def _citizen(ctx: Context, pos: Position, rule: str, sent: Span) -> Relation:
    """The nationality a post names: its holder is a citizen of the post's country."""
    return Relation(
        "citizenOf", pos.holder, pos.org, ctx.evidence(rule, pos.evidence.begin, pos.evidence.end, sent)
    )


#: Occupations a demonym qualifies as a nationality ("his Spanish lawyer"), unlike a state's
#: posts ("a Chilean diplomat" serves Chile).
#: Trades that name businesses as often as people: no nationality from them.
_BUSINESS_TRADES = frozenset(
    {"miner", "producer", "maker", "brewer", "retailer", "refiner", "exporter", "importer", "lender",
     "carrier", "operator", "developer", "insurer", "publisher", "broker", "trader", "supplier", "giant"}
)  # fmt: skip
_PRIVATE_OCCUPATIONS = frozenset(
    {"lawyer", "attorney", "journalist", "reporter", "engineer", "architect", "doctor", "physician",
     "nurse", "businessman", "businesswoman", "entrepreneur", "activist", "artist", "writer",
     "novelist", "student", "athlete", "footballer", "photographer", "filmmaker", "singer", "tourist",
     "farmer", "academic", "historian", "researcher", "scientist", "epidemiologist", "geneticist",
     "virologist", "biologist", "agronomist", "analyst", "economist", "worker", "labourer", "laborer",
     "driver", "teacher", "fisherman", "trader", "shopkeeper", "mechanic", "volunteer"}
)  # fmt: skip
#: Rules that give a national post the dateline's or the story's country, not one the text names.
_ASSUMED_COUNTRY = (".dateline_country.v1", ".home_country.v1", ".city_country.v1")


def listed_under_title(ctx: Context, m: DocMention) -> str | None:
    """The title of the plural noun a person is listed under: "the agriculture ministers, A of
    Colombia and B of Ecuador" -> "agriculture minister" for A and for B."""
    doc = ctx.doc
    for node in doc[m.start : m.end]:
        if not (m.start <= node.head.i < m.end) or node.head.i == node.i:
            # climb the list ("A of Peru and B of Bolivia" may hang B on A or on Peru)
            for _ in range(8):
                if node.dep_ not in {"conj", "appos", "pobj", "prep"} or node.head.tag_ == "NNS":
                    break
                node = node.head
            head = node.head
            if node.dep_ != "appos" or head.tag_ != "NNS":
                continue
            words = [
                lexicon.fold(c.text) for c in head.children if c.dep_ in {"compound", "amod"} and c.i < head.i
            ]
            words.append(lexicon.fold(head.lemma_))
            n = _match_title(words)
            if n:
                return " ".join(words[-n:])
    return None


def _listed_posts(ctx: Context) -> list[Position]:
    """ "The foreign ministers, A of Colombia and B of Ecuador, signed ...": A holds the post for
    Colombia, B for Ecuador."""
    doc = ctx.doc
    out: list[Position] = []
    for m in ctx.index.mentions:
        if m.nested or m.type != "Person" or m.end + 1 >= len(doc) or doc[m.end].lower_ != "of":
            continue
        org = ctx.index.at(m.end + 1)
        if org is None or org.type not in {"Country", "Organisation"} or org.start != m.end + 1:
            continue
        title = listed_under_title(ctx, m)
        if title is None:
            continue
        last = doc[org.end - 1]
        ev = ctx.evidence(
            "position.listed_under_title.v1", doc[m.start].idx, last.idx + len(last), doc[m.start].sent
        )
        out.append(Position(m.key, org.key, title, False, _title_prop(title), ev))
    return out


def _country_posts(positions: list[Position]) -> dict[str, list[Position]]:
    """The current posts in a country of each holder."""
    held: dict[str, list[Position]] = {}
    for p in positions:
        if p.org.startswith("Country:") and not p.former:
            held.setdefault(p.holder, []).append(p)
    return held


def _counterparts(ctx: Context, positions: list[Position]) -> list[Position]:
    """ "Kenyan Foreign Minister X spoke with her Tanzanian counterpart, Y": Y holds for Tanzania
    the post X holds for Ukraine (the post X was last named with before the word, else first)."""
    doc = ctx.doc
    held = _country_posts(positions)
    out: list[Position] = []
    pos = pos_ids(doc)
    for i in range(len(doc)):
        if pos[i] != NOUN:
            continue
        tok = doc[i]
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != "counterpart":
            continue
        country = next(
            (
                m.key
                for c in tok.children
                if c.dep_ in {"amod", "compound", "poss", "nmod"}
                and (m := ctx.index.at(c.i)) is not None
                and m.type == "Country"
            ),
            None,
        )
        person = next(
            (
                m
                for c in tok.children
                if c.dep_ == "appos" and (m := ctx.index.at(c.i)) is not None and m.type == "Person"
            ),
            None,
        )
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if country is None or person is None or owner is None:
            continue
        key = ctx.resolved(owner, ctx.index.antecedent(owner.i, frozenset({"Person"})), PRONOUN)
        posts = held.get(key or "", [])
        before = [p for p in posts if p.evidence.begin <= tok.idx]
        ref = before[-1] if before else posts[0] if posts else None
        if ref is None or ref.org == country:
            continue
        last = doc[person.end - 1]
        ev = ctx.evidence("position.counterpart.v1", tok.idx, last.idx + len(last), tok.sent)
        out.append(Position(person.key, country, ref.title, False, ref.prop, ev))
    return out


def _demonym_apposition(ctx: Context, m: DocMention) -> list[Relation]:
    """ "Yaw Boateng, a Ghanaian epidemiologist who ...", "Ana Ruiz, 41, a Chilean national":
    the demonym in the apposition that says what the person is gives their country."""
    doc = ctx.doc
    sent_end = doc[m.start].sent.end
    k = m.end
    if k >= sent_end or doc[k].text != ",":
        return []
    k += 1
    if k + 1 < sent_end and doc[k].like_num and doc[k + 1].text == ",":
        k += 2  # "Ana Ruiz, 41, a ..."
    if k >= sent_end:
        return []
    if doc[k].lower_ in {"a", "an", "the"}:
        k += 1  # "X, the Ghanaian novelist whose books ...", as "a Ghanaian novelist"
    elif not ((d := ctx.index.at(k)) is not None and d.label == "NORP" and d.start == k):
        return []  # (a headline's "X, Ghanaian novelist and former minister, dies at 83")
    demonym = None
    joined: list[DocMention] = []  # demonyms hyphenated to the first: "British-Iranian"
    while (
        k < sent_end
        and k < m.end + 10
        and (doc[k].pos_ in {"ADJ", "NOUN", "PROPN", "ADV"} or doc[k].text == "-")
    ):
        mention = ctx.index.at(k)
        if (
            mention is not None
            and mention.label == "NORP"
            and mention.end + 1 < sent_end
            and doc[mention.end].text == "-"
            and doc[mention.end + 1].lower_ == "born"
        ):
            k = mention.end + 2  # "a German-born British citizen": born there, a citizen of the next
            continue
        if mention is not None and mention.label == "NORP" and demonym is None:
            demonym = mention
            k = mention.end
            continue
        prev = joined[-1] if joined else demonym
        hyphenated = prev is not None and prev.end == k - 1 and doc[k - 1].text == "-"
        if mention is not None and mention.label == "NORP" and hyphenated:
            joined.append(mention)  # "a dual British-Iranian national": both
            k = mention.end
            continue
        if mention is not None:
            return []  # "a Reuters journalist", "a Lagos resident": another name, not a demonym
        k += 1
    head = doc[k - 1]
    word = lexicon.fold(head.lemma_)
    if (
        demonym is not None
        and head.i == demonym.end - 1
        and k < sent_end
        and doc[k].lower_ in _NOUN_DEMONYM_ENDS
    ):
        # "Tom Reilly, an Australian, was among the dead", "X, a Ghanaian living in Milan": the
        # demonym as a noun
        ev = ctx.evidence(
            "nationality.demonym_apposition.v1", doc[m.start].idx, head.idx + len(head), doc[m.start].sent
        )
        return [Relation("citizenOf", m.key, demonym.key, ev)]
    # what a person is: "epidemiologist", "national", "trader" (not "a Ghanaian company")
    if demonym is None or head.pos_ != "NOUN" or head.i < demonym.end or word in ORG_NOUNS:
        return []
    ev = ctx.evidence(
        "nationality.demonym_apposition.v1", doc[m.start].idx, head.idx + len(head), doc[m.start].sent
    )
    return [Relation("citizenOf", m.key, d.key, ev) for d in [demonym, *joined]]


#: What may follow a demonym used as a noun in apposition: "X, an Australian, ...", "X, a
#: Ghanaian living in Milan", "X, a Nigerian who ...".
_NOUN_DEMONYM_ENDS = frozenset({",", ".", ";", "who", "living", "based", "working", "residing"})
#: Nouns for the status a demonym qualifies: "holds Spanish citizenship", "a British passport".
_CITIZENSHIP_NOUNS = frozenset({"citizenship", "nationality", "passport", "passports"})
_HOLD_VERBS = frozenset({"hold", "have", "carry", "acquire", "obtain", "gain", "receive", "take"})


def _citizen_of_country(ctx: Context, m: DocMention) -> list[Relation]:
    """ "X, a citizen of Poland,", "X, 41, a dual national of Poland and Canada": the countries
    an apposition calls the person a citizen of."""
    doc, idx = ctx.doc, ctx.index
    sent_end = doc[m.start].sent.end
    k = m.end
    if k + 4 >= sent_end or doc[k].text != ",":
        return []
    k += 1
    if doc[k].like_num and doc[k + 1].text == ",":
        k += 2  # "X, 41, a ..."
    if k >= sent_end or doc[k].lower_ not in {"a", "an"}:
        return []
    k += 1
    if k < sent_end and doc[k].lower_ in {"dual", "naturalised", "naturalized"}:
        k += 1
    if k + 2 >= sent_end or doc[k].lower_ not in {"citizen", "national"} or doc[k + 1].lower_ != "of":
        return []
    out, k = [], k + 2
    while k < sent_end:
        country = idx.at(k)
        if country is None or country.start != k or country.type != "Country" or country.label == "NORP":
            break
        last = doc[country.end - 1]
        ev = ctx.evidence(
            "nationality.citizen_of.v1", doc[m.start].idx, last.idx + len(last), doc[m.start].sent
        )
        out.append(Relation("citizenOf", m.key, country.key, ev))
        k = country.end + 1 if country.end < sent_end and doc[country.end].lower_ == "and" else sent_end
    return out


def _is_of_demonym(ctx: Context, m: DocMention) -> list[Relation]:
    """ "X, who is Polish, ...", "X is Kenyan": a demonym said of the person with a copula."""
    doc, idx = ctx.doc, ctx.index
    sent = doc[m.start].sent
    out = []
    for tok in doc[m.end : min(m.end + 6, sent.end)]:
        country = idx.at(tok.i)
        if country is None or country.label != "NORP" or country.type != "Country":
            continue
        if tok.dep_ not in {"acomp", "attr"} or tok.head.lemma_ != "be" or country.end != tok.i + 1:
            continue
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ == "who" and tok.head.dep_ == "relcl":
            subj = tok.head.head
        if subj is not None and m.start <= subj.i < m.end:
            ev = ctx.evidence("nationality.is_demonym.v1", doc[m.start].idx, tok.idx + len(tok), sent)
            out.append(Relation("citizenOf", m.key, country.key, ev))
    return out


def _holds_citizenship(ctx: Context, m: DocMention) -> list[Relation]:
    """ "X, who holds Spanish citizenship,", "X has a British passport": the person whose clause
    says they hold a country's citizenship or passport is its citizen."""
    doc, idx = ctx.doc, ctx.index
    sent = doc[m.start].sent
    out = []
    for tok in doc[m.end : sent.end]:
        if tok.lower_ not in _CITIZENSHIP_NOUNS or tok.dep_ != "dobj" or tok.head.lemma_ not in _HOLD_VERBS:
            continue
        verb = tok.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None or not m.start <= subj.i < m.end:
            continue
        for mod in tok.children:
            for t in [mod, *mod.conjuncts]:
                country = idx.at(t.i)
                if (
                    t.dep_ in {"amod", "compound", "conj"}
                    and country is not None
                    and country.label == "NORP"
                    and country.type == "Country"
                ):
                    ev = ctx.evidence(
                        "nationality.holds_citizenship.v1", doc[m.start].idx, tok.idx + len(tok), sent
                    )
                    out.append(Relation("citizenOf", m.key, country.key, ev))
    return out


def _named_nationals(ctx: Context, m: DocMention) -> list[Relation]:
    """ "Two Britons, X and Y, were detained", "three Kenyans, including X,": persons named in
    apposition to a plural demonym are its country's nationals."""
    doc = ctx.doc
    tok = doc[m.end - 1]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "X and Y": the first of the list (the parser may hang it on the group)
        if ctx.index.at(tok.i) is not None and ctx.index.at(tok.i).label == "NORP":
            break
    if ctx.index.at(tok.i) is not None and ctx.index.at(tok.i).label == "NORP":
        pass  # "two Norwegians, X and Y": the list conjoined to the group itself
    elif tok.dep_ == "pobj" and tok.head.lower_ == "including":
        tok = tok.head.head if tok.head.dep_ == "prep" else tok
    elif tok.dep_ == "appos":
        tok = tok.head
    else:
        return []
    group = ctx.index.at(tok.i)
    if group is None or group.label != "NORP" or group.type != "Country" or tok.tag_ not in {"NNS", "NNPS"}:
        return []
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in {",", "-", "—"}:
        return []  # "Britons Ana and ..." is rare; "Kenyans who" is not an apposition
    first, last = min(group.start, m.start), max(group.end, m.end) - 1
    ev = ctx.evidence(
        "nationality.named_nationals.v1", doc[first].idx, doc[last].idx + len(doc[last]), doc[m.start].sent
    )
    return [Relation("citizenOf", m.key, group.key, ev)]


#: Verbs of a relative clause that say whom a person leads: "X, who chairs the Senate finance
#: committee,", "X, who founded Acme in 2009,". verb lemma -> (title, property).
_LEADING_VERBS = {
    "head": ("head", "leads"),
    "chair": ("chair", "leads"),
    "lead": ("leader", "leads"),
    "run": ("head", "leads"),
    "direct": ("director", "leads"),
    "found": ("founder", "founded"),
    "co-found": ("co-founder", "founded"),
    "own": ("owner", "holdsPositionIn"),
}


def _leads_in_relative_clause(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "Wycliffe Kiprop, who chairs the Senate finance committee,": the body the clause's object names."""
    doc = ctx.doc
    sent = doc[m.start].sent
    k = m.end
    if k + 3 < sent.end and doc[k].text == "," and doc[k + 1].like_num and doc[k + 2].text == ",":
        k += 2  # "Orla Venn, 51, who founded ...": past the age
    if k + 2 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in {"a", "an", "the"}:
        # "X, a Swedish officer who heads the mission,": the relative clause on the apposition
        k = _who_after_apposition(doc, k + 1, sent)
    if k + 2 >= sent.end or doc[k].text != "," and doc[k].pos_ != "NOUN" or doc[k + 1].lower_ != "who":
        return []
    verb = doc[k + 2]
    if verb.lower_ in {"has", "had", "also", "now", "currently"} and k + 3 < sent.end:
        verb = doc[k + 3]
    elif verb.lower_ in {"until", "till"} and k + 4 < sent.end and doc[k + 3].lower_ in {"now", "recently"}:
        verb = doc[k + 4]  # "X, who until now ran state distributor Y,": a post just left
    found = _LEADING_VERBS.get(verb.lemma_.lower())
    if found is None or verb.pos_ != "VERB":
        return []
    # "who ran Y until now", "who led Y for a decade": a past head, chair or lead is a former post
    past = verb.tag_ == "VBD" and found[1] == "leads" and doc[k + 2].lower_ not in {"has", "now", "currently"}
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        body = ctx.index.at(obj.i)
        if body is None:  # "who leads the opposition Verdant Alliance": the name the noun is given
            body = next(
                (ctx.index.at(c.i) for c in obj.children if c.dep_ == "appos" and ctx.index.at(c.i)), None
            )
        if body is None and obj.lemma_.lower() in _GOVERNING_BODIES:
            # "X, who chairs Acme's board,": the chair of the organisation the board governs
            body = _unit_owner(ctx, obj, verb)
        elif body is None and obj.lemma_.lower() in _UNITS:
            # "who heads the institute's virology unit", "who runs the research unit at X": the
            # person works for the organisation the unit is part of
            owner = _unit_owner(ctx, obj, verb)
            if owner is None:
                return []
            last = doc[max(obj.i, owner.end - 1)]
            rule = "position.relative_clause.unit.v1"
            ev = ctx.evidence(rule, doc[m.start].idx, last.idx + len(last), sent)
            kinds = " ".join(t.text for t in obj.lefts if t.dep_ == "compound")
            article = "" if obj.lemma_.lower() in _FUNCTIONS else "the"  # "head of equity research"
            title = f"{found[0]} of {article} {kinds} {obj.text}"
            pos = Position(m.key, owner.key, " ".join(title.split()), past, "worksFor", ev)
            return [(pos, ev.rule, False)]
        if body is None and obj.is_lower and obj.lemma_.lower() in ORG_NOUNS and not _title_before(ctx, m):
            # "X, who heads the agency,": the agency the article named with that word (not after a
            # title: "Acme president X, who has led the federation since 2017," is Acme's)
            named = ctx.index.antecedent_org(obj.i, obj.lemma_.lower(), named_only=True)
            body = ctx.index.first(named) if named is not None else None
        if body is None or body.type != "Organisation":
            return []  # "chairs the Senate finance committee": the committee, not the Senate
        title, prop = found
        ev = ctx.evidence(
            "position.relative_clause.v1",
            doc[m.start].idx,
            doc[body.end - 1].idx + len(doc[body.end - 1]),
            sent,
        )
        return [(Position(m.key, body.key, title, past, prop, ev), "position.relative_clause.v1", False)]
    return []


def _leads_in_conjoined_clause(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "X, who served as Senegal's prime minister and later led the West African Development
    Bank,": the second verb of the relative clause, joined to the first, leads the body it names."""
    doc = ctx.doc
    head = doc[m.end - 1]
    out: list[tuple[Position, str, bool]] = []
    for rel in head.children:
        if rel.dep_ != "relcl" or not any(g.dep_ == "nsubj" and g.lower_ == "who" for g in rel.children):
            continue
        for verb in (c for c in rel.children if c.dep_ == "conj"):
            found = _LEADING_VERBS.get(verb.lemma_.lower())
            if (
                found is None
                or verb.pos_ != "VERB"
                or any(g.dep_ in {"nsubj", "nsubjpass"} for g in verb.children)
            ):
                continue
            past = verb.tag_ == "VBD" and found[1] == "leads"
            for obj in verb.children:
                body = ctx.index.at(obj.i) if obj.dep_ == "dobj" else None
                if body is None or body.type != "Organisation":
                    continue
                last = doc[body.end - 1]
                ev = ctx.evidence(
                    "position.relative_clause.v1", doc[m.start].idx, last.idx + len(last), doc[m.start].sent
                )
                out.append((Position(m.key, body.key, found[0], past, found[1], ev), ev.rule, False))
    return out


def _who_after_apposition(doc, k: int, sent) -> int:
    """The index of the noun before "who" in an apposition starting at ``k`` ("a Swedish officer who
    heads ..."), or ``k`` when the apposition has no such clause within a few words."""
    for j in range(k + 1, min(k + 6, sent.end - 1)):
        if doc[j].text in _CLAUSE_END:
            break
        if doc[j + 1].lower_ == "who" and doc[j].pos_ == "NOUN":
            return j
    return k


#: Parts of an organisation a person heads without heading the organisation.
#: What a company does, headed by one of its staff: "who heads equity research at Y".
_FUNCTIONS = frozenset({"research", "sales", "operations", "strategy", "marketing", "trading", "compliance"})
_UNITS = frozenset(
    {"unit", "department", "division", "team", "section", "laboratory", "lab", "desk", "programme", "program",
     "committee", "business", "arm", "office", "bureau", "branch"}
) | _FUNCTIONS  # fmt: skip


def _unit_owner(ctx: Context, unit, verb) -> DocMention | None:
    """The organisation a unit belongs to: "the institute's unit" (an organisation named before),
    "the Acme board" (its name before the unit's), "the unit of/at/in X", "runs research at X" (a
    phrase of the verb)."""
    for child in unit.children:
        if child.dep_ == "poss":
            key = ctx.entity_of(child)
            if key is not None and key.startswith("Organisation:"):
                return ctx.index.first(key)
        owner = ctx.index.at(child.i) if child.dep_ == "compound" else None
        if owner is not None and owner.type == "Organisation" and owner.end == unit.i:
            return owner
    for head in (unit, verb):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "at", "in"}:
                continue
            for pobj in prep.children:
                owner = ctx.index.at(pobj.i) if pobj.dep_ == "pobj" else None
                if owner is not None and owner.type == "Organisation":
                    return owner
    return None


#: Organisations one joins as a member, by the last word of their name; one joins others as staff.
_MEMBERSHIPS = frozenset(
    {"party", "alliance", "front", "movement", "coalition", "bloc", "league", "club", "association", "union"}
)  # fmt: skip


def _joined(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "X joined Acme in 2019 as head of research", "X, who joined the court in 2021,": the
    organisation X works for (or is a member of, for a party or an alliance)."""
    doc = ctx.doc
    head = doc[m.end - 1]
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in {"join", "leave"}:
        verb = head.head
    else:
        # "X, who joined", "X, a lawyer who joined"
        nouns = [head] + [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        verb = next(
            (
                c
                for n in nouns
                for c in n.children
                if c.dep_ == "relcl"
                and c.lemma_.lower() in {"join", "leave"}
                and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
            ),
            None,
        )
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return []
    body = None
    for obj in verb.children:
        found = ctx.index.at(obj.i) if obj.dep_ == "dobj" else None
        if found is not None and found.type == "Organisation":
            body = found
        elif obj.dep_ == "dobj" and obj.lemma_.lower() in ORG_NOUNS:
            # "who joined the court in 2021": the court the article named
            key = ctx.entity_of(obj, via_modifiers=False)
            if verb.lemma_.lower() == "leave":
                # "X, who left the company in July": the one the article names with that word, else
                # the company the story is about (not the last one named)
                named = ctx.index.antecedent_org(obj.i, obj.lemma_.lower(), named_only=True)
                key = named or (_topic_body(ctx) if obj.lemma_.lower() in {"company", "firm"} else None)
            if key is not None and key.startswith("Organisation:"):
                body = ctx.index.first(key)
    if body is None:
        return []
    sent = doc[m.start].sent
    title = None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            phrase = doc[prep.i + 1 : prep.right_edge.i + 1]
            span = _title_in(doc, phrase)
            if span is not None:  # "as head of research": the whole phrase, past its article
                title = " ".join(t.text for t in doc[span[0] : phrase.end] if t.dep_ != "det")
    member = lexicon.fold(body.text).split()[-1] in _MEMBERSHIPS
    if title is None:
        title, prop = ("member", "memberOf") if member else ("member of staff", "worksFor")
    else:
        prop = _title_prop(title)
        prop = "worksFor" if prop == "holdsPositionIn" else prop
    end = max(body.end, verb.right_edge.i + 1 if title not in {"member", "member of staff"} else body.end)
    last = doc[min(end, sent.end) - 1]
    # "X, who left Acme in 2020,": the post one leaves is a former one
    left = verb.lemma_.lower() == "leave"
    rule = "position.left.v1" if left else "position.joined.v1"
    ev = ctx.evidence(rule, doc[min(m.start, verb.i)].idx, last.idx + len(last), sent)
    out = [(Position(m.key, body.key, title, left, prop, ev), ev.rule, False)]
    return out + ([] if left else _joined_from(ctx, m, verb))


def _joined_from(ctx: Context, m: DocMention, verb) -> list[tuple[Position, str, bool]]:
    """ "X joined Acme in 2019 from truckmaker Pellmore Motors": the organisation one came from is
    a former employer (a former party, for a party)."""
    doc = ctx.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        body = next((ctx.index.at(c.i) for c in prep.children if c.dep_ == "pobj"), None)
        if body is None or body.type != "Organisation":
            continue
        title, prop = _staff_or_member(body)
        last = doc[body.end - 1]
        ev = ctx.evidence(
            "position.joined_from.v1", doc[min(m.start, verb.i)].idx, last.idx + len(last), doc[m.start].sent
        )
        return [(Position(m.key, body.key, title, True, prop, ev), ev.rule, False)]
    return []


#: Verbs of a job done at an organisation: "X, who teaches law at Y", "X, who manages funds at Y".
_WORKING_VERBS = frozenset({"teach", "lecture", "manage", "cover"})
#: Verbs of a relative clause whose object is some work of a body ("who coordinates the work of
#: the Crescent Relief Society", "who directs the programme at X"), or the body itself ("who advises Y").
_STAFF_VERBS = frozenset({"coordinate", "direct", "oversee", "supervise", "advise"})


def _sits_for(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "lawmaker X, who sits for the Y party in parliament", "X, who represents the Y party": a
    member of the party (or alliance) the clause names; "X, who works for Y", "X works at Y":
    one of its staff (a past "worked", with no "has", a former post)."""
    doc = ctx.doc
    head = doc[m.end - 1]
    # ("X, a Norwegian who previously worked for Y,": a demonym as the apposition's noun too)
    nouns = [head] + [
        c
        for c in head.children
        if c.dep_ == "appos"
        and (c.pos_ == "NOUN" or ((d := ctx.index.at(c.i)) is not None and d.label == "NORP"))
    ]
    verbs = [
        c
        for n in nouns
        for c in n.children
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
    ]
    subject = head
    while subject.dep_ in {"conj", "appos"} and subject.head.i != subject.i:
        subject = subject.head  # "Both X and fellow lawmaker Y belong to the Z party"
    if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in {"work", "belong"}:
        verbs.append(subject.head)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in {"sit", "represent", "work", "belong"} | _WORKING_VERBS | _STAFF_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            return []
        preps = {"for", "with"} if lemma == "sit" else {"for", "at"}  # "works with Y": a partner
        preps = {"at"} if lemma in _WORKING_VERBS else preps  # "teaches at Y", not "manages for clients"
        preps = {"to"} if lemma == "belong" else preps  # "belongs to the Y party"
        objs = [c for c in verb.children if c.dep_ == "dobj"] if lemma in {"represent", "advise"} else []
        if lemma in _STAFF_VERBS:
            # "coordinates the work of X", "directs the emergency programme at X"
            preps = set()
            objs += [
                g
                for d in verb.children
                if d.dep_ == "dobj" and d.is_lower
                for c in d.children
                if c.dep_ == "prep" and c.lower_ in {"of", "at", "for"}
                for g in c.children
                if g.dep_ == "pobj"
            ]
        heads = [verb] + [c for c in verb.children if c.dep_ == "dobj" and lemma in _WORKING_VERBS]
        objs += [
            g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
        ]
        for obj in objs:
            body = ctx.index.at(obj.i)
            if body is None:  # "the Amber Horizon party": the name before the common noun
                body = next(
                    (ctx.index.at(c.i) for c in obj.lefts if c.dep_ == "compound" and ctx.index.at(c.i)), None
                )
            if body is None and obj.is_lower and obj.lemma_.lower() in BODY_NOUNS:
                # "works for the aid group Hands of Kindness": the name in apposition to the common noun
                body = next(
                    (ctx.index.at(c.i) for c in obj.rights if c.dep_ == "appos" and ctx.index.at(c.i)), None
                )
            if body is None and lemma == "work" and obj.is_lower and obj.lemma_.lower() in ORG_NOUNS:
                # "X worked at the fund for six years": the fund the article named with that word
                named = ctx.index.antecedent_org(obj.i, obj.lemma_.lower(), named_only=True)
                body = ctx.index.first(named) if named is not None else None
            if body is None or body.type != "Organisation":
                continue
            member = lexicon.fold(body.text).split()[-1] in _MEMBERSHIPS or obj.lemma_.lower() in _MEMBERSHIPS
            if lemma in {"sit", "represent", "belong"} and not member:
                continue  # "who represents Acme in the talks": an agent, not a member
            title = _title_before(ctx, m)
            if lemma == "work" or lemma in _WORKING_VERBS | _STAFF_VERBS:
                title, prop = title or ("adviser" if lemma == "advise" else "member of staff"), "worksFor"
            else:
                title, prop = title or "member", "memberOf"
            former = lemma not in {"sit", "represent", "belong"} and verb.tag_ == "VBD"
            sent = doc[m.start].sent
            last = doc[body.end - 1]
            first = min(m.start, verb.i)
            rule = (
                "position.sits_for.v1" if lemma in {"sit", "represent", "belong"} else "position.works_for.v1"
            )
            ev = ctx.evidence(rule, doc[first].idx, last.idx + len(last), sent)
            return [(Position(m.key, body.key, title, former, prop, ev), ev.rule, False)]
    return []


def _possessive_employer(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "Pellmore Securities' Tobin Grael said": a person named right after an organisation's
    possessive works for it (is a member of it, for a party or an alliance)."""
    doc = ctx.doc
    sent = doc[m.start].sent
    k = m.start - 1
    if k - 1 < sent.start or doc[k].text not in {"'s", "\u2019s", "'", "\u2019"}:
        return []
    owner = ctx.index.at(k - 1)
    if owner is None or owner.type != "Organisation" or owner.end != k:
        return []
    title, prop = _staff_or_member(owner)
    last = doc[m.end - 1]
    ev = ctx.evidence("position.possessive_employer.v1", doc[owner.start].idx, last.idx + len(last), sent)
    return [(Position(m.key, owner.key, title, False, prop, ev), ev.rule, False)]


def _staff_or_member(body: DocMention) -> tuple[str, str]:
    """What a person named with an organisation and no title is to it: a member of a party or an
    alliance, one of the staff of anything else."""
    if lexicon.fold(body.text).split()[-1] in _MEMBERSHIPS:
        return "member", "memberOf"
    return "member of staff", "worksFor"


def _parenthetical_body(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "Tobin Grael (Verdant Alliance) voted against the bill": an organisation alone in brackets
    right after a name is the person's party (or employer)."""
    doc = ctx.doc
    sent = doc[m.start].sent
    k = m.end
    if k + 2 >= sent.end or doc[k].text != "(":
        return []
    body = ctx.index.at(k + 1)
    if body is None or body.type != "Organisation" or body.start != k + 1 or body.end >= sent.end:
        return []
    if doc[body.end].text != ")":
        return []
    title, prop = _title_before(ctx, m) or "", ""
    if not title:
        title, prop = _staff_or_member(body)
    else:
        prop = "memberOf" if _staff_or_member(body)[1] == "memberOf" else _title_prop(title)
    ev = ctx.evidence("position.parenthetical_body.v1", doc[m.start].idx, doc[body.end].idx + 1, sent)
    return [(Position(m.key, body.key, title, False, prop, ev), ev.rule, False)]


def _person_verbs(doc: Doc, m: DocMention) -> list[Token]:
    """The verbs a person's mention is the subject of: its relative clauses ("X, who sits on ...")
    and the verb it is the subject of ("X sits on ...")."""
    head = doc[m.end - 1]
    verbs = [c for c in head.children if c.dep_ == "relcl"]
    if head.dep_ == "nsubj":
        verbs.append(head.head)
    return verbs


def _sits_on_board(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "X, who sits on Acme's board,", "X sits on the board of Acme": a member of its board."""
    doc = ctx.doc
    for verb in _person_verbs(doc, m):
        if verb.lemma_.lower() not in {"sit", "serve"} or any(c.dep_ == "neg" for c in verb.children):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "on":
                continue
            for board in prep.children:
                if board.dep_ != "pobj" or board.lemma_.lower() not in _GOVERNING_BODIES:
                    continue
                body = _unit_owner(ctx, board, verb)
                if body is not None:
                    last = doc[max(board.i, body.end - 1)]
                    first = min(m.start, verb.i)
                    ev = ctx.evidence(
                        "position.sits_on_board.v1", doc[first].idx, last.idx + len(last), doc[m.start].sent
                    )
                    return [
                        (Position(m.key, body.key, "board member", False, "memberOf", ev), ev.rule, False)
                    ]
    return []


def _whose_party(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "X, whose Verdant Alliance won 30 seats,": the party (or alliance) "whose" gives the person."""
    doc = ctx.doc
    sent = doc[m.start].sent
    k = m.end
    if k + 2 >= sent.end or doc[k].text != "," or doc[k + 1].lower_ != "whose":
        return []
    body = ctx.index.at(k + 2)
    if body is None or body.type != "Organisation" or body.start != k + 2:
        return []
    if _staff_or_member(body)[1] != "memberOf":
        return []  # "X, whose Acme Corp ...": an owner or a founder, not said
    last = doc[body.end - 1]
    ev = ctx.evidence("position.whose_party.v1", doc[m.start].idx, last.idx + len(last), sent)
    return [(Position(m.key, body.key, "member", False, "memberOf", ev), ev.rule, False)]


def _took_the_helm(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "X took the helm at Acme in 2020", "X, who takes the helm of Acme in June,": the head of it."""
    doc = ctx.doc
    for verb in _person_verbs(doc, m):
        helm = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "helm"), None)
        if verb.lemma_.lower() != "take" or helm is None:
            continue
        for prep in [*helm.children, *verb.children]:
            if prep.dep_ != "prep" or prep.lower_ not in {"at", "of"}:
                continue
            body = next((ctx.index.at(c.i) for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.type == "Organisation":
                last = doc[body.end - 1]
                first = min(m.start, verb.i)
                ev = ctx.evidence(
                    "position.took_the_helm.v1", doc[first].idx, last.idx + len(last), doc[m.start].sent
                )
                return [(Position(m.key, body.key, "head", False, "leads", ev), ev.rule, False)]
    return []


#: Plural national titles whose list of names is one government's ("ministers X, Y and Z"), not
#: one leader each of several countries ("Presidents X and Y", "foreign ministers X and Y").
_ONE_GOVERNMENT = frozenset({"minister", "cabinet minister", "government minister", "senior minister"})


def _plural_title_list(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "The meeting was attended by ministers X, Y and Z", "Acme directors X and Y said", "Acme's
    co-founders, X and Y, said": each name of a list right after a plural title holds that post,
    with the body (or country) named before it, or for bare "ministers" the story's country."""
    doc = ctx.doc
    sent = doc[m.start].sent
    k = m.start - 1
    while k > sent.start:  # back over the names listed before this one
        other = ctx.index.at(k)
        if doc[k].text == "," or doc[k].lower_ == "and":
            k -= 1
        elif other is not None and other.type == "Person" and other.key != m.key:
            k = other.start - 1
        else:
            break
    if doc[k + 1].text == "," and k + 2 < m.end:
        # "Acme's co-founders, X and Y,": the list in apposition to the plural title
        first = ctx.index.at(k + 2)
        owned, rule = True, "position.plural_title_apposition.v1"
    else:
        first = ctx.index.at(k + 1)
        owned, rule = False, "position.plural_title_list.v1"
    if first is None or first.type != "Person":
        return []
    return _plural_post(ctx, m, k, rule, owned=owned)


def _plural_title_after(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "X and Y, Acme's co-founders, signed the deal": each name of a list followed by a plural
    title of a body in apposition holds that post."""
    doc = ctx.doc
    sent = doc[m.start].sent
    # (a name after a comma is listed only after another name: not "the island's president, X,")
    listed = m.start - 2 >= sent.start and (p := ctx.index.at(m.start - 2)) is not None and p.type == "Person"
    before = m.start - 1 >= sent.start and (
        doc[m.start - 1].lower_ == "and" or (doc[m.start - 1].text == "," and listed)
    )
    k, names = m.end, 1 + before
    while k + 1 < sent.end:  # on over the names listed after this one
        other = ctx.index.at(k)
        after = ctx.index.at(k + 1)
        if doc[k].lower_ == "and" or (doc[k].text == "," and after is not None and after.type == "Person"):
            k += 1
        elif other is not None and other.type == "Person" and other.key != m.key:
            k, names = other.end, names + 1
        else:
            break
    if names < 2 or doc[k].text != ",":
        return []
    j = k + 1
    while j < sent.end and doc[j].text not in _CLAUSE_END:
        j += 1
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[k + 1 : j]):
        return []  # "X and Y, met U.S. lawmakers": a clause, no apposition
    return _plural_post(ctx, m, j - 1, "position.plural_title_apposition.v1", owned=True)


def _plural_post(
    ctx: Context, m: DocMention, k: int, rule: str, *, owned: bool
) -> list[tuple[Position, str, bool]]:
    """The post a plural title at ``k`` names for ``m``: of the body or country named right before the
    title (required when ``owned``), else for bare "ministers" the story's country."""
    doc = ctx.doc
    sent = doc[m.start].sent
    plural = doc[k]
    if plural.tag_ != "NNS" or not plural.is_lower:
        return []
    words = [lexicon.fold(t.text) for t in doc[max(sent.start, k - 2) : k]] + [lexicon.fold(plural.lemma_)]
    n = _match_title(words)
    if n == 0:
        return []
    t_start = k + 1 - n
    title = " ".join(words[-n:]).replace(" - ", "-")  # "co - founder"
    owner = ctx.index.at(t_start - 1) if t_start - 1 >= sent.start else None
    if owner is None and t_start - 2 >= sent.start and doc[t_start - 1].text in {"'s", "\u2019s"}:
        owner = ctx.index.at(t_start - 2)  # "Acme's directors X and Y"
    if owner is not None and owner.type in {"Organisation", "Country"}:
        org_key = owner.key
    elif title in _ONE_GOVERNMENT and not owned:
        org_key, rule = _national_country(ctx, sent, "position.plural_title_list")
    else:
        return []
    if org_key is None:
        return []
    first, last = min(t_start, m.start), doc[max(k, m.end - 1)]
    ev = ctx.evidence(rule, doc[first].idx, last.idx + len(last), sent)
    return [(Position(m.key, org_key, title, False, _title_prop(title), ev), rule, False)]


def _of_body(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "Karsim mayor Ruben Tavora, of the centre-right Norvik Unity League (NUL), met ...": a
    name followed by "of" and an organisation in apposition is a member of it; "analyst X, of
    the Toulouse-based Y", "her lawyer, X of the firm Y,": one who works there, with the title
    named before the name."""
    doc = ctx.doc
    sent = doc[m.start].sent
    k = m.end
    comma = k < sent.end and doc[k].text == ","
    k += comma
    if k + 2 >= sent.end or doc[k].lower_ != "of":
        return []
    j = k + 1
    while j < min(k + 7, sent.end) and (doc[j].text == "-" or not doc[j].is_punct):
        place = ctx.index.at(j)
        if (
            place is not None
            and place.type in {"Location", "Country"}
            and place.end + 1 < sent.end
            and doc[place.end].text == "-"
            and doc[place.end + 1].lower_ == "based"
        ):
            j = place.end + 2  # "the Toulouse-based": where the body is, before its name
            continue
        if place is not None:
            break
        if doc[j].pos_ not in {"DET", "ADJ", "ADV"} and doc[j].text != "-" and not doc[j].is_lower:
            return []
        j += 1  # "the centre-right", "the ruling", "the law firm": words before the name
    body = ctx.index.at(j)
    if body is None or body.type != "Organisation" or body.start != j or body.end >= sent.end:
        return []
    place = ctx.index.at(body.end + 1) if doc[body.end].lower_ == "in" else None
    verb = doc[m.end - 1].head if _speaks(doc[m.end - 1]) else None
    if (
        doc[body.end].text not in {",", "(", ".", ";"}
        and not (place and place.type in {"Location", "Country"})
        and not (verb is not None and verb.i == body.end)
    ):
        return []  # "X of Y in Paris was more cautious", "X of Y said": the body's name ends there
    title, prop = "member", "memberOf"
    named = _title_before(ctx, m)
    if lexicon.fold(body.text).split()[-1] not in _MEMBERSHIPS and named is not None:
        title, prop = named, "worksFor"
    elif not comma and named is None and _speaks(doc[m.end - 1]):
        # "X of Brixton Vale Capital, which holds shares, said": a speaker named with a body
        title, prop = _staff_or_member(body)
    elif not comma:
        return []  # "X of Y" with no comma and no title: not a post ("written by X of Y")
    last = doc[body.end - 1]
    ev = ctx.evidence("position.of_body.v1", doc[m.start].idx, last.idx + len(last), sent)
    return [(Position(m.key, body.key, title, False, prop, ev), "position.of_body.v1", False)]


def _speaks(tok) -> bool:
    """Whether a name's head token is the subject of its clause ("X of Y said", "said X of Y",
    "X of Y was more cautious"), not an agent or object ("written by X of Y")."""
    return tok.dep_ in {"nsubj", "nsubjpass"}


def _title_before(ctx: Context, m: DocMention) -> str | None:
    """The title right before a name ("analyst X", "its lawyer, X"), or None."""
    doc = ctx.doc
    sent = doc[m.start].sent
    end = m.start
    if end - 1 > sent.start and doc[end - 1].text == ",":
        end -= 1
    for n in range(min(lexicon.max_title_words(), end - sent.start), 0, -1):
        if lexicon.fold(doc[end - n : end].text) in lexicon.titles():
            return doc[end - n : end].text
    return None


def _leads_as_subject(ctx: Context) -> list[Position]:
    """ "Tibor Veldar ... chaired the ruling Velsko League for two decades", "He founded the Norvik
    People's Party": a person (or a pronoun for one) as the subject of a leading verb whose object
    names an organisation; a past lead, head, chair or run is a former post."""
    doc = ctx.doc
    out = []
    for verb in doc:
        found = _LEADING_VERBS.get(verb.lemma_.lower())
        if found is None or verb.pos_ != "VERB" or verb.dep_ in {"relcl", "acl"}:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "led X and chaired Y"
        holder = ctx.entity_of(subjects[0]) if len(subjects) == 1 else None
        if holder is None or not holder.startswith("Person:"):
            continue
        for obj in verb.children:
            body = ctx.index.at(obj.i) if obj.dep_ == "dobj" else None
            if body is None or body.type != "Organisation":
                continue
            title, prop = found
            past = verb.tag_ == "VBD" and prop == "leads"
            last = doc[body.end - 1]
            ev = ctx.evidence("position.leads_as_subject.v1", verb.idx, last.idx + len(last), verb.sent)
            out.append(Position(holder, body.key, title, past, prop, ev))
    return out


def _spent_years_at(ctx: Context) -> list[Position]:
    """ "Before joining the central bank she spent 15 years at Pellmore Securities", "He worked at the fund
    for six years": a person (or a pronoun for one) who spent years at, or worked at, an
    organisation; a past tense is a former post."""
    doc = ctx.doc
    out = []
    for verb in doc:
        lemma = verb.lemma_.lower()
        if lemma not in {"spend", "work"} or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or (lemma == "work" and subjects[0].pos_ != "PRON"):
            continue  # a named worker is read by _sits_for
        holder = ctx.entity_of(subjects[0])
        if holder is None or not holder.startswith("Person:"):
            continue
        heads = [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SPANS]
        if lemma == "spend" and len(heads) == 1:
            continue  # "spent the money at ...": only years spent count
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"at", "with"}):
            body = next((ctx.index.at(c.i) for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.type == "Organisation":
                last = doc[body.end - 1]
                ev = ctx.evidence("position.spent_years_at.v1", verb.idx, last.idx + len(last), verb.sent)
                out.append(Position(holder, body.key, "member of staff", verb.tag_ == "VBD", "worksFor", ev))
                break
    return out


#: Spans of time one spends at an employer.
_SPANS = frozenset({"year", "decade", "month", "career"})


#: The bodies that govern an organisation, which one chairs or leads on its behalf.
_GOVERNING_BODIES = frozenset({"board", "council", "executive", "management", "leadership"})


def _led_by(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "The Orvane Unity Front, which is led by Sadou Talba,", "the Karsim Movement is led by X",
    "a party founded by X": the body a leading verb's passive names, with the person as its agent."""
    doc = ctx.doc
    heads = [t for t in doc[m.start : m.end] if not m.start <= t.head.i < m.end]
    if len(heads) == 1 and heads[0].dep_ == "appos" and heads[0].head.dep_ == "pobj":
        heads = [heads[0].head]  # "owned by his brother-in-law, X"
    if len(heads) != 1 or heads[0].dep_ != "pobj" or heads[0].head.dep_ != "agent":
        return []
    verb = heads[0].head.head
    found = _LEADING_VERBS.get(verb.lemma_.lower())
    if found is None or verb.tag_ != "VBN":
        return []
    if verb.dep_ in {"relcl", "acl"}:
        body_tok = verb.head  # "X, which is led by ...", "X, led by ..."
        if ctx.index.at(body_tok.i) is None and body_tok.dep_ == "appos" and body_tok.pos_ == "NOUN":
            body_tok = body_tok.head  # "X, a firm owned by ..."
    else:
        body_tok = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    body = ctx.index.at(body_tok.i) if body_tok is not None else None
    group = _staff_group(body_tok) if body_tok is not None else None
    if group is not None:
        # "Acme analysts led by X", "analysts at Acme led by X", "a team led by X at Acme": X leads a
        # group of the organisation's staff, and works for it
        return _leads_staff_group(ctx, m, group, verb)
    if body is None and body_tok is not None and body_tok.lemma_.lower() in _GOVERNING_BODIES:
        # "Tarvik's board, chaired by X,": the organisation whose board it is
        owner = next((c for c in body_tok.children if c.dep_ == "poss"), None)
        body = ctx.index.at(owner.i) if owner is not None else None
    if body is None or body.type != "Organisation" or body.key == m.key:
        return []
    title, prop = found
    first, last = min(body.start, m.start), max(body.end, m.end) - 1
    ev = ctx.evidence("position.led_by.v1", doc[first].idx, doc[last].idx + len(doc[last]), doc[m.start].sent)
    return [(Position(m.key, body.key, title, False, prop, ev), "position.led_by.v1", False)]


#: Groups of an organisation's staff a person may lead: "analysts at Acme led by X".
_STAFF_GROUPS = frozenset(
    {"analyst", "team", "economist", "researcher", "scientist", "strategist", "engineer", "lawyer"}
)


def _staff_group(tok):
    """The common noun for a group of staff ``tok`` is, or the one it belongs to as the object of
    "at"/"of"/"from" ("analysts at Pellmore Securities": the parser may hang "led by" on the firm)."""
    if tok.is_lower and tok.lemma_.lower() in _STAFF_GROUPS:
        return tok
    if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "of", "from"}:
        noun = tok.head.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _STAFF_GROUPS:
            return noun
    return None


def _leads_staff_group(ctx: Context, m: DocMention, group, verb) -> list[tuple[Position, str, bool]]:
    """The organisation whose staff group a person leads: named in the group's compound ("Acme
    analysts"), or after "at"/"of"/"from" on the group or the verb."""
    doc = ctx.doc
    body = next(
        (ctx.index.at(c.i) for c in group.children if c.dep_ == "compound" and ctx.index.at(c.i) is not None),
        None,
    )
    if body is None or body.type != "Organisation":
        body = _unit_owner(ctx, group, verb)
    if body is None or body.type != "Organisation" or body.key == m.key:
        return []
    first, last = min(body.start, group.i, m.start), max(body.end, m.end) - 1
    ev = ctx.evidence(
        "position.leads_staff_group.v1", doc[first].idx, doc[last].idx + len(doc[last]), doc[m.start].sent
    )
    title = (
        f"leader of the {group.lemma_.lower()}s" if group.tag_ == "NNS" else f"leader of the {group.lower_}"
    )
    return [(Position(m.key, body.key, title, False, "worksFor", ev), ev.rule, False)]


def _demonym_before(ctx: Context, m: DocMention) -> list[Relation]:
    """ "Kenyan runner X", "the Nigerian businessman X", "British-Iranian aid worker X", "Somali-born
    activist X": a demonym, then what the person does (no office: "Kenyan President X" is a post),
    then the name."""
    doc = ctx.doc
    sent_start = doc[m.start].sent.start
    k = m.start - 1
    apposed = _apposed_after_description(doc, m, sent_start)
    if apposed:
        k -= 1  # "A Kenyan runner, Gathoni Nyokabi, won the race"
    nouns = []
    while (
        k >= sent_start
        and m.start - k <= 3 + apposed
        and doc[k].is_lower
        and doc[k].pos_ in {"NOUN", "ADJ"}
        and doc[k].lower_ != "born"
    ):
        nouns.append(doc[k])
        k -= 1
    if not nouns or lexicon.fold(nouns[0].lemma_) in ORG_NOUNS:
        return []
    if nouns[0].pos_ != "NOUN" and nouns[0].lower_ not in {"national", "citizen"}:
        return []  # "British national X": the tagger may call "national" an adjective
    described = " ".join(t.text for t in reversed(nouns))
    if lexicon.fold(described) in lexicon.titles() and _title_prop(described) in _HEAD_OF_STATE_PROPS:
        return []  # a post ("Kenyan President X"), which the position rules read
    if nouns[0].lemma_.lower() in _BUSINESS_TRADES:
        return []  # "Australian miner X": a company the NER took for a person, more often than not
    if k >= sent_start + 1 and doc[k].lower_ == "born" and doc[k - 1].text == "-":
        k -= 2  # "Somali-born activist"
    found = []
    while k >= sent_start:
        demonym = ctx.index.at(k)
        if demonym is None or demonym.label != "NORP" or demonym.type != "Country":
            break
        found.append(demonym)
        k = demonym.start - 1
        if k >= sent_start and doc[k].text == "-":
            k -= 1  # "British-Iranian"
        else:
            break
    if not found:
        return []
    if apposed and (k < sent_start or doc[k].lower_ not in {"a", "an", "the"}):
        return []  # the description must open its own noun phrase: "a Nigerien guard, X,"
    ev = ctx.evidence(
        "nationality.demonym_occupation.v1",
        doc[found[-1].start].idx,
        doc[m.end - 1].idx + len(doc[m.end - 1]),
        doc[m.start].sent,
    )
    return [Relation("citizenOf", m.key, d.key, ev) for d in reversed(found)]


def _demonym_of_manner(doc, owner: DocMention) -> bool:
    """Whether a demonym is the first half of a compound like "Russian-trained" (not a nationality;
    "British-Iranian" joins two demonyms and "Somali-born" is read elsewhere)."""
    k = owner.end
    if owner.label != "NORP" or k + 1 >= len(doc) or doc[k].text != "-":
        return False
    after = doc[k + 1]
    return after.is_lower and after.lower_ != "born"


def _apposed_after_description(doc, m: DocMention, sent_start: int) -> bool:
    """Whether a name is set in commas after a description: "A Nigerien security guard, X, was
    killed" (the name closed by a comma or the sentence's end)."""
    if m.start - 2 < sent_start or doc[m.start - 1].text != ",":
        return False
    return m.end >= len(doc) or doc[m.end].text in {",", ".", ";"} or doc[m.end].is_sent_start


def _dedupe(items: list) -> list:
    seen, out = set(), []
    for item in items:
        key = (
            type(item).__name__,
            *[
                getattr(item, f)
                for f in ("holder", "org", "title", "kind", "subject", "object")
                if hasattr(item, f)
            ],
            item.evidence.begin,
        )
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _match_title(tokens: list[str]) -> int:
    """Length of the longest title phrase at the END of ``tokens`` (folded words), or 0."""
    titles = lexicon.titles()
    for n in range(min(lexicon.max_title_words() + 2, len(tokens)), 0, -1):
        phrase = " ".join(tokens[-n:])
        # "Director-General" is three tokens: "director", "-", "general"; "Sen." is "sen"
        if (
            phrase in titles
            or (" - " in phrase and phrase.replace(" - ", "-") in titles)
            or (phrase.endswith(".") and phrase.rstrip(".") in titles)
        ):
            # "mines and energy minister": a second portfolio joined by "and" belongs to the title
            k = len(tokens) - n
            if (
                k >= 2
                and tokens[k - 1] in {"and", "&"}
                and tokens[k - 2] in MINISTRY_AREAS
                and tokens[k] in MINISTRY_AREAS
            ):
                return n + 2
            return n
    # "minister of agriculture , fisheries and food": a minister's title listing its fields
    for n in range(min(12, len(tokens)), 2, -1):
        head, prep, *fields = tokens[-n:]
        if (
            head in {"minister", "secretary", "commissioner"}
            and prep in {"of", "for"}
            and fields
            and any(w in {"and", "&"} for w in fields)
            and fields[-1] not in {"and", "&", ","}
            and all(w.isalpha() or w in {",", "&"} for w in fields)
        ):
            return n
    return 0


def _title_prop(title: str) -> str:
    titles = lexicon.titles()
    words = lexicon.fold(title).split()
    for n in range(len(words)):
        phrase = " ".join(words[n:])
        if phrase in titles:
            return titles[phrase]
        if phrase.rstrip(".") in titles:  # "Sen."
            return titles[phrase.rstrip(".")]
    return "holdsPositionIn"


def _prenominal(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    doc = ctx.doc
    sent = doc[m.start].sent
    end = m.start
    while end - 1 > sent.start and lexicon.fold(doc[end - 1].text.rstrip(".")) in HONORIFICS:
        end -= 1  # "Health Minister Dr. Amina Wekesa", "Acme chairman Sir Tobin Grael": past the honorific
    host = ctx.index.at(end - 1) if end > sent.start else None
    if (
        host is not None
        and host.type == "Country"
        and host.start - 2 >= sent.start
        and doc[host.start - 1].lower_ == "to"
        and lexicon.fold(doc[host.start - 2].lemma_) in _ENVOY_TITLES
    ):
        end = host.start - 1  # "Bhutanese ambassador to Iceland X": the post before "to"
    words = [lexicon.fold(t.text) for t in doc[sent.start : end]]
    n = _match_title(words)
    if n == 0:
        return []
    title_start = end - n
    title_end = end
    # "SANDF spokesman Colonel X": a rank after the post; the post names the body
    outer = _match_title(words[: len(words) - n])
    if outer and not any(ctx.index.at(i) for i in range(title_start - outer, title_start)):
        title_start, title_end = title_start - outer, title_start
    elif title_start - 1 > sent.start and doc[title_start - 1].lower_ == "and":
        # "Acme co-founder and chief executive X": two titles joined by "and", one holder
        first = _match_title(words[: title_start - 1 - sent.start])
        if first and not any(ctx.index.at(i) for i in range(title_start - 1 - first, title_start)):
            title_start -= 1 + first
    if title_start > sent.start and doc[title_start - 1].lower_ in {"government", "presidential"}:
        title_start -= 1  # "Government spokeswoman X": the national government's
    elif lexicon.fold(doc[title_end - 1].text) in _BRIEF_TITLES:
        # "EU foreign policy spokesperson X", "UN human rights chief X", "US climate envoy X":
        # the brief of the post, then the body
        k = title_start
        while (
            k > sent.start
            and title_start - k < 3
            and doc[k - 1].is_lower
            and doc[k - 1].pos_ in {"NOUN", "ADJ"}
            and doc[k - 1].lemma_.lower() not in ORG_NOUNS  # "Qatari foreign ministry spokesman": its body
        ):
            k -= 1
        owner = ctx.index.at(k - 1) if sent.start < k < title_start else None
        if owner is not None and owner.type in {"Organisation", "Country"}:
            title_start = k
    title = doc[title_start:title_end]
    k = title_start
    former = False
    org_key = None
    demonym = False
    # Walk left over "former", an organisation or country ("Acme", "China's", "Cuban").
    while k > sent.start:
        prev = doc[k - 1]
        if prev.lower_ in _FORMER:
            former = True
            k -= 1
            continue
        if prev.text == ")" and k - 3 >= sent.start and doc[k - 3].text == "(":
            k -= 3  # "National Disaster Management Agency (NDMA) spokesman X": past the acronym
            continue
        if prev.text in {"'s", "\u2019s"} and k - 2 >= sent.start:
            owner = ctx.index.at(k - 2)
            if owner is not None and org_key is None and owner.type in {"Organisation", "Country"}:
                org_key = owner.key
                demonym = owner.type == "Country"  # "Liberia's former President X", as "Liberian"
                k = owner.start
                continue
            if owner is not None and org_key is not None and owner.type in {"Organisation", "Country"}:
                # "Amnesty International's Kenya director X", "Yemen's U.N. ambassador X": the
                # possessor employs; the name before the title is where the post is
                employer = _employer_of_posting(org_key, owner.key, title.text)
                if employer is not None:
                    org_key, demonym, k = employer, False, owner.start
            break
        if prev.lower_ in {"its", "their"} and org_key is None:
            # "The Northern Shield Forces did not comment; its adviser X has denied ...": the body
            # "its" stands for
            org_key = _owner_by_reference(ctx, k - 1, k)
            k -= org_key is not None
            break
        owner = ctx.index.at(k - 1)
        if owner is not None and org_key is None and _portfolio(owner, title):
            # "Civil Aviation Minister X", "Petroleum and Natural Gas Minister X": a portfolio the
            # NER took for a body is part of the title (a national post, of the story's country)
            title = doc[owner.start : title_end]
            title_start = k = owner.start
            break
        if owner is not None and org_key is None and owner.type in {"Organisation", "Country"}:
            org_key = owner.key
            demonym = owner.label in {"NORP", "COUNTRY"}
            k = owner.start
            continue
        break
    rule = "position.prenominal.v1"
    if org_key is None and k == title_start and not former:
        # "Chilean Foreign Minister A and Economy Minister B": the owner of the first post is the
        # second's too
        shared = _shared_owner(ctx, m, k)
        if shared is not None:
            org_key, demonym = shared
            rule = "position.prenominal.shared_owner.v1"
    if org_key is None and m.end + 2 < sent.end and doc[m.end].lower_ == "of":
        # "Judge X of the Leninsky district court": the body follows the name
        j = m.end + 1 + (doc[m.end + 1].lower_ == "the")
        owner = ctx.index.at(j)
        if owner is not None and owner.type == "Organisation" and owner.start == j:
            org_key, rule = owner.key, "position.prenominal.of_body.v1"
        elif (
            owner is not None
            and owner.type == "Country"
            and owner.start == j
            and set(lexicon.fold(title.text).split()) & _NATIONAL_OFFICE
        ):
            # "Former Finance Minister X of Peru": a national office's country follows the name
            # (not "Judge X of Norway": a judge of an international court is from there)
            org_key, rule = owner.key, "position.prenominal.of_country.v1"
    if org_key is None and doc[sent.start].lower_ == "at":
        # "At the Kessin Institute in Eldoret, director X said": the body the sentence opens with
        opening = ctx.index.at(sent.start + 1 + (doc[sent.start + 1].lower_ == "the"))
        if opening is not None and opening.type == "Organisation" and opening.end <= title_start:
            org_key, rule = opening.key, "position.prenominal.fronted_at.v1"
    force = private = None
    if org_key is None and k > sent.start:
        # "party spokesperson X", "company spokesman X": the article's party or company, if it
        # names one with that word
        noun = doc[k - 1]
        # "Forum Secretary General X": a body's last word, capitalised, for its whole name
        short = noun.text.istitle() and ctx.index.at(k - 1) is None
        if (noun.text.islower() or short) and noun.lemma_.lower() in ORG_NOUNS:
            org_key = ctx.resolved(
                noun, ctx.index.antecedent_org(k - 1, noun.lemma_.lower(), named_only=True), NOMINAL
            )
            if org_key is not None:
                k -= 1
                rule = "position.prenominal.nominal_owner.v1"
            elif noun.lemma_.lower() in _STATE_FORCES:
                force = noun
            elif noun.text.islower() and noun.lemma_.lower() not in STATE_BODY_WORDS:
                private = noun  # "club president X": the club's, though the article does not name it
    if org_key is None:
        # "Sen. Ana Ruiz", "Rep. Tom Lee": the chamber the article names
        folded = lexicon.fold(title.text).rstrip(".")
        org_key = _chamber_named(ctx, folded) or _chamber_named(ctx, folded.split()[-1])
        if org_key is not None:
            rule = "position.prenominal.chamber.v1"
    if (
        org_key is None
        and lexicon.fold(title.text).split()[-1] in _SPOKESPEOPLE
        and not set(lexicon.fold(title.text).split()) & _NATIONAL_OFFICE  # "Government spokeswoman"
    ):
        # "Acme will appeal the ruling, spokesman X said": the body whose words are reported; "The
        # Ministry of Transport condemned ... Deputy spokesperson X said": a spokesperson with no
        # body speaks for the body the sentence before is about
        for find, name in ((_reported_body, "reported_body"), (_body_just_named, "body_just_named")):
            org_key = find(ctx, m) if find is _reported_body else find(ctx, sent)
            if org_key is not None:
                rule = f"position.prenominal.{name}.v1"
                break
    title_words = lexicon.fold(title.text).split()
    if org_key is None and (
        title_words[-1] in _BODY_OFFICERS or (title_words[0] == "chief" and title_words[-1] == "officer")
    ):
        # "board chairwoman X", "secretary-general X" in a story about one company or party; but
        # "Acme will fund the purchase, Chief Financial Officer X said": the sentence's own subject
        org_key = _sentence_subject_body(ctx, sent)
        if org_key is not None:
            rule = "position.prenominal.officers_body.v1"
        elif (org_key := _topic_body(ctx)) is not None:
            rule = "position.prenominal.topic_body.v1"
        else:
            org_key = _officers_body(ctx, sent)
            if org_key is not None:
                rule = "position.prenominal.officers_body.v1"
    if org_key is None and title_words[-1] == "governor":
        # "Governor X told a news conference" in a story about a central bank: its governor
        org_key = _central_bank(ctx)
        if org_key is not None:
            rule = "position.prenominal.central_bank.v1"
    if (
        org_key is None
        and private is None
        and any(w in _NATIONAL_OFFICE for w in lexicon.fold(title.text).split())
        and not set(lexicon.fold(title.text).split()) & _CORPORATE_RANKS
        and not _party_post(doc, k, title_end)
    ):
        # the dateline's country, unless the article names it only there (a court or summit
        # abroad: "ARUSHA, Tanzania -") and a government was just named (not "Executive Vice
        # President X", a company's)
        org_key, rule = _national_country(ctx, sent, "position.prenominal")
    if org_key is None and force is not None:
        # "Army spokesman X" with no army named: the story's country's army (as "the army's
        # spokesman, X,")
        org_key, rule = _national_country(ctx, sent, "position.prenominal")
        k -= org_key is not None
    if org_key is None:
        return []
    ev = ctx.evidence(rule, doc[k].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), sent)
    pos = Position(m.key, org_key, title.text, former, _title_prop(title.text), ev)
    return [(pos, ev.rule, demonym and org_key.startswith("Country:"))]


def _reported_body(ctx: Context, m: DocMention) -> str | None:
    """The organisation a spokesperson's reported words are about when it is their clause's subject:
    "Acme will appeal the ruling, spokesman X said", "The Acme board will meet on Friday, a
    spokesman, X, said"."""
    doc = ctx.doc
    tok = doc[m.end - 1]
    if tok.dep_ == "appos":
        tok = tok.head  # "a spokesman, X, said"
    if tok.dep_ != "nsubj" or lexicon.fold(tok.head.lemma_) not in lexicon.speech_verbs():
        return None
    clause = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if clause else None
    if subj is None or any(t.text in {'"', "\u201c", "\u201d"} for t in doc[clause.left_edge.i : tok.i]):
        return None  # (words quoted from the body are often about its adversary: "X 'violated the truce'")
    key = ctx.entity_of(subj, via_modifiers=False)
    if key is None and subj.is_lower and subj.lemma_.lower() in _GOVERNING_BODIES:
        # "The Acme board will meet": the board's organisation
        key = next((o.key for c in subj.children if c.dep_ == "compound" and (o := ctx.index.at(c.i))), None)
    return key if key is not None and key.startswith("Organisation:") else None


def _portfolio(owner: DocMention, title: Span) -> bool:
    """Whether an "organisation" right before a minister's title is the minister's portfolio:
    a name of no body ("Civil Aviation", not "Acme Group" or "the Treasury Department")."""
    words = lexicon.fold(owner.text).split()
    return (
        owner.type == "Organisation"
        and lexicon.fold(title.text).split()[-1] == "minister"
        and bool(words)
        and words[-1] not in BODY_NOUNS | STATE_BODY_WORDS
        and all(w[:1].isalpha() for w in words)
    )


def _shared_owner(ctx: Context, m: DocMention, k: int) -> tuple[str, bool] | None:
    """The owner of the post of the person named just before "and" when a bare title follows it:
    "Chilean Foreign Minister A and Economy Minister B", "Acme's finance director A and legal
    counsel B". Not a national office after a company's post."""
    doc = ctx.doc
    if k < 2 or doc[k - 1].lower_ != "and":
        return None
    before = ctx.index.at(k - 2)
    if before is None or before.type != "Person" or before.end != k - 1:
        return None
    for pos, rule, demonym in _prenominal(ctx, before):
        if rule != "position.prenominal.v1" or pos.former:
            continue
        if (
            pos.org.startswith("Organisation:")
            and set(lexicon.fold(doc[k : m.start].text).split()) & _NATIONAL_OFFICE
        ):
            continue
        return pos.org, demonym
    return None


def _employer_of_posting(posting: str, possessor: str, title: str) -> str | None:
    """Whom a post serves when a possessor and a second name both come before its title: a body's
    post in a country ("Amnesty International's Kenya director": the body's), a state's envoy to a
    body ("Yemen's U.N. ambassador": the state's); None to keep the name next to the title."""
    if posting.startswith("Country:") and possessor.startswith("Organisation:"):
        return possessor
    if (
        posting.startswith("Organisation:")
        and possessor.startswith("Country:")
        and lexicon.fold(title).split()[-1] in _ENVOY_TITLES
    ):
        return possessor
    return None


def _party_post(doc: Doc, start: int, end: int) -> bool:
    """Whether the words before a title up to ``end`` make it a party's or an opposition's post,
    not the state's: "party president X", "the shadow environment secretary, X,"."""
    return any(doc[k].lower_ in {"party", "shadow", "opposition"} for k in range(max(start - 1, 0), end))


#: Words that make a title a company's rank: "Executive Vice President", "Senior Vice President".
_CORPORATE_RANKS = frozenset({"executive", "senior", "corporate"})


#: Titles of members of a legislative chamber, and the chamber's names.
_CHAMBERS = {
    "sen": ("senate",),
    "senator": ("senate",),
    "rep": ("house of representatives", "house"),
    "congressman": ("house of representatives", "house", "congress"),
    "congresswoman": ("house of representatives", "house", "congress"),
    "mp": ("parliament", "national assembly", "house of commons"),
    "commissioner": ("commission",),  # "competition commissioner X": the commission named
    "speaker": (
        "parliament",
        "house of representatives",
        "national assembly",
        "house of commons",
        "assembly",
    ),
    "judge": ("court",),  # "Judge X ruled" in a story about one court's hearing
    "justice": ("court",),  # "a panel led by Justice X" (a justice minister is another title)
    "magistrate": ("court",),
}


def _chamber_named(ctx: Context, title: str) -> str | None:
    """The one chamber the article names that a legislator's title belongs to ("the full
    Senate", "the U.S. Senate"), if it names exactly one; for a court, else the one court whose
    name has the word inside ("the Court of Appeal")."""
    names = _CHAMBERS.get(title)
    if not names:
        return None
    orgs = {
        key: lexicon.fold(key.split(":", 1)[1])
        for key in ctx.index.surface
        if key.startswith("Organisation:")
    }
    found = {key for key, name in orgs.items() if name.endswith(names[0]) or name in names[1:]}
    if names[0] == "court" and (not found or title == "justice"):
        # "Justice X" sits on appeal and high courts alike: only the story's one court
        found |= {key for key, name in orgs.items() if "court" in name.split()}
    return found.pop() if len(found) == 1 else None


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Posts held "to" another country: "ambassador to Iceland X".
_ENVOY_TITLES = frozenset({"ambassador", "envoy", "consul", "commissioner", "representative", "emissary"})
#: Posts written after their brief: "foreign policy chief", "climate envoy" (an "EU trade
#: commissioner" sits on the Commission, not for the whole body).
_BRIEF_TITLES = _SPOKESPEOPLE | frozenset(
    {"chief", "head", "envoy", "negotiator", "coordinator", "czar", "tsar"}
)

#: Officers of a company, party or union (not of a state) whose title often comes without the body.
_BODY_OFFICERS = frozenset(
    {"chairman", "chairwoman", "chairperson", "chair", "ceo", "executive", "secretary-general",
     "treasurer", "co-founder", "founder", "director"}
)  # fmt: skip


def _topic_body(ctx: Context) -> str | None:
    """The organisation a story is about: named at least three times, and half as often again
    as any other organisation (``None`` when no one body stands out)."""
    counts = sorted(
        (sum(forms.values()), key)
        for key, forms in ctx.index.surface.items()
        if key.startswith("Organisation:")
    )
    if not counts:
        return None
    top, key = counts[-1]
    second = counts[-2][0] if len(counts) > 1 else 0
    return key if top >= 3 and 2 * top >= 3 * second else None


def _central_bank(ctx: Context) -> str | None:
    """The one central bank the article names ("the Bank of Ghana", "the Central Bank of Kenya",
    "the Reserve Bank of India"), if it names exactly one."""
    found = set()
    for key in ctx.index.surface:
        name = lexicon.fold(key.split(":", 1)[1]) if key.startswith("Organisation:") else ""
        if name.startswith("bank of ") or "central bank" in name or "reserve bank" in name:
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _officers_body(ctx: Context, sent) -> str | None:
    """The company a chairman or chief officer named without one serves, in a story about more than
    one: the organisation the sentence has as its subject ("Norvik will fund the purchase with a
    loan, according to Chief Financial Officer X"), the company "the company" refers to ("Chairman
    X will stay on the board, the company said"), the only organisation the sentence names ('"We
    built Norvik from a garage," board chairwoman X said'), else the subject of the sentence before."""
    doc = ctx.doc
    key = _sentence_subject_body(ctx, sent)
    if key is not None:
        return key
    for tok in sent:
        if tok.lemma_.lower() in {"company", "firm"} and tok.is_lower and tok.pos_ == "NOUN":
            key = ctx.index.antecedent_org(tok.i, tok.lemma_.lower())
            if key is not None:
                return ctx.resolved(tok, key, NOMINAL)
    for tok in sent:
        # '"She is the right person to lead the bank," said chairman X': the body "the bank" is, when
        # the article named one with that word
        if (
            tok.lemma_.lower() in ORG_NOUNS
            and tok.is_lower
            and tok.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            key = ctx.index.antecedent_org(tok.i, tok.lemma_.lower(), named_only=True)
            if key is not None:
                return ctx.resolved(tok, key, NOMINAL)
    named = {m.key for m in ctx.index.in_span(sent.start, sent.end) if m.type == "Organisation"}
    if len(named) == 1:
        return named.pop()
    return _body_just_named(ctx, doc[sent.start : sent.end])


def _sentence_subject_body(ctx: Context, sent) -> str | None:
    """The organisation a sentence has as its main subject ("Acme will fund the purchase, ...")."""
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.head.i == sent.root.i:
            key = ctx.entity_of(tok, via_modifiers=False)
            if key is not None and key.startswith("Organisation:"):
                return key
    return None


def _body_just_named(ctx: Context, sent) -> str | None:
    """The organisation the sentence before ``sent`` has as its subject, if any."""
    doc = ctx.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for tok in prev:
        if tok.dep_ == "nsubj" and tok.head.i == prev.root.i:
            key = ctx.entity_of(tok, via_modifiers=False)
            return key if key is not None and key.startswith("Organisation:") else None
    return None


_GOVERNMENT_NOUNS = frozenset({"government", "authorities", "cabinet", "presidency", "administration"})


def _national_country(ctx: Context, sent, family: str) -> tuple[str | None, str]:
    """The country of a national post named with no country ("Housing Minister X", "the
    presidential spokesman, X,"): the dateline's, unless the article names it only there (a court
    or summit abroad: "ARUSHA, Tanzania -") and a government was just named; with no dateline,
    the country the story is about (:meth:`Context.home_country`)."""
    # "Justice Minister X told reporters in Quito" in a story datelined in Bogota: where the
    # sentence puts the speaker says whose minister
    verbs = lexicon.speech_verbs()
    for tok in sent:
        head = tok.head if tok.head.pos_ != "NOUN" else tok.head.head  # "told reporters in Quito"
        if tok.lower_ != "in" or tok.i + 1 >= sent.end or lexicon.fold(head.lemma_) not in verbs:
            continue  # only where the speaker speaks: not "President X ... in Seoul"
        place = ctx.index.at(tok.i + 1)
        if place is not None and place.type == "Location" and place.start == tok.i + 1:
            iso3 = lexicon.city_country(place.text)
            key = f"Country:{iso3}" if iso3 else None
            if key in ctx.index.surface and key != ctx.dateline_country():
                return key, f"{family}.city_country.v1"
    org_key, rule = ctx.dateline_country(), f"{family}.dateline_country.v1"
    if org_key is None or sum(ctx.index.surface.get(org_key, {}).values()) <= 1:
        named = _government_just_named(ctx, sent)
        if named is not None:
            return named, f"{family}.government_country.v1"
    if org_key is None:
        org_key, rule = ctx.home_country(), f"{family}.home_country.v1"
    return org_key, rule


def _government_just_named(ctx: Context, sent) -> str | None:
    """The country whose government this sentence or the one before names ("The Chadian
    government welcomed the ruling. Justice Minister X said ..."), when only one is named."""
    doc = ctx.doc
    start = sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    found = set()
    for tok in doc[start : sent.end]:
        if tok.lemma_.lower() not in _GOVERNMENT_NOUNS:
            continue
        for child in tok.children:
            owner = ctx.index.at(child.i)
            if (
                child.dep_ in {"amod", "compound", "poss", "nmod"}
                and owner is not None
                and owner.type == "Country"
            ):
                found.add(owner.key)
    if not found:
        # "Speaking to state television in Baghdad, Foreign Minister X said": the capital's state
        for m in ctx.index.in_span(sent.start, sent.end):
            iso3 = lexicon.capitals().get(lexicon.fold(m.text)) if m.type == "Location" else None
            if iso3 and f"Country:{iso3}" in ctx.index.surface:
                found.add(f"Country:{iso3}")
    return found.pop() if len(found) == 1 else None


#: Verbs whose passive puts someone in a post: "who was elected leader of X".
_APPOINTING = frozenset({"elect", "re-elect", "appoint", "name", "choose", "promote", "nominate", "install"})


def _postnominal(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    doc = ctx.doc
    sent = doc[m.start].sent
    i = m.end
    if i >= sent.end or doc[i].text != ",":
        return _copula(ctx, m)
    i += 1
    rule = "position.appositive.v1"
    if i < sent.end and doc[i].lower_ in {"and", "or", "but"}:
        return []  # "Acme's chief executive, X, and its chairman, Y,": Y's title, not X's
    # "Ana Ruiz, 54, a former minister"
    if i + 1 < sent.end and doc[i].like_num and doc[i + 1].text == ",":
        i += 2
    former_clause = False
    if i + 1 < sent.end and doc[i].tag_ == "VBN" and doc[i].lemma_.lower() in _APPOINTING:
        # "X, elected president of Y in May, said": a reduced relative clause, a post held now
        rule = "position.relative_clause.v1"
        i += 1 + (doc[i + 1].lower_ == "as")
    elif i < sent.end and doc[i].lower_ in {"who", "which"}:
        rule = "position.relative_clause.v1"
        i += 1
        while i < sent.end and doc[i].lower_ in {
            "is",
            "was",
            "has",
            "had",
            "been",
            "also",
            "now",
            "currently",
            "serves",
            "served",
            "as",
            "became",
            "remains",
        }:
            former_clause = former_clause or doc[i].lower_ in {"was", "served", "had"}
            i += 1
        if i < sent.end and doc[i].tag_ == "VBN" and doc[i].lemma_.lower() in _APPOINTING:
            # "who was elected leader of X in May": a passive appointment, to a post held now
            former_clause = False
            i += 1 + (i + 1 < sent.end and doc[i + 1].lower_ == "as")
        elif i < sent.end and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in _LEAVING_VERBS:
            # "who stepped down as chief executive in May", "who quit as chairman": a post left
            former_clause = True
    j = i
    while j < sent.end and doc[j].text not in _CLAUSE_END:
        if (
            doc[j].pos_ in {"VERB", "AUX"}
            and doc[j].lower_ not in {"based"}
            # "a serving judge of X", "a retired general", "chief operating officer"
            and doc[j].dep_ not in {"amod", "compound"}
            and rule != "position.relative_clause.v1"
        ):
            break
        j += 1
    if j == i:
        return []
    if rule == "position.appositive.v1" and _names_another_holder(ctx, m, doc[i:j]):
        return []  # "President X, Botswana's President Y, ...": a list of office holders
    found = _positions_in_clause(ctx, m, doc[i:j], rule, former_clause)
    if not found and rule == "position.appositive.v1":
        found = _national_apposition(ctx, m, doc[i:j])
    elif not found:
        found = _national_relative_clause(ctx, m, doc[i:j], former_clause)
    if rule == "position.appositive.v1" and j < sent.end and doc[j - 1].lower_ == "who":
        found += _appositive_relative_clause(ctx, m, j)
    return [(p, p.evidence.rule, d) for p, d in found]


def _appositive_relative_clause(ctx: Context, m: DocMention, i: int) -> list[tuple[Position, bool]]:
    """ "X, a former director at Y who is now a senior fellow at Z,": the post the relative clause
    on the apposition names (from its verb at ``i``), held now unless the clause says "was"."""
    doc = ctx.doc
    sent = doc[m.start].sent
    former = False
    while i < sent.end and doc[i].lower_ in {"is", "was", "has", "had", "been", "also", "now", "currently"}:
        former = former or doc[i].lower_ in {"was", "had"}
        i += 1
    j = i
    while j < sent.end and doc[j].text not in _CLAUSE_END:
        j += 1
    if j == i or doc[i].pos_ in {"VERB", "AUX"}:
        return []  # "a lawyer who represents Y": another rule reads the verb
    return _positions_in_clause(ctx, m, doc[i:j], "position.relative_clause.v1", former)


def _national_apposition(ctx: Context, m: DocMention, clause: Span) -> list[tuple[Position, bool]]:
    """ "X, a former defence minister, said": a minister's post named with no country, in
    apposition, is the story's country's (:func:`_national_country`)."""
    doc = ctx.doc
    if clause.start >= clause.end or doc[clause.start].lower_ not in {"a", "an", "the"}:
        return []
    title = _title_in(doc, clause)
    # "X, a former finance minister who now advises Y,": a relative clause may follow the title
    end = clause.end
    if title is not None and title[1] < end and doc[title[1]].lower_ in {"who", "whose"}:
        end = title[1]
    if title is None or title[1] != end or ctx.index.in_span(clause.start, end):
        return []  # the title ends the apposition: not "a former minister's aide"
    if any(not t.is_lower for t in doc[clause.start + 1 : title[0]]):
        return []  # "the Kenyan energy minister" is the demonym's (another rule), not the dateline's
    former = any(t.lower_ in _FORMER for t in doc[clause.start : title[0]])
    text = doc[title[0] : title[1]].text
    pos = _ministers_post(ctx, m, text, "position.appositive", clause.end_char, former)
    return [(pos, False)] if pos is not None else []


def _national_relative_clause(
    ctx: Context, m: DocMention, clause: Span, former: bool
) -> list[tuple[Position, bool]]:
    """ "X, who was named finance minister last week,": a minister's post the relative clause
    names first, with no country, is the story's country's (:func:`_national_country`)."""
    doc = ctx.doc
    k = clause.start
    while k < clause.end and doc[k].lower_ in {"a", "an", "the"} | _FORMER:
        former = former or doc[k].lower_ in _FORMER
        k += 1
    title = _title_in(doc, clause)
    if title is None or title[0] != k or ctx.index.in_span(clause.start, clause.end):
        return []
    text = doc[title[0] : title[1]].text
    pos = _ministers_post(
        ctx, m, text, "position.relative_clause", doc[title[1] - 1].idx + len(doc[title[1] - 1]), former
    )
    return [(pos, False)] if pos is not None else []


def _ministers_post(
    ctx: Context, m: DocMention, text: str, family: str, end: int, former: bool, national: bool = False
) -> Position | None:
    """The post of a minister, premier or chancellor named with no country: the story's country's
    (:func:`_national_country`); None for another title ("president" may be a company's), unless
    ``national`` says the post is a state's ("sworn in as president")."""
    offices = _NATIONAL_OFFICE if national else {"minister", "premier", "chancellor"}
    words = lexicon.fold(text).split()
    # "resigned as environment secretary": a secretary with a portfolio is a minister
    portfolio = len(words) > 1 and words[-1] == "secretary" and words[0] in MINISTRY_AREAS
    if not set(words) & offices and not portfolio:
        return None
    sent = ctx.doc[m.start].sent
    org_key, rule = _national_country(ctx, sent, family)
    if org_key is None:
        return None
    ev = ctx.evidence(rule, ctx.doc[m.start].idx, end, sent)
    return Position(m.key, org_key, text, former, _title_prop(text), ev)


def _names_another_holder(ctx: Context, m: DocMention, clause: Span) -> bool:
    """Whether ``clause`` (after "m,") is the next item of a list, a title with its own holder
    ("Botswana's President Y"), rather than an apposition on ``m`` ("a former aide to Y")."""
    if clause[0].lower_ in {"a", "an", "the", "who", "which"}:
        return False
    if any(
        t.lower_ in {"for", "to"} and k > 0 and lexicon.fold(clause[k - 1].text) in _SERVING_TITLES
        for k, t in enumerate(clause)
    ):
        return False  # "X, spokesman for U.N. Secretary-General Y,": Y's post is named to say whose X is
    for other in ctx.index.in_span(clause.start, clause.end):
        if other.type == "Person" and other.key != m.key and other.start > clause.start:
            before = lexicon.fold(ctx.doc[other.start - 1].text.rstrip("."))
            if lexicon.may_end_title(before) or before in lexicon.titles():
                return True
    return False


#: Titles of those who serve another office holder: "spokesman for President X", "aide to X".
_SERVING_TITLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "secretary", "deputy"}
)

_ROLE_VERBS = frozenset(
    {
        "be",
        "name",
        "appoint",
        "elect",
        "become",
        "serve",
        "work",
        "nominate",
        "hire",
        "install",
        "choose",
        "pick",
        "promote",
        "remain",
        "join",
        "reappoint",
        "re-elect",
        # "will take over as chief executive of Y", "succeeds Z as chairman of Y"
        "take",
        "succeed",
        # the post held until now: "resigned as Y's chairman", "stepped down as chief executive"
        *{"resign", "step", "quit", "retire"},
        # "was sworn in as president", "was promoted to chief operating officer"
        *{"swear", "replace"},
        *{"oust", "fire", "sack", "dismiss", "remove", "depose"},
    }
)
#: Role verbs that end the post they name ("resigned as ..."): the position is a former one.
_LEAVING_VERBS = frozenset({"resign", "step", "quit", "retire"})
#: Verbs by which others end someone's post ("Acme ousted X as chief executive", "X was fired as
#: coach"): a former post of the object (or passive subject), none of the active subject.
_REMOVING_VERBS = frozenset({"oust", "fire", "sack", "dismiss", "remove", "depose"})


def _copula(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "Ruiz is the chief executive of Acme", "Acme appointed Ruiz as its chief executive",
    "Ruiz has since been chairwoman of Volta", "Ruiz worked as an economist at the World Bank"."""
    doc = ctx.doc
    head = doc[m.end - 1]
    if head.dep_ == "oprd":
        # "named Ulrike Brandhorst as its chief executive", parsed with the first name as the
        # object and the surname as its complement: the name is the object
        verb = head.head
        head = next((t for t in doc[m.start : m.end - 1] if t.dep_ == "dobj" and t.head.i == verb.i), head)
    out: list[tuple[Position, str, bool]] = []
    # "Ruiz, 58, who was minister of energy from 2020 to 2022,": a relative clause on the name
    relative = [
        c
        for c in head.children
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
    ]
    if head.dep_ in {"nsubj", "nsubjpass"}:
        verbs = [head.head] + [
            c
            for c in head.head.children
            if c.dep_ == "conj"
            and c.pos_ in {"VERB", "AUX"}
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        ]
        verbs += relative
        as_object = False
    elif head.dep_ == "dobj" and not relative:
        verbs, as_object = [head.head], True
    elif relative:
        verbs, as_object = relative, False
    else:
        return []
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in _ROLE_VERBS:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if lemma in _REMOVING_VERBS and not (as_object or passive):
            continue  # "Acme ousted X as chief executive": the subject did the ousting
        children = list(verb.children)
        if as_object and not any(c.lower_ == "as" for c in children):
            # "X said it had appointed Y, a former ..., as its chief executive": after a long
            # apposition the parser hangs "as ..." elsewhere; the first "as" phrase after Y still
            # names what Y was appointed as.
            sent_end = doc[m.start].sent.end
            children += [
                t
                for t in doc[m.end : sent_end]
                if t.lower_ == "as" and t.dep_ == "prep" and any(c.dep_ == "pobj" for c in t.children)
            ][:1]
        preps = {"as", "to"} if lemma == "promote" else {"as"}  # "promoted X to chief operating officer"
        for child in children:
            if as_object and not (child.dep_ == "prep" and child.lower_ in preps) and child.dep_ != "oprd":
                continue
            if not (
                child.dep_ in {"attr", "oprd", "acomp"} or (child.dep_ == "prep" and child.lower_ in preps)
            ):
                continue
            start = child.i + 1 if child.dep_ == "prep" else child.left_edge.i
            # "worked as an economist at the World Bank": the verb's own phrases after "as" count
            stop = (verb.right_edge.i if child.head.i == verb.i else child.right_edge.i) + 1
            for k in range(start, stop):
                if doc[k].text in {",", ";", ".", "("} or doc[k].lower_ in {
                    "who",
                    "which",
                    "after",
                    "before",
                }:
                    stop = k
                    break
            if stop <= start or (not as_object and start < m.start):
                # "Among those named are police chief X and court president Y": the title comes
                # before the subject, in a list, not a copula.
                continue
            span = doc[start:stop]
            if child.dep_ == "acomp" and any(t.pos_ == "VERB" for t in span):
                continue  # "he is due to meet Indonesian President X": the post is another's
            former = verb.tag_ == "VBD" and verb.lemma_.lower() in {"be", "serve", "work", "remain"}
            former = former or lemma in _LEAVING_VERBS or lemma in _REMOVING_VERBS
            # "Njeri succeeds Kariuki as chairman": the one succeeded held the post before
            former = former or ((as_object or passive) and lemma in {"succeed", "replace"})
            former = former or any(c.lower_ == "previously" or c.lower_ == "formerly" for c in verb.children)
            rule = "position.appointed_as.v1" if as_object else "position.copula.v1"
            found = [] if as_object and _its_after_apposition(doc, m, span) else None
            found = _positions_in_clause(ctx, m, span, rule, former) if found is None else found
            if not found and as_object:
                # "appointed X as its chief executive": "its" is the organisation doing the appointing.
                subj = [c for c in verb.children if c.dep_ == "nsubj"]
                if subj and subj[0].lower_ in {"it", "they"} and verb.dep_ == "ccomp":
                    # "Acme said it had appointed ...": "it" is the organisation that said so.
                    subj = [c for c in verb.head.children if c.dep_ == "nsubj"] or subj
                owner = ctx.index.at(subj[0].i) if subj else None
                owner_key = owner.key if owner is not None and owner.type == "Organisation" else None
                if owner is None and subj and subj[0].is_lower and subj[0].lemma_.lower() in ORG_NOUNS:
                    # "the company hired X ... as its finance chief": the company the noun stands for
                    key = ctx.entity_of(subj[0], via_modifiers=False)
                    owner_key = key if key is not None and key.startswith("Organisation:") else None
                title = _title_in(doc, span)
                if owner_key is None and owner is not None and owner.type == "Person" and title is not None:
                    # "Malawian President X appointed Y as finance minister": a minister of the
                    # country whose head appoints them
                    t_words = set(lexicon.fold(doc[title[0] : title[1]].text).split())
                    heads = [
                        p.org
                        for p, _r, _d in _prenominal(ctx, owner)
                        if p.org.startswith("Country:") and p.prop == "leads" and not p.former
                    ]
                    if heads and t_words & {"minister", "secretary", "ambassador", "envoy", "governor"}:
                        owner_key = heads[0]
                if owner_key is not None and title is not None:
                    t = doc[title[0] : title[1]].text
                    ev = ctx.evidence(rule, doc[m.start].idx, span.end_char, doc[m.start].sent)
                    found = [(Position(m.key, owner_key, t, former, _title_prop(t), ev), False)]
            if not found and (not as_object or lemma in {"succeed", "replace"}):
                # "X replaces Y as justice minister": the one replaced held the national post
                found = _national_copula(ctx, m, verb, span, former)
            if not found:
                found = _officer_of_the_speaking_body(ctx, m, span, rule, former)
            out.extend((p, p.evidence.rule, d) for p, d in found)
    return out


def _its_after_apposition(doc, m: DocMention, span: Span) -> bool:
    """Whether "its" opens the "as" phrase after an apposition on the name ("Acme hired X, a former
    director of Y, as its finance chief"): "its" is then the hiring subject, not the body just named."""
    return (
        span.start < len(doc)
        and doc[span.start].lower_ in {"its", "their"}
        and m.end < len(doc)
        and doc[m.end].text == ","
    )


def _national_copula(
    ctx: Context, m: DocMention, verb, span: Span, former: bool
) -> list[tuple[Position, bool]]:
    """ "X becomes finance minister, replacing Y": a national post named with no country is the
    story's country's (:func:`_national_country`), and the person replaced held it before."""
    doc = ctx.doc
    title = _title_in(doc, span)
    if title is None or ctx.index.in_span(span.start, span.end):
        return []
    text = doc[title[0] : title[1]].text
    # "X was sworn in as president": only a state's office is sworn into
    sworn = verb.lemma_.lower() == "swear"
    pos = _ministers_post(ctx, m, text, "position.copula", span.end_char, former, national=sworn)
    if pos is None:
        return []
    org_key, rule, sent = pos.org, pos.evidence.rule, doc[m.start].sent
    out = [(pos, False)]
    for clause in verb.children:
        if clause.dep_ in {"advcl", "xcomp", "conj"} and clause.lemma_.lower() in {"replace", "succeed"}:
            for obj in clause.children:
                other = ctx.index.at(obj.i) if obj.dep_ == "dobj" else None
                if other is not None and other.type == "Person" and other.key != m.key:
                    ev2 = ctx.evidence(rule, doc[m.start].idx, doc[obj.i].idx + len(obj), sent)
                    out.append((Position(other.key, org_key, text, True, _title_prop(text), ev2), False))
    return out


def _officer_of_the_speaking_body(
    ctx: Context, m: DocMention, span: Span, rule: str, former: bool
) -> list[tuple[Position, bool]]:
    """ "Acme said on Monday that X would succeed Y as chief executive": a company officer's post
    named with no body is with the organisation the sentence has as its subject (or the story's)."""
    doc = ctx.doc
    title = _title_in(doc, span)
    if title is None or ctx.index.in_span(span.start, span.end):
        return []
    text = doc[title[0] : title[1]].text
    words = lexicon.fold(text).split()
    if not (words[-1] in _BODY_OFFICERS or (words[0] == "chief" and words[-1] == "officer")):
        return []
    org_key = _officers_body(ctx, doc[m.start].sent)
    between = {o.key for o in ctx.index.in_span(m.end, span.start)}
    if org_key is None or org_key in between:
        return []  # "hired X, a former director of Y, as its finance chief": not Y's officer
    ev = ctx.evidence(
        f"{rule.removesuffix('.v1')}.speaking_body.v1", doc[m.start].idx, span.end_char, doc[m.start].sent
    )
    return [(Position(m.key, org_key, text, former, _title_prop(text), ev), False)]


#: Titles whose "to" names whom one works for ("an adviser to Acme"), unlike an envoy's ("ambassador to
#: Japan" serves the country that sends them).
_ADVISERS = frozenset({"adviser", "advisor", "consultant", "counsel"})


def _positions_in_clause(
    ctx: Context, m: DocMention, clause: Span, rule: str, former_clause: bool
) -> list[tuple[Position, bool]]:
    """Positions named in a clause about person ``m``; conjuncts ("X and former Y of Z") each count."""
    doc = ctx.doc
    parts: list[Span] = []
    start = clause.start
    for k in range(clause.start, clause.end):
        if (
            doc[k].lower_ == "and"
            and k + 1 < clause.end
            and (doc[k + 1].lower_ in _FORMER | {"the", "a", "an"} or _starts_title(doc, k + 1, clause.end))
            and not ctx.index.at(k)
        ):
            parts.append(doc[start:k])
            start = k + 1
    parts.append(doc[start : clause.end])
    out: list[tuple[Position, bool]] = []
    for part in parts:
        found = _title_in(doc, part)
        if found is None:
            continue
        t_start, t_end = found
        former = former_clause or any(doc[k].lower_ in _FORMER for k in range(part.start, t_start))
        org_key, demonym = None, False
        # An organisation or country before the title ("a Cuban diplomat", "Acme's chief")...
        for k in range(t_start - 1, part.start - 1, -1):
            owner = ctx.index.at(k)
            if owner is not None and owner.type == "Country" and doc[owner.end].lower_ == "country":
                break  # "Ghana country director for Y": the country posted to; the employer follows
            if owner is not None and owner.type in {"Organisation", "Country"}:
                if not _demonym_of_manner(doc, owner):
                    org_key, demonym = owner.key, owner.label in {"NORP", "COUNTRY"}
                break
        # ..."its chief financial officer", "the centre's director": the organisation just mentioned.
        if org_key is None:
            org_key = _owner_by_reference(ctx, part.start, t_start)
        # ...or after it: "director of X", "professor at Y", "spokesman for Z" (not "ambassador to
        # Japan": an envoy serves the country that sends them, not the one they are sent to).
        to = t_end < part.end and doc[t_end].lower_ == "to"
        advises = to and lexicon.fold(doc[t_end - 1].text) in _ADVISERS
        types = {"Organisation"} if advises else {"Organisation", "Country"}  # not "adviser to Kenya's ..."
        if org_key is None and (not to or advises):
            for k in range(t_end, part.end):
                owner = ctx.index.at(k)
                if owner is not None and owner.type in types:
                    org_key = owner.key
                    body = _body_of_country(ctx, owner, part.end) if owner.type == "Country" else None
                    if body is not None:
                        # "head of Egypt's Intelligence Service", "at British security firm X"
                        org_key = body
                        break
                    head = doc[k].head
                    if owner.label == "NORP" and doc[k].dep_ in {"amod", "compound"} and head.i < part.end:
                        # "a colonel in the Sudanese army": the army the article names, if it does.
                        body = ctx.entity_of(head, via_modifiers=False)
                        if body is not None and body.startswith("Organisation:"):
                            org_key = body
                    break
                if owner is not None and owner.type == "Person":
                    break
        if org_key is None and t_end + 3 <= part.end and doc[t_end].lower_ in {"at", "of", "for", "with"}:
            # "X, a researcher at the institute": the institute the article named before
            org_key = _body_by_noun(ctx, t_end + 1, part.end)
        if org_key is None and any(
            w in _NATIONAL_OFFICE for w in lexicon.fold(doc[t_start:t_end].text).split()
        ):
            # "a former minister in the centre-right government": the country that government is
            # (its own name, a capital, or the story's country)
            for k in range(t_end, part.end):
                if (
                    doc[k].lemma_.lower() in _GOVERNMENT_NOUNS
                    and doc[k].head.i < k
                    and doc[k].head.i >= t_start
                ):
                    key = ctx.entity_of(doc[k])
                    org_key = key if key is not None and key.startswith("Country:") else None
                    break
        if org_key is None:
            continue
        title = doc[t_start:t_end].text
        ev = ctx.evidence(rule, doc[m.start].idx, part.end_char, doc[m.start].sent)
        out.append(
            (
                Position(m.key, org_key, title, former, _title_prop(title), ev),
                demonym and org_key.startswith("Country:"),
            )
        )
    return out


#: Nouns for a business: "a spokesman for the pipeline company" is the story's company even when
#: its name has another word ("Niger Delta Petroleum Corporation").
_FIRM_NOUNS = frozenset({"company", "firm", "operator", "lender", "insurer", "carrier", "airline", "miner"})


def _body_by_noun(ctx: Context, start: int, end: int) -> str | None:
    """The organisation "the institute" or "the pipeline company" (tokens ``start`` to ``end``)
    refers to: the one the article named with that noun, else, for a business, the company the
    story is about (:meth:`MentionIndex.antecedent_org`)."""
    doc = ctx.doc
    if end - start < 2 or end - start > 4 or doc[start].lower_ != "the":
        return None
    noun = doc[end - 1]
    if (
        not all(t.is_lower and t.is_alpha for t in doc[start + 1 : end])
        or noun.lemma_.lower() not in ORG_NOUNS
    ):
        return None
    lemma = noun.lemma_.lower()
    found = ctx.index.antecedent_org(noun.i, lemma, named_only=lemma not in _FIRM_NOUNS)
    return ctx.resolved(noun, found, NOMINAL) if found is not None else None


def _body_of_country(ctx: Context, country: DocMention, end: int) -> str | None:
    """The organisation a country qualifies right after it, before ``end``: "Egypt's Intelligence
    Service", "Dutch shipping consultancy Northwind Analytics" (only a possessive and lower-case
    words between)."""
    doc = ctx.doc
    for k in range(country.end, min(end, country.end + 6)):
        m = ctx.index.at(k)
        if m is not None and m.key != country.key:
            return m.key if m.type == "Organisation" else None
        if not (
            doc[k].text in {"'s", "\u2019s"}
            # ("Hungary's ruling Civic Union party": a participle too)
            or (doc[k].is_lower and (doc[k].pos_ in {"NOUN", "ADJ"} or doc[k].tag_ in {"VBG", "VBN"}))
        ):
            return None
    return None


#: The state's armed forces or rulers, named by a common noun ("the army's", "the junta's").
_STATE_FORCES = frozenset({"army", "navy", "military", "junta"})


def _owner_by_reference(
    ctx: Context, start: int, end: int, national: bool = False, state_title: bool = False
) -> str | None:
    """An organisation referred to by "its"/"their" or "the company's" between ``start`` and ``end``;
    for a ``national`` office (a minister's), a country too: "Malawi declared a disaster. Its
    health minister, X," / "The country's health minister, X,"."""
    doc = ctx.doc
    for k in range(start, end):
        tok = doc[k]
        if tok.lower_ in {"its", "their"}:
            # "The environmental group Brixley Watch criticised the regulator. ... said its director, X":
            # the body the sentence before is about, not the last one named
            if national:
                # a state that is the subject of this or the last sentence
                key = ctx.index.antecedent(k, frozenset({"Country"}), subject_only=True)
                if key is not None:
                    return ctx.resolved(tok, key, PRONOUN)
            key = ctx.index.antecedent(k, frozenset({"Organisation"}), named_subject=True)
            return ctx.resolved(tok, key, PRONOUN)
        if (
            (national or state_title)
            and tok.lemma_.lower() in {"country", "nation", "island", "kingdom", "republic"}
            and k + 1 < end
            and doc[k + 1].text in {"'s", "\u2019s"}
            and any(c.lower_ == "the" for c in tok.children)
        ):
            key = ctx.index.antecedent(k, frozenset({"Country"}))
            return ctx.resolved(tok, key, NOMINAL)
        if tok.lower_ == "whose":
            return _whose_owner(ctx, tok)
        if tok.lemma_.lower() in _STATE_FORCES and k + 1 < end and doc[k + 1].text in {"'s", "\u2019s"}:
            # "the army's chief of staff", "the junta's spokesman": the army the article names
            # with that word, else the story's country's (not the last organisation named)
            named = ctx.index.antecedent_org(k, tok.lemma_.lower(), named_only=True)
            if named is not None:
                return ctx.resolved(tok, named, NOMINAL)
            return _national_country(ctx, tok.sent, "position")[0]
        if tok.lemma_.lower() in ORG_NOUNS and k + 1 < end and doc[k + 1].text in {"'s", "\u2019s"}:
            return ctx.resolved(tok, ctx.index.antecedent_org(k, tok.lemma_.lower()), NOMINAL)
        if (
            tok.is_lower
            and tok.pos_ == "NOUN"
            and k + 1 < end
            and doc[k + 1].text in {"'s", "\u2019s"}
            and any(c.lower_ == "the" for c in tok.children)
        ):
            # "the division's commander", "the unit's head": the body the article named with that
            # word ("the 4th Infantry Division", "the Sports Integrity Unit")
            named = ctx.index.antecedent_org(k, tok.lower_, named_only=True)
            if named is not None:
                return ctx.resolved(tok, named, NOMINAL)
        if tok.is_lower and tok.tag_ == "NNS" and k + 1 < end and doc[k + 1].text in {"'", "\u2019"}:
            # "the brigades' commander": the body the article named with that word
            named = ctx.index.antecedent_org(k, tok.lower_, named_only=True)
            if named is not None:
                return ctx.resolved(tok, named, NOMINAL)
    last = doc[end - 1] if end > start else None
    if last is not None and last.is_lower and last.lemma_.lower() in ORG_NOUNS:
        # "X, a navy spokesman,": the article's navy, if it names one with that word
        found = ctx.index.antecedent_org(end - 1, last.lemma_.lower(), named_only=True)
        return ctx.resolved(last, found, NOMINAL) if found is not None else None
    return None


def _whose_owner(ctx: Context, tok) -> str | None:
    """The organisation "whose" stands for: the named body its clause hangs on, up through
    the nouns and the clause's verb ("X, a Tartu operator whose chief executive, Y, said": X)."""
    for anc in list(tok.ancestors)[:5]:
        if anc.pos_ in {"VERB", "AUX"} and anc.dep_ != "relcl":
            return None
        found = ctx.index.at(anc.i)
        if found is not None and found.type != "Person":
            return found.key if found.type == "Organisation" else None
    return None


def _pre_appositive(ctx: Context, m: DocMention) -> list[tuple[Position, str, bool]]:
    """ "A Sanwa spokesman, Kenji Arakawa, said"; "its chief financial officer, Petra Lind,"."""
    doc = ctx.doc
    sent = doc[m.start].sent
    first = m.start
    # "the mission's head, Ambassador Grace X", "Britain's envoy, Sir Tom X,": a rank, title of
    # address or honorific before the name
    while first - 1 > sent.start and (
        lexicon.fold(doc[first - 1].text.rstrip(".")) in lexicon.titles()
        or lexicon.fold(doc[first - 1].text.rstrip(".")) in HONORIFICS
    ):
        first -= 1
    comma = next((k for k in range(first - 1, max(sent.start, first - 5), -1) if doc[k].text == ","), None)
    if comma is not None and first - comma > 1:
        # "Its spokeswoman, Lieutenant General X,": a rank of several words before the name
        words = [lexicon.fold(t.text) for t in doc[comma + 1 : m.start]]
        bare = words[1:] if words and words[0] in _FORMER else words  # "its leader, former premier X"
        if bare and _match_title(bare) == len(bare):
            first = comma + 1
    if first - 2 < sent.start or doc[first - 1].text != ",":
        return []
    end = first - 1
    if doc[end - 1].text == ")" and end - 3 > sent.start and doc[end - 3].text == "(":
        end -= 3  # "the secretary-general of the Organization of Velsko States (OVS), X,": past the acronym
    start = end
    while (
        start > sent.start
        and doc[start - 1].text not in {",", ";", ":", "(", "\u201d", '"'}
        and end - start < 10
    ):
        start -= 1
    words = [lexicon.fold(t.text) for t in doc[start:end]]
    n = 0
    for cut in range(len(words), 0, -1):  # the title may be followed by "for Pakistan"
        n = _match_title(words[:cut])
        if n:
            t_end = start + cut
            break
    if not n:
        return []
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[t_end:end]):
        return []  # "Foreign Minister X thanked his Togolese counterpart, Y,": the title is X's
    if any((p := ctx.index.at(k)) is not None and p.type == "Person" for k in range(t_end, end)):
        return []  # "Kyrgyz Foreign Minister X and his Tajik counterpart, Y,": the title is X's
    t_start = t_end - n
    if t_start > start and doc[t_start - 1].lower_ in {"government", "presidential"}:
        t_start -= 1  # "the presidential spokesman, X,": the national government's
    former = any(doc[k].lower_ in _FORMER for k in range(start, t_start))
    org_key = None
    demonym = False
    for k in range(t_start - 1, start - 1, -1):
        owner = ctx.index.at(k)
        if owner is not None and owner.type in {"Organisation", "Country"}:
            if not _demonym_of_manner(doc, owner):
                org_key, demonym = owner.key, owner.label in {"NORP", "COUNTRY"}
                # "Amnesty International's Kenya director, X,": the possessor employs
                j = owner.start
                if org_key is not None and j - 2 >= start and doc[j - 1].text in {"'s", "\u2019s"}:
                    possessor = ctx.index.at(j - 2)
                    if possessor is not None and possessor.type in {"Organisation", "Country"}:
                        employer = _employer_of_posting(org_key, possessor.key, doc[t_start:t_end].text)
                        if employer is not None:
                            org_key, demonym = employer, False
            break
    if org_key is None and t_end < end and doc[t_end].lower_ in {"for", "of", "at"}:
        # "a spokeswoman for Acme Mining, Karla Ruiz,": the body after the title
        owner = ctx.index.at(t_end + 1 + (doc[t_end + 1].lower_ == "the"))
        if owner is not None and owner.type in {"Organisation", "Country"} and owner.end == end:
            org_key = owner.key
        elif owner is None:
            # "A spokesman for the pipeline company, X,"
            org_key = _body_by_noun(ctx, t_end + 1, end)
    if org_key is None:
        # (a minister is a state's; a president or a secretary may be a company's or a party's)
        words = lexicon.fold(doc[t_start:t_end].text).split()
        national = any(w in {"minister", "premier"} for w in words)
        # ("the island's president, X,": a country's noun makes a president the state's)
        org_key = _owner_by_reference(
            ctx, start, t_start, national, any(w in _NATIONAL_OFFICE for w in words)
        )
    if org_key is None and any(w in _NATIONAL_OFFICE for w in lexicon.fold(doc[t_start:t_end].text).split()):
        org_key = _leaders_country(ctx, start, t_start)
    if org_key is None and t_end == end and lexicon.fold(doc[t_end - 1].text) in _SPOKESPEOPLE:
        # "The Acme board will meet on Friday, a spokesman, X, said"
        org_key = _reported_body(ctx, m)
    rule = "position.pre_appositive.v1"
    if (
        org_key is None
        and t_end == end  # not "the president of the bloc's commission, X,"
        and not any(doc[k].lower_ in {"its", "their", "his", "her"} for k in range(start, t_start))
        and any(w in _NATIONAL_OFFICE for w in lexicon.fold(doc[t_start:t_end].text).split())
        and not _party_post(doc, start, t_end)
    ):
        # "the presidential spokesman, X,": the national post of the story's country
        org_key, rule = _national_country(ctx, sent, "position.pre_appositive")
    if org_key is None:
        return []
    title = doc[t_start:t_end].text
    ev = ctx.evidence(rule, doc[start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), sent)
    return [(Position(m.key, org_key, title, former, _title_prop(title), ev), rule, demonym)]


def _leaders_country(ctx: Context, start: int, end: int) -> str | None:
    """ "Prime Minister X stayed away and sent his foreign minister, Y,": the country whose national
    post the person "his" or "her" refers to holds (named with it before)."""
    doc = ctx.doc
    for k in range(start, end):
        if doc[k].lower_ not in {"his", "her"}:
            continue
        key = ctx.index.antecedent(k, frozenset({"Person"}))
        holder = next((m for m in reversed(ctx.index.mentions) if m.key == key and m.end <= k), None)
        if holder is None:
            return None
        for pos, _rule, _demonym in _prenominal(ctx, holder):
            if pos.org.startswith("Country:") and not pos.evidence.rule.endswith(_ASSUMED_COUNTRY):
                return ctx.resolved(doc[k], pos.org, PRONOUN)
        return None
    return None


def _starts_title(doc, i: int, end: int) -> bool:
    titles = lexicon.titles()
    for n in range(min(lexicon.max_title_words(), end - i), 0, -1):
        if lexicon.fold(doc[i : i + n].text) in titles:
            return True
    return False


def _title_in(doc, part: Span) -> tuple[int, int] | None:
    """The first, longest title phrase inside ``part`` (token indices), skipping entity names."""
    titles = lexicon.titles()
    text_of = columns(doc).span_text
    for i in range(part.start, part.end):
        for n in range(min(lexicon.max_title_words(), part.end - i), 0, -1):
            if lexicon.fold(text_of(i, i + n)) in titles:
                return i, i + n
    return None


#: Head words of a national government's bodies: a post in one is a post in the country's service.
_STATE_BODY_HEADS = frozenset({"ministry", "department", "government", "cabinet", "presidency", "embassy"})
#: Rules that read a body's country from the body's own name ("China's foreign ministry",
#: "the Qatari foreign ministry", "Turkish Foreign Ministry").
_NAMED_COUNTRY_RULES = frozenset(
    {"located.possessive.v1", "located.demonym_body.v1", "located.name_prefix.v1"}
)


def national_posts(ctx: Context, positions: list[Position], relations: list[Relation]) -> list[Position]:
    """Posts in a country's ministry, department or government as posts of the country too.

    "Chinese foreign ministry spokeswoman X", "Turkey's Defence Ministry spokesman X": wires write
    the ministry for whom X speaks, and X is an official of the country. The country must be the
    one the body's own name gives (its demonym or possessive), not a guess from the dateline;
    a person who already holds a post in that country gets no second one.
    """
    # the body's country as the same words read it: "Ministry spokesman X", its ministry found
    # by coreference, says nothing of whose ministry it is
    country_at: dict[tuple[str, int, int], str] = {}
    for r in relations:
        if (
            r.kind == "locatedIn"
            and r.evidence.rule in _NAMED_COUNTRY_RULES
            and r.object.startswith("Country:")
        ):
            country_at.setdefault((r.subject, r.evidence.begin, r.evidence.end), r.object)
    held = {(p.holder, p.org) for p in positions}
    out: list[Position] = []
    for p in positions:
        ev = p.evidence
        country = next(
            (c for (org, b, e), c in country_at.items() if org == p.org and b < ev.end and e > ev.begin),
            None,
        )
        if country is None or (p.holder, country) in held or p.former:
            continue
        body = _body_words(ctx.index.names.get(p.org, ""))
        if not body or body[-1] not in _STATE_BODY_HEADS:
            continue
        title = " ".join([*body, lexicon.fold(p.title)]) if len(body) > 1 else p.title
        evidence = ctx.evidence_like(p.evidence, "position.state_body.v1")
        out.append(Position(p.holder, country, title, False, "holdsPositionIn", evidence))
        held.add((p.holder, country))
    return out


def _body_words(name: str) -> list[str]:
    """The folded words of a body's name after its country ("China's foreign ministry",
    "the Turkish Foreign Ministry" -> ["foreign", "ministry"])."""
    folded = lexicon.fold(re.sub(r"^the\s+", "", name, flags=re.I))
    if "'s " in folded:
        return folded.split("'s ", 1)[1].split()
    words = folded.split()
    for i in range(len(words) - 1, 0, -1):
        if lexicon.country_of(" ".join(words[:i])) is not None:
            return words[i:]
    return []


def _title_shared_in_list(ctx: Context, positions: list[Position]) -> list[Position]:
    """ "hosted Brazilian President A, Argentine President B, Paraguay's C and ...": a person named
    with only a country's possessive, in a list of people whose posts it gives, holds the post of
    the nearest of them, in the country named (the title is left out because it repeats)."""
    doc = ctx.doc
    posts = _country_posts(positions)
    out: list[Position] = []
    for m in ctx.index.mentions:
        if m.nested or m.type != "Person" or m.start < 2 or doc[m.start - 1].text not in ("'s", "’s"):
            continue
        country = ctx.index.at(m.start - 2)
        if country is None or country.type != "Country" or m.key in posts:
            continue
        head = doc[m.end - 1]
        best: tuple[int, Position] | None = None
        for conj in head.conjuncts:
            other = ctx.index.at(conj.i)
            if other is None or other.type != "Person" or other.key == m.key:
                continue
            for p in posts.get(other.key, []):
                if not (head.sent.start_char <= p.evidence.begin < head.sent.end_char):
                    continue
                distance = abs(conj.i - head.i) + (0 if conj.i < head.i else 1)
                if best is None or distance < best[0]:
                    best = (distance, p)
        if best is None:
            continue
        p = best[1]
        begin, end = doc[country.start].idx, head.idx + len(head)
        ev = ctx.evidence("position.title_shared.v1", begin, end, head.sent)
        out.append(Position(m.key, country.key, p.title, False, p.prop, ev))
    return out
