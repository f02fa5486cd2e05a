<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import Program…</source>
        <translation>&amp;ייבוא תוכנית…</translation>
    </message>
    <message>
        <source>Import a conference program file</source>
        <translation>ייבוא קובץ תוכנית של כנס</translation>
    </message>
    <message>
        <source>Import from the &amp;Web…</source>
        <translation>ייבוא מה&amp;רשת…</translation>
    </message>
    <message>
        <source>Import a conference program from a URL</source>
        <translation>ייבוא תוכנית של כנס מכתובת URL</translation>
    </message>
    <message>
        <source>&amp;Export to Calendar…</source>
        <translation>ייצוא &amp;ללוח שנה…</translation>
    </message>
    <message>
        <source>Save your agenda as an iCalendar file</source>
        <translation>שמירת סדר היום שלך כקובץ iCalendar</translation>
    </message>
    <message>
        <source>Export This Session to Calendar…</source>
        <translation>ייצוא ההרצאה הזו ללוח שנה…</translation>
    </message>
    <message>
        <source>Save the selected session as an iCalendar file</source>
        <translation>שמירת ההרצאה הנבחרת כקובץ iCalendar</translation>
    </message>
    <message>
        <source>Ca&amp;lendars…</source>
        <translation>לוחות &amp;שנה…</translation>
    </message>
    <message>
        <source>The calendars Planner keeps in sync with your agenda (CalDAV, a folder of events)</source>
        <translation>לוחות השנה ש־Planner מסנכרן עם סדר היום שלך (CalDAV, תיקיית אירועים)</translation>
    </message>
    <message>
        <source>Sync Calendars &amp;Now</source>
        <translation>ס&amp;נכרון לוחות השנה עכשיו</translation>
    </message>
    <message>
        <source>Send your agenda to every calendar now</source>
        <translation>שליחת סדר היום שלך לכל לוחות השנה עכשיו</translation>
    </message>
    <message>
        <source>Save a printable agenda, day by day</source>
        <translation>שמירת סדר יום להדפסה, יום אחר יום</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>הד&amp;פסה…</translation>
    </message>
    <message>
        <source>Print your pocket agenda</source>
        <translation>הדפסת סדר היום לכיס</translation>
    </message>
    <message>
        <source>&amp;Share My Agenda…</source>
        <translation>&amp;שיתוף סדר היום שלי…</translation>
    </message>
    <message>
        <source>Save your agenda as a file for colleagues</source>
        <translation>שמירת סדר היום שלך כקובץ לעמיתים</translation>
    </message>
    <message>
        <source>To &amp;Phone (Giggity)…</source>
        <translation>ל&amp;טלפון (Giggity)…</translation>
    </message>
    <message>
        <source>Carry your agenda on your phone: a QR code and link for the Giggity app</source>
        <translation>סדר היום שלך בטלפון: קוד QR וקישור לאפליקציית Giggity</translation>
    </message>
    <message>
        <source>Export to &amp;Spreadsheet (CSV)…</source>
        <translation>ייצוא לגיליון &amp;אלקטרוני (CSV)…</translation>
    </message>
    <message>
        <source>Save your starred sessions as a CSV file</source>
        <translation>שמירת ההרצאות המסומנות בכוכב כקובץ CSV</translation>
    </message>
    <message>
        <source>&amp;Paste a Giggity Link</source>
        <translation>ה&amp;דבקת קישור Giggity</translation>
    </message>
    <message>
        <source>Show the sessions of a Giggity link on the clipboard beside yours</source>
        <translation>הצגת ההרצאות של קישור Giggity שבלוח הגזירים לצד שלך</translation>
    </message>
    <message>
        <source>Open a &amp;Colleague&apos;s Agenda…</source>
        <translation>פתיחת סדר היום של &amp;עמית…</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda beside yours</source>
        <translation>הצגת סדר היום של עמית לצד שלך</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>בי&amp;צוע חוזר</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;סימון בכוכב / הסרת הכוכב</translation>
    </message>
    <message>
        <source>Star the selected session, or remove its star</source>
        <translation>סימון ההרצאה הנבחרת בכוכב, או הסרת הכוכב שלה</translation>
    </message>
    <message>
        <source>Must See</source>
        <translation>חובה לראות</translation>
    </message>
    <message>
        <source>Star as a must-see</source>
        <translation>סימון בכוכב כ&quot;חובה לראות&quot;</translation>
    </message>
    <message>
        <source>Want to See</source>
        <translation>רוצה לראות</translation>
    </message>
    <message>
        <source>Star as want to see</source>
        <translation>סימון בכוכב כ&quot;רוצה לראות&quot;</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>אולי</translation>
    </message>
    <message>
        <source>Star as maybe</source>
        <translation>סימון בכוכב כ&quot;אולי&quot;</translation>
    </message>
    <message>
        <source>Times in the &amp;Event&apos;s Zone</source>
        <translation>שעות באזור הזמן של ה&amp;כנס</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;חיפוש…</translation>
    </message>
    <message>
        <source>Search titles, abstracts and speakers</source>
        <translation>חיפוש בכותרות, בתקצירים ובמרצים</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>תוכ&amp;נית</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;רשימה</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;לוח זמנים</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>סדר ה&amp;יום שלי</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>מר&amp;צים</translation>
    </message>
    <message>
        <source>Remind Me Before Sessions</source>
        <translation>תזכורת לפני הרצאות</translation>
    </message>
    <message>
        <source>5 Minutes Before</source>
        <translation>5 דקות לפני</translation>
    </message>
    <message>
        <source>10 Minutes Before</source>
        <translation>10 דקות לפני</translation>
    </message>
    <message>
        <source>15 Minutes Before</source>
        <translation>15 דקות לפני</translation>
    </message>
    <message>
        <source>30 Minutes Before</source>
        <translation>30 דקות לפני</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;מסך מלא</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is, in the desktop&apos;s own style</source>
        <translation>בהיר או כהה כמו שולחן העבודה, בסגנון של שולחן העבודה</translation>
    </message>
    <message>
        <source>Export P&amp;ocket Agenda (PDF)…</source>
        <translation>ייצוא סדר יום לכיס (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Times in This &amp;Computer&apos;s Zone</source>
        <translation>שעות באזור הזמן של מ&amp;חשב זה</translation>
    </message>
    <message>
        <source>E&amp;xpand All Days</source>
        <translation>&amp;הרחבת כל הימים</translation>
    </message>
    <message>
        <source>Legen&amp;d</source>
        <translation>מ&amp;קרא</translation>
    </message>
    <message>
        <source>Show what the stars and the clash marker mean, in the status bar</source>
        <translation>הצגת משמעות הכוכבים וסימן ההתנגשות, בשורת המצב</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;צעדים ראשונים</translation>
    </message>
    <message>
        <source>A short guide: star sessions, settle clashes, share your agenda</source>
        <translation>מדריך קצר: סימון הרצאות בכוכב, פתרון התנגשויות, שיתוף סדר היום</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of Planner</source>
        <translation>כל קיצורי המקלדת של Planner</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>&amp;על אודות Planner</translation>
    </message>
    <message>
        <source>Attend This</source>
        <translation>להשתתף בהרצאה זו</translation>
    </message>
    <message>
        <source>Attend the selected session; the sessions it clashes with become plan B</source>
        <translation>השתתפות בהרצאה הנבחרת; ההרצאות שמתנגשות בה הופכות לתוכנית ב׳</translation>
    </message>
    <message>
        <source>Attend the selected session; others become plan B</source>
        <translation>השתתפות בהרצאה הנבחרת; האחרות הופכות לתוכנית ב׳</translation>
    </message>
    <message>
        <source>Auto-resolve…</source>
        <translation>פתרון אוטומטי…</translation>
    </message>
    <message>
        <source>Choose the best clash-free plan (you see the changes first)</source>
        <translation>בחירת התוכנית הטובה ביותר ללא התנגשויות (השינויים מוצגים לך קודם)</translation>
    </message>
    <message>
        <source>Walking Time…</source>
        <translation>זמן הליכה…</translation>
    </message>
    <message>
        <source>Minutes between rooms, and how late you may arrive</source>
        <translation>זמן ההליכה בין אולמות, ובכמה מותר לאחר</translation>
    </message>
    <message>
        <source>Add Busy Block…</source>
        <translation>הוספת זמן תפוס…</translation>
    </message>
    <message>
        <source>Block time for your own commitments (lunch, booth duty)</source>
        <translation>חסימת זמן להתחייבויות שלך (ארוחת צהריים, משמרת בדוכן)</translation>
    </message>
    <message>
        <source>Remove Busy Block</source>
        <translation>הסרת זמן תפוס</translation>
    </message>
    <message>
        <source>Remove the selected busy block</source>
        <translation>הסרת הזמן התפוס הנבחר</translation>
    </message>
    <message>
        <source>Show the Timetable smaller: more of the day at once</source>
        <translation>הקטנת לוח הזמנים: יותר שעות בבת אחת</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>התרחקות</translation>
    </message>
    <message>
        <source>Show the Timetable larger: more room for titles</source>
        <translation>הגדלת לוח הזמנים: יותר מקום לכותרות</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>התקרבות</translation>
    </message>
    <message>
        <source>Star This Session</source>
        <translation>סימון ההרצאה הזו בכוכב</translation>
    </message>
    <message>
        <source>Add the session shown to your agenda, or take it out</source>
        <translation>הוספת ההרצאה המוצגת לסדר היום שלך, או הוצאתה ממנו</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>שמירת הערה</translation>
    </message>
    <message>
        <source>Keep your note on this session</source>
        <translation>שמירת ההערה שלך על ההרצאה הזו</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>ניקוי החיפוש וכל המסננים</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>ניקוי החיפוש והמסננים</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>שי&amp;תוף</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;הרצאה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>תזכור&amp;ות</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>מר&amp;אה</translation>
    </message>
    <message>
        <source>&amp;Colleagues</source>
        <translation>ע&amp;מיתים</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>Show in My Agenda and the Timetable</source>
        <translation>הצגה בסדר היום שלי ובלוח הזמנים</translation>
    </message>
    <message>
        <source>Star Their Sessions (as Maybe)</source>
        <translation>סימון ההרצאות שלהם בכוכב (כ&quot;אולי&quot;)</translation>
    </message>
    <message>
        <source>Compare With Mine…</source>
        <translation>השוואה עם שלי…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Like the &amp;System</source>
        <translation>כמו ה&amp;מערכת</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;בהיר</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;כהה</translation>
    </message>
</context>
<context>
    <name>AgendaController</name>
    <message>
        <source>Star “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>סימון &quot;%1&quot; בכוכב</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>הסרת הכוכב מ־&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a priority (&quot;Must see&quot;).</extracomment>
        <translation>סימון &quot;%1&quot; כ־%2</translation>
    </message>
    <message>
        <source>Set “%1” to %2</source>
        <extracomment>An undo step; %1 is a session&apos;s title, %2 a status (&quot;Plan B&quot;).</extracomment>
        <translation>הגדרת &quot;%1&quot; כ־%2</translation>
    </message>
    <message>
        <source>Edit note on “%1”</source>
        <extracomment>An undo step; %1 is a session&apos;s title.</extracomment>
        <translation>עריכת הערה על &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Resolve a clash</source>
        <translation>פתרון התנגשות</translation>
    </message>
    <message>
        <source>Auto-resolve</source>
        <translation>פתרון אוטומטי</translation>
    </message>
    <message>
        <source>Adopt a colleague&apos;s sessions</source>
        <translation>אימוץ ההרצאות של עמית</translation>
    </message>
</context>
<context>
    <name>AgendaFlow</name>
    <message>
        <source>Select a session in a clash (or a plan B) first.</source>
        <translation>יש לבחור קודם הרצאה בהתנגשות (או תוכנית ב׳).</translation>
    </message>
    <message numerus="yes">
        <source>Attending “%1”; %Ln moved to plan B.</source>
        <extracomment>%1: the session now attended; %Ln: how many others became plan B.</extracomment>
        <translation>
            <numerusform>בחרת להשתתף ב־&quot;%1&quot;; %Ln הרצאה עברה לתוכנית ב׳.</numerusform>
            <numerusform>בחרת להשתתף ב־&quot;%1&quot;; %Ln הרצאות עברו לתוכנית ב׳.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walking time</source>
        <translation>זמן הליכה</translation>
    </message>
    <message>
        <source>Cannot add this busy block</source>
        <translation>לא ניתן להוסיף את הזמן התפוס הזה</translation>
    </message>
    <message>
        <source>Add a busy block</source>
        <translation>הוספת זמן תפוס</translation>
    </message>
    <message>
        <source>Select one of your busy blocks first.</source>
        <translation>יש לבחור קודם אחד מהזמנים התפוסים שלך.</translation>
    </message>
    <message>
        <source>Remove a busy block</source>
        <translation>הסרת זמן תפוס</translation>
    </message>
</context>
<context>
    <name>AgendaHint</name>
    <message>
        <source>Nothing in your agenda yet.</source>
        <translation>עדיין אין דבר בסדר היום שלך.</translation>
    </message>
    <message>
        <source>Star the sessions you want to see: select one in the Program, List or Timetable and press S (or click its star; 1, 2 and 3 say how much you want it). They appear here day by day, with any clashes to settle and free time to fill.</source>
        <translation>סמנו בכוכב את ההרצאות שברצונכם לראות: בחרו אחת בתוכנית, ברשימה או בלוח הזמנים והקישו S (או לחצו על הכוכב שלה; 1, 2 ו־3 מציינים כמה אתם רוצים לראות אותה). הן יופיעו כאן יום אחר יום, עם התנגשויות שיש להכריע בהן וזמן פנוי למילוי.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Tight: %1 min to walk %2 min from “%3” to “%4”</source>
        <extracomment>%1 minutes free between two sessions in different rooms, %2 minutes needed to walk from the first (%3) to the second (%4).</extracomment>
        <translation>צפוף: %1 דק׳ להליכה של %2 דק׳ מ־&quot;%3&quot; אל &quot;%4&quot;</translation>
    </message>
    <message>
        <source>(busy)</source>
        <translation>(תפוס)</translation>
    </message>
    <message>
        <source>Free for %1</source>
        <translation>פנוי למשך %1</translation>
    </message>
    <message>
        <source>Suggestion: %1  (%2)</source>
        <translation>הצעה: %1  (%2)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>בוטלה: %1</translation>
    </message>
    <message>
        <source>Plan B: %1</source>
        <translation>תוכנית ב׳: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 משתתף/ת</numerusform>
            <numerusform>%1 משתתפים</numerusform>
        </translation>
    </message>
    <message>
        <source>Your busy block: %1 — %2</source>
        <translation>הזמן התפוס שלך: %1 — %2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>תפוס</translation>
    </message>
    <message>
        <source>“%1” and “%2”</source>
        <translation>&quot;%1&quot; ו־&quot;%2&quot;</translation>
    </message>
    <message>
        <source>These cannot both be attended:</source>
        <translation>אי אפשר להשתתף בשתיהן:</translation>
    </message>
    <message>
        <source>Select it and press “Attend This” to keep it (what it collides with becomes plan B).</source>
        <translation>בחרו בה ולחצו על &quot;להשתתף בהרצאה זו&quot; כדי לשמור אותה (מה שמתנגש בה הופך לתוכנית ב׳).</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>My agenda</source>
        <translation>סדר היום שלי</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>פקודות נוספות</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>מציג את הפקודות שאינן נכנסות לחלון</translation>
    </message>
</context>
<context>
    <name>AutoResolvePreview</name>
    <message>
        <source>Auto-resolve clashes</source>
        <translation>פתרון אוטומטי של התנגשויות</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>שינויים מוצעים</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>החלה</translation>
    </message>
    <message>
        <source>Make the changes listed (Undo takes them back)</source>
        <translation>ביצוע השינויים שברשימה (&quot;ביטול&quot; מבטל אותם)</translation>
    </message>
</context>
<context>
    <name>BusyBlockDialog</name>
    <message>
        <source>Add a busy block</source>
        <translation>הוספת זמן תפוס</translation>
    </message>
    <message>
        <source>e.g. Lunch with a customer</source>
        <translation>למשל ארוחת צהריים עם לקוח</translation>
    </message>
    <message>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <source>From</source>
        <translation>התחלה</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>סיום</translation>
    </message>
    <message>
        <source>When the busy time starts</source>
        <translation>מתי הזמן התפוס מתחיל</translation>
    </message>
    <message>
        <source>When the busy time ends</source>
        <translation>מתי הזמן התפוס נגמר</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>מה:</translation>
    </message>
    <message>
        <source>From (%1):</source>
        <translation>התחלה (%1):</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>סיום:</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a busy block without a title</comment>
        <translation>תפוס</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to Calendar</source>
        <translation>ייצוא ללוח שנה</translation>
    </message>
    <message>
        <source>Include &amp;plan B sessions (as tentative)</source>
        <translation>לכלול הרצאות של &amp;תוכנית ב׳ (כטנטטיביות)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>ת&amp;זכורת לפני כל הרצאה</translation>
    </message>
    <message>
        <source> min before</source>
        <extracomment>After the number of minutes in a spin box: &quot;10 min before&quot;.</extracomment>
        <translation> דק׳ לפני</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>דקות לתזכורת</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the file too, marked tentative</source>
        <translation>הרצאות תוכנית ב׳ שלך נכנסות גם לקובץ, מסומנות כטנטטיביות</translation>
    </message>
    <message>
        <source>Each session in the file gets a reminder your calendar app shows</source>
        <translation>כל הרצאה בקובץ מקבלת תזכורת שאפליקציית לוח השנה שלך מציגה</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>כמה דקות לפני הרצאה מגיעה התזכורת שלה</translation>
    </message>
    <message>
        <source>&amp;Keep this file up to date when my agenda changes</source>
        <translation>&amp;לעדכן את הקובץ הזה כשסדר היום שלי משתנה</translation>
    </message>
    <message>
        <source>For calendar apps that subscribe to a local file</source>
        <translation>לאפליקציות לוח שנה שנרשמות לקובץ מקומי</translation>
    </message>
    <message>
        <source>Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not update it when a talk moves (only khal and Evolution&apos;s import do). To keep your calendar true, tick “Keep this file up to date” and subscribe to the file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), or sync a CalDAV account or a khal folder with “planner calendar add”.</source>
        <extracomment>“Keep this file up to date” names the check box above: use its words. The menu paths are Thunderbird&apos;s and Evolution&apos;s own (use their translations where they have one); “planner calendar add” is a command and stays as it is.</extracomment>
        <translation>ייבוא קובץ פעם אחת הוא תמונת מצב: Thunderbird ו־GNOME Calendar לא יעדכנו אותו כשהרצאה זזה (רק khal והייבוא של Evolution עושים זאת). כדי שלוח השנה שלך יישאר מעודכן, סמנו &quot;לעדכן את הקובץ הזה&quot; והירשמו לקובץ (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On the Web), או סנכרנו חשבון CalDAV או תיקיית khal עם &quot;planner calendar add&quot;.</translation>
    </message>
