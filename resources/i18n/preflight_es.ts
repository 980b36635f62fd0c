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
      <location filename="../../src/preflight/gui/views.py" line="146" />
      <source>Your camera picture appears here.</source>
      <translation>Aquí aparece la imagen de su cámara.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="149" />
      <source>Camera picture</source>
      <translation>Imagen de la cámara</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="151" />
      <source>Tip about your picture</source>
      <translation>Consejo sobre su imagen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="157" />
      <source>Play back my voice</source>
      <translation>Escuchar mi voz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="158" />
      <source>Plays what the microphone recorded, so you can hear how you sound.</source>
      <translation>Reproduce lo que grabó el micrófono, para que oiga cómo se le escucha.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="164" />
      <source>Play test sound</source>
      <translation>Reproducir sonido de prueba</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="165" />
      <source>Plays a short chime on your speakers.</source>
      <translation>Reproduce un timbre corto en sus altavoces.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="169" />
      <source>Your connection's speed</source>
      <translation>La velocidad de su conexión</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="182" />
      <source>What to do now</source>
      <translation>Qué hacer ahora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="186" />
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="198" />
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="198" />
      <source>Go to the previous step.</source>
      <translation>Ir al paso anterior.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="199" />
      <source>Stop checking</source>
      <translation>Dejar de revisar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="199" />
      <source>Stops the check that is running.</source>
      <translation>Detiene la prueba que está en marcha.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="200" />
      <source>Go to the next step.</source>
      <translation>Ir al paso siguiente.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="200" />
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="253" />
      <source>Before your visit</source>
      <translation>Antes de su consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="254" />
      <source>Tick each item when it is done. Your ticks are kept on this computer until tomorrow.</source>
      <translation>Marque cada punto cuando lo haya hecho. Sus marcas se guardan en esta computadora hasta mañana.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="271" />
      <source>Back to results</source>
      <translation>Volver a los resultados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="272" />
      <source>Help and phone numbers</source>
      <translation>Ayuda y números de teléfono</translation>
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
      <location filename="../../src/preflight/gui/views.py" line="333" />
      <source>Help-desk mode</source>
      <translation>Modo de servicio de ayuda</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Run all checks</source>
      <translation>Hacer todas las pruebas</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="336" />
      <source>Run selected check</source>
      <translation>Hacer la prueba seleccionada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="337" />
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="337" />
      <source>Stops every running check.</source>
      <translation>Detiene todas las pruebas en marcha.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="338" />
      <source>Back to patient view</source>
      <translation>Volver a la vista del paciente</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="347" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="348" />
      <source>Microphone</source>
      <translation>Micrófono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="349" />
      <source>Speaker</source>
      <translation>Altavoz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="357" />
      <source>Find devices</source>
      <translation>Buscar dispositivos</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="358" />
      <source>Looks for cameras, microphones and speakers.</source>
      <translation>Busca cámaras, micrófonos y altavoces.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="364" />
      <source>Check</source>
      <translation>Prueba</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="364" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="364" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="364" />
      <source>Time</source>
      <translation>Tiempo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="374" />
      <source>All checks</source>
      <translation>Todas las pruebas</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="381" />
      <source>Measurement</source>
      <translation>Medida</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="381" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="385" />
      <source>Measurements of the selected check</source>
      <translation>Medidas de la prueba seleccionada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="390" />
      <source>Live log</source>
      <translation>Registro en vivo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="391" />
      <source>The live log appears here.</source>
      <translation>Aquí aparece el registro en vivo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="398" />
      <source>View what the patient saw: paste their report (JSON) or support code.</source>
      <translation>Vea lo que vio el paciente: pegue su informe (JSON) o su código de soporte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="401" />
      <source>Report or support code</source>
      <translation>Informe o código de soporte</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="406" />
      <source>Show this report</source>
      <translation>Mostrar este informe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="407" />
      <source>Show this computer again</source>
      <translation>Volver a mostrar esta computadora</translation>
    </message>
  </context>
  <context>
    <name>HelpView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="284" />
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="287" />
      <source>Other numbers</source>
      <translation>Otros números</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="293" />
      <source>Questions about cost and billing</source>
      <translation>Preguntas sobre costos y facturación</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="303" />
      <source>Back</source>
      <translation>Atrás</translation>
    </message>
  </context>
  <context>
    <name>HotlineCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="131" />
      <source>Need help? Call us.</source>
      <translation>¿Necesita ayuda? Llámenos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="135" />
      <source>Phone number</source>
      <translation>Número de teléfono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="143" />
      <source>Help line</source>
      <translation>Línea de ayuda</translation>
    </message>
  </context>
  <context>
    <name>LevelMeter</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="216" />
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
      <location filename="../../src/preflight/gui/main_window.py" line="48" />
      <source>Preflight: get ready for your virtual visit</source>
      <translation>Preflight: prepárese para su consulta virtual</translation>
    </message>
  </context>
  <context>
    <name>Preflight</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Sign in to your patient portal:</source>
      <translation>Entre en su portal del paciente:</translation>
    </message>
  </context>
  <context>
    <name>RestartCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="155" />
      <source>Restart your computer before your visit</source>
      <translation>Reinicie su computadora antes de su consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="157" />
      <source>Restarting shortly before your visit frees memory and gives the video call the most bandwidth.</source>
      <translation>Reiniciar poco antes de su consulta libera memoria y deja a la videollamada el máximo de conexión.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="163" />
      <source>Save your work first. Preflight will not restart your computer for you. After restarting, open Preflight again to check once more.</source>
      <translation>Guarde primero su trabajo. Preflight no reiniciará su computadora por usted. Después de reiniciar, abra Preflight otra vez para revisar de nuevo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="167" />
      <source>Restart recommended</source>
      <translation>Se recomienda reiniciar</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="92" />
      <source>Check again</source>
      <translation>Revisar otra vez</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="93" />
      <source>Check again: %1</source>
      <translation>Revisar otra vez: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="94" />
      <source>Runs this check one more time.</source>
      <translation>Hace esta prueba una vez más.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="105" />
      <source>Checking now. This takes a few seconds.</source>
      <translation>Revisando ahora. Tarda unos segundos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="115" />
      <source>Not checked yet.</source>
      <translation>Todavía no se ha revisado.</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="221" />
      <source>Support code</source>
      <translation>Código de soporte</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="234" />
      <source>Before your visit: checklist</source>
      <translation>Antes de su consulta: lista de tareas</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="235" />
      <source>A short list of things to get ready.</source>
      <translation>Una lista corta de cosas que preparar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="236" />
      <source>Help and phone numbers</source>
      <translation>Ayuda y números de teléfono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="237" />
      <source>Save a report</source>
      <translation>Guardar un informe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="238" />
      <source>Saves these results as a PDF, web page or JSON file, to send to the help desk.</source>
      <translation>Guarda estos resultados como PDF, página web o archivo JSON, para enviarlos al servicio de ayuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="240" />
      <source>Runs every check again.</source>
      <translation>Vuelve a hacer todas las pruebas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="240" />
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
      <translation>Revise esto</translation>
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
      <location filename="../../src/preflight/gui/widgets.py" line="194" />
      <source>Steps</source>
      <translation>Pasos</translation>
    </message>
  </context>
  <context>
    <name>Steps</name>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="67" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="67" />
      <source>We will look at your camera picture for a few seconds. Sit where you will sit for your visit, facing a light if you can.</source>
      <translation>Vamos a mirar la imagen de su cámara durante unos segundos. Siéntese donde se sentará durante su consulta, de cara a una luz si puede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="70" />
      <source>Camera:</source>
      <translation>Cámara:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="71" />
      <source>Microphone</source>
      <translation>Micrófono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="71" />
      <source>We will listen to your microphone while you speak for a few seconds.</source>
      <translation>Vamos a escuchar su micrófono mientras usted habla durante unos segundos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="73" />
      <source>Microphone:</source>
      <translation>Micrófono:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="74" />
      <source>Speakers</source>
      <translation>Altavoces</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="74" />
      <source>We will play a short sound. Turn your volume up so you can hear it.</source>
      <translation>Vamos a reproducir un sonido corto. Suba el volumen para poder oírlo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="76" />
      <source>Speaker:</source>
      <translation>Altavoz:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="77" />
      <source>Connection</source>
      <translation>Conexión</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="77" />
      <source>We are measuring your internet connection. This started when you pressed Start.</source>
      <translation>Estamos midiendo su conexión a internet. Empezamos cuando usted pulsó Comenzar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="80" />
      <source>Computer</source>
      <translation>Computadora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="80" />
      <source>We are checking that your computer has enough free memory and processor time for video.</source>
      <translation>Estamos comprobando que su computadora tiene suficiente memoria libre y capacidad de procesador para el video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="114" />
      <source>Almost done: still checking…</source>
      <translation>Ya casi terminamos: seguimos revisando…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="116" />
      <source>Let's get you some help</source>
      <translation>Vamos a conseguirle ayuda</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="118" />
      <source>You're ready for your visit</source>
      <translation>Todo está listo para su consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="120" />
      <source>Almost ready: 1 thing to fix</source>
      <translation>Casi todo listo: queda 1 cosa por arreglar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="121" />
      <source>Almost ready: %1 things to fix</source>
      <translation>Casi todo listo: quedan %1 cosas por arreglar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="136" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="208" />
      <source>Automatic (your computer's usual device)</source>
      <translation>Automático (el dispositivo habitual de su computadora)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="240" />
      <location filename="../../src/preflight/gui/controllers.py" line="249" />
      <source>Playing your recording…</source>
      <translation>Reproduciendo su grabación…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="449" />
      <source>Download (the doctor's video to you)</source>
      <translation>Descarga (el video del médico hacia usted)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="450" />
      <source>Upload (your video to the doctor)</source>
      <translation>Subida (su video hacia el médico)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="454" />
      <source>Delay: %1 ms</source>
      <translation>Retraso: %1 ms</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="462" />
      <source>Programs you could close during the visit: %1</source>
      <translation>Programas que podría cerrar durante la consulta: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="509" />
      <source>Saving reports is not available in this version.</source>
      <translation>Esta versión no puede guardar informes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="516" />
      <source>Save a report</source>
      <translation>Guardar un informe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="517" />
      <source>PDF document (*.pdf);;Web page (*.html);;JSON for the help desk (*.json)</source>
      <translation>Documento PDF (*.pdf);;Página web (*.html);;JSON para el servicio de ayuda (*.json)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="525" />
      <source>Report saved: %1</source>
      <translation>Informe guardado: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="550" />
      <source>Everything we checked is working. See you at your visit.</source>
      <translation>Todo lo que revisamos funciona. Nos vemos en su consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="551" />
      <source>Your visit can probably go ahead. Fixing these makes it go better.</source>
      <translation>Su consulta probablemente pueda hacerse. Si arregla estas cosas, irá mejor.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="552" />
      <source>Something needs fixing before your visit. Try the steps below, or call us: we can help.</source>
      <translation>Hay algo que arreglar antes de su consulta. Pruebe los pasos de abajo o llámenos: podemos ayudarle.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="554" />
      <source>Some checks are still running. This page updates by itself.</source>
      <translation>Algunas pruebas siguen en marcha. Esta página se actualiza sola.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="559" />
      <source>Support code (read this to the help desk): %1</source>
      <translation>Código de soporte (léaselo al servicio de ayuda): %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="578" />
      <source>Not checked yet.</source>
      <translation>Todavía no se ha revisado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="610" />
      <source>Automatic</source>
      <translation>Automático</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="676" />
      <source>Found %1 devices.</source>
      <translation>Se encontraron %1 dispositivos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="711" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="712" />
      <source>Advice</source>
      <translation>Consejos</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="725" />
      <source>Paste a report or a support code first.</source>
      <translation>Primero pegue un informe o un código de soporte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="743" />
      <location filename="../../src/preflight/gui/controllers.py" line="819" />
      <source>Read from a support code.</source>
      <translation>Leído de un código de soporte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="745" />
      <source>Showing the patient's support code. Overall: %1.</source>
      <translation>Se muestra el código de soporte del paciente. Resultado general: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="750" />
      <source>Showing the patient's report from %1. Overall: %2.</source>
      <translation>Se muestra el informe del paciente del %1. Resultado general: %2.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="762" />
      <source>This is not a Preflight report (%1).</source>
      <translation>Esto no es un informe de Preflight (%1).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="767" />
      <source>Support codes cannot be read in this version: paste the report instead.</source>
      <translation>Esta versión no puede leer códigos de soporte: pegue el informe en su lugar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="772" />
      <source>This support code could not be read (%1). Ask the caller to read it again.</source>
      <translation>No se pudo leer este código de soporte (%1). Pida a la persona que llama que lo lea otra vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="787" />
      <source>Showing this computer.</source>
      <translation>Se muestra esta computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="806" />
      <source>This support code could not be shown in this version.</source>
      <translation>Esta versión no puede mostrar este código de soporte.</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="85" />
      <source>Welcome to Preflight</source>
      <translation>Le damos la bienvenida a Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="86" />
      <source>Let's make sure your computer is ready for your virtual visit. It takes about a minute.</source>
      <translation>Vamos a comprobar que su computadora está lista para su consulta virtual. Tarda más o menos un minuto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="91" />
      <source>Begins checking your camera, microphone, speakers, internet connection and computer.</source>
      <translation>Empieza a revisar su cámara, micrófono, altavoces, conexión a internet y computadora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="91" />
      <source>Start</source>
      <translation>Comenzar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="99" />
      <source>I'm helping someone (help-desk mode)</source>
      <translation>Estoy ayudando a alguien (modo de servicio de ayuda)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="100" />
      <source>Shows every check and its details in a table.</source>
      <translation>Muestra cada prueba y sus detalles en una tabla.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="102" />
      <source>High contrast</source>
      <translation>Alto contraste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="103" />
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
      <location filename="../../src/preflight/checks/audio/microphone.py" line="137" />
      <source>Microphone</source>
      <translation>Micrófono</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="103" />
      <source>Speakers</source>
      <translation>Altavoces</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera.py" line="1175" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="107" />
      <source>Internet speed</source>
      <translation>Velocidad de internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="309" />
      <source>Internet connection</source>
      <translation>Conexión a internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="220" />
      <source>Computer</source>
      <translation>Computadora</translation>
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
      <location filename="../../src/preflight/cli.py" line="330" />
      <source>Preflight could not run the checks.</source>
      <translation>Preflight no pudo hacer las pruebas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="364" />
      <source>Report saved to {path}</source>
      <translation>Informe guardado en {path}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="372" />
      <source>Preflight for {organisation}</source>
      <translation>Preflight para {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="382" />
      <source>Let's get you some help.</source>
      <translation>Vamos a conseguirle ayuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="384" />
      <source>Almost ready: 1 thing to check.</source>
      <translation>Casi todo listo: queda 1 cosa por revisar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="386" />
      <source>Almost ready: {count} things to check.</source>
      <translation>Casi todo listo: quedan {count} cosas por revisar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="389" />
      <source>Not every check finished: please run Preflight again.</source>
      <translation>No terminaron todas las pruebas: por favor, haga la revisión otra vez con Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="391" />
      <source>You're ready for your visit.</source>
      <translation>Todo está listo para su consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="395" />
      <source>We recommend restarting your computer shortly before your visit:</source>
      <translation>Le recomendamos reiniciar su computadora poco antes de su consulta:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="402" />
      <source>Need help? Call {label}: {phone}, {option}.</source>
      <translation>¿Necesita ayuda? Llame a {label}: {phone}, {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="416" />
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
      <location filename="../../src/preflight/engine/runner.py" line="201" />
      <location filename="../../src/preflight/engine/runner.py" line="223" />
      <source>If it happens again, restart your computer, or call the support line.</source>
      <translation>Si vuelve a pasar, reinicie su computadora o llame a la línea de ayuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/runner.py" line="219" />
      <source>Something went wrong while checking your {check}.</source>
      <translation>Algo salió mal durante la prueba de {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/runner.py" line="222" />
      <source>Press Check again.</source>
      <translation>Pulse Revisar otra vez.</translation>
    </message>
  </context>
</TS>
