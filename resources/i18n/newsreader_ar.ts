<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="232" />
        <source>Correct the article's date</source>
        <translation>تصحيح تاريخ المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="238" />
        <source>The date this article was published; relative dates in its text are resolved against it.</source>
        <translation>تاريخ نشر هذا المقال؛ تُحسب التواريخ النسبية في نصه بالنسبة إليه.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="46" />
        <location filename="../../newsreader/ui/import_dialog.py" line="55" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="46" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="48" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="62" />
        <source>Stopping after the current file…</source>
        <translation>سيتوقف الاستيراد بعد الملف الحالي…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="75" />
        <source>Files: %1 of %2
Articles: %3 new, %4 already in the library, %5 failed</source>
        <translation>الملفات: %1 من %2
المقالات: %3 جديدة، %4 موجودة من قبل، %5 تعذّر استيرادها</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="94" />
        <source>Import cancelled: %1 new, %2 already there, %3 failed</source>
        <translation>أُلغي الاستيراد: %1 جديدة، %2 موجودة من قبل، %3 تعذّر استيرادها</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="95" />
        <source>Import finished: %1 new, %2 already there, %3 failed</source>
        <translation>اكتمل الاستيراد: %1 جديدة، %2 موجودة من قبل، %3 تعذّر استيرادها</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="107" />
        <source>Import failed</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="108" />
        <source>The import stopped: %1</source>
        <translation>توقف الاستيراد: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="76" />
        <location filename="../../newsreader/ui/main_window.py" line="256" />
        <source>News Reader</source>
        <translation>قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="89" />
        <source>Article list</source>
        <translation>قائمة المقالات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="90" />
        <source>All articles in the library, newest first</source>
        <translation>كل مقالات المكتبة، الأحدث أولاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="102" />
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="124" />
        <source>Search articles…</source>
        <translation>ابحث في المقالات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="125" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="145" />
        <source>Import &amp;files…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="147" />
        <source>Import f&amp;older…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="149" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="150" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="152" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="154" />
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="155" />
        <source>Mark all as &amp;read</source>
        <translation>تعليم الكل &amp;مقروءاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="157" />
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="160" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="162" />
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="164" />
        <source>&amp;Next article</source>
        <translation>المقال ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="165" />
        <source>&amp;Previous article</source>
        <translation>المقال ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="167" />
        <source>Correct article &amp;date…</source>
        <translation>تصحيح &amp;تاريخ المقال…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="169" />
        <source>&amp;About News Reader</source>
        <translation>&amp;عن قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="172" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="176" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="180" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="182" />
        <source>&amp;Article</source>
        <translation>م&amp;قال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="184" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="187" />
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="229" />
        <source>Text size: %1 pt</source>
        <translation>حجم النص: %1 نقطة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="266" />
        <source>%1 articles</source>
        <translation>%1 مقالاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="267" />
        <source>Articles (%1)</source>
        <translation>المقالات (%1)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="314" />
        <source>Mark all as read</source>
        <translation>تعليم الكل مقروءاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="316" />
        <source>%1 articles marked as read (Ctrl+Z to undo)</source>
        <translation>عُلِّم %1 مقالاً مقروءاً (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="332" />
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="333" />
        <source>Articles (*.txt *.html *.htm *.xml *.rss *.atom *.json *.jsonl *.zip);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.xml *.rss *.atom *.json *.jsonl *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="339" />
        <source>Import folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="364" />
        <source>About News Reader</source>
        <translation>عن قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="365" />
        <source>News Reader %1
An Arabic-first reader for collected news.</source>
        <translation>قارئ الأخبار %1
قارئ عربي أولاً لما تجمعه من أخبار.</translation>
    </message>
</context>
<context>
    <name>StoryTimelineDialog</name>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="261" />
        <location filename="../../newsreader/ui/timeline_view.py" line="266" />
        <source>Story timeline</source>
        <translation>الخط الزمني للقصة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="279" />
        <source>%1 — %2 dated events from %3 articles</source>
        <translation>%1 — %2 حدثاً مؤرخاً من %3 مقالاً</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="120" />
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="126" />
        <source>These files were skipped:</source>
        <translation>تُخطّيت هذه الملفات:</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="153" />
        <source>Timeline of events</source>
        <translation>الخط الزمني للأحداث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="160" />
        <source>Correct date…</source>
        <translation>تصحيح التاريخ…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="161" />
        <source>Correct the article's date</source>
        <translation>تصحيح تاريخ المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="164" />
        <source>Timeline of the dates this article mentions</source>
        <translation>الخط الزمني للتواريخ التي يذكرها هذا المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="186" />
        <source>Select an article to see the dates it mentions.</source>
        <translation>اختر مقالاً لترى التواريخ التي يذكرها.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="191" />
        <source>Reference date: %1 (%2)</source>
        <translation>التاريخ المرجعي: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="191" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="195" />
        <source>No dates found in this article.</source>
        <translation>لم يُعثر على تواريخ في هذا المقال.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="209" />
        <source>corrected by you</source>
        <translation>صحّحتَه أنت</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="210" />
        <source>from the page metadata</source>
        <translation>من بيانات الصفحة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="211" />
        <source>from the page header</source>
        <translation>من ترويسة الصفحة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="212" />
        <source>from the dateline</source>
        <translation>من سطر التاريخ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="213" />
        <source>from the feed</source>
        <translation>من الخلاصة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="214" />
        <source>from the data file</source>
        <translation>من ملف البيانات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="215" />
        <source>from the document</source>
        <translation>من الوثيقة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="217" />
        <source>source unknown</source>
        <translation>مصدره غير معروف</translation>
    </message>
</context>
<context>
    <name>TimelineTree</name>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="81" />
        <source>Durations and undated mentions</source>
        <translation>مدد وإشارات غير مؤرخة</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../newsreader/app.py" line="128" />
        <source>An unexpected error happened. Your library is safe.
Details were written to %1</source>
        <translation>حدث خطأ غير متوقع. مكتبتك سليمة.
كُتبت التفاصيل في %1</translation>
    </message>
</context>
</TS>