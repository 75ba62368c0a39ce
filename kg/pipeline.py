"""The build: inputs -> articles -> spaCy -> records -> entities -> RDF -> SHACL -> exports.

:func:`build` streams: articles are read one at a time, parsed in batches (``nlp.pipe``; with
``workers > 1`` in spaCy's worker processes, or on a Dask cluster with ``dask=True``), and
each article's records are written to the build cache (:mod:`kg.manifest`) as soon as it is
extracted, so no build holds every ``Doc``. Entities are then resolved across the records of
every article (:func:`kg.resolve.resolve`), each article's RDF goes into an on-disk pyoxigraph
store (:class:`kg.store.GraphStore`), the store is checked against ``ontology/shapes.ttl``
(:mod:`kg.shacl`, with pyshacl for reports) and the exports are written from it.

Incremental: an article whose content and pipeline are unchanged since a build into the same
output folder is not parsed again; its cached records are used. Resolution, RDF, SHACL and the
exports are redone from the records of the current inputs, so an incremental build gives
the graph a clean build gives, and the facts of deleted articles go. When nothing the exports
depend on changed (the same articles, settings, formats, code and libraries:
:func:`kg.manifest.exports_digest`) and the exports are as the last build left them, the build
stops after reading the inputs and says so.

Faults: exports are written into a staging folder and moved into place only when every file is
complete, so an error (or Ctrl-C, or a kill) half-way leaves the previous exports untouched; the
next build resumes from the records already cached. An article whose extraction raises is
reported (like an unreadable input) and left out; the rest is built. So is an article whose facts
break a SHACL shape when the node at fault lives in that article's graph alone (an evidence node):
the graph is assembled again without it. Two builds into one folder
at once: the second stops with :class:`~kg.errors.BuildLockedError` (exit code 9).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import RDF, Graph
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import InputError, KgError, ValidationError
from kg.export import registry as _registry
from kg.extract import extract_article
from kg.manifest import (
    BuildLock,
    GraphCache,
    Manifest,
    ManifestEntry,
    RecordCache,
    content_hash,
    default_cache_dir,
    exports_digest,
    fingerprint_key,
    pipeline_fingerprint,
    record_key,
)
from kg.model import Article, ArticleFacts
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.rdf import SUPPORT_QUERY, GraphBuilder, build_graph
from kg.records import dumps_facts, loads_facts
from kg.resolve import resolve
from kg.validate import validate_graph
from kg.vocab import DEFAULT_BASE_IRI, KG

log = logging.getLogger(__name__)

#: Every format by default (kg/export/registry.py lists them); FORMAT_FILES maps each to its output.
DEFAULT_FORMATS = _registry.DEFAULT_FORMATS
FORMAT_FILES = _registry.FORMAT_FILES
#: Formats written straight from the store; the others need an rdflib graph of the whole build.
STORE_FORMATS = ("ttl", "nt", "trig")
#: Formats that other processes write when a build has several (they only read the store); the
#: property-graph formats stay in the build's process, which makes their view once for all.
SIDE_FORMATS = (*STORE_FORMATS, "jsonld")
#: The side formats of a store on disk (TriG reads the build cache's blocks in the build's process).
DISK_SIDE_FORMATS = ("ttl", "nt", "jsonld")
#: Up to this many triples, a graph that fails the fast SHACL check is checked again by pyshacl,
#: whose report the error carries (pyshacl takes about 6 s per 10,000 triples).
PYSHACL_REPORT_LIMIT = 60_000
#: Builds of up to this many articles assemble the graph in memory; larger ones in a store on
#: disk. pyoxigraph's on-disk store looks up the text of every term it gives back, which makes
#: reading the whole graph about three times slower, and a build reads it once per export; in
#: memory a 1,000-article graph (390,000 triples, each also in its article's named graph) costs
#: about 180 MB more at its peak, so 2,500 articles stay well under a gigabyte.
MEMORY_STORE_MAX_ARTICLES = 2_500
#: Graphs of at least this many triples have their Turtle, N-Triples, TriG and JSON-LD written by
#: other processes while the build validates (starting one costs about a second); see
#: ``export_processes`` of :func:`build`.
PARALLEL_EXPORT_MIN_TRIPLES = 50_000
#: How many times a build leaves out the articles whose facts break a shape and checks again.
MAX_VALIDATION_ROUNDS = 3
#: With this many violations or more (the check stops counting there), no article is blamed.
VIOLATION_LIMIT = 1000
#: The spaCy component that extracts each article's records inside ``nlp.pipe`` (in the worker
#: processes when there are several) and hands on a small Doc carrying them.
EXTRACT_COMPONENT = "kg_extract_records"
_RECORD = "kg_record"
_ERROR = "kg_error"


@dataclass
class BuildResult:
    """What a build produced, for the summary line and for callers.

    ``extracted`` articles were parsed by this build, ``reused`` came from the cache and
    ``removed`` were in the previous build but are not in the inputs any more. ``timings``
    holds the seconds of each stage (``extract``, ``resolve``, ``rdf``, ``validate``,
    ``export:ttl``, ...).
    """

    articles: int = 0
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    events: int = 0
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    graph: Graph | None = None
    extracted: int = 0
    reused: int = 0
    removed: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    cache_dir: Path | None = None
    #: True when nothing changed since the last build and its exports were left as they were.
    unchanged: bool = False

    def summary(self) -> str:
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"
        rels = ", ".join(f"{k} {v}" for k, v in sorted(self.relations.items())) or "none"
        failed = f", {len(self.errors)} input(s) failed" if self.errors else ""
        return (
            f"{self.articles} article(s){failed}; entities: {ents}; relations: {rels}; "
            f"events {self.events}; statements {self.statements}; triples {self.triples}; "
            f"{self.seconds:.1f} s (parsed {self.extracted}, from cache {self.reused}, "
            f"removed {self.removed})"
        )


# -- extraction ---------------------------------------------------------------------------


@Language.component(EXTRACT_COMPONENT, requires=["token.dep", "doc.ents", "doc.sents"])
def extract_records_component(doc: Doc) -> Doc:
    """Extract the records of the article in ``doc._context`` and return a small Doc carrying them.

    Runs last in ``nlp.pipe(..., as_tuples=True)`` with the :class:`~kg.model.Article` as the
    context. The records travel as JSON in ``user_data`` (so spaCy's worker processes send back
    a few kilobytes, not the parse); an exception is caught and handed on as the article's error,
    so one bad article does not stop a batch.
    """
    _die_with_parent()
    article = doc._context
    out = Doc(doc.vocab, words=[])
    out._context = article
    try:
        out.user_data[_RECORD] = dumps_facts(extract_article(article, doc))
    except Exception as err:  # one article's failure must not stop the others
        log.debug("extraction failed on %s:\n%s", getattr(article, "id", "?"), traceback.format_exc())
        out.user_data[_ERROR] = f"{type(err).__name__}: {err}"
    return out


@contextlib.contextmanager
def _with_extractor(nlp: Language) -> Iterator[Language]:
    """The pipeline with :data:`EXTRACT_COMPONENT` last, for the length of the block."""
    added = EXTRACT_COMPONENT not in nlp.pipe_names
    if added:
        nlp.add_pipe(EXTRACT_COMPONENT, last=True)
    try:
        yield nlp
    finally:
        if added and EXTRACT_COMPONENT in nlp.pipe_names:
            nlp.remove_pipe(EXTRACT_COMPONENT)


def extract_records(
    articles: Iterable[Article],
    nlp: Language,
    batch_size: int = 16,
    workers: int = 1,
    finishers: int = 0,
) -> Iterator[tuple[Article, str | None, str | None]]:
    """Parse and extract articles as a stream: ``(article, record JSON, error)`` in input order.

    Parameters
    ----------
    articles:
        Any iterable; read lazily, a batch at a time.
    nlp:
        The loaded pipeline (:func:`kg.nlp.load_pipeline`).
    batch_size:
        Articles per ``nlp.pipe`` batch.
    workers:
        spaCy processes (``n_process``); 1 parses in this process.
    finishers:
        With ``workers`` 1: processes that run kg's components and the extraction on each parsed
        article while this one parses the next (:mod:`kg.split_extract`); 0 does all here.

    Yields
    ------
    tuple
        The article, its records as JSON (:func:`kg.records.dumps_facts`) or None, and the
        error message when extraction failed on it.

    Example
    -------
    >>> nlp = load_pipeline()  # doctest: +SKIP
    >>> [err for _, _, err in extract_records([Article("a", "Kenya met Uganda.")], nlp)]  # doctest: +SKIP
    [None]
    """
    global _PARENT_PID
    _PARENT_PID = os.getpid()
    if workers <= 1 and finishers > 0:
        from kg.split_extract import parse_and_finish

        yield from parse_and_finish(articles, nlp, _records_of, batch_size, finishers)
        return
    with _with_extractor(nlp), _stop_workers_on_interrupt(workers > 1):
        stream = ((a.text, a) for a in articles)
        for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=workers):
            yield article, doc.user_data.get(_RECORD), doc.user_data.get(_ERROR)


def _records_of(article: Article, doc: Doc) -> str:
    return dumps_facts(extract_article(article, doc))


#: The process that runs ``nlp.pipe``; spaCy's worker processes are forked from it.
_PARENT_PID = 0
_ORPHAN_GUARD = False


def _die_with_parent() -> None:
    """In a spaCy worker process: ask Linux to end it when the build process dies (killed, say),
    instead of leaving it blocked forever on a pipe nobody reads."""
    global _ORPHAN_GUARD
    if _ORPHAN_GUARD or os.getpid() == _PARENT_PID or not sys.platform.startswith("linux"):
        return
    _ORPHAN_GUARD = True
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() != _PARENT_PID:  # the parent died before the guard was set
            os.kill(os.getpid(), signal.SIGTERM)


@contextlib.contextmanager
def _stop_workers_on_interrupt(active: bool) -> Iterator[None]:
    """Ctrl-C during a multi-process ``nlp.pipe``: end spaCy's workers first.

    spaCy's clean-up joins its workers; a worker blocked writing a finished batch to its pipe
    never ends when only this process got the SIGINT (``kill -INT``), as each worker also holds
    its siblings' pipes open. Terminating them first lets the build stop at once.
    """
    if (
        not active
        or threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        import gc
        import multiprocessing
        import multiprocessing.queues

        for child in multiprocessing.active_children():
            child.terminate()
        # spaCy's text queues may hold batches no worker will read now; without this, the
        # interpreter would wait at exit for their feeder threads to deliver them.
        for obj in gc.get_objects():
            if isinstance(obj, multiprocessing.queues.Queue):
                obj.cancel_join_thread()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def extract_all(
    articles: Sequence[Article],
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    progress: bool = False,
    nlp=None,
    workers: int = 1,
) -> list[ArticleFacts]:
    """Parse and extract every article (batched ``nlp.pipe``), in memory; errors propagate."""
    nlp = nlp or load_pipeline(model)
    bar = _progress(len(articles)) if progress else None
    out = []
    if workers > 1:
        for article, record, error in extract_records(articles, nlp, batch_size, workers):
            if error is not None:
                raise KgError(f"{article.path or article.id}: extraction failed: {error}")
            out.append(replace(loads_facts(record), article=article))
            if bar is not None:
                bar.update(1)
    else:
        docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
        for article, doc in zip(articles, docs, strict=True):
            out.append(extract_article(article, doc))
            if bar is not None:
                bar.update(1)
    if bar is not None:
        bar.close()
    return out


def graph_of(
    facts: Iterable[ArticleFacts], base_iri: str = DEFAULT_BASE_IRI, min_confidence: float = 0.0
) -> GraphBuilder:
    """Resolve entities across articles and map everything to RDF."""
    facts = list(facts)
    return build_graph(facts, resolve(facts), base_iri=base_iri, min_confidence=min_confidence)


def iter_articles(inputs: Sequence[str | Path] | str | Path) -> Iterator[Article | InputError]:
    """Read articles one at a time, as :func:`kg.read.read_inputs` does (ids made unique the same way).

    Example
    -------
    >>> [a.id for a in iter_articles(["seeds"]) if isinstance(a, Article)]  # doctest: +SKIP
    ['xi-cuba-socialism']
    """
    from kg.read import iter_input_files, read_file

    taken: set[str] = set()
    for item in iter_input_files(inputs):
        if isinstance(item, InputError):
            yield item
            continue
        for record in read_file(item):
            if isinstance(record, InputError):
                yield record
                continue
            unique = record.id
            n = 2
            while unique in taken:
                unique = f"{record.id}-{n}"
                n += 1
            if unique != record.id:
                log.info("%s: article id %r is already used; using %r", record.path, record.id, unique)
                record = dataclasses.replace(record, id=unique)
            taken.add(unique)
            yield record


# -- the build ----------------------------------------------------------------------------


@dataclass
class _Plan:
    """The articles of this build in input order, what the cache holds, and the counts."""

    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    extracted: int = 0
    reused: int = 0


class _Records:
    """The cached records of a build's articles, read again on every pass (never all in memory)."""

    def __init__(self, cache: RecordCache, entries: dict[str, ManifestEntry]) -> None:
        self.cache = cache
        self.entries = entries

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[ArticleFacts]:
        for _, facts in self.pairs():
            yield facts

    def pairs(self) -> Iterator[tuple[ManifestEntry, ArticleFacts]]:
        for aid, entry in self.entries.items():
            facts = self.cache.get(entry.record)
            if facts is None or facts.article.id != aid:
                raise KgError(
                    f"the cached records of article {aid!r} ({self.cache.path(entry.record)}) went "
                    "missing during the build; run the build again"
                )
            if facts.article.path != entry.path:
                facts.article = replace(facts.article, path=entry.path)
            yield entry, facts


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    base_iri: str = DEFAULT_BASE_IRI,
    formats: Sequence[str] = DEFAULT_FORMATS,
    batch_size: int = 16,
    min_confidence: float = 0.0,
    progress: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    workers: int = 1,
    dask: bool = False,
    scheduler: str | None = None,
    dask_workers: int = 2,
    export_processes: int | None = None,
    extract_processes: int | None = None,
    cache_dir: str | Path | None = None,
    use_cache: bool = True,
    clean: bool = False,
    keep_graph: bool = True,
) -> BuildResult:
    """Build the graph of ``inputs`` into ``out_dir``.

    Bad inputs, and articles whose extraction fails, are reported (``on_error``) and skipped;
    the rest are built. The exports replace the old ones only once they are all complete.

    Parameters
    ----------
    inputs:
        Files and folders (``.txt``, ``.html``, ``.jsonl``).
    out_dir:
        The exports folder; locked for the length of the build (``.kg-build.lock``).
    model, base_iri, formats, batch_size, min_confidence:
        As ``kg build --help`` describes them.
    progress:
        Show a progress bar on a terminal.
    on_error:
        Called with each :class:`~kg.errors.InputError` as it is found.
    workers:
        spaCy processes for parsing and extraction (``nlp.pipe(n_process=workers)``).
    dask:
        Parse and extract on a Dask cluster (:mod:`kg.distributed`): the one at ``scheduler``
        (``tcp://host:8786``), or a local one of ``dask_workers`` processes.
    extract_processes:
        With ``workers`` 1: processes that finish each parsed article (kg's components and the
        extraction) while this one parses the next (:mod:`kg.split_extract`; the records are
        the same). None: one when this process may use another core, else 0.
    export_processes:
        Processes that write Turtle, N-Triples, TriG and JSON-LD while this one validates and
        writes the other formats (graphs of :data:`PARALLEL_EXPORT_MIN_TRIPLES` or more). None:
        one per core this process may use besides its own (0 on a single core: all in this process).
    cache_dir:
        Where records and the manifest are kept; default
        :func:`kg.manifest.default_cache_dir` (``.kg-cache/<name>`` beside ``out_dir``).
    use_cache:
        False: keep the records in a temporary folder removed at the end (no incremental build).
    clean:
        Parse every article again, whatever the cache holds (the cache is then refreshed).
    keep_graph:
        Put the whole graph, as an rdflib Graph, in ``BuildResult.graph`` (off for large builds:
        the CLI does not need it).

    Raises
    ------
    BuildLockedError
        When another build is writing to ``out_dir``.
    ValidationError
        When the graph does not conform to ``ontology/shapes.ttl`` for a reason no single
        article's graph explains (one that does is reported through ``on_error`` and left out).

    Example
    -------
    >>> result = build(["seeds"], "exports")  # doctest: +SKIP
    >>> print(result.summary())  # doctest: +SKIP
    """
    started = time.perf_counter()
    formats = _registry.check_formats(list(formats))
    out = Path(out_dir)
    result = BuildResult()
    with contextlib.ExitStack() as stack:
        stack.enter_context(BuildLock(out))
        if use_cache:
            folder = Path(cache_dir) if cache_dir is not None else default_cache_dir(out)
        else:
            folder = Path(tempfile.mkdtemp(prefix="kg-build-cache-"))
            stack.callback(shutil.rmtree, folder, True)
        cache = RecordCache(folder)
        result.cache_dir = folder
        fingerprint = pipeline_fingerprint(model)
        settings = {"base_iri": base_iri, "min_confidence": min_confidence}
        previous = Manifest.load(cache.manifest_path) if use_cache else None
        if previous is not None and previous.pipeline != fingerprint:
            log.info("the pipeline changed since the last build (%s); parsing every article again", folder)

        def report(err: InputError) -> None:
            result.errors.append(err)
            if on_error:
                on_error(err)

        tick = time.perf_counter()
        plan = _extract(
            inputs,
            cache,
            fingerprint_key(fingerprint),
            report,
            model=model,
            batch_size=batch_size,
            workers=workers,
            finishers=_finishers(extract_processes, workers),
            dask=dask or scheduler is not None,
            scheduler=scheduler,
            dask_workers=dask_workers,
            clean=clean,
            progress=progress,
        )
        result.timings["extract"] = time.perf_counter() - tick
        result.extracted, result.reused = plan.extracted, plan.reused
        if previous is not None:
            result.removed = len(set(previous.articles) - set(plan.entries))
        digest = exports_digest(fingerprint, settings, formats, out, plan.entries)
        unchanged = use_cache and not clean and not keep_graph and previous is not None
        if unchanged and previous.exports_current(digest, out):
            # Nothing the exports depend on changed, and they are as the last build left them.
            _as_before(result, previous, out, report)
            result.seconds = time.perf_counter() - started
            log.info("nothing changed since the last build into %s; its exports are current", out)
            return result
        # An article whose facts break a shape (and only that article's graph holds the node at
        # fault) is reported and left out, and the graph is assembled again without it; what
        # cannot be put down to one article fails the build (ValidationError).
        left_out: set[str] = set()
        errors: list[InputError] = []
        for attempt in range(MAX_VALIDATION_ROUNDS + 1):
            entries = {aid: e for aid, e in plan.entries.items() if aid not in left_out}
            in_memory = len(entries) <= MEMORY_STORE_MAX_ARTICLES
            store, graph_keys = _assemble(
                _Records(cache, entries), folder, base_iri, min_confidence, clean, result, stack, in_memory
            )
            side = export_processes if export_processes is not None else _side_processes()
            if side and len(store) < PARALLEL_EXPORT_MIN_TRIPLES:
                side = 0
            try:
                result.outputs, graph = _validate_and_write(
                    store, out, formats, keep_graph, side, result.timings
                )
            except ArticleViolations as bad:
                if attempt == MAX_VALIDATION_ROUNDS:
                    raise ValidationError(bad.report) from None
                for aid, messages in sorted(bad.articles.items()):
                    left_out.add(aid)
                    where = entries[aid].path or aid
                    detail = f" (article {aid!r})" if entries[aid].path else ""
                    shown = "; ".join(messages[:3])
                    if len(messages) > 3:
                        shown += f"; and {len(messages) - 3} more"
                    report(
                        InputError(
                            where,
                            f"its facts do not conform to the ontology's shapes{detail}: {shown}; "
                            "the article was left out",
                        )
                    )
                errors.extend(result.errors[-len(bad.articles) :])
                store.close()
                _drop_store(store, folder / "store")
                continue
            break
        result.warnings = list(dict.fromkeys(result.warnings))
        result.articles = len(plan.entries) - len(left_out)
        _count(result, store)
        result.graph = graph if keep_graph else None

        if use_cache:
            exports = {
                "digest": digest,
                "files": _stat_outputs(out, formats),
                "summary": _summary_of(result),
                "warnings": result.warnings,
                "errors": [[str(e.path), e.message] for e in errors],
            }
            Manifest(fingerprint, settings, plan.entries, exports).save(cache.manifest_path)
            pruned = cache.prune(e.record for e in plan.entries.values())
            pruned += GraphCache(folder).prune(graph_keys)
            if pruned:
                log.info("removed %d cached file(s) no article uses any more", pruned)
    result.seconds = time.perf_counter() - started
    log.info(
        "timings: %s",
        ", ".join(f"{k} {v:.2f} s" for k, v in result.timings.items()) + f"; total {result.seconds:.2f} s",
    )
    return result


