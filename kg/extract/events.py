"""Interactions between actors, coded with CAMEO, from verbs and nominalisations.

A trigger word from ``cameo_triggers.tsv`` and its arguments in the dependency parse:

- verbs: the subject is the actor (climbing through "willing to", "will continue", "agreed
  to"); the direct object or the object of a cue preposition ("with", "to", "against",
  "on") is the target; a passive's "by" phrase is the actor and its subject the target;
- nouns: an owner or modifier is the actor ("the US embargo", "China's aid"), else the
  subject of the verb that governs the noun ("X held a phone conversation with Y", "Xi's
  comment came during a phone conversation with Y"); the cue preposition gives the target
  ("aid to Cuba", "talks with Y"), as does "between A and B";
- intent ("is willing to", "pledged to", "hopes to") turns 04/05/06/07 into the matching
  03x code; "threatened to" into 13; negation and modality are kept as flags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.symbols import NOUN, VERB
from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.dates import resolve_date
from kg.extract.mentions import STATE_BODY_WORDS
from kg.extract.tokens import pos_ids
from kg.model import Event

_CUE_PREPS = frozenset({"with", "to", "against", "on", "for", "toward", "towards", "at", "upon", "into"})
_INTENT = frozenset(
    {
        "willing", "ready", "hope", "pledge", "promise", "vow", "plan", "intend", "offer", "agree", "want",
        "seek", "commit", "prepare", "aim", "eager", "determined",
    }
)  # fmt: skip
#: Heads that make an event expected or reported as likely rather than done: kept as modality.
_EXPECTED = frozenset({"expect", "likely", "due", "set", "poised", "scheduled", "unlikely", "may", "could"})
_THREAT = frozenset({"threaten"})
#: Heads that say the act did not happen: "refused to sign", "failed to agree", "declined to meet".
_FAILED = frozenset({"refuse", "fail", "decline"})
_INTENT_CODE = {"04": "036", "05": "032", "06": "031", "07": "033"}
_MODAL_AUX = frozenset({"will", "would", "may", "might", "could", "should", "can", "shall"})
#: Stands for the modifier of a light verb that is the act itself (see trigger_of).
_LIGHT: Any = object()
_LIGHT_VERBS = frozenset(
    {
        "hold",
        "have",
        "conduct",
        "provide",
        "give",
        "offer",
        "extend",
        "sign",
        "deepen",
        "enhance",
        "keep",
        "push",
        "strengthen",
        "expand",
        "make",
        "pay",
        "send",
        "deliver",
        "grant",
        "impose",
        "announce",
        "continue",
        "seek",
        "launch",
        "carry",
        "level",
        "issue",
        "express",
        "receive",
        "host",
        "approve",
        "pledge",
        "promise",
        "lift",
        "ease",
        "slap",
    }
)


def trigger_of(tok: Token) -> tuple[str, str, Token | None] | None:
    """(CAMEO code, trigger text, modifier token) when ``tok`` is a trigger word."""
    pos = tok.pos_
    if pos != "VERB" and pos != "NOUN":
        return None  # (every trigger is a verb or a noun)
    table = lexicon.cameo_triggers()
    if tok.lemma_.lower() == "declare" and pos == "VERB":
        # "declared 20 diplomats persona non grata": an expulsion (174), however it is parsed
        grata = next((t for t in tok.subtree if t.lower_ == "grata"), None)
        return ("174", tok.text, grata) if grata is not None else None
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "strike":
        # "struck targets in Lebanon" is force (with a target only); "struck a deal" is the deal's
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in _JOINT_OBJECTS or trigger_of(o) is not None for o in objs):
            return None
        return ("190", tok.text, _LIGHT) if objs else None
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "meet":
        things = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not _names_a_person(c)]
        if things and not any(c.ent_type_ for c in things):
            return None  # "Kenya had met its targets", "met the deadline": no meeting
    if tok.pos_ == "VERB" and _should_clause(tok) is not None:
        return "100", tok.text, None  # "X said Japan should stop interfering": a demand on Japan
    if tok.pos_ == "VERB" and tok.lemma_.lower() in {"tell", "order", "instruct"}:
        # "India told China to withdraw its troops", "ordered French troops to leave": a demand;
        # "told reporters" is speech
        asked = [
            c
            for c in tok.children
            if c.dep_ == "dobj"
            and (c.pos_ == "PROPN" or any(g.dep_ in {"amod", "poss"} and g.ent_type_ for g in c.children))
        ]
        return ("100", tok.text, None) if asked and any(c.dep_ == "xcomp" for c in tok.children) else None
    if (
        # "came under fire from X": criticism (not gunfire, which "opened fire" and the like code)
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() == "fire"
        and tok.head.lower_ == "under"
        and tok.head.head.lemma_.lower() in {"come", "be"}
    ):
        return "111", f"under {tok.text}", tok.head
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "strike" and _labour_strike(tok):
        return "143", tok.text, None  # "workers went on strike against X": a strike, no force
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "welcome":
        # "welcomed Turkish Foreign Minister X at the ministry", "welcomed the visiting envoy": a
        # host receiving a guest (043); "welcomed the decision" is approval (051)
        guests = [
            c
            for c in tok.children
            if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or (c.pos_ == "NOUN" and _names_a_person(c)))
        ]
        if guests:
            return "043", tok.text, None
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "ban":
        # "banned imports of fruit from Moldova": an embargo on the country the goods come from
        traded = [
            c
            for c in tok.children
            if c.dep_ == "dobj" and c.lemma_.lower() in {"import", "export", "shipment"}
        ]
        if traded:
            return ("163", tok.text, traded[0])
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "designate":
        # "designated X a terrorist organisation": a sanction; "designated X as its envoy": none
        kinds = {"oprd", "attr", "xcomp", "ccomp", "prep", "dobj"}
        complements = [c for c in tok.children if c.dep_ in kinds]
        if not any(lexicon.fold(g.lemma_) in _BLACKLISTS for c in complements for g in c.subtree):
            return None
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "recall":
        # "recalled its ambassador from Algeria": a cut in relations (161); "recall" is otherwise
        # remembering, and no interaction
        envoys = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _ENVOYS]
        return ("161", tok.text, envoys[0]) if envoys else None
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "find":
        # "X was found guilty of fraud by Justice Y", "the court found him guilty": a conviction
        guilty = next(
            (
                c
                for c in tok.children
                if c.lower_ in {"guilty", "liable"} and c.dep_ in {"acomp", "oprd", "ccomp"}
            ),
            None,
        )
        return ("116", tok.text, guilty) if guilty is not None else None
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "take":
        custody = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "into"
            for p in c.children
            if p.lemma_.lower() == "custody"
        ]
        if custody:
            return "173", tok.text, custody[0]  # "were taken into custody": an arrest
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _BUYING and _bought_from(tok) and not _stake_in(tok):
        return "061", tok.text, None  # "agreed to buy six patrol vessels from shipbuilder X": trade
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _DELIVERING and _delivers_relief(tok):
        return "073", tok.text, None  # "flew 120 tons of food to ...", "released $4 million"
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "add" and _onto_sanctions_list(tok):
        return "163", tok.text, None  # "added two banks to its sanctions list"
    if tok.pos_ == "VERB":
        if (
            tok.lemma_.lower() == "call"
            and not any(c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon", "for"} for c in tok.children)
            and any(
                c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} or c.text in {'"', "\u201c"}
                for c in tok.children
            )
        ):
            return None  # "called the action 'a reckless act'", "which it calls X": naming, no phone call
        if tok.lemma_.lower() == "call" and _names_in_quotes(tok):
            return None
        for child in tok.children:
            if child.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
                continue  # "called X on Monday" is no "call on"
            if child.dep_ in {"prt", "prep", "advmod", "dobj"}:
                trig = table.get((f"{tok.lemma_.lower()} {child.lemma_.lower()}", "VERB"))
                if trig:
                    return trig.code, f"{tok.text} {child.text}", child
        trig = table.get((tok.lemma_.lower(), "VERB"))
        if trig and tok.lemma_.lower() not in _LIGHT_VERBS:
            return trig.code, tok.text, None
        if trig and not any(
            c.dep_ in {"dobj", "nsubjpass"}
            and (trigger_of(c) is not None or (c.pos_ == "NOUN" and not _names_a_person(c) and not _money(c)))
            for c in tok.children
        ):
            # "hosted President X", "pledged $50 million to Y", "will provide Ethiopia with ...": a
            # light verb whose object is no event noun is the act itself (only with a target: see
            # extract_events); "pledged support", "hosted talks" are coded from the noun
            return trig.code, tok.text, _LIGHT
        return None
    if (
        # "had a call with X", "received a call from X" (not "a call for calm", "the call was made")
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() == "call"
        and (
            any(c.dep_ == "prep" and c.lower_ in {"with", "from", "between"} for c in tok.children)
            or _call_in_which(tok)
        )
    ):
        return "041", tok.text, None
    if tok.pos_ == "NOUN":
        if tok.dep_ == "compound" and (f"{tok.lemma_.lower()} {tok.head.lemma_.lower()}", "NOUN") in table:
            return None  # "war games": the two words are one trigger, the head's
        for child in tok.children:
            if child.dep_ in {"compound", "amod"} and child.pos_ in {"NOUN", "ADJ"}:
                trig = table.get((f"{child.lemma_.lower()} {tok.lemma_.lower()}", "NOUN"))
                if trig:
                    return trig.code, f"{child.text} {tok.text}", child
        trig = table.get((tok.lemma_.lower(), "NOUN"))
        if trig:
            return trig.code, tok.text, None
    return None


#: Verbs a measured quantity takes: "trade rose", "exports to Russia fell 8%".
_MEASURED_CHANGE = frozenset(
    {"rise", "fall", "grow", "increase", "decline", "drop", "jump", "slump", "reach", "total", "double",
     "surge", "plunge", "climb", "shrink", "soar", "slip", "contract", "expand", "hit"}
)  # fmt: skip
#: Verbs of warding off an attack: "repelled an attack by X" (X's on the subject).
_WARDING_OFF = frozenset({"repel", "repulse", "thwart", "foil", "fend", "withstand", "resist", "survive"})
#: What a state designates the groups it sanctions: "a terrorist organisation", "a sponsor of terrorism".
_BLACKLISTS = frozenset({"terrorist", "terror", "terrorism", "sanction", "extremist", "blacklist"})
#: Modifiers of a strike that downs tools: "a general strike", "the dockers' strike".
_LABOUR_STRIKES = frozenset(
    {"general", "hunger", "nationwide", "national", "solidarity", "indefinite", "wildcat", "worker",
     "union", "labour", "labor", "teacher", "doctor", "docker", "dockworker", "nurse", "transport", "rail"}
)  # fmt: skip


def _labour_strike(noun: Token) -> bool:
    """ "went on strike against X", "a general strike", "the dockworkers' strike" (not "air strike")."""
    if noun.head.lower_ == "on" and noun.dep_ == "pobj" and not any(c.dep_ == "det" for c in noun.children):
        return True
    return any(
        c.dep_ in {"amod", "compound", "poss"} and c.lemma_.lower() in _LABOUR_STRIKES for c in noun.children
    )


#: Verbs of knowing: "Y should know that ..." warns Y rather than asks anything of it.
_KNOWING = frozenset(
    {"doubt", "know", "understand", "realise", "realize", "remember", "expect", "be", "have"}
)
#: Verbs that report what another must do: "said Japan should stop interfering".
_SAYING = frozenset({"say", "insist", "stress", "tell", "add", "reiterate"})


def _should_clause(verb: Token) -> Token | None:
    """The reported clause of a speech verb that says what a named state or body should or must do:
    "the spokeswoman said Japan should respect China's sovereignty and stop interfering" (not "said
    it would")."""
    if verb.lemma_.lower() not in _SAYING:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(
            c.dep_ == "aux" and c.lower_ in {"should", "must"} for c in clause.children
        ):
            continue
        if clause.lemma_.lower() in _KNOWING:
            continue  # "X should not doubt that there will be a response": a warning, no demand
        if any(g.dep_ == "nsubj" and g.pos_ == "PROPN" and g.ent_type_ for g in clause.children):
            return clause
    return None


def _call_in_which(noun: Token) -> bool:
    """ "During the call, X told Y that ...", "In a call on Monday, X assured Y": a call the clause
    happened in, whose verb speaks to a named person (not "a call for calm", "the call to arms")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"during", "in"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"for", "to"} for c in noun.children):
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "dative"} and c.ent_type_ == "PERSON" for c in verb.children
    )


def _conjoined(tok: Token) -> list[Token]:
    """The conjuncts of ``tok``, however deep the parser chains them: "Lithuania, Latvia and
    Estonia" hangs "Estonia" on "Latvia", not on "Lithuania"."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "conj"]
    while todo:
        c = todo.pop(0)
        out.append(c)
        todo += [g for g in c.children if g.dep_ == "conj"]
    return out


def _money(noun: Token) -> bool:
    """A sum of money: "8 million euros", "$20 million" ("pledged 8 million euros for X")."""
    return noun.ent_type_ == "MONEY" or noun.lemma_.lower() in _CURRENCIES


def _names_a_person(noun: Token) -> bool:
    """Whether a common noun stands for a person the act is done to: "received his Sudanese
    counterpart", "hosted the ambassador", "hosted the visiting minister, X"."""
    word = noun.lemma_.lower()
    return (
        word in {"counterpart", "delegation"}
        or word in _ENVOYS
        or (word in _SPOKESGROUP_NOUNS and noun.tag_ == "NNS")  # "met leaders of the party"
        or lexicon.fold(noun.text) in lexicon.titles()
        or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)
    )


def _cue(tok: Token, cue: str) -> bool:
    """Whether the trigger at ``tok`` has ``cue`` in cameo_triggers.tsv: ``actor-target`` (an
    interaction only with an actor as its target: "the Netherlands released X" (084), not "the
    ministry released a statement"), ``named-target`` (the target only where the direct object is
    itself a name: "UEFA banned X", not "banned the president of X's federation")."""
    trig = lexicon.cameo_triggers().get((tok.lemma_.lower(), tok.pos_))
    return trig is not None and cue in trig.cue.split("|")


def _names_in_quotes(verb: Token) -> bool:
    """'called President X "a president without the people"': an object followed straight by a
    quotation, however the parser hangs it, names what the object is; no phone call."""
    if any(c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon", "for"} for c in verb.children):
        return False
    sent_end = verb.sent.end
    for t in verb.doc[verb.i + 1 : min(verb.i + 10, sent_end)]:
        if t.text in {",", ";", ":"} or t.pos_ in {"VERB", "ADP"}:
            return False
        if t.text in {'"', "\u201c"} and t.i > verb.i + 1:
            return True
    return False


def _onto_sanctions_list(verb: Token) -> bool:
    """ "added X to its sanctions list", "... to the blacklist", "... to the Entity List"."""
    heads = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]  # "to" may hang on the object
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (
                    pobj.lemma_.lower() == "blacklist"
                    or pobj.lemma_.lower() == "list"
                    and any(t.lemma_.lower() in _LISTS_OF_SANCTIONS for t in pobj.subtree)
                ):
                    return True
    return False


_LISTS_OF_SANCTIONS = frozenset({"sanction", "sanctions", "entity", "terrorist", "terror", "blacklist"})
#: Verbs that head the sentence introducing a sanctions list: "Those designated by X are:".
_DESIGNATING = frozenset({"designate", "sanction", "blacklist", "target", "list", "name"})
_BULLETS = frozenset({"-", "\u2022", "*", "\u2013", "\u2014"})


