"""The held-out search query set over real news sentences: how it is built, and how it is read.

    .venv/bin/python bench/search_set.py build      # rewrites bench/search_set/{sentences,queries}.jsonl

The set lives in the project as references and judgements only: ``sentences.jsonl`` names each
sentence by its corpus file, article index and character offsets in the article's text (and a
checksum of the sentence, to notice a changed corpus); ``queries.jsonl`` holds each query with the
ids of the sentences a reader expects found (``expected``), accepts either way (``optional``) and
must not see (``must_not``). The texts are read from ../shared/corpus when the set is used
(:func:`load`), so no third-party text enters the project.

How the judgements were made: :data:`SPEC` lists, for each query, the word forms (written by us)
that a reader expects it to find, those acceptable either way, and the look-alike forms it must not
find. ``build`` picks sentences of SaudiNewsNet that contain them (every form with a clitic or the
article before it too): a sentence is expected when it holds an expected form; optional when it
holds an optional form and no expected one; must-not when it holds a must-not form and no expected
or optional form, even with a pronoun suffix (a must-not form written as it is in the list wins
over an expected form with a clitic: وجهة is not و + جهة). Which sentences were picked is fixed by a seed.
"""

from __future__ import annotations

import glob
import hashlib
import json
import random
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsreader.text.fold import fold  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
HERE = ROOT / "bench" / "search_set"
DEV = ROOT.parent / "shared" / "eval" / "search"
_CLITICS = ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال", "ك", "كال", "وب", "ول", "وبال", "ولل")
_SENTENCE = re.compile(r"[^.!?؟\n]+")
_WORD = re.compile(r"[\u0621-\u0652\u0670\u0640]+")