#: The code an article's RDF depends on besides its records (the graph cache's key covers it).
_GRAPH_CODE = ("rdf.py", "resolve.py", "vocab.py", "store.py", "records.py", "model.py")


@functools.cache
def _graph_code() -> str:
    digest = hashlib.sha256()
    for name in _GRAPH_CODE:
        digest.update(name.encode() + b"\0" + (Path(__file__).parent / name).read_bytes() + b"\0")
    return digest.hexdigest()


def graph_key(
    record: str, facts: ArticleFacts, resolved: object, base_iri: str, min_confidence: float
) -> str:
    """The graph-cache key of an article: its record key, the settings, the RDF code and the IRI
    path (and merged key) of every entity its records name.

    An unchanged article whose entities resolve as before keeps its key; one whose entity was
    merged differently (another article came or went) gets a new one, and its RDF is made again.
    """
    names: set[str] = set()
    for p in facts.positions:
        names.update((p.holder, p.org))
    for r in facts.relations:
        names.update((r.subject, r.object))
    for e in facts.events:
        names.add(e.actor)
        if e.target is not None:
            names.add(e.target)
    for s in facts.statements:
        names.add(s.speaker)
    for link in facts.links:
        names.add(link.entity)
    paths = resolved.paths
    key_of = getattr(resolved, "key_of", {})
    refs = sorted((k, paths.get(k), key_of.get(k)) for k in names)
    data = json.dumps([record, base_iri, min_confidence, _graph_code(), refs], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:40]


