"""Inputs -> cleaned :class:`~kg.model.Article` records (txt, html, jsonl); boilerplate removal.

This is the stage that touches input files. It expands folders, decodes and parses each
file, and hands the text to :func:`clean_text`, which removes the furniture that web pages
and wire copy wrap around an article (comment prompts, share buttons, by-lines, photo
captions, agency credits) so later stages do not read it as news.

Bad input never raises here: every problem is yielded as an :class:`~kg.errors.InputError`
that names the file (and line, for JSONL), so one broken file does not stop a build.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple

import lxml.html
from lxml import etree

from kg.errors import InputError
from kg.model import Article

__all__ = [
    "SUPPORTED_SUFFIXES",
    "clean_text",
    "iter_input_files",
    "read_file",
    "read_inputs",
    "slugify",
]

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_EXPECTED = ", ".join(SUPPORTED_SUFFIXES[:-1]) + " or " + SUPPORTED_SUFFIXES[-1]
_SNIFF_BYTES = 8192  # NUL bytes in this much of a file mean it is binary


# --------------------------------------------------------------------------- files


def iter_input_files(paths: Sequence[str | Path] | str | Path) -> Iterator[Path | InputError]:
    """Expand files and folders into the input files to read, in a deterministic order.

    Folders are walked recursively; their entries are sorted by relative path. Inside
    folders, hidden files and folders (names starting with ``.``) and files whose suffix
    is not in :data:`SUPPORTED_SUFFIXES` are skipped (logged at debug level); symbolic
    links to folders are not followed. A file named twice is yielded once.

    Parameters
    ----------
    paths:
        Files and folders, as given by the user. A single path is accepted too.

    Yields
    ------
    Path | InputError
        Each file to read, or an error for a path that does not exist, an explicitly
        named file with an unsupported suffix, or a folder that cannot be listed.

    Example
    -------
    >>> for item in iter_input_files(["seeds/", "extra.pdf"]):  # doctest: +SKIP
    ...     print(item)
    seeds/a.txt
    seeds/sub/b.jsonl
    extra.pdf: unsupported file type '.pdf' (expected .txt, .html, .htm or .jsonl)
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found: Iterable[Path | InputError] = _walk(path)
        elif not path.exists():
            found = [InputError(path, "no such file or directory")]
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            found = [InputError(path, _unsupported(path.suffix))]
        elif not path.is_file():
            found = [InputError(path, "not a regular file")]
        else:
            found = [path]
        for item in found:
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    logger.debug("skipping %s: already listed", item)
                    continue
                seen.add(key)
            yield item


def _walk(folder: Path) -> Iterator[Path | InputError]:
    try:
        with os.scandir(folder) as entries:
            # Sorting names level by level gives the order of sorting relative paths by parts.
            ordered = sorted(entries, key=lambda entry: entry.name)
    except OSError as err:
        yield InputError(folder, f"cannot list folder: {err.strerror or err}")
        return
    for entry in ordered:
        path = Path(entry.path)
        if entry.name.startswith("."):
            logger.debug("skipping hidden %s", path)
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
                continue
            if entry.is_dir():
                logger.debug("skipping %s: symbolic link to a folder", path)
                continue
            is_file = entry.is_file()
        except OSError as err:
            yield InputError(path, f"cannot read: {err.strerror or err}")
            continue
        if not is_file:
            logger.debug("skipping %s: not a regular file", path)
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            logger.debug("skipping %s: unsupported file type %r", path, path.suffix)
        else:
            yield path


def _unsupported(suffix: str) -> str:
    if not suffix:
        return f"unsupported file type: no extension (expected {_EXPECTED})"
    return f"unsupported file type '{suffix}' (expected {_EXPECTED})"


def read_inputs(paths: Sequence[str | Path] | str | Path) -> tuple[list[Article], list[InputError]]:
    """Read every article from files and folders, collecting errors instead of stopping.

    Article ids are unique across the whole input set: when a later article would repeat
    an id, it gets the first free suffix ``-2``, ``-3``, ... (the order of inputs decides,
    so the result is deterministic).

    Parameters
    ----------
    paths:
        Files and folders, as for :func:`iter_input_files`.

    Returns
    -------
    tuple[list[Article], list[InputError]]
        The articles in input order, and every problem found on the way.

    Example
    -------
    >>> articles, errors = read_inputs(["seeds/"])  # doctest: +SKIP
    >>> [a.id for a in articles], [str(e) for e in errors]  # doctest: +SKIP
    (['xi-cuba-socialism'], [])
    """
    articles: list[Article] = []
    errors: list[InputError] = []
    taken: set[str] = set()
    for item in iter_input_files(paths):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        for record in read_file(item):
            if isinstance(record, InputError):
                errors.append(record)
                continue
            unique = _unique_id(record.id, taken)
            if unique != record.id:
                logger.info("%s: article id %r is already used; using %r", record.path, record.id, unique)
                record = dataclasses.replace(record, id=unique)
            taken.add(unique)
            articles.append(record)
    return articles, errors


