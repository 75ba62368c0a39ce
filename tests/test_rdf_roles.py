"""The speaker's role at the time of a statement (kg:speakerRole), chosen from the article's positions."""

from __future__ import annotations

from rdflib import URIRef

from kg.model import Evidence, Position
from kg.rdf import _role_at


def _post(title: str, begin: int, former: bool = False) -> tuple[Position, URIRef]:
    ev = Evidence("a", "s", begin, begin + 5, "position.prenominal.v1", 0.9)
    return Position("Person:x", "Country:KEN", title, former, "leads", ev), URIRef(f"urn:post:{title}")


def test_the_current_post_named_last_before_the_statement():
    posts = [_post("minister", 10), _post("governor", 50), _post("senator", 300)]
    assert _role_at(posts, 200) == URIRef("urn:post:governor")


def test_a_post_named_after_the_statement_when_none_before():
    assert _role_at([_post("senator", 300), _post("mayor", 400)], 100) == URIRef("urn:post:senator")


def test_former_posts_are_not_the_role_at_the_time():
    assert _role_at([_post("president", 10, former=True)], 200) is None
    assert _role_at([_post("president", 10, former=True), _post("envoy", 20)], 200) == URIRef(
        "urn:post:envoy"
    )
