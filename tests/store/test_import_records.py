"""Issue 14 through the pipeline and the store: skipped records reported, wire copy kept once with
every outlet, big files streamed without the size cap, outlet names kept across re-imports,
undated articles left unresolved, the command's JSON, grouped summary and watch mode."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from newsreader.commands import run_cli
from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers import base, feeds, parse_records, stream_records
from newsreader.importing import pipeline
from newsreader.importing.pipeline import ImportProgress, group_by_reason, import_paths
from newsreader.importing.prepare import prepare
from newsreader.search.query import parse
from newsreader.store import Store
from newsreader.watch import FolderWatch

DATA = Path(__file__).parent.parent / "data" / "import"


def run(db: Path, paths: list[Path]) -> ImportProgress:
    Store.open(db).close()
    return list(import_paths(db, paths))[-1]


def test_skipped_records_are_reported_with_file_position_and_reason(tmp_path: Path, db_path: Path) -> None:
    final = run(db_path, [DATA / "records_mixed.jsonl", DATA / "trec_mixed.xml"])
    assert (final.imported, final.failed) == (4, 0)
    where = [(Path(s.path).name, s.record) for s in final.skipped]
    assert where == [("records_mixed.jsonl", f"line {n}") for n in (3, 4, 5, 6)] + [
        ("trec_mixed.xml", "document 3"),
        ("trec_mixed.xml", "document 4"),
    ]
    with Store.open(db_path) as store:
        assert store.count() == 4  # the title-only JSON record and TREC document are articles


def test_cli_json_lists_skipped_records_and_the_summary_groups_them(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["import", "--db", str(db_path), "--json", str(DATA / "feed_truncated.rss")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["skipped"] == [
        {
            "path": str(DATA / "feed_truncated.rss"),
            "record": "item 3",
            "reason": "cut short: the file ends inside this item (before </rss>)",
        },
        {
            "path": str(DATA / "feed_truncated.rss"),
            "record": "end of file",
            "reason": "damaged feed: it ends before </rss>; 2 complete items imported; "
            "the last item is cut in the middle and not imported",
        },
    ]
    names = ["pointer.txt", "metadata.txt", "script.txt", "records_mixed.jsonl"]
    assert run_cli(["import", "--db", str(db_path), *(str(DATA / n) for n in names)]) == 1
    text = capsys.readouterr().out
    assert "failed: 3" in text and "skipped records: 4" in text
    assert "  no title and no text: 1\n" in text
    assert f"    {DATA / 'records_mixed.jsonl'} (line 3)\n" in text
    assert "(4 files in " in text
    assert run_cli(["import", "--db", str(db_path), str(DATA / "records_mixed.jsonl")]) == 0
    assert "(1 file in " in capsys.readouterr().out


def test_group_by_reason_counts_and_orders_by_frequency() -> None:
    groups = group_by_reason([("a", "1"), ("b", "2"), ("b", "3"), ("a", "4"), ("b", "5")])
    assert groups == [("b", ["2", "3", "5"]), ("a", ["1", "4"])]


def test_wire_copy_is_stored_once_with_every_outlet_and_url(db_path: Path) -> None:
    final = run(db_path, [DATA / "wire_copy.json"])
    assert (final.imported, final.duplicates) == (1, 2)
    with Store.open(db_path) as store:
        [aid] = store.article_ids()
        assert store.article(aid).source == "اليوم"
        assert store.also_in(aid) == [
            ("الاقتصادية", "https://example.org/aleqt/wire-1"),
            ("الرياض", "https://example.org/alriyadh/wire-1"),
        ]
        for outlet in ("اليوم", "الاقتصادية", "الرياض", "alriyadh", "aleqt.com"):
            assert store.search_ids(parse(f"source:{outlet}")) == [aid], outlet  # filter only
            assert store.search_ids(parse(f"التمور source:{outlet}")) == [aid], outlet  # words and filter
        assert store.search_ids(parse("source:عكاظ")) == []
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store.db.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 0)")
    again = run(db_path, [DATA / "wire_copy.json"])  # a re-import adds nothing
    assert (again.imported, again.duplicates) == (0, 3)
    with Store.open(db_path) as store:
        assert len(store.also_in(store.article_ids()[0])) == 2


def test_a_renamed_outlet_keeps_its_name_across_reimports(tmp_path: Path, db_path: Path) -> None:
    run(db_path, [DATA / "feed_truncated.rss"])
    with Store.open(db_path) as store:
        assert store.rename_outlet("سكاي نيوز عربية", "سكاي نيوز") == 2
        assert {store.article(a).source for a in store.article_ids()} == {"سكاي نيوز"}
        assert len(store.search_ids(parse("source:skynews"))) == 2  # found by its other names too
    copy = tmp_path / "later.rss"
    copy.write_text(
        (DATA / "feed_truncated.rss").read_text(encoding="utf-8").replace("/fic/", "/fic2/").replace("أمطار غزيرة", "رياح قوية"),
        encoding="utf-8",
    )
    run(db_path, [copy])
    with Store.open(db_path) as store:
        assert {store.article(a).source for a in store.article_ids()} == {"سكاي نيوز"}


def test_an_undated_article_is_not_resolved_against_the_import_day() -> None:
    item = ParsedArticle(title="اجتماع المجلس", body="اجتمع المجلس البلدي أمس وقرر تأجيل المشروع إلى الأسبوع المقبل.")
    mentions = prepare(item).mentions
    assert mentions and all(m.first_day is None for m in mentions)
    dated = prepare(ParsedArticle(title=item.title, body=item.body, published="2024-03-10")).mentions
    assert any(m.first_day == "2024-03-09" for m in dated)


def _jsonl(n: int) -> bytes:
    return "\n".join(
        json.dumps(
            {"title": f"خبر متخيل رقم {i}", "content": f"نص الخبر المتخيل رقم {i} عن الواحة.", "date": "2024-01-02"},
            ensure_ascii=False,
        )
        for i in range(n)
    ).encode()


def test_big_files_are_streamed_past_the_size_limit(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 1000)
    monkeypatch.setattr(base, "MAX_FILE_BYTES", 2000)
    monkeypatch.setattr("newsreader.importers.MAX_FILE_BYTES", 2000)
    lines = tmp_path / "big.jsonl"
    lines.write_bytes(_jsonl(300) + b'\n{"title": "cut')
    array = tmp_path / "big.json"
    array.write_text(
        json.dumps(
            {"articles": [{"title": f"مقال {i}", "text": f"نص مقال متخيل {i} عن القمر."} for i in range(200)]}, ensure_ascii=False
        ),
        encoding="utf-8",
    )
    trec = tmp_path / "big.txt"
    trec.write_text(
        "".join(f"<DOC><TITLE>وثيقة {i}</TITLE><TEXT>نص الوثيقة {i}.</TEXT></DOC>\n" for i in range(200)), encoding="utf-8"
    )
    final = run(db_path, [lines, array, trec])
    assert (final.imported, final.failed, final.files_done) == (700, 0, 3)
    assert [(Path(s.path).name, s.record) for s in final.skipped] == [("big.jsonl", "line 301")]
    page = tmp_path / "big.html"
    page.write_text("<html><body><p>" + "ن" * 3000 + "</p></body></html>", encoding="utf-8")
    assert run(db_path, [page]).failures[0][1].startswith("file too large")  # a page is read whole


class _Counting(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.most = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.most = max(self.most, self.tell())
        return chunk


@pytest.mark.parametrize("kind", ["jsonl", "array", "trec"])
def test_streaming_reads_as_it_goes(kind: str) -> None:
    """The first record comes out long before the file is read to its end (memory stays bounded)."""
    n = 40_000
    if kind == "jsonl":
        data, suffix = _jsonl(n), ".jsonl"
    elif kind == "array":
        data = json.dumps([{"title": f"t{i}", "text": f"نص {i} " * 5} for i in range(n)], ensure_ascii=False).encode()
        suffix = ".json"
    else:
        data = "".join(f"<DOC><TITLE>و{i}</TITLE><TEXT>نص {i}.</TEXT></DOC>\n" for i in range(n)).encode()
        suffix = ".txt"
    handle = _Counting(data)
    records = stream_records(handle, "x" + suffix, suffix)
    first = next(records)
    assert isinstance(first, ParsedArticle)
    assert handle.most < len(data) // 2
    assert sum(1 for _ in records) == n - 1
    assert len(parse_records(data, "x" + suffix).articles) == n  # the same records as read whole


def test_watch_hands_out_new_files_once_they_stop_growing(tmp_path: Path) -> None:
    folder = tmp_path / "watched"
    folder.mkdir()
    shutil.copy(DATA / "outlet_in_title.txt", folder / "old.txt")
    watch = FolderWatch([folder], poll_seconds=0)
    assert [p.name for p in watch.poll()] == ["old.txt"]  # at start: what is there
    assert watch.poll() == []
    (folder / "new.txt").write_text("عنوان\n\nنص", encoding="utf-8")
    (folder / "download.txt.part").write_text("…", encoding="utf-8")
    assert watch.poll() == []  # seen once: maybe still being written
    assert [p.name for p in watch.poll()] == ["new.txt"]
    assert watch.poll() == []
    later = FolderWatch([folder], seen=watch.state(), poll_seconds=0)  # the next start
    (folder / "while_closed.txt").write_text("عنوان آخر\n\nنص آخر", encoding="utf-8")
    assert later.poll() == []
    assert [p.name for p in later.poll()] == ["while_closed.txt"]


def _cli(args: list[str], *, tty: bool, timeout: float = 60) -> tuple[str, str]:
    """Run ``newsreader import`` in a real process; ``tty``: its standard error is a terminal."""
    import os
    import pty
    import subprocess
    import sys

    env = {**os.environ, "COLUMNS": "120", "NEWSREADER_IMPORT_WORKERS": "0"}
    command = [sys.executable, "-m", "newsreader", "import", *args]
    if not tty:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
        return done.stdout, done.stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=slave, env=env)
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    out = proc.communicate(timeout=timeout)[0].decode()
    os.close(master)
    return out, b"".join(chunks).decode(errors="replace")


def test_the_terminal_gets_a_progress_bar_and_a_pipe_or_quiet_does_not(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    out, err = _cli(["--db", str(db), str(DATA / "wire_copy.json")], tty=True)
    assert "files" in err and "articles" in err  # rich's bar on the terminal
    assert "imported: 1\nduplicates: 2\n" in out
    out, err = _cli(["--db", str(db), str(DATA / "wire_copy.json")], tty=False)
    assert err == "" and "duplicates: 3" in out
    out, err = _cli(["--db", str(db), "--quiet", str(DATA / "wire_copy.json")], tty=True)
    assert "files" not in err and "files in" not in out


def test_import_watch_imports_new_files_until_interrupted(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DATA / "outlet_in_title.txt", folder / "one.txt")
    db = tmp_path / "lib.db"
    env = {**os.environ, "NEWSREADER_IMPORT_WORKERS": "0"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsreader", "import", "--db", str(db), "--watch", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _count(db) < 1:
            time.sleep(0.2)
        shutil.copy(DATA / "dump_maghreb_date.txt", folder / "two.txt")
        while time.monotonic() < deadline and _count(db) < 2:
            time.sleep(0.2)
        assert _count(db) == 2
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert out.startswith(f"watching {folder}") and out.count("imported: 1") == 2


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with Store.connect(db) as store:
            return store.count()
    except Exception:  # noqa: BLE001 - not created yet
        return 0


def test_a_big_file_that_cannot_be_streamed_fails_alone(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 100)
    bad = tmp_path / "bad.json"
    bad.write_text("[" + "{" * 400, encoding="utf-8")  # JSON that breaks before its first record
    empty = tmp_path / "none.jsonl"
    empty.write_text("\n".join(json.dumps({"id": i}) for i in range(40)), encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_bytes(_jsonl(5))
    final = run(db_path, [bad, empty, good])
    assert final.imported == 5 and final.files_done == 3
    reasons = dict(final.failures)
    assert reasons[str(bad)].startswith("invalid JSON")
    assert reasons[str(empty)] == "no articles found in the file"
    assert len([s for s in final.skipped if s.path == str(empty)]) == 40  # every record still accounted for


def _rss(n: int, *, close: bool = True) -> bytes:
    items = "".join(
        f"<item><title>خبر الخلاصة رقم {i}</title><link>https://example.org/feed/{i}</link>"
        f"<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;نص خبر متخيل رقم {i} عن مدينة الواحة.&lt;/p&gt;</description></item>\n"
        for i in range(n)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>نشرة الواحة</title>'
        f"<link>https://example.org/</link>\n{items}" + ("</channel></rss>\n" if close else "")
    ).encode()


RSS1 = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="https://example.org/"><title>صحيفة القمر</title><link>https://example.org/</link></channel>
<item rdf:about="https://example.org/1"><title>مهرجان الواحة</title><link>https://example.org/1</link>
<dc:date>2024-02-01T09:00:00+03:00</dc:date><dc:creator>سلمى</dc:creator><description>ملخص</description>
<content:encoded><![CDATA[<p>افتتح مهرجان الواحة الخيالي أمس.</p><p>وحضره جمهور كبير.</p>]]></content:encoded></item>
</rdf:RDF>"""

