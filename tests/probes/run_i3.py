"""Run the issue-3 construction probes and print found/missed/spurious counts per construction.

PYTHONPATH=$PWD python tests/probes/run_i3.py [-v] [--module NAME] [construction-prefix]

``--module`` names another probe file beside this one (default ``i3_probes``) that defines
``PROBES`` the same way. A probe's expectations: ``"aff"`` (person, organisation or country),
``"int"`` (actor, target[, "sym"]) and ``"rel"`` (kind, subject, object) with kind one of
``locatedIn``, ``partOf``, ``citizenOf``, ``residesIn``. ``"opt"`` lists facts a reader may or may
not annotate, as ("aff", person, body) or (kind, subject, object): found, they are not spurious;
missed, they are not counted.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import importlib  # noqa: E402

from kg.extract import extract_article  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402


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
        facts = extract_article(Article(id="p", text=text), nlp(text))
        c = counts[cons]
        lines = []
        opt = exp.get("opt", [])

        def optional(kind, s, o, opt=opt, facts=facts):
            return any(k == kind and matches(facts, s, ws) and matches(facts, o, wo) for k, ws, wo in opt)

        if "aff" in exp:
            got = [(p.holder, p.org) for p in facts.positions]
            used = set()
            for person, org in exp["aff"]:
                hit = [g for g in got if matches(facts, g[0], person) and matches(facts, g[1], org)]
                if hit:
                    c[0] += 1
                    used.update(hit)
                else:
                    c[1] += 1
                    lines.append(f"  MISS aff {person} -> {org}")
            for g in set(got) - used:
                if optional("aff", *g):
                    continue
                c[2] += 1
                lines.append(f"  EXTRA aff {label(facts, g[0])} -> {label(facts, g[1])}")
        if "int" in exp:
            got = {(e.actor, e.target): e for e in facts.events if e.target and not e.negated}
            used = set()
            for want in exp["int"]:
                a, t = want[0], want[1]
                sym = len(want) > 2
                hit = [
                    g
                    for g in got
                    if (matches(facts, g[0], a) and matches(facts, g[1], t))
                    or (sym and matches(facts, g[0], t) and matches(facts, g[1], a))
                ]
                if hit:
                    c[0] += 1
                    used.update(hit)
                else:
                    c[1] += 1
                    lines.append(f"  MISS int {a} -> {t}")
            for g in set(got) - used:
                c[2] += 1
                e = got[g]
                a, t = label(facts, g[0]), label(facts, g[1])
                lines.append(f"  EXTRA int {a} -> {t} {e.cameo} {e.evidence.rule}")
        if "rel" in exp:
            got = {(r.kind, r.subject, r.object) for r in facts.relations}
            used = set()
            for kind, subj, obj in exp["rel"]:
                hit = [g for g in got if g[0] == kind and matches(facts, g[1], subj)]
                hit = [g for g in hit if matches(facts, g[2], obj)]
                if hit:
                    c[0] += 1
                    used.update(hit)
                else:
                    c[1] += 1
                    lines.append(f"  MISS rel {kind} {subj} -> {obj}")
            for g in sorted(got - used):
                if optional(*g):
                    continue
                c[2] += 1
                lines.append(f"  EXTRA rel {g[0]} {label(facts, g[1])} -> {label(facts, g[2])}")
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