def designation_lists(ctx: Context, events: list[Event] = ()) -> list[Event]:
    """A bulleted list after "Those designated by the Finance Ministry's Sanctions Office (SO)
    are:": the designating body sanctions (CAMEO 163) each person or body that opens an item.
    With no "by" ("Those sanctioned are:"), the one who imposed the sanctions the article told
    last before the list (in ``events``) designated them."""
    doc = ctx.doc
    out: list[Event] = []
    sents = list(doc.sents)
    for n, sent in enumerate(sents):
        words = [t for t in sent if not t.is_space]
        if not words or words[-1].text != ":":
            continue
        verb = next((t for t in words if t.lemma_.lower() in _DESIGNATING and t.tag_ == "VBN"), None)
        if verb is None:
            continue
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        actors = [a for a in _entities(ctx, agents) if ctx.actor_types(a)]
        if not actors and not agents:
            told = [e for e in events if e.cameo[:2] == "16" and e.evidence.end <= sent.start_char]
            actors = [max(told, key=lambda e: e.evidence.begin).actor] if told else []
        if not actors:
            continue
        actors += [c for a in actors for c in _state_of(ctx, a) if c not in actors]
        last_para = ctx.paragraph_of(words[-1].idx)
        for item in sents[n + 1 :]:
            first = next((t for t in item if not t.is_space), None)
            if first is None:
                continue
            para = ctx.paragraph_of(first.idx)
            if para == last_para:
                continue  # the rest of an item the parser cut in two
            if first.text not in _BULLETS or para > last_para + 2:  # one line apart, or a blank line
                break
            last_para = para
            named = next(
                (
                    m
                    for t in item
                    if (m := ctx.index.at(t.i)) is not None and m.type in {"Person", "Organisation"}
                ),
                None,
            )
            if named is None:
                continue
            begin, end = doc[named.start].idx, doc[named.end - 1].idx + len(doc[named.end - 1])
            for actor in actors:
                if actor != named.key:
                    ev = ctx.evidence("event.designation_list.v1", begin, end, item)
                    out.append(
                        Event(actor, named.key, "163", verb.text, ev, _date_of(ctx, verb), False, None)
                    )
    return out


#: Verbs that bring goods or money somewhere, and what they bring that is relief.
_DELIVERING = frozenset({"deliver", "send", "fly", "airlift", "ship", "dispatch", "release", "distribute"})
_RELIEF_GOODS = frozenset(
    {
        "aid", "supply", "food", "tent", "medicine", "vaccine", "dose", "blanket", "biscuit", "flour",
        "rice", "grain", "tablet", "kit", "ration", "shelter", "assistance", "relief",
        # people sent to help: "send a team of engineers", "dispatched rescuers"
        "team", "rescuer", "medic", "doctor", "engineer", "expert", "specialist",
    }
)  # fmt: skip


_CURRENCIES = frozenset(
    {"dollar", "euro", "pound", "franc", "yen", "yuan", "crown", "krone", "rupee", "shilling"}
)


def _delivers_relief(tok: Token) -> bool:
    """ "the agency had flown 120 tons of biscuits to the region", "the charity delivered supplies", "Denmark
    released 4 million euros from its humanitarian budget": a delivery whose object is relief
    goods (or a measure of them) or, for "release", a sum of money, is aid (073). Sending troops
    or releasing a statement or prisoners is not. A sum sent "in aid" is aid: "will send $5 million
    in emergency aid to Vanuatu"."""
    in_aid = any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in _RELIEF_GOODS for p in c.children)
        for c in tok.children
    )
    for obj in tok.children:
        if obj.dep_ != "dobj":
            continue
        if in_aid and (
            obj.like_num
            or obj.lemma_.lower() in _CURRENCIES
            or any(g.ent_type_ == "MONEY" or g.lemma_.lower() in _CURRENCIES for g in obj.subtree)
        ):
            return True
        if tok.lemma_.lower() == "release":
            if obj.lemma_.lower() in _CURRENCIES or any(g.ent_type_ == "MONEY" for g in obj.subtree):
                return True
            continue
        goods = [obj, *[p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]]
        goods += [c for g in goods for c in g.children if c.dep_ == "conj"]
        if any(g.lemma_.lower() in _RELIEF_GOODS for g in goods):
            return True
    return False


def _pledges_money(tok: Token) -> bool:
    """ "South Korea pledged $1 million": a promise whose object is a sum of money, and which
    names no recipient ("pledged $1 million to the fund" gives to the fund)."""
    if any(c.dep_ == "prep" and c.lower_ in {"to", "for", "towards"} for c in tok.children):
        return False
    # ("pledged 200 million euros": the model may tag the sum a number, the currency says money)
    return tok.pos_ == "VERB" and any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "MONEY"
            or any(
                g.ent_type_ == "MONEY" or (g.like_num is False and g.lemma_.lower() in _CURRENCIES)
                for g in c.subtree
            )
        )
        for c in tok.children
    )


def extract_events(ctx: Context) -> list[Event]:
    doc = ctx.doc
    out: list[Event] = []
    seen: set = set()
    history: list[tuple[int, str, list[str], list[str]]] = []  # (trigger, CAMEO root, actors, targets)
    headline: list[tuple[int, str, list[str], list[str]]] = []  # the same, of the headline's acts
    pos = pos_ids(doc)
    for i in range(len(doc)):
        if pos[i] != VERB and pos[i] != NOUN:
            continue  # (trigger_of finds verbs and nouns only)
        tok = doc[i]
        if ctx.index.at(tok.i) is not None:
            continue
        judged = (
            _judged_act(ctx, tok, history, headline)
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _NAMING_VERBS
            else []
        )
        for actor, target in judged:
            if (actor, target, "111", tok.i) not in seen:
                seen.add((actor, target, "111", tok.i))
                ev = ctx.evidence("event.judged_act.v1", tok.idx, tok.idx + len(tok), tok.sent)
                out.append(Event(actor, target, "111", tok.text, ev, _date_of(ctx, tok), False, None))
        if judged:
            continue
        found = trigger_of(tok)
        if found is None:
            continue
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in _NAMING_VERBS
            and any(c.dep_ == "det" and c.lower_ in {"the", "this", "these"} for c in tok.children)
        ):
            continue  # "Moscow called the expulsions a hostile step": an act named, not Moscow's
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in _CONTESTING
            and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"} for c in tok.children)
        ):
            continue  # "his party would challenge the loan in court": an act told before, not theirs
        code, trigger_text, modifier = found
        light = modifier is _LIGHT
        if light:
            modifier = None
        if code.startswith("13") and any(c.dep_ == "xcomp" for c in tok.children):
            continue  # "threatened to impose sanctions": the complement is coded, as a threat
        if tok.pos_ == "VERB":
            actors, targets, rule = _verb_args(ctx, tok, code)
        else:
            actors, targets, rule = _noun_args(ctx, tok, modifier)
        actors = [a for a in actors if ctx.actor_types(a)]
        targets = [t for t in targets if ctx.actor_types(t)]
        if actors and not targets and tok.pos_ == "VERB" and _responds(tok):
            # "China criticised the agreement", "the expulsions were welcomed by Latvia": a
            # response to an act the article told before is aimed at the states and bodies that did it
            targets = [t for t in _earlier_doers(tok, history, headline) if t not in actors]
            rule = "event.response_to_earlier_act.v1" if targets else rule
        if _told_act(ctx, tok):
            history.append((tok.i, _act_family(found[0]), actors, targets))
        elif (
            tok.tag_ in {"VBZ", "VBD", "VBP"}  # "Czech Republic expels ...", not "engineers kidnapped in"
            and ctx.paragraph_of(tok.sent.start_char) == 0
            and not any(c.dep_ == "nsubjpass" for c in tok.children)
        ):
            headline.append((tok.i, _act_family(found[0]), actors, targets))
        if code == "073" and tok.pos_ == "VERB" and tok.lemma_.lower() in _DELIVERING:
            # relief flown or sent "to Karsim and Ulvado": states and bodies receive it, and a
            # town's name the tagger took for a person's is none (the dateline's country may be)
            targets = [t for t in targets if t.startswith(("Country:", "Organisation:"))]
        pairs: list[tuple[str, str]] = []
        code = _undone_by_verb(tok, code)
        if code == "140" and _official_protest(tok):
            code = "114"  # "lodged a protest with the ambassador": an official complaint
        reciprocal = (code[:2] == "19" and tok.lemma_.lower() in _RECIPROCAL_FIGHTS) or (
            # "A and B agreed to a ceasefire", "signed a truce": a truce is between them
            code == "087" and tok.pos_ == "NOUN" and _agreed(tok)
        )
        if (
            not targets
            and len(actors) >= 2
            and (reciprocal or code[:2] in _MUTUAL_ROOTS and _joint_act(tok, code))
            and not _third_party_to(tok)
            and not (len(actors) >= 3 and _attended(tok))
        ):
            # "Kenya and Uganda signed a trade pact", "the two leaders met": a joint act with no
            # object is one between the actors (each pair once, in the order they are named).
            envoys = _envoy_links(ctx, tok.sent)
            pairs = [(a, b) for n, a in enumerate(actors) for b in actors[n + 1 :] if {a, b} not in envoys]
            rule = "event.mutual.v1"
        if not targets and len(actors) >= 2 and (_each_other(tok) or _traded(tok, code)):
            # "A and B accused each other of violating the truce": each did it to the other
            pairs = [(a, b) for a in actors for b in actors if a != b]
            rule = "event.reciprocal.v1"
        if code == "174" and _expels_envoys(tok):
            code = "161"  # expelling diplomats breaks diplomatic relations; deporting people is 174
        if code.startswith("07") and len(actors) == 1 and len(targets) == 1:
            actors, targets = _lender_first(ctx, actors, targets)
        if (
            (code[:2] == "07" or (code[:2] == "03" and _pledges_money(tok)))
            and not targets
            and actors
            and not (tok.dep_ == "pobj" and tok.head.lower_ == "with")  # "doing so with Russian help"
            and not _funds_a_thing(ctx, tok)
            and not _recipient_named(ctx, tok)
        ):
            # "Britain announced 10 million pounds in emergency funding" in a story datelined in
            # the stricken country: aid with no recipient named goes to the dateline's country
            place = _aid_recipient(ctx, actors)
            if place is not None:
                targets, rule = [place], "event.aid_to_dateline.v1"
        if _cue(tok, "named-target") and code[:2] != "16":
            # "fined Acme 1.2 billion euros" may hang the name on the sum (nmod)
            named = {
                m.key
                for o in tok.children
                if o.dep_ in {"dobj", "dative", "nsubjpass"}
                for t in [o, *[c for c in o.children if c.dep_ in {"conj", "nmod", "appos"}]]
                if (m := ctx.index.at(t.i)) is not None
            }
            # "barred Myanmar's junta leader from its summits": a state's own leader stands for it
            named |= {
                m.key
                for o in tok.children
                if o.dep_ in {"dobj", "nsubjpass"} and lexicon.fold(o.text) in lexicon.titles()
                for c in o.children
                if c.dep_ == "poss" and (m := ctx.index.at(c.i)) is not None and m.type == "Country"
            }
            targets = [t for t in targets if t in named] or sorted(
                k for k in named & set(ctx.index.surface) if ctx.actor_types(k)
            )
        if (light or _cue(tok, "actor-target")) and not targets and not pairs:
            continue
        actors += [c for a in actors for c in _state_of(ctx, a) if c not in actors]
        # "Kenya signed a deal with Uganda's energy ministry": between states, the ministry's country
        # is a party too (not a court or ministry at home: "the opposition asked the court")
        if actors and all(a.startswith("Country:") for a in actors):
            targets += [c for t in targets for c in _state_of(ctx, t) if c not in targets and c not in actors]
        if not actors:
            continue
        code, negated, modality = _modality(tok, code)
        date = _date_of(ctx, tok)
        first = min(tok.i, modifier.i) if modifier is not None else tok.i
        last = max(tok.i, modifier.i) if modifier is not None else tok.i
        begin, end = doc[first].idx, doc[last].idx + len(doc[last])
        # whatever rule named them, only actors act and are acted on (the ontology's shapes say so)
        targets = [t for t in targets if ctx.actor_types(t)]
        pairs = [(a, t) for a, t in pairs if ctx.actor_types(a) and ctx.actor_types(t)]
        combos = pairs or [(actor, target) for actor in actors for target in targets or [None]]
        for actor, target in combos:
            if target == actor:
                continue
            key = (actor, target, code, tok.i)
            if key in seen:
                continue
            seen.add(key)
            ev = ctx.evidence(rule, begin, end, tok.sent)
            out.append(Event(actor, target, code, trigger_text, ev, date, negated, modality))
    out += _agreed_between(ctx, out)
    return out


def _agreed_between(ctx: Context, found: list[Event]) -> list[Event]:
    """ "Norway and Iceland agreed to run joint patrols", "agreed on a patrol plan", "Norway agreed
    with Iceland to ...": two parties agreeing to do something together express the intent to
    cooperate (030), when what they agreed to is no act of its own (an agreed "cooperate" or
    "truce" is coded as that). An agreement that something is so ("agreed that the launch was a
    threat") is a shared view, no act."""
    out: list[Event] = []
    paired = {frozenset((e.actor, e.target)) for e in found if e.target}
    for tok in ctx.doc:
        if tok.lemma_.lower() != "agree" or tok.pos_ != "VERB" or tok.dep_ in {"amod", "acl"}:
            continue
        if any(c.dep_ == "ccomp" or c.dep_ == "mark" for c in tok.children):
            continue
        agreed = [c for c in tok.children if c.dep_ == "xcomp"]
        agreed += [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in {"on", "to"}
            for g in c.children
            if g.ent_type_ not in {"DATE", "TIME"}  # "agreed on Thursday"
        ]
        if not agreed or any(trigger_of(t) is not None for a in agreed for t in [a, *a.children]):
            continue
        actors = [a for a in _entities(ctx, _subject_of(tok)) if ctx.actor_types(a)]
        partners = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in _pobj_entities(ctx, c)
            if ctx.actor_types(p)
        ]
        if len(actors) == 1 and partners:
            pairs = [(actors[0], p) for p in partners if p != actors[0]]
        elif len(actors) >= 2 and not partners:
            pairs = [(a, b) for n, a in enumerate(actors) for b in actors[n + 1 :]]
        else:
            continue
        code, negated, modality = _modality(tok, "030")
        for actor, target in pairs:
            if frozenset((actor, target)) in paired:
                continue
            paired.add(frozenset((actor, target)))
            ev = ctx.evidence("event.agreed_between.v1", tok.idx, tok.idx + len(tok), tok.sent)
            out.append(Event(actor, target, code, tok.text, ev, _date_of(ctx, tok), negated, modality))
    return out


#: Fights that are mutual when two actors and no target are named: "A and B clashed",
#: "Thai and Cambodian troops exchanged fire".
_RECIPROCAL_FIGHTS = frozenset({"clash", "exchange", "skirmish", "fight", "battle"})
_AGREEING = frozenset({"agree", "sign", "reach", "declare", "strike", "seal", "conclude"})
_PROTEST_LODGING = frozenset({"lodge", "file", "register", "submit", "deliver", "make", "send"})
_PROTEST_FORMAL = frozenset({"diplomatic", "formal", "official", "strong", "strongly-worded"})


def _agreed(noun: Token) -> bool:
    """Whether a noun is what its clause agrees, signs or reaches: "agreed to a ceasefire",
    "signed a truce" (not "urged both sides to respect the ceasefire")."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in _AGREEING


def _traded(tok: Token, code: str) -> bool:
    """ "A and B traded accusations", "exchanged threats": each did it to the other."""
    return (
        tok.pos_ == "VERB" and tok.lemma_.lower() in {"trade", "exchange"} and code[:2] in {"11", "12", "13"}
    )


def _each_other(tok: Token) -> bool:
    """Whether the act is done to "each other" or "one another" (as its object, or after a
    preposition: "clashed with one another")."""
    heads = [tok, *[c for c in tok.children if c.dep_ == "prep"]]
    for head in heads:
        for obj in head.children:
            if (
                obj.dep_ in {"dobj", "pobj"}
                and obj.lower_ in {"other", "another", "one"}
                and any(c.lower_ in {"each", "one", "another"} for c in obj.children)
            ):
                return True
    return False


def _official_protest(tok: Token) -> bool:
    """ "lodged a protest", "a formal protest": a state's complaint, not a demonstration."""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in _PROTEST_FORMAL for c in tok.children):
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PROTEST_LODGING


