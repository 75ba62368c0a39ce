"""Confidence that means something: each rule's precision measured on the dev gold set.

``kg eval --calibrate`` scores the dev articles, counts for every rule how many of the facts it
produced were right (not listed as spurious), and writes ``kg/data/rule_confidence.tsv``. The
extractor reads that table as each rule's confidence. The estimate is smoothed towards the
rule's prior so that a rule seen twice does not get 0 or 1.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph

from kg.evaluate import EvalReport
from kg.fileio import atomic_write
from kg.vocab import KG

#: Weight of the prior, in facts: with n facts seen, the estimate is (right + k*prior) / (n + k).
PRIOR_WEIGHT = 3.0


@dataclass(frozen=True)
class RuleStats:
    rule: str
    right: int
    total: int
    prior: float

    @property
    def precision(self) -> float:
        return self.right / self.total if self.total else float("nan")

    @property
    def confidence(self) -> float:
        """The smoothed precision, to two places, kept within [0.01, 0.99]: a finite gold set
        never makes a rule certain (277 right out of 277 rounds to 1.00 otherwise)."""
        estimate = (self.right + PRIOR_WEIGHT * self.prior) / (self.total + PRIOR_WEIGHT)
        return min(0.99, max(0.01, round(estimate, 2)))


def _scored_nodes(graph: Graph):
    """Evidence nodes whose facts the evaluation scores, with their rule."""
    for cls in (KG.Position, KG.Assertion, KG.Statement, KG.Event):
        for node in graph.subjects(RDF.type, cls):
            if cls == KG.Event and graph.value(node, KG.target) is None:
                continue  # events without a target make no pair to score
            rule = graph.value(node, KG.rule)
            if rule is not None:
                yield str(node), str(rule)


def rule_stats(
    report: EvalReport, graphs: Mapping[str, Graph], priors: Mapping[str, float]
) -> list[RuleStats]:
    """Per rule, how many of its scored facts were right across the evaluated documents."""
    wrong = {ev.node for doc in report.docs for fact in doc.spurious for ev in fact.evidence}
    right: dict[str, int] = {}
    total: dict[str, int] = {}
    for graph in graphs.values():
        for node, rule in _scored_nodes(graph):
            total[rule] = total.get(rule, 0) + 1
            right[rule] = right.get(rule, 0) + (node not in wrong)
    default = priors.get("*", 0.6)
    return [RuleStats(r, right[r], total[r], priors.get(r, default)) for r in sorted(total)]


def write_table(stats: list[RuleStats], path: str | Path) -> None:
    """Write ``rule_confidence.tsv``: rule, confidence, right, total."""
    with atomic_write(path) as fh:
        fh.write(
            "# Rule confidence measured on tests/gold/dev by `kg eval --calibrate` (do not edit by hand).\n"
        )
        fh.write(f"# confidence = (right + {PRIOR_WEIGHT:g} * prior) / (total + {PRIOR_WEIGHT:g})\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["rule", "confidence", "right", "total"])
        for s in stats:
            writer.writerow([s.rule, f"{s.confidence:.2f}", s.right, s.total])


def read_table(path: str | Path) -> dict[str, float]:
    """rule -> confidence from a table written by ``write_table`` (empty when the file is absent)."""
    path = Path(path)
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        rows = [line for line in fh if line.strip() and not line.startswith("#")]
    return {row["rule"]: float(row["confidence"]) for row in csv.DictReader(rows, delimiter="\t")}