def _unique_id(article_id: str, taken: set[str]) -> str:
    if article_id not in taken:
        return article_id
    n = 2
    while f"{article_id}-{n}" in taken:
        n += 1
    return f"{article_id}-{n}"


def read_file(path: str | Path) -> Iterator[Article | InputError]:
    """Read one input file into articles (a JSONL file may hold many).

    Never raises for bad content: each problem is yielded as an :class:`InputError`
    (with ``line`` for JSONL) and reading carries on with the next line.

    Parameters
    ----------
    path:
        A ``.txt``, ``.html``/``.htm`` or ``.jsonl`` file, UTF-8 (a BOM is accepted).

    Yields
    ------
    Article | InputError
        The cleaned articles, and errors for what could not be read: an empty file,
        a binary or non-UTF-8 file, a bad JSONL line, or an article with no text left
        after cleaning.

    Example
    -------
    >>> for item in read_file(Path("seeds/xi-cuba-socialism.txt")):  # doctest: +SKIP
    ...     print(item.id, "|", item.title)
    xi-cuba-socialism | Xi says China willing to work with Cuba in building socialism
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield InputError(path, _unsupported(path.suffix))
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield InputError(path, f"cannot read file: {err.strerror or err}")
        return
    text = _decode(path, data)
    if isinstance(text, InputError):
        yield text
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, text)
    elif suffix == ".txt":
        title, body = _split_txt(text)
        yield _compose(path, _article_id(path.stem), title, body)
    else:
        parsed = _parse_html(path, text)
        if isinstance(parsed, InputError):
            yield parsed
        else:
            yield _compose(
                path,
                _article_id(path.stem),
                parsed.title,
                parsed.body,
                date=parsed.date,
                url=parsed.url,
                source=parsed.source,
            )


def _decode(path: Path, data: bytes) -> str | InputError:
    if not data.strip():
        return InputError(path, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return InputError(path, "encoded as UTF-16, not UTF-8 (re-save the file as UTF-8)")
    if b"\x00" in data[:_SNIFF_BYTES]:
        return InputError(path, "binary file, not text")
    offset = 0
    if data.startswith(codecs.BOM_UTF8):
        data, offset = data[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return InputError(
            path, f"not valid UTF-8 at byte {err.start + offset}: {err.reason} (re-save the file as UTF-8)"
        )
    if not text.strip():
        return InputError(path, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _compose(
    path: Path,
    article_id: str,
    title: str,
    body: str,
    *,
    line: int | None = None,
    date: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Article | InputError:
    """Clean ``body`` and put the title in front of it as the first paragraph, once."""
    title = _SLUG.sub("", _normalise_line(title))  # "UPDATE 2-Kenya signs ...": the wire's slug off
    body = clean_text(body)
    if title:
        first, _, rest = body.partition("\n")
        if first == title:
            body = rest.lstrip("\n")
    if not body:
        return InputError(path, "no article text after cleaning", line=line)
    return Article(
        id=article_id,
        text=f"{title}\n\n{body}" if title else body,
        title=title,
        date=date,
        url=url,
        source=source,
        path=str(path),
    )


# --------------------------------------------------------------------------- ids

_TRANSLIT = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
     "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"}
)  # fmt: skip


def slugify(name: str) -> str:
    """Fold a name to lowercase ASCII letters, digits and single hyphens.

    Accents are removed with Unicode NFKD; letters with no decomposition (``ß``, ``ø``,
    ``ł`` ...) are transliterated; everything else becomes a hyphen. The result may be
    empty for a name with no Latin letters or digits.

    Parameters
    ----------
    name:
        Any string, e.g. a file stem or a JSONL ``id``.

    Returns
    -------
    str
        The slug; an already clean slug is returned unchanged.

    Example
    -------
    >>> slugify("Café Niño: Día 2")
    'cafe-nino-dia-2'
    >>> slugify("xi-cuba-socialism")
    'xi-cuba-socialism'
    """
    folded = unicodedata.normalize("NFKD", name.translate(_TRANSLIT))
    # Drop the accents NFKD split off; anything else that is not [a-z0-9] separates words ("1⁄2" -> "1-2").
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")


def _article_id(name: str) -> str:
    slug = slugify(name)
    if slug:
        return slug
    # A name with nothing to keep (e.g. all CJK) still needs a stable, distinct id.
    digest = hashlib.sha1(name.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
    return f"article-{digest}"


# --------------------------------------------------------------------------- txt


def _split_txt(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[i + 1 :])
    return "", ""


# --------------------------------------------------------------------------- jsonl

_STRING_FIELDS = ("id", "text", "title", "date", "url", "source")


def _read_jsonl(path: Path, text: str) -> Iterator[Article | InputError]:
    first_line: dict[str, int] = {}
    # split("\n"), not splitlines(): U+2028 and friends may sit inside JSON strings.
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as err:
            yield InputError(path, f"invalid JSON: {err.msg} (column {err.colno})", line=number)
            continue
        if not isinstance(record, dict):
            yield InputError(path, f"expected a JSON object, got {_json_type(record)}", line=number)
            continue
        problem = _check_record(record)
        if problem:
            yield InputError(path, problem, line=number)
            continue
        raw_id = record["id"]
        if raw_id in first_line:
            yield InputError(
                path, f"duplicate id {raw_id!r} (first used on line {first_line[raw_id]})", line=number
            )
            continue
        first_line[raw_id] = number
        yield _compose(
            path,
            _article_id(raw_id),
            record.get("title") or "",
            record["text"],
            line=number,
            date=_jsonl_date(path, number, record.get("date")),
            url=(record.get("url") or "").strip() or None,
            source=(record.get("source") or "").strip() or None,
        )


def _check_record(record: dict[str, object]) -> str | None:
    for name in ("id", "text"):
        if record.get(name) is None:
            return f"missing required field '{name}'"
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return f"field '{name}' must be a string, not {_json_type(value)}"
    if not str(record["id"]).strip():
        return "field 'id' is empty"
    return None


def _json_type(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null"


def _jsonl_date(path: Path, line: int, value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    iso = _iso_date(value)
    if iso is None:
        logger.warning("%s:%d: ignoring date %r: expected an ISO date such as 2021-07-26", path, line, value)
    return iso


def _iso_date(value: str) -> str | None:
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d])", value)
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


# --------------------------------------------------------------------------- html


class _Parsed(NamedTuple):
    title: str
    body: str
    date: str | None
    url: str | None
    source: str | None


# fmt: off
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe", "frame", "svg",
    "math", "button", "figcaption", "select", "option", "textarea", "input", "label", "object", "embed",
    "canvas", "dialog", "menu", "video", "audio", "map", "head",
})
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "tfoot", "thead", "tr", "ul",
})
# fmt: on
_CELL_TAGS = frozenset({"td", "th"})
_OUTSIDE_CONTENT = frozenset({"nav", "aside", "footer", "header", "template", "noscript"})
_JUNK_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
# One part of an id or class name ("comment-list" -> "comment", "list"); "commentary" is content.
_JUNK_NAME = re.compile(
    r"^(?:comment(?!ar|at)|share|sharing|social|related|newsletter|advert|ads?$|cookie|subscribe(?!r)"
    r"|breadcrumb|menu|promo|sponsor|popup|paywall|sidebar|disqus|outbrain|taboola|nav$|navbar|footer)"
)
_TAXONOMY_CLASS = ("tag-", "category-", "cat-", "topic-")  # WordPress post_class: "tag-social"
_ANY_WS = re.compile(r"\s+")
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "parsely-pub-date",
)


def _parse_html(path: Path, text: str) -> _Parsed | InputError:
    # Bytes plus an explicit encoding: lxml refuses str input that carries an encoding declaration.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        doc = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.LxmlError, ValueError) as err:
        return InputError(path, f"cannot parse HTML: {err}")
    metas: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = _normalise_line(meta.get("content") or "")
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key and content:
                metas.setdefault(key, content)
    root = _content_root(doc)
    title = _html_title(doc, root, metas)
    found_date = _html_date(doc, metas)
    url = _canonical_url(doc) or metas.get("og:url")
    source = metas.get("og:site_name")
    _prune(root)
    if title:
        for heading in root.iter("h1"):
            if _normalise_line(heading.text_content()) == title:
                heading.drop_tree()
                break
    body = "\n\n".join(_html_blocks(root))
    return _Parsed(title, body, found_date, url, source)


def _content_root(doc: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element holding the article: the largest <article>, else <main>, else <body>."""
    articles = [el for el in doc.iter("article") if not _outside_content(el) and not _junk_attrs(el)]
    if articles:
        return max(articles, key=lambda el: len(el.text_content()))  # first of equals: deterministic
    for el in doc.iter():
        if (el.tag == "main" or el.get("role") == "main") and not _outside_content(el):
            return el
    body = doc.find("body")
    return body if body is not None else doc


