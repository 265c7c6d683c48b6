"""Fuzz every importer format with mutated, truncated and random-byte variants of small valid seeds.

The only allowed outcomes, for ``parse_bytes`` and for ``import_paths`` on a folder holding the
file, are articles or a clear per-file error (``ImportFailed`` with a message): no other exception,
no error message that is an importer bug caught by the pipeline's safety net ("cannot be read
(TypeError: …)"), and no hang (a hard per-example alarm, plus hypothesis' deadline).

    .venv/bin/pytest tests/fuzz                       # quick: FUZZ_EXAMPLES (60) per format and check
    .venv/bin/pytest tests/fuzz -m slow               # thorough: SLOW_EXAMPLES (1500) per format and check

The quick run is derandomised (the same examples every time, so the suite cannot pass or fail by luck); the
slow run draws a fresh seed, prints it, and ``FUZZ_SEED=N`` repeats it.

Every seed is fictional text written for this test.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import signal
import sys
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers import parse_bytes
from newsreader.importing.pipeline import import_paths
from newsreader.store import Store

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
SLOW_EXAMPLES = int(os.environ.get("FUZZ_SLOW_EXAMPLES", "1500"))
#: An example that runs longer than this is a hang (the alarm interrupts it).
HANG_SECONDS = 20
#: hypothesis' own per-example deadline (generous: the machine may be busy).
DEADLINE = timedelta(seconds=8)

# -- seeds (fictional) ---------------------------------------------------------------------------------

TITLE = "مهرجان الفوانيس يعود إلى مدينة السراب"
BODY1 = "أعلنت بلدية مدينة السراب المتخيَّلة أمس عودة مهرجان الفوانيس بعد غياب دام ثلاثة أعوام."
BODY2 = "وقال منسق المهرجان إن الدورة الجديدة تبدأ في 12 مارس 2024 وتستمر أسبوعين، بمشاركة 40 فرقة."
BODY3 = "ويتوقع المنظمون أن يزور المهرجان نحو 15 ألف زائر في الأسبوع الأول من رمضان 1445."

SCRAPED = (
    "الأحد 10 مارس 2024\n"
    "الرئيسية\nشارك\n"
    f"{TITLE}\n\n{TITLE}\n\n{BODY1}\n\n{BODY2}\n\nاقرأ أيضاً: خبر آخر متخيَّل\n\n{BODY3}\n\nصحيفة السراب\n"
).encode()

PLAIN = f"{TITLE}\n\nالسراب - 10 مارس 2024 (وكالة متخيَّلة) - {BODY1}\n\n{BODY2}\n\n{BODY3}\n".encode()

HTML = (
    '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
    f"<title>{TITLE} | صحيفة السراب</title>"
    '<meta property="article:published_time" content="2024-03-10T08:30:00+03:00">'
    "<script>document.write('x')</script></head><body><nav><a href=\"/\">الرئيسية</a></nav>"
    f'<article><h1>{TITLE}</h1><time datetime="2024-03-10">10 مارس 2024</time>'
    f'<p>{BODY1}</p><p>{BODY2} <a href="https://example.org/x">رابط</a></p><p>{BODY3}</p></article>'
    "<footer>© صحيفة السراب</footer></body></html>"
).encode()

RSS = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>نشرة السراب</title>'
    "<link>https://example.org/</link><description>أخبار متخيَّلة</description>"
    f"<item><title>{TITLE}</title><link>https://example.org/rss/1</link>"
    "<pubDate>Sun, 10 Mar 2024 08:30:00 +0300</pubDate>"
    f"<description><![CDATA[<p>{BODY1}</p><p>{BODY2}</p>]]></description></item>"
    f"<item><title>خبر ثان متخيَّل</title><link>https://example.org/rss/2</link><description>{BODY3}</description>"
    "</item></channel></rss>"
).encode()

ATOM = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">'
    "<title>نشرة السراب</title><id>urn:example:feed</id><updated>2024-03-10T08:30:00Z</updated>"
    f'<entry><title>{TITLE}</title><id>urn:example:1</id><link href="https://example.org/atom/1"/>'
    "<updated>2024-03-10T08:30:00Z</updated><author><name>كاتب متخيَّل</name></author>"
    f'<content type="html">&lt;p&gt;{BODY1}&lt;/p&gt;&lt;p&gt;{BODY2}&lt;/p&gt;</content></entry>'
    f"<entry><title>خبر ثان</title><id>urn:example:2</id><updated>2024-03-11T08:30:00Z</updated>"
    f"<summary>{BODY3}</summary></entry></feed>"
).encode()

_ITEMS: list[dict[str, Any]] = [
    {
        "title": TITLE,
        "content": f"{BODY1}\n\n{BODY2}",
        "date_extracted": "2024-03-10 08:30:00",
        "source": "صحيفة السراب",
        "url": "https://example.org/json/1",
        "author": "كاتب متخيَّل",
    },
    {"headline": "خبر ثان متخيَّل", "body": f"<p>{BODY3}</p>", "published": "2024-03-11", "link": "https://example.org/json/2"},
]
JSON = json.dumps(_ITEMS, ensure_ascii=False).encode()
JSONL = "\n".join(json.dumps(i, ensure_ascii=False) for i in _ITEMS).encode() + b"\n"

TREC = (
    "<DOC>\n<DOCNO>SARAB-2024-0001</DOCNO>\n<URL>https://example.org/trec/1?a=1&b=2</URL>\n<SRC>صحيفة السراب</SRC>\n"
    f"<TITLE>{TITLE}</TITLE>\n<TIME>2024-03-10 08:30</TIME>\n<TEXT>\n<P>{BODY1}</P>\n<P>{BODY2}</P>\n</TEXT>\n</DOC>\n"
    f"<DOC>\n<DOCNO>SARAB-2024-0002</DOCNO>\n<HEADLINE>خبر ثان</HEADLINE>\n<TEXT><![CDATA[{BODY3}]]></TEXT>\n</DOC>\n"
).encode()


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


ZIP = _zip({"news/one.json": JSON, "news/two.txt": PLAIN, "news/three.xml": TREC, "feed.rss": RSS})
ZIP_STORED = _zip({"a.jsonl": JSONL, "b.html": HTML}, zipfile.ZIP_STORED)

#: format → (seeds, file suffix)
SEEDS: dict[str, tuple[list[bytes], str]] = {
    "scraped": ([SCRAPED], ".txt"),
    "text": ([PLAIN, PLAIN.decode().encode("utf-16"), PLAIN.decode().encode("cp1256")], ".txt"),
    "html": ([HTML], ".html"),
    "rss": ([RSS], ".xml"),
    "atom": ([ATOM], ".atom"),
    "json": ([JSON], ".json"),
    "jsonl": ([JSONL], ".jsonl"),
    "trec": ([TREC], ".xml"),
    "zip": ([ZIP, ZIP_STORED], ".zip"),
}
FORMATS = list(SEEDS)

#: Fragments that tend to reach the parsers' corners.
TOKENS = [
    b"<",
    b">",
    b"</",
    b"<DOC>",
    b"</DOC>",
    b"<TEXT>",
    b"</TEXT>",
    b"<![CDATA[",
    b"]]>",
    b'<!ENTITY x "y">',
    b'<!DOCTYPE x [<!ENTITY a "b">]>',
    b"&amp;",
    b"&#0;",
    b"&#x110000;",
    b"&#99999999999;",
    b"&",
    b"\x00",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"\xd8",
    b"\xc3\x28",
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b":",
    b",",
    b"null",
    b"1e999999",
    b"-0",
    b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    b'"title": 7',
    b'"date": "9999-99-99"',
    b"\n",
    b"\r",
    b"\r\n\r\n",
    b"\t",
    b"\xe2\x80\x8f",
    b"\xd9\x80" * 50,
    "٣١/١٢/٢٠٢٤".encode(),
    b"31/02/2024",
    b"0000-00-00T25:61:61Z",
    b"Feb 30, 2024",
    "صفر 1445".encode(),
    b"<script>",
    b"<p>",
    b"</p>",
    b"<br/>",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"%PDF",
    b"\x1f\x8b",
]


@st.composite
def mutated(draw: st.DrawFn, fmt: str) -> bytes:
    """A seed of ``fmt`` after one to five mutations (or, sometimes, random bytes)."""
    seeds, _ = SEEDS[fmt]
    data = bytearray(draw(st.sampled_from(seeds)))
    if draw(st.integers(0, 19)) == 0:
        return draw(st.binary(max_size=4096))
    for _ in range(draw(st.integers(1, 5))):
        op = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "duplicate", "token", "splice", "text"]))
        n = len(data)
        at = draw(st.integers(0, n))
        if op == "truncate":
            data = data[:at]
        elif op == "flip" and n:
            i = min(at, n - 1)
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            data[at : at + draw(st.integers(1, 256))] = b""
        elif op == "duplicate" and n:
            end = draw(st.integers(at, min(n, at + 512)))
            data[at:at] = bytes(data[at:end]) * draw(st.integers(1, 8))
        elif op == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif op == "splice":
            other = draw(st.sampled_from([s for ss, _ in SEEDS.values() for s in ss]))
            cut = draw(st.integers(0, len(other)))
            data = data[:at] + other[cut:]
        elif op == "text":
            data[at:at] = draw(st.text(max_size=40)).encode("utf-8", "surrogatepass")
    return bytes(data)


# -- the checks ----------------------------------------------------------------------------------------


class Hang(Exception):
    pass


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    """Interrupt the example after ``seconds`` (a hang is a failure, not a stuck suite)."""

    def on_alarm(signum: int, frame: Any) -> None:
        raise Hang(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


#: What the pipeline's safety nets write when an importer or the store raised something unexpected:
#: a bug, not a clear per-file error.
_BUG = re.compile(r"^cannot be read \(\w+(Error|Exception|Warning)?: |could not be stored \(\w+: ")
#: Bugs found by this fuzzer and not fixed yet: counted as ``known-bug`` instead of failing, each
#: pinned by a strict xfail test (its fix makes that test pass and the entry goes). None now.
#: (Found and since fixed in Reader.read: zlib.error of a damaged deflate member; pinned by
#: ``test_damaged_deflate_member_is_a_clear_error``.)
KNOWN_BUGS: dict[str, re.Pattern[str]] = {}
#: The same bugs as the exception ``parse_bytes`` raises.
#: (Found and since fixed in parse_bytes: lxml's ValueError on a control character in a feed entry's
#: HTML, feedparser's on ``&#x110000;``; pinned by the regression tests at the end.)
KNOWN_EXCEPTIONS: dict[str, tuple[type[Exception], str]] = {}


def check_parse_bytes(data: bytes, suffix: str) -> str:
    """Articles or a clear ImportFailed; returns the outcome ('articles' or 'failed')."""
    with alarm(HANG_SECONDS):
        try:
            articles = parse_bytes(data, f"fuzz{suffix}", suffix)
        except ImportFailed as exc:
            assert str(exc).strip(), "ImportFailed without a message"
            return "failed"
        except Exception as exc:
            if any(isinstance(exc, kind) and text in str(exc) for kind, text in KNOWN_EXCEPTIONS.values()):
                return "known-bug"
            raise
    assert isinstance(articles, list) and articles
    for a in articles:
        assert isinstance(a, ParsedArticle)
        assert isinstance(a.title, str) and isinstance(a.body, str)
    return "articles"


def check_import(db: Path, folder: Path, data: bytes, suffix: str, counter: list[int]) -> str:
    """``import_paths`` on a folder with the file: finishes, and each failure is a clear message."""
    counter[0] += 1
    sub = folder / f"case{counter[0]}"
    sub.mkdir()
    (sub / f"fuzz{suffix}").write_bytes(data)
    final = None
    with alarm(HANG_SECONDS):
        for step in import_paths(db, [sub]):
            final = step
    assert final is not None and final.finished
    for path, message in final.failures:
        assert message.strip(), f"empty error for {path}"
        if any(bug.match(message) for bug in KNOWN_BUGS.values()):
            return "known-bug"
        assert not _BUG.match(message), f"an importer bug reached the safety net: {message}"
    return "failed" if final.failures and not (final.imported or final.duplicates) else "articles"


def _settings(n: int, derandomize: bool) -> Callable[[Any], Any]:
    return settings(
        max_examples=n,
        deadline=DEADLINE,
        database=None,
        derandomize=derandomize,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.large_base_example,
        ],
    )


OUTCOMES: dict[str, dict[str, int]] = {}


def _run(fmt: str, examples: int, tmp_path: Path, fuzz_seed: int | None = None) -> None:
    """``fuzz_seed`` None: derandomised examples; a number: hypothesis' random examples from that seed."""
    _, suffix = SEEDS[fmt]
    db = tmp_path / "library.db"
    Store.open(db, backups=False).close()
    folder = tmp_path / "files"
    folder.mkdir()
    counter = [0]
    outcomes = OUTCOMES.setdefault(fmt, {})

    @_settings(examples, derandomize=fuzz_seed is None)
    @given(data=mutated(fmt))
    def check(data: bytes) -> None:
        key = "parse:" + check_parse_bytes(data, suffix)
        outcomes[key] = outcomes.get(key, 0) + 1
        key = "import:" + check_import(db, folder, data, suffix, counter)
        outcomes[key] = outcomes.get(key, 0) + 1

    if fuzz_seed is not None:
        print(f"fuzz {fmt}: seed {fuzz_seed} (FUZZ_SEED={fuzz_seed} repeats it)", file=sys.stderr)  # noqa: T201
        check = hypothesis_seed(fuzz_seed)(check)
    check()
    print(f"fuzz {fmt}: {outcomes}", file=sys.stderr)  # noqa: T201 (the counts, with -s)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGALRM")