#: CAMEO roots of acts two parties do together (intend to cooperate, consult, cooperate
#: diplomatically or materially): "X and Y met" is X meeting Y.
_MUTUAL_ROOTS = frozenset({"03", "04", "05", "06"})


#: Objects of a joint act: "signed an agreement", "held talks" (not "support this idea").
_JOINT_OBJECTS = frozenset(
    {
        "agreement",
        "deal",
        "pact",
        "accord",
        "treaty",
        "memorandum",
        "talks",
        "meeting",
        "call",
        "deals",
        "agreements",
    }
)


#: Words in the names of lenders: a loan between one of them and a country goes from it.
_LENDER_WORDS = frozenset({"bank", "fund", "monetary", "lender", "finance", "investment"})


def _recipient_named(ctx: Context, tok: Token) -> bool:
    """ "announced $50 million in aid for the region's coast guards": aid whose "for" or "to" phrase
    names recipients owned by another than the dateline's country (or a place in it) goes to them."""
    country = ctx.dateline_country()
    heads = [tok, *([tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "in" else [])]
    verb = _governing_verb(tok) if tok.pos_ == "NOUN" else None
    heads += [verb] if verb is not None else []  # ("announced $50 million in aid for ...")
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}):
        for pobj in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
            owners = [c for c in pobj.children if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}]
            named = {m.key for o in owners for m in ctx.index.in_span(o.left_edge.i, o.i + 1)}
            if owners and country not in named and not named & {k for k, c in ctx.located if c == country}:
                return True  # (not "to the flooded districts", "for Somalia's flood victims")
    return False


def _funds_a_thing(ctx: Context, verb: Token) -> bool:
    """ "The survey was funded by the Swiss agency", "agreed to fund a health study": a verb of
    giving whose object is a thing (no sum, relief, act or actor) funds that thing, and names no
    country that receives aid."""
    if verb.pos_ != "VERB" or _delivers_relief(verb):
        return False  # ("flew 120 tons of biscuits to ...": relief, measured)
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"]
    return any(
        not _money(o)
        and o.ent_type_ != "MONEY"
        and o.lemma_.lower() not in _RELIEF_GOODS
        and trigger_of(o) is None
        and ctx.index.at(o.i) is None
        and not _names_a_person(o)
        for o in objs
    )


def _aid_recipient(ctx: Context, actors: list[str]) -> str | None:
    """The dateline's country as the recipient of aid that names none: when the article names
    that country again (not only in its dateline) and the donor is neither it nor in it."""
    country = ctx.dateline_country()
    if country is None or sum(ctx.index.surface.get(country, {}).values()) < 2:
        return None
    if not all(a.startswith(("Country:", "Organisation:")) for a in actors):
        return None  # donors are states and bodies ("urging residents to donate" is no pledge)
    if any(a == country or _located_in(ctx, a, country) for a in actors):
        return None
    return country


def _located_in(ctx: Context, key: str, country: str) -> bool:
    """Whether ``key`` is in ``country``, directly or through a place in it ("Bosaso-based Norvik
    Logistics": in Bosaso, which is in Somalia)."""
    return (key, country) in ctx.located or any(
        (place, country) in ctx.located for k, place in ctx.located if k == key
    )


def _lender_first(ctx: Context, actors: list[str], targets: list[str]) -> tuple[list[str], list[str]]:
    """ "Chad signed a $90 million loan agreement with the Arab Bank for Economic Development": in
    aid between a country and a bank or fund, the bank or fund gives it."""
    actor, target = actors[0], targets[0]
    words = set(target.split(":", 1)[1].split()) if target.startswith("Organisation:") else set()
    if actor.startswith("Country:") and words & _LENDER_WORDS:
        return [target], [actor]
    return actors, targets


#: Codes of what one side gives another (praise, support, recognition, apology), not done together.
_GIVEN_CODES = frozenset({"051", "052", "053", "054", "055", "056"})


def _joint_act(trigger: Token, code: str) -> bool:
    """Whether a trigger with several actors and no target is something they did together: a noun
    ("talks", "agreement"), a consultation ("met", "discussed trade": the object is the topic), or
    another verb with no object or one such as "an agreement" ("support this idea" is not)."""
    if code == "045":
        return False  # mediators mediate between others, not with each other
    if trigger.pos_ == "NOUN" and code in _GIVEN_CODES:
        return False  # "Germany and France pledged further support": to another, not to each other
    if trigger.pos_ != "VERB" or code.startswith("04"):
        return True
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "attr"}]
    # "the expulsions were welcomed by A and B": a passive's subject is what they act on ("it was
    # signed by A and B" may still be their deal)
    objects += [c for c in trigger.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"]
    return all(o.lemma_.lower() in _JOINT_OBJECTS or o.lower_ in _JOINT_OBJECTS for o in objects)


#: Verbs of a third party's part in others' talks: "Egypt and Qatar mediated the talks".
_THIRD_PARTY_VERBS = frozenset(
    {"mediate", "host", "broker", "facilitate", "observe", "monitor", "sponsor", "chair", "oversee"}
)
#: Those a state sends to watch others' talks: "sent observers to the talks".
_WATCHERS = frozenset({"observer", "monitor"})


def _attended(noun: Token) -> bool:
    """Whether a meeting noun is what a list attends: "the meeting was attended by A, B, C and D",
    "A, B and C attended the summit" (an attendance list, not each meeting every other)."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in {"nsubjpass", "dobj"}
        and noun.head.lemma_.lower() in {"attend", "join"}
    )


def _third_party_to(noun: Token) -> bool:
    """Whether the subjects of the verb a meeting noun hangs on stand outside it: "Egypt and Qatar,
    which mediated previous talks", "the United States and China sent observers to the talks" (the
    talks are not between them)."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "dobj":
        verb = noun.head
        return verb.lemma_.lower() in _THIRD_PARTY_VERBS or (trigger_of(verb) or ("",))[0] == "045"
    if noun.dep_ == "pobj" and noun.head.lower_ in {"to", "at"} and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _WATCHERS for c in verb.children)
    return False


def _state_of(ctx: Context, key: str) -> list[str]:
    """A ministry, army or government acts for its country: "Russia's Foreign Ministry accused ..."."""
    if not key.startswith("Organisation:"):
        return []
    words = set(key.split(":", 1)[1].split())
    if not words & STATE_BODY_WORDS:
        return []
    return sorted(c for o, c in ctx.located if o == key and c.startswith("Country:"))


_RELATIVE_PRONOUNS = frozenset({"which", "who", "whom"})


def _antecedent(tok: Token) -> Token:
    """The name a relative pronoun stands for: "Rwanda, which Congo has accused of ..." (the
    object "which" is Rwanda); any other token is itself."""
    if (
        tok.lower_ in _RELATIVE_PRONOUNS
        and tok.head.dep_ == "relcl"
        and tok.head.head.i != tok.head.i
        and tok.head.head.pos_ == "PROPN"  # (not "two Indian posts, which the army denied")
    ):
        return tok.head.head
    return tok


def _urgers(ctx: Context, subjects: list[Token]) -> list[str]:
    """ "X urged both sides to resume talks": who urges the ones who would act (X is no side)."""
    if not subjects or subjects[0].dep_ != "dobj" or subjects[0].head.lemma_.lower() not in _APPEALING:
        return []
    return _entities(ctx, [c for c in subjects[0].head.children if c.dep_ == "nsubj"])


def _owned_noun(noun: Token) -> bool:
    """A common noun a name or demonym qualifies: "the Congolese army", "Rwanda's government"
    ("accused the Congolese army of fighting alongside X": the army fights)."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "poss", "compound"} and c.ent_type_ in {"NORP", "GPE", "COUNTRY", "ORG"}
        for c in noun.children
    )


def _subject_of(tok: Token) -> list[Token]:
    """The subject(s) of a verb, climbing through xcomp/conj/advcl chains ("willing to meet")."""
    cur = tok
    for _ in range(6):
        subs = [c for c in cur.children if c.dep_ in {"nsubj", "csubj"}]
        if (
            not subs
            and cur.dep_ in {"conj", "advcl"}
            and cur.head.dep_ == "relcl"
            and cur.head.head.pos_ == "PROPN"
            and tok.doc[cur.left_edge.i - 1].text == ","
            and any(t.lower_ == "whose" and t.i < cur.head.i for t in cur.head.subtree)
        ):
            # "Varlanu, whose party leads the coalition, hit back, accusing X": a predicate after
            # the "whose" clause is the name's, though the parser hangs it on the clause's verb
            cur = cur.head.head
            subs = [cur]
        if not subs and cur.i != tok.i:
            subs = [c for c in cur.children if c.dep_ == "nsubjpass"]  # "X is expected to meet Y"
        if (
            subs
            and cur.dep_ == "relcl"
            and subs[0].lower_ in _RELATIVE_PRONOUNS
            and cur.head.pos_ == "PROPN"
            and cur.head.i != cur.i
        ):
            # "The Front, which attacked Ethiopia last year,", "X, who met Y,": the name the clause is on
            subs = [cur.head]
        if subs:
            doc = tok.doc
            if (
                len(subs) >= 2
                and subs[0].pos_ == "NOUN"
                and subs[1].pos_ == "PROPN"
                and subs[0].right_edge.i + 1 < len(doc)
                and "," in {doc[subs[0].right_edge.i].text, doc[subs[0].right_edge.i + 1].text}
            ):
                # "A founding member of the X party, Y was known for ...": a description fronted
                # before the name, which is the subject
                subs = subs[1:]
            # two subjects of one verb joined by a comma: a headline's "Turkey's Erdogan, Putin discuss"
            subs = [
                sub
                for n, sub in enumerate(subs)
                if n == 0 or (sub.left_edge.i == subs[n - 1].i + 2 and doc[subs[n - 1].i + 1].text == ",")
            ]
            # a headline's "Kenya, Uganda sign trade deal", "Turkish, Greek leaders meet": a name
            # the parser hung on the verb, opening the sentence, a comma before the subject
            first = subs[0].left_edge.i
            lead = [
                c
                for c in cur.children
                if c.i == first - 2 == c.sent.start
                and doc[first - 1].text == ","
                and c.dep_ in {"dep", "amod", "npadvmod", "nmod", "compound"}
                and c.pos_ in {"PROPN", "ADJ"}
            ]
            return lead + [t for sub in subs for t in [sub, *_conjoined(sub)]]
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.i != cur.head.i:
            objects = [
                o
                for c in cur.head.head.children
                if c.dep_ == "dobj" and ((o := _antecedent(c)).pos_ in {"PROPN"} or _owned_noun(o))
            ]
            if cur.head.lower_ in {"of", "for"} and objects:
                return objects[:1]  # "Rwanda accused Congo of backing the rebels": Congo backs them
            cur = cur.head.head  # "Russia responded by expelling ...": the subject of "responded"
            continue
        if (
            cur.dep_ == "conj"
            and cur.tag_ in {"VBD", "VBZ"}
            and cur.head.dep_ == "xcomp"
            and cur.head.tag_ == "VB"
        ):
            # "X urged the EU to impose sanctions and called on NATO to ...": a finite verb the
            # parser joined to the infinitive is the main verb's conjunct (X called on NATO)
            cur = cur.head.head
            continue
        if cur.dep_ == "xcomp":
            objects = [
                c
                for c in cur.head.children
                if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"} and c.i < cur.i
            ]
            if objects:
                # "Tanzania urged Rwanda to stop supporting rebels": Rwanda would; "urged the Chilean
                # authorities to free X": the authorities would, not the one who urged them
                return objects[:1]
        if (
            # "Qatar is mediating between ...": a progressive the parser took for an attribute
            (
                cur.dep_ in {"xcomp", "conj", "acomp", "advcl", "ccomp", "pcomp", "relcl", "acl"}
                or (cur.dep_ == "attr" and cur.pos_ == "VERB" and cur.tag_ == "VBG")
            )
            and cur.head.i != cur.i
        ):
            if cur.dep_ in {"relcl", "acl"}:
                return [cur.head]
            cur = cur.head
            continue
        break
    return []


#: Envoys and missions: an act on one is an act on their country ("summoned Mali's ambassador,
#: Ousmane Sy", "expelled 20 Czech diplomats").
_ENVOYS = frozenset(
    {
        "ambassador",
        "envoy",
        "diplomat",
        "charge",
        "chargé",
        "embassy",
        "consulate",
        "consul",
        "attache",
        "attaché",
    }
)


def _entities(ctx: Context, toks: list[Token], skip: list[str] | tuple = ()) -> list[str]:
    out = []
    for t in toks:
        listed = _listed_after(t)
        if listed and ctx.index.at(t.i) is None:
            # "two officers of the unit, Colonel A and Major B": each of them
            out += [k for k in _entities(ctx, listed) if k not in out]
            continue
        if t.lemma_.lower() in _STATE_ORGANS and t.pos_ == "NOUN" and ctx.index.at(t.i) is None:
            # "Police in India arrested ...", "a court in Belarus sentenced ...": the state they serve
            places = [
                m.key
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj" and (m := ctx.index.at(p.i)) is not None and m.type == "Country"
            ] or [
                # "police in Nairobi", "a court in Karvela": the state of the city, when the story names it
                key
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children
                if p.dep_ == "pobj"
                and (m := ctx.index.at(p.i)) is not None
                and m.type == "Location"
                and (iso3 := lexicon.city_country(m.text))
                and (key := f"Country:{iso3}") in ctx.index.surface
            ]
            if places:
                out += [k for k in places[:1] if k not in out]
                continue
        if t.lemma_.lower() in _MILITARY_SITES and t.pos_ == "NOUN" and ctx.index.at(t.i) is None:
            # "attacked a Nigerien army base", "shelled an army post in Mali": the state whose force it is
            state = _site_state(ctx, t)
            if state is not None:
                if state not in out:
                    out.append(state)
                continue
        if t.lemma_.lower() in _NATIONALS and t.pos_ == "NOUN" and ctx.index.at(t.i) is None:
            # "two Pakistani nationals": people named only by their country stand for it
            country = next(
                (
                    m.key
                    for c in t.children
                    if c.dep_ == "amod" and (m := ctx.index.at(c.i)) and m.type == "Country"
                ),
                None,
            )
            if country and country not in out:
                out.append(country)
            # "detained a Finnish citizen, Aino Rask": the person the apposition names, too
            out += [k for k in _entities(ctx, [c for c in t.children if c.dep_ == "appos"]) if k not in out]
            continue
        if t.lemma_.lower() in _ENVOYS and ctx.index.at(t.i) is None and _envoys_country(ctx, t) is None:
            # "summoned the ambassadors of both countries", "met envoys from Britain and France": the states
            owners = [
                p for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for p in c.children
            ]
            owners = [o for p in owners for o in [p, *_conjoined(p)]]
            # (the envoys of "both countries" are two other than the one that summons them)
            states = [k for o in owners for k in ctx.group_of(o, skip) or _entities(ctx, [o])]
            states = [k for k in states if k.startswith("Country:")]
            if states:
                out += [k for k in states if k not in out]
                continue
        bodies = _group_owners(ctx, t)
        if bodies:
            # "met leaders of the Borneo Renewal Party", "would receive the union's leaders": the
            # body or state the unnamed group speaks for
            out += [k for k in bodies if k not in out]
            continue
        # "sanctions on four officials, including the interior minister, X": each one named too
        out += [k for k in _entities(ctx, _included(t)) if k not in out]
        if t.lower_ in {"i", "we"} and t.dep_ in {"nsubj", "nsubjpass"}:
            # '"We will impose sanctions on Iran," the minister said': the one quoted
            speaker = _quoted_speaker(ctx, t)
            if speaker is not None and speaker not in out:
                out.append(speaker)
            continue
        owner = _title_owner(ctx, t)
        if owner is not None:
            # "was hosted by Japan's prime minister", "the EU's commissioner praised": the official
            # named before with that owner, else the owner itself (not the last person named)
            key = _official_of(ctx, t, owner)
            if key not in out:
                out.append(key)
            continue
        several = _demonyms(ctx, t)
        if len(several) >= 2:
            # "Thai and Cambodian troops clashed", "for UNHCR and WFP operations": each one named
            out += [k for k in several if k not in out]
            continue
        if _former_official(ctx, t):
            continue  # "Spain arrests former Peruvian governor": a person, who no longer acts for Peru
        # "the two leaders": both; "the envoy said he had spoken to both sides": two besides his own
        keys = ctx.group_of(t, _own_side(ctx, skip)) or [_envoys_country(ctx, t) or ctx.entity_of(t)]
        keys = [_capital_as_state(ctx, t, key) for key in keys]
        for key in keys:
            if key and key not in out:
                out.append(key)
    return out


#: Plural nouns for those who speak for a body or state: "leaders of the party", "union representatives".
_SPOKESGROUP_NOUNS = frozenset(
    {"leader", "representative", "delegate", "negotiator", "official", "executive", "head", "chief",
     "leadership", "delegation"}
)  # fmt: skip


def _group_owners(ctx: Context, tok: Token) -> list[str]:
    """The bodies or states an unnamed group of their officials stands for: "leaders of the Borneo
    Renewal Party", "representatives from Chile and Peru", "the federation's leaders" (a plural noun,
    or a delegation or leadership, with "of"/"from" or a possessive; not one with names listed
    after it, nor "including" ones)."""
    if (
        tok.pos_ != "NOUN"
        or ctx.index.at(tok.i) is not None
        or tok.lemma_.lower() not in _SPOKESGROUP_NOUNS
        or (tok.tag_ != "NNS" and tok.lemma_.lower() not in {"delegation", "leadership"})
        or any(c.dep_ in {"appos"} or (c.dep_ == "prep" and c.lower_ == "including") for c in tok.children)
    ):
        return []
    owners = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for p in c.children]
    owners += [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners = [o for p in owners for o in [p, *_conjoined(p)] if p.dep_ in {"pobj", "poss"}]
    keys = []
    for o in owners:
        key = ctx.entity_of(o)
        if key is not None and key.startswith(("Organisation:", "Country:")) and key not in keys:
            keys.append(key)
    return keys


def _former_official(ctx: Context, tok: Token) -> bool:
    """An unnamed official who no longer holds the post: "a former Peruvian governor"."""
    return (
        tok.pos_ == "NOUN"
        and ctx.index.at(tok.i) is None
        and lexicon.fold(tok.text) in lexicon.titles()
        and any(c.dep_ == "amod" and c.lower_ in {"former", "ex"} for c in tok.children)
    )


def _own_side(ctx: Context, keys: list[str] | tuple) -> set[str]:
    """The actors and those they serve or are in: "Labour Minister X urged both sides" (X's
    country is no side)."""
    side = set(keys) | {org for holder, org in ctx.served if holder in keys}
    return side | {c for k, c in ctx.located if k in side and c.startswith("Country:")}


def _included(noun: Token) -> list[Token]:
    """The names after "including" on a plural noun: "four officials, including A and B" (also
    where the parser hangs "including" on the verb: "sanctioned four officials on Monday,
    including A and B")."""
    if noun.pos_ != "NOUN" or noun.tag_ not in {"NNS", "NNPS"}:
        return []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "including"]
    if noun.dep_ == "dobj":
        preps += [
            c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "including" and c.i > noun.i
        ]
    found = [
        t
        for c in preps
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN"
        for t in _listed_from(p)
    ]
    if not found and noun.lemma_.lower() in _PEOPLE_NOUNS:
        # "four officials from the Xinjiang region, including A and B": the parser hangs
        # "including" on the place the officials are from; the people named are the officials
        holders = list(noun.children)
        if noun.dep_ == "dobj":  # "sanctioned four officials from the region": on the verb
            holders += [c for c in noun.head.children if c.i > noun.i]
        nested = [
            c
            for prep in holders
            if prep.dep_ == "prep" and prep.lower_ in {"from", "of", "in", "at"}
            for place in prep.children
            if place.dep_ == "pobj"
            for c in place.children
            if c.dep_ == "prep" and c.lower_ == "including"
        ]
        found = [
            t
            for c in nested
            for p in c.children
            if p.dep_ == "pobj" and p.ent_type_ == "PERSON"
            for t in _listed_from(p)
            if t.ent_type_ == "PERSON"
        ]
    return found


