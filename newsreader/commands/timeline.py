"""``newsreader timeline``: the dates an article mentions, resolved against its date."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from newsreader import paths
from newsreader.commands import UsageError, add_db_argument, counted
from newsreader.domain import Mention, full_text
from newsreader.errors import ImportFailed
from newsreader.importers.base import MAX_FILE_BYTES
from newsreader.timeline import build as events
from newsreader.timeline import extract


def add_parser(sub: Any) -> None:
    p = sub.add_parser("timeline", help="list the dates an article mentions")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--reference", metavar="YYYY-MM-DD", help="resolve against this date (default: the article's)")
    p.add_argument("--plain", action="store_true", help="read FILE as bare UTF-8 text (offsets index it exactly)")
    p.add_argument("--article", metavar="ID", help="an article in the library (id or unambiguous prefix)")
    p.add_argument("--query", metavar="QUERY", help="the story timeline of a library search, as the window shows it")
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance", help="result order for --query")
    p.add_argument("file", metavar="FILE", nargs="?", help="an article file, read without storing it")
    p.set_defaults(func=run)


def parse_reference(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _read_plain(path: Path) -> str:
    """The text exactly as ``open(path, encoding="utf-8").read()`` gives it (gold offsets index that).

    A byte-order mark stays as U+FEFF at offset 0, like ``open`` leaves it, so offsets
    agree; undecodable bytes become U+FFFD instead of failing.
    """
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None


def _from_file(args: argparse.Namespace) -> tuple[str, date | None]:
    path = Path(args.file)
    if not path.exists():
        raise UsageError(f"no such file: {path}")
    from newsreader.importers.sources import not_regular, too_large

    info = path.stat()
    special = not_regular(info.st_mode)
    if special is not None:  # a named pipe would block the read for ever
        raise ImportFailed(f"{path}: {special}")
    if info.st_size > MAX_FILE_BYTES:
        raise ImportFailed(f"{path}: {too_large(info.st_size)}")
    if args.plain:
        return _read_plain(path), None
    try:
        from newsreader.importers import parse_file
    except ImportError:
        return _read_plain(path), None
    try:
        parsed = parse_file(path)
    except Exception:  # noqa: BLE001 - fall back to bare text when the importer cannot read it
        return _read_plain(path), None
    if not parsed:
        return _read_plain(path), None
    item = parsed[0]
    return full_text(item.title, item.body), parse_reference(item.published)


def mention_json(m: Mention) -> dict[str, Any]:
    out = {
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "type": m.type,
        "value": m.value,
        "mod": m.mod,
        "calendar": m.calendar,
        "sentence": m.sentence,
        "first_day": m.first_day,
        "last_day": m.last_day,
    }
    if m.end_value is not None:
        out["end_value"] = m.end_value
    return out


def timexes_json(m: Mention) -> list[dict[str, Any]]:
    """A mention as TIMEX3 expressions (:func:`newsreader.timeline.timexes`): itself, or a range's two ends,
    marked ``"range": "start"`` and ``"end"``."""
    from newsreader.timeline import timexes

    points = timexes([m])
    if len(points) == 1:
        return [mention_json(m)]
    return [{**mention_json(p), "range": end} for p, end in zip(points, ("start", "end"), strict=True)]


def story_json(query: str, timeline: events.Timeline, articles: int) -> dict[str, Any]:
    def entry(e: events.Entry) -> dict[str, Any]:
        return {"article_id": e.article_id, "title": e.article_title, **mention_json(e.mention)}

    return {
        "query": query,
        "articles": articles,
        "years": [
            {"year": y.year, "months": [{"month": g.month, "entries": [entry(e) for e in g.entries]} for g in y.months]}
            for y in timeline.years
        ],
    }


def run_story(args: argparse.Namespace) -> int:
    """``--query``: the dated mentions of the articles a search finds (up to 1,000, in result order), by year and month."""
    from newsreader.commands.interrupt import EXIT_INTERRUPTED
    from newsreader.commands.uptodate import bring_up_to_date
    from newsreader.errors import QueryError
    from newsreader.search.query import parse
    from newsreader.store import Store

    with Store.open(paths.default_db_path(args.db), create=False) as store:
        try:
            query = parse(args.query)
        except QueryError as exc:
            raise UsageError(str(exc)) from None
        if not bring_up_to_date(store, "search", "timeline"):
            return EXIT_INTERRUPTED
        res = store.search(query, sort=args.sort, limit=1)
        if res.message:
            raise UsageError(res.message)
        ids = store.search_ids(query, sort=args.sort)
        entries = [events.Entry(m, aid, title) for aid, title, m in store.story_mentions(ids)]
    timeline = events.build(e for e in entries if events.is_dated(e.mention))
    articles = len({e.article_id for e in entries})
    if args.json:
        json.dump(story_json(args.query, timeline, articles), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    dated = sum(len(g.entries) for y in timeline.years for g in y.months)
    events_from = f"{counted(dated, 'dated event')} from {counted(articles, 'article')}"
    sys.stdout.write(f"{args.query}: {events_from} ({len(ids)} found)\n")
    for y in timeline.years:
        sys.stdout.write(f"\n{y.year}\n")
        for g in y.months:
            sys.stdout.write(f"  {g.month:02d}\n" if g.month else "  —\n")
            for e in g.entries:
                m = e.mention
                when = m.first_day if m.first_day == m.last_day else f"{m.first_day}…{m.last_day}"
                sys.stdout.write(f"    {when:21} {m.text}  [{e.article_title}  {e.article_id[:12]}]\n")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.query is not None:
        if args.article or args.file:
            raise UsageError("give --query alone, without --article or a FILE")
        return run_story(args)
    if bool(args.article) == bool(args.file):
        raise UsageError("give either --article ID, a FILE or --query QUERY")
    given = None
    if args.reference:
        given = parse_reference(args.reference)
        if given is None:
            raise UsageError(f"bad --reference date {args.reference!r} (want YYYY-MM-DD)")
    if args.article:
        from newsreader.commands.interrupt import EXIT_INTERRUPTED
        from newsreader.commands.uptodate import bring_up_to_date
        from newsreader.domain import reference_date
        from newsreader.store import Store

        with Store.open(paths.default_db_path(args.db), create=False) as store:
            if given is None and not bring_up_to_date(store, "timeline"):
                return EXIT_INTERRUPTED
            article = store.find_article(args.article)
            if article is None:
                raise UsageError(f"no article with id {args.article!r}")
            # the same reference the store resolved the stored mentions against
            reference = given or reference_date(article.published, article.imported_at)
            mentions = extract(article.full_text, reference) if given is not None else store.mentions(article.id)
    else:
        text, published = _from_file(args)
        reference = given or published
        mentions = extract(text, reference)
    if args.json:
        out = {
            "reference_date": reference.isoformat() if reference else None,
            "mentions": [t for m in mentions for t in timexes_json(m)],
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    sys.stdout.write(f"reference date: {reference.isoformat() if reference else '—'}\n")
    for m in mentions:
        mod = f" {m.mod}" if m.mod else ""
        cal = " (hijri)" if m.calendar == "hijri" else ""
        value = f"{m.value}/{m.end_value}" if m.end_value else m.value
        sys.stdout.write(f"{m.start:6}-{m.end:<6} {m.type:8} {value + mod + cal:28} {m.text}\n")
    return 0
