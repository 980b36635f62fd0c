<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht" sourcelanguage="en">
  <context>
    <name>AskDialog</name>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="18" />
      <source>A quick question</source>
      <translation>Yon ti kesyon</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="26" />
      <source>Yes</source>
      <translation>Wi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="27" />
      <source>No</source>
      <translation>Non</translation>
    </message>
  </context>
  <context>
    <name>CheckStepView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="227" />
      <source>What to do now</source>
      <translation>Sa pou fè kounye a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="247" />
      <source>Progress</source>
      <translation>Pwogrè</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="274" />
      <source>Camera picture</source>
      <translation>Imaj kamera a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="277" />
      <source>Tip about your picture</source>
      <translation>Konsèy sou imaj ou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="282" />
      <source>Play back my voice</source>
      <translation>Koute vwa mwen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="283" />
      <source>Plays what the microphone recorded, so you can hear how you sound.</source>
      <translation>Li jwe sa mikwofòn nan anrejistre, pou ou ka tande kijan vwa ou sonnen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="288" />
      <source>Play test sound</source>
      <translation>Jwe son tès la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="289" />
      <source>Plays a short chime on your speakers.</source>
      <translation>Li jwe yon ti sonnri kout nan opalè ou yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="301" />
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Show details</source>
      <translation>Montre detay yo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="302" />
      <source>Shows the measurements behind this result.</source>
      <translation>Li montre mezi ki dèyè rezilta sa a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Back</source>
      <translation>Retounen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Go to the previous step.</source>
      <translation>Ale nan etap anvan an.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stop checking</source>
      <translation>Kanpe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stops the check that is running.</source>
      <translation>Li kanpe tès k ap fèt la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Go to the next step.</source>
      <translation>Ale nan etap swivan an.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Next</source>
      <translation>Swivan</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Hide details</source>
      <translation>Kache detay yo</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="434" />
      <source>Before your visit</source>
      <translation>Anvan vizit ou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="435" />
      <source>Tick each item when it is done. Your ticks are kept on this computer until tomorrow.</source>
      <translation>Make chak bagay lè ou fin fè l. Mak ou yo rete sou òdinatè sa a jiska demen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="454" />
      <source>Back to results</source>
      <translation>Retounen nan rezilta yo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="455" />
      <source>Help and phone numbers</source>
      <translation>Èd ak nimewo telefòn</translation>
    </message>
  </context>
  <context>
    <name>HelpDeskView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="532" />
      <source>Help-desk mode</source>
      <translation>Mòd sèvis sipò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="534" />
      <source>Run all checks</source>
      <translation>Tcheke tout</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="535" />
      <source>Run selected check</source>
      <translation>Tcheke sa ki chwazi a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stop</source>
      <translation>Kanpe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stops every running check.</source>
      <translation>Li kanpe tout tès k ap fèt yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="537" />
      <source>Back to patient view</source>
      <translation>Retounen nan ekran pasyan an</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="560" />
      <source>Find devices</source>
      <translation>Chèche aparèy yo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="561" />
      <source>Looks for cameras, microphones and speakers.</source>
      <translation>Li chèche kamera, mikwofòn ak opalè.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Check</source>
      <translation>Tès</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Status</source>
      <translation>Estati</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Summary</source>
      <translation>Rezime</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Time</source>
      <translation>Tan</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="583" />
      <source>All checks</source>
      <translation>Tout tès yo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Measurement</source>
      <translation>Mezi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Value</source>
      <translation>Valè</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="599" />
      <source>Measurements of the selected check</source>
      <translation>Mezi tès ki chwazi a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="605" />
      <source>Live log</source>
      <translation>Jounal an dirèk</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="606" />
      <source>The live log appears here.</source>
      <translation>Jounal an dirèk la parèt isit la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="613" />
      <source>View what the patient saw: paste their report (JSON) or support code.</source>
      <translation>Gade sa pasyan an te wè: kole rapò li (JSON) oswa kòd sipò li.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="616" />
      <source>Report or support code</source>
      <translation>Rapò oswa kòd sipò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="622" />
      <source>Show this report</source>
      <translation>Montre rapò sa a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="623" />
      <source>Show this computer again</source>
      <translation>Montre òdinatè sa a ankò</translation>
    </message>
  </context>
  <context>
    <name>HelpView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="466" />
      <source>Help</source>
      <translation>Èd</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="469" />
      <source>Other numbers</source>
      <translation>Lòt nimewo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="475" />
      <source>Questions about cost and billing</source>
      <translation>Kesyon sou pri ak fakti</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="485" />
      <source>Back</source>
      <translation>Retounen</translation>
    </message>
  </context>
  <context>
    <name>HotlineCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="148" />
      <source>Need help? Call us.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>Ou bezwen èd? Rele nou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="159" />
      <source>Phone number: %1</source>
      <translation>Nimewo telefòn: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="168" />
      <source>Help line</source>
      <translation>Liy èd</translation>
    </message>
  </context>
  <context>
    <name>LevelMeter</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="276" />
      <source>Microphone level</source>
      <translation>Nivo mikwofòn nan</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="277" />
      <location filename="../../src/preflight/gui/widgets.py" line="284" />
      <source>We can't hear you yet.</source>
      <translation>Nou poko tande ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="286" />
      <source>We hear you, but quietly.</source>
      <translation>Nou tande ou, men ba.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="287" />
      <source>We hear you well.</source>
      <translation>Nou tande ou byen.</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="36" />
      <source>We can't see a picture. Is something covering the camera?</source>
      <translation>Nou pa wè okenn imaj. Èske gen yon bagay ki kouvri kamera a?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="40" />
      <source>It's a bit dark. Turn on a light in front of you.</source>
      <translation>Li yon ti jan fè nwa. Limen yon limyè devan ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="42" />
      <source>It's very bright. Move away from direct sunlight.</source>
      <translation>Gen twòp limyè. Deplase, soti nan solèy la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="45" />
      <source>There is bright light behind you. Face the light instead.</source>
      <translation>Gen yon limyè fò dèyè ou. Vire figi ou bò kote limyè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="47" />
      <source>Move so your face is in the middle of the picture.</source>
      <translation>Deplase pou figi ou rete nan mitan imaj la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="48" />
      <source>The picture looks good.</source>
      <translation>Imaj la bon.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="239" />
      <source>We could not play your recording. Check your speakers and try again.</source>
      <translation>Nou pa t ka jwe anrejistreman ou. Tcheke opalè ou yo epi eseye ankò.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/preflight/gui/main_window.py" line="54" />
      <source>Preflight: get ready for your virtual visit</source>
      <translation>Preflight: pare pou vizit vityèl ou</translation>
    </message>
  </context>
  <context>
    <name>OtherDeviceRow</name>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="29" />
      <source>Use this one</source>
      <translation>Sèvi ak sa a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="44" />
      <source>Use this one: %1</source>
      <translation>Sèvi ak sa a: %1</translation>
    </message>
  </context>
  <context>
    <name>Preflight</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="497" />
      <source>When it is time for your visit:</source>
      <translation>Lè lè vizit ou rive:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="506" />
      <source>Sign in to your patient portal:</source>
      <translation>Konekte nan pòtal pasyan ou:</translation>
    </message>
  </context>
  <context>
    <name>PrivacyRow</name>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="89" />
      <source>Open camera settings</source>
      <translation>Louvri paramèt kamera a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="90" />
      <source>Open microphone settings</source>
      <translation>Louvri paramèt mikwofòn nan</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="94" />
      <source>When you come back to this window, we will check again.</source>
      <translation>Lè ou tounen nan fenèt sa a, n ap tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="120" />
      <source>We could not open the settings. Please follow the steps above.</source>
      <translation>Nou pa t ka louvri paramèt yo. Tanpri swiv etap ki anwo yo.</translation>
    </message>
  </context>
  <context>
    <name>RestartCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="182" />
      <source>Restart your computer before your visit</source>
      <extracomment>SAFETY (restart): the card's heading.</extracomment>
      <translation>Rekòmanse òdinatè ou anvan vizit ou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="185" />
      <source>Restarting shortly before your visit frees memory and gives the video call the most bandwidth.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Lè ou rekòmanse òdinatè a yon ti tan anvan vizit ou, sa libere memwa epi li bay apèl videyo a plis koneksyon.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="193" />
      <location filename="../../src/preflight/gui/widgets.py" line="195" />
      <source>Restart now</source>
      <translation>Rekòmanse kounye a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="196" />
      <source>Asks first. Then restarts your computer, and Preflight opens again by itself.</source>
      <translation>Li mande w anvan. Apre sa li rekòmanse òdinatè ou, epi Preflight louvri ankò poukont li.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="204" />
      <source>Restart</source>
      <translation>Rekòmanse</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="208" />
      <source>Restart recommended</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Nou konseye ou rekòmanse</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="215" />
      <source>Save your work first. Restart now restarts your computer, and Preflight opens again by itself to check once more.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Anrejistre travay ou anvan. Rekòmanse kounye a ap rekòmanse òdinatè ou, epi Preflight ap louvri ankò poukont li pou tcheke yon lòt fwa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="217" />
      <source>Save your work first. Preflight will not restart your computer for you. After restarting, open Preflight again to check once more.</source>
      <extracomment>SAFETY</extracomment>
      <translation>Anrejistre travay ou anvan. Preflight p ap rekòmanse òdinatè a pou ou. Apre ou fin rekòmanse, louvri Preflight ankò pou tcheke yon lòt fwa.</translation>
    </message>
  </context>
  <context>
    <name>RestartConfirmDialog</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="48" />
      <location filename="../../src/preflight/gui/restart_flow.py" line="66" />
      <source>Restart now?</source>
      <translation>Rekòmanse kounye a?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="56" />
      <source>Restart now</source>
      <translation>Rekòmanse kounye a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="57" />
      <source>Not now</source>
      <translation>Pa kounye a</translation>
    </message>
  </context>
  <context>
    <name>RestartController</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="152" />
      <source>Asking your computer to restart…</source>
      <translation>N ap mande òdinatè ou pou li rekòmanse…</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="98" />
      <source>Check again</source>
      <translation>Tcheke ankò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="100" />
      <source>Check again: %1</source>
      <translation>Tcheke ankò: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="101" />
      <source>Runs this check one more time.</source>
      <translation>Li fè tès sa a yon lòt fwa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="114" />
      <source>Checking now. This takes a few seconds.</source>
      <translation>N ap tcheke kounye a. Sa pran kèk segonn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="131" />
      <source>Not checked yet.</source>
      <translation>Poko tcheke.</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="388" />
      <location filename="../../src/preflight/gui/views.py" line="395" />
      <source>What to do next</source>
      <translation>Sa pou fè kounye a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="392" />
      <source>Open the checklist</source>
      <translation>Louvri lis la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="393" />
      <location filename="../../src/preflight/gui/views.py" line="415" />
      <source>A short list of things to get ready.</source>
      <translation>Yon ti lis bagay pou prepare.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="401" />
      <source>Support code</source>
      <translation>Kòd sipò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="414" />
      <source>Before your visit: checklist</source>
      <translation>Lis pou vizit la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="416" />
      <source>Help and phone numbers</source>
      <translation>Èd ak nimewo telefòn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="417" />
      <source>Save a report</source>
      <translation>Anrejistre yon rapò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="418" />
      <source>Saves these results as a PDF, web page or JSON file, to send to the help desk.</source>
      <translation>Li anrejistre rezilta sa yo tankou PDF, paj wèb oswa fichye JSON, pou voye bay sèvis sipò a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Runs every check again.</source>
      <translation>Li fè tout tès yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Start over</source>
      <translation>Tounen nan kòmansman</translation>
    </message>
  </context>
  <context>
    <name>StepList</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="250" />
      <source>Steps</source>
      <translation>Etap yo</translation>
    </message>
  </context>
  <context>
    <name>Steps</name>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="73" />
      <source>Results</source>
      <translation>Rezilta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="383" />
      <source>Save a report</source>
      <translation>Anrejistre yon rapò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="384" />
      <source>PDF document (*.pdf);;Web page (*.html);;JSON for the help desk (*.json)</source>
      <translation>Dokiman PDF (*.pdf);;Paj wèb (*.html);;JSON pou sèvis sipò a (*.json)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="393" />
      <source>Report saved: %1</source>
      <translation>Rapò a anrejistre: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="421" />
      <source>Support code (read this to the help desk): %1</source>
      <translation>Kòd sipò (li l bay sèvis sipò a): %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="440" />
      <source>Not checked yet.</source>
      <translation>Poko tcheke.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="64" />
      <source>Automatic</source>
      <translation>Otomatik</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="129" />
      <source>Found %1 devices.</source>
      <translation>Nou jwenn %1 aparèy.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="164" />
      <source>Summary</source>
      <translation>Rezime</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="165" />
      <source>Advice</source>
      <translation>Konsèy</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="166" />
      <source>For the help desk</source>
      <translation>Pou sèvis sipò a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="168" />
      <source>Findings</source>
      <translation>Sa nou jwenn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="201" />
      <source>Paste a report or a support code first.</source>
      <translation>Kole yon rapò oswa yon kòd sipò anvan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="221" />
      <source>Showing the patient's support code. Overall: %1.</source>
      <translation>N ap montre kòd sipò pasyan an. Rezilta jeneral: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="225" />
      <source>Showing the patient's report from %1. Overall: %2.</source>
      <translation>N ap montre rapò pasyan an ki soti %1. Rezilta jeneral: %2.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="238" />
      <source>This is not a Preflight report (%1).</source>
      <translation>Sa a se pa yon rapò Preflight (%1).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="243" />
      <source>This support code could not be read (%1). Ask the caller to read it again.</source>
      <translation>Nou pa t ka li kòd sipò sa a (%1). Mande moun k ap rele a pou li l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="258" />
      <source>Showing this computer.</source>
      <translation>N ap montre òdinatè sa a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="59" />
      <source>Download (the doctor's video to you)</source>
      <translation>Telechaje (videyo doktè a k ap vin jwenn ou)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="60" />
      <source>Upload (your video to the doctor)</source>
      <translation>Voye (videyo ou k ap ale jwenn doktè a)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="64" />
      <source>Delay: %1 ms</source>
      <translation>Reta: %1 ms</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="184" />
      <source>%1: %2. %3</source>
      <translation>%1: %2. %3</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="201" />
      <source>We looked at: %1</source>
      <translation>Sa nou gade: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="208" />
      <source>Programs you could close during the visit: %1</source>
      <translation>Pwogram ou ta ka fèmen pandan vizit la: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="358" />
      <source>Speak now: the bar moves when we hear you.</source>
      <translation>Pale kounye a: ba a ap bouje lè nou tande ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="385" />
      <location filename="../../src/preflight/gui/step_controllers.py" line="393" />
      <source>Playing your recording…</source>
      <translation>N ap jwe anrejistreman ou…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="436" />
      <source>Automatic (your computer's usual device)</source>
      <translation>Otomatik (sa ou toujou itilize a)</translation>
    </message>
  </context>
  <context>
    <name>WelcomeBackView</name>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="38" />
      <source>Before and after the restart</source>
      <translation>Anvan ak apre ou rekòmanse</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="40" />
      <source>Did the restart help?</source>
      <translation>Èske rekòmanse a te ede?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Before</source>
      <translation>Anvan</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Now</source>
      <translation>Kounye a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>What</source>
      <translation>Kisa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="46" />
      <source>Did it help?</source>
      <translation>Èske sa te ede?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="54" />
      <source>Continue</source>
      <translation>Kontinye</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="55" />
      <source>Goes on to check your camera, microphone and speakers.</source>
      <translation>Li kontinye pou tcheke kamera ou, mikwofòn ou ak opalè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="75" />
      <source>%1: before %2, now %3. %4</source>
      <translation>%1: anvan %2, kounye a %3. %4</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="163" />
      <source>Welcome to Preflight</source>
      <translation>Byenvini nan Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="164" />
      <source>Let's make sure your computer is ready for your virtual visit.</source>
      <translation>Ann asire nou òdinatè ou pare pou vizit vityèl ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="168" />
      <source>We will check:</source>
      <translation>N ap tcheke:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="171" />
      <source>It takes about a minute.</source>
      <translation>Sa pran anviwon yon minit.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="172" />
      <source>It takes up to %1 minutes.</source>
      <translation>Sa ka pran jiska %1 minit.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Begins checking: %1.</source>
      <translation>Li kòmanse tcheke: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Start</source>
      <translation>Kòmanse</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="184" />
      <source>I'm helping someone (help-desk mode)</source>
      <translation>M ap ede yon moun (mòd sèvis sipò)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="185" />
      <source>Shows every check and its details in a table.</source>
      <translation>Li montre chak tès ak detay li nan yon tablo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="187" />
      <source>High contrast</source>
      <translation>Gwo kontras</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="188" />
      <source>Switches to black text on white with strong borders.</source>
      <translation>Li mete tèks nwa sou fon blan, ak bòdi byen make.</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <location filename="../preflight.toml" line="16" />
      <source>Virtual visits are available when you are in Massachusetts at the time of your appointment.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Ou ka fè vizit vityèl sèlman si ou nan Massachusetts lè randevou ou a rive.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="19" />
      <source>Patient Gateway technical support</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Sipò teknik Patient Gateway</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="21" />
      <source>select option 1</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>chwazi opsyon 1</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="25" />
      <source>Keep your phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Kenbe telefòn ou toupre ou, ak nimewo biwo doktè ou a, si koneksyon an ta koupe.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="36" />
      <source>Join your visit</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Antre nan vizit ou</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="41" />
      <source>Financial counselors (questions about cost or insurance)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Konseye finansye (kesyon sou pri oswa asirans)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="42" />
      <source>Customer service (billing)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Sèvis kliyan (fakti)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>A financial counselor can tell you what your plan covers: call 617-582-9820.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Yon konseye finansye ka di ou sa plan ou kouvri: rele 617-582-9820.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>Will my insurance cover a virtual visit?</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Èske asirans mwen ap peye pou yon vizit vityèl?</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>Call customer service (billing) at 617-632-3795.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Rele sèvis kliyan (fakti) nan 617-632-3795.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>I have a question about a bill for a virtual visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Mwen gen yon kesyon sou yon fakti pou yon vizit vityèl.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="53" />
      <source>Pick a private, quiet place for your visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Chwazi yon kote ki prive e ki kalm pou vizit ou.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="54" />
      <source>Use headphones with a microphone if you have them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Sèvi ak ekoutè ki gen mikwofòn si ou genyen.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="55" />
      <source>Write down the questions you want to ask.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Ekri kesyon ou vle poze yo.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="56" />
      <source>List the medications you take now, with their doses.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Fè yon lis medikaman ou pran kounye a, ak dòz yo.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="57" />
      <source>If you like, invite a friend or loved one: share the visit link or phone number with them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Si ou vle, envite yon zanmi oswa yon moun ou renmen: pataje lyen oswa nimewo telefòn vizit la avè l.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="58" />
      <source>Keep a phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Kenbe yon telefòn toupre ou, ak nimewo biwo doktè ou a, si koneksyon an ta koupe.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="59" />
      <source>Restart your computer shortly before the visit, so it has the most bandwidth.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Rekòmanse òdinatè ou yon ti tan anvan vizit la, pou li gen plis koneksyon posib.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="60" />
      <source>Make sure you are enrolled in the patient portal and can sign in.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Asire ou enskri nan pòtal pasyan an epi ou ka konekte.</translation>
    </message>
  </context>
  <context>
    <name>preflight</name>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="64" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; {what}, and turn on access for desktop apps.</source>
      <translation>Windows: louvri Settings &gt; Privacy &amp; security &gt; {what}, epi limen aksè pou aplikasyon desktop yo (desktop apps).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="66" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; {what}, and turn on Preflight.</source>
      <translation>Mac: louvri System Settings &gt; Privacy &amp; Security &gt; {what}, epi limen Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="68" />
      <source>Check that your user account is allowed to use the computer's sound devices.</source>
      <translation>Tcheke si kont itilizatè ou gen dwa sèvi ak aparèy son òdinatè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="76" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="324" />
      <source>Then close Preflight, open it again, and {check_again}.</source>
      <translation>Apre sa, fèmen Preflight, louvri l ankò, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="114" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="202" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="238" />
      <source>Microphone</source>
      <translation>Mikwofòn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <source>Sound</source>
      <translation>Son</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="95" />
      <source>We could not find a microphone on this computer.</source>
      <translation>Nou pa t jwenn okenn mikwofòn sou òdinatè sa a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="96" />
      <source>We could not find speakers or headphones on this computer.</source>
      <translation>Nou pa t jwenn ni opalè ni ekoutè sou òdinatè sa a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="98" />
      <source>If you use a headset or webcam with a microphone, plug it in and wait a few seconds, then {check_again}.</source>
      <translation>Si ou sèvi ak ekoutè oswa webcam ki gen mikwofòn, ploge l, tann kèk segonn, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="100" />
      <source>If your computer has a built-in microphone, make sure it is switched on and not disabled in your sound settings.</source>
      <translation>Si òdinatè ou gen yon mikwofòn ladan l, asire ou li limen epi li pa dezaktive nan paramèt son yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="103" />
      <source>Plug in your headphones or speakers, or turn them on, then {check_again}.</source>
      <translation>Ploge ekoutè ou oswa opalè ou, oswa limen yo, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="105" />
      <source>Make sure sound is not disabled in your computer's sound settings.</source>
      <translation>Asire ou son an pa dezaktive nan paramèt son òdinatè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="107" />
      <source>No microphone was found: ask the caller to plug in the headset or webcam microphone, or to switch on the built-in one in the sound settings.</source>
      <translation>Nou pa jwenn okenn mikwofòn: mande moun k ap rele a pou li ploge ekoutè a oswa mikwofòn webcam nan, oswa pou li limen mikwofòn ki nan òdinatè a nan paramèt son yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="110" />
      <source>No speakers or headphones were found: ask the caller to plug them in or switch them on, and check that sound is not disabled in the sound settings.</source>
      <translation>Nou pa jwenn ni opalè ni ekoutè: mande moun k ap rele a pou li ploge yo oswa limen yo, epi pou li tcheke si son an pa dezaktive nan paramèt son yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="118" />
      <source>We could not find the microphone you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>Nou pa t jwenn mikwofòn ou te chwazi a ({choice}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="120" />
      <source>We could not find the speaker you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>Nou pa t jwenn opalè ou te chwazi a ({choice}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="123" />
      <source>Choose one of these: {choices}.</source>
      <extracomment>{choices} is a list of device names, e.g. "Built-in, USB Audio".</extracomment>
      <translation>Chwazi youn nan sa yo: {choices}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="124" />
      <source>Run 'preflight devices' to see every microphone and speaker.</source>
      <translation>Lanse 'preflight devices' pou wè tout mikwofòn ak opalè yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="126" />
      <source>The microphone chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>Mikwofòn yo te chwazi pou tès la pa sou òdinatè sa a: mande moun k ap rele a pou li chwazi youn nan lis la, oswa sa ki la pa defo a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="128" />
      <source>The speaker chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>Opalè yo te chwazi pou tès la pa sou òdinatè sa a: mande moun k ap rele a pou li chwazi youn nan lis la, oswa sa ki la pa defo a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="134" />
      <source>Preflight could not start your computer's sound system.</source>
      <translation>Preflight pa t ka lanse sistèm son òdinatè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="136" />
      <source>Restart your computer, then run Preflight again.</source>
      <translation>Rekòmanse òdinatè ou, epi louvri Preflight ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="137" />
      <source>If it happens again, reinstall Preflight, or call the support line.</source>
      <translation>Si sa rive ankò, enstale Preflight ankò, oswa rele liy èd la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="139" />
      <source>Preflight could not start the computer's sound system (PortAudio): ask the caller to restart the computer; if it happens again, to reinstall Preflight.</source>
      <translation>Preflight pa t ka lanse sistèm son òdinatè a (PortAudio): mande moun k ap rele a pou li rekòmanse òdinatè a; si sa rive ankò, pou li enstale Preflight ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="146" />
      <source>Your microphone is being used by another program.</source>
      <translation>Gen yon lòt pwogram k ap sèvi ak mikwofòn ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="147" />
      <source>Your speakers are being used by another program.</source>
      <translation>Gen yon lòt pwogram k ap sèvi ak opalè ou yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="150" />
      <source>{program} is using your microphone. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom" or "Firefox".</extracomment>
      <translation>{program} ap sèvi ak mikwofòn ou. Fèmen {program}, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="154" />
      <source>{possible_program} may be using your microphone. Close {possible_program}, then {check_again}.</source>
      <translation>Petèt {possible_program} ap sèvi ak mikwofòn ou. Fèmen {possible_program}, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="156" />
      <source>Close other programs that may use it (video calls, voice recorders, web browsers with a call open), then {check_again}.</source>
      <translation>Fèmen lòt pwogram ki ka ap sèvi avè l (apèl videyo, pwogram pou anrejistre vwa, navigatè entènèt ki gen yon apèl louvri), epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="158" />
      <source>If that does not help, restart your computer.</source>
      <translation>Si sa pa ede, rekòmanse òdinatè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="160" />
      <source>Another program is using the microphone: ask the caller to close video calls, voice recorders and browser tabs with a call open, then run Preflight again.</source>
      <translation>Gen yon lòt pwogram k ap sèvi ak mikwofòn nan: mande moun k ap rele a pou li fèmen apèl videyo, pwogram pou anrejistre vwa ak onglè navigatè ki gen yon apèl louvri, epi pou li fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="163" />
      <source>Another program is using the speakers: ask the caller to close video calls, music players and browser tabs with sound, then run Preflight again.</source>
      <translation>Gen yon lòt pwogram k ap sèvi ak opalè yo: mande moun k ap rele a pou li fèmen apèl videyo, pwogram mizik ak onglè navigatè ki gen son, epi pou li fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="170" />
      <source>Your computer's privacy settings are blocking the microphone.</source>
      <translation>Paramèt konfidansyalite òdinatè ou ap bloke mikwofòn nan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="171" />
      <source>Your computer's privacy settings are blocking the speakers.</source>
      <translation>Paramèt konfidansyalite òdinatè ou ap bloke opalè yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="173" />
      <source>The computer's privacy settings block the microphone: walk the caller through Settings &gt; Privacy &amp; security &gt; Microphone (Windows) or System Settings &gt; Privacy &amp; Security &gt; Microphone (Mac), then ask them to reopen Preflight.</source>
      <translation>Paramèt konfidansyalite òdinatè a bloke mikwofòn nan: gide moun k ap rele a jiska Settings &gt; Privacy &amp; security &gt; Microphone (Windows) oswa System Settings &gt; Privacy &amp; Security &gt; Microphone (Mac), epi mande l pou li fèmen Preflight e louvri l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="177" />
      <source>The computer's privacy settings block the speakers: walk the caller through Settings &gt; Privacy &amp; security &gt; Sound (Windows) or System Settings &gt; Privacy &amp; Security &gt; Sound (Mac), then ask them to reopen Preflight.</source>
      <translation>Paramèt konfidansyalite òdinatè a bloke opalè yo: gide moun k ap rele a jiska Settings &gt; Privacy &amp; security &gt; Sound (Windows) oswa System Settings &gt; Privacy &amp; Security &gt; Sound (Mac), epi mande l pou li fèmen Preflight e louvri l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="185" />
      <source>Your microphone does not work with any of the sound settings video calls use.</source>
      <translation>Mikwofòn ou pa mache ak okenn nan paramèt son apèl videyo yo itilize.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="187" />
      <source>Your speakers do not work with any of the sound settings video calls use.</source>
      <translation>Opalè ou yo pa mache ak okenn nan paramèt son apèl videyo yo itilize.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="190" />
      <source>Choose another microphone in your computer's sound settings, or unplug it and plug it back in.</source>
      <translation>Chwazi yon lòt mikwofòn nan paramèt son òdinatè ou, oswa deploge l epi ploge l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="192" />
      <source>Choose other speakers in your computer's sound settings, or unplug them and plug them back in.</source>
      <translation>Chwazi lòt opalè nan paramèt son òdinatè ou, oswa deploge yo epi ploge yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="194" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="59" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="68" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="314" />
      <source>If it happens again, call the support line.</source>
      <translation>Si sa rive ankò, rele liy èd la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="196" />
      <source>The microphone works with none of the usual sound settings: ask the caller to choose another microphone, or to unplug it and plug it back in.</source>
      <translation>Mikwofòn nan pa mache ak okenn nan paramèt son abityèl yo: mande moun k ap rele a pou li chwazi yon lòt mikwofòn, oswa pou li deploge l epi ploge l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="199" />
      <source>The speakers work with none of the usual sound settings: ask the caller to choose other speakers, or to unplug them and plug them back in.</source>
      <translation>Opalè yo pa mache ak okenn nan paramèt son abityèl yo: mande moun k ap rele a pou li chwazi lòt opalè, oswa pou li deploge yo epi ploge yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="206" />
      <source>Your microphone stopped sending sound during the test. It may have been unplugged.</source>
      <translation>Mikwofòn ou sispann voye son pandan tès la. Petèt yo te deploge l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="208" />
      <source>Your speakers or headphones stopped working during the test. They may have been unplugged.</source>
      <translation>Opalè ou yo oswa ekoutè ou sispann mache pandan tès la. Petèt yo te deploge.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="211" />
      <source>Plug your microphone or headset back in (or switch it on), then {check_again}.</source>
      <translation>Ploge mikwofòn ou oswa ekoutè ou ankò (oswa limen l), epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="213" />
      <source>Plug your speakers or headphones back in (or switch them on), then {check_again}.</source>
      <translation>Ploge opalè ou oswa ekoutè ou ankò (oswa limen yo), epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="215" />
      <source>If you use Bluetooth, check that it is connected and charged.</source>
      <translation>Si ou sèvi ak Bluetooth, tcheke si li konekte epi li gen batri.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="217" />
      <source>The microphone stopped sending sound during the test (unplugged, or Bluetooth dropped): ask the caller to plug it back in or reconnect it, then run Preflight again.</source>
      <translation>Mikwofòn nan sispann voye son pandan tès la (yo deploge l, oswa Bluetooth la koupe): mande moun k ap rele a pou li ploge l ankò oswa konekte l ankò, epi pou li fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="220" />
      <source>The speakers stopped during the test (unplugged, or Bluetooth dropped): ask the caller to plug them back in or reconnect them, then run Preflight again.</source>
      <translation>Opalè yo sispann pandan tès la (yo deploge yo, oswa Bluetooth la koupe): mande moun k ap rele a pou li ploge yo ankò oswa konekte yo ankò, epi pou li fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="227" />
      <source>Your microphone stopped working while we tested it.</source>
      <translation>Mikwofòn ou sispann mache pandan nou t ap teste l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="228" />
      <source>Your speakers stopped working while we tested them.</source>
      <translation>Opalè ou yo sispann mache pandan nou t ap teste yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="230" />
      <source>Check that your microphone is plugged in and switched on, then {check_again}.</source>
      <translation>Tcheke si mikwofòn ou ploge epi li limen, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="232" />
      <source>Check that your speakers are plugged in and switched on, then {check_again}.</source>
      <translation>Tcheke si opalè ou yo ploge epi yo limen, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="234" />
      <location filename="../../src/preflight/engine/findings.py" line="355" />
      <source>If it happens again, restart your computer, or call the support line.</source>
      <translation>Si sa rive ankò, rekòmanse òdinatè ou, oswa rele liy èd la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="237" />
      <source>The microphone stopped working during the test: ask the caller to check it is plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>Mikwofòn nan sispann mache pandan tès la: mande moun k ap rele a pou li tcheke si li ploge epi li limen, epi pou li fè tès Preflight yo ankò; si sa rive ankò, pou li rekòmanse òdinatè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="240" />
      <source>The speakers stopped working during the test: ask the caller to check they are plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>Opalè yo sispann mache pandan tès la: mande moun k ap rele a pou li tcheke si yo ploge epi yo limen, epi pou li fè tès Preflight yo ankò; si sa rive ankò, pou li rekòmanse òdinatè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="55" />
      <source>Check that your microphone or headset is plugged in, switched on and not muted (many headsets and laptops have a mute button or key).</source>
      <translation>Tcheke si mikwofòn ou oswa ekoutè ou ploge, li limen, epi li pa an silans (anpil ekoutè ak laptòp gen yon bouton oswa yon touch pou mete an silans).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="62" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; Microphone and turn on microphone access for desktop apps; then in Settings &gt; System &gt; Sound, choose your microphone under Input.</source>
      <translation>Windows: louvri Settings &gt; Privacy &amp; security &gt; Microphone epi limen aksè mikwofòn pou aplikasyon desktop yo; apre sa, nan Settings &gt; System &gt; Sound, chwazi mikwofòn ou anba Input.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="67" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; Microphone and turn on Preflight; then in System Settings &gt; Sound &gt; Input, choose your microphone.</source>
      <translation>Mac: louvri System Settings &gt; Privacy &amp; Security &gt; Microphone epi limen Preflight; apre sa, nan System Settings &gt; Sound &gt; Input, chwazi mikwofòn ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="72" />
      <source>Open your computer's sound settings, choose your microphone under Input, and check that it is not muted and its volume is up.</source>
      <translation>Louvri paramèt son òdinatè ou, chwazi mikwofòn ou anba Input (Antre), epi tcheke si li pa an silans e si volim li wo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="78" />
      <source>Turn up the input volume: Settings &gt; System &gt; Sound &gt; Input.</source>
      <translation>Monte volim antre a: Settings &gt; System &gt; Sound &gt; Input.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="79" />
      <source>Turn up the input volume: System Settings &gt; Sound &gt; Input.</source>
      <translation>Monte volim antre a: System Settings &gt; Sound &gt; Input.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="80" />
      <source>Turn up the input volume in your computer's sound settings.</source>
      <translation>Monte volim antre a nan paramèt son òdinatè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="90" />
      <source>Speak a little louder, or move closer to the microphone.</source>
      <translation>Pale yon ti jan pi fò, oswa pwoche pi pre mikwofòn nan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="92" />
      <source>If you use a headset, check that its mute switch is off.</source>
      <translation>Si ou sèvi ak ekoutè ki gen mikwofòn, tcheke si bouton silans lan etenn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="99" />
      <source>Move back a little from the microphone, or speak a bit more softly.</source>
      <translation>Rekile yon ti jan lwen mikwofòn nan, oswa pale yon ti jan pi ba.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="100" />
      <source>Turn the input volume down a little in your computer's sound settings.</source>
      <translation>Bese volim antre a yon ti jan nan paramèt son òdinatè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="102" />
      <source>The microphone is too quiet: check the right microphone is chosen, raise its input volume, and ask the caller to speak closer to it.</source>
      <translation>Mikwofòn nan twò ba: tcheke si se bon mikwofòn nan ki chwazi, monte volim antre li, epi mande moun k ap rele a pou li pale pi pre l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="107" />
      <source>Find a quieter, private place for your visit, away from TVs, fans and other people.</source>
      <translation>Chèche yon kote ki pi kalm e ki prive pou vizit ou, lwen televizyon, vantilatè ak lòt moun.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="108" />
      <source>Headphones with a microphone help the doctor hear you clearly.</source>
      <translation>Ekoutè ki gen mikwofòn ede doktè a tande ou byen klè.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="122" />
      <source>Your microphone works and you sound clear.</source>
      <translation>Mikwofòn ou mache epi nou tande ou byen klè.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="127" />
      <source>Your microphone is sending no sound. It may be muted, switched off, or blocked by your privacy settings.</source>
      <translation>Mikwofòn ou pa voye okenn son. Petèt li an silans, li etenn, oswa paramèt konfidansyalite yo bloke l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="130" />
      <source>The microphone sends silence: check it is not muted (a button on the headset or keyboard) and that the computer's privacy settings allow the microphone.</source>
      <translation>Mikwofòn nan voye silans: tcheke si li pa an silans (yon bouton sou ekoutè a oswa yon touch sou klavye a) epi si paramèt konfidansyalite òdinatè a pèmèt mikwofòn nan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="137" />
      <source>Your microphone is working, but we could hardly hear anything.</source>
      <translation>Mikwofòn ou mache, men nou prèske pa t tande anyen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="144" />
      <source>Your microphone works, but you sound quiet.</source>
      <translation>Mikwofòn ou mache, men nou tande vwa ou ba.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="151" />
      <source>Your microphone works, but your voice is so loud that it sounds distorted.</source>
      <translation>Mikwofòn ou mache, men vwa ou twò fò, kidonk li sonnen defòme.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="154" />
      <source>The microphone is too loud and distorts: lower its input volume or move it a little away from the mouth.</source>
      <translation>Mikwofòn nan twò fò e li defòme son an: bese volim antre li, oswa mete mikwofòn nan yon ti jan pi lwen bouch la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="160" />
      <source>Your microphone works, but there is a lot of background noise.</source>
      <translation>Mikwofòn ou mache, men gen anpil bri dèyè.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="162" />
      <source>There is a lot of background noise where the caller is: suggest a quieter, private place, or headphones with a microphone.</source>
      <translation>Gen anpil bri dèyè kote moun k ap rele a ye a: konseye l yon kote ki pi kalm e ki prive, oswa ekoutè ki gen mikwofòn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="169" />
      <source>You are using the microphone of a Bluetooth headset. During a call it can make you and the doctor sound like an old telephone, or cut the sound.</source>
      <translation>W ap sèvi ak mikwofòn yon ekoutè Bluetooth. Pandan yon apèl, li ka fè ou menm ak doktè a sonnen tankou yon vye telefòn, oswa li ka koupe son an.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="173" />
      <source>For your visit, choose your computer's own microphone, and keep the Bluetooth headset for listening.</source>
      <translation>Pou vizit ou, chwazi mikwofòn pa òdinatè ou, epi kenbe ekoutè Bluetooth la pou koute sèlman.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="175" />
      <source>Or use a headset with a cable.</source>
      <translation>Oswa sèvi ak ekoutè ki gen fil.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="177" />
      <source>The caller uses a Bluetooth headset's microphone, which switches the headset to phone quality or cuts the sound: suggest the computer's own microphone with the headset for listening, or a wired headset.</source>
      <translation>Moun k ap rele a sèvi ak mikwofòn yon ekoutè Bluetooth, ki fè ekoutè a tounen kalite telefòn oswa ki koupe son an: konseye l mikwofòn pa òdinatè a ak ekoutè a pou koute sèlman, oswa yon ekoutè ki gen fil.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="188" />
      <source>A rule on this computer does not allow programs to use the microphone.</source>
      <translation>Yon règ sou òdinatè sa a pa kite pwogram yo sèvi ak mikwofòn nan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="190" />
      <source>Ask the person who looks after this computer to allow the microphone (for example in Screen Time), then {check_again}.</source>
      <translation>Mande moun k ap okipe òdinatè sa a pou li pèmèt mikwofòn nan (pa egzanp nan Screen Time), epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="192" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="336" />
      <source>If that cannot be done today, call the support line: you may be able to join your visit by phone.</source>
      <translation>Si sa pa ka fèt jodi a, rele liy èd la: petèt ou ka fè vizit ou pa telefòn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="195" />
      <source>Microphone use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>Sou Mac sa a, yo limite itilizasyon mikwofòn nan (Screen Time, kontwòl paran oswa yon pwofil jesyon): moun k ap rele a pa ka limen l; moun ki jere Mac la dwe pèmèt li.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="203" />
      <source>We will listen to your microphone while you speak for a few seconds.</source>
      <translation>N ap koute mikwofòn ou pandan w ap pale pou kèk segonn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="207" />
      <source>Microphone:</source>
      <translation>Mikwofòn:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="103" />
      <location filename="../../src/preflight/support/code_v2.py" line="48" />
      <source>voice level</source>
      <translation>nivo vwa a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="218" />
      <source>Voice level</source>
      <translation>Nivo vwa a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="220" />
      <source>Loudest moment</source>
      <translation>Moman ki pi fò a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="221" />
      <source>Background noise</source>
      <translation>Bri dèyè</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="223" />
      <source>Voice above the background noise</source>
      <translation>Vwa a pi fò pase bri dèyè a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="225" />
      <source>Distorted sound</source>
      <translation>Son defòme</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="227" />
      <source>Longest distorted stretch</source>
      <translation>Pi long moman son an defòme</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="228" />
      <source>samples</source>
      <translation>echantiyon</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="229" />
      <source>Too loud (distorted)</source>
      <translation>Twò fò (defòme)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="232" />
      <source>No sound at all</source>
      <translation>Pa gen okenn son</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="234" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="169" />
      <source>Sample rate</source>
      <translation>Frekans echantiyon</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="236" />
      <source>Channels</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="239" />
      <source>Bluetooth headset</source>
      <translation>Ekoutè Bluetooth</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="241" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="171" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="435" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="408" />
      <location filename="../../src/preflight/engine/present.py" line="26" />
      <source>Problem</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Pwoblèm</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="357" />
      <source>Keep speaking: we are trying your other microphones.</source>
      <translation>Kontinye pale: n ap eseye lòt mikwofòn ou yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="358" />
      <source>Trying your other microphones…</source>
      <translation>N ap eseye lòt mikwofòn ou yo…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="382" />
      <source>Opening your microphone…</source>
      <translation>N ap louvri mikwofòn ou…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="387" />
      <source>Please say: testing one, two, three</source>
      <translation>Tanpri di: tès, en, de, twa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="50" />
      <source>Did you hear the test sound?</source>
      <translation>Èske ou tande son tès la?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="57" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="118" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="166" />
      <source>Speakers</source>
      <translation>Opalè</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="65" />
      <source>Your speakers work: we heard the test sound through your microphone.</source>
      <translation>Opalè ou yo mache: nou tande son tès la nan mikwofòn ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="70" />
      <source>Your speakers or headphones work.</source>
      <translation>Opalè ou yo oswa ekoutè ou mache.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="75" />
      <source>Your speakers work, but your microphone picks them up loudly, so the doctor may hear an echo.</source>
      <translation>Opalè ou yo mache, men mikwofòn ou pran son yo twò fò, kidonk doktè a ka tande eko.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="78" />
      <source>Use headphones with a microphone if you have them.</source>
      <translation>Sèvi ak ekoutè ki gen mikwofòn si ou genyen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="79" />
      <source>If not, turn your speaker volume down a little.</source>
      <translation>Si ou pa genyen, bese volim opalè yo yon ti jan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="81" />
      <source>The microphone hears the speakers loudly: suggest headphones, or lower the speaker volume, so the doctor hears no echo.</source>
      <translation>Mikwofòn nan pran son opalè yo twò fò: konseye ekoutè, oswa bese volim opalè yo, pou doktè a pa tande eko.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="87" />
      <source>You could not hear the test sound.</source>
      <translation>Ou pa t ka tande son tès la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="89" />
      <source>Turn up the volume and check that sound is not muted (look for the speaker icon near the clock, or the volume keys on your keyboard).</source>
      <translation>Monte volim nan epi tcheke si son an pa an silans (chèche ti imaj opalè a toupre lè a, oswa touch volim yo sou klavye ou).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="91" />
      <source>If you use headphones, check that they are plugged in, switched on and chosen as the output in your computer's sound settings.</source>
      <translation>Si ou sèvi ak ekoutè, tcheke si yo ploge, yo limen, epi yo chwazi kòm sòti (Output) nan paramèt son òdinatè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="93" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="295" />
      <source>Then {check_again}.</source>
      <translation>Apre sa, {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="95" />
      <source>The caller did not hear the test sound: check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>Moun k ap rele a pa t tande son tès la: tcheke volim nan ak silans lan, epi si se bon opalè oswa bon ekoutè ki chwazi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="101" />
      <source>We played a test sound, but could not confirm that it can be heard.</source>
      <translation>Nou jwe yon son tès, men nou pa t ka konfime si yo ka tande l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="103" />
      <source>If you wear headphones, that is expected: make sure you heard a short chime.</source>
      <translation>Si ou gen ekoutè nan zòrèy ou, sa nòmal: asire ou ou te tande yon ti sonnri kout.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="105" />
      <source>If you did not hear it, turn up the volume and check that sound is not muted, then {check_again}.</source>
      <translation>Si ou pa t tande l, monte volim nan epi tcheke si son an pa an silans, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="108" />
      <source>Nobody confirmed that the test sound was heard (headphones, or no answer): ask the caller whether they heard a short chime; if not, check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>Pesonn pa t konfime si yo te tande son tès la (ekoutè, oswa pa gen repons): mande moun k ap rele a si li te tande yon ti sonnri kout; si non, tcheke volim nan ak silans lan, epi si se bon opalè oswa bon ekoutè ki chwazi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="119" />
      <source>We will play a short sound. Turn your volume up so you can hear it.</source>
      <translation>N ap jwe yon ti son kout. Monte volim ou pou ou ka tande l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="123" />
      <source>Speaker:</source>
      <translation>Opalè:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="132" />
      <location filename="../../src/preflight/support/code_v1.py" line="106" />
      <location filename="../../src/preflight/support/code_v2.py" line="57" />
      <source>how the sound was confirmed</source>
      <translation>kijan yo konfime son an</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="135" />
      <location filename="../../src/preflight/support/code_v1.py" line="111" />
      <location filename="../../src/preflight/support/code_v2.py" line="59" />
      <source>the microphone heard the speakers</source>
      <translation>mikwofòn nan tande opalè yo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="136" />
      <location filename="../../src/preflight/support/code_v1.py" line="112" />
      <location filename="../../src/preflight/support/code_v2.py" line="60" />
      <source>the caller answered whether they heard it</source>
      <translation>moun k ap rele a reponn si li te tande l</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="137" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="160" />
      <location filename="../../src/preflight/support/code_v1.py" line="113" />
      <location filename="../../src/preflight/support/code_v2.py" line="61" />
      <source>not confirmed</source>
      <translation>pa konfime</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="142" />
      <source>Test sound heard by the microphone</source>
      <translation>Son tès mikwofòn nan tande</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="145" />
      <source>Level of the test sound heard</source>
      <translation>Nivo son tès yo tande a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="147" />
      <source>Delay of the sound</source>
      <translation>Reta son an</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="149" />
      <source>Time to hear it</source>
      <translation>Tan pou tande l</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="151" />
      <source>Detection score</source>
      <translation>Nòt deteksyon</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="153" />
      <source>How the sound was confirmed</source>
      <translation>Kijan yo konfime son an</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="158" />
      <source>the microphone heard it</source>
      <translation>mikwofòn nan tande l</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="159" />
      <source>your answer</source>
      <translation>repons ou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="162" />
      <source>You heard the test sound</source>
      <translation>Ou tande son tès la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="164" />
      <source>Echo</source>
      <translation>Eko</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="167" />
      <source>Microphone that listened</source>
      <translation>Mikwofòn ki koute a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="327" />
      <source>Trying your other speakers…</source>
      <translation>N ap eseye lòt opalè ou yo…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="350" />
      <source>Listen: we will play a short chime.</source>
      <translation>Koute: n ap jwe yon ti sonnri kout.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="351" />
      <source>Playing a short test sound…</source>
      <translation>N ap jwe yon ti son tès kout…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="52" />
      <source>Looking at your camera picture…</source>
      <translation>N ap gade imaj kamera ou…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="79" />
      <source>Trying your other cameras…</source>
      <translation>N ap eseye lòt kamera ou yo…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="34" />
      <source>Face a window or lamp; don't sit with a bright window behind you.</source>
      <translation>Vire figi ou bò yon fenèt oswa yon lanp; pa chita ak yon fenèt klere dèyè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="35" />
      <source>Some laptops have a camera switch or a key with a camera symbol: turn the camera on.</source>
      <translation>Gen kèk laptòp ki gen yon bouton kamera oswa yon touch ki gen desen yon kamera: limen kamera a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="38" />
      <source>Close other programs that may be using your camera, then check again.</source>
      <translation>Fèmen lòt pwogram ki ka ap sèvi ak kamera ou, epi tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="41" />
      <source>If your camera plugs in, unplug it, wait ten seconds and plug it back in.</source>
      <translation>Si kamera ou ploge ak yon fil, deploge l, tann dis segonn, epi ploge l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="42" />
      <source>If it still does not work, restart your computer.</source>
      <translation>Si li toujou pa mache, rekòmanse òdinatè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="43" />
      <source>Close other programs you do not need, especially other video programs.</source>
      <translation>Fèmen pwogram ou pa bezwen, sitou lòt pwogram videyo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="44" />
      <source>Turn on more light: many cameras slow down in dim light.</source>
      <translation>Limen plis limyè: anpil kamera vin pi lant lè pa gen ase limyè.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="46" />
      <source>If your camera plugs in, plug it in (directly into the computer, not a hub), wait ten seconds, then check again.</source>
      <translation>Si kamera ou ploge ak yon fil, ploge l (dirèkteman nan òdinatè a, pa nan yon hub), tann dis segonn, epi tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="51" />
      <source>If you cannot get a camera working, call the support line: you may be able to join your visit by phone.</source>
      <translation>Si ou pa ka fè okenn kamera mache, rele liy èd la: petèt ou ka fè vizit ou pa telefòn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="60" />
      <source>Windows: open Settings, then Privacy &amp; security, then Camera, and turn on "Camera access" and "Let desktop apps access your camera".</source>
      <translation>Windows: louvri Settings, apre sa Privacy &amp; security, apre sa Camera, epi limen "Camera access" ak "Let desktop apps access your camera".</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="64" />
      <source>Mac: open System Settings, then Privacy &amp; Security, then Camera, and turn on the switch for Preflight (or for your web browser or Terminal).</source>
      <translation>Mac: louvri System Settings, apre sa Privacy &amp; Security, apre sa Camera, epi limen bouton Preflight la (oswa bouton navigatè entènèt ou a oswa Terminal).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="68" />
      <source>Check that your user account is allowed to use the camera.</source>
      <translation>Tcheke si kont itilizatè ou gen dwa sèvi ak kamera a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="79" />
      <source>No camera was found: check it is plugged in and its privacy switch or cover is open, and that the computer's privacy settings let apps use the camera.</source>
      <translation>Nou pa jwenn okenn kamera: tcheke si li ploge, si bouton oswa kouvèti konfidansyalite li louvri, epi si paramèt konfidansyalite òdinatè a kite aplikasyon yo sèvi ak kamera a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="83" />
      <source>The camera sent no picture: unplug it and plug it back in (or restart the computer), then run Preflight again.</source>
      <translation>Kamera a pa voye okenn imaj: deploge l epi ploge l ankò (oswa rekòmanse òdinatè a), epi fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="87" />
      <source>The video is choppy: close other programs, turn on more light, and restart the computer if it is busy.</source>
      <translation>Videyo a ap bloke: fèmen lòt pwogram, limen plis limyè, epi rekòmanse òdinatè a si li twò okipe.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="93" />
      <source>Your camera works and the picture looks good.</source>
      <translation>Kamera ou mache epi imaj la bon.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="95" />
      <source>No camera found.</source>
      <translation>Nou pa jwenn okenn kamera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="99" />
      <source>We could not find the camera you chose.</source>
      <translation>Nou pa t jwenn kamera ou te chwazi a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="106" />
      <source>We could not find that video file.</source>
      <translation>Nou pa t jwenn fichye videyo sa a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="107" />
      <source>Check the file name and folder, then try again.</source>
      <translation>Tcheke non fichye a ak dosye a, epi eseye ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="108" />
      <source>The video file was not found: check its name and folder, then run Preflight again.</source>
      <translation>Nou pa jwenn fichye videyo a: tcheke non li ak dosye li, epi fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="114" />
      <source>We could not open your camera: another program such as Zoom or Teams may be using your camera - close it.</source>
      <translation>Nou pa t ka louvri kamera ou: petèt yon lòt pwogram, tankou Zoom oswa Teams, ap sèvi ak kamera ou. Fèmen l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="120" />
      <source>{program} is using your camera. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom".</extracomment>
      <translation>{program} ap sèvi ak kamera ou. Fèmen {program}, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="123" />
      <source>{possible_program} may be using your camera. Close {possible_program}, then {check_again}.</source>
      <translation>Petèt {possible_program} ap sèvi ak kamera ou. Fèmen {possible_program}, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="125" />
      <source>Close other programs that may be using your camera, such as Zoom, Teams, Skype or a web browser tab with a video call, then check again.</source>
      <translation>Fèmen lòt pwogram ki ka ap sèvi ak kamera ou, tankou Zoom, Teams, Skype oswa yon onglè navigatè ki gen yon apèl videyo, epi tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="132" />
      <source>Another program is using the camera: close Zoom, Teams, Skype and browser tabs with video, then run Preflight again.</source>
      <translation>Gen yon lòt pwogram k ap sèvi ak kamera a: fèmen Zoom, Teams, Skype ak onglè navigatè ki gen videyo, epi fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="143" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams, then check again.</source>
      <translation>Fèmen lòt pwogram ki ka ap sèvi ak kamera ou, tankou Zoom oswa Teams, epi tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="154" />
      <source>Your camera opened but did not send any pictures.</source>
      <translation>Kamera ou louvri, men li pa voye okenn imaj.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="155" />
      <source>Your camera stopped sending pictures during the check.</source>
      <translation>Kamera ou sispann voye imaj pandan tès la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="161" />
      <source>We could not read any pictures from this video file.</source>
      <translation>Nou pa t ka li okenn imaj nan fichye videyo sa a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="162" />
      <source>Check that the file is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>Tcheke si fichye a se yon videyo (pa egzanp .avi oswa .mp4) epi li pa domaje.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="163" />
      <source>The video file could not be read: check that it is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>Nou pa t ka li fichye videyo a: tcheke si se yon videyo (pa egzanp .avi oswa .mp4) epi li pa domaje.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="170" />
      <source>Your camera shows a black picture: check the lens cover or privacy shutter.</source>
      <translation>Kamera ou montre yon imaj nwa: tcheke kouvèti lantiy la oswa kouvèti konfidansyalite a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="172" />
      <source>Slide open the camera's cover or privacy shutter, and remove any sticker or tape over the lens.</source>
      <translation>Glise kouvèti konfidansyalite kamera a pou louvri l, epi retire nenpòt etikèt oswa tep ki kouvri lantiy la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="179" />
      <source>The picture is black: open the camera's privacy cover or switch and check nothing covers the lens.</source>
      <translation>Imaj la nwa: louvri kouvèti oswa bouton konfidansyalite kamera a, epi tcheke si anyen pa kouvri lantiy la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="187" />
      <source>Your camera's picture is frozen: it shows the same image over and over.</source>
      <translation>Imaj kamera ou a bloke: li montre menm imaj la plizyè fwa san rete.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="189" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams.</source>
      <translation>Fèmen lòt pwogram ki ka ap sèvi ak kamera ou, tankou Zoom oswa Teams.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="191" />
      <source>If it is still frozen, restart your computer and check again.</source>
      <translation>Si li toujou bloke, rekòmanse òdinatè ou epi tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="193" />
      <source>The picture froze: unplug the camera and plug it back in, or restart the computer.</source>
      <translation>Imaj la bloke: deploge kamera a epi ploge l ankò, oswa rekòmanse òdinatè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="199" />
      <source>Your camera sends only {fps} pictures a second, so the doctor would see a very jerky picture.</source>
      <translation>Kamera ou voye sèlman {fps} imaj pa segonn, kidonk doktè a ta wè yon imaj k ap sote anpil.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="206" />
      <source>If your camera plugs in, plug it directly into the computer, not into a hub.</source>
      <translation>Si kamera ou ploge ak yon fil, ploge l dirèkteman nan òdinatè a, pa nan yon hub.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="214" />
      <source>Your camera sends only {fps} pictures a second, so your video may look choppy.</source>
      <translation>Kamera ou voye sèlman {fps} imaj pa segonn, kidonk videyo ou ka ap sote.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="223" />
      <source>Your picture is too dark for the doctor to see you well.</source>
      <translation>Imaj ou twò fè nwa pou doktè a wè ou byen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="226" />
      <source>Turn on a light in the room, in front of you.</source>
      <translation>Limen yon limyè nan chanm nan, devan ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="227" />
      <source>If something is covering the camera, remove it.</source>
      <translation>Si gen yon bagay ki kouvri kamera a, retire l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="229" />
      <source>The picture is too dark: turn on a light in front of the caller.</source>
      <translation>Imaj la twò fè nwa: fòk yo limen yon limyè devan moun k ap rele a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="234" />
      <source>Your picture is too bright, so the doctor may not see your face clearly.</source>
      <translation>Imaj ou twò klere, kidonk doktè a ka pa wè figi ou byen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="236" />
      <source>Move out of direct sunlight, or turn away a very bright lamp shining on you.</source>
      <translation>Soti nan solèy la, oswa vire yon lanp ki twò fò ki klere sou ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="241" />
      <source>The picture is too bright: move away from direct sunlight or a bright lamp.</source>
      <translation>Imaj la twò klere: moun k ap rele a dwe soti nan solèy la oswa lwen yon lanp ki fò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="246" />
      <source>The light behind you makes your face too dark to see.</source>
      <translation>Limyè ki dèyè ou a fè figi ou twò nwa pou yo wè l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="249" />
      <source>Close the curtains behind you, or turn so the window is in front of you.</source>
      <translation>Fèmen rido ki dèyè ou yo, oswa vire pou fenèt la rete devan ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="251" />
      <source>The caller is backlit: sit facing the window or lamp, not with it behind them.</source>
      <translation>Limyè a dèyè moun k ap rele a: li dwe chita ak figi l bò fenèt la oswa lanp lan, pa ak do l bò limyè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="256" />
      <source>Your picture looks blurry.</source>
      <translation>Imaj ou flou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="258" />
      <source>Gently wipe the camera lens with a soft, dry cloth.</source>
      <translation>Siye lantiy kamera a dousman ak yon moso twal ki mou e ki sèk.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="259" />
      <source>Sit about an arm's length from the camera.</source>
      <translation>Chita anviwon yon longè bra lwen kamera a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="261" />
      <source>The picture is blurry: wipe the camera lens with a soft cloth.</source>
      <translation>Imaj la flou: siye lantiy kamera a ak yon twal ki mou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="266" />
      <source>Your camera sends a small picture ({width}x{height}), so the doctor will see you less clearly.</source>
      <translation>Kamera ou voye yon ti imaj ({width}x{height}), kidonk doktè a ap wè ou mwens klè.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="271" />
      <source>If you have another camera (for example a newer USB webcam), choose it instead.</source>
      <translation>Si ou gen yon lòt kamera (pa egzanp yon webcam USB ki pi nouvo), chwazi l pito.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="275" />
      <source>The camera gives a small picture: use a better or external camera if there is one.</source>
      <translation>Kamera a bay yon ti imaj: sèvi ak yon kamera ki pi bon oswa yon kamera deyò, si genyen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="282" />
      <source>We couldn't see a face - sit centred in front of the camera.</source>
      <translation>Nou pa t ka wè yon figi: chita nan mitan, devan kamera a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="284" />
      <source>Sit facing the camera, about an arm's length away, with your whole face in the picture.</source>
      <translation>Chita ak figi ou bò kamera a, anviwon yon longè bra lwen l, ak tout figi ou nan imaj la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="288" />
      <source>If you chose not to be seen during this check, you can ignore this.</source>
      <translation>Si ou te chwazi pou yo pa wè ou pandan tès sa a, ou ka pa okipe sa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="290" />
      <source>No face was seen: ask the caller to sit centred in front of the camera.</source>
      <translation>Nou pa wè okenn figi: mande moun k ap rele a pou li chita nan mitan, devan kamera a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="296" />
      <source>Something went wrong while checking your camera.</source>
      <translation>Yon bagay pa mache byen pandan nou t ap tcheke kamera ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="310" />
      <source>We could see your face only some of the time.</source>
      <translation>Nou te ka wè figi ou sèlman yon pati nan tan an.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="311" />
      <source>If you can, sit facing the camera with your whole face in the picture.</source>
      <translation>Si ou kapab, chita ak figi ou bò kamera a, ak tout figi ou nan imaj la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="323" />
      <source>Your computer's privacy settings are blocking the camera.</source>
      <translation>Paramèt konfidansyalite òdinatè ou ap bloke kamera a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="325" />
      <source>The computer's privacy settings block the camera: walk the caller through Settings &gt; Privacy &amp; security &gt; Camera (Windows) or System Settings &gt; Privacy &amp; Security &gt; Camera (Mac), then ask them to check again.</source>
      <translation>Paramèt konfidansyalite òdinatè a bloke kamera a: gide moun k ap rele a jiska Settings &gt; Privacy &amp; security &gt; Camera (Windows) oswa System Settings &gt; Privacy &amp; Security &gt; Camera (Mac), epi mande l pou li tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="332" />
      <source>A rule on this computer does not allow programs to use the camera.</source>
      <translation>Yon règ sou òdinatè sa a pa kite pwogram yo sèvi ak kamera a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="334" />
      <source>Ask the person who looks after this computer to allow the camera (for example in Screen Time), then {check_again}.</source>
      <translation>Mande moun k ap okipe òdinatè sa a pou li pèmèt kamera a (pa egzanp nan Screen Time), epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="339" />
      <source>Camera use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>Sou Mac sa a, yo limite itilizasyon kamera a (Screen Time, kontwòl paran oswa yon pwofil jesyon): moun k ap rele a pa ka limen l; moun ki jere Mac la dwe pèmèt li.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="373" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="380" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="401" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="381" />
      <source>We will look at your camera picture for a few seconds. Sit where you will sit for your visit, facing a light if you can.</source>
      <translation>N ap gade imaj kamera ou pandan kèk segonn. Chita kote ou pral chita pou vizit ou, ak figi ou bò yon limyè si ou kapab.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="388" />
      <source>Camera:</source>
      <translation>Kamera:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="395" />
      <location filename="../../src/preflight/support/code_v2.py" line="38" />
      <source>picture size (short side)</source>
      <translation>gwosè imaj la (bò ki pi kout la)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="397" />
      <location filename="../../src/preflight/support/code_v1.py" line="119" />
      <location filename="../../src/preflight/support/code_v2.py" line="40" />
      <source>frame rate</source>
      <translation>imaj pa segonn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <source>Picture width</source>
      <translation>Lajè imaj la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>pixels</source>
      <translation>piksèl</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <source>Picture height</source>
      <translation>Wotè imaj la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>Picture size (short side)</source>
      <translation>Gwosè imaj la (bò ki pi kout la)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="411" />
      <source>Frame rate</source>
      <translation>Imaj pa segonn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="414" />
      <source>Pictures received</source>
      <translation>Imaj nou resevwa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="416" />
      <source>Black pictures</source>
      <translation>Imaj nwa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="418" />
      <source>Frozen pictures</source>
      <translation>Imaj ki bloke</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>Brightness</source>
      <translation>Klète</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>of 255</source>
      <translation>sou 255</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="423" />
      <source>Contrast</source>
      <translation>Kontras</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="425" />
      <source>Sharpness</source>
      <translation>Netete</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="427" />
      <source>Face seen</source>
      <translation>Nou wè yon figi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="429" />
      <source>Where the face is</source>
      <translation>Ki kote figi a ye</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="432" />
      <source>Bright light behind you</source>
      <translation>Limyè fò dèyè ou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="39" />
      <source>Your internet speed is good for HD video.</source>
      <translation>Vitès entènèt ou bon pou videyo HD (bon kalite).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="40" />
      <source>Your internet is too slow for a video visit right now.</source>
      <translation>Kounye a, entènèt ou twò lant pou yon vizit pa videyo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="41" />
      <source>Your internet speed is enough for video, but the picture may be lower quality.</source>
      <translation>Vitès entènèt ou ase pou videyo, men imaj la ka pa gen bon kalite.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="45" />
      <source>We could not reach the speed test server, so your internet speed was not measured.</source>
      <translation>Nou pa t ka rive jwenn sèvè tès vitès la, kidonk nou pa t mezire vitès entènèt ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="49" />
      <source>Check that you are connected to the internet, then {check_again}.</source>
      <translation>Tcheke si ou konekte sou entènèt, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="53" />
      <source>We could not get the list of speed test servers, so your internet speed was not measured.</source>
      <translation>Nou pa t ka jwenn lis sèvè tès vitès yo, kidonk nou pa t mezire vitès entènèt ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="57" />
      <source>{Check_again} in a few minutes.</source>
      <translation>{Check_again} nan kèk minit.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="61" />
      <source>We measured your download speed, but the speed test server did not accept the upload test, so we can't tell how well others will see and hear you.</source>
      <translation>Nou mezire vitès telechajman ou, men sèvè tès la pa t aksepte tès voye a, kidonk nou pa ka di si lòt moun ap wè ou e tande ou byen.</translation>
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
      <translation>Pwopoze moun k ap rele a yon vizit pa telefòn si koneksyon an pa ka vin pi rapid.</translation>
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
      <translation>yon sèvè LibreSpeed pa yo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="82" />
      <source>its settings could not be fetched</source>
      <translation>nou pa t kapab jwenn paramèt li yo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="83" />
      <source>its list of servers could not be fetched</source>
      <translation>nou pa t kapab jwenn lis sèvè li yo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="84" />
      <source>its server could not be reached</source>
      <translation>nou pa t kapab rive jwenn sèvè li a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="85" />
      <source>its server stopped answering</source>
      <translation>sèvè li a sispann reponn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="86" />
      <source>no data arrived</source>
      <translation>pa gen done ki rive</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="87" />
      <source>its server refused the test</source>
      <translation>sèvè li a refize tès la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="88" />
      <source>it asked us to wait (too many tests)</source>
      <translation>li mande nou tann (twòp tès)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="89" />
      <source>its security certificate was not accepted</source>
      <translation>yo pa t aksepte sètifika sekirite li a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="90" />
      <source>something else answered</source>
      <translation>yon lòt bagay reponn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="110" />
      <source>Internet speed</source>
      <translation>Vitès entènèt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="120" />
      <source>Your internet speed is good for standard-quality video.</source>
      <translation>Vitès entènèt ou bon pou videyo kalite nòmal.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="122" />
      <source>Your internet speed is enough for sound, but probably not for video.</source>
      <translation>Vitès entènèt ou ase pou son, men petèt pa pou videyo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="125" />
      <source>Your internet speed is too slow for a video or audio call.</source>
      <translation>Vitès entènèt ou twò lant pou yon apèl videyo oswa yon apèl vwa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="130" />
      <source>Your internet speed is good for HD video, but your connection slows down a lot when it is busy.</source>
      <translation>Vitès entènèt ou bon pou videyo HD, men koneksyon ou vin pi lant anpil lè li okipe.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="133" />
      <source>The connection slows down a lot when it is busy (the delay rises by more than {loaded_latency_increase_warn_ms} ms under load): ask the caller to pause other streaming, downloads and backups during the visit, and to restart the router.</source>
      <translation>Koneksyon an vin pi lant anpil lè li okipe (reta a monte plis pase {loaded_latency_increase_warn_ms} ms lè gen chaj): mande moun k ap rele a pou li kanpe lòt videyo an dirèk (streaming), telechajman ak sovgad pandan vizit la, epi pou li rekòmanse routè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="143" />
      <source>The internet is a little slow (download under {pass_download_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>Entènèt la yon ti jan lant (telechajman anba {pass_download_mbps} Mbit/s): kanpe lòt streaming ak telechajman pandan vizit la; videyo a ka pa gen bon kalite.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="152" />
      <source>The internet is a little slow (upload under {pass_upload_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>Entènèt la yon ti jan lant (voye anba {pass_upload_mbps} Mbit/s): kanpe lòt streaming ak telechajman pandan vizit la; videyo a ka pa gen bon kalite.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="159" />
      <source>Your internet is too slow for video; it is enough for sound only.</source>
      <translation>Entènèt ou twò lant pou videyo; li ase pou son sèlman.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="161" />
      <source>The connection carries sound but not video (under {sd_upload_mbps} Mbit/s one way): plan the visit by phone if it cannot be improved.</source>
      <translation>Koneksyon an ka pote son men li pa ka pote videyo (anba {sd_upload_mbps} Mbit/s nan yon direksyon): planifye vizit la pa telefòn si li pa ka amelyore.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="169" />
      <source>The internet is too slow for video (download under {warn_download_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>Entènèt la twò lant pou videyo (telechajman anba {warn_download_mbps} Mbit/s): pwoche pi pre routè a oswa sèvi ak yon fil, kanpe lòt streaming ak telechajman, oswa planifye vizit la pa telefòn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="178" />
      <source>The internet is too slow for video (upload under {warn_upload_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>Entènèt la twò lant pou videyo (voye anba {warn_upload_mbps} Mbit/s): pwoche pi pre routè a oswa sèvi ak yon fil, kanpe lòt streaming ak telechajman, oswa planifye vizit la pa telefòn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="188" />
      <source>A phone visit may be better: call {label} at {phone} to arrange one.</source>
      <translation>Yon vizit pa telefòn ka pi bon: rele {label} nan {phone} pou fè yon randevou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="195" />
      <source>A phone visit may be better: call your doctor's office to arrange one.</source>
      <translation>Yon vizit pa telefòn ka pi bon: rele biwo doktè ou a pou fè yon randevou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="206" />
      <source>The speed test server refused the upload test, so the upload speed is unknown: ask the caller to run Preflight again; if every caller sees this, the speed test server needs attention.</source>
      <translation>Sèvè tès vitès la refize tès voye a, kidonk nou pa konnen vitès voye a: mande moun k ap rele a pou li fè tès Preflight yo ankò; si tout moun k ap rele wè sa, fòk yo tcheke sèvè tès vitès la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="215" />
      <source>The speed test server acknowledged none of the upload test, so the upload speed is unknown: ask the caller to run Preflight again; a firewall or proxy may be blocking uploads.</source>
      <translation>Sèvè tès vitès la pa t konfime anyen nan tès voye a, kidonk nou pa konnen vitès voye a: mande moun k ap rele a pou li fè tès Preflight yo ankò; petèt yon firewall oswa yon proxy ap bloke done k ap voye yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="224" />
      <source>The speed test server could not be reached, so the speed was not measured: ask the caller to check they are online and run Preflight again; if every caller sees this, the speed test server may be down.</source>
      <translation>Nou pa t ka rive jwenn sèvè tès vitès la, kidonk nou pa t mezire vitès la: mande moun k ap rele a pou li tcheke si li konekte sou entènèt epi pou li fè tès Preflight yo ankò; si tout moun k ap rele wè sa, petèt sèvè tès vitès la pa mache.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="233" />
      <source>The speed test server stopped answering, so the speed was not measured: ask the caller to run Preflight again; if every caller sees this, the speed test server may be overloaded or down.</source>
      <translation>Sèvè tès vitès la sispann reponn, kidonk nou pa t mezire vitès la: mande moun k ap rele a pou li fè tès Preflight yo ankò; si tout moun k ap rele wè sa, petèt sèvè tès vitès la twò chaje oswa li pa mache.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="242" />
      <source>No data arrived from the speed test server, so the speed was not measured: ask the caller to run Preflight again; a firewall or proxy may be blocking the download.</source>
      <translation>Pa gen okenn done ki soti nan sèvè tès vitès la, kidonk nou pa t mezire vitès la: mande moun k ap rele a pou li fè tès Preflight yo ankò; petèt yon firewall oswa yon proxy ap bloke telechajman an.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="251" />
      <source>speedtest.net's settings could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>Nou pa t ka jwenn paramèt speedtest.net (petèt yo bloke l sou rezo moun k ap rele a), kidonk nou pa t mezire vitès la: mande moun k ap rele a pou li eseye ankò nan kèk minit; yon òganizasyon ki bloke speedtest.net ka bay non pwòp sèvè tès pa l ([bandwidth] speedtest_server).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="261" />
      <source>speedtest.net's list of servers could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>Nou pa t ka jwenn lis sèvè speedtest.net yo (petèt yo bloke l sou rezo moun k ap rele a), kidonk nou pa t mezire vitès la: mande moun k ap rele a pou li eseye ankò nan kèk minit; yon òganizasyon ki bloke speedtest.net ka bay non pwòp sèvè tès pa l ([bandwidth] speedtest_server).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="269" />
      <source>The speed test server address in the settings is not valid.</source>
      <translation>Adrès sèvè tès vitès la ki nan paramèt yo pa bon.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="270" />
      <source>Call the support line: the speed test needs to be set up again.</source>
      <translation>Rele liy èd la: fòk yo konfigire tès vitès la ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="271" />
      <source>The speed test server address in the settings ([bandwidth] speedtest_server, or --speedtest-server) is not an http(s) address: correct the configuration.</source>
      <translation>Adrès sèvè tès vitès la ki nan paramèt yo ([bandwidth] speedtest_server, oswa --speedtest-server) se pa yon adrès http(s): korije konfigirasyon an.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="280" />
      <source>The internet speed check could not start: part of Preflight is missing.</source>
      <translation>Tès vitès entènèt la pa t ka kòmanse: gen yon pati nan Preflight ki manke.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="281" />
      <source>Reinstall Preflight, or call the support line.</source>
      <translation>Enstale Preflight ankò, oswa rele liy èd la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="282" />
      <source>Part of Preflight (the speed test component) is missing on the caller's computer: ask them to reinstall Preflight.</source>
      <translation>Gen yon pati nan Preflight (pati tès vitès la) ki manke sou òdinatè moun k ap rele a: mande l pou li enstale Preflight ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="292" />
      <source>The speed test server refused the test (an HTTP error), so the speed was not measured: ask the caller to try again in a few minutes; if every caller sees this, the speed test service (see the report's provider) needs attention or is blocked on their network.</source>
      <translation>Sèvè tès vitès la refize tès la (yon erè HTTP), kidonk nou pa t mezire vitès la: mande moun k ap rele a pou li eseye ankò nan kèk minit; si tout moun k ap rele wè sa, fòk yo tcheke sèvis tès vitès la (gade founisè a nan rapò a), oswa petèt yo bloke l sou rezo yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="300" />
      <source>The speed test service is busy, so your internet speed was not measured.</source>
      <translation>Sèvis tès vitès la okipe, kidonk nou pa t mezire vitès entènèt ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="302" />
      <source>The speed test service asked us to wait (too many tests from the caller's network, HTTP 429), so the speed was not measured: ask the caller to try again in a few minutes.</source>
      <translation>Sèvis tès vitès la mande nou tann (twòp tès ki soti nan rezo moun k ap rele a, HTTP 429), kidonk nou pa t mezire vitès la: mande moun k ap rele a pou li eseye ankò nan kèk minit.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="309" />
      <source>We could not make a secure connection to the speed test server, so your internet speed was not measured.</source>
      <translation>Nou pa t kapab fè yon koneksyon sekirize ak sèvè tès vitès la, kidonk nou pa t mezire vitès entènèt ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="311" />
      <source>Check that your computer's date and time are right, then {check_again}.</source>
      <translation>Tcheke si dat ak lè òdinatè ou bon, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="315" />
      <source>The speed test server's security certificate was not accepted, so the speed was not measured: the computer's clock may be wrong, or a proxy or firewall on the caller's network inspects secure connections.</source>
      <translation>Nou pa t aksepte sètifika sekirite sèvè tès vitès la, kidonk nou pa t mezire vitès la: petèt lè òdinatè a pa bon, oswa yon proxy oswa yon firewall sou rezo moun k ap rele a ap enspekte koneksyon sekirize yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="324" />
      <source>Something other than the speed test server answered (a sign-in page, a proxy or a broken server), so the speed was not measured: ask the caller whether the network needs a sign-in, then to run Preflight again.</source>
      <translation>Yon bagay ki pa sèvè tès vitès la reponn (yon paj koneksyon, yon proxy oswa yon sèvè ki gen pwoblèm), kidonk nou pa t mezire vitès la: mande moun k ap rele a si rezo a mande pou li konekte, epi pou li fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="334" />
      <location filename="../../src/preflight/support/code_v1.py" line="97" />
      <location filename="../../src/preflight/support/code_v2.py" line="82" />
      <source>download</source>
      <translation>telechajman</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="336" />
      <location filename="../../src/preflight/support/code_v1.py" line="98" />
      <location filename="../../src/preflight/support/code_v2.py" line="84" />
      <source>upload</source>
      <translation>voye</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="341" />
      <location filename="../../src/preflight/support/code_v1.py" line="99" />
      <location filename="../../src/preflight/support/code_v2.py" line="87" />
      <source>ping</source>
      <translation>ping (reta)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="344" />
      <source>speed test by</source>
      <translation>tès vitès fèt pa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="348" />
      <source>Download speed</source>
      <translation>Vitès telechajman</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="349" />
      <source>Upload speed</source>
      <translation>Vitès voye</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="351" />
      <source>Delay (ping)</source>
      <translation>Reta (ping)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="353" />
      <source>Delay variation</source>
      <translation>Varyasyon reta a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="355" />
      <source>Delay while busy</source>
      <translation>Reta lè koneksyon an okipe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="357" />
      <source>Extra delay while busy</source>
      <translation>Reta anplis lè koneksyon an okipe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="359" />
      <source>Test server</source>
      <translation>Sèvè tès</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="364" />
      <source>Data downloaded</source>
      <translation>Done ki telechaje</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="366" />
      <source>Data uploaded</source>
      <translation>Done ki voye</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="368" />
      <source>Best video for this connection</source>
      <translation>Pi bon videyo pou koneksyon sa a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="373" />
      <source>HD video (1080p)</source>
      <translation>Videyo HD (1080p)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="374" />
      <source>HD video (720p)</source>
      <translation>Videyo HD (720p)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="375" />
      <source>standard video</source>
      <translation>videyo nòmal</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="376" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="168" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="186" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="288" />
      <source>sound only</source>
      <translation>son sèlman</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="377" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="243" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>none</source>
      <translation>okenn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="379" />
      <source>Speed steady during the test</source>
      <translation>Vitès la rete estab pandan tès la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="384" />
      <source>Download speed variation</source>
      <translation>Varyasyon vitès telechajman an</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="388" />
      <source>Upload speed variation</source>
      <translation>Varyasyon vitès voye a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="392" />
      <source>Upload counted by</source>
      <translation>Voye done yo konte pa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="398" />
      <source>Speed test by</source>
      <translation>Tès vitès fèt pa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="403" />
      <source>Speed tests that could not measure</source>
      <translation>Tès vitès ki pa t kapab mezire</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="406" />
      <source>{provider}: {reason}</source>
      <translation>{provider}: {reason}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="511" />
      <source>the support line</source>
      <translation>liy èd la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="551" />
      <source>Measuring your internet speed…</source>
      <translation>N ap mezire vitès entènèt ou…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="559" />
      <source>Trying another speed test…</source>
      <translation>N ap eseye yon lòt tès vitès…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="40" />
      <source>upload speed</source>
      <translation>vitès voye</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="41" />
      <source>lost packets</source>
      <translation>pake ki pèdi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="42" />
      <source>round trip</source>
      <translation>ale-retou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="43" />
      <source>jitter</source>
      <translation>varyasyon reta (jitter)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="44" />
      <source>weak Wi-Fi signal</source>
      <translation>siyal Wi-Fi fèb</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="45" />
      <source>a VPN</source>
      <translation>yon VPN</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="50" />
      <source>Video calls</source>
      <translation>Apèl videyo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="58" />
      <source>Expected video call quality: Excellent ({resolution}).</source>
      <translation>Kalite nou atann pou apèl videyo a: Ekselan ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="60" />
      <source>Expected video call quality: Great ({resolution}).</source>
      <translation>Kalite nou atann pou apèl videyo a: Trè bon ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="62" />
      <source>Expected video call quality: Good ({resolution}).</source>
      <translation>Kalite nou atann pou apèl videyo a: Bon ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="65" />
      <source>Expected video call quality: Fair ({resolution}).</source>
      <translation>Kalite nou atann pou apèl videyo a: Mwayen ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="67" />
      <source>Expected call quality is fair (an estimated MOS from {mos_fair} to {mos_good}): sound may break up and the picture may freeze at times. The limit found with it is what to fix first.</source>
      <translation>Kalite nou atann pou apèl la mwayen (yon MOS nou estime ant {mos_fair} ak {mos_good}): son an ka koupe epi imaj la ka bloke pafwa. Limit nou jwenn avè l la se sa pou ranje an premye.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="73" />
      <source>Expected video call quality: Poor ({resolution}). The video will probably freeze.</source>
      <translation>Kalite nou atann pou apèl videyo a: Pa bon ({resolution}). Videyo a ap petèt bloke.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="76" />
      <source>Expected call quality is poor (an estimated MOS under {mos_fair}): the video will probably freeze. Fix the limit found with it, or offer a phone visit.</source>
      <translation>Kalite nou atann pou apèl la pa bon (yon MOS nou estime anba {mos_fair}): videyo a ap petèt bloke. Ranje limit nou jwenn avè l la, oswa pwopoze yon vizit pa telefòn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="83" />
      <source>Your upload speed limits the picture.</source>
      <translation>Vitès voye ou limite imaj la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="84" />
      <source>Your upload speed is too low for a clear picture: pause other uploads and backups (photos, cloud storage) during the visit.</source>
      <translation>Vitès voye ou twò ba pou yon imaj klè: kanpe lòt voye ak sovgad (foto, depo sou entènèt) pandan vizit la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="86" />
      <source>The upload limits the picture (under {video_540p_mbps} Mbit/s for 540p): ask the caller to pause uploads and backups, or to move closer to the router.</source>
      <translation>Voye a limite imaj la (anba {video_540p_mbps} Mbit/s pou 540p): mande moun k ap rele a pou li kanpe voye ak sovgad, oswa pou li pwoche pi pre routè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="92" />
      <source>Some of the call's sound and picture gets lost on the way.</source>
      <translation>Yon pati nan son ak imaj apèl la pèdi sou wout.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="93" />
      <source>Some of the call's sound and picture gets lost on the way: move closer to your router, or connect with a network cable.</source>
      <translation>Yon pati nan son ak imaj apèl la pèdi sou wout: pwoche pi pre routè ou, oswa konekte ak yon fil rezo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="95" />
      <source>Lost packets limit the call (more than {teams_loss_pct}% lost; Teams asks under 1%): usually weak Wi-Fi. Ask the caller to move closer to the router or use a cable.</source>
      <translation>Pake ki pèdi limite apèl la (plis pase {teams_loss_pct}% pèdi; Teams mande mwens pase 1%): souvan se Wi-Fi ki fèb. Mande moun k ap rele a pou li pwoche pi pre routè a oswa sèvi ak yon fil.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="101" />
      <source>Your connection takes long to reach the video service.</source>
      <translation>Koneksyon ou pran tan pou rive jwenn sèvis videyo a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="102" />
      <source>Your connection takes long to reach the video service: connect with a network cable, and try without a VPN if you use one.</source>
      <translation>Koneksyon ou pran tan pou rive jwenn sèvis videyo a: konekte ak yon fil rezo, epi eseye san VPN si ou sèvi ak youn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="104" />
      <source>The round trip limits the call (over {teams_rtt_ms} ms; Teams asks under 100 ms): a VPN, satellite or mobile link is likely. Ask the caller to try without the VPN or on another network.</source>
      <translation>Ale-retou a limite apèl la (plis pase {teams_rtt_ms} ms; Teams mande mwens pase 100 ms): petèt se yon VPN, yon satelit oswa yon koneksyon mobil. Mande moun k ap rele a pou li eseye san VPN nan oswa sou yon lòt rezo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="110" />
      <source>The delay on your connection changes a lot.</source>
      <translation>Reta sou koneksyon ou chanje anpil.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="111" />
      <source>The delay on your connection changes a lot: move closer to your router or connect with a network cable, and pause other streaming.</source>
      <translation>Reta sou koneksyon ou chanje anpil: pwoche pi pre routè ou oswa konekte ak yon fil rezo, epi kanpe lòt streaming.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="113" />
      <source>Jitter limits the call (over {teams_jitter_ms} ms; Teams asks under 30 ms): usually busy or weak Wi-Fi. Ask the caller to use a cable or move closer to the router, and to pause other streaming.</source>
      <translation>Varyasyon reta a (jitter) limite apèl la (plis pase {teams_jitter_ms} ms; Teams mande mwens pase 30 ms): souvan se Wi-Fi ki okipe oswa ki fèb. Mande moun k ap rele a pou li sèvi ak yon fil oswa pwoche pi pre routè a, epi pou li kanpe lòt streaming.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="120" />
      <source>Your connection slows down a lot when it is busy.</source>
      <translation>Koneksyon ou vin pi lant anpil lè li okipe.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="121" />
      <source>Your connection slows down a lot when it is busy: other streaming, downloads and backups will hurt the call. Pause them during the visit.</source>
      <translation>Koneksyon ou vin pi lant anpil lè li okipe: lòt streaming, telechajman ak sovgad ap gate apèl la. Kanpe yo pandan vizit la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="124" />
      <source>The delay rises by more than {household_increase_warn_ms} ms when the connection is busy (bufferbloat): other streaming, downloads and backups at home will hurt the call. Ask the caller to pause them during the visit and to restart the router.</source>
      <translation>Reta a monte plis pase {household_increase_warn_ms} ms lè koneksyon an okipe (bufferbloat): lòt streaming, telechajman ak sovgad lakay la ap gate apèl la. Mande moun k ap rele a pou li kanpe yo pandan vizit la epi pou li rekòmanse routè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="131" />
      <source>We could not estimate the video call quality.</source>
      <translation>Nou pa t ka estime kalite apèl videyo a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="132" />
      <source>The connection checks above say what they found.</source>
      <translation>Tès koneksyon ki anwo yo di sa yo jwenn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="133" />
      <source>The call quality could not be estimated: the connection check or the speed check did not measure the round trip, loss or upload (or their figures contradict each other). Read those checks' findings.</source>
      <translation>Nou pa t ka estime kalite apèl la: tès koneksyon an oswa tès vitès la pa t mezire ale-retou a, pèt la oswa voye a (oswa chif yo pa dakò youn ak lòt). Li sa tès sa yo jwenn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="141" />
      <source>Your Wi-Fi signal is weak where you are.</source>
      <translation>Siyal Wi-Fi a fèb kote ou ye a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="142" />
      <source>Your Wi-Fi signal is weak where you are: move closer to your router, or connect with a network cable.</source>
      <translation>Siyal Wi-Fi a fèb kote ou ye a: pwoche pi pre routè ou, oswa konekte ak yon fil rezo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="144" />
      <source>A weak Wi-Fi signal limits the call (packets lost or late on the Wi-Fi): ask the caller to move closer to the router or to use a cable.</source>
      <translation>Yon siyal Wi-Fi ki fèb limite apèl la (pake ki pèdi oswa ki an reta sou Wi-Fi a): mande moun nan pwoche pi pre routè a oswa sèvi ak yon fil.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="149" />
      <source>Your connection goes through a VPN, which slows down the call.</source>
      <translation>Koneksyon ou pase nan yon VPN, sa fè apèl la pi lan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="150" />
      <source>Your connection goes through a VPN, which slows down the call: if you can, turn it off for the visit.</source>
      <translation>Koneksyon ou pase nan yon VPN, sa fè apèl la pi lan: si ou kapab, etenn li pandan vizit la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="152" />
      <source>A VPN or tunnel in the route limits the call (a long or unsteady round trip): ask the caller to try without the VPN.</source>
      <translation>Yon VPN oswa yon tinèl nan wout la limite apèl la (yon aleretou ki long oswa ki pa estab): mande moun nan eseye san VPN nan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="160" />
      <source>expected call quality</source>
      <translation>kalite nou atann pou apèl la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="161" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="177" />
      <source>excellent</source>
      <translation>ekselan</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="162" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="178" />
      <source>great</source>
      <translation>trè bon</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="163" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="179" />
      <source>good</source>
      <translation>bon</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="164" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="180" />
      <source>fair</source>
      <translation>mwayen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="165" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="181" />
      <source>poor</source>
      <translation>pa bon</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="167" />
      <source>picture the upload carries</source>
      <translation>imaj voye a ka pote</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="169" />
      <source>what limits the call</source>
      <translation>sa ki limite apèl la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="173" />
      <source>Expected call quality</source>
      <translation>Kalite nou atann pou apèl la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="183" />
      <source>Picture the upload carries</source>
      <translation>Imaj voye a ka pote</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="187" />
      <source>What limits the call</source>
      <translation>Sa ki limite apèl la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="193" />
      <source>Estimated call score (MOS, 1 to 4.5)</source>
      <translation>Nòt nou estime pou apèl la (MOS, 1 rive 4.5)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="197" />
      <source>Transmission rating (R)</source>
      <translation>Nòt transmisyon (R)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="200" />
      <source>Effective delay</source>
      <translation>Reta efektif</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="202" />
      <source>Estimated call score when the connection is busy</source>
      <translation>Nòt nou estime pou apèl la lè koneksyon an okipe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="210" />
      <source>Your computer can't reach the video visit service.</source>
      <translation>Òdinatè ou pa ka rive jwenn sèvis vizit pa videyo a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="211" />
      <source>Your network blocks the fastest kind of video connection, but video can still work through a backup route.</source>
      <translation>Rezo ou bloke kalite koneksyon videyo ki pi rapid la, men videyo a ka toujou mache pa yon lòt wout.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="217" />
      <source>If the video is choppy during the visit, try another network (for example your home Wi-Fi instead of a work or hotel network).</source>
      <translation>Si videyo a ap bloke pandan vizit la, eseye yon lòt rezo (pa egzanp Wi-Fi lakay ou olye rezo travay oswa rezo yon otèl).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="220" />
      <source>Your connection is too unsteady for video right now; a phone visit may be better.</source>
      <translation>Kounye a koneksyon ou twò enstab pou videyo; yon vizit pa telefòn ka pi bon.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="223" />
      <source>Your connection is a little unsteady, so the video may freeze at times.</source>
      <translation>Koneksyon ou yon ti jan enstab, kidonk videyo a ka bloke pafwa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="232" />
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>works</source>
      <translation>mache</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="233" />
      <source>no answer</source>
      <translation>pa gen repons</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="234" />
      <source>refused us</source>
      <translation>refize nou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="237" />
      <source>Video relay over UDP</source>
      <translation>Relè videyo pa UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="238" />
      <source>Video relay over TCP</source>
      <translation>Relè videyo pa TCP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="239" />
      <source>Video relay over TLS</source>
      <translation>Relè videyo pa TLS</translation>
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
      <translation>yon VPN oswa yon tinèl</translation>
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
      <translation>Ou pa bezwen chanje anyen pou sa. Si videyo a pa kòmanse pandan vizit la, rele liy èd la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="262" />
      <source>Internet connection</source>
      <translation>Koneksyon entènèt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="272" />
      <source>Your internet connection can reach the video visit service.</source>
      <translation>Koneksyon entènèt ou ka rive jwenn sèvis vizit pa videyo a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="277" />
      <source>Your computer doesn't seem to be connected to the internet.</source>
      <translation>Sanble òdinatè ou pa konekte sou entènèt.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="279" />
      <source>Check that Wi-Fi is turned on and connected, or that the network cable is plugged in.</source>
      <translation>Tcheke si Wi-Fi a limen epi li konekte, oswa si fil rezo a ploge.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="284" />
      <source>The computer is not connected to the internet: ask the caller to check that Wi-Fi is on and connected (or the network cable is plugged in), to restart the computer and router, and to try without a VPN.</source>
      <translation>Òdinatè a pa konekte sou entènèt: mande moun k ap rele a pou li tcheke si Wi-Fi a limen epi li konekte (oswa si fil rezo a ploge), pou li rekòmanse òdinatè a ak routè a, epi pou li eseye san VPN.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="291" />
      <source>Your Wi-Fi network wants you to sign in before you can use the internet.</source>
      <translation>Rezo Wi-Fi ou a mande ou konekte (sign in) anvan ou ka sèvi ak entènèt.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="293" />
      <source>Open your web browser and follow the steps on the page that appears (you may need to accept terms or enter a code).</source>
      <translation>Louvri navigatè entènèt ou epi swiv etap ki nan paj ki parèt la (petèt ou pral bezwen aksepte kondisyon yo oswa antre yon kòd).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="297" />
      <source>A Wi-Fi sign-in page holds back the internet: ask the caller to open a web browser, finish the steps on the page that appears, then run Preflight again.</source>
      <translation>Yon paj koneksyon Wi-Fi ap bloke entènèt la: mande moun k ap rele a pou li louvri yon navigatè entènèt, fini etap ki nan paj ki parèt la, epi fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="306" />
      <source>The visit's services could not be reached: a Wi-Fi sign-in page, firewall or VPN may block them. Sign in to the Wi-Fi page, turn off the VPN, or try another network.</source>
      <translation>Nou pa t ka rive jwenn sèvis vizit la: petèt yon paj koneksyon Wi-Fi, yon firewall oswa yon VPN ap bloke yo. Konekte nan paj Wi-Fi a, etenn VPN nan, oswa eseye yon lòt rezo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="315" />
      <source>Security software or a network filter may be blocking secure connections. If you can, try another network (for example your phone's hotspot).</source>
      <translation>Petèt yon pwogram sekirite oswa yon filt rezo ap bloke koneksyon ki sekirize yo. Si ou kapab, eseye yon lòt rezo (pa egzanp hotspot telefòn ou).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="321" />
      <source>Secure connections to the visit's services failed their certificate check: security software or a network filter may be intercepting them. Ask the caller to try another network, such as a phone hotspot.</source>
      <translation>Koneksyon sekirize ak sèvis vizit la pa t pase tès sètifika a: petèt yon pwogram sekirite oswa yon filt rezo ap entèsepte yo. Mande moun k ap rele a pou li eseye yon lòt rezo, tankou hotspot yon telefòn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="329" />
      <source>Your computer uses a proxy server. Ask whoever manages it to allow the video visit service.</source>
      <translation>Òdinatè ou sèvi ak yon sèvè proxy. Mande moun ki jere l la pou li pèmèt sèvis vizit pa videyo a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="331" />
      <source>The caller's computer uses a proxy server, and the visit's services could not be reached through it: whoever manages the proxy needs to allow them.</source>
      <translation>Òdinatè moun k ap rele a sèvi ak yon sèvè proxy, e nou pa t ka rive jwenn sèvis vizit la atravè l: moun ki jere proxy a dwe pèmèt yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="340" />
      <source>Call traffic (UDP) is blocked: the call may fall back to a slower path. If video fails, try another network or ask the network's IT to allow UDP.</source>
      <translation>Trafik apèl la (UDP) bloke: apèl la ka pase pa yon wout ki pi lant. Si videyo a pa mache, eseye yon lòt rezo oswa mande moun enfòmatik rezo a pou yo pèmèt UDP.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="351" />
      <source>UDP was not tested: the STUN server in the settings ([network] stun_server) is not set or its name could not be looked up. Video may still work; if every caller sees this, check the organisation's configuration.</source>
      <translation>Nou pa t teste UDP: sèvè STUN ki nan paramèt yo ([network] stun_server) pa defini oswa nou pa t ka jwenn non li. Videyo a ka toujou mache; si tout moun k ap rele wè sa, tcheke konfigirasyon òganizasyon an.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="361" />
      <source>The connection has a long delay (a round trip of {rtt_fail_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>Koneksyon an gen anpil reta (yon ale-retou {rtt_fail_ms} ms oswa plis): sèvi ak yon fil oswa pwoche pi pre routè a, epi rekòmanse routè a si sa kontinye.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="370" />
      <source>The connection loses data ({loss_fail_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>Koneksyon an pèdi done ({loss_fail_pct}% pake oswa plis): pwoche pi pre routè Wi-Fi a oswa sèvi ak yon fil, epi kanpe telechajman ak streaming lakay ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="379" />
      <source>The connection has a long delay (a round trip of {rtt_warn_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>Koneksyon an gen anpil reta (yon ale-retou {rtt_warn_ms} ms oswa plis): sèvi ak yon fil oswa pwoche pi pre routè a, epi rekòmanse routè a si sa kontinye.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="388" />
      <source>The connection's delay varies a lot ({jitter_warn_ms} ms or more from one packet to the next): use a cable or move closer to the router, and pause downloads and streaming at home.</source>
      <translation>Reta koneksyon an chanje anpil ({jitter_warn_ms} ms oswa plis soti nan yon pake al nan lòt la): sèvi ak yon fil oswa pwoche pi pre routè a, epi kanpe telechajman ak streaming lakay ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="397" />
      <source>The connection loses data ({loss_warn_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>Koneksyon an pèdi done ({loss_warn_pct}% pake oswa plis): pwoche pi pre routè Wi-Fi a oswa sèvi ak yon fil, epi kanpe telechajman ak streaming lakay ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="404" />
      <source>Your connection works, but some of the visit's services could not be found.</source>
      <translation>Koneksyon ou mache, men nou pa t jwenn kèk nan sèvis vizit la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="407" />
      <source>Internet names could not be looked up: restart the router, or try another network such as a phone hotspot.</source>
      <translation>Nou pa t ka chèche non entènèt yo: rekòmanse routè a, oswa eseye yon lòt rezo tankou hotspot yon telefòn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="414" />
      <source>Video will work, but maybe at lower quality: your network lets it through only a slower route.</source>
      <translation>Videyo a ap mache, men petèt ak mwens bon kalite: rezo ou kite l pase sèlman pa yon wout ki pi lant.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="417" />
      <source>The video service's relay works only over TCP or TLS; UDP to it is blocked. Video will work, maybe at lower quality: if it is poor, try without a VPN or another network, or ask the network's IT to allow UDP to the relay.</source>
      <translation>Sèvè relè sèvis videyo a mache sèlman pa TCP oswa TLS; UDP pou rive jwenn li bloke. Videyo a ap mache, petèt ak mwens bon kalite: si li pa bon, eseye san VPN oswa sou yon lòt rezo, oswa mande moun enfòmatik rezo a pou yo pèmèt UDP pou rive jwenn sèvè relè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="425" />
      <source>Your network blocks video calls.</source>
      <translation>Rezo ou bloke apèl videyo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="426" />
      <source>Try another network (for example your phone's hotspot), or ask for a phone visit.</source>
      <translation>Eseye yon lòt rezo (pa egzanp hotspot telefòn ou), oswa mande yon vizit pa telefòn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="428" />
      <source>The caller's network blocks the video relay on every route tried (UDP, TCP, TLS on 443) while web pages work: video cannot connect. Ask them to try another network, such as a phone hotspot, or arrange a phone visit. If many callers see this at once, check that the relay is up.</source>
      <translation>Rezo moun k ap rele a bloke sèvè relè videyo a sou tout wout nou eseye yo (UDP, TCP, TLS sou 443), pandan paj wèb yo mache: videyo a pa ka konekte. Mande l pou li eseye yon lòt rezo, tankou hotspot yon telefòn, oswa planifye yon vizit pa telefòn. Si anpil moun k ap rele wè sa an menm tan, tcheke si sèvè relè a ap mache.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="436" />
      <source>The video service's relay refused us, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>Sèvè relè sèvis videyo a refize nou, kidonk nou pa t ka teste wout videyo a pran. Se yon pwoblèm bò kote pa nou, se pa rezo ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="439" />
      <source>The video service's relay (TURN) refused Preflight: the relay credentials in the settings ([network] turn_username and turn_credential, or the service at turn_credential_url) are wrong or expired, or the relay is full. This is the organisation's infrastructure, not the caller's network: report it to IT.</source>
      <translation>Sèvè relè sèvis videyo a (TURN) refize Preflight: idantifyan sèvè relè a ki nan paramèt yo ([network] turn_username ak turn_credential, oswa sèvis ki nan turn_credential_url) pa bon oswa yo ekspire, oswa sèvè relè a plen. Sa se enfrastrikti òganizasyon an, se pa rezo moun k ap rele a: fè moun enfòmatik yo konnen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="448" />
      <source>The video service's relay is not answering (it seems to be down), so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>Sèvè relè sèvis videyo a pa reponn (sanble li pa mache), kidonk nou pa t ka teste wout videyo a pran. Se pa yon pwoblèm ak rezo ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="452" />
      <source>The video service's relay ([network] turn_servers) refused the connection: it appears to be down. Report it to IT; the caller's network is not the cause.</source>
      <translation>Sèvè relè sèvis videyo a ([network] turn_servers) refize koneksyon an: sanble li pa mache. Fè moun enfòmatik yo konnen; se pa rezo moun k ap rele a ki lakòz sa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="459" />
      <source>The video service's relay could not be found, so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>Nou pa t ka jwenn sèvè relè sèvis videyo a, kidonk nou pa t ka teste wout videyo a pran. Se pa yon pwoblèm ak rezo ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="462" />
      <source>The relay's name in [network] turn_servers could not be looked up while other names could: check the name in the settings and the organisation's DNS. The caller's network is not the cause.</source>
      <translation>Nou pa t ka chèche non sèvè relè a ki nan [network] turn_servers, alòske lòt non yo mache: tcheke non an nan paramèt yo ak DNS òganizasyon an. Se pa rezo moun k ap rele a ki lakòz sa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="469" />
      <source>We could not get a sign-in for the video service's relay, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>Nou pa t ka jwenn yon aksè pou sèvè relè sèvis videyo a, kidonk nou pa t ka teste wout videyo a pran. Se yon pwoblèm bò kote pa nou, se pa rezo ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="473" />
      <source>The relay credential service ([network] turn_credential_url) gave Preflight no usable credential or relay address (unreachable, an error, or an answer without a username and password): check that service. The caller's network is not the cause.</source>
      <translation>Sèvis idantifyan sèvè relè a ([network] turn_credential_url) pa bay Preflight okenn idantifyan oswa adrès sèvè relè ki ka sèvi (li pa reponn, yon erè, oswa yon repons san non itilizatè ak modpas): tcheke sèvis sa a. Se pa rezo moun k ap rele a ki lakòz sa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="482" />
      <source>Your Wi-Fi signal is weak where you are, so the video may freeze.</source>
      <translation>Siyal Wi-Fi a fèb kote ou ye a, kidonk videyo a ka bloke.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="483" />
      <source>Move closer to your Wi-Fi router, or connect with a network cable if you can.</source>
      <translation>Pwoche pi pre routè Wi-Fi ou, oswa konekte ak yon fil rezo si ou kapab.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="485" />
      <source>The caller's Wi-Fi signal is weak ({wifi_weak_dbm} dBm or less; video calls need about -67 dBm): ask them to move closer to the router, or to use a network cable.</source>
      <translation>Siyal Wi-Fi moun ki rele a fèb ({wifi_weak_dbm} dBm oswa mwens; apèl videyo bezwen anviwon -67 dBm): mande l pwoche pi pre routè a, oswa sèvi ak yon fil rezo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="492" />
      <source>Your connection goes through a VPN, which can slow down the video.</source>
      <translation>Koneksyon ou pase nan yon VPN, sa ka fè videyo a pi lan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="493" />
      <source>If you can, turn off the VPN for the visit, then {check_again}.</source>
      <translation>Si ou kapab, etenn VPN nan pandan vizit la, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="494" />
      <source>The caller's traffic goes through a VPN or tunnel, and the connection is slow or unsteady: ask them to try without the VPN (or with a split tunnel for the video service).</source>
      <translation>Trafik moun ki rele a pase nan yon VPN oswa yon tinèl, epi koneksyon an lan oswa li pa estab: mande l eseye san VPN nan (oswa ak yon tinèl divize pou sèvis videyo a).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="503" />
      <source>Your Wi-Fi uses the slower 2.4 GHz band.</source>
      <translation>Wi-Fi ou a sèvi ak bann 2.4 GHz la, ki pi lan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="505" />
      <source>If your router also offers a 5 GHz network (its name often ends in "5G"), connect to that one: it is usually faster and steadier.</source>
      <translation>Si routè ou a gen yon rezo 5 GHz tou (non li souvan fini ak “5G”), konekte sou li: li konn pi rapid e pi estab.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="516" />
      <location filename="../../src/preflight/support/code_v2.py" line="71" />
      <source>UDP loss</source>
      <translation>UDP ki pèdi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="518" />
      <location filename="../../src/preflight/support/code_v2.py" line="73" />
      <source>UDP round trip</source>
      <translation>ale-retou UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="524" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="597" />
      <source>Relay round trip</source>
      <translation>Ale-retou jiska sèvè relè a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="528" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="603" />
      <source>Wi-Fi signal</source>
      <translation>Siyal Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="530" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="607" />
      <source>Wi-Fi band</source>
      <translation>Bann Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="532" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="610" />
      <source>Wi-Fi link rate</source>
      <translation>Vitès lyen Wi-Fi a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="534" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="613" />
      <source>VPN or tunnel in the route</source>
      <translation>VPN oswa tinèl nan wout la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="539" />
      <source>Names looked up (DNS)</source>
      <translation>Non nou chèche (DNS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="541" />
      <source>Visit services reached</source>
      <translation>Sèvis vizit nou rive jwenn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="543" />
      <source>Services not reached</source>
      <translation>Sèvis nou pa rive jwenn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="545" />
      <source>Proxy server in use</source>
      <translation>Sèvè proxy ap sèvi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="547" />
      <source>Wi-Fi sign-in page</source>
      <translation>Paj koneksyon Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="550" />
      <source>Fast video connection (UDP)</source>
      <translation>Koneksyon rapid pou videyo (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="552" />
      <source>Public address found</source>
      <translation>Nou jwenn adrès piblik la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="555" />
      <source>Round trip (UDP)</source>
      <translation>Ale-retou (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="557" />
      <source>Delay variation (UDP)</source>
      <translation>Varyasyon reta a (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="559" />
      <source>Data lost (UDP)</source>
      <translation>Done ki pèdi (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="561" />
      <source>Backup route for video (TCP 443)</source>
      <translation>Lòt wout pou videyo (TCP 443)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="571" />
      <source>Relay round trip (UDP)</source>
      <translation>Ale-retou jiska sèvè relè a (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="574" />
      <source>Relay data lost (UDP)</source>
      <translation>Done ki pèdi nan sèvè relè a (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="576" />
      <source>Relay problem (UDP)</source>
      <translation>Pwoblèm ak sèvè relè a (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="582" />
      <source>Relay round trip (TCP)</source>
      <translation>Ale-retou jiska sèvè relè a (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="584" />
      <source>Relay data lost (TCP)</source>
      <translation>Done ki pèdi nan sèvè relè a (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="586" />
      <source>Relay problem (TCP)</source>
      <translation>Pwoblèm ak sèvè relè a (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="591" />
      <source>Relay round trip (TLS)</source>
      <translation>Ale-retou jiska sèvè relè a (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="593" />
      <source>Relay data lost (TLS)</source>
      <translation>Done ki pèdi nan sèvè relè a (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="595" />
      <source>Relay problem (TLS)</source>
      <translation>Pwoblèm ak sèvè relè a (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="600" />
      <source>Relay test time</source>
      <translation>Tan tès relè a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="777" />
      <source>Checking your internet connection…</source>
      <translation>N ap tcheke koneksyon entènèt ou…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="10" />
      <source>If you're on a work network or VPN, try without it.</source>
      <translation>Si ou sou yon rezo travay oswa yon VPN, eseye san li.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="11" />
      <source>Restart your computer and router, then {check_again}.</source>
      <translation>Rekòmanse òdinatè ou ak routè ou, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="12" />
      <source>Move closer to your router, or connect with a network cable if you can.</source>
      <translation>Pwoche pi pre routè ou, oswa konekte ak yon fil rezo si ou kapab.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="13" />
      <source>Pause other downloads or streaming (TV, games, backups) during the visit.</source>
      <translation>Kanpe lòt telechajman oswa streaming (televizyon, jwèt, sovgad) pandan vizit la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="18" />
      <source>Connection</source>
      <translation>Koneksyon</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="19" />
      <source>We are measuring your internet connection. This started when you pressed Start.</source>
      <translation>N ap mezire koneksyon entènèt ou. Sa te kòmanse lè ou te peze Kòmanse.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1736" />
      <source>Finding a speed test server…</source>
      <translation>N ap chèche yon sèvè tès vitès…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1775" />
      <source>Measuring download speed…</source>
      <translation>N ap mezire vitès telechajman an…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1792" />
      <source>Measuring upload speed…</source>
      <translation>N ap mezire vitès voye a…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="42" />
      <source>Your '{device}' microphone works.</source>
      <translation>Mikwofòn '{device}' ou a mache.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="43" />
      <source>Choose '{device}' as your microphone, then {check_again}.</source>
      <translation>Chwazi '{device}' kòm mikwofòn ou, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="44" />
      <source>Another microphone works: ask the caller to choose it in the list, then check again.</source>
      <translation>Yon lòt mikwofòn mache: mande moun k ap rele a pou li chwazi l nan lis la, epi pou li tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="48" />
      <source>Your '{device}' camera works.</source>
      <translation>Kamera '{device}' ou a mache.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="49" />
      <source>Choose '{device}' as your camera, then {check_again}.</source>
      <translation>Chwazi '{device}' kòm kamera ou, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="50" />
      <source>Another camera works: ask the caller to choose it in the list, then check again.</source>
      <translation>Yon lòt kamera mache: mande moun k ap rele a pou li chwazi l nan lis la, epi pou li tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="54" />
      <source>Your computer can play sound on '{device}'.</source>
      <translation>Òdinatè ou ka jwe son sou '{device}'.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="55" />
      <source>Choose '{device}' as your speakers, then {check_again}.</source>
      <translation>Chwazi '{device}' kòm opalè ou, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="56" />
      <source>Sound can play on another output: ask the caller to choose it in the list, then check again.</source>
      <translation>Son ka jwe sou yon lòt sòti: mande moun k ap rele a pou li chwazi l nan lis la, epi pou li tcheke ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="68" />
      <source>Another device that works</source>
      <translation>Yon lòt aparèy ki mache</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="71" />
      <source>Devices tried</source>
      <translation>Aparèy nou eseye</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>does not work</source>
      <translation>pa mache</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="36" />
      <source>Your computer is short of resources. A restart is recommended.</source>
      <translation>Òdinatè ou manke resous. Nou konseye ou rekòmanse l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="38" />
      <source>Restart your computer shortly before your visit: it frees memory and gives the video call the most bandwidth. Then open only what you need for the visit.</source>
      <translation>Rekòmanse òdinatè ou yon ti tan anvan vizit ou: sa libere memwa epi li bay apèl videyo a plis koneksyon. Apre sa, louvri sèlman sa ou bezwen pou vizit la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="40" />
      <source>If you can't restart now, close these programs: {programs}.</source>
      <translation>Si ou pa ka rekòmanse kounye a, fèmen pwogram sa yo: {programs}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="136" />
      <location filename="../../src/preflight/checks/system.py" line="187" />
      <source>Computer</source>
      <translation>Òdinatè</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="144" />
      <source>Your computer has enough free resources for a video visit.</source>
      <translation>Òdinatè ou gen ase resous lib pou yon vizit pa videyo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="152" />
      <source>Ask the caller to restart the computer shortly before the visit, then open only what the visit needs.</source>
      <translation>Mande moun k ap rele a pou li rekòmanse òdinatè a yon ti tan anvan vizit la, epi pou li louvri sèlman sa vizit la bezwen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="157" />
      <source>Other programs are using {others_cpu}% of the processor.</source>
      <translation>Lòt pwogram ap sèvi ak {others_cpu}% pwosesè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="158" />
      <source>Only {gb} GB of memory is free.</source>
      <translation>Sèlman {gb} GB memwa ki lib.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="160" />
      <source>{memory_used_percent}% of the memory is in use.</source>
      <translation>{memory_used_percent}% memwa a ap sèvi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="162" />
      <source>The computer is short of memory and is using the disk instead.</source>
      <translation>Òdinatè a manke memwa, kidonk l ap sèvi ak disk la pito.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="163" />
      <source>Your computer has been on for {days} days.</source>
      <translation>Òdinatè ou limen depi {days} jou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="164" />
      <source>Your computer has been on for {days} day.</source>
      <translation>Òdinatè ou limen depi {days} jou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="170" />
      <source>Your battery is low. Plug in your charger.</source>
      <translation>Batri ou ba. Ploge chajè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="171" />
      <source>Your battery is at {battery_percent}%. Plug in your charger so the computer doesn't switch off during the visit.</source>
      <translation>Batri ou nan {battery_percent}%. Ploge chajè ou pou òdinatè a pa etenn pandan vizit la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="173" />
      <source>The battery is low: plug in the charger.</source>
      <translation>Batri a ba: ploge chajè a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="178" />
      <source>Your computer is ready, but its disk is almost full.</source>
      <translation>Òdinatè ou pare, men disk li prèske plen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="179" />
      <source>Your disk has only {gb} GB free. Delete or move some large files (videos, downloads) if you can.</source>
      <translation>Disk ou gen sèlman {gb} GB ki lib. Si ou kapab, efase oswa deplase kèk gwo fichye (videyo, telechajman).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="181" />
      <source>The disk is almost full: ask the caller to delete or move large files after the visit.</source>
      <translation>Disk la prèske plen: mande moun k ap rele a pou li efase oswa deplase gwo fichye apre vizit la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="188" />
      <source>We are checking that your computer has enough free memory and processor time for video.</source>
      <translation>N ap tcheke si òdinatè ou gen ase memwa lib ak ase pwosesè pou videyo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="192" />
      <source>{value} GB of memory free</source>
      <translation>{value} GB memwa lib</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="193" />
      <source>less than 1 GB of memory free</source>
      <translation>mwens pase 1 GB memwa lib</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for 1 day</source>
      <translation>limen depi 1 jou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for {value} days</source>
      <translation>limen depi {value} jou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="195" />
      <source>started today</source>
      <translation>limen jodi a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="196" />
      <source>other programs use {value}% of the processor</source>
      <translation>lòt pwogram itilize {value}% pwosesè a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="197" />
      <source>the processor is free</source>
      <translation>pwosesè a lib</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="199" />
      <location filename="../../src/preflight/support/code_v1.py" line="132" />
      <source>plugged in</source>
      <translation>ploge nan chajè</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="200" />
      <source>on battery, {battery_percent}% charged</source>
      <translation>sou batri, chaj {battery_percent}%</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="124" />
      <location filename="../../src/preflight/support/code_v2.py" line="97" />
      <source>free memory</source>
      <translation>memwa lib</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="215" />
      <location filename="../../src/preflight/support/code_v1.py" line="126" />
      <location filename="../../src/preflight/support/code_v2.py" line="99" />
      <source>time since last restart</source>
      <translation>tan depi dènye fwa li rekòmanse</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="216" />
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <location filename="../../src/preflight/support/code_v2.py" line="100" />
      <source>days</source>
      <translation>jou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="220" />
      <source>Processor used by other programs</source>
      <translation>Pwosesè lòt pwogram ap itilize</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="223" />
      <source>Processors</source>
      <translation>Pwosesè</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="225" />
      <source>Memory installed</source>
      <translation>Memwa ki enstale</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="227" />
      <source>Free memory</source>
      <translation>Memwa lib</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="229" />
      <source>Memory in use</source>
      <translation>Memwa k ap sèvi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="230" />
      <source>Memory on the disk (swap) in use</source>
      <translation>Memwa sou disk la (swap) k ap sèvi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <source>Time since last restart</source>
      <translation>Tan depi dènye fwa li rekòmanse</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="234" />
      <source>Battery charge</source>
      <translation>Chaj batri a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="236" />
      <source>Running on battery</source>
      <translation>L ap mache sou batri</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="238" />
      <source>Free disk space</source>
      <translation>Espas lib sou disk la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="240" />
      <source>Programs using the most processor</source>
      <translation>Pwogram ki itilize pwosesè a plis</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="243" />
      <source>Programs using the most memory</source>
      <translation>Pwogram ki itilize memwa a plis</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="246" />
      <source>Programs you could close</source>
      <translation>Pwogram ou ta ka fèmen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="342" />
      <source>Measuring how busy your computer is…</source>
      <translation>N ap mezire konbyen òdinatè ou okipe…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="183" />
      <source>Stopped.</source>
      <translation>Kanpe.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="303" />
      <source>Cameras:</source>
      <translation>Kamera:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="304" />
      <source>Microphones:</source>
      <translation>Mikwofòn:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="305" />
      <source>Speakers:</source>
      <translation>Opalè:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="310" />
      <source>(none found)</source>
      <translation>(nou pa jwenn okenn)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="312" />
      <source>(default)</source>
      <translation>(pa defo)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="315" />
      <source>Note: {problem}</source>
      <translation>Remak: {problem}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="339" />
      <source>Checking {check}…</source>
      <extracomment>{check} is a check's name in lower case, e.g. "computer".</extracomment>
      <translation>N ap tcheke {check}…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="364" />
      <source>y, yes</source>
      <extracomment>words typed for YES at the terminal, comma-separated; first one shown: "sí, si, s"</extracomment>
      <translation>wi, w</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="366" />
      <source>n, no</source>
      <extracomment>words typed for NO at the terminal, comma-separated; first one shown: "no, n"</extracomment>
      <translation>non, n</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="482" />
      <source>Stopped. Nothing was changed on your computer.</source>
      <translation>Kanpe. Nou pa chanje anyen sou òdinatè ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="487" />
      <source>Preflight could not run the checks.</source>
      <translation>Preflight pa t ka fè tès yo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="581" />
      <source>Report saved to {path}</source>
      <translation>Rapò a anrejistre nan {path}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="594" />
      <source>Preflight for {organisation}</source>
      <translation>Preflight pou {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="601" />
      <source>Devices tried:</source>
      <translation>Aparèy nou eseye:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="608" />
      <location filename="../../src/preflight/support/reports.py" line="221" />
      <source>We recommend restarting your computer shortly before your visit:</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Nou konseye ou rekòmanse òdinatè ou yon ti tan anvan vizit ou:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="615" />
      <source>Need help? Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): the number stays as written.</extracomment>
      <translation>Ou bezwen èd? Rele {label}: {phone}, {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="629" />
      <source>Support code (read this to the help desk): {code}</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code</extracomment>
      <translation>Kòd sipò (li l bay sèvis sipò a): {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="25" />
      <source>No display found: the Preflight window cannot open here. Run 'preflight check' to check your computer in the terminal.</source>
      <translation>Nou pa jwenn okenn ekran: fenèt Preflight la pa ka louvri isit la. Lanse 'preflight check' pou tcheke òdinatè ou nan tèminal la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="29" />
      <source>The Preflight window cannot open here: the system's display libraries did not load (the log says which). Run 'preflight check' to check your computer in the terminal.</source>
      <translation>Fenèt Preflight la pa ka louvri isit la: bibliyotèk ekran sistèm nan pa t chaje (jounal la di kiyès). Lanse 'preflight check' pou tcheke òdinatè ou nan tèminal la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="359" />
      <source>The {check} check could not finish: ask the caller to run Preflight again; if it happens again, ask them to send the report and the log ('preflight logs' shows where it is).</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>Tès {check} la pa t ka fini: mande moun k ap rele a pou li fè tès Preflight yo ankò; si sa rive ankò, mande l pou li voye rapò a ak jounal la ('preflight logs' montre ki kote li ye).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="363" />
      <source>The run was stopped early: ask the caller to run Preflight again.</source>
      <translation>Tès yo te kanpe anvan yo fini: mande moun k ap rele a pou li fè tès Preflight yo ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="371" />
      <source>The {check} check took too long and was stopped.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>Tès {check} la pran twòp tan, kidonk nou kanpe l.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="373" />
      <source>Close other programs that may be using it, then {check_again}.</source>
      <translation>Fèmen lòt pwogram ki ka ap sèvi avè l, epi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="382" />
      <source>Something went wrong while checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>Yon bagay pa mache byen pandan tès {check} la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="392" />
      <source>The {check} check could not start: part of Preflight is missing or damaged.</source>
      <translation>Tès {check} la pa t ka kòmanse: gen yon pati nan Preflight ki manke oswa ki domaje.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="393" />
      <source>Reinstall Preflight, or call the support line below.</source>
      <translation>Enstale Preflight ankò, oswa rele liy èd ki anba a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="394" />
      <source>Part of Preflight is missing on the caller's computer: ask them to reinstall it.</source>
      <translation>Gen yon pati nan Preflight ki manke sou òdinatè moun k ap rele a: mande l pou li enstale l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="400" />
      <source>Not finished: the check was stopped.</source>
      <translation>Pa fini: tès la te kanpe.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="406" />
      <source>Not checked: the check was stopped before it started.</source>
      <translation>Pa tcheke: tès la te kanpe anvan li kòmanse.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="419" />
      <source>Error type</source>
      <translation>Kalite erè</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="427" />
      <source>Time limit</source>
      <translation>Limit tan</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="24" />
      <source>Ready</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Pare</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="25" />
      <source>Check this</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Tcheke sa a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="27" />
      <source>Could not check</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Nou pa t ka tcheke</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="28" />
      <source>Not checked</source>
      <translation>Pa tcheke</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="29" />
      <location filename="../../src/preflight/restart/state.py" line="172" />
      <source>Checking…</source>
      <translation>N ap tcheke…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="30" />
      <source>Not started</source>
      <translation>Poko kòmanse</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="41" />
      <source>We found no problem with your {check}.</source>
      <extracomment>SAFETY: never more certain than the English; {check}: e.g. "video calls".</extracomment>
      <translation>Nou pa jwenn okenn pwoblèm nan tès {check} la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="43" />
      <source>We found something to improve with your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>Nou jwenn yon bagay ki ka amelyore nan tès {check} la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="45" />
      <source>We found a problem with your {check}.</source>
      <extracomment>SAFETY: plainly a problem; {check}: a check's name, e.g. "camera".</extracomment>
      <translation>Nou jwenn yon pwoblèm nan tès {check} la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="47" />
      <source>We could not finish checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>Nou pa t kapab fini tès {check} la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="49" />
      <source>We did not check your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>Nou pa t fè tès {check} la.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="124" />
      <source>Almost done: still checking…</source>
      <translation>Prèske fini: n ap toujou tcheke…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="131" />
      <source>Let's get you some help</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Ann jwenn èd pou ou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="134" />
      <source>You're ready for your visit</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Ou pare pou vizit ou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="138" />
      <source>Not every check finished: please check again</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Gen tès ki pa t fini: tanpri tcheke ankò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="141" />
      <source>Almost ready: 1 thing to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Prèske pare: 1 bagay pou ranje</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="144" />
      <source>Almost ready: {count} things to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Prèske pare: {count} bagay pou ranje</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="149" />
      <source>Everything we checked is working. See you at your visit.</source>
      <translation>Tout sa nou tcheke yo mache. N a wè nan vizit ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="150" />
      <source>Your visit can probably go ahead. Fixing these makes it go better.</source>
      <translation>Vizit ou ka petèt fèt. Si ou ranje bagay sa yo, l ap pi byen pase.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="151" />
      <source>Something needs fixing before your visit. Try the steps below, or call us: we can help.</source>
      <translation>Gen yon bagay pou ranje anvan vizit ou. Eseye etap ki anba yo, oswa rele nou: nou ka ede ou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="154" />
      <source>Some checks are still running. This page updates by itself.</source>
      <translation>Gen kèk tès k ap fèt toujou. Paj sa a ap chanje poukont li.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="179" />
      <source>{device} (the one chosen)</source>
      <extracomment>{device} is a device's name, e.g. "USB headset".</extracomment>
      <translation>{device} (sa ki chwazi a)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>Press Check again</source>
      <translation>Peze Tcheke ankò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>press Check again</source>
      <translation>peze Tcheke ankò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>Run 'preflight check' again</source>
      <translation>Lanse 'preflight check' ankò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>run 'preflight check' again</source>
      <translation>lanse 'preflight check' ankò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/devices_scan.py" line="28" />
      <source>Could not look for devices ({error}).</source>
      <translation>Nou pa t ka chèche aparèy yo ({error}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="25" />
      <source>Preflight could not set itself to open again after the restart, so it did not restart your computer. You can restart it yourself the usual way, then open Preflight again.</source>
      <translation>Preflight pa t ka pare pou l louvri ankò apre rekòmanse a, kidonk li pa t rekòmanse òdinatè ou. Ou ka rekòmanse l ou menm jan ou toujou fè a, epi louvri Preflight ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="29" />
      <source>Your computer did not restart. If you still want to, save your work and press Restart now again.</source>
      <translation>Òdinatè ou pa t rekòmanse. Si ou toujou vle, anrejistre travay ou epi peze Rekòmanse kounye a ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="33" />
      <source>Preflight is already open: its window has been brought to the front.</source>
      <translation>Preflight louvri deja: nou mete fenèt li devan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="37" />
      <source>Preflight is already open in another window. Please use that window.</source>
      <translation>Preflight deja louvri nan yon lòt fenèt. Tanpri sèvi ak fenèt sa a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="40" />
      <source>Save your work. Your computer will restart, and Preflight will open again by itself to check once more.</source>
      <translation>Anrejistre travay ou. Òdinatè ou pral rekòmanse, epi Preflight pral louvri ankò poukont li pou tcheke yon lòt fwa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="52" />
      <source>Your computer did not let Preflight restart it (it may need an administrator). Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>Òdinatè ou pa t kite Preflight rekòmanse l (petèt li bezwen yon administratè). Anrejistre travay ou, rekòmanse òdinatè ou jan ou toujou fè a, epi louvri Preflight ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="56" />
      <source>Preflight could not ask your computer to restart. Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>Preflight pa t ka mande òdinatè ou pou li rekòmanse. Anrejistre travay ou, rekòmanse òdinatè ou jan ou toujou fè a, epi louvri Preflight ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="60" />
      <source>Your computer is restarting. Preflight will open again by itself when you are back.</source>
      <translation>Òdinatè ou ap rekòmanse. Preflight ap louvri ankò poukont li lè ou tounen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="169" />
      <source>Better now</source>
      <translation>Pi bon kounye a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="170" />
      <source>Still a problem</source>
      <translation>Toujou yon pwoblèm</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="171" />
      <source>Fine</source>
      <translation>Byen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="174" />
      <source>Welcome back</source>
      <translation>Byenvini ankò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="175" />
      <source>Preflight opened again by itself. It is checking your computer once more, to see whether the restart helped.</source>
      <translation>Preflight louvri ankò poukont li. L ap tcheke òdinatè ou yon lòt fwa, pou wè si rekòmanse a te ede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="177" />
      <source>Your computer has not restarted since you pressed Restart now, so these numbers are from before a restart. Preflight is checking again anyway.</source>
      <translation>Òdinatè ou poko rekòmanse depi ou te peze Rekòmanse kounye a, kidonk chif sa yo se sa ki te la anvan. Preflight ap tcheke ankò kanmenm.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="181" />
      <source>The restart helped: what it was meant to fix is fine now.</source>
      <translation>Rekòmanse a te ede: sa li te dwe ranje a byen kounye a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="182" />
      <source>The restart helped with some of it. What is still a problem is marked below.</source>
      <translation>Rekòmanse a te ede pou yon pati. Sa ki toujou yon pwoblèm make anba a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="184" />
      <source>The restart did not fix this. The computer step shows what else you can do.</source>
      <translation>Rekòmanse a pa t ranje sa. Etap òdinatè a montre sa ou ka fè ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="186" />
      <source>Your computer is fine.</source>
      <translation>Òdinatè ou byen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="187" />
      <source>Checking your computer again…</source>
      <translation>N ap tcheke òdinatè ou ankò…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="188" />
      <source>Preflight could not check your computer again. Press Continue to go on.</source>
      <translation>Preflight pa t ka tcheke òdinatè ou ankò. Peze Kontinye pou ale pi lwen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="73" />
      <source>This code has a typo — ask the caller to read it again.</source>
      <translation>Kòd sa a gen yon erè ekriti — mande moun k ap rele a pou li li l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="74" />
      <location filename="../../src/preflight/support/code_v1.py" line="157" />
      <source>This is not a Preflight support code. Ask the caller to read it again.</source>
      <translation>Sa a se pa yon kòd sipò Preflight. Mande moun k ap rele a pou li li l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="145" />
      <location filename="../../src/preflight/support/code.py" line="148" />
      <source>Please enter the support code.</source>
      <translation>Tanpri antre kòd sipò a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="154" />
      <source>Support codes never contain “{character}”: ask the caller to read the code again.</source>
      <translation>Kòd sipò pa janm gen “{character}”: mande moun k ap rele a pou li li kòd la ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="182" />
      <source>This code comes from a newer version of Preflight (code format {version}). Update Preflight on this computer to read it, or ask the caller to send the report.</source>
      <translation>Kòd sa a soti nan yon vèsyon Preflight ki pi nouvo (fòma kòd {version}). Mete Preflight ajou sou òdinatè sa a pou li l, oswa mande moun k ap rele a pou li voye rapò a.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="204" />
      <source>This code is too short: it has {count} of {length} characters. Ask the caller to read it again.</source>
      <translation>Kòd sa a twò kout: li gen {count} karaktè sou {length}. Mande moun k ap rele a pou li li l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="207" />
      <source>This code is too long: it has {count} characters, support codes have {length}. Ask the caller to read it again.</source>
      <translation>Kòd sa a twò long: li gen {count} karaktè, e kòd sipò gen {length}. Mande moun k ap rele a pou li li l ankò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="277" />
      <source>This code comes from Preflight {theirs}, whose checks differ from this Preflight's ({ours}). Ask the caller to send the report instead.</source>
      <translation>Kòd sa a soti nan Preflight {theirs}, ki gen tès ki diferan de tès Preflight sa a ({ours}). Mande moun k ap rele a pou li voye rapò a pito.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="129" />
      <location filename="../../src/preflight/support/code_layout.py" line="296" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>unknown</source>
      <translation>nou pa konnen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="133" />
      <source>under {edge}{unit}</source>
      <translation>anba {edge}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="136" />
      <source>{edge}{unit} or more</source>
      <translation>{edge}{unit} oswa plis</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="140" />
      <source>{low} to {high}{unit}</source>
      <translation>{low} rive {high}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="100" />
      <source>call traffic (UDP) lost</source>
      <translation>trafik apèl (UDP) ki pèdi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="101" />
      <source>names look up (DNS)</source>
      <translation>chèche non (DNS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="102" />
      <source>visit services reachable</source>
      <translation>nou ka rive jwenn sèvis vizit la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="105" />
      <source>distorted (too loud)</source>
      <translation>defòme (twò fò)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="116" />
      <source>speakers heard by the microphone (echo)</source>
      <translation>mikwofòn nan tande opalè yo (eko)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="117" />
      <source>picture size</source>
      <translation>gwosè imaj la</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="121" />
      <source>face seen</source>
      <translation>nou wè figi a</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="122" />
      <source>processor used by other programs</source>
      <translation>pwosesè lòt pwogram ap itilize</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="128" />
      <source>battery</source>
      <translation>batri</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="131" />
      <source>no battery, or unknown</source>
      <translation>pa gen batri, oswa nou pa konnen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="133" />
      <source>on battery, enough charge</source>
      <translation>sou batri, ase chaj</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="134" />
      <source>on battery, low</source>
      <translation>sou batri, chaj ba</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="39" />
      <source>Read from a support code.</source>
      <translation>Nou li sa nan yon kòd sipò.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="41" />
      <source>{title}: a problem was found. Ask the caller what the screen says and follow its advice.</source>
      <translation>{title}: nou jwenn yon pwoblèm. Mande moun k ap rele a sa ekran an di epi swiv konsèy li.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="174" />
      <source>Support code {code}</source>
      <translation>Kòd sipò {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="175" />
      <source>Preflight {version}, code format {format}</source>
      <translation>Preflight {version}, fòma kòd {format}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="180" />
      <source>This is Preflight {ours}: if its checks differ from the caller's, ask the caller to send the report instead.</source>
      <translation>Sa a se Preflight {ours}: si tès li yo diferan de pa moun k ap rele a, mande l pou li voye rapò a pito.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="184" />
      <location filename="../../src/preflight/support/reports.py" line="232" />
      <source>Overall: {verdict}</source>
      <translation>Rezilta jeneral: {verdict}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="193" />
      <location filename="../../src/preflight/support/reports.py" line="195" />
      <source>Findings: {ids}</source>
      <translation>Sa nou jwenn: {ids}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="201" />
      <source>Likely fixes:</source>
      <translation>Solisyon ki ka mache:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="204" />
      <source>Nothing to fix.</source>
      <translation>Pa gen anyen pou ranje.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="51" />
      <source>Preflight report</source>
      <translation>Rapò Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>yes</source>
      <translation>wi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="209" />
      <source>Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>Rele {label}: {phone}, {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="215" />
      <source>Checked on {when} with Preflight {version}</source>
      <translation>Tcheke {when} ak Preflight {version}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="228" />
      <source>Preflight report for {organisation}</source>
      <translation>Rapò Preflight pou {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="247" />
      <source>Support code: {code}</source>
      <translation>Kòd sipò: {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="339" />
      <source>Support code</source>
      <translation>Kòd sipò</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="341" />
      <source>If you call for help, read this code to the help desk:</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code stays as it is.</extracomment>
      <translation>Si ou rele pou mande èd, li kòd sa a bay sèvis sipò a:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="346" />
      <source>Need help?</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>Ou bezwen èd?</translation>
    </message>
  </context>
</TS>
