from __future__ import annotations

from newsreader.timeline.hijri import hijri_label, to_hijri


def test_known_umm_al_qura_dates() -> None:
    assert to_hijri("2023-07-19") == (1445, 1, 1)  # 1 Muharram 1445
    assert to_hijri("2024-03-11") == (1445, 9, 1)  # 1 Ramadan 1445


def test_labels_and_bad_input() -> None:
    assert hijri_label("2024-03-21") == "11 رمضان 1445هـ"
    assert hijri_label("2024-03-21", "en") == "11 Ramadan 1445 AH"
    assert hijri_label("1700-01-01") == ""  # outside the Umm al-Qura table
    assert hijri_label("not a date") == ""
    assert hijri_label(None) == ""
