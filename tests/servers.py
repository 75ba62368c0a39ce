"""Servers for tests, all on 127.0.0.1: real triple stores (oxigraph, Virtuoso) and a scripted fake.

Each store runs in its own temporary folder on a free port and is always stopped, and its
folder removed, when the ``with`` block ends, whatever happened inside it:

    with oxigraph_server() as store:
        push_graph("exports/graph.ttl", store.gsp, "https://example.org/g")

The fake (:class:`FakeStore`) records every request and answers as a test tells it to, for the
cases a real store cannot be made to produce on demand (timeouts, a failure on the second
chunk, a Digest challenge without Virtuoso).
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

LOOPBACK = "127.0.0.1"
VIRTUOSO_USER = "dba"
VIRTUOSO_PASSWORD = "dba"  # the password a fresh Virtuoso database is created with


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


@dataclass
class RunningStore:
    """A store started for a test: its URLs, and what is needed to stop it."""

    name: str
    base: str
    gsp: str
    query: str
    process: subprocess.Popen
    workdir: Path
    log: Path
    user: str | None = None
    password: str | None = None
    sql_port: int | None = None


def _log_tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_for_http(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    """Poll ``url`` until the server answers (any HTTP status); fail early if the process dies."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering:\n{_log_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"server did not answer {url} within {timeout} s:\n{_log_tail(log)}")
        time.sleep(0.1)


def stop(process: subprocess.Popen, timeout: float = 10) -> None:
    """SIGTERM, then SIGKILL if the process is still there after ``timeout`` seconds."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout)


@contextlib.contextmanager
def _workdir(prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def _started(cmd: list[str], workdir: Path, log: Path) -> Iterator[subprocess.Popen]:
    with open(log, "wb") as out:
        process = subprocess.Popen(
            cmd, cwd=workdir, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    try:
        yield process
    finally:
        stop(process)


@contextlib.contextmanager
def oxigraph_server(timeout: float = 15) -> Iterator[RunningStore]:
    """``oxigraph serve`` (PyPI ``oxigraph``) on a free loopback port, data in a temporary folder."""
    binary = shutil.which("oxigraph")
    if binary is None:
        raise FileNotFoundError("oxigraph")
    port = free_port()
    base = f"http://{LOOPBACK}:{port}"
    with _workdir("kg-oxigraph-") as workdir:
        log = workdir / "oxigraph.log"
        cmd = [binary, "serve", "--location", str(workdir / "db"), "--bind", f"{LOOPBACK}:{port}"]
        with _started(cmd, workdir, log) as process:
            wait_for_http(base + "/", process, log, timeout)
            yield RunningStore("oxigraph", base, base + "/store", base + "/query", process, workdir, log)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = {host}:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {dir}

[HTTPServer]
ServerPort = {host}:{http_port}
ServerRoot = {dir}/vsp
ServerThreads = 10
MaxClientConnections = 10

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@contextlib.contextmanager
def virtuoso_server(timeout: float = 30) -> Iterator[RunningStore]:
    """Virtuoso (Debian ``virtuoso-opensource-7``, binary ``virtuoso-t``) with a fresh database.

    A new database gets user ``dba`` with password ``dba``, the endpoints ``/sparql`` (query,
    open) and ``/sparql-graph-crud-auth`` (Graph Store, HTTP Digest); dba may write, so no
    GRANT is needed.
    """
    binary = shutil.which("virtuoso-t")
    if binary is None:
        raise FileNotFoundError("virtuoso-t")
    sql_port, http_port = free_port(), free_port()
    base = f"http://{LOOPBACK}:{http_port}"
    with _workdir("kg-virtuoso-") as workdir:
        (workdir / "vsp").mkdir()
        ini = workdir / "virtuoso.ini"
        ini.write_text(
            VIRTUOSO_INI.format(dir=workdir, host=LOOPBACK, sql_port=sql_port, http_port=http_port)
        )
        log = workdir / "virtuoso.out"
        cmd = [binary, "+foreground", "+configfile", str(ini)]
        with _started(cmd, workdir, log) as process:
            wait_for_http(base + "/sparql?query=ASK%7B%7D", process, log, timeout)
            yield RunningStore(
                "virtuoso",
                base,
                base + "/sparql-graph-crud-auth",
                base + "/sparql",
                process,
                workdir,
                log,
                user=VIRTUOSO_USER,
                password=VIRTUOSO_PASSWORD,
                sql_port=sql_port,
            )


# ---------------------------------------------------------------------------------------------
# A scripted fake Graph Store


@dataclass
class Recorded:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


#: What a test's responder returns: status, headers, body.
Reply = tuple[int, dict[str, str], bytes]


@dataclass
class FakeStore:
    """An HTTP server that records requests and answers with ``responder(request)``.

    ``digest_password`` turns on HTTP Digest checking (MD5, qop=auth) for user ``digest_user``:
    requests without a valid ``Authorization`` get a 401 challenge, like Virtuoso's.
    """

    responder: Callable[[Recorded], Reply] | None = None
    digest_user: str | None = None
    digest_password: str | None = None
    requests: list[Recorded] = field(default_factory=list)
    base: str = ""
    _nonce: str = field(default_factory=lambda: secrets.token_hex(8))

    def reply(self, request: Recorded) -> Reply:
        if self.digest_password is not None and not self._digest_ok(request):
            challenge = (
                f'Digest realm="SPARQL", nonce="{self._nonce}", opaque="x", qop="auth", algorithm="MD5"'
            )
            return 401, {"WWW-Authenticate": challenge}, b""
        if self.responder is not None:
            return self.responder(request)
        return (201 if request.method == "PUT" else 204 if request.method == "POST" else 200), {}, b""

    def _digest_ok(self, request: Recorded) -> bool:
        value = request.headers.get("Authorization", "")
        if not value.startswith("Digest "):
            return False
        params = urllib.request.parse_keqv_list(urllib.request.parse_http_list(value[len("Digest ") :]))

        def md5(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1 = md5(f"{self.digest_user}:SPARQL:{self.digest_password}")
        ha2 = md5(f"{request.method}:{params.get('uri')}")
        fields = (params.get("nonce"), params.get("nc"), params.get("cnonce"), params.get("qop"), ha2)
        expected = md5(f"{ha1}:" + ":".join(str(f) for f in fields))
        return (
            params.get("username") == self.digest_user
            and params.get("nonce") == self._nonce
            and params.get("uri") == request.path
            and params.get("response") == expected
        )


@contextlib.contextmanager
def fake_store(store: FakeStore | None = None) -> Iterator[FakeStore]:
    """Run ``store`` (default: answer every write with success) on a free loopback port."""
    store = store or FakeStore()

    class Handler(http.server.BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            request = Recorded(self.command, self.path, dict(self.headers.items()), body)
            store.requests.append(request)
            status, headers, payload = store.reply(request)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        do_GET = do_PUT = do_POST = do_HEAD = do_DELETE = _handle

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer((LOOPBACK, 0), Handler)
    server.daemon_threads = True
    store.base = f"http://{LOOPBACK}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), name="fake-store", daemon=True)
    thread.start()
    try:
        yield store
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
