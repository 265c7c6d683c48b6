"""The compiled patterns that find temporal expressions (built from the word tables).

One pattern per family (years, months, weekdays, durations …), each group named
with its family's prefix. A cheap trigger pattern finds the words an expression
can start with; at each, the families that can start with that word are tried in
``FAMILIES`` order and the first one the extractor accepts wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsreader.text import arabic
from newsreader.timeline.tables import Tables, alternation, load, norm, word_pattern

SP = r"[^\S\n]+"
OS = r"[^\S\n]*"
CM = r"(?:[^\S\n]*[،,])?"
SEP = rf"{OS}[/\-.]{OS}"
ERA = r"(?:هـ|ه(?!\w)|م(?!\w)|ھ(?!\w)|للهجرة|هجري[ةه]?(?!\w)|ميلادي[ةه]?(?!\w)|للميلاد)"
FAMILIES = (
    "occ",
    "wy",
    "age",
    "en",
    "num",
    "mw",
    "dana",
    "dm",
    "q",
    "ss",
    "dec",
    "per",
    "mon",
    "wd",
    "rel",
    "tod",
    "yr",
    "set",
    "du",
    "vg",
)


def words(*ws: str) -> str:
    """An alternation of these words (with their spelling variants)."""
    return alternation(list(ws))


@dataclass(frozen=True)
class Pieces:
    """The regex pieces several families' patterns share (built once from the tables)."""

    mon: str  # a month name
    wd: str  # a weekday
    bare_wd: str  # a weekday without its article («ثلاثاء»)
    mod: str  # a modifier («الماضي», «المقبل» …)
    mod2: str  # the second one back or ahead («قبل الماضي», «بعد القادم»)
    part: str  # a part («مطلع», «منتصف» …)
    dp: str  # a part of the day
    ordw: str  # an ordinal day («الخامس»)
    numw: str  # a number in words («خمسة وعشرين», «مئة وسبعة وسبعين»)
    numw_year: str  # … with the article on its words and a thousand in it («الألفان والواحد والعشرون»)
    num_unit: str  # a number word below 20
    yom: str  # «يوم»
    same: str  # «نفسه», «ذاته» …
    year_kw: str  # «عام», «سنة» …
    fiscal: str  # «المالي»: the fiscal year is the calendar year
    the_year: str  # «العام», «السنة» …
    this_year: str  # «هذا العام», «العام الحالي» …
    this_kw: str  # «هذا», «هذه» …

    def yearx(self, p: str) -> str:
        """A four-digit year and its era (groups ``<p>_y``, ``<p>_era``)."""
        return rf"(?P<{p}_y>\d{{4}})(?!\d)(?:{OS}(?P<{p}_era>{ERA}))?"

    def yeartail(self, p: str) -> str:
        """«رمضان 1439هـ», «رمضان من عام 1439هـ», «رمضان من هذا العام 1439هـ»: the year after a month."""
        return rf"(?:{CM}{OS}(?:(?:من|في){SP})?(?:(?:{self.this_kw}{SP})?{self.year_kw}{SP})?(?:الـ?{OS})?{self.yearx(p)})"

    def yeartail_or_slash(self, p: str) -> str:
        return rf"(?:(?:{OS}[/\-]{OS}|{CM}{OS}(?:من{SP})?(?:{self.year_kw}{SP})?(?:الـ?{OS})?){self.yearx(p)})"

    def mexpr(self, p: str) -> str:
        """A month, or two names of one month («كانون الثاني/يناير») (groups ``<p>_m1``, ``<p>_m2``)."""
        return rf"(?P<{p}_m1>{self.mon})(?:{OS}(?:[/\-–(،]{OS})?(?P<{p}_m2>{self.mon})(?:{OS}\))?)?"


