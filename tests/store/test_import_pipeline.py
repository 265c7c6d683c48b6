"""The import pipeline on real library files: folders, zips, symlinks, de-dup, re-import, cancel, CLI."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from newsreader.commands import run_cli
from newsreader.importing import derived
from newsreader.importing.pipeline import ImportProgress, import_paths
from newsreader.store import Store

DATA = Path(__file__).parent.parent / "data" / "articles"


def article_text(i: int, url: str | None = None) -> str:
    item = {
        "title": f"خبر متخيَّل رقم {i}",
        "content": f"نص الخبر المتخيَّل رقم {i} عن مدينة الواحة.",
        "date": "2024-01-0" + str(1 + i % 9),
    }
    if url:
        item["url"] = url
    return json.dumps(item, ensure_ascii=False)


def make_tree(root: Path) -> Path:
    """A folder with every format, a sub-folder, a zip, a bad file and an escaping symlink."""
    folder = root / "in"
    (folder / "sub" / "deeper").mkdir(parents=True)
    for name in ("scraped_en_header.txt", "scraped_ar_header.txt", "page_news_site.html"):
        shutil.copy(DATA / name, folder / name)
    shutil.copy(DATA / "page_jsonld.html", folder / "sub" / "deeper" / "page.htm")
    (folder / "sub" / "items.jsonl").write_text("\n".join(article_text(i) for i in range(5)), encoding="utf-8")
    (folder / "broken.json").write_text('[{"title": "x", "content": "cu', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    with zipfile.ZipFile(folder / "bundle.zip", "w") as zf:
        zf.writestr("a/one.json", "[" + ",".join(article_text(i) for i in range(10, 13)) + "]")
        zf.writestr("b/two.txt", "عنوان داخل الأرشيف\n\nنص متخيَّل داخل الأرشيف المضغوط.")
        zf.writestr("__MACOSX/._two.txt", b"\x00\x05\x16\x07")
    outside = root / "outside.txt"
    outside.write_text("سر خارج المجلد\n\nهذا الملف خارج المجلد ولا يجب استيراده.", encoding="utf-8")
    (folder / "link_out.txt").symlink_to(outside)
    (folder / "link_dir").symlink_to(root, target_is_directory=True)  # never followed
    (folder / "link_in.txt").symlink_to(folder / "scraped_en_header.txt")  # inside: same article (duplicate)
    return folder


def run(db: Path, paths: list[Path], **kw: object) -> tuple[list[ImportProgress], ImportProgress]:
    Store.open(db).close()
    steps = list(import_paths(db, paths, **kw))  # type: ignore[arg-type]
    assert steps[-1].finished and all(not s.finished for s in steps[:-1])
    return steps, steps[-1]


def test_folder_zip_symlinks(tmp_path: Path, db_path: Path) -> None:
    folder = make_tree(tmp_path)
    steps, final = run(db_path, [folder])
    failures = dict(final.failures)
    assert final.files_total == final.files_done == 12
    assert final.imported == 3 + 1 + 5 + 3 + 1  # txt×2 + html, htm, jsonl, zip json + zip txt
    assert final.duplicates == 1  # the symlink inside the folder
    assert set(failures) == {
        str(folder / "broken.json"),
        str(folder / "empty.txt"),
        str(folder / "link_out.txt"),
        str(folder / "link_dir"),
    }
    assert "invalid JSON" in failures[str(folder / "broken.json")]
    assert failures[str(folder / "empty.txt")] == "empty file"
    assert "link to a file outside the folder (not followed" in failures[str(folder / "link_out.txt")]
    assert "link to a folder outside the folder (not followed" in failures[str(folder / "link_dir")]
    assert "--follow-links" in failures[str(folder / "link_dir")]  # says how to ask
    with Store.connect(db_path) as store:
        assert store.count() == 13
        paths = {r[0] for r in store.db.execute("SELECT path FROM articles")}
        titles = {r[0] for r in store.db.execute("SELECT title FROM articles")}
        log = store.db.execute("SELECT imported, duplicates, failed FROM import_log").fetchall()
    assert f"{folder / 'bundle.zip'}!a/one.json" in paths
    assert f"{folder / 'bundle.zip'}!b/two.txt" in paths
    assert "سر خارج المجلد" not in titles
    assert log == [(13, 1, 4)]
    # progress: a total from the start, new ids as batches arrive
    assert steps[0].files_total == 12 and steps[0].files_done == 0
    assert sum(len(s.new_ids) for s in steps) == 13


def linked_tree(root: Path) -> Path:
    """A folder with links out of it (a file, a folder that links back: a loop), one inside, one dead."""
    outside = root / "elsewhere"
    outside.mkdir()
    (outside / "far.txt").write_text("خبر من مجلد آخر\n\nنص متخيَّل في مجلد خارج مجلد الاستيراد.", encoding="utf-8")
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "here.txt").write_text("خبر في المجلد\n\nنص متخيَّل داخل مجلد الاستيراد.", encoding="utf-8")
    (folder / "far_dir").symlink_to(outside, target_is_directory=True)
    (folder / "far_file.txt").symlink_to(outside / "far.txt")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # inside, and a loop
    (outside / "back").symlink_to(folder, target_is_directory=True)  # a loop once far_dir is followed
    (folder / "dead.txt").symlink_to(root / "missing.txt")
    return folder


def test_links_out_of_a_folder_are_followed_only_when_asked(tmp_path: Path, db_path: Path) -> None:
    folder = linked_tree(tmp_path)
    _steps, final = run(db_path, [folder])
    failures = dict(final.failures)
    assert (final.imported, final.duplicates) == (1, 0)  # here.txt only
    assert set(failures) == {str(folder / "far_dir"), str(folder / "far_file.txt"), str(folder / "dead.txt")}
    assert failures[str(folder / "dead.txt")] == "broken symbolic link"
    _steps, again = run(db_path, [folder], follow_links=True)
    # far.txt once (through the file link; through the folder link it is a duplicate), here.txt known;
    # neither loop walks the folder again
    assert (again.imported, again.duplicates) == (1, 2)
    assert dict(again.failures) == {str(folder / "dead.txt"): "broken symbolic link"}
    with Store.connect(db_path) as store:
        titles = {r[0] for r in store.db.execute("SELECT title FROM articles")}
    assert titles == {"خبر في المجلد", "خبر من مجلد آخر"}


def test_the_cli_follows_links_when_asked(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = linked_tree(tmp_path)
    assert run_cli(["import", "--db", str(db_path), "--json", str(folder)]) == 1
    first = json.loads(capsys.readouterr().out)
    assert [a["title"] for a in first["articles"]] == ["خبر في المجلد"]
    assert run_cli(["import", "--db", str(db_path), "--json", "--follow-links", str(folder)]) == 1  # dead.txt
    second = json.loads(capsys.readouterr().out)
    assert [a["title"] for a in second["articles"] if a["status"] == "imported"] == ["خبر من مجلد آخر"]
    assert [f["path"] for f in second["failed"]] == [str(folder / "dead.txt")]


def test_reimport_is_idempotent_and_keeps_user_dates(tmp_path: Path, db_path: Path) -> None:
    folder = make_tree(tmp_path)
    run(db_path, [folder])
    with Store.connect(db_path) as store:
        aid = store.db.execute("SELECT id FROM articles WHERE title LIKE 'افتتاح مكتبة%'").fetchone()[0]
        derived.set_published(store, aid, "2020-01-02")
        before = store.db.execute("SELECT * FROM articles ORDER BY id").fetchall()
        fts_before = store.db.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
    _steps, final = run(db_path, [folder])
    assert (final.imported, final.duplicates) == (0, 14)
    assert all(s.new_ids == () for s in _steps)
    with Store.connect(db_path) as store:
        assert store.db.execute("SELECT * FROM articles ORDER BY id").fetchall() == before
        assert store.db.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0] == fts_before
        art = store.article(aid)
    assert (art.published, art.date_source) == ("2020-01-02", "user")


def test_dedup_same_url_and_same_normalised_content(tmp_path: Path, db_path: Path) -> None:
    a = tmp_path / "a.json"
    a.write_text(
        "["
        + ",".join(
            [
                article_text(1, "http://example.org/same"),
                json.dumps(
                    {"title": "عنوان مختلف", "content": "نص مختلف تماماً.", "url": "http://example.org/same"}, ensure_ascii=False
                ),
                # same title and body up to harakat / alef forms / spacing → same normalised content
                json.dumps(
                    {"title": "خبر متخيل رقم 2", "content": "نص الخبر المتخيل رقم 2 عن مدينة الواحة."}, ensure_ascii=False
                ),
                json.dumps(
                    {"title": "خبر متخيَّل رقم ٢", "content": "نص  الخبر المتخيَّل رقم ٢ عن مدينة الواحة."}, ensure_ascii=False
                ),
            ]
        )
        + "]",
        encoding="utf-8",
    )
    _steps, final = run(db_path, [a])
    assert (final.imported, final.duplicates, final.failures) == (2, 2, ())


def test_cancel_stops_cleanly(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(50):
        (folder / f"{i:03}.json").write_text("[" + article_text(i) + "]", encoding="utf-8")
    Store.open(db_path).close()
    seen = {"done": 0}
    steps = []
    for step in import_paths(db_path, [folder], cancelled=lambda: seen["done"] >= 20, batch_articles=7):
        steps.append(step)
        seen["done"] = step.files_done
    final = steps[-1]
    assert final.finished and final.cancelled
    assert 20 <= final.files_done < 50
    with Store.connect(db_path) as store:
        assert store.count() == final.imported == final.files_done
        assert store.db.execute("SELECT count(*) FROM import_log").fetchone()[0] == 1
    # the rest comes in on a second run
    _steps, again = run(db_path, [folder])
    assert (again.imported, again.duplicates) == (50 - final.imported, final.imported)


def test_batches_are_bounded(tmp_path: Path, db_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text("[" + ",".join(article_text(i) for i in range(450)) + "]", encoding="utf-8")
    steps, final = run(db_path, [big])
    assert final.imported == 450
    assert max(len(s.batch) for s in steps) <= 200


def test_unreadable_and_missing_paths(tmp_path: Path, db_path: Path) -> None:
    bad_zip = tmp_path / "bad.zip"
    bad_zip.write_bytes(b"PK\x03\x04 this is not really a zip")
    _steps, final = run(db_path, [tmp_path / "missing.txt", bad_zip])
    reasons = dict(final.failures)
    assert reasons[str(tmp_path / "missing.txt")] == "file not found"
    assert "damaged zip" in reasons[str(bad_zip)]


def test_cli_json_and_exit_codes(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = DATA / "scraped_en_header.txt"
    assert run_cli(["import", "--db", str(db_path), "--json", str(good)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["imported"], out["duplicates"], out["failed"]) == (1, 0, [])
    [art] = out["articles"]
    assert art["title"] == "افتتاح مكتبة عائمة على نهر خيالي في مدينة الواحة"
    assert (art["published"], art["source"], art["path"], art["status"]) == (
        "2024-11-28",
        "صحيفة الواحة اليومية",
        str(good),
        "imported",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run_cli(["import", "--db", str(db_path), "--json", str(good), str(empty)]) == 1
    out = json.loads(capsys.readouterr().out)
    assert (out["imported"], out["duplicates"]) == (0, 1)
    assert out["failed"] == [{"path": str(empty), "error": "empty file"}]
    assert out["articles"][0]["status"] == "duplicate"
    assert run_cli(["import", "--db", str(db_path), str(empty)]) == 1
    text = capsys.readouterr().out
    assert "failed: 1" in text and "empty file" in text
    assert run_cli(["import", "--db", str(db_path)]) == 2
    assert run_cli(["import", "--db", str(db_path), "--bogus", str(good)]) == 2


def test_library_is_consistent_after_import(tmp_path: Path, db_path: Path) -> None:
    run(db_path, [make_tree(tmp_path)])
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rowids = {r[0] for r in conn.execute("SELECT rowid FROM articles")}
        indexed = {r[0] for r in conn.execute("SELECT id FROM articles_fts_docsize")}
        assert rowids == indexed
    finally:
        conn.close()
    assert os.path.exists(db_path)


def test_an_article_the_store_cannot_analyse_fails_alone(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsreader import timeline

    real = timeline.extract

    def picky(text: str, ref: object) -> object:
        if "رقم 3 " in text:
            raise IndexError("no such group")
        return real(text, ref)  # type: ignore[arg-type]

    monkeypatch.setattr(timeline, "extract", picky)
    f = tmp_path / "a.json"
    f.write_text("[" + ",".join(article_text(i) for i in range(6)) + "]", encoding="utf-8")
    _steps, final = run(db_path, [f])
    assert final.imported == 5
    [(path, reason)] = final.failures
    assert path == str(f) and "could not be stored" in reason and "IndexError" in reason
    with Store.connect(db_path) as store:
        assert store.count() == 5
