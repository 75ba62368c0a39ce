"""Where organisations and places are, and which organisation is part of which.

- possessive: "China's Sinopharm", "Kenya's health ministry" (named), "France's Lyon";
- "-based": "the Toronto-based bank Helix", "Helix, a Toronto-based bank";
- inside a name: "the Communist Party of Cuba" (located in), "Law Center of X University" (part of),
  "China University of Political Science and Law" (a country opening the name, weaker);
- a prepositional phrase on the organisation: "the Pasteur Institute in Dakar";
- "Lyon, France": a city followed by its country;
- a city the gazetteer knows, when the article also names the city's country.
"""

from __future__ import annotations

from kg import lexicon
from kg.extract.context import PRONOUN, Context
from kg.extract.mentions import (
    BODY_NOUNS,
    ORG_NOUNS,
    STATE_BODY_WORDS,
    UNIT_NOUNS,
    DocMention,
    is_person_noun,
)
from kg.extract.ner_repair import (
    FACILITY_ENDINGS,
    SETTLEMENT_NOUNS,
    apposed_place_noun,
    place_in_description,
    renamed_body,
)
from kg.extract.roles import listed_under_title
from kg.model import Relation

_PLACE = frozenset({"Country", "Location"})


def _demonym_in_description(ctx: Context, comma: int):
    """The country in "X, an eastern Sudanese town," / "X, a small Malian village,": a place
    described, in apposition, by its kind after its country's demonym; or None."""
    doc, idx = ctx.doc, ctx.index
    sent_end = doc[comma].sent.end
    k = comma + 1
    if k >= sent_end or doc[k].lower_ not in {"a", "an"}:
        return None
    k += 1
    while k < sent_end and doc[k].is_lower and doc[k].pos_ == "ADJ" and k < comma + 5:
        k += 1  # "an eastern", "a small remote"
    country = idx.at(k)
    if country is None or country.type != "Country" or country.label != "NORP" or country.start != k:
        return None
    k = country.end
    while k < sent_end and doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"} and k < country.end + 3:
        if doc[k].lower_ in SETTLEMENT_NOUNS:
            after = doc[k + 1] if k + 1 < sent_end else None
            # the noun ends the phrase: "a Malian town," (not "a Malian town council")
            return country if after is None or after.pos_ not in {"NOUN", "PROPN"} else None
        k += 1
    return None


#: Nouns that say one organisation is a part of another ("a unit of", "the U.N. children's agency").
_PART_NOUNS = frozenset(
    {
        "part",
        "unit",
        "subsidiary",
        "arm",
        "branch",
        "division",
        "affiliate",
        "wing",
        "department",
        "agency",
        "mission",
        "office",
        "chapter",
        "bureau",
        "body",
        "programme",
        "program",
        "fund",
        "window",
        "centre",
        "center",
        "institute",
        "school",
        "faculty",
    }
)