def _normal_base(base_iri: str) -> str:
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def _stat_outputs(out: Path, formats: Sequence[str]) -> dict[str, list[int]]:
    """[size, mtime_ns] of every file the build wrote (a folder format: each file in it)."""
    files: dict[str, list[int]] = {}
    for fmt in formats:
        path = out / FORMAT_FILES[fmt]
        paths = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for item in paths:
            st = item.stat()
            files[item.relative_to(out).as_posix()] = [st.st_size, st.st_mtime_ns]
    return files


def _summary_of(result: BuildResult) -> dict[str, object]:
    return {
        "articles": result.articles,
        "entities": dict(sorted(result.entities.items())),
        "relations": dict(sorted(result.relations.items())),
        "events": result.events,
        "statements": result.statements,
        "triples": result.triples,
    }


def _as_before(
    result: BuildResult, previous: Manifest, out: Path, report: Callable[[InputError], None]
) -> None:
    """Fill ``result`` from the manifest of the build whose exports are still current."""
    summary = previous.exports["summary"]
    result.articles = summary["articles"]
    result.entities = Counter(summary["entities"])
    result.relations = Counter(summary["relations"])
    result.events, result.statements, result.triples = (
        summary["events"],
        summary["statements"],
        summary["triples"],
    )
    result.warnings = list(previous.exports.get("warnings") or [])
    for msg in result.warnings:
        log.warning(msg)
    for path, message in previous.exports.get("errors") or []:
        report(InputError(path, message))
    names = sorted({name.split("/")[0] for name in previous.exports["files"]})
    result.outputs = [out / name for name in names]
    result.graph = None
    result.unchanged = True


