<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
  <context>
    <name>AskDialog</name>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="18" />
      <source>A quick question</source>
      <translation>Uma pergunta rápida</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="26" />
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="27" />
      <source>No</source>
      <translation>Não</translation>
    </message>
  </context>
  <context>
    <name>CheckStepView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="227" />
      <source>What to do now</source>
      <translation>O que fazer agora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="247" />
      <source>Progress</source>
      <translation>Progresso</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="274" />
      <source>Camera picture</source>
      <translation>Imagem da câmera</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="277" />
      <source>Tip about your picture</source>
      <translation>Dica sobre a sua imagem</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="282" />
      <source>Play back my voice</source>
      <translation>Ouvir minha voz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="283" />
      <source>Plays what the microphone recorded, so you can hear how you sound.</source>
      <translation>Toca o que o microfone gravou, para você ouvir como está a sua voz.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="288" />
      <source>Play test sound</source>
      <translation>Tocar som de teste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="289" />
      <source>Plays a short chime on your speakers.</source>
      <translation>Toca um som curto nos seus alto-falantes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="301" />
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Show details</source>
      <translation>Mostrar detalhes</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="302" />
      <source>Shows the measurements behind this result.</source>
      <translation>Mostra as medidas por trás deste resultado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Back</source>
      <translation>Voltar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Go to the previous step.</source>
      <translation>Ir para a etapa anterior.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stop checking</source>
      <translation>Parar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stops the check that is running.</source>
      <translation>Para o teste em andamento.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Go to the next step.</source>
      <translation>Ir para a próxima etapa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Next</source>
      <translation>Próximo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Hide details</source>
      <translation>Esconder detalhes</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="434" />
      <source>Before your visit</source>
      <translation>Antes da sua consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="435" />
      <source>Tick each item when it is done. Your ticks are kept on this computer until tomorrow.</source>
      <translation>Marque cada item quando terminar. Suas marcações ficam guardadas neste computador até amanhã.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="454" />
      <source>Back to results</source>
      <translation>Voltar aos resultados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="455" />
      <source>Help and phone numbers</source>
      <translation>Ajuda e telefones</translation>
    </message>
  </context>
  <context>
    <name>HelpDeskView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="532" />
      <source>Help-desk mode</source>
      <translation>Modo suporte técnico</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="534" />
      <source>Run all checks</source>
      <translation>Testar tudo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="535" />
      <source>Run selected check</source>
      <translation>Testar o selecionado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stop</source>
      <translation>Parar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stops every running check.</source>
      <translation>Para todos os testes em andamento.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="537" />
      <source>Back to patient view</source>
      <translation>Voltar à tela do paciente</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="560" />
      <source>Find devices</source>
      <translation>Procurar dispositivos</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="561" />
      <source>Looks for cameras, microphones and speakers.</source>
      <translation>Procura câmeras, microfones e alto-falantes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Check</source>
      <translation>Teste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Status</source>
      <translation>Situação</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Summary</source>
      <translation>Resumo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Time</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="583" />
      <source>All checks</source>
      <translation>Todos os testes</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Measurement</source>
      <translation>Medida</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="599" />
      <source>Measurements of the selected check</source>
      <translation>Medidas do teste selecionado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="605" />
      <source>Live log</source>
      <translation>Registro ao vivo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="606" />
      <source>The live log appears here.</source>
      <translation>O registro ao vivo aparece aqui.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="613" />
      <source>View what the patient saw: paste their report (JSON) or support code.</source>
      <translation>Veja o que o paciente viu: cole o relatório dele (JSON) ou o código de suporte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="616" />
      <source>Report or support code</source>
      <translation>Relatório ou código de suporte</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="622" />
      <source>Show this report</source>
      <translation>Mostrar este relatório</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="623" />
      <source>Show this computer again</source>
      <translation>Mostrar este computador de novo</translation>
    </message>
  </context>
  <context>
    <name>HelpView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="466" />
      <source>Help</source>
      <translation>Ajuda</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="469" />
      <source>Other numbers</source>
      <translation>Outros números</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="475" />
      <source>Questions about cost and billing</source>
      <translation>Perguntas sobre custos e cobranças</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="485" />
      <source>Back</source>
      <translation>Voltar</translation>
    </message>
  </context>
  <context>
    <name>HotlineCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="148" />
      <source>Need help? Call us.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>Precisa de ajuda? Ligue para nós.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="159" />
      <source>Phone number: %1</source>
      <translation>Número de telefone: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="168" />
      <source>Help line</source>
      <translation>Linha de ajuda</translation>
    </message>
  </context>
  <context>
    <name>LevelMeter</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="276" />
      <source>Microphone level</source>
      <translation>Nível do microfone</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="277" />
      <location filename="../../src/preflight/gui/widgets.py" line="284" />
      <source>We can't hear you yet.</source>
      <translation>Ainda não ouvimos você.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="286" />
      <source>We hear you, but quietly.</source>
      <translation>Ouvimos você, mas baixo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="287" />
      <source>We hear you well.</source>
      <translation>Ouvimos você bem.</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="36" />
      <source>We can't see a picture. Is something covering the camera?</source>
      <translation>Não vemos nenhuma imagem. Tem algo cobrindo a câmera?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="40" />
      <source>It's a bit dark. Turn on a light in front of you.</source>
      <translation>Está um pouco escuro. Acenda uma luz na sua frente.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="42" />
      <source>It's very bright. Move away from direct sunlight.</source>
      <translation>Está muito claro. Saia da luz direta do sol.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="45" />
      <source>There is bright light behind you. Face the light instead.</source>
      <translation>Há uma luz forte atrás de você. Fique de frente para a luz.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="47" />
      <source>Move so your face is in the middle of the picture.</source>
      <translation>Mova-se para que o seu rosto fique no meio da imagem.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="48" />
      <source>The picture looks good.</source>
      <translation>A imagem está boa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="239" />
      <source>We could not play your recording. Check your speakers and try again.</source>
      <translation>Não conseguimos tocar a sua gravação. Verifique seus alto-falantes e tente de novo.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/preflight/gui/main_window.py" line="54" />
      <source>Preflight: get ready for your virtual visit</source>
      <translation>Preflight: prepare-se para a sua consulta virtual</translation>
    </message>
  </context>
  <context>
    <name>OtherDeviceRow</name>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="29" />
      <source>Use this one</source>
      <translation>Usar este</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="44" />
      <source>Use this one: %1</source>
      <translation>Usar este: %1</translation>
    </message>
  </context>
  <context>
    <name>Preflight</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="497" />
      <source>When it is time for your visit:</source>
      <translation>Na hora da sua consulta:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="506" />
      <source>Sign in to your patient portal:</source>
      <translation>Entre no seu portal do paciente:</translation>
    </message>
  </context>
  <context>
    <name>PrivacyRow</name>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="89" />
      <source>Open camera settings</source>
      <translation>Abrir as configurações da câmera</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="90" />
      <source>Open microphone settings</source>
      <translation>Abrir as configurações do microfone</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="94" />
      <source>When you come back to this window, we will check again.</source>
      <translation>Quando você voltar a esta janela, vamos verificar de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="120" />
      <source>We could not open the settings. Please follow the steps above.</source>
      <translation>Não conseguimos abrir as configurações. Siga os passos acima.</translation>
    </message>
  </context>
  <context>
    <name>RestartCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="182" />
      <source>Restart your computer before your visit</source>
      <extracomment>SAFETY (restart): the card's heading.</extracomment>
      <translation>Reinicie o seu computador antes da consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="185" />
      <source>Restarting shortly before your visit frees memory and gives the video call the most bandwidth.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Reiniciar pouco antes da consulta libera memória e deixa o máximo de conexão para a chamada de vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="193" />
      <location filename="../../src/preflight/gui/widgets.py" line="195" />
      <source>Restart now</source>
      <translation>Reiniciar agora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="196" />
      <source>Asks first. Then restarts your computer, and Preflight opens again by itself.</source>
      <translation>Pergunta antes. Depois reinicia o seu computador, e o Preflight abre de novo sozinho.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="204" />
      <source>Restart</source>
      <translation>Reiniciar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="208" />
      <source>Restart recommended</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Recomendamos reiniciar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="215" />
      <source>Save your work first. Restart now restarts your computer, and Preflight opens again by itself to check once more.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Salve o seu trabalho primeiro. Reiniciar agora reinicia o seu computador, e o Preflight abre de novo sozinho para verificar mais uma vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="217" />
      <source>Save your work first. Preflight will not restart your computer for you. After restarting, open Preflight again to check once more.</source>
      <extracomment>SAFETY</extracomment>
      <translation>Salve o seu trabalho primeiro. O Preflight não vai reiniciar o computador por você. Depois de reiniciar, abra o Preflight de novo para verificar mais uma vez.</translation>
    </message>
  </context>
  <context>
    <name>RestartConfirmDialog</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="48" />
      <location filename="../../src/preflight/gui/restart_flow.py" line="66" />
      <source>Restart now?</source>
      <translation>Reiniciar agora?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="56" />
      <source>Restart now</source>
      <translation>Reiniciar agora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="57" />
      <source>Not now</source>
      <translation>Agora não</translation>
    </message>
  </context>
  <context>
    <name>RestartController</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="152" />
      <source>Asking your computer to restart…</source>
      <translation>Pedindo ao seu computador para reiniciar…</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="98" />
      <source>Check again</source>
      <translation>Verificar de novo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="100" />
      <source>Check again: %1</source>
      <translation>Verificar de novo: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="101" />
      <source>Runs this check one more time.</source>
      <translation>Faz este teste mais uma vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="114" />
      <source>Checking now. This takes a few seconds.</source>
      <translation>Verificando agora. Leva alguns segundos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="131" />
      <source>Not checked yet.</source>
      <translation>Ainda não verificado.</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="388" />
      <location filename="../../src/preflight/gui/views.py" line="395" />
      <source>What to do next</source>
      <translation>O que fazer agora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="392" />
      <source>Open the checklist</source>
      <translation>Abrir a lista</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="393" />
      <location filename="../../src/preflight/gui/views.py" line="415" />
      <source>A short list of things to get ready.</source>
      <translation>Uma lista curta de coisas para preparar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="401" />
      <source>Support code</source>
      <translation>Código de suporte</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="414" />
      <source>Before your visit: checklist</source>
      <translation>Lista para a consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="416" />
      <source>Help and phone numbers</source>
      <translation>Ajuda e telefones</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="417" />
      <source>Save a report</source>
      <translation>Salvar um relatório</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="418" />
      <source>Saves these results as a PDF, web page or JSON file, to send to the help desk.</source>
      <translation>Salva estes resultados como PDF, página da web ou arquivo JSON, para enviar ao suporte técnico.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Runs every check again.</source>
      <translation>Faz todos os testes de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Start over</source>
      <translation>Começar de novo</translation>
    </message>
  </context>
  <context>
    <name>StepList</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="250" />
      <source>Steps</source>
      <translation>Etapas</translation>
    </message>
  </context>
  <context>
    <name>Steps</name>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="73" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="383" />
      <source>Save a report</source>
      <translation>Salvar um relatório</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="384" />
      <source>PDF document (*.pdf);;Web page (*.html);;JSON for the help desk (*.json)</source>
      <translation>Documento PDF (*.pdf);;Página da web (*.html);;JSON para o suporte técnico (*.json)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="393" />
      <source>Report saved: %1</source>
      <translation>Relatório salvo: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="421" />
      <source>Support code (read this to the help desk): %1</source>
      <translation>Código de suporte (leia para o suporte técnico): %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="440" />
      <source>Not checked yet.</source>
      <translation>Ainda não verificado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="64" />
      <source>Automatic</source>
      <translation>Automático</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="129" />
      <source>Found %1 devices.</source>
      <translation>%1 dispositivos encontrados.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="164" />
      <source>Summary</source>
      <translation>Resumo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="165" />
      <source>Advice</source>
      <translation>Conselhos</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="166" />
      <source>For the help desk</source>
      <translation>Para o suporte técnico</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="168" />
      <source>Findings</source>
      <translation>Achados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="201" />
      <source>Paste a report or a support code first.</source>
      <translation>Primeiro cole um relatório ou um código de suporte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="221" />
      <source>Showing the patient's support code. Overall: %1.</source>
      <translation>Mostrando o código de suporte do paciente. Resultado geral: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="225" />
      <source>Showing the patient's report from %1. Overall: %2.</source>
      <translation>Mostrando o relatório do paciente de %1. Resultado geral: %2.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="238" />
      <source>This is not a Preflight report (%1).</source>
      <translation>Isto não é um relatório do Preflight (%1).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="243" />
      <source>This support code could not be read (%1). Ask the caller to read it again.</source>
      <translation>Não foi possível ler este código de suporte (%1). Peça à pessoa que ligou para ler de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="258" />
      <source>Showing this computer.</source>
      <translation>Mostrando este computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="59" />
      <source>Download (the doctor's video to you)</source>
      <translation>Download (o vídeo do médico até você)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="60" />
      <source>Upload (your video to the doctor)</source>
      <translation>Upload (o seu vídeo até o médico)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="64" />
      <source>Delay: %1 ms</source>
      <translation>Atraso: %1 ms</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="184" />
      <source>%1: %2. %3</source>
      <translation>%1: %2. %3</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="201" />
      <source>We looked at: %1</source>
      <translation>O que verificamos: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="208" />
      <source>Programs you could close during the visit: %1</source>
      <translation>Programas que você pode fechar durante a consulta: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="358" />
      <source>Speak now: the bar moves when we hear you.</source>
      <translation>Fale agora: a barra se mexe quando ouvimos você.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="385" />
      <location filename="../../src/preflight/gui/step_controllers.py" line="393" />
      <source>Playing your recording…</source>
      <translation>Tocando a sua gravação…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="436" />
      <source>Automatic (your computer's usual device)</source>
      <translation>Automático (o de sempre)</translation>
    </message>
  </context>
  <context>
    <name>WelcomeBackView</name>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="38" />
      <source>Before and after the restart</source>
      <translation>Antes e depois de reiniciar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="40" />
      <source>Did the restart help?</source>
      <translation>Reiniciar ajudou?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Now</source>
      <translation>Agora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>What</source>
      <translation>O quê</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="46" />
      <source>Did it help?</source>
      <translation>Ajudou?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="54" />
      <source>Continue</source>
      <translation>Continuar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="55" />
      <source>Goes on to check your camera, microphone and speakers.</source>
      <translation>Continua para verificar a sua câmera, microfone e alto-falantes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="75" />
      <source>%1: before %2, now %3. %4</source>
      <translation>%1: antes %2, agora %3. %4</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="163" />
      <source>Welcome to Preflight</source>
      <translation>Boas-vindas ao Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="164" />
      <source>Let's make sure your computer is ready for your virtual visit.</source>
      <translation>Vamos verificar se o seu computador está pronto para a sua consulta virtual.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="168" />
      <source>We will check:</source>
      <translation>Vamos verificar:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="171" />
      <source>It takes about a minute.</source>
      <translation>Leva mais ou menos um minuto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="172" />
      <source>It takes up to %1 minutes.</source>
      <translation>Leva até %1 minutos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Begins checking: %1.</source>
      <translation>Começa a verificar: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Start</source>
      <translation>Começar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="184" />
      <source>I'm helping someone (help-desk mode)</source>
      <translation>Estou ajudando alguém (modo suporte técnico)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="185" />
      <source>Shows every check and its details in a table.</source>
      <translation>Mostra cada teste e seus detalhes em uma tabela.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="187" />
      <source>High contrast</source>
      <translation>Alto contraste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="188" />
      <source>Switches to black text on white with strong borders.</source>
      <translation>Muda para texto preto sobre fundo branco, com bordas fortes.</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <location filename="../preflight.toml" line="16" />
      <source>Virtual visits are available when you are in Massachusetts at the time of your appointment.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>As consultas virtuais só são possíveis se você estiver em Massachusetts na hora da sua consulta.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="19" />
      <source>Patient Gateway technical support</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Suporte técnico do Patient Gateway</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="21" />
      <source>select option 1</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>escolha a opção 1</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="25" />
      <source>Keep your phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Deixe o seu telefone por perto e o número do consultório do seu médico à mão, caso a conexão caia.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="36" />
      <source>Join your visit</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Entrar na sua consulta</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="41" />
      <source>Financial counselors (questions about cost or insurance)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Consultores financeiros (perguntas sobre custos ou plano de saúde)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="42" />
      <source>Customer service (billing)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Atendimento ao cliente (cobranças)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>A financial counselor can tell you what your plan covers: call 617-582-9820.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Um consultor financeiro pode dizer o que o seu plano cobre: ligue para 617-582-9820.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>Will my insurance cover a virtual visit?</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>O meu plano de saúde cobre uma consulta virtual?</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>Call customer service (billing) at 617-632-3795.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Ligue para o atendimento ao cliente (cobranças): 617-632-3795.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>I have a question about a bill for a virtual visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Tenho uma pergunta sobre uma conta de uma consulta virtual.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="53" />
      <source>Pick a private, quiet place for your visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Escolha um lugar reservado e tranquilo para a sua consulta.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="54" />
      <source>Use headphones with a microphone if you have them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Use fones de ouvido com microfone, se tiver.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="55" />
      <source>Write down the questions you want to ask.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Anote as perguntas que você quer fazer.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="56" />
      <source>List the medications you take now, with their doses.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Faça uma lista dos remédios que você toma agora, com as doses.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="57" />
      <source>If you like, invite a friend or loved one: share the visit link or phone number with them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Se quiser, convide um amigo ou alguém da família: envie para essa pessoa o link ou o número de telefone da consulta.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="58" />
      <source>Keep a phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Deixe um telefone por perto e o número do consultório do seu médico à mão, caso a conexão caia.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="59" />
      <source>Restart your computer shortly before the visit, so it has the most bandwidth.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Reinicie o seu computador pouco antes da consulta, para ele ter a melhor conexão possível.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="60" />
      <source>Make sure you are enrolled in the patient portal and can sign in.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Verifique se você está cadastrado no portal do paciente e se consegue entrar.</translation>
    </message>
  </context>
  <context>
    <name>preflight</name>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="64" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; {what}, and turn on access for desktop apps.</source>
      <translation>Windows: abra Configurações &gt; Privacidade e segurança &gt; {what} e ative o acesso para aplicativos da área de trabalho.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="66" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; {what}, and turn on Preflight.</source>
      <translation>Mac: abra Ajustes do Sistema &gt; Privacidade e Segurança &gt; {what} e ative o Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="68" />
      <source>Check that your user account is allowed to use the computer's sound devices.</source>
      <translation>Verifique se a sua conta de usuário tem permissão para usar os dispositivos de som do computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="76" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="324" />
      <source>Then close Preflight, open it again, and {check_again}.</source>
      <translation>Depois feche o Preflight, abra de novo e {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="114" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="202" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="238" />
      <source>Microphone</source>
      <translation>Microfone</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <source>Sound</source>
      <translation>Som</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="95" />
      <source>We could not find a microphone on this computer.</source>
      <translation>Não encontramos nenhum microfone neste computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="96" />
      <source>We could not find speakers or headphones on this computer.</source>
      <translation>Não encontramos alto-falantes nem fones de ouvido neste computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="98" />
      <source>If you use a headset or webcam with a microphone, plug it in and wait a few seconds, then {check_again}.</source>
      <translation>Se você usa um fone com microfone ou uma webcam com microfone, conecte e espere alguns segundos; depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="100" />
      <source>If your computer has a built-in microphone, make sure it is switched on and not disabled in your sound settings.</source>
      <translation>Se o seu computador tem um microfone embutido, verifique se ele está ligado e não está desativado nas configurações de som.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="103" />
      <source>Plug in your headphones or speakers, or turn them on, then {check_again}.</source>
      <translation>Conecte ou ligue seus fones de ouvido ou alto-falantes; depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="105" />
      <source>Make sure sound is not disabled in your computer's sound settings.</source>
      <translation>Verifique se o som não está desativado nas configurações de som do computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="107" />
      <source>No microphone was found: ask the caller to plug in the headset or webcam microphone, or to switch on the built-in one in the sound settings.</source>
      <translation>Nenhum microfone encontrado: peça à pessoa que ligou para conectar o fone com microfone ou o microfone da webcam, ou para ativar o microfone embutido nas configurações de som.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="110" />
      <source>No speakers or headphones were found: ask the caller to plug them in or switch them on, and check that sound is not disabled in the sound settings.</source>
      <translation>Nenhum alto-falante ou fone de ouvido encontrado: peça à pessoa que ligou para conectar ou ligar os alto-falantes ou fones, e verificar se o som não está desativado nas configurações de som.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="118" />
      <source>We could not find the microphone you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>Não encontramos o microfone que você escolheu ({choice}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="120" />
      <source>We could not find the speaker you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>Não encontramos o alto-falante que você escolheu ({choice}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="123" />
      <source>Choose one of these: {choices}.</source>
      <extracomment>{choices} is a list of device names, e.g. "Built-in, USB Audio".</extracomment>
      <translation>Escolha um destes: {choices}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="124" />
      <source>Run 'preflight devices' to see every microphone and speaker.</source>
      <translation>Execute 'preflight devices' para ver todos os microfones e alto-falantes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="126" />
      <source>The microphone chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>O microfone escolhido para o teste não está neste computador: peça à pessoa que ligou para escolher um da lista, ou o padrão.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="128" />
      <source>The speaker chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>O alto-falante escolhido para o teste não está neste computador: peça à pessoa que ligou para escolher um da lista, ou o padrão.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="134" />
      <source>Preflight could not start your computer's sound system.</source>
      <translation>O Preflight não conseguiu iniciar o sistema de som do seu computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="136" />
      <source>Restart your computer, then run Preflight again.</source>
      <translation>Reinicie o seu computador e depois abra o Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="137" />
      <source>If it happens again, reinstall Preflight, or call the support line.</source>
      <translation>Se acontecer de novo, instale o Preflight de novo ou ligue para a linha de ajuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="139" />
      <source>Preflight could not start the computer's sound system (PortAudio): ask the caller to restart the computer; if it happens again, to reinstall Preflight.</source>
      <translation>O Preflight não conseguiu iniciar o sistema de som do computador (PortAudio): peça à pessoa que ligou para reiniciar o computador e, se acontecer de novo, para instalar o Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="146" />
      <source>Your microphone is being used by another program.</source>
      <translation>O seu microfone está sendo usado por outro programa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="147" />
      <source>Your speakers are being used by another program.</source>
      <translation>Os seus alto-falantes estão sendo usados por outro programa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="150" />
      <source>{program} is using your microphone. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom" or "Firefox".</extracomment>
      <translation>O {program} está usando o seu microfone. Feche o {program} e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="154" />
      <source>{possible_program} may be using your microphone. Close {possible_program}, then {check_again}.</source>
      <translation>Talvez o {possible_program} esteja usando o seu microfone. Feche o {possible_program} e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="156" />
      <source>Close other programs that may use it (video calls, voice recorders, web browsers with a call open), then {check_again}.</source>
      <translation>Feche outros programas que possam estar usando o microfone (chamadas de vídeo, gravadores de voz, navegadores com uma chamada aberta) e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="158" />
      <source>If that does not help, restart your computer.</source>
      <translation>Se não resolver, reinicie o seu computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="160" />
      <source>Another program is using the microphone: ask the caller to close video calls, voice recorders and browser tabs with a call open, then run Preflight again.</source>
      <translation>Outro programa está usando o microfone: peça à pessoa que ligou para fechar chamadas de vídeo, gravadores de voz e abas do navegador com uma chamada aberta, e depois fazer os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="163" />
      <source>Another program is using the speakers: ask the caller to close video calls, music players and browser tabs with sound, then run Preflight again.</source>
      <translation>Outro programa está usando os alto-falantes: peça à pessoa que ligou para fechar chamadas de vídeo, tocadores de música e abas do navegador com som, e depois fazer os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="170" />
      <source>Your computer's privacy settings are blocking the microphone.</source>
      <translation>As configurações de privacidade do seu computador estão bloqueando o microfone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="171" />
      <source>Your computer's privacy settings are blocking the speakers.</source>
      <translation>As configurações de privacidade do seu computador estão bloqueando os alto-falantes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="173" />
      <source>The computer's privacy settings block the microphone: walk the caller through Settings &gt; Privacy &amp; security &gt; Microphone (Windows) or System Settings &gt; Privacy &amp; Security &gt; Microphone (Mac), then ask them to reopen Preflight.</source>
      <translation>As configurações de privacidade do computador bloqueiam o microfone: guie a pessoa que ligou até Configurações &gt; Privacidade e segurança &gt; Microfone (Windows) ou Ajustes do Sistema &gt; Privacidade e Segurança &gt; Microfone (Mac) e depois peça para ela fechar e abrir o Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="177" />
      <source>The computer's privacy settings block the speakers: walk the caller through Settings &gt; Privacy &amp; security &gt; Sound (Windows) or System Settings &gt; Privacy &amp; Security &gt; Sound (Mac), then ask them to reopen Preflight.</source>
      <translation>As configurações de privacidade do computador bloqueiam os alto-falantes: guie a pessoa que ligou até Configurações &gt; Privacidade e segurança &gt; Som (Windows) ou Ajustes do Sistema &gt; Privacidade e Segurança &gt; Som (Mac) e depois peça para ela fechar e abrir o Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="185" />
      <source>Your microphone does not work with any of the sound settings video calls use.</source>
      <translation>O seu microfone não funciona com nenhuma das configurações de som que as chamadas de vídeo usam.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="187" />
      <source>Your speakers do not work with any of the sound settings video calls use.</source>
      <translation>Os seus alto-falantes não funcionam com nenhuma das configurações de som que as chamadas de vídeo usam.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="190" />
      <source>Choose another microphone in your computer's sound settings, or unplug it and plug it back in.</source>
      <translation>Escolha outro microfone nas configurações de som do computador, ou desconecte e conecte de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="192" />
      <source>Choose other speakers in your computer's sound settings, or unplug them and plug them back in.</source>
      <translation>Escolha outros alto-falantes nas configurações de som do computador, ou desconecte e conecte de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="194" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="59" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="68" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="314" />
      <source>If it happens again, call the support line.</source>
      <translation>Se acontecer de novo, ligue para a linha de ajuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="196" />
      <source>The microphone works with none of the usual sound settings: ask the caller to choose another microphone, or to unplug it and plug it back in.</source>
      <translation>O microfone não funciona com nenhuma das configurações de som comuns: peça à pessoa que ligou para escolher outro microfone, ou para desconectar e conectar de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="199" />
      <source>The speakers work with none of the usual sound settings: ask the caller to choose other speakers, or to unplug them and plug them back in.</source>
      <translation>Os alto-falantes não funcionam com nenhuma das configurações de som comuns: peça à pessoa que ligou para escolher outros alto-falantes, ou para desconectar e conectar de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="206" />
      <source>Your microphone stopped sending sound during the test. It may have been unplugged.</source>
      <translation>O seu microfone parou de enviar som durante o teste. Talvez tenha sido desconectado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="208" />
      <source>Your speakers or headphones stopped working during the test. They may have been unplugged.</source>
      <translation>Os seus alto-falantes ou fones de ouvido pararam de funcionar durante o teste. Talvez tenham sido desconectados.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="211" />
      <source>Plug your microphone or headset back in (or switch it on), then {check_again}.</source>
      <translation>Conecte de novo o seu microfone ou fone com microfone (ou ligue) e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="213" />
      <source>Plug your speakers or headphones back in (or switch them on), then {check_again}.</source>
      <translation>Conecte de novo os seus alto-falantes ou fones de ouvido (ou ligue) e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="215" />
      <source>If you use Bluetooth, check that it is connected and charged.</source>
      <translation>Se você usa Bluetooth, verifique se ele está conectado e com bateria.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="217" />
      <source>The microphone stopped sending sound during the test (unplugged, or Bluetooth dropped): ask the caller to plug it back in or reconnect it, then run Preflight again.</source>
      <translation>O microfone parou de enviar som durante o teste (desconectado, ou o Bluetooth caiu): peça à pessoa que ligou para conectar de novo e depois fazer os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="220" />
      <source>The speakers stopped during the test (unplugged, or Bluetooth dropped): ask the caller to plug them back in or reconnect them, then run Preflight again.</source>
      <translation>Os alto-falantes pararam durante o teste (desconectados, ou o Bluetooth caiu): peça à pessoa que ligou para conectar de novo e depois fazer os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="227" />
      <source>Your microphone stopped working while we tested it.</source>
      <translation>O seu microfone parou de funcionar enquanto testávamos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="228" />
      <source>Your speakers stopped working while we tested them.</source>
      <translation>Os seus alto-falantes pararam de funcionar enquanto testávamos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="230" />
      <source>Check that your microphone is plugged in and switched on, then {check_again}.</source>
      <translation>Verifique se o seu microfone está conectado e ligado, e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="232" />
      <source>Check that your speakers are plugged in and switched on, then {check_again}.</source>
      <translation>Verifique se os seus alto-falantes estão conectados e ligados, e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="234" />
      <location filename="../../src/preflight/engine/findings.py" line="355" />
      <source>If it happens again, restart your computer, or call the support line.</source>
      <translation>Se acontecer de novo, reinicie o seu computador ou ligue para a linha de ajuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="237" />
      <source>The microphone stopped working during the test: ask the caller to check it is plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>O microfone parou de funcionar durante o teste: peça à pessoa que ligou para verificar se ele está conectado e ligado e fazer os testes do Preflight de novo; se acontecer de novo, para reiniciar o computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="240" />
      <source>The speakers stopped working during the test: ask the caller to check they are plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>Os alto-falantes pararam de funcionar durante o teste: peça à pessoa que ligou para verificar se estão conectados e ligados e fazer os testes do Preflight de novo; se acontecer de novo, para reiniciar o computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="55" />
      <source>Check that your microphone or headset is plugged in, switched on and not muted (many headsets and laptops have a mute button or key).</source>
      <translation>Verifique se o seu microfone ou fone com microfone está conectado, ligado e sem o mudo ativado (muitos fones e notebooks têm um botão ou tecla de mudo).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="62" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; Microphone and turn on microphone access for desktop apps; then in Settings &gt; System &gt; Sound, choose your microphone under Input.</source>
      <translation>Windows: abra Configurações &gt; Privacidade e segurança &gt; Microfone e ative o acesso ao microfone para aplicativos da área de trabalho; depois, em Configurações &gt; Sistema &gt; Som, escolha o seu microfone em Entrada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="67" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; Microphone and turn on Preflight; then in System Settings &gt; Sound &gt; Input, choose your microphone.</source>
      <translation>Mac: abra Ajustes do Sistema &gt; Privacidade e Segurança &gt; Microfone e ative o Preflight; depois, em Ajustes do Sistema &gt; Som &gt; Entrada, escolha o seu microfone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="72" />
      <source>Open your computer's sound settings, choose your microphone under Input, and check that it is not muted and its volume is up.</source>
      <translation>Abra as configurações de som do computador, escolha o seu microfone em Entrada e verifique se o mudo não está ativado e se o volume está alto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="78" />
      <source>Turn up the input volume: Settings &gt; System &gt; Sound &gt; Input.</source>
      <translation>Aumente o volume de entrada: Configurações &gt; Sistema &gt; Som &gt; Entrada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="79" />
      <source>Turn up the input volume: System Settings &gt; Sound &gt; Input.</source>
      <translation>Aumente o volume de entrada: Ajustes do Sistema &gt; Som &gt; Entrada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="80" />
      <source>Turn up the input volume in your computer's sound settings.</source>
      <translation>Aumente o volume de entrada nas configurações de som do computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="90" />
      <source>Speak a little louder, or move closer to the microphone.</source>
      <translation>Fale um pouco mais alto ou chegue mais perto do microfone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="92" />
      <source>If you use a headset, check that its mute switch is off.</source>
      <translation>Se você usa um fone com microfone, verifique se o botão de mudo está desligado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="99" />
      <source>Move back a little from the microphone, or speak a bit more softly.</source>
      <translation>Afaste-se um pouco do microfone ou fale um pouco mais baixo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="100" />
      <source>Turn the input volume down a little in your computer's sound settings.</source>
      <translation>Diminua um pouco o volume de entrada nas configurações de som do computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="102" />
      <source>The microphone is too quiet: check the right microphone is chosen, raise its input volume, and ask the caller to speak closer to it.</source>
      <translation>O microfone está muito baixo: verifique se o microfone certo está escolhido, aumente o volume de entrada e peça à pessoa que ligou para falar mais perto dele.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="107" />
      <source>Find a quieter, private place for your visit, away from TVs, fans and other people.</source>
      <translation>Procure um lugar mais tranquilo e reservado para a sua consulta, longe de TV, ventilador e outras pessoas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="108" />
      <source>Headphones with a microphone help the doctor hear you clearly.</source>
      <translation>Fones de ouvido com microfone ajudam o médico a ouvir você com clareza.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="122" />
      <source>Your microphone works and you sound clear.</source>
      <translation>O seu microfone funciona e a sua voz está clara.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="127" />
      <source>Your microphone is sending no sound. It may be muted, switched off, or blocked by your privacy settings.</source>
      <translation>O seu microfone não está enviando nenhum som. Talvez esteja no mudo, desligado ou bloqueado pelas configurações de privacidade.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="130" />
      <source>The microphone sends silence: check it is not muted (a button on the headset or keyboard) and that the computer's privacy settings allow the microphone.</source>
      <translation>O microfone envia silêncio: verifique se o mudo não está ativado (um botão no fone ou uma tecla no teclado) e se as configurações de privacidade do computador permitem o microfone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="137" />
      <source>Your microphone is working, but we could hardly hear anything.</source>
      <translation>O seu microfone está funcionando, mas quase não conseguimos ouvir nada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="144" />
      <source>Your microphone works, but you sound quiet.</source>
      <translation>O seu microfone funciona, mas a sua voz está baixa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="151" />
      <source>Your microphone works, but your voice is so loud that it sounds distorted.</source>
      <translation>O seu microfone funciona, mas a sua voz está tão alta que sai distorcida.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="154" />
      <source>The microphone is too loud and distorts: lower its input volume or move it a little away from the mouth.</source>
      <translation>O microfone está alto demais e distorce: diminua o volume de entrada ou afaste o microfone um pouco da boca.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="160" />
      <source>Your microphone works, but there is a lot of background noise.</source>
      <translation>O seu microfone funciona, mas há muito barulho de fundo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="162" />
      <source>There is a lot of background noise where the caller is: suggest a quieter, private place, or headphones with a microphone.</source>
      <translation>Há muito barulho de fundo onde a pessoa que ligou está: sugira um lugar mais tranquilo e reservado, ou fones de ouvido com microfone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="169" />
      <source>You are using the microphone of a Bluetooth headset. During a call it can make you and the doctor sound like an old telephone, or cut the sound.</source>
      <translation>Você está usando o microfone de um fone Bluetooth. Durante uma chamada, ele pode deixar a sua voz e a do médico parecendo um telefone antigo, ou cortar o som.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="173" />
      <source>For your visit, choose your computer's own microphone, and keep the Bluetooth headset for listening.</source>
      <translation>Para a sua consulta, escolha o microfone do próprio computador e use o fone Bluetooth só para ouvir.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="175" />
      <source>Or use a headset with a cable.</source>
      <translation>Ou use um fone com microfone com fio.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="177" />
      <source>The caller uses a Bluetooth headset's microphone, which switches the headset to phone quality or cuts the sound: suggest the computer's own microphone with the headset for listening, or a wired headset.</source>
      <translation>A pessoa que ligou usa o microfone de um fone Bluetooth, que passa o fone para qualidade de telefone ou corta o som: sugira o microfone do próprio computador, com o fone só para ouvir, ou um fone com fio.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="188" />
      <source>A rule on this computer does not allow programs to use the microphone.</source>
      <translation>Uma regra deste computador não permite que programas usem o microfone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="190" />
      <source>Ask the person who looks after this computer to allow the microphone (for example in Screen Time), then {check_again}.</source>
      <translation>Peça à pessoa que cuida deste computador para permitir o microfone (por exemplo, em Tempo de Uso) e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="192" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="336" />
      <source>If that cannot be done today, call the support line: you may be able to join your visit by phone.</source>
      <translation>Se isso não puder ser feito hoje, ligue para a linha de ajuda: talvez você possa fazer a consulta por telefone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="195" />
      <source>Microphone use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>O uso do microfone está restrito neste Mac (Tempo de Uso, controles parentais ou um perfil de gerenciamento): a pessoa que ligou não consegue ativá-lo; quem administra o Mac precisa permitir.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="203" />
      <source>We will listen to your microphone while you speak for a few seconds.</source>
      <translation>Vamos ouvir o seu microfone enquanto você fala por alguns segundos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="207" />
      <source>Microphone:</source>
      <translation>Microfone:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="103" />
      <location filename="../../src/preflight/support/code_v2.py" line="48" />
      <source>voice level</source>
      <translation>nível da voz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="218" />
      <source>Voice level</source>
      <translation>Nível da voz</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="220" />
      <source>Loudest moment</source>
      <translation>Momento mais alto</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="221" />
      <source>Background noise</source>
      <translation>Barulho de fundo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="223" />
      <source>Voice above the background noise</source>
      <translation>Voz acima do barulho de fundo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="225" />
      <source>Distorted sound</source>
      <translation>Som distorcido</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="227" />
      <source>Longest distorted stretch</source>
      <translation>Trecho distorcido mais longo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="228" />
      <source>samples</source>
      <translation>amostras</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="229" />
      <source>Too loud (distorted)</source>
      <translation>Alto demais (distorcido)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="232" />
      <source>No sound at all</source>
      <translation>Nenhum som</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="234" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="169" />
      <source>Sample rate</source>
      <translation>Taxa de amostragem</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="236" />
      <source>Channels</source>
      <translation>Canais</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="239" />
      <source>Bluetooth headset</source>
      <translation>Fone Bluetooth</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="241" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="171" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="435" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="408" />
      <location filename="../../src/preflight/engine/present.py" line="26" />
      <source>Problem</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Problema</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="357" />
      <source>Keep speaking: we are trying your other microphones.</source>
      <translation>Continue falando: estamos testando os seus outros microfones.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="358" />
      <source>Trying your other microphones…</source>
      <translation>Testando os seus outros microfones…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="382" />
      <source>Opening your microphone…</source>
      <translation>Abrindo o seu microfone…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="387" />
      <source>Please say: testing one, two, three</source>
      <translation>Por favor, diga: testando, um, dois, três</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="50" />
      <source>Did you hear the test sound?</source>
      <translation>Você ouviu o som de teste?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="57" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="118" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="166" />
      <source>Speakers</source>
      <translation>Alto-falantes</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="65" />
      <source>Your speakers work: we heard the test sound through your microphone.</source>
      <translation>Os seus alto-falantes funcionam: ouvimos o som de teste pelo seu microfone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="70" />
      <source>Your speakers or headphones work.</source>
      <translation>Os seus alto-falantes ou fones de ouvido funcionam.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="75" />
      <source>Your speakers work, but your microphone picks them up loudly, so the doctor may hear an echo.</source>
      <translation>Os seus alto-falantes funcionam, mas o seu microfone capta o som deles muito alto, então o médico pode ouvir eco.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="78" />
      <source>Use headphones with a microphone if you have them.</source>
      <translation>Use fones de ouvido com microfone, se tiver.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="79" />
      <source>If not, turn your speaker volume down a little.</source>
      <translation>Se não tiver, diminua um pouco o volume dos alto-falantes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="81" />
      <source>The microphone hears the speakers loudly: suggest headphones, or lower the speaker volume, so the doctor hears no echo.</source>
      <translation>O microfone capta os alto-falantes muito alto: sugira fones de ouvido, ou diminuir o volume dos alto-falantes, para o médico não ouvir eco.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="87" />
      <source>You could not hear the test sound.</source>
      <translation>Você não ouviu o som de teste.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="89" />
      <source>Turn up the volume and check that sound is not muted (look for the speaker icon near the clock, or the volume keys on your keyboard).</source>
      <translation>Aumente o volume e verifique se o som não está no mudo (procure o ícone de alto-falante perto do relógio, ou as teclas de volume do teclado).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="91" />
      <source>If you use headphones, check that they are plugged in, switched on and chosen as the output in your computer's sound settings.</source>
      <translation>Se você usa fones de ouvido, verifique se estão conectados, ligados e escolhidos como saída nas configurações de som do computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="93" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="295" />
      <source>Then {check_again}.</source>
      <translation>Depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="95" />
      <source>The caller did not hear the test sound: check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>A pessoa que ligou não ouviu o som de teste: verifique o volume e o mudo, e se os alto-falantes ou fones certos estão escolhidos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="101" />
      <source>We played a test sound, but could not confirm that it can be heard.</source>
      <translation>Tocamos um som de teste, mas não conseguimos confirmar que ele pode ser ouvido.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="103" />
      <source>If you wear headphones, that is expected: make sure you heard a short chime.</source>
      <translation>Se você está de fones de ouvido, isso é normal: confirme que ouviu um som curto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="105" />
      <source>If you did not hear it, turn up the volume and check that sound is not muted, then {check_again}.</source>
      <translation>Se não ouviu, aumente o volume e verifique se o som não está no mudo; depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="108" />
      <source>Nobody confirmed that the test sound was heard (headphones, or no answer): ask the caller whether they heard a short chime; if not, check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>Ninguém confirmou que o som de teste foi ouvido (fones de ouvido, ou sem resposta): pergunte à pessoa que ligou se ela ouviu um som curto; se não, verifique o volume e o mudo, e se os alto-falantes ou fones certos estão escolhidos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="119" />
      <source>We will play a short sound. Turn your volume up so you can hear it.</source>
      <translation>Vamos tocar um som curto. Aumente o volume para poder ouvir.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="123" />
      <source>Speaker:</source>
      <translation>Alto-falante:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="132" />
      <location filename="../../src/preflight/support/code_v1.py" line="106" />
      <location filename="../../src/preflight/support/code_v2.py" line="57" />
      <source>how the sound was confirmed</source>
      <translation>como o som foi confirmado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="135" />
      <location filename="../../src/preflight/support/code_v1.py" line="111" />
      <location filename="../../src/preflight/support/code_v2.py" line="59" />
      <source>the microphone heard the speakers</source>
      <translation>o microfone ouviu os alto-falantes</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="136" />
      <location filename="../../src/preflight/support/code_v1.py" line="112" />
      <location filename="../../src/preflight/support/code_v2.py" line="60" />
      <source>the caller answered whether they heard it</source>
      <translation>a pessoa que ligou respondeu se ouviu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="137" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="160" />
      <location filename="../../src/preflight/support/code_v1.py" line="113" />
      <location filename="../../src/preflight/support/code_v2.py" line="61" />
      <source>not confirmed</source>
      <translation>não confirmado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="142" />
      <source>Test sound heard by the microphone</source>
      <translation>Som de teste ouvido pelo microfone</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="145" />
      <source>Level of the test sound heard</source>
      <translation>Nível do som de teste ouvido</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="147" />
      <source>Delay of the sound</source>
      <translation>Atraso do som</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="149" />
      <source>Time to hear it</source>
      <translation>Tempo até ouvir</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="151" />
      <source>Detection score</source>
      <translation>Pontuação de detecção</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="153" />
      <source>How the sound was confirmed</source>
      <translation>Como o som foi confirmado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="158" />
      <source>the microphone heard it</source>
      <translation>o microfone ouviu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="159" />
      <source>your answer</source>
      <translation>a sua resposta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="162" />
      <source>You heard the test sound</source>
      <translation>Você ouviu o som de teste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="164" />
      <source>Echo</source>
      <translation>Eco</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="167" />
      <source>Microphone that listened</source>
      <translation>Microfone que escutou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="327" />
      <source>Trying your other speakers…</source>
      <translation>Testando os seus outros alto-falantes…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="350" />
      <source>Listen: we will play a short chime.</source>
      <translation>Escute: vamos tocar um som curto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="351" />
      <source>Playing a short test sound…</source>
      <translation>Tocando um som de teste curto…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="52" />
      <source>Looking at your camera picture…</source>
      <translation>Olhando a imagem da sua câmera…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="79" />
      <source>Trying your other cameras…</source>
      <translation>Testando as suas outras câmeras…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="34" />
      <source>Face a window or lamp; don't sit with a bright window behind you.</source>
      <translation>Fique de frente para uma janela ou luminária; não sente com uma janela clara atrás de você.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="35" />
      <source>Some laptops have a camera switch or a key with a camera symbol: turn the camera on.</source>
      <translation>Alguns notebooks têm um botão de câmera ou uma tecla com o desenho de uma câmera: ligue a câmera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="38" />
      <source>Close other programs that may be using your camera, then check again.</source>
      <translation>Feche outros programas que possam estar usando a sua câmera e verifique de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="41" />
      <source>If your camera plugs in, unplug it, wait ten seconds and plug it back in.</source>
      <translation>Se a sua câmera é ligada por cabo, desconecte, espere dez segundos e conecte de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="42" />
      <source>If it still does not work, restart your computer.</source>
      <translation>Se ainda não funcionar, reinicie o seu computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="43" />
      <source>Close other programs you do not need, especially other video programs.</source>
      <translation>Feche os programas de que você não precisa, principalmente outros programas de vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="44" />
      <source>Turn on more light: many cameras slow down in dim light.</source>
      <translation>Acenda mais luzes: muitas câmeras ficam mais lentas com pouca luz.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="46" />
      <source>If your camera plugs in, plug it in (directly into the computer, not a hub), wait ten seconds, then check again.</source>
      <translation>Se a sua câmera é ligada por cabo, conecte (direto no computador, não em um hub), espere dez segundos e verifique de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="51" />
      <source>If you cannot get a camera working, call the support line: you may be able to join your visit by phone.</source>
      <translation>Se não conseguir fazer nenhuma câmera funcionar, ligue para a linha de ajuda: talvez você possa fazer a consulta por telefone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="60" />
      <source>Windows: open Settings, then Privacy &amp; security, then Camera, and turn on "Camera access" and "Let desktop apps access your camera".</source>
      <translation>Windows: abra Configurações, depois Privacidade e segurança, depois Câmera, e ative "Acesso à câmera" e "Permitir que aplicativos da área de trabalho acessem a câmera".</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="64" />
      <source>Mac: open System Settings, then Privacy &amp; Security, then Camera, and turn on the switch for Preflight (or for your web browser or Terminal).</source>
      <translation>Mac: abra Ajustes do Sistema, depois Privacidade e Segurança, depois Câmera, e ative a chave do Preflight (ou do seu navegador ou do Terminal).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="68" />
      <source>Check that your user account is allowed to use the camera.</source>
      <translation>Verifique se a sua conta de usuário tem permissão para usar a câmera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="79" />
      <source>No camera was found: check it is plugged in and its privacy switch or cover is open, and that the computer's privacy settings let apps use the camera.</source>
      <translation>Nenhuma câmera encontrada: verifique se ela está conectada e se a chave ou tampa de privacidade está aberta, e se as configurações de privacidade do computador deixam os aplicativos usarem a câmera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="83" />
      <source>The camera sent no picture: unplug it and plug it back in (or restart the computer), then run Preflight again.</source>
      <translation>A câmera não enviou nenhuma imagem: desconecte e conecte de novo (ou reinicie o computador) e depois faça os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="87" />
      <source>The video is choppy: close other programs, turn on more light, and restart the computer if it is busy.</source>
      <translation>O vídeo está travando: feche outros programas, acenda mais luzes e reinicie o computador se ele estiver muito ocupado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="93" />
      <source>Your camera works and the picture looks good.</source>
      <translation>A sua câmera funciona e a imagem está boa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="95" />
      <source>No camera found.</source>
      <translation>Nenhuma câmera encontrada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="99" />
      <source>We could not find the camera you chose.</source>
      <translation>Não encontramos a câmera que você escolheu.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="106" />
      <source>We could not find that video file.</source>
      <translation>Não encontramos esse arquivo de vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="107" />
      <source>Check the file name and folder, then try again.</source>
      <translation>Verifique o nome do arquivo e a pasta e tente de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="108" />
      <source>The video file was not found: check its name and folder, then run Preflight again.</source>
      <translation>O arquivo de vídeo não foi encontrado: verifique o nome e a pasta e depois faça os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="114" />
      <source>We could not open your camera: another program such as Zoom or Teams may be using your camera - close it.</source>
      <translation>Não conseguimos abrir a sua câmera: outro programa, como Zoom ou Teams, pode estar usando a câmera. Feche esse programa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="120" />
      <source>{program} is using your camera. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom".</extracomment>
      <translation>O {program} está usando a sua câmera. Feche o {program} e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="123" />
      <source>{possible_program} may be using your camera. Close {possible_program}, then {check_again}.</source>
      <translation>Talvez o {possible_program} esteja usando a sua câmera. Feche o {possible_program} e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="125" />
      <source>Close other programs that may be using your camera, such as Zoom, Teams, Skype or a web browser tab with a video call, then check again.</source>
      <translation>Feche outros programas que possam estar usando a sua câmera, como Zoom, Teams, Skype ou uma aba do navegador com uma chamada de vídeo, e verifique de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="132" />
      <source>Another program is using the camera: close Zoom, Teams, Skype and browser tabs with video, then run Preflight again.</source>
      <translation>Outro programa está usando a câmera: feche Zoom, Teams, Skype e abas do navegador com vídeo, e depois faça os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="143" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams, then check again.</source>
      <translation>Feche outros programas que possam estar usando a sua câmera, como Zoom ou Teams, e verifique de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="154" />
      <source>Your camera opened but did not send any pictures.</source>
      <translation>A sua câmera abriu, mas não enviou nenhuma imagem.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="155" />
      <source>Your camera stopped sending pictures during the check.</source>
      <translation>A sua câmera parou de enviar imagens durante o teste.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="161" />
      <source>We could not read any pictures from this video file.</source>
      <translation>Não conseguimos ler nenhuma imagem deste arquivo de vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="162" />
      <source>Check that the file is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>Verifique se o arquivo é um vídeo (por exemplo .avi ou .mp4) e se não está danificado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="163" />
      <source>The video file could not be read: check that it is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>Não foi possível ler o arquivo de vídeo: verifique se é um vídeo (por exemplo .avi ou .mp4) e se não está danificado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="170" />
      <source>Your camera shows a black picture: check the lens cover or privacy shutter.</source>
      <translation>A sua câmera mostra uma imagem preta: verifique a tampa da lente ou a tampa de privacidade.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="172" />
      <source>Slide open the camera's cover or privacy shutter, and remove any sticker or tape over the lens.</source>
      <translation>Abra a tampa de privacidade da câmera e tire qualquer adesivo ou fita que cubra a lente.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="179" />
      <source>The picture is black: open the camera's privacy cover or switch and check nothing covers the lens.</source>
      <translation>A imagem está preta: abra a tampa ou a chave de privacidade da câmera e verifique se nada cobre a lente.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="187" />
      <source>Your camera's picture is frozen: it shows the same image over and over.</source>
      <translation>A imagem da sua câmera está congelada: mostra a mesma imagem sem parar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="189" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams.</source>
      <translation>Feche outros programas que possam estar usando a sua câmera, como Zoom ou Teams.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="191" />
      <source>If it is still frozen, restart your computer and check again.</source>
      <translation>Se continuar congelada, reinicie o seu computador e verifique de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="193" />
      <source>The picture froze: unplug the camera and plug it back in, or restart the computer.</source>
      <translation>A imagem congelou: desconecte a câmera e conecte de novo, ou reinicie o computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="199" />
      <source>Your camera sends only {fps} pictures a second, so the doctor would see a very jerky picture.</source>
      <translation>A sua câmera envia só {fps} imagens por segundo, então o médico veria uma imagem muito travada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="206" />
      <source>If your camera plugs in, plug it directly into the computer, not into a hub.</source>
      <translation>Se a sua câmera é ligada por cabo, conecte direto no computador, não em um hub.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="214" />
      <source>Your camera sends only {fps} pictures a second, so your video may look choppy.</source>
      <translation>A sua câmera envia só {fps} imagens por segundo, então o seu vídeo pode ficar travando.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="223" />
      <source>Your picture is too dark for the doctor to see you well.</source>
      <translation>A sua imagem está escura demais para o médico ver você bem.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="226" />
      <source>Turn on a light in the room, in front of you.</source>
      <translation>Acenda uma luz no cômodo, na sua frente.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="227" />
      <source>If something is covering the camera, remove it.</source>
      <translation>Se algo estiver cobrindo a câmera, tire.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="229" />
      <source>The picture is too dark: turn on a light in front of the caller.</source>
      <translation>A imagem está escura demais: é preciso acender uma luz na frente da pessoa que ligou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="234" />
      <source>Your picture is too bright, so the doctor may not see your face clearly.</source>
      <translation>A sua imagem está clara demais, então o médico pode não ver bem o seu rosto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="236" />
      <source>Move out of direct sunlight, or turn away a very bright lamp shining on you.</source>
      <translation>Saia da luz direta do sol ou vire para longe uma luminária muito forte que ilumina você.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="241" />
      <source>The picture is too bright: move away from direct sunlight or a bright lamp.</source>
      <translation>A imagem está clara demais: a pessoa que ligou deve sair da luz direta do sol ou de perto de uma luminária forte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="246" />
      <source>The light behind you makes your face too dark to see.</source>
      <translation>A luz atrás de você deixa o seu rosto escuro demais para ser visto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="249" />
      <source>Close the curtains behind you, or turn so the window is in front of you.</source>
      <translation>Feche as cortinas atrás de você, ou vire-se para a janela ficar na sua frente.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="251" />
      <source>The caller is backlit: sit facing the window or lamp, not with it behind them.</source>
      <translation>A pessoa que ligou está contra a luz: ela deve sentar de frente para a janela ou luminária, não de costas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="256" />
      <source>Your picture looks blurry.</source>
      <translation>A sua imagem está embaçada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="258" />
      <source>Gently wipe the camera lens with a soft, dry cloth.</source>
      <translation>Limpe com cuidado a lente da câmera com um pano macio e seco.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="259" />
      <source>Sit about an arm's length from the camera.</source>
      <translation>Sente a mais ou menos um braço de distância da câmera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="261" />
      <source>The picture is blurry: wipe the camera lens with a soft cloth.</source>
      <translation>A imagem está embaçada: limpe a lente da câmera com um pano macio.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="266" />
      <source>Your camera sends a small picture ({width}x{height}), so the doctor will see you less clearly.</source>
      <translation>A sua câmera envia uma imagem pequena ({width}x{height}), então o médico vai ver você com menos nitidez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="271" />
      <source>If you have another camera (for example a newer USB webcam), choose it instead.</source>
      <translation>Se você tem outra câmera (por exemplo, uma webcam USB mais nova), escolha essa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="275" />
      <source>The camera gives a small picture: use a better or external camera if there is one.</source>
      <translation>A câmera dá uma imagem pequena: use uma câmera melhor ou externa, se houver.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="282" />
      <source>We couldn't see a face - sit centred in front of the camera.</source>
      <translation>Não conseguimos ver um rosto: sente no centro, na frente da câmera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="284" />
      <source>Sit facing the camera, about an arm's length away, with your whole face in the picture.</source>
      <translation>Sente de frente para a câmera, a mais ou menos um braço de distância, com o rosto inteiro na imagem.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="288" />
      <source>If you chose not to be seen during this check, you can ignore this.</source>
      <translation>Se você preferiu não aparecer durante este teste, pode ignorar isto.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="290" />
      <source>No face was seen: ask the caller to sit centred in front of the camera.</source>
      <translation>Nenhum rosto foi visto: peça à pessoa que ligou para sentar no centro, na frente da câmera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="296" />
      <source>Something went wrong while checking your camera.</source>
      <translation>Algo deu errado ao verificar a sua câmera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="310" />
      <source>We could see your face only some of the time.</source>
      <translation>Conseguimos ver o seu rosto só parte do tempo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="311" />
      <source>If you can, sit facing the camera with your whole face in the picture.</source>
      <translation>Se puder, sente de frente para a câmera com o rosto inteiro na imagem.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="323" />
      <source>Your computer's privacy settings are blocking the camera.</source>
      <translation>As configurações de privacidade do seu computador estão bloqueando a câmera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="325" />
      <source>The computer's privacy settings block the camera: walk the caller through Settings &gt; Privacy &amp; security &gt; Camera (Windows) or System Settings &gt; Privacy &amp; Security &gt; Camera (Mac), then ask them to check again.</source>
      <translation>As configurações de privacidade do computador bloqueiam a câmera: guie a pessoa que ligou até Configurações &gt; Privacidade e segurança &gt; Câmera (Windows) ou Ajustes do Sistema &gt; Privacidade e Segurança &gt; Câmera (Mac) e depois peça para ela verificar de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="332" />
      <source>A rule on this computer does not allow programs to use the camera.</source>
      <translation>Uma regra deste computador não permite que programas usem a câmera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="334" />
      <source>Ask the person who looks after this computer to allow the camera (for example in Screen Time), then {check_again}.</source>
      <translation>Peça à pessoa que cuida deste computador para permitir a câmera (por exemplo, em Tempo de Uso) e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="339" />
      <source>Camera use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>O uso da câmera está restrito neste Mac (Tempo de Uso, controles parentais ou um perfil de gerenciamento): a pessoa que ligou não consegue ativá-la; quem administra o Mac precisa permitir.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="373" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="380" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="401" />
      <source>Camera</source>
      <translation>Câmera</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="381" />
      <source>We will look at your camera picture for a few seconds. Sit where you will sit for your visit, facing a light if you can.</source>
      <translation>Vamos olhar a imagem da sua câmera por alguns segundos. Sente onde você vai ficar durante a consulta, de frente para uma luz, se puder.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="388" />
      <source>Camera:</source>
      <translation>Câmera:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="395" />
      <location filename="../../src/preflight/support/code_v2.py" line="38" />
      <source>picture size (short side)</source>
      <translation>tamanho da imagem (lado menor)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="397" />
      <location filename="../../src/preflight/support/code_v1.py" line="119" />
      <location filename="../../src/preflight/support/code_v2.py" line="40" />
      <source>frame rate</source>
      <translation>imagens por segundo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <source>Picture width</source>
      <translation>Largura da imagem</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>pixels</source>
      <translation>pixels</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <source>Picture height</source>
      <translation>Altura da imagem</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>Picture size (short side)</source>
      <translation>Tamanho da imagem (lado menor)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="411" />
      <source>Frame rate</source>
      <translation>Imagens por segundo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="414" />
      <source>Pictures received</source>
      <translation>Imagens recebidas</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="416" />
      <source>Black pictures</source>
      <translation>Imagens pretas</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="418" />
      <source>Frozen pictures</source>
      <translation>Imagens congeladas</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>Brightness</source>
      <translation>Brilho</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>of 255</source>
      <translation>de 255</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="423" />
      <source>Contrast</source>
      <translation>Contraste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="425" />
      <source>Sharpness</source>
      <translation>Nitidez</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="427" />
      <source>Face seen</source>
      <translation>Rosto visto</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="429" />
      <source>Where the face is</source>
      <translation>Onde está o rosto</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="432" />
      <source>Bright light behind you</source>
      <translation>Luz forte atrás de você</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="39" />
      <source>Your internet speed is good for HD video.</source>
      <translation>A velocidade da sua internet é boa para vídeo em alta definição (HD).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="40" />
      <source>Your internet is too slow for a video visit right now.</source>
      <translation>A sua internet está lenta demais para uma consulta por vídeo agora.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="41" />
      <source>Your internet speed is enough for video, but the picture may be lower quality.</source>
      <translation>A velocidade da sua internet é suficiente para vídeo, mas a imagem pode ter menos qualidade.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="45" />
      <source>We could not reach the speed test server, so your internet speed was not measured.</source>
      <translation>Não conseguimos conectar ao servidor do teste de velocidade, então a velocidade da sua internet não foi medida.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="49" />
      <source>Check that you are connected to the internet, then {check_again}.</source>
      <translation>Verifique se você está conectado à internet e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="53" />
      <source>We could not get the list of speed test servers, so your internet speed was not measured.</source>
      <translation>Não conseguimos obter a lista de servidores do teste de velocidade, então a velocidade da sua internet não foi medida.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="57" />
      <source>{Check_again} in a few minutes.</source>
      <translation>{Check_again} daqui a alguns minutos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="61" />
      <source>We measured your download speed, but the speed test server did not accept the upload test, so we can't tell how well others will see and hear you.</source>
      <translation>Medimos a sua velocidade de download, mas o servidor do teste não aceitou o teste de upload, então não sabemos se os outros vão ver e ouvir você bem.</translation>
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
      <translation>Ofereça à pessoa que ligou uma consulta por telefone, se não for possível deixar a conexão mais rápida.</translation>
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
      <translation>um servidor LibreSpeed próprio</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="82" />
      <source>its settings could not be fetched</source>
      <translation>não foi possível obter as configurações dele</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="83" />
      <source>its list of servers could not be fetched</source>
      <translation>não foi possível obter a lista de servidores dele</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="84" />
      <source>its server could not be reached</source>
      <translation>não foi possível alcançar o servidor dele</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="85" />
      <source>its server stopped answering</source>
      <translation>o servidor dele parou de responder</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="86" />
      <source>no data arrived</source>
      <translation>não chegaram dados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="87" />
      <source>its server refused the test</source>
      <translation>o servidor dele recusou o teste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="88" />
      <source>it asked us to wait (too many tests)</source>
      <translation>pediu para esperarmos (testes demais)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="89" />
      <source>its security certificate was not accepted</source>
      <translation>o certificado de segurança dele não foi aceito</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="90" />
      <source>something else answered</source>
      <translation>outra coisa respondeu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="110" />
      <source>Internet speed</source>
      <translation>Velocidade da internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="120" />
      <source>Your internet speed is good for standard-quality video.</source>
      <translation>A velocidade da sua internet é boa para vídeo de qualidade normal.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="122" />
      <source>Your internet speed is enough for sound, but probably not for video.</source>
      <translation>A velocidade da sua internet é suficiente para som, mas provavelmente não para vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="125" />
      <source>Your internet speed is too slow for a video or audio call.</source>
      <translation>A velocidade da sua internet é lenta demais para uma chamada de vídeo ou de voz.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="130" />
      <source>Your internet speed is good for HD video, but your connection slows down a lot when it is busy.</source>
      <translation>A velocidade da sua internet é boa para vídeo em alta definição (HD), mas a sua conexão fica muito mais lenta quando está ocupada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="133" />
      <source>The connection slows down a lot when it is busy (the delay rises by more than {loaded_latency_increase_warn_ms} ms under load): ask the caller to pause other streaming, downloads and backups during the visit, and to restart the router.</source>
      <translation>A conexão fica muito mais lenta quando está ocupada (o atraso aumenta mais de {loaded_latency_increase_warn_ms} ms com carga): peça à pessoa que ligou para pausar outros streamings, downloads e backups durante a consulta, e para reiniciar o roteador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="143" />
      <source>The internet is a little slow (download under {pass_download_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>A internet está um pouco lenta (download abaixo de {pass_download_mbps} Mbit/s): pause outros streamings e downloads durante a consulta; o vídeo pode ter menos qualidade.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="152" />
      <source>The internet is a little slow (upload under {pass_upload_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>A internet está um pouco lenta (upload abaixo de {pass_upload_mbps} Mbit/s): pause outros streamings e downloads durante a consulta; o vídeo pode ter menos qualidade.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="159" />
      <source>Your internet is too slow for video; it is enough for sound only.</source>
      <translation>A sua internet está lenta demais para vídeo; só dá para o som.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="161" />
      <source>The connection carries sound but not video (under {sd_upload_mbps} Mbit/s one way): plan the visit by phone if it cannot be improved.</source>
      <translation>A conexão dá para o som, mas não para o vídeo (abaixo de {sd_upload_mbps} Mbit/s em um sentido): marque a consulta por telefone se não for possível melhorar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="169" />
      <source>The internet is too slow for video (download under {warn_download_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>A internet está lenta demais para vídeo (download abaixo de {warn_download_mbps} Mbit/s): chegue mais perto do roteador ou use um cabo, pare outros streamings e downloads, ou marque a consulta por telefone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="178" />
      <source>The internet is too slow for video (upload under {warn_upload_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>A internet está lenta demais para vídeo (upload abaixo de {warn_upload_mbps} Mbit/s): chegue mais perto do roteador ou use um cabo, pare outros streamings e downloads, ou marque a consulta por telefone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="188" />
      <source>A phone visit may be better: call {label} at {phone} to arrange one.</source>
      <translation>Uma consulta por telefone pode ser melhor: ligue para {label} no {phone} para marcar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="195" />
      <source>A phone visit may be better: call your doctor's office to arrange one.</source>
      <translation>Uma consulta por telefone pode ser melhor: ligue para o consultório do seu médico para marcar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="206" />
      <source>The speed test server refused the upload test, so the upload speed is unknown: ask the caller to run Preflight again; if every caller sees this, the speed test server needs attention.</source>
      <translation>O servidor do teste de velocidade recusou o teste de upload, então a velocidade de upload é desconhecida: peça à pessoa que ligou para fazer os testes do Preflight de novo; se todas as pessoas que ligam virem isto, o servidor do teste de velocidade precisa de atenção.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="215" />
      <source>The speed test server acknowledged none of the upload test, so the upload speed is unknown: ask the caller to run Preflight again; a firewall or proxy may be blocking uploads.</source>
      <translation>O servidor do teste de velocidade não confirmou nada do teste de upload, então a velocidade de upload é desconhecida: peça à pessoa que ligou para fazer os testes do Preflight de novo; um firewall ou proxy pode estar bloqueando os uploads.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="224" />
      <source>The speed test server could not be reached, so the speed was not measured: ask the caller to check they are online and run Preflight again; if every caller sees this, the speed test server may be down.</source>
      <translation>Não foi possível conectar ao servidor do teste de velocidade, então a velocidade não foi medida: peça à pessoa que ligou para verificar se está conectada à internet e fazer os testes do Preflight de novo; se todas as pessoas que ligam virem isto, o servidor do teste de velocidade pode estar fora do ar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="233" />
      <source>The speed test server stopped answering, so the speed was not measured: ask the caller to run Preflight again; if every caller sees this, the speed test server may be overloaded or down.</source>
      <translation>O servidor do teste de velocidade parou de responder, então a velocidade não foi medida: peça à pessoa que ligou para fazer os testes do Preflight de novo; se todas as pessoas que ligam virem isto, o servidor do teste de velocidade pode estar sobrecarregado ou fora do ar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="242" />
      <source>No data arrived from the speed test server, so the speed was not measured: ask the caller to run Preflight again; a firewall or proxy may be blocking the download.</source>
      <translation>Nenhum dado chegou do servidor do teste de velocidade, então a velocidade não foi medida: peça à pessoa que ligou para fazer os testes do Preflight de novo; um firewall ou proxy pode estar bloqueando o download.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="251" />
      <source>speedtest.net's settings could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>Não foi possível obter as configurações do speedtest.net (ele pode estar bloqueado na rede da pessoa que ligou), então a velocidade não foi medida: peça à pessoa que ligou para tentar de novo daqui a alguns minutos; uma organização que bloqueia o speedtest.net pode indicar o seu próprio servidor de teste ([bandwidth] speedtest_server).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="261" />
      <source>speedtest.net's list of servers could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>Não foi possível obter a lista de servidores do speedtest.net (ele pode estar bloqueado na rede da pessoa que ligou), então a velocidade não foi medida: peça à pessoa que ligou para tentar de novo daqui a alguns minutos; uma organização que bloqueia o speedtest.net pode indicar o seu próprio servidor de teste ([bandwidth] speedtest_server).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="269" />
      <source>The speed test server address in the settings is not valid.</source>
      <translation>O endereço do servidor do teste de velocidade nas configurações não é válido.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="270" />
      <source>Call the support line: the speed test needs to be set up again.</source>
      <translation>Ligue para a linha de ajuda: o teste de velocidade precisa ser configurado de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="271" />
      <source>The speed test server address in the settings ([bandwidth] speedtest_server, or --speedtest-server) is not an http(s) address: correct the configuration.</source>
      <translation>O endereço do servidor do teste de velocidade nas configurações ([bandwidth] speedtest_server, ou --speedtest-server) não é um endereço http(s): corrija a configuração.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="280" />
      <source>The internet speed check could not start: part of Preflight is missing.</source>
      <translation>O teste de velocidade da internet não conseguiu começar: falta uma parte do Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="281" />
      <source>Reinstall Preflight, or call the support line.</source>
      <translation>Instale o Preflight de novo ou ligue para a linha de ajuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="282" />
      <source>Part of Preflight (the speed test component) is missing on the caller's computer: ask them to reinstall Preflight.</source>
      <translation>Falta uma parte do Preflight (o componente do teste de velocidade) no computador da pessoa que ligou: peça para ela instalar o Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="292" />
      <source>The speed test server refused the test (an HTTP error), so the speed was not measured: ask the caller to try again in a few minutes; if every caller sees this, the speed test service (see the report's provider) needs attention or is blocked on their network.</source>
      <translation>O servidor do teste de velocidade recusou o teste (um erro HTTP), então a velocidade não foi medida: peça à pessoa que ligou para tentar de novo daqui a alguns minutos; se todas as pessoas que ligam virem isto, o serviço de teste de velocidade (veja o provedor no relatório) precisa de atenção ou está bloqueado na rede delas.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="300" />
      <source>The speed test service is busy, so your internet speed was not measured.</source>
      <translation>O serviço de teste de velocidade está ocupado, então a velocidade da sua internet não foi medida.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="302" />
      <source>The speed test service asked us to wait (too many tests from the caller's network, HTTP 429), so the speed was not measured: ask the caller to try again in a few minutes.</source>
      <translation>O serviço de teste de velocidade pediu para esperarmos (testes demais vindos da rede da pessoa que ligou, HTTP 429), então a velocidade não foi medida: peça à pessoa que ligou para tentar de novo daqui a alguns minutos.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="309" />
      <source>We could not make a secure connection to the speed test server, so your internet speed was not measured.</source>
      <translation>Não conseguimos fazer uma conexão segura com o servidor do teste de velocidade, então a velocidade da sua internet não foi medida.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="311" />
      <source>Check that your computer's date and time are right, then {check_again}.</source>
      <translation>Verifique se a data e a hora do seu computador estão certas e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="315" />
      <source>The speed test server's security certificate was not accepted, so the speed was not measured: the computer's clock may be wrong, or a proxy or firewall on the caller's network inspects secure connections.</source>
      <translation>O certificado de segurança do servidor do teste de velocidade não foi aceito, então a velocidade não foi medida: o relógio do computador pode estar errado, ou um proxy ou firewall na rede da pessoa que ligou inspeciona as conexões seguras.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="324" />
      <source>Something other than the speed test server answered (a sign-in page, a proxy or a broken server), so the speed was not measured: ask the caller whether the network needs a sign-in, then to run Preflight again.</source>
      <translation>Algo que não é o servidor do teste de velocidade respondeu (uma página de login, um proxy ou um servidor com defeito), então a velocidade não foi medida: pergunte à pessoa que ligou se a rede pede login e depois peça para ela fazer os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="334" />
      <location filename="../../src/preflight/support/code_v1.py" line="97" />
      <location filename="../../src/preflight/support/code_v2.py" line="82" />
      <source>download</source>
      <translation>download</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="336" />
      <location filename="../../src/preflight/support/code_v1.py" line="98" />
      <location filename="../../src/preflight/support/code_v2.py" line="84" />
      <source>upload</source>
      <translation>upload</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="341" />
      <location filename="../../src/preflight/support/code_v1.py" line="99" />
      <location filename="../../src/preflight/support/code_v2.py" line="87" />
      <source>ping</source>
      <translation>atraso (ping)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="344" />
      <source>speed test by</source>
      <translation>teste de velocidade feito por</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="348" />
      <source>Download speed</source>
      <translation>Velocidade de download</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="349" />
      <source>Upload speed</source>
      <translation>Velocidade de upload</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="351" />
      <source>Delay (ping)</source>
      <translation>Atraso (ping)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="353" />
      <source>Delay variation</source>
      <translation>Variação do atraso</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="355" />
      <source>Delay while busy</source>
      <translation>Atraso com a conexão ocupada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="357" />
      <source>Extra delay while busy</source>
      <translation>Atraso extra com a conexão ocupada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="359" />
      <source>Test server</source>
      <translation>Servidor de teste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="364" />
      <source>Data downloaded</source>
      <translation>Dados baixados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="366" />
      <source>Data uploaded</source>
      <translation>Dados enviados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="368" />
      <source>Best video for this connection</source>
      <translation>Melhor vídeo para esta conexão</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="373" />
      <source>HD video (1080p)</source>
      <translation>Vídeo HD (1080p)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="374" />
      <source>HD video (720p)</source>
      <translation>Vídeo HD (720p)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="375" />
      <source>standard video</source>
      <translation>vídeo normal</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="376" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="168" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="186" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="288" />
      <source>sound only</source>
      <translation>só som</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="377" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="243" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="379" />
      <source>Speed steady during the test</source>
      <translation>Velocidade estável durante o teste</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="384" />
      <source>Download speed variation</source>
      <translation>Variação da velocidade de download</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="388" />
      <source>Upload speed variation</source>
      <translation>Variação da velocidade de upload</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="392" />
      <source>Upload counted by</source>
      <translation>Envio contado por</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="398" />
      <source>Speed test by</source>
      <translation>Teste de velocidade feito por</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="403" />
      <source>Speed tests that could not measure</source>
      <translation>Testes de velocidade que não conseguiram medir</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="406" />
      <source>{provider}: {reason}</source>
      <translation>{provider}: {reason}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="511" />
      <source>the support line</source>
      <translation>a linha de ajuda</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="551" />
      <source>Measuring your internet speed…</source>
      <translation>Medindo a velocidade da sua internet…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="559" />
      <source>Trying another speed test…</source>
      <translation>Tentando outro teste de velocidade…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="40" />
      <source>upload speed</source>
      <translation>velocidade de upload</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="41" />
      <source>lost packets</source>
      <translation>pacotes perdidos</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="42" />
      <source>round trip</source>
      <translation>ida e volta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="43" />
      <source>jitter</source>
      <translation>variação do atraso (jitter)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="44" />
      <source>weak Wi-Fi signal</source>
      <translation>sinal de Wi-Fi fraco</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="45" />
      <source>a VPN</source>
      <translation>uma VPN</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="50" />
      <source>Video calls</source>
      <translation>Chamadas de vídeo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="58" />
      <source>Expected video call quality: Excellent ({resolution}).</source>
      <translation>Qualidade esperada da chamada de vídeo: Excelente ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="60" />
      <source>Expected video call quality: Great ({resolution}).</source>
      <translation>Qualidade esperada da chamada de vídeo: Ótima ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="62" />
      <source>Expected video call quality: Good ({resolution}).</source>
      <translation>Qualidade esperada da chamada de vídeo: Boa ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="65" />
      <source>Expected video call quality: Fair ({resolution}).</source>
      <translation>Qualidade esperada da chamada de vídeo: Regular ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="67" />
      <source>Expected call quality is fair (an estimated MOS from {mos_fair} to {mos_good}): sound may break up and the picture may freeze at times. The limit found with it is what to fix first.</source>
      <translation>A qualidade esperada da chamada é regular (MOS estimado de {mos_fair} a {mos_good}): o som pode falhar e a imagem pode congelar às vezes. O limite encontrado junto com ela é o que resolver primeiro.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="73" />
      <source>Expected video call quality: Poor ({resolution}). The video will probably freeze.</source>
      <translation>Qualidade esperada da chamada de vídeo: Ruim ({resolution}). O vídeo provavelmente vai congelar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="76" />
      <source>Expected call quality is poor (an estimated MOS under {mos_fair}): the video will probably freeze. Fix the limit found with it, or offer a phone visit.</source>
      <translation>A qualidade esperada da chamada é ruim (MOS estimado abaixo de {mos_fair}): o vídeo provavelmente vai congelar. Resolva o limite encontrado junto com ela, ou ofereça uma consulta por telefone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="83" />
      <source>Your upload speed limits the picture.</source>
      <translation>A sua velocidade de upload limita a imagem.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="84" />
      <source>Your upload speed is too low for a clear picture: pause other uploads and backups (photos, cloud storage) during the visit.</source>
      <translation>A sua velocidade de upload está baixa demais para uma imagem nítida: pause outros uploads e backups (fotos, armazenamento na nuvem) durante a consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="86" />
      <source>The upload limits the picture (under {video_540p_mbps} Mbit/s for 540p): ask the caller to pause uploads and backups, or to move closer to the router.</source>
      <translation>O upload limita a imagem (abaixo de {video_540p_mbps} Mbit/s para 540p): peça à pessoa que ligou para pausar uploads e backups, ou para chegar mais perto do roteador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="92" />
      <source>Some of the call's sound and picture gets lost on the way.</source>
      <translation>Parte do som e da imagem da chamada se perde no caminho.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="93" />
      <source>Some of the call's sound and picture gets lost on the way: move closer to your router, or connect with a network cable.</source>
      <translation>Parte do som e da imagem da chamada se perde no caminho: chegue mais perto do seu roteador ou conecte com um cabo de rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="95" />
      <source>Lost packets limit the call (more than {teams_loss_pct}% lost; Teams asks under 1%): usually weak Wi-Fi. Ask the caller to move closer to the router or use a cable.</source>
      <translation>Pacotes perdidos limitam a chamada (mais de {teams_loss_pct}% perdidos; o Teams pede menos de 1%): em geral, Wi-Fi fraco. Peça à pessoa que ligou para chegar mais perto do roteador ou usar um cabo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="101" />
      <source>Your connection takes long to reach the video service.</source>
      <translation>A sua conexão demora para chegar ao serviço de vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="102" />
      <source>Your connection takes long to reach the video service: connect with a network cable, and try without a VPN if you use one.</source>
      <translation>A sua conexão demora para chegar ao serviço de vídeo: conecte com um cabo de rede e, se usar VPN, tente sem ela.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="104" />
      <source>The round trip limits the call (over {teams_rtt_ms} ms; Teams asks under 100 ms): a VPN, satellite or mobile link is likely. Ask the caller to try without the VPN or on another network.</source>
      <translation>A ida e volta limita a chamada (mais de {teams_rtt_ms} ms; o Teams pede menos de 100 ms): provavelmente uma VPN, satélite ou conexão móvel. Peça à pessoa que ligou para tentar sem a VPN ou em outra rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="110" />
      <source>The delay on your connection changes a lot.</source>
      <translation>O atraso da sua conexão varia muito.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="111" />
      <source>The delay on your connection changes a lot: move closer to your router or connect with a network cable, and pause other streaming.</source>
      <translation>O atraso da sua conexão varia muito: chegue mais perto do seu roteador ou conecte com um cabo de rede, e pause outros streamings.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="113" />
      <source>Jitter limits the call (over {teams_jitter_ms} ms; Teams asks under 30 ms): usually busy or weak Wi-Fi. Ask the caller to use a cable or move closer to the router, and to pause other streaming.</source>
      <translation>A variação do atraso (jitter) limita a chamada (mais de {teams_jitter_ms} ms; o Teams pede menos de 30 ms): em geral, Wi-Fi ocupado ou fraco. Peça à pessoa que ligou para usar um cabo ou chegar mais perto do roteador, e para pausar outros streamings.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="120" />
      <source>Your connection slows down a lot when it is busy.</source>
      <translation>A sua conexão fica muito mais lenta quando está ocupada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="121" />
      <source>Your connection slows down a lot when it is busy: other streaming, downloads and backups will hurt the call. Pause them during the visit.</source>
      <translation>A sua conexão fica muito mais lenta quando está ocupada: outros streamings, downloads e backups vão atrapalhar a chamada. Pause tudo isso durante a consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="124" />
      <source>The delay rises by more than {household_increase_warn_ms} ms when the connection is busy (bufferbloat): other streaming, downloads and backups at home will hurt the call. Ask the caller to pause them during the visit and to restart the router.</source>
      <translation>O atraso aumenta mais de {household_increase_warn_ms} ms quando a conexão está ocupada (bufferbloat): outros streamings, downloads e backups em casa vão atrapalhar a chamada. Peça à pessoa que ligou para pausar tudo isso durante a consulta e para reiniciar o roteador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="131" />
      <source>We could not estimate the video call quality.</source>
      <translation>Não conseguimos estimar a qualidade da chamada de vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="132" />
      <source>The connection checks above say what they found.</source>
      <translation>Os testes de conexão acima dizem o que encontraram.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="133" />
      <source>The call quality could not be estimated: the connection check or the speed check did not measure the round trip, loss or upload (or their figures contradict each other). Read those checks' findings.</source>
      <translation>Não foi possível estimar a qualidade da chamada: o teste de conexão ou o teste de velocidade não mediu a ida e volta, a perda ou o upload (ou os números se contradizem). Leia os achados desses testes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="141" />
      <source>Your Wi-Fi signal is weak where you are.</source>
      <translation>O sinal de Wi-Fi está fraco onde você está.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="142" />
      <source>Your Wi-Fi signal is weak where you are: move closer to your router, or connect with a network cable.</source>
      <translation>O sinal de Wi-Fi está fraco onde você está: chegue mais perto do roteador ou conecte com um cabo de rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="144" />
      <source>A weak Wi-Fi signal limits the call (packets lost or late on the Wi-Fi): ask the caller to move closer to the router or to use a cable.</source>
      <translation>Um sinal de Wi-Fi fraco limita a chamada (pacotes perdidos ou atrasados no Wi-Fi): peça à pessoa que chegue mais perto do roteador ou use um cabo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="149" />
      <source>Your connection goes through a VPN, which slows down the call.</source>
      <translation>A sua conexão passa por uma VPN, o que deixa a chamada mais lenta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="150" />
      <source>Your connection goes through a VPN, which slows down the call: if you can, turn it off for the visit.</source>
      <translation>A sua conexão passa por uma VPN, o que deixa a chamada mais lenta: se puder, desligue-a durante a consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="152" />
      <source>A VPN or tunnel in the route limits the call (a long or unsteady round trip): ask the caller to try without the VPN.</source>
      <translation>Uma VPN ou um túnel na rota limita a chamada (um tempo de ida e volta longo ou instável): peça à pessoa que tente sem a VPN.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="160" />
      <source>expected call quality</source>
      <translation>qualidade esperada da chamada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="161" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="177" />
      <source>excellent</source>
      <translation>excelente</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="162" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="178" />
      <source>great</source>
      <translation>ótima</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="163" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="179" />
      <source>good</source>
      <translation>boa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="164" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="180" />
      <source>fair</source>
      <translation>regular</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="165" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="181" />
      <source>poor</source>
      <translation>ruim</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="167" />
      <source>picture the upload carries</source>
      <translation>imagem que o upload permite</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="169" />
      <source>what limits the call</source>
      <translation>o que limita a chamada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="173" />
      <source>Expected call quality</source>
      <translation>Qualidade esperada da chamada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="183" />
      <source>Picture the upload carries</source>
      <translation>Imagem que o upload permite</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="187" />
      <source>What limits the call</source>
      <translation>O que limita a chamada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="193" />
      <source>Estimated call score (MOS, 1 to 4.5)</source>
      <translation>Nota estimada da chamada (MOS, de 1 a 4.5)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="197" />
      <source>Transmission rating (R)</source>
      <translation>Índice de transmissão (R)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="200" />
      <source>Effective delay</source>
      <translation>Atraso efetivo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="202" />
      <source>Estimated call score when the connection is busy</source>
      <translation>Nota estimada da chamada com a conexão ocupada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="210" />
      <source>Your computer can't reach the video visit service.</source>
      <translation>O seu computador não consegue se conectar ao serviço de consultas por vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="211" />
      <source>Your network blocks the fastest kind of video connection, but video can still work through a backup route.</source>
      <translation>A sua rede bloqueia o tipo mais rápido de conexão de vídeo, mas o vídeo ainda pode funcionar por um caminho alternativo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="217" />
      <source>If the video is choppy during the visit, try another network (for example your home Wi-Fi instead of a work or hotel network).</source>
      <translation>Se o vídeo travar durante a consulta, tente outra rede (por exemplo, o Wi-Fi da sua casa em vez de uma rede do trabalho ou de hotel).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="220" />
      <source>Your connection is too unsteady for video right now; a phone visit may be better.</source>
      <translation>A sua conexão está instável demais para vídeo agora; uma consulta por telefone pode ser melhor.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="223" />
      <source>Your connection is a little unsteady, so the video may freeze at times.</source>
      <translation>A sua conexão está um pouco instável, então o vídeo pode congelar às vezes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="232" />
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>works</source>
      <translation>funciona</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="233" />
      <source>no answer</source>
      <translation>sem resposta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="234" />
      <source>refused us</source>
      <translation>nos recusou</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="237" />
      <source>Video relay over UDP</source>
      <translation>Retransmissão de vídeo por UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="238" />
      <source>Video relay over TCP</source>
      <translation>Retransmissão de vídeo por TCP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="239" />
      <source>Video relay over TLS</source>
      <translation>Retransmissão de vídeo por TLS</translation>
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
      <translation>uma VPN ou um túnel</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="250" />
      <source>2.4 GHz</source>
      <translation>2,4 GHz</translation>
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
      <translation>Você não precisa mudar nada por causa disso. Se o vídeo não começar durante a consulta, ligue para a linha de ajuda.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="262" />
      <source>Internet connection</source>
      <translation>Conexão com a internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="272" />
      <source>Your internet connection can reach the video visit service.</source>
      <translation>A sua conexão com a internet consegue chegar ao serviço de consultas por vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="277" />
      <source>Your computer doesn't seem to be connected to the internet.</source>
      <translation>Parece que o seu computador não está conectado à internet.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="279" />
      <source>Check that Wi-Fi is turned on and connected, or that the network cable is plugged in.</source>
      <translation>Verifique se o Wi-Fi está ligado e conectado, ou se o cabo de rede está conectado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="284" />
      <source>The computer is not connected to the internet: ask the caller to check that Wi-Fi is on and connected (or the network cable is plugged in), to restart the computer and router, and to try without a VPN.</source>
      <translation>O computador não está conectado à internet: peça à pessoa que ligou para verificar se o Wi-Fi está ligado e conectado (ou se o cabo de rede está conectado), para reiniciar o computador e o roteador, e para tentar sem VPN.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="291" />
      <source>Your Wi-Fi network wants you to sign in before you can use the internet.</source>
      <translation>A sua rede Wi-Fi pede que você entre (faça login) antes de usar a internet.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="293" />
      <source>Open your web browser and follow the steps on the page that appears (you may need to accept terms or enter a code).</source>
      <translation>Abra o seu navegador e siga os passos da página que aparecer (talvez você precise aceitar termos ou digitar um código).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="297" />
      <source>A Wi-Fi sign-in page holds back the internet: ask the caller to open a web browser, finish the steps on the page that appears, then run Preflight again.</source>
      <translation>Uma página de login do Wi-Fi está segurando a internet: peça à pessoa que ligou para abrir um navegador, terminar os passos da página que aparecer e depois fazer os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="306" />
      <source>The visit's services could not be reached: a Wi-Fi sign-in page, firewall or VPN may block them. Sign in to the Wi-Fi page, turn off the VPN, or try another network.</source>
      <translation>Não foi possível chegar aos serviços da consulta: uma página de login do Wi-Fi, um firewall ou uma VPN pode estar bloqueando. Entre na página do Wi-Fi, desligue a VPN ou tente outra rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="315" />
      <source>Security software or a network filter may be blocking secure connections. If you can, try another network (for example your phone's hotspot).</source>
      <translation>Um programa de segurança ou um filtro de rede pode estar bloqueando conexões seguras. Se puder, tente outra rede (por exemplo, o ponto de acesso do seu celular).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="321" />
      <source>Secure connections to the visit's services failed their certificate check: security software or a network filter may be intercepting them. Ask the caller to try another network, such as a phone hotspot.</source>
      <translation>As conexões seguras com os serviços da consulta não passaram na verificação do certificado: um programa de segurança ou um filtro de rede pode estar interceptando. Peça à pessoa que ligou para tentar outra rede, como o ponto de acesso de um celular.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="329" />
      <source>Your computer uses a proxy server. Ask whoever manages it to allow the video visit service.</source>
      <translation>O seu computador usa um servidor proxy. Peça a quem cuida dele para permitir o serviço de consultas por vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="331" />
      <source>The caller's computer uses a proxy server, and the visit's services could not be reached through it: whoever manages the proxy needs to allow them.</source>
      <translation>O computador da pessoa que ligou usa um servidor proxy, e não foi possível chegar aos serviços da consulta por ele: quem cuida do proxy precisa permitir esses serviços.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="340" />
      <source>Call traffic (UDP) is blocked: the call may fall back to a slower path. If video fails, try another network or ask the network's IT to allow UDP.</source>
      <translation>O tráfego da chamada (UDP) está bloqueado: a chamada pode passar para um caminho mais lento. Se o vídeo falhar, tente outra rede ou peça à equipe de informática da rede para permitir UDP.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="351" />
      <source>UDP was not tested: the STUN server in the settings ([network] stun_server) is not set or its name could not be looked up. Video may still work; if every caller sees this, check the organisation's configuration.</source>
      <translation>O UDP não foi testado: o servidor STUN das configurações ([network] stun_server) não foi definido ou não foi possível encontrar o nome dele. O vídeo ainda pode funcionar; se todas as pessoas que ligam virem isto, verifique a configuração da organização.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="361" />
      <source>The connection has a long delay (a round trip of {rtt_fail_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>A conexão tem muito atraso (ida e volta de {rtt_fail_ms} ms ou mais): use um cabo ou chegue mais perto do roteador, e reinicie o roteador se continuar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="370" />
      <source>The connection loses data ({loss_fail_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>A conexão perde dados ({loss_fail_pct}% dos pacotes ou mais): chegue mais perto do roteador Wi-Fi ou use um cabo, e pause downloads e streamings em casa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="379" />
      <source>The connection has a long delay (a round trip of {rtt_warn_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>A conexão tem muito atraso (ida e volta de {rtt_warn_ms} ms ou mais): use um cabo ou chegue mais perto do roteador, e reinicie o roteador se continuar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="388" />
      <source>The connection's delay varies a lot ({jitter_warn_ms} ms or more from one packet to the next): use a cable or move closer to the router, and pause downloads and streaming at home.</source>
      <translation>O atraso da conexão varia muito ({jitter_warn_ms} ms ou mais de um pacote para o outro): use um cabo ou chegue mais perto do roteador, e pause downloads e streamings em casa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="397" />
      <source>The connection loses data ({loss_warn_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>A conexão perde dados ({loss_warn_pct}% dos pacotes ou mais): chegue mais perto do roteador Wi-Fi ou use um cabo, e pause downloads e streamings em casa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="404" />
      <source>Your connection works, but some of the visit's services could not be found.</source>
      <translation>A sua conexão funciona, mas alguns serviços da consulta não foram encontrados.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="407" />
      <source>Internet names could not be looked up: restart the router, or try another network such as a phone hotspot.</source>
      <translation>Não foi possível encontrar os nomes da internet: reinicie o roteador ou tente outra rede, como o ponto de acesso de um celular.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="414" />
      <source>Video will work, but maybe at lower quality: your network lets it through only a slower route.</source>
      <translation>O vídeo vai funcionar, mas talvez com menos qualidade: a sua rede só deixa ele passar por um caminho mais lento.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="417" />
      <source>The video service's relay works only over TCP or TLS; UDP to it is blocked. Video will work, maybe at lower quality: if it is poor, try without a VPN or another network, or ask the network's IT to allow UDP to the relay.</source>
      <translation>O servidor de retransmissão do serviço de vídeo só funciona por TCP ou TLS; o UDP para ele está bloqueado. O vídeo vai funcionar, talvez com menos qualidade: se ficar ruim, tente sem VPN ou em outra rede, ou peça à equipe de informática da rede para permitir UDP para o servidor de retransmissão.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="425" />
      <source>Your network blocks video calls.</source>
      <translation>A sua rede bloqueia chamadas de vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="426" />
      <source>Try another network (for example your phone's hotspot), or ask for a phone visit.</source>
      <translation>Tente outra rede (por exemplo, o ponto de acesso do seu celular) ou peça uma consulta por telefone.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="428" />
      <source>The caller's network blocks the video relay on every route tried (UDP, TCP, TLS on 443) while web pages work: video cannot connect. Ask them to try another network, such as a phone hotspot, or arrange a phone visit. If many callers see this at once, check that the relay is up.</source>
      <translation>A rede da pessoa que ligou bloqueia o servidor de retransmissão de vídeo em todos os caminhos testados (UDP, TCP, TLS na porta 443), embora as páginas da web funcionem: o vídeo não consegue se conectar. Peça para ela tentar outra rede, como o ponto de acesso de um celular, ou marque uma consulta por telefone. Se muitas pessoas que ligam virem isto ao mesmo tempo, verifique se o servidor de retransmissão está funcionando.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="436" />
      <source>The video service's relay refused us, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>O servidor de retransmissão do serviço de vídeo nos recusou, então não conseguimos testar o caminho do vídeo. Este é um problema do nosso lado, não da sua rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="439" />
      <source>The video service's relay (TURN) refused Preflight: the relay credentials in the settings ([network] turn_username and turn_credential, or the service at turn_credential_url) are wrong or expired, or the relay is full. This is the organisation's infrastructure, not the caller's network: report it to IT.</source>
      <translation>O servidor de retransmissão do serviço de vídeo (TURN) recusou o Preflight: as credenciais do servidor nas configurações ([network] turn_username e turn_credential, ou o serviço em turn_credential_url) estão erradas ou vencidas, ou o servidor está cheio. Isto é da infraestrutura da organização, não da rede da pessoa que ligou: informe a equipe de informática.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="448" />
      <source>The video service's relay is not answering (it seems to be down), so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>O servidor de retransmissão do serviço de vídeo não está respondendo (parece estar fora do ar), então não conseguimos testar o caminho do vídeo. Isto não é um problema da sua rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="452" />
      <source>The video service's relay ([network] turn_servers) refused the connection: it appears to be down. Report it to IT; the caller's network is not the cause.</source>
      <translation>O servidor de retransmissão do serviço de vídeo ([network] turn_servers) recusou a conexão: parece estar fora do ar. Informe a equipe de informática; a rede da pessoa que ligou não é a causa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="459" />
      <source>The video service's relay could not be found, so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>Não foi possível encontrar o servidor de retransmissão do serviço de vídeo, então não conseguimos testar o caminho do vídeo. Isto não é um problema da sua rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="462" />
      <source>The relay's name in [network] turn_servers could not be looked up while other names could: check the name in the settings and the organisation's DNS. The caller's network is not the cause.</source>
      <translation>Não foi possível encontrar o nome do servidor de retransmissão em [network] turn_servers, embora outros nomes tenham sido encontrados: verifique o nome nas configurações e o DNS da organização. A rede da pessoa que ligou não é a causa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="469" />
      <source>We could not get a sign-in for the video service's relay, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>Não conseguimos um acesso ao servidor de retransmissão do serviço de vídeo, então não conseguimos testar o caminho do vídeo. Este é um problema do nosso lado, não da sua rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="473" />
      <source>The relay credential service ([network] turn_credential_url) gave Preflight no usable credential or relay address (unreachable, an error, or an answer without a username and password): check that service. The caller's network is not the cause.</source>
      <translation>O serviço de credenciais do servidor de retransmissão ([network] turn_credential_url) não deu ao Preflight nenhuma credencial ou endereço de servidor que pudesse ser usado (inacessível, um erro, ou uma resposta sem nome de usuário e senha): verifique esse serviço. A rede da pessoa que ligou não é a causa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="482" />
      <source>Your Wi-Fi signal is weak where you are, so the video may freeze.</source>
      <translation>O sinal de Wi-Fi está fraco onde você está, então o vídeo pode travar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="483" />
      <source>Move closer to your Wi-Fi router, or connect with a network cable if you can.</source>
      <translation>Chegue mais perto do roteador de Wi-Fi ou, se puder, conecte com um cabo de rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="485" />
      <source>The caller's Wi-Fi signal is weak ({wifi_weak_dbm} dBm or less; video calls need about -67 dBm): ask them to move closer to the router, or to use a network cable.</source>
      <translation>O sinal de Wi-Fi da pessoa está fraco ({wifi_weak_dbm} dBm ou menos; chamadas de vídeo precisam de cerca de -67 dBm): peça que ela chegue mais perto do roteador ou use um cabo de rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="492" />
      <source>Your connection goes through a VPN, which can slow down the video.</source>
      <translation>A sua conexão passa por uma VPN, o que pode deixar o vídeo mais lento.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="493" />
      <source>If you can, turn off the VPN for the visit, then {check_again}.</source>
      <translation>Se puder, desligue a VPN durante a consulta e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="494" />
      <source>The caller's traffic goes through a VPN or tunnel, and the connection is slow or unsteady: ask them to try without the VPN (or with a split tunnel for the video service).</source>
      <translation>O tráfego da pessoa passa por uma VPN ou um túnel, e a conexão está lenta ou instável: peça que ela tente sem a VPN (ou com um túnel dividido para o serviço de vídeo).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="503" />
      <source>Your Wi-Fi uses the slower 2.4 GHz band.</source>
      <translation>O seu Wi-Fi usa a faixa de 2,4 GHz, que é mais lenta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="505" />
      <source>If your router also offers a 5 GHz network (its name often ends in "5G"), connect to that one: it is usually faster and steadier.</source>
      <translation>Se o seu roteador também oferece uma rede de 5 GHz (o nome costuma terminar em “5G”), conecte-se a ela: costuma ser mais rápida e estável.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="516" />
      <location filename="../../src/preflight/support/code_v2.py" line="71" />
      <source>UDP loss</source>
      <translation>perda de UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="518" />
      <location filename="../../src/preflight/support/code_v2.py" line="73" />
      <source>UDP round trip</source>
      <translation>ida e volta de UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="524" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="597" />
      <source>Relay round trip</source>
      <translation>Ida e volta até o servidor de retransmissão</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="528" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="603" />
      <source>Wi-Fi signal</source>
      <translation>Sinal de Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="530" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="607" />
      <source>Wi-Fi band</source>
      <translation>Faixa do Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="532" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="610" />
      <source>Wi-Fi link rate</source>
      <translation>Velocidade do link Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="534" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="613" />
      <source>VPN or tunnel in the route</source>
      <translation>VPN ou túnel na rota</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="539" />
      <source>Names looked up (DNS)</source>
      <translation>Nomes encontrados (DNS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="541" />
      <source>Visit services reached</source>
      <translation>Serviços da consulta alcançados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="543" />
      <source>Services not reached</source>
      <translation>Serviços não alcançados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="545" />
      <source>Proxy server in use</source>
      <translation>Servidor proxy em uso</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="547" />
      <source>Wi-Fi sign-in page</source>
      <translation>Página de login do Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="550" />
      <source>Fast video connection (UDP)</source>
      <translation>Conexão rápida de vídeo (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="552" />
      <source>Public address found</source>
      <translation>Endereço público encontrado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="555" />
      <source>Round trip (UDP)</source>
      <translation>Ida e volta (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="557" />
      <source>Delay variation (UDP)</source>
      <translation>Variação do atraso (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="559" />
      <source>Data lost (UDP)</source>
      <translation>Dados perdidos (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="561" />
      <source>Backup route for video (TCP 443)</source>
      <translation>Caminho alternativo para o vídeo (TCP 443)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="571" />
      <source>Relay round trip (UDP)</source>
      <translation>Ida e volta até o servidor de retransmissão (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="574" />
      <source>Relay data lost (UDP)</source>
      <translation>Dados perdidos no servidor de retransmissão (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="576" />
      <source>Relay problem (UDP)</source>
      <translation>Problema no servidor de retransmissão (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="582" />
      <source>Relay round trip (TCP)</source>
      <translation>Ida e volta até o servidor de retransmissão (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="584" />
      <source>Relay data lost (TCP)</source>
      <translation>Dados perdidos no servidor de retransmissão (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="586" />
      <source>Relay problem (TCP)</source>
      <translation>Problema no servidor de retransmissão (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="591" />
      <source>Relay round trip (TLS)</source>
      <translation>Ida e volta até o servidor de retransmissão (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="593" />
      <source>Relay data lost (TLS)</source>
      <translation>Dados perdidos no servidor de retransmissão (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="595" />
      <source>Relay problem (TLS)</source>
      <translation>Problema no servidor de retransmissão (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="600" />
      <source>Relay test time</source>
      <translation>Tempo do teste de retransmissão</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="777" />
      <source>Checking your internet connection…</source>
      <translation>Verificando a sua conexão com a internet…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="10" />
      <source>If you're on a work network or VPN, try without it.</source>
      <translation>Se você está em uma rede do trabalho ou usa VPN, tente sem ela.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="11" />
      <source>Restart your computer and router, then {check_again}.</source>
      <translation>Reinicie o seu computador e o roteador, e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="12" />
      <source>Move closer to your router, or connect with a network cable if you can.</source>
      <translation>Chegue mais perto do roteador ou, se puder, conecte com um cabo de rede.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="13" />
      <source>Pause other downloads or streaming (TV, games, backups) during the visit.</source>
      <translation>Pause outros downloads ou streamings (TV, jogos, backups) durante a consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="18" />
      <source>Connection</source>
      <translation>Conexão</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="19" />
      <source>We are measuring your internet connection. This started when you pressed Start.</source>
      <translation>Estamos medindo a sua conexão com a internet. Isso começou quando você clicou em Começar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1736" />
      <source>Finding a speed test server…</source>
      <translation>Procurando um servidor de teste de velocidade…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1775" />
      <source>Measuring download speed…</source>
      <translation>Medindo a velocidade de download…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1792" />
      <source>Measuring upload speed…</source>
      <translation>Medindo a velocidade de upload…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="42" />
      <source>Your '{device}' microphone works.</source>
      <translation>O seu microfone '{device}' funciona.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="43" />
      <source>Choose '{device}' as your microphone, then {check_again}.</source>
      <translation>Escolha '{device}' como o seu microfone e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="44" />
      <source>Another microphone works: ask the caller to choose it in the list, then check again.</source>
      <translation>Outro microfone funciona: peça à pessoa que ligou para escolher esse microfone na lista e depois verificar de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="48" />
      <source>Your '{device}' camera works.</source>
      <translation>A sua câmera '{device}' funciona.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="49" />
      <source>Choose '{device}' as your camera, then {check_again}.</source>
      <translation>Escolha '{device}' como a sua câmera e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="50" />
      <source>Another camera works: ask the caller to choose it in the list, then check again.</source>
      <translation>Outra câmera funciona: peça à pessoa que ligou para escolher essa câmera na lista e depois verificar de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="54" />
      <source>Your computer can play sound on '{device}'.</source>
      <translation>O seu computador consegue tocar som em '{device}'.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="55" />
      <source>Choose '{device}' as your speakers, then {check_again}.</source>
      <translation>Escolha '{device}' como os seus alto-falantes e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="56" />
      <source>Sound can play on another output: ask the caller to choose it in the list, then check again.</source>
      <translation>O som consegue tocar em outra saída: peça à pessoa que ligou para escolher essa saída na lista e depois verificar de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="68" />
      <source>Another device that works</source>
      <translation>Outro dispositivo que funciona</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="71" />
      <source>Devices tried</source>
      <translation>Dispositivos testados</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>does not work</source>
      <translation>não funciona</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="36" />
      <source>Your computer is short of resources. A restart is recommended.</source>
      <translation>Faltam recursos no seu computador. Recomendamos reiniciar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="38" />
      <source>Restart your computer shortly before your visit: it frees memory and gives the video call the most bandwidth. Then open only what you need for the visit.</source>
      <translation>Reinicie o seu computador pouco antes da consulta: isso libera memória e deixa o máximo de conexão para a chamada de vídeo. Depois abra só o que precisar para a consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="40" />
      <source>If you can't restart now, close these programs: {programs}.</source>
      <translation>Se não puder reiniciar agora, feche estes programas: {programs}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="136" />
      <location filename="../../src/preflight/checks/system.py" line="187" />
      <source>Computer</source>
      <translation>Computador</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="144" />
      <source>Your computer has enough free resources for a video visit.</source>
      <translation>O seu computador tem recursos livres suficientes para uma consulta por vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="152" />
      <source>Ask the caller to restart the computer shortly before the visit, then open only what the visit needs.</source>
      <translation>Peça à pessoa que ligou para reiniciar o computador pouco antes da consulta e depois abrir só o que a consulta precisa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="157" />
      <source>Other programs are using {others_cpu}% of the processor.</source>
      <translation>Outros programas estão usando {others_cpu}% do processador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="158" />
      <source>Only {gb} GB of memory is free.</source>
      <translation>Só {gb} GB de memória estão livres.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="160" />
      <source>{memory_used_percent}% of the memory is in use.</source>
      <translation>{memory_used_percent}% da memória está em uso.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="162" />
      <source>The computer is short of memory and is using the disk instead.</source>
      <translation>Falta memória no computador, e ele está usando o disco no lugar dela.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="163" />
      <source>Your computer has been on for {days} days.</source>
      <translation>O seu computador está ligado há {days} dias.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="164" />
      <source>Your computer has been on for {days} day.</source>
      <translation>O seu computador está ligado há {days} dia.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="170" />
      <source>Your battery is low. Plug in your charger.</source>
      <translation>A sua bateria está fraca. Conecte o carregador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="171" />
      <source>Your battery is at {battery_percent}%. Plug in your charger so the computer doesn't switch off during the visit.</source>
      <translation>A sua bateria está em {battery_percent}%. Conecte o carregador para o computador não desligar durante a consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="173" />
      <source>The battery is low: plug in the charger.</source>
      <translation>A bateria está fraca: conecte o carregador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="178" />
      <source>Your computer is ready, but its disk is almost full.</source>
      <translation>O seu computador está pronto, mas o disco está quase cheio.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="179" />
      <source>Your disk has only {gb} GB free. Delete or move some large files (videos, downloads) if you can.</source>
      <translation>O seu disco tem só {gb} GB livres. Se puder, apague ou mova alguns arquivos grandes (vídeos, downloads).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="181" />
      <source>The disk is almost full: ask the caller to delete or move large files after the visit.</source>
      <translation>O disco está quase cheio: peça à pessoa que ligou para apagar ou mover arquivos grandes depois da consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="188" />
      <source>We are checking that your computer has enough free memory and processor time for video.</source>
      <translation>Estamos verificando se o seu computador tem memória livre e processador suficientes para vídeo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="192" />
      <source>{value} GB of memory free</source>
      <translation>{value} GB de memória livre</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="193" />
      <source>less than 1 GB of memory free</source>
      <translation>menos de 1 GB de memória livre</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for 1 day</source>
      <translation>ligado há 1 dia</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for {value} days</source>
      <translation>ligado há {value} dias</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="195" />
      <source>started today</source>
      <translation>ligado hoje</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="196" />
      <source>other programs use {value}% of the processor</source>
      <translation>outros programas usam {value}% do processador</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="197" />
      <source>the processor is free</source>
      <translation>o processador está livre</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="199" />
      <location filename="../../src/preflight/support/code_v1.py" line="132" />
      <source>plugged in</source>
      <translation>no carregador</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="200" />
      <source>on battery, {battery_percent}% charged</source>
      <translation>na bateria, com {battery_percent}% de carga</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="124" />
      <location filename="../../src/preflight/support/code_v2.py" line="97" />
      <source>free memory</source>
      <translation>memória livre</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="215" />
      <location filename="../../src/preflight/support/code_v1.py" line="126" />
      <location filename="../../src/preflight/support/code_v2.py" line="99" />
      <source>time since last restart</source>
      <translation>tempo desde o último reinício</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="216" />
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <location filename="../../src/preflight/support/code_v2.py" line="100" />
      <source>days</source>
      <translation>dias</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="220" />
      <source>Processor used by other programs</source>
      <translation>Processador usado por outros programas</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="223" />
      <source>Processors</source>
      <translation>Processadores</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="225" />
      <source>Memory installed</source>
      <translation>Memória instalada</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="227" />
      <source>Free memory</source>
      <translation>Memória livre</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="229" />
      <source>Memory in use</source>
      <translation>Memória em uso</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="230" />
      <source>Memory on the disk (swap) in use</source>
      <translation>Memória no disco (swap) em uso</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <source>Time since last restart</source>
      <translation>Tempo desde o último reinício</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="234" />
      <source>Battery charge</source>
      <translation>Carga da bateria</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="236" />
      <source>Running on battery</source>
      <translation>Usando a bateria</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="238" />
      <source>Free disk space</source>
      <translation>Espaço livre no disco</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="240" />
      <source>Programs using the most processor</source>
      <translation>Programas que mais usam o processador</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="243" />
      <source>Programs using the most memory</source>
      <translation>Programas que mais usam a memória</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="246" />
      <source>Programs you could close</source>
      <translation>Programas que você pode fechar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="342" />
      <source>Measuring how busy your computer is…</source>
      <translation>Medindo o quanto o seu computador está ocupado…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="183" />
      <source>Stopped.</source>
      <translation>Parado.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="303" />
      <source>Cameras:</source>
      <translation>Câmeras:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="304" />
      <source>Microphones:</source>
      <translation>Microfones:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="305" />
      <source>Speakers:</source>
      <translation>Alto-falantes:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="310" />
      <source>(none found)</source>
      <translation>(nenhum encontrado)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="312" />
      <source>(default)</source>
      <translation>(padrão)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="315" />
      <source>Note: {problem}</source>
      <translation>Observação: {problem}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="339" />
      <source>Checking {check}…</source>
      <extracomment>{check} is a check's name in lower case, e.g. "computer".</extracomment>
      <translation>Verificando: {check}…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="364" />
      <source>y, yes</source>
      <extracomment>words typed for YES at the terminal, comma-separated; first one shown: "sí, si, s"</extracomment>
      <translation>sim, s</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="366" />
      <source>n, no</source>
      <extracomment>words typed for NO at the terminal, comma-separated; first one shown: "no, n"</extracomment>
      <translation>não, nao, n</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="482" />
      <source>Stopped. Nothing was changed on your computer.</source>
      <translation>Parado. Nada foi alterado no seu computador.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="487" />
      <source>Preflight could not run the checks.</source>
      <translation>O Preflight não conseguiu fazer os testes.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="581" />
      <source>Report saved to {path}</source>
      <translation>Relatório salvo em {path}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="594" />
      <source>Preflight for {organisation}</source>
      <translation>Preflight para {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="601" />
      <source>Devices tried:</source>
      <translation>Dispositivos testados:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="608" />
      <location filename="../../src/preflight/support/reports.py" line="221" />
      <source>We recommend restarting your computer shortly before your visit:</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Recomendamos reiniciar o seu computador pouco antes da consulta:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="615" />
      <source>Need help? Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): the number stays as written.</extracomment>
      <translation>Precisa de ajuda? Ligue para {label}: {phone}, {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="629" />
      <source>Support code (read this to the help desk): {code}</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code</extracomment>
      <translation>Código de suporte (leia para o suporte técnico): {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="25" />
      <source>No display found: the Preflight window cannot open here. Run 'preflight check' to check your computer in the terminal.</source>
      <translation>Nenhuma tela encontrada: a janela do Preflight não pode abrir aqui. Execute 'preflight check' para verificar o seu computador no terminal.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="29" />
      <source>The Preflight window cannot open here: the system's display libraries did not load (the log says which). Run 'preflight check' to check your computer in the terminal.</source>
      <translation>A janela do Preflight não pode abrir aqui: as bibliotecas de tela do sistema não carregaram (o registro diz quais). Execute 'preflight check' para verificar o seu computador no terminal.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="359" />
      <source>The {check} check could not finish: ask the caller to run Preflight again; if it happens again, ask them to send the report and the log ('preflight logs' shows where it is).</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>O teste de {check} não conseguiu terminar: peça à pessoa que ligou para fazer os testes do Preflight de novo; se acontecer de novo, peça para ela enviar o relatório e o registro ('preflight logs' mostra onde ele está).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="363" />
      <source>The run was stopped early: ask the caller to run Preflight again.</source>
      <translation>A verificação foi interrompida antes do fim: peça à pessoa que ligou para fazer os testes do Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="371" />
      <source>The {check} check took too long and was stopped.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>O teste de {check} demorou demais e foi interrompido.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="373" />
      <source>Close other programs that may be using it, then {check_again}.</source>
      <translation>Feche outros programas que possam estar usando isso e depois {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="382" />
      <source>Something went wrong while checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>Algo deu errado no teste de {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="392" />
      <source>The {check} check could not start: part of Preflight is missing or damaged.</source>
      <translation>O teste de {check} não conseguiu começar: falta uma parte do Preflight ou ela está danificada.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="393" />
      <source>Reinstall Preflight, or call the support line below.</source>
      <translation>Instale o Preflight de novo ou ligue para a linha de ajuda abaixo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="394" />
      <source>Part of Preflight is missing on the caller's computer: ask them to reinstall it.</source>
      <translation>Falta uma parte do Preflight no computador da pessoa que ligou: peça para ela instalar de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="400" />
      <source>Not finished: the check was stopped.</source>
      <translation>Não terminado: o teste foi interrompido.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="406" />
      <source>Not checked: the check was stopped before it started.</source>
      <translation>Não verificado: o teste foi interrompido antes de começar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="419" />
      <source>Error type</source>
      <translation>Tipo de erro</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="427" />
      <source>Time limit</source>
      <translation>Tempo limite</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="24" />
      <source>Ready</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Pronto</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="25" />
      <source>Check this</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Verifique isto</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="27" />
      <source>Could not check</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Não foi possível verificar</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="28" />
      <source>Not checked</source>
      <translation>Não verificado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="29" />
      <location filename="../../src/preflight/restart/state.py" line="172" />
      <source>Checking…</source>
      <translation>Verificando…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="30" />
      <source>Not started</source>
      <translation>Não iniciado</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="41" />
      <source>We found no problem with your {check}.</source>
      <extracomment>SAFETY: never more certain than the English; {check}: e.g. "video calls".</extracomment>
      <translation>Não encontramos nenhum problema no teste de {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="43" />
      <source>We found something to improve with your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>Encontramos algo a melhorar no teste de {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="45" />
      <source>We found a problem with your {check}.</source>
      <extracomment>SAFETY: plainly a problem; {check}: a check's name, e.g. "camera".</extracomment>
      <translation>Encontramos um problema no teste de {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="47" />
      <source>We could not finish checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>Não conseguimos terminar o teste de {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="49" />
      <source>We did not check your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>Não fizemos o teste de {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="124" />
      <source>Almost done: still checking…</source>
      <translation>Quase lá: ainda verificando…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="131" />
      <source>Let's get you some help</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Vamos conseguir ajuda para você</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="134" />
      <source>You're ready for your visit</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Tudo pronto para a sua consulta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="138" />
      <source>Not every check finished: please check again</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Nem todos os testes terminaram: por favor, verifique de novo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="141" />
      <source>Almost ready: 1 thing to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Quase tudo pronto: 1 coisa para resolver</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="144" />
      <source>Almost ready: {count} things to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Quase tudo pronto: {count} coisas para resolver</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="149" />
      <source>Everything we checked is working. See you at your visit.</source>
      <translation>Tudo o que verificamos está funcionando. Até a sua consulta.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="150" />
      <source>Your visit can probably go ahead. Fixing these makes it go better.</source>
      <translation>A sua consulta provavelmente pode acontecer. Resolver estes pontos vai deixá-la melhor.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="151" />
      <source>Something needs fixing before your visit. Try the steps below, or call us: we can help.</source>
      <translation>Algo precisa ser resolvido antes da sua consulta. Tente os passos abaixo, ou ligue para nós: podemos ajudar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="154" />
      <source>Some checks are still running. This page updates by itself.</source>
      <translation>Alguns testes ainda estão em andamento. Esta página se atualiza sozinha.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="179" />
      <source>{device} (the one chosen)</source>
      <extracomment>{device} is a device's name, e.g. "USB headset".</extracomment>
      <translation>{device} (o escolhido)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>Press Check again</source>
      <translation>Clique em Verificar de novo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>press Check again</source>
      <translation>clique em Verificar de novo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>Run 'preflight check' again</source>
      <translation>Execute 'preflight check' de novo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>run 'preflight check' again</source>
      <translation>execute 'preflight check' de novo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/devices_scan.py" line="28" />
      <source>Could not look for devices ({error}).</source>
      <translation>Não foi possível procurar os dispositivos ({error}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="25" />
      <source>Preflight could not set itself to open again after the restart, so it did not restart your computer. You can restart it yourself the usual way, then open Preflight again.</source>
      <translation>O Preflight não conseguiu se preparar para abrir de novo depois de reiniciar, então não reiniciou o seu computador. Você pode reiniciar do jeito de sempre e depois abrir o Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="29" />
      <source>Your computer did not restart. If you still want to, save your work and press Restart now again.</source>
      <translation>O seu computador não reiniciou. Se ainda quiser, salve o seu trabalho e clique em Reiniciar agora de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="33" />
      <source>Preflight is already open: its window has been brought to the front.</source>
      <translation>O Preflight já está aberto: a janela dele foi trazida para a frente.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="37" />
      <source>Preflight is already open in another window. Please use that window.</source>
      <translation>O Preflight já está aberto em outra janela. Use aquela janela, por favor.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="40" />
      <source>Save your work. Your computer will restart, and Preflight will open again by itself to check once more.</source>
      <translation>Salve o seu trabalho. O seu computador vai reiniciar, e o Preflight vai abrir de novo sozinho para verificar mais uma vez.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="52" />
      <source>Your computer did not let Preflight restart it (it may need an administrator). Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>O seu computador não deixou o Preflight reiniciar (talvez precise de um administrador). Salve o seu trabalho, reinicie o computador do jeito de sempre e depois abra o Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="56" />
      <source>Preflight could not ask your computer to restart. Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>O Preflight não conseguiu pedir ao seu computador para reiniciar. Salve o seu trabalho, reinicie o computador do jeito de sempre e depois abra o Preflight de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="60" />
      <source>Your computer is restarting. Preflight will open again by itself when you are back.</source>
      <translation>O seu computador está reiniciando. O Preflight vai abrir de novo sozinho quando você voltar.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="169" />
      <source>Better now</source>
      <translation>Melhor agora</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="170" />
      <source>Still a problem</source>
      <translation>Ainda é um problema</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="171" />
      <source>Fine</source>
      <translation>Tudo bem</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="174" />
      <source>Welcome back</source>
      <translation>Que bom ter você de volta</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="175" />
      <source>Preflight opened again by itself. It is checking your computer once more, to see whether the restart helped.</source>
      <translation>O Preflight abriu de novo sozinho. Ele está verificando o seu computador mais uma vez, para ver se reiniciar ajudou.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="177" />
      <source>Your computer has not restarted since you pressed Restart now, so these numbers are from before a restart. Preflight is checking again anyway.</source>
      <translation>O seu computador não reiniciou desde que você clicou em Reiniciar agora, então estes números são de antes de reiniciar. O Preflight está verificando de novo mesmo assim.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="181" />
      <source>The restart helped: what it was meant to fix is fine now.</source>
      <translation>Reiniciar ajudou: o que era para resolver agora está bem.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="182" />
      <source>The restart helped with some of it. What is still a problem is marked below.</source>
      <translation>Reiniciar ajudou em parte. O que ainda é um problema está marcado abaixo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="184" />
      <source>The restart did not fix this. The computer step shows what else you can do.</source>
      <translation>Reiniciar não resolveu isto. A etapa do computador mostra o que mais você pode fazer.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="186" />
      <source>Your computer is fine.</source>
      <translation>O seu computador está bem.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="187" />
      <source>Checking your computer again…</source>
      <translation>Verificando o seu computador de novo…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="188" />
      <source>Preflight could not check your computer again. Press Continue to go on.</source>
      <translation>O Preflight não conseguiu verificar o seu computador de novo. Clique em Continuar para seguir.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="73" />
      <source>This code has a typo — ask the caller to read it again.</source>
      <translation>Este código tem um erro de digitação — peça à pessoa que ligou para ler de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="74" />
      <location filename="../../src/preflight/support/code_v1.py" line="157" />
      <source>This is not a Preflight support code. Ask the caller to read it again.</source>
      <translation>Este não é um código de suporte do Preflight. Peça à pessoa que ligou para ler de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="145" />
      <location filename="../../src/preflight/support/code.py" line="148" />
      <source>Please enter the support code.</source>
      <translation>Digite o código de suporte, por favor.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="154" />
      <source>Support codes never contain “{character}”: ask the caller to read the code again.</source>
      <translation>Os códigos de suporte nunca têm “{character}”: peça à pessoa que ligou para ler o código de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="182" />
      <source>This code comes from a newer version of Preflight (code format {version}). Update Preflight on this computer to read it, or ask the caller to send the report.</source>
      <translation>Este código vem de uma versão mais nova do Preflight (formato do código {version}). Atualize o Preflight neste computador para ler o código, ou peça à pessoa que ligou para enviar o relatório.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="204" />
      <source>This code is too short: it has {count} of {length} characters. Ask the caller to read it again.</source>
      <translation>Este código é curto demais: tem {count} de {length} caracteres. Peça à pessoa que ligou para ler de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="207" />
      <source>This code is too long: it has {count} characters, support codes have {length}. Ask the caller to read it again.</source>
      <translation>Este código é longo demais: tem {count} caracteres, e os códigos de suporte têm {length}. Peça à pessoa que ligou para ler de novo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="277" />
      <source>This code comes from Preflight {theirs}, whose checks differ from this Preflight's ({ours}). Ask the caller to send the report instead.</source>
      <translation>Este código vem do Preflight {theirs}, com testes diferentes dos deste Preflight ({ours}). Peça à pessoa que ligou para enviar o relatório.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="129" />
      <location filename="../../src/preflight/support/code_layout.py" line="296" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="133" />
      <source>under {edge}{unit}</source>
      <translation>abaixo de {edge}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="136" />
      <source>{edge}{unit} or more</source>
      <translation>{edge}{unit} ou mais</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="140" />
      <source>{low} to {high}{unit}</source>
      <translation>de {low} a {high}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="100" />
      <source>call traffic (UDP) lost</source>
      <translation>tráfego da chamada (UDP) perdido</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="101" />
      <source>names look up (DNS)</source>
      <translation>busca de nomes (DNS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="102" />
      <source>visit services reachable</source>
      <translation>serviços da consulta alcançáveis</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="105" />
      <source>distorted (too loud)</source>
      <translation>distorcido (alto demais)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="116" />
      <source>speakers heard by the microphone (echo)</source>
      <translation>alto-falantes captados pelo microfone (eco)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="117" />
      <source>picture size</source>
      <translation>tamanho da imagem</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="121" />
      <source>face seen</source>
      <translation>rosto visto</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="122" />
      <source>processor used by other programs</source>
      <translation>processador usado por outros programas</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="128" />
      <source>battery</source>
      <translation>bateria</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="131" />
      <source>no battery, or unknown</source>
      <translation>sem bateria, ou desconhecido</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="133" />
      <source>on battery, enough charge</source>
      <translation>na bateria, carga suficiente</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="134" />
      <source>on battery, low</source>
      <translation>na bateria, carga baixa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="39" />
      <source>Read from a support code.</source>
      <translation>Lido de um código de suporte.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="41" />
      <source>{title}: a problem was found. Ask the caller what the screen says and follow its advice.</source>
      <translation>{title}: foi encontrado um problema. Pergunte à pessoa que ligou o que a tela diz e siga os conselhos dela.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="174" />
      <source>Support code {code}</source>
      <translation>Código de suporte {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="175" />
      <source>Preflight {version}, code format {format}</source>
      <translation>Preflight {version}, formato do código {format}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="180" />
      <source>This is Preflight {ours}: if its checks differ from the caller's, ask the caller to send the report instead.</source>
      <translation>Este é o Preflight {ours}: se os testes dele forem diferentes dos da pessoa que ligou, peça para ela enviar o relatório.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="184" />
      <location filename="../../src/preflight/support/reports.py" line="232" />
      <source>Overall: {verdict}</source>
      <translation>Resultado geral: {verdict}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="193" />
      <location filename="../../src/preflight/support/reports.py" line="195" />
      <source>Findings: {ids}</source>
      <translation>Achados: {ids}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="201" />
      <source>Likely fixes:</source>
      <translation>Soluções prováveis:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="204" />
      <source>Nothing to fix.</source>
      <translation>Nada para resolver.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="51" />
      <source>Preflight report</source>
      <translation>Relatório do Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>no</source>
      <translation>não</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>yes</source>
      <translation>sim</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="209" />
      <source>Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>Ligue para {label}: {phone}, {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="215" />
      <source>Checked on {when} with Preflight {version}</source>
      <translation>Verificado em {when} com o Preflight {version}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="228" />
      <source>Preflight report for {organisation}</source>
      <translation>Relatório do Preflight para {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="247" />
      <source>Support code: {code}</source>
      <translation>Código de suporte: {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="339" />
      <source>Support code</source>
      <translation>Código de suporte</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="341" />
      <source>If you call for help, read this code to the help desk:</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code stays as it is.</extracomment>
      <translation>Se você ligar pedindo ajuda, leia este código para o suporte técnico:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="346" />
      <source>Need help?</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>Precisa de ajuda?</translation>
    </message>
  </context>
</TS>