@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_is_valid(fmt: str, tmp_path: Path) -> None:
    """Every seed imports (so the mutations start from real articles of that format)."""
    seeds, suffix = SEEDS[fmt]
    for seed in seeds:
        if fmt != "zip":
            assert check_parse_bytes(seed, suffix) == "articles"
        db = tmp_path / f"l{seeds.index(seed)}.db"
        Store.open(db, backups=False).close()
        folder = tmp_path / f"f{seeds.index(seed)}"
        folder.mkdir()
        assert check_import(db, folder, seed, suffix, [0]) == "articles"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGALRM")
@pytest.mark.parametrize("fmt", FORMATS)
def test_fuzz_importer(fmt: str, tmp_path: Path) -> None:
    _run(fmt, FUZZ_EXAMPLES, tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGALRM")
@pytest.mark.parametrize("fmt", FORMATS)
def test_fuzz_importer_many(fmt: str, tmp_path: Path) -> None:
    _run(fmt, SLOW_EXAMPLES, tmp_path, fuzz_seed=int(os.environ.get("FUZZ_SEED") or random.randrange(2**32)))


def test_damaged_deflate_member_is_a_clear_error(tmp_path: Path) -> None:
    """Found by the fuzzer: flip a byte inside a deflated member → 'cannot be read (error: Error -3 …)'."""
    from newsreader.importers.sources import Reader, expand

    data = bytearray(ZIP)
    start = data.index(b"news/one.json") + len(b"news/one.json")
    data[start + 5] ^= 0xFF  # inside the first member's compressed data
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(data))
    source = next(s for s in expand([path]) if s.member == "news/one.json")
    with pytest.raises(ImportFailed):
        Reader().read(source)