def _assemble(
    records: _Records,
    folder: Path,
    base_iri: str,
    min_confidence: float,
    clean: bool,
    result: BuildResult,
    stack: contextlib.ExitStack,
    in_memory: bool = False,
) -> tuple[object, list[str]]:
    """Resolve the entities of ``records`` and map every article into a new store, in memory or
    on disk in ``folder`` (from the graph cache where an article's graph would come out the
    same). Returns the store and the graph-cache keys in use."""
    from kg.store import GraphStore, StoreGraphBuilder, TrigBlocks

    tick = time.perf_counter()
    resolved = resolve(records)
    result.timings["resolve"] = result.timings.get("resolve", 0.0) + time.perf_counter() - tick

    tick = time.perf_counter()
    store_dir = folder / "store"
    store = GraphStore(None if in_memory else store_dir, _normal_base(base_iri))
    stack.callback(_drop_store, store, store_dir)
    builder = StoreGraphBuilder(store, resolved, base_iri, min_confidence)
    builder.add_entities()
    graphs = GraphCache(folder)
    graph_keys = []
    # Each article graph's cache key, by the graph's IRI, for its TriG block (None: two articles'
    # ids make the same IRI, and the graph is theirs together).
    named: dict[str, str | None] = {}
    # The cache files are written by a thread while the next article is mapped (file I/O lets go
    # of the GIL; making a file costs about a millisecond, a tenth of the mapping).
    written: list[Future] = []
    with ThreadPoolExecutor(1, thread_name_prefix="kg-graph-cache") as writer:
        for entry, facts in records.pairs():
            if not facts.entities:
                where = facts.article.path or facts.article.id
                msg = f"{where}: no entities found; the article adds no facts"
                result.warnings.append(msg)
                log.warning(msg)
            key = graph_key(entry.record, facts, resolved, store.base_iri, min_confidence)
            graph_keys.append(key)
            name = builder.article(facts.article.id)[1:-1]
            named[name] = None if name in named else key
            cached = None if clean else graphs.get(key)
            if cached is not None:
                store.add_nquads(cached)
                continue
            store.begin_graph()
            builder.add_article(facts)
            written.append(writer.submit(graphs.put, key, store.end_graph()))
            if len(written) >= 64:
                _wait_all(written)
    store.flush()
    _wait_all(written)
    # how many assertions back each edge, counted once here so queries need not count them
    counts = {
        (row["s"].value, row["p"].value, row["o"].value): (
            int(row["evidence"].value),
            int(row["articles"].value),
        )
        for row in store.query(SUPPORT_QUERY)
    }
    builder.add_supports(counts)
    store.flush()
    store.trig_blocks = TrigBlocks(graphs, named, reuse=not clean)
    result.timings["rdf"] = result.timings.get("rdf", 0.0) + time.perf_counter() - tick
    return store, graph_keys


