"""Compile resources/i18n/*.ts to .qm with pyside6-lrelease (run by the build and by CI)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    import PySide6

    return [str(Path(PySide6.__file__).parent / "lrelease")]


def build() -> list[Path]:
    out = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


if __name__ == "__main__":
    for qm in build():
        print(qm.relative_to(ROOT))
    sys.exit(0)