def _outside_content(el: lxml.html.HtmlElement) -> bool:
    return any(isinstance(a.tag, str) and a.tag in _OUTSIDE_CONTENT for a in el.iterancestors())


def _junk_attrs(el: lxml.html.HtmlElement) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", el.get("style") or "", re.I):
        return True
    if (el.get("role") or "").lower() in _JUNK_ROLES:
        return True
    for token in f"{el.get('id') or ''} {el.get('class') or ''}".lower().split():
        if token.startswith(_TAXONOMY_CLASS):
            continue
        if any(_JUNK_NAME.match(part) for part in re.split(r"[-_:]+", token) if part):
            return True
    return False


def _html_title(doc: lxml.html.HtmlElement, root: lxml.html.HtmlElement, metas: dict[str, str]) -> str:
    if root.tag in ("article", "main") or root.get("role") == "main":
        heading = _first_h1(root, ("nav", "aside", "footer"))
        if heading:
            return heading
    for key in ("og:title", "twitter:title"):
        if metas.get(key):
            return _strip_site_suffix(metas[key], dashes=False)
    heading = _first_h1(doc, ("nav", "aside", "footer", "header"))
    if heading:
        return heading
    title_el = doc.find(".//title")
    if title_el is not None:
        title = _strip_site_suffix(_normalise_line(title_el.text_content()), dashes=True)
        if title:
            return title
    return _first_h1(doc, ())


