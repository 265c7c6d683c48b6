"""Render the application icon (resources/icons/<APP_ID>.svg) into the per-platform files.

    python packaging/render_icons.py            write all of them
    python packaging/render_icons.py --check    exit 1 if a file is missing or has the wrong size

Outputs (committed, so a build needs no rendering step):
- packaging/linux/icons/hicolor/<N>x<N>/apps/<APP_ID>.png for N in SIZES (freedesktop icon theme layout)
- packaging/windows/newsreader.ico: PNG-compressed entries 16…256 (Windows Vista and later read these)
- packaging/macos/newsreader.icns: PNG entries 16…1024 (ic07…ic14, icp4/icp5)

Rendering uses QtSvg's QSvgRenderer (in PySide6-Essentials), so no Pillow or Inkscape is needed.
Both containers are simple enough to write by hand: see ico_bytes() and icns_bytes().
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.newsreader.NewsReader"  # == newsreader.paths.APP_ID (checked by tests/packaging)
SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
SIZES = (16, 32, 48, 64, 128, 256)
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "newsreader.ico"
ICNS = ROOT / "packaging" / "macos" / "newsreader.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG icon types: (OSType, pixel size).  icp4/icp5 are the 16/32 1x slots.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size×size image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNG streams (ICONDIR, ICONDIRENTRY×n, then the data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """(size, image bytes) for each entry of an ICO file."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1:
        raise ValueError("not an icon file")
    out = []
    for i in range(count):
        width, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        out.append((width or 256, data[offset : offset + length]))
    return out


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An Apple icon family: 'icns', total length, then (OSType, length, PNG) elements, big-endian."""
    body = b""
    for ostype, size in ICNS_TYPES:
        data = pngs[size]
        body += ostype + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_icns(data: bytes) -> list[tuple[bytes, bytes]]:
    """(OSType, payload) for each element of an icns file."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an icns file")
    out, pos = [], 8
    while pos < len(data):
        ostype = data[pos : pos + 4]
        (length,) = struct.unpack_from(">I", data, pos + 4)
        out.append((ostype, data[pos + 8 : pos + length]))
        pos += length
    return out


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    width, height = struct.unpack_from(">II", data, 16)
    return width, height


def outputs() -> list[Path]:
    return [*(png_path(s) for s in SIZES), ICO, ICNS]


def write_all(svg: Path = SVG) -> list[Path]:
    needed = sorted({*SIZES, *ICO_SIZES, *(s for _t, s in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in needed}
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    ICNS.write_bytes(icns_bytes(pngs))
    return outputs()


def check() -> list[str]:
    """Problems with the committed files (empty when all is well)."""
    problems = []
    for size in SIZES:
        path = png_path(size)
        if not path.exists():
            problems.append(f"missing {path.relative_to(ROOT)}")
        elif png_size(path.read_bytes()) != (size, size):
            problems.append(f"{path.relative_to(ROOT)} is {png_size(path.read_bytes())}, not {size}x{size}")
    for path in (ICO, ICNS):
        if not path.exists():
            problems.append(f"missing {path.relative_to(ROOT)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed files")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    for path in write_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
