"""Tests for kg.read: input files -> cleaned Article records."""

from __future__ import annotations

import codecs
import doctest
import json
import logging
from pathlib import Path

import pytest

import kg.read
from kg.errors import InputError
from kg.model import Article
from kg.read import SUPPORTED_SUFFIXES, clean_text, iter_input_files, read_file, read_inputs, slugify

SEED = Path("/work/shared/seeds/xi-cuba-socialism.txt")


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only_article(path: Path) -> Article:
    items = list(read_file(path))
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def only_error(path: Path) -> InputError:
    items = list(read_file(path))
    assert len(items) == 1, items
    assert isinstance(items[0], InputError), items[0]
    return items[0]


def test_docstring_examples() -> None:
    result = doctest.testmod(kg.read)
    assert result.failed == 0


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".html", ".htm", ".jsonl")


# --------------------------------------------------------------------------- txt


def test_txt_repeated_title_is_dropped(tmp_path: Path) -> None:
    path = write(
        tmp_path / "Kenya Deal.txt",
        "  Kenya signs trade deal with Ethiopia  \r\n\r\nKenya signs trade deal with Ethiopia\r\n\r\n"
        "Kenya signed a trade deal with Ethiopia on Monday, officials said.\r\n\r\n"
        "The deal covers coffee and tea.\r\n",
    )
    article = only_article(path)
    assert article.id == "kenya-deal"
    assert article.title == "Kenya signs trade deal with Ethiopia"
    assert article.path == str(path)
    assert article.text == (
        "Kenya signs trade deal with Ethiopia\n\n"
        "Kenya signed a trade deal with Ethiopia on Monday, officials said.\n\n"
        "The deal covers coffee and tea."
    )
    assert article.date is None and article.url is None


def test_txt_title_becomes_first_paragraph(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "\n\nHeadline here\nFirst body line.\n\nSecond paragraph.\n")
    article = only_article(path)
    assert article.title == "Headline here"
    assert article.text == "Headline here\n\nFirst body line.\n\nSecond paragraph."


