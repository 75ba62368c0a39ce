"""Run the issue-3 construction probes and print found/missed/spurious counts per construction.

PYTHONPATH=$PWD python tests/probes/run_i3.py [-v] [--module NAME] [construction-prefix]

``--module`` names another probe file beside this one (default ``i3_probes``) that defines
``PROBES`` the same way. A probe's expectations: ``"aff"`` (person, organisation or country),
``"int"`` (actor, target[, "sym"]) and ``"rel"`` (kind, subject, object) with kind one of
``locatedIn``, ``partOf``, ``citizenOf``, ``residesIn``; ``"stm"`` (speaker, least number of
statements). ``"opt"`` lists facts a reader may or may not annotate, as ("aff", person, body) or
(kind, subject, object): found, they are not spurious; missed, they are not counted.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import importlib  # noqa: E402

from kg.extract import extract_article  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.read import read_file  # noqa: E402


def as_read(text: str) -> Article:
    """The probe as ``kg build`` reads a ``.txt`` article (:func:`kg.read.read_file`): the first line
    is the title; bylines, photo credits and share footers are cleaned off."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "probe.txt"
        path.write_text(text, encoding="utf-8")
        (article,) = read_file(path)
    # (a probe of one line is all title to the reader: it is the article's text as it stands)
    return article if isinstance(article, Article) else Article(id="p", text=text)


def forms(facts, key):
    ent = facts.entities.get(key)
    if ent is None:
        return {key.lower()}
    return {ent.name.lower(), *(a.lower() for a in ent.aliases)}


def label(facts, key):
    ent = facts.entities.get(key)
    return ent.name if ent else key


def matches(facts, key, want):
    wants = want if isinstance(want, tuple) else (want,)
    got = forms(facts, key)
    return any(w.lower() in got for w in wants)


def tally(c, lines, wants, got, hits, missed, extra, optional=lambda g: False) -> None:
    """Count each wanted fact found (``hits`` gives the facts that match it) or missed, and each fact
    found that nothing wanted (unless ``optional``) as spurious, into ``c``; describe each in ``lines``."""
    used = set()
    for want in wants:
        found = hits(want)
        if found:
            c[0] += 1
            used.update(found)
        else:
            c[1] += 1
            lines.append(f"  MISS {missed(want)}")
    for g in sorted(set(got) - used, key=str):
        if not optional(g):
            c[2] += 1
            lines.append(f"  EXTRA {extra(g)}")


def score(facts, exp: dict) -> tuple[list[int], list[str]]:
    """Found, missed and spurious counts of one probe's facts, and a line on each miss and extra."""
    c = [0, 0, 0]
    lines: list[str] = []
    opt = exp.get("opt", [])

    def optional(kind, s, o):
        return any(k == kind and matches(facts, s, ws) and matches(facts, o, wo) for k, ws, wo in opt)

    if "aff" in exp:
        got = {(p.holder, p.org) for p in facts.positions}
        tally(
            c,
            lines,
            exp["aff"],
            got,
            lambda w: [g for g in got if matches(facts, g[0], w[0]) and matches(facts, g[1], w[1])],
            lambda w: f"aff {w[0]} -> {w[1]}",
            lambda g: f"aff {label(facts, g[0])} -> {label(facts, g[1])}",
            lambda g: optional("aff", *g),
        )
    if "int" in exp:
        events = {(e.actor, e.target): e for e in facts.events if e.target and not e.negated}

        def pairs(w):
            a, t, sym = w[0], w[1], len(w) > 2
            return [
                g
                for g in events
                if (matches(facts, g[0], a) and matches(facts, g[1], t))
                or (sym and matches(facts, g[0], t) and matches(facts, g[1], a))
            ]

        tally(
            c,
            lines,
            exp["int"],
            events,
            pairs,
            lambda w: f"int {w[0]} -> {w[1]}",
            lambda g: (
                f"int {label(facts, g[0])} -> {label(facts, g[1])} "
                f"{events[g].cameo} {events[g].evidence.rule}"
            ),
        )
    if "rel" in exp:
        got = {(r.kind, r.subject, r.object) for r in facts.relations}
        tally(
            c,
            lines,
            exp["rel"],
            got,
            lambda w: [
                g for g in got if g[0] == w[0] and matches(facts, g[1], w[1]) and matches(facts, g[2], w[2])
            ],
            lambda w: f"rel {w[0]} {w[1]} -> {w[2]}",
            lambda g: f"rel {g[0]} {label(facts, g[1])} -> {label(facts, g[2])}",
            lambda g: optional(*g),
        )
    if "stm" in exp:
        said = Counter(st.speaker for st in facts.statements)

        def speakers(w):
            keys = [k for k in said if matches(facts, k, w[0])]
            return keys if sum(said[k] for k in keys) >= w[1] else []

        tally(
            c,
            lines,
            exp["stm"],
            said,
            speakers,
            lambda w: f"stm {w[0]} x{w[1]}",
            lambda k: f"stm {label(facts, k)} x{said[k]}",
        )
    return c, lines


def main() -> None:
    argv = sys.argv[1:]
    module = "i3_probes"
    if "--module" in argv:
        at = argv.index("--module")
        module = argv[at + 1]
        del argv[at : at + 2]
    PROBES = importlib.import_module(module).PROBES  # noqa: N806
    args = [a for a in argv if not a.startswith("-")]
    verbose = "-v" in argv
    prefix = args[0] if args else ""
    nlp = load_pipeline()
    counts = defaultdict(lambda: [0, 0, 0])  # found, missed, spurious
    for cons, text, exp in PROBES:
        if not cons.startswith(prefix):
            continue
        article = as_read(text)
        facts = extract_article(article, nlp(article.text))
        c, lines = score(facts, exp)
        counts[cons] = [x + y for x, y in zip(counts[cons], c, strict=True)]
        if lines and verbose:
            print(f"[{cons}] {text}")
            ents = ", ".join(f"{e.name}/{e.type[:3]}" for e in facts.entities.values())
            print(f"  entities: {ents}")
            print("\n".join(lines))
    tot = [0, 0, 0]
    fam = defaultdict(lambda: [0, 0, 0])
    for cons in sorted(counts):
        f, m, s = counts[cons]
        print(f"{cons:32s} found {f:2d}  missed {m:2d}  spurious {s:2d}")
        for i in range(3):
            tot[i] += counts[cons][i]
            fam[cons.split(".")[0]][i] += counts[cons][i]
    for k, (f, m, s) in sorted(fam.items()):
        p = f / (f + s) if f + s else 0
        r = f / (f + m) if f + m else 0
        print(f"TOTAL {k}: found {f} missed {m} spurious {s}  P {p:.2f} R {r:.2f}")


if __name__ == "__main__":
    main()
