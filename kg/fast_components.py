"""Faster stand-ins for two of a spaCy pipeline's rule components, with the same output.

A trained English pipeline spends about a fifth of its time in two components that are rules,
not networks: the ``attribute_ruler`` (the tag map and a hundred-odd exceptions, run through
spaCy's general ``Matcher``, which tries every pattern at every token) and the ``lemmatizer``
(a Python loop that builds a ``Token`` and a ``MorphAnalysis`` for every word). Both decide a
token's annotation from a handful of its attributes, and a news corpus repeats the same few
thousand combinations, so a table keyed on those attributes answers almost every token:

- :class:`FastAttributeRuler` compiles the ruler's own patterns (whatever model it comes
  from: nothing here names a tag or a word) into predicates over the token attributes they
  read, remembers for each combination of those attributes which patterns match, and applies
  the matches in the ruler's order (a later pattern wins), as the ruler does;
- :class:`FastLemmatizer` asks the model's lemmatizer once per (word, part of speech,
  morphology), the key spaCy's rule lemmatizer already caches on, and writes the lemmas of a
  whole ``Doc`` in one array call.

Where a ruler uses a pattern feature the compiler does not know (an operator, another
attribute), :func:`use_fast_components` leaves that component as it is. The originals stay in
the pipeline, disabled, so ``nlp.enable_pipe`` restores them; tests check that both stand-ins
annotate every token of the gold articles exactly as the originals do.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

log = logging.getLogger(__name__)

#: Token attributes a compiled pattern may test, by the name patterns use.
_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "POS": POS, "DEP": DEP}
_FLAGS = {"IS_SPACE": IS_SPACE}

Predicate = Callable[[tuple[int, ...]], bool]


class UnsupportedPattern(ValueError):
    """A ruler pattern uses a feature this module does not compile."""


def _compile_value(vocab: Vocab, column: int, value: Any) -> Predicate:
    """A test of one attribute (at ``column`` of a token's key) against a pattern value."""
    strings = vocab.strings
    if isinstance(value, bool):
        wanted = int(value)
        return lambda key: key[column] == wanted
    if isinstance(value, str):
        wanted = strings.add(value)
        return lambda key: key[column] == wanted
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            members = frozenset(strings.add(v) for v in arg)
            if op == "IN":
                return lambda key: key[column] in members
            return lambda key: key[column] not in members
        if op == "REGEX" and isinstance(arg, str):
            regex = re.compile(arg)
            return lambda key: bool(regex.search(strings[key[column]]))
    raise UnsupportedPattern(f"pattern value {value!r}")


class _Compiled:
    """The patterns of an attribute ruler as predicates over a token's attribute key."""

    def __init__(self, vocab: Vocab, patterns: list[dict[str, Any]]) -> None:
        names: list[str] = []
        for entry in patterns:
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or not pattern:
                    raise UnsupportedPattern(f"pattern {pattern!r}")
                for spec in pattern:
                    for name in spec:
                        if name not in _ATTRS and name not in _FLAGS:
                            raise UnsupportedPattern(f"attribute {name!r}")
                        if name not in names:
                            names.append(name)
        self.attr_ids = [_ATTRS.get(name) or _FLAGS[name] for name in names]
        column = {name: i for i, name in enumerate(names)}
        # One predicate per distinct token spec; a pattern is a sequence of predicate ids. A spec
        # that asks for one exact value of an attribute is filed under that (column, value), so
        # a new token is tested only against the specs its own values could satisfy.
        specs: dict[str, int] = {}
        self.predicates: list[Predicate] = []
        self.anchored: dict[tuple[int, int], list[int]] = {}
        self.unanchored: list[int] = []
        self.rules: list[tuple[int, tuple[int, ...], int, dict[str, Any]]] = []
        for order, entry in enumerate(patterns):
            attrs = normalize_token_attrs(vocab, entry["attrs"])
            for pattern in entry["patterns"]:
                ids = []
                for spec in pattern:
                    ident = repr(sorted(spec.items()))
                    if ident not in specs:
                        specs[ident] = self._add_predicate(vocab, spec, column)
                    ids.append(specs[ident])
                index = entry.get("index", 0)
                if not -len(pattern) <= index < len(pattern):
                    raise UnsupportedPattern(f"index {index} outside pattern {pattern!r}")
                self.rules.append((order, tuple(ids), index % len(pattern), attrs))
        self.by_first: dict[int, list[tuple[int, tuple[int, ...], int, dict[str, Any]]]] = {}
        for rule in self.rules:
            self.by_first.setdefault(rule[1][0], []).append(rule)
        self._holds: dict[tuple[int, ...], frozenset[int]] = {}

    def _add_predicate(self, vocab: Vocab, spec: dict[str, Any], column: dict[str, int]) -> int:
        ident = len(self.predicates)
        tests = [_compile_value(vocab, column[name], value) for name, value in spec.items()]
        self.predicates.append(lambda key: all(test(key) for test in tests))
        exact = [(column[n], vocab.strings.add(v)) for n, v in spec.items() if isinstance(v, str)]
        if exact:
            self.anchored.setdefault(exact[0], []).append(ident)
        else:
            self.unanchored.append(ident)
        return ident

    def holds(self, key: tuple[int, ...]) -> frozenset[int]:
        """The ids of the predicates a token with this attribute key satisfies (memoised)."""
        found = self._holds.get(key)
        if found is None:
            candidates = list(self.unanchored)
            for col, value in enumerate(key):
                candidates.extend(self.anchored.get((col, value), ()))
            found = frozenset(i for i in candidates if self.predicates[i](key))
            self._holds[key] = found
        return found

    def matches(self, doc: Doc) -> list[tuple[int, int, int, dict[str, Any]]]:
        """(pattern order, start, token index, attrs) of every match, before any is applied."""
        keys = [tuple(row) for row in doc.to_array(self.attr_ids).tolist()] if len(doc) else []
        holds = [self.holds(key) for key in keys]
        found = []
        n = len(keys)
        for start, here in enumerate(holds):
            for first in here:
                for order, ids, index, attrs in self.by_first.get(first, ()):
                    end = start + len(ids)
                    if end > n or any(ids[k] not in holds[start + k] for k in range(1, len(ids))):
                        continue
                    found.append((order, start, start + index, attrs))
        found.sort(key=lambda m: (m[0], m[1]))
        return found


class FastAttributeRuler:
    """Apply an attribute ruler's patterns through memoised predicates (same output)."""

    def __init__(self, vocab: Vocab, patterns: list[dict[str, Any]]) -> None:
        self.vocab = vocab
        self.patterns = patterns
        self.compiled = _Compiled(vocab, patterns)

    def __reduce__(self) -> tuple[Any, ...]:
        # Compiled predicates are closures: a process that is spawned, not forked (spaCy's
        # n_process on macOS and Windows), compiles the patterns again.
        return (FastAttributeRuler, (self.vocab, self.patterns))

    def __call__(self, doc: Doc) -> Doc:
        for _order, _start, i, attrs in self.compiled.matches(doc):
            set_token_attrs(doc[i], attrs)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """Ask a lemmatizer once per (orth, pos, morph) and write a Doc's lemmas in one call."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if not getattr(self.lemmatizer, "_validated", True):
            self.lemmatizer._validate_tables()
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        strings = doc.vocab.strings
        cache = self.cache
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                cache[key] = value
            lemmas[i] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("kg_attribute_ruler", assigns=["token.pos", "token.morph", "token.lemma", "token.tag"])
def make_attribute_ruler(nlp: Language, name: str, source: str = "attribute_ruler") -> FastAttributeRuler:
    """The fast stand-in for the pipeline's component ``source`` (an ``AttributeRuler``)."""
    return FastAttributeRuler(nlp.vocab, nlp.get_pipe(source).patterns)


@Language.factory("kg_lemmatizer", assigns=["token.lemma"])
def make_lemmatizer(nlp: Language, name: str, source: str = "lemmatizer") -> FastLemmatizer:
    """The fast stand-in for the pipeline's component ``source`` (a ``Lemmatizer``)."""
    return FastLemmatizer(nlp.get_pipe(source))


def use_fast_components(nlp: Language) -> list[str]:
    """Swap the attribute ruler and rule lemmatizer for their stand-ins; the names swapped.

    A component is swapped only where the stand-in can represent it; the original stays in
    the pipeline, disabled.
    """
    swapped = []
    pairs = (("attribute_ruler", "kg_attribute_ruler"), ("lemmatizer", "kg_lemmatizer"))
    for original, stand_in in pairs:
        if original not in nlp.pipe_names:
            continue
        component = nlp.get_pipe(original)
        if original == "lemmatizer" and not hasattr(component, "lemmatize"):
            continue
        try:
            nlp.add_pipe(stand_in, after=original, config={"source": original})
        except UnsupportedPattern as err:
            log.debug("%s kept: %s", original, err)
            continue
        nlp.disable_pipe(original)
        swapped.append(original)
    return swapped
