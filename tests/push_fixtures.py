"""pytest fixtures for tests/test_push.py: triple stores on loopback, skipped when not installed.

Each store is started once per test module, in its own temporary folder, and always stopped.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from servers import RunningStore, oxigraph_server, virtuoso_server


@pytest.fixture(scope="module")
def oxigraph_store() -> Iterator[RunningStore]:
    """A running ``oxigraph serve`` (PyPI ``oxigraph``); skips when the CLI is not installed."""
    if shutil.which("oxigraph") is None:
        pytest.skip("oxigraph CLI not installed (pip install oxigraph)")
    with oxigraph_server() as store:
        yield store


@pytest.fixture(scope="module")
def virtuoso_store() -> Iterator[RunningStore]:
    """A running Virtuoso with a fresh database; skips when ``virtuoso-t`` is not installed."""
    if shutil.which("virtuoso-t") is None:
        pytest.skip("virtuoso-t not installed (Debian: apt-get install virtuoso-opensource-7)")
    with virtuoso_server() as store:
        yield store