def _first_h1(el: lxml.html.HtmlElement, exclude: tuple[str, ...]) -> str:
    for heading in el.iter("h1"):
        if any(a.tag in exclude for a in heading.iterancestors()):
            continue
        text = _normalise_line(heading.text_content())
        if text:
            return text
    return ""


_SITE_DASH = re.compile(r"^(?P<head>.+)\s+[-–—]\s+(?P<tail>[^-–—]+)$")


def _strip_site_suffix(title: str, *, dashes: bool) -> str:
    """Drop a trailing " | Site name" (and, for <title>, " - Site name")."""
    for sep in (" | ", " :: ", " · ", " • "):
        head = title.split(sep)[0].strip()
        if head:
            title = head
    if dashes:
        match = _SITE_DASH.match(title)
        # Only a name-like tail ("Global Times", "example.com") is a site; "- the crisis deepens" is not.
        if match and _looks_like_site_name(match["tail"]):
            title = match["head"].strip()
    return title


def _looks_like_site_name(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 5:
        return False
    if re.search(r"\.[a-z]{2,}$", text, re.I):
        return True
    return all(w[0].isupper() or w[0].isdigit() or w in ("&", "of", "the", "de") for w in words)


def _html_date(doc: lxml.html.HtmlElement, metas: dict[str, str]) -> str | None:
    for key in _DATE_KEYS:
        if key in metas and (iso := _iso_date(metas[key])):
            return iso
    for el in doc.iter("time"):
        if (value := el.get("datetime")) and (iso := _iso_date(value)):
            return iso
    return None


def _canonical_url(doc: lxml.html.HtmlElement) -> str | None:
    for link in doc.iter("link"):
        href = (link.get("href") or "").strip()
        if href and "canonical" in (link.get("rel") or "").lower().split():
            return href
    return None


def _prune(root: lxml.html.HtmlElement) -> None:
    """Remove scripts, navigation, comments, share bars ... from inside ``root``."""
    total = _p_text_length(root)
    for el in list(root.iterdescendants()):
        if not isinstance(el.tag, str) or not any(a is root for a in el.iterancestors()):
            continue  # a comment node, or inside something already removed
        tag = el.tag.lower()
        if tag in _DROP_TAGS:
            el.drop_tree()
        elif tag == "form":
            # Some CMSs wrap a whole page in one <form>; only a form without paragraphs is furniture.
            if el.find(".//p") is None:
                el.drop_tree()
        elif _junk_attrs(el) and not (total and 2 * _p_text_length(el) > total):
            # The guard keeps a wrapper that holds most of the article ("content-with-sidebar").
            el.drop_tree()


def _p_text_length(el: lxml.html.HtmlElement) -> int:
    return sum(len(p.text_content()) for p in el.iter("p"))


def _html_blocks(root: lxml.html.HtmlElement) -> list[str]:
    """Text of block elements (p, h1-h6, li, blockquote, div ...), one string per block."""
    blocks: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        lines = (_normalise_line(line) for line in "".join(parts).split("\n"))
        block = "\n".join(line for line in lines if line)
        if block:
            blocks.append(block)
        parts.clear()

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                flush()
            elif tag == "br":
                parts.append("\n")
            elif tag in _CELL_TAGS:
                parts.append(" ")
            if tag and el.text:
                parts.append(_ANY_WS.sub(" ", el.text))
        else:
            if tag in _BLOCK_TAGS:
                flush()
            elif tag in _CELL_TAGS:
                parts.append(" ")
            if el is not root and el.tail:
                parts.append(_ANY_WS.sub(" ", el.tail))
    flush()
    return blocks


# --------------------------------------------------------------------------- cleaning

_CHAR_MAP = str.maketrans(
    {
        "\u2028": "\n",  # line separator
        "\u2029": "\n\n",  # paragraph separator
        "\u200b": None,  # zero-width space
        "\u2060": None,  # word joiner
        "\ufeff": None,  # stray BOM / zero-width no-break space
        "\u00ad": None,  # soft hyphen
    }
)
_INLINE_WS = re.compile(r"[^\S\n]+")  # includes no-break and other Unicode spaces
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’'»)\]]*$")
_TERMINAL = re.compile(r"[.!?…:;\"”’'»)\]]$")

_SOCIAL = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|e-?mail|print|messenger|flipboard"
    r"|tumblr|instagram|youtube|tiktok|threads|bluesky|mastodon|sms|copy link|copy url)"
)
_WIRES = (
    r"(?:Thomson Reuters Foundation|Thomson Reuters|Reuters|(?:The |the )?Associated Press|AP|AFP"
    r"|Agence France-Presse|Xinhua(?: News Agency)?|Bloomberg(?: News)?|dpa|DPA|EFE|Efe|UPI|TASS|Tass"
    r"|Kyodo(?: News)?|Yonhap|ANSA|IANS|PTI|ANI|Anadolu(?: Agency)?|AA|Sputnik|RIA Novosti|Interfax"
    r"|Prensa Latina|CNA|Bernama|Antara|KUNA|WAM|SPA|IRNA|MENA|SANA|Lusa|AAP)"
)
_CREDIT_SOURCES = r"(?:reuters|afp|ap|epa(?:-efe)?|getty images|xinhua|ap photo|afp photo|shutterstock|alamy)"