# class, query, expected forms, optional forms, must-not forms
Spec = tuple[str, str, str, str, str]
SPEC: list[Spec] = [
    # 1. duals: -ان/-ين, construct without ن, with clitics, feminine -تان/-تين
    ("dual", "بنك", "بنك بنكان بنكين بنكا بنكي", "بنوك", "بنكهة"),
    ("dual", "طرف", "طرف طرفان طرفين طرفا طرفي طرفاه طرفيه", "أطراف", "تطرف متطرف متطرفين متطرفة"),
    ("dual", "الطرفين", "طرف طرفان طرفين طرفا طرفي طرفاه", "أطراف", "تطرف متطرفين"),
    ("dual", "حكومة", "حكومة حكومتان حكومتين حكومتا حكومتي", "حكومات", "حكم حكمة"),
    ("dual", "دولة", "دولة دولتان دولتين دولتا دولتي", "دول", "دولار دولارات"),
    ("dual", "بلد", "بلد بلدان بلدين", "بلدية بلديات بلدة بلاد", ""),
    ("dual", "جانب", "جانب جانبان جانبين جانبا جانبي", "جوانب", "أجانب أجنبي"),
    ("dual", "وزير", "وزير وزيران وزيرين", "وزراء", "وزارة وزارات"),
    ("dual", "شركة", "شركة شركتان شركتين شركتي", "شركات", "شريك شركاء"),
    ("dual", "منتخب", "منتخب منتخبان منتخبين منتخبي", "منتخبات", "انتخاب انتخابات"),
    ("dual", "فريق", "فريق فريقان فريقين فريقا فريقي", "", "فريقيا إفريقيا أفريقيا"),
    ("dual", "مدينة", "مدينة مدينتان مدينتين مدينتي", "مدن", "مدين مدينون"),
    ("dual", "يوم", "يوم يومان يومين يوما", "أيام يومية يوميا", ""),
    ("dual", "ساعة", "ساعة ساعتان ساعتين", "ساعات", "مساعدة"),
    ("dual", "مرة", "مرة مرتان مرتين", "مرات", "مرور"),
    ("dual", "طائرة", "طائرة طائرتان طائرتين", "طائرات", "طائر طيور"),
    ("dual", "دورة", "دورة دورتان دورتين", "دورات", "دور أدوار"),
    ("dual", "مباراة", "مباراة مباراتين مباراتان", "مباريات", "بارز"),
    ("dual", "لاعب", "لاعب لاعبان لاعبين", "لاعبون", "ملعب ملاعب"),
    ("dual", "سفير", "سفير سفيران سفيرين", "سفراء", "سفارة سفارات"),
    ("dual", "مجلس", "مجلس مجلسان مجلسين مجلسي", "مجالس", "جلسة جلسات"),
    ("dual", "حزب", "حزب حزبان حزبين حزبي", "أحزاب حزبية", ""),
    # 2. nisba: feminine, dual and plural endings count as the noun
    ("nisba", "قطر", "قطر قطري قطرية قطريتين قطريتان قطريين قطريون قطريان", "", "قطار قطارات قطرة"),
    ("nisba", "القطرية", "قطر قطري قطرية قطريتين قطريين قطريون", "", "قطار قطارات"),
    ("nisba", "حكومي", "حكومي حكومية حكوميين حكوميون حكوميتين حكومة", "حكومات", "حكم"),
    ("nisba", "مصر", "مصر مصري مصرية مصريين مصريون مصريتين", "", "مصير إصرار"),
    ("nisba", "المصريين", "مصر مصري مصرية مصريين مصريون", "", "مصير"),
    ("nisba", "سعودي", "سعودي سعودية سعوديين سعوديون سعوديتين", "", "سعد سعيد"),
    ("nisba", "عراق", "عراق عراقي عراقية عراقيين عراقيون", "", "عراقيل"),
    ("nisba", "يمن", "يمن يمني يمنية يمنيين يمنيون", "", "يمين أيمن"),
    ("nisba", "لبناني", "لبنان لبناني لبنانية لبنانيين لبنانيون", "", "لبن"),
    ("nisba", "أردن", "أردن أردني أردنية أردنيين أردنيون", "", ""),
    ("nisba", "كويت", "كويت كويتي كويتية كويتيين كويتيون", "", ""),
    ("nisba", "خليج", "خليج خليجي خليجية خليجيين خليجيون", "", ""),
    ("nisba", "اقتصاد", "اقتصاد اقتصادي اقتصادية اقتصاديين اقتصاديون", "", "قصد مقاصد"),
    ("nisba", "سياسي", "سياسي سياسية سياسيين سياسيون سياسة", "سياسات", "سياج"),
    ("nisba", "أمني", "أمن أمني أمنية أمنيين أمنيون", "", "أماني أمين"),
    ("nisba", "عسكري", "عسكري عسكرية عسكريين عسكريون", "عسكر", "معسكر معسكرات"),
    ("nisba", "إيران", "إيران إيراني إيرانية إيرانيين إيرانيون", "", ""),
    ("nisba", "عربي", "عرب عربي عربية عربيتين عربيين", "", "عربة عربات"),
    ("nisba", "برلمان", "برلمان برلماني برلمانية برلمانيين برلمانيون", "برلمانات", ""),
    ("nisba", "فلسطين", "فلسطين فلسطيني فلسطينية فلسطينيين فلسطينيون", "", ""),
    ("nisba", "إسلامي", "إسلامي إسلامية إسلاميين إسلاميون", "إسلام", "سلام سلامة"),
    # 3. tanween alef (with or without the mark), after ة without alef
    ("tanween", "شهر", "شهر شهرا شهرًا شهراً شهري شهرية", "أشهر شهور", "شهير شهيرة شهراني شهرة"),
    ("tanween", "مسؤول", "مسؤول مسؤولا مسؤولاً مسؤولة مسؤولين مسؤولون مسؤولو", "مسؤولية مسؤوليات", ""),
    ("tanween", "ملك", "ملك ملكا ملكاً", "ملوك ملكي ملكية", "مملكة تملك مالك"),
    ("tanween", "رئيس", "رئيس رئيسا رئيساً رئيسة", "رؤساء", "رئاسة رئاسي"),
    ("tanween", "قرار", "قرار قرارا قراراً قرارات", "", "إقرار استقرار"),
    ("tanween", "اتفاق", "اتفاق اتفاقا اتفاقاً", "اتفاقية اتفاقيات", "وفاق"),
    ("tanween", "هدف", "هدف هدفا هدفاً", "أهداف", "استهداف مستهدف"),
    ("tanween", "دعم", "دعم دعما دعماً", "", "دعامة"),
    ("tanween", "عضو", "عضو عضوا عضواً", "أعضاء عضوية", ""),
    ("tanween", "دور", "دور دورا دوراً", "أدوار دوري", "دورة دورات"),
    ("tanween", "جديد", "جديد جديدا جديداً جديدة", "جدد", "تجديد جدا جدة"),
    ("tanween", "كبير", "كبير كبيرا كبيراً كبيرة", "كبار", "تكبير"),
    ("tanween", "رسمي", "رسمي رسميا رسمياً رسمية", "", "رسام رسوم"),
    ("tanween", "حكومة", "حكومة حكومةً", "", "حكم"),
    ("tanween", "مشروع", "مشروع مشروعا مشروعاً", "مشاريع", "شرع شرعية"),
    ("tanween", "موقف", "موقف موقفا موقفاً", "مواقف", "توقف وقف"),
    ("tanween", "سؤال", "سؤال سؤالا سؤالاً", "أسئلة", "مساءلة"),
    ("tanween", "تقرير", "تقرير تقريرا تقريراً", "تقارير", "قرار"),
    # 4. sound plurals in construct (-و), -ات plurals with suffixes
    ("construct", "مسؤولون", "مسؤولون مسؤولين مسؤولو مسؤول", "مسؤولية مسؤولة مسؤولات", ""),
    ("construct", "معلم", "معلم معلمو معلمون معلمين معلمة", "معلمات", "علم علماء تعليم"),
    ("construct", "مهندس", "مهندس مهندسو مهندسون مهندسين", "مهندسة مهندسات", "هندسة هندسي"),
    ("construct", "موظف", "موظف موظفو موظفون موظفين موظفة", "موظفات", "توظيف وظيفة وظائف"),
    ("construct", "مواطن", "مواطن مواطنو مواطنون مواطنين مواطنة", "مواطنات", "وطن وطني وطنية"),
    ("construct", "ممثل", "ممثل ممثلو ممثلون ممثلين", "ممثلة ممثلات", "مثل تمثيل"),
    ("construct", "مشجع", "مشجع مشجعو مشجعون مشجعين", "مشجعة مشجعات", "تشجيع"),
    ("construct", "مستثمر", "مستثمر مستثمرو مستثمرون مستثمرين", "مستثمرة مستثمرات", "استثمار استثمارات"),
    ("construct", "ناشط", "ناشط ناشطو ناشطون ناشطين ناشطة", "ناشطات", "نشاط نشاطات أنشطة"),
    ("construct", "مقاتل", "مقاتل مقاتلو مقاتلون مقاتلين", "مقاتلة مقاتلات", "قتال قتل"),
    ("construct", "محلل", "محلل محللو محللون محللين", "محللة محللات", "تحليل"),
    ("construct", "متظاهر", "متظاهر متظاهرو متظاهرون متظاهرين", "متظاهرة متظاهرات", "مظاهرة مظاهرات"),
    ("construct", "لاعبون", "لاعب لاعبو لاعبون لاعبين", "", "ملعب"),
    ("construct", "مراقب", "مراقب مراقبو مراقبون مراقبين", "مراقبة مراقبات", "رقابة"),
    ("construct", "مسلح", "مسلح مسلحو مسلحون مسلحين", "مسلحة مسلحات", "سلاح أسلحة تسليح"),
    ("construct", "سيارة", "سيارة سياراتها سياراتهم سيارات", "", "سيار"),
    ("construct", "عملية", "عملية عملياتها عملياتهم عمليات", "عمل", "عمال"),
    ("construct", "قرارات", "قرار قراراتها قراراته قرارات", "", "استقرار"),
    ("construct", "مطار", "مطار مطارات مطاراتها", "", "مطر أمطار"),
    ("construct", "خدمة", "خدمة خدماتها خدماتهم خدمات", "", "استخدام مستخدم"),
    ("construct", "جهة", "جهة جهاتها جهات", "", "جهود وجهة وجهات وجهاتها"),
    # 5. a clitic before أل / before a root letter that looks like a clitic
    ("clitics", "ألمانيا", "ألمانيا", "ألماني ألمانية", "مانيا"),
    ("clitics", "الألمان", "ألمان", "ألماني", ""),
    ("clitics", "إلغاء", "إلغاء", "", "غاء"),
    ("clitics", "ألف", "ألف", "آلاف", ""),
    ("clitics", "إلكتروني", "إلكتروني إلكترونية", "", ""),
    ("clitics", "بريطانيا", "بريطانيا", "بريطاني بريطانية", "ريطانيا"),
    ("clitics", "باكستان", "باكستان", "باكستاني", ""),
    ("clitics", "بغداد", "بغداد", "", ""),
    ("clitics", "كندا", "كندا", "كندي", ""),
    ("clitics", "لندن", "لندن", "", ""),
    ("clitics", "ليبيا", "ليبيا", "ليبي ليبية", "يبيا"),
    ("clitics", "فرنسا", "فرنسا", "فرنسي فرنسية", ""),
    ("clitics", "فلسطين", "فلسطين", "فلسطيني فلسطينية", ""),
    ("clitics", "ولاية", "ولاية ولايات", "", "ولا"),
    ("clitics", "لبنان", "لبنان", "لبناني لبنانية", "لبن ألبان"),
    ("clitics", "كتاب", "كتاب", "كتب", "تاب"),
    ("clitics", "بنك", "بنك", "بنوك", "نك"),
    ("clitics", "وزارة", "وزارة وزارات", "", "زار زيارة"),
    ("clitics", "فريق", "فريق", "فرق", "ريق"),
    ("clitics", "كأس", "كأس", "", "أس"),
    ("clitics", "بيان", "بيان", "بيانات", ""),
    ("clitics", "لجنة", "لجنة", "لجان", "جنة"),
    # 6. names that must not find the words of another derivation sharing their letters
    ("names", "الرياض", "رياض", "", "رياضة رياضي رياضية رياضيات رياضيين"),
    ("names", "رياضة", "رياضة رياضي رياضية", "رياضيات", "رياض"),
    ("names", "قطر", "قطر", "قطري قطرية", "قطار قطارات قطرة"),
    ("names", "ملك", "ملك", "ملوك ملكي ملكية", "مملكة تملك"),
    ("names", "المملكة", "مملكة", "", "ملك تملك"),
    ("names", "شهر", "شهر", "أشهر شهور", "شهيرة شهير شهراني"),
    ("names", "جامعة", "جامعة جامعات", "جامعي", "جامع"),
    ("names", "الجامع", "جامع", "", "جامعة جامعات"),
    ("names", "مكتبة", "مكتبة", "مكتبات", "مكتب"),
    ("names", "مكتب", "مكتب", "مكاتب", "مكتبة"),
    ("names", "ثورة", "ثورة ثورات", "ثوري", "ثور"),
    ("names", "حماس", "حماس", "", "حماسة حماسي"),
    ("names", "عاصمة", "عاصمة", "عواصم", "عاصم"),
    ("names", "عربة", "عربة عربات", "", "عرب عربي"),
    ("names", "مدرسة", "مدرسة", "مدارس مدرسي", "مدرس"),
    ("names", "جدة", "جدة", "", "جدا جديد"),
    ("names", "عمان", "عمان", "عماني", "عمال"),
    ("names", "البحرين", "بحرين", "بحريني", "بحر بحري"),
    ("names", "الجمهورية", "جمهورية", "", "جمهور"),
    ("names", "حكمة", "حكمة", "", "حكم حكومة"),
    ("names", "سلطان", "سلطان", "", "سلطة سلطات"),
]


