from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline (default model + kg components), loaded once per test session."""
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """Run the extractor on one text; returns (ArticleFacts, names) where names maps keys to labels."""
    from kg.extract import extract_article
    from kg.model import Article

    def run(text: str, date: str | None = None):
        article = Article(id="t", text=text, date=date)
        facts = extract_article(article, nlp(text))
        return facts

    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One build of seeds/ into a temporary folder, shared by the end-to-end tests."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    result = build([ROOT / "seeds"], out)
    return result, out
