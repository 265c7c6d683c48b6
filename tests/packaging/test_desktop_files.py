"""Desktop integration files: validated by the freedesktop tools, consistent with the app id, icons complete.

``desktop-file-validate`` (desktop-file-utils) and ``appstreamcli`` (appstream) come from Debian packages that
``sh packaging/install.sh test`` installs; the tests that need them skip, saying so, when they are missing.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from newsreader import __version__
from newsreader.paths import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
TOOLBAR_ICONS = ["import", "bookmark", "bookmark-filled", "zoom-in", "zoom-out", "timeline", "search"]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Arabic presentation forms A and B: shaped glyph code points that must never be stored as text.
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def load_render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "packaging" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render_icons = load_render_icons()


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: sh packaging/install.sh test installs it)")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def desktop_list(value: str) -> list[str]:
    assert value.endswith(";"), f"list value must end with ';': {value!r}"
    return value[:-1].split(";")


# -- validation by the freedesktop tools --------------------------------------------------------------


def test_desktop_file_validates() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    # no errors, no warnings, and no hints either
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # appstream < 1.0 does not know <developer> yet (an info); anything worse fails
    assert not re.search(r"^[EW]: ", result.stdout, re.M), result.stdout


# -- consistency with the application ------------------------------------------------------------------


def test_desktop_file_matches_app_id() -> None:
    entry = desktop_entry()
    assert DESKTOP.stem == APP_ID  # the file name is what setDesktopFileName(APP_ID) points at
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "newsreader %F"
    assert entry["TryExec"] == "newsreader"
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == "newsreader"  # X11 WM_CLASS class = QApplication.applicationName()
    assert entry["Terminal"] == "false"


def test_desktop_file_texts_in_arabic_and_english() -> None:
    entry = desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key] and not ARABIC_LETTER.search(entry[key])
        assert ARABIC_LETTER.search(entry[f"{key}[ar]"]), key
    assert "news" in desktop_list(entry["Keywords"])
    assert "أخبار" in desktop_list(entry["Keywords[ar]"])


def test_desktop_file_categories_and_mime_types() -> None:
    entry = desktop_entry()
    assert desktop_list(entry["Categories"]) == ["Network", "News", "Qt"]
    mime = desktop_list(entry["MimeType"])
    for needed in (
        "text/plain",
        "text/html",
        "application/rss+xml",
        "application/atom+xml",
        "application/json",
        "application/xml",
        "application/zip",
    ):
        assert needed in mime
    assert len(mime) == len(set(mime))


def test_metainfo_matches_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == project["license"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert [b.text for b in root.findall("provides/binary")] == ["newsreader"]
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    developer = root.find("developer")
    assert developer is not None and developer.get("id") and developer.findtext("name")


def test_metainfo_release_is_the_package_version() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    newest = releases[0]
    assert newest.get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", newest.get("date", ""))


def test_metainfo_screenshots_and_translations() -> None:
    root = ET.parse(METAINFO).getroot()
    shots = root.findall("screenshots/screenshot")
    names = [s.findtext("image", "").rsplit("/", 1)[-1] for s in shots]
    assert names == ["main-window.png", "ar-light-settings.png", "ar-dark-main-1440.png", "en-light-main-1440.png"]
    assert all((ROOT / "docs" / "screenshots" / name).is_file() for name in names)  # the gallery has each one
    assert [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        captions = {c.get(XML_LANG): c.text for c in shot.findall("caption")}
        assert captions.get(None) and ARABIC_LETTER.search(captions.get("ar") or "")
    for tag in ("name", "summary"):
        langs = {e.get(XML_LANG) for e in root.findall(tag)}
        assert langs == {None, "ar"}, tag


@pytest.mark.parametrize("path", [DESKTOP, METAINFO], ids=lambda p: p.suffix)
def test_arabic_is_logical_order_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert ARABIC_LETTER.search(text)
    assert not PRESENTATION_FORMS.search(text), "Arabic presentation forms: write the letters, not glyphs"


# -- icons ---------------------------------------------------------------------------------------------


def rendered(svg: Path, size: int) -> tuple[int, int]:
    """(opaque pixels, total pixels) of the SVG drawn at size×size."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid(), svg
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    opaque = sum(1 for y in range(size) for x in range(size) if image.pixelColor(x, y).alpha() > 0)
    return opaque, size * size