def _listed_from(name: Token) -> list[Token]:
    """A name and the names listed after it, also where the parser hangs the next one on the
    first one's description ("A, the region's deputy governor, and Colonel B")."""
    described = [t for a in name.children if a.dep_ == "appos" for t in _conjoined(a) if t.pos_ == "PROPN"]
    return [name, *_conjoined(name), *described]


#: Plural nouns for people an act may name one by one after "including".
_PEOPLE_NOUNS = frozenset(
    {"official", "people", "person", "individual", "member", "diplomat", "executive", "leader",
     "commander", "officer", "lawmaker", "politician", "activist", "journalist", "minister"}
)  # fmt: skip


_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def _quoted_speaker(ctx: Context, pron: Token) -> str | None:
    """The person a quotation's "I" or "we" is: the subject of the speech verb the quoted clause
    hangs on ('"I met him," X said', 'said X'), when a quotation mark lies between the two."""
    cur = pron.head
    for _ in range(4):
        if cur.dep_ not in {"ccomp", "conj", "xcomp", "advcl"} or cur.head.i == cur.i:
            return None
        cur = cur.head
        if lexicon.fold(cur.lemma_) in lexicon.speech_verbs():
            break
    else:
        return None
    if lexicon.fold(cur.lemma_) not in lexicon.speech_verbs():
        return None
    low, high = sorted((pron.i, cur.i))
    if not any(t.text in _QUOTES for t in ctx.doc[low:high]):
        return None
    subjects = [c for c in cur.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    key = ctx.entity_of(subjects[0], via_modifiers=False) if len(subjects) == 1 else None
    return key if key is not None and key.startswith("Person:") else None


def _title_owner(ctx: Context, tok: Token) -> str | None:
    """The state or body that owns an unnamed official: "Japan's prime minister", "the EU's
    enlargement commissioner" (a title noun with a possessive name, and no name of its own)."""
    if (
        tok.pos_ != "NOUN"
        or ctx.index.at(tok.i) is not None
        or lexicon.fold(tok.text) not in lexicon.titles()
    ):
        return None
    if any(c.dep_ == "appos" for c in tok.children):
        return None
    for c in tok.children:
        m = ctx.index.at(c.i) if c.dep_ == "poss" else None
        if m is not None and m.type in {"Country", "Organisation"}:
            return m.key
        if c.dep_ == "poss" and m is None and lexicon.fold(c.text) in lexicon.titles():
            # "the U.N. Secretary-General's spokesman": the body of the official whose spokesman
            owner = _body_before_title(ctx, c)
            if owner is not None:
                return owner
    return _body_before_title(ctx, tok)


def _body_before_title(ctx: Context, tok: Token) -> str | None:
    """The body named before a title: "the U.N. secretary-general", "the EU foreign policy chief"."""
    words = [tok, *[c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]]
    for c in (c for w in words for c in w.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        m = ctx.index.at(c.i)
        if m is not None and m.type == "Organisation":
            return m.key
    return None


def _official_of(ctx: Context, tok: Token, owner: str) -> str:
    """The last person named before ``tok`` with ``owner`` just before their name ("Japanese Prime
    Minister X", "Japan's prime minister, X"), else ``owner``."""
    doc = ctx.doc
    for m in reversed(ctx.index.mentions):
        if m.start >= tok.i or m.nested or m.type != "Person":
            continue
        start = doc[m.start].sent.start
        for k in range(max(start, m.start - 5), m.start):
            near = ctx.index.at(k)
            if near is not None and near.key == owner:
                return m.key
    return owner


def _demonyms(ctx: Context, tok: Token) -> list[str]:
    """The countries and bodies of a common noun's joined modifiers: "Thai and Cambodian troops",
    "UNHCR and WFP operations"."""
    if tok.pos_ != "NOUN" or ctx.index.at(tok.i) is not None:
        return []
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
    mods += [c for m in mods for c in _conjoined(m)]
    out: list[str] = []
    for c in mods:
        m = ctx.index.at(c.i)
        if m is not None and m.type in {"Country", "Organisation"} and m.key not in out:
            out.append(m.key)
    return out


def _conjoined_after_apposition(objs: list[Token]) -> list[Token]:
    """ "freed Anouk Velders, 41, a photographer detained in May, and Marte Tolsen, 52, an engineer":
    the second name, which the parser joins to the first one's apposition."""
    return [
        c
        for o in objs
        if o.pos_ == "PROPN"
        for a in o.children
        if a.dep_ == "appos" and a.pos_ == "NOUN"
        for c in a.children
        if c.dep_ == "conj" and c.pos_ == "PROPN"
    ]


def _capital_as_state(ctx: Context, tok: Token, key: str | None) -> str | None:
    """A capital that acts or is acted on stands for its state: "urged Nairobi to ...", "Beijing
    protested" (when the article names the country too)."""
    if not key or not key.startswith("Location:"):
        return key
    if tok.dep_ == "pobj" and tok.head.lower_ not in {"with", "against", "to"}:
        return key
    m = ctx.index.at(tok.i)
    if m is None:
        # "rejected Asunción's decision": the capital that owns the act noun
        m = next((ctx.index.at(c.i) for c in tok.children if c.dep_ == "poss" and ctx.index.at(c.i)), None)
    iso3 = lexicon.capitals().get(lexicon.fold(m.text)) if m is not None else None
    state = f"Country:{iso3}" if iso3 else None
    return state if state in ctx.index.surface else key


def _capital_state(ctx: Context, tok: Token) -> str | None:
    """The state whose capital ``tok`` names, when the article names that state too."""
    m = ctx.index.at(tok.i)
    iso3 = lexicon.capitals().get(lexicon.fold(m.text)) if m is not None and m.type == "Location" else None
    state = f"Country:{iso3}" if iso3 else None
    return state if state in ctx.index.surface else None


def _expels_envoys(verb: Token) -> bool:
    """Whether an expulsion's object is diplomats or an envoy ("expelled two Russian diplomats",
    "declared the ambassador persona non grata")."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + _small_clause_subjects(verb)
    return any(o.lemma_.lower() in _ENVOYS for o in objs)


def _small_clause_subjects(verb: Token) -> list[Token]:
    """ "declared 20 diplomats persona non grata": the subject of the clause the verb takes."""
    return [
        g
        for c in verb.children
        if c.dep_ in {"ccomp", "xcomp", "oprd"}
        for g in c.children
        if g.dep_ == "nsubj"
    ]


def _envoys_named(ctx: Context, toks: list[Token], known: list[str]) -> list[str]:
    """ "summoned Laos's ambassador in Bangkok, Khamla Vongsa,": besides the envoy's country, the
    envoy the apposition names (a person) is the one summoned or received."""
    out = []
    for t in toks:
        if _envoys_country(ctx, t) is None:
            continue
        # (the name may hang on the city the envoy serves in, which no person can rename)
        places = [p for c in t.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        for a in [c for h in [t, *places] for c in h.children]:
            m = ctx.index.at(a.i) if a.dep_ == "appos" else None
            if m is not None and m.type == "Person" and m.key not in known and m.key not in out:
                out.append(m.key)
    return out


def _envoy_links(ctx: Context, sent: Any) -> list[set[str]]:
    """Each envoy the sentence names with their country ("Britain's envoy, Hedda Korsvik"): the
    two stand for one side, and do nothing jointly with each other."""
    return [
        {country, person}
        for t in sent
        if (country := _envoys_country(ctx, t)) is not None
        for person in _envoys_named(ctx, [t], [])
    ]


def _envoys_country(ctx: Context, tok: Token) -> str | None:
    """The country of an envoy or mission named by its country: "Mali's ambassador", "Czech
    diplomats", "the Russian embassy" (not its person, whom an apposition may name)."""
    if tok.lemma_.lower() not in _ENVOYS:
        if tok.lower_ == "d'affaires" and any(c.lower_ in {"charge", "chargé"} for c in tok.children):
            pass  # "India's charge d'affaires", parsed with "d'affaires" as the head
        elif tok.pos_ == "NOUN":
            # "a senior official from the Chinese embassy": the embassy's country
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in {"from", "of", "at"}:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return _envoys_country(ctx, pobj)
            return None
        else:
            return None
    for child in tok.children:
        m = ctx.index.at(child.i)
        if child.dep_ in {"poss", "amod", "compound", "nmod"} and m is not None and m.type == "Country":
            return m.key
    return None


def _prep_targets(
    ctx: Context, head: Token, start: int = -1, cues_from: Token | None = None, skip: list[str] | tuple = ()
) -> list[str]:
    """The actors after the cue prepositions on ``head`` (those from ``start`` on); ``skip``: the
    actors, whose side "both sides" leaves out ("the EU called on both sides")."""
    out: list[str] = []
    preps = _CUE_PREPS | _place_cues(cues_from if cues_from is not None else head)
    for child in head.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps and child.i >= start:
            if child.lower_ in {"at", "on"} and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _VENUE_NOUNS for p in child.children
            ):
                continue  # "met X at the APEC summit", "on the sidelines of": where, not with whom
            found = _pobj_entities(ctx, child, skip)
            if not found:
                # "to his family and to the people of Chile": the phrase conjoined to one that names
                # no actor ("with the league and with the authorities in X" keeps to the league)
                for more in child.children:
                    if more.dep_ == "conj" and more.lower_ == child.lower_:
                        found += _pobj_entities(ctx, more)
            out.extend(found)
    return out


def _place_cues(head: Token) -> set[str]:
    """The prepositions of place cameo_triggers.tsv gives a show of force ("military drills near
    Taiwan", "drills around Taiwan"): where it is held is whom it is aimed at."""
    if head.pos_ != "NOUN":
        return set()
    table = lexicon.cameo_triggers()
    lemma = head.lemma_.lower()
    keys = [(lemma, "NOUN")] + [
        (f"{c.lemma_.lower()} {lemma}", "NOUN") for c in head.children if c.dep_ in {"compound", "amod"}
    ]
    return {
        cue
        for key in keys
        if (trig := table.get(key)) is not None
        for cue in trig.cue.split("|")
        if cue in {"near", "around", "off"}
    }


#: Gatherings and places a meeting happens at: "at the APEC summit", "at the bloc's headquarters".
_VENUE_NOUNS = frozenset(
    {"summit", "meeting", "conference", "forum", "session", "ceremony", "gathering", "headquarters",
     "sideline", "sidelines", "assembly", "congress", "convention", "event", "venue", "talks", "retreat"}
)  # fmt: skip


def _hostile_act(noun: Token) -> bool:
    """Whether a noun names a hostile act, from demands to force: "sanctions", "the attack"."""
    found = trigger_of(noun) if noun.pos_ == "NOUN" else None
    return found is not None and found[0][:2] >= "10"


def _clause_start(verb: Token) -> int:
    """Where a verb's clause proper opens, at its subject: a phrase fronted before the subject sets
    the scene ("At the Security Council, France accused Russia of ...": no act on the Council)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return min(s.left_edge.i for s in subjects) if subjects and subjects[0].i < verb.i else -1


def _objects_of(tokens: Iterable[Token], word: str) -> list[Token]:
    """The objects of each preposition ``word`` among ``tokens``: "from" in "banned X from Y"."""
    return [
        p for t in tokens if t.dep_ == "prep" and t.lower_ == word for p in t.children if p.dep_ == "pobj"
    ]


def _pobj_entities(ctx: Context, prep: Token, skip: list[str] | tuple = ()) -> list[str]:
    return [
        k
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for k in _entities(ctx, [pobj, *_conjoined(pobj)], skip) or _entities(ctx, _measured(pobj))
    ]


#: Nouns that measure what their "of" phrase names: "tariffs on $20 billion worth of U.S. goods".
_MEASURES = frozenset(
    {"worth", "amount", "value", "volume", "range", "number", "ton", "tonne", "percent", "share"}
)


def _measured(noun: Token) -> list[Token]:
    """What a measure noun measures: "worth of U.S. goods" -> "goods"."""
    if noun.lemma_.lower() not in _MEASURES:
        return []
    return [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _listed_after(noun: Token) -> list[Token]:
    """ "sanctions on two officers of the cyber command, Colonel A and Major B": the names a
    plural noun (or the body after its "of") is followed by, in apposition; "the leaders of Kenya
    and Uganda": the names after its "of", when there are several."""
    if noun.pos_ != "NOUN" or noun.tag_ not in {"NNS", "NNPS"}:
        return []
    # ("leaders from Kenya, Uganda and Rwanda attended": "from" too)
    owners = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for p in c.children]
    several = [o for o in owners if o.pos_ == "PROPN" and any(c.dep_ == "conj" for c in o.children)]
    if several and noun.lemma_.lower() in _LEADER_NOUNS:
        return several + [c for o in several for c in _conjoined(o)]
    heads = [noun, *[p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]]
    names = [a for h in heads for a in h.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    # "A of Portugal and B of Mauritania": B may hang on the country as its conjunct
    return names + [c for a in names for c in a.subtree if c.dep_ == "conj" and c.pos_ == "PROPN"]


#: Verbs whose object is a response from others to the subject: "drew condemnation from X".
_DRAWING_VERBS = frozenset(
    {"draw", "prompt", "spark", "trigger", "provoke", "attract", "face", "earn", "receive"}
)
#: Plural nouns for those who act for their countries: "the leaders of Kenya and Uganda signed".
_LEADER_NOUNS = frozenset(
    {"leader", "president", "minister", "head", "representative", "delegation", "envoy"}
)
#: A state's organs named by the country they are in: "police in India", "a court in Belarus".
_STATE_ORGANS = frozenset({"police", "authority", "court", "prosecutor", "judge", "tribunal"})
#: A force's sites and units, named by the state that holds them: "a Nigerien army base".
_MILITARY_SITES = frozenset(
    {"base", "post", "outpost", "checkpoint", "barracks", "camp", "convoy", "patrol", "garrison", "position"}
)
#: What makes a site a force's: "an army base", "a military convoy", "a border post".
_FORCE_WORDS = frozenset({"army", "military", "navy", "police", "border", "air", "naval", "security"})


def _site_state(ctx: Context, site: Token) -> str | None:
    """The country of a military site: "a Nigerien army base", "Mali's army post", "an army base in
    Niger" (a force's word before the site, and a country before it or after "in"); else None."""
    mods = [c for c in site.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
    mods += [g for c in mods for g in c.children if g.dep_ in {"compound", "amod", "poss", "nmod"}]
    if not any(m.lemma_.lower() in _FORCE_WORDS for m in mods):
        return None
    ins = [c for c in site.children if c.dep_ == "prep" and c.lower_ == "in"]
    places = mods + [p for c in ins for p in c.children if p.dep_ == "pobj"]
    for p in places:
        m = ctx.index.at(p.i)
        if m is not None and m.type == "Country":
            return m.key
    return None


#: Plural nouns for people named by their nationality: "arrested two Pakistani nationals".
_NATIONALS = frozenset({"national", "citizen"})
#: Verbs that end or reduce a restriction (sanctions, an embargo, tariffs).
_EASING = frozenset(
    {"lift", "ease", "remove", "suspend", "drop", "relax", "scrap", "end", "cut", "reduce", "lower", "slash",
     "waive", "abolish"}
)  # fmt: skip

#: An event noun governed by a verb that ends or reduces it is another event: CAMEO root of the
#: noun -> (the verbs, the code). "lifted sanctions on Belarus" is 085 (ease sanctions), not 163;
#: "threatened to cut aid to Uganda" is 162 (reduce aid), not 070.
_UNDOING_VERBS = {
    # "lifted sanctions", "cut tariffs on Kenyan tea": restrictions eased
    "16": (_EASING, "085"),
    "07": (
        frozenset({"cut", "suspend", "halt", "freeze", "withdraw", "stop", "reduce", "slash", "end"}),
        "162",
    ),
}


def _undone_by_verb(tok: Token, code: str) -> str:
    """The code of an event noun that its governing verb ends or reduces (:data:`_UNDOING_VERBS`)."""
    found = _UNDOING_VERBS.get(code[:2])
    if found is None or tok.pos_ != "NOUN" or tok.dep_ not in {"dobj", "nsubjpass"}:
        return code
    verbs, undone = found
    return undone if tok.head.lemma_.lower() in verbs else code


#: CAMEO roots of responses to what another did: approve, disapprove, reject.
_RESPONSE_ROOTS = frozenset({"05", "11", "12"})

#: CAMEO roots of the use of force: assault, fight, mass violence.
_FORCE_ROOTS = frozenset({"18", "19", "20"})


def _responds(verb: Token) -> bool:
    """Whether a verb is a response to what its object names (praise, criticise, reject)."""
    found = trigger_of(verb) if verb.pos_ == "VERB" else None
    return found is not None and found[0][:2] in _RESPONSE_ROOTS and verb.lemma_.lower() not in _LIGHT_VERBS


#: CAMEO roots of acts that a later "the <noun>" refers back to when others respond to it:
#: agreements, aid, rejections and vetoes, threats, sanctions and expulsions, force.
_RESPONDED_ROOTS = frozenset({"05", "06", "07", "12", "13", "16", "17", "18", "19", "20"})


def _earlier_doers(
    verb: Token,
    history: list[tuple[int, str, list[str], list[str]]],
    headline: list[tuple[int, str, list[str], list[str]]] = (),
) -> list[str]:
    """The states and bodies that did the act a response's object names again: 'Japan and the
    Philippines signed a pact. China criticised the agreement.' -> both signatories; 'Estonia
    expelled two diplomats. The expulsions were welcomed by Latvia.' -> Estonia. The object is a
    bare definite event noun ("the agreement", "the sanctions", not "Kenya's decision" nor "the
    agreement between X and Y"); the act is the first one in the article with the same CAMEO root
    (wire copy tells the act its later responses refer to first), and its doers are its subjects
    (both, for a joint act: "A and B signed"; "X agreed to buy Y" is X's deal)."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"]
    if len(objs) != 1:
        return []
    noun = objs[0]
    found = trigger_of(noun)
    generic = found is None and noun.lemma_.lower() in _GENERIC_ACTS  # "rejected the measures"
    if not generic and (found is None or found[0][:2] not in _RESPONDED_ROOTS):
        return []
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "these"} for c in noun.children):
        return []
    if any(
        c.dep_ in {"poss", "compound", "amod", "nmod", "relcl", "acl", "appos"}
        or (c.dep_ == "prep" and c.lower_ != "as")  # "condemned the move as ...": a description
        for c in noun.children
    ):
        return []
    family = None if found is None else _act_family(found[0])
    # the body's acts first; the headline's (whose parse is less sure) when the body told none
    # of the kind ("Moscow called the expulsions ...", the lead having "ordered them to leave")
    earlier = [h for h in history if h[0] < verb.sent.start] + list(headline)
    for _, fam, actors, _targets in earlier:
        keys = [k for k in dict.fromkeys(actors) if k.startswith(("Country:", "Organisation:"))]
        if keys and (fam == family or (generic and fam[:2] in _RESPONDED_ROOTS)):
            return keys
    return []


#: Nouns that name again the story's act, whatever it was: "welcomed the decision", "the move" (the
#: first act of a responded-to kind the article tells).
_GENERIC_ACTS = frozenset({"measure", "move", "decision", "step"})


def _blames(tok: Token, blame: Any) -> bool:
    """Whether a word is one of blame (kg/data/disapproval_words.tsv): not "hostile" in a "hostile
    takeover" or "hostile bid", the market's term for an offer the board does not back."""
    word = lexicon.fold(tok.lemma_)
    if word == "hostile" and tok.head.lemma_.lower() in {"takeover", "bid", "offer", "approach"}:
        return False
    return word in blame


def _judged_act(ctx: Context, verb: Token, history: list, headline: list = ()) -> list[tuple[str, str]]:
    """'Britain's envoy called the veto "cynical and shameful"', "described the sanctions as
    illegal": a naming verb whose object is an act and whose description blames it
    (kg/data/disapproval_words.tsv) criticises (111) whoever did the act (its owner, "Russia's
    veto", else the doers of the act the article told before: see :func:`_earlier_doers`)."""
    objs = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        # ('called the move "a hostile act"': a word that names again the act told before)
        and (trigger_of(c) is not None or c.lemma_.lower() in _GENERIC_ACTS)
    ]
    if len(objs) != 1:
        return []
    blame = lexicon.disapproval_words()
    said = [
        t
        for c in verb.children
        if c.i != objs[0].i and c.dep_ not in {"nsubj", "nsubjpass"}
        for t in c.subtree
    ]
    if not any(_blames(t, blame) for t in said):
        return []
    subjects = _subject_of(verb)
    actors = [a for a in _entities(ctx, subjects) + _envoys_named(ctx, subjects, []) if ctx.actor_types(a)]
    owned = [k for c in objs[0].children if c.dep_ == "poss" and (k := ctx.index.key_at(c.i))]
    targets = [k for k in owned if ctx.actor_types(k)] or _earlier_doers(verb, history, headline)
    return [(a, t) for a in dict.fromkeys(actors) for t in targets if a != t]


def _reads_as_headline(ctx: Context) -> bool:
    """Whether the text's first line is a headline: one line of one sentence with no full stop at
    its end (a story given without its headline opens with the lead: "NIAMEY (AFP) - Niger ... .")."""
    first = ctx.text.lstrip().split("\n", 1)[0].strip()
    return not first.endswith((".", '."', ".\u201d"))


def _told_act(ctx: Context, tok: Token) -> bool:
    """Whether a trigger tells an act a later response may name again: a clause's verb, or the
    noun a light verb takes ("signed a pact"); not a headline's (whose parse is unsure), nor a
    response or what it responds to ("criticised the agreement")."""
    if ctx.paragraph_of(tok.sent.start_char) == 0 and _reads_as_headline(ctx):
        return False
    if _responds(tok) and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN" and trigger_of(c) is not None
        for c in tok.children
    ):
        return False
    if tok.pos_ == "NOUN":
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LIGHT_VERBS
    return True


