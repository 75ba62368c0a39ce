"""Resolve the dates news writes ("on Monday", "March 4", "yesterday") against the article date."""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_date(text: str, article_date: str | None, future: bool = False) -> str | None:
    """ISO date for a date expression, or None when it names no single day.

    Relative expressions need the article date; absolute ones do not. A weekday or a day of a
    month without a year is the last one up to the article date, or with ``future`` (the clause
    is about what will happen: "will meet on Friday", "is expected to sign on March 9") the next
    one from it; "next Friday" is always the next one.

    Example
    -------
    >>> resolve_date("on Monday", "2024-03-06")
    '2024-03-04'
    >>> resolve_date("on Friday", "2024-03-06", future=True)
    '2024-03-08'
    >>> resolve_date("March 4, 2023", None)
    '2023-03-04'
    """
    t = text.lower().strip().rstrip(".,")
    if t.startswith("next "):
        t, future = t[5:], True
        if t.split()[0] not in _WEEKDAYS:
            return None  # "next week", "next month": no single day
    elif t.startswith("last "):
        future = False
    t = re.sub(r"^(on|last|this|early|late)\s+", "", t)
    ref = parse_iso(article_date)
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if iso:
        return _safe(int(iso[1]), int(iso[2]), int(iso[3]))
    m = re.fullmatch(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", t) or None
    day_first = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?", t)
    if day_first:
        m_name, d, y = day_first[2], day_first[1], day_first[3]
    elif m:
        m_name, d, y = m[1], m[2], m[3]
    else:
        m_name = None
    if m_name is not None and m_name in _MONTHS:
        month, day = _MONTHS[m_name], int(d)
        if y:
            return _safe(int(y), month, day)
        if ref is None:
            return None
        cand = _safe(ref.year, month, day)
        if cand and not future and cand > ref.isoformat():
            cand = _safe(ref.year - 1, month, day)
        elif cand and future and cand < ref.isoformat():
            cand = _safe(ref.year + 1, month, day)
        return cand
    if ref is None:
        return None
    if t in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return ref.isoformat()
    if t in {"yesterday", "last night"}:
        return (ref - dt.timedelta(days=1)).isoformat()
    if t in {"tomorrow"}:
        return (ref + dt.timedelta(days=1)).isoformat()
    words = t.split()
    if words and words[0] in _WEEKDAYS and len(words) <= 2:
        if future:
            delta = (_WEEKDAYS.index(words[0]) - ref.weekday()) % 7
            return (ref + dt.timedelta(days=delta)).isoformat()
        delta = (ref.weekday() - _WEEKDAYS.index(words[0])) % 7
        return (ref - dt.timedelta(days=delta)).isoformat()
    return None


def _safe(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
