<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AskDialog</name>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="18" />
      <source>A quick question</source>
      <translation>一个简单的问题</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="26" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="27" />
      <source>No</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>CheckStepView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="227" />
      <source>What to do now</source>
      <translation>现在该做什么</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="247" />
      <source>Progress</source>
      <translation>进度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="274" />
      <source>Camera picture</source>
      <translation>摄像头画面</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="277" />
      <source>Tip about your picture</source>
      <translation>关于画面的提示</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="282" />
      <source>Play back my voice</source>
      <translation>播放我的声音</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="283" />
      <source>Plays what the microphone recorded, so you can hear how you sound.</source>
      <translation>播放麦克风录下的声音，让您听听自己的声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="288" />
      <source>Play test sound</source>
      <translation>播放测试声音</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="289" />
      <source>Plays a short chime on your speakers.</source>
      <translation>在您的扬声器上播放一声短促的提示音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="301" />
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Show details</source>
      <translation>显示详细信息</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="302" />
      <source>Shows the measurements behind this result.</source>
      <translation>显示这个结果背后的测量数据。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Back</source>
      <translation>返回</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Go to the previous step.</source>
      <translation>回到上一步。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stop checking</source>
      <translation>停止检查</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stops the check that is running.</source>
      <translation>停止正在进行的检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Go to the next step.</source>
      <translation>进入下一步。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Next</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Hide details</source>
      <translation>隐藏详细信息</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="434" />
      <source>Before your visit</source>
      <translation>就诊前</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="435" />
      <source>Tick each item when it is done. Your ticks are kept on this computer until tomorrow.</source>
      <translation>每完成一项请打勾。您的勾选会保存在这台电脑上，直到明天。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="454" />
      <source>Back to results</source>
      <translation>返回结果</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="455" />
      <source>Help and phone numbers</source>
      <translation>帮助和电话号码</translation>
    </message>
  </context>
  <context>
    <name>HelpDeskView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="532" />
      <source>Help-desk mode</source>
      <translation>服务台模式</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="534" />
      <source>Run all checks</source>
      <translation>运行所有检查</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="535" />
      <source>Run selected check</source>
      <translation>运行所选检查</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stops every running check.</source>
      <translation>停止所有正在进行的检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="537" />
      <source>Back to patient view</source>
      <translation>返回患者界面</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="560" />
      <source>Find devices</source>
      <translation>查找设备</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="561" />
      <source>Looks for cameras, microphones and speakers.</source>
      <translation>查找摄像头、麦克风和扬声器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="583" />
      <source>All checks</source>
      <translation>所有检查</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Measurement</source>
      <translation>测量项目</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="599" />
      <source>Measurements of the selected check</source>
      <translation>所选检查的测量结果</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="605" />
      <source>Live log</source>
      <translation>实时日志</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="606" />
      <source>The live log appears here.</source>
      <translation>实时日志会显示在这里。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="613" />
      <source>View what the patient saw: paste their report (JSON) or support code.</source>
      <translation>查看患者看到的内容：粘贴他们的报告（JSON）或支持代码。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="616" />
      <source>Report or support code</source>
      <translation>报告或支持代码</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="622" />
      <source>Show this report</source>
      <translation>显示这份报告</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="623" />
      <source>Show this computer again</source>
      <translation>重新显示这台电脑</translation>
    </message>
  </context>
  <context>
    <name>HelpView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="466" />
      <source>Help</source>
      <translation>帮助</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="469" />
      <source>Other numbers</source>
      <translation>其他电话号码</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="475" />
      <source>Questions about cost and billing</source>
      <translation>关于费用和账单的问题</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="485" />
      <source>Back</source>
      <translation>返回</translation>
    </message>
  </context>
  <context>
    <name>HotlineCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="148" />
      <source>Need help? Call us.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>需要帮助？请打电话给我们。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="159" />
      <source>Phone number: %1</source>
      <translation>电话号码：%1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="168" />
      <source>Help line</source>
      <translation>帮助热线</translation>
    </message>
  </context>
  <context>
    <name>LevelMeter</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="276" />
      <source>Microphone level</source>
      <translation>麦克风音量</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="277" />
      <location filename="../../src/preflight/gui/widgets.py" line="284" />
      <source>We can't hear you yet.</source>
      <translation>我们还听不到您的声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="286" />
      <source>We hear you, but quietly.</source>
      <translation>我们听到了您的声音，但声音较小。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="287" />
      <source>We hear you well.</source>
      <translation>我们能清楚地听到您的声音。</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="36" />
      <source>We can't see a picture. Is something covering the camera?</source>
      <translation>我们看不到画面。是不是有东西挡住了摄像头？</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="40" />
      <source>It's a bit dark. Turn on a light in front of you.</source>
      <translation>有点暗。请打开您前面的灯。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="42" />
      <source>It's very bright. Move away from direct sunlight.</source>
      <translation>太亮了。请避开阳光直射。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="45" />
      <source>There is bright light behind you. Face the light instead.</source>
      <translation>您身后有强光。请改为面向光源。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="47" />
      <source>Move so your face is in the middle of the picture.</source>
      <translation>请移动一下，让您的脸在画面中间。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="48" />
      <source>The picture looks good.</source>
      <translation>画面看起来很好。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="239" />
      <source>We could not play your recording. Check your speakers and try again.</source>
      <translation>我们无法播放您的录音。请检查扬声器，然后再试一次。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/preflight/gui/main_window.py" line="54" />
      <source>Preflight: get ready for your virtual visit</source>
      <translation>Preflight：为线上就诊做好准备</translation>
    </message>
  </context>
  <context>
    <name>OtherDeviceRow</name>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="29" />
      <source>Use this one</source>
      <translation>使用这个</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="44" />
      <source>Use this one: %1</source>
      <translation>使用这个：%1</translation>
    </message>
  </context>
  <context>
    <name>Preflight</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="497" />
      <source>When it is time for your visit:</source>
      <translation>到了就诊时间时：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="506" />
      <source>Sign in to your patient portal:</source>
      <translation>登录您的患者门户：</translation>
    </message>
  </context>
  <context>
    <name>PrivacyRow</name>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="89" />
      <source>Open camera settings</source>
      <translation>打开摄像头设置</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="90" />
      <source>Open microphone settings</source>
      <translation>打开麦克风设置</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="94" />
      <source>When you come back to this window, we will check again.</source>
      <translation>您回到这个窗口时，我们会重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="120" />
      <source>We could not open the settings. Please follow the steps above.</source>
      <translation>我们无法打开设置。请按照上面的步骤操作。</translation>
    </message>
  </context>
  <context>
    <name>RestartCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="182" />
      <source>Restart your computer before your visit</source>
      <extracomment>SAFETY (restart): the card's heading.</extracomment>
      <translation>就诊前请重启电脑</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="185" />
      <source>Restarting shortly before your visit frees memory and gives the video call the most bandwidth.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>在就诊前不久重启电脑，可以释放内存，让视频通话获得最多的带宽。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="193" />
      <location filename="../../src/preflight/gui/widgets.py" line="195" />
      <source>Restart now</source>
      <translation>现在重启</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="196" />
      <source>Asks first. Then restarts your computer, and Preflight opens again by itself.</source>
      <translation>会先询问您。然后重启电脑，Preflight 会自动重新打开。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="204" />
      <source>Restart</source>
      <translation>重启</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="208" />
      <source>Restart recommended</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>建议重启</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="215" />
      <source>Save your work first. Restart now restarts your computer, and Preflight opens again by itself to check once more.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>请先保存您的工作。点击“现在重启”会重启电脑，Preflight 会自动重新打开，再检查一次。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="217" />
      <source>Save your work first. Preflight will not restart your computer for you. After restarting, open Preflight again to check once more.</source>
      <extracomment>SAFETY</extracomment>
      <translation>请先保存您的工作。Preflight 不会替您重启电脑。重启后，请再次打开 Preflight 再检查一次。</translation>
    </message>
  </context>
  <context>
    <name>RestartConfirmDialog</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="48" />
      <location filename="../../src/preflight/gui/restart_flow.py" line="66" />
      <source>Restart now?</source>
      <translation>现在重启吗？</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="56" />
      <source>Restart now</source>
      <translation>现在重启</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="57" />
      <source>Not now</source>
      <translation>以后再说</translation>
    </message>
  </context>
  <context>
    <name>RestartController</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="152" />
      <source>Asking your computer to restart…</source>
      <translation>正在请电脑重启…</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="98" />
      <source>Check again</source>
      <translation>重新检查</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="100" />
      <source>Check again: %1</source>
      <translation>重新检查：%1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="101" />
      <source>Runs this check one more time.</source>
      <translation>再运行一次这项检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="114" />
      <source>Checking now. This takes a few seconds.</source>
      <translation>正在检查。需要几秒钟。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="131" />
      <source>Not checked yet.</source>
      <translation>还没有检查。</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="388" />
      <location filename="../../src/preflight/gui/views.py" line="395" />
      <source>What to do next</source>
      <translation>接下来该做什么</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="392" />
      <source>Open the checklist</source>
      <translation>打开清单</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="393" />
      <location filename="../../src/preflight/gui/views.py" line="415" />
      <source>A short list of things to get ready.</source>
      <translation>需要准备的事项清单。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="401" />
      <source>Support code</source>
      <translation>支持代码</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="414" />
      <source>Before your visit: checklist</source>
      <translation>就诊前：清单</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="416" />
      <source>Help and phone numbers</source>
      <translation>帮助和电话号码</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="417" />
      <source>Save a report</source>
      <translation>保存报告</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="418" />
      <source>Saves these results as a PDF, web page or JSON file, to send to the help desk.</source>
      <translation>把这些结果保存为 PDF、网页或 JSON 文件，发送给服务台。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Runs every check again.</source>
      <translation>重新运行所有检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Start over</source>
      <translation>重新开始</translation>
    </message>
  </context>
  <context>
    <name>StepList</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="250" />
      <source>Steps</source>
      <translation>步骤</translation>
    </message>
  </context>
  <context>
    <name>Steps</name>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="73" />
      <source>Results</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="383" />
      <source>Save a report</source>
      <translation>保存报告</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="384" />
      <source>PDF document (*.pdf);;Web page (*.html);;JSON for the help desk (*.json)</source>
      <translation>PDF 文档 (*.pdf);;网页 (*.html);;供服务台使用的 JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="393" />
      <source>Report saved: %1</source>
      <translation>报告已保存：%1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="421" />
      <source>Support code (read this to the help desk): %1</source>
      <translation>支持代码（请把它读给服务台）：%1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="440" />
      <source>Not checked yet.</source>
      <translation>还没有检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="64" />
      <source>Automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="129" />
      <source>Found %1 devices.</source>
      <translation>找到 %1 个设备。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="164" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="165" />
      <source>Advice</source>
      <translation>建议</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="166" />
      <source>For the help desk</source>
      <translation>给服务台</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="168" />
      <source>Findings</source>
      <translation>检查结果</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="201" />
      <source>Paste a report or a support code first.</source>
      <translation>请先粘贴报告或支持代码。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="221" />
      <source>Showing the patient's support code. Overall: %1.</source>
      <translation>正在显示患者的支持代码。总体结果：%1。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="225" />
      <source>Showing the patient's report from %1. Overall: %2.</source>
      <translation>正在显示患者在 %1 的报告。总体结果：%2。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="238" />
      <source>This is not a Preflight report (%1).</source>
      <translation>这不是 Preflight 报告（%1）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="243" />
      <source>This support code could not be read (%1). Ask the caller to read it again.</source>
      <translation>无法读取这个支持代码（%1）。请来电者再读一遍。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="258" />
      <source>Showing this computer.</source>
      <translation>正在显示这台电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="59" />
      <source>Download (the doctor's video to you)</source>
      <translation>下载（医生的视频传给您）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="60" />
      <source>Upload (your video to the doctor)</source>
      <translation>上传（您的视频传给医生）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="64" />
      <source>Delay: %1 ms</source>
      <translation>延迟：%1 ms</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="184" />
      <source>%1: %2. %3</source>
      <translation>%1：%2。%3</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="201" />
      <source>We looked at: %1</source>
      <translation>我们检查了：%1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="208" />
      <source>Programs you could close during the visit: %1</source>
      <translation>就诊时可以关闭的程序：%1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="358" />
      <source>Speak now: the bar moves when we hear you.</source>
      <translation>请现在说话：听到您的声音时，音量条会动。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="385" />
      <location filename="../../src/preflight/gui/step_controllers.py" line="393" />
      <source>Playing your recording…</source>
      <translation>正在播放您的录音…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="436" />
      <source>Automatic (your computer's usual device)</source>
      <translation>自动（电脑平常用的设备）</translation>
    </message>
  </context>
  <context>
    <name>WelcomeBackView</name>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="38" />
      <source>Before and after the restart</source>
      <translation>重启前后对比</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="40" />
      <source>Did the restart help?</source>
      <translation>重启有帮助吗？</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Before</source>
      <translation>重启前</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Now</source>
      <translation>现在</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>What</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="46" />
      <source>Did it help?</source>
      <translation>有帮助吗？</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="54" />
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="55" />
      <source>Goes on to check your camera, microphone and speakers.</source>
      <translation>继续检查您的摄像头、麦克风和扬声器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="75" />
      <source>%1: before %2, now %3. %4</source>
      <translation>%1：重启前 %2，现在 %3。%4</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="163" />
      <source>Welcome to Preflight</source>
      <translation>欢迎使用 Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="164" />
      <source>Let's make sure your computer is ready for your virtual visit.</source>
      <translation>我们来确认您的电脑已为线上就诊做好准备。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="168" />
      <source>We will check:</source>
      <translation>我们会检查：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="171" />
      <source>It takes about a minute.</source>
      <translation>大约需要一分钟。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="172" />
      <source>It takes up to %1 minutes.</source>
      <translation>最多需要 %1 分钟。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Begins checking: %1.</source>
      <translation>开始检查：%1。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="184" />
      <source>I'm helping someone (help-desk mode)</source>
      <translation>我在帮助别人（服务台模式）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="185" />
      <source>Shows every check and its details in a table.</source>
      <translation>在表格中显示每项检查及其详细信息。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="187" />
      <source>High contrast</source>
      <translation>高对比度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="188" />
      <source>Switches to black text on white with strong borders.</source>
      <translation>切换为白底黑字，并使用粗边框。</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <location filename="../preflight.toml" line="16" />
      <source>Virtual visits are available when you are in Massachusetts at the time of your appointment.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>只有在预约时您人在马萨诸塞州，才可以进行线上就诊。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="19" />
      <source>Patient Gateway technical support</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Patient Gateway 技术支持</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="21" />
      <source>select option 1</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>选择选项 1</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="25" />
      <source>Keep your phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>请把手机放在身边，并准备好医生诊所的电话号码，以防断线。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="36" />
      <source>Join your visit</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>进入就诊</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="41" />
      <source>Financial counselors (questions about cost or insurance)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>财务顾问（关于费用或保险的问题）</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="42" />
      <source>Customer service (billing)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>客户服务（账单）</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>A financial counselor can tell you what your plan covers: call 617-582-9820.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>财务顾问可以告诉您，您的保险包括哪些项目：请拨打 617-582-9820。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>Will my insurance cover a virtual visit?</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>我的保险会支付线上就诊的费用吗？</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>Call customer service (billing) at 617-632-3795.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>请拨打客户服务（账单）电话 617-632-3795。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>I have a question about a bill for a virtual visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>我对线上就诊的账单有疑问。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="53" />
      <source>Pick a private, quiet place for your visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>请为就诊选择一个私密、安静的地方。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="54" />
      <source>Use headphones with a microphone if you have them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>如果有带麦克风的耳机，请使用它。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="55" />
      <source>Write down the questions you want to ask.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>写下您想问的问题。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="56" />
      <source>List the medications you take now, with their doses.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>列出您现在服用的药物及剂量。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="57" />
      <source>If you like, invite a friend or loved one: share the visit link or phone number with them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>如果您愿意，可以邀请朋友或家人：把就诊链接或电话号码分享给他们。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="58" />
      <source>Keep a phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>请把手机放在身边，并准备好医生诊所的电话号码，以防断线。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="59" />
      <source>Restart your computer shortly before the visit, so it has the most bandwidth.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>请在就诊前不久重启电脑，让电脑有最多的带宽。</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="60" />
      <source>Make sure you are enrolled in the patient portal and can sign in.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>请确认您已注册患者门户，并且可以登录。</translation>
    </message>
  </context>
  <context>
    <name>preflight</name>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="64" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; {what}, and turn on access for desktop apps.</source>
      <translation>Windows：打开“设置 &gt; 隐私和安全性 &gt; {what}”，然后为桌面应用打开访问权限。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="66" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; {what}, and turn on Preflight.</source>
      <translation>Mac：打开“系统设置 &gt; 隐私与安全性 &gt; {what}”，然后为 Preflight 打开开关。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="68" />
      <source>Check that your user account is allowed to use the computer's sound devices.</source>
      <translation>请确认您的用户账户可以使用电脑的声音设备。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="76" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="324" />
      <source>Then close Preflight, open it again, and {check_again}.</source>
      <translation>然后关闭 Preflight，再重新打开，并{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="114" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="202" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="238" />
      <source>Microphone</source>
      <translation>麦克风</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <source>Sound</source>
      <translation>声音</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="95" />
      <source>We could not find a microphone on this computer.</source>
      <translation>我们在这台电脑上找不到麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="96" />
      <source>We could not find speakers or headphones on this computer.</source>
      <translation>我们在这台电脑上找不到扬声器或耳机。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="98" />
      <source>If you use a headset or webcam with a microphone, plug it in and wait a few seconds, then {check_again}.</source>
      <translation>如果您使用带麦克风的耳麦或摄像头，请插上它，等几秒钟，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="100" />
      <source>If your computer has a built-in microphone, make sure it is switched on and not disabled in your sound settings.</source>
      <translation>如果您的电脑有内置麦克风，请确认它已打开，并且没有在声音设置中被停用。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="103" />
      <source>Plug in your headphones or speakers, or turn them on, then {check_again}.</source>
      <translation>请插上耳机或扬声器，或将其打开，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="105" />
      <source>Make sure sound is not disabled in your computer's sound settings.</source>
      <translation>请确认电脑的声音设置中没有停用声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="107" />
      <source>No microphone was found: ask the caller to plug in the headset or webcam microphone, or to switch on the built-in one in the sound settings.</source>
      <translation>没有找到麦克风：请来电者插上耳麦或摄像头的麦克风，或在声音设置中打开内置麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="110" />
      <source>No speakers or headphones were found: ask the caller to plug them in or switch them on, and check that sound is not disabled in the sound settings.</source>
      <translation>没有找到扬声器或耳机：请来电者插上或打开它们，并确认声音设置中没有停用声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="118" />
      <source>We could not find the microphone you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>我们找不到您选择的麦克风（{choice}）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="120" />
      <source>We could not find the speaker you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>我们找不到您选择的扬声器（{choice}）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="123" />
      <source>Choose one of these: {choices}.</source>
      <extracomment>{choices} is a list of device names, e.g. "Built-in, USB Audio".</extracomment>
      <translation>请从这些中选择一个：{choices}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="124" />
      <source>Run 'preflight devices' to see every microphone and speaker.</source>
      <translation>运行 'preflight devices' 可以查看所有麦克风和扬声器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="126" />
      <source>The microphone chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>检查所选的麦克风不在这台电脑上：请来电者从列表中选择一个，或使用默认设备。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="128" />
      <source>The speaker chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>检查所选的扬声器不在这台电脑上：请来电者从列表中选择一个，或使用默认设备。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="134" />
      <source>Preflight could not start your computer's sound system.</source>
      <translation>Preflight 无法启动电脑的声音系统。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="136" />
      <source>Restart your computer, then run Preflight again.</source>
      <translation>请重启电脑，然后再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="137" />
      <source>If it happens again, reinstall Preflight, or call the support line.</source>
      <translation>如果再次出现这个问题，请重新安装 Preflight，或拨打帮助热线。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="139" />
      <source>Preflight could not start the computer's sound system (PortAudio): ask the caller to restart the computer; if it happens again, to reinstall Preflight.</source>
      <translation>Preflight 无法启动电脑的声音系统（PortAudio）：请来电者重启电脑；如果再次出现，请重新安装 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="146" />
      <source>Your microphone is being used by another program.</source>
      <translation>另一个程序正在使用您的麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="147" />
      <source>Your speakers are being used by another program.</source>
      <translation>另一个程序正在使用您的扬声器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="150" />
      <source>{program} is using your microphone. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom" or "Firefox".</extracomment>
      <translation>{program} 正在使用您的麦克风。请关闭 {program}，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="154" />
      <source>{possible_program} may be using your microphone. Close {possible_program}, then {check_again}.</source>
      <translation>{possible_program} 可能正在使用您的麦克风。请关闭 {possible_program}，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="156" />
      <source>Close other programs that may use it (video calls, voice recorders, web browsers with a call open), then {check_again}.</source>
      <translation>请关闭可能在使用它的其他程序（视频通话、录音程序、正在通话的网页浏览器），然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="158" />
      <source>If that does not help, restart your computer.</source>
      <translation>如果仍然不行，请重启电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="160" />
      <source>Another program is using the microphone: ask the caller to close video calls, voice recorders and browser tabs with a call open, then run Preflight again.</source>
      <translation>另一个程序正在使用麦克风：请来电者关闭视频通话、录音程序和正在通话的浏览器标签页，然后再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="163" />
      <source>Another program is using the speakers: ask the caller to close video calls, music players and browser tabs with sound, then run Preflight again.</source>
      <translation>另一个程序正在使用扬声器：请来电者关闭视频通话、音乐播放器和有声音的浏览器标签页，然后再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="170" />
      <source>Your computer's privacy settings are blocking the microphone.</source>
      <translation>电脑的隐私设置阻止了麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="171" />
      <source>Your computer's privacy settings are blocking the speakers.</source>
      <translation>电脑的隐私设置阻止了扬声器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="173" />
      <source>The computer's privacy settings block the microphone: walk the caller through Settings &gt; Privacy &amp; security &gt; Microphone (Windows) or System Settings &gt; Privacy &amp; Security &gt; Microphone (Mac), then ask them to reopen Preflight.</source>
      <translation>电脑的隐私设置阻止了麦克风：请引导来电者打开“设置 &gt; 隐私和安全性 &gt; 麦克风”（Windows）或“系统设置 &gt; 隐私与安全性 &gt; 麦克风”（Mac），然后请他们重新打开 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="177" />
      <source>The computer's privacy settings block the speakers: walk the caller through Settings &gt; Privacy &amp; security &gt; Sound (Windows) or System Settings &gt; Privacy &amp; Security &gt; Sound (Mac), then ask them to reopen Preflight.</source>
      <translation>电脑的隐私设置阻止了扬声器：请引导来电者打开“设置 &gt; 隐私和安全性 &gt; 声音”（Windows）或“系统设置 &gt; 隐私与安全性 &gt; 声音”（Mac），然后请他们重新打开 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="185" />
      <source>Your microphone does not work with any of the sound settings video calls use.</source>
      <translation>您的麦克风无法使用视频通话常用的任何声音设置。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="187" />
      <source>Your speakers do not work with any of the sound settings video calls use.</source>
      <translation>您的扬声器无法使用视频通话常用的任何声音设置。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="190" />
      <source>Choose another microphone in your computer's sound settings, or unplug it and plug it back in.</source>
      <translation>请在电脑的声音设置中选择另一个麦克风，或拔下麦克风再重新插上。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="192" />
      <source>Choose other speakers in your computer's sound settings, or unplug them and plug them back in.</source>
      <translation>请在电脑的声音设置中选择其他扬声器，或拔下扬声器再重新插上。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="194" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="59" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="68" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="314" />
      <source>If it happens again, call the support line.</source>
      <translation>如果再次出现这个问题，请拨打帮助热线。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="196" />
      <source>The microphone works with none of the usual sound settings: ask the caller to choose another microphone, or to unplug it and plug it back in.</source>
      <translation>麦克风无法使用任何常用的声音设置：请来电者选择另一个麦克风，或拔下再重新插上。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="199" />
      <source>The speakers work with none of the usual sound settings: ask the caller to choose other speakers, or to unplug them and plug them back in.</source>
      <translation>扬声器无法使用任何常用的声音设置：请来电者选择其他扬声器，或拔下再重新插上。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="206" />
      <source>Your microphone stopped sending sound during the test. It may have been unplugged.</source>
      <translation>测试时您的麦克风停止传送声音。它可能被拔掉了。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="208" />
      <source>Your speakers or headphones stopped working during the test. They may have been unplugged.</source>
      <translation>测试时您的扬声器或耳机停止工作。它们可能被拔掉了。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="211" />
      <source>Plug your microphone or headset back in (or switch it on), then {check_again}.</source>
      <translation>请重新插上麦克风或耳麦（或将其打开），然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="213" />
      <source>Plug your speakers or headphones back in (or switch them on), then {check_again}.</source>
      <translation>请重新插上扬声器或耳机（或将其打开），然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="215" />
      <source>If you use Bluetooth, check that it is connected and charged.</source>
      <translation>如果您使用 Bluetooth，请确认它已连接并且有电。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="217" />
      <source>The microphone stopped sending sound during the test (unplugged, or Bluetooth dropped): ask the caller to plug it back in or reconnect it, then run Preflight again.</source>
      <translation>测试时麦克风停止传送声音（被拔掉，或 Bluetooth 断开）：请来电者重新插上或重新连接，然后再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="220" />
      <source>The speakers stopped during the test (unplugged, or Bluetooth dropped): ask the caller to plug them back in or reconnect them, then run Preflight again.</source>
      <translation>测试时扬声器停止工作（被拔掉，或 Bluetooth 断开）：请来电者重新插上或重新连接，然后再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="227" />
      <source>Your microphone stopped working while we tested it.</source>
      <translation>测试时您的麦克风停止工作。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="228" />
      <source>Your speakers stopped working while we tested them.</source>
      <translation>测试时您的扬声器停止工作。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="230" />
      <source>Check that your microphone is plugged in and switched on, then {check_again}.</source>
      <translation>请确认麦克风已插好并已打开，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="232" />
      <source>Check that your speakers are plugged in and switched on, then {check_again}.</source>
      <translation>请确认扬声器已插好并已打开，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="234" />
      <location filename="../../src/preflight/engine/findings.py" line="355" />
      <source>If it happens again, restart your computer, or call the support line.</source>
      <translation>如果再次出现这个问题，请重启电脑，或拨打帮助热线。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="237" />
      <source>The microphone stopped working during the test: ask the caller to check it is plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>测试时麦克风停止工作：请来电者确认麦克风已插好并已打开，再次运行 Preflight；如果再次出现，请重启电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="240" />
      <source>The speakers stopped working during the test: ask the caller to check they are plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>测试时扬声器停止工作：请来电者确认扬声器已插好并已打开，再次运行 Preflight；如果再次出现，请重启电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="55" />
      <source>Check that your microphone or headset is plugged in, switched on and not muted (many headsets and laptops have a mute button or key).</source>
      <translation>请确认麦克风或耳麦已插好、已打开，并且没有静音（很多耳麦和笔记本电脑有静音按钮或按键）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="62" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; Microphone and turn on microphone access for desktop apps; then in Settings &gt; System &gt; Sound, choose your microphone under Input.</source>
      <translation>Windows：打开“设置 &gt; 隐私和安全性 &gt; 麦克风”，为桌面应用打开麦克风访问权限；然后在“设置 &gt; 系统 &gt; 声音”的“输入”下选择您的麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="67" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; Microphone and turn on Preflight; then in System Settings &gt; Sound &gt; Input, choose your microphone.</source>
      <translation>Mac：打开“系统设置 &gt; 隐私与安全性 &gt; 麦克风”，为 Preflight 打开开关；然后在“系统设置 &gt; 声音 &gt; 输入”中选择您的麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="72" />
      <source>Open your computer's sound settings, choose your microphone under Input, and check that it is not muted and its volume is up.</source>
      <translation>打开电脑的声音设置，在“输入”下选择您的麦克风，并确认它没有静音、音量已调高。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="78" />
      <source>Turn up the input volume: Settings &gt; System &gt; Sound &gt; Input.</source>
      <translation>调高输入音量：“设置 &gt; 系统 &gt; 声音 &gt; 输入”。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="79" />
      <source>Turn up the input volume: System Settings &gt; Sound &gt; Input.</source>
      <translation>调高输入音量：“系统设置 &gt; 声音 &gt; 输入”。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="80" />
      <source>Turn up the input volume in your computer's sound settings.</source>
      <translation>请在电脑的声音设置中调高输入音量。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="90" />
      <source>Speak a little louder, or move closer to the microphone.</source>
      <translation>请说话大声一点，或离麦克风近一点。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="92" />
      <source>If you use a headset, check that its mute switch is off.</source>
      <translation>如果您使用耳麦，请确认它的静音开关已关闭。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="99" />
      <source>Move back a little from the microphone, or speak a bit more softly.</source>
      <translation>请离麦克风远一点，或说话轻一点。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="100" />
      <source>Turn the input volume down a little in your computer's sound settings.</source>
      <translation>请在电脑的声音设置中把输入音量调低一点。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="102" />
      <source>The microphone is too quiet: check the right microphone is chosen, raise its input volume, and ask the caller to speak closer to it.</source>
      <translation>麦克风声音太小：请确认选择了正确的麦克风，调高输入音量，并请来电者靠近麦克风说话。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="107" />
      <source>Find a quieter, private place for your visit, away from TVs, fans and other people.</source>
      <translation>请找一个安静、私密的地方就诊，远离电视、风扇和其他人。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="108" />
      <source>Headphones with a microphone help the doctor hear you clearly.</source>
      <translation>使用带麦克风的耳机，可以让医生听清您的声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="122" />
      <source>Your microphone works and you sound clear.</source>
      <translation>您的麦克风工作正常，声音清楚。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="127" />
      <source>Your microphone is sending no sound. It may be muted, switched off, or blocked by your privacy settings.</source>
      <translation>您的麦克风没有传送任何声音。它可能被静音、关闭，或被隐私设置阻止。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="130" />
      <source>The microphone sends silence: check it is not muted (a button on the headset or keyboard) and that the computer's privacy settings allow the microphone.</source>
      <translation>麦克风传送的是静音：请确认它没有静音（耳麦或键盘上的按钮），并且电脑的隐私设置允许使用麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="137" />
      <source>Your microphone is working, but we could hardly hear anything.</source>
      <translation>您的麦克风可以工作，但我们几乎听不到任何声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="144" />
      <source>Your microphone works, but you sound quiet.</source>
      <translation>您的麦克风可以工作，但您的声音偏小。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="151" />
      <source>Your microphone works, but your voice is so loud that it sounds distorted.</source>
      <translation>您的麦克风可以工作，但您的声音太大，听起来失真。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="154" />
      <source>The microphone is too loud and distorts: lower its input volume or move it a little away from the mouth.</source>
      <translation>麦克风声音太大、失真：请调低输入音量，或把麦克风移得离嘴远一点。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="160" />
      <source>Your microphone works, but there is a lot of background noise.</source>
      <translation>您的麦克风可以工作，但背景噪音很大。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="162" />
      <source>There is a lot of background noise where the caller is: suggest a quieter, private place, or headphones with a microphone.</source>
      <translation>来电者所在的地方背景噪音很大：建议换一个安静、私密的地方，或使用带麦克风的耳机。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="169" />
      <source>You are using the microphone of a Bluetooth headset. During a call it can make you and the doctor sound like an old telephone, or cut the sound.</source>
      <translation>您正在使用 Bluetooth 耳机的麦克风。通话时，它可能让您和医生的声音像旧电话一样，或者让声音中断。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="173" />
      <source>For your visit, choose your computer's own microphone, and keep the Bluetooth headset for listening.</source>
      <translation>就诊时，请选择电脑自带的麦克风，Bluetooth 耳机只用来听声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="175" />
      <source>Or use a headset with a cable.</source>
      <translation>或者使用有线耳麦。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="177" />
      <source>The caller uses a Bluetooth headset's microphone, which switches the headset to phone quality or cuts the sound: suggest the computer's own microphone with the headset for listening, or a wired headset.</source>
      <translation>来电者正在使用 Bluetooth 耳机的麦克风，这会让耳机切换成电话音质或让声音中断：建议使用电脑自带的麦克风，耳机只用来听，或使用有线耳麦。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="188" />
      <source>A rule on this computer does not allow programs to use the microphone.</source>
      <translation>这台电脑上的一项规则不允许程序使用麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="190" />
      <source>Ask the person who looks after this computer to allow the microphone (for example in Screen Time), then {check_again}.</source>
      <translation>请让管理这台电脑的人允许使用麦克风（例如在“屏幕使用时间”中），然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="192" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="336" />
      <source>If that cannot be done today, call the support line: you may be able to join your visit by phone.</source>
      <translation>如果今天无法做到，请拨打帮助热线：您也许可以用电话参加就诊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="195" />
      <source>Microphone use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>这台 Mac 限制了麦克风的使用（屏幕使用时间、家长控制或管理描述文件）：来电者自己无法打开；需要由管理这台 Mac 的人允许。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="203" />
      <source>We will listen to your microphone while you speak for a few seconds.</source>
      <translation>请说几秒钟的话，我们会听一听您的麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="207" />
      <source>Microphone:</source>
      <translation>麦克风：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="103" />
      <location filename="../../src/preflight/support/code_v2.py" line="48" />
      <source>voice level</source>
      <translation>声音大小</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="218" />
      <source>Voice level</source>
      <translation>声音大小</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="220" />
      <source>Loudest moment</source>
      <translation>最响的时刻</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="221" />
      <source>Background noise</source>
      <translation>背景噪音</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="223" />
      <source>Voice above the background noise</source>
      <translation>声音高出背景噪音的程度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="225" />
      <source>Distorted sound</source>
      <translation>失真的声音</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="227" />
      <source>Longest distorted stretch</source>
      <translation>最长的失真时段</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="228" />
      <source>samples</source>
      <translation>个采样</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="229" />
      <source>Too loud (distorted)</source>
      <translation>太响（失真）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="232" />
      <source>No sound at all</source>
      <translation>完全没有声音</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="234" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="169" />
      <source>Sample rate</source>
      <translation>采样率</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="236" />
      <source>Channels</source>
      <translation>声道</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="239" />
      <source>Bluetooth headset</source>
      <translation>Bluetooth 耳机</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="241" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="171" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="435" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="408" />
      <location filename="../../src/preflight/engine/present.py" line="26" />
      <source>Problem</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="357" />
      <source>Keep speaking: we are trying your other microphones.</source>
      <translation>请继续说话：我们正在试用您的其他麦克风。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="358" />
      <source>Trying your other microphones…</source>
      <translation>正在试用您的其他麦克风…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="382" />
      <source>Opening your microphone…</source>
      <translation>正在打开您的麦克风…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="387" />
      <source>Please say: testing one, two, three</source>
      <translation>请说：测试，一，二，三</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="50" />
      <source>Did you hear the test sound?</source>
      <translation>您听到测试声音了吗？</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="57" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="118" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="166" />
      <source>Speakers</source>
      <translation>扬声器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="65" />
      <source>Your speakers work: we heard the test sound through your microphone.</source>
      <translation>您的扬声器工作正常：我们的麦克风听到了测试声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="70" />
      <source>Your speakers or headphones work.</source>
      <translation>您的扬声器或耳机工作正常。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="75" />
      <source>Your speakers work, but your microphone picks them up loudly, so the doctor may hear an echo.</source>
      <translation>您的扬声器可以工作，但麦克风收到的扬声器声音很大，医生可能会听到回声。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="78" />
      <source>Use headphones with a microphone if you have them.</source>
      <translation>如果有带麦克风的耳机，请使用它。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="79" />
      <source>If not, turn your speaker volume down a little.</source>
      <translation>如果没有，请把扬声器音量调低一点。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="81" />
      <source>The microphone hears the speakers loudly: suggest headphones, or lower the speaker volume, so the doctor hears no echo.</source>
      <translation>麦克风收到的扬声器声音很大：建议使用耳机，或调低扬声器音量，这样医生不会听到回声。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="87" />
      <source>You could not hear the test sound.</source>
      <translation>您没有听到测试声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="89" />
      <source>Turn up the volume and check that sound is not muted (look for the speaker icon near the clock, or the volume keys on your keyboard).</source>
      <translation>请调高音量，并确认声音没有静音（看看时钟旁边的扬声器图标，或键盘上的音量键）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="91" />
      <source>If you use headphones, check that they are plugged in, switched on and chosen as the output in your computer's sound settings.</source>
      <translation>如果您使用耳机，请确认耳机已插好、已打开，并在电脑的声音设置中被选为输出设备。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="93" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="295" />
      <source>Then {check_again}.</source>
      <translation>然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="95" />
      <source>The caller did not hear the test sound: check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>来电者没有听到测试声音：请检查音量和静音，并确认选择了正确的扬声器或耳机。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="101" />
      <source>We played a test sound, but could not confirm that it can be heard.</source>
      <translation>我们播放了测试声音，但无法确认是否能听到。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="103" />
      <source>If you wear headphones, that is expected: make sure you heard a short chime.</source>
      <translation>如果您戴着耳机，这是正常的：请确认您听到了一声短促的提示音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="105" />
      <source>If you did not hear it, turn up the volume and check that sound is not muted, then {check_again}.</source>
      <translation>如果您没有听到，请调高音量并确认声音没有静音，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="108" />
      <source>Nobody confirmed that the test sound was heard (headphones, or no answer): ask the caller whether they heard a short chime; if not, check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>没有人确认听到了测试声音（戴着耳机，或没有回答）：请问来电者是否听到一声短促的提示音；如果没有，请检查音量和静音，并确认选择了正确的扬声器或耳机。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="119" />
      <source>We will play a short sound. Turn your volume up so you can hear it.</source>
      <translation>我们会播放一段短声音。请调高音量，以便您能听到。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="123" />
      <source>Speaker:</source>
      <translation>扬声器：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="132" />
      <location filename="../../src/preflight/support/code_v1.py" line="106" />
      <location filename="../../src/preflight/support/code_v2.py" line="57" />
      <source>how the sound was confirmed</source>
      <translation>声音的确认方式</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="135" />
      <location filename="../../src/preflight/support/code_v1.py" line="111" />
      <location filename="../../src/preflight/support/code_v2.py" line="59" />
      <source>the microphone heard the speakers</source>
      <translation>麦克风听到了扬声器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="136" />
      <location filename="../../src/preflight/support/code_v1.py" line="112" />
      <location filename="../../src/preflight/support/code_v2.py" line="60" />
      <source>the caller answered whether they heard it</source>
      <translation>来电者回答了是否听到</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="137" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="160" />
      <location filename="../../src/preflight/support/code_v1.py" line="113" />
      <location filename="../../src/preflight/support/code_v2.py" line="61" />
      <source>not confirmed</source>
      <translation>未确认</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="142" />
      <source>Test sound heard by the microphone</source>
      <translation>麦克风听到的测试声音</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="145" />
      <source>Level of the test sound heard</source>
      <translation>听到的测试声音大小</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="147" />
      <source>Delay of the sound</source>
      <translation>声音的延迟</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="149" />
      <source>Time to hear it</source>
      <translation>听到所用的时间</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="151" />
      <source>Detection score</source>
      <translation>检测分数</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="153" />
      <source>How the sound was confirmed</source>
      <translation>声音的确认方式</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="158" />
      <source>the microphone heard it</source>
      <translation>麦克风听到了</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="159" />
      <source>your answer</source>
      <translation>您的回答</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="162" />
      <source>You heard the test sound</source>
      <translation>您听到了测试声音</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="164" />
      <source>Echo</source>
      <translation>回声</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="167" />
      <source>Microphone that listened</source>
      <translation>用来听的麦克风</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="327" />
      <source>Trying your other speakers…</source>
      <translation>正在试用您的其他扬声器…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="350" />
      <source>Listen: we will play a short chime.</source>
      <translation>请听：我们会播放一声短促的提示音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="351" />
      <source>Playing a short test sound…</source>
      <translation>正在播放一段短的测试声音…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="52" />
      <source>Looking at your camera picture…</source>
      <translation>正在查看您的摄像头画面…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="79" />
      <source>Trying your other cameras…</source>
      <translation>正在试用您的其他摄像头…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="34" />
      <source>Face a window or lamp; don't sit with a bright window behind you.</source>
      <translation>请面向窗户或灯光，不要背对明亮的窗户坐。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="35" />
      <source>Some laptops have a camera switch or a key with a camera symbol: turn the camera on.</source>
      <translation>有些笔记本电脑有摄像头开关，或带摄像头图标的按键：请打开摄像头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="38" />
      <source>Close other programs that may be using your camera, then check again.</source>
      <translation>请关闭可能在使用摄像头的其他程序，然后重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="41" />
      <source>If your camera plugs in, unplug it, wait ten seconds and plug it back in.</source>
      <translation>如果您的摄像头是插线的，请拔下它，等十秒钟，再重新插上。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="42" />
      <source>If it still does not work, restart your computer.</source>
      <translation>如果仍然不行，请重启电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="43" />
      <source>Close other programs you do not need, especially other video programs.</source>
      <translation>请关闭不需要的其他程序，特别是其他视频程序。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="44" />
      <source>Turn on more light: many cameras slow down in dim light.</source>
      <translation>请把灯光调亮：很多摄像头在光线暗时会变慢。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="46" />
      <source>If your camera plugs in, plug it in (directly into the computer, not a hub), wait ten seconds, then check again.</source>
      <translation>如果您的摄像头是插线的，请把它插上（直接插在电脑上，不要插在集线器上），等十秒钟，然后重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="51" />
      <source>If you cannot get a camera working, call the support line: you may be able to join your visit by phone.</source>
      <translation>如果摄像头怎么也无法使用，请拨打帮助热线：您也许可以用电话参加就诊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="60" />
      <source>Windows: open Settings, then Privacy &amp; security, then Camera, and turn on "Camera access" and "Let desktop apps access your camera".</source>
      <translation>Windows：打开“设置”，然后“隐私和安全性”，然后“相机”，打开“相机访问”和“让桌面应用访问你的相机”。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="64" />
      <source>Mac: open System Settings, then Privacy &amp; Security, then Camera, and turn on the switch for Preflight (or for your web browser or Terminal).</source>
      <translation>Mac：打开“系统设置”，然后“隐私与安全性”，然后“摄像头”，为 Preflight（或您的网页浏览器或“终端”）打开开关。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="68" />
      <source>Check that your user account is allowed to use the camera.</source>
      <translation>请确认您的用户账户可以使用摄像头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="79" />
      <source>No camera was found: check it is plugged in and its privacy switch or cover is open, and that the computer's privacy settings let apps use the camera.</source>
      <translation>没有找到摄像头：请确认它已插好，隐私开关或遮盖已打开，并且电脑的隐私设置允许应用使用摄像头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="83" />
      <source>The camera sent no picture: unplug it and plug it back in (or restart the computer), then run Preflight again.</source>
      <translation>摄像头没有传送画面：请拔下再重新插上（或重启电脑），然后再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="87" />
      <source>The video is choppy: close other programs, turn on more light, and restart the computer if it is busy.</source>
      <translation>视频卡顿：请关闭其他程序，把灯光调亮，如果电脑很忙，请重启电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="93" />
      <source>Your camera works and the picture looks good.</source>
      <translation>您的摄像头工作正常，画面看起来很好。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="95" />
      <source>No camera found.</source>
      <translation>没有找到摄像头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="99" />
      <source>We could not find the camera you chose.</source>
      <translation>我们找不到您选择的摄像头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="106" />
      <source>We could not find that video file.</source>
      <translation>我们找不到那个视频文件。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="107" />
      <source>Check the file name and folder, then try again.</source>
      <translation>请检查文件名和文件夹，然后再试一次。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="108" />
      <source>The video file was not found: check its name and folder, then run Preflight again.</source>
      <translation>找不到视频文件：请检查文件名和文件夹，然后再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="114" />
      <source>We could not open your camera: another program such as Zoom or Teams may be using your camera - close it.</source>
      <translation>我们无法打开您的摄像头：可能有其他程序（例如 Zoom 或 Teams）正在使用摄像头，请将其关闭。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="120" />
      <source>{program} is using your camera. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom".</extracomment>
      <translation>{program} 正在使用您的摄像头。请关闭 {program}，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="123" />
      <source>{possible_program} may be using your camera. Close {possible_program}, then {check_again}.</source>
      <translation>{possible_program} 可能正在使用您的摄像头。请关闭 {possible_program}，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="125" />
      <source>Close other programs that may be using your camera, such as Zoom, Teams, Skype or a web browser tab with a video call, then check again.</source>
      <translation>请关闭可能在使用摄像头的其他程序，例如 Zoom、Teams、Skype 或正在视频通话的网页浏览器标签页，然后重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="132" />
      <source>Another program is using the camera: close Zoom, Teams, Skype and browser tabs with video, then run Preflight again.</source>
      <translation>另一个程序正在使用摄像头：请关闭 Zoom、Teams、Skype 和有视频的浏览器标签页，然后再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="143" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams, then check again.</source>
      <translation>请关闭可能在使用摄像头的其他程序，例如 Zoom 或 Teams，然后重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="154" />
      <source>Your camera opened but did not send any pictures.</source>
      <translation>您的摄像头已打开，但没有传送任何画面。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="155" />
      <source>Your camera stopped sending pictures during the check.</source>
      <translation>检查时您的摄像头停止传送画面。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="161" />
      <source>We could not read any pictures from this video file.</source>
      <translation>我们无法从这个视频文件中读取任何画面。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="162" />
      <source>Check that the file is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>请确认这个文件是视频（例如 .avi 或 .mp4），并且没有损坏。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="163" />
      <source>The video file could not be read: check that it is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>无法读取视频文件：请确认它是视频（例如 .avi 或 .mp4），并且没有损坏。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="170" />
      <source>Your camera shows a black picture: check the lens cover or privacy shutter.</source>
      <translation>您的摄像头画面是黑的：请检查镜头盖或隐私挡板。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="172" />
      <source>Slide open the camera's cover or privacy shutter, and remove any sticker or tape over the lens.</source>
      <translation>请滑开摄像头的镜头盖或隐私挡板，并取下镜头上的贴纸或胶带。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="179" />
      <source>The picture is black: open the camera's privacy cover or switch and check nothing covers the lens.</source>
      <translation>画面是黑的：请打开摄像头的隐私遮盖或开关，并确认没有东西挡住镜头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="187" />
      <source>Your camera's picture is frozen: it shows the same image over and over.</source>
      <translation>您的摄像头画面卡住了：它一直显示同一张图像。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="189" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams.</source>
      <translation>请关闭可能在使用摄像头的其他程序，例如 Zoom 或 Teams。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="191" />
      <source>If it is still frozen, restart your computer and check again.</source>
      <translation>如果画面仍然卡住，请重启电脑，然后重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="193" />
      <source>The picture froze: unplug the camera and plug it back in, or restart the computer.</source>
      <translation>画面卡住了：请拔下摄像头再重新插上，或重启电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="199" />
      <source>Your camera sends only {fps} pictures a second, so the doctor would see a very jerky picture.</source>
      <translation>您的摄像头每秒只传送 {fps} 张画面，医生看到的画面会非常卡顿。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="206" />
      <source>If your camera plugs in, plug it directly into the computer, not into a hub.</source>
      <translation>如果您的摄像头是插线的，请直接插在电脑上，不要插在集线器上。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="214" />
      <source>Your camera sends only {fps} pictures a second, so your video may look choppy.</source>
      <translation>您的摄像头每秒只传送 {fps} 张画面，您的视频可能会卡顿。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="223" />
      <source>Your picture is too dark for the doctor to see you well.</source>
      <translation>您的画面太暗，医生看不清您。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="226" />
      <source>Turn on a light in the room, in front of you.</source>
      <translation>请打开房间里的灯，灯要在您前面。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="227" />
      <source>If something is covering the camera, remove it.</source>
      <translation>如果有东西挡住摄像头，请拿开。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="229" />
      <source>The picture is too dark: turn on a light in front of the caller.</source>
      <translation>画面太暗：请在来电者前面打开一盏灯。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="234" />
      <source>Your picture is too bright, so the doctor may not see your face clearly.</source>
      <translation>您的画面太亮，医生可能看不清您的脸。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="236" />
      <source>Move out of direct sunlight, or turn away a very bright lamp shining on you.</source>
      <translation>请避开阳光直射，或把照着您的很亮的灯转开。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="241" />
      <source>The picture is too bright: move away from direct sunlight or a bright lamp.</source>
      <translation>画面太亮：请避开阳光直射或很亮的灯。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="246" />
      <source>The light behind you makes your face too dark to see.</source>
      <translation>您身后的光线让您的脸太暗，看不清。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="249" />
      <source>Close the curtains behind you, or turn so the window is in front of you.</source>
      <translation>请拉上您身后的窗帘，或转身让窗户在您前面。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="251" />
      <source>The caller is backlit: sit facing the window or lamp, not with it behind them.</source>
      <translation>来电者背光：请面向窗户或灯光坐，不要背对它们。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="256" />
      <source>Your picture looks blurry.</source>
      <translation>您的画面看起来模糊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="258" />
      <source>Gently wipe the camera lens with a soft, dry cloth.</source>
      <translation>请用柔软的干布轻轻擦拭摄像头镜头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="259" />
      <source>Sit about an arm's length from the camera.</source>
      <translation>请坐在离摄像头大约一臂远的地方。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="261" />
      <source>The picture is blurry: wipe the camera lens with a soft cloth.</source>
      <translation>画面模糊：请用软布擦拭摄像头镜头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="266" />
      <source>Your camera sends a small picture ({width}x{height}), so the doctor will see you less clearly.</source>
      <translation>您的摄像头传送的画面较小（{width}x{height}），医生会看不太清楚您。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="271" />
      <source>If you have another camera (for example a newer USB webcam), choose it instead.</source>
      <translation>如果您有另一个摄像头（例如较新的 USB 摄像头），请改用它。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="275" />
      <source>The camera gives a small picture: use a better or external camera if there is one.</source>
      <translation>摄像头的画面较小：如果有更好的或外接的摄像头，请使用它。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="282" />
      <source>We couldn't see a face - sit centred in front of the camera.</source>
      <translation>我们没有看到人脸，请坐在摄像头正前方。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="284" />
      <source>Sit facing the camera, about an arm's length away, with your whole face in the picture.</source>
      <translation>请面向摄像头坐，离摄像头大约一臂远，让整张脸都在画面中。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="288" />
      <source>If you chose not to be seen during this check, you can ignore this.</source>
      <translation>如果您在这次检查中选择不露脸，可以忽略这一条。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="290" />
      <source>No face was seen: ask the caller to sit centred in front of the camera.</source>
      <translation>没有看到人脸：请来电者坐在摄像头正前方。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="296" />
      <source>Something went wrong while checking your camera.</source>
      <translation>检查摄像头时出了问题。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="310" />
      <source>We could see your face only some of the time.</source>
      <translation>我们只是有时能看到您的脸。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="311" />
      <source>If you can, sit facing the camera with your whole face in the picture.</source>
      <translation>如果可以，请面向摄像头坐，让整张脸都在画面中。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="323" />
      <source>Your computer's privacy settings are blocking the camera.</source>
      <translation>电脑的隐私设置阻止了摄像头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="325" />
      <source>The computer's privacy settings block the camera: walk the caller through Settings &gt; Privacy &amp; security &gt; Camera (Windows) or System Settings &gt; Privacy &amp; Security &gt; Camera (Mac), then ask them to check again.</source>
      <translation>电脑的隐私设置阻止了摄像头：请引导来电者打开“设置 &gt; 隐私和安全性 &gt; 相机”（Windows）或“系统设置 &gt; 隐私与安全性 &gt; 摄像头”（Mac），然后请他们重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="332" />
      <source>A rule on this computer does not allow programs to use the camera.</source>
      <translation>这台电脑上的一项规则不允许程序使用摄像头。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="334" />
      <source>Ask the person who looks after this computer to allow the camera (for example in Screen Time), then {check_again}.</source>
      <translation>请让管理这台电脑的人允许使用摄像头（例如在“屏幕使用时间”中），然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="339" />
      <source>Camera use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>这台 Mac 限制了摄像头的使用（屏幕使用时间、家长控制或管理描述文件）：来电者自己无法打开；需要由管理这台 Mac 的人允许。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="373" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="380" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="401" />
      <source>Camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="381" />
      <source>We will look at your camera picture for a few seconds. Sit where you will sit for your visit, facing a light if you can.</source>
      <translation>我们会查看几秒钟您的摄像头画面。请坐在就诊时要坐的地方，如果可以，请面向灯光。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="388" />
      <source>Camera:</source>
      <translation>摄像头：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="395" />
      <location filename="../../src/preflight/support/code_v2.py" line="38" />
      <source>picture size (short side)</source>
      <translation>画面大小（短边）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="397" />
      <location filename="../../src/preflight/support/code_v1.py" line="119" />
      <location filename="../../src/preflight/support/code_v2.py" line="40" />
      <source>frame rate</source>
      <translation>帧率</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <source>Picture width</source>
      <translation>画面宽度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>pixels</source>
      <translation>像素</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <source>Picture height</source>
      <translation>画面高度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>Picture size (short side)</source>
      <translation>画面大小（短边）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="411" />
      <source>Frame rate</source>
      <translation>帧率</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="414" />
      <source>Pictures received</source>
      <translation>收到的画面</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="416" />
      <source>Black pictures</source>
      <translation>黑色画面</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="418" />
      <source>Frozen pictures</source>
      <translation>卡住的画面</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>Brightness</source>
      <translation>亮度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>of 255</source>
      <translation>（满分 255）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="423" />
      <source>Contrast</source>
      <translation>对比度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="425" />
      <source>Sharpness</source>
      <translation>清晰度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="427" />
      <source>Face seen</source>
      <translation>看到人脸</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="429" />
      <source>Where the face is</source>
      <translation>人脸的位置</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="432" />
      <source>Bright light behind you</source>
      <translation>身后有强光</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="39" />
      <source>Your internet speed is good for HD video.</source>
      <translation>您的网速足够进行高清视频。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="40" />
      <source>Your internet is too slow for a video visit right now.</source>
      <translation>您的网速现在太慢，无法进行视频就诊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="41" />
      <source>Your internet speed is enough for video, but the picture may be lower quality.</source>
      <translation>您的网速足够进行视频，但画面质量可能较低。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="45" />
      <source>We could not reach the speed test server, so your internet speed was not measured.</source>
      <translation>我们无法连接测速服务器，所以没有测出您的网速。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="49" />
      <source>Check that you are connected to the internet, then {check_again}.</source>
      <translation>请确认您已连接到网络，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="53" />
      <source>We could not get the list of speed test servers, so your internet speed was not measured.</source>
      <translation>我们无法获取测速服务器列表，所以没有测出您的网速。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="57" />
      <source>{Check_again} in a few minutes.</source>
      <translation>请过几分钟再{Check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="61" />
      <source>We measured your download speed, but the speed test server did not accept the upload test, so we can't tell how well others will see and hear you.</source>
      <translation>我们测出了您的下载速度，但测速服务器没有接受上传测试，所以我们无法知道对方能否清楚地看到和听到您。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="66" />
      <location filename="../../src/preflight/engine/findings.py" line="384" />
      <source>{Check_again}.</source>
      <translation>{Check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="70" />
      <source>Offer the caller a phone visit if the connection cannot be made faster.</source>
      <translation>如果无法提高连接速度，请为来电者安排电话就诊。</translation>
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
      <translation>自建的 LibreSpeed 服务器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="82" />
      <source>its settings could not be fetched</source>
      <translation>无法获取它的设置</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="83" />
      <source>its list of servers could not be fetched</source>
      <translation>无法获取它的服务器列表</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="84" />
      <source>its server could not be reached</source>
      <translation>无法连接它的服务器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="85" />
      <source>its server stopped answering</source>
      <translation>它的服务器停止响应</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="86" />
      <source>no data arrived</source>
      <translation>没有收到数据</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="87" />
      <source>its server refused the test</source>
      <translation>它的服务器拒绝了测试</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="88" />
      <source>it asked us to wait (too many tests)</source>
      <translation>它要求我们稍等（测试次数太多）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="89" />
      <source>its security certificate was not accepted</source>
      <translation>它的安全证书未被接受</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="90" />
      <source>something else answered</source>
      <translation>回复的不是测速服务器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="110" />
      <source>Internet speed</source>
      <translation>网速</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="120" />
      <source>Your internet speed is good for standard-quality video.</source>
      <translation>您的网速足够进行标准画质的视频。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="122" />
      <source>Your internet speed is enough for sound, but probably not for video.</source>
      <translation>您的网速足够传送声音，但可能不够进行视频。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="125" />
      <source>Your internet speed is too slow for a video or audio call.</source>
      <translation>您的网速太慢，无法进行视频或语音通话。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="130" />
      <source>Your internet speed is good for HD video, but your connection slows down a lot when it is busy.</source>
      <translation>您的网速足够进行高清视频，但网络繁忙时连接会明显变慢。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="133" />
      <source>The connection slows down a lot when it is busy (the delay rises by more than {loaded_latency_increase_warn_ms} ms under load): ask the caller to pause other streaming, downloads and backups during the visit, and to restart the router.</source>
      <translation>网络繁忙时连接明显变慢（负载下延迟增加超过 {loaded_latency_increase_warn_ms} ms）：请来电者在就诊时暂停其他视频播放、下载和备份，并重启路由器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="143" />
      <source>The internet is a little slow (download under {pass_download_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>网速有点慢（下载低于 {pass_download_mbps} Mbit/s）：就诊时请暂停其他视频播放和下载；视频画质可能较低。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="152" />
      <source>The internet is a little slow (upload under {pass_upload_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>网速有点慢（上传低于 {pass_upload_mbps} Mbit/s）：就诊时请暂停其他视频播放和下载；视频画质可能较低。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="159" />
      <source>Your internet is too slow for video; it is enough for sound only.</source>
      <translation>您的网速太慢，无法进行视频；只够传送声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="161" />
      <source>The connection carries sound but not video (under {sd_upload_mbps} Mbit/s one way): plan the visit by phone if it cannot be improved.</source>
      <translation>连接可以传送声音，但不能传送视频（单向低于 {sd_upload_mbps} Mbit/s）：如果无法改善，请安排电话就诊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="169" />
      <source>The internet is too slow for video (download under {warn_download_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>网速太慢，无法进行视频（下载低于 {warn_download_mbps} Mbit/s）：请靠近路由器或使用网线，停止其他视频播放和下载，或安排电话就诊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="178" />
      <source>The internet is too slow for video (upload under {warn_upload_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>网速太慢，无法进行视频（上传低于 {warn_upload_mbps} Mbit/s）：请靠近路由器或使用网线，停止其他视频播放和下载，或安排电话就诊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="188" />
      <source>A phone visit may be better: call {label} at {phone} to arrange one.</source>
      <translation>电话就诊可能更好：请拨打{label}的电话 {phone} 来安排。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="195" />
      <source>A phone visit may be better: call your doctor's office to arrange one.</source>
      <translation>电话就诊可能更好：请打电话给您的医生诊所来安排。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="206" />
      <source>The speed test server refused the upload test, so the upload speed is unknown: ask the caller to run Preflight again; if every caller sees this, the speed test server needs attention.</source>
      <translation>测速服务器拒绝了上传测试，所以上传速度未知：请来电者再次运行 Preflight；如果每位来电者都出现这个问题，说明测速服务器需要处理。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="215" />
      <source>The speed test server acknowledged none of the upload test, so the upload speed is unknown: ask the caller to run Preflight again; a firewall or proxy may be blocking uploads.</source>
      <translation>测速服务器没有确认任何上传测试，所以上传速度未知：请来电者再次运行 Preflight；可能有防火墙或代理阻止了上传。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="224" />
      <source>The speed test server could not be reached, so the speed was not measured: ask the caller to check they are online and run Preflight again; if every caller sees this, the speed test server may be down.</source>
      <translation>无法连接测速服务器，所以没有测出网速：请来电者确认已连网，并再次运行 Preflight；如果每位来电者都出现这个问题，测速服务器可能已停止服务。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="233" />
      <source>The speed test server stopped answering, so the speed was not measured: ask the caller to run Preflight again; if every caller sees this, the speed test server may be overloaded or down.</source>
      <translation>测速服务器停止响应，所以没有测出网速：请来电者再次运行 Preflight；如果每位来电者都出现这个问题，测速服务器可能过载或已停止服务。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="242" />
      <source>No data arrived from the speed test server, so the speed was not measured: ask the caller to run Preflight again; a firewall or proxy may be blocking the download.</source>
      <translation>没有从测速服务器收到数据，所以没有测出网速：请来电者再次运行 Preflight；可能有防火墙或代理阻止了下载。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="251" />
      <source>speedtest.net's settings could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>无法获取 speedtest.net 的设置（来电者的网络可能屏蔽了它），所以没有测出网速：请来电者过几分钟再试；屏蔽 speedtest.net 的机构可以指定自己的测速服务器（[bandwidth] speedtest_server）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="261" />
      <source>speedtest.net's list of servers could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>无法获取 speedtest.net 的服务器列表（来电者的网络可能屏蔽了它），所以没有测出网速：请来电者过几分钟再试；屏蔽 speedtest.net 的机构可以指定自己的测速服务器（[bandwidth] speedtest_server）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="269" />
      <source>The speed test server address in the settings is not valid.</source>
      <translation>设置中的测速服务器地址无效。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="270" />
      <source>Call the support line: the speed test needs to be set up again.</source>
      <translation>请拨打帮助热线：测速功能需要重新设置。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="271" />
      <source>The speed test server address in the settings ([bandwidth] speedtest_server, or --speedtest-server) is not an http(s) address: correct the configuration.</source>
      <translation>设置中的测速服务器地址（[bandwidth] speedtest_server 或 --speedtest-server）不是 http(s) 地址：请更正配置。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="280" />
      <source>The internet speed check could not start: part of Preflight is missing.</source>
      <translation>网速检查无法开始：Preflight 缺少一部分文件。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="281" />
      <source>Reinstall Preflight, or call the support line.</source>
      <translation>请重新安装 Preflight，或拨打帮助热线。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="282" />
      <source>Part of Preflight (the speed test component) is missing on the caller's computer: ask them to reinstall Preflight.</source>
      <translation>来电者电脑上的 Preflight 缺少一部分（测速组件）：请他们重新安装 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="292" />
      <source>The speed test server refused the test (an HTTP error), so the speed was not measured: ask the caller to try again in a few minutes; if every caller sees this, the speed test service (see the report's provider) needs attention or is blocked on their network.</source>
      <translation>测速服务器拒绝了测试（HTTP 错误），所以没有测出网速：请来电者过几分钟再试；如果每位来电者都出现这个问题，说明测速服务（见报告中的提供方）需要处理，或在他们的网络上被屏蔽。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="300" />
      <source>The speed test service is busy, so your internet speed was not measured.</source>
      <translation>测速服务正忙，所以没有测出您的网速。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="302" />
      <source>The speed test service asked us to wait (too many tests from the caller's network, HTTP 429), so the speed was not measured: ask the caller to try again in a few minutes.</source>
      <translation>测速服务要求我们稍等（来电者的网络测试次数太多，HTTP 429），所以没有测出网速：请来电者过几分钟再试。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="309" />
      <source>We could not make a secure connection to the speed test server, so your internet speed was not measured.</source>
      <translation>我们无法与测速服务器建立安全连接，所以没有测出您的网速。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="311" />
      <source>Check that your computer's date and time are right, then {check_again}.</source>
      <translation>请确认电脑的日期和时间正确，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="315" />
      <source>The speed test server's security certificate was not accepted, so the speed was not measured: the computer's clock may be wrong, or a proxy or firewall on the caller's network inspects secure connections.</source>
      <translation>测速服务器的安全证书未被接受，所以没有测出网速：可能是电脑的时钟不对，或来电者网络上的代理或防火墙在检查安全连接。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="324" />
      <source>Something other than the speed test server answered (a sign-in page, a proxy or a broken server), so the speed was not measured: ask the caller whether the network needs a sign-in, then to run Preflight again.</source>
      <translation>回复的不是测速服务器（而是登录页面、代理或出错的服务器），所以没有测出网速：请问来电者网络是否需要登录，然后请他们再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="334" />
      <location filename="../../src/preflight/support/code_v1.py" line="97" />
      <location filename="../../src/preflight/support/code_v2.py" line="82" />
      <source>download</source>
      <translation>下载</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="336" />
      <location filename="../../src/preflight/support/code_v1.py" line="98" />
      <location filename="../../src/preflight/support/code_v2.py" line="84" />
      <source>upload</source>
      <translation>上传</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="341" />
      <location filename="../../src/preflight/support/code_v1.py" line="99" />
      <location filename="../../src/preflight/support/code_v2.py" line="87" />
      <source>ping</source>
      <translation>延迟（ping）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="344" />
      <source>speed test by</source>
      <translation>测速服务</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="348" />
      <source>Download speed</source>
      <translation>下载速度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="349" />
      <source>Upload speed</source>
      <translation>上传速度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="351" />
      <source>Delay (ping)</source>
      <translation>延迟（ping）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="353" />
      <source>Delay variation</source>
      <translation>延迟波动</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="355" />
      <source>Delay while busy</source>
      <translation>繁忙时的延迟</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="357" />
      <source>Extra delay while busy</source>
      <translation>繁忙时增加的延迟</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="359" />
      <source>Test server</source>
      <translation>测速服务器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="364" />
      <source>Data downloaded</source>
      <translation>下载的数据量</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="366" />
      <source>Data uploaded</source>
      <translation>上传的数据量</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="368" />
      <source>Best video for this connection</source>
      <translation>这个连接最适合的视频</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="373" />
      <source>HD video (1080p)</source>
      <translation>高清视频（1080p）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="374" />
      <source>HD video (720p)</source>
      <translation>高清视频（720p）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="375" />
      <source>standard video</source>
      <translation>标准视频</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="376" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="168" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="186" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="288" />
      <source>sound only</source>
      <translation>仅声音</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="377" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="243" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="379" />
      <source>Speed steady during the test</source>
      <translation>测试期间速度稳定</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="384" />
      <source>Download speed variation</source>
      <translation>下载速度波动</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="388" />
      <source>Upload speed variation</source>
      <translation>上传速度波动</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="392" />
      <source>Upload counted by</source>
      <translation>上传计数方式</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="398" />
      <source>Speed test by</source>
      <translation>测速提供方</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="403" />
      <source>Speed tests that could not measure</source>
      <translation>无法测速的测速服务</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="406" />
      <source>{provider}: {reason}</source>
      <translation>{provider}：{reason}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="511" />
      <source>the support line</source>
      <translation>帮助热线</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="551" />
      <source>Measuring your internet speed…</source>
      <translation>正在测量您的网速…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="559" />
      <source>Trying another speed test…</source>
      <translation>正在换一个测速服务…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="40" />
      <source>upload speed</source>
      <translation>上传速度</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="41" />
      <source>lost packets</source>
      <translation>丢失的数据包</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="42" />
      <source>round trip</source>
      <translation>往返时间</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="43" />
      <source>jitter</source>
      <translation>延迟波动</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="44" />
      <source>weak Wi-Fi signal</source>
      <translation>Wi-Fi 信号弱</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="45" />
      <source>a VPN</source>
      <translation>VPN</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="50" />
      <source>Video calls</source>
      <translation>视频通话</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="58" />
      <source>Expected video call quality: Excellent ({resolution}).</source>
      <translation>预计视频通话质量：极好（{resolution}）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="60" />
      <source>Expected video call quality: Great ({resolution}).</source>
      <translation>预计视频通话质量：很好（{resolution}）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="62" />
      <source>Expected video call quality: Good ({resolution}).</source>
      <translation>预计视频通话质量：良好（{resolution}）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="65" />
      <source>Expected video call quality: Fair ({resolution}).</source>
      <translation>预计视频通话质量：一般（{resolution}）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="67" />
      <source>Expected call quality is fair (an estimated MOS from {mos_fair} to {mos_good}): sound may break up and the picture may freeze at times. The limit found with it is what to fix first.</source>
      <translation>预计通话质量一般（估计 MOS 在 {mos_fair} 到 {mos_good} 之间）：声音有时可能断断续续，画面有时可能卡住。与它一起发现的限制因素是首先要解决的。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="73" />
      <source>Expected video call quality: Poor ({resolution}). The video will probably freeze.</source>
      <translation>预计视频通话质量：差（{resolution}）。视频很可能会卡住。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="76" />
      <source>Expected call quality is poor (an estimated MOS under {mos_fair}): the video will probably freeze. Fix the limit found with it, or offer a phone visit.</source>
      <translation>预计通话质量差（估计 MOS 低于 {mos_fair}）：视频很可能会卡住。请解决与它一起发现的限制因素，或安排电话就诊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="83" />
      <source>Your upload speed limits the picture.</source>
      <translation>您的上传速度限制了画面质量。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="84" />
      <source>Your upload speed is too low for a clear picture: pause other uploads and backups (photos, cloud storage) during the visit.</source>
      <translation>您的上传速度太低，画面无法清晰：就诊时请暂停其他上传和备份（照片、云存储）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="86" />
      <source>The upload limits the picture (under {video_540p_mbps} Mbit/s for 540p): ask the caller to pause uploads and backups, or to move closer to the router.</source>
      <translation>上传速度限制了画面（540p 需要 {video_540p_mbps} Mbit/s，现在低于这个速度）：请来电者暂停上传和备份，或靠近路由器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="92" />
      <source>Some of the call's sound and picture gets lost on the way.</source>
      <translation>通话中的一部分声音和画面在传送途中丢失了。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="93" />
      <source>Some of the call's sound and picture gets lost on the way: move closer to your router, or connect with a network cable.</source>
      <translation>通话中的一部分声音和画面在传送途中丢失了：请靠近路由器，或用网线连接。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="95" />
      <source>Lost packets limit the call (more than {teams_loss_pct}% lost; Teams asks under 1%): usually weak Wi-Fi. Ask the caller to move closer to the router or use a cable.</source>
      <translation>丢包限制了通话（丢失超过 {teams_loss_pct}%；Teams 要求低于 1%）：通常是 Wi-Fi 信号弱。请来电者靠近路由器或使用网线。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="101" />
      <source>Your connection takes long to reach the video service.</source>
      <translation>您的连接到达视频服务需要的时间较长。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="102" />
      <source>Your connection takes long to reach the video service: connect with a network cable, and try without a VPN if you use one.</source>
      <translation>您的连接到达视频服务需要的时间较长：请用网线连接，如果您在使用 VPN，请试试不用它。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="104" />
      <source>The round trip limits the call (over {teams_rtt_ms} ms; Teams asks under 100 ms): a VPN, satellite or mobile link is likely. Ask the caller to try without the VPN or on another network.</source>
      <translation>往返时间限制了通话（超过 {teams_rtt_ms} ms；Teams 要求低于 100 ms）：很可能是 VPN、卫星或移动网络造成的。请来电者试试不用 VPN，或换一个网络。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="110" />
      <source>The delay on your connection changes a lot.</source>
      <translation>您的连接延迟变化很大。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="111" />
      <source>The delay on your connection changes a lot: move closer to your router or connect with a network cable, and pause other streaming.</source>
      <translation>您的连接延迟变化很大：请靠近路由器或用网线连接，并暂停其他视频播放。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="113" />
      <source>Jitter limits the call (over {teams_jitter_ms} ms; Teams asks under 30 ms): usually busy or weak Wi-Fi. Ask the caller to use a cable or move closer to the router, and to pause other streaming.</source>
      <translation>延迟波动限制了通话（超过 {teams_jitter_ms} ms；Teams 要求低于 30 ms）：通常是 Wi-Fi 繁忙或信号弱。请来电者使用网线或靠近路由器，并暂停其他视频播放。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="120" />
      <source>Your connection slows down a lot when it is busy.</source>
      <translation>网络繁忙时，您的连接会明显变慢。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="121" />
      <source>Your connection slows down a lot when it is busy: other streaming, downloads and backups will hurt the call. Pause them during the visit.</source>
      <translation>网络繁忙时，您的连接会明显变慢：其他视频播放、下载和备份会影响通话。就诊时请暂停它们。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="124" />
      <source>The delay rises by more than {household_increase_warn_ms} ms when the connection is busy (bufferbloat): other streaming, downloads and backups at home will hurt the call. Ask the caller to pause them during the visit and to restart the router.</source>
      <translation>连接繁忙时延迟增加超过 {household_increase_warn_ms} ms（缓冲膨胀）：家中其他视频播放、下载和备份会影响通话。请来电者在就诊时暂停它们，并重启路由器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="131" />
      <source>We could not estimate the video call quality.</source>
      <translation>我们无法估计视频通话质量。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="132" />
      <source>The connection checks above say what they found.</source>
      <translation>上面的连接检查会说明发现了什么。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="133" />
      <source>The call quality could not be estimated: the connection check or the speed check did not measure the round trip, loss or upload (or their figures contradict each other). Read those checks' findings.</source>
      <translation>无法估计通话质量：连接检查或测速检查没有测出往返时间、丢包或上传速度（或它们的数据互相矛盾）。请查看这些检查的结果。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="141" />
      <source>Your Wi-Fi signal is weak where you are.</source>
      <translation>您所在位置的 Wi-Fi 信号弱。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="142" />
      <source>Your Wi-Fi signal is weak where you are: move closer to your router, or connect with a network cable.</source>
      <translation>您所在位置的 Wi-Fi 信号弱：请靠近路由器，或用网线连接。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="144" />
      <source>A weak Wi-Fi signal limits the call (packets lost or late on the Wi-Fi): ask the caller to move closer to the router or to use a cable.</source>
      <translation>Wi-Fi 信号弱限制了通话（数据包在 Wi-Fi 上丢失或延迟）：请来电者靠近路由器，或使用网线。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="149" />
      <source>Your connection goes through a VPN, which slows down the call.</source>
      <translation>您的连接经过 VPN，这会让通话变慢。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="150" />
      <source>Your connection goes through a VPN, which slows down the call: if you can, turn it off for the visit.</source>
      <translation>您的连接经过 VPN，这会让通话变慢：如果可以，请在就诊时关闭它。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="152" />
      <source>A VPN or tunnel in the route limits the call (a long or unsteady round trip): ask the caller to try without the VPN.</source>
      <translation>线路中的 VPN 或隧道限制了通话（往返时间长或不稳定）：请来电者试试不用 VPN。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="160" />
      <source>expected call quality</source>
      <translation>预计通话质量</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="161" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="177" />
      <source>excellent</source>
      <translation>极好</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="162" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="178" />
      <source>great</source>
      <translation>很好</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="163" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="179" />
      <source>good</source>
      <translation>良好</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="164" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="180" />
      <source>fair</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="165" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="181" />
      <source>poor</source>
      <translation>差</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="167" />
      <source>picture the upload carries</source>
      <translation>上传能传送的画面</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="169" />
      <source>what limits the call</source>
      <translation>限制通话的因素</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="173" />
      <source>Expected call quality</source>
      <translation>预计通话质量</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="183" />
      <source>Picture the upload carries</source>
      <translation>上传能传送的画面</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="187" />
      <source>What limits the call</source>
      <translation>限制通话的因素</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="193" />
      <source>Estimated call score (MOS, 1 to 4.5)</source>
      <translation>估计通话评分（MOS，1 到 4.5）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="197" />
      <source>Transmission rating (R)</source>
      <translation>传输评级（R）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="200" />
      <source>Effective delay</source>
      <translation>有效延迟</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="202" />
      <source>Estimated call score when the connection is busy</source>
      <translation>连接繁忙时的估计通话评分</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="210" />
      <source>Your computer can't reach the video visit service.</source>
      <translation>您的电脑无法连接视频就诊服务。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="211" />
      <source>Your network blocks the fastest kind of video connection, but video can still work through a backup route.</source>
      <translation>您的网络阻止了最快的视频连接方式，但视频仍可以通过备用线路进行。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="217" />
      <source>If the video is choppy during the visit, try another network (for example your home Wi-Fi instead of a work or hotel network).</source>
      <translation>如果就诊时视频卡顿，请换一个网络试试（例如用家里的 Wi-Fi，而不是单位或酒店的网络）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="220" />
      <source>Your connection is too unsteady for video right now; a phone visit may be better.</source>
      <translation>您的连接现在太不稳定，无法进行视频；电话就诊可能更好。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="223" />
      <source>Your connection is a little unsteady, so the video may freeze at times.</source>
      <translation>您的连接有点不稳定，视频有时可能会卡住。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="232" />
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>works</source>
      <translation>可以使用</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="233" />
      <source>no answer</source>
      <translation>没有响应</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="234" />
      <source>refused us</source>
      <translation>拒绝了我们</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="237" />
      <source>Video relay over UDP</source>
      <translation>通过 UDP 的视频中继</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="238" />
      <source>Video relay over TCP</source>
      <translation>通过 TCP 的视频中继</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="239" />
      <source>Video relay over TLS</source>
      <translation>通过 TLS 的视频中继</translation>
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
      <translation>VPN 或隧道</translation>
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
      <translation>这一点您不需要做任何更改。如果就诊时视频无法开始，请拨打帮助热线。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="262" />
      <source>Internet connection</source>
      <translation>网络连接</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="272" />
      <source>Your internet connection can reach the video visit service.</source>
      <translation>您的网络连接可以连接视频就诊服务。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="277" />
      <source>Your computer doesn't seem to be connected to the internet.</source>
      <translation>您的电脑似乎没有连接到网络。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="279" />
      <source>Check that Wi-Fi is turned on and connected, or that the network cable is plugged in.</source>
      <translation>请确认 Wi-Fi 已打开并已连接，或网线已插好。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="284" />
      <source>The computer is not connected to the internet: ask the caller to check that Wi-Fi is on and connected (or the network cable is plugged in), to restart the computer and router, and to try without a VPN.</source>
      <translation>电脑没有连接到网络：请来电者确认 Wi-Fi 已打开并已连接（或网线已插好），重启电脑和路由器，并试试不用 VPN。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="291" />
      <source>Your Wi-Fi network wants you to sign in before you can use the internet.</source>
      <translation>您的 Wi-Fi 网络要求您先登录，才能使用网络。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="293" />
      <source>Open your web browser and follow the steps on the page that appears (you may need to accept terms or enter a code).</source>
      <translation>请打开网页浏览器，按照出现的页面上的步骤操作（您可能需要接受条款或输入代码）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="297" />
      <source>A Wi-Fi sign-in page holds back the internet: ask the caller to open a web browser, finish the steps on the page that appears, then run Preflight again.</source>
      <translation>Wi-Fi 登录页面挡住了网络：请来电者打开网页浏览器，完成出现的页面上的步骤，然后再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="306" />
      <source>The visit's services could not be reached: a Wi-Fi sign-in page, firewall or VPN may block them. Sign in to the Wi-Fi page, turn off the VPN, or try another network.</source>
      <translation>无法连接就诊服务：Wi-Fi 登录页面、防火墙或 VPN 可能阻止了它们。请登录 Wi-Fi 页面，关闭 VPN，或换一个网络试试。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="315" />
      <source>Security software or a network filter may be blocking secure connections. If you can, try another network (for example your phone's hotspot).</source>
      <translation>安全软件或网络过滤器可能阻止了安全连接。如果可以，请换一个网络试试（例如手机热点）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="321" />
      <source>Secure connections to the visit's services failed their certificate check: security software or a network filter may be intercepting them. Ask the caller to try another network, such as a phone hotspot.</source>
      <translation>到就诊服务的安全连接没有通过证书检查：安全软件或网络过滤器可能在拦截它们。请来电者换一个网络试试，例如手机热点。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="329" />
      <source>Your computer uses a proxy server. Ask whoever manages it to allow the video visit service.</source>
      <translation>您的电脑使用代理服务器。请让管理代理服务器的人允许视频就诊服务。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="331" />
      <source>The caller's computer uses a proxy server, and the visit's services could not be reached through it: whoever manages the proxy needs to allow them.</source>
      <translation>来电者的电脑使用代理服务器，无法通过它连接就诊服务：管理代理服务器的人需要允许这些服务。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="340" />
      <source>Call traffic (UDP) is blocked: the call may fall back to a slower path. If video fails, try another network or ask the network's IT to allow UDP.</source>
      <translation>通话流量（UDP）被阻止：通话可能会改用较慢的线路。如果视频无法使用，请换一个网络，或请网络的 IT 人员允许 UDP。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="351" />
      <source>UDP was not tested: the STUN server in the settings ([network] stun_server) is not set or its name could not be looked up. Video may still work; if every caller sees this, check the organisation's configuration.</source>
      <translation>没有测试 UDP：设置中的 STUN 服务器（[network] stun_server）没有设置，或无法查到它的名称。视频可能仍然可以使用；如果每位来电者都出现这个问题，请检查机构的配置。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="361" />
      <source>The connection has a long delay (a round trip of {rtt_fail_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>连接延迟很长（往返 {rtt_fail_ms} ms 或更长）：请使用网线或靠近路由器，如果问题持续，请重启路由器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="370" />
      <source>The connection loses data ({loss_fail_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>连接丢失数据（{loss_fail_pct}% 或更多的数据包）：请靠近 Wi-Fi 路由器或使用网线，并暂停家中的下载和视频播放。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="379" />
      <source>The connection has a long delay (a round trip of {rtt_warn_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>连接延迟很长（往返 {rtt_warn_ms} ms 或更长）：请使用网线或靠近路由器，如果问题持续，请重启路由器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="388" />
      <source>The connection's delay varies a lot ({jitter_warn_ms} ms or more from one packet to the next): use a cable or move closer to the router, and pause downloads and streaming at home.</source>
      <translation>连接的延迟波动很大（相邻数据包之间相差 {jitter_warn_ms} ms 或更多）：请使用网线或靠近路由器，并暂停家中的下载和视频播放。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="397" />
      <source>The connection loses data ({loss_warn_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>连接丢失数据（{loss_warn_pct}% 或更多的数据包）：请靠近 Wi-Fi 路由器或使用网线，并暂停家中的下载和视频播放。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="404" />
      <source>Your connection works, but some of the visit's services could not be found.</source>
      <translation>您的连接可以使用，但找不到部分就诊服务。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="407" />
      <source>Internet names could not be looked up: restart the router, or try another network such as a phone hotspot.</source>
      <translation>无法查找网络名称：请重启路由器，或换一个网络试试，例如手机热点。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="414" />
      <source>Video will work, but maybe at lower quality: your network lets it through only a slower route.</source>
      <translation>视频可以使用，但画质可能较低：您的网络只允许视频通过较慢的线路。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="417" />
      <source>The video service's relay works only over TCP or TLS; UDP to it is blocked. Video will work, maybe at lower quality: if it is poor, try without a VPN or another network, or ask the network's IT to allow UDP to the relay.</source>
      <translation>视频服务的中继服务器只能通过 TCP 或 TLS 使用；到它的 UDP 被阻止。视频可以使用，但画质可能较低：如果画质差，请试试不用 VPN 或换一个网络，或请网络的 IT 人员允许到中继服务器的 UDP。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="425" />
      <source>Your network blocks video calls.</source>
      <translation>您的网络阻止了视频通话。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="426" />
      <source>Try another network (for example your phone's hotspot), or ask for a phone visit.</source>
      <translation>请换一个网络试试（例如手机热点），或要求电话就诊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="428" />
      <source>The caller's network blocks the video relay on every route tried (UDP, TCP, TLS on 443) while web pages work: video cannot connect. Ask them to try another network, such as a phone hotspot, or arrange a phone visit. If many callers see this at once, check that the relay is up.</source>
      <translation>来电者的网络在尝试过的所有线路上（UDP、TCP、443 端口上的 TLS）都阻止了视频中继服务器，但网页可以打开：视频无法连接。请来电者换一个网络试试，例如手机热点，或安排电话就诊。如果同时有很多来电者出现这个问题，请检查中继服务器是否正常运行。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="436" />
      <source>The video service's relay refused us, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>视频服务的中继服务器拒绝了我们，所以我们无法测试视频使用的线路。这是我们这边的问题，不是您的网络的问题。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="439" />
      <source>The video service's relay (TURN) refused Preflight: the relay credentials in the settings ([network] turn_username and turn_credential, or the service at turn_credential_url) are wrong or expired, or the relay is full. This is the organisation's infrastructure, not the caller's network: report it to IT.</source>
      <translation>视频服务的中继服务器（TURN）拒绝了 Preflight：设置中的中继凭据（[network] turn_username 和 turn_credential，或 turn_credential_url 上的服务）错误或已过期，或中继服务器已满。这是机构的基础设施问题，不是来电者的网络问题：请报告给 IT 部门。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="448" />
      <source>The video service's relay is not answering (it seems to be down), so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>视频服务的中继服务器没有响应（似乎已停止服务），所以我们无法测试视频使用的线路。这不是您的网络的问题。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="452" />
      <source>The video service's relay ([network] turn_servers) refused the connection: it appears to be down. Report it to IT; the caller's network is not the cause.</source>
      <translation>视频服务的中继服务器（[network] turn_servers）拒绝了连接：它似乎已停止服务。请报告给 IT 部门；原因不在来电者的网络。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="459" />
      <source>The video service's relay could not be found, so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>找不到视频服务的中继服务器，所以我们无法测试视频使用的线路。这不是您的网络的问题。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="462" />
      <source>The relay's name in [network] turn_servers could not be looked up while other names could: check the name in the settings and the organisation's DNS. The caller's network is not the cause.</source>
      <translation>无法查找 [network] turn_servers 中的中继服务器名称，但其他名称可以查到：请检查设置中的名称和机构的 DNS。原因不在来电者的网络。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="469" />
      <source>We could not get a sign-in for the video service's relay, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>我们无法获得视频服务中继服务器的登录凭据，所以我们无法测试视频使用的线路。这是我们这边的问题，不是您的网络的问题。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="473" />
      <source>The relay credential service ([network] turn_credential_url) gave Preflight no usable credential or relay address (unreachable, an error, or an answer without a username and password): check that service. The caller's network is not the cause.</source>
      <translation>中继凭据服务（[network] turn_credential_url）没有给 Preflight 可用的凭据或中继地址（无法连接、出错，或回复中没有用户名和密码）：请检查这个服务。原因不在来电者的网络。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="482" />
      <source>Your Wi-Fi signal is weak where you are, so the video may freeze.</source>
      <translation>您所在位置的 Wi-Fi 信号弱，视频可能会卡住。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="483" />
      <source>Move closer to your Wi-Fi router, or connect with a network cable if you can.</source>
      <translation>请靠近 Wi-Fi 路由器，如果可以，请用网线连接。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="485" />
      <source>The caller's Wi-Fi signal is weak ({wifi_weak_dbm} dBm or less; video calls need about -67 dBm): ask them to move closer to the router, or to use a network cable.</source>
      <translation>来电者的 Wi-Fi 信号弱（{wifi_weak_dbm} dBm 或更低；视频通话大约需要 -67 dBm）：请他们靠近路由器，或使用网线。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="492" />
      <source>Your connection goes through a VPN, which can slow down the video.</source>
      <translation>您的连接经过 VPN，这可能让视频变慢。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="493" />
      <source>If you can, turn off the VPN for the visit, then {check_again}.</source>
      <translation>如果可以，请在就诊时关闭 VPN，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="494" />
      <source>The caller's traffic goes through a VPN or tunnel, and the connection is slow or unsteady: ask them to try without the VPN (or with a split tunnel for the video service).</source>
      <translation>来电者的网络流量经过 VPN 或隧道，并且连接慢或不稳定：请他们试试不用 VPN（或为视频服务使用分离隧道）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="503" />
      <source>Your Wi-Fi uses the slower 2.4 GHz band.</source>
      <translation>您的 Wi-Fi 使用较慢的 2.4 GHz 频段。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="505" />
      <source>If your router also offers a 5 GHz network (its name often ends in "5G"), connect to that one: it is usually faster and steadier.</source>
      <translation>如果您的路由器还提供 5 GHz 网络（它的名称通常以“5G”结尾），请连接到那个网络：它通常更快、更稳定。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="516" />
      <location filename="../../src/preflight/support/code_v2.py" line="71" />
      <source>UDP loss</source>
      <translation>UDP 丢失</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="518" />
      <location filename="../../src/preflight/support/code_v2.py" line="73" />
      <source>UDP round trip</source>
      <translation>UDP 往返时间</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="524" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="597" />
      <source>Relay round trip</source>
      <translation>中继往返时间</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="528" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="603" />
      <source>Wi-Fi signal</source>
      <translation>Wi-Fi 信号</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="530" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="607" />
      <source>Wi-Fi band</source>
      <translation>Wi-Fi 频段</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="532" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="610" />
      <source>Wi-Fi link rate</source>
      <translation>Wi-Fi 连接速率</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="534" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="613" />
      <source>VPN or tunnel in the route</source>
      <translation>线路中的 VPN 或隧道</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="539" />
      <source>Names looked up (DNS)</source>
      <translation>已查找的名称（DNS）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="541" />
      <source>Visit services reached</source>
      <translation>已连接的就诊服务</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="543" />
      <source>Services not reached</source>
      <translation>未连接的服务</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="545" />
      <source>Proxy server in use</source>
      <translation>正在使用代理服务器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="547" />
      <source>Wi-Fi sign-in page</source>
      <translation>Wi-Fi 登录页面</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="550" />
      <source>Fast video connection (UDP)</source>
      <translation>快速视频连接（UDP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="552" />
      <source>Public address found</source>
      <translation>找到公网地址</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="555" />
      <source>Round trip (UDP)</source>
      <translation>往返时间（UDP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="557" />
      <source>Delay variation (UDP)</source>
      <translation>延迟波动（UDP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="559" />
      <source>Data lost (UDP)</source>
      <translation>丢失的数据（UDP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="561" />
      <source>Backup route for video (TCP 443)</source>
      <translation>视频备用线路（TCP 443）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="571" />
      <source>Relay round trip (UDP)</source>
      <translation>中继往返时间（UDP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="574" />
      <source>Relay data lost (UDP)</source>
      <translation>中继丢失的数据（UDP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="576" />
      <source>Relay problem (UDP)</source>
      <translation>中继问题（UDP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="582" />
      <source>Relay round trip (TCP)</source>
      <translation>中继往返时间（TCP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="584" />
      <source>Relay data lost (TCP)</source>
      <translation>中继丢失的数据（TCP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="586" />
      <source>Relay problem (TCP)</source>
      <translation>中继问题（TCP）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="591" />
      <source>Relay round trip (TLS)</source>
      <translation>中继往返时间（TLS）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="593" />
      <source>Relay data lost (TLS)</source>
      <translation>中继丢失的数据（TLS）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="595" />
      <source>Relay problem (TLS)</source>
      <translation>中继问题（TLS）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="600" />
      <source>Relay test time</source>
      <translation>中继测试时间</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="777" />
      <source>Checking your internet connection…</source>
      <translation>正在检查您的网络连接…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="10" />
      <source>If you're on a work network or VPN, try without it.</source>
      <translation>如果您在使用单位网络或 VPN，请不用它再试试。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="11" />
      <source>Restart your computer and router, then {check_again}.</source>
      <translation>请重启电脑和路由器，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="12" />
      <source>Move closer to your router, or connect with a network cable if you can.</source>
      <translation>请靠近路由器，如果可以，请用网线连接。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="13" />
      <source>Pause other downloads or streaming (TV, games, backups) during the visit.</source>
      <translation>就诊时请暂停其他下载或视频播放（电视、游戏、备份）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="18" />
      <source>Connection</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="19" />
      <source>We are measuring your internet connection. This started when you pressed Start.</source>
      <translation>我们正在测量您的网络连接。您点击“开始”时就已开始。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1736" />
      <source>Finding a speed test server…</source>
      <translation>正在寻找测速服务器…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1775" />
      <source>Measuring download speed…</source>
      <translation>正在测量下载速度…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1792" />
      <source>Measuring upload speed…</source>
      <translation>正在测量上传速度…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="42" />
      <source>Your '{device}' microphone works.</source>
      <translation>您的麦克风“{device}”可以使用。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="43" />
      <source>Choose '{device}' as your microphone, then {check_again}.</source>
      <translation>请选择“{device}”作为您的麦克风，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="44" />
      <source>Another microphone works: ask the caller to choose it in the list, then check again.</source>
      <translation>另一个麦克风可以使用：请来电者在列表中选择它，然后重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="48" />
      <source>Your '{device}' camera works.</source>
      <translation>您的摄像头“{device}”可以使用。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="49" />
      <source>Choose '{device}' as your camera, then {check_again}.</source>
      <translation>请选择“{device}”作为您的摄像头，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="50" />
      <source>Another camera works: ask the caller to choose it in the list, then check again.</source>
      <translation>另一个摄像头可以使用：请来电者在列表中选择它，然后重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="54" />
      <source>Your computer can play sound on '{device}'.</source>
      <translation>您的电脑可以在“{device}”上播放声音。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="55" />
      <source>Choose '{device}' as your speakers, then {check_again}.</source>
      <translation>请选择“{device}”作为您的扬声器，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="56" />
      <source>Sound can play on another output: ask the caller to choose it in the list, then check again.</source>
      <translation>声音可以在另一个输出设备上播放：请来电者在列表中选择它，然后重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="68" />
      <source>Another device that works</source>
      <translation>另一个可以使用的设备</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="71" />
      <source>Devices tried</source>
      <translation>试用过的设备</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>does not work</source>
      <translation>无法使用</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="36" />
      <source>Your computer is short of resources. A restart is recommended.</source>
      <translation>您的电脑资源不足。建议重启电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="38" />
      <source>Restart your computer shortly before your visit: it frees memory and gives the video call the most bandwidth. Then open only what you need for the visit.</source>
      <translation>请在就诊前不久重启电脑：这样可以释放内存，让视频通话获得最多的带宽。然后只打开就诊需要的程序。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="40" />
      <source>If you can't restart now, close these programs: {programs}.</source>
      <translation>如果现在不能重启，请关闭这些程序：{programs}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="136" />
      <location filename="../../src/preflight/checks/system.py" line="187" />
      <source>Computer</source>
      <translation>电脑</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="144" />
      <source>Your computer has enough free resources for a video visit.</source>
      <translation>您的电脑有足够的空闲资源进行视频就诊。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="152" />
      <source>Ask the caller to restart the computer shortly before the visit, then open only what the visit needs.</source>
      <translation>请来电者在就诊前不久重启电脑，然后只打开就诊需要的程序。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="157" />
      <source>Other programs are using {others_cpu}% of the processor.</source>
      <translation>其他程序正在使用 {others_cpu}% 的处理器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="158" />
      <source>Only {gb} GB of memory is free.</source>
      <translation>只有 {gb} GB 的空闲内存。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="160" />
      <source>{memory_used_percent}% of the memory is in use.</source>
      <translation>{memory_used_percent}% 的内存正在使用中。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="162" />
      <source>The computer is short of memory and is using the disk instead.</source>
      <translation>电脑内存不足，正在使用硬盘代替内存。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="163" />
      <source>Your computer has been on for {days} days.</source>
      <translation>您的电脑已经连续开机 {days} 天。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="164" />
      <source>Your computer has been on for {days} day.</source>
      <translation>您的电脑已经连续开机 {days} 天。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="170" />
      <source>Your battery is low. Plug in your charger.</source>
      <translation>您的电池电量低。请插上充电器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="171" />
      <source>Your battery is at {battery_percent}%. Plug in your charger so the computer doesn't switch off during the visit.</source>
      <translation>您的电池电量为 {battery_percent}%。请插上充电器，以免就诊时电脑关机。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="173" />
      <source>The battery is low: plug in the charger.</source>
      <translation>电池电量低：请插上充电器。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="178" />
      <source>Your computer is ready, but its disk is almost full.</source>
      <translation>您的电脑已准备好，但硬盘快满了。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="179" />
      <source>Your disk has only {gb} GB free. Delete or move some large files (videos, downloads) if you can.</source>
      <translation>您的硬盘只剩 {gb} GB 空间。如果可以，请删除或移走一些大文件（视频、下载的文件）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="181" />
      <source>The disk is almost full: ask the caller to delete or move large files after the visit.</source>
      <translation>硬盘快满了：请来电者在就诊后删除或移走大文件。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="188" />
      <source>We are checking that your computer has enough free memory and processor time for video.</source>
      <translation>我们正在检查您的电脑是否有足够的空闲内存和处理器时间进行视频通话。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="192" />
      <source>{value} GB of memory free</source>
      <translation>空闲内存 {value} GB</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="193" />
      <source>less than 1 GB of memory free</source>
      <translation>空闲内存不到 1 GB</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for 1 day</source>
      <translation>已开机 1 天</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for {value} days</source>
      <translation>已开机 {value} 天</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="195" />
      <source>started today</source>
      <translation>今天才开机</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="196" />
      <source>other programs use {value}% of the processor</source>
      <translation>其他程序使用了 {value}% 的处理器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="197" />
      <source>the processor is free</source>
      <translation>处理器空闲</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="199" />
      <location filename="../../src/preflight/support/code_v1.py" line="132" />
      <source>plugged in</source>
      <translation>已插电</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="200" />
      <source>on battery, {battery_percent}% charged</source>
      <translation>使用电池，电量 {battery_percent}%</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="124" />
      <location filename="../../src/preflight/support/code_v2.py" line="97" />
      <source>free memory</source>
      <translation>空闲内存</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="215" />
      <location filename="../../src/preflight/support/code_v1.py" line="126" />
      <location filename="../../src/preflight/support/code_v2.py" line="99" />
      <source>time since last restart</source>
      <translation>距上次重启的时间</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="216" />
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <location filename="../../src/preflight/support/code_v2.py" line="100" />
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="220" />
      <source>Processor used by other programs</source>
      <translation>其他程序使用的处理器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="223" />
      <source>Processors</source>
      <translation>处理器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="225" />
      <source>Memory installed</source>
      <translation>安装的内存</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="227" />
      <source>Free memory</source>
      <translation>空闲内存</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="229" />
      <source>Memory in use</source>
      <translation>正在使用的内存</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="230" />
      <source>Memory on the disk (swap) in use</source>
      <translation>正在使用的硬盘内存（交换空间）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <source>Time since last restart</source>
      <translation>距上次重启的时间</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="234" />
      <source>Battery charge</source>
      <translation>电池电量</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="236" />
      <source>Running on battery</source>
      <translation>正在使用电池</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="238" />
      <source>Free disk space</source>
      <translation>硬盘剩余空间</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="240" />
      <source>Programs using the most processor</source>
      <translation>使用处理器最多的程序</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="243" />
      <source>Programs using the most memory</source>
      <translation>使用内存最多的程序</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="246" />
      <source>Programs you could close</source>
      <translation>可以关闭的程序</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="342" />
      <source>Measuring how busy your computer is…</source>
      <translation>正在测量您的电脑有多忙…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="183" />
      <source>Stopped.</source>
      <translation>已停止。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="303" />
      <source>Cameras:</source>
      <translation>摄像头：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="304" />
      <source>Microphones:</source>
      <translation>麦克风：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="305" />
      <source>Speakers:</source>
      <translation>扬声器：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="310" />
      <source>(none found)</source>
      <translation>（没有找到）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="312" />
      <source>(default)</source>
      <translation>（默认）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="315" />
      <source>Note: {problem}</source>
      <translation>注意：{problem}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="339" />
      <source>Checking {check}…</source>
      <extracomment>{check} is a check's name in lower case, e.g. "computer".</extracomment>
      <translation>正在检查{check}…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="364" />
      <source>y, yes</source>
      <extracomment>words typed for YES at the terminal, comma-separated; first one shown: "sí, si, s"</extracomment>
      <translation>是, y</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="366" />
      <source>n, no</source>
      <extracomment>words typed for NO at the terminal, comma-separated; first one shown: "no, n"</extracomment>
      <translation>否, n</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="482" />
      <source>Stopped. Nothing was changed on your computer.</source>
      <translation>已停止。您的电脑没有做任何更改。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="487" />
      <source>Preflight could not run the checks.</source>
      <translation>Preflight 无法运行检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="581" />
      <source>Report saved to {path}</source>
      <translation>报告已保存到 {path}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="594" />
      <source>Preflight for {organisation}</source>
      <translation>{organisation} 的 Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="601" />
      <source>Devices tried:</source>
      <translation>试用过的设备：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="608" />
      <location filename="../../src/preflight/support/reports.py" line="221" />
      <source>We recommend restarting your computer shortly before your visit:</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>我们建议您在就诊前不久重启电脑：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="615" />
      <source>Need help? Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): the number stays as written.</extracomment>
      <translation>需要帮助？请拨打{label}：{phone}，{option}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="629" />
      <source>Support code (read this to the help desk): {code}</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code</extracomment>
      <translation>支持代码（请把它读给服务台）：{code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="25" />
      <source>No display found: the Preflight window cannot open here. Run 'preflight check' to check your computer in the terminal.</source>
      <translation>找不到显示器：Preflight 窗口无法在这里打开。请运行 'preflight check'，在终端中检查您的电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="29" />
      <source>The Preflight window cannot open here: the system's display libraries did not load (the log says which). Run 'preflight check' to check your computer in the terminal.</source>
      <translation>Preflight 窗口无法在这里打开：系统的显示程序库没有加载（日志中有详细说明）。请运行 'preflight check'，在终端中检查您的电脑。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="359" />
      <source>The {check} check could not finish: ask the caller to run Preflight again; if it happens again, ask them to send the report and the log ('preflight logs' shows where it is).</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>{check}检查无法完成：请来电者再次运行 Preflight；如果再次出现，请他们发送报告和日志（'preflight logs' 会显示日志的位置）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="363" />
      <source>The run was stopped early: ask the caller to run Preflight again.</source>
      <translation>运行被提前停止：请来电者再次运行 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="371" />
      <source>The {check} check took too long and was stopped.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>{check}检查用时太长，已被停止。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="373" />
      <source>Close other programs that may be using it, then {check_again}.</source>
      <translation>请关闭可能在使用它的其他程序，然后{check_again}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="382" />
      <source>Something went wrong while checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>检查您的{check}时出了问题。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="392" />
      <source>The {check} check could not start: part of Preflight is missing or damaged.</source>
      <translation>{check}检查无法开始：Preflight 的一部分缺失或损坏。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="393" />
      <source>Reinstall Preflight, or call the support line below.</source>
      <translation>请重新安装 Preflight，或拨打下方的帮助热线。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="394" />
      <source>Part of Preflight is missing on the caller's computer: ask them to reinstall it.</source>
      <translation>来电者电脑上的 Preflight 缺少一部分：请他们重新安装。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="400" />
      <source>Not finished: the check was stopped.</source>
      <translation>未完成：检查已被停止。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="406" />
      <source>Not checked: the check was stopped before it started.</source>
      <translation>未检查：检查在开始前就被停止了。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="419" />
      <source>Error type</source>
      <translation>错误类型</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="427" />
      <source>Time limit</source>
      <translation>时间限制</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="24" />
      <source>Ready</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>就绪</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="25" />
      <source>Check this</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>需要处理</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="27" />
      <source>Could not check</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>无法检查</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="28" />
      <source>Not checked</source>
      <translation>未检查</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="29" />
      <location filename="../../src/preflight/restart/state.py" line="172" />
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="30" />
      <source>Not started</source>
      <translation>未开始</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="41" />
      <source>We found no problem with your {check}.</source>
      <extracomment>SAFETY: never more certain than the English; {check}: e.g. "video calls".</extracomment>
      <translation>我们在{check}检查中没有发现问题。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="43" />
      <source>We found something to improve with your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>我们在{check}检查中发现了可以改进的地方。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="45" />
      <source>We found a problem with your {check}.</source>
      <extracomment>SAFETY: plainly a problem; {check}: a check's name, e.g. "camera".</extracomment>
      <translation>我们在{check}检查中发现了问题。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="47" />
      <source>We could not finish checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>我们未能完成{check}检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="49" />
      <source>We did not check your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>我们没有检查{check}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="124" />
      <source>Almost done: still checking…</source>
      <translation>快完成了：还在检查…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="131" />
      <source>Let's get you some help</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>我们来帮您解决</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="134" />
      <source>You're ready for your visit</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>您已准备好就诊</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="138" />
      <source>Not every check finished: please check again</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>有些检查没有完成：请重新检查</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="141" />
      <source>Almost ready: 1 thing to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>快准备好了：有 1 个问题要解决</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="144" />
      <source>Almost ready: {count} things to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>快准备好了：有 {count} 个问题要解决</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="149" />
      <source>Everything we checked is working. See you at your visit.</source>
      <translation>我们检查的所有项目都正常。就诊时见。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="150" />
      <source>Your visit can probably go ahead. Fixing these makes it go better.</source>
      <translation>您的就诊很可能可以进行。解决这些问题会让就诊更顺利。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="151" />
      <source>Something needs fixing before your visit. Try the steps below, or call us: we can help.</source>
      <translation>就诊前有问题需要解决。请试试下面的步骤，或打电话给我们：我们可以帮您。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="154" />
      <source>Some checks are still running. This page updates by itself.</source>
      <translation>有些检查还在进行。这个页面会自动更新。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="179" />
      <source>{device} (the one chosen)</source>
      <extracomment>{device} is a device's name, e.g. "USB headset".</extracomment>
      <translation>{device}（所选的设备）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>Press Check again</source>
      <translation>点击“重新检查”</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>press Check again</source>
      <translation>点击“重新检查”</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>Run 'preflight check' again</source>
      <translation>重新运行 'preflight check'</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>run 'preflight check' again</source>
      <translation>重新运行 'preflight check'</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/devices_scan.py" line="28" />
      <source>Could not look for devices ({error}).</source>
      <translation>无法查找设备（{error}）。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="25" />
      <source>Preflight could not set itself to open again after the restart, so it did not restart your computer. You can restart it yourself the usual way, then open Preflight again.</source>
      <translation>Preflight 无法设置在重启后自动打开，所以没有重启您的电脑。您可以用平常的方法自己重启电脑，然后再次打开 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="29" />
      <source>Your computer did not restart. If you still want to, save your work and press Restart now again.</source>
      <translation>您的电脑没有重启。如果您仍然想重启，请保存您的工作，然后再次点击“现在重启”。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="33" />
      <source>Preflight is already open: its window has been brought to the front.</source>
      <translation>Preflight 已经打开：它的窗口已显示在最前面。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="37" />
      <source>Preflight is already open in another window. Please use that window.</source>
      <translation>Preflight 已经在另一个窗口中打开。请使用那个窗口。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="40" />
      <source>Save your work. Your computer will restart, and Preflight will open again by itself to check once more.</source>
      <translation>请保存您的工作。您的电脑将会重启，Preflight 会自动重新打开，再检查一次。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="52" />
      <source>Your computer did not let Preflight restart it (it may need an administrator). Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>您的电脑不允许 Preflight 重启电脑（可能需要管理员权限）。请保存您的工作，用平常的方法重启电脑，然后再次打开 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="56" />
      <source>Preflight could not ask your computer to restart. Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>Preflight 无法请电脑重启。请保存您的工作，用平常的方法重启电脑，然后再次打开 Preflight。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="60" />
      <source>Your computer is restarting. Preflight will open again by itself when you are back.</source>
      <translation>您的电脑正在重启。您回来时，Preflight 会自动重新打开。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="169" />
      <source>Better now</source>
      <translation>现在好了</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="170" />
      <source>Still a problem</source>
      <translation>仍有问题</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="171" />
      <source>Fine</source>
      <translation>正常</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="174" />
      <source>Welcome back</source>
      <translation>欢迎回来</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="175" />
      <source>Preflight opened again by itself. It is checking your computer once more, to see whether the restart helped.</source>
      <translation>Preflight 已自动重新打开。它正在再次检查您的电脑，看看重启是否有帮助。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="177" />
      <source>Your computer has not restarted since you pressed Restart now, so these numbers are from before a restart. Preflight is checking again anyway.</source>
      <translation>您点击“现在重启”后，电脑还没有重启，所以这些数据是重启前的。Preflight 仍会重新检查。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="181" />
      <source>The restart helped: what it was meant to fix is fine now.</source>
      <translation>重启有帮助：需要解决的问题现在已经正常了。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="182" />
      <source>The restart helped with some of it. What is still a problem is marked below.</source>
      <translation>重启解决了一部分问题。仍有问题的项目在下面标出。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="184" />
      <source>The restart did not fix this. The computer step shows what else you can do.</source>
      <translation>重启没有解决这个问题。“电脑”这一步会告诉您还能做什么。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="186" />
      <source>Your computer is fine.</source>
      <translation>您的电脑正常。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="187" />
      <source>Checking your computer again…</source>
      <translation>正在重新检查您的电脑…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="188" />
      <source>Preflight could not check your computer again. Press Continue to go on.</source>
      <translation>Preflight 无法重新检查您的电脑。请点击“继续”往下进行。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="73" />
      <source>This code has a typo — ask the caller to read it again.</source>
      <translation>这个代码有输入错误，请来电者再读一遍。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="74" />
      <location filename="../../src/preflight/support/code_v1.py" line="157" />
      <source>This is not a Preflight support code. Ask the caller to read it again.</source>
      <translation>这不是 Preflight 支持代码。请来电者再读一遍。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="145" />
      <location filename="../../src/preflight/support/code.py" line="148" />
      <source>Please enter the support code.</source>
      <translation>请输入支持代码。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="154" />
      <source>Support codes never contain “{character}”: ask the caller to read the code again.</source>
      <translation>支持代码中不会有“{character}”：请来电者再读一遍代码。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="182" />
      <source>This code comes from a newer version of Preflight (code format {version}). Update Preflight on this computer to read it, or ask the caller to send the report.</source>
      <translation>这个代码来自较新版本的 Preflight（代码格式 {version}）。请更新这台电脑上的 Preflight 才能读取，或请来电者发送报告。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="204" />
      <source>This code is too short: it has {count} of {length} characters. Ask the caller to read it again.</source>
      <translation>这个代码太短：只有 {count} 个字符，应为 {length} 个。请来电者再读一遍。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="207" />
      <source>This code is too long: it has {count} characters, support codes have {length}. Ask the caller to read it again.</source>
      <translation>这个代码太长：有 {count} 个字符，支持代码应为 {length} 个。请来电者再读一遍。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="277" />
      <source>This code comes from Preflight {theirs}, whose checks differ from this Preflight's ({ours}). Ask the caller to send the report instead.</source>
      <translation>这个代码来自 Preflight {theirs}，它的检查项目与这个 Preflight（{ours}）不同。请来电者改为发送报告。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="129" />
      <location filename="../../src/preflight/support/code_layout.py" line="296" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="133" />
      <source>under {edge}{unit}</source>
      <translation>低于 {edge}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="136" />
      <source>{edge}{unit} or more</source>
      <translation>{edge}{unit} 或以上</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="140" />
      <source>{low} to {high}{unit}</source>
      <translation>{low} 至 {high}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="100" />
      <source>call traffic (UDP) lost</source>
      <translation>通话流量（UDP）丢失</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="101" />
      <source>names look up (DNS)</source>
      <translation>名称查找（DNS）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="102" />
      <source>visit services reachable</source>
      <translation>可连接的就诊服务</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="105" />
      <source>distorted (too loud)</source>
      <translation>失真（太响）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="116" />
      <source>speakers heard by the microphone (echo)</source>
      <translation>麦克风听到扬声器（回声）</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="117" />
      <source>picture size</source>
      <translation>画面大小</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="121" />
      <source>face seen</source>
      <translation>看到人脸</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="122" />
      <source>processor used by other programs</source>
      <translation>其他程序使用的处理器</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="128" />
      <source>battery</source>
      <translation>电池</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="131" />
      <source>no battery, or unknown</source>
      <translation>没有电池，或未知</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="133" />
      <source>on battery, enough charge</source>
      <translation>使用电池，电量充足</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="134" />
      <source>on battery, low</source>
      <translation>使用电池，电量低</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="39" />
      <source>Read from a support code.</source>
      <translation>从支持代码读取。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="41" />
      <source>{title}: a problem was found. Ask the caller what the screen says and follow its advice.</source>
      <translation>{title}：发现了问题。请询问来电者屏幕上显示了什么，并按照上面的建议操作。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="174" />
      <source>Support code {code}</source>
      <translation>支持代码 {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="175" />
      <source>Preflight {version}, code format {format}</source>
      <translation>Preflight {version}，代码格式 {format}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="180" />
      <source>This is Preflight {ours}: if its checks differ from the caller's, ask the caller to send the report instead.</source>
      <translation>这是 Preflight {ours}：如果它的检查项目与来电者的不同，请来电者改为发送报告。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="184" />
      <location filename="../../src/preflight/support/reports.py" line="232" />
      <source>Overall: {verdict}</source>
      <translation>总体结果：{verdict}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="193" />
      <location filename="../../src/preflight/support/reports.py" line="195" />
      <source>Findings: {ids}</source>
      <translation>检查结果：{ids}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="201" />
      <source>Likely fixes:</source>
      <translation>可能的解决方法：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="204" />
      <source>Nothing to fix.</source>
      <translation>没有需要解决的问题。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="51" />
      <source>Preflight report</source>
      <translation>Preflight 报告</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="209" />
      <source>Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>请拨打{label}：{phone}，{option}。</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="215" />
      <source>Checked on {when} with Preflight {version}</source>
      <translation>检查时间：{when}，使用 Preflight {version}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="228" />
      <source>Preflight report for {organisation}</source>
      <translation>{organisation} 的 Preflight 报告</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="247" />
      <source>Support code: {code}</source>
      <translation>支持代码：{code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="339" />
      <source>Support code</source>
      <translation>支持代码</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="341" />
      <source>If you call for help, read this code to the help desk:</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code stays as it is.</extracomment>
      <translation>如果您打电话求助，请把这个代码读给服务台：</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="346" />
      <source>Need help?</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>需要帮助？</translation>
    </message>
  </context>
</TS>
