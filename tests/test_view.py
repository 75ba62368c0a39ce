"""kg view: the HTML page is self-contained, carries the whole graph, and works in a real browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import struct
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF, RDFS, SKOS

from kg.cli import main
from kg.export.graphml import to_networkx
from kg.view import default_output, load_graph, render_html, view_data, write_view
from kg.vocab import KG

pytestmark = pytest.mark.model  # the seed build runs the real spaCy model

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DATA_RE = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.S)
ENTITY_COUNT_QUERY = """
SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?cls { kg:Person kg:Organisation kg:Country kg:Location }
  ?e a ?cls .
}"""


def embedded(page: str) -> dict:
    match = DATA_RE.search(page)
    assert match, "no <script type=application/json id=kg-data> block"
    return json.loads(match.group(1))


def entity_count(graph: Graph) -> int:
    return int(next(iter(graph.query(ENTITY_COUNT_QUERY, initNs={"kg": str(KG)}))).n)


@pytest.fixture(scope="module")
def seed_page(seed_build, tmp_path_factory):
    """The page of a fresh seed build: (graph, path, text)."""
    result, _out = seed_build
    path = tmp_path_factory.mktemp("view") / "graph.html"
    write_view(result.graph, path, title="kg: seeds")
    return result.graph, path, path.read_text(encoding="utf-8")


def test_page_is_self_contained(seed_page):
    _graph, _path, page = seed_page
    doc = lxml_html.fromstring(page.encode("utf-8"))
    for element in doc.iter("script", "link", "img", "iframe", "object", "embed", "source", "audio", "video"):
        for attr in ("src", "href", "data", "srcset"):
            value = element.get(attr)
            assert value is None, f"<{element.tag} {attr}={value!r}>: the page must embed everything"
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*[\"']?https?://", page, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?https?:", page, re.I)
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]
    scripts = doc.xpath("//script")
    assert [s.get("type") for s in scripts] == [None, "application/json", None]
    assert "cytoscape" in scripts[0].text and len(scripts[0].text) > 100_000


def test_embedded_json_counts_match_the_graph(seed_page):
    graph, _path, page = seed_page
    data = embedded(page)
    view = to_networkx(graph)
    assert len(data["nodes"]) == entity_count(graph) == view.number_of_nodes() == data["counts"]["nodes"]
    assert len(data["facts"]) == view.number_of_edges()
    assert sum(len(e["facts"]) for e in data["edges"]) == len(data["facts"])
    assert len(data["statements"]) == len(set(graph.subjects(RDF.type, KG.Statement)))
    assert len(data["events"]) == len(set(graph.subjects(RDF.type, KG.Event)))
    assert {t["type"] for t in data["types"]} == {"Person", "Organisation", "Country", "Location"}
    # Every fact, event and statement points at an existing node, sentence and article.
    ids = {n["id"] for n in data["nodes"]}
    articles = {a["id"] for a in data["articles"]}
    for item in data["facts"] + data["events"] + data["statements"]:
        for key in ("source", "target", "actor", "speaker"):
            assert key not in item or item[key] in ids
        assert 0 <= item["sentence"] < len(data["sentences"])
        assert item["article"] in articles
        assert 0.0 <= item["confidence"] <= 1.0


def test_same_graph_same_bytes(seed_build, seed_page, tmp_path):
    result, out = seed_build
    _graph, path, _page = seed_page
    again = tmp_path / "again.html"
    reread = tmp_path / "reread.html"
    write_view(result.graph, again, title="kg: seeds")
    write_view(load_graph(out / "graph.ttl"), reread, title="kg: seeds")
    assert again.read_bytes() == path.read_bytes() == reread.read_bytes()


def test_trig_named_graphs_are_merged(seed_build, seed_page):
    _result, out = seed_build
    graph, _path, page = seed_page
    from_trig = view_data(load_graph(out / "graph.trig"), title="kg: seeds")
    assert from_trig == embedded(page)


def test_text_cannot_break_out_of_the_script_block():
    ID = Namespace("https://w3id.org/kgnews/id/")
    nasty = "Evil </script><script>alert(1)</script> <!-- & > Co \u2028"
    g = Graph()
    g.add((ID["organisation/evil"], RDF.type, KG.Organisation))
    g.add((ID["organisation/evil"], RDFS.label, Literal(nasty)))
    g.add((ID["organisation/evil"], SKOS.altLabel, Literal("</SCRIPT >")))
    page = render_html(view_data(g, title="<b>title</b>"))
    body = DATA_RE.search(page).group(1)
    assert "<" not in body and ">" not in body
    assert page.count("</script>") == 3  # the library, the data, the viewer
    assert "<title>&lt;b&gt;title&lt;/b&gt;</title>" in page
    data = embedded(page)
    assert data["nodes"][0]["name"] == nasty and data["nodes"][0]["aliases"] == ["</SCRIPT >"]


def test_cli_writes_beside_the_graph_by_default(seed_build, tmp_path, capsys):
    _result, out = seed_build
    graph = tmp_path / "graph.ttl"
    shutil.copy(out / "graph.ttl", graph)
    assert main(["view", str(graph)]) == 0
    assert default_output(graph) == tmp_path / "graph.html" and (tmp_path / "graph.html").is_file()
    assert "wrote" in capsys.readouterr().out
    assert main(["view", str(graph), "-o", str(tmp_path / "sub" / "page.html"), "--title", "T"]) == 0
    assert "<title>T</title>" in (tmp_path / "sub" / "page.html").read_text(encoding="utf-8")


def test_cli_reports_a_missing_or_unknown_graph(tmp_path, capsys):
    assert main(["view", str(tmp_path / "nope.ttl")]) == 6
    assert "no such file" in capsys.readouterr().err
    (tmp_path / "graph.csv").write_text("a,b\n")
    assert main(["view", str(tmp_path / "graph.csv")]) == 6
    assert "suffix" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.html"))


# --------------------------------------------------------------------------- in a real browser

# Appended to a copy of the page: drives the UI as a user would and records what it saw.
DRIVER = """
<script>
// Run a moment (in the browser's virtual time) after the page has loaded: a loaded machine may
// not have drawn the graph's canvas by the time an inline script at the end of the body runs.
function kgDrive() {
  const $ = (id) => document.getElementById(id);
  const out = { ready: document.body.getAttribute('data-ready'), nodes: $('node-count').textContent };
  let painted = 0;
  document.querySelectorAll('#cy canvas').forEach((c) => {
    if (!c.width || !c.height) return;
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted += 1;
  });
  out.painted = painted;
  const input = $('search');
  input.value = %(query)s;
  input.dispatchEvent(new Event('input'));
  out.results = Array.from($('search-results').querySelectorAll('li')).map((li) => li.textContent);
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  out.panelHidden = $('panel').hidden;
  out.panelTitle = (document.querySelector('#panel-body h2') || {}).textContent;
  out.sections = Array.from(document.querySelectorAll('#panel summary')).map((s) => s.textContent);
  out.sentences = document.querySelectorAll('#panel .sentence').length;
  const slider = $('confidence');
  slider.value = '0.9';
  slider.dispatchEvent(new Event('input'));
  out.edgesAt09 = $('edge-count').textContent;
  slider.value = '0';
  slider.dispatchEvent(new Event('input'));
  const person = document.querySelector('#type-filters input[data-type="Person"]');
  person.click();
  out.nodesWithoutPersons = $('node-count').textContent;
  person.click();
  $('rel-none').click();
  out.edgesNone = $('edge-count').textContent;
  $('rel-all').click();
  out.edgesAll = $('edge-count').textContent;
  out.error = $('kg-error').textContent;
  const pre = document.createElement('pre');
  pre.id = 'kg-test';
  pre.textContent = JSON.stringify(out);
  document.body.append(pre);
}
window.addEventListener('load', () => setTimeout(kgDrive, 500));
</script>
"""


def run_chromium(args: list[str], profile: Path, timeout: float = 90) -> tuple[str, str]:
    """Run headless Chromium offline; returns (stdout, stderr). Always ends its process group."""
    assert CHROMIUM
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        "--virtual-time-budget=5000",
        *args,
    ]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"chromium did not finish within {timeout} s")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    return out, err


def console_lines(stderr: str) -> list[str]:
    """Console messages (every level) and uncaught exceptions that Chromium logged."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