def assert_articles_or_clear_error(seed_data: bytes, damaged: bytes, name: str) -> None:
    """The seed imports (a parser that always raises fails here); the damaged file gives articles or an
    ImportFailed that names the file as damaged — never another exception, never the pipeline's safety net."""
    suffix = Path(name).suffix
    assert parse_bytes(seed_data, name, suffix)
    try:
        articles = parse_bytes(damaged, name, suffix)
    except ImportFailed as exc:
        assert "damaged" in str(exc) or "malformed" in str(exc), str(exc)
        assert not _BUG.match(str(exc)), str(exc)
    else:
        assert articles and all(a.title.strip() for a in articles)


def test_control_character_in_feed_html_is_a_clear_error() -> None:
    """Found by the fuzzer: a \\x01 inside an RSS description (or Atom content) escapes as ValueError."""
    assert_articles_or_clear_error(RSS, RSS.replace(b"<![CDATA[<p>", b"<![CDATA[<p>\x01"), "feed.xml")


def test_out_of_range_character_reference_in_feed_is_a_clear_error() -> None:
    """Found by the fuzzer: an Atom feed with ``&#x110000;`` in its title escapes as ValueError."""
    assert_articles_or_clear_error(ATOM, ATOM.replace(b"<title>", b"<title>&#x110000;", 1), "feed.atom")