def _finishers(extract_processes: int | None, workers: int) -> int:
    """Processes that finish parsed articles beside a build's one spaCy process (none when spaCy
    runs several: they take the cores)."""
    if workers > 1:
        return 0
    if extract_processes is not None:
        return extract_processes
    from kg.split_extract import cores_free

    return min(1, cores_free())


def _side_processes() -> int:
    """How many processes write exports beside the build by default: one for each core this
    process may use besides its own (at most one per side format), none on a single core. By the
    time the graph is written the parse is over, so those cores are idle; the build's own process
    validates and writes the other formats meanwhile. (Measured on 2 cores, 1,000 articles:
    graph, check and exports 23.9 s in one process, 16.9 s with one side process, 18.0 s with two.)"""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(cores - 1, len(SIDE_FORMATS))


def _wait_all(futures: list[Future]) -> None:
    """Wait for each of ``futures`` (raising the first error) and empty the list."""
    for future in futures:
        future.result()
    futures.clear()


def _drop_store(store: object, folder: Path) -> None:
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


def _extract(
    inputs: Sequence[str | Path],
    cache: RecordCache,
    pipeline: str,
    report: Callable[[InputError], None],
    *,
    model: str,
    batch_size: int,
    workers: int,
    finishers: int,
    dask: bool,
    scheduler: str | None,
    dask_workers: int,
    clean: bool,
    progress: bool,
) -> _Plan:
    """Read the inputs; parse and extract the articles the cache lacks, caching each as it finishes."""
    plan = _Plan()
    keys: dict[str, str] = {}

    def missing() -> Iterator[Article]:
        for item in iter_articles(inputs):
            if isinstance(item, InputError):
                report(item)
                continue
            digest = content_hash(item)
            key = record_key(digest, pipeline)
            plan.entries[item.id] = ManifestEntry(digest, key, item.path)
            if not clean and _cached(cache, key, item.id, digest):
                plan.reused += 1
                continue
            keys[item.id] = key
            yield item

    bar = _progress(None) if progress else None
    if dask:
        from kg.distributed import extract_records_dask

        results = extract_records_dask(
            missing(),
            model=model,
            batch_size=batch_size,
            scheduler=scheduler,
            n_workers=dask_workers,
            pipeline=pipeline,
        )
    else:
        results = _local_results(missing(), model, batch_size, workers, finishers)
    for article, record, error in results:
        key = keys.pop(article.id)
        if error is not None or record is None:
            plan.entries.pop(article.id, None)
            where = article.path or article.id
            detail = f" (article {article.id!r})" if article.path else ""
            report(InputError(where, f"extraction failed{detail}: {error}; the article was left out"))
            continue
        cache.put_text(key, record)
        plan.extracted += 1
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return plan


