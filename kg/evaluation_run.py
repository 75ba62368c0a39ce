"""``kg eval``: build each gold article on its own and score it with ``kg.evaluate``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from kg.config import DEFAULT_MODEL
from kg.errors import InputError
from kg.evaluate import EvalReport, evaluate, format_explain, format_table, load_gold, resolve_doc_path
from kg.pipeline import extract_all, graph_of


def run_eval(
    gold_paths: Sequence[Path],
    search_dirs: Sequence[Path],
    model: str = DEFAULT_MODEL,
    explain: bool = False,
    nlp=None,
    calibrate: Path | None = None,
) -> tuple[EvalReport, str]:
    """Score the extractor on gold files; returns the report and its printable table."""
    from kg.read import read_file

    golds = load_gold(list(gold_paths))
    articles = []
    for gold in golds:
        path = resolve_doc_path(gold, list(search_dirs))
        items = list(read_file(path))
        errors = [i for i in items if isinstance(i, InputError)]
        if errors:
            raise errors[0]
        art = items[0]
        articles.append(replace(art, id=Path(gold.doc).stem, date=art.date or gold.date))
    facts = extract_all(articles, model=model, nlp=nlp)
    graphs = {af.article.id: graph_of([af]).union() for af in facts}
    report = evaluate(golds, graphs)
    text = format_table(report)
    if explain:
        text += "\n\n" + format_explain(report)
    if calibrate is not None:
        from kg.calibrate import rule_stats, write_table
        from kg.extract.context import DEFAULT_CONFIDENCE, RULE_CONFIDENCE

        stats = rule_stats(report, graphs, {**RULE_CONFIDENCE, "*": DEFAULT_CONFIDENCE})
        write_table(stats, calibrate)
        lines = [f"{'rule':44} {'right':>5} {'total':>5} {'precision':>9} {'confidence':>10}"]
        lines += [
            f"{s.rule:44} {s.right:5d} {s.total:5d} {s.precision:9.2f} {s.confidence:10.2f}" for s in stats
        ]
        text += "\n\n" + "\n".join(lines) + f"\n\nwrote {calibrate}"
    return report, text