def saudinewsnet() -> Iterator[tuple[str, int, str]]:
    """(corpus file, article index, the article's text: title, blank line, content)."""
    for path in sorted(glob.glob(str(CORPUS / "saudinewsnet" / "*.zip"))):
        name = Path(path).relative_to(CORPUS).as_posix()
        with zipfile.ZipFile(path) as z:
            for member in z.namelist():
                for i, a in enumerate(json.loads(z.read(member))):
                    yield name, i, f"{a.get('title') or ''}\n\n{a.get('content') or ''}"


def _check(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


_PRONOUNS = ("", "ا", "ه", "ها", "هما", "هم", "هن", "ك", "كم", "كما", "نا", "ي")


def _forms(words: str, pronouns: bool = False) -> set[str]:
    """The folded forms, each alone and after every clitic and article combination (and, with
    ``pronouns``, before every pronoun suffix or a tanween alef)."""
    return {c + fold(w) + p for w in words.split() for c in _CLITICS for p in (_PRONOUNS if pronouns else ("",))}


def _diverse(refs: list[Any], k: int, rng: random.Random) -> list[Any]:
    """``k`` of ``refs`` (form, reference…), as many different forms as there are among them."""
    by_form: dict[str, list[Any]] = {}
    for form, *ref in refs:
        by_form.setdefault(form, []).append(ref)
    forms = sorted(by_form)
    rng.shuffle(forms)
    chosen: list[Any] = []
    while len(chosen) < k and any(by_form.values()):
        for form in forms:
            if by_form[form] and len(chosen) < k:
                chosen.append(by_form[form].pop(rng.randrange(len(by_form[form]))))
    return chosen


def build(seed: int = 17, per_query: tuple[int, int, int] = (4, 2, 3)) -> None:
    """Pick sentences for every query of :data:`SPEC` and write the set (see the module's docstring)."""
    rng = random.Random(seed)
    wanted = [
        (_forms(e), _forms(o), _forms(m), {fold(w) for w in m.split()}, _forms(e + " " + o, pronouns=True))
        for _, _, e, o, m in SPEC
    ]
    pools: list[tuple[list[Any], list[Any], list[Any]]] = [([], [], []) for _ in SPEC]
    seen: set[str] = set()  # a sentence repeated (by another outlet) is taken once: a library keeps one copy
    for name, index, text in saudinewsnet():
        for m in _SENTENCE.finditer(text):
            sentence = m.group().strip()
            if not 40 <= len(sentence) <= 220 or (key := fold(sentence)) in seen:
                continue
            seen.add(key)
            words = {fold(w) for w in _WORD.findall(sentence)}
            for q, (exp, opt, bad, bad_bare, near) in enumerate(wanted):
                ref = (name, index, m.start() + m.group().index(sentence), sentence)
                if (hit := words & bad_bare) and not words & (exp | opt) - bad_bare:  # وجهة is no و + جهة
                    pools[q][2].append((min(hit), *ref))
                elif hit := words & exp:
                    pools[q][0].append((min(hit), *ref))
                elif hit := words & opt:
                    pools[q][1].append((min(hit), *ref))
                elif (hit := words & bad) and not words & near:
                    pools[q][2].append((min(hit), *ref))
    sentences: dict[tuple[str, int, int], dict[str, Any]] = {}
    queries = []
    for q, ((cls, query, *_), pool) in enumerate(zip(SPEC, pools, strict=True)):
        picked: list[list[str]] = []
        for refs, k in zip(pool, per_query, strict=True):
            ids = []
            for name, index, start, sentence in _diverse(sorted(set(refs)), k, rng):
                key = (name, index, start)
                if key not in sentences:
                    sid = f"c{len(sentences) + 1:04d}"
                    sentences[key] = {
                        "id": sid,
                        "file": name,
                        "article": index,
                        "start": start,
                        "end": start + len(sentence),
                        "check": _check(sentence),
                    }
                ids.append(sentences[key]["id"])
            picked.append(sorted(ids))
        queries.append(
            {
                "id": f"h{q + 1:03d}",
                "class": cls,
                "query": query,
                "expected": picked[0],
                "optional": picked[1],
                "must_not": picked[2],
            }
        )
    HERE.mkdir(exist_ok=True)
    with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(s, ensure_ascii=False) + "\n" for s in sentences.values())
    with open(HERE / "queries.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in queries)
    print(f"{len(queries)} queries over {len(sentences)} sentences", file=sys.stderr)


def load() -> tuple[dict[str, str], list[dict[str, Any]]]:
    """(sentence id → text, queries): the developers' set from ../shared/eval/search as it is, then
    this set, its texts read from the corpus (a sentence whose checksum differs is an error)."""
    texts: dict[str, str] = {}
    queries: list[dict[str, Any]] = []
    for s in _jsonl(DEV / "sentences.jsonl"):
        texts[s["id"]] = s["text"]
    queries += [{"class": "dev", **q} for q in _jsonl(DEV / "queries.jsonl")]
    refs = _jsonl(HERE / "sentences.jsonl")
    by_file: dict[str, list[dict[str, Any]]] = {}
    for r in refs:
        by_file.setdefault(r["file"], []).append(r)
    for name, rs in by_file.items():
        with zipfile.ZipFile(CORPUS / name) as z:
            articles = json.loads(z.read(z.namelist()[0]))
        for r in rs:
            a = articles[r["article"]]
            text = f"{a.get('title') or ''}\n\n{a.get('content') or ''}"[r["start"] : r["end"]]
            if _check(text) != r["check"]:
                raise SystemExit(f"sentence {r['id']} ({name}) is not what it was: the corpus changed")
            texts[r["id"]] = text
    queries += _jsonl(HERE / "queries.jsonl")
    return texts, queries


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


if __name__ == "__main__":
    if sys.argv[1:] == ["build"]:
        build()
    else:
        raise SystemExit(__doc__)
