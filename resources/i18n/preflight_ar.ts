<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>AskDialog</name>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="18" />
      <source>A quick question</source>
      <translation>سؤال سريع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="26" />
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="27" />
      <source>No</source>
      <translation>لا</translation>
    </message>
  </context>
  <context>
    <name>CheckStepView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="227" />
      <source>What to do now</source>
      <translation>ماذا تفعل الآن</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="247" />
      <source>Progress</source>
      <translation>التقدّم</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="274" />
      <source>Camera picture</source>
      <translation>صورة الكاميرا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="277" />
      <source>Tip about your picture</source>
      <translation>نصيحة عن صورتك</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="282" />
      <source>Play back my voice</source>
      <translation>شغّل تسجيل صوتي</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="283" />
      <source>Plays what the microphone recorded, so you can hear how you sound.</source>
      <translation>يشغّل ما سجّله الميكروفون، لتسمع كيف يبدو صوتك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="288" />
      <source>Play test sound</source>
      <translation>شغّل صوت الاختبار</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="289" />
      <source>Plays a short chime on your speakers.</source>
      <translation>يشغّل نغمة قصيرة في مكبرات الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="301" />
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Show details</source>
      <translation>عرض التفاصيل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="302" />
      <source>Shows the measurements behind this result.</source>
      <translation>يعرض القياسات وراء هذه النتيجة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Back</source>
      <translation>رجوع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Go to the previous step.</source>
      <translation>الانتقال إلى الخطوة السابقة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stop checking</source>
      <translation>أوقف الفحص</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stops the check that is running.</source>
      <translation>يوقف الفحص الجاري.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Go to the next step.</source>
      <translation>الانتقال إلى الخطوة التالية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Next</source>
      <translation>التالي</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Hide details</source>
      <translation>إخفاء التفاصيل</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="434" />
      <source>Before your visit</source>
      <translation>قبل زيارتك</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="435" />
      <source>Tick each item when it is done. Your ticks are kept on this computer until tomorrow.</source>
      <translation>ضع علامة على كل بند عند إنجازه. تبقى علاماتك محفوظة على هذا الكمبيوتر حتى الغد.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="454" />
      <source>Back to results</source>
      <translation>العودة إلى النتائج</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="455" />
      <source>Help and phone numbers</source>
      <translation>المساعدة وأرقام الهاتف</translation>
    </message>
  </context>
  <context>
    <name>HelpDeskView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="532" />
      <source>Help-desk mode</source>
      <translation>وضع مكتب المساعدة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="534" />
      <source>Run all checks</source>
      <translation>شغّل كل الفحوص</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="535" />
      <source>Run selected check</source>
      <translation>شغّل الفحص المحدد</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stop</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stops every running check.</source>
      <translation>يوقف كل الفحوص الجارية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="537" />
      <source>Back to patient view</source>
      <translation>العودة إلى شاشة المريض</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="560" />
      <source>Find devices</source>
      <translation>ابحث عن الأجهزة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="561" />
      <source>Looks for cameras, microphones and speakers.</source>
      <translation>يبحث عن الكاميرات والميكروفونات ومكبرات الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Check</source>
      <translation>الفحص</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Summary</source>
      <translation>الملخص</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="583" />
      <source>All checks</source>
      <translation>كل الفحوص</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Measurement</source>
      <translation>القياس</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="599" />
      <source>Measurements of the selected check</source>
      <translation>قياسات الفحص المحدد</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="605" />
      <source>Live log</source>
      <translation>السجل المباشر</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="606" />
      <source>The live log appears here.</source>
      <translation>يظهر السجل المباشر هنا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="613" />
      <source>View what the patient saw: paste their report (JSON) or support code.</source>
      <translation>اعرض ما رآه المريض: الصق تقريره (JSON) أو رمز الدعم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="616" />
      <source>Report or support code</source>
      <translation>التقرير أو رمز الدعم</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="622" />
      <source>Show this report</source>
      <translation>اعرض هذا التقرير</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="623" />
      <source>Show this computer again</source>
      <translation>اعرض هذا الكمبيوتر مرة أخرى</translation>
    </message>
  </context>
  <context>
    <name>HelpView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="466" />
      <source>Help</source>
      <translation>المساعدة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="469" />
      <source>Other numbers</source>
      <translation>أرقام أخرى</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="475" />
      <source>Questions about cost and billing</source>
      <translation>أسئلة عن التكلفة والفواتير</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="485" />
      <source>Back</source>
      <translation>رجوع</translation>
    </message>
  </context>
  <context>
    <name>HotlineCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="148" />
      <source>Need help? Call us.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>هل تحتاج إلى مساعدة؟ اتصل بنا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="159" />
      <source>Phone number: %1</source>
      <translation>رقم الهاتف: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="168" />
      <source>Help line</source>
      <translation>خط المساعدة</translation>
    </message>
  </context>
  <context>
    <name>LevelMeter</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="276" />
      <source>Microphone level</source>
      <translation>مستوى الميكروفون</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="277" />
      <location filename="../../src/preflight/gui/widgets.py" line="284" />
      <source>We can't hear you yet.</source>
      <translation>لا نسمعك بعد.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="286" />
      <source>We hear you, but quietly.</source>
      <translation>نسمعك، لكن صوتك منخفض.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="287" />
      <source>We hear you well.</source>
      <translation>نسمعك جيدًا.</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="36" />
      <source>We can't see a picture. Is something covering the camera?</source>
      <translation>لا نرى صورة. هل يغطي شيء الكاميرا؟</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="40" />
      <source>It's a bit dark. Turn on a light in front of you.</source>
      <translation>الإضاءة خافتة قليلًا. أشعل ضوءًا أمامك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="42" />
      <source>It's very bright. Move away from direct sunlight.</source>
      <translation>الإضاءة قوية جدًا. ابتعد عن ضوء الشمس المباشر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="45" />
      <source>There is bright light behind you. Face the light instead.</source>
      <translation>هناك ضوء قوي خلفك. اجعل الضوء أمامك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="47" />
      <source>Move so your face is in the middle of the picture.</source>
      <translation>تحرّك حتى يكون وجهك في وسط الصورة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="48" />
      <source>The picture looks good.</source>
      <translation>الصورة تبدو جيدة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="239" />
      <source>We could not play your recording. Check your speakers and try again.</source>
      <translation>لم نتمكن من تشغيل تسجيلك. تحقّق من مكبرات الصوت وحاول مرة أخرى.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/preflight/gui/main_window.py" line="54" />
      <source>Preflight: get ready for your virtual visit</source>
      <translation>Preflight: استعد لزيارتك الافتراضية</translation>
    </message>
  </context>
  <context>
    <name>OtherDeviceRow</name>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="29" />
      <source>Use this one</source>
      <translation>استخدم هذا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="44" />
      <source>Use this one: %1</source>
      <translation>استخدم هذا: %1</translation>
    </message>
  </context>
  <context>
    <name>Preflight</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="497" />
      <source>When it is time for your visit:</source>
      <translation>عندما يحين موعد زيارتك:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="506" />
      <source>Sign in to your patient portal:</source>
      <translation>سجّل الدخول إلى بوابة المرضى:</translation>
    </message>
  </context>
  <context>
    <name>PrivacyRow</name>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="89" />
      <source>Open camera settings</source>
      <translation>افتح إعدادات الكاميرا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="90" />
      <source>Open microphone settings</source>
      <translation>افتح إعدادات الميكروفون</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="94" />
      <source>When you come back to this window, we will check again.</source>
      <translation>عندما تعود إلى هذه النافذة، سنفحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="120" />
      <source>We could not open the settings. Please follow the steps above.</source>
      <translation>لم نتمكن من فتح الإعدادات. يُرجى اتباع الخطوات أعلاه.</translation>
    </message>
  </context>
  <context>
    <name>RestartCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="182" />
      <source>Restart your computer before your visit</source>
      <extracomment>SAFETY (restart): the card's heading.</extracomment>
      <translation>أعد تشغيل الكمبيوتر قبل زيارتك</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="185" />
      <source>Restarting shortly before your visit frees memory and gives the video call the most bandwidth.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>إعادة التشغيل قبل الزيارة بقليل تحرّر الذاكرة وتعطي مكالمة الفيديو أكبر سرعة ممكنة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="193" />
      <location filename="../../src/preflight/gui/widgets.py" line="195" />
      <source>Restart now</source>
      <translation>أعد التشغيل الآن</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="196" />
      <source>Asks first. Then restarts your computer, and Preflight opens again by itself.</source>
      <translation>يسألك أولاً. ثم يعيد تشغيل الكمبيوتر، ويفتح Preflight من جديد تلقائياً.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="204" />
      <source>Restart</source>
      <translation>إعادة التشغيل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="208" />
      <source>Restart recommended</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>يُنصح بإعادة التشغيل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="215" />
      <source>Save your work first. Restart now restarts your computer, and Preflight opens again by itself to check once more.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>احفظ عملك أولاً. زر «أعد التشغيل الآن» يعيد تشغيل الكمبيوتر، ويفتح Preflight من جديد تلقائياً ليفحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="217" />
      <source>Save your work first. Preflight will not restart your computer for you. After restarting, open Preflight again to check once more.</source>
      <extracomment>SAFETY</extracomment>
      <translation>احفظ عملك أولًا. لن يعيد Preflight تشغيل الكمبيوتر بنفسه. بعد إعادة التشغيل، افتح Preflight مرة أخرى لتفحص من جديد.</translation>
    </message>
  </context>
  <context>
    <name>RestartConfirmDialog</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="48" />
      <location filename="../../src/preflight/gui/restart_flow.py" line="66" />
      <source>Restart now?</source>
      <translation>إعادة التشغيل الآن؟</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="56" />
      <source>Restart now</source>
      <translation>أعد التشغيل الآن</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="57" />
      <source>Not now</source>
      <translation>ليس الآن</translation>
    </message>
  </context>
  <context>
    <name>RestartController</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="152" />
      <source>Asking your computer to restart…</source>
      <translation>نطلب من الكمبيوتر إعادة التشغيل…</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="98" />
      <source>Check again</source>
      <translation>افحص مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="100" />
      <source>Check again: %1</source>
      <translation>افحص مرة أخرى: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="101" />
      <source>Runs this check one more time.</source>
      <translation>يشغّل هذا الفحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="114" />
      <source>Checking now. This takes a few seconds.</source>
      <translation>جارٍ الفحص الآن. يستغرق هذا بضع ثوانٍ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="131" />
      <source>Not checked yet.</source>
      <translation>لم يُفحص بعد.</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="388" />
      <location filename="../../src/preflight/gui/views.py" line="395" />
      <source>What to do next</source>
      <translation>ماذا تفعل الآن</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="392" />
      <source>Open the checklist</source>
      <translation>افتح القائمة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="393" />
      <location filename="../../src/preflight/gui/views.py" line="415" />
      <source>A short list of things to get ready.</source>
      <translation>قائمة قصيرة بما يجب تجهيزه.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="401" />
      <source>Support code</source>
      <translation>رمز الدعم</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="414" />
      <source>Before your visit: checklist</source>
      <translation>قبل زيارتك: قائمة التحضير</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="416" />
      <source>Help and phone numbers</source>
      <translation>المساعدة وأرقام الهاتف</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="417" />
      <source>Save a report</source>
      <translation>احفظ تقريرًا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="418" />
      <source>Saves these results as a PDF, web page or JSON file, to send to the help desk.</source>
      <translation>يحفظ هذه النتائج كملف PDF أو صفحة ويب أو ملف JSON، لإرساله إلى مكتب المساعدة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Runs every check again.</source>
      <translation>يشغّل كل الفحوص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Start over</source>
      <translation>ابدأ من جديد</translation>
    </message>
  </context>
  <context>
    <name>StepList</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="250" />
      <source>Steps</source>
      <translation>الخطوات</translation>
    </message>
  </context>
  <context>
    <name>Steps</name>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="73" />
      <source>Results</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="383" />
      <source>Save a report</source>
      <translation>احفظ تقريرًا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="384" />
      <source>PDF document (*.pdf);;Web page (*.html);;JSON for the help desk (*.json)</source>
      <translation>مستند PDF (*.pdf);;صفحة ويب (*.html);;ملف JSON لمكتب المساعدة (*.json)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="393" />
      <source>Report saved: %1</source>
      <translation>تم حفظ التقرير: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="421" />
      <source>Support code (read this to the help desk): %1</source>
      <translation>رمز الدعم (اقرأه لمكتب المساعدة): %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="440" />
      <source>Not checked yet.</source>
      <translation>لم يُفحص بعد.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="64" />
      <source>Automatic</source>
      <translation>تلقائي</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="129" />
      <source>Found %1 devices.</source>
      <translation>تم العثور على %1 من الأجهزة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="164" />
      <source>Summary</source>
      <translation>الملخص</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="165" />
      <source>Advice</source>
      <translation>النصيحة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="166" />
      <source>For the help desk</source>
      <translation>لمكتب المساعدة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="168" />
      <source>Findings</source>
      <translation>النتائج التفصيلية</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="201" />
      <source>Paste a report or a support code first.</source>
      <translation>الصق تقريرًا أو رمز دعم أولًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="221" />
      <source>Showing the patient's support code. Overall: %1.</source>
      <translation>يُعرض رمز الدعم الخاص بالمريض. النتيجة العامة: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="225" />
      <source>Showing the patient's report from %1. Overall: %2.</source>
      <translation>يُعرض تقرير المريض من %1. النتيجة العامة: %2.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="238" />
      <source>This is not a Preflight report (%1).</source>
      <translation>هذا ليس تقرير Preflight (%1).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="243" />
      <source>This support code could not be read (%1). Ask the caller to read it again.</source>
      <translation>تعذّرت قراءة رمز الدعم هذا (%1). اطلب من المتصل قراءته مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="258" />
      <source>Showing this computer.</source>
      <translation>يُعرض هذا الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="59" />
      <source>Download (the doctor's video to you)</source>
      <translation>التنزيل (فيديو الطبيب إليك)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="60" />
      <source>Upload (your video to the doctor)</source>
      <translation>الرفع (الفيديو الخاص بك إلى الطبيب)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="64" />
      <source>Delay: %1 ms</source>
      <translation>التأخير: %1 مللي ثانية</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="184" />
      <source>%1: %2. %3</source>
      <translation>%1: %2. %3</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="201" />
      <source>We looked at: %1</source>
      <translation>فحصنا: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="208" />
      <source>Programs you could close during the visit: %1</source>
      <translation>برامج يمكنك إغلاقها أثناء الزيارة: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="358" />
      <source>Speak now: the bar moves when we hear you.</source>
      <translation>تحدّث الآن: يتحرك الشريط عندما نسمعك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="385" />
      <location filename="../../src/preflight/gui/step_controllers.py" line="393" />
      <source>Playing your recording…</source>
      <translation>جارٍ تشغيل تسجيلك…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="436" />
      <source>Automatic (your computer's usual device)</source>
      <translation>تلقائي (الجهاز المعتاد في الكمبيوتر)</translation>
    </message>
  </context>
  <context>
    <name>WelcomeBackView</name>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="38" />
      <source>Before and after the restart</source>
      <translation>قبل إعادة التشغيل وبعدها</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="40" />
      <source>Did the restart help?</source>
      <translation>هل ساعدت إعادة التشغيل؟</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Now</source>
      <translation>الآن</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>What</source>
      <translation>ماذا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="46" />
      <source>Did it help?</source>
      <translation>هل ساعدت؟</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="54" />
      <source>Continue</source>
      <translation>متابعة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="55" />
      <source>Goes on to check your camera, microphone and speakers.</source>
      <translation>يتابع فحص الكاميرا والميكروفون ومكبرات الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="75" />
      <source>%1: before %2, now %3. %4</source>
      <translation>%1: قبل %2، الآن %3. %4</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="163" />
      <source>Welcome to Preflight</source>
      <translation>مرحبًا بك في Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="164" />
      <source>Let's make sure your computer is ready for your virtual visit.</source>
      <translation>لنتأكد من أن الكمبيوتر جاهز لزيارتك الافتراضية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="168" />
      <source>We will check:</source>
      <translation>سنفحص:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="171" />
      <source>It takes about a minute.</source>
      <translation>يستغرق ذلك دقيقة تقريبًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="172" />
      <source>It takes up to %1 minutes.</source>
      <translation>يستغرق ذلك حتى %1 دقائق.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Begins checking: %1.</source>
      <translation>يبدأ الفحص: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Start</source>
      <translation>ابدأ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="184" />
      <source>I'm helping someone (help-desk mode)</source>
      <translation>أنا أساعد شخصًا آخر (وضع مكتب المساعدة)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="185" />
      <source>Shows every check and its details in a table.</source>
      <translation>يعرض كل الفحوص وتفاصيلها في جدول.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="187" />
      <source>High contrast</source>
      <translation>تباين عالٍ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="188" />
      <source>Switches to black text on white with strong borders.</source>
      <translation>يتحوّل إلى نص أسود على أبيض مع حدود واضحة.</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <location filename="../preflight.toml" line="16" />
      <source>Virtual visits are available when you are in Massachusetts at the time of your appointment.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>الزيارات الافتراضية متاحة عندما تكون في ولاية ماساتشوستس وقت موعدك.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="19" />
      <source>Patient Gateway technical support</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>الدعم الفني لبوابة Patient Gateway</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="21" />
      <source>select option 1</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>اختر الخيار 1</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="25" />
      <source>Keep your phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>أبقِ هاتفك قريبًا منك، واحتفظ برقم عيادة طبيبك في متناول يدك في حال انقطع الاتصال.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="36" />
      <source>Join your visit</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>انضم إلى زيارتك</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="41" />
      <source>Financial counselors (questions about cost or insurance)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>المستشارون الماليون (أسئلة عن التكلفة أو التأمين)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="42" />
      <source>Customer service (billing)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>خدمة العملاء (الفواتير)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>A financial counselor can tell you what your plan covers: call 617-582-9820.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>يمكن للمستشار المالي أن يخبرك بما يغطيه تأمينك: اتصل على 617-582-9820.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>Will my insurance cover a virtual visit?</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>هل يغطي تأميني الزيارة الافتراضية؟</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>Call customer service (billing) at 617-632-3795.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>اتصل بخدمة العملاء (الفواتير) على 617-632-3795.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>I have a question about a bill for a virtual visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>لدي سؤال عن فاتورة زيارة افتراضية.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="53" />
      <source>Pick a private, quiet place for your visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>اختر مكانًا خاصًا وهادئًا لزيارتك.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="54" />
      <source>Use headphones with a microphone if you have them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>استخدم سماعات رأس بميكروفون إن كانت لديك.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="55" />
      <source>Write down the questions you want to ask.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>اكتب الأسئلة التي تريد طرحها.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="56" />
      <source>List the medications you take now, with their doses.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>اكتب قائمة بالأدوية التي تتناولها الآن، مع جرعاتها.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="57" />
      <source>If you like, invite a friend or loved one: share the visit link or phone number with them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>إن أردت، ادعُ صديقًا أو شخصًا عزيزًا: شارك معه رابط الزيارة أو رقم الهاتف.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="58" />
      <source>Keep a phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>أبقِ هاتفًا قريبًا منك، واحتفظ برقم عيادة طبيبك في متناول يدك في حال انقطع الاتصال.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="59" />
      <source>Restart your computer shortly before the visit, so it has the most bandwidth.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>أعد تشغيل الكمبيوتر قبل الزيارة بقليل، ليحصل على أكبر سرعة ممكنة.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="60" />
      <source>Make sure you are enrolled in the patient portal and can sign in.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>تأكد أنك مسجّل في بوابة المرضى وتستطيع تسجيل الدخول.</translation>
    </message>
  </context>
  <context>
    <name>preflight</name>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="64" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; {what}, and turn on access for desktop apps.</source>
      <translation>في Windows: افتح الإعدادات &gt; الخصوصية والأمان &gt; {what}، وشغّل الوصول لتطبيقات سطح المكتب.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="66" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; {what}, and turn on Preflight.</source>
      <translation>في Mac: افتح إعدادات النظام &gt; الخصوصية والأمن &gt; {what}، وشغّل Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="68" />
      <source>Check that your user account is allowed to use the computer's sound devices.</source>
      <translation>تحقّق أن حساب المستخدم الخاص بك مسموح له باستخدام أجهزة الصوت في الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="76" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="324" />
      <source>Then close Preflight, open it again, and {check_again}.</source>
      <translation>ثم أغلق Preflight، وافتحه مرة أخرى، و{check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="114" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="202" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="238" />
      <source>Microphone</source>
      <translation>الميكروفون</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <source>Sound</source>
      <translation>الصوت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="95" />
      <source>We could not find a microphone on this computer.</source>
      <translation>لم نجد ميكروفونًا في هذا الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="96" />
      <source>We could not find speakers or headphones on this computer.</source>
      <translation>لم نجد مكبرات صوت أو سماعات رأس في هذا الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="98" />
      <source>If you use a headset or webcam with a microphone, plug it in and wait a few seconds, then {check_again}.</source>
      <translation>إن كنت تستخدم سماعة رأس أو كاميرا ويب فيها ميكروفون، فصِلها وانتظر بضع ثوانٍ، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="100" />
      <source>If your computer has a built-in microphone, make sure it is switched on and not disabled in your sound settings.</source>
      <translation>إن كان في الكمبيوتر ميكروفون مدمج، فتأكد أنه مشغّل وغير معطّل في إعدادات الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="103" />
      <source>Plug in your headphones or speakers, or turn them on, then {check_again}.</source>
      <translation>صِل سماعات الرأس أو مكبرات الصوت، أو شغّلها، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="105" />
      <source>Make sure sound is not disabled in your computer's sound settings.</source>
      <translation>تأكد أن الصوت غير معطّل في إعدادات الصوت في الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="107" />
      <source>No microphone was found: ask the caller to plug in the headset or webcam microphone, or to switch on the built-in one in the sound settings.</source>
      <translation>لم يُعثر على ميكروفون: اطلب من المتصل توصيل سماعة الرأس أو ميكروفون كاميرا الويب، أو تشغيل الميكروفون المدمج من إعدادات الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="110" />
      <source>No speakers or headphones were found: ask the caller to plug them in or switch them on, and check that sound is not disabled in the sound settings.</source>
      <translation>لم يُعثر على مكبرات صوت أو سماعات رأس: اطلب من المتصل توصيلها أو تشغيلها، وتحقّق أن الصوت غير معطّل في إعدادات الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="118" />
      <source>We could not find the microphone you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>لم نجد الميكروفون الذي اخترته ({choice}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="120" />
      <source>We could not find the speaker you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>لم نجد مكبر الصوت الذي اخترته ({choice}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="123" />
      <source>Choose one of these: {choices}.</source>
      <extracomment>{choices} is a list of device names, e.g. "Built-in, USB Audio".</extracomment>
      <translation>اختر واحدًا من هذه: {choices}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="124" />
      <source>Run 'preflight devices' to see every microphone and speaker.</source>
      <translation>شغّل الأمر «preflight devices» لترى كل الميكروفونات ومكبرات الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="126" />
      <source>The microphone chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>الميكروفون المختار للفحص غير موجود في هذا الكمبيوتر: اطلب من المتصل اختيار واحد من القائمة، أو الجهاز الافتراضي.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="128" />
      <source>The speaker chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>مكبر الصوت المختار للفحص غير موجود في هذا الكمبيوتر: اطلب من المتصل اختيار واحد من القائمة، أو الجهاز الافتراضي.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="134" />
      <source>Preflight could not start your computer's sound system.</source>
      <translation>لم يتمكن Preflight من تشغيل نظام الصوت في الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="136" />
      <source>Restart your computer, then run Preflight again.</source>
      <translation>أعد تشغيل الكمبيوتر، ثم شغّل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="137" />
      <source>If it happens again, reinstall Preflight, or call the support line.</source>
      <translation>إن تكرر ذلك، أعد تثبيت Preflight، أو اتصل بخط الدعم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="139" />
      <source>Preflight could not start the computer's sound system (PortAudio): ask the caller to restart the computer; if it happens again, to reinstall Preflight.</source>
      <translation>لم يتمكن Preflight من تشغيل نظام الصوت في الكمبيوتر (PortAudio): اطلب من المتصل إعادة تشغيل الكمبيوتر، وإن تكرر ذلك، إعادة تثبيت Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="146" />
      <source>Your microphone is being used by another program.</source>
      <translation>برنامج آخر يستخدم الميكروفون.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="147" />
      <source>Your speakers are being used by another program.</source>
      <translation>برنامج آخر يستخدم مكبرات الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="150" />
      <source>{program} is using your microphone. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom" or "Firefox".</extracomment>
      <translation>البرنامج {program} يستخدم الميكروفون. أغلق {program}، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="154" />
      <source>{possible_program} may be using your microphone. Close {possible_program}, then {check_again}.</source>
      <translation>قد يكون البرنامج {possible_program} يستخدم الميكروفون. أغلق {possible_program}، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="156" />
      <source>Close other programs that may use it (video calls, voice recorders, web browsers with a call open), then {check_again}.</source>
      <translation>أغلق البرامج الأخرى التي قد تستخدمه (مكالمات الفيديو، ومسجلات الصوت، ومتصفحات الويب التي فيها مكالمة مفتوحة)، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="158" />
      <source>If that does not help, restart your computer.</source>
      <translation>إن لم ينفع ذلك، أعد تشغيل الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="160" />
      <source>Another program is using the microphone: ask the caller to close video calls, voice recorders and browser tabs with a call open, then run Preflight again.</source>
      <translation>برنامج آخر يستخدم الميكروفون: اطلب من المتصل إغلاق مكالمات الفيديو ومسجلات الصوت وعلامات تبويب المتصفح التي فيها مكالمة مفتوحة، ثم تشغيل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="163" />
      <source>Another program is using the speakers: ask the caller to close video calls, music players and browser tabs with sound, then run Preflight again.</source>
      <translation>برنامج آخر يستخدم مكبرات الصوت: اطلب من المتصل إغلاق مكالمات الفيديو ومشغلات الموسيقى وعلامات تبويب المتصفح التي فيها صوت، ثم تشغيل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="170" />
      <source>Your computer's privacy settings are blocking the microphone.</source>
      <translation>إعدادات الخصوصية في الكمبيوتر تمنع الميكروفون.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="171" />
      <source>Your computer's privacy settings are blocking the speakers.</source>
      <translation>إعدادات الخصوصية في الكمبيوتر تمنع مكبرات الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="173" />
      <source>The computer's privacy settings block the microphone: walk the caller through Settings &gt; Privacy &amp; security &gt; Microphone (Windows) or System Settings &gt; Privacy &amp; Security &gt; Microphone (Mac), then ask them to reopen Preflight.</source>
      <translation>إعدادات الخصوصية في الكمبيوتر تمنع الميكروفون: ساعد المتصل خطوة بخطوة في الإعدادات &gt; الخصوصية والأمان &gt; الميكروفون (Windows) أو إعدادات النظام &gt; الخصوصية والأمن &gt; الميكروفون (Mac)، ثم اطلب منه إعادة فتح Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="177" />
      <source>The computer's privacy settings block the speakers: walk the caller through Settings &gt; Privacy &amp; security &gt; Sound (Windows) or System Settings &gt; Privacy &amp; Security &gt; Sound (Mac), then ask them to reopen Preflight.</source>
      <translation>إعدادات الخصوصية في الكمبيوتر تمنع مكبرات الصوت: ساعد المتصل خطوة بخطوة في الإعدادات &gt; الخصوصية والأمان &gt; الصوت (Windows) أو إعدادات النظام &gt; الخصوصية والأمن &gt; الصوت (Mac)، ثم اطلب منه إعادة فتح Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="185" />
      <source>Your microphone does not work with any of the sound settings video calls use.</source>
      <translation>الميكروفون لا يعمل مع أي من إعدادات الصوت التي تستخدمها مكالمات الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="187" />
      <source>Your speakers do not work with any of the sound settings video calls use.</source>
      <translation>مكبرات الصوت لا تعمل مع أي من إعدادات الصوت التي تستخدمها مكالمات الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="190" />
      <source>Choose another microphone in your computer's sound settings, or unplug it and plug it back in.</source>
      <translation>اختر ميكروفونًا آخر في إعدادات الصوت في الكمبيوتر، أو افصله ثم صِله مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="192" />
      <source>Choose other speakers in your computer's sound settings, or unplug them and plug them back in.</source>
      <translation>اختر مكبرات صوت أخرى في إعدادات الصوت في الكمبيوتر، أو افصلها ثم صِلها مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="194" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="59" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="68" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="314" />
      <source>If it happens again, call the support line.</source>
      <translation>إن تكرر ذلك، اتصل بخط الدعم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="196" />
      <source>The microphone works with none of the usual sound settings: ask the caller to choose another microphone, or to unplug it and plug it back in.</source>
      <translation>الميكروفون لا يعمل مع أي من إعدادات الصوت المعتادة: اطلب من المتصل اختيار ميكروفون آخر، أو فصله ثم توصيله مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="199" />
      <source>The speakers work with none of the usual sound settings: ask the caller to choose other speakers, or to unplug them and plug them back in.</source>
      <translation>مكبرات الصوت لا تعمل مع أي من إعدادات الصوت المعتادة: اطلب من المتصل اختيار مكبرات صوت أخرى، أو فصلها ثم توصيلها مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="206" />
      <source>Your microphone stopped sending sound during the test. It may have been unplugged.</source>
      <translation>توقف الميكروفون عن إرسال الصوت أثناء الاختبار. ربما فُصل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="208" />
      <source>Your speakers or headphones stopped working during the test. They may have been unplugged.</source>
      <translation>توقفت مكبرات الصوت أو سماعات الرأس عن العمل أثناء الاختبار. ربما فُصلت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="211" />
      <source>Plug your microphone or headset back in (or switch it on), then {check_again}.</source>
      <translation>صِل الميكروفون أو سماعة الرأس مرة أخرى (أو شغّله)، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="213" />
      <source>Plug your speakers or headphones back in (or switch them on), then {check_again}.</source>
      <translation>صِل مكبرات الصوت أو سماعات الرأس مرة أخرى (أو شغّلها)، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="215" />
      <source>If you use Bluetooth, check that it is connected and charged.</source>
      <translation>إن كنت تستخدم البلوتوث، فتحقّق أن الجهاز متصل ومشحون.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="217" />
      <source>The microphone stopped sending sound during the test (unplugged, or Bluetooth dropped): ask the caller to plug it back in or reconnect it, then run Preflight again.</source>
      <translation>توقف الميكروفون عن إرسال الصوت أثناء الاختبار (فُصل، أو انقطع البلوتوث): اطلب من المتصل توصيله أو إعادة ربطه، ثم تشغيل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="220" />
      <source>The speakers stopped during the test (unplugged, or Bluetooth dropped): ask the caller to plug them back in or reconnect them, then run Preflight again.</source>
      <translation>توقفت مكبرات الصوت أثناء الاختبار (فُصلت، أو انقطع البلوتوث): اطلب من المتصل توصيلها أو إعادة ربطها، ثم تشغيل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="227" />
      <source>Your microphone stopped working while we tested it.</source>
      <translation>توقف الميكروفون عن العمل أثناء اختباره.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="228" />
      <source>Your speakers stopped working while we tested them.</source>
      <translation>توقفت مكبرات الصوت عن العمل أثناء اختبارها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="230" />
      <source>Check that your microphone is plugged in and switched on, then {check_again}.</source>
      <translation>تحقّق أن الميكروفون موصول ومشغّل، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="232" />
      <source>Check that your speakers are plugged in and switched on, then {check_again}.</source>
      <translation>تحقّق أن مكبرات الصوت موصولة ومشغّلة، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="234" />
      <location filename="../../src/preflight/engine/findings.py" line="355" />
      <source>If it happens again, restart your computer, or call the support line.</source>
      <translation>إن تكرر ذلك، أعد تشغيل الكمبيوتر، أو اتصل بخط الدعم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="237" />
      <source>The microphone stopped working during the test: ask the caller to check it is plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>توقف الميكروفون عن العمل أثناء الاختبار: اطلب من المتصل التحقق أنه موصول ومشغّل وتشغيل Preflight مرة أخرى، وإعادة تشغيل الكمبيوتر إن تكرر ذلك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="240" />
      <source>The speakers stopped working during the test: ask the caller to check they are plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>توقفت مكبرات الصوت عن العمل أثناء الاختبار: اطلب من المتصل التحقق أنها موصولة ومشغّلة وتشغيل Preflight مرة أخرى، وإعادة تشغيل الكمبيوتر إن تكرر ذلك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="55" />
      <source>Check that your microphone or headset is plugged in, switched on and not muted (many headsets and laptops have a mute button or key).</source>
      <translation>تحقّق أن الميكروفون أو سماعة الرأس موصول ومشغّل وغير مكتوم (في كثير من سماعات الرأس وأجهزة اللابتوب زر أو مفتاح لكتم الصوت).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="62" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; Microphone and turn on microphone access for desktop apps; then in Settings &gt; System &gt; Sound, choose your microphone under Input.</source>
      <translation>في Windows: افتح الإعدادات &gt; الخصوصية والأمان &gt; الميكروفون وشغّل وصول تطبيقات سطح المكتب إلى الميكروفون، ثم في الإعدادات &gt; النظام &gt; الصوت، اختر الميكروفون تحت «الإدخال».</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="67" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; Microphone and turn on Preflight; then in System Settings &gt; Sound &gt; Input, choose your microphone.</source>
      <translation>في Mac: افتح إعدادات النظام &gt; الخصوصية والأمن &gt; الميكروفون وشغّل Preflight، ثم في إعدادات النظام &gt; الصوت &gt; الإدخال، اختر الميكروفون.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="72" />
      <source>Open your computer's sound settings, choose your microphone under Input, and check that it is not muted and its volume is up.</source>
      <translation>افتح إعدادات الصوت في الكمبيوتر، واختر الميكروفون تحت «الإدخال»، وتحقّق أنه غير مكتوم وأن مستوى صوته مرتفع.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="78" />
      <source>Turn up the input volume: Settings &gt; System &gt; Sound &gt; Input.</source>
      <translation>ارفع مستوى صوت الإدخال: الإعدادات &gt; النظام &gt; الصوت &gt; الإدخال.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="79" />
      <source>Turn up the input volume: System Settings &gt; Sound &gt; Input.</source>
      <translation>ارفع مستوى صوت الإدخال: إعدادات النظام &gt; الصوت &gt; الإدخال.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="80" />
      <source>Turn up the input volume in your computer's sound settings.</source>
      <translation>ارفع مستوى صوت الإدخال في إعدادات الصوت في الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="90" />
      <source>Speak a little louder, or move closer to the microphone.</source>
      <translation>تكلّم بصوت أعلى قليلًا، أو اقترب من الميكروفون.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="92" />
      <source>If you use a headset, check that its mute switch is off.</source>
      <translation>إن كنت تستخدم سماعة رأس، فتحقّق أن مفتاح كتم الصوت فيها مطفأ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="99" />
      <source>Move back a little from the microphone, or speak a bit more softly.</source>
      <translation>ابتعد قليلًا عن الميكروفون، أو تكلّم بصوت أخفض قليلًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="100" />
      <source>Turn the input volume down a little in your computer's sound settings.</source>
      <translation>اخفض مستوى صوت الإدخال قليلًا في إعدادات الصوت في الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="102" />
      <source>The microphone is too quiet: check the right microphone is chosen, raise its input volume, and ask the caller to speak closer to it.</source>
      <translation>صوت الميكروفون منخفض جدًا: تحقّق من اختيار الميكروفون الصحيح، وارفع مستوى صوت الإدخال، واطلب من المتصل أن يتكلم وهو أقرب إليه.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="107" />
      <source>Find a quieter, private place for your visit, away from TVs, fans and other people.</source>
      <translation>ابحث عن مكان أهدأ وخاص لزيارتك، بعيدًا عن التلفاز والمراوح والأشخاص الآخرين.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="108" />
      <source>Headphones with a microphone help the doctor hear you clearly.</source>
      <translation>سماعات الرأس التي فيها ميكروفون تساعد الطبيب على سماعك بوضوح.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="122" />
      <source>Your microphone works and you sound clear.</source>
      <translation>الميكروفون يعمل وصوتك واضح.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="127" />
      <source>Your microphone is sending no sound. It may be muted, switched off, or blocked by your privacy settings.</source>
      <translation>الميكروفون لا يرسل أي صوت. ربما هو مكتوم، أو مطفأ، أو ممنوع في إعدادات الخصوصية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="130" />
      <source>The microphone sends silence: check it is not muted (a button on the headset or keyboard) and that the computer's privacy settings allow the microphone.</source>
      <translation>الميكروفون يرسل صمتًا: تحقّق أنه غير مكتوم (زر في سماعة الرأس أو لوحة المفاتيح) وأن إعدادات الخصوصية في الكمبيوتر تسمح بالميكروفون.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="137" />
      <source>Your microphone is working, but we could hardly hear anything.</source>
      <translation>الميكروفون يعمل، لكننا لم نكد نسمع شيئًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="144" />
      <source>Your microphone works, but you sound quiet.</source>
      <translation>الميكروفون يعمل، لكن صوتك منخفض.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="151" />
      <source>Your microphone works, but your voice is so loud that it sounds distorted.</source>
      <translation>الميكروفون يعمل، لكن صوتك مرتفع جدًا حتى إنه يبدو مشوّشًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="154" />
      <source>The microphone is too loud and distorts: lower its input volume or move it a little away from the mouth.</source>
      <translation>صوت الميكروفون مرتفع جدًا ومشوّش: اخفض مستوى صوت الإدخال أو أبعد الميكروفون قليلًا عن الفم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="160" />
      <source>Your microphone works, but there is a lot of background noise.</source>
      <translation>الميكروفون يعمل، لكن هناك ضجيج كثير في الخلفية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="162" />
      <source>There is a lot of background noise where the caller is: suggest a quieter, private place, or headphones with a microphone.</source>
      <translation>هناك ضجيج كثير في المكان الذي فيه المتصل: اقترح مكانًا أهدأ وخاصًا، أو سماعات رأس بميكروفون.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="169" />
      <source>You are using the microphone of a Bluetooth headset. During a call it can make you and the doctor sound like an old telephone, or cut the sound.</source>
      <translation>أنت تستخدم ميكروفون سماعة بلوتوث. أثناء المكالمة قد يجعل صوتك وصوت الطبيب مثل هاتف قديم، أو يقطع الصوت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="173" />
      <source>For your visit, choose your computer's own microphone, and keep the Bluetooth headset for listening.</source>
      <translation>في زيارتك، اختر ميكروفون الكمبيوتر نفسه، واستخدم سماعة البلوتوث للاستماع فقط.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="175" />
      <source>Or use a headset with a cable.</source>
      <translation>أو استخدم سماعة رأس سلكية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="177" />
      <source>The caller uses a Bluetooth headset's microphone, which switches the headset to phone quality or cuts the sound: suggest the computer's own microphone with the headset for listening, or a wired headset.</source>
      <translation>المتصل يستخدم ميكروفون سماعة بلوتوث، وهذا يحوّل السماعة إلى جودة الهاتف أو يقطع الصوت: اقترح ميكروفون الكمبيوتر نفسه مع السماعة للاستماع، أو سماعة رأس سلكية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="188" />
      <source>A rule on this computer does not allow programs to use the microphone.</source>
      <translation>توجد قاعدة في هذا الكمبيوتر لا تسمح للبرامج باستخدام الميكروفون.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="190" />
      <source>Ask the person who looks after this computer to allow the microphone (for example in Screen Time), then {check_again}.</source>
      <translation>اطلب من الشخص الذي يتولى أمر هذا الكمبيوتر أن يسمح باستخدام الميكروفون (مثلًا في «مدة استخدام الجهاز»)، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="192" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="336" />
      <source>If that cannot be done today, call the support line: you may be able to join your visit by phone.</source>
      <translation>إن لم يكن ذلك ممكنًا اليوم، اتصل بخط الدعم: قد تتمكن من حضور زيارتك عبر الهاتف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="195" />
      <source>Microphone use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>استخدام الميكروفون مقيّد على جهاز Mac هذا (مدة استخدام الجهاز أو الرقابة الأبوية أو ملف تعريف إدارة): لا يستطيع المتصل تشغيله؛ يجب أن يسمح به من يدير جهاز Mac.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="203" />
      <source>We will listen to your microphone while you speak for a few seconds.</source>
      <translation>سنستمع إلى الميكروفون بينما تتكلم لبضع ثوانٍ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="207" />
      <source>Microphone:</source>
      <translation>الميكروفون:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="103" />
      <location filename="../../src/preflight/support/code_v2.py" line="48" />
      <source>voice level</source>
      <translation>مستوى الصوت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="218" />
      <source>Voice level</source>
      <translation>مستوى الصوت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="220" />
      <source>Loudest moment</source>
      <translation>أعلى لحظة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="221" />
      <source>Background noise</source>
      <translation>ضجيج الخلفية</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="223" />
      <source>Voice above the background noise</source>
      <translation>الصوت فوق ضجيج الخلفية</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="225" />
      <source>Distorted sound</source>
      <translation>صوت مشوّش</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="227" />
      <source>Longest distorted stretch</source>
      <translation>أطول مدة تشوّش</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="228" />
      <source>samples</source>
      <translation>عيّنات</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="229" />
      <source>Too loud (distorted)</source>
      <translation>مرتفع جدًا (مشوّش)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="232" />
      <source>No sound at all</source>
      <translation>لا صوت على الإطلاق</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="234" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="169" />
      <source>Sample rate</source>
      <translation>معدّل العيّنات</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="236" />
      <source>Channels</source>
      <translation>القنوات</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="239" />
      <source>Bluetooth headset</source>
      <translation>سماعة بلوتوث</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="241" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="171" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="435" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="408" />
      <location filename="../../src/preflight/engine/present.py" line="26" />
      <source>Problem</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>مشكلة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="357" />
      <source>Keep speaking: we are trying your other microphones.</source>
      <translation>واصل الكلام: نجرّب الميكروفونات الأخرى لديك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="358" />
      <source>Trying your other microphones…</source>
      <translation>نجرّب الميكروفونات الأخرى لديك…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="382" />
      <source>Opening your microphone…</source>
      <translation>جارٍ فتح الميكروفون…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="387" />
      <source>Please say: testing one, two, three</source>
      <translation>من فضلك قل: اختبار، واحد، اثنان، ثلاثة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="50" />
      <source>Did you hear the test sound?</source>
      <translation>هل سمعت صوت الاختبار؟</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="57" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="118" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="166" />
      <source>Speakers</source>
      <translation>مكبرات الصوت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="65" />
      <source>Your speakers work: we heard the test sound through your microphone.</source>
      <translation>مكبرات الصوت تعمل: سمعنا صوت الاختبار عبر الميكروفون.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="70" />
      <source>Your speakers or headphones work.</source>
      <translation>مكبرات الصوت أو سماعات الرأس تعمل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="75" />
      <source>Your speakers work, but your microphone picks them up loudly, so the doctor may hear an echo.</source>
      <translation>مكبرات الصوت تعمل، لكن الميكروفون يلتقط صوتها بقوة، فقد يسمع الطبيب صدى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="78" />
      <source>Use headphones with a microphone if you have them.</source>
      <translation>استخدم سماعات رأس بميكروفون إن كانت لديك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="79" />
      <source>If not, turn your speaker volume down a little.</source>
      <translation>وإن لم تكن لديك، اخفض صوت مكبرات الصوت قليلًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="81" />
      <source>The microphone hears the speakers loudly: suggest headphones, or lower the speaker volume, so the doctor hears no echo.</source>
      <translation>الميكروفون يسمع مكبرات الصوت بقوة: اقترح سماعات رأس، أو خفض صوت مكبرات الصوت، حتى لا يسمع الطبيب صدى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="87" />
      <source>You could not hear the test sound.</source>
      <translation>لم تتمكن من سماع صوت الاختبار.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="89" />
      <source>Turn up the volume and check that sound is not muted (look for the speaker icon near the clock, or the volume keys on your keyboard).</source>
      <translation>ارفع مستوى الصوت وتحقّق أن الصوت غير مكتوم (ابحث عن رمز مكبر الصوت قرب الساعة، أو مفاتيح الصوت في لوحة المفاتيح).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="91" />
      <source>If you use headphones, check that they are plugged in, switched on and chosen as the output in your computer's sound settings.</source>
      <translation>إن كنت تستخدم سماعات رأس، فتحقّق أنها موصولة ومشغّلة ومختارة كجهاز الإخراج في إعدادات الصوت في الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="93" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="295" />
      <source>Then {check_again}.</source>
      <translation>ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="95" />
      <source>The caller did not hear the test sound: check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>لم يسمع المتصل صوت الاختبار: تحقّق من مستوى الصوت والكتم، ومن اختيار مكبرات الصوت أو سماعات الرأس الصحيحة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="101" />
      <source>We played a test sound, but could not confirm that it can be heard.</source>
      <translation>شغّلنا صوت اختبار، لكن لم نتمكن من التأكد أنه مسموع.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="103" />
      <source>If you wear headphones, that is expected: make sure you heard a short chime.</source>
      <translation>إن كنت تضع سماعات رأس، فهذا متوقع: تأكد أنك سمعت نغمة قصيرة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="105" />
      <source>If you did not hear it, turn up the volume and check that sound is not muted, then {check_again}.</source>
      <translation>إن لم تسمعها، ارفع مستوى الصوت وتحقّق أن الصوت غير مكتوم، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="108" />
      <source>Nobody confirmed that the test sound was heard (headphones, or no answer): ask the caller whether they heard a short chime; if not, check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>لم يؤكد أحد أن صوت الاختبار سُمع (سماعات رأس، أو لا إجابة): اسأل المتصل هل سمع نغمة قصيرة، وإن لم يسمعها، تحقّق من مستوى الصوت والكتم، ومن اختيار مكبرات الصوت أو سماعات الرأس الصحيحة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="119" />
      <source>We will play a short sound. Turn your volume up so you can hear it.</source>
      <translation>سنشغّل صوتًا قصيرًا. ارفع مستوى الصوت لتسمعه.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="123" />
      <source>Speaker:</source>
      <translation>مكبر الصوت:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="132" />
      <location filename="../../src/preflight/support/code_v1.py" line="106" />
      <location filename="../../src/preflight/support/code_v2.py" line="57" />
      <source>how the sound was confirmed</source>
      <translation>كيف تأكدنا من الصوت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="135" />
      <location filename="../../src/preflight/support/code_v1.py" line="111" />
      <location filename="../../src/preflight/support/code_v2.py" line="59" />
      <source>the microphone heard the speakers</source>
      <translation>الميكروفون سمع مكبرات الصوت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="136" />
      <location filename="../../src/preflight/support/code_v1.py" line="112" />
      <location filename="../../src/preflight/support/code_v2.py" line="60" />
      <source>the caller answered whether they heard it</source>
      <translation>المتصل أجاب هل سمعه</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="137" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="160" />
      <location filename="../../src/preflight/support/code_v1.py" line="113" />
      <location filename="../../src/preflight/support/code_v2.py" line="61" />
      <source>not confirmed</source>
      <translation>لم يُؤكَّد</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="142" />
      <source>Test sound heard by the microphone</source>
      <translation>صوت الاختبار سمعه الميكروفون</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="145" />
      <source>Level of the test sound heard</source>
      <translation>مستوى صوت الاختبار المسموع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="147" />
      <source>Delay of the sound</source>
      <translation>تأخّر الصوت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="149" />
      <source>Time to hear it</source>
      <translation>الوقت حتى سماعه</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="151" />
      <source>Detection score</source>
      <translation>درجة الاكتشاف</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="153" />
      <source>How the sound was confirmed</source>
      <translation>كيف تأكدنا من الصوت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="158" />
      <source>the microphone heard it</source>
      <translation>الميكروفون سمعه</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="159" />
      <source>your answer</source>
      <translation>إجابتك</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="162" />
      <source>You heard the test sound</source>
      <translation>سمعتَ صوت الاختبار</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="164" />
      <source>Echo</source>
      <translation>الصدى</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="167" />
      <source>Microphone that listened</source>
      <translation>الميكروفون الذي استمع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="327" />
      <source>Trying your other speakers…</source>
      <translation>نجرّب مكبرات الصوت الأخرى لديك…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="350" />
      <source>Listen: we will play a short chime.</source>
      <translation>استمع: سنشغّل نغمة قصيرة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="351" />
      <source>Playing a short test sound…</source>
      <translation>جارٍ تشغيل صوت اختبار قصير…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="52" />
      <source>Looking at your camera picture…</source>
      <translation>جارٍ النظر إلى صورة الكاميرا…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="79" />
      <source>Trying your other cameras…</source>
      <translation>نجرّب الكاميرات الأخرى لديك…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="34" />
      <source>Face a window or lamp; don't sit with a bright window behind you.</source>
      <translation>اجلس مقابل نافذة أو مصباح، ولا تجلس ونافذة مضيئة خلفك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="35" />
      <source>Some laptops have a camera switch or a key with a camera symbol: turn the camera on.</source>
      <translation>في بعض أجهزة اللابتوب مفتاح للكاميرا أو زر عليه رمز كاميرا: شغّل الكاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="38" />
      <source>Close other programs that may be using your camera, then check again.</source>
      <translation>أغلق البرامج الأخرى التي قد تستخدم الكاميرا، ثم افحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="41" />
      <source>If your camera plugs in, unplug it, wait ten seconds and plug it back in.</source>
      <translation>إن كانت الكاميرا خارجية، فافصلها، وانتظر عشر ثوانٍ، ثم صِلها مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="42" />
      <source>If it still does not work, restart your computer.</source>
      <translation>إن بقيت لا تعمل، أعد تشغيل الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="43" />
      <source>Close other programs you do not need, especially other video programs.</source>
      <translation>أغلق البرامج التي لا تحتاج إليها، خاصة برامج الفيديو الأخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="44" />
      <source>Turn on more light: many cameras slow down in dim light.</source>
      <translation>زِد الإضاءة: كثير من الكاميرات تبطئ في الضوء الخافت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="46" />
      <source>If your camera plugs in, plug it in (directly into the computer, not a hub), wait ten seconds, then check again.</source>
      <translation>إن كانت الكاميرا خارجية، فصِلها (مباشرة بالكمبيوتر، لا عبر موزّع)، وانتظر عشر ثوانٍ، ثم افحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="51" />
      <source>If you cannot get a camera working, call the support line: you may be able to join your visit by phone.</source>
      <translation>إن لم تتمكن من تشغيل أي كاميرا، اتصل بخط الدعم: قد تتمكن من حضور زيارتك عبر الهاتف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="60" />
      <source>Windows: open Settings, then Privacy &amp; security, then Camera, and turn on "Camera access" and "Let desktop apps access your camera".</source>
      <translation>في Windows: افتح الإعدادات، ثم الخصوصية والأمان، ثم الكاميرا، وشغّل «الوصول إلى الكاميرا» و«السماح لتطبيقات سطح المكتب بالوصول إلى الكاميرا».</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="64" />
      <source>Mac: open System Settings, then Privacy &amp; Security, then Camera, and turn on the switch for Preflight (or for your web browser or Terminal).</source>
      <translation>في Mac: افتح إعدادات النظام، ثم الخصوصية والأمن، ثم الكاميرا، وشغّل المفتاح الخاص بـ Preflight (أو بمتصفح الويب أو Terminal).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="68" />
      <source>Check that your user account is allowed to use the camera.</source>
      <translation>تحقّق أن حساب المستخدم الخاص بك مسموح له باستخدام الكاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="79" />
      <source>No camera was found: check it is plugged in and its privacy switch or cover is open, and that the computer's privacy settings let apps use the camera.</source>
      <translation>لم يُعثر على كاميرا: تحقّق أنها موصولة وأن مفتاح الخصوصية أو غطاءها مفتوح، وأن إعدادات الخصوصية في الكمبيوتر تسمح للتطبيقات باستخدام الكاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="83" />
      <source>The camera sent no picture: unplug it and plug it back in (or restart the computer), then run Preflight again.</source>
      <translation>الكاميرا لم ترسل أي صورة: افصلها ثم صِلها مرة أخرى (أو أعد تشغيل الكمبيوتر)، ثم شغّل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="87" />
      <source>The video is choppy: close other programs, turn on more light, and restart the computer if it is busy.</source>
      <translation>الفيديو متقطع: أغلق البرامج الأخرى، وزِد الإضاءة، وأعد تشغيل الكمبيوتر إن كان مشغولًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="93" />
      <source>Your camera works and the picture looks good.</source>
      <translation>الكاميرا تعمل والصورة تبدو جيدة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="95" />
      <source>No camera found.</source>
      <translation>لم يُعثر على كاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="99" />
      <source>We could not find the camera you chose.</source>
      <translation>لم نجد الكاميرا التي اخترتها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="106" />
      <source>We could not find that video file.</source>
      <translation>لم نجد ملف الفيديو هذا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="107" />
      <source>Check the file name and folder, then try again.</source>
      <translation>تحقّق من اسم الملف والمجلد، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="108" />
      <source>The video file was not found: check its name and folder, then run Preflight again.</source>
      <translation>لم يُعثر على ملف الفيديو: تحقّق من اسمه ومجلده، ثم شغّل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="114" />
      <source>We could not open your camera: another program such as Zoom or Teams may be using your camera - close it.</source>
      <translation>لم نتمكن من فتح الكاميرا: ربما يستخدمها برنامج آخر مثل Zoom أو Teams - أغلقه.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="120" />
      <source>{program} is using your camera. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom".</extracomment>
      <translation>البرنامج {program} يستخدم الكاميرا. أغلق {program}، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="123" />
      <source>{possible_program} may be using your camera. Close {possible_program}, then {check_again}.</source>
      <translation>قد يكون البرنامج {possible_program} يستخدم الكاميرا. أغلق {possible_program}، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="125" />
      <source>Close other programs that may be using your camera, such as Zoom, Teams, Skype or a web browser tab with a video call, then check again.</source>
      <translation>أغلق البرامج الأخرى التي قد تستخدم الكاميرا، مثل Zoom أو Teams أو Skype أو علامة تبويب في المتصفح فيها مكالمة فيديو، ثم افحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="132" />
      <source>Another program is using the camera: close Zoom, Teams, Skype and browser tabs with video, then run Preflight again.</source>
      <translation>برنامج آخر يستخدم الكاميرا: أغلق Zoom وTeams وSkype وعلامات تبويب المتصفح التي فيها فيديو، ثم شغّل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="143" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams, then check again.</source>
      <translation>أغلق البرامج الأخرى التي قد تستخدم الكاميرا، مثل Zoom أو Teams، ثم افحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="154" />
      <source>Your camera opened but did not send any pictures.</source>
      <translation>فُتحت الكاميرا لكنها لم ترسل أي صورة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="155" />
      <source>Your camera stopped sending pictures during the check.</source>
      <translation>توقفت الكاميرا عن إرسال الصور أثناء الفحص.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="161" />
      <source>We could not read any pictures from this video file.</source>
      <translation>لم نتمكن من قراءة أي صورة من ملف الفيديو هذا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="162" />
      <source>Check that the file is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>تحقّق أن الملف فيديو (مثل ‎.avi أو ‎.mp4) وأنه غير تالف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="163" />
      <source>The video file could not be read: check that it is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>تعذّرت قراءة ملف الفيديو: تحقّق أنه فيديو (مثل ‎.avi أو ‎.mp4) وأنه غير تالف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="170" />
      <source>Your camera shows a black picture: check the lens cover or privacy shutter.</source>
      <translation>الكاميرا تعرض صورة سوداء: تحقّق من غطاء العدسة أو غطاء الخصوصية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="172" />
      <source>Slide open the camera's cover or privacy shutter, and remove any sticker or tape over the lens.</source>
      <translation>اسحب غطاء الكاميرا أو غطاء الخصوصية لفتحه، وأزل أي ملصق أو شريط على العدسة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="179" />
      <source>The picture is black: open the camera's privacy cover or switch and check nothing covers the lens.</source>
      <translation>الصورة سوداء: افتح غطاء الخصوصية أو مفتاح الكاميرا وتحقّق أن لا شيء يغطي العدسة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="187" />
      <source>Your camera's picture is frozen: it shows the same image over and over.</source>
      <translation>صورة الكاميرا متجمدة: تعرض الصورة نفسها مرارًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="189" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams.</source>
      <translation>أغلق البرامج الأخرى التي قد تستخدم الكاميرا، مثل Zoom أو Teams.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="191" />
      <source>If it is still frozen, restart your computer and check again.</source>
      <translation>إن بقيت متجمدة، أعد تشغيل الكمبيوتر وافحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="193" />
      <source>The picture froze: unplug the camera and plug it back in, or restart the computer.</source>
      <translation>تجمدت الصورة: افصل الكاميرا ثم صِلها مرة أخرى، أو أعد تشغيل الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="199" />
      <source>Your camera sends only {fps} pictures a second, so the doctor would see a very jerky picture.</source>
      <translation>لا ترسل الكاميرا إلا {fps} صورة في الثانية، فسيرى الطبيب صورة متقطعة جدًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="206" />
      <source>If your camera plugs in, plug it directly into the computer, not into a hub.</source>
      <translation>إن كانت الكاميرا خارجية، فصِلها بالكمبيوتر مباشرة، لا عبر موزّع.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="214" />
      <source>Your camera sends only {fps} pictures a second, so your video may look choppy.</source>
      <translation>لا ترسل الكاميرا إلا {fps} صورة في الثانية، فقد يبدو الفيديو متقطعًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="223" />
      <source>Your picture is too dark for the doctor to see you well.</source>
      <translation>صورتك مظلمة جدًا فلا يستطيع الطبيب رؤيتك جيدًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="226" />
      <source>Turn on a light in the room, in front of you.</source>
      <translation>أشعل ضوءًا في الغرفة، أمامك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="227" />
      <source>If something is covering the camera, remove it.</source>
      <translation>إن كان شيء يغطي الكاميرا، فأزله.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="229" />
      <source>The picture is too dark: turn on a light in front of the caller.</source>
      <translation>الصورة مظلمة جدًا: أشعل ضوءًا أمام المتصل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="234" />
      <source>Your picture is too bright, so the doctor may not see your face clearly.</source>
      <translation>صورتك ساطعة جدًا، فقد لا يرى الطبيب وجهك بوضوح.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="236" />
      <source>Move out of direct sunlight, or turn away a very bright lamp shining on you.</source>
      <translation>ابتعد عن ضوء الشمس المباشر، أو أبعد المصباح الساطع الموجّه إليك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="241" />
      <source>The picture is too bright: move away from direct sunlight or a bright lamp.</source>
      <translation>الصورة ساطعة جدًا: ابتعد عن ضوء الشمس المباشر أو المصباح الساطع.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="246" />
      <source>The light behind you makes your face too dark to see.</source>
      <translation>الضوء خلفك يجعل وجهك مظلمًا جدًا فلا يُرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="249" />
      <source>Close the curtains behind you, or turn so the window is in front of you.</source>
      <translation>أغلق الستائر خلفك، أو استدر لتكون النافذة أمامك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="251" />
      <source>The caller is backlit: sit facing the window or lamp, not with it behind them.</source>
      <translation>الضوء خلف المتصل: اطلب منه الجلوس مقابل النافذة أو المصباح، لا أن يكون خلفه.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="256" />
      <source>Your picture looks blurry.</source>
      <translation>صورتك تبدو غير واضحة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="258" />
      <source>Gently wipe the camera lens with a soft, dry cloth.</source>
      <translation>امسح عدسة الكاميرا برفق بقطعة قماش ناعمة وجافة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="259" />
      <source>Sit about an arm's length from the camera.</source>
      <translation>اجلس على بعد طول ذراع تقريبًا من الكاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="261" />
      <source>The picture is blurry: wipe the camera lens with a soft cloth.</source>
      <translation>الصورة غير واضحة: امسح عدسة الكاميرا بقطعة قماش ناعمة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="266" />
      <source>Your camera sends a small picture ({width}x{height}), so the doctor will see you less clearly.</source>
      <translation>الكاميرا ترسل صورة صغيرة ({width}x{height})، فسيراك الطبيب بوضوح أقل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="271" />
      <source>If you have another camera (for example a newer USB webcam), choose it instead.</source>
      <translation>إن كانت لديك كاميرا أخرى (مثل كاميرا ويب USB أحدث)، فاخترها بدلًا منها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="275" />
      <source>The camera gives a small picture: use a better or external camera if there is one.</source>
      <translation>الكاميرا تعطي صورة صغيرة: استخدم كاميرا أفضل أو خارجية إن وُجدت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="282" />
      <source>We couldn't see a face - sit centred in front of the camera.</source>
      <translation>لم نتمكن من رؤية وجه - اجلس في المنتصف أمام الكاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="284" />
      <source>Sit facing the camera, about an arm's length away, with your whole face in the picture.</source>
      <translation>اجلس مقابل الكاميرا، على بعد طول ذراع تقريبًا، ووجهك كله في الصورة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="288" />
      <source>If you chose not to be seen during this check, you can ignore this.</source>
      <translation>إن اخترت ألا تظهر أثناء هذا الفحص، يمكنك تجاهل هذا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="290" />
      <source>No face was seen: ask the caller to sit centred in front of the camera.</source>
      <translation>لم يُرَ أي وجه: اطلب من المتصل الجلوس في المنتصف أمام الكاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="296" />
      <source>Something went wrong while checking your camera.</source>
      <translation>حدث خطأ أثناء فحص الكاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="310" />
      <source>We could see your face only some of the time.</source>
      <translation>لم نتمكن من رؤية وجهك إلا في بعض الوقت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="311" />
      <source>If you can, sit facing the camera with your whole face in the picture.</source>
      <translation>إن استطعت، اجلس مقابل الكاميرا ووجهك كله في الصورة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="323" />
      <source>Your computer's privacy settings are blocking the camera.</source>
      <translation>إعدادات الخصوصية في الكمبيوتر تمنع الكاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="325" />
      <source>The computer's privacy settings block the camera: walk the caller through Settings &gt; Privacy &amp; security &gt; Camera (Windows) or System Settings &gt; Privacy &amp; Security &gt; Camera (Mac), then ask them to check again.</source>
      <translation>إعدادات الخصوصية في الكمبيوتر تمنع الكاميرا: ساعد المتصل خطوة بخطوة في الإعدادات &gt; الخصوصية والأمان &gt; الكاميرا (Windows) أو إعدادات النظام &gt; الخصوصية والأمن &gt; الكاميرا (Mac)، ثم اطلب منه أن يفحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="332" />
      <source>A rule on this computer does not allow programs to use the camera.</source>
      <translation>توجد قاعدة في هذا الكمبيوتر لا تسمح للبرامج باستخدام الكاميرا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="334" />
      <source>Ask the person who looks after this computer to allow the camera (for example in Screen Time), then {check_again}.</source>
      <translation>اطلب من الشخص الذي يتولى أمر هذا الكمبيوتر أن يسمح باستخدام الكاميرا (مثلًا في «مدة استخدام الجهاز»)، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="339" />
      <source>Camera use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>استخدام الكاميرا مقيّد على جهاز Mac هذا (مدة استخدام الجهاز أو الرقابة الأبوية أو ملف تعريف إدارة): لا يستطيع المتصل تشغيلها؛ يجب أن يسمح به من يدير جهاز Mac.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="373" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="380" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="401" />
      <source>Camera</source>
      <translation>الكاميرا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="381" />
      <source>We will look at your camera picture for a few seconds. Sit where you will sit for your visit, facing a light if you can.</source>
      <translation>سننظر إلى صورة الكاميرا لبضع ثوانٍ. اجلس حيث ستجلس أثناء زيارتك، ومقابل ضوء إن استطعت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="388" />
      <source>Camera:</source>
      <translation>الكاميرا:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="395" />
      <location filename="../../src/preflight/support/code_v2.py" line="38" />
      <source>picture size (short side)</source>
      <translation>حجم الصورة (الضلع القصير)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="397" />
      <location filename="../../src/preflight/support/code_v1.py" line="119" />
      <location filename="../../src/preflight/support/code_v2.py" line="40" />
      <source>frame rate</source>
      <translation>معدّل الإطارات</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <source>Picture width</source>
      <translation>عرض الصورة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>pixels</source>
      <translation>بكسل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <source>Picture height</source>
      <translation>ارتفاع الصورة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>Picture size (short side)</source>
      <translation>حجم الصورة (الضلع القصير)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="411" />
      <source>Frame rate</source>
      <translation>معدّل الإطارات</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="414" />
      <source>Pictures received</source>
      <translation>الصور المستلمة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="416" />
      <source>Black pictures</source>
      <translation>الصور السوداء</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="418" />
      <source>Frozen pictures</source>
      <translation>الصور المتجمدة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>Brightness</source>
      <translation>السطوع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>of 255</source>
      <translation>من 255</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="423" />
      <source>Contrast</source>
      <translation>التباين</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="425" />
      <source>Sharpness</source>
      <translation>الوضوح</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="427" />
      <source>Face seen</source>
      <translation>رؤية الوجه</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="429" />
      <source>Where the face is</source>
      <translation>موضع الوجه</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="432" />
      <source>Bright light behind you</source>
      <translation>ضوء قوي خلفك</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="39" />
      <source>Your internet speed is good for HD video.</source>
      <translation>سرعة الإنترنت جيدة لفيديو عالي الدقة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="40" />
      <source>Your internet is too slow for a video visit right now.</source>
      <translation>الإنترنت بطيء جدًا لزيارة فيديو الآن.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="41" />
      <source>Your internet speed is enough for video, but the picture may be lower quality.</source>
      <translation>سرعة الإنترنت كافية للفيديو، لكن جودة الصورة قد تكون أقل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="45" />
      <source>We could not reach the speed test server, so your internet speed was not measured.</source>
      <translation>لم نتمكن من الوصول إلى خادم اختبار السرعة، فلم تُقَس سرعة الإنترنت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="49" />
      <source>Check that you are connected to the internet, then {check_again}.</source>
      <translation>تحقّق أنك متصل بالإنترنت، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="53" />
      <source>We could not get the list of speed test servers, so your internet speed was not measured.</source>
      <translation>لم نتمكن من الحصول على قائمة خوادم اختبار السرعة، فلم تُقَس سرعة الإنترنت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="57" />
      <source>{Check_again} in a few minutes.</source>
      <translation>{Check_again} بعد بضع دقائق.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="61" />
      <source>We measured your download speed, but the speed test server did not accept the upload test, so we can't tell how well others will see and hear you.</source>
      <translation>قسنا سرعة التنزيل، لكن خادم اختبار السرعة لم يقبل اختبار الرفع، فلا نستطيع معرفة مدى وضوح صورتك وصوتك عند الآخرين.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="66" />
      <location filename="../../src/preflight/engine/findings.py" line="384" />
      <source>{Check_again}.</source>
      <translation>{Check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="70" />
      <source>Offer the caller a phone visit if the connection cannot be made faster.</source>
      <translation>اعرض على المتصل زيارة هاتفية إن لم يمكن تسريع الاتصال.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="76" />
      <source>speedtest.net</source>
      <translation>speedtest.net</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="77" />
      <source>Cloudflare</source>
      <translation>Cloudflare</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="78" />
      <source>a self-hosted LibreSpeed server</source>
      <translation>خادم LibreSpeed مستضاف ذاتيًا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="82" />
      <source>its settings could not be fetched</source>
      <translation>تعذر الحصول على إعداداته</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="83" />
      <source>its list of servers could not be fetched</source>
      <translation>تعذر الحصول على قائمة خوادمه</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="84" />
      <source>its server could not be reached</source>
      <translation>تعذر الوصول إلى خادمه</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="85" />
      <source>its server stopped answering</source>
      <translation>توقف خادمه عن الرد</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="86" />
      <source>no data arrived</source>
      <translation>لم تصل أي بيانات</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="87" />
      <source>its server refused the test</source>
      <translation>رفض خادمه الاختبار</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="88" />
      <source>it asked us to wait (too many tests)</source>
      <translation>طلب منا الانتظار (اختبارات كثيرة جدًا)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="89" />
      <source>its security certificate was not accepted</source>
      <translation>لم تُقبل شهادة الأمان الخاصة به</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="90" />
      <source>something else answered</source>
      <translation>ردّ شيء آخر</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="110" />
      <source>Internet speed</source>
      <translation>سرعة الإنترنت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="120" />
      <source>Your internet speed is good for standard-quality video.</source>
      <translation>سرعة الإنترنت جيدة لفيديو بجودة عادية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="122" />
      <source>Your internet speed is enough for sound, but probably not for video.</source>
      <translation>سرعة الإنترنت كافية للصوت، لكنها على الأرجح لا تكفي للفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="125" />
      <source>Your internet speed is too slow for a video or audio call.</source>
      <translation>سرعة الإنترنت بطيئة جدًا لمكالمة فيديو أو مكالمة صوتية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="130" />
      <source>Your internet speed is good for HD video, but your connection slows down a lot when it is busy.</source>
      <translation>سرعة الإنترنت جيدة لفيديو عالي الدقة، لكن الاتصال يبطئ كثيرًا عندما يكون مشغولًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="133" />
      <source>The connection slows down a lot when it is busy (the delay rises by more than {loaded_latency_increase_warn_ms} ms under load): ask the caller to pause other streaming, downloads and backups during the visit, and to restart the router.</source>
      <translation>الاتصال يبطئ كثيرًا عندما يكون مشغولًا (يزيد التأخير أكثر من {loaded_latency_increase_warn_ms} مللي ثانية تحت الضغط): اطلب من المتصل إيقاف البث والتنزيلات والنسخ الاحتياطي الأخرى مؤقتًا أثناء الزيارة، وإعادة تشغيل جهاز الراوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="143" />
      <source>The internet is a little slow (download under {pass_download_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>الإنترنت بطيء قليلًا (التنزيل أقل من {pass_download_mbps} ميغابت في الثانية): أوقف البث والتنزيلات الأخرى مؤقتًا أثناء الزيارة، فقد تكون جودة الفيديو أقل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="152" />
      <source>The internet is a little slow (upload under {pass_upload_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>الإنترنت بطيء قليلًا (الرفع أقل من {pass_upload_mbps} ميغابت في الثانية): أوقف البث والتنزيلات الأخرى مؤقتًا أثناء الزيارة، فقد تكون جودة الفيديو أقل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="159" />
      <source>Your internet is too slow for video; it is enough for sound only.</source>
      <translation>الإنترنت بطيء جدًا للفيديو، لكنه يكفي للصوت فقط.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="161" />
      <source>The connection carries sound but not video (under {sd_upload_mbps} Mbit/s one way): plan the visit by phone if it cannot be improved.</source>
      <translation>الاتصال ينقل الصوت لا الفيديو (أقل من {sd_upload_mbps} ميغابت في الثانية في أحد الاتجاهين): خطّط لزيارة هاتفية إن لم يمكن تحسينه.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="169" />
      <source>The internet is too slow for video (download under {warn_download_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>الإنترنت بطيء جدًا للفيديو (التنزيل أقل من {warn_download_mbps} ميغابت في الثانية): اقترب من الراوتر أو استخدم كابل شبكة، وأوقف البث والتنزيلات الأخرى، أو خطّط لزيارة هاتفية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="178" />
      <source>The internet is too slow for video (upload under {warn_upload_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>الإنترنت بطيء جدًا للفيديو (الرفع أقل من {warn_upload_mbps} ميغابت في الثانية): اقترب من الراوتر أو استخدم كابل شبكة، وأوقف البث والتنزيلات الأخرى، أو خطّط لزيارة هاتفية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="188" />
      <source>A phone visit may be better: call {label} at {phone} to arrange one.</source>
      <translation>قد تكون الزيارة الهاتفية أفضل: اتصل بـ {label} على {phone} لترتيبها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="195" />
      <source>A phone visit may be better: call your doctor's office to arrange one.</source>
      <translation>قد تكون الزيارة الهاتفية أفضل: اتصل بعيادة طبيبك لترتيبها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="206" />
      <source>The speed test server refused the upload test, so the upload speed is unknown: ask the caller to run Preflight again; if every caller sees this, the speed test server needs attention.</source>
      <translation>رفض خادم اختبار السرعة اختبار الرفع، فسرعة الرفع غير معروفة: اطلب من المتصل تشغيل Preflight مرة أخرى، وإن رأى كل المتصلين هذا، فخادم اختبار السرعة يحتاج إلى مراجعة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="215" />
      <source>The speed test server acknowledged none of the upload test, so the upload speed is unknown: ask the caller to run Preflight again; a firewall or proxy may be blocking uploads.</source>
      <translation>لم يؤكد خادم اختبار السرعة استلام أي جزء من اختبار الرفع، فسرعة الرفع غير معروفة: اطلب من المتصل تشغيل Preflight مرة أخرى، فقد يكون جدار حماية أو خادم وكيل يمنع الرفع.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="224" />
      <source>The speed test server could not be reached, so the speed was not measured: ask the caller to check they are online and run Preflight again; if every caller sees this, the speed test server may be down.</source>
      <translation>تعذّر الوصول إلى خادم اختبار السرعة، فلم تُقَس السرعة: اطلب من المتصل التحقق أنه متصل بالإنترنت وتشغيل Preflight مرة أخرى، وإن رأى كل المتصلين هذا، فقد يكون خادم اختبار السرعة معطّلًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="233" />
      <source>The speed test server stopped answering, so the speed was not measured: ask the caller to run Preflight again; if every caller sees this, the speed test server may be overloaded or down.</source>
      <translation>توقف خادم اختبار السرعة عن الرد، فلم تُقَس السرعة: اطلب من المتصل تشغيل Preflight مرة أخرى، وإن رأى كل المتصلين هذا، فقد يكون خادم اختبار السرعة مثقلًا أو معطّلًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="242" />
      <source>No data arrived from the speed test server, so the speed was not measured: ask the caller to run Preflight again; a firewall or proxy may be blocking the download.</source>
      <translation>لم تصل أي بيانات من خادم اختبار السرعة، فلم تُقَس السرعة: اطلب من المتصل تشغيل Preflight مرة أخرى، فقد يكون جدار حماية أو خادم وكيل يمنع التنزيل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="251" />
      <source>speedtest.net's settings could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>تعذّر جلب إعدادات speedtest.net (قد يكون محظورًا على شبكة المتصل)، فلم تُقَس السرعة: اطلب من المتصل المحاولة مرة أخرى بعد بضع دقائق. المؤسسة التي تحظر speedtest.net يمكنها تحديد خادم اختبار خاص بها ([bandwidth] speedtest_server).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="261" />
      <source>speedtest.net's list of servers could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>تعذّر جلب قائمة خوادم speedtest.net (قد تكون محظورة على شبكة المتصل)، فلم تُقَس السرعة: اطلب من المتصل المحاولة مرة أخرى بعد بضع دقائق. المؤسسة التي تحظر speedtest.net يمكنها تحديد خادم اختبار خاص بها ([bandwidth] speedtest_server).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="269" />
      <source>The speed test server address in the settings is not valid.</source>
      <translation>عنوان خادم اختبار السرعة في الإعدادات غير صالح.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="270" />
      <source>Call the support line: the speed test needs to be set up again.</source>
      <translation>اتصل بخط الدعم: يجب ضبط اختبار السرعة من جديد.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="271" />
      <source>The speed test server address in the settings ([bandwidth] speedtest_server, or --speedtest-server) is not an http(s) address: correct the configuration.</source>
      <translation>عنوان خادم اختبار السرعة في الإعدادات ([bandwidth] speedtest_server، أو ‎--speedtest-server) ليس عنوان http(s): صحّح الإعدادات.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="280" />
      <source>The internet speed check could not start: part of Preflight is missing.</source>
      <translation>تعذّر بدء فحص سرعة الإنترنت: جزء من Preflight مفقود.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="281" />
      <source>Reinstall Preflight, or call the support line.</source>
      <translation>أعد تثبيت Preflight، أو اتصل بخط الدعم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="282" />
      <source>Part of Preflight (the speed test component) is missing on the caller's computer: ask them to reinstall Preflight.</source>
      <translation>جزء من Preflight (مكوّن اختبار السرعة) مفقود في كمبيوتر المتصل: اطلب منه إعادة تثبيت Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="292" />
      <source>The speed test server refused the test (an HTTP error), so the speed was not measured: ask the caller to try again in a few minutes; if every caller sees this, the speed test service (see the report's provider) needs attention or is blocked on their network.</source>
      <translation>رفض خادم اختبار السرعة الاختبار (خطأ HTTP)، لذلك لم تُقَس السرعة: اطلب من المتصل المحاولة مرة أخرى بعد بضع دقائق؛ إذا حدث هذا لكل المتصلين، فخدمة اختبار السرعة (انظر المزوّد في التقرير) تحتاج إلى عناية أو محجوبة على شبكتهم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="300" />
      <source>The speed test service is busy, so your internet speed was not measured.</source>
      <translation>خدمة اختبار السرعة مشغولة، لذلك لم نقس سرعة الإنترنت لديك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="302" />
      <source>The speed test service asked us to wait (too many tests from the caller's network, HTTP 429), so the speed was not measured: ask the caller to try again in a few minutes.</source>
      <translation>طلبت خدمة اختبار السرعة منا الانتظار (اختبارات كثيرة جدًا من شبكة المتصل، HTTP 429)، لذلك لم تُقَس السرعة: اطلب من المتصل المحاولة مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="309" />
      <source>We could not make a secure connection to the speed test server, so your internet speed was not measured.</source>
      <translation>لم نتمكن من إنشاء اتصال آمن بخادم اختبار السرعة، لذلك لم نقس سرعة الإنترنت لديك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="311" />
      <source>Check that your computer's date and time are right, then {check_again}.</source>
      <translation>تأكد من صحة التاريخ والوقت في جهاز الكمبيوتر، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="315" />
      <source>The speed test server's security certificate was not accepted, so the speed was not measured: the computer's clock may be wrong, or a proxy or firewall on the caller's network inspects secure connections.</source>
      <translation>لم تُقبل شهادة الأمان لخادم اختبار السرعة، لذلك لم تُقَس السرعة: قد تكون ساعة الكمبيوتر خاطئة، أو أن وكيلًا أو جدار حماية على شبكة المتصل يفحص الاتصالات الآمنة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="324" />
      <source>Something other than the speed test server answered (a sign-in page, a proxy or a broken server), so the speed was not measured: ask the caller whether the network needs a sign-in, then to run Preflight again.</source>
      <translation>ردّ شيء غير خادم اختبار السرعة (صفحة تسجيل دخول أو وكيل أو خادم معطّل)، لذلك لم تُقَس السرعة: اسأل المتصل إن كانت الشبكة تطلب تسجيل الدخول، ثم اطلب منه تشغيل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="334" />
      <location filename="../../src/preflight/support/code_v1.py" line="97" />
      <location filename="../../src/preflight/support/code_v2.py" line="82" />
      <source>download</source>
      <translation>التنزيل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="336" />
      <location filename="../../src/preflight/support/code_v1.py" line="98" />
      <location filename="../../src/preflight/support/code_v2.py" line="84" />
      <source>upload</source>
      <translation>الرفع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="341" />
      <location filename="../../src/preflight/support/code_v1.py" line="99" />
      <location filename="../../src/preflight/support/code_v2.py" line="87" />
      <source>ping</source>
      <translation>زمن الاستجابة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="344" />
      <source>speed test by</source>
      <translation>اختبار السرعة بواسطة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="348" />
      <source>Download speed</source>
      <translation>سرعة التنزيل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="349" />
      <source>Upload speed</source>
      <translation>سرعة الرفع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="351" />
      <source>Delay (ping)</source>
      <translation>التأخير (ping)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="353" />
      <source>Delay variation</source>
      <translation>تفاوت التأخير</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="355" />
      <source>Delay while busy</source>
      <translation>التأخير عند الانشغال</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="357" />
      <source>Extra delay while busy</source>
      <translation>التأخير الإضافي عند الانشغال</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="359" />
      <source>Test server</source>
      <translation>خادم الاختبار</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="364" />
      <source>Data downloaded</source>
      <translation>البيانات المنزّلة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="366" />
      <source>Data uploaded</source>
      <translation>البيانات المرفوعة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="368" />
      <source>Best video for this connection</source>
      <translation>أفضل فيديو لهذا الاتصال</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="373" />
      <source>HD video (1080p)</source>
      <translation>فيديو عالي الدقة (1080p)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="374" />
      <source>HD video (720p)</source>
      <translation>فيديو عالي الدقة (720p)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="375" />
      <source>standard video</source>
      <translation>فيديو بجودة عادية</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="376" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="168" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="186" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="288" />
      <source>sound only</source>
      <translation>صوت فقط</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="377" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="243" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="379" />
      <source>Speed steady during the test</source>
      <translation>السرعة ثابتة أثناء الاختبار</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="384" />
      <source>Download speed variation</source>
      <translation>تفاوت سرعة التنزيل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="388" />
      <source>Upload speed variation</source>
      <translation>تفاوت سرعة الرفع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="392" />
      <source>Upload counted by</source>
      <translation>طريقة حساب الرفع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="398" />
      <source>Speed test by</source>
      <translation>اختبار السرعة بواسطة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="403" />
      <source>Speed tests that could not measure</source>
      <translation>اختبارات السرعة التي لم تتمكن من القياس</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="406" />
      <source>{provider}: {reason}</source>
      <translation>{provider}: {reason}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="511" />
      <source>the support line</source>
      <translation>خط الدعم</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="551" />
      <source>Measuring your internet speed…</source>
      <translation>جارٍ قياس سرعة الإنترنت…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="559" />
      <source>Trying another speed test…</source>
      <translation>جارٍ تجربة اختبار سرعة آخر…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="40" />
      <source>upload speed</source>
      <translation>سرعة الرفع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="41" />
      <source>lost packets</source>
      <translation>الحزم المفقودة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="42" />
      <source>round trip</source>
      <translation>زمن الذهاب والإياب</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="43" />
      <source>jitter</source>
      <translation>تذبذب التأخير (jitter)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="44" />
      <source>weak Wi-Fi signal</source>
      <translation>إشارة Wi-Fi ضعيفة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="45" />
      <source>a VPN</source>
      <translation>شبكة VPN</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="50" />
      <source>Video calls</source>
      <translation>مكالمات الفيديو</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="58" />
      <source>Expected video call quality: Excellent ({resolution}).</source>
      <translation>الجودة المتوقعة لمكالمة الفيديو: ممتازة ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="60" />
      <source>Expected video call quality: Great ({resolution}).</source>
      <translation>الجودة المتوقعة لمكالمة الفيديو: جيدة جدًا ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="62" />
      <source>Expected video call quality: Good ({resolution}).</source>
      <translation>الجودة المتوقعة لمكالمة الفيديو: جيدة ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="65" />
      <source>Expected video call quality: Fair ({resolution}).</source>
      <translation>الجودة المتوقعة لمكالمة الفيديو: مقبولة ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="67" />
      <source>Expected call quality is fair (an estimated MOS from {mos_fair} to {mos_good}): sound may break up and the picture may freeze at times. The limit found with it is what to fix first.</source>
      <translation>الجودة المتوقعة للمكالمة مقبولة (MOS تقديري من {mos_fair} إلى {mos_good}): قد ينقطع الصوت وتتجمد الصورة أحيانًا. الحد الذي وُجد معها هو أول ما يجب إصلاحه.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="73" />
      <source>Expected video call quality: Poor ({resolution}). The video will probably freeze.</source>
      <translation>الجودة المتوقعة لمكالمة الفيديو: ضعيفة ({resolution}). من المرجح أن يتجمد الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="76" />
      <source>Expected call quality is poor (an estimated MOS under {mos_fair}): the video will probably freeze. Fix the limit found with it, or offer a phone visit.</source>
      <translation>الجودة المتوقعة للمكالمة ضعيفة (MOS تقديري أقل من {mos_fair}): من المرجح أن يتجمد الفيديو. أصلح الحد الذي وُجد معها، أو اعرض زيارة عبر الهاتف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="83" />
      <source>Your upload speed limits the picture.</source>
      <translation>سرعة الرفع لديك تحد من جودة الصورة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="84" />
      <source>Your upload speed is too low for a clear picture: pause other uploads and backups (photos, cloud storage) during the visit.</source>
      <translation>سرعة الرفع لديك منخفضة جدًا لصورة واضحة: أوقف مؤقتًا عمليات الرفع والنسخ الاحتياطي الأخرى (الصور، التخزين السحابي) أثناء الزيارة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="86" />
      <source>The upload limits the picture (under {video_540p_mbps} Mbit/s for 540p): ask the caller to pause uploads and backups, or to move closer to the router.</source>
      <translation>الرفع يحد من الصورة (أقل من {video_540p_mbps} Mbit/s لدقة 540p): اطلب من المتصل إيقاف عمليات الرفع والنسخ الاحتياطي مؤقتًا، أو الاقتراب من جهاز الراوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="92" />
      <source>Some of the call's sound and picture gets lost on the way.</source>
      <translation>يضيع جزء من صوت المكالمة وصورتها في الطريق.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="93" />
      <source>Some of the call's sound and picture gets lost on the way: move closer to your router, or connect with a network cable.</source>
      <translation>يضيع جزء من صوت المكالمة وصورتها في الطريق: اقترب من جهاز الراوتر، أو اتصل بكابل شبكة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="95" />
      <source>Lost packets limit the call (more than {teams_loss_pct}% lost; Teams asks under 1%): usually weak Wi-Fi. Ask the caller to move closer to the router or use a cable.</source>
      <translation>الحزم المفقودة تحد من المكالمة (فُقد أكثر من {teams_loss_pct}%؛ يطلب Teams أقل من 1%): غالبًا بسبب ضعف الواي فاي. اطلب من المتصل الاقتراب من الراوتر أو استخدام كابل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="101" />
      <source>Your connection takes long to reach the video service.</source>
      <translation>يستغرق اتصالك وقتًا طويلًا للوصول إلى خدمة الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="102" />
      <source>Your connection takes long to reach the video service: connect with a network cable, and try without a VPN if you use one.</source>
      <translation>يستغرق اتصالك وقتًا طويلًا للوصول إلى خدمة الفيديو: اتصل بكابل شبكة، وجرّب بدون VPN إذا كنت تستخدمها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="104" />
      <source>The round trip limits the call (over {teams_rtt_ms} ms; Teams asks under 100 ms): a VPN, satellite or mobile link is likely. Ask the caller to try without the VPN or on another network.</source>
      <translation>زمن الذهاب والإياب يحد من المكالمة (أكثر من {teams_rtt_ms} ms؛ يطلب Teams أقل من 100 ms): على الأرجح VPN أو اتصال عبر القمر الصناعي أو الهاتف المحمول. اطلب من المتصل التجربة بدون VPN أو على شبكة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="110" />
      <source>The delay on your connection changes a lot.</source>
      <translation>التأخير في اتصالك يتغير كثيرًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="111" />
      <source>The delay on your connection changes a lot: move closer to your router or connect with a network cable, and pause other streaming.</source>
      <translation>التأخير في اتصالك يتغير كثيرًا: اقترب من جهاز الراوتر أو اتصل بكابل شبكة، وأوقف البث الآخر مؤقتًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="113" />
      <source>Jitter limits the call (over {teams_jitter_ms} ms; Teams asks under 30 ms): usually busy or weak Wi-Fi. Ask the caller to use a cable or move closer to the router, and to pause other streaming.</source>
      <translation>تذبذب التأخير (jitter) يحد من المكالمة (أكثر من {teams_jitter_ms} ms؛ يطلب Teams أقل من 30 ms): غالبًا بسبب واي فاي مشغول أو ضعيف. اطلب من المتصل استخدام كابل أو الاقتراب من الراوتر، وإيقاف البث الآخر مؤقتًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="120" />
      <source>Your connection slows down a lot when it is busy.</source>
      <translation>يتباطأ اتصالك كثيرًا عندما يكون مشغولًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="121" />
      <source>Your connection slows down a lot when it is busy: other streaming, downloads and backups will hurt the call. Pause them during the visit.</source>
      <translation>يتباطأ اتصالك كثيرًا عندما يكون مشغولًا: البث والتنزيلات والنسخ الاحتياطي الأخرى ستضر بالمكالمة. أوقفها مؤقتًا أثناء الزيارة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="124" />
      <source>The delay rises by more than {household_increase_warn_ms} ms when the connection is busy (bufferbloat): other streaming, downloads and backups at home will hurt the call. Ask the caller to pause them during the visit and to restart the router.</source>
      <translation>يرتفع التأخير بأكثر من {household_increase_warn_ms} ms عندما يكون الاتصال مشغولًا (bufferbloat): البث والتنزيلات والنسخ الاحتياطي الأخرى في المنزل ستضر بالمكالمة. اطلب من المتصل إيقافها مؤقتًا أثناء الزيارة وإعادة تشغيل الراوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="131" />
      <source>We could not estimate the video call quality.</source>
      <translation>لم نتمكن من تقدير جودة مكالمة الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="132" />
      <source>The connection checks above say what they found.</source>
      <translation>توضح فحوصات الاتصال أعلاه ما وجدته.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="133" />
      <source>The call quality could not be estimated: the connection check or the speed check did not measure the round trip, loss or upload (or their figures contradict each other). Read those checks' findings.</source>
      <translation>تعذّر تقدير جودة المكالمة: لم يقس فحص الاتصال أو فحص السرعة زمن الذهاب والإياب أو الفقد أو الرفع (أو أن أرقامهما متناقضة). اقرأ نتائج هذين الفحصين.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="141" />
      <source>Your Wi-Fi signal is weak where you are.</source>
      <translation>إشارة Wi-Fi ضعيفة في مكانك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="142" />
      <source>Your Wi-Fi signal is weak where you are: move closer to your router, or connect with a network cable.</source>
      <translation>إشارة Wi-Fi ضعيفة في مكانك: اقترب من الراوتر، أو اتصل بكابل شبكة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="144" />
      <source>A weak Wi-Fi signal limits the call (packets lost or late on the Wi-Fi): ask the caller to move closer to the router or to use a cable.</source>
      <translation>إشارة Wi-Fi الضعيفة تحدّ من جودة المكالمة (حزم تضيع أو تتأخر على شبكة Wi-Fi): اطلب من المتصل أن يقترب من الراوتر أو أن يستخدم كابلًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="149" />
      <source>Your connection goes through a VPN, which slows down the call.</source>
      <translation>يمر اتصالك عبر شبكة VPN، وهذا يبطئ المكالمة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="150" />
      <source>Your connection goes through a VPN, which slows down the call: if you can, turn it off for the visit.</source>
      <translation>يمر اتصالك عبر شبكة VPN، وهذا يبطئ المكالمة: إن استطعت، أوقفها أثناء الموعد.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="152" />
      <source>A VPN or tunnel in the route limits the call (a long or unsteady round trip): ask the caller to try without the VPN.</source>
      <translation>شبكة VPN أو نفق في المسار يحدّ من جودة المكالمة (زمن ذهاب وإياب طويل أو غير مستقر): اطلب من المتصل أن يجرّب دون VPN.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="160" />
      <source>expected call quality</source>
      <translation>الجودة المتوقعة للمكالمة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="161" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="177" />
      <source>excellent</source>
      <translation>ممتازة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="162" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="178" />
      <source>great</source>
      <translation>جيدة جدًا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="163" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="179" />
      <source>good</source>
      <translation>جيدة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="164" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="180" />
      <source>fair</source>
      <translation>مقبولة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="165" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="181" />
      <source>poor</source>
      <translation>ضعيفة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="167" />
      <source>picture the upload carries</source>
      <translation>الصورة التي يتيحها الرفع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="169" />
      <source>what limits the call</source>
      <translation>ما يحد من المكالمة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="173" />
      <source>Expected call quality</source>
      <translation>الجودة المتوقعة للمكالمة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="183" />
      <source>Picture the upload carries</source>
      <translation>الصورة التي يتيحها الرفع</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="187" />
      <source>What limits the call</source>
      <translation>ما يحد من المكالمة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="193" />
      <source>Estimated call score (MOS, 1 to 4.5)</source>
      <translation>التقييم التقديري للمكالمة (MOS، من 1 إلى 4.5)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="197" />
      <source>Transmission rating (R)</source>
      <translation>تصنيف الإرسال (R)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="200" />
      <source>Effective delay</source>
      <translation>التأخير الفعلي</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="202" />
      <source>Estimated call score when the connection is busy</source>
      <translation>التقييم التقديري للمكالمة عندما يكون الاتصال مشغولًا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="210" />
      <source>Your computer can't reach the video visit service.</source>
      <translation>لا يستطيع الكمبيوتر الوصول إلى خدمة زيارة الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="211" />
      <source>Your network blocks the fastest kind of video connection, but video can still work through a backup route.</source>
      <translation>شبكتك تمنع أسرع أنواع اتصال الفيديو، لكن الفيديو قد يعمل عبر طريق احتياطي.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="217" />
      <source>If the video is choppy during the visit, try another network (for example your home Wi-Fi instead of a work or hotel network).</source>
      <translation>إن كان الفيديو متقطعًا أثناء الزيارة، فجرّب شبكة أخرى (مثل شبكة Wi-Fi في منزلك بدلًا من شبكة العمل أو الفندق).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="220" />
      <source>Your connection is too unsteady for video right now; a phone visit may be better.</source>
      <translation>اتصالك غير مستقر جدًا للفيديو الآن، وقد تكون الزيارة الهاتفية أفضل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="223" />
      <source>Your connection is a little unsteady, so the video may freeze at times.</source>
      <translation>اتصالك غير مستقر قليلًا، فقد يتجمد الفيديو أحيانًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="232" />
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>works</source>
      <translation>يعمل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="233" />
      <source>no answer</source>
      <translation>لا يوجد رد</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="234" />
      <source>refused us</source>
      <translation>رفض طلبنا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="237" />
      <source>Video relay over UDP</source>
      <translation>مُرحِّل الفيديو عبر UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="238" />
      <source>Video relay over TCP</source>
      <translation>مُرحِّل الفيديو عبر TCP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="239" />
      <source>Video relay over TLS</source>
      <translation>مُرحِّل الفيديو عبر TLS</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="244" />
      <source>WireGuard</source>
      <translation>WireGuard</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="245" />
      <source>OpenVPN</source>
      <translation>OpenVPN</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="246" />
      <source>Cisco AnyConnect</source>
      <translation>Cisco AnyConnect</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="247" />
      <source>GlobalProtect</source>
      <translation>GlobalProtect</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="248" />
      <source>a VPN or tunnel</source>
      <translation>شبكة VPN أو نفق</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="250" />
      <source>2.4 GHz</source>
      <translation>2.4 GHz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="250" />
      <source>5 GHz</source>
      <translation>5 GHz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="250" />
      <source>6 GHz</source>
      <translation>6 GHz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="256" />
      <source>You don't need to change anything for this. If the video does not start during the visit, call the support line.</source>
      <translation>لا تحتاج إلى تغيير أي شيء بسبب هذا. إذا لم يبدأ الفيديو أثناء الزيارة، فاتصل بخط الدعم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="262" />
      <source>Internet connection</source>
      <translation>الاتصال بالإنترنت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="272" />
      <source>Your internet connection can reach the video visit service.</source>
      <translation>اتصالك بالإنترنت يصل إلى خدمة زيارة الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="277" />
      <source>Your computer doesn't seem to be connected to the internet.</source>
      <translation>يبدو أن الكمبيوتر غير متصل بالإنترنت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="279" />
      <source>Check that Wi-Fi is turned on and connected, or that the network cable is plugged in.</source>
      <translation>تحقّق أن شبكة Wi-Fi مشغّلة ومتصلة، أو أن كابل الشبكة موصول.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="284" />
      <source>The computer is not connected to the internet: ask the caller to check that Wi-Fi is on and connected (or the network cable is plugged in), to restart the computer and router, and to try without a VPN.</source>
      <translation>الكمبيوتر غير متصل بالإنترنت: اطلب من المتصل التحقق أن شبكة Wi-Fi مشغّلة ومتصلة (أو أن كابل الشبكة موصول)، وإعادة تشغيل الكمبيوتر والراوتر، والمحاولة دون VPN.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="291" />
      <source>Your Wi-Fi network wants you to sign in before you can use the internet.</source>
      <translation>شبكة Wi-Fi تطلب منك تسجيل الدخول قبل استخدام الإنترنت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="293" />
      <source>Open your web browser and follow the steps on the page that appears (you may need to accept terms or enter a code).</source>
      <translation>افتح متصفح الويب واتبع الخطوات في الصفحة التي تظهر (قد تحتاج إلى قبول الشروط أو إدخال رمز).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="297" />
      <source>A Wi-Fi sign-in page holds back the internet: ask the caller to open a web browser, finish the steps on the page that appears, then run Preflight again.</source>
      <translation>صفحة تسجيل دخول إلى Wi-Fi تمنع الإنترنت: اطلب من المتصل فتح متصفح الويب، وإكمال الخطوات في الصفحة التي تظهر، ثم تشغيل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="306" />
      <source>The visit's services could not be reached: a Wi-Fi sign-in page, firewall or VPN may block them. Sign in to the Wi-Fi page, turn off the VPN, or try another network.</source>
      <translation>تعذّر الوصول إلى خدمات الزيارة: قد تمنعها صفحة تسجيل دخول إلى Wi-Fi أو جدار حماية أو VPN. سجّل الدخول في صفحة Wi-Fi، أو أطفئ VPN، أو جرّب شبكة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="315" />
      <source>Security software or a network filter may be blocking secure connections. If you can, try another network (for example your phone's hotspot).</source>
      <translation>قد يكون برنامج حماية أو مرشّح شبكة يمنع الاتصالات الآمنة. إن استطعت، جرّب شبكة أخرى (مثل نقطة الاتصال في هاتفك).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="321" />
      <source>Secure connections to the visit's services failed their certificate check: security software or a network filter may be intercepting them. Ask the caller to try another network, such as a phone hotspot.</source>
      <translation>فشلت الاتصالات الآمنة بخدمات الزيارة في فحص الشهادة: قد يعترضها برنامج حماية أو مرشّح شبكة. اطلب من المتصل تجربة شبكة أخرى، مثل نقطة اتصال الهاتف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="329" />
      <source>Your computer uses a proxy server. Ask whoever manages it to allow the video visit service.</source>
      <translation>الكمبيوتر يستخدم خادمًا وكيلًا (proxy). اطلب ممن يديره السماح بخدمة زيارة الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="331" />
      <source>The caller's computer uses a proxy server, and the visit's services could not be reached through it: whoever manages the proxy needs to allow them.</source>
      <translation>كمبيوتر المتصل يستخدم خادمًا وكيلًا (proxy)، وتعذّر الوصول إلى خدمات الزيارة من خلاله: على من يدير الخادم الوكيل السماح بها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="340" />
      <source>Call traffic (UDP) is blocked: the call may fall back to a slower path. If video fails, try another network or ask the network's IT to allow UDP.</source>
      <translation>حركة المكالمات (UDP) ممنوعة: قد تنتقل المكالمة إلى طريق أبطأ. إن فشل الفيديو، فجرّب شبكة أخرى أو اطلب من قسم تقنية المعلومات في الشبكة السماح بـ UDP.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="351" />
      <source>UDP was not tested: the STUN server in the settings ([network] stun_server) is not set or its name could not be looked up. Video may still work; if every caller sees this, check the organisation's configuration.</source>
      <translation>لم يُختبر UDP: خادم STUN في الإعدادات ([network] stun_server) غير محدد أو تعذّر البحث عن اسمه. قد يعمل الفيديو مع ذلك، وإن رأى كل المتصلين هذا، فتحقّق من إعدادات المؤسسة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="361" />
      <source>The connection has a long delay (a round trip of {rtt_fail_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>في الاتصال تأخير طويل (ذهاب وإياب {rtt_fail_ms} مللي ثانية أو أكثر): استخدم كابل شبكة أو اقترب من الراوتر، وأعد تشغيل الراوتر إن استمر ذلك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="370" />
      <source>The connection loses data ({loss_fail_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>الاتصال يفقد بيانات ({loss_fail_pct}% من الحزم أو أكثر): اقترب من راوتر Wi-Fi أو استخدم كابل شبكة، وأوقف التنزيلات والبث في المنزل مؤقتًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="379" />
      <source>The connection has a long delay (a round trip of {rtt_warn_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>في الاتصال تأخير طويل (ذهاب وإياب {rtt_warn_ms} مللي ثانية أو أكثر): استخدم كابل شبكة أو اقترب من الراوتر، وأعد تشغيل الراوتر إن استمر ذلك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="388" />
      <source>The connection's delay varies a lot ({jitter_warn_ms} ms or more from one packet to the next): use a cable or move closer to the router, and pause downloads and streaming at home.</source>
      <translation>تأخير الاتصال يتفاوت كثيرًا ({jitter_warn_ms} مللي ثانية أو أكثر من حزمة إلى أخرى): استخدم كابل شبكة أو اقترب من الراوتر، وأوقف التنزيلات والبث في المنزل مؤقتًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="397" />
      <source>The connection loses data ({loss_warn_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>الاتصال يفقد بيانات ({loss_warn_pct}% من الحزم أو أكثر): اقترب من راوتر Wi-Fi أو استخدم كابل شبكة، وأوقف التنزيلات والبث في المنزل مؤقتًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="404" />
      <source>Your connection works, but some of the visit's services could not be found.</source>
      <translation>اتصالك يعمل، لكن تعذّر العثور على بعض خدمات الزيارة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="407" />
      <source>Internet names could not be looked up: restart the router, or try another network such as a phone hotspot.</source>
      <translation>تعذّر البحث عن أسماء مواقع الإنترنت: أعد تشغيل الراوتر، أو جرّب شبكة أخرى مثل نقطة اتصال الهاتف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="414" />
      <source>Video will work, but maybe at lower quality: your network lets it through only a slower route.</source>
      <translation>سيعمل الفيديو، ولكن ربما بجودة أقل: شبكتك لا تسمح له إلا بطريق أبطأ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="417" />
      <source>The video service's relay works only over TCP or TLS; UDP to it is blocked. Video will work, maybe at lower quality: if it is poor, try without a VPN or another network, or ask the network's IT to allow UDP to the relay.</source>
      <translation>مُرحِّل خدمة الفيديو يعمل عبر TCP أو TLS فقط؛ وUDP إليه محظور. سيعمل الفيديو، ربما بجودة أقل: إذا كانت الجودة ضعيفة، جرّب دون VPN أو جرّب شبكة أخرى، أو اطلب من قسم تقنية المعلومات لتلك الشبكة السماح بـ UDP إلى المُرحِّل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="425" />
      <source>Your network blocks video calls.</source>
      <translation>شبكتك تحظر مكالمات الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="426" />
      <source>Try another network (for example your phone's hotspot), or ask for a phone visit.</source>
      <translation>جرّب شبكة أخرى (مثل نقطة الاتصال في هاتفك)، أو اطلب زيارة عبر الهاتف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="428" />
      <source>The caller's network blocks the video relay on every route tried (UDP, TCP, TLS on 443) while web pages work: video cannot connect. Ask them to try another network, such as a phone hotspot, or arrange a phone visit. If many callers see this at once, check that the relay is up.</source>
      <translation>شبكة المتصل تحظر مُرحِّل الفيديو في كل الطرق التي جُرّبت (UDP وTCP وTLS على المنفذ 443) بينما تعمل صفحات الويب: لا يمكن للفيديو أن يتصل. اطلب منه تجربة شبكة أخرى، مثل نقطة اتصال الهاتف، أو رتّب زيارة عبر الهاتف. إذا ظهر هذا لكثير من المتصلين في الوقت نفسه، فتحقق من أن المُرحِّل يعمل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="436" />
      <source>The video service's relay refused us, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>رفض مُرحِّل خدمة الفيديو طلبنا، لذلك لم نتمكن من اختبار الطريق الذي يسلكه الفيديو. هذه مشكلة من جهتنا، وليست في شبكتك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="439" />
      <source>The video service's relay (TURN) refused Preflight: the relay credentials in the settings ([network] turn_username and turn_credential, or the service at turn_credential_url) are wrong or expired, or the relay is full. This is the organisation's infrastructure, not the caller's network: report it to IT.</source>
      <translation>رفض مُرحِّل خدمة الفيديو (TURN) برنامج Preflight: بيانات اعتماد المُرحِّل في الإعدادات ([network] turn_username وturn_credential، أو الخدمة في turn_credential_url) خاطئة أو منتهية الصلاحية، أو المُرحِّل ممتلئ. هذه بنية المؤسسة التحتية، وليست شبكة المتصل: أبلغ قسم تقنية المعلومات.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="448" />
      <source>The video service's relay is not answering (it seems to be down), so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>مُرحِّل خدمة الفيديو لا يستجيب (يبدو أنه متوقف)، لذلك لم نتمكن من اختبار الطريق الذي يسلكه الفيديو. هذه ليست مشكلة في شبكتك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="452" />
      <source>The video service's relay ([network] turn_servers) refused the connection: it appears to be down. Report it to IT; the caller's network is not the cause.</source>
      <translation>رفض مُرحِّل خدمة الفيديو ([network] turn_servers) الاتصال: يبدو أنه متوقف. أبلغ قسم تقنية المعلومات؛ شبكة المتصل ليست السبب.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="459" />
      <source>The video service's relay could not be found, so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>تعذّر العثور على مُرحِّل خدمة الفيديو، لذلك لم نتمكن من اختبار الطريق الذي يسلكه الفيديو. هذه ليست مشكلة في شبكتك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="462" />
      <source>The relay's name in [network] turn_servers could not be looked up while other names could: check the name in the settings and the organisation's DNS. The caller's network is not the cause.</source>
      <translation>تعذّر البحث عن اسم المُرحِّل في [network] turn_servers بينما أمكن البحث عن أسماء أخرى: تحقق من الاسم في الإعدادات ومن نظام DNS الخاص بالمؤسسة. شبكة المتصل ليست السبب.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="469" />
      <source>We could not get a sign-in for the video service's relay, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>لم نتمكن من الحصول على إذن دخول لمُرحِّل خدمة الفيديو، لذلك لم نتمكن من اختبار الطريق الذي يسلكه الفيديو. هذه مشكلة من جهتنا، وليست في شبكتك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="473" />
      <source>The relay credential service ([network] turn_credential_url) gave Preflight no usable credential or relay address (unreachable, an error, or an answer without a username and password): check that service. The caller's network is not the cause.</source>
      <translation>لم تعطِ خدمة بيانات اعتماد المُرحِّل ([network] turn_credential_url) برنامج Preflight أي بيانات اعتماد أو عنوان مُرحِّل صالح (تعذّر الوصول إليها، أو خطأ، أو رد بلا اسم مستخدم وكلمة مرور): تحقق من تلك الخدمة. شبكة المتصل ليست السبب.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="482" />
      <source>Your Wi-Fi signal is weak where you are, so the video may freeze.</source>
      <translation>إشارة Wi-Fi ضعيفة في مكانك، لذلك قد يتجمّد الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="483" />
      <source>Move closer to your Wi-Fi router, or connect with a network cable if you can.</source>
      <translation>اقترب من راوتر Wi-Fi، أو اتصل بكابل شبكة إن استطعت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="485" />
      <source>The caller's Wi-Fi signal is weak ({wifi_weak_dbm} dBm or less; video calls need about -67 dBm): ask them to move closer to the router, or to use a network cable.</source>
      <translation>إشارة Wi-Fi لدى المتصل ضعيفة ({wifi_weak_dbm} dBm أو أقل؛ مكالمات الفيديو تحتاج إلى نحو -67 dBm): اطلب منه أن يقترب من الراوتر أو أن يستخدم كابل شبكة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="492" />
      <source>Your connection goes through a VPN, which can slow down the video.</source>
      <translation>يمر اتصالك عبر شبكة VPN، وقد يبطئ ذلك الفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="493" />
      <source>If you can, turn off the VPN for the visit, then {check_again}.</source>
      <translation>إن استطعت، أوقف VPN أثناء الموعد، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="494" />
      <source>The caller's traffic goes through a VPN or tunnel, and the connection is slow or unsteady: ask them to try without the VPN (or with a split tunnel for the video service).</source>
      <translation>تمر حركة بيانات المتصل عبر شبكة VPN أو نفق، والاتصال بطيء أو غير مستقر: اطلب منه أن يجرّب دون VPN (أو بنفق مقسّم لخدمة الفيديو).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="503" />
      <source>Your Wi-Fi uses the slower 2.4 GHz band.</source>
      <translation>يستخدم اتصال Wi-Fi لديك نطاق 2.4 GHz الأبطأ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="505" />
      <source>If your router also offers a 5 GHz network (its name often ends in "5G"), connect to that one: it is usually faster and steadier.</source>
      <translation>إن كان الراوتر يوفّر أيضًا شبكة 5 GHz (غالبًا ما ينتهي اسمها بـ «5G»)، فاتصل بها: فهي عادةً أسرع وأكثر استقرارًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="516" />
      <location filename="../../src/preflight/support/code_v2.py" line="71" />
      <source>UDP loss</source>
      <translation>فقد UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="518" />
      <location filename="../../src/preflight/support/code_v2.py" line="73" />
      <source>UDP round trip</source>
      <translation>الذهاب والإياب عبر UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="524" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="597" />
      <source>Relay round trip</source>
      <translation>زمن الذهاب والإياب عبر المُرحِّل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="528" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="603" />
      <source>Wi-Fi signal</source>
      <translation>إشارة Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="530" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="607" />
      <source>Wi-Fi band</source>
      <translation>نطاق Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="532" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="610" />
      <source>Wi-Fi link rate</source>
      <translation>سرعة وصلة Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="534" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="613" />
      <source>VPN or tunnel in the route</source>
      <translation>VPN أو نفق في المسار</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="539" />
      <source>Names looked up (DNS)</source>
      <translation>الأسماء التي تم البحث عنها (DNS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="541" />
      <source>Visit services reached</source>
      <translation>خدمات الزيارة التي تم الوصول إليها</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="543" />
      <source>Services not reached</source>
      <translation>الخدمات التي تعذّر الوصول إليها</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="545" />
      <source>Proxy server in use</source>
      <translation>خادم وكيل قيد الاستخدام</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="547" />
      <source>Wi-Fi sign-in page</source>
      <translation>صفحة تسجيل دخول Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="550" />
      <source>Fast video connection (UDP)</source>
      <translation>اتصال فيديو سريع (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="552" />
      <source>Public address found</source>
      <translation>تم العثور على عنوان عام</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="555" />
      <source>Round trip (UDP)</source>
      <translation>الذهاب والإياب (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="557" />
      <source>Delay variation (UDP)</source>
      <translation>تفاوت التأخير (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="559" />
      <source>Data lost (UDP)</source>
      <translation>البيانات المفقودة (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="561" />
      <source>Backup route for video (TCP 443)</source>
      <translation>طريق احتياطي للفيديو (TCP 443)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="571" />
      <source>Relay round trip (UDP)</source>
      <translation>زمن الذهاب والإياب عبر المُرحِّل (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="574" />
      <source>Relay data lost (UDP)</source>
      <translation>البيانات المفقودة في المُرحِّل (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="576" />
      <source>Relay problem (UDP)</source>
      <translation>مشكلة المُرحِّل (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="582" />
      <source>Relay round trip (TCP)</source>
      <translation>زمن الذهاب والإياب عبر المُرحِّل (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="584" />
      <source>Relay data lost (TCP)</source>
      <translation>البيانات المفقودة في المُرحِّل (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="586" />
      <source>Relay problem (TCP)</source>
      <translation>مشكلة المُرحِّل (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="591" />
      <source>Relay round trip (TLS)</source>
      <translation>زمن الذهاب والإياب عبر المُرحِّل (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="593" />
      <source>Relay data lost (TLS)</source>
      <translation>البيانات المفقودة في المُرحِّل (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="595" />
      <source>Relay problem (TLS)</source>
      <translation>مشكلة المُرحِّل (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="600" />
      <source>Relay test time</source>
      <translation>مدة اختبار المُرحِّل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="777" />
      <source>Checking your internet connection…</source>
      <translation>جارٍ فحص الاتصال بالإنترنت…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="10" />
      <source>If you're on a work network or VPN, try without it.</source>
      <translation>إن كنت على شبكة عمل أو VPN، فجرّب دونها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="11" />
      <source>Restart your computer and router, then {check_again}.</source>
      <translation>أعد تشغيل الكمبيوتر والراوتر، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="12" />
      <source>Move closer to your router, or connect with a network cable if you can.</source>
      <translation>اقترب من الراوتر، أو اتصل بكابل شبكة إن استطعت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="13" />
      <source>Pause other downloads or streaming (TV, games, backups) during the visit.</source>
      <translation>أوقف التنزيلات أو البث الأخرى مؤقتًا (التلفاز، والألعاب، والنسخ الاحتياطي) أثناء الزيارة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="18" />
      <source>Connection</source>
      <translation>الاتصال</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="19" />
      <source>We are measuring your internet connection. This started when you pressed Start.</source>
      <translation>نقيس الآن اتصالك بالإنترنت. بدأ هذا عندما ضغطت «ابدأ».</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1736" />
      <source>Finding a speed test server…</source>
      <translation>جارٍ البحث عن خادم لاختبار السرعة…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1775" />
      <source>Measuring download speed…</source>
      <translation>جارٍ قياس سرعة التنزيل…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1792" />
      <source>Measuring upload speed…</source>
      <translation>جارٍ قياس سرعة الرفع…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="42" />
      <source>Your '{device}' microphone works.</source>
      <translation>الميكروفون '{device}' لديك يعمل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="43" />
      <source>Choose '{device}' as your microphone, then {check_again}.</source>
      <translation>اختر '{device}' ميكروفونًا لك، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="44" />
      <source>Another microphone works: ask the caller to choose it in the list, then check again.</source>
      <translation>يوجد ميكروفون آخر يعمل: اطلب من المتصل اختياره من القائمة، ثم افحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="48" />
      <source>Your '{device}' camera works.</source>
      <translation>الكاميرا '{device}' لديك تعمل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="49" />
      <source>Choose '{device}' as your camera, then {check_again}.</source>
      <translation>اختر '{device}' كاميرا لك، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="50" />
      <source>Another camera works: ask the caller to choose it in the list, then check again.</source>
      <translation>توجد كاميرا أخرى تعمل: اطلب من المتصل اختيارها من القائمة، ثم افحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="54" />
      <source>Your computer can play sound on '{device}'.</source>
      <translation>يستطيع جهاز الكمبيوتر لديك تشغيل الصوت على '{device}'.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="55" />
      <source>Choose '{device}' as your speakers, then {check_again}.</source>
      <translation>اختر '{device}' سماعات لك، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="56" />
      <source>Sound can play on another output: ask the caller to choose it in the list, then check again.</source>
      <translation>يمكن تشغيل الصوت على مخرج آخر: اطلب من المتصل اختياره من القائمة، ثم افحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="68" />
      <source>Another device that works</source>
      <translation>جهاز آخر يعمل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="71" />
      <source>Devices tried</source>
      <translation>الأجهزة التي جُرّبت</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>does not work</source>
      <translation>لا يعمل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="36" />
      <source>Your computer is short of resources. A restart is recommended.</source>
      <translation>موارد الكمبيوتر غير كافية. يُنصح بإعادة تشغيله.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="38" />
      <source>Restart your computer shortly before your visit: it frees memory and gives the video call the most bandwidth. Then open only what you need for the visit.</source>
      <translation>أعد تشغيل الكمبيوتر قبل زيارتك بقليل: هذا يحرّر الذاكرة ويعطي مكالمة الفيديو أكبر سرعة ممكنة. ثم افتح فقط ما تحتاج إليه للزيارة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="40" />
      <source>If you can't restart now, close these programs: {programs}.</source>
      <translation>إن لم تستطع إعادة التشغيل الآن، فأغلق هذه البرامج: {programs}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="136" />
      <location filename="../../src/preflight/checks/system.py" line="187" />
      <source>Computer</source>
      <translation>الكمبيوتر</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="144" />
      <source>Your computer has enough free resources for a video visit.</source>
      <translation>لدى الكمبيوتر موارد كافية لزيارة فيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="152" />
      <source>Ask the caller to restart the computer shortly before the visit, then open only what the visit needs.</source>
      <translation>اطلب من المتصل إعادة تشغيل الكمبيوتر قبل الزيارة بقليل، ثم فتح ما تحتاج إليه الزيارة فقط.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="157" />
      <source>Other programs are using {others_cpu}% of the processor.</source>
      <translation>البرامج الأخرى تستخدم {others_cpu}% من المعالج.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="158" />
      <source>Only {gb} GB of memory is free.</source>
      <translation>الذاكرة الحرة {gb} غيغابايت فقط.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="160" />
      <source>{memory_used_percent}% of the memory is in use.</source>
      <translation>{memory_used_percent}% من الذاكرة قيد الاستخدام.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="162" />
      <source>The computer is short of memory and is using the disk instead.</source>
      <translation>ذاكرة الكمبيوتر غير كافية، فهو يستخدم القرص بدلًا منها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="163" />
      <source>Your computer has been on for {days} days.</source>
      <translation>الكمبيوتر يعمل دون إعادة تشغيل منذ مدة طويلة (عدد الأيام: {days}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="164" />
      <source>Your computer has been on for {days} day.</source>
      <translation>الكمبيوتر يعمل منذ {days} يوم دون إعادة تشغيل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="170" />
      <source>Your battery is low. Plug in your charger.</source>
      <translation>البطارية منخفضة. صِل الشاحن.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="171" />
      <source>Your battery is at {battery_percent}%. Plug in your charger so the computer doesn't switch off during the visit.</source>
      <translation>البطارية عند {battery_percent}%. صِل الشاحن حتى لا ينطفئ الكمبيوتر أثناء الزيارة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="173" />
      <source>The battery is low: plug in the charger.</source>
      <translation>البطارية منخفضة: صِل الشاحن.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="178" />
      <source>Your computer is ready, but its disk is almost full.</source>
      <translation>الكمبيوتر جاهز، لكن القرص ممتلئ تقريبًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="179" />
      <source>Your disk has only {gb} GB free. Delete or move some large files (videos, downloads) if you can.</source>
      <translation>المساحة الحرة في القرص {gb} غيغابايت فقط. احذف بعض الملفات الكبيرة أو انقلها (مقاطع الفيديو، والتنزيلات) إن استطعت.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="181" />
      <source>The disk is almost full: ask the caller to delete or move large files after the visit.</source>
      <translation>القرص ممتلئ تقريبًا: اطلب من المتصل حذف الملفات الكبيرة أو نقلها بعد الزيارة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="188" />
      <source>We are checking that your computer has enough free memory and processor time for video.</source>
      <translation>نتحقق من أن لدى الكمبيوتر ذاكرة حرة ووقت معالج كافيين للفيديو.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="192" />
      <source>{value} GB of memory free</source>
      <translation>{value} غيغابايت من الذاكرة متاحة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="193" />
      <source>less than 1 GB of memory free</source>
      <translation>أقل من 1 غيغابايت من الذاكرة متاحة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for 1 day</source>
      <translation>يعمل منذ يوم واحد (1)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for {value} days</source>
      <translation>يعمل منذ {value} أيام</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="195" />
      <source>started today</source>
      <translation>شُغّل اليوم</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="196" />
      <source>other programs use {value}% of the processor</source>
      <translation>برامج أخرى تستخدم {value}% من المعالج</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="197" />
      <source>the processor is free</source>
      <translation>المعالج غير مشغول</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="199" />
      <location filename="../../src/preflight/support/code_v1.py" line="132" />
      <source>plugged in</source>
      <translation>موصول بالشاحن</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="200" />
      <source>on battery, {battery_percent}% charged</source>
      <translation>يعمل بالبطارية، مشحونة بنسبة {battery_percent}%</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="124" />
      <location filename="../../src/preflight/support/code_v2.py" line="97" />
      <source>free memory</source>
      <translation>الذاكرة الحرة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="215" />
      <location filename="../../src/preflight/support/code_v1.py" line="126" />
      <location filename="../../src/preflight/support/code_v2.py" line="99" />
      <source>time since last restart</source>
      <translation>المدة منذ آخر إعادة تشغيل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="216" />
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <location filename="../../src/preflight/support/code_v2.py" line="100" />
      <source>days</source>
      <translation>أيام</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="220" />
      <source>Processor used by other programs</source>
      <translation>المعالج المستخدم من البرامج الأخرى</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="223" />
      <source>Processors</source>
      <translation>المعالجات</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="225" />
      <source>Memory installed</source>
      <translation>الذاكرة المثبتة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="227" />
      <source>Free memory</source>
      <translation>الذاكرة الحرة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="229" />
      <source>Memory in use</source>
      <translation>الذاكرة قيد الاستخدام</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="230" />
      <source>Memory on the disk (swap) in use</source>
      <translation>الذاكرة على القرص (swap) قيد الاستخدام</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <source>Time since last restart</source>
      <translation>المدة منذ آخر إعادة تشغيل</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="234" />
      <source>Battery charge</source>
      <translation>شحن البطارية</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="236" />
      <source>Running on battery</source>
      <translation>يعمل على البطارية</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="238" />
      <source>Free disk space</source>
      <translation>المساحة الحرة في القرص</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="240" />
      <source>Programs using the most processor</source>
      <translation>البرامج الأكثر استخدامًا للمعالج</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="243" />
      <source>Programs using the most memory</source>
      <translation>البرامج الأكثر استخدامًا للذاكرة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="246" />
      <source>Programs you could close</source>
      <translation>برامج يمكنك إغلاقها</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="342" />
      <source>Measuring how busy your computer is…</source>
      <translation>جارٍ قياس مدى انشغال الكمبيوتر…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="183" />
      <source>Stopped.</source>
      <translation>توقف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="303" />
      <source>Cameras:</source>
      <translation>الكاميرات:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="304" />
      <source>Microphones:</source>
      <translation>الميكروفونات:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="305" />
      <source>Speakers:</source>
      <translation>مكبرات الصوت:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="310" />
      <source>(none found)</source>
      <translation>(لم يُعثر على شيء)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="312" />
      <source>(default)</source>
      <translation>(الافتراضي)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="315" />
      <source>Note: {problem}</source>
      <translation>ملاحظة: {problem}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="339" />
      <source>Checking {check}…</source>
      <extracomment>{check} is a check's name in lower case, e.g. "computer".</extracomment>
      <translation>جارٍ فحص {check}…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="364" />
      <source>y, yes</source>
      <extracomment>words typed for YES at the terminal, comma-separated; first one shown: "sí, si, s"</extracomment>
      <translation>نعم, y</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="366" />
      <source>n, no</source>
      <extracomment>words typed for NO at the terminal, comma-separated; first one shown: "no, n"</extracomment>
      <translation>لا, n</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="482" />
      <source>Stopped. Nothing was changed on your computer.</source>
      <translation>توقف. لم يتغير شيء في الكمبيوتر.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="487" />
      <source>Preflight could not run the checks.</source>
      <translation>لم يتمكن Preflight من تشغيل الفحوص.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="581" />
      <source>Report saved to {path}</source>
      <translation>تم حفظ التقرير في {path}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="594" />
      <source>Preflight for {organisation}</source>
      <translation>Preflight لـ {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="601" />
      <source>Devices tried:</source>
      <translation>الأجهزة التي جُرّبت:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="608" />
      <location filename="../../src/preflight/support/reports.py" line="221" />
      <source>We recommend restarting your computer shortly before your visit:</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>ننصح بإعادة تشغيل الكمبيوتر قبل زيارتك بقليل:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="615" />
      <source>Need help? Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): the number stays as written.</extracomment>
      <translation>هل تحتاج إلى مساعدة؟ اتصل بـ {label}: {phone}، {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="629" />
      <source>Support code (read this to the help desk): {code}</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code</extracomment>
      <translation>رمز الدعم (اقرأه لمكتب المساعدة): {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="25" />
      <source>No display found: the Preflight window cannot open here. Run 'preflight check' to check your computer in the terminal.</source>
      <translation>لم يُعثر على شاشة عرض: لا يمكن فتح نافذة Preflight هنا. شغّل الأمر «preflight check» لفحص الكمبيوتر في الطرفية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="29" />
      <source>The Preflight window cannot open here: the system's display libraries did not load (the log says which). Run 'preflight check' to check your computer in the terminal.</source>
      <translation>لا يمكن فتح نافذة Preflight هنا: لم تُحمَّل مكتبات العرض في النظام (السجل يذكر أيها). شغّل الأمر «preflight check» لفحص الكمبيوتر في الطرفية.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="359" />
      <source>The {check} check could not finish: ask the caller to run Preflight again; if it happens again, ask them to send the report and the log ('preflight logs' shows where it is).</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>تعذّر إكمال فحص {check}: اطلب من المتصل تشغيل Preflight مرة أخرى، وإن تكرر ذلك، فاطلب منه إرسال التقرير والسجل (الأمر «preflight logs» يبيّن مكانه).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="363" />
      <source>The run was stopped early: ask the caller to run Preflight again.</source>
      <translation>توقف التشغيل مبكرًا: اطلب من المتصل تشغيل Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="371" />
      <source>The {check} check took too long and was stopped.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>استغرق فحص {check} وقتًا طويلًا جدًا فأُوقف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="373" />
      <source>Close other programs that may be using it, then {check_again}.</source>
      <translation>أغلق البرامج الأخرى التي قد تستخدمه، ثم {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="382" />
      <source>Something went wrong while checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>حدث خطأ أثناء فحص {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="392" />
      <source>The {check} check could not start: part of Preflight is missing or damaged.</source>
      <translation>تعذّر بدء فحص {check}: جزء من Preflight مفقود أو تالف.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="393" />
      <source>Reinstall Preflight, or call the support line below.</source>
      <translation>أعد تثبيت Preflight، أو اتصل بخط الدعم أدناه.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="394" />
      <source>Part of Preflight is missing on the caller's computer: ask them to reinstall it.</source>
      <translation>جزء من Preflight مفقود في كمبيوتر المتصل: اطلب منه إعادة تثبيته.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="400" />
      <source>Not finished: the check was stopped.</source>
      <translation>لم يكتمل: أُوقف الفحص.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="406" />
      <source>Not checked: the check was stopped before it started.</source>
      <translation>لم يُفحص: أُوقف الفحص قبل أن يبدأ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="419" />
      <source>Error type</source>
      <translation>نوع الخطأ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="427" />
      <source>Time limit</source>
      <translation>المهلة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="24" />
      <source>Ready</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>جاهز</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="25" />
      <source>Check this</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>تحقّق من هذا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="27" />
      <source>Could not check</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>تعذّر الفحص</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="28" />
      <source>Not checked</source>
      <translation>لم يُفحص</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="29" />
      <location filename="../../src/preflight/restart/state.py" line="172" />
      <source>Checking…</source>
      <translation>جارٍ الفحص…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="30" />
      <source>Not started</source>
      <translation>لم يبدأ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="41" />
      <source>We found no problem with your {check}.</source>
      <extracomment>SAFETY: never more certain than the English; {check}: e.g. "video calls".</extracomment>
      <translation>لم نجد أي مشكلة في فحص {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="43" />
      <source>We found something to improve with your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>وجدنا أمرًا يمكن تحسينه في فحص {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="45" />
      <source>We found a problem with your {check}.</source>
      <extracomment>SAFETY: plainly a problem; {check}: a check's name, e.g. "camera".</extracomment>
      <translation>وجدنا مشكلة في فحص {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="47" />
      <source>We could not finish checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>لم نتمكن من إكمال فحص {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="49" />
      <source>We did not check your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>لم نفحص {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="124" />
      <source>Almost done: still checking…</source>
      <translation>على وشك الانتهاء: ما زال الفحص جاريًا…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="131" />
      <source>Let's get you some help</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>دعنا نساعدك</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="134" />
      <source>You're ready for your visit</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>أنت جاهز لزيارتك</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="138" />
      <source>Not every check finished: please check again</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>لم تكتمل كل الفحوص: يُرجى الفحص مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="141" />
      <source>Almost ready: 1 thing to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>جاهز تقريبًا: أمر واحد (1) يحتاج إلى إصلاح</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="144" />
      <source>Almost ready: {count} things to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>جاهز تقريبًا: بقيت أمور تحتاج إلى إصلاح ({count})</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="149" />
      <source>Everything we checked is working. See you at your visit.</source>
      <translation>كل ما فحصناه يعمل. نراك في زيارتك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="150" />
      <source>Your visit can probably go ahead. Fixing these makes it go better.</source>
      <translation>على الأرجح يمكن أن تتم زيارتك. إصلاح هذه الأمور يجعلها أفضل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="151" />
      <source>Something needs fixing before your visit. Try the steps below, or call us: we can help.</source>
      <translation>هناك شيء يحتاج إلى إصلاح قبل زيارتك. جرّب الخطوات أدناه، أو اتصل بنا: يمكننا المساعدة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="154" />
      <source>Some checks are still running. This page updates by itself.</source>
      <translation>بعض الفحوص ما زالت جارية. تتحدّث هذه الصفحة تلقائيًا.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="179" />
      <source>{device} (the one chosen)</source>
      <extracomment>{device} is a device's name, e.g. "USB headset".</extracomment>
      <translation>{device} (المختار)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>Press Check again</source>
      <translation>اضغط «افحص مرة أخرى»</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>press Check again</source>
      <translation>اضغط «افحص مرة أخرى»</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>Run 'preflight check' again</source>
      <translation>شغّل الأمر «preflight check» مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>run 'preflight check' again</source>
      <translation>شغّل الأمر «preflight check» مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/devices_scan.py" line="28" />
      <source>Could not look for devices ({error}).</source>
      <translation>تعذّر البحث عن الأجهزة ({error}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="25" />
      <source>Preflight could not set itself to open again after the restart, so it did not restart your computer. You can restart it yourself the usual way, then open Preflight again.</source>
      <translation>لم يتمكن Preflight من ضبط نفسه ليفتح من جديد بعد إعادة التشغيل، لذلك لم يُعِد تشغيل الكمبيوتر. يمكنك إعادة تشغيله بنفسك بالطريقة المعتادة، ثم افتح Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="29" />
      <source>Your computer did not restart. If you still want to, save your work and press Restart now again.</source>
      <translation>لم يُعَد تشغيل الكمبيوتر. إذا كنت لا تزال تريد ذلك، احفظ عملك واضغط «أعد التشغيل الآن» مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="33" />
      <source>Preflight is already open: its window has been brought to the front.</source>
      <translation>Preflight مفتوح بالفعل: تم إحضار نافذته إلى الأمام.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="37" />
      <source>Preflight is already open in another window. Please use that window.</source>
      <translation>Preflight مفتوح بالفعل في نافذة أخرى. يُرجى استخدام تلك النافذة.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="40" />
      <source>Save your work. Your computer will restart, and Preflight will open again by itself to check once more.</source>
      <translation>احفظ عملك. سيُعاد تشغيل الكمبيوتر، وسيفتح Preflight من جديد تلقائياً ليفحص مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="52" />
      <source>Your computer did not let Preflight restart it (it may need an administrator). Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>لم يسمح الكمبيوتر لـ Preflight بإعادة تشغيله (قد يحتاج إلى مسؤول). احفظ عملك، وأعد تشغيل الكمبيوتر بالطريقة المعتادة، ثم افتح Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="56" />
      <source>Preflight could not ask your computer to restart. Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>لم يتمكن Preflight من طلب إعادة تشغيل الكمبيوتر. احفظ عملك، وأعد تشغيل الكمبيوتر بالطريقة المعتادة، ثم افتح Preflight مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="60" />
      <source>Your computer is restarting. Preflight will open again by itself when you are back.</source>
      <translation>يُعاد تشغيل الكمبيوتر الآن. سيفتح Preflight من جديد تلقائياً عندما تعود.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="169" />
      <source>Better now</source>
      <translation>أفضل الآن</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="170" />
      <source>Still a problem</source>
      <translation>لا تزال مشكلة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="171" />
      <source>Fine</source>
      <translation>جيد</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="174" />
      <source>Welcome back</source>
      <translation>مرحباً بعودتك</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="175" />
      <source>Preflight opened again by itself. It is checking your computer once more, to see whether the restart helped.</source>
      <translation>فتح Preflight من جديد تلقائياً. إنه يفحص الكمبيوتر مرة أخرى، ليرى هل ساعدت إعادة التشغيل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="177" />
      <source>Your computer has not restarted since you pressed Restart now, so these numbers are from before a restart. Preflight is checking again anyway.</source>
      <translation>لم يُعَد تشغيل الكمبيوتر منذ أن ضغطت أعد التشغيل الآن، لذلك هذه الأرقام من قبل إعادة التشغيل. يفحص Preflight مرة أخرى على أي حال.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="181" />
      <source>The restart helped: what it was meant to fix is fine now.</source>
      <translation>ساعدت إعادة التشغيل: ما كان يجب إصلاحه أصبح جيداً الآن.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="182" />
      <source>The restart helped with some of it. What is still a problem is marked below.</source>
      <translation>ساعدت إعادة التشغيل في جزء منه. ما لا يزال مشكلة معلَّم في الأسفل.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="184" />
      <source>The restart did not fix this. The computer step shows what else you can do.</source>
      <translation>لم تُصلح إعادة التشغيل هذا. خطوة الكمبيوتر توضح ما يمكنك فعله أيضاً.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="186" />
      <source>Your computer is fine.</source>
      <translation>الكمبيوتر جيد.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="187" />
      <source>Checking your computer again…</source>
      <translation>نفحص الكمبيوتر مرة أخرى…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="188" />
      <source>Preflight could not check your computer again. Press Continue to go on.</source>
      <translation>لم يتمكن Preflight من فحص الكمبيوتر مرة أخرى. اضغط «متابعة» للمضي قدماً.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="73" />
      <source>This code has a typo — ask the caller to read it again.</source>
      <translation>في هذا الرمز خطأ — اطلب من المتصل قراءته مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="74" />
      <location filename="../../src/preflight/support/code_v1.py" line="157" />
      <source>This is not a Preflight support code. Ask the caller to read it again.</source>
      <translation>هذا ليس رمز دعم من Preflight. اطلب من المتصل قراءته مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="145" />
      <location filename="../../src/preflight/support/code.py" line="148" />
      <source>Please enter the support code.</source>
      <translation>يُرجى إدخال رمز الدعم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="154" />
      <source>Support codes never contain “{character}”: ask the caller to read the code again.</source>
      <translation>رموز الدعم لا تحتوي أبدًا على «{character}»: اطلب من المتصل قراءة الرمز مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="182" />
      <source>This code comes from a newer version of Preflight (code format {version}). Update Preflight on this computer to read it, or ask the caller to send the report.</source>
      <translation>هذا الرمز من إصدار أحدث من Preflight (صيغة الرمز {version}). حدّث Preflight على هذا الكمبيوتر لقراءته، أو اطلب من المتصل إرسال التقرير.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="204" />
      <source>This code is too short: it has {count} of {length} characters. Ask the caller to read it again.</source>
      <translation>هذا الرمز قصير جدًا: فيه {count} من {length} حرفًا. اطلب من المتصل قراءته مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="207" />
      <source>This code is too long: it has {count} characters, support codes have {length}. Ask the caller to read it again.</source>
      <translation>هذا الرمز طويل جدًا: فيه {count} حرفًا، ورموز الدعم فيها {length}. اطلب من المتصل قراءته مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="277" />
      <source>This code comes from Preflight {theirs}, whose checks differ from this Preflight's ({ours}). Ask the caller to send the report instead.</source>
      <translation>هذا الرمز من الإصدار {theirs} من Preflight، وفحوصه تختلف عن فحوص هذا الإصدار ({ours}). اطلب من المتصل إرسال التقرير بدلًا منه.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="129" />
      <location filename="../../src/preflight/support/code_layout.py" line="296" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="133" />
      <source>under {edge}{unit}</source>
      <translation>أقل من {edge}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="136" />
      <source>{edge}{unit} or more</source>
      <translation>{edge}{unit} أو أكثر</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="140" />
      <source>{low} to {high}{unit}</source>
      <translation>من {low} إلى {high}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="100" />
      <source>call traffic (UDP) lost</source>
      <translation>فقد حركة المكالمات (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="101" />
      <source>names look up (DNS)</source>
      <translation>البحث عن الأسماء (DNS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="102" />
      <source>visit services reachable</source>
      <translation>إمكانية الوصول إلى خدمات الزيارة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="105" />
      <source>distorted (too loud)</source>
      <translation>مشوّش (مرتفع جدًا)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="116" />
      <source>speakers heard by the microphone (echo)</source>
      <translation>الميكروفون يسمع مكبرات الصوت (صدى)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="117" />
      <source>picture size</source>
      <translation>حجم الصورة</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="121" />
      <source>face seen</source>
      <translation>رؤية الوجه</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="122" />
      <source>processor used by other programs</source>
      <translation>المعالج المستخدم من البرامج الأخرى</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="128" />
      <source>battery</source>
      <translation>البطارية</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="131" />
      <source>no battery, or unknown</source>
      <translation>لا توجد بطارية، أو غير معروف</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="133" />
      <source>on battery, enough charge</source>
      <translation>على البطارية، والشحن كافٍ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="134" />
      <source>on battery, low</source>
      <translation>على البطارية، والشحن منخفض</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="39" />
      <source>Read from a support code.</source>
      <translation>مقروء من رمز دعم.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="41" />
      <source>{title}: a problem was found. Ask the caller what the screen says and follow its advice.</source>
      <translation>{title}: وُجدت مشكلة. اسأل المتصل عما تعرضه الشاشة واتبع نصيحتها.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="174" />
      <source>Support code {code}</source>
      <translation>رمز الدعم {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="175" />
      <source>Preflight {version}, code format {format}</source>
      <translation>الإصدار {version} من Preflight، صيغة الرمز {format}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="180" />
      <source>This is Preflight {ours}: if its checks differ from the caller's, ask the caller to send the report instead.</source>
      <translation>هذا هو الإصدار {ours} من Preflight: إن كانت فحوصه تختلف عن فحوص المتصل، فاطلب من المتصل إرسال التقرير بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="184" />
      <location filename="../../src/preflight/support/reports.py" line="232" />
      <source>Overall: {verdict}</source>
      <translation>النتيجة العامة: {verdict}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="193" />
      <location filename="../../src/preflight/support/reports.py" line="195" />
      <source>Findings: {ids}</source>
      <translation>النتائج التفصيلية: {ids}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="201" />
      <source>Likely fixes:</source>
      <translation>إصلاحات محتملة:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="204" />
      <source>Nothing to fix.</source>
      <translation>لا شيء يحتاج إلى إصلاح.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="51" />
      <source>Preflight report</source>
      <translation>تقرير Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="209" />
      <source>Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>اتصل بـ {label}: {phone}، {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="215" />
      <source>Checked on {when} with Preflight {version}</source>
      <translation>تم الفحص في {when} باستخدام الإصدار {version} من Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="228" />
      <source>Preflight report for {organisation}</source>
      <translation>تقرير Preflight لـ {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="247" />
      <source>Support code: {code}</source>
      <translation>رمز الدعم: {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="339" />
      <source>Support code</source>
      <translation>رمز الدعم</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="341" />
      <source>If you call for help, read this code to the help desk:</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code stays as it is.</extracomment>
      <translation>إن اتصلت لطلب المساعدة، فاقرأ هذا الرمز لمكتب المساعدة:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="346" />
      <source>Need help?</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>هل تحتاج إلى مساعدة؟</translation>
    </message>
  </context>
</TS>