def _act_family(code: str) -> str:
    """What a response's object must share with the act it names again: the CAMEO root, or for
    cooperation (05) the code ("the agreement" is a deal, 057, not praise, 051)."""
    return code[:3] if code[:2] == "05" else code[:2]


def _between(ctx: Context, heads: list[Token]) -> list[str]:
    """The parties after "between" on any of ``heads``: "talks between Israel and Hamas"."""
    out: list[str] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        conj = [
                            c
                            for c in pobj.subtree
                            if c.dep_ == "conj" and c.head.i == pobj.i or c.i == pobj.i
                        ]
                        out += [k for k in _entities(ctx, conj) if k not in out]
    return out


def _verb_args(ctx: Context, verb: Token, code: str) -> tuple[list[str], list[str], str]:
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if (
        not passive
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ == "PROPN"
        and code != "045"
        and verb.lemma_.lower() not in _HOSTING
        and any(c.dep_ == "agent" for c in verb.children)
    ):
        # "Ukraine, backed by the United States, ...": a participle on a name is done to it
        passive = [verb.head]
    if not passive and verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
        # "He is to be deported to Egypt", "X is expected to be charged": the subject it climbs
        # to is the one it is done to
        passive = _subject_of(verb)[:1]
    if passive:
        # the "by" phrase, whether parsed as an agent or a preposition ("was fined by UEFA")
        agents = [
            p
            for c in verb.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not agents and code == "116":
            # "was found guilty of fraud by Justice X": the parser hangs "by" on the charge
            agents = [
                p
                for t in verb.subtree
                if t.lower_ == "by" and t.dep_ in {"prep", "agent"}
                for p in t.children
                if p.dep_ == "pobj"
            ]
        if not agents and code == "114":
            # "the ambassador was summoned to the foreign ministry": the ministry summoned him
            agents = [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children
                if p.dep_ == "pobj"
            ]
        agents += [c for a in agents for c in _conjoined(a)]  # "signed by X and Y"
        actors = _entities(ctx, agents)
        if not actors and code[:2] == "17":
            actors = _reporting_enforcer(ctx, verb)
        if code == "045":
            # "the truce was brokered by Kenya between the government and the rebels"
            return actors, _between(ctx, [verb, passive[0]]), "event.verb.v1"
        subject = _antecedent(passive[0])  # "Armenia, which was attacked by Azerbaijan"
        targets = _entities(ctx, [subject, *_conjoined(subject)])
        if code[:2] in _RESPONSE_ROOTS and not any(ctx.actor_types(t) for t in targets):
            targets = [t for t in _authors(ctx, [subject]) if t not in actors]
        return actors, targets + _envoys_named(ctx, passive[:1], targets), "event.verb.v1"
    if code[:2] == "04" and verb.dep_ == "amod" and verb.head.pos_ == "NOUN":
        # "Qatar-brokered talks between Israel and Hamas", "the U.S.-mediated truce between A and B"
        mediators = _entities(ctx, [c for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"}])
        parties = [k for k in _between(ctx, [verb.head]) if k not in mediators]
        if mediators and parties:
            return mediators, parties, "event.verb.v1"
    if verb.tag_ == "VBG" and verb.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        # "Fighting between Armenia and Azerbaijan erupted": a gerund's "between" names both sides
        parties = _between(ctx, [verb])
        if len(parties) >= 2:
            return parties[:1], parties[1:], "event.verb.v1"
    if code == "045" and verb.dep_ == "acl" and verb.tag_ == "VBN":
        brokered = _brokered_deal(ctx, verb)
        if brokered is not None:
            return (*brokered, "event.brokered_deal.v1")
    if (
        code[:2] == "04"
        and verb.lemma_.lower() in _HOSTING
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ == "NOUN"
        and (trigger_of(verb.head) or ("",))[0][:2] == "04"
    ):
        # "A and B agreed a truce after talks hosted by Kenya": the host receives both parties
        hosted = _brokered_deal(ctx, verb)
        if hosted is not None:
            return (*hosted, "event.hosted_talks.v1")
    subjects = _reporter_of(verb, code) or _subject_of(verb)
    subjects += _persons_joined_inside(ctx, subjects)
    actors = _entities(ctx, subjects, _urgers(ctx, subjects))
    # "Canada's ambassador, Maren Ostrova, met X": the envoy the apposition names acts too
    actors += _envoys_named(ctx, subjects, actors)
    objs = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] or _object_taken_as_subject(verb)
    if not objs and verb.lemma_.lower() in {"declare", "find"}:
        # "declaring 20 Czech diplomats persona non grata", "found Karma Wangdi guilty"
        objs = _small_clause_subjects(verb)
    if verb.lemma_.lower() == "declare":
        # "declared a Russian diplomat persona non grata", parsed with "persona" as the object and
        # the diplomat as its modifier: the diplomat
        objs = [
            g
            for o in objs
            for g in (
                [c for c in o.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN"] or [o]
                if o.lower_ == "persona"
                else [o]
            )
        ]
    if not objs:
        objs = _what_it_called(verb)
    objs = [_antecedent(o) for o in objs]
    objs += [c for o in objs for c in _conjoined(o)] + _conjoined_after_apposition(objs)
    if code == "045":
        # "mediated talks between Israel and Hamas", "mediated between the two sides"
        return actors, _between(ctx, [verb, *objs]), "event.verb.v1"
    if verb.lemma_.lower() == "ban" and code == "163":
        origins = _objects_of((t for o in objs for t in o.subtree), "from")
        return actors, _entities(ctx, origins), "event.verb.v1"
    if verb.lemma_.lower() in _BUYING:
        # "Norvik agreed to buy Danish shipping firm Velmar Lines": the company named as the object
        # (or in apposition to it), not a country that qualifies goods ("buy Russian oil"); goods
        # bought "from" a company: the company that sells them
        named = [a for o in objs for a in [o, *[c for c in o.children if c.dep_ == "appos"]]]
        # "acquired a 20% stake in Brevik Optics": the company the stake is in
        named += [
            p
            for o in objs
            if o.lemma_.lower() in {"stake", "share", "holding", "interest"}
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if code == "061":
            named = _bought_from(verb)
        return actors, _named_bodies(ctx, named), "event.verb.v1"
    if verb.lemma_.lower() == "recall":
        # "recalled its ambassador from Algeria / to Mexico": the country the envoy served in
        places = [
            m.key
            for head in [verb, *objs]
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in {"from", "to", "in"}
            for pobj in prep.children
            if pobj.dep_ == "pobj" and (m := ctx.index.at(pobj.i)) is not None and m.type == "Country"
        ]
        return actors, places[:1], "event.verb.v1"
    targets = _entities(ctx, objs, actors)
    targets += _envoys_named(ctx, objs, targets)
    if not targets and code[:2] in {"18", "19", "20"}:
        # "drones struck an oil refinery in Russia's Samara region": force on a place in a state
        places = [
            p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
        ]
        targets = [t for t in _entities(ctx, places, actors) if t.startswith("Country:") and t not in actors]
    if not targets and code[:2] == "04" and any(_names_a_person(o) for o in objs):
        # "Jordan received a delegation from Syria": the country the visitors come from
        targets = [
            k
            for h in [verb, *objs]
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for k in _pobj_entities(ctx, c)
            if k not in actors
        ]
    if code == "100" and _should_clause(verb) is not None:
        clause = _should_clause(verb)
        subjects = [g for g in clause.children if g.dep_ == "nsubj"]
        return (
            actors,
            [t for t in _entities(ctx, subjects) if t not in _own_side(ctx, actors)],
            "event.verb.v1",
        )
    if not targets and code[:2] in {"02", "10"}:
        # "demanded that Iran release the sailors": the that-clause's subject is the one asked
        # ("warned that Moscow could close ..." is often the speaker's own side: not a target)
        clauses = [
            c for c in verb.children if c.dep_ == "ccomp" and any(g.lower_ == "that" for g in c.children)
        ]
        # ("demanded that EU funding be suspended": whose funding the passive's subject is)
        targets = _entities(
            ctx, [g for c in clauses for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}][:1]
        )
    targets += [t for t in _prep_targets(ctx, verb, _clause_start(verb), skip=actors) if t not in targets]
    for o in objs:
        if code[:2] in _DISAPPROVAL_ROOTS | {"04"} and _hostile_act(o):
            # "condemned the sanctions on Iran": Iran is the sanctions' target, not the critic's;
            # "met to discuss sanctions against Russia": the topic's (ruling out "a deal with X" rejects X)
            continue
        targets += [t for t in _prep_targets(ctx, o) if t not in targets]
    if not targets and _cue(verb, "in"):
        # "invested $1 billion in Tarvo Shipping": a trigger whose data names "in" as its cue
        targets = [
            k
            for h in [verb, *objs]
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for k in _pobj_entities(ctx, c)
            if k.startswith(("Organisation:", "Country:")) and k not in actors
        ]
    if not targets and code[:2] in _RESPONSE_ROOTS:
        # "rejected a proposal by Kazakhstan's president", "welcomed the decision by Ghana to ...":
        # a response to an act is aimed at whoever did it
        targets = _authors(ctx, objs)
    if not targets and code[:2] in _FORCE_ROOTS:
        # "shelled positions held by the Rapid Support Forces": whoever holds what is attacked
        holders = [
            p
            for o in objs
            for acl in o.children
            if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for a in acl.children
            if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
            for p in a.children
            if p.dep_ == "pobj"
        ]
        targets = _entities(ctx, holders)
    if not targets and code[:2] == "14":
        # "protested outside the Chinese embassy": a protest at a mission is against its country
        targets = [
            k
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in {"outside", "at", "near"}
            for p in prep.children
            if p.dep_ == "pobj" and (k := _envoys_country(ctx, p))
        ][:1]
    if not targets and code[:2] in _FORCE_ROOTS:
        # "Israel struck targets in Lebanon", "shelled positions in Syria": force used in a
        # country is used against it
        targets = [
            m.key
            for head in [verb, *objs]
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and (m := ctx.index.at(pobj.i)) is not None and m.type == "Country"
        ][:1]
    return actors, targets, "event.verb.v1"


def _authors(ctx: Context, nouns: list[Token]) -> list[str]:
    """Who made what a response answers: "rejected a proposal by Kazakhstan's president", "the
    resolution, drafted by France, was vetoed by Russia" (a "by" or "from" phrase on the noun, or
    the agent of a participle on it)."""
    heads = [*nouns, *[a for n in nouns for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN"]]
    return _entities(
        ctx,
        [
            p
            for h in heads
            for prep in h.children
            if (prep.dep_ == "prep" and prep.lower_ in {"by", "from"} and h in nouns) or prep.dep_ == "agent"
            for p in prep.children
            if p.dep_ == "pobj"
        ],
    )


def _object_taken_as_subject(verb: Token) -> list[Token]:
    """ "X met Prime Minister Y and the two agreed to ...": the name right after a meeting verb with
    no object, which the parser made the subject of the verb joined to it, is the one met."""
    if verb.lemma_.lower() not in _MEETING_VERBS or any(
        c.dep_ in {"prep", "prt"} and c.i > verb.i for c in verb.children
    ):
        return []
    return [
        s
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "VERB"
        for s in c.children
        if s.dep_ == "nsubj" and s.pos_ == "PROPN" and s.left_edge.i == verb.i + 1
    ]


#: Verbs whose object is the one met: "met", "received", "hosted".
_MEETING_VERBS = frozenset({"meet", "receive", "host", "welcome", "call", "phone", "visit"})


def _brokered_deal(ctx: Context, verb: Token) -> tuple[list[str], list[str]] | None:
    """ "Chile and Peru swapped prisoners in a deal brokered by Norway", "a truce between A and B
    took hold under a deal mediated by Qatar and Norway", "A and B accused each other of violating a
    ceasefire brokered by a Kenyan envoy": the participle's agents mediate between the parties
    the sentence names, those after a "between" in it, else the subjects of the clause the deal
    or truce is in (the mediators themselves excepted)."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    actors = _entities(ctx, agents + [c for a in agents for c in _conjoined(a)])
    if not actors:
        return None
    parties = _between(ctx, [verb.head]) or _between(
        ctx, [t for t in verb.sent if t.pos_ == "NOUN" and trigger_of(t) is not None]
    )
    if not parties:
        clause = _governing_verb(verb.head)
        parties = _entities(ctx, _subject_of(clause)) if clause is not None else []
    targets = [t for t in parties if t not in actors]
    return (actors, targets) if targets else None


#: Verbs whose subject is given what their object names: "received a call from X", "won the
#: backing of X", "secured a loan from the World Bank".
_RECEIVING = frozenset(
    {"receive", "get", "accept", "welcome", "obtain", "need", "seek", "secure", "win", "gain", "enjoy"}
)

#: Verbs of coming to a country: "arrived in Finland on a state visit".
_ARRIVING = frozenset({"arrive", "travel", "fly", "land", "come", "go", "head"})

#: Verbs of hosting talks: "talks hosted by Kenya".
_HOSTING = frozenset({"host"})

#: Verbs of buying: with a company as the object, a takeover agreed with it (057).
_BUYING = frozenset({"buy", "acquire"})
_TAKEOVERS = frozenset({"acquisition", "takeover"})


def _stake_in(verb: Token) -> bool:
    """Whether the object bought is a stake in a named company: "buy a 40% stake in Veltrana Airways
    from its founder" is a deal for the company (057), whoever sells the stake."""
    return any(
        o.dep_ == "dobj"
        and o.lemma_.lower() in {"stake", "share", "holding", "interest"}
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.pos_ == "PROPN" for p in c.children)
            for c in o.children
        )
        for o in verb.children
    )


def _bought_from(verb: Token) -> list[Token]:
    """The seller after "from" (on the verb or its object) of goods bought: "buy six patrol vessels
    from Portuguese shipbuilder Velmar Naval" (a name, or a noun with a name in apposition)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    sellers = [
        p
        for h in [verb, *objs]
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    named = [t for p in sellers for t in [p, *[c for c in p.children if c.dep_ == "appos"]]]
    return [t for t in named if t.pos_ == "PROPN"]


def _named_bodies(ctx: Context, toks: list[Token]) -> list[str]:
    """The organisations the tokens are names of (a mention on the token itself)."""
    out = []
    for t in toks:
        m = ctx.index.at(t.i)
        if m is not None and m.type == "Organisation" and m.key not in out:
            out.append(m.key)
    return out


#: Words of the names of bodies that arrest, charge and fine: police, prosecutors, courts,
#: commissions and agencies (not ministries: "a French citizen was detained in Iran, the French
#: foreign ministry said" reports another state's act).
_ENFORCER_WORDS = frozenset(
    {"police", "commission", "prosecutor", "prosecutors", "prosecution", "court", "agency", "bureau",
     "gendarmerie", "guard", "army", "customs", "directorate", "tribunal"}
)  # fmt: skip


def _reporting_enforcer(ctx: Context, verb: Token) -> list[str]:
    """ "A and B were taken into custody, the Anti-Graft Commission said", "He was detained on
    Wednesday, the Velsko Federal Police said in a statement": a coercive act in the passive with no
    "by" phrase, reported by a police force, court, commission or agency, is that body's own."""
    speech = verb.head if verb.dep_ == "ccomp" else None
    if speech is None or lexicon.fold(speech.lemma_) not in lexicon.speech_verbs():
        return []
    subjects = [ctx.entity_of(c, via_modifiers=False) for c in speech.children if c.dep_ == "nsubj"]
    if not subjects and speech.i > 0:
        # ", the Anti-Graft Commission (AGC) said": a name the parser hung elsewhere, just before
        k = speech.i - 1
        if ctx.doc[k].text == ")" and k >= 3 and ctx.doc[k - 2].text == "(":
            k -= 3
        m = ctx.index.at(k)
        subjects = [m.key] if m is not None else []
    return [
        key
        for key in subjects
        if key and key.startswith("Organisation:") and set(key.split(":", 1)[1].split()) & _ENFORCER_WORDS
    ]


#: Verbs that name what their object is: "condemned what it called ...".
_NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})


def _what_it_called(verb: Token) -> list[Token]:
    """ "condemned what it called Chile's 'reckless provocation'", "rejected what he described as
    Kenya's interference": the act's object is what the free relative names."""
    for clause in verb.children:
        if (
            clause.dep_ in {"ccomp", "xcomp", "dobj"}
            and clause.lemma_.lower() in _NAMING_VERBS
            and any(c.lower_ == "what" for c in clause.children)
        ):
            named = [c for c in clause.children if c.dep_ in {"oprd", "attr", "xcomp"}]
            named += [
                p
                for c in clause.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            return named[:1]
    return []


#: CAMEO roots of acts done by speaking: statements, appeals, demands, disapproval, rejection,
#: threats. "X said the case was political and accused Y" is X's accusation.
_VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})


