"""Parsing and extraction on a Dask cluster (``dask.distributed``): ``kg build --dask``.

The driver (the ``kg build`` process) reads the articles, cuts the ones to parse into
partitions and sends each partition to the cluster as one task. A worker loads the spaCy
pipeline once (:class:`PipelinePlugin` when it joins, or on its first task) and turns a
partition into per-article records (JSON, :mod:`kg.records`), which it returns. The driver
caches each record as it arrives and then, as in any build, resolves entities, maps to RDF,
validates and writes the exports. Only the parsing and extraction, which are most of a build's
time, run on the cluster.

Without a scheduler address, a :class:`distributed.LocalCluster` of ``n_workers`` processes
(one thread each) is started on 127.0.0.1 and stopped at the end. With one (``tcp://host:8786``)
the build uses that cluster; its workers must have kg and the spaCy model installed, in the
same versions as the driver (each task reports its pipeline fingerprint, and the build stops
if one differs). See docs/scale.md.

Example
-------
>>> from kg.model import Article
>>> records = extract_records_dask([Article("a", "Kenya met Uganda.")], n_workers=2)  # doctest: +SKIP
>>> [(a.id, err) for a, _, err in records]  # doctest: +SKIP
[('a', None)]
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from kg.config import DEFAULT_MODEL
from kg.errors import KgError
from kg.model import Article

__all__ = ["PipelinePlugin", "extract_partition", "extract_records_dask"]

log = logging.getLogger(__name__)

#: Loaded pipelines of this (worker) process, by model name.
_PIPELINES: dict[str, Any] = {}
_FINGERPRINTS: dict[str, str] = {}


def _pipeline(model: str) -> Any:
    nlp = _PIPELINES.get(model)
    if nlp is None:
        from kg.nlp import load_pipeline

        nlp = _PIPELINES[model] = load_pipeline(model)
        log.info("loaded spaCy pipeline %s", model)
    return nlp


def _fingerprint(model: str) -> str:
    found = _FINGERPRINTS.get(model)
    if found is None:
        from kg.manifest import fingerprint_key, pipeline_fingerprint

        found = _FINGERPRINTS[model] = fingerprint_key(pipeline_fingerprint(model))
    return found


try:
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPluginBase
except ImportError:  # dask is optional; without it only the local modes exist
    _WorkerPluginBase = object


class PipelinePlugin(_WorkerPluginBase):
    """Loads the spaCy pipeline once in each worker, when it joins the cluster.

    Parameters
    ----------
    model:
        The installed spaCy pipeline to load.
    """

    name = "kg-spacy-pipeline"

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model

    def setup(self, worker: object) -> None:
        _pipeline(self.model)
        _fingerprint(self.model)


def extract_partition(
    articles: list[Article], model: str = DEFAULT_MODEL, batch_size: int = 16
) -> tuple[str, list[tuple[str, str | None, str | None]]]:
    """Run on a worker: parse and extract a partition of articles.

    Returns
    -------
    tuple
        The worker's pipeline fingerprint (:func:`kg.manifest.fingerprint_key`) and, per
        article in order, ``(article id, record JSON or None, error or None)``.
    """
    from kg.pipeline import extract_records

    nlp = _pipeline(model)
    rows = [(a.id, record, error) for a, record, error in extract_records(articles, nlp, batch_size)]
    return _fingerprint(model), rows


def _local_settings(model: str) -> dict[str, object]:
    """Dask settings for a local cluster, in force while it runs (its nannies read them each time
    they start a worker, also to replace one that died)."""
    # A task that kills its worker is tried on one more worker only (Dask's default is 3 more):
    # an article that crashes the parser is then reported sooner (see extract_records_dask).
    settings: dict[str, object] = {"distributed.scheduler.allowed-failures": 1}
    if sys.platform.startswith("linux"):
        # A local cluster's workers are forked from this process after it has loaded the pipeline,
        # as spaCy's own worker processes are: each starts with kg, spaCy and the model in memory
        # (shared until written) instead of importing and loading them again (about 4 s of CPU
        # per worker on the benchmark's machine). Elsewhere (macOS) fork is unsafe: spawn.
        _pipeline(model)
        _fingerprint(model)
        settings["distributed.worker.multiprocessing-method"] = "fork"
    return settings


def _connect(scheduler: str | None, n_workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise KgError("kg build --dask needs dask.distributed: pip install 'dask[distributed]'") from err
    if not log.isEnabledFor(logging.DEBUG):
        # A cluster's comings and goings are not news at kg's -v level.
        for name in ("distributed", "distributed.scheduler", "distributed.core", "distributed.nanny"):
            logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger(name).level))
    if scheduler:
        try:
            return Client(scheduler, timeout=30), None
        except (OSError, TimeoutError) as err:
            raise KgError(
                f"cannot reach the Dask scheduler at {scheduler}: {err}; start one with "
                "'dask scheduler' and workers with 'dask worker ADDRESS'"
            ) from err
    cluster = LocalCluster(
        n_workers=n_workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    try:
        return Client(cluster), cluster
    except BaseException:
        cluster.close()
        raise


def _partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def extract_records_dask(
    articles: Iterable[Article],
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    scheduler: str | None = None,
    n_workers: int = 2,
    pipeline: str | None = None,
    partition_size: int | None = None,
) -> Iterator[tuple[Article, str | None, str | None]]:
    """Parse and extract articles on a Dask cluster; yields ``(article, record, error)`` as partitions finish.

    Parameters
    ----------
    articles:
        Read lazily: only a few partitions per worker are in flight at a time.
    model, batch_size:
        The spaCy pipeline and its batch size, on every worker.
    scheduler:
        A scheduler address (``tcp://host:8786``); None starts a local cluster.
    n_workers:
        Worker processes of the local cluster.
    pipeline:
        The driver's pipeline fingerprint key; every worker's must equal it.
    partition_size:
        Articles per task (default: two batches).

    A partition whose worker dies (killed, out of memory, a crash in native code) is parsed
    again one article per task; an article that kills a worker on its own is yielded with an
    error, and the others are built.

    Raises
    ------
    KgError
        When the scheduler cannot be reached, or a worker runs another pipeline.
    """
    try:
        import dask
    except ImportError as err:
        raise KgError("kg build --dask needs dask.distributed: pip install 'dask[distributed]'") from err
    try:
        from distributed import KilledWorker
    except ImportError:  # moved between versions
        from distributed.scheduler import KilledWorker

    size = partition_size or max(1, 2 * batch_size)
    with dask.config.set({} if scheduler else _local_settings(model)):
        yield from _run(articles, model, batch_size, scheduler, n_workers, pipeline, size, KilledWorker)


def _run(
    articles: Iterable[Article],
    model: str,
    batch_size: int,
    scheduler: str | None,
    n_workers: int,
    pipeline: str | None,
    size: int,
    killed: type[BaseException],
) -> Iterator[tuple[Article, str | None, str | None]]:
    from distributed import as_completed

    client, cluster = _connect(scheduler, n_workers)
    try:
        client.register_plugin(PipelinePlugin(model))
        workers = max(1, len(client.scheduler_info().get("workers", {})) or n_workers)
        parts = _partitions(articles, size)
        by_future: dict[Any, list[Article]] = {}
        queue = as_completed()

        def submit() -> bool:
            part = next(parts, None)
            if part is None:
                return False
            future = client.submit(extract_partition, part, model, batch_size, pure=False)
            by_future[future] = part
            queue.add(future)
            return True

        for _ in range(2 * workers):
            if not submit():
                break

        def submit_each(part: list[Article]) -> None:
            for article in part:
                future = client.submit(extract_partition, [article], model, batch_size, pure=False)
                by_future[future] = [article]
                queue.add(future)

        for future in queue:
            part = by_future.pop(future)
            try:
                fingerprint, rows = future.result()
            except killed as err:
                if len(part) > 1:
                    # One article may kill any worker that parses it: try each on its own, so the
                    # others are built and only that one is reported.
                    log.warning(
                        "a Dask worker died on a partition of %d articles; parsing each on its own", len(part)
                    )
                    submit_each(part)
                    continue
                yield part[0], None, f"a Dask worker died while parsing it ({err})"
                submit()
                continue
            if pipeline is not None and fingerprint != pipeline:
                raise KgError(
                    "a Dask worker runs another kg, spaCy, model or extraction code than this "
                    "build; install the same versions on every worker"
                )
            by_id = {a.id: a for a in part}
            for article_id, record, error in rows:
                yield by_id[article_id], record, error
            submit()
    finally:
        with contextlib.suppress(Exception):
            client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()
