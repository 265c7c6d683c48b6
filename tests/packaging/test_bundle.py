"""The PyInstaller one-folder bundle builds, and runs without the Python it was built from.

Slow (about a minute to build, ~230 MB in tmp_path): ``pytest -m slow tests/packaging``. Skipped when
PyInstaller is not installed (``pip install -e ".[package]"``). The bundle runs with an empty environment
(no PYTHONPATH, no venv on PATH) and its own HOME, so it can only use what it carries.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from newsreader import __version__
from newsreader.paths import APP_ID

ROOT = Path(__file__).resolve().parents[2]
log = logging.getLogger(__name__)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason='PyInstaller is not installed (pip install -e ".[package]")'
    ),
    pytest.mark.skipif(sys.platform != "linux", reason="the bundle test runs the Linux build"),
]


class Bundle:
    def __init__(self, folder: Path, seconds: float) -> None:
        self.folder = folder
        self.exe = folder / "newsreader"
        self.seconds = seconds
        self.size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())

    def run(self, *args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run the bundled executable with an empty environment apart from HOME and a UTF-8 locale."""
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "NEWSREADER_HOME": str(home / "newsreader"),
        }
        return subprocess.run(
            [str(self.exe), *args], env=env, cwd=home, capture_output=True, text=True, timeout=timeout, check=False
        )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    out = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "PYTHON": sys.executable, "DISTPATH": str(out / "dist"), "WORKPATH": str(out / "work")}
    start = time.monotonic()
    result = subprocess.run(
        ["sh", str(ROOT / "packaging" / "pyinstaller" / "build.sh")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    seconds = time.monotonic() - start
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    built = Bundle(out / "dist" / "newsreader", seconds)
    log.warning("bundle built in %.0f s, %.0f MB", built.seconds, built.size / 2**20)
    return built


def test_bundle_version(bundle: Bundle, tmp_path: Path) -> None:
    result = bundle.run("--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"newsreader {__version__}"


def test_bundle_screenshot(bundle: Bundle, tmp_path: Path) -> None:
    """First launch: the sample library is imported and the window is saved as a PNG."""
    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    result = bundle.run("--db", str(tmp_path / "library.db"), "--screenshot", str(shot), home=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull(), result.stderr
    assert image.width() >= 640 and image.height() >= 400
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # text and panes, not an empty window
    listed = bundle.run("list", "--json", "--db", str(tmp_path / "library.db"), home=tmp_path)
    assert len(json.loads(listed.stdout)) >= 10  # the bundled samples


def write_formats(folder: Path) -> list[Path]:
    """One small file per importable format (the short HTML page makes the importer fall back to trafilatura)."""
    folder.mkdir()
    files = {
        "feed.rss": """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>صحيفة الواحة</title>
<item><title>افتتاح مكتبة عامة في الواحة</title><pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate>
<description>افتتحت البلدية أمس مكتبة عامة جديدة تضم عشرين ألف كتاب.</description></item></channel></rss>""",
        "feed.atom": """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>إذاعة الأفق</title><id>urn:x</id><updated>2025-06-03T10:00:00Z</updated>
<entry><title>أمطار غزيرة على الساحل</title><id>urn:y</id><updated>2025-06-03T10:00:00Z</updated>
<summary>هطلت أمطار غزيرة على الساحل صباح اليوم وتوقعت الأرصاد استمرارها حتى الخميس.</summary></entry></feed>""",
        "articles.json": json.dumps(
            [
                {
                    "title": "مهرجان التمور يعود في سبتمبر",
                    "published": "2025-06-04",
                    "source": "مجلة المستقبل",
                    "body": "يعود مهرجان التمور في سبتمبر المقبل بمشاركة مئة مزارع.",
                }
            ],
            ensure_ascii=False,
        ),
        "page.html": """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>قصة قصيرة</title></head><body><article><h1>قصة قصيرة</h1><p>نص قصير جدًا.</p></article></body></html>""",
        "note.txt": "وزير النقل يفتتح الطريق الساحلي\n\nافتتح وزير النقل اليوم الطريق الساحلي الجديد بطول ستين كيلومترًا.\n",
    }
    paths = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    archive = folder / "archive.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("inside/zipped.txt", "خبر داخل أرشيف\n\nهذا خبر محفوظ داخل أرشيف مضغوط للتجربة.\n")
    return [*paths, archive]


def test_bundle_imports_every_format_like_the_source(bundle: Bundle, tmp_path: Path) -> None:
    """Same files, same results from the bundle and from the source: no data file or hidden import is missing."""
    files = [str(p) for p in write_formats(tmp_path / "in")]
    frozen = bundle.run("import", "--json", "--db", str(tmp_path / "frozen.db"), *files, home=tmp_path)
    source = subprocess.run(
        [sys.executable, "-m", "newsreader", "import", "--json", "--db", str(tmp_path / "src.db"), *files],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
        env={**os.environ, "NEWSREADER_HOME": str(tmp_path / "srchome")},
    )
    assert frozen.returncode == 0, frozen.stdout + frozen.stderr
    assert source.returncode == 0, source.stdout + source.stderr

    def summary(out: str) -> list[tuple[str, str, str | None]]:
        return sorted((Path(a["path"]).name, a["title"], a["published"]) for a in json.loads(out)["articles"])

    assert summary(frozen.stdout) == summary(source.stdout)
    assert len(summary(frozen.stdout)) == len(files)
    found = bundle.run("search", "--json", "--db", str(tmp_path / "frozen.db"), "الساحلي", home=tmp_path)
    assert found.returncode == 0 and "الطريق الساحلي" in found.stdout


def test_bundle_contents(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    resources = internal / "newsreader" / "resources"
    for needed in (
        "i18n/newsreader_ar.qm",
        "fonts/NotoNaskhArabic-Regular.ttf",
        "fonts/OFL.txt",
        f"icons/{APP_ID}.svg",
        "timeline/months.tsv",
    ):
        assert (resources / needed).is_file(), needed
    assert not list(resources.rglob("*.ts"))  # sources stay out
    assert list(internal.rglob("qtbase_ar.qm")), "Qt's own Arabic translation (dialog buttons) is missing"
    assert (internal / "trafilatura" / "settings.cfg").is_file()
    assert not list(internal.rglob("*tkinter*"))
    assert bundle.size < 400 * 2**20, f"{bundle.size / 2**20:.0f} MB"


def test_bundle_timeline_like_the_source(bundle: Bundle, tmp_path: Path) -> None:
    """Hijri dates go through hijridate's tables and the timeline's own TSV tables: same answer frozen or not."""
    text = tmp_path / "hijri.txt"
    text.write_text(
        "خبر هجري\n\nأعلنت الهيئة أن الأول من محرم 1447 هـ يوافق يوم الخميس، وأن الاحتفال سيقام في 5 رمضان 1446.\n",
        encoding="utf-8",
    )
    args = ["timeline", "--json", "--reference", "2025-06-01", str(text)]
    frozen = bundle.run(*args, home=tmp_path)
    source = subprocess.run(
        [sys.executable, "-m", "newsreader", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,
        env={**os.environ, "NEWSREADER_HOME": str(tmp_path / "src")},
    )
    assert frozen.returncode == 0, frozen.stderr
    assert json.loads(frozen.stdout) == json.loads(source.stdout)
    assert any(m["calendar"] == "hijri" for m in json.loads(frozen.stdout)["mentions"])
