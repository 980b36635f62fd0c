<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AskDialog</name>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="18" />
      <source>A quick question</source>
      <translation>Una pregunta rápida</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="26" />
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="27" />
      <source>No</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>CheckStepView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="155" />
      <source>Your camera picture appears here.</source>
      <translation>Aquí aparece la imagen de su cámara.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="158" />
      <source>Camera picture</source>
      <translation>Imagen de la cámara</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="160" />
      <source>Tip about your picture</source>
      <translation>Consejo sobre su imagen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="166" />
      <source>Play back my voice</source>
      <translation>Escuchar mi voz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="167" />
      <source>Plays what the microphone recorded, so you can hear how you sound.</source>
      <translation>Reproduce lo que grabó el micrófono, para que oiga cómo se le escucha.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="173" />
      <source>Play test sound</source>
      <translation>Reproducir sonido de prueba</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="174" />
      <source>Plays a short chime on your speakers.</source>
      <translation>Reproduce un timbre corto en sus altavoces.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="178" />
      <source>Your connection's speed</source>
      <translation>La velocidad de su conexión</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="191" />
      <source>What to do now</source>
      <translation>Qué hacer ahora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="195" />
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="207" />
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="207" />
      <source>Go to the previous step.</source>
      <translation>Ir al paso anterior.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="208" />
      <source>Stop checking</source>
      <translation>Detener</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="208" />
      <source>Stops the check that is running.</source>
      <translation>Detiene la prueba que está en marcha.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="209" />
      <source>Go to the next step.</source>
      <translation>Ir al paso siguiente.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="209" />
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="262" />
      <source>Before your visit</source>
      <translation>Antes de su consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="263" />
      <source>Tick each item when it is done. Your ticks are kept on this computer until tomorrow.</source>
      <translation>Marque cada punto cuando lo haya hecho. Sus marcas se guardan en esta computadora hasta mañana.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="282" />
      <source>Back to results</source>
      <translation>Volver a los resultados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="283" />
      <source>Help and phone numbers</source>
      <translation>Ayuda y teléfonos</translation>
    </message>
  </context>
  <context>
    <name>Checks</name>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="56" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="57" />
      <source>Microphone</source>
      <translation>Micrófono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="58" />
      <source>Speakers</source>
      <translation>Altavoces</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="59" />
      <source>Internet connection</source>
      <translation>Conexión a internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="60" />
      <source>Internet speed</source>
      <translation>Velocidad de internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="61" />
      <source>Computer</source>
      <translation>Computadora</translation>
    </message>
  </context>
  <context>
    <name>HelpDeskView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="343" />
      <source>Help-desk mode</source>
      <translation>Modo de servicio de ayuda</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="345" />
      <source>Run all checks</source>
      <translation>Probar todo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="346" />
      <source>Run selected check</source>
      <translation>Probar la seleccionada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="347" />
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="347" />
      <source>Stops every running check.</source>
      <translation>Detiene todas las pruebas en marcha.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="348" />
      <source>Back to patient view</source>
      <translation>Volver a la vista del paciente</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="358" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="359" />
      <source>Microphone</source>
      <translation>Micrófono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="360" />
      <source>Speaker</source>
      <translation>Altavoz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="368" />
      <source>Find devices</source>
      <translation>Buscar dispositivos</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="369" />
      <source>Looks for cameras, microphones and speakers.</source>
      <translation>Busca cámaras, micrófonos y altavoces.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="376" />
      <source>Check</source>
      <translation>Prueba</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="376" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="376" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="376" />
      <source>Time</source>
      <translation>Tiempo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="386" />
      <source>All checks</source>
      <translation>Todas las pruebas</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="398" />
      <source>Measurement</source>
      <translation>Medida</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="398" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="402" />
      <source>Measurements of the selected check</source>
      <translation>Medidas de la prueba seleccionada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="408" />
      <source>Live log</source>
      <translation>Registro en vivo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="409" />
      <source>The live log appears here.</source>
      <translation>Aquí aparece el registro en vivo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="416" />
      <source>View what the patient saw: paste their report (JSON) or support code.</source>
      <translation>Vea lo que vio el paciente: pegue su informe (JSON) o su código de soporte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="419" />
      <source>Report or support code</source>
      <translation>Informe o código de soporte</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="424" />
      <source>Show this report</source>
      <translation>Mostrar este informe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="425" />
      <source>Show this computer again</source>
      <translation>Volver a mostrar esta computadora</translation>
    </message>
  </context>
  <context>
    <name>HelpView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="294" />
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="297" />
      <source>Other numbers</source>
      <translation>Otros números</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="303" />
      <source>Questions about cost and billing</source>
      <translation>Preguntas sobre costos y facturación</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="313" />
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
  </context>
  <context>
    <name>HotlineCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="135" />
      <source>Need help? Call us.</source>
      <translation>¿Necesita ayuda? Llámenos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="139" />
      <source>Phone number</source>
      <translation>Número de teléfono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="147" />
      <source>Help line</source>
      <translation>Línea de ayuda</translation>
    </message>
  </context>
  <context>
    <name>LevelMeter</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="220" />
      <source>Microphone level</source>
      <translation>Nivel del micrófono</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="36" />
      <source>We can't see a picture. Is something covering the camera?</source>
      <translation>No vemos ninguna imagen. ¿Hay algo tapando la cámara?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="40" />
      <source>It's a bit dark. Turn on a light in front of you.</source>
      <translation>Está un poco oscuro. Encienda una luz delante de usted.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="42" />
      <source>It's very bright. Move away from direct sunlight.</source>
      <translation>Hay mucha luz. Apártese de la luz directa del sol.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="45" />
      <source>There is bright light behind you. Face the light instead.</source>
      <translation>Hay una luz fuerte detrás de usted. Póngase de cara a la luz.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="47" />
      <source>Move so your face is in the middle of the picture.</source>
      <translation>Muévase para que su cara quede en el centro de la imagen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="48" />
      <source>The picture looks good.</source>
      <translation>La imagen se ve bien.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="197" />
      <source>We could not play your recording. Check your speakers and try again.</source>
      <translation>No pudimos reproducir su grabación. Revise sus altavoces e inténtelo de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/preflight/gui/main_window.py" line="49" />
      <source>Preflight: get ready for your virtual visit</source>
      <translation>Preflight: prepárese para su consulta virtual</translation>
    </message>
  </context>
  <context>
    <name>Preflight</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="328" />
      <source>Sign in to your patient portal:</source>
      <translation>Entre en su portal del paciente:</translation>
    </message>
  </context>
  <context>
    <name>RestartCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="159" />
      <source>Restart your computer before your visit</source>
      <translation>Reinicie su computadora antes de su consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="161" />
      <source>Restarting shortly before your visit frees memory and gives the video call the most bandwidth.</source>
      <translation>Reiniciar poco antes de su consulta libera memoria y deja a la videollamada el máximo de conexión.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="167" />
      <source>Save your work first. Preflight will not restart your computer for you. After restarting, open Preflight again to check once more.</source>
      <translation>Guarde primero su trabajo. Preflight no reiniciará su computadora por usted. Después de reiniciar, abra Preflight otra vez para revisar de nuevo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="171" />
      <source>Restart recommended</source>
      <translation>Se recomienda reiniciar</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="95" />
      <source>Check again</source>
      <translation>Revisar otra vez</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="97" />
      <source>Check again: %1</source>
      <translation>Revisar otra vez: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="98" />
      <source>Runs this check one more time.</source>
      <translation>Hace esta prueba una vez más.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="109" />
      <source>Checking now. This takes a few seconds.</source>
      <translation>Revisando ahora. Tarda unos segundos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="119" />
      <source>Not checked yet.</source>
      <translation>Todavía no se ha revisado.</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="230" />
      <source>Support code</source>
      <translation>Código de soporte</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="243" />
      <source>Before your visit: checklist</source>
      <translation>Lista para su consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="244" />
      <source>A short list of things to get ready.</source>
      <translation>Una lista corta de cosas que preparar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="245" />
      <source>Help and phone numbers</source>
      <translation>Ayuda y teléfonos</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="246" />
      <source>Save a report</source>
      <translation>Guardar un informe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="247" />
      <source>Saves these results as a PDF, web page or JSON file, to send to the help desk.</source>
      <translation>Guarda estos resultados como PDF, página web o archivo JSON, para enviarlos al servicio de ayuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="249" />
      <source>Runs every check again.</source>
      <translation>Vuelve a hacer todas las pruebas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="249" />
      <source>Start over</source>
      <translation>Empezar de nuevo</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="29" />
      <source>Ready</source>
      <translation>Listo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="30" />
      <source>Check this</source>
      <translation>Revisar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="31" />
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="32" />
      <source>Could not check</source>
      <translation>No se pudo revisar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="33" />
      <source>Not checked</source>
      <translation>Sin revisar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="34" />
      <source>Checking…</source>
      <translation>Revisando…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/common.py" line="35" />
      <source>Not started</source>
      <translation>Sin empezar</translation>
    </message>
  </context>
  <context>
    <name>StepList</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="198" />
      <source>Steps</source>
      <translation>Pasos</translation>
    </message>
  </context>
  <context>
    <name>Steps</name>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="68" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="68" />
      <source>We will look at your camera picture for a few seconds. Sit where you will sit for your visit, facing a light if you can.</source>
      <translation>Vamos a mirar la imagen de su cámara durante unos segundos. Siéntese donde se sentará durante su consulta, de cara a una luz si puede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="71" />
      <source>Camera:</source>
      <translation>Cámara:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="72" />
      <source>Microphone</source>
      <translation>Micrófono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="72" />
      <source>We will listen to your microphone while you speak for a few seconds.</source>
      <translation>Vamos a escuchar su micrófono mientras usted habla durante unos segundos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="74" />
      <source>Microphone:</source>
      <translation>Micrófono:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="75" />
      <source>Speakers</source>
      <translation>Altavoces</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="75" />
      <source>We will play a short sound. Turn your volume up so you can hear it.</source>
      <translation>Vamos a reproducir un sonido corto. Suba el volumen para poder oírlo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="77" />
      <source>Speaker:</source>
      <translation>Altavoz:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="78" />
      <source>Connection</source>
      <translation>Conexión</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="78" />
      <source>We are measuring your internet connection. This started when you pressed Start.</source>
      <translation>Estamos midiendo su conexión a internet. Empezamos cuando usted pulsó Comenzar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="81" />
      <source>Computer</source>
      <translation>Computadora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="81" />
      <source>We are checking that your computer has enough free memory and processor time for video.</source>
      <translation>Estamos comprobando que su computadora tiene suficiente memoria libre y capacidad de procesador para el video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="115" />
      <source>Almost done: still checking…</source>
      <translation>Ya casi terminamos: seguimos revisando…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="117" />
      <source>Let's get you some help</source>
      <translation>Vamos a conseguirle ayuda</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="119" />
      <source>You're ready for your visit</source>
      <translation>Todo está listo para su consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="121" />
      <source>Almost ready: 1 thing to fix</source>
      <translation>Casi todo listo: queda 1 cosa por arreglar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="122" />
      <source>Almost ready: %1 things to fix</source>
      <translation>Casi todo listo: quedan %1 cosas por arreglar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="137" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="213" />
      <source>Automatic (your computer's usual device)</source>
      <translation>Automático (el de siempre)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="245" />
      <location filename="../../src/preflight/gui/controllers.py" line="254" />
      <source>Playing your recording…</source>
      <translation>Reproduciendo su grabación…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="454" />
      <source>Download (the doctor's video to you)</source>
      <translation>Descarga (el video del médico hacia usted)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="455" />
      <source>Upload (your video to the doctor)</source>
      <translation>Subida (su video hacia el médico)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="459" />
      <source>Delay: %1 ms</source>
      <translation>Retraso: %1 ms</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="467" />
      <source>Programs you could close during the visit: %1</source>
      <translation>Programas que podría cerrar durante la consulta: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="514" />
      <source>Saving reports is not available in this version.</source>
      <translation>Esta versión no puede guardar informes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="521" />
      <source>Save a report</source>
      <translation>Guardar un informe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="522" />
      <source>PDF document (*.pdf);;Web page (*.html);;JSON for the help desk (*.json)</source>
      <translation>Documento PDF (*.pdf);;Página web (*.html);;JSON para el servicio de ayuda (*.json)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="530" />
      <source>Report saved: %1</source>
      <translation>Informe guardado: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="555" />
      <source>Everything we checked is working. See you at your visit.</source>
      <translation>Todo lo que revisamos funciona. Nos vemos en su consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="556" />
      <source>Your visit can probably go ahead. Fixing these makes it go better.</source>
      <translation>Su consulta probablemente pueda hacerse. Si arregla estas cosas, irá mejor.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="557" />
      <source>Something needs fixing before your visit. Try the steps below, or call us: we can help.</source>
      <translation>Hay algo que arreglar antes de su consulta. Pruebe los pasos de abajo o llámenos: podemos ayudarle.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="559" />
      <source>Some checks are still running. This page updates by itself.</source>
      <translation>Algunas pruebas siguen en marcha. Esta página se actualiza sola.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="564" />
      <source>Support code (read this to the help desk): %1</source>
      <translation>Código de soporte (léaselo al servicio de ayuda): %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="583" />
      <source>Not checked yet.</source>
      <translation>Todavía no se ha revisado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="615" />
      <source>Automatic</source>
      <translation>Automático</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="681" />
      <source>Found %1 devices.</source>
      <translation>Se encontraron %1 dispositivos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="716" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="717" />
      <source>Advice</source>
      <translation>Consejos</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="730" />
      <source>Paste a report or a support code first.</source>
      <translation>Primero pegue un informe o un código de soporte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="748" />
      <location filename="../../src/preflight/gui/controllers.py" line="824" />
      <source>Read from a support code.</source>
      <translation>Leído de un código de soporte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="750" />
      <source>Showing the patient's support code. Overall: %1.</source>
      <translation>Se muestra el código de soporte del paciente. Resultado general: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="755" />
      <source>Showing the patient's report from %1. Overall: %2.</source>
      <translation>Se muestra el informe del paciente del %1. Resultado general: %2.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="767" />
      <source>This is not a Preflight report (%1).</source>
      <translation>Esto no es un informe de Preflight (%1).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="772" />
      <source>Support codes cannot be read in this version: paste the report instead.</source>
      <translation>Esta versión no puede leer códigos de soporte: pegue el informe en su lugar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="777" />
      <source>This support code could not be read (%1). Ask the caller to read it again.</source>
      <translation>No se pudo leer este código de soporte (%1). Pida a la persona que llama que lo lea otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="792" />
      <source>Showing this computer.</source>
      <translation>Se muestra esta computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="811" />
      <source>This support code could not be shown in this version.</source>
      <translation>Esta versión no puede mostrar este código de soporte.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="89" />
      <source>Welcome to Preflight</source>
      <translation>Le damos la bienvenida a Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="90" />
      <source>Let's make sure your computer is ready for your virtual visit. It takes about a minute.</source>
      <translation>Vamos a comprobar que su computadora está lista para su consulta virtual. Tarda más o menos un minuto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="95" />
      <source>Begins checking your camera, microphone, speakers, internet connection and computer.</source>
      <translation>Empieza a revisar su cámara, micrófono, altavoces, conexión a internet y computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="95" />
      <source>Start</source>
      <translation>Comenzar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="103" />
      <source>I'm helping someone (help-desk mode)</source>
      <translation>Estoy ayudando a alguien (modo de servicio de ayuda)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="104" />
      <source>Shows every check and its details in a table.</source>
      <translation>Muestra cada prueba y sus detalles en una tabla.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="106" />
      <source>High contrast</source>
      <translation>Alto contraste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="107" />
      <source>Switches to black text on white with strong borders.</source>
      <translation>Cambia a texto negro sobre blanco con bordes marcados.</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <location filename="../preflight.toml" line="16" />
      <source>Virtual visits are available when you are in Massachusetts at the time of your appointment.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Las consultas virtuales solo son posibles si usted está en Massachusetts a la hora de su cita.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="19" />
      <source>Patient Gateway technical support</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Soporte técnico de Patient Gateway</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="21" />
      <source>select option 1</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>elija la opción 1</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="25" />
      <source>Keep your phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Tenga su teléfono cerca y a mano el número del consultorio de su médico por si se corta la conexión.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="34" />
      <source>Financial counselors (questions about cost or insurance)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Asesores financieros (preguntas sobre costos o seguros)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="35" />
      <source>Customer service (billing)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Atención al cliente (facturación)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="39" />
      <source>A financial counselor can tell you what your plan covers: call 617-582-9820.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Un asesor financiero puede decirle qué cubre su plan: llame al 617-582-9820.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="39" />
      <source>Will my insurance cover a virtual visit?</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>¿Mi seguro cubre una consulta virtual?</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="40" />
      <source>Call customer service (billing) at 617-632-3795.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Llame a atención al cliente (facturación) al 617-632-3795.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="40" />
      <source>I have a question about a bill for a virtual visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Tengo una pregunta sobre una factura de una consulta virtual.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>Pick a private, quiet place for your visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Elija un lugar privado y tranquilo para su consulta.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>Use headphones with a microphone if you have them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Use auriculares con micrófono si los tiene.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="48" />
      <source>Write down the questions you want to ask.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Apunte las preguntas que quiera hacer.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="49" />
      <source>List the medications you take now, with their doses.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Haga una lista de los medicamentos que toma ahora, con sus dosis.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="50" />
      <source>If you like, invite a friend or loved one: share the visit link or phone number with them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Si lo desea, invite a un amigo o a un ser querido: compártale el enlace o el número de teléfono de la consulta.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="51" />
      <source>Keep a phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Tenga un teléfono cerca y a mano el número del consultorio de su médico por si se corta la conexión.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="52" />
      <source>Restart your computer shortly before the visit, so it has the most bandwidth.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Reinicie su computadora poco antes de la consulta, para que tenga la mejor conexión posible.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="53" />
      <source>Make sure you are enrolled in the patient portal and can sign in.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Asegúrese de que está inscrito en el portal del paciente y de que puede entrar.</translation>
    </message>
  </context>
  <context>
    <name>preflight</name>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="55" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; {what}, and turn on access for desktop apps.</source>
      <translation>Windows: abra Configuración &gt; Privacidad y seguridad &gt; {what} y active el acceso para las aplicaciones de escritorio.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="60" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; {what}, and turn on Preflight (or your Terminal).</source>
      <translation>Mac: abra Ajustes del Sistema &gt; Privacidad y seguridad &gt; {what} y active Preflight (o su Terminal).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="72" />
      <source>We could not find a microphone on this computer.</source>
      <translation>No encontramos ningún micrófono en esta computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="74" />
      <source>If you use a headset or webcam with a microphone, plug it in and wait a few seconds, then press Check again.</source>
      <translation>Si usa unos auriculares o una cámara web con micrófono, conéctelos y espere unos segundos; después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="78" />
      <source>If your computer has a built-in microphone, make sure it is switched on and not disabled in your sound settings.</source>
      <translation>Si su computadora tiene un micrófono incorporado, asegúrese de que está encendido y no está desactivado en la configuración de sonido.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="86" />
      <source>We could not find speakers or headphones on this computer.</source>
      <translation>No encontramos altavoces ni auriculares en esta computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="88" />
      <source>Plug in your headphones or speakers, or turn them on, then press Check again.</source>
      <translation>Conecte sus auriculares o altavoces, o enciéndalos, y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="89" />
      <source>Make sure sound is not disabled in your computer's sound settings.</source>
      <translation>Asegúrese de que el sonido no está desactivado en la configuración de sonido de su computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="97" />
      <source>Preflight could not start your computer's sound system.</source>
      <translation>Preflight no pudo poner en marcha el sistema de sonido de su computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="99" />
      <source>Restart your computer, then run Preflight again.</source>
      <translation>Reinicie su computadora y después vuelva a abrir Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="100" />
      <source>If it happens again, reinstall Preflight, or call the support line.</source>
      <translation>Si vuelve a pasar, instale Preflight de nuevo o llame a la línea de ayuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="228" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="151" />
      <source>Microphone</source>
      <translation>Micrófono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="228" />
      <source>Sound</source>
      <translation>Sonido</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="231" />
      <source>Your computer's privacy settings are blocking the microphone.</source>
      <translation>La configuración de privacidad de su computadora está bloqueando el micrófono.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="233" />
      <source>Your computer's privacy settings are blocking the speakers.</source>
      <translation>La configuración de privacidad de su computadora está bloqueando los altavoces.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="234" />
      <source>Then close Preflight, open it again, and press Check.</source>
      <translation>Después cierre Preflight, ábralo otra vez y pulse Revisar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="239" />
      <source>Your microphone is being used by another program.</source>
      <translation>Otro programa está usando su micrófono.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="241" />
      <source>Your speakers are being used by another program.</source>
      <translation>Otro programa está usando sus altavoces.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="243" />
      <source>Close other programs that may use it (video calls, voice recorders, web browsers with a call open), then press Check again.</source>
      <translation>Cierre otros programas que puedan estar usándolo (videollamadas, grabadoras de voz, navegadores con una llamada abierta) y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="247" />
      <source>If that does not help, restart your computer.</source>
      <translation>Si eso no ayuda, reinicie su computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="253" />
      <source>Your microphone does not work with any of the sound settings video calls use.</source>
      <translation>Su micrófono no funciona con ninguna de las configuraciones de sonido que usan las videollamadas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="255" />
      <source>Your speakers do not work with any of the sound settings video calls use.</source>
      <translation>Sus altavoces no funcionan con ninguna de las configuraciones de sonido que usan las videollamadas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="257" />
      <source>Choose another microphone in your computer's sound settings, or unplug it and plug it back in.</source>
      <translation>Elija otro micrófono en la configuración de sonido de su computadora, o desconéctelo y vuelva a conectarlo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="262" />
      <source>Choose other speakers in your computer's sound settings, or unplug them and plug them back in.</source>
      <translation>Elija otros altavoces en la configuración de sonido de su computadora, o desconéctelos y vuelva a conectarlos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="266" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="194" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="240" />
      <source>If it happens again, call the support line.</source>
      <translation>Si vuelve a pasar, llame a la línea de ayuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="275" />
      <source>Your microphone stopped working while we tested it.</source>
      <translation>Su micrófono dejó de funcionar mientras lo probábamos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="277" />
      <source>Your speakers stopped working while we tested them.</source>
      <translation>Sus altavoces dejaron de funcionar mientras los probábamos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="279" />
      <source>Check that your microphone is plugged in and switched on, then press Check again.</source>
      <translation>Compruebe que su micrófono está conectado y encendido, y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="281" />
      <source>Check that your speakers are plugged in and switched on, then press Check again.</source>
      <translation>Compruebe que sus altavoces están conectados y encendidos, y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="284" />
      <location filename="../../src/preflight/checks/camera.py" line="1108" />
      <location filename="../../src/preflight/engine/runner.py" line="201" />
      <location filename="../../src/preflight/engine/runner.py" line="223" />
      <source>If it happens again, restart your computer, or call the support line.</source>
      <translation>Si vuelve a pasar, reinicie su computadora o llame a la línea de ayuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="293" />
      <source>Your microphone stopped sending sound during the test. It may have been unplugged.</source>
      <translation>Su micrófono dejó de enviar sonido durante la prueba. Puede que se haya desconectado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="297" />
      <source>Plug your microphone or headset back in (or switch it on), then press Check again.</source>
      <translation>Vuelva a conectar su micrófono o sus auriculares (o enciéndalos) y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="301" />
      <location filename="../../src/preflight/checks/audio/devices.py" line="315" />
      <source>If you use Bluetooth, check that it is connected and charged.</source>
      <translation>Si usa Bluetooth, compruebe que está conectado y con batería.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="306" />
      <source>Your speakers or headphones stopped working during the test. They may have been unplugged.</source>
      <translation>Sus altavoces o auriculares dejaron de funcionar durante la prueba. Puede que se hayan desconectado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="311" />
      <source>Plug your speakers or headphones back in (or switch them on), then press Check again.</source>
      <translation>Vuelva a conectar sus altavoces o auriculares (o enciéndalos) y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="35" />
      <source>Check that your microphone or headset is plugged in, switched on and not muted (many headsets and laptops have a mute button or key).</source>
      <translation>Compruebe que su micrófono o sus auriculares están conectados, encendidos y sin silenciar (muchos auriculares y portátiles tienen un botón o una tecla para silenciar).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="40" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; Microphone and turn on microphone access for desktop apps; then in Settings &gt; System &gt; Sound, choose your microphone under Input.</source>
      <translation>Windows: abra Configuración &gt; Privacidad y seguridad &gt; Micrófono y active el acceso al micrófono para las aplicaciones de escritorio; después, en Configuración &gt; Sistema &gt; Sonido, elija su micrófono en Entrada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="45" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; Microphone and turn on Preflight (or your Terminal); then in System Settings &gt; Sound &gt; Input, choose your microphone.</source>
      <translation>Mac: abra Ajustes del Sistema &gt; Privacidad y seguridad &gt; Micrófono y active Preflight (o su Terminal); después, en Ajustes del Sistema &gt; Sonido &gt; Entrada, elija su micrófono.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="52" />
      <source>Speak a little louder, or move closer to the microphone.</source>
      <translation>Hable un poco más alto o acérquese al micrófono.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="53" />
      <source>Turn up the input volume: Windows: Settings &gt; System &gt; Sound &gt; Input; Mac: System Settings &gt; Sound &gt; Input.</source>
      <translation>Suba el volumen de entrada: en Windows, Configuración &gt; Sistema &gt; Sonido &gt; Entrada; en Mac, Ajustes del Sistema &gt; Sonido &gt; Entrada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="57" />
      <source>If you use a headset, check that its mute switch is off.</source>
      <translation>Si usa auriculares con micrófono, compruebe que no están silenciados.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="60" />
      <source>Move back a little from the microphone, or speak a bit more softly.</source>
      <translation>Apártese un poco del micrófono o hable un poco más bajo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="61" />
      <source>Turn the input volume down a little in your computer's sound settings.</source>
      <translation>Baje un poco el volumen de entrada en la configuración de sonido de su computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="64" />
      <source>Find a quieter, private place for your visit, away from TVs, fans and other people.</source>
      <translation>Busque un lugar más tranquilo y privado para su consulta, lejos de televisores, ventiladores y otras personas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="65" />
      <source>Headphones with a microphone help the doctor hear you clearly.</source>
      <translation>Unos auriculares con micrófono ayudan a que el médico le oiga con claridad.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="81" />
      <source>Your microphone is sending no sound. It may be muted, switched off, or blocked by your privacy settings.</source>
      <translation>Su micrófono no envía ningún sonido. Puede que esté silenciado, apagado o bloqueado por la configuración de privacidad.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="90" />
      <source>Your microphone is working, but we could hardly hear anything.</source>
      <translation>Su micrófono funciona, pero casi no pudimos oír nada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="97" />
      <source>Your microphone works, but you sound quiet.</source>
      <translation>Su micrófono funciona, pero se le oye bajo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="107" />
      <source>Your microphone works, but your voice is so loud that it sounds distorted.</source>
      <translation>Su micrófono funciona, pero su voz llega tan fuerte que se oye distorsionada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="118" />
      <source>Your microphone works, but there is a lot of background noise.</source>
      <translation>Su micrófono funciona, pero hay mucho ruido de fondo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="123" />
      <source>Your microphone works and you sound clear.</source>
      <translation>Su micrófono funciona y se le oye con claridad.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="189" />
      <source>Opening your microphone…</source>
      <translation>Abriendo su micrófono…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="193" />
      <source>Please say: testing one, two, three</source>
      <translation>Por favor, diga: probando, uno, dos, tres</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="38" />
      <source>Did you hear the test sound?</source>
      <translation>¿Oyó el sonido de prueba?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="104" />
      <source>Speakers</source>
      <translation>Altavoces</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="147" />
      <source>Listen: we will play a short chime.</source>
      <translation>Escuche: vamos a reproducir un timbre corto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="148" />
      <source>Playing a short test sound…</source>
      <translation>Reproduciendo un sonido de prueba corto…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="216" />
      <source>Your speakers work, but your microphone picks them up loudly, so the doctor may hear an echo.</source>
      <translation>Sus altavoces funcionan, pero su micrófono los capta muy fuerte, así que el médico podría oír eco.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="221" />
      <source>Use headphones with a microphone if you have them.</source>
      <translation>Use auriculares con micrófono si los tiene.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="222" />
      <source>If not, turn your speaker volume down a little.</source>
      <translation>Si no, baje un poco el volumen de los altavoces.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="228" />
      <source>Your speakers work: we heard the test sound through your microphone.</source>
      <translation>Sus altavoces funcionan: oímos el sonido de prueba a través de su micrófono.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="235" />
      <source>Your speakers or headphones work.</source>
      <translation>Sus altavoces o auriculares funcionan.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="240" />
      <source>You could not hear the test sound.</source>
      <translation>Usted no oyó el sonido de prueba.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="242" />
      <source>Turn up the volume and check that sound is not muted (look for the speaker icon near the clock, or the volume keys on your keyboard).</source>
      <translation>Suba el volumen y compruebe que el sonido no está silenciado (busque el icono del altavoz junto al reloj, o las teclas de volumen de su teclado).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="247" />
      <source>If you use headphones, check that they are plugged in, switched on and chosen as the output in your computer's sound settings.</source>
      <translation>Si usa auriculares, compruebe que están conectados, encendidos y elegidos como salida en la configuración de sonido de su computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="251" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="245" />
      <source>Then press Check again.</source>
      <translation>Después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="258" />
      <source>We played a test sound, but could not confirm that it can be heard.</source>
      <translation>Reprodujimos un sonido de prueba, pero no pudimos confirmar que se oiga.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="260" />
      <source>If you wear headphones, that is expected: make sure you heard a short chime.</source>
      <translation>Si lleva auriculares, es lo normal: asegúrese de que oyó un timbre corto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="261" />
      <source>If you did not hear it, turn up the volume and check that sound is not muted, then press Check again.</source>
      <translation>Si no lo oyó, suba el volumen, compruebe que el sonido no está silenciado y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="103" />
      <source>Windows: open Settings, then Privacy &amp; security, then Camera, and turn on "Camera access" and "Let desktop apps access your camera".</source>
      <translation>Windows: abra Configuración, después Privacidad y seguridad, después Cámara, y active "Acceso a la cámara" y "Permitir que las aplicaciones de escritorio accedan a la cámara".</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="110" />
      <source>Mac: open System Settings, then Privacy &amp; Security, then Camera, and turn on the switch for Preflight (or for your web browser or Terminal).</source>
      <translation>Mac: abra Ajustes del Sistema, después Privacidad y seguridad, después Cámara, y active el interruptor de Preflight (o de su navegador o Terminal).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="116" />
      <source>Check that your user account is allowed to use the camera.</source>
      <translation>Compruebe que su cuenta de usuario tiene permiso para usar la cámara.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="120" />
      <source>No camera found.</source>
      <translation>No se encontró ninguna cámara.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="122" />
      <source>We could not find the camera you chose.</source>
      <translation>No encontramos la cámara que eligió.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="127" />
      <source>If your camera plugs in, plug it in (directly into the computer, not a hub), wait ten seconds, then check again.</source>
      <translation>Si su cámara se conecta con un cable, conéctela (directamente a la computadora, no a un concentrador), espere diez segundos y revise otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="131" />
      <location filename="../../src/preflight/checks/camera.py" line="541" />
      <source>Some laptops have a camera switch or a key with a camera symbol: turn the camera on.</source>
      <translation>Algunos portátiles tienen un interruptor de cámara o una tecla con el dibujo de una cámara: encienda la cámara.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="135" />
      <source>If you cannot get a camera working, call the support line: you may be able to join your visit by phone.</source>
      <translation>Si no consigue que funcione ninguna cámara, llame a la línea de ayuda: quizá pueda hacer su consulta por teléfono.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="147" />
      <source>We could not open your camera: another program such as Zoom or Teams may be using your camera - close it.</source>
      <translation>No pudimos abrir su cámara: puede que otro programa, como Zoom o Teams, la esté usando. Ciérrelo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="152" />
      <source>Close other programs that may be using your camera, such as Zoom, Teams, Skype or a web browser tab with a video call, then check again.</source>
      <translation>Cierre otros programas que puedan estar usando su cámara, como Zoom, Teams, Skype o una pestaña del navegador con una videollamada, y revise otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="158" />
      <location filename="../../src/preflight/checks/camera.py" line="187" />
      <source>If it still does not work, restart your computer.</source>
      <translation>Si sigue sin funcionar, reinicie su computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="168" />
      <source>We could not read any pictures from this video file.</source>
      <translation>No pudimos leer ninguna imagen de este archivo de video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="169" />
      <source>Check that the file is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>Compruebe que el archivo es un video (por ejemplo .avi o .mp4) y que no está dañado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="173" />
      <source>Your camera stopped sending pictures during the check.</source>
      <translation>Su cámara dejó de enviar imágenes durante la prueba.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="175" />
      <source>Your camera opened but did not send any pictures.</source>
      <translation>Su cámara se abrió, pero no envió ninguna imagen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="181" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams, then check again.</source>
      <translation>Cierre otros programas que puedan estar usando su cámara, como Zoom o Teams, y revise otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="185" />
      <location filename="../../src/preflight/checks/camera.py" line="554" />
      <source>If your camera plugs in, unplug it, wait ten seconds and plug it back in.</source>
      <translation>Si su cámara se conecta con un cable, desconéctela, espere diez segundos y vuelva a conectarla.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="477" />
      <source>Face a window or lamp; don't sit with a bright window behind you.</source>
      <translation>Póngase de cara a una ventana o una lámpara; no se siente con una ventana luminosa detrás.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="535" />
      <source>Your camera shows a black picture: check the lens cover or privacy shutter.</source>
      <translation>Su cámara muestra una imagen negra: revise la tapa de la lente o el obturador de privacidad.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="537" />
      <source>Slide open the camera's cover or privacy shutter, and remove any sticker or tape over the lens.</source>
      <translation>Abra la tapa o el obturador de privacidad de la cámara, y quite cualquier pegatina o cinta que tape la lente.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="545" />
      <location filename="../../src/preflight/checks/camera.py" line="1107" />
      <source>Close other programs that may be using your camera, then check again.</source>
      <translation>Cierre otros programas que puedan estar usando su cámara y revise otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="551" />
      <source>Your camera's picture is frozen: it shows the same image over and over.</source>
      <translation>La imagen de su cámara está congelada: muestra la misma imagen una y otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="553" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams.</source>
      <translation>Cierre otros programas que puedan estar usando su cámara, como Zoom o Teams.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="555" />
      <source>If it is still frozen, restart your computer and check again.</source>
      <translation>Si sigue congelada, reinicie su computadora y revise otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="561" />
      <source>Your camera sends only {fps} pictures a second, so the doctor would see a very jerky picture.</source>
      <translation>Su cámara envía solo {fps} imágenes por segundo, así que el médico vería una imagen muy entrecortada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="567" />
      <location filename="../../src/preflight/checks/camera.py" line="588" />
      <source>Close other programs you do not need, especially other video programs.</source>
      <translation>Cierre los programas que no necesite, sobre todo otros programas de video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="568" />
      <location filename="../../src/preflight/checks/camera.py" line="589" />
      <source>Turn on more light: many cameras slow down in dim light.</source>
      <translation>Encienda más luz: muchas cámaras van más lentas con poca luz.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="569" />
      <source>If your camera plugs in, plug it directly into the computer, not into a hub.</source>
      <translation>Si su cámara se conecta con un cable, conéctela directamente a la computadora, no a un concentrador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="582" />
      <source>Your camera sends only {fps} pictures a second, so your video may look choppy.</source>
      <translation>Su cámara envía solo {fps} imágenes por segundo, así que su video puede verse entrecortado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="599" />
      <source>Your picture is too dark for the doctor to see you well.</source>
      <translation>Su imagen está demasiado oscura para que el médico le vea bien.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="602" />
      <source>Turn on a light in the room, in front of you.</source>
      <translation>Encienda una luz en la habitación, delante de usted.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="603" />
      <source>If something is covering the camera, remove it.</source>
      <translation>Si algo tapa la cámara, quítelo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="611" />
      <source>Your picture is too bright, so the doctor may not see your face clearly.</source>
      <translation>Su imagen tiene demasiada luz, así que el médico podría no ver bien su cara.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="613" />
      <source>Move out of direct sunlight, or turn away a very bright lamp shining on you.</source>
      <translation>Apártese de la luz directa del sol, o gire una lámpara muy fuerte que le dé de lleno.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="625" />
      <source>The light behind you makes your face too dark to see.</source>
      <translation>La luz que tiene detrás deja su cara demasiado oscura para verla.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="628" />
      <source>Close the curtains behind you, or turn so the window is in front of you.</source>
      <translation>Cierre las cortinas que tiene detrás, o gírese para que la ventana quede delante de usted.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="639" />
      <source>Your picture looks blurry.</source>
      <translation>Su imagen se ve borrosa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="641" />
      <source>Gently wipe the camera lens with a soft, dry cloth.</source>
      <translation>Limpie con cuidado la lente de la cámara con un paño suave y seco.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="642" />
      <source>Sit about an arm's length from the camera.</source>
      <translation>Siéntese a un brazo de distancia de la cámara, más o menos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="650" />
      <source>Your camera sends a small picture ({width}x{height}), so the doctor will see you less clearly.</source>
      <translation>Su cámara envía una imagen pequeña ({width}x{height}), así que el médico le verá con menos claridad.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="657" />
      <source>If you have another camera (for example a newer USB webcam), choose it instead.</source>
      <translation>Si tiene otra cámara (por ejemplo, una cámara web USB más nueva), elíjala.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="669" />
      <source>We couldn't see a face - sit centred in front of the camera.</source>
      <translation>No pudimos ver una cara: siéntese en el centro, delante de la cámara.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="671" />
      <source>Sit facing the camera, about an arm's length away, with your whole face in the picture.</source>
      <translation>Siéntese de frente a la cámara, a un brazo de distancia más o menos, con toda la cara dentro de la imagen.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="675" />
      <source>If you chose not to be seen during this check, you can ignore this.</source>
      <translation>Si prefirió no aparecer en imagen durante esta prueba, puede ignorar esto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="682" />
      <source>Your camera works and the picture looks good.</source>
      <translation>Su cámara funciona y la imagen se ve bien.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="859" />
      <source>We could not find that video file.</source>
      <translation>No encontramos ese archivo de video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="860" />
      <source>Check the file name and folder, then try again.</source>
      <translation>Revise el nombre del archivo y la carpeta, e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="1105" />
      <source>Something went wrong while checking your camera.</source>
      <translation>Algo salió mal al revisar su cámara.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="1221" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="1235" />
      <source>Looking at your camera picture…</source>
      <translation>Mirando la imagen de su cámara…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="24" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="41" />
      <source>Move closer to your router, or connect with a network cable if you can.</source>
      <translation>Acérquese a su router o, si puede, conéctese con un cable de red.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="25" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="42" />
      <source>Pause other downloads or streaming (TV, games, backups) during the visit.</source>
      <translation>Detenga otras descargas o transmisiones (televisión, juegos, copias de seguridad) durante la consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="26" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="40" />
      <source>Restart your computer and router, then press Check again.</source>
      <translation>Reinicie su computadora y su router, y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="27" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="39" />
      <source>If you're on a work network or VPN, try without it.</source>
      <translation>Si está en una red del trabajo o usa una VPN, pruebe sin ella.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="31" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="32" />
      <source>Your internet speed is good for HD video.</source>
      <translation>Su velocidad de internet es buena para video en alta definición.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="33" />
      <source>Your internet speed is good for standard-quality video.</source>
      <translation>Su velocidad de internet es buena para video de calidad normal.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="34" />
      <source>Your internet speed is enough for sound, but probably not for video.</source>
      <translation>Su velocidad de internet alcanza para el sonido, pero probablemente no para el video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="35" />
      <source>Your internet speed is too slow for a video or audio call.</source>
      <translation>Su velocidad de internet es demasiado lenta para una llamada de video o de voz.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="69" />
      <source>the support line</source>
      <translation>la línea de ayuda</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="71" />
      <source>A phone visit may be better: call {label} at {phone} to arrange one.</source>
      <translation>Quizá sea mejor una consulta por teléfono: llame a {label} al {phone} para pedirla.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="76" />
      <source>A phone visit may be better: call your doctor's office to arrange one.</source>
      <translation>Quizá sea mejor una consulta por teléfono: llame al consultorio de su médico para pedirla.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="91" />
      <source>Your internet speed is good for HD video, but your connection slows down a lot when it is busy.</source>
      <translation>Su velocidad de internet es buena para video en alta definición, pero su conexión se vuelve mucho más lenta cuando está ocupada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="106" />
      <source>Your internet speed is enough for video, but the picture may be lower quality.</source>
      <translation>Su velocidad de internet alcanza para el video, pero la imagen puede tener menos calidad.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="110" />
      <source>Your internet is too slow for video; it is enough for sound only.</source>
      <translation>Su internet es demasiado lento para el video; solo alcanza para el sonido.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="112" />
      <source>Your internet is too slow for a video visit right now.</source>
      <translation>Ahora mismo su internet es demasiado lento para una consulta por video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="126" />
      <source>Internet speed</source>
      <translation>Velocidad de internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="141" />
      <source>The speed test server address in the settings is not valid.</source>
      <translation>La dirección del servidor de prueba de velocidad en la configuración no es válida.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="142" />
      <source>Call the support line: the speed test needs to be set up again.</source>
      <translation>Llame a la línea de ayuda: hay que volver a configurar la prueba de velocidad.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="149" />
      <source>Measuring your internet speed…</source>
      <translation>Midiendo su velocidad de internet…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="168" />
      <source>The internet speed check could not start: part of Preflight is missing.</source>
      <translation>La prueba de velocidad de internet no pudo empezar: falta una parte de Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="169" />
      <source>Reinstall Preflight, or call the support line.</source>
      <translation>Instale Preflight de nuevo o llame a la línea de ayuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="187" />
      <source>We could not get the list of speed test servers, so your internet speed was not measured.</source>
      <translation>No pudimos obtener la lista de servidores de prueba de velocidad, así que no se midió su velocidad de internet.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="192" />
      <source>Press Check again in a few minutes.</source>
      <translation>Pulse Revisar otra vez dentro de unos minutos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="200" />
      <source>We could not reach the speed test server, so your internet speed was not measured.</source>
      <translation>No pudimos conectar con el servidor de prueba de velocidad, así que no se midió su velocidad de internet.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="204" />
      <source>Check that you are connected to the internet, then press Check again.</source>
      <translation>Compruebe que su computadora está conectada a internet y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="232" />
      <source>We measured your download speed, but the speed test server did not accept the upload test, so we can't tell how well others will see and hear you.</source>
      <translation>Medimos su velocidad de descarga, pero el servidor de prueba no aceptó la prueba de subida, así que no podemos saber qué tan bien le verán y le oirán los demás.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="238" />
      <location filename="../../src/preflight/engine/runner.py" line="222" />
      <source>Press Check again.</source>
      <translation>Pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="225" />
      <source>Your computer doesn't seem to be connected to the internet.</source>
      <translation>Parece que su computadora no está conectada a internet.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="227" />
      <source>Check that Wi-Fi is turned on and connected, or that the network cable is plugged in.</source>
      <translation>Compruebe que el wifi está encendido y conectado, o que el cable de red está enchufado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="239" />
      <source>Your Wi-Fi network wants you to sign in before you can use the internet.</source>
      <translation>Su red wifi le pide que inicie sesión antes de poder usar internet.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="241" />
      <source>Open your web browser and follow the steps on the page that appears (you may need to accept terms or enter a code).</source>
      <translation>Abra su navegador y siga los pasos de la página que aparece (puede que tenga que aceptar unas condiciones o escribir un código).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="254" />
      <source>Security software or a network filter may be blocking secure connections. If you can, try another network (for example your phone's hotspot).</source>
      <translation>Puede que un programa de seguridad o un filtro de red esté bloqueando las conexiones seguras. Si puede, pruebe otra red (por ejemplo, la conexión compartida de su teléfono).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="262" />
      <source>Your computer uses a proxy server. Ask whoever manages it to allow the video visit service.</source>
      <translation>Su computadora usa un servidor proxy. Pida a quien lo administra que permita el servicio de consultas por video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="269" />
      <source>Your computer can't reach the video visit service.</source>
      <translation>Su computadora no puede conectar con el servicio de consultas por video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="276" />
      <source>Your network blocks the fastest kind of video connection, but video can still work through a backup route.</source>
      <translation>Su red bloquea el tipo de conexión de video más rápido, pero el video puede funcionar por una ruta alternativa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="282" />
      <source>If the video is choppy during the visit, try another network (for example your home Wi-Fi instead of a work or hotel network).</source>
      <translation>Si el video se entrecorta durante la consulta, pruebe otra red (por ejemplo, el wifi de su casa en lugar de una red del trabajo o de un hotel).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="295" />
      <source>Your connection is too unsteady for video right now; a phone visit may be better.</source>
      <translation>Ahora mismo su conexión es demasiado inestable para el video; quizá sea mejor una consulta por teléfono.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="302" />
      <source>Your connection is a little unsteady, so the video may freeze at times.</source>
      <translation>Su conexión es un poco inestable, así que el video puede congelarse a ratos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="309" />
      <source>Your connection works, but some of the visit's services could not be found.</source>
      <translation>Su conexión funciona, pero no se encontraron algunos de los servicios de la consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="315" />
      <source>Your internet connection can reach the video visit service.</source>
      <translation>Su conexión a internet puede conectar con el servicio de consultas por video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="323" />
      <source>Internet connection</source>
      <translation>Conexión a internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="332" />
      <source>Checking your internet connection…</source>
      <translation>Revisando su conexión a internet…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="816" />
      <source>Finding a speed test server…</source>
      <translation>Buscando un servidor de prueba de velocidad…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="850" />
      <source>Measuring download speed…</source>
      <translation>Midiendo la velocidad de descarga…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="858" />
      <source>Measuring upload speed…</source>
      <translation>Midiendo la velocidad de subida…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="136" />
      <source>Other programs are using {others_cpu}% of the processor.</source>
      <translation>Otros programas están usando el {others_cpu} % del procesador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="148" />
      <source>Only {gb} GB of memory is free.</source>
      <translation>Solo quedan {gb} GB de memoria libre.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="155" />
      <source>{memory_used_percent}% of the memory is in use.</source>
      <translation>Se está usando el {memory_used_percent} % de la memoria.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="164" />
      <source>The computer is short of memory and is using the disk instead.</source>
      <translation>A la computadora le falta memoria y está usando el disco en su lugar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="171" />
      <source>Your computer has been on for {days} day.</source>
      <translation>Su computadora lleva {days} día encendida.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="173" />
      <source>Your computer has been on for {days} days.</source>
      <translation>Su computadora lleva {days} días encendida.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="183" />
      <source>Your battery is at {battery_percent}%. Plug in your charger so the computer doesn't switch off during the visit.</source>
      <translation>Su batería está al {battery_percent} %. Conecte el cargador para que la computadora no se apague durante la consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="196" />
      <source>Your disk has only {gb} GB free. Delete or move some large files (videos, downloads) if you can.</source>
      <translation>Su disco solo tiene {gb} GB libres. Si puede, borre o mueva algunos archivos grandes (videos, descargas).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="226" />
      <source>Restart your computer shortly before your visit: it frees memory and gives the video call the most bandwidth. Then open only what you need for the visit.</source>
      <translation>Reinicie su computadora poco antes de su consulta: libera memoria y deja a la videollamada el máximo de conexión. Después abra solo lo que necesite para la consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="235" />
      <source>If you can't restart now, close these programs: {programs}.</source>
      <translation>Si no puede reiniciar ahora, cierre estos programas: {programs}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="240" />
      <source>Your computer is short of resources. A restart is recommended.</source>
      <translation>A su computadora le faltan recursos. Se recomienda reiniciarla.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="243" />
      <source>Your battery is low. Plug in your charger.</source>
      <translation>Le queda poca batería. Conecte el cargador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="245" />
      <source>Your computer is ready, but its disk is almost full.</source>
      <translation>Su computadora está lista, pero su disco está casi lleno.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="249" />
      <source>Your computer has enough free resources for a video visit.</source>
      <translation>Su computadora tiene suficientes recursos libres para una consulta por video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="256" />
      <source>Computer</source>
      <translation>Computadora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="262" />
      <source>Measuring how busy your computer is…</source>
      <translation>Midiendo lo ocupada que está su computadora…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="33" />
      <source>OK</source>
      <translation>BIEN</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="34" />
      <source>CHECK</source>
      <translation>REVISAR</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="35" />
      <location filename="../../src/preflight/cli.py" line="37" />
      <source>PROBLEM</source>
      <translation>PROBLEMA</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="36" />
      <source>SKIPPED</source>
      <translation>OMITIDO</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="119" />
      <source>Stopped.</source>
      <translation>Detenido.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="216" />
      <source>Cameras:</source>
      <translation>Cámaras:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="217" />
      <source>Microphones:</source>
      <translation>Micrófonos:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="218" />
      <source>Speakers:</source>
      <translation>Altavoces:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="223" />
      <source>(none found)</source>
      <translation>(no se encontró ninguno)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="225" />
      <source>(default)</source>
      <translation>(predeterminado)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="228" />
      <source>Note: {problem}</source>
      <translation>Nota: {problem}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="248" />
      <source>Checking {check}…</source>
      <extracomment>{check} is a check's name in lower case, e.g. "computer".</extracomment>
      <translation>Revisando {check}…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="264" />
      <source>[y/n]</source>
      <extracomment>the letters the person types for yes and no (sí: s is accepted).</extracomment>
      <translation>[s/n]</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="327" />
      <source>Stopped. Nothing was changed on your computer.</source>
      <translation>Detenido. No se cambió nada en su computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="331" />
      <source>Preflight could not run the checks.</source>
      <translation>Preflight no pudo hacer las pruebas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="386" />
      <source>Report saved to {path}</source>
      <translation>Informe guardado en {path}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="394" />
      <source>Preflight for {organisation}</source>
      <translation>Preflight para {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="404" />
      <source>Let's get you some help.</source>
      <translation>Vamos a conseguirle ayuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="406" />
      <source>Almost ready: 1 thing to check.</source>
      <translation>Casi todo listo: queda 1 cosa por revisar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="408" />
      <source>Almost ready: {count} things to check.</source>
      <translation>Casi todo listo: quedan {count} cosas por revisar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="411" />
      <source>Not every check finished: please run Preflight again.</source>
      <translation>No terminaron todas las pruebas: por favor, haga la revisión otra vez con Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="413" />
      <source>You're ready for your visit.</source>
      <translation>Todo está listo para su consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="417" />
      <source>We recommend restarting your computer shortly before your visit:</source>
      <translation>Le recomendamos reiniciar su computadora poco antes de su consulta:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="424" />
      <source>Need help? Call {label}: {phone}, {option}.</source>
      <translation>¿Necesita ayuda? Llame a {label}: {phone}, {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="438" />
      <source>Support code (read this to the help desk): {code}</source>
      <translation>Código de soporte (léaselo al servicio de ayuda): {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/registry.py" line="106" />
      <source>The {check} check could not start: part of Preflight is missing or damaged.</source>
      <translation>La prueba de {check} no pudo empezar: falta una parte de Preflight o está dañada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/registry.py" line="108" />
      <source>Reinstall Preflight, or call the support line below.</source>
      <translation>Instale Preflight de nuevo o llame a la línea de ayuda que aparece abajo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/runner.py" line="134" />
      <source>Not checked: the check was stopped before it started.</source>
      <translation>Sin revisar: la prueba se detuvo antes de empezar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/runner.py" line="190" />
      <location filename="../../src/preflight/engine/runner.py" line="213" />
      <source>Not finished: the check was stopped.</source>
      <translation>Sin terminar: la prueba se detuvo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/runner.py" line="198" />
      <source>The {check} check took too long and was stopped.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>La prueba de {check} tardó demasiado y se detuvo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/runner.py" line="200" />
      <source>Close other programs that may be using it, then press Check again.</source>
      <translation>Cierre los programas que no necesite y después pulse Revisar otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/runner.py" line="219" />
      <source>Something went wrong while checking your {check}.</source>
      <translation>Algo salió mal durante la prueba de {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/devices_scan.py" line="28" />
      <source>Could not look for devices ({error}).</source>
      <translation>No se pudieron buscar los dispositivos ({error}).</translation>
    </message>
  </context>
</TS>
