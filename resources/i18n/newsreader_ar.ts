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
        <location filename="../../newsreader/ui/timeline_view.py" line="253" />
        <source>Correct the article's date</source>
        <translation>تصحيح تاريخ المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="259" />
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
        <location filename="../../newsreader/ui/main_window.py" line="96" />
        <location filename="../../newsreader/ui/main_window.py" line="426" />
        <source>News Reader</source>
        <translation>قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="110" />
        <source>Article list</source>
        <translation>قائمة المقالات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="111" />
        <source>All articles in the library, newest first</source>
        <translation>كل مقالات المكتبة، الأحدث أولاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="118" />
        <source>Which articles to list</source>
        <translation>أي المقالات تُعرض</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="119" />
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="119" />
        <source>Unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="120" />
        <source>Bookmarks</source>
        <translation>المحفوظة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="124" />
        <source>Filter bookmarks by tag</source>
        <translation>تصفية المحفوظات حسب الوسم</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="140" />
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="152" />
        <source>Bookmark this article</source>
        <translation>حفظ هذا المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="156" />
        <source>Edit the bookmark's note and tags</source>
        <translation>تحرير ملاحظة الحفظ ووسومه</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="186" />
        <source>Search articles…</source>
        <translation>ابحث في المقالات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="187" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="189" />
        <source>Words, "exact phrase", -exclude, OR, prefix*, source:, from:, to:, is:bookmarked, is:unread</source>
        <translation>كلمات، "عبارة بنصها"، ‎-استبعاد، OR، بادئة*، source:‎، from:‎، to:‎، is:bookmarked، is:unread</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="211" />
        <source>The full text of the selected article</source>
        <translation>النص الكامل للمقال المختار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="212" />
        <source>Timeline pane</source>
        <translation>لوحة الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="213" />
        <source>Dates mentioned in the article, oldest first; activate one to find it in the text</source>
        <translation>التواريخ المذكورة في المقال، الأقدم أولاً؛ فعّل أحدها لتجده في النص</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="238" />
        <source>Import &amp;files…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="240" />
        <source>Import f&amp;older…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="242" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="243" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="245" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="247" />
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="248" />
        <source>Mark all as &amp;read</source>
        <translation>تعليم الكل &amp;مقروءاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="250" />
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="253" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="255" />
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="257" />
        <source>&amp;Next article</source>
        <translation>المقال ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="258" />
        <source>&amp;Previous article</source>
        <translation>المقال ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="260" />
        <source>Correct article &amp;date…</source>
        <translation>تصحيح &amp;تاريخ المقال…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="262" />
        <source>&amp;About News Reader</source>
        <translation>&amp;عن قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="263" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="265" />
        <source>&amp;Bookmark</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="267" />
        <source>Bookmark &amp;note and tags…</source>
        <translation>&amp;ملاحظة الحفظ ووسومه…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="269" />
        <source>Mark as &amp;unread</source>
        <translation>تعليمه &amp;غير مقروء</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="270" />
        <source>Mark articles read when &amp;opened</source>
        <translation>تعليم المقالات مقروءة عند &amp;فتحها</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="274" />
        <source>Next &amp;hit</source>
        <translation>النتيجة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="275" />
        <source>Previous h&amp;it</source>
        <translation>النتيجة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="277" />
        <source>Sort search results by &amp;date</source>
        <translation>ترتيب نتائج البحث حسب ال&amp;تاريخ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="280" />
        <source>&amp;Story timeline</source>
        <translation>&amp;الخط الزمني للقصة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="282" />
        <source>&amp;Export bookmarks…</source>
        <translation>ت&amp;صدير المحفوظات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="284" />
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="286" />
        <source>&amp;Print article…</source>
        <translation>&amp;طباعة المقال…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="287" />
        <source>Export article as P&amp;DF…</source>
        <translation>تصدير المقال &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="288" />
        <source>Export timeline as &amp;CSV…</source>
        <translation>تصدير الخط الزمني &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="290" />
        <source>Export timeline as &amp;image…</source>
        <translation>تصدير الخط الزمني &amp;صورة…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="292" />
        <source>Go to the article &amp;list</source>
        <translation>الانتقال إلى &amp;قائمة المقالات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="294" />
        <source>Go to the article &amp;text</source>
        <translation>الانتقال إلى &amp;نص المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="296" />
        <source>Go to the &amp;timeline</source>
        <translation>الانتقال إلى ال&amp;خط الزمني</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="313" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="320" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="328" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="334" />
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="336" />
        <source>&amp;Article</source>
        <translation>م&amp;قال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="341" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="348" />
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="399" />
        <source>Text size: %1 pt</source>
        <translation>حجم النص: %1 نقطة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="448" />
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="513" />
        <source>%1 articles found</source>
        <translation>وُجد %1 مقالاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="523" />
        <source>%1 articles</source>
        <translation>%1 مقالاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="524" />
        <source>Articles (%1)</source>
        <translation>المقالات (%1)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="572" />
        <source>%1 hits (F3)</source>
        <translation>%1 نتيجة (F3)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="577" />
        <source>Hit %1 of %2</source>
        <translation>النتيجة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="590" />
        <source>★ Bookmarked</source>
        <translation>★ محفوظ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="590" />
        <source>☆ Bookmark</source>
        <translation>☆ حفظ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="592" />
        <source>Note and tags…</source>
        <translation>ملاحظة ووسوم…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="611" />
        <source>Bookmarked</source>
        <translation>حُفظ المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="611" />
        <source>Bookmark removed</source>
        <translation>أُزيل الحفظ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="646" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="646" />
        <location filename="../../newsreader/ui/main_window.py" line="834" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="647" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="648" />
        <location filename="../../newsreader/ui/main_window.py" line="658" />
        <source>Export bookmarks</source>
        <translation>تصدير المحفوظات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="658" />
        <source>Could not export: %1</source>
        <translation>تعذّر التصدير: %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="660" />
        <source>Bookmarks exported to %1</source>
        <translation>صُدّرت المحفوظات إلى %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="669" />
        <source>Search: %1</source>
        <translation>البحث: %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="671" />
        <source>Bookmarked articles</source>
        <translation>المقالات المحفوظة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="673" />
        <source>All listed articles</source>
        <translation>كل المقالات المعروضة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="699" />
        <source>Mark all as read</source>
        <translation>تعليم الكل مقروءاً</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="701" />
        <source>%1 articles marked as read (Ctrl+Z to undo)</source>
        <translation>عُلِّم %1 مقالاً مقروءاً (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="725" />
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="726" />
        <source>Articles (*.txt *.html *.htm *.xml *.rss *.atom *.json *.jsonl *.zip);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm *.xml *.rss *.atom *.json *.jsonl *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="732" />
        <source>Import folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="812" />
        <source>Export article as PDF</source>
        <translation>تصدير المقال PDF</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="812" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="823" />
        <location filename="../../newsreader/ui/main_window.py" line="846" />
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="834" />
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="835" />
        <location filename="../../newsreader/ui/main_window.py" line="844" />
        <source>Export timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="842" />
        <source>could not write %1</source>
        <translation>تعذّرت كتابة %1</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="856" />
        <source>Next / previous search hit</source>
        <translation>نتيجة البحث التالية / السابقة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="867" />
        <source>About News Reader</source>
        <translation>عن قارئ الأخبار</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/main_window.py" line="868" />
        <source>News Reader %1
An Arabic-first reader for collected news.</source>
        <translation>قارئ الأخبار %1
قارئ عربي أولاً لما تجمعه من أخبار.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
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
    <name>StoryTimelineDialog</name>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="281" />
        <location filename="../../newsreader/ui/timeline_view.py" line="286" />
        <source>Story timeline</source>
        <translation>الخط الزمني للقصة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="299" />
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
        <location filename="../../newsreader/ui/timeline_view.py" line="147" />
        <source>Timeline of events</source>
        <translation>الخط الزمني للأحداث</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="154" />
        <source>Correct date…</source>
        <translation>تصحيح التاريخ…</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="155" />
        <source>Correct the article's date</source>
        <translation>تصحيح تاريخ المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="158" />
        <source>Timeline of the dates this article mentions</source>
        <translation>الخط الزمني للتواريخ التي يذكرها هذا المقال</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="180" />
        <source>Select an article to see the dates it mentions.</source>
        <translation>اختر مقالاً لترى التواريخ التي يذكرها.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="185" />
        <source>Reference date: %1 (%2)</source>
        <translation>التاريخ المرجعي: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="185" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="189" />
        <source>No dates found in this article.</source>
        <translation>لم يُعثر على تواريخ في هذا المقال.</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="230" />
        <source>corrected by you</source>
        <translation>صحّحتَه أنت</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="231" />
        <source>from the page metadata</source>
        <translation>من بيانات الصفحة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="232" />
        <source>from the page header</source>
        <translation>من ترويسة الصفحة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="233" />
        <source>from the dateline</source>
        <translation>من سطر التاريخ</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="234" />
        <source>from the feed</source>
        <translation>من الخلاصة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="235" />
        <source>from the data file</source>
        <translation>من ملف البيانات</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="236" />
        <source>from the document</source>
        <translation>من الوثيقة</translation>
    </message>
    <message>
        <location filename="../../newsreader/ui/timeline_view.py" line="238" />
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
</context>
</TS>