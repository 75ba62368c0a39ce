"""One catalogue of the errors kg raises.

The library raises these; the CLI turns them into one-line messages and exit codes.
Each message says what was wrong and, where it can, what to do.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class InputError(KgError):
    """An input file or line could not be read as an article.

    Parameters
    ----------
    path:
        The file at fault.
    message:
        What is wrong with it.
    line:
        The 1-based line number, for line-oriented formats such as JSONL.
    """

    exit_code = 2

    def __init__(self, path: object, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class ModelError(KgError):
    """The spaCy pipeline named in the settings cannot be loaded."""

    exit_code = 3


class ValidationError(KgError):
    """A built graph does not conform to ``ontology/shapes.ttl``: a bug in kg, not in the input."""

    exit_code = 4

    def __init__(self, report: str) -> None:
        self.report = report
        super().__init__("the graph does not conform to ontology/shapes.ttl:\n" + report)


class OntologyError(KgError):
    """A term was used that the ontology does not declare, or the ontology files are missing."""

    exit_code = 5


class ExportError(KgError):
    """An export could not be written or read back."""

    exit_code = 6


class GoldError(KgError):
    """A gold annotation file is malformed."""

    exit_code = 7


class PushError(KgError):
    """The graph could not be loaded into the store (connection, credentials, endpoint, data).

    Parameters
    ----------
    message:
        What went wrong and what to do about it.
    status:
        The HTTP status the store answered with, when there was one.
    """

    exit_code = 8

    def __init__(self, message: str, status: int | None = None) -> None:
        self.status = status
        super().__init__(message)


class BuildLockedError(KgError):
    """Another ``kg build`` holds the lock on the output folder (``.kg-build.lock``)."""

    exit_code = 9