ATOM_XHTML = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">أطلس القمر</title><id>urn:x</id>
<link rel="self" href="https://example.org/atom.xml"/><link href="https://example.org/"/>
<entry><title type="html">جسر &amp;lt;جديد&amp;gt; في القمر</title><id>urn:x:1</id>
<link rel="edit" href="https://example.org/edit/1"/><link rel="alternate" href="https://example.org/a/1"/>
<updated>2024-01-03T00:00:00Z</updated><author><name>ليلى</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>افتتح جسر جديد.</p><p>يربط ضفتي النهر.</p></div></content>
</entry></feed>"""


@pytest.mark.parametrize("name", ["rss2", "rss1", "atom-xhtml", "controls", "feed_truncated.rss", "feed_footers.atom"])
def test_a_streamed_feed_gives_the_records_of_a_feed_read_whole(name: str) -> None:
    controls = _rss(3).replace("رقم 1".encode(), "رقم\x1a 1".encode()).replace(b"GMT", b"\x0bGMT")  # not XML
    data = {"rss2": _rss(3), "rss1": RSS1.encode(), "atom-xhtml": ATOM_XHTML.encode(), "controls": controls}.get(name)
    data = data if data is not None else (DATA / name).read_bytes()
    whole = parse_records(data, "x.xml").articles
    streamed = [r for r in stream_records(io.BytesIO(data), "x.xml", ".xml") if isinstance(r, ParsedArticle)]
    assert streamed == whole
    assert all(a.title and a.body and a.source for a in streamed)


def test_a_streamed_feed_reads_as_it_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsreader.importers.feeds._CHUNK", 4096)
    data = _rss(2000)
    handle = _Counting(data)
    records = stream_records(handle, "x.rss", ".rss")
    first = next(records)
    assert isinstance(first, ParsedArticle) and first.title == "خبر الخلاصة رقم 0"
    assert handle.most < len(data) // 4  # the sniffed head and a chunk or two
    assert sum(1 for _ in records) == 1999


def test_big_feeds_are_streamed_past_the_size_limit(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 1000)
    monkeypatch.setattr(base, "MAX_FILE_BYTES", 20_000)
    monkeypatch.setattr("newsreader.importers.MAX_FILE_BYTES", 20_000)
    monkeypatch.setattr("newsreader.importers.feeds._CHUNK", 4096)
    whole = _rss(200)
    big = tmp_path / "big.rss"
    big.write_bytes(whole)
    cut = tmp_path / "cut.rss"
    cut.write_bytes(whole[: whole.index("<item><title>خبر الخلاصة رقم 150<".encode()) + 180])
    final = run(db_path, [big, cut])
    assert (final.imported, final.duplicates, final.failed, final.files_done) == (200, 150, 0, 2)
    assert [(Path(s.path).name, s.record, s.reason) for s in final.skipped] == [
        ("cut.rss", "item 151", "cut short: the file ends inside this item (before </rss>)"),
        (
            "cut.rss",
            "end of file",
            "damaged feed: it ends before </rss>; 150 complete items imported; "
            "the last item is cut in the middle and not imported",
        ),
    ]
    small = tmp_path / "small.rss"
    small.write_bytes(_rss(20))  # over STREAM_BYTES but within the limit: read whole (feedparser)
    assert not pipeline._streams(pipeline.expand([small])[0])
    assert pipeline._streams(pipeline.expand([big])[0])


def test_a_big_feed_with_entities_is_refused(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.unit.test_importers_broken import BILLION_LAUGHS

    with pytest.raises(ImportFailed, match="unsafe XML"):
        list(feeds.stream(io.BytesIO(BILLION_LAUGHS.encode()), "laughs.rss"))
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 100)
    monkeypatch.setattr(base, "MAX_FILE_BYTES", 200)
    monkeypatch.setattr("newsreader.importers.MAX_FILE_BYTES", 200)
    laughs = tmp_path / "laughs.rss"
    laughs.write_text(BILLION_LAUGHS, encoding="utf-8")
    final = run(db_path, [laughs])
    assert (final.imported, final.failed) == (0, 1)


def test_a_streamed_feed_damaged_in_the_middle_keeps_the_items_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsreader.importers.feeds._CHUNK", 4096)
    data = _rss(300).replace("رقم 200 عن".encode(), "رقم 200 & عن".encode())  # a bare «&»: not XML
    records = list(stream_records(io.BytesIO(data), "x.rss", ".rss"))
    assert [r.title for r in records[:-1] if isinstance(r, ParsedArticle)] == [f"خبر الخلاصة رقم {i}" for i in range(200)]
    end = records[-1]
    assert isinstance(end, base.Skipped) and end.record == "end of file"
    assert end.reason.startswith("damaged feed XML") and end.reason.endswith(
        "200 complete items imported, the rest of the file is not read"
    )