def _local_results(
    articles: Iterator[Article], model: str, batch_size: int, workers: int, finishers: int = 0
) -> Iterator[tuple[Article, str | None, str | None]]:
    """Load the pipeline only when there is an article to parse (a build from cache needs none)."""
    first = next(articles, None)
    if first is None:
        return
    nlp = load_pipeline(model)

    def again() -> Iterator[Article]:
        yield first
        yield from articles

    yield from extract_records(
        again(), nlp, batch_size=batch_size, workers=max(1, workers), finishers=finishers
    )


def _cached(cache: RecordCache, key: str, article_id: str, digest: str) -> bool:
    """Whether the cache has a readable record of this very article."""
    facts = cache.get(key)
    return facts is not None and facts.article.id == article_id and content_hash(facts.article) == digest


def _validate(store: object) -> Graph | None:
    """Check the store against ``ontology/shapes.ttl``; raise ValidationError if it does not conform.

    The SPARQL check (:mod:`kg.shacl`) decides; when it finds violations in a graph small enough,
    pyshacl writes the report (and has the last word). Returns the rdflib graph when one was made.
    """
    from kg.shacl import Unsupported, check_store

    try:
        fast = check_store(store)
    except Unsupported as err:
        log.info("the shapes use %s, which the SPARQL check lacks; validating with pyshacl", err)
        graph = store.to_rdflib()
        check = validate_graph(graph)
        if not check.conforms:
            raise ValidationError(check.report) from None
        return graph
    if fast.conforms:
        return None
    report = fast.report()
    if len(store) <= PYSHACL_REPORT_LIMIT:
        graph = store.to_rdflib()
        check = validate_graph(graph)
        if check.conforms:
            log.warning("pyshacl finds the graph conforms, the SPARQL check did not:\n%s", report)
            return graph
        report = check.report
    articles = _articles_at_fault(store, fast.violations) if len(fast.violations) < VIOLATION_LIMIT else None
    if articles:
        raise ArticleViolations(articles, report)
    raise ValidationError(report)