def test_txt_only_furniture_after_title(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Headline\n\nAdvertisement\n\nShare this article\n")
    error = only_error(path)
    assert "no article text after cleaning" in str(error)
    assert str(path) in str(error)


# --------------------------------------------------------------------------- html

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Kenya signs trade deal with Ethiopia | Example News</title>
  <meta property="article:published_time" content="2021-07-26T10:30:00+00:00">
  <meta property="og:site_name" content="Example News">
  <link rel="canonical" href="https://example.com/kenya-deal">
  <script>var tracking = "Kenya secret script";</script>
  <style>p { color: red; }</style>
</head>
<body>
  <header><a href="/">Example News</a><nav><a href="/world">World news menu</a></nav></header>
  <nav class="breadcrumbs">Home &gt; World</nav>
  <main>
    <article class="post tag-social">
      <h1>Kenya signs trade deal with Ethiopia</h1>
      <p class="byline">By Jane Ortiz</p>
      <div class="share-buttons"><a>Share on Facebook</a> <a>Tweet</a> Share the great deal</div>
      <p>NAIROBI, July 26 (Reuters) - Kenya signed a trade&nbsp;deal with
         Ethiopia on <b>Monday</b>, officials said.</p>
      <figure><img src="x.jpg"><figcaption>Kenyan officials at the signing ceremony</figcaption></figure>
      <p>The deal covers coffee and tea.<br>It takes effect in <em>January</em>.</p>
      <div>Trade between the two countries grew last year.</div>
      <ul><li>Coffee exports rose.</li><li>Tea exports fell.</li></ul>
      <blockquote>"This is a good day," the minister said.</blockquote>
      <div class="ad-slot">Buy our amazing product</div>
      <aside>Related content in an aside</aside>
      <script>document.write("Kenya injected text");</script>
      <noscript>Enable JavaScript</noscript>
      <form><input name="q"><button>Search</button></form>
    </article>
    <section id="comments" class="comments-area">
      <h3>3 comments</h3>
      <p>Great article, Kenya rocks!</p>
    </section>
  </main>
  <div class="newsletter-signup"><p>Get the morning briefing in your inbox</p></div>
  <footer><p>Copyright 2021 Example News</p></footer>
</body>
</html>
"""


def test_html_happy_path(tmp_path: Path) -> None:
    path = write(tmp_path / "kenya_deal.html", HTML_PAGE)
    article = only_article(path)
    assert article.id == "kenya-deal"
    assert article.title == "Kenya signs trade deal with Ethiopia"
    assert article.date == "2021-07-26"
    assert article.url == "https://example.com/kenya-deal"
    assert article.source == "Example News"
    assert article.text == (
        "Kenya signs trade deal with Ethiopia\n\n"
        "NAIROBI, July 26 \u2014 Kenya signed a trade deal with Ethiopia on Monday, officials said.\n\n"
        "The deal covers coffee and tea.\nIt takes effect in January.\n\n"
        "Trade between the two countries grew last year.\n\n"
        "Coffee exports rose.\n\nTea exports fell.\n\n"
        '"This is a good day," the minister said.'
    )
    for junk in (
        "script",
        "injected",
        "World news",
        "Share",
        "Tweet",
        "comments",
        "rocks",
        "Buy our",
        "aside",
        "JavaScript",
        "Search",
        "briefing",
        "Copyright",
        "Jane Ortiz",
        "signing ceremony",
        "Home",
        "\u00a0",
    ):
        assert junk not in article.text, junk


def test_html_title_tag_suffix_and_time_element(tmp_path: Path) -> None:
    page = """<html><head><title>Floods hit Lagos - Daily Planet</title></head>
    <body><div class="content"><time datetime="2020-02-03">3 Feb</time>
    <p>Floods hit Lagos on Sunday.</p></div></body></html>"""
    article = only_article(write(tmp_path / "floods.htm", page))
    assert article.title == "Floods hit Lagos"
    assert article.date == "2020-02-03"
    assert article.text == "Floods hit Lagos\n\n3 Feb\n\nFloods hit Lagos on Sunday."


def test_html_dash_in_headline_is_not_a_site_suffix(tmp_path: Path) -> None:
    page = "<title>Kenya - the crisis deepens</title><p>Body text here.</p>"
    assert only_article(write(tmp_path / "k.html", page)).title == "Kenya - the crisis deepens"


def test_html_og_title_and_og_url(tmp_path: Path) -> None:
    page = """<html><head><title>Ignored | Site</title>
    <meta property="og:title" content="Real headline | Site">
    <meta property="og:url" content="https://example.org/a"></head>
    <body><div class="wrapper content-with-sidebar"><p>The story itself is here.</p></div>
    <div class="sidebar"><p>Popular elsewhere</p></div></body></html>"""
    article = only_article(write(tmp_path / "og.html", page))
    assert article.title == "Real headline"
    assert article.url == "https://example.org/a"
    assert article.text == "Real headline\n\nThe story itself is here."


def test_html_with_xml_declaration_and_bom(tmp_path: Path) -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><h1>Título</h1><p>Café con leche.</p></body>'
    article = only_article(write(tmp_path / "x.html", codecs.BOM_UTF8 + page.encode("utf-8")))
    assert article.title == "Título"
    assert article.text == "Título\n\nCafé con leche."


WORDPRESS_PAGE = """<html><body class="single comments-open"><div id="page">
<article class="post category-social tag-menu">
  <header class="entry-header"><h1 class="entry-title">Ministers meet in Accra</h1>
    <div class="entry-meta">By Admin</div></header>
  <div class="entry-content"><p>Ministers met in Accra on Friday.</p>
    <div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul><li>Twitter</li></ul></div>
    <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Another story</p></div></div>
</article>
<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">
  <article id="div-comment-2" class="comment-body"><p>A much longer reader comment that goes on and on and on
  about many things for a long while, longer than the article itself is.</p></article></li></ol>
  <div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
  <form id="commentform"><p class="comment-notes">Your email address will not be published.</p></form></div>
</div></div></body></html>"""


def test_html_wordpress_comments_and_taxonomy_classes(tmp_path: Path) -> None:
    article = only_article(write(tmp_path / "wp.html", WORDPRESS_PAGE))
    assert article.title == "Ministers meet in Accra"
    assert article.text == "Ministers meet in Accra\n\nMinisters met in Accra on Friday."


def test_html_without_article_text(tmp_path: Path) -> None:
    page = "<html><body><nav>Home World Sport</nav><footer>About us</footer></body></html>"
    error = only_error(write(tmp_path / "nav-only.html", page))
    assert str(error) == f"{tmp_path / 'nav-only.html'}: no article text after cleaning"


# --------------------------------------------------------------------------- jsonl


def test_jsonl_three_articles(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    lines = [
        {
            "id": "kenya-1",
            "title": "Kenya deal",
            "text": "Kenya signed a deal.\n\nIt covers tea.",
            "date": "2021-07-26T10:00:00Z",
            "url": "https://example.com/1",
            "source": "Wire",
        },
        {"id": "Story #2", "title": "Same first line", "text": "Same first line\nBody of story two."},
        {"id": "ghana", "text": "Ghana held elections.", "date": "last Tuesday"},
    ]
    content = "\n".join(json.dumps(line) for line in lines[:2]) + "\n\n   \n" + json.dumps(lines[2]) + "\n"
    path = write(tmp_path / "batch.jsonl", content)
    with caplog.at_level(logging.WARNING, logger="kg.read"):
        items = list(read_file(path))
    assert all(isinstance(item, Article) for item in items)
    first, second, third = items
    assert first == Article(
        id="kenya-1",
        text="Kenya deal\n\nKenya signed a deal.\n\nIt covers tea.",
        title="Kenya deal",
        date="2021-07-26",
        url="https://example.com/1",
        source="Wire",
        path=str(path),
    )
    assert second.id == "story-2"
    assert second.text == "Same first line\n\nBody of story two."
    assert third.title == "" and third.text == "Ghana held elections."
    assert third.date is None
    assert "last Tuesday" in caplog.text and f"{path}:5" in caplog.text


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object, got an array"),
        ('{"id": "x"}', "missing required field 'text'"),
        ('{"text": "Body."}', "missing required field 'id'"),
        ('{"id": 7, "text": "Body."}', "field 'id' must be a string, not a number"),
        ('{"id": "x", "text": "Body.", "title": ["a"]}', "field 'title' must be a string, not an array"),
        ('{"id": "x", "text": "Advertisement"}', "no article text after cleaning"),
    ],
)
def test_jsonl_bad_line_is_reported_and_others_read(tmp_path: Path, line: str, message: str) -> None:
    good = json.dumps({"id": "good", "text": "Good text."})
    path = write(
        tmp_path / "mixed.jsonl", f"{good}\n\n{line}\n{json.dumps({'id': 'after', 'text': 'More.'})}\n"
    )
    items = list(read_file(path))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in items if isinstance(a, Article)] == ["good", "after"]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{path}:3: ")
    assert message in str(errors[0])
    assert errors[0].line == 3


def test_jsonl_duplicate_id_reported_on_later_line(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}, {"id": "a", "text": "Three."}]
    path = write(tmp_path / "dup.jsonl", "\n".join(json.dumps(r) for r in rows))
    items = list(read_file(path))
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "b"]
    (error,) = [i for i in items if isinstance(i, InputError)]
    assert error.line == 3
    assert str(error) == f"{path}:3: duplicate id 'a' (first used on line 1)"


def test_jsonl_keeps_unicode_line_separator_inside_strings(tmp_path: Path) -> None:
    path = write(tmp_path / "u.jsonl", '{"id": "u", "text": "First line.\u2028Second line."}\n')
    assert only_article(path).text == "First line.\nSecond line."


# --------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.html", b"  \n\t\n  ", "empty file"),
        ("bom-only.jsonl", codecs.BOM_UTF8 + b" \n", "empty file"),
        ("binary.txt", b"GIF89a\x00\x01\x02\x00text", "binary file, not text"),
        (
            "latin1.txt",
            "Title\n\nCaf\u00e9 au lait.".encode("latin-1"),
            "not valid UTF-8 at byte 10: invalid",
        ),
        ("utf16.txt", "Title\n\nBody.".encode("utf-16"), "encoded as UTF-16"),
    ],
)
def test_bad_file_is_reported_and_others_read(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    good = write(tmp_path / "a-good.txt", "Good title\n\nGood body text.")
    bad = write(tmp_path / name, content)
    articles, errors = read_inputs([good, bad, tmp_path / "missing.txt"])
    assert [a.id for a in articles] == ["a-good"]
    assert [str(e) for e in errors][1:] == [f"{tmp_path / 'missing.txt'}: no such file or directory"]
    assert str(errors[0]).startswith(f"{bad}: ")
    assert message in str(errors[0])


def test_utf8_byte_offset_counts_the_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "b.txt", codecs.BOM_UTF8 + b"ab\xff")
    assert only_error(path).message.startswith("not valid UTF-8 at byte 5:")


def test_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + "Título\n\nCuerpo del artículo.".encode())
    article = only_article(path)
    assert article.title == "Título"
    assert not article.text.startswith("\ufeff")


def test_unknown_extension_and_missing_path(tmp_path: Path) -> None:
    pdf = write(tmp_path / "report.pdf", b"%PDF-1.4")
    bare = write(tmp_path / "README", "text")
    items = list(iter_input_files([pdf, tmp_path / "nope", bare]))
    assert [str(i) for i in items] == [
        f"{pdf}: unsupported file type '.pdf' (expected .txt, .html, .htm or .jsonl)",
        f"{tmp_path / 'nope'}: no such file or directory",
        f"{bare}: unsupported file type: no extension (expected .txt, .html, .htm or .jsonl)",
    ]
    assert all(isinstance(i, InputError) for i in items)
    assert "unsupported file type '.pdf'" in str(next(iter(read_file(pdf))))


# --------------------------------------------------------------------------- folders and ids


def test_folder_expansion_sorted_recursive_and_filtered(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "in"
    for rel in [
        "b.txt",
        "a/z.html",
        "a.txt",
        "a/sub/y.jsonl",
        "c.HTM",
        ".hidden.txt",
        ".git/x.txt",
        "notes.pdf",
        "a/image.png",
    ]:
        write(root / rel, "x")
    with caplog.at_level(logging.DEBUG, logger="kg.read"):
        items = list(iter_input_files([root]))
    assert [p.relative_to(root).as_posix() for p in items] == [
        "a/sub/y.jsonl",
        "a/z.html",
        "a.txt",
        "b.txt",
        "c.HTM",
    ]
    assert "notes.pdf" in caplog.text and ".hidden.txt" in caplog.text


def test_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "T\n\nBody.")
    assert list(iter_input_files([path, tmp_path])) == [path]
    assert list(iter_input_files(str(path))) == [path]


def test_ids_unique_across_inputs_and_slugified(tmp_path: Path) -> None:
    write(tmp_path / "one" / "Café Niño.txt", "T\n\nBody one.")
    write(tmp_path / "two" / "cafe_nino.txt", "T\n\nBody two.")
    write(
        tmp_path / "two" / "feed.jsonl",
        json.dumps({"id": "CAFE NINO", "text": "Body three."})
        + "\n"
        + json.dumps({"id": "cafe-nino-2", "text": "Body four."}),
    )
    write(tmp_path / "two" / "東京.txt", "T\n\nBody five.")
    articles, errors = read_inputs([tmp_path / "one", tmp_path / "two"])
    assert errors == []
    ids = [a.id for a in articles]
    assert ids[:4] == ["cafe-nino", "cafe-nino-2", "cafe-nino-3", "cafe-nino-2-2"]
    assert ids[4].startswith("article-")
    assert len(set(ids)) == len(ids)
    again, _ = read_inputs([tmp_path / "one", tmp_path / "two"])
    assert [a.id for a in again] == ids


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Xi Cuba Socialism", "xi-cuba-socialism"),
        ("already-clean-1", "already-clean-1"),
        ("  Straße__Ünïcode!! ", "strasse-unicode"),
        ("ﬁnal ½", "final-1-2"),
        ("!!!", ""),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


# --------------------------------------------------------------------------- clean_text


@pytest.mark.parametrize(
    "line",
    [
        "No comments yet. Why don't you start the discussion?",
        "Leave a Reply",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "12 comments",
        "Share this article",
        "Share on Facebook",
        "Share on Facebook Share on Twitter Email",
        "Facebook Twitter LinkedIn WhatsApp",
        "Follow us on Twitter and Instagram",
        "Related: Kenya and Ethiopia sign energy pact",
        "Related articles",
        "Read more",
        "Read more: How the deal was done",
        "Advertisement",
        "Story continues below advertisement",
        "Subscribe",
        "Subscribe now",
        "Sign up for our newsletter",
        "Get our free daily newsletter",
        "© 2021 Example Media Ltd",
        "Copyright 2021 Reuters. All rights reserved.",
        "All rights reserved.",
        "By Jane Ortiz",
        "BY JANE ORTIZ",
        "By Jane Ortiz and Tom Lee",
        "By Jane Ortiz, Reuters",
        "By Jane Ortiz in Nairobi",
        "Jane Ortiz, Reuters",
        "Jane Ortiz, Staff Writer",
        "Reporting by Jane Ortiz in Nairobi; Editing by Tom Lee",
        "(Reporting by Jane Ortiz; Editing by Tom Lee)",
        "Additional reporting by Tom Lee in Addis Ababa",
        "Writing by Tom Lee",
        "China Cuba File photo",
        "Photo: President X at the summit. (Reuters)",
        "FILE PHOTO: Kenyan President William Ruto speaks in Nairobi, Kenya, March 4, 2021.",
        "Kenyan President William Ruto speaks in Nairobi. REUTERS/Monicah Mwangi/File Photo",
        "Officials at the ceremony. Photo: AFP",
        "Supporters gather in Havana (AFP)",
        "Photo by Jane Ortiz",
        "Photo credit: Jane Ortiz/Reuters",
        "Credit: Getty Images",
        "Jane Ortiz/AFP via Getty Images",
        "Getty Images",
        "Tags: Kenya, Ethiopia, trade",
        "We use cookies to improve your experience.",
        "* * *",
        "Editor: Huaxia",
        "Writers: Ana Ruiz and Tom Lee",
        "Edited by Jane Ortiz",
        "BBC News, Monrovia",
        "AP soccer: https://apnews.com/hub/soccer",
        "https://example.org/news/2025/kenya-trade",
    ],
)
def test_clean_text_drops_furniture(line: str) -> None:
    body = "Kenya signed a trade deal on Monday, officials said."
    assert clean_text(f"{body}\n\n{line}\n\nThe deal covers tea.") == f"{body}\n\nThe deal covers tea."
    # also when the furniture shares a paragraph with body lines
    assert clean_text(f"{body}\n{line}") == body


@pytest.mark.parametrize(
    "footer",
    [
        "(Reporting by Jane Ortiz; Editing by Tom Lee)",
        "(Writing by Tom Lee)",
        "(Additional reporting by Ann Obi)",
    ],
)
def test_clean_text_drops_a_footer_closing_the_last_paragraph(footer: str) -> None:
    body = 'Kenya signed a trade deal on Monday, officials said. "It is done," he said.'
    assert clean_text(f"{body} {footer}") == body
    kept = "The group (founded in 1990) said so. (The figures are provisional.)"
    assert clean_text(kept) == kept


@pytest.mark.parametrize(
    "line",
    [
        "The photo was taken in 2019 by the agency, officials said.",
        "Photos from the scene showed damaged buildings, witnesses said.",
        "Share prices fell 3% on Monday.",
        "No comments were made by the ministry on Tuesday.",
        "Reporting by the New York Times, based on interviews with dozens of officials, showed delays.",
        "Reporting by the BBC showed the ministry delayed payments.",
        "Copyright law was amended in 2020.",
        "By Monday, the ministry had paid the first instalment.",
        "Getty Images declined to comment on the dispute.",
        "Xi said, according to AFP, that talks would continue.",
        "Related talks will take place in Geneva next week.",
        "Follow-up talks are planned, he said.",
        "Subscribers to the service rose by 10%.",
        "Kenya's AP (Associated Press) report was cited.",
        "The commentary by the minister was widely read.",
        "Editor of the Daily Nation, Joe Otieno, said: no comment.",
        "News of the deal, officials said, reached Nairobi late.",
        "Details are at https://example.org/report, the ministry said.",
    ],
)
def test_clean_text_keeps_body_sentences(line: str) -> None:
    assert clean_text(line) == line


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        (
            "NAIROBI, March 4 (Reuters) - Kenya said it would act.",
            "NAIROBI, March 4 \u2014 Kenya said it would act.",
        ),
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON — The Senate voted on Tuesday."),
        ("PARIS, Jan 2 (AFP) - France said.", "PARIS, Jan 2 \u2014 France said."),
        ("BEIJING, March 4 (Xinhua) -- China said.", "BEIJING, March 4 \u2014 China said."),
        ("LONDON/PARIS (Reuters) - Britain said.", "LONDON/PARIS \u2014 Britain said."),
        ("(Reuters) - Kenya said on Monday.", "Kenya said on Monday."),
    ],
)
def test_clean_text_strips_agency_from_dateline(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("NAIROBI, March 4 - The Red Cross said.", "NAIROBI, March 4 \u2014 The Red Cross said."),
        ("Nairobi, March 4 -- Kenya said.", "Nairobi, March 4 \u2014 Kenya said."),
        ("KIGALI, Rwanda, May 2 \u2013 Kenya said.", "KIGALI, Rwanda, May 2 \u2014 Kenya said."),
        # not datelines: left as they are
        ("Talks - the latest round - ended.", "Talks - the latest round - ended."),
        (
            "Kenya, Uganda and Tanzania - all members - agreed.",
            "Kenya, Uganda and Tanzania - all members - agreed.",
        ),
    ],
)
def test_clean_text_writes_a_datelines_dash_as_an_em_dash(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned
    assert clean_text(cleaned) == cleaned


@pytest.mark.model
def test_the_name_after_a_hyphenated_dateline_is_found(nlp) -> None:
    # spaCy's small English model reads "March 3 -" as a date and misses the organisation after it
    text = clean_text(
        "Aid stalls\n\nNAIROBI, March 3 (Reuters) - The Red Cross said it had lost contact with staff."
    )
    assert ("Red Cross", "ORG") in {(e.text.removeprefix("The "), e.label_) for e in nlp(text).ents}


def test_clean_text_whitespace_and_paragraphs() -> None:
    raw = "  First\u00a0paragraph   has\tspaces. \r\n \r\n\n\nSecond\u202fone.\u200b\n\n\n"
    assert clean_text(raw) == "First paragraph has spaces.\n\nSecond one."


def test_clean_text_joins_hard_wrapped_lines() -> None:
    raw = (
        "Chinese President Xi Jinping stressed to Cuban President Miguel\n"
        "Diaz-Canel on Monday the need for close coordination, and the\n"
        "photo was taken later.\nA new line starts here."
    )
    assert clean_text(raw) == (
        "Chinese President Xi Jinping stressed to Cuban President Miguel Diaz-Canel on Monday the need "
        "for close coordination, and the photo was taken later.\nA new line starts here."
    )


def test_clean_text_is_idempotent() -> None:
    raw = HTML_PAGE.replace("<", "\n<")
    once = clean_text(raw)
    assert clean_text(once) == once


def test_clean_text_is_idempotent_on_mixed_furniture() -> None:
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    pieces = st.sampled_from(
        ["Photo", "photo", "By", "Jane", "Ortiz", "and", "said.", "(Reuters)", "-", "—", "NAIROBI,", "March",
         "4", "Share", "kenya", "File", "AFP", "Advertisement\n", "Related:", "\n", "\n\n", "\u00a0",
         "x" * 70]
    )  # fmt: skip

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.lists(pieces, max_size=40).map(" ".join))
    def check(raw: str) -> None:
        once = clean_text(raw)
        assert clean_text(once) == once

    check()


def test_read_inputs_collects_errors_in_order(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "")
    write(tmp_path / "b.jsonl", '{"id": "b", "text": "Text."}\nnope\n')
    write(tmp_path / "c.txt", "Title\n\nBody.")
    articles, errors = read_inputs([tmp_path])
    assert [a.id for a in articles] == ["b", "c"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'a.txt'}: empty file",
        f"{tmp_path / 'b.jsonl'}:2: invalid JSON: Expecting value (column 1)",
    ]


# --------------------------------------------------------------------------- the seed


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article() -> None:
    articles, errors = read_inputs([SEED])
    assert errors == []
    (article,) = articles
    title = "Xi says China willing to work with Cuba in building socialism"
    assert article.id == "xi-cuba-socialism"
    assert article.title == title
    assert article.text.startswith(title + "\n\nChinese President Xi Jinping stressed")
    assert article.text.count(title) == 1
    for junk in ("Leave a Reply", "No comments yet", "File photo", "Your email address"):
        assert junk not in article.text
    assert article.text.endswith("Havana Times reported.")


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        (  # an upper-case by-line followed by its agency
            "Court opens trial\n\nBy SANNE DE VRIES Associated Press\n\nTHE HAGUE (AP) — The trial began.",
            ["SANNE", "Associated Press"],
            "The trial began.",
        ),
        (  # contributor and sign-off lines
            "KYIV (AP) — Drones hit the city overnight.\n\nThe mayor reported from the scene that two "
            "were hurt.\n\nAssociated Press writer Olena Kovalenko in Warsaw, Poland, contributed to this "
            "report.\n\nLindqvist reported from Nairobi, Kenya.",
            ["Kovalenko", "Lindqvist"],
            "The mayor reported from the scene",
        ),
        (  # Bloomberg's assistance and contact lines
            "Acme buys Beta\n\n(Bloomberg) -- Acme Corp. agreed to buy Beta SA.\n\n--With assistance from "
            "Paul Girard.\n\nTo contact the reporters on this story:\nAnke Roth in Frankfurt at "
            "aroth@example.net;\nLuc Martel in Paris at lmartel@example.net",
            ["Girard", "Anke Roth", "Luc Martel", "To contact"],
            "Acme Corp. agreed to buy Beta SA.",
        ),
    ],
)
def test_by_lines_contributors_and_contact_lines_are_dropped(text, dropped, kept):
    cleaned = clean_text(text)
    for name in dropped:
        assert name not in cleaned
    assert kept in cleaned


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("UPDATE 2-Kenya, Uganda sign pipeline deal", "Kenya, Uganda sign pipeline deal"),
        (
            "EXCLUSIVE-Norvik weighs sale of shipping arm - sources",
            "Norvik weighs sale of shipping arm - sources",
        ),
        ("CORRECTED-FACTBOX-Who is the new foreign minister?", "Who is the new foreign minister?"),
        ('UPDATE 1-"We will win," says minister', '"We will win," says minister'),
        # capitals joined by a hyphen that are no wire slug stay
        ("NATO-Russia talks end without a deal", "NATO-Russia talks end without a deal"),
        ("US-China trade talks resume", "US-China trade talks resume"),
        # a wire's note on an update is furniture; a parenthesis in a sentence is not
        ("(Adds minister's comments in paragraphs 4-5)\n\nKenya said.", "Kenya said."),
        ("(Updates with closing prices)\n\nShares fell.", "Shares fell."),
        ("Kenya (which adds value) said.", "Kenya (which adds value) said."),
        (
            "Kenya said.\n\nThis story has been corrected to show that the deal was signed on Monday.",
            "Kenya said.",
        ),
        ("This story was updated.\n\nKenya said.", "Kenya said."),
    ],
)
def test_clean_text_drops_wire_slugs_and_update_notes(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


def test_a_wire_slug_is_no_part_of_the_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "UPDATE 2-Kenya, Uganda sign pipeline deal\n\n(Adds minister's comments)\n\n"
        "NAIROBI, March 3 (Reuters) - Kenya and Uganda signed a pipeline deal on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b", "title": "EXCLUSIVE-Norvik weighs sale", "text": "Norvik is weighing a sale."})
        + "\n",
        encoding="utf-8",
    )
    articles, errors = read_inputs([tmp_path])
    assert not errors
    assert [a.title for a in articles] == ["Kenya, Uganda sign pipeline deal", "Norvik weighs sale"]
    assert articles[0].text.startswith("Kenya, Uganda sign pipeline deal\n\nNAIROBI, March 3 \u2014 Kenya")
