<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../newsreader/ui/bookmarks.py" line="16" />
        <source>Bookmark: %1</source>
        <translation>إشارة مرجعية: %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/bookmarks.py" line="18" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/bookmarks.py" line="20" />
        <source>Tags</source>
        <translation>وسوم</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/bookmarks.py" line="21" />
        <source>Tags, separated by commas</source>
        <translation>وسوم تفصل بينها فواصل</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/bookmarks.py" line="26" />
        <source>Note:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/bookmarks.py" line="27" />
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="254" />
        <source>Correct the article's date</source>
        <translation>تصحيح تاريخ المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="260" />
        <source>The date this article was published; relative dates in its text are resolved against it.</source>
        <translation>تاريخ نشر هذا المقال؛ تُحسب التواريخ النسبية في نصه بالنسبة إليه.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="1" />
        <source>%1 records of the imported files were not imported (listed below)</source>
        <translation>لم تُستورد %1 من سجلات الملفات المستوردة (القائمة أدناه)</translation>
    </message>
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
        <location filename="../../newsreader/ui/main_window.py" line="1" />
        <source>%1 articles now show the outlet as %2</source>
        <translation>صار %1 من المقالات يعرض المصدر باسم %2</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="1" />
        <source>This article has no outlet to rename</source>
        <translation>ليس لهذا المقال مصدر لإعادة تسميته</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="1" />
        <source>Rename &amp;outlet…</source>
        <translation>إعادة تسمية ال&amp;مصدر…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="97" />
        <location filename="../../newsreader/ui/main_window.py" line="437" />
        <source>News Reader</source>
        <translation>قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="111" />
        <source>Article list</source>
        <translation>قائمة المقالات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="112" />
        <source>All articles in the library, newest first</source>
        <translation>كل مقالات المكتبة، الأحدث أولاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="119" />
        <source>Which articles to list</source>
        <translation>أي المقالات تُعرض</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="120" />
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="120" />
        <source>Unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="121" />
        <source>Bookmarks</source>
        <translation>المحفوظة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="125" />
        <source>Filter bookmarks by tag</source>
        <translation>تصفية المحفوظات حسب الوسم</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="141" />
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="153" />
        <source>Bookmark this article</source>
        <translation>حفظ هذا المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="157" />
        <source>Edit the bookmark's note and tags</source>
        <translation>تحرير ملاحظة الحفظ ووسومه</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="187" />
        <source>Search articles…</source>
        <translation>ابحث في المقالات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="188" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="190" />
        <source>Words, "exact phrase", -exclude, OR, prefix*, source:, from:, to:, is:bookmarked, is:unread</source>
        <translation>كلمات، "عبارة بنصها"، ‎-استبعاد، OR، بادئة*، source:‎، from:‎، to:‎، is:bookmarked، is:unread</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="218" />
        <source>The full text of the selected article</source>
        <translation>النص الكامل للمقال المختار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="219" />
        <source>Timeline pane</source>
        <translation>لوحة الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="220" />
        <source>Dates mentioned in the article, oldest first; activate one to find it in the text</source>
        <translation>التواريخ المذكورة في المقال، الأقدم أولاً؛ فعّل أحدها لتجده في النص</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="245" />
        <source>Import &amp;files…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="247" />
        <source>Import f&amp;older…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="249" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="250" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="252" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="254" />
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="255" />
        <source>Mark all as &amp;read</source>
        <translation>تعليم الكل &amp;مقروءاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="257" />
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="260" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="262" />
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="264" />
        <source>&amp;Next article</source>
        <translation>المقال ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="265" />
        <source>&amp;Previous article</source>
        <translation>المقال ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="267" />
        <source>Correct article &amp;date…</source>
        <translation>تصحيح &amp;تاريخ المقال…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="269" />
        <source>&amp;About News Reader</source>
        <translation>&amp;عن قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="270" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="272" />
        <source>&amp;Bookmark</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="274" />
        <source>Bookmark &amp;note and tags…</source>
        <translation>&amp;ملاحظة الحفظ ووسومه…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="276" />
        <source>Mark as &amp;unread</source>
        <translation>تعليمه &amp;غير مقروء</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="277" />
        <source>Mark articles read when &amp;opened</source>
        <translation>تعليم المقالات مقروءة عند &amp;فتحها</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="281" />
        <source>Next &amp;hit</source>
        <translation>النتيجة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="282" />
        <source>Previous h&amp;it</source>
        <translation>النتيجة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="284" />
        <source>Sort search results by &amp;date</source>
        <translation>ترتيب نتائج البحث حسب ال&amp;تاريخ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="287" />
        <source>&amp;Story timeline</source>
        <translation>&amp;الخط الزمني للقصة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="289" />
        <source>&amp;Export bookmarks…</source>
        <translation>ت&amp;صدير المحفوظات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="291" />
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="293" />
        <source>&amp;Print article…</source>
        <translation>&amp;طباعة المقال…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="294" />
        <source>Export article as P&amp;DF…</source>
        <translation>تصدير المقال &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="295" />
        <source>Export timeline as &amp;CSV…</source>
        <translation>تصدير الخط الزمني &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="297" />
        <source>Export timeline as &amp;image…</source>
        <translation>تصدير الخط الزمني &amp;صورة…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="299" />
        <source>Go to the article &amp;list</source>
        <translation>الانتقال إلى &amp;قائمة المقالات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="301" />
        <source>Go to the article &amp;text</source>
        <translation>الانتقال إلى &amp;نص المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="303" />
        <source>Go to the &amp;timeline</source>
        <translation>الانتقال إلى ال&amp;خط الزمني</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="305" />
        <source>&amp;Restore backup…</source>
        <translation>&amp;استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="322" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="331" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="339" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="345" />
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="347" />
        <source>&amp;Article</source>
        <translation>م&amp;قال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="352" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="359" />
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="410" />
        <source>Text size: %1 pt</source>
        <translation>حجم النص: %1 نقطة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="459" />
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>Updating the search index: %1 of %2 articles</source>
        <translation>تحديث فهرس البحث: %1 من %2 مقالاً</translation>
    </message>
    <message>
        <source>The search index is up to date</source>
        <translation>فهرس البحث محدَّث</translation>
    </message>
    <message>
        <source>Updating the timeline: %1 of %2 articles</source>
        <translation>تحديث الخط الزمني: %1 من %2 مقالاً</translation>
    </message>
    <message>
        <source>The timeline is up to date</source>
        <translation>الخط الزمني محدَّث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="524" />
        <source>%1 articles found</source>
        <translation>وُجد %1 مقالاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="534" />
        <source>%1 articles</source>
        <translation>%1 مقالاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="535" />
        <source>Articles (%1)</source>
        <translation>المقالات (%1)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="583" />
        <source>%1 hits (F3)</source>
        <translation>%1 نتيجة (F3)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="588" />
        <source>Hit %1 of %2</source>
        <translation>النتيجة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="601" />
        <source>★ Bookmarked</source>
        <translation>★ محفوظ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="601" />
        <source>☆ Bookmark</source>
        <translation>☆ حفظ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="603" />
        <source>Note and tags…</source>
        <translation>ملاحظة ووسوم…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="622" />
        <source>Bookmarked</source>
        <translation>حُفظ المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="622" />
        <source>Bookmark removed</source>
        <translation>أُزيل الحفظ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="657" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="657" />
        <location filename="../../newsreader/ui/main_window.py" line="855" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="658" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="659" />
        <location filename="../../newsreader/ui/main_window.py" line="669" />
        <source>Export bookmarks</source>
        <translation>تصدير المحفوظات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="669" />
        <source>Could not export: %1</source>
        <translation>تعذّر التصدير: %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="671" />
        <source>Bookmarks exported to %1</source>
        <translation>صُدّرت المحفوظات إلى %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="680" />
        <source>Search: %1</source>
        <translation>البحث: %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="682" />
        <source>Bookmarked articles</source>
        <translation>المقالات المحفوظة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="684" />
        <source>All listed articles</source>
        <translation>كل المقالات المعروضة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="710" />
        <source>Mark all as read</source>
        <translation>تعليم الكل مقروءاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="712" />
        <source>%1 articles marked as read (Ctrl+Z to undo)</source>
        <translation>عُلِّم %1 مقالاً مقروءاً (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="736" />
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="737" />
        <source>Articles (*.txt *.html *.htm *.xml *.rss *.atom *.json *.jsonl *.zip);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.xml *.rss *.atom *.json *.jsonl *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="743" />
        <source>Import folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="833" />
        <source>Export article as PDF</source>
        <translation>تصدير المقال PDF</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="833" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="844" />
        <location filename="../../newsreader/ui/main_window.py" line="867" />
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="855" />
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="856" />
        <location filename="../../newsreader/ui/main_window.py" line="865" />
        <source>Export timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="863" />
        <source>could not write %1</source>
        <translation>تعذّرت كتابة %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="877" />
        <source>Next / previous search hit</source>
        <translation>نتيجة البحث التالية / السابقة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="888" />
        <source>About News Reader</source>
        <translation>عن قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="889" />
        <source>News Reader %1
An Arabic-first reader for collected news.</source>
        <translation>قارئ الأخبار %1
قارئ عربي أولاً لما تجمعه من أخبار.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="1" />
        <source>Waiting for the library: another program is writing to it…</source>
        <translation>بانتظار المكتبة: برنامج آخر يكتب فيها الآن…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>T&amp;imeline pane</source>
        <translation>لوحة ال&amp;خط الزمني</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>Search s&amp;yntax</source>
        <translation>صي&amp;غة البحث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>No article matches this search.</source>
        <translation>لا مقال يطابق هذا البحث.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>The library is empty: import files or a folder (File menu) to begin.</source>
        <translation>المكتبة فارغة: استورد ملفات أو مجلدًا (قائمة ملف) لتبدأ.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>No unread articles.</source>
        <translation>لا مقالات غير مقروءة.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>No bookmarks yet: press Ctrl+D on an article to keep it here.</source>
        <translation>لا إشارات مرجعية بعد: اضغط Ctrl+D على مقال لتحفظه هنا.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>At character %1 of the search:</source>
        <translation>عند الحرف %1 من نص البحث:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>%n articles</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>%n articles found</source>
        <translation>
            <numerusform>لم يُعثر على أي مقال</numerusform>
            <numerusform>عُثر على مقال واحد</numerusform>
            <numerusform>عُثر على مقالين</numerusform>
            <numerusform>عُثر على %n مقالات</numerusform>
            <numerusform>عُثر على %n مقالًا</numerusform>
            <numerusform>عُثر على %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>%n hits</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجةً</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>%n articles marked as read (Ctrl+Z to undo)</source>
        <translation>
            <numerusform>لم يُعلَّم أي مقال كمقروء</numerusform>
            <numerusform>عُلِّم مقال واحد كمقروء (Ctrl+Z للتراجع)</numerusform>
            <numerusform>عُلِّم مقالان كمقروءين (Ctrl+Z للتراجع)</numerusform>
            <numerusform>عُلِّمت %n مقالات كمقروءة (Ctrl+Z للتراجع)</numerusform>
            <numerusform>عُلِّم %n مقالًا كمقروء (Ctrl+Z للتراجع)</numerusform>
            <numerusform>عُلِّم %n مقال كمقروء (Ctrl+Z للتراجع)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>Welcome to News Reader</source>
        <translation>أهلًا بك في قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>News Reader keeps the Arabic news you collect (saved pages, feeds, exports) in one library: read it, search it as an Arabic reader means it, and see when the events each article mentions happened.</source>
        <translation>يجمع قارئ الأخبار ما تحفظه من أخبار عربية (صفحات محفوظة، وخلاصات، وملفات تصدير) في مكتبة واحدة: تقرؤها، وتبحث فيها كما يقصد القارئ العربي، وترى متى وقعت الأحداث التي يذكرها كل مقال.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>A few sample articles (fictional) are in the list: pick one to read it.</source>
        <translation>في القائمة بضع مقالات نموذجية (متخيَّلة): اختر واحدًا لتقرأه.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>Import your own files or a folder…</source>
        <translation>استورد ملفاتك أو مجلدًا…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>Try a search: “%1” finds the samples about that country</source>
        <translation>جرّب البحث: «%1» تجد المقالات النموذجية عن هذا البلد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>This article</source>
        <translation>هذا المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>Story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="0" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="19" />
        <source>Restore backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="20" />
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="20" />
        <source>before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="21" />
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="21" />
        <source>manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="23" />
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="27" />
        <source>%1 — %2 — %3 MB</source>
        <translation>%1 — %2 — %3 م.ب</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="33" />
        <source>The library will be replaced by the backup you choose. A copy of the library as it is now is kept first.</source>
        <translation>ستُستبدل المكتبة بالنسخة التي تختارها. تُحفظ أولاً نسخة من المكتبة بحالتها الحالية.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="35" />
        <source>There are no backups of this library yet.</source>
        <translation>لا توجد نسخ احتياطية لهذه المكتبة بعد.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/backups.py" line="38" />
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="1" />
        <source>Watch a folder</source>
        <translation>مراقبة مجلد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="1" />
        <source>Watched folders:</source>
        <translation>المجلدات المراقَبة:</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="1" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="1" />
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="1" />
        <source>New files in these folders are imported in the background, also those added while the program was closed</source>
        <translation>تُستورد الملفات الجديدة في هذه المجلدات في الخلفية، ومنها ما أُضيف والبرنامج مغلق</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="1" />
        <source>Watched folders</source>
        <translation>المجلدات المراقَبة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="28" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="40" />
        <source>Arabic-Indic (١٢٣)</source>
        <translation>هندية (١٢٣)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="40" />
        <source>Latin (123)</source>
        <translation>لاتينية (123)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="42" />
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="42" />
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجري (أم القرى)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="43" />
        <source>Both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="50" />
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="58" />
        <source>Mark articles as read when they are opened</source>
        <translation>تعليم المقالات مقروءة عند فتحها</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="61" />
        <source>Follow symbolic links out of imported folders</source>
        <translation>تتبُّع الروابط الرمزية إلى خارج المجلدات المستوردة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="63" />
        <source>Off: a link in a folder that points outside it is listed as skipped</source>
        <translation>عند الإيقاف: يُذكَر الرابط الذي يشير إلى خارج المجلد بين الملفات التي لم تُستورَد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="61" />
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="61" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="62" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="67" />
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="67" />
        <source>Digits:</source>
        <translation>الأرقام:</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="68" />
        <source>Calendar shown:</source>
        <translation>التقويم المعروض:</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="68" />
        <source>Article font:</source>
        <translation>خط المقال:</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="69" />
        <source>Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="69" />
        <source>Line spacing:</source>
        <translation>تباعد الأسطر:</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/settings_dialog.py" line="70" />
        <source>Theme:</source>
        <translation>المظهر:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../newsreader/ui/help.py" line="22" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="24" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="24" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>StoryTimelinePane</name>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="282" />
        <location filename="../../newsreader/ui/timeline_view.py" line="287" />
        <source>Story timeline</source>
        <translation>الخط الزمني للقصة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="300" />
        <source>%1 — %2 dated events from %3 articles</source>
        <translation>%1 — %2 حدثاً مؤرخاً من %3 مقالاً</translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/timeline_dialogs.py" line="0" />
        <source>%n dated events</source>
        <translation>
            <numerusform>لا أحداث مؤرخة</numerusform>
            <numerusform>حدث مؤرخ واحد</numerusform>
            <numerusform>حدثان مؤرخان</numerusform>
            <numerusform>%n أحداث مؤرخة</numerusform>
            <numerusform>%n حدثًا مؤرخًا</numerusform>
            <numerusform>%n حدث مؤرخ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../newsreader/ui/timeline_dialogs.py" line="0" />
        <source>from %n articles</source>
        <translation>
            <numerusform>من دون مقالات</numerusform>
            <numerusform>من مقال واحد</numerusform>
            <numerusform>من مقالين</numerusform>
            <numerusform>من %n مقالات</numerusform>
            <numerusform>من %n مقالًا</numerusform>
            <numerusform>من %n مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../newsreader/ui/import_dialog.py" line="1" />
        <source>These records of imported files were not imported:</source>
        <translation>لم تُستورد هذه السجلات من الملفات المستوردة:</translation>
    </message>
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
        <location filename="../../newsreader/ui/timeline_view.py" line="148" />
        <source>Timeline of events</source>
        <translation>الخط الزمني للأحداث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="155" />
        <source>Correct date…</source>
        <translation>تصحيح التاريخ…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="156" />
        <source>Correct the article's date</source>
        <translation>تصحيح تاريخ المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="159" />
        <source>Timeline of the dates this article mentions</source>
        <translation>الخط الزمني للتواريخ التي يذكرها هذا المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="181" />
        <source>Select an article to see the dates it mentions.</source>
        <translation>اختر مقالاً لترى التواريخ التي يذكرها.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="186" />
        <source>Reference date: %1 (%2)</source>
        <translation>التاريخ المرجعي: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="0" />
        <source>Set the date…</source>
        <translation>تحديد التاريخ…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="0" />
        <source>No date: the relative dates in this article («yesterday», «next week») are not resolved. Set the article's date to resolve them.</source>
        <translation>بلا تاريخ: لم تُحدَّد التواريخ النسبية في هذا المقال («أمس»، «الأسبوع المقبل»). حدّد تاريخ المقال لتُحسب على أساسه.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="186" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="190" />
        <source>No dates found in this article.</source>
        <translation>لم يُعثر على تواريخ في هذا المقال.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="231" />
        <source>corrected by you</source>
        <translation>صحّحتَه أنت</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="232" />
        <source>from the page metadata</source>
        <translation>من بيانات الصفحة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="233" />
        <source>from the page header</source>
        <translation>من ترويسة الصفحة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="234" />
        <source>from the dateline</source>
        <translation>من سطر التاريخ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="235" />
        <source>from the feed</source>
        <translation>من الخلاصة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="236" />
        <source>from the data file</source>
        <translation>من ملف البيانات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="237" />
        <source>from the document</source>
        <translation>من الوثيقة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="239" />
        <source>source unknown</source>
        <translation>مصدره غير معروف</translation>
    </message>
</context>
<context>
    <name>TimelineTree</name>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="79" />
        <source>Durations and undated mentions</source>
        <translation>مدد وإشارات غير مؤرخة</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../newsreader/app.py" line="141" />
        <source>An unexpected error happened. Your library is safe.
Details were written to %1</source>
        <translation>حدث خطأ غير متوقع. مكتبتك سليمة.
كُتبت التفاصيل في %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/app.py" line="160" />
        <source>Restore the latest automatic backup, from %1? The damaged file is kept beside it.</source>
        <translation>هل تستعيد أحدث نسخة احتياطية تلقائية، من %1؟ يُحتفظ بالملف التالف بجانبها.</translation>
    </message>
    <message>
        <location filename="../../newsreader/app.py" line="163" />
        <source>Restore backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../newsreader/app.py" line="208" />
        <source>This library is read-only: you can read and search, but changes cannot be saved.</source>
        <translation>هذه المكتبة للقراءة فقط: يمكنك القراءة والبحث، لكن لا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <location filename="../../newsreader/app.py" line="274" />
        <source>Library restored from the backup of %1</source>
        <translation>استُعيدت المكتبة من النسخة الاحتياطية %1</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="50" />
        <source>%1: needs a date like 2015, 2015-07 or 2015-07-21 (got «%2»)</source>
        <translation>&#x2068;%1:&#x200E;&#x2069; يحتاج إلى تاريخ مثل &#x2068;2015&#x2069; أو &#x2068;2015-07&#x2069; أو &#x2068;2015-07-21&#x2069; (وجاء «%2»)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="50" />
        <source>%1: «%2» is not a date</source>
        <translation>&#x2068;%1:&#x200E;&#x2069; «%2» ليس تاريخًا</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="50" />
        <source>This search could not be understood; try simpler words.</source>
        <translation>تعذّر فهم هذا البحث؛ جرّب كلمات أبسط.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="50" />
        <source>Type something to search for.</source>
        <translation>اكتب شيئًا للبحث عنه.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="50" />
        <source>is:%1 is not known; use is:bookmarked, is:unread or is:read</source>
        <translation>&#x2068;is:%1&#x200E;&#x2069; غير معروف؛ استخدم &#x2068;is:bookmarked&#x2069; أو &#x2068;is:unread&#x2069; أو &#x2068;is:read&#x2069;</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="50" />
        <source>from: is after to:, so nothing can match.</source>
        <translation>&#x2068;from:&#x200E;&#x2069; بعد &#x2068;to:&#x200E;&#x2069;، فلا يمكن أن يطابق شيء.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="50" />
        <source>«%1» is too common to search for on its own; add a more specific word.</source>
        <translation>«%1» شائعة جدًا للبحث عنها وحدها؛ أضف كلمة أدق.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="50" />
        <source>A search needs at least one word to look for, not only words to exclude.</source>
        <translation>يحتاج البحث إلى كلمة واحدة على الأقل للبحث عنها، لا إلى كلمات مستبعدة فقط.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="50" />
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="22" />
        <source>The disk holding %1 is full. Nothing of the last change was written and the library is intact. Free some space and try again.</source>
        <translation>القرص الذي يحمل %1 ممتلئ. لم يُكتب شيء من التغيير الأخير، والمكتبة سليمة. أفرِغ بعض المساحة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="22" />
        <source>The library %1 is read-only, and this version has to upgrade it before it can open it. Open it once with permission to write.</source>
        <translation>المكتبة %1 للقراءة فقط، وعلى هذا الإصدار أن يرقّيها قبل أن يفتحها. افتحها مرة واحدة بإذن الكتابة.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="22" />
        <source>The library %1 is read-only: changes cannot be saved.</source>
        <translation>المكتبة %1 للقراءة فقط: لا يمكن حفظ التغييرات.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="22" />
        <source>The library %1 is damaged, or it is not a News Reader library.</source>
        <translation>المكتبة %1 تالفة، أو أنها ليست مكتبة لقارئ الأخبار.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="22" />
        <source>The library %1 is busy in another program. Try again in a moment.</source>
        <translation>المكتبة %1 مشغولة في برنامج آخر. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="22" />
        <source>The library %1 was written by a newer version of News Reader; this version left it unchanged.</source>
        <translation>كُتبت المكتبة %1 بإصدار أحدث من قارئ الأخبار؛ ولم يغيّرها هذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="1" />
        <source>The library %1 has unsaved changes in %2 that cannot be read from a read-only folder. Open it once where it can be written, or copy the folder, to see them.</source>
        <translation>في المكتبة %1 تغييرات غير محفوظة في %2 لا يمكن قراءتها من مجلد للقراءة فقط. افتحها مرة في مكان تمكن الكتابة فيه، أو انسخ المجلد، لتراها.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/messages.py" line="1" />
        <source>%1 is not a News Reader library: it is another program's database. It was left unchanged.</source>
        <translation>%1 ليس مكتبة لقارئ الأخبار: إنه قاعدة بيانات لبرنامج آخر. لم يُغيَّر شيء فيه.</translation>
    </message>
</context>
<context>
    <name>RenameOutletDialog</name>
    <message>
        <location filename="../../newsreader/ui/outlet_dialog.py" line="1" />
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/outlet_dialog.py" line="1" />
        <source>Articles of %1 already in the library, and those imported later, show the new name.</source>
        <translation>تعرض مقالات %1 الموجودة في المكتبة، وتلك التي تُستورد لاحقًا، الاسمَ الجديد.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/outlet_dialog.py" line="1" />
        <source>New name</source>
        <translation>الاسم الجديد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/outlet_dialog.py" line="1" />
        <source>Rename outlet</source>
        <translation>إعادة تسمية المصدر</translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>Search syntax</source>
        <translation>صيغة البحث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>Articles with both words, anywhere in them; forms with prefixes and suffixes count, diacritics and hamza spellings are ignored</source>
        <translation>المقالات التي فيها الكلمتان في أي موضع؛ تُحسب الصيغ بالسوابق واللواحق، وتُهمل الحركات واختلاف رسم الهمزة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>The exact phrase</source>
        <translation>العبارة كما هي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>Without a word: a minus sign before it</source>
        <translation>بلا كلمة: علامة ناقص قبلها</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>Either word</source>
        <translation>إحدى الكلمتين</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>Words starting with these letters</source>
        <translation>الكلمات التي تبدأ بهذه الحروف</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>Only articles from an outlet</source>
        <translation>مقالات مصدر واحد فقط</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>Published in a period: a year, a month or a day</source>
        <translation>المنشورة في مدة: سنة أو شهر أو يوم</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>Only bookmarked, unread or read articles</source>
        <translation>المقالات المحفوظة أو غير المقروءة أو المقروءة فقط</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>You type</source>
        <translation>تكتب</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/help.py" line="0" />
        <source>It finds</source>
        <translation>فيجد</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../newsreader/ui/article_view.py" line="0" />
        <source>Also in: %1</source>
        <translation>نُشر أيضًا في: %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/article_view.py" line="0" />
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
</context>
</TS>