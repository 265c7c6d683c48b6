"""The README's line for other systems works as written: ``python3 -m venv .venv && .venv/bin/pip install .``.

A clean virtual environment with the interpreter's own pip (not upgraded), ``pip install`` of the source tree
(not editable, no extras) and of the wheel built from it; then ``newsreader --version``, an import of a sample
file, a search and the window's ``--screenshot``, each in a fresh process with no PYTHONPATH, run from an
empty folder so that nothing of the checkout can be imported by accident. Slow (two installs): ``-m slow``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsreader import __version__

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "01_nakheel_dates_festival.txt"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="runs the Linux venv layout")]


def base_python() -> str:
    """The interpreter behind the test's own venv: a venv made from it gets that Python's stock pip."""
    return getattr(sys, "_base_executable", sys.executable)


def clean_env(home: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k.startswith(("PIP_", "LANG", "LC_")) or k in ("PATH", "TMPDIR")}
    return {**keep, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "NEWSREADER_HOME": str(home / "nr")}


def run(args: list[str], home: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=home, env=clean_env(home), capture_output=True, text=True, timeout=timeout, check=False)


def fresh_venv(where: Path, home: Path) -> Path:
    result = run([base_python(), "-m", "venv", str(where)], home)
    assert result.returncode == 0, result.stderr
    return where / "bin"


def copy_of_checkout(dest: Path) -> Path:
    """The tracked files only, as a fresh clone has them (no .venv, no compiled translations)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    return dest


def check_installed(bin_dir: Path, home: Path) -> None:
    exe = str(bin_dir / "newsreader")
    version = run([exe, "--version"], home)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"newsreader {__version__}"

    library = home / "library.db"
    # A page so short that own extraction gives up and trafilatura (with jusText → lxml_html_clean) reads it.
    page = home / "page.html"
    page.write_text(
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>قصة قصيرة</title>'
        "</head><body><article><h1>قصة قصيرة</h1><p>نص قصير جدًا.</p></article></body></html>",
        encoding="utf-8",
    )
    imported = run([exe, "import", "--db", str(library), "--json", str(SAMPLE), str(page)], home)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["imported"] == 2

    found = run([exe, "search", "--db", str(library), "--json", "مهرجان"], home)
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)["results"]
    assert len(results) == 1 and "مهرجان" in results[0]["title"]

    shot = home / "shot.png"
    window = run([exe, "--db", str(library), "--screenshot", str(shot)], home, timeout=120)
    assert window.returncode == 0, window.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # The Arabic translations were compiled into the package by the build (a fresh clone has no .qm files).
    qm = run(
        [
            str(bin_dir / "python"),
            "-c",
            "from newsreader import paths; print(sorted(p.name for p in (paths.resources_dir() / 'i18n').glob('*.qm')))",
        ],
        home,
    )
    assert qm.returncode == 0, qm.stderr
    assert "newsreader_ar.qm" in qm.stdout


def test_pip_install_of_the_source_tree(tmp_path: Path) -> None:
    source = copy_of_checkout(tmp_path / "src")
    home = tmp_path / "home"
    home.mkdir()
    bin_dir = fresh_venv(tmp_path / "venv", home)
    installed = run([str(bin_dir / "pip"), "install", "-q", str(source)], home)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    check_installed(bin_dir, home)


def test_pip_install_of_the_built_wheel(tmp_path: Path) -> None:
    source = copy_of_checkout(tmp_path / "src")
    home = tmp_path / "home"
    home.mkdir()
    bin_dir = fresh_venv(tmp_path / "venv", home)
    built = run([str(bin_dir / "pip"), "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(source)], home)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = (tmp_path / "dist").glob("newsreader-*.whl")
    installed = run([str(bin_dir / "pip"), "install", "-q", str(wheel)], home)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
    check_installed(bin_dir, home)