@pytest.fixture(scope="module")
def browser_dom(seed_page, tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    _graph, path, page = seed_page
    data = embedded(page)
    # An alias that no other node has as a name or alias: searching it must find its node.
    names: dict[str, set[str]] = {}
    for node in data["nodes"]:
        for name in [node["name"], *node["aliases"]]:
            names.setdefault(name.lower(), set()).add(node["id"])
    target = next(
        (n for n in data["nodes"] for a in n["aliases"] if names[a.lower()] == {n["id"]}), data["nodes"][0]
    )
    query = next((a for a in target["aliases"] if names[a.lower()] == {target["id"]}), target["name"])
    tmp = tmp_path_factory.mktemp("chromium")
    driven = tmp / "driven.html"
    driven.write_text(page.replace("</body>", DRIVER % {"query": json.dumps(query)} + "</body>"))
    out, err = run_chromium(["--dump-dom", driven.as_uri()], tmp / "profile")
    return data, target, out, err


def test_page_runs_without_console_errors(browser_dom):
    _data, _target, dom, stderr = browser_dom
    assert console_lines(stderr) == []
    doc = lxml_html.fromstring(dom)
    assert doc.get_element_by_id("kg-error").text_content() == ""
    assert doc.body.get("data-ready") == "true"


def test_on_screen_node_count_equals_the_graph(browser_dom, seed_page):
    graph, _path, _page = seed_page
    data, _target, dom, _stderr = browser_dom
    doc = lxml_html.fromstring(dom)
    assert int(doc.get_element_by_id("node-count").text_content()) == entity_count(graph)
    assert int(doc.get_element_by_id("node-total").text_content()) == entity_count(graph)
    assert int(doc.get_element_by_id("edge-count").text_content()) == len(data["edges"])


def test_search_panel_and_filters_work(browser_dom):
    data, target, dom, _stderr = browser_dom
    seen = json.loads(lxml_html.fromstring(dom).get_element_by_id("kg-test").text_content())
    assert seen["ready"] == "true" and seen["error"] == ""
    assert seen["painted"] > 1000, "the graph canvas is empty"
    assert seen["results"] and target["name"] in seen["results"][0]
    assert seen["panelHidden"] is False and seen["panelTitle"] == target["name"]
    assert [s.split(" (")[0] for s in seen["sections"]] == [
        "Relations out",
        "Relations in",
        "Positions",
        "Events",
        "Statements",
    ]
    assert seen["sentences"] >= 1
    at_09 = sum(1 for e in data["edges"] if e["confidence"] >= 0.9 - 1e-9)
    assert int(seen["edgesAt09"]) == at_09
    persons = next(t["count"] for t in data["types"] if t["type"] == "Person")
    assert int(seen["nodesWithoutPersons"]) == len(data["nodes"]) - persons
    assert int(seen["edgesNone"]) == 0 and int(seen["edgesAll"]) == len(data["edges"])


def test_screenshot(seed_page, tmp_path):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    _graph, path, _page = seed_page
    shot = tmp_path / "graph.png"
    _out, err = run_chromium(
        [f"--screenshot={shot}", "--window-size=1400,900", path.as_uri()], tmp_path / "profile"
    )
    assert console_lines(err) == []
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1400, 900)
    assert shot.stat().st_size > 30_000