def _reporter_of(verb: Token, code: str) -> list[Token]:
    """The speaker of a verbal act the parser hung on a reported clause.

    "Moraes said her client was a victim and accused the audit office of leaking": the parser
    attaches "accused" to "was" (a conjunct inside the reported clause), whose subject is
    "client". An accusation or threat with no subject of its own, conjoined after the reported
    clause of a speech verb, is the speaker's.
    """
    if code[:2] not in _VERBAL_ROOTS or verb.dep_ != "conj":
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    if any(c.dep_ == "aux" and c.lemma_.lower() in {"have", "will", "would"} for c in verb.children):
        # "X said the government would freeze funding and had asked Y to ...": a verb in the
        # reported clause's tense is the reported clause's subject's act
        return []
    clause = verb.head
    if clause.i > verb.i:
        return []
    found = trigger_of(clause) if clause.pos_ == "VERB" else None
    if found is not None and found[0][:2] in _VERBAL_ROOTS:
        # "his spokesman said the secretary-general condemned the launch and called on X to ...":
        # a verbal act joined to another one shares its subject
        return []
    if clause.dep_ == "ccomp":
        speech = clause.head
    elif (
        # "X said in a statement that Y had served well and offered condolences": the parser
        # hangs the reported clause on "statement" as a relative clause
        clause.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and clause.head.dep_ == "pobj"
        and clause.head.head.dep_ == "prep"
    ):
        speech = clause.head.head.head
    else:
        return []
    if speech.pos_ != "VERB" or lexicon.fold(speech.lemma_) not in lexicon.speech_verbs():
        return []
    return [c for c in speech.children if c.dep_ == "nsubj"][:1]


def _governing_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in {"VERB", "AUX"} else None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


#: Nouns for bodies and people that an act noun before them describes: "the aid group", "sanctions experts".
_BODY_NOUNS = frozenset(
    {"group", "agency", "organisation", "organization", "worker", "official", "charity", "body", "expert",
     "analyst", "community", "sector", "coordinator", "staff", "lawyer", "campaigner", "activist", "partner",
     "donor", "recipient", "intelligence", "research", "analysis", "specialist", "researcher", "unit", "team",
     "department", "desk"}
)  # fmt: skip


def _participle_targets(ctx: Context, noun: Token) -> list[str]:
    """ "the sanctions imposed on Iran by the EU", "aid sent to Chad by Japan": the target after the
    cue preposition of a passive participle that an agent's act noun takes (not a response's:
    "the sanctions, condemned by China")."""
    return [
        k
        for acl in noun.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and not _responds(acl)
        for k in _prep_targets(ctx, acl)
    ]


