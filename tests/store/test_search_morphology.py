"""Arabic morphology in search, one test per class of forms, on sentences written for this project
(fictional), searched in a real library: what a reader expects found, and what must not be."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.commands.search import find
from newsreader.domain import ParsedArticle
from newsreader.store import Store

SENTENCES = {
    # duals
    "banks2": "اجتمع البنكان لمناقشة خطة التمويل في الواحة.",
    "bank": "افتتح البنك فرعاً جديداً قرب السوق.",
    "flavour": "قدّم المقهى قهوة بنكهة الهيل.",
    "sides_nom": "وقّع الطرفان على الاتفاق في مدينة النخيل.",
    "sides_acc": "دعا الوسيط الطرفين إلى الحوار.",
    "sides_his": "وأعلن طرفاه موعد التوقيع.",
    "sides_of": "رحّب طرفا الاتفاق بالنتائج.",
    "sides_for": "قدّم الوسيط مقترحاً للطرفين.",
    "extremism": "حذّر الخطيب من التطرف.",
    "govs_nom": "اتفقت الحكومتان على فتح الحدود.",
    "govs_acc": "وقّع ممثلو حكومتين اتفاقاً تجارياً.",
    "gov": "أعلنت الحكومة خطة للنقل.",
    "verdict": "أصدر القاضي حكمه في القضية.",
    "states_of": "مرّ الوفد بدولتي الساحل في طريقه.",
    "country": "أعلنت الدولة موعد الانتخابات.",
    "committees2": "اجتمعت اللجنتان لمراجعة الخطة.",
    "committee": "أصدرت اللجنة تقريرها.",
    "dollar": "ارتفع سعر الدولار أمس.",
    "matches2": "أوقف الاتحاد اللاعب لمباراتين.",
    "match_its": "نقلت القناة مباراتها الأولى.",
    "match": "انتهت المباراة بالتعادل.",
    "twice": "زار الوفد الواحة مرتين.",
    "once": "التقى الطرفان مرة واحدة.",
    "passing": "منعت البلدية مرور الشاحنات.",
    # nisba
    "qatari": "زار الوفد القطري معرض الكتاب.",
    "qatari_f": "شاركت الفرق القطرية في البطولة.",
    "qatari_f2": "وقّعت الشركتان القطريتان عقداً جديداً.",
    "qatari_f2_acc": "هنّأ المدير الشركتين القطريتين.",
    "qatari_pl": "استقبل الأمير الضيوف القطريين.",
    "gov_officials": "التقى الوزير بالمسؤولين الحكوميين.",
    "journalists_of": "التقى الوزير صحفيي الجريدة.",
    "journalist": "كتب الصحفي تقريراً عن السوق.",
    "train": "تأخر القطار عن موعده.",
    "trains": "توقفت القطارات في المحطة.",
    # tanween alef
    "month_acc": "انتظر المزارعون شهراً كاملاً.",
    "month_bare": "بقي المهرجان مفتوحا شهرا آخر.",
    "month": "بدأ الشهر الجديد بالأمطار.",
    "famous": "زار الفنان الشهير المدينة.",
    "shahrani": "فاز اللاعب الشهراني بالسباق.",
    "official_acc": "عيّن المجلس مسؤولاً جديداً للمكتبة.",
    "king_acc": "توّج الأمير ملكاً على الجزيرة.",
    "kingdom": "أعلنت المملكة موعد المعرض.",
    "owns": "تملك البلدية أراضي واسعة.",
    "gov_tanween": "طلب المجلس حكومةً جديدة.",
    "citizen_acc": "كرّمت البلدية مواطناً أنقذ طفلاً.",
    "citizens": "شارك المواطنون في حملة التشجير.",
    "our_homes": "زار الوفد مواطننا في بيته.",
    # sound plurals in construct, -ات with suffixes
    "officials_of": "قال مسؤولو الوزارة إن الخطة جاهزة.",
    "teachers_of": "اجتمع معلمو المدرسة بالأهالي.",
    "engineers_of": "أنهى مهندسو الشركة تصميم الجسر.",
    "teacher": "كرّمت البلدية المعلم المتميز.",
    "science": "رفع الطلاب العلم في الساحة.",
    "engineering": "درس الطالب الهندسة في الجامعة.",
    "airports": "أعلنت الشركة توسيع مطاراتها.",
    "airport": "هبطت الطائرة في المطار الجديد.",
    "cars": "باعت الشركة سياراتها القديمة.",
    "car": "اشترى المزارع سيارة صغيرة.",
    "sides_all": "اجتمعت الجهات المعنية بالمشروع.",
    "side_its": "أعلنت اللجنة جهاتها الرقابية.",
    "side": "تتولى جهة مستقلة التحقيق.",
    "destination": "كانت المدينة وجهة السياح.",
    "links": "تربط البلدين صلات قوية.",
    "link": "لا صلة للشركة بالحادث.",
    "prayer": "أقيمت صلاة الجمعة في المسجد.",
    # clitics before أل and before root letters
    "to_germany": "سافر الوفد لألمانيا أمس.",
    "in_germany": "يقيم الكاتب بألمانيا منذ عام.",
    "germany": "ألمانيا تستضيف المعرض القادم.",
    "to_germans": "قدّم المعرض جائزة للألمان.",
    "germans": "فاز الألمان في المباراة.",
    "to_cancel": "دعا النواب لإلغاء القرار.",
    "with_cancel": "طالب السكان بإلغاء الرسوم.",
    "the_cancel": "أعلنت البلدية الإلغاء رسمياً.",
    "state": "زار الحاكم الولاية الشمالية.",
    "in_state": "افتتح مستشفى بالولاية.",
    "states": "تتنافس الولايات على الاستثمار.",
    "and_not": "لم يصل الوفد ولا يزال الانتظار.",
    "in_france": "يدرس الطالب بفرنسا.",
    "to_france": "عاد الوفد لفرنسا.",
    "milk": "ارتفع سعر اللبن في السوق.",
    "lebanon_to": "سافر الوزير للبنان.",
    "books": "قرأ الطلاب الكتب الجديدة.",
    "in_canada": "يعمل المهندس بكندا منذ سنوات.",
    "canada": "استضافت كندا البطولة.",
    # proper names and words of other derivations
    "riyadh": "افتتح المعرض في الرياض.",
    "to_riyadh": "وصل الوفد إلى الرياض صباحاً.",
    "sport": "يمارس الشباب الرياضة في الحديقة.",
    "sporty": "فاز النادي الرياضي بالكأس.",
    "maths": "شرح أستاذ الرياضيات الدرس.",
    "university": "افتتحت الجامعة كلية جديدة.",
    "mosque": "صلى الناس في الجامع الكبير.",
    "drop": "لم تسقط قطرة مطر هذا العام.",
}

QUERIES = {
    "duals": [
        ("بنك", ["banks2", "bank"], ["flavour"]),
        ("طرف", ["sides_nom", "sides_acc", "sides_his", "sides_of", "sides_for"], ["extremism"]),
        ("الطرفين", ["sides_nom", "sides_acc", "sides_his", "sides_of", "sides_for"], ["extremism"]),
        ("حكومة", ["govs_nom", "govs_acc", "gov", "gov_tanween"], ["verdict"]),
        ("دولة", ["states_of", "country"], ["dollar"]),
        ("مباراة", ["matches2", "match_its", "match"], []),
        ("مرة", ["twice", "once"], ["passing"]),
        ("لجنة", ["committees2", "committee"], []),
    ],
    "nisba": [
        ("قطر", ["qatari", "qatari_f", "qatari_f2", "qatari_f2_acc", "qatari_pl"], ["train", "trains", "drop"]),
        ("القطرية", ["qatari", "qatari_f", "qatari_f2", "qatari_f2_acc", "qatari_pl"], ["train", "trains"]),
        ("حكومي", ["gov_officials", "gov", "govs_nom"], ["verdict"]),
        ("صحفي", ["journalists_of", "journalist"], []),
    ],
    "tanween": [
        ("شهر", ["month_acc", "month_bare", "month"], ["famous", "shahrani"]),
        ("مسؤول", ["official_acc", "officials_of", "gov_officials"], []),
        ("ملك", ["king_acc"], ["kingdom", "owns"]),
        ("حكومة", ["gov_tanween", "gov"], ["verdict"]),
        ("مواطن", ["citizen_acc", "citizens", "our_homes"], []),
    ],
    "construct_plurals": [
        ("مسؤولون", ["officials_of", "official_acc", "gov_officials"], []),
        ("معلم", ["teachers_of", "teacher"], ["science"]),
        ("مهندس", ["engineers_of"], ["engineering"]),
        ("مطار", ["airports", "airport"], []),
        ("سيارة", ["cars", "car"], []),
        ("جهة", ["sides_all", "side_its", "side"], ["destination"]),
        ("صلة", ["links", "link"], ["prayer"]),
    ],
    "clitics": [
        ("ألمانيا", ["to_germany", "in_germany", "germany"], []),
        ("الألمان", ["to_germans", "germans"], []),
        ("إلغاء", ["to_cancel", "with_cancel", "the_cancel"], []),
        ("ولاية", ["state", "in_state", "states"], ["and_not"]),
        ("فرنسا", ["in_france", "to_france"], []),
        ("لبنان", ["lebanon_to"], ["milk"]),
        ("كتب", ["books"], []),
        ("كندا", ["in_canada", "canada"], []),
        ("بنك", ["bank", "banks2"], ["flavour"]),
    ],
    "derivations": [
        ("الرياض", ["riyadh", "to_riyadh"], ["sport", "sporty", "maths"]),
        ("رياضة", ["sport", "sporty"], ["riyadh", "to_riyadh"]),
        ("قطر", ["qatari"], ["trains", "drop"]),
        ("ملك", ["king_acc"], ["kingdom", "owns"]),
        ("شهر", ["month"], ["famous", "shahrani"]),
        ("جامعة", ["university"], ["mosque"]),
    ],
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("morphology") / "lib.db"
    with Store.open(path) as store:
        store.add_articles(
            ParsedArticle(title=text, body=text, url=f"urn:test:{key}", published="2024-01-01") for key, text in SENTENCES.items()
        )
    return path


def _check(library: Path, cls: str) -> None:
    failures = []
    with Store.connect(library) as store:
        for query, expected, must_not in QUERIES[cls]:
            found = {str(h.url).removeprefix("urn:test:") for h in find(store, query, limit=200).hits}
            missing = [k for k in expected if k not in found]
            wrong = [k for k in must_not if k in found]
            if missing or wrong:
                failures.append(f"{query}: missing {missing}, wrongly found {wrong}")
    assert not failures, failures


@pytest.mark.parametrize("cls", list(QUERIES))
def test_each_class_of_forms(library: Path, cls: str) -> None:
    _check(library, cls)