def number_words(t: Tables, unit: str, low: str, al: str) -> str:
    """A number in words: thousands, hundreds and the rest below a hundred, joined by «و» («ألف وتسعمائة
    وتسعين», «مئة وسبعة وسبعين»); ``al`` before each word («الألفان والواحد والعشرون»): then a thousand is
    required (a year)."""
    scale = t.number_scales
    hundreds = alternation([w for w, (_, k) in scale.items() if k == "hundreds"])
    thousands = alternation([w for w, (_, k) in scale.items() if k == "thousands"])
    times = alternation([w for w, (_, k) in scale.items() if k == "times"])
    th = rf"(?:{al}{thousands}|{unit}{SP}{times})(?!\w)"
    hu = rf"(?:{al}{hundreds}|{unit}{SP}{al}{hundreds})(?!\w)"
    joined = rf"{SP}و{OS}"
    if al:
        return rf"(?:{th}(?:{joined}{hu})?(?:{joined}{low})?)"
    return rf"(?:{th}(?:{joined}{hu})?(?:{joined}{low})?|{hu}(?:{joined}{low})?|{low})"


def pieces(t: Tables) -> Pieces:
    simple_numbers = [w for w in t.numbers if " " not in w]
    num_unit = alternation([w for w in simple_numbers if t.numbers[w] not in ("X",) and int(t.numbers[w]) < 20])
    num_tens = alternation([w for w in simple_numbers if t.numbers[w] != "X" and int(t.numbers[w]) >= 20])
    num_all = alternation(list(t.numbers))
    fiscal = rf"(?:{SP}{words('المالي', 'المالية')})"
    current = words("الحالي", "الجاري", "الحالية", "الجارية")
    this_year = rf"(?:{words('هذا العام', 'هذه السنة')}|{words('العام', 'السنة')}{fiscal}?{SP}{current})"
    return Pieces(
        mon=alternation(list(t.months)),
        wd=alternation(list(t.weekdays)),
        bare_wd=alternation([w[2:] for w in t.weekdays]),
        mod=alternation(list(t.modifiers)),
        mod2=alternation(list(t.cue_words["second_past"]) + list(t.cue_words["second_future"])),
        part=alternation(list(t.parts)),
        dp=alternation(list(t.dayparts)),
        ordw=alternation(list(t.ordinal_days)),
        numw=number_words(t, num_unit, rf"(?:{num_unit}{SP}و{OS}{num_tens}|{num_all})", ""),
        numw_year=number_words(t, num_unit, rf"(?:(?:ال)?{num_unit}{SP}و{OS}(?:ال)?{num_tens}|(?:ال)?{num_all})", "(?:ال)?"),
        num_unit=num_unit,
        yom=word_pattern("يوم"),
        same=words("نفسه", "نفسها", "ذاته", "ذاتها"),
        year_kw=words("عام", "العام", "سنة", "السنة", "لعام", "لسنة", "عامي", "سنتي"),
        fiscal=fiscal,
        the_year=words("العام", "السنة", "للعام", "للسنة"),
        this_year=this_year,
        this_kw=words("هذا", "لهذا", "هذه", "لهذه"),
    )


def build(t: Tables) -> dict[str, str]:
    """Each family's pattern (its module's), by family prefix."""
    # the family modules build on this module's pieces
    from newsreader.timeline.families import (
        ages,
        dates,
        decades,
        durations,
        month_weeks,
        months,
        occasions,
        periods,
        quarters,
        relative_days,
        seasons,
        sets,
        times,
        vague,
        weekdays,
        word_years,
        years,
    )

    p = pieces(t)
    return {
        "occ": occasions.pattern(t, p),
        "wy": word_years.pattern(t, p),
        "age": ages.pattern(t),
        "en": dates.english_pattern(t),
        "num": dates.numeric_pattern(p),
        "mw": month_weeks.pattern(t, p),
        "dana": dates.day_of_that_month_pattern(p),
        "dm": dates.day_month_pattern(t, p),
        "q": quarters.pattern(t, p),
        "ss": seasons.pattern(t, p),
        "dec": decades.pattern(t, p),
        "per": periods.pattern(t, p),
        "mon": months.pattern(t, p),
        "wd": weekdays.pattern(p),
        "rel": relative_days.pattern(t, p),
        "tod": times.pattern(t, p),
        "yr": years.pattern(p),
        "set": sets.pattern(t, p),
        "du": durations.pattern(t, p),
        "vg": vague.pattern(t),
    }