class ArticleViolations(KgError):
    """The graph does not conform, and each node at fault is described by one article's graph only.

    ``articles`` maps each such article's id to the messages of its violations.
    """

    def __init__(self, articles: dict[str, list[str]], report: str) -> None:
        super().__init__(report)
        self.articles = articles
        self.report = report


#: How many article graphs holding an entity are checked one by one for a violation on it.
FAULT_CANDIDATES = 200


def _articles_at_fault(store: object, violations: Sequence[object]) -> dict[str, list[str]] | None:
    """The article at fault for every violation: the one article graph in which the focus node is
    a subject (evidence nodes are), or, for a node several articles describe (an entity), the
    article whose graph alone, with the entities', breaks the shape on it ("an interaction must
    point to an actor": the article that pointed it at a place). None when some violation is no
    single article's doing, or its node is not an IRI: the fault is then the build's."""
    articles: dict[str, list[str]] = {}
    for violation in violations:
        focus = violation.focus
        if not focus.startswith(("http://", "https://", "urn:")) or any(c in focus for c in '<>"{}|^`\\ '):
            return None
        # The named graphs holding the node as a subject, and whether each is an article's.
        rows = list(
            store.query(
                f"SELECT DISTINCT ?g ?id WHERE {{ GRAPH ?g {{ <{focus}> ?p ?o }} "
                f"OPTIONAL {{ ?g <{KG.articleId}> ?id }} }} LIMIT 2"
            )
        )
        if len(rows) == 1 and rows[0]["id"] is not None:
            article = rows[0]["id"].value
        else:
            article = _article_breaking(store, focus, violation.shape)
            if article is None:
                return None
        message = violation.message or f"violates {violation.shape}"
        articles.setdefault(article, []).append(f"{focus}: {message}")
    return articles


def _article_breaking(store: object, focus: str, shape: str) -> str | None:
    """The one article whose graph, checked alone with the graphs that are no article's (the
    entities), breaks ``shape`` on ``focus``; None when none or several do. (Checked alone, a graph
    breaks other shapes too, such as an entity's articles being typed: only ``shape`` counts.)"""
    import pyoxigraph as ox

    from kg.shacl import check_store

    articles = {
        row["g"].value: row["id"].value
        for row in store.query(
            f"SELECT DISTINCT ?g ?id WHERE {{ GRAPH ?g {{ <{focus}> ?p ?o }} ?g <{KG.articleId}> ?id }} "
            f"ORDER BY ?g LIMIT {FAULT_CANDIDATES + 1}"
        )
    }
    if not articles or len(articles) > FAULT_CANDIDATES:
        return None
    every_article = {row["g"].value for row in store.query(f"SELECT ?g WHERE {{ ?g <{KG.articleId}> ?id }}")}
    graphs = [g for g in store.store.named_graphs() if isinstance(g, ox.NamedNode)]
    default = ox.DefaultGraph()
    shared = [
        ox.Quad(q.subject, q.predicate, q.object, default)
        for g in graphs
        if g.value not in every_article
        for q in store.store.quads_for_pattern(None, None, None, g)
    ]
    found = []
    for graph, article in articles.items():
        alone = ox.Store()
        alone.extend(shared)
        alone.extend(
            ox.Quad(q.subject, q.predicate, q.object, default)
            for q in store.store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        )
        if any(v.focus == focus and v.shape == shape for v in check_store(alone).violations):
            found.append(article)
    return found[0] if len(found) == 1 else None