</context>
<context>
    <name>CalendarsDialog</name>
    <message>
        <source>Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events that khal, vdirsyncer or Evolution read. Changes you make here are sent within seconds; while you are offline they wait, and nothing is lost.</source>
        <translation>Planner שומר את סדר היום שלך בלוחות השנה האלה בעצמו: חשבון CalDAV (Nextcloud, Fastmail, iCloud עם סיסמת אפליקציה, mailbox.org, Radicale…) או תיקיית אירועים ש־khal,‏ vdirsyncer או Evolution קוראים. שינויים שתעשו כאן נשלחים תוך שניות; כשאין חיבור הם ממתינים, ושום דבר לא הולך לאיבוד.</translation>
    </message>
    <message>
        <source>CalDAV</source>
        <translation>CalDAV</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>תיקייה</translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>קובץ מתעדכן</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>לוחות שנה</translation>
    </message>
    <message>
        <source>Calendars kept in sync</source>
        <translation>לוחות שנה מסונכרנים</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>לוח שנה</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>No calendars yet. Add a CalDAV account or a folder of events.</source>
        <translation>עדיין אין לוחות שנה. הוסיפו חשבון CalDAV או תיקיית אירועים.</translation>
    </message>
    <message>
        <source>Calendar details</source>
        <translation>פרטי לוח השנה</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>התקדמות הסנכרון</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;הוספה…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;עריכה…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>הס&amp;רה</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;בדיקת חיבור</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;סנכרון עכשיו</translation>
    </message>
    <message>
        <source>Sync the selected calendar now (F5: every calendar)</source>
        <translation>סנכרון לוח השנה הנבחר עכשיו (F5: כל לוחות השנה)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>ע&amp;צירה</translation>
    </message>
    <message>
        <source>Change the selected calendar&apos;s address, account or options</source>
        <translation>שינוי הכתובת, החשבון או האפשרויות של לוח השנה הנבחר</translation>
    </message>
    <message>
        <source>Check that the selected calendar can be reached, without syncing</source>
        <translation>בדיקה שאפשר להגיע ללוח השנה הנבחר, בלי לסנכרן</translation>
    </message>
    <message>
        <source>Stop the sync under way</source>
        <translation>עצירת הסנכרון שמתבצע</translation>
    </message>
    <message>
        <source>Stop this sync; what was sent stays, the rest waits</source>
        <translation>עצירת הסנכרון הזה; מה שנשלח נשאר, השאר ממתין</translation>
    </message>
    <message>
        <source>Add a CalDAV account or a folder of events (Ctrl+N)</source>
        <translation>הוספת חשבון CalDAV או תיקיית אירועים (Ctrl+N)</translation>
    </message>
    <message>
        <source>Stop keeping the selected calendar in sync (Delete)</source>
        <translation>הפסקת הסנכרון של לוח השנה הנבחר (Delete)</translation>
    </message>
    <message>
        <source>Live calendar file</source>
        <translation>קובץ לוח שנה מתעדכן</translation>
    </message>
    <message>
        <source>%1 of %2 events sent</source>
        <translation>נשלחו %1 מתוך %2 אירועים</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>כתובת: %1</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>לוח שנה: %1</translation>
    </message>
    <message>
        <source>User: %1 (password from a password command)</source>
        <translation>משתמש: %1 (סיסמה מפקודת סיסמה)</translation>
    </message>
    <message>
        <source>User: %1 (password from the keyring)</source>
        <translation>משתמש: %1 (סיסמה ממחזיק המפתחות)</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>מיקום: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>סנכרון אחרון: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 added, %2 updated, %3 removed, %4 unchanged.</source>
        <extracomment>Numbers of events: added, updated, removed, unchanged.</extracomment>
        <translation>סנכרון אחרון: %1 נוספו, %2 עודכנו, %3 הוסרו, %4 ללא שינוי.</translation>
    </message>
    <message>
        <source>Planner does not try again by itself: edit the calendar to fix it.</source>
        <translation>Planner לא ינסה שוב מעצמו: יש לערוך את לוח השנה כדי לתקן זאת.</translation>
    </message>
    <message>
        <source>Remove Calendar</source>
        <translation>הסרת לוח שנה</translation>
    </message>
    <message>
        <source>Stop keeping “%1” in sync? What it holds stays there; Planner just no longer updates it.</source>
        <translation>להפסיק לסנכרן את &quot;%1&quot;? מה שיש בו נשאר שם; Planner פשוט לא יעדכן אותו יותר.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>the live calendar file</source>
        <translation>קובץ לוח השנה המתעדכן</translation>
    </message>
    <message>
        <source>“%1” is no longer kept in sync; what it holds stays there.</source>
        <translation>&quot;%1&quot; כבר לא מסונכרן; מה שיש בו נשאר שם.</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>לא ניתן להסיר את &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>מתחבר אל %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>החיבור עובד. %1</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>החיבור נכשל: %1</translation>
    </message>
</context>
<context>
    <name>ClashTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>הזמן התפוס שלך &quot;%1&quot;</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title in quotes</comment>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 then %2</source>
        <extracomment>Two steps of a plan in order: “A” then “B” (and again for a third).</extracomment>
        <translation>%1 ואז %2</translation>
    </message>
    <message>
        <source>Clash: %1 and %2 cannot both be kept — only you can settle this</source>
        <translation>התנגשות: אי אפשר לשמור גם את %1 וגם את %2 — רק אתם יכולים להכריע</translation>
    </message>
    <message>
        <source>Clash: %1 leaves no time for %2</source>
        <translation>התנגשות: %1 לא משאיר זמן ל־%2</translation>
    </message>
    <message>
        <source>Clash: these 2 overlap — pick one</source>
        <translation>התנגשות: שתי אלה חופפות — בחרו אחת</translation>
    </message>
    <message numerus="yes">
        <source>Clash: these %Ln overlap one another — pick one</source>
        <translation>
            <numerusform>התנגשות: %Ln ההרצאות האלה חופפות זו לזו — בחרו אחת</numerusform>
            <numerusform>התנגשות: %Ln ההרצאות האלה חופפות זו לזו — בחרו אחת</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <extracomment>Two ways through a clash: “A”, or “B” then “C” (and again for a third).</extracomment>
        <translation>%1, או %2</translation>
    </message>
    <message numerus="yes">
        <source>Clash: attend %1, or %Ln other way(s)</source>
        <extracomment>After the ways a clash heading names: how many more there are.</extracomment>
        <translation>
            <numerusform>התנגשות: להשתתף ב־%1, או עוד %Ln דרך אחרת</numerusform>
            <numerusform>התנגשות: להשתתף ב־%1, או עוד %Ln דרכים אחרות</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash: attend %1</source>
        <translation>התנגשות: להשתתף ב־%1</translation>
    </message>
    <message>
        <source>they overlap by %1 min</source>
        <translation>הן חופפות ב־%1 דק׳</translation>
    </message>
    <message>
        <source>%1 min to walk %2 min</source>
        <extracomment>%1 minutes free between two sessions, %2 minutes needed to walk between their rooms.</extracomment>
        <translation>%1 דק׳ להליכה של %2 דק׳</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session, then why it collides</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>collides with %1 and %Ln more</source>
        <translation>
            <numerusform>מתנגשת עם %1 ועוד %Ln</numerusform>
            <numerusform>מתנגשת עם %1 ועוד %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>collides with %1</source>
        <translation>מתנגשת עם %1</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>מתנגשת עם:</translation>
    </message>
    <message>
        <source>Only you can settle this: none of the ways keeps every must-see.</source>
        <translation>רק אתם יכולים להכריע: אף דרך לא שומרת את כל ההרצאות שסומנו &quot;חובה לראות&quot;.</translation>
    </message>
    <message>
        <source>Only one of them can be attended: pick one.</source>
        <translation>אפשר להשתתף רק באחת מהן: בחרו אחת.</translation>
    </message>
    <message>
        <source>Best plan: attend %1.</source>
        <translation>התוכנית הטובה ביותר: להשתתף ב־%1.</translation>
    </message>
    <message>
        <source>Or attend %1.</source>
        <translation>או להשתתף ב־%1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then a time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Starred: %1 · %2</source>
        <translation>מסומנת בכוכב: %1 · %2</translation>
    </message>
    <message>
        <source>Cancelled: no longer in the program.</source>
        <translation>בוטלה: כבר לא בתוכנית.</translation>
    </message>
    <message>
        <source>Tight: %1</source>
        <translation>צפוף: %1</translation>
    </message>