def test_app_icon_svg_parses_and_renders(qapp: object) -> None:
    ET.parse(SVG)  # well-formed XML
    opaque, total = rendered(SVG, 64)
    assert opaque > total // 2  # a filled tile, not a blank or a speck


@pytest.mark.parametrize("name", TOOLBAR_ICONS)
def test_toolbar_icons_render(qapp: object, name: str) -> None:
    opaque, _total = rendered(ROOT / "resources" / "icons" / f"{name}.svg", 24)
    assert opaque > 20


@pytest.mark.parametrize("size", render_icons.SIZES)
def test_hicolor_png_sizes(qapp: object, size: int) -> None:
    from PySide6.QtGui import QImage

    path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    image = QImage(str(path))
    assert not image.isNull(), path
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_windows_ico(qapp: object) -> None:
    from PySide6.QtGui import QImage

    data = render_icons.ICO.read_bytes()
    entries = render_icons.read_ico(data)
    assert sorted(size for size, _png in entries) == sorted(render_icons.ICO_SIZES)
    for size, png in entries:
        image = QImage.fromData(png, "PNG")
        assert (image.width(), image.height()) == (size, size)
    assert not QImage(str(render_icons.ICO)).isNull()  # Qt's own ICO reader agrees


def test_macos_icns(qapp: object) -> None:
    from PySide6.QtGui import QImage

    entries = dict(render_icons.read_icns(render_icons.ICNS.read_bytes()))
    for ostype, size in render_icons.ICNS_TYPES:
        image = QImage.fromData(entries[ostype], "PNG")
        assert (image.width(), image.height()) == (size, size), ostype


def test_committed_icon_files_complete() -> None:
    assert render_icons.APP_ID == APP_ID
    assert render_icons.check() == []


def test_linux_install_script_layout(tmp_path: Path) -> None:
    """packaging/linux/install.sh puts the files where qutebrowser's misc/Makefile does."""
    env = {"PATH": "/usr/bin:/bin", "DESTDIR": str(tmp_path), "HOME": str(tmp_path)}
    subprocess.run(["sh", str(LINUX / "install.sh"), "/usr"], check=True, env=env, capture_output=True)
    share = tmp_path / "usr" / "share"
    installed = sorted(str(p.relative_to(share)) for p in share.rglob("*") if p.is_file())
    expected = sorted(
        [
            f"applications/{APP_ID}.desktop",
            f"metainfo/{APP_ID}.metainfo.xml",
            f"icons/hicolor/scalable/apps/{APP_ID}.svg",
            *(f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in render_icons.SIZES),
        ]
    )
    assert installed == expected
    subprocess.run(["sh", str(LINUX / "install.sh"), "--uninstall", "/usr"], check=True, env=env, capture_output=True)
    assert not [p for p in share.rglob("*") if p.is_file()]


# -- the wheel -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("hatchling is not installed in this environment (it is in the test extra)")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("newsreader-*.whl")
    return built


def test_wheel_contains_resources(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(zf.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert f"newsreader-{__version__}-" in wheel.name
    for needed in (
        "fonts/NotoNaskhArabic-Regular.ttf",
        "fonts/OFL.txt",
        "i18n/newsreader_ar.qm",
        f"icons/{APP_ID}.svg",
        "timeline/months.tsv",
    ):
        assert f"newsreader/resources/{needed}" in names, needed
    assert any(n.startswith("newsreader/resources/samples/") for n in names)
    assert "[gui_scripts]\nnewsreader = newsreader.__main__:main" in entry_points


def test_wheel_desktop_integration(wheel: Path) -> None:
    """With the wheel's shared-data (pyproject), pip installs the .desktop, metainfo and icons under share/."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    if "shared-data" not in pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]:
        pytest.skip("pyproject has no [tool.hatch.build.targets.wheel.shared-data] yet")
    with zipfile.ZipFile(wheel) as zf:
        data = {n.split(".data/data/", 1)[1] for n in zf.namelist() if ".data/data/" in n}
    assert f"share/applications/{APP_ID}.desktop" in data
    assert f"share/metainfo/{APP_ID}.metainfo.xml" in data
    assert f"share/icons/hicolor/scalable/apps/{APP_ID}.svg" in data
    assert f"share/icons/hicolor/48x48/apps/{APP_ID}.png" in data