def _validate_and_write(
    store: object,
    out_dir: Path,
    formats: Sequence[str],
    keep_graph: bool,
    processes: int,
    timings: dict[str, float],
) -> tuple[list[Path], Graph | None]:
    """Validate the store and write each format into a staging folder; move them all into place
    only when the graph conforms and every file is complete.

    With ``processes`` > 0, Turtle, N-Triples, TriG and JSON-LD are written by that many other
    processes while this one validates and writes the others: forked, for a store in memory; for
    one on disk, spawned, each opening it read-only, and TriG is written here while the SPARQL
    check runs there too (when it finds the graph does not conform, this process checks again
    and reports).
    Returns the outputs and the rdflib graph, if one was made.
    """
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from kg.store import check_from_disk, share_with_forks, write_from_disk, write_inherited

    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out_dir))
    pool = None
    try:
        jobs = {}
        # A store in memory is inherited by forked processes (copy-on-write); they only read it.
        # A store on disk is opened read-only by spawned ones (a RocksDB handle does not survive a
        # fork); TriG, which reads the build cache's blocks, stays here.
        on_disk = store.path is not None
        if on_disk:
            # The store was filled by bulk loads, which leave many unmerged files behind: merged
            # once, every read that follows (the check, each export) seeks one file per level.
            tick = time.perf_counter()
            store.flush()
            store.store.optimize()
            timings["optimize store"] = time.perf_counter() - tick
        side = (
            [f for f in formats if f in (DISK_SIDE_FORMATS if on_disk else SIDE_FORMATS)] if processes else []
        )
        check = None
        if side and on_disk:
            reader = store.reader()
            pool = ProcessPoolExecutor(min(len(side), processes), mp_context=get_context("spawn"))
            # The SPARQL check runs there too, first, while this process writes its formats into
            # the staging folder; nothing is moved into place unless the graph conforms.
            check = pool.submit(check_from_disk, reader)
            for fmt in side:
                jobs[fmt] = pool.submit(write_from_disk, reader, fmt, str(staging / FORMAT_FILES[fmt]))
        elif side:
            store.flush()
            share_with_forks(store)
            pool = ProcessPoolExecutor(min(len(side), processes), mp_context=get_context("fork"))
            for fmt in side:
                jobs[fmt] = pool.submit(write_inherited, fmt, str(staging / FORMAT_FILES[fmt]))
        graph = None
        if check is None:
            tick = time.perf_counter()
            graph = _validate(store)
            timings["validate"] = time.perf_counter() - tick
        if graph is None and (keep_graph or any(f not in STORE_FORMATS and f not in jobs for f in formats)):
            tick = time.perf_counter()
            # A caller that keeps the graph gets a copy; the exports read the store itself.
            graph = store.to_rdflib() if keep_graph else store.rdflib_view()
            timings["rdflib graph"] = time.perf_counter() - tick
        source = _registry.Source(graph, None, store.base_iri) if graph is not None else None
        for fmt in formats:
            if fmt in jobs:
                continue
            tick = time.perf_counter()
            if fmt in STORE_FORMATS:
                store.write(fmt, staging / FORMAT_FILES[fmt])
            else:
                _registry.write_format(fmt, source, staging / FORMAT_FILES[fmt])
            timings[f"export:{fmt}"] = time.perf_counter() - tick
        if check is not None:
            conforms, timings["validate (side process)"] = check.result()
            if not conforms:
                # what is wrong, and which articles broke it, found and reported here
                tick = time.perf_counter()
                graph = _validate(store) or graph
                timings["validate"] = time.perf_counter() - tick
        for fmt, job in jobs.items():
            timings[f"export:{fmt} (side process)"] = job.result()
        written = [FORMAT_FILES[f] for f in formats]
        for name in written:
            _registry.replace_path(staging / name, out_dir / name)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
            share_with_forks(None)
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / name for name in written], graph


def write_exports(builder: GraphBuilder, graph: Graph, out_dir: Path, formats: Sequence[str]) -> list[Path]:
    """Write every requested format of an in-memory build into a staging folder, then move them all
    into place. The formats come from :mod:`kg.export.registry`; TriG takes the build's own named graphs.
    """
    formats = _registry.check_formats(list(formats))
    source = _registry.Source(graph, builder.ds, str(builder.base))
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out_dir))
    written = []
    try:
        for fmt in formats:
            name = FORMAT_FILES[fmt]
            _registry.write_format(fmt, source, staging / name)
            written.append(name)
        for name in written:
            _registry.replace_path(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [out_dir / name for name in written]


def with_dates(articles: Sequence[Article], dates: dict[str, str]) -> list[Article]:
    return [replace(a, date=a.date or dates.get(a.id)) for a in articles]


_ENTITY_CLASSES = {
    "Person": KG.Person,
    "Organisation": KG.Organisation,
    "Country": KG.Country,
    "Location": KG.Location,
}
_DIRECT = [
    KG.holdsPositionIn,
    KG.leads,
    KG.memberOf,
    KG.worksFor,
    KG.founded,
    KG.locatedIn,
    KG.partOf,
    KG.citizenOf,
    KG.residesIn,
    KG.interactsWith,
]


def _count(result: BuildResult, store: object) -> None:
    """The summary's counts, by SPARQL over the store."""

    def number(query: str) -> int:
        (row,) = store.query(query)
        return int(row["n"].value)

    def instances(cls: object) -> int:
        return number(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{RDF.type}> <{cls}> }}")

    for name, cls in _ENTITY_CLASSES.items():
        n = instances(cls)
        if n:
            result.entities[name] = n
    for prop in _DIRECT:
        n = number(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s <{prop}> ?o }} }}")
        if n:
            result.relations[prop.split("#")[-1]] = n
    result.events = instances(KG.Event)
    result.statements = instances(KG.Statement)
    result.triples = len(store)


def _progress(total: int | None):
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="kg build", leave=False)
