"""Outlet names: the one table (``resources/outlets.tsv``) that maps hosts, feed titles and dataset
slugs to the name an outlet gives itself. Used by the importers (to name an article's outlet) and by
the store's ``source:`` filter (to find an outlet by any of its names). Qt-free, no SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from newsreader import paths
from newsreader.text import arabic

__all__ = ["Outlet", "aliases", "by_host", "canonical", "display_name", "host_of", "table"]

_SPACES = re.compile(r"\s+")
_FOLD = str.maketrans({**arabic.SPELLING_FOLDS, arabic.TATWEEL: None})


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    hosts: tuple[str, ...]
    aliases: tuple[str, ...]


def key(name: str) -> str:
    """Lookup key of a name: case, spaces, hamza/taa marbuta/alif maqsura spellings and a leading
    ``www.`` folded."""
    folded = _SPACES.sub(" ", name.strip().casefold().translate(_FOLD))
    return folded[4:] if folded.startswith("www.") else folded


@dataclass(frozen=True, slots=True)
class _Table:
    outlets: tuple[Outlet, ...]
    names: dict[str, Outlet]  # key(any name, alias or host) → outlet
    hosts: dict[str, Outlet]


@lru_cache(maxsize=1)
def table() -> _Table:
    outlets: list[Outlet] = []
    with open(paths.resource("outlets.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\n").split("\t")] + ["", ""]
            outlets.append(Outlet(cells[0], tuple(cells[1].split()), tuple(a.strip() for a in cells[2].split("|") if a.strip())))
    names: dict[str, Outlet] = {}
    hosts: dict[str, Outlet] = {}
    for outlet in outlets:
        for host in outlet.hosts:
            hosts.setdefault(key(host), outlet)
        for name in (outlet.name, *outlet.hosts, *outlet.aliases):
            names.setdefault(key(name), outlet)
    return _Table(tuple(outlets), names, hosts)


def host_of(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return key(host) if host else None


def by_host(url: str | None) -> Outlet | None:
    """The outlet of a URL's host (or of the domain it is under: ``arabic.cnn.com``, ``m.youm7.com``)."""
    host = host_of(url)
    hosts = table().hosts
    while host:
        if host in hosts:
            return hosts[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def canonical(name: str | None) -> Outlet | None:
    """The outlet that ``name`` (its name, a host, a feed title or a slug) stands for."""
    if not name or not name.strip():
        return None
    return table().names.get(key(name))


def display_name(source: str | None, url: str | None = None) -> str | None:
    """The name to record for an article's outlet: the table's name for a known source (or, with
    no source, for the URL's host); an unknown source as it is written."""
    outlet = canonical(source) or (None if source and source.strip() else by_host(url))
    if outlet is not None:
        return outlet.name
    return source.strip() if source and source.strip() else None


def aliases(name: str) -> tuple[str, ...]:
    """Every name the outlet called ``name`` goes by (``name`` itself first), for ``source:``."""
    outlet = canonical(name)
    if outlet is None:
        return (name,)
    return tuple(dict.fromkeys([name, outlet.name, *outlet.hosts, *outlet.aliases]))