CLITIC = r"(?P<cl>(?:[وف][بلك]?|[بلك])(?:ـ[^\S\n]*)?|ل?ـ[^\S\n]*)?"


def wrap(body: str) -> str:
    return rf"(?<![\w{arabic.TATWEEL}])(?:{CLITIC})(?:{body})(?!\w)"


@lru_cache(maxsize=1)
def singles() -> dict[str, re.Pattern[str]]:
    """One pattern per family, to retry the later families where one was rejected."""
    fam = build(load())
    return {name: re.compile(wrap(rf"(?P<{name}>{fam[name]})")) for name in FAMILIES}


# ---------------------------------------------------------------- the fast trigger
# A cheap pattern finds the first word of a possible expression in a folded copy of
# the text (same length); the families that can start with that word are then tried.

DIGIT_FAMILIES = ("en", "num", "dana", "dm", "tod", "yr", "du")  # keep FAMILIES order

_LITERAL_STARTERS: dict[str, tuple[str, ...]] = {
    "يوم": ("num", "mw", "dana", "dm", "wd", "du"),
    "الـ": ("dana", "dm", "yr", "du"),
    "يوما": ("wd", "du"),
    "يومي": ("wd",),
    "شهر": ("mon", "du"),
    "شهري": ("mon",),
    "الشهر": ("per", "set"),
    "نفس": ("per",),
    "ذات": ("per",),
    "أشهر": ("mon", "du"),
    "شهور": ("mon", "du"),
    "الأشهر": ("q", "mon", "du"),
    "الشهور": ("q", "mon", "du"),
    "الفترة": ("per",),
    "التوقيت": ("per",),
    "الوقت": ("per",),
    "ذلك": ("per",),
    "تلك": ("per",),
    "المدة": ("per",),
    "هذا": ("per", "wd"),
    "هذه": ("per", "wd"),
    "الربع": ("q",),
    "النصف": ("q",),
    "عقد": ("dec", "du"),
    "الساعة": ("tod",),
    "عام": ("wy", "yr", "du"),
    "العام": ("wy", "yr", "per", "set"),
    "سنة": ("wy", "yr", "du"),
    "عامي": ("yr",),
    "سنتي": ("yr",),
    "الليلة": ("per",),
    "السنة": ("wy", "yr", "per", "set"),
    "لعام": ("wy", "yr"),
    "لسنة": ("wy", "yr"),
    "كل": ("set",),
    "أيام": ("set", "du"),
    "أكثر": ("du",),
    "أقل": ("du",),
    "ما": ("du",),
    "نحو": ("du",),
    "حوالي": ("du",),
    "حوالى": ("du",),
    "مرة": ("set",),
    "مرتين": ("set",),
    "مرتان": ("set",),
    "مرات": ("set",),
    "قرابة": ("du",),
    "زهاء": ("du",),
    "نصف": ("du",),
    "نص": ("du",),
    "ربع": ("du",),
    "ثلث": ("du",),
    "ال": ("dana", "dm", "yr", "du"),
    "الأمس": ("wd", "rel"),
    "بعد": ("rel",),
    "منتصف": ("tod",),
    "اليوم": ("mw", "wd", "rel", "set"),
    "الأسبوع": ("mw", "per", "set"),
}