def extract_places(ctx: Context) -> list[Relation]:
    out: list[Relation] = []
    doc = ctx.doc
    idx = ctx.index

    def add(kind: str, subj: DocMention, obj: DocMention, rule: str, begin_tok: int, end_tok: int) -> None:
        if subj.key == obj.key:
            return
        if kind == "locatedIn" and (subj.type not in {"Organisation", "Location"} or obj.type not in _PLACE):
            return
        if (
            kind == "locatedIn"
            and subj.type == "Location"
            and obj.type == "Location"
            and rule not in _PLACE_IN_PLACE_RULES
        ):
            return  # city-in-region needs knowledge we do not have, unless the text says so
        if kind == "partOf" and (subj.type != "Organisation" or obj.type != "Organisation"):
            return
        if (
            kind == "locatedIn"
            and rule in _SENDER_RULES
            and obj.type == "Country"
            and _names_a_mission(doc, subj)
        ):
            return  # "Chile's embassy in Trujillo", "the Ecuadorean embassy": the country it speaks for
        ev = ctx.evidence(
            rule, doc[begin_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1]), doc[begin_tok].sent
        )
        out.append(Relation(kind, subj.key, obj.key, ev))

    mentions = [m for m in idx.mentions if not m.nested]
    out.extend(_units_of_referred_bodies(ctx, mentions))
    # Possessive: ORG 's UNIT ("the Treasury's Office of Terrorism and Financial Intelligence",
    # "the bank's Financial Stability Committee"): a unit of the possessor
    units = lexicon.unit_words()
    for m in mentions:
        if m.type != "Organisation" or m.start < 2 or doc[m.start - 1].text not in {"'s", "\u2019s"}:
            continue
        if not any(t.text in units for t in doc[m.start : m.end]):
            continue
        owner_tok = doc[m.start - 2]
        owner = idx.at(owner_tok.i)
        key = owner.key if owner is not None else ctx.entity_of(owner_tok, via_modifiers=False)
        if key and key != m.key and key.startswith("Organisation:"):
            ev = ctx.evidence(
                "part_of.possessive.v1",
                doc[m.start - 2].idx,
                doc[m.end - 1].idx + len(doc[m.end - 1]),
                doc[m.start].sent,
            )
            out.append(Relation("partOf", m.key, key, ev))
    # "the African Union mission, AUMIK,": a body renamed in apposition to "<Org> mission" is
    # part of that organisation
    for m in mentions:
        if m.type != "Organisation":
            continue
        root = doc[m.start : m.end].root
        head = renamed_body(root)
        if head is None or head.i >= m.start:
            continue
        for child in head.children:
            # "the U.N. mission in Mali, ABC,": the body renamed is in the place after "in"
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    place = idx.at(pobj.i) if pobj.dep_ == "pobj" else None
                    if place is not None and place.type in _PLACE:
                        add("locatedIn", m, place, "located.renamed_unit.v1", head.i, m.end)
        owning = head.lower_ in _OWNER_WORDS or any(
            c.dep_ in {"compound", "amod"} and c.lower_ in _OWNER_WORDS for c in head.children
        )
        for child in head.children:
            parent = idx.at(child.i)
            if (
                child.dep_ in {"compound", "poss", "nmod"}
                and parent is not None
                and parent.type == "Organisation"
            ):
                if owning:
                    # "Brisvik Capital's parent company, Corvell Bulk,": the other way round
                    add("partOf", parent, m, "part_of.renamed_unit.v1", parent.start, m.end)
                else:
                    add("partOf", m, parent, "part_of.renamed_unit.v1", parent.start, m.end)
                break
    for m in mentions:
        # Possessive: PLACE 's ORG|LOC
        if m.type in _PLACE and m.end + 1 < len(doc) and doc[m.end].text in {"'s", "\u2019s", "'", "\u2019"}:
            nxt = idx.at(m.end + 1)
            if nxt is None:
                nxt = _after_possessive_modifiers(doc, idx, m.end + 1)
            if nxt is not None and nxt.type in {"Organisation", "Location"}:
                rule = "located.possessive.v1"
                if m.type == "Location" and nxt.type == "Location" and _named_part_of_place(doc, nxt):
                    rule = "located.possessive_part.v1"  # "Halvmark's Vesterbro district"
                add("locatedIn", nxt, m, rule, m.start, nxt.end)
        # PLACE-based ORG, and ORG, a PLACE-based ...
        if (
            m.type in _PLACE
            and m.end + 1 < len(doc)
            and doc[m.end].text == "-"
            and doc[m.end + 1].lower_ in {"based", "registered", "headquartered", "incorporated"}
        ):
            target = None
            for k in range(m.end + 2, min(m.end + 8, doc[m.start].sent.end)):
                cand = idx.at(k)
                if cand is not None and cand.type == "Organisation":
                    target = cand
                    break
                if doc[k].pos_ in {"VERB", "AUX"} and k > m.end + 2:
                    break  # "the Zinder-based group accused the X militia": the object is not the group
                if doc[k].text == "," and k > m.end + 2 and _descriptor_end(doc, m.end + 2, k) == k:
                    # "a Tartu-registered firm, Jadeleaf Holdings,": the body named in apposition
                    cand = idx.at(k + 1)
                    if (
                        cand is not None
                        and cand.type == "Organisation"
                        and cand.start == k + 1
                        and (cand.end >= len(doc) or doc[cand.end].text in {",", ".", ";", "(", ")"})
                    ):
                        target = cand  # the name closes the apposition: not "a lender, X and Y"
                        break
                if doc[k].text in {",", ".", ";"}:
                    break
            if target is None:
                k = m.start - 1
                while k >= 0 and doc[k].lower_ in {"a", "an", "the"}:
                    k -= 1
                if k >= 1 and doc[k].text == ",":
                    j = k - 1
                    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(":
                        j -= 3  # "the Trade Association (ABTA), the Nairobi-based bloc"
                    target = idx.at(j) if j >= 0 else None
            if target is not None and target.type == "Organisation":
                add(
                    "locatedIn",
                    target,
                    m,
                    "located.based.v1",
                    min(m.start, target.start),
                    max(m.end + 2, target.end),
                )
            elif target is None:
                body = _described_based_body(ctx, m)
                if body is not None:
                    out.append(body)
        # "the town of X in Russia's Y region", "X in Y province", "X, the capital of Y region":
        # the text names the second place a region, so the first is in it
        if m.type == "Location" and m.label != "NORP":
            region = _region_after(ctx, m)
            if region is not None:
                add("locatedIn", m, region, "located.place_in_region.v1", m.start, region.end)
        # "Tarnby, a town in the Karsk region", "X, a village on the northeast coast of Y", "X, a
        # fishing town in northern Malawi": a place described, in apposition, as lying in another
        if m.type == "Location" and m.label != "NORP" and m.end + 1 < len(doc) and doc[m.end].text == ",":
            head = apposed_place_noun(doc, m.end)
            if head is None and doc[m.end + 1].lower_ in {"in", "on"}:
                head = m.end  # "Tarnby, in northern Norway", "X, in the southern state of Y"
            elif head is None and doc[m.end + 1].lower_ == "also" and m.end + 2 < len(doc):
                head = m.end + 1  # "X, also on Osterby island"
            where = place_in_description(doc, head) if head is not None else None
            place = idx.at(where) if where is not None else None
            if place is not None and place.start == where and place.type in _PLACE and place.label != "NORP":
                add("locatedIn", m, place, "located.apposed_place.v1", m.start, place.end)
            country = _demonym_in_description(ctx, m.end) if head is None else None
            if country is not None:
                add("locatedIn", m, country, "located.apposed_demonym_place.v1", m.start, country.end)
        # "Tarnby, Karsk Prefecture", "Kingston, Ontario": a city, then the region it is in (not a
        # list of regions)
        if m.type == "Location" and m.end + 1 < len(doc) and doc[m.end].text == ",":
            region = idx.at(m.end + 1)
            if (
                region is not None
                and region.type == "Location"
                and region.start == m.end + 1
                and (
                    lexicon.fold(region.text.split()[-1]) in _REGION_WORDS
                    # "Kingston, Ontario": a city, then a state or province the gazetteer knows
                    or (
                        lexicon.fold(region.text) in lexicon.subdivisions()
                        and lexicon.is_city(m.text)
                        and not (
                            region.end + 1 < len(doc)
                            and doc[region.end].text == ","
                            and (after := idx.at(region.end + 1)) is not None
                            and after.type == "Location"
                        )
                    )
                )
                and lexicon.fold(m.text.split()[-1]) not in _REGION_WORDS
                and not (region.end < len(doc) and doc[region.end].lower_ in {"and", "or"})
            ):
                add("locatedIn", m, region, "located.place_in_region.v1", m.start, region.end)
        # CITY, COUNTRY (not a list of countries)
        if m.type == "Location" and m.end + 1 < len(doc) and doc[m.end].text == ",":
            nxt = idx.at(m.end + 1)
            if (
                nxt is not None
                and nxt.label == "COUNTRY"
                and not (
                    nxt.end < len(doc)
                    and doc[nxt.end].text in {",", "and"}
                    and idx.at(nxt.end + 1) is not None
                    and idx.at(nxt.end + 1).type == "Country"
                )
            ):
                add("locatedIn", m, nxt, "located.city_country.v1", m.start, nxt.end)
        # "near the town of Kantchari in Burkina Faso": a place named by its kind (town, port,
        # province ...), in a country
        if (
            m.type == "Location"
            and m.start >= 3
            and doc[m.start - 1].lower_ == "of"
            and doc[m.start - 2].lower_ in SETTLEMENT_NOUNS
            and m.end + 1 < len(doc)
            and doc[m.end].lower_ == "in"
        ):
            country = idx.at(m.end + 1)
            if country is not None and country.type == "Country" and country.label != "NORP":
                add("locatedIn", m, country, "located.place_in_region.v1", m.start, country.end)
        if m.type == "Location" and m.label != "NORP":
            region = _kind_of_place_after(ctx, m)
            if region is not None:
                add("locatedIn", m, region, "located.place_in_region.v1", m.start, region.end)
            city = _city_of_part(ctx, m)
            if city is not None:
                add("locatedIn", m, city, "located.place_in_region.v1", city.start, m.end)
            outer = _part_named_of(ctx, m)
            if outer is not None:
                add("locatedIn", m, outer, "located.place_in_region.v1", m.start, outer.end)
            wider = _region_of_wider_place(ctx, m)
            if wider is not None:
                add("locatedIn", m, wider, "located.place_in_region.v1", m.start, wider.end)
        # "the Norwegian port of Tarnby", "the Argentine city of X": a place named by its kind, after
        # its country's demonym (or name: "the Botswana town of X")
        if m.type == "Location" and m.start >= 3 and doc[m.start - 1].lower_ == "of":
            k = m.start - 2
            if doc[k].lower_ in SETTLEMENT_NOUNS:
                k -= 1
                while k > 0 and doc[k].is_lower and doc[k].pos_ == "ADJ":
                    k -= 1  # "the Philippine southern island of X"
                country = idx.at(k)
                j = country.start - 1 if country is not None else 0
                while j > 0 and doc[j].is_lower and doc[j].pos_ == "ADJ" and j > country.start - 3:
                    j -= 1  # "the eastern Sudanese town of X", "the remote northern Kenyan village of Y"
                if (
                    country is not None
                    and country.type == "Country"
                    and country.end == k + 1
                    and country.start >= 1
                    and doc[j].lower_ == "the"
                ):
                    add("locatedIn", m, country, "located.demonym_place.v1", country.start, m.end)
        # "Estevez Palace in Montevideo", "the Carrasco International Airport in Montevideo"
        if (
            m.type == "Location"
            and m.end + 1 < len(doc)
            and doc[m.end - 1].text in FACILITY_ENDINGS
            and doc[m.end].lower_ in {"in", "near", "outside"}
        ):
            place = idx.at(m.end + 1)
            if place is not None and place.type in _PLACE and place.label != "NORP" and place.key != m.key:
                add("locatedIn", m, place, "located.facility_in.v1", m.start, place.end)
        # ORG in PLACE, attached to the organisation in the parse.
        if m.type == "Organisation":
            head = doc[m.end - 1]
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            place = idx.at(pobj.i)
                            if place is not None and place.type in _PLACE:
                                add("locatedIn", m, place, "located.prep_in.v1", m.start, place.end)
            # "an account at Norvik Bank in Tarnby": right after the name, whatever the parse
            # (or after its acronym in brackets: "the Halvmark Institute (HI) in Tarnby")
            after = _after_acronym(doc, m.end)
            if after + 1 < len(doc) and doc[after].lower_ == "in":
                place = idx.at(after + 1)
                if place is not None and place.type in _PLACE and place.label != "NORP":
                    add("locatedIn", m, place, "located.prep_in.v1", m.start, place.end)
            # "Pinsk Logistics, a freight operator based in the city of Pinsk"; "the Halvmark Bank
            # (HB), based in Tarnby": the acronym in brackets between changes nothing
            after = _after_acronym(doc, m.end)
            if after < len(doc) and doc[after].text == ",":
                k = after + 1
                stop = min(doc[m.start].sent.end, after + 16)
                while k + 1 < stop and (
                    doc[k].text not in {",", ";", "."} or _apposition_then_which(doc, after, k)
                ):
                    # "X, whose headquarters are in Lyon," / "X, which has its headquarters in Y,"
                    at = (
                        k + 2
                        if doc[k].lower_ == "headquarters" and doc[k + 1].lower_ in {"are", "is"}
                        else k + 1
                    )
                    if (
                        doc[k].lower_ in {"based", "headquartered", "headquarters"}
                        and at < stop
                        and doc[at].lower_ == "in"
                    ):
                        for j in range(at + 1, min(at + 6, stop)):
                            place = idx.at(j)
                            if place is not None and place.type in _PLACE and place.label != "NORP":
                                add("locatedIn", m, place, "located.based.v1", m.start, place.end)
                                break
                        break
                    k += 1
        # "British maritime security firm Tern Risk", "the German charity Sea Lantern": a
        # demonym, lower-case words ending in a word for a body, the body's name.
        if m.label == "NORP" and m.type == "Country":
            org = _described_body_after(ctx, m.end)
            if org is not None:
                add("locatedIn", org, m, "located.demonym_descriptor.v1", m.start, org.end)
        # "the Halden Institute, a Boston think tank", "Fly Baikal, Mongolia's flag carrier"
        after = _after_acronym(doc, m.end)
        if m.type == "Organisation" and after + 2 < len(doc) and doc[after].text == ",":
            place = _place_of_descriptor(ctx, after + 1)
            if place is not None:
                add("locatedIn", m, place, "located.appositive_descriptor.v1", m.start, place.end)
        # "Norway's state-owned grid operator, Statnova (SN),": a country's body described before its name
        if (
            m.type == "Country"
            and m.label == "COUNTRY"
            and m.end + 1 < len(doc)
            and doc[m.end].text in {"'s", "\u2019s"}
        ):
            end = _descriptor_end(doc, m.end + 1, min(m.end + 7, doc[m.start].sent.end))
            if end is not None and end + 1 < len(doc) and doc[end].text == ",":
                org = idx.at(end + 1)
                if org is not None and org.type == "Organisation" and org.start == end + 1:
                    add("locatedIn", org, m, "located.appositive_descriptor.v1", m.start, org.end)
        # "Norway, a country of five million, ... in its northern Varde region", "a list published by
        # its justice ministry": a place or a state body a country, the subject, calls its own
        if m.type in {"Location", "Organisation"} and m.start >= 2:
            k = m.start - 1
            while k > 0 and doc[k].is_lower and doc[k].pos_ == "ADJ":
                k -= 1
            if doc[k].lower_ == "its" and _state_or_region(doc, m):
                sent = doc[m.start].sent
                subject = next(
                    (
                        n
                        for n in idx.in_span(sent.start, k)
                        if n.type == "Country"
                        and n.label == "COUNTRY"
                        and any(doc[i].dep_ in {"nsubj", "nsubjpass"} for i in range(n.start, n.end))
                    ),
                    None,
                )
                if subject is not None:
                    add("locatedIn", m, subject, "located.its_own.v1", k, m.end)
        # "the Foreign Ministry's headquarters in Quito", "Acme's head office in Lyon"
        if (
            m.type == "Organisation"
            and m.end + 3 < len(doc)
            and doc[m.end].text in {"'s", "\u2019s"}
            and doc[m.end + 1].lower_ in {"headquarters", "offices", "office", "seat", "secretariat", "base"}
            and doc[m.end + 2].lower_ == "in"
        ):
            place = idx.at(m.end + 3)
            if place is not None and place.type in _PLACE and place.label != "NORP":
                add("locatedIn", m, place, "located.headquarters_in.v1", m.start, place.end)
        # "Lagos brokerage Ikoyi Partners", "Osaka steelmaker Hanshin Steel": a place, a common noun, a name.
        if m.type in _PLACE and m.label != "NORP":
            k = m.end
            while k < min(m.end + 3, len(doc)) and doc[k].is_lower and doc[k].pos_ == "NOUN":
                k += 1
            org = idx.at(k) if k > m.end and k < len(doc) else None
            if (
                org is None
                and m.end < k < len(doc) - 1
                and doc[k].text == ","
                and (doc[k - 1].lower_ in _DESCRIBED_BODIES or doc[k - 1].lemma_.lower() in _DESCRIBED_BODIES)
            ):
                # "a Barranquilla construction firm, Obras del Pacifico Sinu,": named in apposition
                org = idx.at(k + 1)
                if org is not None and (
                    org.start != k + 1
                    or (org.end < len(doc) and doc[org.end].text not in {",", ".", ";", "(", ")"})
                ):
                    org = None
            if org is not None and org.type == "Organisation":
                add("locatedIn", org, m, "located.place_descriptor.v1", m.start, org.end)
        # "Kazakhstan's largest city Almaty", "France's capital, Paris"
        if (
            m.type == "Country"
            and m.label == "COUNTRY"
            and m.end + 1 < len(doc)
            and doc[m.end].text
            in {
                "'s",
                "\u2019s",
            }
        ):
            k = m.end + 1
            while k < min(m.end + 5, len(doc)) and doc[k].is_lower and doc[k].lower_ not in _PLACE_NOUNS:
                k += 1
            if k < len(doc) and doc[k].lower_ in _PLACE_NOUNS:
                j = k + 2 if k + 1 < len(doc) and doc[k + 1].text == "," else k + 1
                place = idx.at(j) if j < len(doc) else None
                if place is not None and place.type == "Location":
                    add("locatedIn", place, m, "located.country_city.v1", m.start, place.end)
        # "Florianopolis, the state capital", "the provincial capital Mataram": the region last named
        kind = _named_a_regional_capital(doc, m) if m.type == "Location" and m.label != "NORP" else None
        if kind is not None:
            region = _last_region_before(ctx, m, kind)
            if region is not None:
                add("locatedIn", m, region, "located.place_in_region.v1", m.start, m.end)
        # "Vrbetice, in the east of the country,": the country in view
        if m.type == "Location" and m.label != "NORP" and _in_part_of_the_country(doc, m):
            country = ctx.dateline_country() or idx.antecedent(m.start, frozenset({"Country"}), False)
            if country is not None:
                ev = ctx.evidence(
                    "located.country_part.v1", doc[m.start].idx, doc[m.end].idx, doc[m.start].sent
                )
                out.append(Relation("locatedIn", m.key, country, ev))
        # "Darkhan, the country's third-largest city" / "the capital, Lilongwe": the country in view.
        if m.type == "Location" and m.end + 3 < len(doc) and doc[m.end].text == ",":
            window = [t.lower_ for t in doc[m.end + 1 : min(m.end + 7, len(doc))]]
            if window[:3] == ["the", "country", "'s"] or window[:3] == ["the", "country", "\u2019s"]:
                rest = window[3:]
                if any(w in _PLACE_NOUNS for w in rest):
                    country = ctx.dateline_country() or idx.antecedent(m.start, frozenset({"Country"}), False)
                    if country is not None:
                        ev = ctx.evidence(
                            "located.country_city.v1", doc[m.start].idx, doc[m.end].idx, doc[m.start].sent
                        )
                        out.append(Relation("locatedIn", m.key, country, ev))

    for m in mentions:
        if m.type != "Organisation":
            continue
        sent_end = doc[m.start].sent.end
        parent = _parent_in_apposition(ctx, m)
        if parent is not None:
            add("partOf", m, parent, "part_of.apposed_parent.v1", m.start, parent.end)
        # "X, part of Y" / "X, an Accra-based firm that is a unit of Y" (not "a former unit of Y")
        if m.end < sent_end and doc[m.end].text == ",":
            k = m.end + 1
            while k + 1 < sent_end and doc[k].text not in {",", ".", ";"}:
                if (
                    doc[k].is_lower  # "a boat of the Agency of Coastal Patrols": the word is the name's
                    and doc[k].lower_ in _PART_NOUNS
                    and doc[k + 1].lower_ == "of"
                    and doc[k - 1].lower_ != "former"
                ):
                    for j in range(k + 2, min(k + 10, sent_end)):
                        parent = idx.at(j)
                        if parent is not None and parent.type == "Organisation":
                            add("partOf", m, parent, "part_of.appositive.v1", m.start, parent.end)
                            break
                        if doc[j].text in {",", "."}:
                            break
                    break
                k += 1
        # "the U.N. children's agency, UNICEF" / "the U.N. mission in Congo, MONUSCO"
        k = m.end
        while (
            k < min(m.end + 6, sent_end)
            and doc[k].text != ","
            and (
                doc[k].is_lower
                or doc[k].text in {"'s", "\u2019s"}
                or idx.at(k) is not None
                and idx.at(k).type in _PLACE
            )
        ):
            k += 1
        if k > m.end and k + 1 < sent_end and doc[k].text == "," and doc[k - 1].lower_ in _PART_NOUNS:
            child = idx.at(k + 1)
            if child is not None and child.type == "Organisation":
                add("partOf", child, m, "part_of.descriptor.v1", m.start, child.end)

    # "the German Bundesbank said": a body's name right after a demonym
    for m in mentions:
        owner = _demonym_before_name(ctx, m)
        if owner is not None:
            add("locatedIn", m, owner, "located.demonym_name.v1", owner.start, m.end)
    # "the Malaysian foreign ministry", "the Kenyan army": a state's body named after its demonym
    for m in mentions:
        if (
            m.type != "Organisation"
            or m.start < 1
            or lexicon.fold(doc[m.end - 1].text) not in STATE_BODY_WORDS
        ):
            continue
        owner = idx.at(m.start - 1)
        if owner is not None and owner.label == "NORP" and owner.type == "Country" and owner.end == m.start:
            add("locatedIn", m, owner, "located.demonym_body.v1", owner.start, m.end)
    # "the European Parliament Budget Committee", "the African Union peace office": a body
    # whose name opens with the name of another the article names is a unit of it
    names = {}
    for n in mentions:
        if n.type == "Organisation":
            names.setdefault(lexicon.fold(n.text), n)
    for m in mentions:
        if m.type != "Organisation" or m.end - m.start < 2:
            continue
        if (
            doc[m.end - 1].text not in lexicon.org_words()
            and lexicon.fold(doc[m.end - 1].text) not in _UNIT_HEADS
        ):
            continue
        for k in range(m.end - 1, m.start, -1):
            parent = names.get(lexicon.fold(doc[m.start : k].text))
            if parent is not None and parent.key != m.key:
                add("partOf", m, parent, "part_of.name_prefix.v1", m.start, m.end)
                break
    # Names nested inside organisation names.
    for m in mentions:
        if m.type != "Organisation":
            continue
        inner = idx.in_span(m.start, m.end, nested=True)
        orgs = [n for n in inner if n.type == "Organisation"]
        for n in inner:
            if n.type == "Organisation" and not _field_of_name(doc, m, n):
                add("partOf", m, n, "part_of.unit_of.v1", m.start, m.end)
            elif n.type in _PLACE and not any(o.start <= n.start < o.end for o in orgs):
                if n.label == "NORP" and _names_a_mission(doc, m):
                    continue  # "the Canadian Embassy in Nairobi": the country it represents
                if (
                    n.label == "NORP"
                    and n.end < m.end
                    and doc[n.end].lower_ in {"states", "nations", "countries"}
                ):
                    continue  # "Organization of American States": a group of states, not one
                rule = "located.name_prefix.v1" if n.start == m.start else "located.of_country.v1"
                add("locatedIn", m, n, rule, m.start, m.end)
        # The nested organisation's own place: "... Center of China University ...".
        for n in inner:
            if n.type == "Organisation":
                for p in inner:
                    if p.type in _PLACE and n.start <= p.start < n.end:
                        rule = "located.name_prefix.v1" if p.start == n.start else "located.of_country.v1"
                        add("locatedIn", n, p, rule, n.start, n.end)
    for subj, place, rule, first, last in _seat_clauses(ctx):
        add("locatedIn", subj, place, rule, first, last)
    for subj, place, rule, first, last in _named_sites(ctx):
        add("locatedIn", subj, place, rule, first, last)
    out.extend(_gazetteer_places(ctx, mentions, out))
    out.extend(_through_cities(ctx, out))
    out.extend(_known_parts(ctx, mentions))
    return _dedupe(out)


def _known_parts(ctx: Context, mentions: list[DocMention]) -> list[Relation]:
    """ "UNHCR said ... at a UN briefing": a well-known body is part of the larger organisation
    the article also names (``known_bodies.tsv``); the evidence is the body's first mention."""
    known = lexicon.known_parents()
    doc, idx = ctx.doc, ctx.index
    orgs = [k for k in idx.surface if k.startswith("Organisation:")]
    forms = {k: {lexicon.body_key(f) for f in [idx.names.get(k, ""), *idx.surface[k]]} for k in orgs}
    first = {}
    for m in mentions:
        first.setdefault(m.key, m)
    out = []
    for key in orgs:
        parents = set().union(*(known.get(f, frozenset()) for f in forms[key]))
        if not parents or key not in first:
            continue
        for other in orgs:
            if other != key and forms[other] & parents:
                m = first[key]
                ev = ctx.evidence(
                    "part_of.known_body.v1",
                    doc[m.start].idx,
                    doc[m.end - 1].idx + len(doc[m.end - 1]),
                    doc[m.start].sent,
                )
                out.append(Relation("partOf", key, other, ev))
    return out


#: Rules that read in the text itself that a place lies in another (a city in a region needs
#: knowledge kg does not have, unless the text says so).
#: Nouns for where a body has its seat: "has its headquarters in", "has its head office in".
_SEAT_NOUNS = frozenset({"headquarters", "office", "seat", "base"})
#: Nouns for a part of a city or region: "the Hamburg suburb of Altona".
_PLACE_PART_NOUNS = frozenset({"suburb", "district", "neighbourhood", "neighborhood", "borough", "quarter"})
#: Settlements a place's name comes before: "the Varde town of Tarnby" is in the Varde.
_SETTLEMENTS_IN = frozenset({"town", "village", "city", "port", "hamlet"})


def _seat_clauses(ctx: Context):
    """ "X is based in Y", "X is headquartered in Y", "X (which) has its headquarters in Y": the
    body the clause's subject names, in each place of the "in" phrase ("in the Hamburg suburb of
    Altona": the suburb, its city, and the suburb in the city). Yields (subject, place, rule,
    first token, end token)."""
    doc, idx = ctx.doc, ctx.index
    for verb in doc:
        lemma = verb.lemma_.lower()
        if (
            verb.lower_ in {"based", "headquartered", "registered"}
            and verb.i >= 2
            and doc[verb.i - 1].text == "-"
            and verb.head.dep_ == "attr"
            and verb.head.head.lemma_.lower() == "be"
        ):
            # "X is a Hamburg-based lender": the place before the hyphen, for the copula's subject
            place = idx.at(verb.i - 2)
            subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
            body = idx.at(subj.i) if subj is not None else None
            if (
                place is not None
                and place.type in _PLACE
                and body is not None
                and body.type == "Organisation"
            ):
                yield body, place, "located.based_clause.v1", body.start, verb.i + 1
            continue
        if verb.lower_ in {"based", "headquartered"} and verb.tag_ == "VBN":
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
        elif lemma == "have" and verb.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            seats = [
                c
                for c in verb.children
                if c.dep_ == "dobj"
                and c.lemma_.lower() in _SEAT_NOUNS
                and any(g.dep_ == "poss" and g.lower_ in {"its", "their"} for g in c.children)
            ]
            preps = [g for s in seats for g in s.children if g.dep_ == "prep" and g.lower_ == "in"]
            preps += [c for c in verb.children if seats and c.dep_ == "prep" and c.lower_ == "in"]
        else:
            continue
        if subj is None or not preps or any(c.dep_ == "neg" for c in verb.children):
            continue
        if subj.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            subj = verb.head  # "X, which has its headquarters in Y"
            named = idx.at(subj.head.i)
            if idx.at(subj.i) is None and subj.dep_ == "appos" and named is not None:
                subj = subj.head  # "Varnholt, the country's statistics agency, which is based in Tampere"
        body = idx.at(subj.i)
        if body is None:
            key = ctx.entity_of(subj, via_modifiers=False) if subj.pos_ in {"NOUN", "PRON"} else None
            body = next((m for m in idx.mentions if m.key == key and m.start < subj.i), None) if key else None
        if body is None or body.type != "Organisation":
            continue
        for prep in preps:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                place = idx.at(pobj.i)
                if place is not None and place.type in _PLACE:
                    yield body, place, "located.based_clause.v1", min(subj.i, verb.i), place.end
                    continue
                if pobj.lemma_.lower() not in _PLACE_PART_NOUNS | SETTLEMENT_NOUNS:
                    continue
                # "in the Hamburg suburb of Altona", "in the port city of Tarnby"
                outer = [idx.at(c.i) for c in pobj.children if c.dep_ in {"compound", "poss"} and idx.at(c.i)]
                inner = [
                    idx.at(g.i)
                    for c in pobj.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and idx.at(g.i)
                ]
                for p in outer + inner:
                    if p.type in _PLACE:
                        yield body, p, "located.based_clause.v1", min(subj.i, verb.i), max(p.end, pobj.i + 1)
                for o in outer:
                    for p in inner:
                        if o.type in _PLACE and p.type == "Location":
                            yield p, o, "located.place_in_region.v1", o.start, p.end


#: A body's sites, named by their place: "Acme's Kakamega office", "the Abeokuta bureau of X".
_SITE_NOUNS = frozenset(
    {"office", "offices", "bureau", "branch", "plant", "factory", "headquarters", "hq", "refinery",
     "mine", "warehouse", "campus", "laboratory", "lab", "operations"}
)  # fmt: skip
#: Verbs whose object is a body's site: "X has offices in Y", "X opened a plant in Y".
_SITE_VERBS = frozenset({"have", "open", "operate", "run", "build", "own"})


def _named_sites(ctx: Context):
    """ "Vellmark's Kakamega office", "the Abeokuta bureau of Zelvant Media", "Vellmark has offices
    in Kakamega and Lira", "X opened a factory in Pune": a body has a site in the place that names
    it. Yields (body, place, rule, first token, end token)."""
    doc, idx = ctx.doc, ctx.index
    for noun in doc:
        if noun.lower_ not in _SITE_NOUNS or noun.pos_ != "NOUN":
            continue
        owners = [idx.at(c.i) for c in noun.children if c.dep_ == "poss"]
        owners += [
            idx.at(g.i)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # "Acme's Kakamega office" (a town the gazetteer knows; "Acme's Monte Ventoso mine" is the
        # site's own name)
        places = [idx.at(c.i) for c in noun.children if c.dep_ == "compound" and _known_place(idx.at(c.i))]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SITE_VERBS:
            verb = noun.head
            owners += [
                # "Vellmark, which has offices in Lira": the body the relative clause is on
                idx.at(verb.head.i if c.lower_ in {"which", "that"} and verb.dep_ == "relcl" else c.i)
                for c in verb.children
                if c.dep_ == "nsubj"
            ]
            preps = [c for c in [*noun.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "in"]
            objs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
            places += [idx.at(t.i) for g in objs for t in [g, *g.conjuncts]]
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        plain = not any(c.dep_ in {"compound", "nmod"} and idx.at(c.i) is None for c in noun.children)
        if poss is not None and idx.at(poss.i) is None and poss.pos_ == "NOUN" and plain:
            # (not "the party's election night headquarters in Pune", a night's venue)
            # "the carmaker's headquarters in Toyohashi": the body the description stands for
            owners.append(_described_body(ctx, poss))
            preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"]
            places += [idx.at(g.i) for p in preps for g in p.children if g.dep_ == "pobj"]
        body = next((o for o in owners if o is not None and o.type == "Organisation"), None)
        if body is None:
            continue
        for place in places:
            if place is not None and place.type in _PLACE and place.label != "NORP":
                first, last = min(body.start, place.start, noun.i), max(body.end, place.end, noun.i + 1)
                yield body, place, "located.named_site.v1", first, last


def _described_body(ctx: Context, tok) -> DocMention | None:
    """The body a definite description names ("the carmaker", "the company"): its last mention
    before the description, or None."""
    if not any(c.lower_ == "the" for c in tok.children):
        return None
    key = ctx.entity_of(tok, via_modifiers=False)
    if key is None or not key.startswith("Organisation:"):
        return None
    return next((m for m in reversed(ctx.index.mentions) if m.key == key and m.start < tok.i), None)


def _known_place(place: DocMention | None) -> bool:
    """Whether a mention is a country or a city or region the gazetteer knows."""
    if place is None:
        return False
    return place.type == "Country" or bool(
        lexicon.city_country(place.text) or lexicon.subdivision_country(place.text)
    )


_PLACE_IN_PLACE_RULES = frozenset(
    {
        "located.place_in_region.v1",
        "located.facility_in.v1",
        "located.apposed_place.v1",
        "located.possessive_part.v1",
    }
)


def _named_part_of_place(doc, place: DocMention) -> bool:
    """Whether a place after a place's possessive is named as a part of it: "Halvmark's Vesterbro
    district", "the city's Nordby neighbourhood", "Tarnby's Old Cathedral"."""
    if place.end < len(doc) and doc[place.end].is_lower and doc[place.end].lower_ in _PART_NOUNS_OF_PLACES:
        return True
    return doc[place.end - 1].text in FACILITY_ENDINGS


#: What a relative clause says of a body that makes it a part of another: "which is run by Y",
#: "which belongs to Y", "which is part of Y", "which is owned by Y".
_RUN_BY = (
    ("is", "run", "by"),
    ("is", "operated", "by"),
    ("belongs", "to"),
    ("is", "part", "of"),
    ("is", "owned", "by"),
)
#: Words for the body that owns another: "X's parent company, Y", "X's owner, Y".
_OWNER_WORDS = frozenset({"parent", "owner", "owners", "shareholder"})


def _parent_in_apposition(ctx: Context, m: DocMention) -> DocMention | None:
    """The body an apposition or relative clause right after a body makes it part of: "the Varde
    Commission, the Union's executive arm,", "the Halvmark Survey (HS) project, which is run by
    the Norvik Institute,", "the Sorvik Institute in Tarnby, which belongs to the Academy"."""
    doc, idx = ctx.doc, ctx.index
    sent_end = doc[m.start].sent.end
    kinds = _PART_NOUNS | _UNIT_HEADS | {"project"}
    k = m.end
    if k < sent_end and doc[k].is_lower and doc[k].lower_ in kinds:
        k += 1  # "the X project (XP), which ..."
    k = _after_acronym(doc, k)
    if k < sent_end and doc[k].is_lower and doc[k].lower_ in kinds:
        k += 1  # "the X (XA) agency, which ..."
    if k < sent_end and doc[k].lower_ == "in":
        place = idx.at(k + 1)
        if place is not None and place.type in _PLACE:
            k = place.end  # "the X Institute in Tarnby, which ..."
    if k + 2 >= sent_end or doc[k].text != ",":
        return None
    k += 1
    if doc[k].lower_ == "which":
        words = [t.lower_ for t in doc[k + 1 : k + 4]]
        for phrase in _RUN_BY:
            if tuple(words[: len(phrase)]) == phrase:
                j = k + 1 + len(phrase)
                if j < sent_end and doc[j].lower_ == "the":
                    j += 1
                owner = idx.at(j)
                possessive = owner is not None and doc[owner.end].text in {"'s", "\u2019s"}
                if possessive and owner.type == "Country" and owner.end + 1 < sent_end:
                    j = owner.end + 1  # "run by Norway's Coastal Administration"
                parent = idx.at(j)
                if parent is not None and parent.type == "Organisation" and parent.key != m.key:
                    return parent
        return None
    # "X, the Union's executive arm,": the possessor of a word for a part
    if doc[k].lower_ == "the":
        k += 1
    parent = idx.at(k)
    if parent is None or parent.type != "Organisation" or parent.start != k or parent.key == m.key:
        return None
    j = parent.end
    if j >= sent_end or doc[j].text not in {"'s", "\u2019s"}:
        return None
    j += 1
    while j < sent_end and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"} and j - parent.end < 5:
        j += 1
    closed = j >= sent_end or doc[j].text in {",", "."}
    if j > parent.end + 1 and doc[j - 1].lower_ in _PART_NOUNS and closed:
        return parent
    return None


def _state_or_region(doc, m: DocMention) -> bool:
    """Whether a mention after "its" is a region ("its northern Varde region") or a body of a
    state ("its Justice Ministry", "its navy"), which a country owns."""
    after = doc[m.end].lower_ if m.end < len(doc) else ""
    words = {lexicon.fold(t.text) for t in doc[m.start : m.end]}
    if m.type == "Location":
        return after in _REGION_WORDS or bool(words & _REGION_WORDS)
    return bool(words & STATE_BODY_WORDS) and not _names_a_mission(doc, m)  # an embassy sits abroad


def _apposition_then_which(doc, comma: int, k: int) -> bool:
    """Whether the comma at ``k`` closes an apposition opened at ``comma`` by a common noun, and a
    relative clause follows: "Varnholt, the country's statistics agency, which is based in Tampere" (the
    clause is the body's; not "a unit of Zelvant Media, which ...", whose clause may be the owner's)."""
    return (
        doc[k].text == ","
        and k + 1 < len(doc)
        and doc[k + 1].lower_ in {"which", "that"}
        and doc[comma + 1].lower_ in {"the", "a", "an"}
        and doc[k - 1].is_lower
        and doc[k - 1].pos_ == "NOUN"
        and not any(doc[j].text in {",", ";", "."} for j in range(comma + 1, k))
    )


def _after_acronym(doc, end: int) -> int:
    """Where a name's apposition may start: right after it, or after the acronym in brackets that
    follows it ("the Halvmark Bank (HB), based in ...")."""
    bracketed = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
    if bracketed and doc[end + 1].text.isupper():
        return end + 3
    return end


def _described_based_body(ctx: Context, m: DocMention) -> Relation | None:
    """ "Norvik will pay 40 crowns a share, the Halvmark-based company said", "a spokesperson for
    the Halvmark-based lender": a body named before and described again with "the <place>-based
    <noun>" is in that place (the noun is resolved as "the company" is for a statement)."""
    doc = ctx.doc
    if m.start < 1 or doc[m.start - 1].lower_ != "the":
        return None
    sent_end = doc[m.start].sent.end
    end = m.end + 2
    while end < sent_end and end - m.end < 6 and doc[end].is_lower and doc[end].pos_ in {"NOUN", "ADJ"}:
        end += 1
    # "the Halvmark-based regional trade bloc": the last word for a body heads it ("the X-based
    # group bets on ...": not a verb the tagger took for a noun)
    bodies = [
        j
        for j in range(m.end + 2, end)
        if doc[j].pos_ == "NOUN"
        and (doc[j].lemma_.lower() in _DESCRIBED_BODIES or doc[j].lower_ in _DESCRIBED_BODIES)
    ]
    if not bodies:
        return None
    k = bodies[-1]
    # "X will pay ..., the Halvmark-based company said": the subject of the sentence it closes;
    # else the one "the company" stands for ("the bank": the last one whose name says bank)
    sent = doc[m.start].sent
    subjects = [
        n
        for n in ctx.index.in_span(sent.start, m.start)
        if n.type == "Organisation"
        and not n.nested
        and any(doc[i].dep_ in {"nsubj", "nsubjpass"} for i in range(n.start, n.end))
    ]
    # ("The Geelong-based miner said": the body that was the subject just before, as
    # Context.entity_of reads a place-based description of a trade)
    key = subjects[-1].key if subjects else ctx.entity_of(doc[k])
    if key is None or not key.startswith("Organisation:"):
        return None
    ev = ctx.evidence("located.based.v1", doc[m.start - 1].idx, doc[k].idx + len(doc[k]), doc[m.start].sent)
    return Relation("locatedIn", key, m.key, ev)


def _names_a_mission(doc, m: DocMention) -> bool:
    """Whether an organisation's name says it is a diplomatic mission ("Embassy", "Consulate",
    "High Commission"), which sits abroad."""
    words = {t.lower_ for t in doc[m.start : m.end]}
    return bool(words & {"embassy", "consulate", "consulate-general"}) or "high commission" in " ".join(
        t.lower_ for t in doc[m.start : m.end]
    )


#: Rules that read a body's country from a possessive or a demonym before it, which for an embassy
#: names the state it represents, not where it sits.
_SENDER_RULES = frozenset({"located.possessive.v1", "located.demonym_body.v1"})

#: Rules that read a city's country in the text itself ("Dakar, Senegal", "Senegal's Dakar").
_CITY_IN_COUNTRY = frozenset({"located.city_country.v1", "located.possessive.v1"})


def _through_cities(ctx: Context, rels: list[Relation]) -> list[Relation]:
    """ "the Pasteur Institute in Dakar, Senegal": a body in a city is in the country the text puts
    the city in (the evidence is the body's own: where it is said to be in the city)."""
    country_of: dict[str, str] = {}
    for r in rels:
        if (
            r.kind == "locatedIn"
            and r.subject.startswith("Location:")
            and r.object.startswith("Country:")
            and r.evidence.rule in _CITY_IN_COUNTRY
        ):
            country_of.setdefault(r.subject, r.object)
    have = {(r.subject, r.object) for r in rels if r.kind == "locatedIn"}
    out = []
    for r in rels:
        country = country_of.get(r.object)
        if (
            r.kind == "locatedIn"
            and r.subject.startswith("Organisation:")
            and country is not None
            and (r.subject, country) not in have
            and not any(s == r.subject and o.startswith("Country:") for s, o in have)
        ):
            sent = ctx.doc.char_span(r.evidence.begin, r.evidence.end, alignment_mode="expand")
            if sent is None:
                continue
            ev = ctx.evidence("located.through_city.v1", r.evidence.begin, r.evidence.end, sent.sent)
            out.append(Relation("locatedIn", r.subject, country, ev))
            have.add((r.subject, country))
    return out


#: Words that make a place name a region's: "Y region", "the province of Y", "Y Prefecture".
_REGION_WORDS = frozenset(
    {"region", "province", "state", "prefecture", "district", "county", "governorate", "oblast",
     "department", "territory", "krai", "canton", "municipality"}
)  # fmt: skip
#: Lower-case nouns after a place's name that make it a part of a city or a region.
_PART_NOUNS_OF_PLACES = _REGION_WORDS | frozenset(
    {"neighbourhood", "neighborhood", "quarter", "suburb", "township", "area"}
)


#: Words that head a description of a body: "a Boston think tank", "Mongolia's flag
#: carrier", "British maritime security firm X".
_DESCRIBED_BODIES = BODY_NOUNS | frozenset(
    {
        "carrier", "tank", "think-tank", "consultancy", "miner", "producer", "developer", "outlet",
        "daily", "charity", "ngo", "nonprofit", "non-profit", "lobby", "broker", "utility", "conglomerate",
        "giant", "start-up", "automaker", "carmaker", "steelmaker", "chipmaker", "drugmaker", "shipper",
        "refiner", "exporter", "importer", "bloc", "brewer", "retailer", "manufacturer", "maker",
        "shipbuilder", "publisher", "insurer", "lender", "airline", "operator", "site", "website",
    }
)  # fmt: skip


#: Parts of a company that sit where the description puts them: "a Hamburg subsidiary of Y".
_OWNED_PARTS = frozenset({"subsidiary", "unit", "arm", "branch", "affiliate", "division", "plant", "factory"})


def _descriptor_end(doc, start: int, limit: int) -> int | None:
    """The end of a run of lower-case words (hyphens inside) from ``start`` whose last word names a
    kind of body ("maritime security firm", "warehouse-automation firm"), or None."""
    k = start
    while k < limit and (
        (doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ", "PROPN"})
        or (doc[k].text == "-" and k > start)
        or (doc[k].is_lower and doc[k].tag_ in {"VBN", "VBG"} and k > start and doc[k - 1].text == "-")
        or (doc[k].is_lower and doc[k].tag_ == "VBG" and doc[k].dep_ in {"compound", "amod"})
    ):
        k += 1  # "state-owned port operator", "family holding company": participles describe too
    if k == start or (
        doc[k - 1].lower_ not in _DESCRIBED_BODIES and doc[k - 1].lemma_.lower() not in _DESCRIBED_BODIES
    ):
        return None
    return k


def _described_body_after(ctx: Context, start: int) -> DocMention | None:
    """The body named right after "<demonym> <description>" ("British security firm X")."""
    doc = ctx.doc
    end = _descriptor_end(doc, start, min(start + 6, len(doc)))
    if end is None or end >= len(doc):
        return None
    org = ctx.index.at(end)
    return org if org is not None and org.type == "Organisation" and org.start == end else None


def _place_of_descriptor(ctx: Context, start: int) -> DocMention | None:
    """The place in a description opening at ``start`` and closing the apposition: "a
    Boston think tank", "Mongolia's flag carrier", "a Swedish robotics firm"."""
    doc, idx = ctx.doc, ctx.index
    k = start
    if k + 1 < len(doc) and doc[k].lower_ == "one" and doc[k + 1].lower_ == "of":
        k += 2  # "X, one of Indonesia's largest refiners,"
    if k < len(doc) and doc[k].lower_ in {"a", "an", "the"}:
        k += 1
    place = idx.at(k)
    if place is None or place.start != k or place.type not in _PLACE:
        return None
    k = place.end
    if k < len(doc) and doc[k].text in {"'s", "\u2019s"}:
        k += 1
    end = _descriptor_end(doc, k, min(k + 6, doc[start].sent.end))
    if end is not None and end + 2 < len(doc) and doc[end].lower_ == "by" and doc[end + 1].pos_ == "NOUN":
        end += 2  # "Kenya's largest lender by assets,"
    closing = {",", ".", ";", ")", "\u2014", "that", "which", "whose"}
    part = k
    while part < min(k + 3, len(doc) - 1) and doc[part].is_lower and doc[part].pos_ in {"ADJ", "NOUN"}:
        if doc[part].lemma_.lower() in _OWNED_PARTS and doc[part + 1].lower_ == "of":
            return place  # "X, a Hamburg subsidiary of Y,": where the part is, whoever owns it
        part += 1
    if end is None or (end < len(doc) and doc[end].text not in closing):
        return None  # "a Washington think tank that ...": still fine; "a Paris court ruled" is no apposition
    return place


#: Parts only a city has, written after the city's name: "the Kumasi suburb of Bantama".
_CITY_PARTS = frozenset({"suburb", "neighbourhood", "neighborhood", "borough", "township"})
#: The adjective a region's capital is called by, and the region's word: "the provincial capital".
_REGIONAL = {"state": "state", "provincial": "province", "regional": "region", "district": "district"}


def _named_a_regional_capital(doc, m: DocMention) -> str | None:
    """The kind of region a place is called the capital of ("X, the state capital," / "the
    provincial capital X"), or None."""
    after = [t.lower_ for t in doc[m.end : min(m.end + 4, len(doc))]]
    closed = m.end + 4 >= len(doc) or doc[m.end + 4].text in {",", ".", ";"}
    if (
        after[:2] == [",", "the"]
        and len(after) == 4
        and after[2] in _REGIONAL
        and after[3] == "capital"
        and closed
    ):
        return _REGIONAL[after[2]]
    before = [t.lower_ for t in doc[max(m.start - 3, 0) : m.start]]
    if len(before) == 3 and before[0] == "the" and before[1] in _REGIONAL and before[2] == "capital":
        return _REGIONAL[before[1]]
    return None


def _last_region_before(ctx: Context, m: DocMention, word: str) -> DocMention | None:
    """The last place before ``m`` the text names as a region of that kind: "Y province", "the
    state of Y", "Indonesia's West Nusa Tenggara Province"."""
    doc = ctx.doc
    for n in reversed([n for n in ctx.index.mentions if n.end <= m.start and not n.nested]):
        if n.type != "Location" or n.label == "NORP" or n.key == m.key:
            continue
        after = doc[n.end].lower_ if n.end < len(doc) else ""
        before = doc[n.start - 2].lower_ if n.start >= 2 and doc[n.start - 1].lower_ == "of" else ""
        if word in {after, before, lexicon.fold(n.text.split()[-1])}:
            return n
    return None


_COMPASS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
     "center", "interior", "heart"}
)  # fmt: skip


def _in_part_of_the_country(doc, m: DocMention) -> bool:
    """Whether a place is set, in commas, in a part of "the country": "X, in the east of the
    country,", "X, in the north of the country."."""
    k = m.end
    words = [t.lower_ for t in doc[k : min(k + 8, len(doc))]]
    if len(words) < 7 or words[0] != "," or words[1:3] != ["in", "the"]:
        return False
    j = 3
    if words[j] in {"far", "deep"}:
        j += 1  # "in the far north of the country"
    return words[j] in _COMPASS and words[j + 1 : j + 4] == ["of", "the", "country"]


#: Words that make a name a body's ("Halden University", "Norvik Bank"), unlike a field's
#: ("Marine Economics", "Polar Ice Studies").
_BODY_HEADS = frozenset(
    {"university", "college", "bank", "agency", "ministry", "company", "corporation", "institute",
     "council", "commission", "foundation", "party", "group", "union", "association", "authority",
     "fund", "organization", "organisation", "academy", "court", "parliament", "assembly", "army",
     "government", "society", "federation", "league", "board", "office", "service", "department"}
)  # fmt: skip


def _field_of_name(doc, m: DocMention, n: DocMention) -> bool:
    """Whether a name nested at the end of a body's name after "of" is the body's field, not a
    body: "Institute of Marine Economics" (not "Law Center of Halden University")."""
    if n.end != m.end or n.start < m.start + 2 or doc[n.start - 1].lower_ != "of":
        return False
    return not any(lexicon.fold(t.text) in _BODY_HEADS for t in doc[n.start : n.end])


def _demonym_before_name(ctx: Context, m: DocMention) -> DocMention | None:
    """The country of "the German Bundesbank said": a demonym, after "the", right before a body's
    capitalised name that ends the noun phrase (not "the British UN envoy", where the name
    describes a person)."""
    doc, idx = ctx.doc, ctx.index
    if m.type != "Organisation" or m.start < 2 or doc[m.start - 2].lower_ != "the":
        return None
    owner = idx.at(m.start - 1)
    if owner is None or owner.label != "NORP" or owner.type != "Country" or owner.start != m.start - 1:
        return None
    if not all(t.text[:1].isupper() for t in doc[m.start : m.end]) or _names_a_mission(doc, m):
        return None
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN"} or after.text in {"-", "'s", "\u2019s"}):
        return None
    return owner


def _units_of_referred_bodies(ctx: Context, mentions: list[DocMention]) -> list[Relation]:
    """Parts of a body the text refers to, not names: "Its logistics arm, Kessmar Transport,", "the
    company's Canadian unit, Voltreclaim Canada," (the named unit is part of the body "its" or "the
    company" stands for), and "The company, a unit of the Aokawa Group," (the body "the company"
    stands for is part of the one named)."""
    doc, idx = ctx.doc, ctx.index
    out: list[Relation] = []

    def owner_of(tok) -> str | None:
        if tok.lower_ == "its":
            return idx.antecedent(tok.i, frozenset({"Organisation"}), subject_only=True)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in ORG_NOUNS:
            return ctx.entity_of(tok)
        return None

    def keep(subject: str | None, whole: str | None, first: int, last: int) -> None:
        if (
            subject is None
            or whole is None
            or subject == whole
            or not subject.startswith("Organisation:")
            or not whole.startswith("Organisation:")
        ):
            return
        ev = ctx.evidence(
            "part_of.referred_body.v1", doc[first].idx, doc[last].idx + len(doc[last]), doc[first].sent
        )
        out.append(Relation("partOf", subject, whole, ev))

    for m in mentions:
        if m.type != "Organisation":
            continue
        root = doc[m.start : m.end].root
        head = root.head
        if root.dep_ != "appos" or head.lemma_.lower() not in UNIT_NOUNS or head.i >= m.start:
            continue
        for child in head.children:
            if child.dep_ == "poss" and idx.at(child.i) is None:
                keep(m.key, owner_of(child), child.i, m.end - 1)
    for tok in doc:
        if tok.lemma_.lower() not in UNIT_NOUNS or tok.dep_ != "appos" or tok.head.i >= tok.i:
            continue
        body = tok.head
        if idx.at(body.i) is not None or not any(c.dep_ == "det" for c in body.children):
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    whole = idx.at(pobj.i)
                    if pobj.dep_ == "pobj" and whole is not None:
                        keep(owner_of(body), whole.key, body.i, whole.end - 1)
    return out


def _part_named_of(ctx: Context, m: DocMention) -> DocMention | None:
    """The place of "the Shakargarh sector of Narowal district", "the Afar region of Ethiopia", "the
    Bellevue district of Rennes": a place named, then the kind of part it is, then "of" the whole."""
    doc, idx = ctx.doc, ctx.index
    k = m.end
    if m.start < 1 or doc[m.start - 1].lower_ != "the" or k + 2 >= len(doc):
        return None
    if doc[k].lower_ not in _PART_NOUNS_OF_PLACES | {"sector"} or doc[k + 1].lower_ != "of":
        return None
    outer = idx.at(k + 2)
    if outer is None or outer.start != k + 2 or outer.type not in _PLACE or outer.label == "NORP":
        return None
    if doc[k].lower_ in _CITY_PARTS or (_known_place(m) and not _known_place(outer)):
        return None  # "the Kumasi suburb of Bantama", "the Tampere district of Hervanta": the other way
    return outer if outer.key != m.key else None


def _city_of_part(ctx: Context, m: DocMention) -> DocMention | None:
    """The city of "the Kumasi suburb of Bantama", "the Tampere district of Hervanta": a place named
    after "the <place> <part of a place> of"."""
    doc, idx = ctx.doc, ctx.index
    if (
        m.start < 4
        or doc[m.start - 1].lower_ != "of"
        or doc[m.start - 2].lower_ not in _PLACE_PART_NOUNS | _SETTLEMENTS_IN
    ):
        return None
    city = idx.at(m.start - 3)
    if city is None or city.end != m.start - 2 or city.type != "Location" or city.label == "NORP":
        return None
    # "the Bellevue district of Rennes" is the other way: a part first, unless the first is a city
    # the gazetteer knows and the second is not (or the part's word is one only cities have)
    if doc[m.start - 2].lower_ not in _CITY_PARTS | _SETTLEMENTS_IN and not (
        _known_place(city) and not _known_place(m)
    ):
        return None
    return city if doc[city.start - 1].lower_ == "the" and city.key != m.key else None


def _kind_of_place_after(ctx: Context, m: DocMention) -> DocMention | None:
    """The place of "the port of La Caleta on the island of Y", "X in the northern province of Y":
    "in" or "on", then the kind of place the second one is, then its name after "of"."""
    doc, idx = ctx.doc, ctx.index
    sent_end = doc[m.start].sent.end
    k = m.end
    if k + 4 >= sent_end or doc[k].lower_ not in {"in", "on"} or doc[k + 1].lower_ != "the":
        return None
    k += 2
    while k < sent_end and doc[k].is_lower and doc[k].pos_ == "ADJ" and k < m.end + 5:
        k += 1  # "the northern", "the remote eastern"
    if (
        k + 2 >= sent_end
        or doc[k].lower_ not in SETTLEMENT_NOUNS | _REGION_WORDS
        or doc[k + 1].lower_ != "of"
    ):
        return None
    place = idx.at(k + 2)
    if place is None or place.start != k + 2 or place.type != "Location" or place.key == m.key:
        return None
    return place


def _region_of_wider_place(ctx: Context, m: DocMention) -> DocMention | None:
    """The place of "the Piedmont region of northern Italy", "Malatya province of eastern Turkey":
    a region named by its kind and then "of" a country or a wider place, past words for a part of
    it ("northern", "the far east of")."""
    doc, idx = ctx.doc, ctx.index
    sent_end = doc[m.start].sent.end
    k = m.end
    if k + 2 >= sent_end or doc[k].lower_ not in _REGION_WORDS or doc[k + 1].lower_ != "of":
        return None
    k += 2
    if doc[k].lower_ == "the":
        k += 1
    while k < sent_end and doc[k].is_lower and doc[k].pos_ == "ADJ" and k < m.end + 6:
        k += 1  # "of northern Italy", "of the remote eastern"
    place = idx.at(k) if k < sent_end else None
    if place is None or place.start != k or place.key == m.key or place.label == "NORP":
        return None
    return place if place.type in {"Country", "Location"} else None


#: Parts of speech of the lower-case words between a place's possessive and the body it has:
#: "China's state-owned Sinopharm", "Laos's state news agency Vientala".
_POSSESSED_MODIFIERS = frozenset({"ADJ", "NOUN", "VERB", "ADV"})


def _after_possessive_modifiers(doc: object, idx: object, start: int) -> DocMention | None:
    """The body or place a place's possessive has after lower-case modifiers: "China's state-owned
    Sinopharm", "Laos's state news agency Vientala" (a name right after up to four words), or
    "Chile's financial regulator, the Comision Nacional de Valores" (a name in apposition to them,
    closed by punctuation). None when the words run into anything else."""
    k = start
    sent_end = doc[start].sent.end if start < len(doc) else len(doc)
    while k < sent_end and k - start < 4:
        tok = doc[k]
        if tok.text == "-" and k > start:
            k += 1
            continue
        if not (tok.is_lower and tok.is_alpha and tok.pos_ in _POSSESSED_MODIFIERS):
            break
        k += 1
    if k == start or k >= sent_end:
        return None
    found = idx.at(k)
    if found is not None and found.start == k:
        return found
    last = doc[k - 1]
    if doc[k].text != "," or last.pos_ != "NOUN":
        return None
    j = k + 1
    if j < sent_end and doc[j].lower_ in {"the", "a", "an"}:
        j += 1
    found = idx.at(j) if j < sent_end else None
    if found is None or found.start != j:
        return None
    if found.end < len(doc) and doc[found.end].text not in {",", ".", ";", "(", ")"}:
        return None  # "Chile's regulator, the CMF and the central bank": not an apposition
    return found


def _region_after(ctx: Context, m: DocMention) -> DocMention | None:
    """The region a place is said to be in right after it: "X in (Country's) Y region", "X in Y
    province", "X, the capital of Y region", "X district in Y State"."""
    doc, idx = ctx.doc, ctx.index
    sent = doc[m.start].sent
    k = m.end
    if k < sent.end and doc[k].lower_ in _REGION_WORDS:
        k += 1  # "Poonch district in ..."
    if k + 1 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "the":
        # "X, the capital of Y region"
        if k + 3 < sent.end and doc[k + 2].lower_ in {"capital", "seat"} and doc[k + 3].lower_ == "of":
            k += 4
        else:
            return None
    elif k + 2 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in {"capital", "seat"}:
        # "Quelimane, capital of Zambezia province": headline style, no article
        if doc[k + 2].lower_ != "of":
            return None
        k += 3
    elif k + 1 < sent.end and doc[k].text == ",":
        # "Tamale, Northern Savannah province's capital,": a region's capital
        region = idx.at(k + 1)
        j = region.end if region is not None and region.start == k + 1 else None
        if j is not None and j < sent.end and doc[j].lower_ in _REGION_WORDS:
            j += 1
        if (
            j is not None
            and j + 1 < sent.end
            and doc[j].text in {"'s", "\u2019s"}
            and doc[j + 1].lower_ in {"capital", "seat"}
            and region.type == "Location"
            and region.key != m.key
        ):
            return region
        return None
    elif k < sent.end and doc[k].lower_ == "in":
        k += 1
    else:
        return None
    if k < sent.end and doc[k].lower_ == "the":
        k += 1
    if k + 1 < sent.end and doc[k].lower_ in _REGION_WORDS and doc[k + 1].lower_ == "of":
        k += 2  # "in the province of Y"
    owner = idx.at(k)
    if (
        owner is not None
        and owner.type == "Country"
        and owner.end + 1 < sent.end
        and doc[owner.end].text in {"'s", "\u2019s"}
    ):
        k = owner.end + 1  # "in Russia's Y region"
    region = idx.at(k)
    if region is None or region.type != "Location" or region.start != k or region.key == m.key:
        return None
    words = region.text.split()
    after = doc[region.end].lower_ if region.end < sent.end else ""
    if (
        after in _REGION_WORDS
        or (len(words) > 1 and lexicon.fold(words[-1]) in _REGION_WORDS)
        or (doc[region.start - 1].lower_ == "of" and doc[region.start - 2].lower_ in _REGION_WORDS)
    ):
        return region
    return None


#: Head words of a body's units, lower case as news writes them after the parent's name.
_UNIT_HEADS = frozenset(
    {
        "committee",
        "office",
        "commission",
        "council",
        "board",
        "unit",
        "division",
        "agency",
        "mission",
        "court",
    }
)


def _gazetteer_places(ctx: Context, mentions: list[DocMention], found: list[Relation]) -> list[Relation]:
    """A city the article names, in a country it names too: "marched through central Lisbon ...
    Portugal's largest union". Wire copy leaves the country of a well-known city unsaid; the
    GeoNames gazetteer (cities of 15,000 people or more, the largest of a name) says it, and the
    country being named in the same article keeps homonyms out. The evidence is the sentence
    that names the city (the first that also names the country, if any)."""
    doc = ctx.doc
    placed = {r.subject for r in found if r.kind == "locatedIn" and r.object.startswith("Country:")}
    # a country the article names by its name, not only by its demonym ("Greek crew")
    named = {n.key for n in ctx.index.mentions if n.type == "Country" and n.label != "NORP"}
    chosen: dict[str, tuple[DocMention, str, bool]] = {}  # city key -> (mention, country, both named)
    for m in mentions:
        if m.type != "Location" or m.label == "NORP" or m.key in placed:
            continue
        if lexicon.fold(m.text) in lexicon.CONTINENTS:
            continue
        iso3 = lexicon.city_country(m.text) or lexicon.subdivision_country(m.text)
        country = f"Country:{iso3}" if iso3 else None
        if country is None or country not in named:
            continue
        sent = doc[m.start].sent
        together = any(
            n.key == country for n in ctx.index.in_span(sent.start, sent.end) if n.type == "Country"
        )
        if m.key not in chosen or (together and not chosen[m.key][2]):
            chosen[m.key] = (m, country, together)
    out = []
    for m, country, _ in chosen.values():
        sent = doc[m.start].sent
        ev = ctx.evidence(
            "located.gazetteer.v1", doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), sent
        )
        out.append(Relation("locatedIn", m.key, country, ev))
    return out


_PLACE_NOUNS = frozenset({"city", "capital", "town", "port", "village", "province", "region", "state", "hub"})
_RESIDENT_NOUNS = frozenset({"resident", "residents", "native", "local", "villager", "homeowner", "tenant"})
_LIVE_VERBS = frozenset({"live", "reside"})
#: Verbs of moving home, in a relative clause on the person: "X, who moved to Groningen in 2010".
_MOVE_VERBS = frozenset({"move", "relocate", "settle", "emigrate"})


def _town_in_description(ctx: Context, m: DocMention) -> DocMention | None:
    """The town of "X, a (42-year-old) Trondheim shopkeeper," (the apposition's last word a common
    noun for a person; not a country: "a Kenyan runner" is a nationality), or None."""
    doc, idx = ctx.doc, ctx.index
    sent_end = doc[m.start].sent.end
    k = m.end
    if k + 3 >= sent_end or doc[k].text != "," or doc[k + 1].lower_ not in {"a", "an"}:
        return None
    k += 2
    while k < sent_end and (doc[k].is_lower or doc[k].like_num or doc[k].text == "-") and k < m.end + 9:
        if doc[k].pos_ not in {"ADJ", "NUM", "PUNCT", "NOUN"}:
            return None
        k += 1  # "a 42-year-old", "a retired"
    place = idx.at(k)
    if place is None or place.type != "Location" or place.start != k or place.label == "NORP":
        return None
    k = place.end
    nouns = []
    while k < sent_end and doc[k].is_lower and doc[k].pos_ == "NOUN" and len(nouns) < 2:
        nouns.append(doc[k])
        k += 1
    if not nouns or k >= sent_end or doc[k].text not in {",", ".", ";"} and doc[k].lower_ != "who":
        return None
    # "a Trondheim shopkeeper", "a Tromso father": a word for a person, not "a Trondheim
    # company"; and a town the gazetteer knows (the NER takes some peoples' names for places)
    return place if is_person_noun(nouns[-1]) and lexicon.city_country(place.text) else None


#: Participles that, in an apposition to a person, say where they live: "a refugee living in Y".
_LIVING = frozenset({"living", "residing"})


def _living_in_apposition(ctx: Context, m: DocMention, k: int) -> DocMention | None:
    """The place of "X, an Afghan refugee living in Istanbul," / "X, a Ghanaian living in Milan":
    a participle of living, at ``k`` inside the apposition that follows the name, then "in" a place."""
    doc, idx = ctx.doc, ctx.index
    if doc[k].lower_ not in _LIVING or k + 2 >= len(doc) or doc[k + 1].lower_ != "in":
        return None
    if doc[m.end].text != "," or any(doc[j].text in {",", ";", "(", "\u2014"} for j in range(m.end + 1, k)):
        return None
    place = idx.at(k + 2)
    if place is None or place.start != k + 2 or place.type not in _PLACE or place.label == "NORP":
        return None
    return place


def _town_starting(idx, i: int) -> DocMention | None:
    """The place (a town or region, not a country or a demonym) whose name starts at token ``i``."""
    place = idx.at(i)
    if place is None or place.start != i or place.type != "Location" or place.label == "NORP":
        return None
    return place


def _opening_place(ctx: Context, sent) -> DocMention | None:
    """The place a sentence opens in: "In Kakamega, ..." (a town, not a country)."""
    doc, idx = ctx.doc, ctx.index
    if sent.end - sent.start < 4 or doc[sent.start].lower_ != "in":
        return None
    place = _town_starting(idx, sent.start + 1)
    return place if place is not None and doc[place.end].text == "," else None


def _described_before(ctx: Context, m: DocMention) -> DocMention | None:
    """The place of "A shopkeeper in Kakamega, X, said" / "a farmer from the village of Lugari,
    X,": a word for a person, "in" or "from" a place, then the name set off by commas."""
    doc, idx = ctx.doc, ctx.index
    sent = doc[m.start].sent
    if m.start - 4 < sent.start or doc[m.start - 1].text != ",":
        return None
    if m.end < sent.end and doc[m.end].text not in {",", "."}:
        return None
    place = idx.at(m.start - 2)
    if place is None or place.end != m.start - 1 or place.type != "Location" or place.label == "NORP":
        return None
    k = place.start - 1
    if k - 2 >= sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in SETTLEMENT_NOUNS:
        k -= 2  # "from the village of Lugari"
        if doc[k].lower_ == "the":
            k -= 1
    if k - 1 < sent.start or doc[k].lower_ not in {"in", "from"}:
        return None
    noun = doc[k - 1]
    if not is_person_noun(noun) or lexicon.fold(noun.lemma_) in lexicon.titles():
        return None  # "a farmer in Y" (not "a spokesman in Y": where the employer is)
    j = k - 2
    while j >= sent.start and (
        (doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN", "NUM"}) or doc[j].like_num or doc[j].text == "-"
    ):
        j -= 1  # "a 52-year-old trader"
    return place if j >= sent.start and doc[j].lower_ in {"a", "an", "one"} else None


def _based_in_apposition(ctx: Context, m: DocMention) -> DocMention | None:
    """The place of "X, a Nantes-based researcher," / "X, 41, a Kakamega-based aid worker": a person
    described, in apposition, as based in a town (the description's last word a word for a person)."""
    doc, idx = ctx.doc, ctx.index
    sent_end = doc[m.start].sent.end
    k = m.end
    if k + 4 >= sent_end or doc[k].text != ",":
        return None
    k += 1
    if doc[k].like_num and doc[k + 1].text == ",":
        k += 2  # "X, 41, a ..."
    if k >= sent_end or doc[k].lower_ not in {"a", "an"}:
        return None
    place = _town_starting(idx, k + 1)
    if place is None:
        return None
    j = place.end
    if j + 2 >= sent_end or doc[j].text != "-" or doc[j + 1].lower_ != "based":
        return None
    j += 2
    while j < sent_end and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ"} and j < place.end + 6:
        j += 1
    closed = j >= sent_end or doc[j].text in {",", ".", ";"} or doc[j].lower_ in {"who", "with"}
    return place if j > place.end + 2 and closed and is_person_noun(doc[j - 1]) else None


def _lives_clause_of(m: DocMention, verb) -> bool:
    """Whether a verb of living is said of the person: "X, who lives in Iquique", "X, a trader
    who lives in Y", "X now lives in Iquique" (not "X met his brother, who lives in Iquique")."""
    within = range(m.start, m.end)
    if any(c.dep_ == "nsubj" and c.i in within for c in verb.children):
        return True
    if not any(c.lower_ == "who" for c in verb.children):
        return False
    head = verb.head
    while head.dep_ in {"pobj", "prep"} and head.head.i != head.i:
        head = head.head  # "X, a member of the group's bureau who lives in Y": the apposition's head
    # "Odile Perrichon of Rennes, a retired seamstress who ...": the parser may hang the apposition
    # on the place after the name
    return head.i in within or (head.dep_ == "appos" and m.start <= head.head.i < head.i)


def _from_place(ctx: Context, m: DocMention) -> DocMention | None:
    """The town of "Nicanor Beltran, from Cordoba, was injured" or "X, who is (originally) from Y,":
    "from" a place right after the name's comma, or in a relative clause of being from it."""
    doc, idx = ctx.doc, ctx.index
    sent_end = doc[m.start].sent.end
    k = m.end
    if k + 2 >= sent_end or doc[k].text != ",":
        return None
    k += 1
    if doc[k].lower_ == "who" and k + 1 < sent_end and doc[k + 1].lemma_ in {"be", "come", "hail"}:
        k += 2
        if k < sent_end and doc[k].is_lower and doc[k].pos_ == "ADV":
            k += 1  # "who is originally from"
    if k + 1 >= sent_end or doc[k].lower_ != "from":
        return None
    place = _town_starting(idx, k + 1)
    if place is None:
        return None
    after = doc[place.end].text if place.end < sent_end else "."
    return place if after in {",", ".", ";", "'s", "\u2019s"} else None


def extract_residence(ctx: Context) -> list[Relation]:
    """Where persons live: "Maria Gomez of Lisbon", "a Lisbon resident", "who lives in Oslo"."""
    doc = ctx.doc
    idx = ctx.index
    out: list[Relation] = []

    def add(person: DocMention, place: DocMention, rule: str, first: int, last: int) -> None:
        ev = ctx.evidence(rule, doc[first].idx, doc[last - 1].idx + len(doc[last - 1]), doc[first].sent)
        out.append(Relation("residesIn", person.key, place.key, ev))

    for m in idx.mentions:
        if m.nested or m.type != "Person":
            continue
        sent = doc[m.start].sent
        # "Maria Gomez of Lisbon"
        if m.end + 1 < sent.end and doc[m.end].lower_ == "of" and listed_under_title(ctx, m) is None:
            place = idx.at(m.end + 1)
            if place is not None and place.type == "Country" and place.label == "COUNTRY":
                # "Judge Ana Velsko of Norway": a country after "of" is the person's own, as a
                # nationality (where they live may be elsewhere)
                first, last = m.start, place.end
                ev = ctx.evidence(
                    "nationality.of_country.v1",
                    doc[first].idx,
                    doc[last - 1].idx + len(doc[last - 1]),
                    doc[first].sent,
                )
                out.append(Relation("citizenOf", m.key, place.key, ev))
            elif place is not None and place.type in _PLACE and place.label != "NORP":
                add(m, place, "residence.of_place.v1", m.start, place.end)
        # "Rosalinda Tabuena, 45, of Quezon City," / "Omar Dhuhulow, 32, from Mogadishu,": age, then home
        if (
            m.end + 4 < sent.end
            and doc[m.end].text == ","
            and doc[m.end + 1].like_num
            and doc[m.end + 2].text == ","
            and doc[m.end + 3].lower_ in {"of", "from"}
        ):
            place = idx.at(m.end + 4)
            if place is not None and place.type == "Location" and place.start == m.end + 4:
                add(m, place, "residence.of_place.v1", m.start, place.end)
                # "Ana Velsko, 31, of Halvmark's Vesterbro district": the district too
                inner = idx.at(place.end + 1) if place.end + 1 < sent.end else None
                if (
                    doc[place.end].text in {"'s", "\u2019s"}
                    and inner is not None
                    and inner.type == "Location"
                    and inner.start == place.end + 1
                ):
                    add(m, inner, "residence.of_place.v1", m.start, inner.end)
        # "Nicanor Beltran, from Cordoba," / "X, who is from Y,": the town a person is from
        place = _from_place(ctx, m)
        if place is not None:
            add(m, place, "residence.from_place.v1", m.start, place.end)
        # "London-based analyst Harriet Pybus": where a person is based
        k = m.start - 1
        while k > sent.start and m.start - k <= 3 and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"}:
            k -= 1
        if (
            k < m.start - 1
            and k >= sent.start + 2
            and doc[k].lower_ == "based"
            and doc[k - 1].text == "-"
            and is_person_noun(doc[m.start - 1])  # not "the Rennes-based group X", a body mistyped
        ):
            place = idx.at(k - 2)
            if place is not None and place.type == "Location" and place.end == k - 1:
                add(m, place, "residence.based.v1", place.start, m.end)
        # "Odile Perrichon, a Nantes-based researcher,": the same in apposition
        place = _based_in_apposition(ctx, m)
        if place is not None:
            add(m, place, "residence.based.v1", m.start, place.end + 2)
        # "Lisbon resident Maria Gomez"
        if m.start >= 2 and doc[m.start - 1].lower_ in _RESIDENT_NOUNS:
            place = idx.at(m.start - 2)
            if place is not None and place.type in _PLACE and place.label != "NORP":
                add(m, place, "residence.resident.v1", place.start, m.end)
            elif place is None:
                # "In Kakamega, resident X said": the place the sentence opens in
                place = _opening_place(ctx, sent)
                if place is not None and place.end < m.start:
                    add(m, place, "residence.resident.v1", place.start, m.end)
        # "A shopkeeper in Kakamega, X, said": a person named after a description that places them
        place = _described_before(ctx, m)
        if place is not None:
            add(m, place, "residence.described_before.v1", place.start, m.end)
        # "Maria Gomez, a 42-year-old Trondheim shopkeeper,": a person described by a town and a
        # word for a person, in apposition, lives there
        place = _town_in_description(ctx, m)
        if place is not None:
            add(m, place, "residence.town_occupation.v1", m.start, place.end + 1)
        # "Maria Gomez, a Lisbon resident," / "..., 41, who lives in Trondheim"
        k = m.end
        while k < sent.end and doc[k].text not in {".", ";"} and k < m.end + 16:
            tok = doc[k]
            other = idx.at(k)
            if other is not None and other.type == "Person" and other.key != m.key:
                break  # the clause is another person's
            if (
                tok.lower_ in _RESIDENT_NOUNS
                and k + 2 < sent.end
                and doc[k + 1].lower_ == "of"
                and doc[m.end].text == ","
                and m.end + 1 < k <= m.end + 7
                and doc[m.end + 1].lower_ in {"a", "an"}
                and not any(t.text in {",", "(", ")"} for t in doc[m.end + 1 : k])
            ):
                # "Jane Otieno, a resident of Kisumu,", "..., a 71-year-old resident of Asti,"
                place = idx.at(k + 2)
                if place is not None and place.type in _PLACE and place.label != "NORP":
                    add(m, place, "residence.resident.v1", m.start, place.end)
                    break
            if tok.lower_ in _RESIDENT_NOUNS and k >= 1:
                place = idx.at(k - 1)
                if (
                    place is not None
                    and place.type in _PLACE
                    and place.label != "NORP"
                    and place.start > m.end
                ):
                    add(m, place, "residence.resident.v1", m.start, k + 1)
                    break
            if tok.lemma_.lower() in _LIVE_VERBS and _lives_clause_of(m, tok):
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"in", "near"}:
                        for pobj in prep.children:
                            place = idx.at(pobj.i)
                            # "who has lived in the same flat in the Benfica district"
                            inner = [
                                g
                                for p in pobj.children
                                if p.dep_ == "prep" and p.lower_ == "in"
                                for g in p.children
                            ]
                            if place is None and inner:
                                place = next((idx.at(t.i) for t in inner[0].subtree if idx.at(t.i)), None)
                            if place is not None and place.type in _PLACE:
                                add(m, place, "residence.lives_in.v1", m.start, place.end)
                            elif place is None:
                                # "who lives in the Marseille suburb of La Ciotat"
                                for home in _places_of_home(ctx, pobj):
                                    add(m, home, "residence.lives_in.v1", m.start, home.end)
            if (
                tok.lemma_.lower() in _MOVE_VERBS
                and any(c.lower_ == "who" for c in tok.children)
                and _lives_clause_of(m, tok)
            ):
                # "X, who moved to Groningen in 2010,": where they live now
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"to", "in"}:
                        for pobj in prep.children:
                            for home in _places_of_home(ctx, pobj) if pobj.dep_ == "pobj" else []:
                                add(m, home, "residence.moved_to.v1", m.start, home.end)
            place = _living_in_apposition(ctx, m, k)
            if place is not None:
                add(m, place, "residence.living_in.v1", m.start, place.end)
            # "Moussa Diarra, a herder from Tessalit": what a person is, and the town they are from;
            # "Ana Velsko, 44, a geologist from the nearby village of Tarnby", "X, a taxi driver in
            # Halvmark's Vesterbro district": the noun in apposition to the name says what they are
            apposed = tok.head.dep_ == "appos" and m.start <= tok.head.head.i < m.end
            described = (
                tok.head.pos_ == "NOUN"
                and tok.head.i > m.end
                and (apposed or (is_person_noun(tok.head) and tok.lower_ == "from"))
            )
            if tok.lower_ in {"from", "in"} and doc[m.end].text == "," and described:
                rule = "residence.from_place.v1" if tok.lower_ == "from" else "residence.lives_in.v1"
                for pobj in tok.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for place in _places_of_home(ctx, pobj):
                        add(m, place, rule, m.start, place.end)
            k += 1
    # "Valdes died at his home in Rio de Janeiro", "X's home in Lusaka": where a person's home is
    for tok in doc:
        if tok.lemma_.lower() != "home" or tok.pos_ != "NOUN" or tok.i + 2 >= len(doc):
            continue
        if doc[tok.i + 1].lower_ != "in":
            continue
        place = idx.at(tok.i + 2)
        if place is None or place.type != "Location" or place.start != tok.i + 2:
            continue
        owner_tok = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner_tok is None:
            continue
        owner = idx.at(owner_tok.i)
        key = owner.key if owner is not None else None
        if key is None and owner_tok.lower_ in {"his", "her"}:
            # "At his home in Kumasi, Yaw Mensoh said": a phrase before its clause's subject is
            # about that subject
            ahead = _subject_after(ctx, tok)
            if ahead is not None:
                key = ctx.resolved(owner_tok, ahead, PRONOUN)
            else:
                key = ctx.resolved(owner_tok, idx.antecedent(owner_tok.i, frozenset({"Person"})), PRONOUN)
        if key is not None and key.startswith("Person:"):
            ev = ctx.evidence(
                "residence.home_in.v1",
                doc[owner_tok.i].idx,
                doc[place.end - 1].idx + len(doc[place.end - 1]),
                tok.sent,
            )
            out.append(Relation("residesIn", key, place.key, ev))
    return _dedupe(out)


