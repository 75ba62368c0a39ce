"""kg's benchmark: throughput against plain spaCy, parallel and Dask builds, scaling, incremental
rebuilds and SPARQL timings, printed as tables and written to ``bench/results.md``.

Every measured mode runs the real command in a fresh process (``kg build ...``, or this script
in a child mode for plain spaCy and for SPARQL), timed by wall clock, with the peak resident
memory of the whole process tree sampled by psutil (or, without psutil, the largest single
process from ``getrusage(RUSAGE_CHILDREN)``). Modes whose flags ``kg build --help`` does not list
are skipped with a "not available" line.

The corpus is made from kg's own gold articles, lightly varied (see ``bench/corpus.py``).

Usage::

    python bench/run.py --quick              # 100 and 1,000 articles (about 13 minutes on 2 cores)
    python bench/run.py                      # 100, 1,000 and 10,000 articles (about 50 minutes)
    python bench/run.py --sizes 100,2000 --no-rdflib
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# bench/ is on sys.path when this file runs as a script; corpus.py is its neighbour.
from corpus import DEFAULT_CACHE, DEFAULT_SEED, edited_ids, ensure_corpus, load_gold

from kg.config import DEFAULT_BATCH_SIZE, DEFAULT_MODEL
from kg.fileio import atomic_write

try:
    import psutil
except ImportError:  # pragma: no cover - psutil is optional
    psutil = None

REPO = Path(__file__).resolve().parent.parent
DEFAULT_RESULTS = REPO / "bench" / "results.md"
DEFAULT_WORK = REPO / "bench" / ".work"
FULL_SIZES = (100, 1000, 10000)
QUICK_SIZES = (100, 1000)
SAMPLE_SECONDS = 0.2
MB = 1024 * 1024

RESULTS_HEADER = (
    "# kg benchmark results\n\nWritten by `python bench/run.py` (see bench/README.md). Each kind of run "
    "(`--quick`, the full one, other `--sizes`) replaces its own block below.\n\n"
)
CORPUS_NOTE = (
    "Corpus: the {count} gold articles of tests/gold/dev and tests/gold/heldout, reused and lightly varied "
    "(invented person names rotated in, numbers, years and days changed, body paragraphs shuffled in "
    "half the copies, a date per article; every text distinct), seed {seed}; see bench/corpus.py."
)


# ---------------------------------------------------------------------------------------------
# Measuring one command
# ---------------------------------------------------------------------------------------------


@dataclass
class Run:
    """One measured process: wall time, peak RSS, exit status and output."""

    label: str
    seconds: float | None = None
    peak_rss: int | None = None
    peak_pss: int | None = None
    returncode: int | None = None
    timed_out: bool = False
    stdout: str = ""
    stderr: str = ""
    skipped: str = ""
    cpu_seconds: float | None = None
    others_cores: float | None = None

    def cores(self) -> float | None:
        """CPU seconds of the command (all its waited-for processes) per wall second."""
        return self.cpu_seconds / self.seconds if self.cpu_seconds is not None and self.seconds else None

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.timed_out and self.returncode == 0

    def status(self) -> str:
        """The word "ok", or why there is no figure (for the tables)."""
        if self.skipped:
            return self.skipped
        if self.timed_out:
            return f"timeout after {self.seconds:.0f} s"
        if self.returncode != 0:
            lines = [line.strip() for line in self.stderr.splitlines() if line.strip()] or ["no output"]
            why = next((line for line in lines if "error" in line.lower()), lines[-1])
            focus = next((line for line in lines if line.startswith("Focus Node:")), "")
            return f"failed (exit {self.returncode}): {why[:160]} {focus[:160]}".rstrip()
        return "ok"


def _tree_memory(proc: psutil.Process) -> tuple[int, int]:
    """Resident memory of a process and all its descendants, in bytes: the sum of their RSS, and
    the sum of their PSS (a page shared by n processes counts 1/n in each, so the pages a forked
    process shares with its parent count once; a process whose PSS the kernel does not tell, such
    as one exiting, counts its RSS). (0, 0) once the process is gone."""
    rss, pss = 0, 0
    with contextlib.suppress(psutil.Error):
        members = [proc, *proc.children(recursive=True)]
        for member in members:
            with contextlib.suppress(psutil.Error):
                own = member.memory_info().rss
                rss += own
                try:
                    pss += member.memory_full_info().pss
                except (AttributeError, psutil.Error):
                    pss += own
    return rss, pss


def _kill_group(proc: subprocess.Popen) -> None:
    """Kill the process group this script started for ``proc`` (its own session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


def measure(label: str, cmd: Sequence[str], timeout: float, cwd: Path | None = None) -> Run:
    """Run ``cmd``, returning wall time, peak RSS of its process tree and its output.

    The command runs in a session of its own, so on timeout the whole group (workers included)
    is killed. With psutil the tree's total RSS is sampled every 0.2 s; without it, a launcher
    child reports ``ru_maxrss`` of the largest process. CPU time comes from
    ``getrusage(RUSAGE_CHILDREN)``; with psutil, the machine's busy time minus the command's own
    gives the cores that other work on the machine took meanwhile (``others_cores``).

    Example
    -------
    >>> measure("true", ["true"], timeout=10).returncode
    0
    """
    import resource

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        out_path, err_path, rss_path = Path(tmp, "out"), Path(tmp, "err"), Path(tmp, "rss")
        own_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        busy_before = _machine_busy()
        argv = list(cmd)
        if psutil is None:
            argv = [sys.executable, str(Path(__file__).resolve()), "--child", "rusage", str(rss_path), *argv]
        peak, peak_pss = 0, 0
        timed_out = False
        with out_path.open("wb") as out, err_path.open("wb") as err:
            started = time.perf_counter()
            proc = subprocess.Popen(argv, stdout=out, stderr=err, cwd=cwd, start_new_session=True)
            watched = psutil.Process(proc.pid) if psutil is not None else None
            while proc.poll() is None:
                if watched is not None:
                    rss, pss = _tree_memory(watched)
                    peak, peak_pss = max(peak, rss), max(peak_pss, pss)
                if time.perf_counter() - started > timeout:
                    timed_out = True
                    _kill_group(proc)
                    break
                time.sleep(SAMPLE_SECONDS)
            proc.wait()
            seconds = time.perf_counter() - started
        own_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        busy_after = _machine_busy()
        cpu = (own_after.ru_utime + own_after.ru_stime) - (own_before.ru_utime + own_before.ru_stime)
        others = None
        if busy_before is not None and busy_after is not None and seconds > 0:
            others = max(0.0, busy_after - busy_before - cpu) / seconds
        if psutil is None and rss_path.exists():
            peak = int(rss_path.read_text()) * 1024
        return Run(
            label,
            seconds,
            peak or None,
            peak_pss or None,
            proc.returncode,
            timed_out,
            out_path.read_text(errors="replace"),
            err_path.read_text(errors="replace"),
            cpu_seconds=cpu,
            others_cores=others,
        )


def _machine_busy() -> float | None:
    """CPU seconds the whole machine has spent busy (all cores, not idle or waiting on I/O)."""
    if psutil is None:
        return None
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def child_rusage(rss_file: str, cmd: Sequence[str]) -> int:
    """Launcher used without psutil: run ``cmd``, write the peak RSS (KiB) of its processes."""
    import resource

    code = subprocess.call(list(cmd))
    Path(rss_file).write_text(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    return code


# ---------------------------------------------------------------------------------------------
# The measured modes
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """What every run shares (from the command line)."""

    model: str
    batch_size: int
    formats: str | None
    timeout: float
    cache_flag: bool = False


def build_help() -> str:
    """``kg build --help``: the flags this checkout has."""
    return subprocess.run(["kg", "build", "--help"], capture_output=True, text=True, check=False).stdout


def parallel_args(help_text: str) -> dict[str, list[str] | str]:
    """The extra ``kg build`` arguments of each parallel mode, or why the mode is not available.

    Example
    -------
    >>> parallel_args("usage: kg build [--dask-workers N]")
    {'workers': 'not available: kg build has no --workers flag', \
'dask': 'not available: kg build has no --dask flag', \
'serial': 'not available: kg build has no --export-processes flag'}
    >>> parallel_args("usage: kg build [--workers N] [--dask] [--dask-workers N]")["dask"]
    ['--dask', '--dask-workers', '2']
    """
    flags = set(re.findall(r"(?<![\w-])--[\w-]+", help_text))
    modes: dict[str, list[str] | str] = {}
    if "--workers" in flags:
        modes["workers"] = ["--workers", "2"]
    else:
        modes["workers"] = "not available: kg build has no --workers flag"
    if "--dask" in flags:
        extra = ["--dask-workers", "2"] if "--dask-workers" in flags else []
        modes["dask"] = ["--dask", *extra]
    else:
        modes["dask"] = "not available: kg build has no --dask flag"
    # the single process with no export written and no article finished beside it: what the
    # build costs on one core
    if "--export-processes" in flags:
        modes["serial"] = ["--export-processes", "0"]
        if "--extract-processes" in flags:
            modes["serial"] += ["--extract-processes", "0"]
    else:
        modes["serial"] = "not available: kg build has no --export-processes flag"
    return modes


def kg_build(label: str, corpus: Path, out: Path, settings: Settings, extra: Sequence[str] = ()) -> Run:
    """Time ``kg build CORPUS -o OUT`` with the shared model, batch size and formats."""
    cmd = ["kg", "-v", "build", str(corpus), "-o", str(out), "--model", settings.model]
    cmd += ["--batch-size", str(settings.batch_size)]
    if settings.formats:
        cmd += ["--formats", settings.formats]
    if settings.cache_flag:  # the cache of parsed articles sits beside the output, in our work folder
        cmd += ["--cache-dir", str(out.parent / "kg-cache")]
    return measure(label, [*cmd, *extra], settings.timeout)


def spacy_baseline(corpus: Path, settings: Settings) -> Run:
    """Time plain ``spacy.load(model)`` + ``nlp.pipe`` over the texts kg would parse."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "spacy", "--model", settings.model]
    cmd += ["--batch-size", str(settings.batch_size), str(corpus)]
    return measure("plain spaCy nlp.pipe", cmd, settings.timeout)


def child_spacy(corpus: str, model: str, batch_size: int) -> int:
    """Child mode: parse the corpus with the plain model; print counts and timings as JSON."""
    import spacy

    from kg.read import read_inputs

    started = time.perf_counter()
    articles, _ = read_inputs([corpus])
    texts = [a.text for a in articles]
    nlp = spacy.load(model)
    loaded = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    done = time.perf_counter()
    record = {"articles": len(texts), "tokens": tokens, "load_s": loaded - started, "pipe_s": done - loaded}
    print(json.dumps(record))
    return 0


def triples_of(run: Run) -> int | None:
    """The triple count from ``kg build``'s summary line."""
    found = re.findall(r"triples (\d+)", run.stdout + run.stderr)
    return int(found[-1]) if found else None


def stages_of(run: Run) -> dict[str, float]:
    """Seconds per stage from ``kg -v build``'s "timings:" log line (empty when it has none).

    Example
    -------
    >>> stages_of(Run("x", stderr="timings: extract 4.5 s, export:ttl 0.5 s, export:nt 0.25 s; total 5 s"))
    {'extract': 4.5, 'export': 0.75}
    """
    found = re.findall(r"timings: (.*?); total", run.stdout + run.stderr)
    stages: dict[str, float] = {}
    for m in re.finditer(r"([\w:.-]+) ([\d.]+) s", found[-1] if found else ""):
        name = m.group(1).split(":")[0]  # export:ttl, export:nt, ... add up to "export"
        stages[name] = stages.get(name, 0.0) + float(m.group(2))
    return stages


def parsed_of(run: Run) -> str:
    """The "parsed N, from cache M, removed K" part of ``kg build``'s summary line, or "-"."""
    found = re.findall(r"\((parsed \d+, from cache \d+(?:, removed \d+)?)\)", run.stdout + run.stderr)
    return found[-1] if found else "-"


def corpus_size(corpus: Path) -> tuple[int, int]:
    """Articles and words (whitespace-separated, of the cleaned texts kg parses) of a corpus."""
    from kg.read import read_inputs

    articles, _ = read_inputs([corpus])
    return len(articles), sum(len(a.text.split()) for a in articles)


def fresh_dir(path: Path) -> Path:
    """An empty folder at ``path`` (removed first if it exists)."""
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


# ---------------------------------------------------------------------------------------------
# SPARQL
# ---------------------------------------------------------------------------------------------


class QueryTimeout(BaseException):
    """A query ran past its time limit (raised from SIGALRM in the child).

    A ``BaseException``, like ``KeyboardInterrupt``, so that the ``except Exception`` with which
    kg turns engine errors into ``QueryError`` lets it through.
    """


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`QueryTimeout` in this (main) thread after ``seconds``."""

    def expire(signum: int, frame: object) -> None:
        raise QueryTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def child_sparql(graphs: Sequence[str], engine: str, repeats: int, query_timeout: float) -> int:
    """Child mode: load the graph once, run every canned query; one JSON line per step.

    Every canned query runs whole (``runs_ms``). A listing (a query with a ``# page-by:`` line,
    one row per fact or statement) is also timed as a user of a large archive runs it: its
    first page (``page_ms``: ``--limit 100``) and with its first IRI parameter bound to the
    entity that has the most rows in the full result (``bound_ms``). Lines are flushed as they
    are written, so the parent keeps the results of the queries that finished when it has to
    kill this process.
    """
    from collections import Counter

    from kg.query import canned_queries, execute_oxigraph, load_dataset, load_store, page_by, run_query

    def emit(record: dict) -> None:
        print(json.dumps(record), flush=True)

    def timed(**kwargs: object) -> tuple[list[float], object]:
        runs, result = [], None
        for _ in range(repeats):
            t0 = time.perf_counter()
            with time_limit(query_timeout):
                result = run_query(source, **kwargs)  # type: ignore[arg-type]
            runs.append((time.perf_counter() - t0) * 1000)
        return runs, result

    started = time.perf_counter()
    source = load_store(graphs) if engine == "oxigraph" else load_dataset(graphs)
    emit({"step": "load", "seconds": time.perf_counter() - started, "size": len(source)})
    for name, query in canned_queries().items():
        record: dict = {"step": "query", "name": name}
        full = None
        try:
            record["runs_ms"], full = timed(sparql=query.text, engine=engine)
            record["rows"] = len(full)  # type: ignore[arg-type]
        except QueryTimeout:
            record["timeout"] = True
        except Exception as err:  # report and carry on with the next query
            record["error"] = f"{type(err).__name__}: {err}"
        if page_by(query.text) is not None:
            try:
                record["page_ms"], _ = timed(sparql=query.text, engine=engine, page_limit=100)
            except QueryTimeout:
                record["page_timeout"] = True
            except Exception as err:
                record["error"] = f"{type(err).__name__}: {err}"
            param = next((p.name for p in query.parameters if p.kind == "IRI"), None)
            if param is not None and full is not None and full.rows:  # type: ignore[attr-defined]
                column = full.columns.index(param)  # type: ignore[attr-defined]
                value, count = Counter(row[column] for row in full.rows).most_common(1)[0]  # type: ignore[attr-defined]
                record["bound"] = {"param": param, "value": value.value, "rows": count}
                try:
                    record["bound_ms"], _ = timed(sparql=query.text, bindings={param: value}, engine=engine)
                except QueryTimeout:
                    record["bound_timeout"] = True
                except Exception as err:
                    record["error"] = f"{type(err).__name__}: {err}"
        if engine == "oxigraph" and "runs_ms" in record:  # the engine alone: store.query, no QueryResult
            record["engine_ms"] = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                for _row in execute_oxigraph(source, query.text):
                    pass
                record["engine_ms"].append((time.perf_counter() - t0) * 1000)
        emit(record)
    return 0


def user_ms(record: dict) -> float | None:
    """A canned query's time as a user runs it (median ms): the whole query, or for a listing the
    slower of its first page and its run bound to the busiest entity; inf when one timed out or
    failed, None when not run."""
    if "page_ms" in record or record.get("page_timeout"):
        if record.get("page_timeout") or record.get("bound_timeout") or "error" in record:
            return float("inf")
        if record.get("timeout") and not record.get("bound_ms"):  # no busiest entity to bind
            return float("inf")
        times = [statistics.median(record["page_ms"])]
        if record.get("bound_ms"):
            times.append(statistics.median(record["bound_ms"]))
        return max(times)
    if record.get("timeout") or "error" in record or not record.get("runs_ms"):
        return float("inf")
    return statistics.median(record["runs_ms"])


@dataclass
class SparqlRun:
    """Per-engine SPARQL results: load time and one record per canned query."""

    engine: str
    run: Run
    load_seconds: float | None = None
    size: int | None = None
    queries: dict[str, dict] = field(default_factory=dict)


def sparql(
    graphs: Sequence[Path], engine: str, repeats: int, query_timeout: float, load_timeout: float
) -> SparqlRun:
    """Time every canned query on ``graphs`` with one engine, in a child process."""
    from kg.query import canned_queries

    n = len(canned_queries())
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "sparql", "--engine", engine]
    cmd += ["--repeats", str(repeats), "--query-timeout", str(query_timeout), *map(str, graphs)]
    budget = load_timeout + n * (repeats * query_timeout + 5)
    run = measure(f"SPARQL {engine}", cmd, budget)
    result = SparqlRun(engine, run)
    for line in run.stdout.splitlines():
        with contextlib.suppress(json.JSONDecodeError):
            record = json.loads(line)
            if record.get("step") == "load":
                result.load_seconds, result.size = record["seconds"], record["size"]
            elif record.get("step") == "query":
                result.queries[record["name"]] = record
    return result


def query_cell(record: dict | None, median: bool, key: str = "runs_ms") -> str:
    """A table cell: milliseconds (median or single run), "timeout", or "error"."""
    if record is None:
        return "not run"
    if record.get({"page_ms": "page_timeout", "bound_ms": "bound_timeout"}.get(key, "timeout")):
        return "timeout"
    if "error" in record:
        return "error"
    runs = record.get(key)
    if not runs:
        return "-"
    value = statistics.median(runs) if median else runs[0]
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


# ---------------------------------------------------------------------------------------------
# Tables and targets
# ---------------------------------------------------------------------------------------------


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table with padded columns (readable as plain text too).

    Example
    -------
    >>> print(table(["a", "bb"], [["1", "2"]]))
    | a | bb |
    |---|----|
    | 1 | 2  |
    """
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def mb(value: int | None) -> str:
    return "-" if value is None else f"{value / MB:,.0f} MB"


def rate(count: int, run: Run) -> float | None:
    return count / run.seconds if run.ok and run.seconds else None


def fmt(value: float | None, spec: str = ",.1f") -> str:
    return "-" if value is None else format(value, spec)


def _at_least(bound: float) -> Callable[[float], bool]:
    return lambda v: v >= bound


def _at_most(bound: float) -> Callable[[float], bool]:
    return lambda v: v <= bound


@dataclass
class Target:
    """One target of issue 5 with its measured value."""

    text: str
    measured: float | None
    passed: Callable[[float], bool]
    unit: str = ""

    def row(self) -> list[str]:
        if self.measured is None:
            return [self.text, "not measured", "n/a"]
        return [
            self.text,
            f"{self.measured:.2f}{self.unit}",
            "PASS" if self.passed(self.measured) else "FAIL",
        ]


@dataclass
class Report:
    """Everything measured, and the sections it is printed as."""

    seed: int
    settings: Settings
    sizes: tuple[int, ...]
    throughput_size: int
    words: dict[int, int] = field(default_factory=dict)
    spacy: Run | None = None
    spacy_detail: dict = field(default_factory=dict)
    parallel: dict[str, Run] = field(default_factory=dict)
    scaling: dict[int, Run] = field(default_factory=dict)
    incremental: Run | None = None
    edited: int = 0
    sparql_graph: int | None = None
    query_timeout: float = 60.0
    code_before: str = ""
    code_after: str = ""
    kind: str = "full"
    sparql_runs: list[SparqlRun] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    # -- figures ----------------------------------------------------------------------------

    def single(self) -> Run | None:
        return self.scaling.get(self.throughput_size)

    def ratio_to_spacy(self) -> float | None:
        single = self.single()
        if single and single.ok and self.spacy and self.spacy.ok:
            return self.spacy.seconds / single.seconds
        return None

    def serial_ratio_to_spacy(self) -> float | None:
        serial = self.parallel.get("serial")
        if serial and serial.ok and self.spacy and self.spacy.ok:
            return self.spacy.seconds / serial.seconds
        return None

    def one_process(self) -> Run | None:
        """The build that runs in one process only: with every export and the extraction in it
        when the checkout can say so (``--export-processes 0 --extract-processes 0``), else the
        default build."""
        serial = self.parallel.get("serial")
        return serial if serial is not None and serial.ok else self.single()

    def speedup(self, mode: str) -> float | None:
        single, run = self.one_process(), self.parallel.get(mode)
        if single and single.ok and run and run.ok:
            return single.seconds / run.seconds
        return None

    def scaling_factor(self) -> float | None:
        a, b = self.scaling.get(1000), self.scaling.get(10000)
        return b.seconds / a.seconds if a and b and a.ok and b.ok else None

    def incremental_fraction(self) -> float | None:
        single = self.single()
        if single and single.ok and self.incremental and self.incremental.ok:
            return self.incremental.seconds / single.seconds
        return None

    def slowest_oxigraph_ms(self) -> float | None:
        for sr in self.sparql_runs:
            if sr.engine == "oxigraph" and sr.queries and self.sparql_graph == 10000:
                return max(user_ms(q) or float("inf") for q in sr.queries.values())
        return None

    # -- sections ---------------------------------------------------------------------------

    def throughput_section(self) -> str:
        n, words = self.throughput_size, self.words.get(self.throughput_size, 0)
        runs: list[tuple[Run | None, str]] = [
            (self.spacy, ""),
            (self.single(), ""),
            (self.parallel.get("workers"), "workers"),
            (self.parallel.get("dask"), "dask"),
            (self.parallel.get("serial"), ""),
        ]
        rows = []
        for run, mode in runs:
            if run is None:
                continue
            vs_spacy = (self.spacy.seconds / run.seconds) if run.ok and self.spacy and self.spacy.ok else None
            speed = self.speedup(mode) if mode else None
            rows.append(
                [
                    run.label,
                    fmt(run.seconds if not run.skipped else None),
                    fmt(rate(n, run), ",.2f"),
                    fmt(rate(words, run), ",.0f"),
                    fmt(vs_spacy, ".2f"),
                    fmt(speed, ".2f") if mode else "",
                    mb(run.peak_rss),
                    mb(run.peak_pss),
                    fmt(run.cores(), ".2f"),
                    fmt(run.others_cores, ".2f"),
                    run.status(),
                ]
            )
        head = [
            "mode",
            "seconds",
            "articles/s",
            "words/s",
            "x spaCy",
            "x one process",
            "peak RSS",
            "peak PSS",
            "cores",
            "others",
        ]
        head.append("status")
        detail = ""
        if self.spacy_detail:
            d = self.spacy_detail
            detail = (
                f"\n\nplain spaCy inside its process: load + read {d['load_s']:.1f} s, nlp.pipe "
                f"{d['pipe_s']:.1f} s ({n / d['pipe_s']:.2f} articles/s, {words / d['pipe_s']:,.0f} words/s, "
                f"{d['tokens']:,} tokens)."
            )
        return (
            f"### Throughput ({n:,} articles, {words:,} words; batch size {self.settings.batch_size}, "
            f"model {self.settings.model})\n\nWall time of each whole process (start-up, model load, "
            "reading, and for kg build everything up to the last export). cores: CPU seconds of the "
            "run per wall second; others: cores that other work on the machine took meanwhile (a "
            "quiet machine shows about 0).\n\n" + table(head, rows) + detail
        )

    def scaling_section(self) -> str:
        rows = []
        for size in sorted(self.scaling):
            run = self.scaling[size]
            rows.append(
                [
                    f"{size:,}",
                    f"{self.words.get(size, 0):,}",
                    fmt(run.seconds if not run.skipped else None),
                    fmt(rate(size, run), ",.2f"),
                    fmt(triples_of(run), ",d") if run.ok else "-",
                    mb(run.peak_rss),
                    mb(run.peak_pss),
                    fmt(run.cores(), ".2f"),
                    fmt(run.others_cores, ".2f"),
                    run.status(),
                ]
            )
        factor = self.scaling_factor()
        tail = f"\n\ntime(10,000) / time(1,000) = {fmt(factor, '.2f')}" if 10000 in self.sizes else ""
        head = ["articles", "words", "seconds", "articles/s", "triples", "peak RSS", "peak PSS", "cores"]
        head.append("others")
        head.append("status")
        return "### Scaling (kg build, one spaCy process)\n\n" + table(head, rows) + tail

    def incremental_section(self) -> str:
        single, inc = self.single(), self.incremental
        if inc is None or single is None:
            return "### Incremental\n\nnot run"
        rows = [
            [
                f"clean build of {self.throughput_size:,} articles",
                fmt(single.seconds if single.ok else None),
                "1.00",
                parsed_of(single),
                single.status(),
            ],
            [
                f"rebuild after changing {self.edited} ({self.edited / self.throughput_size:.0%})",
                fmt(inc.seconds if inc.ok else None),
                fmt(self.incremental_fraction(), ".3f"),
                parsed_of(inc),
                inc.status(),
            ],
        ]
        note = ""
        if inc.ok and re.search(r"from cache 0\b", parsed_of(inc)):
            note = (
                "\n\nThe rebuild took nothing from the cache: kg's cache is keyed on its code, settings "
                "and model, so a change to any of them between the two builds makes it parse everything."
            )
        return (
            "### Incremental (same input path, output and cache folders, run right after the clean build)\n\n"
            + table(["build", "seconds", "fraction of clean", "articles", "status"], rows)
            + note
        )

    def builds(self) -> list[Run]:
        """Every kg build that ran, in the order of the tables."""
        runs = [self.scaling[n] for n in sorted(self.scaling)]
        runs += [r for r in self.parallel.values() if not r.skipped]
        return runs + ([self.incremental] if self.incremental else [])

    def stages_section(self) -> str:
        """Seconds per pipeline stage of every build, from ``kg -v build``'s timings line."""
        timed = [(run, stages_of(run)) for run in self.builds()]
        timed = [(run, stages) for run, stages in timed if stages]
        if not timed:
            return ""
        names: list[str] = []
        for _, stages in timed:
            names += [name for name in stages if name not in names]
        rows = []
        for run, stages in timed:
            label = (
                run.label
                if run.label != "kg build (one spaCy process)"
                else f"kg build {self.throughput_size}"
            )
            rows.append([label, fmt(run.seconds), *(fmt(stages.get(name), ".1f") for name in names)])
        return (
            "### Where a build spends its time (seconds, from `kg -v build`'s timings line)\n\n"
            "The wall time also holds start-up, model load and reading; export is every format together.\n\n"
            + table(["build", "wall", *names], rows)
        )

    def sparql_section(self) -> str:
        if not self.sparql_runs:
            return "### SPARQL\n\nnot run"
        by_engine = {sr.engine: sr for sr in self.sparql_runs}
        names = sorted({name for sr in self.sparql_runs for name in sr.queries})
        ox_run, rdf_run = by_engine.get("oxigraph"), by_engine.get("rdflib")
        rows = []
        for name in names:
            ox_rec = ox_run.queries.get(name) if ox_run else None
            rdf_rec = rdf_run.queries.get(name) if rdf_run else None
            rows_n = next((r["rows"] for r in (ox_rec, rdf_rec) if r and "rows" in r), None)
            listing = ox_rec is not None and ("page_ms" in ox_rec or ox_rec.get("page_timeout"))
            user = user_ms(ox_rec) if ox_rec else None
            bound = (ox_rec or {}).get("bound")
            rows.append(
                [
                    name + (" (listing)" if listing else ""),
                    fmt(rows_n, ",d"),
                    "timeout/error" if user == float("inf") else fmt(user, ".0f"),
                    query_cell(ox_rec, True),
                    query_cell(ox_rec, True, "page_ms") if listing else "",
                    (f"{query_cell(ox_rec, True, 'bound_ms')} ({bound['rows']:,} rows)" if bound else "")
                    if listing
                    else "",
                    query_cell(ox_rec, True, "engine_ms"),
                    query_cell(rdf_rec, False) if rdf_run else "skipped",
                ]
            )
        loads = []
        for sr in self.sparql_runs:
            extra = "" if sr.run.ok else f" ({sr.run.status()})"
            loads.append(
                f"{sr.engine} load {fmt(sr.load_seconds, '.1f')} s, {fmt(sr.size, ',d')} quads{extra}"
            )
            for name, record in sorted(sr.queries.items()):
                if "error" in record:
                    loads.append(f"{sr.engine} error in {name}: {record['error'][:200]}")
                if sr.engine == "oxigraph" and record.get("bound"):
                    b = record["bound"]
                    loads.append(f"{name} bound: ?{b['param']} = <{b['value']}> ({b['rows']:,} rows)")
        head = [
            "canned query",
            "rows (full)",
            "as a user runs it, ms",
            "full, ms",
            "first page, ms",
            "bound to busiest, ms",
            "full, store.query only",
            "rdflib full, ms (1 run)",
        ]
        return (
            f"### SPARQL on the {self.sparql_graph:,}-article graph (graph.ttl + ontology/cameo.ttl)\n\n"
            "Milliseconds per canned query, graph loaded once per engine; pyoxigraph: median of 3 runs of "
            "`kg.query.run_query` (what `kg query` does: rows converted to a `QueryResult`). A listing "
            "(a query with a `# page-by:` line: one row per fact, statement or position) is timed as a "
            "user of a large archive runs it: its first page (`--limit 100`) and bound to the entity "
            'with the most rows (its first IRI parameter); "as a user runs it" is the slower of the '
            "two, and that is what the < 200 ms target counts. Its full listing is timed too, not "
            "counted against the target. Other queries run whole. `store.query only`: the whole query "
            "with its rows iterated, no `QueryResult`; rdflib: one run of the whole query, limit "
            f"{self.query_timeout:.0f} s.\n\n"
            + table(head, rows)
            + "\n\n"
            + "\n".join(f"- {line}" for line in loads)
        )

    def peak_gb(self, size: int, pss: bool = False) -> float | None:
        run = self.scaling.get(size)
        value = (run.peak_pss if pss else run.peak_rss) if run and run.ok else None
        return value / 1024**3 if value else None

    def targets(self) -> list[Target]:
        inc = self.incremental_fraction() if self.throughput_size == 1000 else None
        return [
            Target("kg build >= 0.85 of plain spaCy throughput", self.ratio_to_spacy(), _at_least(0.85), "x"),
            Target(
                "kg build in one process (--export-processes 0 --extract-processes 0) >= 0.85 of plain spaCy",
                self.serial_ratio_to_spacy(),
                _at_least(0.85),
                "x",
            ),
            Target("--workers 2 >= 1.6x one process", self.speedup("workers"), _at_least(1.6), "x"),
            Target("Dask, 2 local workers >= 1.5x one process", self.speedup("dask"), _at_least(1.5), "x"),
            Target("time 1,000 -> 10,000 articles grows <= 11x", self.scaling_factor(), _at_most(11), "x"),
            Target(
                "peak RSS for 10,000 articles <= 1.5 GB (sum over the processes)",
                self.peak_gb(10000),
                _at_most(1.5),
                " GB",
            ),
            Target(
                "peak PSS for 10,000 articles <= 1.5 GB (the same, pages shared by forks counted once)",
                self.peak_gb(10000, pss=True),
                _at_most(1.5),
                " GB",
            ),
            Target("incremental rebuild (1% of 1,000 changed) <= 10% of clean", inc, _at_most(0.10)),
            Target(
                "canned SPARQL < 200 ms on the 10,000-article graph (slowest as a user runs it, pyoxigraph)",
                self.slowest_oxigraph_ms(),
                lambda v: v < 200,
                " ms",
            ),
        ]

    def targets_section(self) -> str:
        return "### Targets of issue 5\n\n" + table(
            ["target", "measured", "result"], [t.row() for t in self.targets()]
        )

    def estimate_section(self) -> str:
        """Estimated wall time of a full run (adding 10,000 articles), from this run's figures.

        Linear extrapolation from 1,000 articles: the 10,000-article build takes 10x the
        1,000-article one, graph loads and pyoxigraph queries 10x, each rdflib query 10x up to its
        time limit (a timeout stays one).
        """
        single = self.single()
        if 10000 in self.sizes or single is None or not single.ok or self.throughput_size != 1000:
            return ""
        elapsed = time.perf_counter() - self.started
        build = single.seconds * 10
        queries = 0.0
        for sr in self.sparql_runs:
            queries += (sr.load_seconds or 0) * 10
            for record in sr.queries.values():
                spent = sum(record.get("runs_ms", []) + record.get("engine_ms", [])) / 1000
                queries += (
                    self.query_timeout if record.get("timeout") else min(self.query_timeout, spent * 10)
                )
        total = elapsed + build + queries
        return (
            "### Estimate for the full run\n\n"
            f"This run took {elapsed / 60:.1f} min. A full run adds the 10,000-article build "
            f"(~{build / 60:.0f} min if time grows linearly from 1,000 articles) and SPARQL on its graph "
            f"(~{queries / 60:.0f} min, queries and loads 10x, rdflib capped at {self.query_timeout:.0f} s "
            f"a query): about {total / 60:.0f} min."
        )

    def code_lines(self) -> str:
        """The kg version measured, and a warning when it changed while the benchmark ran."""
        text = f"\n- kg code: {self.code_before}"
        if self.code_after and self.code_after != self.code_before:
            text += (
                f"\n- WARNING: kg's code changed during the run (at the end: {self.code_after}); the "
                "figures mix versions"
            )
        return text

    def render(self, machine: str) -> str:
        sections = [
            f"## Run: {self.kind} ({', '.join(f'{s:,}' for s in self.sizes)} articles)",
            machine + self.code_lines(),
            CORPUS_NOTE.format(seed=self.seed, count=len(load_gold())),
            self.throughput_section(),
            self.scaling_section(),
            self.incremental_section(),
            self.stages_section(),
            self.sparql_section(),
            self.targets_section(),
            self.estimate_section(),
            f"Total benchmark time: {(time.perf_counter() - self.started) / 60:.1f} min.",
        ]
        return "\n\n".join(s for s in sections if s) + "\n"


def machine_info(model: str) -> str:
    """nproc, memory, Python, spaCy and model versions, date, as a Markdown list."""
    from importlib import metadata

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    memory = "unknown"
    if psutil is not None:
        memory = f"{psutil.virtual_memory().total / 1024**3:.1f} GB"
    model_dist = model.replace("_", "-")
    rss_method = (
        "sum over the process tree, sampled every 0.2 s (psutil); PSS likewise, where a page shared "
        "by n processes (a forked process and its parent) counts 1/n in each"
        if psutil is not None
        else "largest single process (getrusage)"
    )
    lines = [
        f"- date: {dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- machine: {platform.machine()}, nproc {os.cpu_count()}, memory {memory}, {platform.platform()}",
        f"- Python {platform.python_version()}, spaCy {version('spacy')}, "
        f"model {model} {version(model_dist)}, "
        f"rdflib {version('rdflib')}, pyoxigraph {version('pyoxigraph')}, dask {version('dask')}, "
        f"distributed {version('distributed')}",
        f"- peak RSS: {rss_method}",
        "- load average at the end (1, 5, 15 min; other work on the machine skews the figures): "
        + ", ".join(f"{x:.2f}" for x in os.getloadavg()),
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The benchmark
# ---------------------------------------------------------------------------------------------


def say(message: str) -> None:
    """Progress on stderr (the tables go to stdout)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_benchmark(args: argparse.Namespace) -> Report:
    """Every measurement, in order: corpora, spaCy, single-process builds (with the incremental
    rebuild right after the clean build it extends), parallel modes, SPARQL."""
    sizes = tuple(sorted(set(args.sizes)))
    tp_size = 1000 if 1000 in sizes else max(sizes)
    help_text = build_help()
    has_cache = re.search(r"(?<![\w-])--cache-dir\b", help_text) is not None
    settings = Settings(args.model, args.batch_size, args.formats, args.timeout, has_cache)
    report = Report(args.seed, settings, sizes, tp_size)
    report.edited = max(1, tp_size // 100)
    report.query_timeout = args.query_timeout
    report.kind = "--quick" if args.quick else ("full" if sizes == FULL_SIZES else "--sizes")
    report.code_before = code_fingerprint()
    work = Path(args.work).resolve()

    say(f"corpora {', '.join(map(str, sizes))} in {args.corpus_dir}")
    corpora = {n: ensure_corpus(n, Path(args.corpus_dir), args.seed) for n in sizes}
    edited = ensure_corpus(tp_size, Path(args.corpus_dir), args.seed, edited=report.edited)
    for n, path in corpora.items():
        report.words[n] = corpus_size(path)[1]

    say(f"plain spaCy on {tp_size} articles")
    report.spacy = spacy_baseline(corpora[tp_size], settings)
    if report.spacy.ok:
        report.spacy_detail = json.loads(report.spacy.stdout.strip().splitlines()[-1])

    graphs: dict[int, Path] = {}
    for n in sizes:
        say(f"kg build, single process, {n} articles")
        if n == tp_size:
            run, graphs[n] = measure_incremental(report, corpora[n], edited, work / "incremental", args.seed)
        else:
            graphs[n] = fresh_dir(work / f"single-{n}") / "out"
            run = kg_build(f"kg build {n}", corpora[n], graphs[n], settings)
        report.scaling[n] = run
        say(f"  {run.status()}, {fmt(run.seconds)} s, triples {triples_of(run)}")

    labels = {
        "workers": "kg build --workers 2",
        "dask": "kg build --dask (2 local workers)",
        "serial": "kg build, all in one process (--export-processes 0 --extract-processes 0)",
    }
    for mode, extra in parallel_args(help_text).items():
        if isinstance(extra, str):
            say(f"{labels[mode]}: {extra}")
            report.parallel[mode] = Run(labels[mode], skipped=extra)
            continue
        say(f"{labels[mode]} on {tp_size} articles")
        out = fresh_dir(work / f"{mode}-{tp_size}") / "out"
        report.parallel[mode] = kg_build(labels[mode], corpora[tp_size], out, settings, extra)
        say(f"  {report.parallel[mode].status()}, {fmt(report.parallel[mode].seconds)} s")

    largest = max((n for n in sizes if report.scaling[n].ok), default=None)
    if largest is not None and not args.no_sparql:
        report.sparql_graph = largest
        engines = ["oxigraph"] if args.no_rdflib else ["oxigraph", "rdflib"]
        files = [graphs[largest] / "graph.ttl", REPO / "ontology" / "cameo.ttl"]
        for engine in engines:
            say(f"SPARQL canned queries with {engine} on the {largest}-article graph")
            repeats = 3 if engine == "oxigraph" else 1
            sr = sparql(files, engine, repeats, args.query_timeout, args.load_timeout)
            report.sparql_runs.append(sr)
            say(f"  {sr.run.status()}, load {fmt(sr.load_seconds)} s")
    report.code_after = code_fingerprint()
    return report


def measure_incremental(
    report: Report, corpus: Path, edited: Path, folder: Path, seed: int
) -> tuple[Run, Path]:
    """The clean build of ``corpus`` and, right after it, the rebuild with ``edited`` at the same path.

    The two run back to back because kg's cache is keyed on a hash of its own code: an edit to
    kg between them would (rightly) make the rebuild parse everything again. Returns the clean
    build and the output folder (whose graph is the rebuilt one, of the same size).
    """
    settings = report.settings
    fresh_dir(folder)
    source, out = folder / "articles.jsonl", folder / "out"
    shutil.copyfile(corpus, source)
    clean = kg_build("kg build (one spaCy process)", source, out, settings)
    if clean.ok:
        changed = edited_ids(report.throughput_size, report.edited, seed)
        say(f"  {clean.status()}, {fmt(clean.seconds)} s; now {len(changed)} articles change: {changed}")
        shutil.copyfile(edited, source)
        report.incremental = kg_build("kg build (incremental)", source, out, settings)
        say(f"  rebuild: {report.incremental.status()}, {fmt(report.incremental.seconds)} s")
    return clean, out


def code_fingerprint() -> str:
    """The git commit of the checkout, whether kg/ has uncommitted edits, and a hash of kg/'s files.

    Example
    -------
    >>> code_fingerprint()  # doctest: +SKIP
    '94fddf6 + uncommitted changes in kg/, files 3f2a9c01'
    """
    import hashlib

    import kg

    package = Path(kg.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())

    def git(*argv: str) -> str:
        done = subprocess.run(["git", "-C", str(REPO), *argv], capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "no git"
    dirty = " + uncommitted changes in kg/" if git("status", "--porcelain", "--", "kg") else ""
    return f"{commit}{dirty}, files {digest.hexdigest()[:8]}"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (``--child`` modes are internal)."""
    parser = argparse.ArgumentParser(
        description="kg benchmark: throughput, parallel and Dask builds, scaling, incremental, SPARQL.",
        epilog="Writes the tables to stdout and to --results (default bench/results.md).",
    )
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 articles only (no 10,000)")
    parser.add_argument(
        "--sizes",
        type=lambda s: [int(x.replace("_", "")) for x in s.split(",") if x.strip()],
        help="comma-separated corpus sizes (default 100,1000,10000; --quick: 100,1000)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed")
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy model (default {DEFAULT_MODEL})")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help="nlp.pipe batch size")
    parser.add_argument("--formats", help="kg build --formats (default: kg's default, every format)")
    parser.add_argument("--timeout", type=float, default=3600, help="limit per build, seconds (default 3600)")
    parser.add_argument("--query-timeout", type=float, default=60, help="limit per SPARQL query, seconds")
    parser.add_argument("--load-timeout", type=float, default=900, help="limit for loading a graph, s")
    parser.add_argument("--no-rdflib", action="store_true", help="time SPARQL with pyoxigraph only")
    parser.add_argument("--no-sparql", action="store_true", help="skip the SPARQL timings")
    parser.add_argument("--corpus-dir", default=str(DEFAULT_CACHE), help="default bench/.corpus")
    parser.add_argument("--work", default=str(DEFAULT_WORK), help="build outputs (default bench/.work)")
    parser.add_argument("--results", default=str(DEFAULT_RESULTS), help="Markdown results file ('' for none)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="oxigraph", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3, help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rest and not args.child:
        parser.error(f"unexpected arguments: {' '.join(args.rest)}")
    if args.sizes is None:
        args.sizes = list(QUICK_SIZES if args.quick else FULL_SIZES)
    if args.quick:
        args.sizes = [n for n in args.sizes if n < 10000] or list(QUICK_SIZES)
    return args


def update_results(path: Path, key: str, text: str) -> None:
    """Put ``text`` in the ``key`` block of the results file, keeping the other blocks.

    A quick run and a full run each keep their latest tables in ``bench/results.md``.

    Example
    -------
    >>> update_results(Path("/tmp/results.md"), "quick", "## Run\\n")  # doctest: +SKIP
    """
    begin, end = f"<!-- bench:{key} -->", f"<!-- /bench:{key} -->"
    block = f"{begin}\n{text}{end}\n"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in old and end in old:
        head, _, rest = old.partition(begin)
        new = head + block + rest.partition(end)[2].lstrip("\n")
    elif old.strip():
        new = old.rstrip("\n") + "\n\n" + block
    else:
        new = RESULTS_HEADER + block
    with atomic_write(path) as fh:
        fh.write(new)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark (or one internal child mode) and print the tables."""
    args = parse_args(argv)
    if args.child == "spacy":
        return child_spacy(args.rest[0], args.model, args.batch_size)
    if args.child == "sparql":
        return child_sparql(args.rest, args.engine, args.repeats, args.query_timeout)
    if args.child == "rusage":
        return child_rusage(args.rest[0], args.rest[1:])
    report = run_benchmark(args)
    text = report.render(machine_info(args.model))
    print(text)
    if args.results:
        key = "quick" if args.quick else "sizes-" + "-".join(str(n) for n in sorted(set(args.sizes)))
        update_results(Path(args.results), key, text)
        say(f"wrote the {key} block of {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