# Whole lines that are page or wire furniture. Matched case-insensitively against one normalised line.
_FURNITURE = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # a wire's note on an updated story: "(Adds minister's comments in paragraphs 4-5)"
        r"^\((?:adds|updates|recasts|rewrites|writes through|corrects|changes|removes|inserts|fixes|refiles"
        r"|repeats|combines|tops with|moves)\b[^()]{0,200}\)$",
        # a correction or update notice: "This story has been corrected to show that ..."
        r"^this (?:story|article|report|version)(?: has been| was| is)? "
        r"(?:corrected|updated|amended|clarified)\b.{0,300}$",
        # comment sections
        r"^no comments(?: yet| so far)?\b(?:[.!]|$).{0,80}$",
        r"^(?:leave|post|add|write|submit|be the first to) (?:a |an |your )?"
        r"(?:reply|comment|response)s?\b.{0,60}$",
        r"your email address will not be published",
        r"required fields are marked",
        r"^cancel reply\W*$",
        r"^\d+ (?:comments?|replies|responses)\W*$",
        r"^(?:show|view|load|hide|see|read) (?:all |more |the )?(?:\d+ )?comments?\b.{0,30}$",
        r"^comments?(?: \(\d+\)| \d+)?\W*$",
        r"^(?:join|start) the (?:conversation|discussion)\b.{0,40}$",
        r"you must be (?:logged|signed) in to (?:post|leave) a comment",
        r"^save my name,? email,? and website in this browser",
        r"^notify me of (?:follow-up comments|new posts|new comments)",
        r"^comments are (?:closed|moderated)\b.{0,40}$",
        # share and follow
        rf"^(?:share|tweet|pin it|{_SOCIAL})(?:\W+(?:share|shares|tweet|this|the|on|via|article|story|post"
        rf"|page|link|it|by|to|with|friends?|{_SOCIAL}))*\W*$",
        r"^follow (?:us|me)(?:\W*$|\s+(?:on|at)\b|\s*[:@]).{0,80}$",
        rf"^(?:like|follow|find|join) us on {_SOCIAL}\b.{{0,60}}$",
        rf"^follow (?:[\w@.'’-]+ ){{1,4}}on {_SOCIAL}\b.{{0,60}}$",
        r"^(?:click|tap) (?:here|to (?:share|tweet|e-?mail|print|subscribe|read|follow|download|view))"
        r"\b.{0,80}$",
        # related links, read more, tags
        r"^(?:related|see also|also read|read also|more on this|recommended|most read|most popular|trending"
        r"|you may also like|you might also like|more stories|top stories|further reading|latest news)"
        r"(?: (?:articles?|stories|posts|content|coverage|news|topics|reading|links?|videos?))?"
        r"\s*(?::.{0,200})?$",
        r"^(?:read|see|watch|listen) (?:more|next|the full (?:story|article|report|interview))\b.{0,150}$",
        r"^(?:continue|keep) reading\b.{0,40}$",
        r"^more\s*:.{0,150}$",
        r"^(?:tags?|topics?|filed under|categories|keywords)\s*:.{0,200}$",
        r"^(?:[^:\n]{0,60}:\s*)?(?:https?://|www\.)\S+\s*$",  # "AP soccer: https://...": a link alone
        r"^skip to (?:main )?(?:content|navigation|search)\W*$",
        r"^(?:back|go) to top\W*$",
        # advertising
        r"^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| links?)?"
        r"|promoted(?: content| stories)?|paid (?:content|post|partner(?: content)?)|partner content"
        r"|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?"
        r"|scroll (?:down )?to continue(?: (?:reading|with content))?"
        r"|skip (?:ad|advert|advertisement))\W*$",
        # subscriptions, newsletters, accounts, cookies
        r"^(?:subscribe|sign up|sign-up)\b(?:\W+\w+){0,11}\W*$",
        r"^(?:subscribe|sign up|sign-up)\b.{0,150}\b(?:newsletters?|inbox|subscription)\b.{0,60}$",
        r"^(?=.{0,160}$).*\b(?:sign up|subscribe|get|receive)\b.*\bnewsletters?\b",
        r"^(?=.{0,160}$).*\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|delivered)\b",
        r"^(?:already (?:a subscriber|have an account)|log ?in|sign in|create (?:a free )?account"
        r"|you have \d+ free articles?"
        r"|this (?:article|content) is (?:only )?(?:for|available to) subscribers)"
        r"\b.{0,80}$",
        r"^(?=.{0,200}$).*\b(?:we use cookies|cookie (?:policy|settings|preferences))\b",
        r"^(?:accept|reject|manage) (?:all )?cookies\b.{0,40}$",
        # copyright and wire notices
        r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by\b)).{0,200}$",
        r"^(?=.{0,200}$).*\ball rights reserved\b",
        r"^this (?:material|article|story) may not be (?:published|reproduced|broadcast)",
        r"^our standards\s*:.{0,100}$",
        r"^[-–—]\s*(?:the )?(?:associated press|reuters|afp)\W*$",
        # image credits
        r"^(?:(?:photo|image|picture|video|header|top|main|lead|cover|featured?)\s+(?:image\s+)?)?"
        r"credits?\s*:.{0,150}$",
        rf"^(?:courtesy(?: of)?\s+)?[\w .,'’&-]{{0,60}}/\s*(?:{_CREDIT_SOURCES}|file)\W*$",
        rf"^(?:{_CREDIT_SOURCES}|file photo)(?:\s*(?:/|via)\s*[\w .'’-]{{1,40}})*\W*$",
        rf"^(?:image )?source\s*:\s*{_CREDIT_SOURCES}\b.{{0,40}}$",
    )
)

