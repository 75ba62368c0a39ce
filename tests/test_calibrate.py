"""Rule confidences come from measured precision on gold, not from a hand-set table."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.calibrate import PRIOR_WEIGHT, RuleStats, read_table, write_table

ROOT = Path(__file__).resolve().parent.parent


def test_confidence_is_smoothed_precision():
    s = RuleStats("r", right=9, total=10, prior=0.5)
    assert s.precision == 0.9
    assert s.confidence == round((9 + PRIOR_WEIGHT * 0.5) / (10 + PRIOR_WEIGHT), 2)
    assert RuleStats("r", 0, 0, 0.7).confidence == 0.7


def test_no_rule_is_ever_certain_or_hopeless():
    assert RuleStats("r", right=277, total=277, prior=0.9).confidence == 0.99
    assert RuleStats("r", right=0, total=500, prior=0.1).confidence == 0.01


def test_table_round_trip(tmp_path):
    path = tmp_path / "conf.tsv"
    write_table([RuleStats("a.v1", 3, 4, 0.6), RuleStats("b.v1", 0, 2, 0.9)], path)
    table = read_table(path)
    assert set(table) == {"a.v1", "b.v1"} and all(0 <= v <= 1 for v in table.values())
    assert read_table(tmp_path / "missing.tsv") == {}


@pytest.mark.model
def test_calibrate_on_seed_writes_a_table_for_the_rules_that_fired(tmp_path, nlp):
    from kg.evaluation_run import run_eval

    out = tmp_path / "conf.tsv"
    _, text = run_eval([ROOT / "tests/gold/seed"], [ROOT / "seeds"], nlp=nlp, calibrate=out)
    table = read_table(out)
    assert "statement.reported.v1" in table and "position.prenominal.v1" in table
    assert "precision" in text


def test_shipped_table_is_what_the_extractor_uses():
    from kg.extract.context import CALIBRATION_TABLE, calibrated

    assert CALIBRATION_TABLE.exists()
    assert calibrated() == read_table(CALIBRATION_TABLE)