</context>
<context>
    <name>ColleagueTexts</name>
    <message>
        <source>Agendas and phone favourites (*.planner-agenda *.ics *.csv *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in brackets and the &quot;;;&quot; as they are.</extracomment>
        <translation>סדרי יום ומועדפים מהטלפון (*.planner-agenda *.ics *.csv *.json);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <extracomment>In a list of sessions or times that is empty.</extracomment>
        <translation>  (אין)</translation>
    </message>
    <message>
        <source>Together:
%1

Only you:
%2

Only %5:
%3

Free at the same time:
%4</source>
        <extracomment>%1–%4 are lists, one item a line; %5 is the colleague&apos;s name.</extracomment>
        <translation>יחד:
%1

רק אצלך:
%2

רק אצל %5:
%3

פנויים באותו זמן:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 attends %Ln session(s).</source>
        <extracomment>%1 is the colleague&apos;s name.</extracomment>
        <translation>
            <numerusform>%1 משתתף/ת ב־%Ln הרצאה.</numerusform>
            <numerusform>%1 משתתף/ת ב־%Ln הרצאות.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this program: %1</source>
        <translation>לא בתוכנית הזו: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>לא יובא: %1</translation>
    </message>
    <message>
        <source>It was made from another version of the program.</source>
        <translation>הוא נוצר מגרסה אחרת של התוכנית.</translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln of their sessions as maybe.</source>
        <translation>
            <numerusform>סומנה בכוכב %Ln מההרצאות שלהם כ&quot;אולי&quot;.</numerusform>
            <numerusform>סומנו בכוכב %Ln מההרצאות שלהם כ&quot;אולי&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Colleague&apos;s Agenda</source>
        <translation>פתיחת סדר היום של עמית</translation>
    </message>
    <message>
        <source>Cannot open this agenda</source>
        <translation>לא ניתן לפתוח את סדר היום הזה</translation>
    </message>
    <message>
        <source>Show or hide a colleague&apos;s agenda</source>
        <translation>הצגה או הסתרה של סדר היום של עמית</translation>
    </message>
    <message>
        <source>Remove a colleague&apos;s agenda</source>
        <translation>הסרת סדר היום של עמית</translation>
    </message>
    <message>
        <source>You and %1</source>
        <extracomment>Title of the comparison; %1 is the colleague&apos;s name.</extracomment>
        <translation>סדר היום שלך ושל %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>שעה</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>סדר יום</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>אולם</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>הרצאה</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>מסלול</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>מרצים</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>יום</translation>
    </message>
    <message>
        <source>Speaker / session</source>
        <translation>מרצה / הרצאה</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>מסומנת בכוכב</translation>
    </message>
    <message>
        <source>Starred sessions (click, S or Space to star; 1/2/3 for priority)</source>
        <translation>הרצאות מסומנות (לחיצה, S או רווח לסימון בכוכב; 1/2/3 לעדיפות)</translation>
    </message>
</context>
<context>
    <name>ConflictSettingsDialog</name>
    <message>
        <source>Walking time and tolerance</source>
        <translation>זמן הליכה וסבולת</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After a number of minutes in a spin box (with its space).</extracomment>
        <translation> דק׳</translation>
    </message>
    <message>
        <source>Walking time between rooms</source>
        <translation>זמן הליכה בין אולמות</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>סבולת</translation>
    </message>
    <message>
        <source>The minutes you need to walk from one room to another between sessions</source>
        <translation>הדקות שדרושות לך ללכת מאולם לאולם בין הרצאות</translation>
    </message>
    <message>
        <source>How many minutes two sessions may overlap before they clash</source>
        <translation>כמה דקות שתי הרצאות יכולות לחפוף לפני שהן מתנגשות</translation>
    </message>
    <message>
        <source>Walking time applies between different rooms. With a tolerance you may leave a session early or arrive late by that much: smaller overlaps become warnings.</source>
        <translation>זמן ההליכה חל בין אולמות שונים. עם סבולת אפשר לצאת מהרצאה מוקדם או להגיע באיחור בשיעור הזה: חפיפות קטנות יותר הופכות לאזהרות.</translation>
    </message>
    <message>
        <source>Walking time between rooms:</source>
        <translation>זמן הליכה בין אולמות:</translation>
    </message>
    <message>
        <source>I may leave early / arrive late by:</source>
        <translation>אפשר לצאת מוקדם / להגיע באיחור ב־:</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>your busy block “%1”</source>
        <translation>הזמן התפוס שלך &quot;%1&quot;</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>A session&apos;s title in quotes, then its priority (must-see, want, maybe).</extracomment>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <extracomment>Up to three sessions named, then how many more there are.</extracomment>
        <translation>
            <numerusform>%1 ועוד %Ln</numerusform>
            <numerusform>%1 ועוד %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>gives way to %1</source>
        <extracomment>Auto-resolve makes a session plan B: the sessions it loses to.</extracomment>
        <translation>מפנה מקום ל־%1</translation>
    </message>
    <message>
        <source>kept (%1) over %2</source>
        <extracomment>Auto-resolve keeps a session: its priority, then the sessions it wins over.</extracomment>
        <translation>נשמרת (%1) על פני %2</translation>
    </message>
    <message>
        <source>must-see: always kept</source>
        <translation>חובה לראות: תמיד נשמרת</translation>
    </message>
    <message>
        <source>no clash</source>
        <translation>אין התנגשות</translation>
    </message>
    <message>
        <source>track %1</source>
        <extracomment>Why a session is suggested: it is in a track you star.</extracomment>
        <translation>מסלול %1</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <extracomment>Why a session is suggested: a speaker you star gives it.</extracomment>
        <translation>מרצה %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>Why a session is suggested: words it shares with the sessions you star.</extracomment>
        <translation>בנושא %1</translation>
    </message>
    <message>
        <source>?</source>
        <comment>an unknown room</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>“%1” → “%2”: %3 min to walk %4 min (%5 → %6)</source>
        <extracomment>“A” → “B”: %3 minutes free between them, %4 minutes needed to walk from room %5 to room %6.</extracomment>
        <translation>&quot;%1&quot; ← &quot;%2&quot;: %3 דק׳ להליכה של %4 דק׳ (%5 ← %6)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min</source>
        <translation>
            <numerusform>&quot;%1&quot; ו־&quot;%2&quot; חופפות ב־%Ln דק׳</numerusform>
            <numerusform>&quot;%1&quot; ו־&quot;%2&quot; חופפות ב־%Ln דק׳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and “%2” overlap by %Ln min (within your tolerance)</source>
        <translation>
            <numerusform>&quot;%1&quot; ו־&quot;%2&quot; חופפות ב־%Ln דק׳ (בתוך הסבולת שלך)</numerusform>
            <numerusform>&quot;%1&quot; ו־&quot;%2&quot; חופפות ב־%Ln דק׳ (בתוך הסבולת שלך)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no room, track or speakers</comment>
        <translation>(אין)</translation>
    </message>
    <message>
        <source>time %1 → %2</source>
        <translation>שעה %1 ← %2</translation>
    </message>
    <message>
        <source>was %1</source>
        <extracomment>A removed session: when it was.</extracomment>
        <translation>הייתה %1</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>אולם %1 ← %2</translation>
    </message>
    <message>
        <source>title “%1” → “%2”</source>
        <translation>כותרת &quot;%1&quot; ← &quot;%2&quot;</translation>
    </message>
    <message>
        <source>subtitle changed</source>
        <translation>כותרת המשנה השתנתה</translation>
    </message>
    <message>
        <source>track %1 → %2</source>
        <comment>a session&apos;s track changed</comment>
        <translation>מסלול %1 ← %2</translation>
    </message>
    <message>
        <source>speakers %1 → %2</source>
        <translation>מרצים %1 ← %2</translation>
    </message>
    <message>
        <source>abstract changed</source>
        <translation>התקציר השתנה</translation>
    </message>
    <message>
        <source>key %1 → %2; your star followed it</source>
        <translation>מפתח %1 ← %2; הכוכב שלך הועבר בהתאם</translation>
    </message>
    <message>
        <source>back in the program</source>
        <translation>שוב בתוכנית</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>נוספה: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>הוסרה: %1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <comment>a session got a new time or room</comment>
        <translation>הוזזה: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>שונתה: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a change, then its details</comment>
        <extracomment>A change of the import report, then its details in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [starred]</source>
        <translation>%1 [מסומנת בכוכב]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln הרצאה</numerusform>
            <numerusform>%Ln הרצאות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln מרצה</numerusform>
            <numerusform>%Ln מרצים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln room(s)</source>
        <translation>
            <numerusform>%Ln אולם</numerusform>
            <numerusform>%Ln אולמות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln track(s)</source>
        <translation>
            <numerusform>%Ln מסלול</numerusform>
            <numerusform>%Ln מסלולים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln יום</numerusform>
            <numerusform>%Ln ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 over %5</source>
        <extracomment>A program&apos;s size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.</extracomment>
        <translation>%1, %2, %3, %4 במשך %5</translation>
    </message>
    <message>
        <source>Imported “%1”: %2</source>
        <translation>יובא &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed</source>
        <extracomment>Updated “title”: its size, then how many sessions were added, removed, moved to another time or room, and changed otherwise.</extracomment>
        <translation>עודכן &quot;%1&quot;: %2; %3 נוספו, %4 הוסרו, %5 הוזזו, %6 שונו</translation>
    </message>
    <message>
        <source>its TLS certificate could not be verified</source>
        <translation>לא ניתן היה לאמת את תעודת ה־TLS שלו</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>החיבור נדחה</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>תם הזמן הקצוב</translation>
    </message>
    <message>
        <source>unknown host name</source>
        <translation>שם מארח לא ידוע</translation>
    </message>
    <message>
        <source>no network or unknown host name</source>
        <translation>אין רשת או שם מארח לא ידוע</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2)</source>
        <extracomment>A server&apos;s host name, then why it cannot be reached.</extracomment>
        <translation>לא ניתן להגיע אל %1 (%2)</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (check them, or the app password)</source>
        <translation>%1 דחה את שם המשתמש או הסיסמה (בדקו אותם, או את סיסמת האפליקציה)</translation>
    </message>
    <message>
        <source>%1 could not list the calendar&apos;s events; the CalDAV library reported: %2</source>
        <extracomment>%1: a server&apos;s host name; %2: the error the CalDAV library reported, in English.</extracomment>
        <translation>%1: לא ניתן היה להציג את רשימת האירועים של לוח השנה; ספריית CalDAV דיווחה: %2</translation>
    </message>
    <message>
        <source>%1 could not store an event; the CalDAV library reported: %2</source>
        <translation>%1: לא ניתן היה לשמור אירוע; ספריית CalDAV דיווחה: %2</translation>
    </message>
    <message>
        <source>%1 could not delete an event; the CalDAV library reported: %2</source>
        <translation>%1: לא ניתן היה למחוק אירוע; ספריית CalDAV דיווחה: %2</translation>
    </message>
    <message>
        <source>%1 could not find or create the calendar; the CalDAV library reported: %2</source>
        <translation>%1: לא ניתן היה למצוא או ליצור את לוח השנה; ספריית CalDAV דיווחה: %2</translation>
    </message>
    <message>
        <source>the server refused to find or create the calendar (HTTP %1 %2)</source>
        <extracomment>%1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>השרת סירב למצוא או ליצור את לוח השנה (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to list the calendar&apos;s events (HTTP %1 %2)</source>
        <translation>השרת סירב להציג את רשימת האירועים של לוח השנה (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to store an event (HTTP %1 %2)</source>
        <translation>השרת סירב לשמור אירוע (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>the server refused to delete an event (HTTP %1 %2)</source>
        <translation>השרת סירב למחוק אירוע (HTTP %1 %2)</translation>
    </message>
    <message>
        <source>%1: it did not accept the user name or password</source>
        <translation>%1: הוא לא קיבל את שם המשתמש או הסיסמה</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then what went wrong</comment>
        <extracomment>A calendar&apos;s name, then what went wrong with its server (or why it has no password).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the calendar file could not be written (%2)</source>
        <extracomment>%1: a calendar file; %2: why it could not be written, in English.</extracomment>
        <translation>%1: לא ניתן היה לכתוב את קובץ לוח השנה (%2)</translation>
    </message>
    <message>
        <source>%1 (as an earlier version of Planner recorded it)</source>
        <extracomment>Why a calendar&apos;s last sync failed (%1), kept only in English by an earlier version of Planner. It follows &quot;Calendar “Work” not synced: &quot;, which already says that it failed.</extracomment>
        <translation>%1 (כפי שגרסה קודמת של Planner רשמה זאת)</translation>
    </message>
    <message>
        <source>no desktop keyring is available to hold the password for %1; edit the calendar to give a password command</source>
        <extracomment>%1: a user name on a calendar server.</extracomment>
        <translation>אין מחזיק מפתחות של שולחן העבודה שיכול לשמור את הסיסמה עבור %1; יש לערוך את לוח השנה ולציין פקודת סיסמה</translation>
    </message>
    <message>
        <source>no password for %1 in the keyring; add the calendar again or give a --password-command</source>
        <extracomment>%1: a user name on a calendar server; --password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>אין סיסמה עבור %1 במחזיק המפתחות; יש להוסיף את לוח השנה מחדש או לציין ‎--password-command</translation>
    </message>
    <message>
        <source>the password command failed (exit %1)</source>
        <extracomment>%1: the exit status of the command that prints the password (a number).</extracomment>
        <translation>פקודת הסיסמה נכשלה (קוד יציאה %1)</translation>
    </message>
    <message>
        <source>the password command failed (exit %1: %2)</source>
        <extracomment>%1: the command&apos;s exit status (a number); %2: the last line it printed as its error (in the command&apos;s own words).</extracomment>
        <translation>פקודת הסיסמה נכשלה (קוד יציאה %1: %2)</translation>
    </message>
    <message>
        <source>the password command printed no password</source>
        <translation>פקודת הסיסמה לא הדפיסה סיסמה</translation>
    </message>
    <message>
        <source>the keyring could not be read (%1)</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>לא ניתן היה לקרוא את מחזיק המפתחות (%1)</translation>
    </message>
    <message>
        <source>The desktop keyring did not keep the password (%1). Unlock it and try again, or give a command that prints the password instead.</source>
        <extracomment>%1: what the keyring said, in English.</extracomment>
        <translation>מחזיק המפתחות של שולחן העבודה לא שמר את הסיסמה (%1). יש לבטל את נעילתו ולנסות שוב, או לציין במקום זאת פקודה שמדפיסה את הסיסמה.</translation>
    </message>
    <message>
        <source>the password command did not finish: %1</source>
        <extracomment>%1: the command that prints the password (the user&apos;s own command line).</extracomment>
        <translation>פקודת הסיסמה לא הסתיימה בזמן: %1</translation>
    </message>
    <message>
        <source>the password command could not run (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>לא ניתן היה להריץ את פקודת הסיסמה (%1)</translation>
    </message>
    <message>
        <source>%1 can be written</source>
        <extracomment>A folder or file, which a calendar test could write to.</extracomment>
        <translation>אפשר לכתוב אל %1</translation>
    </message>
    <message>
        <source>%1: created the calendar “%2” at %3</source>
        <translation>%1: נוצר לוח השנה &quot;%2&quot; בכתובת %3</translation>
    </message>
    <message>
        <source>%1: found the calendar “%2” at %3</source>
        <translation>%1: נמצא לוח השנה &quot;%2&quot; בכתובת %3</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>S or Space stars the selected session; 1, 2 and 3 set its priority.</source>
        <extracomment>How to act on a session in a view, said after the view&apos;s own description.</extracomment>
        <translation>S או רווח מסמנים את ההרצאה הנבחרת בכוכב; 1, 2 ו־3 קובעים את העדיפות שלה.</translation>
    </message>
    <message>
        <source>Which conference&apos;s program the window shows</source>
        <translation>התוכנית של איזה כנס החלון מציג</translation>
    </message>
    <message>
        <source>The program by day and track; the selected session shows at the side.</source>
        <translation>התוכנית לפי יום ומסלול; ההרצאה הנבחרת מוצגת בצד.</translation>
    </message>
    <message>
        <source>Every session that matches the search and the filters, one a row.</source>
        <translation>כל הרצאה שמתאימה לחיפוש ולמסננים, אחת בכל שורה.</translation>
    </message>
    <message>
        <source>The day&apos;s sessions by room and time; arrow keys move between them.</source>
        <translation>הרצאות היום לפי אולם ושעה; מעבר ביניהן במקשי החצים.</translation>
    </message>
    <message>
        <source>The day the Timetable shows</source>
        <translation>היום שלוח הזמנים מציג</translation>
    </message>
    <message>
        <source>Your starred sessions day by day, with their clashes and free time.</source>
        <translation>ההרצאות המסומנות שלך יום אחר יום, עם ההתנגשויות והזמן הפנוי.</translation>
    </message>
    <message>
        <source>Every speaker, with the sessions they give</source>
        <translation>כל המרצים, עם ההרצאות שלהם</translation>
    </message>
    <message>
        <source>Show only the sessions you starred</source>
        <translation>הצגת ההרצאות שסימנת בכוכב בלבד</translation>
    </message>
    <message>
        <source>Show only your starred sessions that clash: they overlap, or leave too little time to walk</source>
        <translation>הצגת ההרצאות המסומנות שמתנגשות בלבד: הן חופפות, או משאירות מעט מדי זמן להליכה</translation>
    </message>
    <message>
        <source>The conference by day and track (%1)</source>
        <translation>הכנס לפי יום ומסלול (%1)</translation>
    </message>
    <message>
        <source>Every session in a table you can search and filter (%1)</source>
        <translation>כל ההרצאות בטבלה שאפשר לחפש ולסנן בה (%1)</translation>
    </message>
    <message>
        <source>One day&apos;s sessions by room and time (%1)</source>
        <translation>הרצאות של יום אחד לפי אולם ושעה (%1)</translation>
    </message>
    <message>
        <source>Your starred sessions, their clashes and your free time (%1)</source>
        <translation>ההרצאות המסומנות שלך, ההתנגשויות שלהן והזמן הפנוי שלך (%1)</translation>
    </message>
    <message>
        <source>Every speaker and the sessions they give (%1)</source>
        <translation>כל המרצים וההרצאות שלהם (%1)</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Session details</source>
        <translation>פרטי ההרצאה</translation>
    </message>
    <message>
        <source>Everything about the selected session</source>
        <translation>הכול על ההרצאה הנבחרת</translation>
    </message>
    <message>
        <source>Star this session</source>
        <translation>סימון ההרצאה הזו בכוכב</translation>
    </message>
    <message>
        <source>Adds the session to your agenda, or takes it out</source>
        <translation>מוסיף את ההרצאה לסדר היום שלך, או מוציא אותה ממנו</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>עדיפות</translation>
    </message>
    <message>
        <source>Priority: how much you want to see this session</source>
        <translation>עדיפות: כמה חשוב לך לראות את ההרצאה הזו</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Status: attend this session, keep it as plan B, or skip it</source>
        <translation>מצב: להשתתף בהרצאה, לשמור אותה כתוכנית ב׳, או לדלג עליה</translation>
    </message>
    <message>
        <source>Your note on this session…</source>
        <translation>ההערה שלך על ההרצאה הזו…</translation>
    </message>
    <message>
        <source>Personal note</source>
        <translation>הערה אישית</translation>
    </message>
    <message>
        <source>Kept as soon as you leave the field; it does not star the session</source>
        <translation>נשמרת ברגע שיוצאים מהשדה; היא לא מסמנת את ההרצאה בכוכב</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>הערה:</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>שמירת הערה</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>מסומנת בכוכב</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>סימון בכוכב</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>בחרו הרצאה כדי לראות את פרטיה.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Export to Calendar</source>
        <translation>ייצוא ללוח שנה</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 will follow your agenda.</source>
        <translation>%1 יתעדכן לפי סדר היום שלך.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>הייצוא נכשל</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln session(s) to %1.</source>
        <translation>
            <numerusform>נשמרה %Ln הרצאה אל %1.</numerusform>
            <numerusform>נשמרו %Ln הרצאות אל %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>ייצוא הרצאה</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>&quot;%1&quot; נשמרה אל %2.</translation>
    </message>
    <message>
        <source>Export Pocket Agenda</source>
        <translation>ייצוא סדר יום לכיס</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 נשמר (%Ln עמוד).</numerusform>
            <numerusform>%1 נשמר (%Ln עמודים).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>ייצוא לגיליון אלקטרוני</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Share My Agenda</source>
        <translation>שיתוף סדר היום שלי</translation>
    </message>
    <message>
        <source>Your name, as colleagues will see it:</source>
        <translation>השם שלך, כפי שעמיתים יראו אותו:</translation>
    </message>
    <message>
        <source>Planner agenda (*.planner-agenda)</source>
        <translation>סדר יום של Planner (*.planner-agenda)</translation>
    </message>
    <message>
        <source>Sharing failed</source>
        <translation>השיתוף נכשל</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, abstracts, speakers… (Ctrl+F)</source>
        <translation>חיפוש בכותרות, בתקצירים, במרצים… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>ניקוי החיפוש</translation>
    </message>
    <message>
        <source>Empty the search field; the filters stay</source>
        <translation>ריקון שדה החיפוש; המסננים נשארים</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>חיפוש הרצאות</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>מילים שלמות</translation>
    </message>
    <message>
        <source>Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”</source>
        <translation>התאמה למילים שלמות בלבד: &quot;rust&quot; מוצא את &quot;Rust&quot; אבל לא את &quot;Trust&quot; או &quot;rusty&quot;</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>התאמה למילים שלמות בלבד</translation>
    </message>
    <message>
        <source>Filter by day</source>
        <translation>סינון לפי יום</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>כל הימים</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>סינון לפי מסלול</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>כל המסלולים</translation>
    </message>
    <message>
        <source>Filter by room</source>
        <translation>סינון לפי אולם</translation>
    </message>
    <message>
        <source>Any room</source>
        <translation>כל האולמות</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>סינון לפי סוג</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>כל הסוגים</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>סינון לפי שפה</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>כל השפות</translation>
    </message>
    <message>
        <source>Starred</source>
        <comment>a filter: only starred sessions</comment>
        <translation>מסומנות</translation>
    </message>
    <message>
        <source>Only starred sessions</source>
        <translation>הרצאות מסומנות בכוכב בלבד</translation>
    </message>
    <message>
        <source>Clashing</source>
        <comment>a filter: only clashing sessions</comment>
        <translation>מתנגשות</translation>
    </message>
    <message>
        <source>Only clashing sessions</source>
        <translation>הרצאות מתנגשות בלבד</translation>
    </message>
    <message>
        <source>Clear</source>
        <comment>a button: clear search and filters</comment>
        <translation>ניקוי</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>ניקוי החיפוש והמסננים</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1 %2</source>
        <comment>weekday, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date, then a time</comment>
        <translation>%1 בשעה %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a duration: hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%Ln שע׳</numerusform>
            <numerusform>%Ln שע׳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%Ln דק׳</numerusform>
            <numerusform>%Ln דק׳</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>צעדים ראשונים</translation>
    </message>
    <message>
        <source>Getting Started with Planner</source>
        <translation>צעדים ראשונים עם Planner</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A command and its keyboard shortcut: %1 the command, %2 the keys.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Star what you want to see</source>
        <translation>סימון בכוכב של מה שרוצים לראות</translation>
    </message>
    <message>
        <source>Select a session in any view and press %1, or click its star. %2, %3 and %4 mark it as a must-see, want to see or maybe: each has its own star. %5 finds sessions by title, abstract or speaker.</source>
        <extracomment>%1 is a key (S); %2, %3, %4 are keys (1, 2, 3); %5 is a menu command.</extracomment>
        <translation>יש לבחור הרצאה בכל תצוגה וללחוץ על %1, או ללחוץ על הכוכב שלה. %2, %3 ו־%4 מסמנים אותה כ&quot;חובה לראות&quot;, &quot;רוצה לראות&quot; או &quot;אולי&quot;: לכל אחד כוכב משלו. %5 מוצא הרצאות לפי כותרת, תקציר או מרצה.</translation>
    </message>
    <message>
        <source>See and settle clashes</source>
        <translation>זיהוי התנגשויות ופתרונן</translation>
    </message>
    <message>
        <source>Sessions you attend that overlap carry the warning triangle in every view (%1 explains the marks). My Agenda shows each clash: which sessions collide, and what you can attend instead. Select one and choose %2 (the others become plan B), or let %3 find the best plan; you see its changes first, and %4 undoes them.</source>
        <extracomment>%1 and %4 are menu commands; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>הרצאות שבחרת להשתתף בהן והחופפות זו לזו מסומנות במשולש אזהרה בכל תצוגה (%1 מסביר את הסימנים). &quot;סדר היום שלי&quot; מציג כל התנגשות: אילו הרצאות מתנגשות ובמה אפשר להשתתף במקומן. יש לבחור אחת וללחוץ על %2 (האחרות הופכות לתוכנית ב׳), או לתת ל־%3 למצוא את התוכנית הטובה ביותר; השינויים מוצגים לפני שהם חלים, ו־%4 מבטל אותם.</translation>
    </message>
    <message>
        <source>Your day in My Agenda</source>
        <translation>היום שלך ב&quot;סדר היום שלי&quot;</translation>
    </message>
    <message>
        <source>%1 lists what you attend, day by day, with your plan B and your free time, and sessions that would fill it. Add your own commitments (lunch, booth duty) with %2, and the minutes you need to walk between rooms with %3.</source>
        <extracomment>%1 is a menu command; %2 and %3 are buttons of My Agenda.</extracomment>
        <translation>%1 מציג יום אחר יום את מה שבחרת להשתתף בו, עם תוכנית ב׳, הזמן הפנוי שלך והרצאות שיכולות למלא אותו. התחייבויות משלך (ארוחת צהריים, תורנות בדוכן) מוסיפים עם %2, ואת הדקות הדרושות להליכה בין אולמות קובעים עם %3.</translation>
    </message>
    <message>
        <source>Put it in your calendar</source>
        <translation>העברה ללוח השנה שלך</translation>
    </message>
    <message>
        <source>%1 saves your agenda as an iCalendar file that any calendar app can import. To keep a calendar up to date as your plans change, add it in %2 (a CalDAV account such as Nextcloud, or a folder of events): Planner sends it every change, and %3 does so at once. %4 makes a pocket agenda to print.</source>
        <extracomment>%1 to %4 are menu commands.</extracomment>
        <translation>%1 שומר את סדר היום שלך כקובץ iCalendar שכל אפליקציית לוח שנה יכולה לייבא. כדי שלוח שנה יישאר מעודכן כשהתוכניות משתנות, יש להוסיף אותו ב־%2 (חשבון CalDAV כמו Nextcloud, או תיקיית אירועים): Planner שולח אליו כל שינוי, ו־%3 עושה זאת מיד. %4 יוצר סדר יום לכיס להדפסה.</translation>
    </message>
    <message>
        <source>Plan with colleagues</source>
        <translation>תכנון עם עמיתים</translation>
    </message>
    <message>
        <source>%1 saves your agenda as a file to send to colleagues. %2 shows a colleague&apos;s agenda beside yours, in My Agenda and the Timetable; it also reads the favourites that phone apps export (FOSDEM Companion, Sojourner, EventFahrplan). In the %3 menu you can compare their agenda with yours or star their sessions as maybe.</source>
        <extracomment>%1 and %2 are menu commands; %3 is the name of a menu.</extracomment>
        <translation>%1 שומר את סדר היום שלך כקובץ לשליחה לעמיתים. %2 מציג את סדר היום של עמית לצד שלך, ב&quot;סדר היום שלי&quot; ובלוח הזמנים; הוא קורא גם מועדפים שמייצאים אפליקציות טלפון (FOSDEM Companion, Sojourner, EventFahrplan). בתפריט %3 אפשר להשוות את סדר היום שלהם לשלך או לסמן את ההרצאות שלהם בכוכב &quot;אולי&quot;.</translation>
    </message>
    <message>
        <source>Take it on your phone</source>
        <translation>סדר היום בטלפון שלך</translation>
    </message>
    <message>
        <source>%1 shows a QR code and a link that carry your agenda to the Giggity app on your phone. Someone sent you a Giggity link? Copy it and choose %2 to see its sessions beside yours.</source>
        <extracomment>%1 and %2 are menu commands.</extracomment>
        <translation>%1 מציג קוד QR וקישור שמעבירים את סדר היום שלך לאפליקציית Giggity בטלפון. מישהו שלח לך קישור Giggity? יש להעתיק אותו ולבחור %2 כדי לראות את ההרצאות שבו לצד שלך.</translation>
    </message>
    <message>
        <source>Planner keeps your conference agenda on this computer and works offline. These steps take you from the program to a plan you carry with you.</source>
        <translation>Planner שומר את סדר היום שלך לכנס במחשב הזה ועובד בלי חיבור לרשת. הצעדים האלה יובילו אותך מתוכנית הכנס אל סדר יום אישי שתמיד איתך.</translation>
    </message>
    <message>
        <source>%1 lists every key.</source>
        <extracomment>%1 is a menu command (Help ▸ Keyboard Shortcuts).</extracomment>
        <translation>%1 מציג את כל קיצורי המקלדת.</translation>
    </message>
</context>
<context>
    <name>HelpFlow</name>
    <message>
        <source>About %1</source>
        <translation>על אודות %1</translation>
    </message>
    <message>
        <source>Plan your conference agenda offline: star sessions, resolve clashes, export to your calendar.</source>
        <translation>תכננו את סדר היום שלכם בכנס בלי חיבור לרשת: סמנו הרצאות בכוכב, פתרו התנגשויות, ייצאו ללוח השנה שלכם.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import a conference program</source>
        <translation>ייבוא תוכנית של כנס</translation>
    </message>
    <message>
        <source>Conference programs (*.json *.xml *.ics *.xcs);;All files (*)</source>
        <translation>תוכניות של כנסים (*.json *.xml *.ics *.xcs);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Import from the web</source>
        <translation>ייבוא מהרשת</translation>
    </message>
    <message>
        <source>Address of the program (http:// or https://):</source>
        <translation>כתובת התוכנית (http://‎ או https://‎):</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>לא ניתן לפתוח את הקובץ הזה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>מייבא את %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>הייבוא של %1 בוטל.</translation>
    </message>
    <message>
        <source>Import refused: %1</source>
        <translation>הייבוא נדחה: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>הייבוא נכשל</translation>
    </message>
    <message>
        <source>“%1” is up to date.</source>
        <translation>&quot;%1&quot; מעודכן.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Program updated</source>
        <translation>התוכנית עודכנה</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>שינויים</translation>
    </message>
    <message>
        <source>Starred: %1</source>
        <comment>a change to a session in your agenda</comment>
        <translation>מסומנת בכוכב: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <comment>a warning of the import</comment>
        <translation>אזהרה: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>שפת המערכת (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Planner will speak %1 from its next start. Restart now?</source>
        <translation>מההפעלה הבאה, השפה של Planner תהיה %1. להפעיל מחדש עכשיו?</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Must see</source>
        <translation>חובה לראות</translation>
    </message>
    <message>
        <source>Want to see</source>
        <translation>רוצה לראות</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>אולי</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>התנגשות</translation>
    </message>
    <message>
        <source>Tight transfer</source>
        <translation>מעבר צפוף</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>מקרא</translation>
    </message>
    <message>
        <source>Full star: must see. Half star: want to see. Outlined star: maybe. Warning triangle: a clash.</source>
        <translation>כוכב מלא: חובה לראות. חצי כוכב: רוצה לראות. כוכב חלול: אולי. משולש אזהרה: התנגשות.</translation>
    </message>
    <message>
        <source>Outlined warning triangle: a tight transfer.</source>
        <translation>משולש אזהרה חלול: מעבר צפוף.</translation>
    </message>
    <message>
        <source>How Planner marks sessions in every view, the PDF and the print-out:
full star: must see · half star: want to see · outlined star: maybe
warning triangle: a clash with another session you attend (hover it for the choices)</source>
        <translation>כך Planner מסמן הרצאות בכל תצוגה, ב־PDF ובהדפסה:
כוכב מלא: חובה לראות · חצי כוכב: רוצה לראות · כוכב חלול: אולי
משולש אזהרה: התנגשות עם הרצאה אחרת שבחרת להשתתף בה (רחפו מעליו כדי לראות את האפשרויות)</translation>
    </message>
    <message>
        <source>outlined warning triangle: a tight transfer — no clash, but less time than the walk to the next session&apos;s room</source>
        <translation>משולש אזהרה חלול: מעבר צפוף – אין התנגשות, אבל פחות זמן מההליכה לחדר של ההרצאה הבאה</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>מרצים</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>תוכ&amp;נית</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;רשימה</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;לוח זמנים</translation>
    </message>
    <message>
        <source>My &amp;Agenda</source>
        <translation>סדר ה&amp;יום שלי</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>מר&amp;צים</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>כנס</translation>
    </message>
    <message>
        <source>More of the toolbar</source>
        <translation>כפתורים נוספים בסרגל הכלים</translation>
    </message>
    <message>
        <source>Shows the commands that do not fit in the window</source>
        <translation>מציג את הפקודות שאינן נכנסות לחלון</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>כנס:</translation>
    </message>
</context>
<context>
    <name>NoteTexts</name>
    <message>
        <source>event %1</source>
        <extracomment>A place in a program file: the event with this id (or #number in the file).</extracomment>
        <translation>אירוע %1</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>A place in a program file: the session with this id (or #number in the file).</extracomment>
        <translation>הרצאה %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <extracomment>A place in a program file: a conference day.</extracomment>
        <translation>יום %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <extracomment>A place in a favourites or bookmarks file (CSV): the record on this line.</extracomment>
        <translation>רשומה %1</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <extracomment>A place in a bookmarks file: the bookmark with this number.</extracomment>
        <translation>סימנייה %1</translation>
    </message>
    <message>
        <source>the Giggity link</source>
        <extracomment>A link the user pasted, that the phone app Giggity makes to share favourites.</extracomment>
        <translation>קישור ה־Giggity</translation>
    </message>
    <message>
        <source>an unnamed event</source>
        <extracomment>A phone app&apos;s favourite with neither a title nor an id.</extracomment>
        <translation>אירוע ללא שם</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); read as %5</source>
        <extracomment>%1: where in the file; %2 on %3: the time and date it gives; %4: a time zone; %5: the time it was read as.</extracomment>
        <translation>%1: השעה %2 ב־%3 אינה קיימת ב־%4 (מזיזים את השעון קדימה); נקראה כ־%5</translation>
    </message>
    <message>
        <source>%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the first</source>
        <translation>%1: השעה %2 ב־%3 מופיעה פעמיים ב־%4 (מזיזים את השעון אחורה); נקראה כמופע הראשון</translation>
    </message>
    <message numerus="yes">
        <source>%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))</source>
        <extracomment>%1: where in the file (a session); %2: the end it gives; %3: the end it got.</extracomment>
        <translation>
            <numerusform>%1: הסיום ב־%2 הוזז יחד עם ההתחלה ל־%3 (נשמר משך של דקה אחת)</numerusform>
            <numerusform>%1: הסיום ב־%2 הוזז יחד עם ההתחלה ל־%3 (נשמר משך של %Ln דקות)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has bounds out of range; ignored</source>
        <translation>ל־%1 יש גבולות מחוץ לטווח; לא נלקחו בחשבון</translation>
    </message>
    <message>
        <source>%1 has no title; shown as “%2”</source>
        <extracomment>%2: the title the session is shown with (as it is stored, in English).</extracomment>
        <translation>ל־%1 אין כותרת; נעשה שימוש בכותרת &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 (the clocks go forward), is read as %6; skipped</source>
        <translation>%1 (&quot;%2&quot;): הסיום מוקדם מההתחלה, כי %3 ב־%4 אינה קיימת ב־%5 (מזיזים את השעון קדימה) ונקראת כ־%6; דולג</translation>
    </message>
    <message>
        <source>%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped</source>
        <translation>%1 (&quot;%2&quot;) מחוץ לטווח התאריכים ש־Planner שומר ב־%3; דולג</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept</source>
        <translation>
            <numerusform>הרצאה אחת חוזרת על מזהה או GUID שכבר הופיע בקובץ; כולן נשמרו</numerusform>
            <numerusform>%Ln הרצאות חוזרות על מזהה או GUID שכבר הופיע בקובץ; כולן נשמרו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) without an id repeat(s) the title, start and room of an earlier one; all were kept</source>
        <translation>
            <numerusform>הרצאה אחת ללא מזהה חוזרת על הכותרת, ההתחלה והאולם של הרצאה קודמת; כולן נשמרו</numerusform>
            <numerusform>%Ln הרצאות ללא מזהה חוזרות על הכותרת, ההתחלה והאולם של הרצאה קודמת; כולן נשמרו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more warning(s)</source>
        <extracomment>The last line of a long list of warnings.</extracomment>
        <translation>
            <numerusform>… ועוד אזהרה אחת</numerusform>
            <numerusform>… ועוד %Ln אזהרות</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown time zone “%1” in the file; ignored</source>
        <translation>אזור זמן לא מוכר &quot;%1&quot; בקובץ; לא נלקח בחשבון</translation>
    </message>
    <message>
        <source>the file says its time zone is %1; using %2 as asked</source>
        <translation>הקובץ מציין את אזור הזמן %1; נעשה שימוש ב־%2 כמבוקש</translation>
    </message>
    <message>
        <source>the file says its time zone is %1, but its times carry other offsets; showing them in %2</source>
        <translation>הקובץ מציין את אזור הזמן %1, אך לשעות שבו יש הפרשים אחרים; מוצגות ב־%2</translation>
    </message>
    <message>
        <source>the file names no time zone; times keep their UTC offsets and are shown in %1 (import with a time zone to change that)</source>
        <translation>הקובץ אינו מציין אזור זמן; השעות שומרות על ההפרש שלהן מ־UTC ומוצגות ב־%1 (ייבאו עם אזור זמן כדי לשנות זאת)</translation>
    </message>
    <message>
        <source>the file states its time zone, %1; the time zone asked for (%2) is not used for Planner program files</source>
        <translation>הקובץ מציין את אזור הזמן שלו, %1; אזור הזמן המבוקש (%2) אינו חל על קובצי תוכנית של Planner</translation>
    </message>
    <message>
        <source>%1 (“%2”) is marked cancelled; skipped</source>
        <translation>%1 (&quot;%2&quot;) מסומן כמבוטל; דולג</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no start; skipped</source>
        <translation>ל־%1 (&quot;%2&quot;) אין שעת התחלה; דולג</translation>
    </message>
    <message>
        <source>%1 (“%2”) repeats; only its first occurrence is kept</source>
        <translation>%1 (&quot;%2&quot;) חוזר על עצמו; רק המופע הראשון נשמר</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unreadable time (%3); skipped</source>
        <extracomment>%3: why: Planner&apos;s own reason (translated), or the iCalendar reader&apos;s words in English.</extracomment>
        <translation>ל־%1 (&quot;%2&quot;) יש שעה שאינה קריאה (%3); דולג</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not scheduled; skipped</source>
        <translation>ל־%1 (&quot;%2&quot;) אין מועד בתוכנית; דולג</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a time out of range; skipped</source>
        <translation>ל־%1 (&quot;%2&quot;) יש שעה מחוץ לטווח; דולג</translation>
    </message>
    <message>
        <source>the file has no &lt;conference&gt; section</source>
        <extracomment>&lt;conference&gt; is the name of an XML element: keep it as it is.</extracomment>
        <translation>בקובץ אין מקטע &lt;conference&gt;</translation>
    </message>
    <message>
        <source>the file marks local times as UTC (“Z”); they were read as %1 times</source>
        <translation>הקובץ מסמן שעות מקומיות כ־UTC (&quot;Z&quot;); הן נקראו כשעות של %1</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable date or start time; skipped</source>
        <translation>ל־%1 (&quot;%2&quot;) אין תאריך או שעת התחלה שמישים; דולג</translation>
    </message>
    <message>
        <source>%1: unreadable duration “%2”; shown as 0 minutes</source>
        <translation>%1: משך שאינו קריא &quot;%2&quot;; מוצג כ־0 דקות</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no duration; shown as 0 minutes</source>
        <translation>ל־%1 (&quot;%2&quot;) אין משך; מוצג כ־0 דקות</translation>
    </message>
    <message>
        <source>days[%1] is not an object; skipped</source>
        <extracomment>days[%1]… are paths in a JSON file: keep them as they are.</extracomment>
        <translation>days[%1] אינו אובייקט; דולג</translation>
    </message>
    <message>
        <source>days[%1].rooms is not an object; skipped</source>
        <translation>days[%1].rooms אינו אובייקט; דולג</translation>
    </message>
    <message>
        <source>days[%1].rooms[%2] is not a list; skipped</source>
        <translation>days[%1].rooms[%2] אינו רשימה; דולג</translation>
    </message>
    <message>
        <source>an event in room “%1” is not an object; skipped</source>
        <translation>אירוע באולם &quot;%1&quot; אינו אובייקט; דולג</translation>
    </message>
    <message>
        <source>%1 (“%2”) has no usable start; skipped</source>
        <translation>ל־%1 (&quot;%2&quot;) אין התחלה שמישה; דולג</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event id(s) written as text where the schema wants numbers; accepted</source>
        <translation>
            <numerusform>מזהה אירוע אחד נכתב כטקסט במקום שבו הסכימה דורשת מספרים; התקבל</numerusform>
            <numerusform>%Ln מזהי אירועים נכתבו כטקסט במקום שבו הסכימה דורשת מספרים; התקבלו</numerusform>
        </translation>
    </message>
    <message>
        <source>offline: %1; used the copy downloaded %2</source>
        <extracomment>%1: why the program could not be downloaded (in English); %2: when the copy used instead was downloaded.</extracomment>
        <translation>לא מקוון: %1; נעשה שימוש בעותק שהורד ב־%2</translation>
    </message>
    <message>
        <source>the bookmarked track “%1” (a whole track, not a session; star its sessions here)</source>
        <extracomment>A phone app&apos;s bookmark of a whole track, which is not imported.</extracomment>
        <translation>המסלול &quot;%1&quot; שנשמר בסימנייה (מסלול שלם, לא הרצאה; סמנו כאן בכוכב את ההרצאות שלו)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)</source>
        <translation>
            <numerusform>אירוע אחד מוסתר ב־Giggity (הסתרה אינה סימון כמועדף; הוא לא מיובא)</numerusform>
            <numerusform>%Ln אירועים מוסתרים ב־Giggity (הסתרה אינה סימון כמועדף; הם לא מיובאים)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fits more than one session</source>
        <extracomment>A phone app&apos;s favourite (its title), which fits more than one session here.</extracomment>
        <translation>%1: מתאים ליותר מהרצאה אחת</translation>
    </message>
    <message>
        <source>%1: not in this program</source>
        <translation>%1: לא בתוכנית הזו</translation>
    </message>
    <message>
        <source>“%1” was deleted in your calendar: Planner will not add it again unless the session changes</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>&quot;%1&quot; נמחק בלוח השנה שלך: Planner לא יוסיף אותו שוב אלא אם ההרצאה תשתנה</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>&quot;%1&quot; נערך בלוח השנה שלך: נשאר כפי שהוא</translation>
    </message>
    <message>
        <source>“%1” was edited in your calendar, so Planner kept your version and did not send its change; delete the event there to get Planner&apos;s version</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>&quot;%1&quot; נערך בלוח השנה שלך, ולכן Planner שמר את הגרסה שלך ולא שלח את השינוי שלו; יש למחוק שם את האירוע כדי לקבל את הגרסה של Planner</translation>
    </message>
    <message>
        <source>“%1” changed in your calendar during the sync: kept as it is</source>
        <extracomment>%1: a session&apos;s title. Said after a calendar sync.</extracomment>
        <translation>&quot;%1&quot; השתנה בלוח השנה שלך במהלך הסנכרון: נשאר כפי שהוא</translation>
    </message>
    <message>
        <source>%1: no longer in your agenda, but edited in your calendar, so Planner did not delete it there</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: כבר לא בסדר היום שלך, אבל נערך בלוח השנה שלך, ולכן Planner לא מחק אותו שם</translation>
    </message>
    <message>
        <source>%1: changed in your calendar: not deleted</source>
        <extracomment>%1: a session&apos;s key (its id in the program). Said after a calendar sync.</extracomment>
        <translation>%1: שונה בלוח השנה שלך: לא נמחק</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <extracomment>%1: a file in a folder of events; %2: why it was not read.</extracomment>
        <translation>%1: לא נקרא: %2</translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln control character(s) (%1) that XML forbids</source>
        <extracomment>%1: the characters&apos; code points (U+0001, U+001B).</extracomment>
        <translation>
            <numerusform>הוסר תו בקרה אחד (%1) ש־XML אוסר</numerusform>
            <numerusform>הוסרו %Ln תווי בקרה (%1) ש־XML אוסר</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 ועוד %Ln</numerusform>
            <numerusform>%1 ועוד %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, on line %2</source>
        <translation>%1, בשורה %2</translation>
    </message>
    <message>
        <source>%1, on lines %2</source>
        <translation>%1, בשורות %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Program notice</source>
        <translation>הודעה על התוכנית</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Could not show the latest changes</source>
        <translation>לא ניתן להציג את השינויים האחרונים</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>לא ניתן היה לשמור: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>לא ניתן היה לשמור</translation>
    </message>
</context>
<context>
    <name>PhoneFlow</name>
    <message>
        <source>The clipboard holds no Giggity link (%1…).</source>
        <translation>בלוח הגזירים אין קישור Giggity ‏(%1…).</translation>
    </message>
</context>
<context>
    <name>PhoneShareDialog</name>
    <message>
        <source>To Phone (Giggity)</source>
        <translation>לטלפון (Giggity)</translation>
    </message>
    <message>
        <source>Install &lt;b&gt;Giggity&lt;/b&gt; on your Android phone (F-Droid or Google Play).</source>
        <translation>התקינו את &lt;b&gt;Giggity&lt;/b&gt; בטלפון Android שלכם (F-Droid או Google Play).</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera, or open the link there.</source>
        <translation>סרקו את הקוד במצלמת הטלפון, או פתחו שם את הקישור.</translation>
    </message>
    <message>
        <source>Giggity loads the program and lists your sessions: tap &lt;b&gt;Import all&lt;/b&gt;, then &lt;b&gt;Merge&lt;/b&gt;.</source>
        <extracomment>&quot;Import all&quot; and &quot;Merge&quot; are Giggity&apos;s own buttons, as it names them in this language.</extracomment>
        <translation>Giggity טוען את התוכנית ומציג את ההרצאות שלך: הקישו &lt;b&gt;Import all&lt;/b&gt;, ואז &lt;b&gt;Merge&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. https://fosdem.org/2025/schedule/xml</source>
        <translation>למשל https://fosdem.org/2025/schedule/xml</translation>
    </message>
    <message>
        <source>Program&apos;s web address</source>
        <translation>כתובת האינטרנט של התוכנית</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;שימוש</translation>
    </message>
    <message>
        <source>Make the link with this address (Planner remembers it)</source>
        <translation>יצירת הקישור עם הכתובת הזו (Planner זוכר אותה)</translation>
    </message>
    <message>
        <source>Include &amp;plan B</source>
        <translation>לכלול &amp;תוכנית ב׳</translation>
    </message>
    <message>
        <source>Giggity reminds you of your plan B sessions too</source>
        <translation>Giggity מזכיר לך גם את הרצאות תוכנית ב׳ שלך</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>קישור</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;העתקת הקישור</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>שמירה כ־P&amp;NG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>שמירה כ־S&amp;VG…</translation>
    </message>
    <message>
        <source>The link the phone opens: your agenda for Giggity, also in the QR code</source>
        <translation>הקישור שהטלפון פותח: סדר היום שלך ל־Giggity, גם בקוד ה־QR</translation>
    </message>
    <message>
        <source>Copy the link, to send it to your phone</source>
        <translation>העתקת הקישור, כדי לשלוח אותו לטלפון שלך</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>שמירת קוד ה־QR כתמונת PNG</translation>
    </message>
    <message>
        <source>Save the QR code as an SVG image</source>
        <translation>שמירת קוד ה־QR כתמונת SVG</translation>
    </message>
    <message>
        <source>Program&apos;s web address:</source>
        <translation>כתובת האינטרנט של התוכנית:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>קישור:</translation>
    </message>
    <message>
        <source>Making the link…</source>
        <translation>יוצר את הקישור…</translation>
    </message>
    <message>
        <source>Enter the web address the program is published at: the one Giggity loads it from (the schedule XML of the conference&apos;s site).</source>
        <translation>הזינו את כתובת האינטרנט שבה התוכנית מפורסמת: זו ש־Giggity טוען ממנה (קובץ ה־XML של התוכנית באתר הכנס).</translation>
    </message>
    <message>
        <source>Where Planner downloaded the program from.</source>
        <translation>המקום שממנו Planner הוריד את התוכנית.</translation>
    </message>
    <message>
        <source>As you gave it before.</source>
        <translation>כפי שהזנת אותה קודם.</translation>
    </message>
    <message>
        <source>Remembered for this conference.</source>
        <translation>נשמרה עבור הכנס הזה.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) in the link.</source>
        <translation>
            <numerusform>%Ln הרצאה בקישור.</numerusform>
            <numerusform>%Ln הרצאות בקישור.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing attended yet: the link opens the program in Giggity.</source>
        <translation>עדיין אין הרצאות שמשתתפים בהן: הקישור פותח את התוכנית ב־Giggity.</translation>
    </message>
    <message>
        <source>Not in the link (the program gives them no id Giggity knows): %1</source>
        <translation>לא בקישור (התוכנית לא נותנת להן מזהה ש־Giggity מכיר): %1</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>הקישור הועתק.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>תמונת PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>תמונת SVG ‏(*.svg)</translation>
    </message>
    <message>
        <source>Save the QR Code</source>
        <translation>שמירת קוד ה־QR</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 נשמר.</translation>
    </message>
</context>
<context>
    <name>PocketAgenda</name>
    <message>
        <source>My agenda · times in %1</source>
        <extracomment>Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).</extracomment>
        <translation>סדר היום שלי · שעות לפי %1</translation>
    </message>
    <message>
        <source>Scan with your phone to carry this agenda in Giggity (Android): its stars, on the program it loads from the web.</source>
        <translation>סרקו בטלפון כדי לקבל את סדר היום הזה ב־Giggity (Android): הכוכבים שלו, על גבי התוכנית ש־Giggity טוען מהרשת.</translation>
    </message>
    <message>
        <source>Nothing starred yet.</source>
        <translation>עדיין אין דבר מסומן בכוכב.</translation>
    </message>
    <message>
        <source>(busy until %1)</source>
        <translation>(תפוס עד %1)</translation>
    </message>
    <message>
        <source>Plan B: %1 · %2</source>
        <translation>תוכנית ב׳: %1 · %2</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(בוטלה)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>התנגשות: %1</translation>
    </message>
    <message>
        <source>%1 — my agenda</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — סדר היום שלי</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln הרצאה</numerusform>
            <numerusform>%Ln הרצאות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in parallel</source>
        <translation>
            <numerusform>%Ln במקביל</numerusform>
            <numerusform>%Ln במקביל</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred: %1 (click to unstar)</source>
        <translation>מסומנת בכוכב: %1 (לחיצה להסרת הכוכב)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>לא מסומנת בכוכב (לחיצה לסימון)</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(ללא כותרת: התווית נלקחה מהתיאור)</translation>
    </message>
    <message>
        <source>(cancelled: no longer in the program)</source>
        <translation>(בוטלה: כבר לא בתוכנית)</translation>
    </message>
    <message>
        <source>starred, %1</source>
        <translation>מסומנת בכוכב, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>לא מסומנת בכוכב</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>בוטלה: %1</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Conference program</source>
        <translation>תוכנית הכנס</translation>
    </message>
</context>
<context>
    <name>RefusalTexts</name>
    <message>
        <source>%1: %2</source>
        <comment>a file, then why it is refused</comment>
        <extracomment>A file (its path or web address), then why Planner refuses it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3)</source>
        <extracomment>Where in the file the problem is.</extracomment>
        <translation>%1 (שורה %2, עמודה %3)</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (שורה %2)</translation>
    </message>
    <message>
        <source>a conference program</source>
        <extracomment>What a file should be, in &quot;the 50 MiB limit for a conference program&quot;.</extracomment>
        <translation>תוכנית כנס</translation>
    </message>
    <message>
        <source>a favourites file</source>
        <translation>קובץ מועדפים</translation>
    </message>
    <message>
        <source>a bookmarks file</source>
        <translation>קובץ סימניות</translation>
    </message>
    <message>
        <source>an agenda file</source>
        <translation>קובץ סדר יום</translation>
    </message>
    <message>
        <source>shared favourites</source>
        <translation>מועדפים משותפים</translation>
    </message>
    <message>
        <source>a quick-start snapshot</source>
        <translation>תמונת מצב להפעלה מהירה</translation>
    </message>
    <message>
        <source>an event file</source>
        <translation>קובץ אירוע</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>What a path is instead of a file, in &quot;is a named pipe (FIFO), not a file&quot;.</extracomment>
        <translation>תיקייה</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>צינור בעל שם (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>שקע (socket)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>התקן</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>לא קובץ רגיל</translation>
    </message>
    <message>
        <source>the conference</source>
        <extracomment>The part of a program whose text is too long, in “%1: %2 is 300 characters long”.</extracomment>
        <translation>הכנס</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>מרצה</translation>
    </message>
    <message>
        <source>a track</source>
        <translation>מסלול</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>אולם</translation>
    </message>
    <message>
        <source>title</source>
        <comment>a text of a program</comment>
        <extracomment>A text of a program that is too long, in “session 3: its %2 is 300 characters long”.</extracomment>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>key</source>
        <comment>a text of a program</comment>
        <translation>מפתח</translation>
    </message>
    <message>
        <source>abstract</source>
        <comment>a text of a program</comment>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>description</source>
        <comment>a text of a program</comment>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>room</source>
        <comment>a text of a program</comment>
        <translation>אולם</translation>
    </message>
    <message>
        <source>track</source>
        <comment>a text of a program</comment>
        <translation>מסלול</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>a text of a program</comment>
        <translation>כותרת משנה</translation>
    </message>
    <message>
        <source>type</source>
        <comment>a text of a program</comment>
        <translation>סוג</translation>
    </message>
    <message>
        <source>language</source>
        <comment>a text of a program</comment>
        <translation>שפה</translation>
    </message>
    <message>
        <source>URL</source>
        <comment>a text of a program</comment>
        <translation>כתובת URL</translation>
    </message>
    <message>
        <source>link</source>
        <comment>a text of a program</comment>
        <translation>קישור</translation>
    </message>
    <message>
        <source>link title</source>
        <comment>a text of a program</comment>
        <translation>כותרת הקישור</translation>
    </message>
    <message>
        <source>name</source>
        <comment>a text of a program</comment>
        <translation>שם</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>a text of a program</comment>
        <translation>ארגון</translation>
    </message>
    <message>
        <source>biography</source>
        <comment>a text of a program</comment>
        <translation>ביוגרפיה</translation>
    </message>
    <message>
        <source>acronym</source>
        <comment>a text of a program</comment>
        <translation>ראשי תיבות</translation>
    </message>
    <message>
        <source>version</source>
        <comment>a text of a program</comment>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>notice</source>
        <comment>a text of a program</comment>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>file is %1, over the %2 MiB limit for %3</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB; %3: what it should be.</extracomment>
        <translation>גודל הקובץ %1, מעל המגבלה של %2 MiB עבור %3</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>לא ניתן לקרוא (%1)</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>אזור זמן לא מוכר &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>זו תיקייה, לא קובץ</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>אין קובץ כזה</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ההרשאה נדחתה</translation>
    </message>
    <message>
        <source>is %1, not a file; Planner reads files only</source>
        <translation>זה %1, לא קובץ; Planner קורא קבצים בלבד</translation>
    </message>
    <message>
        <source>is not a regular file; Planner reads files only</source>
        <extracomment>A path that is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>זה לא קובץ רגיל; Planner קורא קבצים בלבד</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>הקובץ ריק</translation>
    </message>
    <message>
        <source>is binary data, not a text file</source>
        <translation>אלה נתונים בינאריים, לא קובץ טקסט</translation>
    </message>
    <message>
        <source>is binary data, not a conference program</source>
        <translation>אלה נתונים בינאריים, לא תוכנית כנס</translation>
    </message>
    <message>
        <source>is not valid %1 text (bad byte at offset %2)</source>
        <extracomment>%1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.</extracomment>
        <translation>אינו טקסט %1 תקין (בית שגוי במיקום %2)</translation>
    </message>
    <message>
        <source>is not valid %1 text</source>
        <translation>אינו טקסט %1 תקין</translation>
    </message>
    <message>
        <source>is not a conference program in any format Planner reads (%1)</source>
        <extracomment>%1: the names of the formats Planner reads.</extracomment>
        <translation>אינו תוכנית כנס באף אחד מהפורמטים ש־Planner קורא (%1)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a conference program</source>
        <translation>מקונן לעומק רב מכדי להיות תוכנית כנס</translation>
    </message>
    <message>
        <source>has a date or time out of range</source>
        <translation>מכיל תאריך או שעה מחוץ לטווח</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported (or a file)</source>
        <translation>ניתן לייבא רק כתובות http:// ו־https:// (או קובץ)</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON מקונן ליותר מ־%1 רמות</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON מקונן לעומק רב מדי</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <extracomment>%1: what the JSON reader said, in English.</extracomment>
        <translation>אינו JSON תקין: %1</translation>
    </message>
    <message>
        <source>is not valid JSON: a number with thousands of digits</source>
        <translation>אינו JSON תקין: מספר בן אלפי ספרות</translation>
    </message>
    <message>
        <source>%1 should be an object</source>
        <extracomment>%1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.</extracomment>
        <translation>%1 צריך להיות אובייקט</translation>
    </message>
    <message>
        <source>%1: “%2” should be text</source>
        <extracomment>%1: a place in a JSON file; %2: the name of a field there: keep both as they are.</extracomment>
        <translation>%1: &quot;%2&quot; צריך להיות טקסט</translation>
    </message>
    <message>
        <source>%1: “%2” is %3 characters long (limit %4)</source>
        <comment>a field of a JSON file</comment>
        <translation>%1: &quot;%2&quot; באורך %3 תווים (המגבלה %4)</translation>
    </message>
    <message>
        <source>%1: “%2” is missing</source>
        <translation>%1: &quot;%2&quot; חסר</translation>
    </message>
    <message>
        <source>%1: “%2” should be a list</source>
        <translation>%1: &quot;%2&quot; צריך להיות רשימה</translation>
    </message>
    <message>
        <source>%1: “%2” should be true or false</source>
        <translation>%1: &quot;%2&quot; צריך להיות true או false</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD): “%3”</source>
        <extracomment>%1: a place in a JSON file; %2: a field&apos;s name; %3: the value it gives.</extracomment>
        <translation>%1: &quot;%2&quot; אינו תאריך (YYYY-MM-DD): &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time: “%3”</source>
        <translation>%1: &quot;%2&quot; אינו תאריך ושעה לפי ISO 8601: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: “%2” is out of the range of dates Planner keeps: “%3”</source>
        <translation>%1: &quot;%2&quot; מחוץ לטווח התאריכים ש־Planner שומר: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”</source>
        <extracomment>%1: a place in a JSON file; %2: a session&apos;s title; %3 to %4: its times.</extracomment>
        <translation>%1 (&quot;%2&quot;) כולל תאריך ושעה מחוץ לטווח ש־Planner שומר: &quot;%3&quot; עד &quot;%4&quot;</translation>
    </message>
    <message>
        <source>is not a Planner program file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <extracomment>&quot;format&quot; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>אינו קובץ תוכנית של Planner (אין &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Planner program format version %1 is not supported (this build reads version %2)</source>
        <extracomment>%1: the version the file names; %2: the version this Planner reads.</extracomment>
        <translation>גרסה %1 של פורמט התוכנית של Planner אינה נתמכת (גרסה זו קוראת את גרסה %2)</translation>
    </message>
    <message>
        <source>%1: &apos;end&apos; is before &apos;start&apos;</source>
        <extracomment>&apos;end&apos; and &apos;start&apos; are the names of fields in the file: keep them as they are.</extracomment>
        <translation>%1: &apos;end&apos; לפני &apos;start&apos;</translation>
    </message>
    <message>
        <source>rooms[%1] should be a room name</source>
        <extracomment>rooms[%1] is a place in the file: keep it as it is.</extracomment>
        <translation>rooms[%1] צריך להיות שם של אולם</translation>
    </message>
    <message>
        <source>%1: key “%2” is used twice</source>
        <translation>%1: המפתח &quot;%2&quot; משמש פעמיים</translation>
    </message>
    <message>
        <source>%1: &apos;speakers&apos; should be a list of names</source>
        <extracomment>&apos;speakers&apos; is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: &apos;speakers&apos; צריך להיות רשימה של שמות</translation>
    </message>
    <message>
        <source>is not well-formed XML (over %1 control characters that XML forbids)</source>
        <translation>אינו XML תקין (יותר מ־%1 תווי בקרה ש־XML אוסר)</translation>
    </message>
    <message>
        <source>declares XML entities, which Planner refuses to expand (a common way to attack XML readers)</source>
        <translation>מצהיר על ישויות XML, ש־Planner מסרב להרחיב (דרך נפוצה לתקוף קוראי XML)</translation>
    </message>
    <message>
        <source>refers to external XML resources, which Planner never loads</source>
        <translation>מפנה למשאבי XML חיצוניים, ש־Planner לעולם אינו טוען</translation>
    </message>
    <message>
        <source>uses an XML feature Planner refuses (%1)</source>
        <extracomment>%1: what the XML reader said, in English.</extracomment>
        <translation>משתמש ביכולת XML ש־Planner דוחה (%1)</translation>
    </message>
    <message>
        <source>is not well-formed XML (%1)</source>
        <translation>אינו XML תקין (%1)</translation>
    </message>
    <message>
        <source>cannot be read as XML (%1)</source>
        <translation>לא ניתן לקרוא כ־XML (%1)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels</source>
        <translation>XML מקונן ליותר מ־%1 רמות</translation>
    </message>
    <message>
        <source>is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <extracomment>BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.</extracomment>
        <translation>אינו קובץ iCalendar (אינו מתחיל ב־BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (a TZID names no time zone)</source>
        <extracomment>TZID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>אינו iCalendar תקין (TZID אינו מציין אזור זמן)</translation>
    </message>
    <message>
        <source>is not valid iCalendar (%1)</source>
        <extracomment>%1: what the iCalendar library said, in English.</extracomment>
        <translation>אינו iCalendar תקין (%1)</translation>
    </message>
    <message>
        <source>contains no events (VEVENT)</source>
        <extracomment>VEVENT is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>אינו מכיל אירועים (VEVENT)</translation>
    </message>
    <message>
        <source>is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead</source>
        <extracomment>“All” and “Sessions” are the names of Sessionize&apos;s views, in English there.</extracomment>
        <translation>זו רשימת מרצים של Sessionize ללא הרצאות; יש לייצא במקום זאת את התצוגה &quot;All&quot; או &quot;Sessions&quot;</translation>
    </message>
    <message>
        <source>contains no Sessionize sessions</source>
        <translation>אינו מכיל הרצאות של Sessionize</translation>
    </message>
    <message>
        <source>is XML, but not a frab schedule (its root element is &lt;%1&gt;, not &lt;schedule&gt;)</source>
        <extracomment>&lt;%1&gt; and &lt;schedule&gt; are XML elements: keep them as they are.</extracomment>
        <translation>זה XML, אבל לא תוכנית frab (רכיב השורש שלו הוא &lt;%1&gt;, לא &lt;schedule&gt;)</translation>
    </message>
    <message>
        <source>contains no sessions (no &lt;event&gt; inside a &lt;day&gt;)</source>
        <extracomment>&lt;event&gt; and &lt;day&gt; are XML elements: keep them as they are.</extracomment>
        <translation>אינו מכיל הרצאות (אין &lt;event&gt; בתוך &lt;day&gt;)</translation>
    </message>
    <message>
        <source>is XML, but not xCal (no &lt;icalendar&gt; root element)</source>
        <extracomment>&lt;icalendar&gt; is an XML element: keep it as it is.</extracomment>
        <translation>זה XML, אבל לא xCal (אין רכיב שורש &lt;icalendar&gt;)</translation>
    </message>
    <message>
        <source>is an xCal file without a calendar</source>
        <translation>זה קובץ xCal ללא לוח שנה</translation>
    </message>
    <message>
        <source>contains no events (&lt;vevent&gt;)</source>
        <extracomment>&lt;vevent&gt; is an XML element: keep it as it is.</extracomment>
        <translation>אינו מכיל אירועים (&lt;vevent&gt;)</translation>
    </message>
    <message>
        <source>is JSON, but not a frab schedule (no schedule.conference)</source>
        <extracomment>schedule.conference is a place in the file: keep it as it is.</extracomment>
        <translation>זה JSON, אבל לא תוכנית frab (אין schedule.conference)</translation>
    </message>
    <message>
        <source>contains no sessions</source>
        <translation>אינו מכיל הרצאות</translation>
    </message>
    <message>
        <source>contains no sessions within the range of dates Planner keeps</source>
        <translation>אינו מכיל הרצאות בטווח התאריכים ש־Planner שומר</translation>
    </message>
    <message>
        <source>has more than %1 speakers</source>
        <translation>יש בו יותר מ־%1 מרצים</translation>
    </message>
    <message>
        <source>has more than %1 sessions</source>
        <translation>יש בו יותר מ־%1 הרצאות</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long (limit %4)</source>
        <comment>a text of a program</comment>
        <extracomment>%1: a session (“session 3”) or another part of the program (“the conference”); %2: which of its texts (title, abstract…).</extracomment>
        <translation>%1: %2 באורך %3 תווים (המגבלה %4)</translation>
    </message>
    <message>
        <source>track “%1”: colour is %2 characters long (limit %3)</source>
        <extracomment>%1: a track&apos;s name.</extracomment>
        <translation>מסלול &quot;%1&quot;: הצבע באורך %2 תווים (המגבלה %3)</translation>
    </message>
    <message>
        <source>%1 (“%2”) ends before it starts</source>
        <extracomment>%1: a session (“session 3”); %2: its title.</extracomment>
        <translation>%1 (&quot;%2&quot;): הסיום מוקדם מההתחלה</translation>
    </message>
    <message>
        <source>%1 (“%2”) lasts %3 days</source>
        <translation>%1 (&quot;%2&quot;): משך של %3 ימים</translation>
    </message>
    <message>
        <source>%1 has %2 speakers (limit %3)</source>
        <translation>ל־%1 יש %2 מרצים (המגבלה %3)</translation>
    </message>
    <message>
        <source>%1: its GUID or id is too long to identify it by (%2 characters; limit %3)</source>
        <extracomment>GUID and id are what identifies a session in the file.</extracomment>
        <translation>%1: ה־GUID או המזהה ארוכים מכדי לשמש לזיהוי (%2 תווים; המגבלה %3)</translation>
    </message>
    <message>
        <source>there is already a calendar target called “%1”</source>
        <extracomment>%1: the name the user gave a calendar.</extracomment>
        <translation>כבר קיים לוח שנה בשם &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a calendar target needs a name</source>
        <translation>ללוח שנה נדרש שם</translation>
    </message>
    <message>
        <source>%1: a CalDAV address must be an http:// or https:// URL</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>%1: כתובת CalDAV חייבת להיות כתובת URL מסוג http://‎ או https://‎</translation>
    </message>
    <message>
        <source>%1: give the user name on its own (--username), and no password in the address (the keyring or --password-command keeps it)</source>
        <extracomment>%1: the address the user gave (its password hidden); --username and --password- command are options of the command line: keep them as they are.</extracomment>
        <translation>%1: יש לציין את שם המשתמש בנפרד (‎--username), ובלי סיסמה בכתובת (מחזיק המפתחות או ‎--password-command שומרים אותה)</translation>
    </message>
    <message>
        <source>a folder needs no user name or password</source>
        <translation>תיקייה אינה צריכה שם משתמש או סיסמה</translation>
    </message>
    <message>
        <source>the program URL is not a valid web address: “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>כתובת התוכנית אינה כתובת אינטרנט תקינה: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the program URL must be a web address (http or https), not “%1”</source>
        <extracomment>%1: the address the user gave.</extracomment>
        <translation>כתובת התוכנית חייבת להיות כתובת אינטרנט (http או https), לא &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the program URL must not hold a user name or password: “%1” (a phone link is shared, and what it holds with it)</source>
        <extracomment>%1: the address the user gave (its password hidden).</extracomment>
        <translation>כתובת התוכנית לא יכולה לכלול שם משתמש או סיסמה: &quot;%1&quot; (קישור לטלפון משותף, ויחד איתו כל מה שהוא מכיל)</translation>
    </message>
    <message>
        <source>the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or fewer sessions)</source>
        <translation>אורך הקישור %1 בתים; קוד QR יכול להכיל לכל היותר %2 (שתפו את הקישור עצמו, או פחות הרצאות)</translation>
    </message>
    <message>
        <source>states no time zone; say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>אינו מציין אזור זמן; יש לציין אותו, למשל ‎--tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>--tz Europe/Brussels is an option of the command line: keep it as it is.</extracomment>
        <translation>אינו מציין אזור זמן (קובצי Sessionize לעולם אינם מציינים אותו); יש לציין אותו, למשל ‎--tz Europe/Brussels</translation>
    </message>
    <message>
        <source>states no time zone (its times are marked UTC but match the local &lt;start&gt; times); say which one, e.g. --tz Europe/Brussels</source>
        <extracomment>&lt;start&gt; is an XML element and --tz Europe/Brussels an option of the command line: keep them as they are.</extracomment>
        <translation>אינו מציין אזור זמן (השעות שלו מסומנות כ־UTC אך תואמות לשעות המקומיות של &lt;start&gt;); יש לציין אותו, למשל ‎--tz Europe/Brussels</translation>
    </message>
    <message>
        <source>is %1; an agenda file is at most %2 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: the limit in MiB.</extracomment>
        <translation>גודלו %1; קובץ סדר יום מוגבל ל־%2 MiB</translation>
    </message>
    <message>
        <source>is not a Planner agenda file</source>
        <translation>אינו קובץ סדר יום של Planner</translation>
    </message>
    <message>
        <source>is an agenda file of version %1; this Planner reads version %2</source>
        <extracomment>%1: the version the file names, as it writes it; %2: the version this Planner reads.</extracomment>
        <translation>זהו קובץ סדר יום בגרסה %1; Planner זה קורא את גרסה %2</translation>
    </message>
    <message>
        <source>has no checksum (it was not written by Planner, or was cut short)</source>
        <translation>אין בו סכום ביקורת (הוא לא נכתב על ידי Planner, או שנקטע)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was shared (its checksum does not match)</source>
        <translation>שונה או נפגם לאחר ששותף (סכום הביקורת אינו תואם)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a place in a file, then what is wrong there</comment>
        <extracomment>%1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there. Keep a place such as sessions[0] as it is.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>lists %1 sessions (limit %2)</source>
        <translation>מפרט %1 הרצאות (המגבלה %2)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <extracomment>Said of a session in a shared agenda file.</extracomment>
        <translation>מסתיימת לפני שהיא מתחילה</translation>
    </message>
    <message>
        <source>%1 “%2” is not one of %3</source>
        <extracomment>%1: a field of the file (priority, status); %2: the value it gives; %3: the values it may have. Keep the field&apos;s name and the values as they are.</extracomment>
        <translation>%1 &quot;%2&quot; אינו אחד מהערכים %3</translation>
    </message>
    <message>
        <source>is an agenda for “%1”, which is not the conference open here; import that conference&apos;s program first</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>זהו סדר יום עבור &quot;%1&quot;, שאינו הכנס הפתוח כאן; יש לייבא קודם את התוכנית של אותו כנס</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>&quot;%1&quot; אינו תאריך (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date-time</source>
        <extracomment>%1: a value the file gives.</extracomment>
        <translation>&quot;%1&quot; אינו תאריך ושעה בתקן ISO 8601</translation>
    </message>
    <message>
        <source>“%1” has no UTC offset and no time zone is known</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>ל־&quot;%1&quot; אין היסט UTC ולא ידוע אזור זמן</translation>
    </message>
    <message>
        <source>%1 is beyond the range of dates Planner keeps</source>
        <extracomment>%1: a date and time the file gives.</extracomment>
        <translation>%1 מחוץ לטווח התאריכים ש־Planner שומר</translation>
    </message>
    <message>
        <source>is %1; %2 is at most %3 MiB</source>
        <extracomment>%1: the file&apos;s size (2.1 MB); %2: what the file should be (a favourites file); %3: the limit in MiB.</extracomment>
        <translation>גודלו %1; %2 מוגבל ל־%3 MiB</translation>
    </message>
    <message>
        <source>is binary data, not %1</source>
        <extracomment>%1: what the file should be (a favourites file, a bookmarks file).</extracomment>
        <translation>אלה נתונים בינאריים, לא %1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte %1 is not valid UTF-8)</source>
        <extracomment>%1: which byte of the file, counted from 1.</extracomment>
        <translation>אינו טקסט UTF-8 (בית %1 אינו UTF-8 תקין)</translation>
    </message>
    <message>
        <source>is not valid CSV (%1)</source>
        <extracomment>%1: what the CSV reader said, in English.</extracomment>
        <translation>אינו CSV תקין (%1)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ריק</translation>
    </message>
    <message>
        <source>lists %1 favourites (limit %2)</source>
        <translation>מפרט %1 מועדפים (המגבלה %2)</translation>
    </message>
    <message>
        <source>%1: %2 is not text</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 אינו טקסט</translation>
    </message>
    <message>
        <source>%1: %2 is %3 characters long</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.</extracomment>
        <translation>%1: %2 באורך %3 תווים</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time of day</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: &quot;%2&quot; אינו שעה תקינה</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date and time</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: &quot;%2&quot; אינו תאריך ושעה</translation>
    </message>
    <message>
        <source>%1: “%2” has no time zone</source>
        <extracomment>%1: an entry of the file (record 3); %2: the date and time it gives.</extracomment>
        <translation>%1: ל־&quot;%2&quot; אין אזור זמן</translation>
    </message>
    <message>
        <source>is not a Sojourner favourites file (no %1)</source>
        <extracomment>%1: the header the file should begin with: keep it as it is.</extracomment>
        <translation>אינו קובץ מועדפים של Sojourner (אין %1)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, not %3</source>
        <extracomment>%1: an entry of the file (record 3).</extracomment>
        <translation>ב־%1 יש %2 שדות, לא %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <extracomment>%1: an entry of the file (record 3); %2: the name of a field it should have (ID, lecture_id): keep it as it is.</extracomment>
        <translation>ל־%1 אין %2</translation>
    </message>
    <message>
        <source>%1: “%2” is not a weekday</source>
        <extracomment>%1: an entry of the file (record 3); %2: the value it gives.</extracomment>
        <translation>%1: &quot;%2&quot; אינו יום בשבוע</translation>
    </message>
    <message>
        <source>is not an EventFahrplan favourites export (no lectures)</source>
        <extracomment>lectures is the name of a field in the file: keep it as it is.</extracomment>
        <translation>אינו ייצוא מועדפים של EventFahrplan (אין lectures)</translation>
    </message>
    <message>
        <source>is not a FOSDEM PWA bookmarks file (no type,id header)</source>
        <extracomment>type,id is the header the file should begin with: keep it as it is.</extracomment>
        <translation>אינו קובץ סימניות של FOSDEM PWA (אין כותרת type,id)</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header %3</source>
        <extracomment>%1: an entry of the file (record 3); %2: how many fields it has; %3: how many the header names.</extracomment>
        <translation>ב־%1 יש %2 שדות, ובכותרת %3</translation>
    </message>
    <message>
        <source>%1: type “%2” is not event or track</source>
        <extracomment>%1: an entry of the file (record 3); type, event and track are words of the file: keep them as they are.</extracomment>
        <translation>%1: type &quot;%2&quot; אינו event או track</translation>
    </message>
    <message>
        <source>%1: day “%2” is not a day number</source>
        <extracomment>%1: an entry of the file (record 3); day is the name of a field in the file: keep it as it is.</extracomment>
        <translation>%1: day &quot;%2&quot; אינו מספר יום</translation>
    </message>
    <message>
        <source>%1: UID “%2” is not one FOSDEM Companion writes</source>
        <extracomment>%1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as it is.</extracomment>
        <translation>%1: ה־UID &quot;%2&quot; אינו כזה ש־FOSDEM Companion כותב</translation>
    </message>
    <message>
        <source>mixes bookmarks of several FOSDEM years</source>
        <translation>מערבב סימניות מכמה שנים של FOSDEM</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 אינו תאריך ושעה</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time in UTC</source>
        <extracomment>%1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep it as it is.</extracomment>
        <translation>%1: %2 אינו תאריך ושעה ב־UTC</translation>
    </message>
    <message>
        <source>is %1 characters long; too long for a link</source>
        <translation>באורך %1 תווים; ארוך מדי לקישור</translation>
    </message>
    <message>
        <source>is not a Giggity link (those start with %1)</source>
        <extracomment>%1: how a Giggity link begins (a web address): keep it as it is.</extracomment>
        <translation>אינו קישור Giggity (קישורים כאלה מתחילים ב־%1)</translation>
    </message>
    <message>
        <source>names no program (its url= part is missing or empty)</source>
        <extracomment>url= is a part of the link: keep it as it is.</extracomment>
        <translation>אינו מציין תוכנית (החלק url= חסר או ריק)</translation>
    </message>
    <message>
        <source>names a program at “%1”, not a web address</source>
        <extracomment>%1: where the link says the program is.</extracomment>
        <translation>מציין תוכנית במיקום &quot;%1&quot;, שאינו כתובת אינטרנט</translation>
    </message>
    <message>
        <source>lists no events (it has no see= or del= part)</source>
        <extracomment>see= and del= are parts of the link: keep them as they are.</extracomment>
        <translation>אינו מפרט אירועים (אין בו חלק see=‎ או del=‎)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not base64url text</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>פגום: החלק %1=‎ אינו טקסט base64url</translation>
    </message>
    <message>
        <source>is damaged: its %1= part does not unpack (%2)</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said, in English.</extracomment>
        <translation>פגום: לא ניתן לחלץ את החלק %1=‎ (%2)</translation>
    </message>
    <message>
        <source>is damaged: its %1= part unpacks to too much data</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>פגום: חילוץ החלק %1=‎ מניב יותר מדי נתונים</translation>
    </message>
    <message>
        <source>is cut short: its %1= part ends early</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>קטוע: החלק %1=‎ מסתיים מוקדם מדי</translation>
    </message>
    <message>
        <source>is damaged: its %1= part is not a JSON list</source>
        <extracomment>%1=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>פגום: החלק %1=‎ אינו רשימת JSON</translation>
    </message>
    <message>
        <source>lists %1 events in %2= (limit %3)</source>
        <extracomment>%2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>מפרט %1 אירועים ב־%2=‎ (המגבלה %3)</translation>
    </message>
    <message>
        <source>is damaged: item %1 of its %2= part is not an event id</source>
        <extracomment>%1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it is.</extracomment>
        <translation>פגום: הפריט %1 בחלק %2=‎ אינו מזהה אירוע</translation>
    </message>
    <message>
        <source>is a web address but not a Giggity link (%1…); save the file it points to and import that</source>
        <extracomment>%1: how a Giggity link begins: keep it as it is.</extracomment>
        <translation>זוהי כתובת אינטרנט אך לא קישור Giggity ‏(%1…); יש לשמור את הקובץ שהיא מפנה אליו ולייבא אותו</translation>
    </message>
    <message>
        <source>is a link for “%1”, which is not the conference open here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>זהו קישור עבור &quot;%1&quot;, שאינו הכנס הפתוח כאן</translation>
    </message>
    <message>
        <source>holds %1 favourites of %2; “%3” is in %4</source>
        <extracomment>%1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference&apos;s title.</extracomment>
        <translation>מכיל מועדפים של %1 משנת %2; &quot;%3&quot; מתקיים בשנת %4</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”; they are in “%2”</source>
        <extracomment>%1 and %2: conferences&apos; titles.</extracomment>
        <translation>אינו מציין אף אחת מההרצאות של &quot;%1&quot;; ההרצאות שהוא מציין נמצאות ב־&quot;%2&quot;</translation>
    </message>
    <message>
        <source>names none of the sessions of “%1”, nor of any conference here</source>
        <extracomment>%1: a conference&apos;s title.</extracomment>
        <translation>אינו מציין אף אחת מההרצאות של &quot;%1&quot;, וגם לא של כנס אחר כאן</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference imported here</source>
        <translation>אינו מציין אף הרצאה של הכנסים שיובאו כאן</translation>
    </message>
    <message>
        <source>names none of the sessions of any conference of %1 imported here</source>
        <extracomment>%1: a year.</extracomment>
        <translation>אינו מציין אף הרצאה של הכנסים משנת %1 שיובאו כאן</translation>
    </message>
    <message>
        <source>is a link for the program at %1, which has not been imported here; import it first, or say which conference it is for</source>
        <extracomment>%1: the program&apos;s web address.</extracomment>
        <translation>זהו קישור לתוכנית בכתובת %1, שלא יובאה כאן; יש לייבא אותה קודם, או לציין לאיזה כנס הוא שייך</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be imported</source>
        <translation>ניתן לייבא רק כתובות http://‎ ו־https://‎</translation>
    </message>
    <message>
        <source>a web address with a user name or password cannot be imported (Planner sends no credentials, and would keep the password in plain text)</source>
        <translation>לא ניתן לייבא כתובת אינטרנט עם שם משתמש או סיסמה (Planner אינו שולח פרטי התחברות, והיה שומר את הסיסמה כטקסט גלוי)</translation>
    </message>
    <message>
        <source>is not a valid web address (it contains spaces or control characters)</source>
        <translation>אינה כתובת אינטרנט תקינה (יש בה רווחים או תווי בקרה)</translation>
    </message>
    <message>
        <source>is not a valid web address (%1)</source>
        <extracomment>%1: what the web address reader said, in English.</extracomment>
        <translation>אינה כתובת אינטרנט תקינה (%1)</translation>
    </message>
    <message>
        <source>is %1, over the %2 MiB limit</source>
        <extracomment>%1: the file&apos;s size (2.1 GB); %2: the limit in MiB.</extracomment>
        <translation>גודלו %1, מעל המגבלה של %2 MiB</translation>
    </message>
    <message>
        <source>is over the %1 MiB limit</source>
        <extracomment>%1: the limit in MiB.</extracomment>
        <translation>חורג מהמגבלה של %1 MiB</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived (%1 of %2)</source>
        <extracomment>%1: how much arrived (1.2 MB); %2: the file&apos;s size.</extracomment>
        <translation>החיבור נסגר לפני שכל הקובץ הגיע (%1 מתוך %2)</translation>
    </message>
    <message>
        <source>did not finish downloading within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>ההורדה לא הסתיימה תוך %1 שניות</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified, but Planner asked for the whole file (it has no copy to keep)</source>
        <extracomment>304 Not Modified is an HTTP answer: keep it as it is.</extracomment>
        <translation>השרת ענה 304 Not Modified, אבל Planner ביקש את הקובץ כולו (אין לו עותק לשמור)</translation>
    </message>
    <message>
        <source>the server redirect to a non-web address refused</source>
        <extracomment>The server redirected the download to an address that is not http:// or https://, and Planner refused to follow it.</extracomment>
        <translation>השרת הפנה לכתובת שאינה כתובת אינטרנט; ההפניה נדחתה</translation>
    </message>
    <message>
        <source>the server redirects in a loop (or more than 10 times)</source>
        <translation>השרת מפנה בלולאה (או יותר מ־10 פעמים)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <extracomment>%1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).</extracomment>
        <translation>השרת ענה %1 %2</translation>
    </message>
    <message>
        <source>did not answer within %1 seconds</source>
        <extracomment>%1: a number of seconds.</extracomment>
        <translation>לא ענה תוך %1 שניות</translation>
    </message>
    <message>
        <source>cannot be reached (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>אינו נגיש (%1)</translation>
    </message>
    <message>
        <source>the connection closed before the whole file had arrived</source>
        <translation>החיבור נסגר לפני שכל הקובץ הגיע</translation>
    </message>
    <message>
        <source>the server sent a header line longer than HTTP clients accept</source>
        <translation>השרת שלח שורת כותרת ארוכה ממה שלקוחות HTTP מקבלים</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>השרת סגר את החיבור בלי לענות</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP (a bad status line)</source>
        <translation>התשובה של השרת אינה HTTP (שורת מצב שגויה)</translation>
    </message>
    <message>
        <source>the server sent more headers than HTTP clients accept</source>
        <translation>השרת שלח יותר כותרות ממה שלקוחות HTTP מקבלים</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>התשובה של השרת אינה HTTP תקין (%1)</translation>
    </message>
    <message>
        <source>is not a valid web address or answer (%1)</source>
        <extracomment>%1: what the HTTP library said, in English.</extracomment>
        <translation>אינה כתובת אינטרנט או תשובה תקינה (%1)</translation>
    </message>
    <message>
        <source>download failed (%1)</source>
        <extracomment>%1: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>ההורדה נכשלה (%1)</translation>
    </message>
    <message>
        <source>DTEND is not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DTEND is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DTEND אינו תאריך ואינו תאריך ושעה: %1</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it. DURATION is a field of an iCalendar file: keep it as it is.</extracomment>
        <translation>DURATION אינו משך זמן: %1</translation>
    </message>
    <message>
        <source>not a date or date-time: %1</source>
        <extracomment>%1: the value the file gives, as Python writes it.</extracomment>
        <translation>אינו תאריך ואינו תאריך ושעה: %1</translation>
    </message>
    <message>
        <source>date value out of range</source>
        <extracomment>Why an event&apos;s time cannot be read: it is beyond the dates a computer keeps.</extracomment>
        <translation>ערך תאריך מחוץ לטווח</translation>
    </message>
    <message>
        <source>busy block times need a time zone</source>
        <translation>לשעות של זמן תפוס נדרש אזור זמן</translation>
    </message>
    <message>
        <source>a busy block must end after it starts</source>
        <translation>זמן תפוס חייב להסתיים אחרי שהוא מתחיל</translation>
    </message>
    <message>
        <source>a busy block must start on or after %1 and end by %2 UTC</source>
        <extracomment>%1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).</extracomment>
        <translation>זמן תפוס חייב להתחיל ב־%1 או אחריו ולהסתיים עד %2 UTC</translation>
    </message>
    <message>
        <source>the walking time must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>זמן ההליכה חייב להיות בין 0 ל־%1 דקות, לא %2</translation>
    </message>
    <message>
        <source>the tolerance must be between 0 and %1 minutes, not %2</source>
        <extracomment>%1: the most minutes allowed; %2: the minutes given.</extracomment>
        <translation>הסבולת חייבת להיות בין 0 ל־%1 דקות, לא %2</translation>
    </message>
    <message>
        <source>the walking time between %1 and %2 must be between 0 and %3 minutes, not %4</source>
        <extracomment>%1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.</extracomment>
        <translation>זמן ההליכה בין %1 ל־%2 חייב להיות בין 0 ל־%3 דקות, לא %4</translation>
    </message>
    <message>
        <source>the alarm must be between 0 and %1 minutes before</source>
        <extracomment>%1: the most minutes allowed (a week).</extracomment>
        <translation>התזכורת חייבת להגיע בין 0 ל־%1 דקות לפני</translation>
    </message>
    <message>
        <source>give either --caldav URL or --vdir DIR</source>
        <extracomment>Options of the command line (--caldav URL, --vdir DIR): keep them as they are.</extracomment>
        <translation>יש לציין ‎--caldav URL‎ או ‎--vdir DIR‎</translation>
    </message>
    <message>
        <source>give a password or a --password-command, not both</source>
        <extracomment>--password-command is an option of the command line: keep it as it is.</extracomment>
        <translation>יש לציין סיסמה או ‎--password-command‎, לא את שניהם</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>אין במחשב זה מחזיק מפתחות של שולחן העבודה (GNOME Keyring, KWallet או Secret Service אחר), ולכן Planner אינו יכול לשמור את הסיסמה באופן בטוח. במקום זאת יש לציין פקודה שמדפיסה את הסיסמה, למשל &quot;pass show calendar&quot;.</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”. (planner calendar add … --password-command CMD)</source>
        <extracomment>“pass show calendar” and the command line in brackets are commands: keep them as they are.</extracomment>
        <translation>אין במחשב זה מחזיק מפתחות של שולחן העבודה (GNOME Keyring, KWallet או Secret Service אחר), ולכן Planner אינו יכול לשמור את הסיסמה באופן בטוח. במקום זאת יש לציין פקודה שמדפיסה את הסיסמה, למשל &quot;pass show calendar&quot;. ‎(planner calendar add … --password-command CMD)‎</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it remembers as UTF-8</source>
        <extracomment>%1: a value given to Planner (a name, a key, an address, a file), its bytes that are not UTF-8 shown as escapes.</extracomment>
        <translation>&quot;%1&quot; אינו טקסט UTF-8; ‏Planner שומר שמות, מפתחות, כתובות ואת הקבצים שהוא זוכר כ־UTF-8</translation>
    </message>
    <message>
        <source>a number beyond what the database can hold (at most %1) was given</source>
        <extracomment>%1: the largest number the database can hold.</extracomment>
        <translation>ניתן מספר גדול ממה שמסד הנתונים יכול להכיל (לכל היותר %1)</translation>
    </message>
    <message>
        <source>unknown format “%1”; choose from auto, %2</source>
        <extracomment>%1: the format&apos;s name given; %2: the names of the formats Planner reads (identifiers: keep them as they are; “auto” is one too).</extracomment>
        <translation>תבנית לא מוכרת &quot;%1&quot;; יש לבחור מבין auto, %2</translation>
    </message>
    <message>
        <source>%1: a QR code is saved as .png or .svg</source>
        <extracomment>%1: a file. .png and .svg are file name endings: keep them.</extracomment>
        <translation>%1: קוד QR נשמר כ־‎.png‎ או כ־‎.svg‎</translation>
    </message>
    <message>
        <source>Planner does not know where the program of “%1” is published; give its web address once with --program-url URL (the address Giggity loads it from, e.g. https://fosdem.org/2025/schedule/xml)</source>
        <extracomment>%1: a conference&apos;s title. --program-url URL is an option of the command line, Giggity an app for phones: keep them as they are.</extracomment>
        <translation>Planner אינו יודע היכן מתפרסמת התוכנית של &quot;%1&quot;; יש לציין את כתובת האינטרנט שלה פעם אחת עם ‎--program-url URL‎ (הכתובת שממנה Giggity טוען אותה, למשל https://fosdem.org/2025/schedule/xml)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%1 starts in %Ln min in %2</source>
        <extracomment>%1 is the session&apos;s title, %2 its room.</extracomment>
        <translation>
            <numerusform>%1 מתחילה בעוד %Ln דק׳ ב־%2</numerusform>
            <numerusform>%1 מתחילה בעוד %Ln דק׳ ב־%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 starts in %Ln min</source>
        <translation>
            <numerusform>%1 מתחילה בעוד %Ln דק׳</numerusform>
            <numerusform>%1 מתחילה בעוד %Ln דק׳</numerusform>
        </translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>ההרצאה הבאה</translation>
    </message>
</context>
<context>
    <name>ResolveTexts</name>
    <message>
        <source>Your agenda is already the best plan: nothing to change.</source>
        <translation>סדר היום שלך הוא כבר התוכנית הטובה ביותר: אין מה לשנות.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) make(s) your agenda clash-free, keeping the sessions that matter most to you.</source>
        <translation>
            <numerusform>%Ln שינוי מנקה את סדר היום שלך מהתנגשויות, ושומר את ההרצאות החשובות לך ביותר.</numerusform>
            <numerusform>%Ln שינויים מנקים את סדר היום שלך מהתנגשויות, ושומרים את ההרצאות החשובות לך ביותר.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es) need(s) your decision.</source>
        <translation>
            <numerusform>%Ln התנגשות מחכה להחלטה שלך.</numerusform>
            <numerusform>%Ln התנגשויות מחכות להחלטה שלך.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln sessions clash</source>
        <extracomment>A clash in the preview: its day and times, then how many sessions it holds.</extracomment>
        <translation>
            <numerusform>%1 · %Ln הרצאות מתנגשות</numerusform>
            <numerusform>%1 · %Ln הרצאות מתנגשות</numerusform>
        </translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>שינויים אחרים</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; “%2” — %3</source>
        <extracomment>A change in the preview: the new status (bold), the title, why.</extracomment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; &quot;%2&quot; — %3</translation>
    </message>
    <message>
        <source>Stays: “%1” — %2</source>
        <translation>נשארת: &quot;%1&quot; — %2</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>התנגשות: %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Your decision (auto-resolve never drops a must-see)</source>
        <translation>ההחלטה שלך (הפתרון האוטומטי לעולם לא מוותר על הרצאה &quot;חובה לראות&quot;)</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Sessions</source>
        <translation>הרצאות</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>starred, %1</source>
        <translation>מסומנת בכוכב, %1</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>לא מסומנת בכוכב</translation>
    </message>
    <message>
        <source>(untitled: label drawn from the description)</source>
        <translation>(ללא כותרת: התווית נלקחה מהתיאור)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>בוטלה: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 attend(s)</source>
        <comment>colleagues</comment>
        <extracomment>Colleagues who attend a session: %1 lists their names.</extracomment>
        <translation>
            <numerusform>%1 משתתף/ת</numerusform>
            <numerusform>%1 משתתפים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>The keys of the views (S, Space, 1, 2, 3) act on the selected session while a view has the focus, not while you type.</source>
        <translation>המקשים של התצוגות (S, רווח, 1, 2, 3) פועלים על ההרצאה הנבחרת כשהמיקוד בתצוגה, לא בזמן הקלדה.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>פקודה</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>במקום אחר</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln הרצאה</numerusform>
            <numerusform>%Ln הרצאות</numerusform>
        </translation>
    </message>
    <message>
        <source>starred, %1: %2</source>
        <translation>מסומנת בכוכב, %1: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Waiting for the database</source>
        <translation>ממתין למסד הנתונים</translation>
    </message>
    <message>
        <source>Planner keeps trying and opens it as soon as it is free.</source>
        <translation>Planner ממשיך לנסות ופותח אותו ברגע שהוא פנוי.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>%1 cannot start</source>
        <translation>לא ניתן להפעיל את %1</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>נפתח לקריאה בלבד</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>מסד הנתונים שוחזר</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln הרצאה</numerusform>
            <numerusform>%Ln הרצאות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln starred</source>
        <translation>
            <numerusform>%Ln מסומנת</numerusform>
            <numerusform>%Ln מסומנות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clash(es)</source>
        <translation>
            <numerusform>%Ln התנגשות</numerusform>
            <numerusform>%Ln התנגשויות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 session(s) match(es)</source>
        <translation>
            <numerusform>%Ln מתוך %1 הרצאות מתאימה</numerusform>
            <numerusform>%Ln מתוך %1 הרצאות מתאימות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>read</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>לקרוא</translation>
    </message>
    <message>
        <source>written</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>לכתוב</translation>
    </message>
    <message>
        <source>opened</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>לפתוח</translation>
    </message>
    <message>
        <source>used</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>להשתמש</translation>
    </message>
    <message>
        <source>created</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>ליצור</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>לשנות</translation>
    </message>
    <message>
        <source>deleted</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>למחוק</translation>
    </message>
    <message>
        <source>backed up before its upgrade</source>
        <extracomment>What could not be done to a file or the database, in the form the sentences &quot;%1 cannot be %2: disk full&quot; (and the like) need.</extracomment>
        <translation>לגבות לפני השדרוג</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another Planner, or a tool using the database); close it, then try again</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1 נעול על ידי תוכנה אחרת (Planner אחר, או כלי שמשתמש במסד הנתונים); סגרו אותה ונסו שוב</translation>
    </message>
    <message>
        <source>%1 cannot be %2: disk full (no space left on the disk holding it)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: הדיסק מלא (אין מקום פנוי בדיסק שמכיל אותו)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (the file may not be written)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: לקריאה בלבד (אסור לכתוב לקובץ)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: דיסק לקריאה בלבד (הדיסק שמכיל אותו מעוגן לקריאה בלבד)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: permission denied</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: ההרשאה נדחתה</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied for the file or its folder)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: לקריאה בלבד (ההרשאה לקובץ או לתיקייה שלו נדחתה)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is a folder, not a file</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: זו תיקייה, לא קובץ</translation>
    </message>
    <message>
        <source>%1 cannot be %2: part of the path is not a folder</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: חלק מהנתיב אינו תיקייה</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the file name is too long</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: שם הקובץ ארוך מדי</translation>
    </message>
    <message>
        <source>%1 cannot be %2: the folder does not exist</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: התיקייה לא קיימת</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only folder (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: תיקייה לקריאה בלבד (ההרשאה נדחתה)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: read-only (permission denied)</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…).</extracomment>
        <translation>%1: לא ניתן %2: לקריאה בלבד (ההרשאה נדחתה)</translation>
    </message>
    <message>
        <source>%1 cannot be changed: another program changed the same data meanwhile (nothing was saved; look again, then try again)</source>
        <extracomment>%1: a file or the database.</extracomment>
        <translation>%1: לא ניתן לשנות: תוכנה אחרת שינתה את אותם נתונים בינתיים (דבר לא נשמר; הסתכלו שוב ונסו שוב)</translation>
    </message>
    <message>
        <source>%1 cannot be %2: %3</source>
        <extracomment>%1: a file or the database; %2: what could not be done to it (read, written…); %3: what the system said (in this language where Planner knows the fault, else the system&apos;s English words).</extracomment>
        <translation>%1: לא ניתן %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…); %3: what the path is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1: לא ניתן %2: זה %3, לא קובץ רגיל; Planner כותב קבצים רגילים בלבד</translation>
    </message>
    <message>
        <source>%1 cannot be %2: it is not a regular file; Planner writes only regular files</source>
        <extracomment>%1: a file; %2: what could not be done to it (written…).</extracomment>
        <translation>%1: לא ניתן %2: זה לא קובץ רגיל; Planner כותב קבצים רגילים בלבד</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file</source>
        <extracomment>%1: the database&apos;s path; %2: what it is instead (a named pipe (FIFO), a socket, a device).</extracomment>
        <translation>%1 הוא %2, לא קובץ מסד נתונים</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database file</source>
        <extracomment>%1: the database&apos;s path, which is neither a file, a folder, a pipe, a socket nor a device.</extracomment>
        <translation>%1 אינו קובץ רגיל, ולכן אינו יכול להיות קובץ מסד נתונים</translation>
    </message>
    <message>
        <source>%1; it needs an upgrade first</source>
        <extracomment>A database that cannot be written: it also needs an upgrade.</extracomment>
        <translation>%1; קודם יש לשדרג אותו</translation>
    </message>
    <message>
        <source>%1; Planner opened it read-only</source>
        <translation>%1; Planner פתח אותו לקריאה בלבד</translation>
    </message>
    <message>
        <source>%1, and it is new and empty</source>
        <translation>%1, והוא חדש וריק</translation>
    </message>
    <message>
        <source>%1, and it needs an upgrade first</source>
        <translation>%1, וקודם יש לשדרג אותו</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 היא תיקייה, לא קובץ מסד נתונים</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (unrecognised file header)</source>
        <translation>%1 אינו מסד נתונים של SQLite (כותרת קובץ לא מוכרת)</translation>
    </message>
    <message>
        <source>%1 is damaged (%2)</source>
        <extracomment>%2: what SQLite said, in English.</extracomment>
        <translation>%1 פגום (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2)</source>
        <translation>%1 פגום או שאינו מסד נתונים (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Planner database</source>
        <translation>%1 הוא מסד נתונים של SQLite של תוכנה אחרת, לא מסד נתונים של Planner</translation>
    </message>
    <message>
        <source>%1 was written by a newer Planner (schema %2); update Planner to open it</source>
        <extracomment>%2: the version of the database&apos;s layout.</extracomment>
        <translation>%1 נכתב על ידי גרסה חדשה יותר של Planner (סכימה %2); עדכנו את Planner כדי לפתוח אותו</translation>
    </message>
    <message>
        <source>%1. It was kept unchanged as %2. Planner started with a new database.</source>
        <extracomment>%1: why the file could not be used (it names the file); %2: where it was kept.</extracomment>
        <translation>%1. הקובץ נשמר ללא שינוי בשם %2. Planner הופעל עם מסד נתונים חדש.</translation>
    </message>
    <message>
        <source>%1. Everything is shown as it was saved; changes cannot be saved until that is fixed (then restart Planner).</source>
        <extracomment>%1: why the database cannot be changed (it names the file).</extracomment>
        <translation>%1. הכול מוצג כפי שנשמר; לא ניתן לשמור שינויים עד שהבעיה תתוקן (לאחר מכן יש להפעיל מחדש את Planner).</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Calendar sync</source>
        <translation>סנכרון לוח שנה</translation>
    </message>
    <message>
        <source>How your calendars&apos; syncs went; click to open Calendars</source>
        <translation>איך עבר הסנכרון של לוחות השנה שלך; לחיצה לפתיחת לוחות השנה</translation>
    </message>
    <message>
        <source>Click to open Calendars.</source>
        <translation>לחיצה לפתיחת לוחות השנה.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>just now</source>
        <translation>ממש עכשיו</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>לפני %Ln דק׳</numerusform>
            <numerusform>לפני %Ln דק׳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>לפני %Ln שע׳</numerusform>
            <numerusform>לפני %Ln שע׳</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>ב־%1</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>בעוד %Ln שנ׳</numerusform>
            <numerusform>בעוד %Ln שנ׳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>בעוד %Ln דק׳</numerusform>
            <numerusform>בעוד %Ln דק׳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln שינוי ממתין</numerusform>
            <numerusform>%Ln שינויים ממתינים</numerusform>
        </translation>
    </message>
    <message>
        <source>Live file</source>
        <translation>קובץ מתעדכן</translation>
    </message>
    <message>
        <source>%1: syncing, %2 of %3 events sent</source>
        <translation>%1: מסנכרן, נשלחו %2 מתוך %3 אירועים</translation>
    </message>
    <message>
        <source>%1: syncing…</source>
        <translation>%1: מסנכרן…</translation>
    </message>
    <message>
        <source>%1: offline, %2. %3.</source>
        <translation>%1: לא מחובר, %2. %3.</translation>
    </message>
    <message>
        <source>Trying again %1.</source>
        <translation>ניסיון נוסף %1.</translation>
    </message>
    <message>
        <source>%1: not synced: %2</source>
        <translation>%1: לא סונכרן: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a calendar, then how it is</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not synced yet</source>
        <translation>%1: עדיין לא סונכרן</translation>
    </message>
    <message>
        <source>%1: synced %2</source>
        <translation>%1: סונכרן %2</translation>
    </message>
    <message numerus="yes">
        <source>Calendar “%1” not synced: %2 (and %Ln more)</source>
        <extracomment>The first calendar that failed, why, and how many more failed too.</extracomment>
        <translation>
            <numerusform>לוח השנה &quot;%1&quot; לא סונכרן: %2 (ועוד %Ln)</numerusform>
            <numerusform>לוח השנה &quot;%1&quot; לא סונכרן: %2 (ועוד %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar “%1” not synced: %2</source>
        <translation>לוח השנה &quot;%1&quot; לא סונכרן: %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %Ln calendars…</source>
        <translation>
            <numerusform>מסנכרן %Ln לוח שנה…</numerusform>
            <numerusform>מסנכרן %Ln לוחות שנה…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 events sent</source>
        <translation>מסנכרן את &quot;%1&quot;: נשלחו %2 מתוך %3 אירועים</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>מסנכרן את &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Offline, %1</source>
        <translation>לא מחובר, %1</translation>
    </message>
    <message>
        <source>Calendars: %1</source>
        <translation>לוחות שנה: %1</translation>
    </message>
    <message>
        <source>Calendars not synced yet</source>
        <translation>לוחות השנה עדיין לא סונכרנו</translation>
    </message>
    <message>
        <source>Calendars synced %1</source>
        <translation>לוחות השנה סונכרנו %1</translation>
    </message>
</context>
<context>
    <name>SystemTexts</name>
    <message>
        <source>no space left on the disk</source>
        <extracomment>What the system said of a fault, inside a sentence such as &quot;cannot be read (%1)&quot; or &quot;download failed (%1)&quot;: lower case, no full stop.</extracomment>
        <translation>אין מקום פנוי בדיסק</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>מכסת הדיסק נוצלה</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ההרשאה נדחתה</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>הפעולה אינה מותרת</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>אין קובץ או תיקייה כאלה</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>זו תיקייה</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>חלק מהנתיב אינו תיקייה</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>שם הקובץ ארוך מדי</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>הדיסק לקריאה בלבד</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>שגיאת קלט/פלט</translation>
    </message>
    <message>
        <source>too many files open in Planner</source>
        <translation>יותר מדי קבצים פתוחים ב־Planner</translation>
    </message>
    <message>
        <source>too many files open on this computer</source>
        <translation>יותר מדי קבצים פתוחים במחשב זה</translation>
    </message>
    <message>
        <source>too many symbolic links (a loop of links)</source>
        <translation>יותר מדי קישורים סמליים (לולאה של קישורים)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>תם הזמן הקצוב</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>החיבור נדחה</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>החיבור אופס</translation>
    </message>
    <message>
        <source>the connection was aborted</source>
        <translation>החיבור בוטל</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>אין נתיב למארח</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>הרשת אינה זמינה</translation>
    </message>
    <message>
        <source>the host name could not be resolved (unknown host, or no network)</source>
        <translation>לא ניתן היה לפענח את שם המארח (מארח לא ידוע, או אין רשת)</translation>
    </message>
    <message>
        <source>the TLS certificate could not be verified</source>
        <translation>לא ניתן היה לאמת את תעודת ה־TLS</translation>
    </message>
</context>
<context>
    <name>TalkText</name>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <comment>a fact about a session: its name, its value</comment>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Untitled session: the program did not record its title; this label is drawn from its description.</source>
        <translation>הרצאה ללא כותרת: התוכנית לא רשמה את הכותרת שלה; התווית הזו נלקחה מהתיאור שלה.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled:&lt;/b&gt; this session is no longer in the program. It stays in your agenda until you unstar it.</source>
        <translation>&lt;b&gt;בוטלה:&lt;/b&gt; ההרצאה הזו כבר לא בתוכנית. היא נשארת בסדר היום שלך עד שתסירו את הכוכב שלה.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a session&apos;s date and times, then its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time range</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>השעה אצלך</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>אולם</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>מסלול</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of session</comment>
        <extracomment>The kind of session: talk, workshop, keynote...</extracomment>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a session</comment>
        <extracomment>The language the session is given in.</extracomment>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>מרצים</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>Session page</source>
        <translation>דף ההרצאה</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>קישורים</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Add a Calendar</source>
        <translation>הוספת לוח שנה</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>עריכת &quot;%1&quot;</translation>
    </message>
    <message>
        <source>e.g. Work calendar</source>
        <translation>למשל לוח שנה של העבודה</translation>
    </message>
    <message>
        <source>A &amp;CalDAV account</source>
        <translation>חשבון &amp;CalDAV</translation>
    </message>
    <message>
        <source>A &amp;folder of events (khal, vdirsyncer, Evolution)</source>
        <translation>&amp;תיקיית אירועים (khal,‏ vdirsyncer,‏ Evolution)</translation>
    </message>
    <message>
        <source>A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…</source>
        <translation>לוח שנה בשרת: Nextcloud,‏ Fastmail,‏ iCloud,‏ Radicale…</translation>
    </message>
    <message>
        <source>A folder on this computer with one file per event, which other apps sync</source>
        <translation>תיקייה במחשב הזה עם קובץ אחד לכל אירוע, שאפליקציות אחרות מסנכרנות</translation>
    </message>
    <message>
        <source>CalDAV account</source>
        <translation>חשבון CalDAV</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav</source>
        <translation>https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>The server&apos;s address, or the calendar&apos;s own; Planner finds your calendars there</source>
        <translation>הכתובת של השרת, או של לוח השנה עצמו; Planner מוצא שם את לוחות השנה שלך</translation>
    </message>
    <message>
        <source>The calendar to keep your agenda in; created if it is not there</source>
        <translation>לוח השנה שבו יישמר סדר היום שלך; ייווצר אם אינו קיים</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>The account&apos;s password, kept in the desktop&apos;s keyring, not in Planner&apos;s files</source>
        <translation>הסיסמה של החשבון, שמורה במחזיק המפתחות של שולחן העבודה, לא בקבצים של Planner</translation>
    </message>
    <message>
        <source>A password manager&apos;s command prints it at each sync; nothing is stored</source>
        <translation>הפקודה של מנהל סיסמאות מדפיסה אותה בכל סנכרון; שום דבר לא נשמר</translation>
    </message>
    <message>
        <source>e.g. pass show calendar</source>
        <translation>למשל pass show calendar</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>פקודת סיסמה</translation>
    </message>
    <message>
        <source>Run at each sync; its first line of output is the password</source>
        <translation>רצה בכל סנכרון; השורה הראשונה של הפלט שלה היא הסיסמה</translation>
    </message>
    <message>
        <source>Get the password from a command &amp;instead</source>
        <translation>לקבל את הסיסמה מ&amp;פקודה במקום זאת</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>&amp;לוח שנה:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>שם &amp;משתמש:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>פ&amp;קודה:</translation>
    </message>
    <message>
        <source>Folder of events</source>
        <translation>תיקיית אירועים</translation>
    </message>
    <message>
        <source>e.g. ~/.calendars/conference</source>
        <translation>למשל ‎~/.calendars/conference</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>תיקייה</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>Include plan B sessions (as tentative)</source>
        <translation>לכלול הרצאות של תוכנית ב׳ (כטנטטיביות)</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>ת&amp;זכורת לפני כל הרצאה</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> דק׳ לפני</translation>
    </message>
    <message>
        <source>Reminder minutes</source>
        <translation>דקות לתזכורת</translation>
    </message>
    <message>
        <source>Your plan B sessions go into the calendar too, marked tentative</source>
        <translation>הרצאות תוכנית ב׳ שלך נכנסות גם ללוח השנה, מסומנות כטנטטיביות</translation>
    </message>
    <message>
        <source>Each session in the calendar gets a reminder your calendar app shows</source>
        <translation>כל הרצאה בלוח השנה מקבלת תזכורת שאפליקציית לוח השנה שלך מציגה</translation>
    </message>
    <message>
        <source>How many minutes before a session its reminder comes</source>
        <translation>כמה דקות לפני הרצאה מגיעה התזכורת שלה</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;הוספה</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>שמי&amp;רה</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;בדיקת חיבור</translation>
    </message>
    <message>
        <source>Add &amp;Anyway</source>
        <translation>הוספה בכל ז&amp;את</translation>
    </message>
    <message>
        <source>It syncs as soon as the server can be reached</source>
        <translation>הוא מסתנכרן ברגע שאפשר להגיע לשרת</translation>
    </message>
    <message>
        <source>Check that the calendar can be reached with what the form says; saves nothing</source>
        <translation>בדיקה שאפשר להגיע ללוח השנה עם מה שכתוב בטופס; לא שומר דבר</translation>
    </message>
    <message>
        <source>Test the connection, then keep the calendar and sync your agenda to it</source>
        <translation>בדיקת החיבור, ואז שמירת לוח השנה וסנכרון סדר היום שלך אליו</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>kept in the keyring; type to change it</source>
        <translation>שמורה במחזיק המפתחות; הקלידו כדי לשנות אותה</translation>
    </message>
    <message>
        <source>No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available on this computer, so Planner cannot keep the password safely. Give a command that prints the password instead, such as “pass show calendar”.</source>
        <extracomment>“pass show calendar” is a command: keep it as it is.</extracomment>
        <translation>אין במחשב זה מחזיק מפתחות של שולחן העבודה (GNOME Keyring, KWallet או Secret Service אחר), ולכן Planner אינו יכול לשמור את הסיסמה באופן בטוח. במקום זאת יש לציין פקודה שמדפיסה את הסיסמה, למשל &quot;pass show calendar&quot;.</translation>
    </message>
    <message>
        <source>no keyring on this computer: use a command</source>
        <translation>אין מחזיק מפתחות במחשב הזה: השתמשו בפקודה</translation>
    </message>
    <message>
        <source>Folder of Events</source>
        <translation>תיקיית אירועים</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>השרת</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>התיקייה</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>מתחבר אל %1…</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>החיבור עובד. %1</translation>
    </message>
    <message>
        <source>Give the address of your CalDAV server or calendar.</source>
        <translation>הזינו את הכתובת של שרת ה־CalDAV או של לוח השנה שלך.</translation>
    </message>
    <message>
        <source>Give the command that prints the password.</source>
        <translation>הזינו את הפקודה שמדפיסה את הסיסמה.</translation>
    </message>
    <message>
        <source>Choose the folder to keep the events in.</source>
        <translation>בחרו את התיקייה שבה יישמרו האירועים.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>שומר את &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>“%1” is kept; it syncs as soon as it can be reached.</source>
        <translation>&quot;%1&quot; נשמר; הוא יסתנכרן ברגע שאפשר יהיה להגיע אליו.</translation>
    </message>
</context>
<context>
    <name>TimeZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>איזה אזור זמן?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; gives local times but does not say where the conference is.&lt;br&gt;Choose the conference&apos;s time zone:</source>
        <extracomment>%1 is the file or web address of the program.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; נותן שעות מקומיות אבל לא אומר איפה הכנס.&lt;br&gt;בחרו את אזור הזמן של הכנס:</translation>
    </message>
    <message>
        <source>Conference time zone</source>
        <translation>אזור הזמן של הכנס</translation>
    </message>
    <message>
        <source>The time zone the file&apos;s times are in; type to find one</source>
        <translation>אזור הזמן של השעות בקובץ; הקלידו כדי למצוא אחד</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable day</source>
        <translation>יום בלוח הזמנים</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>יום:</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>תקריב:</translation>
    </message>
</context>
<context>
    <name>TimetableSpeech</name>
    <message>
        <source>Cancelled: %1</source>
        <comment>a session no longer in the program</comment>
        <translation>בוטלה: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>אולם: %1</translation>
    </message>
    <message>
        <source>Starred: must see</source>
        <translation>מסומנת בכוכב: חובה לראות</translation>
    </message>
    <message>
        <source>Starred: want to see</source>
        <translation>מסומנת בכוכב: רוצה לראות</translation>
    </message>
    <message>
        <source>Starred: maybe</source>
        <translation>מסומנת בכוכב: אולי</translation>
    </message>
    <message>
        <source>Clashes with another session you attend</source>
        <translation>מתנגשת עם הרצאה אחרת שבחרת להשתתף בה</translation>
    </message>
    <message>
        <source>Tight transfer: too little time to walk to or from another session you attend</source>
        <translation>מעבר צפוף: מעט מדי זמן ללכת אל הרצאה אחרת שבחרת להשתתף בה או ממנה</translation>
    </message>
    <message>
        <source>Also attending: %1</source>
        <translation>משתתפים גם: %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>joins the parts of a session&apos;s description</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>לוח זמנים</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(ללא אולם)</translation>
    </message>
    <message>
        <source>No sessions on this day</source>
        <translation>אין הרצאות ביום הזה</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Must see</source>
        <comment>priority</comment>
        <extracomment>The priority of a starred session.</extracomment>
        <translation>חובה לראות</translation>
    </message>
    <message>
        <source>Want to see</source>
        <comment>priority</comment>
        <translation>רוצה לראות</translation>
    </message>
    <message>
        <source>Maybe</source>
        <comment>priority</comment>
        <translation>אולי</translation>
    </message>
    <message>
        <source>Attend</source>
        <comment>status</comment>
        <extracomment>The status of a starred session: attended, kept as the fallback if the first choice falls through, or skipped.</extracomment>
        <translation>השתתפות</translation>
    </message>
    <message>
        <source>Plan B</source>
        <comment>status</comment>
        <translation>תוכנית ב׳</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>status</comment>
        <translation>דילוג</translation>
    </message>
</context>
</TS>