# By-lines are matched case-sensitively: a name is capitalised words.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:de|da|del|der|den|van|von|bin|ibn|al|el|la|le|di|dos|du|ter)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}}"
_ROLE = (
    r"(?:(?:[Ss]taff|[Ss]enior|[Cc]hief|[Ff]oreign|[Ss]pecial|[Ss]ports|[Pp]olitical|[Bb]usiness)\s+)?"
    r"(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]ontributor|[Jj]ournalist)s?"
)
_BYLINES = (
    re.compile(
        rf"^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eported by)\s+{_NAME}(?:\s*(?:,|and|&)\s+{_NAME})*"
        rf"(?:\s*(?:,|\||-|–|—|/)\s*(?:{_WIRES}|{_ROLE}|{_NAME})|\s+in\s+{_NAME}|\s+(?:{_WIRES}))*\.?$"
    ),
    re.compile(rf"^{_NAME}\s*(?:,|\||-|–|—|/)\s*(?:{_WIRES}|{_ROLE})\.?$"),
    # "Editor: Liu Wei", "Writers: Ana Ruiz and Tom Lee", "Edited by Jane Doe": staff credits
    re.compile(
        rf"^(?:(?:{_ROLE}|[Pp]roducers?|[Tt]ranslators?|[Pp]hotographers?)\s*:|[Ee]dited by|[Tt]ranslated by)"
        rf"\s*{_NAME}(?:\s*(?:,|and|&)\s+{_NAME})*\.?$"
    ),
    # "BBC News, Nairobi": an outlet's newsroom and city over the story
    re.compile(rf"^(?:{_NAME}\s+)?(?:News|Newsroom|News Service)\s*,\s*{_NAME}\.?$"),
)
_WIRE_FOOTER = re.compile(
    r"^\(?(?:--\s*)?(?:(?:additional |further )?(?:reporting|writing|editing|compiled|compiling|research"
    r"|graphics|fact-checking|translation|translated|production)(?: and [a-z-]+)? by|with assistance from)\b",
    re.IGNORECASE,
)
# "To contact the reporters on this story:" and the lines under it ("Jane Ortiz in Paris at
# jortiz@example.net"): how to reach the writers, not the story.
_CONTACT = re.compile(
    r"^to contact the (?:reporters?|editors?|writers?)\b.{0,60}:?$|\bat [\w.+-]+@[\w-]+(?:\.[\w-]+)+;?$",
    re.IGNORECASE,
)
# fmt: off
_NAME_JOINERS = frozenset({
    "and", "in", "from", "at", "of", "the", "for", "with", "de", "da", "del", "der", "van", "von", "bin",
    "ibn", "al", "el", "la", "le", "di", "dos", "du",
})
# fmt: on
_CAPTION_LABEL = re.compile(
    r"^(?:file\s+)?(?:photos?|photograph|pictures?|images?|pictured|caption|illustration)"
    r"(?:\s*\([^)]{0,40}\))?\s*(?::|\||–|—|-)\s*\S",
    re.IGNORECASE,
)
_CAPTION_CREDIT_END = re.compile(
    rf"(?:\((?:file\s+)?(?:photo|{_CREDIT_SOURCES})\b[^()]{{0,60}}\)"
    rf"|\b{_CREDIT_SOURCES}\s*/\s*[^/]{{1,60}}(?:/\s*[^/]{{1,40}}){{0,2}}"
    rf"|\b(?:afp|ap|reuters) via getty images)\W*$",
    re.IGNORECASE,
)
_CAPTION_MARKER = re.compile(
    r"\b(?:file photos?|photos?|photograph(?:s|ed)?|pictured|getty images|afp|ap photo|epa)\b"
    rf"|\({_CREDIT_SOURCES}\)|\breuters/",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^(?P<place>[A-ZÀ-Þ][^()\n]{{0,80}}?)?\s*\({_WIRES}(?:\s*[/,]\s*[A-Za-z .-]{{1,30}})?\)"
    r"\.?\s*(?P<dash>--|[-–—‐‑])?\s*"
)


