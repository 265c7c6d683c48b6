"""Find and resolve the dates an Arabic text mentions (no Qt)."""

from __future__ import annotations

from datetime import date

from newsreader.domain import Mention


def extract(text: str, reference: date | None) -> list[Mention]:
    """Every temporal expression in ``text``, resolved against ``reference``."""
    return []
