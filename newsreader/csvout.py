"""CSV written for spreadsheet programs: UTF-8 with a byte-order mark (without it, Excel reads Arabic
as Latin-1 mojibake), and no cell that a spreadsheet would run as a formula (OWASP's rule: a cell
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """``value`` as a spreadsheet shows it and never evaluates it."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]], *, lineterminator: str = "\r\n") -> str:
    """A whole CSV file's text: the BOM, the header, the rows (each cell through :func:`cell`)."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator=lineterminator)
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return out.getvalue()
