"""Benchmark corpora made from kg's gold articles, lightly varied so that every article is distinct.

The hand-annotated articles of ``tests/gold/dev`` and ``tests/gold/heldout`` are the only texts
used (32 until 2026-11-28, when 24 dev articles were added; the corpus name carries a digest of the
texts, so a run says which). Article ``i`` of a corpus is a variant of gold article ``i mod n``:

- each person named in the gold annotation (``tests/gold/*/NAME.json``, type ``Person``) gets an
  invented name from :data:`FIRST_NAMES` x :data:`SURNAMES`, consistently within the article
  (full name, surname-only and first-name-only mentions, in the title too);
- numbers change by up to 30% (keeping their format), four-digit years move by a few years, and
  the day after a month name ("Sept 15") is redrawn;
- the body paragraphs after the lead are shuffled in half of the variants (the headline, the
  lead and a closing "Reporting by" line stay where they are);
- every article gets an ISO ``date`` between 2019 and 2025.

Article ``i`` depends only on the seed and ``i``, so the 100-article corpus is the first 100 lines
of the 1,000-article one, and a corpus is byte-identical on every run. Content hashes of the
texts are checked to be unique.

Corpora are JSONL files (``id``, ``title``, ``text``, ``date``, one article a line) cached in
``bench/.corpus/`` under a name that carries the size, the seed and a digest of the gold texts and
of :data:`CORPUS_VERSION`, so a change to either makes a fresh file.

Example
-------
>>> from pathlib import Path
>>> from corpus import ensure_corpus  # with bench/ on sys.path
>>> path = ensure_corpus(100, Path("bench/.corpus"))  # doctest: +SKIP
>>> sum(1 for _ in path.open())  # doctest: +SKIP
100

Run as a script to write corpora::

    python bench/corpus.py 100 1000 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.fileio import atomic_write

#: Bump when the way articles are varied changes, so cached corpora are rebuilt.
CORPUS_VERSION = "1"
DEFAULT_SEED = 20240917
REPO = Path(__file__).resolve().parent.parent
GOLD_DIRS = (REPO / "tests" / "gold" / "dev", REPO / "tests" / "gold" / "heldout")
DEFAULT_CACHE = REPO / "bench" / ".corpus"

#: Invented given names (any combination with a surname below is a made-up person).
FIRST_NAMES = (
    "Adela", "Amaru", "Anouk", "Arvid", "Aziza", "Bastian", "Bongani", "Calla", "Dario", "Delphine",
    "Dumisani", "Elif", "Emeka", "Esra", "Farida", "Gideon", "Halvard", "Ilona", "Imani", "Iskander",
    "Jarek", "Jovana", "Kaito", "Katleho", "Leontyne", "Lucia", "Mateus", "Mirela", "Nadir", "Nalani",
    "Nikolai", "Noor", "Odile", "Olumide", "Paloma", "Quentin", "Rasmus", "Renata", "Saoirse", "Selin",
    "Soren", "Tamsin", "Tendai", "Thandiwe", "Ulrike", "Valentin", "Wanjiru", "Yasmin", "Yerlan", "Zofia",
)  # fmt: skip
#: Invented surnames.
SURNAMES = (
    "Abrantes", "Adeyoola", "Baranek", "Belmonte", "Cavalcanti", "Chukwuma", "Dervishi", "Dobrovic",
    "Eskola", "Falkenrath", "Gathoni", "Grunewald", "Halloran", "Ibarguen", "Jankovec", "Kamaraju",
    "Karsten", "Lindqvist", "Lukumbuzya", "Madriaga", "Mbatha", "Nakashima", "Novakovic", "Ochola",
    "Okafor", "Ostrander", "Pellegrini", "Quispe", "Radovan", "Rautio", "Sandoval", "Savchenko",
    "Szalai", "Tamaki", "Tembo", "Terzic", "Umarov", "Valcourt", "Varga", "Wachira", "Westergaard",
    "Yilmazer", "Zanetti", "Zhakupov", "Zubiria", "Amadou", "Brennick", "Castellan", "Dunmore", "Eberle",
)  # fmt: skip

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
#: A month followed by a day ("Sept 15", "March 1"), or a free-standing number ("4.2", "1,200", "2023").
_NUMBER = re.compile(
    rf"(?P<month>\b(?:{_MONTHS})\.?\s)(?P<day>\d{{1,2}})(?![\d\w:-])"
    r"|(?<![\w.,:/-])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?(?![\w:/-]|\.\d|,\d)"
)
_CLOSING = re.compile(r"^\(?(Reporting|Writing|Editing|Additional reporting)\b")


@dataclass(frozen=True)
class GoldArticle:
    """One gold article: its title, body paragraphs and the names of its persons."""

    name: str
    title: str
    paragraphs: tuple[str, ...]
    persons: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class CorpusArticle:
    """One generated article, as written to the JSONL corpus."""

    id: str
    title: str
    text: str
    date: str

    def to_json(self) -> str:
        """The JSONL line (without the newline)."""
        record = {"id": self.id, "title": self.title, "text": self.text, "date": self.date}
        return json.dumps(record, ensure_ascii=False, sort_keys=True)


def load_gold(dirs: Sequence[Path] = GOLD_DIRS) -> list[GoldArticle]:
    """Read every gold ``.txt`` article (with its ``.json`` persons) from ``dirs``, in name order.

    Raises
    ------
    FileNotFoundError
        When no gold article is found (the corpus cannot be made).

    Example
    -------
    >>> len(load_gold()) >= 30  # doctest: +SKIP
    True
    """
    articles = []
    for folder in dirs:
        for txt in sorted(folder.glob("*.txt")):
            raw = txt.read_text(encoding="utf-8")
            lines = raw.strip().split("\n")
            title, body = lines[0].strip(), "\n".join(lines[1:])
            paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", body) if p.strip())
            persons: list[tuple[str, ...]] = []
            annotation = txt.with_suffix(".json")
            if annotation.exists():
                gold = json.loads(annotation.read_text(encoding="utf-8"))
                persons = [tuple(e["names"]) for e in gold.get("entities", []) if e.get("type") == "Person"]
            articles.append(GoldArticle(txt.stem, title, paragraphs, tuple(persons)))
    if not articles:
        where = ", ".join(str(d) for d in dirs)
        raise FileNotFoundError(f"no gold articles (*.txt) in {where}: the benchmark corpus needs them")
    return articles


def gold_digest(gold: Sequence[GoldArticle]) -> str:
    """A short digest of the gold texts and :data:`CORPUS_VERSION` (part of cached file names)."""
    h = hashlib.sha256(CORPUS_VERSION.encode())
    for art in gold:
        h.update(json.dumps([art.name, art.title, art.paragraphs, art.persons]).encode())
    return h.hexdigest()[:8]


def name_map(persons: Sequence[Sequence[str]], rng: random.Random) -> dict[str, str]:
    """Map every way a person is written to the same parts of a fresh invented name.

    The full name becomes "First Surname"; the first given name alone becomes "First"; any
    other single part or run of parts of the surname ("Rojas" of "Camila Rojas Fuentes")
    becomes "Surname". Invented names are distinct within the article.

    Example
    -------
    >>> m = name_map([("Adaeze Okonkwo", "Okonkwo")], random.Random(1))
    >>> m["Okonkwo"] == m["Adaeze Okonkwo"].split()[1]
    True
    """
    firsts = rng.sample(FIRST_NAMES, len(persons))
    lasts = rng.sample(SURNAMES, len(persons))
    out: dict[str, str] = {}
    for names, first, last in zip(persons, firsts, lasts, strict=True):
        full = max(names, key=lambda n: (len(n.split()), len(n)))
        parts = full.split()
        forms = set(names)
        if len(parts) >= 2:
            forms.update({parts[-1], " ".join(parts[1:])})
        for form in forms:
            if form == full or (len(form.split()) >= 2 and form not in " ".join(parts[1:])):
                out[form] = f"{first} {last}"
            elif form == parts[0] and len(parts) >= 2:
                out[form] = first
            else:
                out[form] = last
    return out


def _replace_names(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    forms = sorted(mapping, key=lambda f: (-len(f), f))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    return pattern.sub(lambda m: mapping[m.group()], text)


def _vary_number(m: re.Match[str], rng: random.Random, year_shift: int) -> str:
    if m.group("month"):
        return f"{m.group('month')}{rng.randint(1, 28)}"
    digits, frac = m.group("num"), m.group("frac") or ""
    value = int(digits.replace(",", ""))
    if not frac and "," not in digits and 1900 <= value <= 2099:
        return str(value + year_shift)
    decimals = len(frac) - 1 if frac else 0
    new = float(f"{value}{frac}") * rng.uniform(0.7, 1.3)
    if decimals:
        return f"{new:.{decimals}f}"
    whole = max(1, round(new)) if value >= 1 else round(new)
    return f"{whole:,}" if "," in digits else str(whole)


def vary_numbers(text: str, rng: random.Random, year_shift: int) -> str:
    """Redraw numbers (+-30%, same format), shift years by ``year_shift``, redraw days after months.

    Numbers that are part of a word ("G7", "COVID-19", "1990s") or a time ("10:30") are kept.

    Example
    -------
    >>> vary_numbers("In 2023, 1,200 people; COVID-19 on Sept 15", random.Random(3), 1)[:9]
    'In 2024, '
    """
    return _NUMBER.sub(lambda m: _vary_number(m, rng, year_shift), text)


def _shuffle_body(paragraphs: Sequence[str], rng: random.Random) -> list[str]:
    """Shuffle the paragraphs between the lead and a closing credit line (kept in place)."""
    paras = list(paragraphs)
    lead = 0
    while lead < len(paras) and len(paras[lead].split()) < 20:  # by-line, dateline-only lines
        lead += 1
    head, rest = paras[: lead + 1], paras[lead + 1 :]
    tail = []
    while rest and (_CLOSING.match(rest[-1]) or len(rest[-1].split()) < 8):
        tail.insert(0, rest.pop())
    rng.shuffle(rest)
    return head + rest + tail


def make_article(
    gold: Sequence[GoldArticle], index: int, seed: int = DEFAULT_SEED, edit: int = 0
) -> CorpusArticle:
    """Article ``index`` of the corpus: a variant of gold article ``index mod len(gold)``.

    ``edit`` > 0 gives another variant under the same id (the benchmark's "changed" articles).

    Example
    -------
    >>> gold = load_gold()  # doctest: +SKIP
    >>> make_article(gold, 0).id  # doctest: +SKIP
    'congo-rebel-attack-v00000'
    """
    source = gold[index % len(gold)]
    rng = random.Random(f"{seed}:{index}:{edit}")
    names = name_map(source.persons, rng)
    year_shift = rng.randint(-3, 2)
    paragraphs = _shuffle_body(source.paragraphs, rng) if rng.random() < 0.5 else list(source.paragraphs)

    def vary(text: str) -> str:
        return vary_numbers(_replace_names(text, names), rng, year_shift)

    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    return CorpusArticle(
        id=f"{source.name}-v{index:05d}",
        title=vary(source.title),
        text="\n\n".join(vary(p) for p in paragraphs) + "\n",
        date=day.isoformat(),
    )


def iter_corpus(gold: Sequence[GoldArticle], size: int, seed: int = DEFAULT_SEED) -> Iterator[CorpusArticle]:
    """The first ``size`` articles of the corpus, each with distinct text.

    Raises
    ------
    ValueError
        Two articles came out identical (the variation is too weak for this size).
    """
    seen: dict[str, str] = {}
    for i in range(size):
        art = make_article(gold, i, seed)
        digest = hashlib.sha256(f"{art.title}\n{art.text}".encode()).hexdigest()
        if digest in seen:
            raise ValueError(f"articles {seen[digest]} and {art.id} have the same text; change the seed")
        seen[digest] = art.id
        yield art


def edited_ids(size: int, count: int, seed: int = DEFAULT_SEED) -> list[int]:
    """Which ``count`` article indices of a ``size``-article corpus the incremental benchmark changes.

    Example
    -------
    >>> len(edited_ids(1000, 10))
    10
    """
    return sorted(random.Random(f"{seed}:edits:{size}").sample(range(size), count))


def write_corpus(path: Path, articles: Iterator[CorpusArticle] | Sequence[CorpusArticle]) -> Path:
    """Write articles as JSONL (atomically: a reader never sees half a corpus)."""
    with atomic_write(path) as fh:
        for art in articles:
            fh.write(art.to_json() + "\n")
    return path


def ensure_corpus(size: int, cache: Path = DEFAULT_CACHE, seed: int = DEFAULT_SEED, edited: int = 0) -> Path:
    """The cached JSONL corpus of ``size`` articles, written first if missing.

    ``edited`` > 0 gives the same corpus with ``edited`` articles (:func:`edited_ids`) replaced by
    other variants under the same ids, for incremental builds.

    Example
    -------
    >>> ensure_corpus(100).name  # doctest: +SKIP
    'articles-100-s20240917-3f9c1a2b.jsonl'
    """
    gold = load_gold()
    suffix = f"-edit{edited}" if edited else ""
    path = cache / f"articles-{size}-s{seed}-{gold_digest(gold)}{suffix}.jsonl"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    articles = list(iter_corpus(gold, size, seed))
    for i in edited_ids(size, edited, seed) if edited else []:
        articles[i] = make_article(gold, i, seed, edit=1)
    return write_corpus(path, articles)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the corpora named on the command line and print their paths."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="+", type=int, help="corpus sizes, e.g. 100 1000 10000")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="folder (default: bench/.corpus)")
    args = parser.parse_args(argv)
    for size in args.sizes:
        print(ensure_corpus(size, args.cache, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
