"""CSV and TSV dataset exports: a row an article.

The columns are named by a header row when there is one (the same field names as JSON records:
``title``/``headline``, ``text``/``content``/``body``, ``url``/``link``, ``date``…, any case); a
header without a text column, or no header at all (scraper outputs often have none), is completed
by looking at the rows: the column of web addresses is the URL, the column of dates the date, the
column with the longest cells the text and a column of shorter cells the title. Every row is
accounted for (``row N``). Big files are read as a stream.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import IO, Any

from newsreader.errors import ImportFailed
from newsreader.importers import jsonfeed
from newsreader.importers.base import Record, Sample, Skipped, not_articles
from newsreader.importers.dates import iso_datetime
from newsreader.importers.decode import decode, detect_encoding

NAME = "csv"
SUFFIXES = (".csv", ".tsv")
_PROBE_ROWS = 20
_URL = re.compile(r"^\s*https?://\S+\s*$")
_FIELDS = {
    "title": jsonfeed.TITLE_KEYS + ("head_line", "headline_ar", "العنوان", "عنوان"),
    "text": jsonfeed.BODY_KEYS + ("maintext", "main_text", "story", "النص", "المحتوى", "نص"),
    "date": jsonfeed.DATE_KEYS + ("date_publish", "التاريخ", "تاريخ"),
    "url": jsonfeed.URL_KEYS + ("الرابط", "رابط"),
    "source": jsonfeed.SOURCE_KEYS + ("source_domain", "المصدر", "مصدر"),
    "author": jsonfeed.AUTHOR_KEYS + ("الكاتب", "الكاتب/ة"),
}
_KEY_OF = {name.casefold().replace(" ", "_"): key for key, names in _FIELDS.items() for name in names}


def sniff(sample: Sample) -> bool:
    return sample.suffix in SUFFIXES


@dataclass(frozen=True, slots=True)
class _Columns:
    """Which column holds what (index, or None), and whether the first row is a header."""

    header: bool
    where: dict[str, int]


def parse(data: bytes, path: str) -> list[Record]:
    text = decode(data)
    records = list(_rows(io.StringIO(text, newline=""), path, text[:1]))
    if not any(not isinstance(r, Skipped) for r in records):
        reasons = sorted({r.reason for r in records if isinstance(r, Skipped)})
        raise not_articles("no row has a title or a text" + (f" ({'; '.join(reasons)})" if reasons else ""))
    return records


def stream(handle: IO[bytes], path: str) -> Iterator[Record]:
    head = handle.read(512 * 1024)
    handle.seek(0)
    encoding = detect_encoding(head)
    text = io.TextIOWrapper(
        handle, encoding="utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding, errors="replace", newline=""
    )
    yield from _rows(text, path, "")


def _dialect(sample: str) -> type[csv.Dialect]:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|")
    except csv.Error:
        return csv.excel


def _rows(handle: IO[str], path: str, _first: str) -> Iterator[Record]:
    csv.field_size_limit(1 << 30)
    sample = handle.read(64 * 1024)
    handle.seek(0)
    reader = csv.reader(handle, _dialect(sample))
    try:
        probe = list(islice(reader, _PROBE_ROWS))
    except csv.Error as exc:
        raise ImportFailed(f"damaged CSV: {exc}") from None
    if not probe or max(len(r) for r in probe) < 2:
        raise not_articles("a CSV file with a single column (not a table of articles)")
    columns = _columns(probe)
    if "title" not in columns.where and "text" not in columns.where:
        raise not_articles("no column of the CSV holds titles or article text")
    number = 1 if columns.header else 0
    try:
        for row in chain(probe[number:], reader):
            number += 1
            if any(cell.strip() for cell in row):  # a blank row is no record (as a blank line of JSON Lines)
                yield _record(row, columns, path, number)
    except csv.Error as exc:
        yield Skipped(f"row {number + 1}", f"damaged CSV from here on ({exc})")


def _record(row: list[str], columns: _Columns, path: str, number: int) -> Record:
    item: dict[str, Any] = {}
    for key, index in columns.where.items():
        if index < len(row) and row[index].strip():
            item[key] = row[index]
    return jsonfeed.to_article(item, path) or Skipped(f"row {number}", jsonfeed.NEITHER)


def _columns(probe: list[list[str]]) -> _Columns:
    header = probe[0]
    named = {}
    for index, cell in enumerate(header):
        key = _KEY_OF.get(cell.strip().casefold().replace(" ", "_"))
        if key is not None and key not in named:
            named[key] = index
    is_header = bool(named)
    body = probe[1:] if is_header else probe
    if not body:
        return _Columns(is_header, named)
    width = max(len(r) for r in body)
    free = [i for i in range(width) if i not in named.values()]

    def cells(i: int) -> list[str]:
        return [r[i].strip() for r in body if i < len(r) and r[i].strip()]

    def share(i: int, test: Any) -> float:
        values = cells(i)
        return sum(1 for v in values if test(v)) / len(values) if values else 0.0

    if "url" not in named:
        urls = [i for i in free if share(i, _URL.match) > 0.8]
        if urls:
            named["url"] = urls[0]
    if "date" not in named:
        dates = [i for i in free if i not in named.values() and share(i, lambda v: len(v) <= 40 and iso_datetime(v)) > 0.8]
        if dates:
            named["date"] = dates[0]
    texts = [i for i in free if i not in named.values() and share(i, lambda v: len(v.split()) >= 3) > 0.5]

    def mean(i: int) -> float:
        values = cells(i)
        return sum(len(v) for v in values) / len(values) if values else 0.0

    if "text" not in named and texts:
        longest = max(texts, key=mean)
        if mean(longest) >= 200:
            named["text"] = longest
    if "title" not in named:
        short = [i for i in texts if i not in named.values() and 10 <= mean(i) <= 250]
        if short:
            named["title"] = short[0]
    return _Columns(is_header, named)