#: Nouns for a place where people live, whose "of" or possessive names it: "the village of X",
#: "Halvmark's Vesterbro district".
_HOME_PLACE_NOUNS = SETTLEMENT_NOUNS | _PART_NOUNS_OF_PLACES


def _subject_after(ctx: Context, tok) -> str | None:
    """The person who is the subject of the clause a fronted phrase holding ``tok`` opens: "At his
    home in Kumasi, X said", "Speaking from her home in Cork, X said"; None when the phrase is not
    before a comma and the subject."""
    doc, idx = ctx.doc, ctx.index
    sent = tok.sent
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i <= tok.i:
        return None
    # the phrase ends at a comma before the subject, and holds the token
    comma = next((t.i for t in doc[tok.i : subject.i] if t.text == ","), None)
    if comma is None or any(t.text == "," for t in doc[sent.start : tok.i]):
        return None
    m = idx.at(subject.i)
    return m.key if m is not None and m.type == "Person" and m.start > comma else None


def _places_of_home(ctx: Context, pobj) -> list[DocMention]:
    """The places the object of "from" or "in" names: itself ("from Tarnby"), or, when it is a word
    for a place, the names on it ("from Halvmark's Vesterbro district": both; "from the nearby
    village of Tarnby")."""
    idx = ctx.index
    own = idx.at(pobj.i)
    if own is not None:
        return [own] if own.type == "Location" else []
    if pobj.lower_ not in _HOME_PLACE_NOUNS:
        return []
    found = []
    for child in pobj.children:
        if child.dep_ in {"poss", "compound"}:
            found.append(idx.at(child.i))
        elif child.dep_ == "prep" and child.lower_ == "of":
            found.extend(idx.at(g.i) for g in child.children if g.dep_ == "pobj")
    return [p for p in found if p is not None and p.type == "Location"]


def _dedupe(rels: list[Relation]) -> list[Relation]:
    seen: set = set()
    out = []
    for r in rels:
        key = (r.kind, r.subject, r.object, r.evidence.begin)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out