def _noun_args(ctx: Context, noun: Token, modifier: Token | None) -> tuple[list[str], list[str], str]:
    rule = "event.noun.v1"
    if (
        noun.lemma_.lower() in {"trade", "export", "import"}
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and noun.head.lemma_.lower() in _MEASURED_CHANGE
    ):
        # "Trade between Chile and Peru rose 12% last year": a statistic, no act of either
        return [], [], rule
    if noun.dep_ == "compound" and (
        noun.head.lemma_.lower() in _BODY_NOUNS or lexicon.fold(noun.head.text) in lexicon.titles()
    ):
        # "the aid group X said", "aid workers", "head of threat intelligence", "the trade minister":
        # who they are or what they do, not an act
        return [], [], rule
    if noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"} and ctx.index.at(noun.head.i) is None:
        # "a $7 billion loan programme for Pakistan": the arguments hang on the head noun.
        modifier, noun = noun, noun.head
    if noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in {"come", "be"}:
        # "Hungary came under fire from Poland": criticism from Poland aimed at the subject; "its
        # forces came under attack from Eritrean soldiers": Eritrea's attack on them
        verb = noun.head.head
        critics = [
            p
            for h in (noun, verb)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        actors = _entities(ctx, critics + [c for p in critics for c in _conjoined(p)])
        return actors, _entities(ctx, _subject_of(verb)), rule
    actors: list[str] = []
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"} and (modifier is None or child.i != modifier.i):
            key = ctx.index.key_at(child.i)
            if key and child.dep_ == "poss":
                key = _capital_as_state(ctx, child, key)  # "Wellington's sanctions on Fiji"
            if key is None and child.dep_ == "poss" and child.lower_ in {"his", "her"}:
                # "X, on his first trip to Ecuador, ...": the person the sentence is about
                key = ctx.index.antecedent(child.i, frozenset({"Person"}))
            if key:
                actors.append(key)
    # "the COVID-19 pandemic and US embargo": a modifier parsed as a conjunct of an adjective.
    if not actors:
        for child in noun.children:
            for grand in child.children:
                if child.dep_ in {"amod", "compound"} and grand.dep_ == "conj" and ctx.index.key_at(grand.i):
                    actors.append(ctx.index.key_at(grand.i))
    verb0 = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if not actors and verb0 is not None and any(c.dep_ == "nsubjpass" for c in verb0.children):
        # "Serbia was hit with sanctions by the United States": the agent's act on the subject
        agents = [
            p
            for h in (verb0, noun)
            for c in h.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        found = _entities(ctx, agents + [c for a in agents for c in _conjoined(a)])
        if found:
            subjects = [c for c in verb0.children if c.dep_ == "nsubjpass"]
            return found, _entities(ctx, subjects + [c for s in subjects for c in _conjoined(s)]), rule
    if not actors:
        # "the agreement, signed by Kenya and Ethiopia in March": the participle's agents (a
        # mediator's "brokered by" is no party to the deal, a responder's "condemned by" none to the act)
        # ("the tariffs on Kenyan tea imposed by Uganda": the participle may hang on the goods)
        goods = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children]
        agents = [
            p
            for h in [noun, *goods]
            for acl in h.children
            if acl.dep_ == "acl"
            and acl.tag_ == "VBN"
            and not _responds(acl)
            and (h is noun or acl.lemma_.lower() in _LIGHT_VERBS)
            for c in acl.children
            if c.dep_ == "agent" and (trigger_of(acl) or ("",))[0] != "045"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        actors = _entities(ctx, agents + [c for a in agents for c in _conjoined(a)])
    if not actors:
        # "the first state visit to Portugal by a Mauritanian head of state", "an attack by X"
        agents = [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        actors = _entities(ctx, agents + [c for a in agents for c in _conjoined(a)])
    targets = _prep_targets(ctx, noun) or _participle_targets(ctx, noun)
    if _cue(noun, "against"):
        # "filed a complaint at the WTO against the EU", "... against duties the EU imposed": the one
        # the complaint or suit is against, not the forum it is filed at or with
        targets = _against_whom(ctx, noun) or targets
    if not targets:
        # "signed a memorandum of understanding with Iran": the phrase hangs on the "of" noun
        targets = [
            t
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN" and ctx.index.at(p.i) is None
            for t in _prep_targets(ctx, p)
        ]
    if not targets and modifier is None and (trigger_of(noun) or ("",))[0][:2] in {"11", "12"}:
        # "Egypt's condemnation of Ethiopia's dam project", "criticism of the United States" (not
        # "the support of X", whose "of" names the supporter)
        targets = _entities(
            ctx,
            [
                p
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ],
        )
    if not any(ctx.actor_types(t) for t in targets) and (trigger_of(noun) or ("",))[0][:2] == "16":
        # "a safeguard duty on frozen poultry from Argentina", "tariffs on steel from Vietnam": a trade
        # measure on goods is aimed at the country they come from
        heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # the phrases may hang on the verb
        goods = [
            p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
        ]
        goods += heads if goods else []
        origins = [
            p
            for g in goods
            for c in g.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children
        ]
        targets = _entities(ctx, origins) or targets
    if not targets and noun.lemma_.lower() in _TAKEOVERS:
        # "Tarvo's acquisition of Brevik Optics": the company bought, named after "of"
        targets = _named_bodies(
            ctx, [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        )
    governing = _governing_verb(noun)
    if (
        not targets
        and modifier is None
        and _cue(noun, "of")
        # ("demanded the release of X": the act is asked of another, who the demand is on)
        and not (governing is not None and (trigger_of(governing) or ("",))[0][:2] == "10")
    ):
        # "ordered the arrest of X", "the expulsion of the French ambassador": the act's object
        # follows "of" (for the nouns cameo_triggers.tsv cues with "of")
        objs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        objs += [c for o in objs for c in _conjoined(o)]
        targets = [t for t in _entities(ctx, objs) if t not in actors]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            pair = [p for p in child.children if p.dep_ == "pobj"]
            pair += [c for p in pair for c in _conjoined(p)]
            keys = _entities(ctx, pair)
            if len(keys) >= 2 and not actors:
                return [keys[0]], keys[1:], rule
            if len(keys) >= 2 and (trigger_of(noun) or ("",))[0] == "045":
                # "Oman's mediation between Iran and the United States": between the two
                return actors, [k for k in keys if k not in actors], rule
    # A relative clause on the noun names who receives it: "the aid Cuba needs" (not "the summit,
    # which Ethiopia boycotted": a verb of receiving only).
    for child in noun.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in _RECEIVING | {"request", "want", "ask"}:
            subs = [c for c in child.children if c.dep_ == "nsubj"]
            targets += [t for t in _entities(ctx, subs) if t not in targets]
    verb = _governing_verb(noun)
    # "deepen coordination with China": the target hangs on the light verb.
    if (
        not targets
        and verb is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.i == verb.i
        and (trigger_of(noun) or ("",))[0][:2] in {"03", "05", "06", "07"}
    ):
        # "Ghana assured Togo of its support": the one the verb's object names
        targets = _entities(ctx, [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"])
    if (
        not targets
        and verb is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.dep_ == "dobj"
        and noun.head.head.head.i == verb.i
    ):
        # "pledged 20 million euros in aid to Congo": the sum's verb names the recipient
        targets = _prep_targets(ctx, verb)
    if (
        actors
        and not targets
        and verb is not None
        and noun.dep_ in {"dobj", "nsubjpass"}
        and noun.head.i == verb.i
        and verb.lemma_.lower() in _WARDING_OFF
        and (trigger_of(noun) or ("",))[0][:2] in {"18", "19", "20"}
    ):
        # "the army repelled an attack by X": X attacked the army (the one who wards it off)
        targets = [t for t in _entities(ctx, _subject_of(verb)) if t not in actors]
    if (
        not targets
        and verb is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "under"
        and noun.head.head.i == verb.i
        and verb.lemma_.lower() in {"place", "put", "bring"}
    ):
        # "placed X under sanctions", "put the firm under an asset freeze": the verb's object
        targets = _entities(ctx, [c for c in verb.children if c.dep_ == "dobj"])
    if not targets and verb is not None and noun.dep_ in {"dobj", "attr"} and noun.head.i == verb.i:
        targets = _prep_targets(ctx, verb, cues_from=noun)
        if targets and _cue(noun, "against"):
            targets = _against_whom(ctx, noun) or targets  # (the phrases may hang on the verb)
        # "granted Egypt a $1 billion loan": the recipient as the verb's indirect object
        targets = targets or _entities(
            ctx, [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "PROPN"]
        )
    if targets and verb is not None and noun.head.i == verb.i:
        # "sanctions on A, and on B": the second phrase parsed as a conjunct of the verb
        more = [
            p
            for c in verb.children
            if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in _CUE_PREPS
            for p in c.children
            if p.dep_ == "pobj"
        ]
        targets += [t for t in _entities(ctx, more) if t not in targets]
    if (
        not actors
        and verb is not None
        and noun.dep_ == "nsubjpass"
        and noun.head.i == verb.i
        and not _responds(verb)
    ):
        # "The agreement was signed by X and Y": the agents are its parties (not "the expulsions
        # were condemned by X", whose agents respond to them)
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        actors = _entities(ctx, agents + [c for a in agents for c in _conjoined(a)])
    if not actors and verb is not None and noun.dep_ == "dobj" and verb.lemma_.lower() in _DRAWING_VERBS:
        # "vetoed the resolution, drawing condemnation from the United States, Britain and France",
        # "Russia faced criticism from Japan": those it came from, aimed at the subject
        # ("drew condemnation from X": on either; "received a fine of 80 million crowns from X": on
        # the sum)
        sums = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        sources = [
            p
            for c in [*noun.children, *verb.children, *[g for p in sums for g in p.children]]
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        sources += [c for p in sources for c in p.subtree if c.dep_ == "conj" and c.pos_ == "PROPN"]
        found = _entities(ctx, sources)
        if found:
            # (a participle closing the sentence may hang on a relative clause: the main subject)
            aimed = _entities(ctx, _subject_of(verb)) or _entities(ctx, _subject_of(verb.sent.root))
            return found, aimed, "event.noun.v1"
    if actors and verb is not None and noun.dep_ == "dobj" and (trigger_of(noun) or ("",))[0][:2] == "01":
        # "X said ... and offered the union's condolences to ...": the speaker offers them too
        actors += [a for a in _entities(ctx, _reporter_of(verb, "01")) if a not in actors]
    if not actors and verb is not None:
        # "X said the envoy had served well and offered condolences to ...": the speaker's (a
        # statement's noun only: "said the boat had ignored warnings" are not the speaker's)
        code = (trigger_of(noun) or ("",))[0]
        reporter = _reporter_of(verb, code) if noun.dep_ == "dobj" and code[:2] == "01" else []
        subjects = [] if _not_the_doers(noun, verb, code) else reporter or _subject_of(verb)
        if code[:2] == "04" and len(subjects) == 1:
            subjects += _listed_people(ctx, subjects[0])
        actors = _entities(ctx, subjects, _urgers(ctx, subjects))
        actors += _envoys_named(ctx, subjects, actors)
        if verb.lemma_.lower() in _RECEIVING and noun.dep_ in {"dobj", "nsubjpass"}:
            # (only what is received: "X, on his first trip to Ecuador, was received" is X's trip)
            if not targets and noun.dep_ == "dobj":
                # "received a call from X", "secured a loan from the World Bank": the giver, after
                # "from" on the noun or the verb; "won the backing of X": the supporter after "of"
                preps = (
                    {"from", "of"}
                    if code[:2] == "05" and verb.lemma_.lower() not in {"seek", "need"}
                    else {"from"}
                )
                targets = _entities(
                    ctx,
                    [
                        p
                        for h in (noun, verb)
                        for c in h.children
                        if c.dep_ == "prep" and c.lower_ in preps
                        for p in c.children
                        if p.dep_ == "pobj"
                    ],
                )
            actors, targets = targets, actors
        elif (
            not targets and code[:2] == "04" and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"}
        ):
            # "In a phone call, X told Y that ...", "during talks in Reykjavik, X assured Y": the one
            # the clause's verb speaks to
            targets = _entities(
                ctx, [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.pos_ == "PROPN"], actors
            )
        elif (
            not targets
            and code[:2] == "04"
            and noun.dep_ == "pobj"
            and noun.head.lower_ in {"on", "for"}
            and verb.lemma_.lower() in _ARRIVING
        ):
            # "X arrived in Finland on a state visit": the country the visitor came to
            places = [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in {"in", "to"}
                for p in c.children
                if p.dep_ == "pobj"
            ]
            # ("arrived in Reykjavik": the capital's state, when the article names it)
            found = [_capital_state(ctx, p) or k for p in places for k in _entities(ctx, [p])]
            targets = [k for k in found if k.startswith("Country:") and k not in actors]
    if (
        actors
        and not targets
        and verb is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in {"to", "amid", "of", "under", "from", "against"}
        and noun.head.head.i == verb.i
        # "send troops under a regional agreement": acting under a pact is no act of its parties on you
        and not (noun.head.lower_ == "under" and (trigger_of(noun) or ("",))[0][:2] in _MUTUAL_ROOTS)
        # "urged both sides to agree to a truce", "return to talks": the clause's subject would be a
        # party to it, not its target
        and not (noun.head.lower_ == "to" and (trigger_of(noun) or ("",))[0][:2] in _MUTUAL_ROOTS | {"08"})
    ):
        # "Cuba suffers shortages due to the US embargo": the clause's subject bears it.
        subjects = [t for t in _entities(ctx, _subject_of(verb)) if t not in actors]
        if subjects:
            return actors, subjects, "event.noun.clause_subject.v1"
    return actors, targets, rule


def _persons_joined_inside(ctx: Context, subjects: list[Token]) -> list[Token]:
    """A person joined by "and" that the parser buried in the next person's titles: "Thai Prime
    Minister A and Cambodian Prime Minister B met" parsed with A as an apposition inside B's
    "Thai", or as a modifier of B's title (the subject is B alone)."""
    out = []
    for sub in subjects:
        m = ctx.index.at(sub.i)
        if m is None or m.type != "Person":
            continue
        for t in sub.subtree:
            if t.i >= sub.i or t.dep_ != "cc" or t.lower_ != "and" or t.head.i >= t.i:
                continue
            name = t.head
            n = ctx.index.at(name.i)
            if n is not None and n.type == "Person" and n.key != m.key and name.dep_ in {"appos", "nmod"}:
                out.append(name)
    return out


def _against_whom(ctx: Context, noun: Token) -> list[str]:
    """The actors after "against" on a complaint or suit, also where the parser hangs the phrase on
    the forum's name or on the verb ("a complaint at the WTO against the EU"), or the doer of the
    measure it is against ("against duties the European Union imposed")."""
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    holders = heads + [
        p for h in heads for c in h.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    objs = _objects_of((c for h in holders for c in h.children), "against")
    found = _entities(ctx, [t for o in objs for t in [o, *_conjoined(o)]])
    if not found:
        found = _entities(
            ctx,
            [
                s
                for o in objs
                for r in o.children
                if r.dep_ in {"relcl", "acl"}
                for s in r.children
                if s.dep_ == "nsubj" and s.pos_ == "PROPN"
            ],
        )
    return [k for k in found if ctx.actor_types(k)]


#: Verbs that contest an act told before: "challenge the loan", "appeal the fine", "dispute the tariffs".
_CONTESTING = frozenset(
    {"challenge", "contest", "dispute", "question", "oppose", "appeal", "fight", "resist"}
)


#: CAMEO roots of disapproval and rejection: "condemned the sanctions" is no sanction of the critic's.
_DISAPPROVAL_ROOTS = frozenset({"11", "12"})
#: Verbs that stop or hinder another's act: "accused Russia of blocking aid deliveries".
_OBSTRUCTING = frozenset(
    {"block", "obstruct", "hamper", "hinder", "impede", "prevent", "disrupt", "delay", "stall", "oppose",
     "sabotage", "undermine", "resist", "fear", "deny"}
)  # fmt: skip
#: Prepositions whose object is what a clause reacts to, not what its subject does: "protested
#: against the sanctions", "clashed over the deal", "amid talks".
_REACTING_PREPS = frozenset({"against", "over", "amid", "despite", "about", "because"})
#: Prepositions that date a clause by another event: "after the clashes", "since the attack".
_TEMPORAL_PREPS = frozenset({"after", "before", "following", "since", "until"})


def _listed_people(ctx: Context, subject: Token) -> list[Token]:
    """ "In a phone call, Japanese Foreign Minister A, South Korean Foreign Minister B and U.S.
    Secretary of State C agreed ...": the other people of a list of titled names that the parser
    hung on the first one (as appositions and modifiers, not in a clause or phrase of its own)."""
    if ctx.index.key_at(subject.i) is None or not ctx.index.key_at(subject.i).startswith("Person:"):
        return []
    out: list[Token] = []
    todo = [c for c in subject.children if c.dep_ in {"appos", "conj"}]
    while todo:
        t = todo.pop(0)
        key = ctx.index.key_at(t.i)
        if key is not None and key.startswith("Person:") and key != ctx.index.key_at(subject.i):
            out.append(t)
        todo += [c for c in t.children if c.dep_ in {"appos", "conj", "nmod", "compound"}]
    return out


def _not_the_doers(noun: Token, verb: Token, code: str = "") -> bool:
    """Whether the subject of the verb that governs an act noun is not who did the act: "China
    condemned the sanctions on Iran", "accused Russia of blocking aid deliveries", "protested against
    the sanctions on Iran", "the army acted because of the confiscation of power" (a noun the
    disapproving or obstructing verb takes, or one after a preposition of reaction or cause)."""
    node = noun if noun.dep_ != "compound" else noun.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "because of the deterioration ... and the confiscation of power"
    head = node.head
    if node.dep_ in {"dobj", "nsubjpass"} and head.i == verb.i:
        found = trigger_of(verb) if verb.pos_ == "VERB" else None
        if verb.lemma_.lower() in _OBSTRUCTING:
            return True
        return (
            found is not None
            and found[0][:2] in _DISAPPROVAL_ROOTS
            and verb.lemma_.lower() not in _LIGHT_VERBS
        )
    if node.dep_ == "pobj":
        prep = node.head
        if prep.dep_ == "agent":
            return True  # "civilians were killed by air strikes": the subject suffered them
        if prep.lower_ in _REACTING_PREPS:
            return True
        if prep.lower_ in _TEMPORAL_PREPS and code[:2] != "04":
            return True  # "suspended exports after deadly clashes" (not "signed a deal after talks")
        return prep.lower_ == "of" and prep.head.lower_ in {"because", "instead"}
    return False


def _in_adjunct(chain: list[Token], head: Token) -> bool:
    """Whether the trigger hangs on ``head`` through a phrase that tells where or when ("In a phone
    call, A and B agreed that ...": the call happened; no intent), not what is agreed or offered."""
    before = chain[chain.index(head) - 1]
    return before.dep_ == "prep" and before.lower_ in {"in", "during", "at", "after", "before"}


#: Verbs of weighing an act that is not yet done: "discussed new sanctions", "considered expelling".
_DELIBERATING = frozenset({"discuss", "consider", "debate", "weigh", "mull", "propose", "study", "review"})
#: Verbs that ask another to act: the act they ask for is not done ("urged X to withdraw").
_APPEALING = frozenset({"ask", "urge", "call", "press", "request", "demand", "invite", "encourage", "appeal"})


def _modality(tok: Token, code: str) -> tuple[str, bool, str | None]:
    negated = False
    modality: str | None = None
    chain = [tok]
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        # ("U.N. sanctions are reimposed": an act noun that is a subject takes its verb's mood)
        subject = cur.i == tok.i and cur.pos_ == "NOUN" and cur.dep_ in {"nsubj", "nsubjpass"}
        if (
            cur.dep_ not in {"xcomp", "dobj", "pobj", "prep", "acomp", "ccomp", "conj", "pcomp", "advcl"}
            and not subject
        ):
            break
        cur = cur.head
        chain.append(cur)
    stop = tok
    for node in chain:
        stop = node
        if any(c.dep_ == "neg" for c in node.children):
            negated = True
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in node.children):
            modality = modality or "conditional"  # "if U.N. sanctions are reimposed": not done
        lemma = node.lemma_.lower()
        if node.i != tok.i and lemma in _THREAT and not code.startswith("13"):
            return "130" if len(code) > 2 else "13", negated, "threatened"
        if node.i != tok.i and lemma in _INTENT and code == "045":
            code, modality = "039", lemma  # "offered to mediate": intent to mediate
            break
        if node.i != tok.i and lemma == "agree" and tok.lemma_.lower() in _BUYING:
            continue  # "agreed to buy Velmar Lines": the takeover agreed, no mere intent
        if node.i != tok.i and lemma in _INTENT and code[:2] in _INTENT_CODE and not _in_adjunct(chain, node):
            code, modality = _INTENT_CODE[code[:2]], lemma
            break
        if lemma == "due" and not any(c.dep_ == "xcomp" for c in node.children):
            pass  # "due to the pandemic" is a cause; "due to meet on Friday" is expected
        elif node.i != tok.i and lemma in _EXPECTED and modality is None:
            modality = "expected" if lemma in {"expect", "due", "set", "poised", "scheduled"} else lemma
        if node.i != tok.i and lemma in _INTENT and modality is None and not _in_adjunct(chain, node):
            modality = lemma  # "plans to expel the ambassador": intended, not done
        if (
            node.i != tok.i
            and lemma in _DELIBERATING
            and chain[chain.index(node) - 1].dep_ in {"dobj", "xcomp"}
        ):
            modality = modality or lemma  # "met to discuss sanctions against Russia": not imposed yet
        if (
            node.i != tok.i
            and lemma in _APPEALING
            and chain[chain.index(node) - 1].dep_ in {"xcomp", "ccomp"}
        ):
            modality = modality or "requested"  # "urged Rwanda to stop supporting the rebels"
        for c in node.children:
            if c.dep_ == "aux" and c.lower_ in _MODAL_AUX and modality is None:
                modality = c.lower_
        if (
            node.pos_ in {"VERB", "AUX"}
            and node.i != tok.i
            and not (node.lemma_.lower() in _LIGHT_VERBS and node.dep_ in {"xcomp", "conj"})
        ):
            break
    if stop.i != tok.i and stop.dep_ in {"ccomp", "xcomp"} and stop.head.lemma_.lower() in _APPEALING:
        modality = modality or "requested"  # "demanded that EU funding be suspended"
    # "refused to sign the deal", "failed to agree on a truce": the act did not happen
    for node in (stop, stop.head if stop.dep_ == "xcomp" else None):
        if node is not None and node.i != tok.i and node.lemma_.lower() in _FAILED:
            negated = True
            modality = modality or node.lemma_.lower()
            break
    supposed = [
        node
        for node in chain[: chain.index(stop) + 1]
        if node.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in node.children)
        and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
            for c in node.children
        )
    ]
    if code[:2] in {"04", "05", "06"} and supposed:
        # "if elected, he would meet Venezuelan officials": a meeting or deal only supposed
        negated, modality = True, "conditional"
    return code, negated, modality


def _date_of(ctx: Context, tok: Token) -> str | None:
    """The date of the clause the trigger is in: a DATE entity whose nearest verb is the trigger's."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else _governing_verb(tok)
    if verb is None:
        return None
    dates = ctx.dates
    sent = verb.sent if dates else None
    for ent in dates:
        if not (sent.start <= ent.start < sent.end):
            continue
        node = ent.root
        for _ in range(6):
            if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
                break
            node = node.head
        if node.i == verb.i:
            resolved = resolve_date(ent.text, ctx.article.date, future=_future(verb))
            if resolved:
                return resolved
    return None


#: Heads that put a clause in the future: "is expected to sign", "plans to visit", "is due to meet".
_FUTURE_HEADS = frozenset({"expect", "due", "set", "schedule", "plan", "intend", "go", "prepare", "aim"})


def _future(verb: Token) -> bool:
    """Whether a clause is about what will happen: "will meet", "'ll sign", "is expected to
    announce", "plans to visit", "is going to meet"."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in node.children):
            return True
        if node is not verb and node.lemma_.lower() in _FUTURE_HEADS:
            return True
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


#: CAMEO roots of hostile acts: reported by someone else, they are that speaker's accusation.
_HOSTILE_ROOTS = frozenset({"12", "13", "16", "17", "18", "19", "20"})


def _names_inside(ctx: Context, part: str, whole: str) -> bool:
    """Whether a name of ``part`` is words of the name of ``whole`` ("AU" in "Council of the AU")."""
    names = {lexicon.fold(f) for f in ctx.index.surface.get(whole, {})}
    forms = {lexicon.fold(f) for f in ctx.index.surface.get(part, {}) if len(f) >= 2}
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", n) for f in forms for n in names)


def _sides(positions: list, relations: list) -> dict[str, set[str]]:
    """What each actor belongs to: the bodies and countries they serve, the country a body is in."""
    own: dict[str, set[str]] = {}
    for p in positions:
        own.setdefault(p.holder, set()).add(p.org)
    for r in relations:
        if r.kind in {"citizenOf", "locatedIn", "partOf"}:
            own.setdefault(r.subject, set()).add(r.object)
    return own


def _side(own: dict[str, set[str]], speaker: str) -> set[str]:
    side = {speaker} | own.get(speaker, set())
    return side | {c for o in list(side) for c in own.get(o, set())}


def reported_acts(
    ctx: Context, events: list[Event], statements: list, positions: list, relations: list
) -> list[Event]:
    """A speaker who reports another actor's hostile act accuses them (CAMEO 112): "Russia is
    waging war on our power grid," Marchenko wrote -> Marchenko accuses Russia. The act must lie inside
    the statement's quote, be affirmed (not negated, no modality) and not be the speaker's own
    side's (the speaker, the body or country they serve, the country a body is in)."""
    own = _sides(positions, relations)
    out: list[Event] = []
    seen: set[tuple[str, str]] = set()
    for st in statements:
        side = _side(own, st.speaker)
        begin, end = st.evidence.begin, st.evidence.end
        for ev in events:
            if not (begin <= ev.evidence.begin and ev.evidence.end <= end):
                continue
            if _said_by_another(st, ev, statements):
                continue
            if ev.cameo[:2] not in _HOSTILE_ROOTS or ev.negated or ev.modality:
                continue
            if ev.actor in side or not ctx.actor_types(ev.actor) or (st.speaker, ev.actor) in seen:
                continue
            if _names_inside(ctx, ev.actor, st.speaker):
                continue  # "the Council of the AU said" of what the AU did: its own side
            span = ctx.doc.char_span(ev.evidence.begin, ev.evidence.end, alignment_mode="expand")
            if span is None:
                continue
            seen.add((st.speaker, ev.actor))
            evidence = ctx.evidence("event.reported_act.v1", ev.evidence.begin, ev.evidence.end, span.sent)
            out.append(Event(st.speaker, ev.actor, "112", ev.trigger, evidence, date=ev.date))
    return out


def _said_by_another(st: Any, ev: Event, statements: list) -> bool:
    """Whether the words that tell an act are, by another statement, someone else's: a quote inside
    them given to another speaker ('"Russia is waging war," the mayor wrote', read also as another's
    report), or the act's own doer's words ("the agency said it had rejected the watchdog's findings")."""
    for other in statements:
        if other.speaker == st.speaker or not (
            other.evidence.begin <= ev.evidence.begin and ev.evidence.end <= other.evidence.end
        ):
            continue
        inside = st.evidence.begin <= other.evidence.begin and other.evidence.end <= st.evidence.end
        if other.speaker == ev.actor or (
            inside
            and other.direct
            and (other.evidence.begin, other.evidence.end) != (st.evidence.begin, st.evidence.end)
        ):
            return True
    return False


def spoken_for(ctx: Context, events: list[Event], statements: list, positions: list) -> list[Event]:
    """A person who reports an act of the body they serve, inside what they say, does it with the
    body: 'Velsko Union spokeswoman X said the Velsko Union would cooperate fully with Chile' -> X
    and Chile (the act keeps its code; a pair that already has an event keeps it)."""
    serves: dict[str, set[str]] = {}
    for p in positions:
        serves.setdefault(p.holder, set()).add(p.org)
    paired = {(e.actor, e.target) for e in events}
    out: list[Event] = []
    for st in statements:
        bodies = serves.get(st.speaker, set())
        if not bodies:
            continue
        for ev in events:
            if ev.target is None or ev.actor not in bodies or ev.target == st.speaker:
                continue
            if ev.modality == "requested":
                continue  # "... urged both governments to resolve the dispute": asked of the body, not done
            if not (st.evidence.begin <= ev.evidence.begin and ev.evidence.end <= st.evidence.end):
                continue
            if (st.speaker, ev.target) in paired:
                continue
            span = ctx.doc.char_span(ev.evidence.begin, ev.evidence.end, alignment_mode="expand")
            if span is None:
                continue
            paired.add((st.speaker, ev.target))
            evidence = ctx.evidence("event.spoken_for.v1", ev.evidence.begin, ev.evidence.end, span.sent)
            out.append(
                Event(st.speaker, ev.target, ev.cameo, ev.trigger, evidence, ev.date, ev.negated, ev.modality)
            )
    return out


def _prosecution(ctx: Context, said: Any, speaker: str) -> Token | None:
    """The word that makes a statement's speaker the prosecution: "prosecutors" as the subject of
    its sentence ("Prosecutors from the X say ..."), or a speaker whose name is a prosecutor's
    office; ``None`` otherwise."""
    for t in said.sent:
        if t.lemma_.lower() == "prosecutor" and t.dep_ == "nsubj" and not (said.start <= t.i < said.end):
            return t
    name = ctx.index.names.get(speaker, "")
    if re.search(r"(?i)\bprosecut", name):
        return ctx.doc[said.start]
    return None


#: Verbs that frame a quote as a judgement of their object: 'called the raid "reckless"'.
_FRAMING_OBJECTS = _NAMING_VERBS | {"denounce", "condemn"}


def disapproving_quotes(
    ctx: Context, events: list[Event], statements: list, positions: list, relations: list
) -> list[Event]:
    """A statement that blames and names one other actor criticises it (CAMEO 111): '"Serbia has
    turned energy into a weapon," Ana Ruiz said' -> Ruiz criticises Serbia; '"We will not let
    Russian spies operate here," he said' -> Russia. The statement must use a word of blame
    (kg/data/disapproval_words.tsv) and name one actor outside the speaker's side, or several of
    which one is the subject of the blaming clause (a demonym names its country; places are no
    actors); a pair that already has an event keeps it."""
    own = _sides(positions, relations)
    blame = lexicon.disapproval_words()
    paired = {(e.actor, e.target) for e in events}
    out: list[Event] = []
    for st in statements:
        span = ctx.doc.char_span(st.evidence.begin, st.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        cue = next(
            (t for t in span if _blames(t, blame) and not any(c.dep_ == "neg" for c in t.children)),
            None,
        )
        prosecution = _prosecution(ctx, span, st.speaker)
        if prosecution is not None:
            # "Prosecutors from the X told the court that Y approved payments": what prosecutors
            # say a person or body did, they accuse them of
            heads = [t for t in span if t.dep_ in {"nsubj", "nsubjpass"}]
            # "X and his former chief of staff, Y, steered ...": each one the subject joins
            heads += [c for h in list(heads) for c in h.subtree if c.dep_ in {"conj", "appos"}]
            subjects = [
                key
                for t in heads
                if (key := ctx.entity_of(t, via_modifiers=False)) is not None
                and key.split(":", 1)[0] in {"Person", "Organisation"}
                and key != st.speaker
            ]
            for key in dict.fromkeys(subjects):
                if (st.speaker, key) not in paired:
                    paired.add((st.speaker, key))
                    ev = ctx.evidence("event.prosecution_says.v1", span.start_char, span.end_char, span.sent)
                    out.append(Event(st.speaker, key, "112", prosecution.text, ev, date=None))
            continue
        code = "111"
        if cue is None:
            cue = _threat_cue(span)
            code = "130"
        if cue is None:
            continue
        side = _side(own, st.speaker)
        targets = []
        # 'called the Chinese action "a reckless act"': the thing blamed is the framing verb's object
        framed = [
            c
            for t in span.sent
            if t.lemma_.lower() in _FRAMING_OBJECTS and t.i < span.start
            for c in t.children
            if c.dep_ == "dobj"
        ]
        where = [(span.start, span.end)] + [(c.left_edge.i, c.right_edge.i + 1) for c in framed]
        if code == "130":
            # 'said Moscow would respond "in a proportionate way" and warned that it could close the
            # Czech consulate': the speaker's other statements in the sentence name whom it threatens
            for other in statements:
                o = ctx.doc.char_span(other.evidence.begin, other.evidence.end, alignment_mode="expand")
                if other.speaker == st.speaker and o is not None and o.sent.start == span.sent.start:
                    where.append((o.start, o.end))
        for m in [m for b, e in where for m in ctx.index.in_span(b, e)]:
            key = m.key
            if m.type not in {"Country", "Organisation", "Person"} or key in side or key in targets:
                continue
            if _names_inside(ctx, key, st.speaker) or not ctx.actor_types(key):
                continue
            targets.append(key)
        if len(targets) > 1:
            # "Serbia has turned energy into a weapon against the EU": the blamed is the
            # subject of the clause that blames
            verb = next((a for a in [cue, *cue.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
            subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
            blamed = ctx.entity_of(subjects[0], via_modifiers=True) if subjects else None
            targets = [blamed] if blamed in targets else []
        if len(targets) != 1 or (st.speaker, targets[0]) in paired:
            continue
        paired.add((st.speaker, targets[0]))
        rule = "event.disapproving_quote.v1" if code == "111" else "event.threatening_quote.v1"
        evidence = ctx.evidence(rule, span.start_char, span.end_char, span.sent)
        out.append(Event(st.speaker, targets[0], code, cue.text, evidence, date=None))
    return out


#: Words of a warning of retaliation: '"there will be a proportionate response," he said'.
_THREAT_WORDS = frozenset({"proportionate", "retaliate", "retaliation", "retaliatory", "countermeasure"})
_FUTURE_AUX = frozenset({"will", "would", "could", "may", "might", "shall"})


def _threat_cue(span: Any) -> Token | None:
    """A word of retaliation in what is yet to come: '"There will be a proportionate response," he
    said', 'said Moscow would respond in a proportionate way', 'would not hesitate to act' (not
    "troops retaliated")."""
    for t in span:
        # "would not hesitate to tighten its sanctions on X": a warning too
        unhesitating = t.lemma_.lower() == "hesitate" and any(c.dep_ == "neg" for c in t.children)
        if lexicon.fold(t.lemma_) not in _THREAT_WORDS and not unhesitating:
            continue
        verb = next((a for a in [t, *t.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
            return t
    return None