@lru_cache(maxsize=1)
def starter_families() -> dict[str, tuple[str, ...]]:
    """Folded first word → the families that may begin with it."""
    t = load()
    out: dict[str, set[str]] = {}

    def add(words: object, fams: tuple[str, ...]) -> None:
        for key in words:  # type: ignore[attr-defined]
            first = norm(str(key)).split(" ")[0]
            out.setdefault(first, set()).update(fams)

    add(t.months, ("mon",))
    add(t.occasions, ("occ",))
    add(t.occasion_words.get("day", {}), ("occ",))
    add(t.weekdays, ("num", "mw", "dana", "dm", "wd"))
    add([w[2:] for w in t.weekdays], ("wd",))  # «أحد الأسبوع الماضي»
    add(t.parts, ("q", "ss", "dec", "per", "mon", "yr"))
    add(t.dayparts, ("dm", "wd", "rel"))
    add(t.ordinal_days, ("dana", "dm"))
    add([w[1:] for w in t.ordinal_days if w.startswith("ال")], ("dm",))
    add([w for w in t.month_ordinals if not w.startswith("ال")], ("mw", "dm"))  # «لخامس من»: dm's «الخامس»
    add(t.hours, ("age", "tod"))
    add(t.clock_numbers, ("tod",))
    add([w[2:] for w in t.hours if w.startswith("ال")] + ["ساعة"], ("tod",))  # «للسابعة», «للساعة»
    from newsreader.timeline.families import ages

    add(ages.tens(t), ("age",))
    add(t.relative_days, ("wd", "rel"))
    add(t.vague, ("vg",))
    add(t.sets, ("set",))
    add(t.cue_words["this"], ("per",))
    add(t.periods, ("per", "set"))
    add(t.seasons, ("ss",))
    add(t.numbers, ("du",))
    add(t.number_scales, ("du",))
    add(t.units, ("du",))
    add(["ال" + u for u, (_, n) in t.units.items() if n in ("pl", "dual")], ("du",))
    add(["ال" + n for n in t.numbers], ("du",))
    for word, fams in _LITERAL_STARTERS.items():
        add([word], fams)
    # «مؤخرًا», «غدًا»: the folded copy turns the tanween into a space, so the
    # stem before it must start a match too
    for key in list(out):
        if len(key) >= 3 and key.endswith("ا"):
            out.setdefault(key[:-1], set()).update(out[key])
    order = {name: i for i, name in enumerate(FAMILIES)}
    return {k: tuple(sorted(v, key=order.__getitem__)) for k, v in out.items()}


def _trie(words: list[str]) -> str:
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not end else "(?:" + "|".join(branches) + ")"
        if len(branches) == 1 and not end:
            return body
        return body + "?" if end else body

    return emit(tree)


FOLD_SAME_LENGTH = str.maketrans({**arabic.SPELLING_FOLDS, **dict.fromkeys(arabic.MARKS, " ")})
_FOLD_TO = {chr(k): str(v) for k, v in FOLD_SAME_LENGTH.items()}
_FOLDED = re.compile("[" + "".join(_FOLD_TO) + "]").findall


def fold_same_length(text: str) -> str:
    """``text.translate(FOLD_SAME_LENGTH)``, 5x faster on Arabic text: only the characters present
    are replaced (no replacement is itself folded, so the order does not matter)."""
    for ch in set(_FOLDED(text)):
        text = text.replace(ch, _FOLD_TO[ch])
    return text


@lru_cache(maxsize=1)
def trigger() -> re.Pattern[str]:
    """Find possible first words in :func:`fold_same_length` of the text."""
    t = load()
    arabic_words = [w for w in starter_families() if not w.isascii()]
    stems = "|".join(sorted((norm(w) for w in t.decades), key=len, reverse=True))
    english_words = sorted(list(t.months_en) + list(t.weekdays_en), key=len, reverse=True)
    english = "|".join(english_words)
    # the case-insensitive English alternation is slow to fail: a lookahead on the first
    # letters (same flags, so the same characters: «ſ» is an «s») skips it on Arabic words
    firsts = "".join(sorted({w[0] for w in english_words}))
    return re.compile(
        rf"(?<!\w)(?:(?:[وفبلك]{{1,2}})?(?P<s>{_trie(arabic_words)})(?=[^\w]|\d|ال|$)"
        rf"|(?:[وفبلك]{{1,2}})?(?:ال)?(?:{stems})ي?ات(?!\w)|(?:[وفبلك]{{1,2}})?(?P<d>\d)"
        rf"|(?=(?i:[{firsts}]))(?i:(?P<e>{english}))(?![a-zA-Z]))"
    )