def clean_text(text: str) -> str:
    """Remove web and wire furniture from article text, keeping the article's own words.

    Works paragraph by paragraph (blocks separated by blank lines) and line by line:
    whitespace inside lines is collapsed (no-break spaces become spaces), hard-wrapped
    lines are joined, and lines that are furniture are dropped: comment prompts, share and
    follow buttons, "Related:" and "Read more" links, advertisements, subscription and
    newsletter prompts, copyright notices, by-lines ("By Jane Ortiz", "Jane Ortiz,
    Reuters"), wire credit footers ("Reporting by ...; Editing by ..."), photo captions
    and image credits. A wire agency's credit in a dateline is removed so the agency is
    not read as an actor; the dateline itself is kept, its dash written as an em dash (see
    :func:`_dateline_dash`). Nothing is added.

    Parameters
    ----------
    text:
        Raw article text; paragraphs separated by blank lines.

    Returns
    -------
    str
        The cleaned text, paragraphs joined by ``"\\n\\n"``, stripped. Deterministic and
        idempotent.

    Example
    -------
    >>> clean_text("NAIROBI, March 4 (Reuters) - Kenya said.\\n\\nShare this article\\n\\nBy Jane Ortiz")
    'NAIROBI, March 4 \u2014 Kenya said.'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CHAR_MAP)
    paragraphs: list[str] = []
    for block in _PARAGRAPH_BREAK.split(text):
        lines = [line for line in map(_normalise_line, block.split("\n")) if line]
        # Repeat until nothing changes: dropping a line can make two halves of a wrapped sentence neighbours.
        # Each round that changes something removes a line or shortens one, so this ends, and the fixpoint
        # makes clean_text idempotent.
        while True:
            stripped = (_dateline_dash(_strip_wire_credit(_SLUG.sub("", line))) for line in lines)
            joined = _join_wrapped([line for line in stripped if line and not _is_furniture(line)])
            if joined == lines:
                break
            lines = joined
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs).strip()


def _normalise_line(line: str) -> str:
    return _INLINE_WS.sub(" ", line.translate(_CHAR_MAP).replace("\n", " ")).strip()


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line that starts in lower case, or follows a long unfinished one."""
    out: list[str] = []
    for line in lines:
        if out and (
            line[0].islower()
            or (
                len(out[-1]) >= 60
                and not _TERMINAL.search(out[-1])
                and not _is_furniture(out[-1])
                and not _is_furniture(line)
            )
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


#: A wire footer in parentheses closing the last paragraph: "... next week. (Reporting by X; Editing by Y)"
_TRAILING_FOOTER = re.compile(
    r"(?<=[.!?\"”])\s*(\([^()]*\))\s*$",
)


def _strip_wire_credit(line: str) -> str:
    """'NAIROBI, March 4 (Reuters) - Kenya ...' -> 'NAIROBI, March 4 - Kenya ...'; a parenthesised
    wire footer after the last sentence of a line is dropped."""
    footer = _TRAILING_FOOTER.search(line)
    if footer is not None and _is_wire_footer(footer.group(1)):
        line = line[: footer.start()].rstrip()
    match = _DATELINE.match(line)
    if not match:
        return line
    if _DATELINE.match(line[match.end() :]):
        return line  # two credits in a row is not a dateline we understand; leave it alone
    place = (match["place"] or "").strip()
    dash = match["dash"]
    rest = line[match.end() :]
    if not place:
        return rest if dash or rest[:1].isupper() else line
    if not dash or not _looks_like_dateline(place):
        return line
    return f"{place} {dash} {rest}".rstrip()


#: A wire's slug before a headline: "UPDATE 2-", "EXCLUSIVE-", "CORRECTED-FACTBOX-" (Reuters style:
#: capitals and a hyphen joined to the headline). Only these words: "NATO-Russia talks" is a headline.
_SLUG = re.compile(
    r"^(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|CORRECTION|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT|BREAKINGVIEWS"
    r"|FOCUS|EXPLAINER|INTERVIEW|COLUMN|SPECIAL REPORT|TIMELINE|GRAPHIC|PREVIEW|FEATURE|WITNESS|POLL"
    r"|BRIEF|BUZZ|ADVISORY|DIARY|FACTCHECK|FACT CHECK|HIGHLIGHTS|SCENARIOS|OPINION|LIVE)(?: \d{1,2})?-)+"
    r"(?=[A-Z0-9\"'‘“])"
)

#: A dateline without a wire credit and its dash: "NAIROBI, March 4 - Kenya ..." (not an em dash).
_PLAIN_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Þ][^()\n]{0,80}?) (?:--|[-–‐‑]) (?=\S)")


