"""The Python API, and the README's Python example run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.model


def test_build_from_texts_paths_and_export(tmp_path, nlp):
    import kg

    graph = kg.build(
        [
            "Talks in Nairobi\n\nJapan's Foreign Minister Ana Sato met Kenyan President Tom Otieno.",
            ROOT / "seeds" / "xi-cuba-socialism.txt",
        ],
        nlp=nlp,
    )
    assert isinstance(graph, kg.KnowledgeGraph)
    result = graph.query("SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }")
    names = {r["name"] for r in result.records()}
    assert {"Ana Sato", "Tom Otieno", "Xi Jinping"} <= names
    assert graph.validate().conforms
    nxg = graph.to_networkx()
    assert nxg.number_of_nodes() > 10 and nxg.number_of_edges() > 10
    out = graph.export(tmp_path / "g.graphml")
    assert out.exists() and out.read_text().startswith("<?xml")
    assert graph.export(tmp_path / "g.ttl").exists()
    with pytest.raises(ValueError):
        graph.export(tmp_path / "g.unknown")


def test_bound_values_cannot_inject(nlp):
    import kg

    graph = kg.build(["Japan's Foreign Minister Ana Sato met Kenyan President Tom Otieno."], nlp=nlp)
    evil = 'Ana Sato" } . ?s ?p ?o . { "'
    rows = graph.query("SELECT ?p ?name WHERE { ?p rdfs:label ?name }", {"name": evil}).records()
    assert rows == []


def test_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    """The README's example, run as a user would: in a folder that has seeds/."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})  # noqa: S102
    out = capsys.readouterr().out
    assert "Xi Jinping" in out
    assert (tmp_path / "graph.graphml").exists()
