"""Parse in this process, finish each article in another: a two-stage pipe for a build that parses
in one spaCy process on a machine with a core to spare.

``nlp.pipe`` in one process keeps one core busy; kg's own components (the attribute ruler and
lemmatizer stand-ins, the entity repair) and the extraction rules are about a fifth of its time.
Here this process runs the model's components (tokenizer, tagger, parser, NER) and the ones the
parser and NER need before them, and hands each parsed ``Doc`` (``Doc.to_bytes``, no tensor) to a
process forked from it, which runs the rest of the pipeline and the extractor and sends back the
article's records as JSON, while this one parses the next articles. The records are the same
bytes as in one process (``tests/test_split_extract.py`` checks it); only the wall time changes.

A component moves to the other process only when nothing left in this one reads what it writes:
the lemmatizer and attribute ruler (only kg reads lemmas and their token attributes; the NER and
the country ruler read token texts) and the entity repair (the last component). A pipeline with
other components after them keeps those in this process (:func:`moved_components`).

Faults: an exception while finishing an article is that article's error, as in one process. A
finishing process that dies (killed, out of memory) is replaced; the articles it held are tried
again one at a time in a new one, and the one it dies on again is reported as failed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

from spacy.language import Language
from spacy.tokens import Doc

from kg.model import Article

log = logging.getLogger(__name__)

#: Components that may run after the parse in the finishing process (kg's and spaCy's names).
MOVABLE = frozenset(
    {"kg_attribute_ruler", "kg_lemmatizer", "attribute_ruler", "lemmatizer", "kg_entity_repair"}
)
#: Components known to read none of what the movable ones write (token texts and entities only).
READS_NO_LEMMAS = frozenset({"ner", "kg_country_ruler"})
#: Articles handed over and not yet taken back, per finishing process (bounds the bytes in flight).
IN_FLIGHT = 32

# What the finishing process runs, set in this process before it is forked (inherited).
_NLP: Language | None = None
_MOVED: tuple[str, ...] = ()
_FINISH: Callable[[Article, Doc], str] | None = None


def moved_components(pipe_names: Sequence[str]) -> tuple[str, ...]:
    """The components, in pipeline order, that can run in the finishing process: movable ones after
    which this process runs only components that do not read their output.

    Example
    -------
    >>> moved_components(["tok2vec", "tagger", "parser", "kg_lemmatizer", "ner", "kg_entity_repair"])
    ('kg_lemmatizer', 'kg_entity_repair')
    >>> moved_components(["tagger", "lemmatizer", "custom", "kg_entity_repair"])
    ('kg_entity_repair',)
    """
    moved = []
    for i, name in enumerate(pipe_names):
        later = pipe_names[i + 1 :]
        if name in MOVABLE and all(n in MOVABLE or n in READS_NO_LEMMAS for n in later):
            moved.append(name)
    return tuple(moved)


def _start_finisher() -> None:
    """In the finishing process: Ctrl-C is the build's to handle (it shuts this process down), and
    Linux ends this process when the build's dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _finish(data: bytes, article: Article) -> tuple[str | None, str | None]:
    """In the finishing process: the rest of the pipeline and the extraction of one parsed article."""
    try:
        doc = Doc(_NLP.vocab).from_bytes(data)
        for name in _MOVED:
            doc = _NLP.get_pipe(name)(doc)
        return _FINISH(article, doc), None
    except Exception as err:  # one article's failure must not stop the others
        log.debug("extraction failed on %s:\n%s", getattr(article, "id", "?"), traceback.format_exc())
        return None, f"{type(err).__name__}: {err}"


def parse_and_finish(
    articles: Iterable[Article],
    nlp: Language,
    finish: Callable[[Article, Doc], str],
    batch_size: int = 16,
    processes: int = 1,
) -> Iterator[tuple[Article, str | None, str | None]]:
    """``(article, record JSON, error)`` of each article in input order: parsed here, finished
    (the moved components, then ``finish(article, doc)``) in ``processes`` forked processes.

    Example
    -------
    >>> from kg.records import dumps_facts  # doctest: +SKIP
    >>> from kg.extract import extract_article  # doctest: +SKIP
    >>> finish = lambda a, d: dumps_facts(extract_article(a, d))  # doctest: +SKIP
    >>> articles = [Article("a", "Kenya met Uganda.")]  # doctest: +SKIP
    >>> [e for _, _, e in parse_and_finish(articles, nlp, finish)]  # doctest: +SKIP
    [None]
    """
    global _NLP, _MOVED, _FINISH
    moved = moved_components(nlp.pipe_names)
    _NLP, _MOVED, _FINISH = nlp, moved, finish
    log.info("parsing here, finishing in %d process(es): %s and the extraction", processes, ", ".join(moved))
    pool = _new_pool(processes)
    pending: deque[tuple[Article, bytes, Future]] = deque()
    limit = IN_FLIGHT * processes
    try:
        with nlp.select_pipes(disable=list(moved)):
            stream = ((a.text, a) for a in articles)
            for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
                data = doc.to_bytes(exclude=["tensor"])
                try:
                    future = pool.submit(_finish, data, article)
                except BrokenProcessPool:
                    future = _broken()
                pending.append((article, data, future))
                while pending and (len(pending) > limit or pending[0][2].done()):
                    pool, results = _take(pending, pool, processes)
                    yield from results
        while pending:
            pool, results = _take(pending, pool, processes)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _NLP, _MOVED, _FINISH = None, (), None


def _new_pool(processes: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(processes, mp_context=get_context("fork"), initializer=_start_finisher)


def _broken() -> Future:
    future: Future = Future()
    future.set_exception(BrokenProcessPool("the finishing process died"))
    return future


def _take(
    pending: deque[tuple[Article, bytes, Future]], pool: ProcessPoolExecutor, processes: int
) -> tuple[ProcessPoolExecutor, list[tuple[Article, str | None, str | None]]]:
    """The result of the first article handed over; if its process died, every article in flight
    is tried again one at a time in a new pool (the one it dies on again fails)."""
    article, _data, future = pending[0]
    try:
        record, error = future.result()
    except BrokenProcessPool:
        log.warning("a finishing process died; trying its %d article(s) again, one at a time", len(pending))
        pool.shutdown(wait=False, cancel_futures=True)
        results = []
        while pending:
            article, data, _ = pending.popleft()
            pool = _new_pool(processes)
            try:
                record, error = pool.submit(_finish, data, article).result()
            except BrokenProcessPool:
                record, error = None, "the extraction process died on it"
                pool.shutdown(wait=False, cancel_futures=True)
            else:
                pool.shutdown(wait=True)
            results.append((article, record, error))
        return _new_pool(processes), results
    pending.popleft()
    return pool, [(article, record, error)]


def cores_free() -> int:
    """Cores this process may use besides its own."""
    try:
        return len(os.sched_getaffinity(0)) - 1
    except AttributeError:  # not on Linux
        return (os.cpu_count() or 1) - 1