def _dateline_dash(line: str) -> str:
    """'NAIROBI, March 4 - Kenya ...' -> 'NAIROBI, March 4 — Kenya ...': a dateline's hyphen or en
    dash written as the em dash of AP style. spaCy's English models read " - " after a date as
    part of it and then often miss the name that opens the story ("March 4 - The Red Cross said":
    no organisation); with the em dash they do not. Only a dateline's dash changes (same place,
    one character for one or two)."""
    match = _PLAIN_DATELINE.match(line)
    if match is None or not _looks_like_dateline(match["place"]):
        return line
    return f"{match['place']} \u2014 {line[match.end() :]}"


def _looks_like_dateline(place: str) -> bool:
    """'NAIROBI, March 4', 'ST. LOUIS, Mo.', 'LONDON/PARIS', 'Nairobi, March 4' - not a sentence."""
    words = place.split()
    first = words[0].strip(",.")
    if len(words) <= 8 and first.isupper() and sum(ch.isalpha() for ch in first) > 1:
        return True
    return "," in place and len(words) <= 5 and all(w[0].isupper() or w[0].isdigit() for w in words)


def _is_furniture(line: str) -> bool:
    if not any(ch.isalnum() for ch in line):
        return True
    if any(pattern.search(line) for pattern in _FURNITURE):
        return True
    if len(line) <= 160 and any(pattern.match(line) for pattern in _BYLINES):
        return True
    return _is_wire_footer(line) or _is_caption(line)


_CONTRIBUTED = re.compile(
    r"\s+(?:contributed(?: reporting)?(?: to (?:this|the) (?:report|story))?(?: from [^.]{1,60})?"
    r"|reported (?:from|in) [^.]{1,60})\.?$"
)
_CONTRIBUTOR_WORDS = frozenset(
    {"writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "journalist",
     "journalists", "photographer", "photographers", "staff"}
)  # fmt: skip


def _is_contributor_line(line: str) -> bool:
    """ "Associated Press writer Jane Ortiz in Riga, Latvia, contributed to this report.",
    "Ortiz reported from Nairobi, Kenya.": who wrote the story, not part of it."""
    found = _CONTRIBUTED.search(line)
    if found is None or len(line) > 200:
        return False
    words = re.findall(r"[^\W\d]+", line[: found.start()])
    return bool(words) and all(
        w[:1].isupper() or w in _NAME_JOINERS or w in _CONTRIBUTOR_WORDS for w in words
    )


def _is_wire_footer(line: str) -> bool:
    if _is_contributor_line(line) or (len(line) <= 200 and _CONTACT.search(line)):
        return True
    if not _WIRE_FOOTER.match(line):
        return False
    if line.startswith("(") or ";" in line or not _ENDS_SENTENCE.search(line):
        return True
    # "Reporting by Jane Ortiz in Nairobi." names people and places; "Reporting by the BBC showed ..." is a
    # sentence: it has lower-case words other than the few that join names.
    credited = line[_WIRE_FOOTER.match(line).end() :]
    return all(word in _NAME_JOINERS for word in re.findall(r"[^\W\d]+", credited) if word.islower())


def _is_caption(line: str) -> bool:
    words = len(line.split())
    if words > 60:
        return False
    if _CAPTION_LABEL.match(line) or _CAPTION_CREDIT_END.search(line):
        return True
    if re.match(
        r"^(?:photos?|images?|pictures?|illustration)\s+(?:by|courtesy(?: of)?|via)\s", line, re.IGNORECASE
    ):
        return not _ENDS_SENTENCE.search(line)
    # "China Cuba File photo": short, mentions a photo, and does not end the way a sentence does.
    return (
        words <= 20
        and (line[0].isupper() or line[0].isdigit())
        and not _ENDS_SENTENCE.search(line)
        and bool(_CAPTION_MARKER.search(line))
    )
