<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
  <context>
    <name>AskDialog</name>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="18" />
      <source>A quick question</source>
      <translation>Một câu hỏi ngắn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="26" />
      <source>Yes</source>
      <translation>Có</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/ask_dialog.py" line="27" />
      <source>No</source>
      <translation>Không</translation>
    </message>
  </context>
  <context>
    <name>CheckStepView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="227" />
      <source>What to do now</source>
      <translation>Việc cần làm bây giờ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="247" />
      <source>Progress</source>
      <translation>Tiến độ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="274" />
      <source>Camera picture</source>
      <translation>Hình ảnh camera</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="277" />
      <source>Tip about your picture</source>
      <translation>Mẹo về hình ảnh của quý vị</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="282" />
      <source>Play back my voice</source>
      <translation>Nghe lại giọng của tôi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="283" />
      <source>Plays what the microphone recorded, so you can hear how you sound.</source>
      <translation>Phát lại những gì micrô đã ghi, để quý vị nghe giọng mình như thế nào.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="288" />
      <source>Play test sound</source>
      <translation>Phát âm thanh thử</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="289" />
      <source>Plays a short chime on your speakers.</source>
      <translation>Phát một tiếng chuông ngắn trên loa của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="301" />
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Show details</source>
      <translation>Xem chi tiết</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="302" />
      <source>Shows the measurements behind this result.</source>
      <translation>Hiện các số đo của kết quả này.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="316" />
      <source>Go to the previous step.</source>
      <translation>Về bước trước.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stop checking</source>
      <translation>Dừng kiểm tra</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="318" />
      <source>Stops the check that is running.</source>
      <translation>Dừng phần kiểm tra đang chạy.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Go to the next step.</source>
      <translation>Sang bước tiếp theo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="319" />
      <source>Next</source>
      <translation>Tiếp</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="335" />
      <source>Hide details</source>
      <translation>Ẩn chi tiết</translation>
    </message>
  </context>
  <context>
    <name>ChecklistView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="434" />
      <source>Before your visit</source>
      <translation>Trước buổi khám</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="435" />
      <source>Tick each item when it is done. Your ticks are kept on this computer until tomorrow.</source>
      <translation>Đánh dấu từng mục khi đã xong. Các dấu này được giữ trên máy tính này đến ngày mai.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="454" />
      <source>Back to results</source>
      <translation>Quay lại kết quả</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="455" />
      <source>Help and phone numbers</source>
      <translation>Trợ giúp và số điện thoại</translation>
    </message>
  </context>
  <context>
    <name>HelpDeskView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="532" />
      <source>Help-desk mode</source>
      <translation>Chế độ hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="534" />
      <source>Run all checks</source>
      <translation>Kiểm tra tất cả</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="535" />
      <source>Run selected check</source>
      <translation>Kiểm tra mục đã chọn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stop</source>
      <translation>Dừng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="536" />
      <source>Stops every running check.</source>
      <translation>Dừng mọi phần kiểm tra đang chạy.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="537" />
      <source>Back to patient view</source>
      <translation>Về màn hình bệnh nhân</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="560" />
      <source>Find devices</source>
      <translation>Tìm thiết bị</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="561" />
      <source>Looks for cameras, microphones and speakers.</source>
      <translation>Tìm camera, micrô và loa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Check</source>
      <translation>Phần kiểm tra</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Summary</source>
      <translation>Tóm tắt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="569" />
      <source>Time</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="583" />
      <source>All checks</source>
      <translation>Mọi phần kiểm tra</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Measurement</source>
      <translation>Phép đo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="595" />
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="599" />
      <source>Measurements of the selected check</source>
      <translation>Các phép đo của phần kiểm tra đã chọn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="605" />
      <source>Live log</source>
      <translation>Nhật ký trực tiếp</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="606" />
      <source>The live log appears here.</source>
      <translation>Nhật ký trực tiếp hiện ở đây.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="613" />
      <source>View what the patient saw: paste their report (JSON) or support code.</source>
      <translation>Xem những gì bệnh nhân đã thấy: dán báo cáo (JSON) hoặc mã hỗ trợ của họ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="616" />
      <source>Report or support code</source>
      <translation>Báo cáo hoặc mã hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="622" />
      <source>Show this report</source>
      <translation>Hiện báo cáo này</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="623" />
      <source>Show this computer again</source>
      <translation>Hiện lại máy tính này</translation>
    </message>
  </context>
  <context>
    <name>HelpView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="466" />
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="469" />
      <source>Other numbers</source>
      <translation>Các số khác</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="475" />
      <source>Questions about cost and billing</source>
      <translation>Câu hỏi về chi phí và hóa đơn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="485" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
  </context>
  <context>
    <name>HotlineCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="148" />
      <source>Need help? Call us.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>Cần giúp đỡ? Xin gọi cho chúng tôi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="159" />
      <source>Phone number: %1</source>
      <translation>Số điện thoại: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="168" />
      <source>Help line</source>
      <translation>Đường dây hỗ trợ</translation>
    </message>
  </context>
  <context>
    <name>LevelMeter</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="276" />
      <source>Microphone level</source>
      <translation>Mức âm lượng micrô</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="277" />
      <location filename="../../src/preflight/gui/widgets.py" line="284" />
      <source>We can't hear you yet.</source>
      <translation>Chúng tôi chưa nghe thấy quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="286" />
      <source>We hear you, but quietly.</source>
      <translation>Chúng tôi nghe thấy quý vị, nhưng nhỏ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="287" />
      <source>We hear you well.</source>
      <translation>Chúng tôi nghe quý vị rõ.</translation>
    </message>
  </context>
  <context>
    <name>Live</name>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="36" />
      <source>We can't see a picture. Is something covering the camera?</source>
      <translation>Chúng tôi không thấy hình. Có vật gì đang che camera không?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="40" />
      <source>It's a bit dark. Turn on a light in front of you.</source>
      <translation>Hơi tối. Xin bật đèn ở phía trước quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="42" />
      <source>It's very bright. Move away from direct sunlight.</source>
      <translation>Rất sáng. Xin tránh ánh nắng chiếu thẳng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="45" />
      <source>There is bright light behind you. Face the light instead.</source>
      <translation>Có ánh sáng mạnh phía sau quý vị. Xin quay mặt về phía ánh sáng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="47" />
      <source>Move so your face is in the middle of the picture.</source>
      <translation>Xin di chuyển để khuôn mặt ở giữa hình.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="48" />
      <source>The picture looks good.</source>
      <translation>Hình ảnh trông tốt.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/live.py" line="239" />
      <source>We could not play your recording. Check your speakers and try again.</source>
      <translation>Chúng tôi không phát được đoạn ghi âm của quý vị. Xin kiểm tra loa rồi thử lại.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/preflight/gui/main_window.py" line="54" />
      <source>Preflight: get ready for your virtual visit</source>
      <translation>Preflight: chuẩn bị cho buổi khám trực tuyến</translation>
    </message>
  </context>
  <context>
    <name>OtherDeviceRow</name>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="29" />
      <source>Use this one</source>
      <translation>Dùng thiết bị này</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/other_device.py" line="44" />
      <source>Use this one: %1</source>
      <translation>Dùng thiết bị này: %1</translation>
    </message>
  </context>
  <context>
    <name>Preflight</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="497" />
      <source>When it is time for your visit:</source>
      <translation>Khi đến giờ khám:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="506" />
      <source>Sign in to your patient portal:</source>
      <translation>Đăng nhập cổng thông tin bệnh nhân:</translation>
    </message>
  </context>
  <context>
    <name>PrivacyRow</name>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="89" />
      <source>Open camera settings</source>
      <translation>Mở cài đặt camera</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="90" />
      <source>Open microphone settings</source>
      <translation>Mở cài đặt micrô</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="94" />
      <source>When you come back to this window, we will check again.</source>
      <translation>Khi quý vị quay lại cửa sổ này, chúng tôi sẽ kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/privacy_page.py" line="120" />
      <source>We could not open the settings. Please follow the steps above.</source>
      <translation>Chúng tôi không mở được phần cài đặt. Xin làm theo các bước ở trên.</translation>
    </message>
  </context>
  <context>
    <name>RestartCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="182" />
      <source>Restart your computer before your visit</source>
      <extracomment>SAFETY (restart): the card's heading.</extracomment>
      <translation>Xin khởi động lại máy tính trước buổi khám</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="185" />
      <source>Restarting shortly before your visit frees memory and gives the video call the most bandwidth.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Khởi động lại ngay trước buổi khám giúp giải phóng bộ nhớ và dành nhiều băng thông nhất cho cuộc gọi video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="193" />
      <location filename="../../src/preflight/gui/widgets.py" line="195" />
      <source>Restart now</source>
      <translation>Khởi động lại ngay</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="196" />
      <source>Asks first. Then restarts your computer, and Preflight opens again by itself.</source>
      <translation>Sẽ hỏi quý vị trước. Sau đó khởi động lại máy tính, và Preflight sẽ tự mở lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="204" />
      <source>Restart</source>
      <translation>Khởi động lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="208" />
      <source>Restart recommended</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Nên khởi động lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="215" />
      <source>Save your work first. Restart now restarts your computer, and Preflight opens again by itself to check once more.</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Xin lưu công việc trước. Nút Khởi động lại ngay sẽ khởi động lại máy tính, và Preflight sẽ tự mở lại để kiểm tra thêm một lần.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="217" />
      <source>Save your work first. Preflight will not restart your computer for you. After restarting, open Preflight again to check once more.</source>
      <extracomment>SAFETY</extracomment>
      <translation>Xin lưu công việc trước. Preflight sẽ không tự khởi động lại máy tính của quý vị. Sau khi khởi động lại, xin mở lại Preflight để kiểm tra thêm một lần.</translation>
    </message>
  </context>
  <context>
    <name>RestartConfirmDialog</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="48" />
      <location filename="../../src/preflight/gui/restart_flow.py" line="66" />
      <source>Restart now?</source>
      <translation>Khởi động lại ngay?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="56" />
      <source>Restart now</source>
      <translation>Khởi động lại ngay</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="57" />
      <source>Not now</source>
      <translation>Để sau</translation>
    </message>
  </context>
  <context>
    <name>RestartController</name>
    <message>
      <location filename="../../src/preflight/gui/restart_flow.py" line="152" />
      <source>Asking your computer to restart…</source>
      <translation>Đang yêu cầu máy tính khởi động lại…</translation>
    </message>
  </context>
  <context>
    <name>ResultCard</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="98" />
      <source>Check again</source>
      <translation>Kiểm tra lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="100" />
      <source>Check again: %1</source>
      <translation>Kiểm tra lại: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="101" />
      <source>Runs this check one more time.</source>
      <translation>Chạy phần kiểm tra này thêm một lần.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="114" />
      <source>Checking now. This takes a few seconds.</source>
      <translation>Đang kiểm tra. Việc này mất vài giây.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="131" />
      <source>Not checked yet.</source>
      <translation>Chưa kiểm tra.</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="388" />
      <location filename="../../src/preflight/gui/views.py" line="395" />
      <source>What to do next</source>
      <translation>Việc cần làm tiếp theo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="392" />
      <source>Open the checklist</source>
      <translation>Mở danh sách việc cần làm</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="393" />
      <location filename="../../src/preflight/gui/views.py" line="415" />
      <source>A short list of things to get ready.</source>
      <translation>Một danh sách ngắn những việc cần chuẩn bị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="401" />
      <source>Support code</source>
      <translation>Mã hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="414" />
      <source>Before your visit: checklist</source>
      <translation>Danh sách cho buổi khám</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="416" />
      <source>Help and phone numbers</source>
      <translation>Trợ giúp và số điện thoại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="417" />
      <source>Save a report</source>
      <translation>Lưu báo cáo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="418" />
      <source>Saves these results as a PDF, web page or JSON file, to send to the help desk.</source>
      <translation>Lưu các kết quả này dưới dạng tệp PDF, trang web hoặc JSON, để gửi cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Runs every check again.</source>
      <translation>Chạy lại mọi phần kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="420" />
      <source>Start over</source>
      <translation>Làm lại từ đầu</translation>
    </message>
  </context>
  <context>
    <name>StepList</name>
    <message>
      <location filename="../../src/preflight/gui/widgets.py" line="250" />
      <source>Steps</source>
      <translation>Các bước</translation>
    </message>
  </context>
  <context>
    <name>Steps</name>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="73" />
      <source>Results</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="383" />
      <source>Save a report</source>
      <translation>Lưu báo cáo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="384" />
      <source>PDF document (*.pdf);;Web page (*.html);;JSON for the help desk (*.json)</source>
      <translation>Tài liệu PDF (*.pdf);;Trang web (*.html);;JSON cho bộ phận hỗ trợ (*.json)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="393" />
      <source>Report saved: %1</source>
      <translation>Đã lưu báo cáo: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="421" />
      <source>Support code (read this to the help desk): %1</source>
      <translation>Mã hỗ trợ (xin đọc mã này cho bộ phận hỗ trợ): %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/controllers.py" line="440" />
      <source>Not checked yet.</source>
      <translation>Chưa kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="64" />
      <source>Automatic</source>
      <translation>Tự động</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="129" />
      <source>Found %1 devices.</source>
      <translation>Đã tìm thấy %1 thiết bị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="164" />
      <source>Summary</source>
      <translation>Tóm tắt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="165" />
      <source>Advice</source>
      <translation>Lời khuyên</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="166" />
      <source>For the help desk</source>
      <translation>Dành cho bộ phận hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="168" />
      <source>Findings</source>
      <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="201" />
      <source>Paste a report or a support code first.</source>
      <translation>Xin dán báo cáo hoặc mã hỗ trợ trước.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="221" />
      <source>Showing the patient's support code. Overall: %1.</source>
      <translation>Đang hiển thị mã hỗ trợ của bệnh nhân. Kết quả chung: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="225" />
      <source>Showing the patient's report from %1. Overall: %2.</source>
      <translation>Đang hiển thị báo cáo của bệnh nhân lúc %1. Kết quả chung: %2.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="238" />
      <source>This is not a Preflight report (%1).</source>
      <translation>Đây không phải là báo cáo Preflight (%1).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="243" />
      <source>This support code could not be read (%1). Ask the caller to read it again.</source>
      <translation>Không đọc được mã hỗ trợ này (%1). Đề nghị người gọi đọc lại mã.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/helpdesk.py" line="258" />
      <source>Showing this computer.</source>
      <translation>Đang hiển thị máy tính này.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="59" />
      <source>Download (the doctor's video to you)</source>
      <translation>Tải xuống (video của bác sĩ đến quý vị)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="60" />
      <source>Upload (your video to the doctor)</source>
      <translation>Tải lên (video của quý vị đến bác sĩ)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="64" />
      <source>Delay: %1 ms</source>
      <translation>Độ trễ: %1 ms</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="184" />
      <source>%1: %2. %3</source>
      <translation>%1: %2. %3</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="201" />
      <source>We looked at: %1</source>
      <translation>Chúng tôi đã xem: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="208" />
      <source>Programs you could close during the visit: %1</source>
      <translation>Các chương trình quý vị có thể đóng trong buổi khám: %1</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="358" />
      <source>Speak now: the bar moves when we hear you.</source>
      <translation>Xin nói ngay bây giờ: thanh sẽ chuyển động khi chúng tôi nghe thấy quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="385" />
      <location filename="../../src/preflight/gui/step_controllers.py" line="393" />
      <source>Playing your recording…</source>
      <translation>Đang phát đoạn ghi âm của quý vị…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/step_controllers.py" line="436" />
      <source>Automatic (your computer's usual device)</source>
      <translation>Tự động (thiết bị máy tính vẫn dùng)</translation>
    </message>
  </context>
  <context>
    <name>WelcomeBackView</name>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="38" />
      <source>Before and after the restart</source>
      <translation>Trước và sau khi khởi động lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="40" />
      <source>Did the restart help?</source>
      <translation>Khởi động lại có giúp được không?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Before</source>
      <translation>Trước</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>Now</source>
      <translation>Bây giờ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="45" />
      <source>What</source>
      <translation>Mục</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="46" />
      <source>Did it help?</source>
      <translation>Có giúp được không?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="54" />
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="55" />
      <source>Goes on to check your camera, microphone and speakers.</source>
      <translation>Tiếp tục kiểm tra camera, micrô và loa của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/welcome_back.py" line="75" />
      <source>%1: before %2, now %3. %4</source>
      <translation>%1: trước %2, bây giờ %3. %4</translation>
    </message>
  </context>
  <context>
    <name>WelcomeView</name>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="163" />
      <source>Welcome to Preflight</source>
      <translation>Chào mừng quý vị đến với Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="164" />
      <source>Let's make sure your computer is ready for your virtual visit.</source>
      <translation>Chúng tôi sẽ kiểm tra xem máy tính của quý vị đã sẵn sàng cho buổi khám trực tuyến chưa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="168" />
      <source>We will check:</source>
      <translation>Chúng tôi sẽ kiểm tra:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="171" />
      <source>It takes about a minute.</source>
      <translation>Việc này mất khoảng một phút.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="172" />
      <source>It takes up to %1 minutes.</source>
      <translation>Việc này mất tối đa %1 phút.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Begins checking: %1.</source>
      <translation>Bắt đầu kiểm tra: %1.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="176" />
      <source>Start</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="184" />
      <source>I'm helping someone (help-desk mode)</source>
      <translation>Tôi đang giúp người khác (chế độ hỗ trợ)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="185" />
      <source>Shows every check and its details in a table.</source>
      <translation>Hiện mọi phần kiểm tra và chi tiết trong một bảng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="187" />
      <source>High contrast</source>
      <translation>Độ tương phản cao</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/views.py" line="188" />
      <source>Switches to black text on white with strong borders.</source>
      <translation>Chuyển sang chữ đen trên nền trắng với đường viền đậm.</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <location filename="../preflight.toml" line="16" />
      <source>Virtual visits are available when you are in Massachusetts at the time of your appointment.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Quý vị chỉ có thể khám trực tuyến khi quý vị đang ở Massachusetts vào giờ hẹn.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="19" />
      <source>Patient Gateway technical support</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Hỗ trợ kỹ thuật Patient Gateway</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="21" />
      <source>select option 1</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>chọn số 1</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="25" />
      <source>Keep your phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Xin để điện thoại gần bên và chuẩn bị sẵn số điện thoại phòng khám của bác sĩ, phòng khi bị mất kết nối.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="36" />
      <source>Join your visit</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Tham gia buổi khám</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="41" />
      <source>Financial counselors (questions about cost or insurance)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Chuyên viên tư vấn tài chính (câu hỏi về chi phí hoặc bảo hiểm)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="42" />
      <source>Customer service (billing)</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Dịch vụ khách hàng (hóa đơn)</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>A financial counselor can tell you what your plan covers: call 617-582-9820.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Chuyên viên tư vấn tài chính có thể cho quý vị biết chương trình bảo hiểm của quý vị chi trả những gì: xin gọi 617-582-9820.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="46" />
      <source>Will my insurance cover a virtual visit?</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Bảo hiểm của tôi có chi trả buổi khám trực tuyến không?</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>Call customer service (billing) at 617-632-3795.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Xin gọi dịch vụ khách hàng (hóa đơn) theo số 617-632-3795.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="47" />
      <source>I have a question about a bill for a virtual visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Tôi có câu hỏi về hóa đơn của một buổi khám trực tuyến.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="53" />
      <source>Pick a private, quiet place for your visit.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Xin chọn một nơi riêng tư, yên tĩnh cho buổi khám.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="54" />
      <source>Use headphones with a microphone if you have them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Xin dùng tai nghe có micrô nếu quý vị có.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="55" />
      <source>Write down the questions you want to ask.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Xin ghi ra những câu hỏi quý vị muốn hỏi.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="56" />
      <source>List the medications you take now, with their doses.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Xin ghi danh sách các thuốc quý vị đang dùng, kèm liều lượng.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="57" />
      <source>If you like, invite a friend or loved one: share the visit link or phone number with them.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Nếu muốn, quý vị có thể mời một người bạn hoặc người thân: chia sẻ đường liên kết hoặc số điện thoại của buổi khám với họ.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="58" />
      <source>Keep a phone nearby and your doctor's office number handy in case you get disconnected.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Xin để điện thoại gần bên và chuẩn bị sẵn số điện thoại phòng khám của bác sĩ, phòng khi bị mất kết nối.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="59" />
      <source>Restart your computer shortly before the visit, so it has the most bandwidth.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Xin khởi động lại máy tính ngay trước buổi khám, để máy có nhiều băng thông nhất.</translation>
    </message>
    <message>
      <location filename="../preflight.toml" line="60" />
      <source>Make sure you are enrolled in the patient portal and can sign in.</source>
      <extracomment>The default organisation profile (resources/preflight.toml).</extracomment>
      <translation>Xin kiểm tra xem quý vị đã đăng ký cổng thông tin bệnh nhân và đăng nhập được chưa.</translation>
    </message>
  </context>
  <context>
    <name>preflight</name>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="64" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; {what}, and turn on access for desktop apps.</source>
      <translation>Windows: mở Cài đặt &gt; Quyền riêng tư &amp; bảo mật &gt; {what}, rồi bật quyền truy cập cho ứng dụng trên máy tính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="66" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; {what}, and turn on Preflight.</source>
      <translation>Mac: mở Cài đặt hệ thống &gt; Quyền riêng tư &amp; Bảo mật &gt; {what}, rồi bật Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="68" />
      <source>Check that your user account is allowed to use the computer's sound devices.</source>
      <translation>Xin kiểm tra xem tài khoản người dùng của quý vị có được phép dùng các thiết bị âm thanh của máy tính không.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="76" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="324" />
      <source>Then close Preflight, open it again, and {check_again}.</source>
      <translation>Sau đó đóng Preflight, mở lại, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="114" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="202" />
      <location filename="../../src/preflight/checks/audio/microphone.py" line="238" />
      <source>Microphone</source>
      <translation>Micrô</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="82" />
      <source>Sound</source>
      <translation>Âm thanh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="95" />
      <source>We could not find a microphone on this computer.</source>
      <translation>Chúng tôi không tìm thấy micrô trên máy tính này.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="96" />
      <source>We could not find speakers or headphones on this computer.</source>
      <translation>Chúng tôi không tìm thấy loa hoặc tai nghe trên máy tính này.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="98" />
      <source>If you use a headset or webcam with a microphone, plug it in and wait a few seconds, then {check_again}.</source>
      <translation>Nếu quý vị dùng tai nghe có micrô hoặc webcam có micrô, xin cắm vào và chờ vài giây, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="100" />
      <source>If your computer has a built-in microphone, make sure it is switched on and not disabled in your sound settings.</source>
      <translation>Nếu máy tính có micrô gắn sẵn, xin kiểm tra xem micrô đã được bật và không bị tắt trong phần cài đặt âm thanh.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="103" />
      <source>Plug in your headphones or speakers, or turn them on, then {check_again}.</source>
      <translation>Xin cắm tai nghe hoặc loa, hoặc bật lên, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="105" />
      <source>Make sure sound is not disabled in your computer's sound settings.</source>
      <translation>Xin kiểm tra xem âm thanh không bị tắt trong phần cài đặt âm thanh của máy tính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="107" />
      <source>No microphone was found: ask the caller to plug in the headset or webcam microphone, or to switch on the built-in one in the sound settings.</source>
      <translation>Không tìm thấy micrô: đề nghị người gọi cắm tai nghe có micrô hoặc micrô của webcam, hoặc bật micrô gắn sẵn trong phần cài đặt âm thanh.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="110" />
      <source>No speakers or headphones were found: ask the caller to plug them in or switch them on, and check that sound is not disabled in the sound settings.</source>
      <translation>Không tìm thấy loa hoặc tai nghe: đề nghị người gọi cắm vào hoặc bật lên, và kiểm tra xem âm thanh không bị tắt trong phần cài đặt âm thanh.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="118" />
      <source>We could not find the microphone you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>Chúng tôi không tìm thấy micrô quý vị đã chọn ({choice}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="120" />
      <source>We could not find the speaker you chose ({choice}).</source>
      <extracomment>{choice} is what the person typed or chose, e.g. "USB" or "2".</extracomment>
      <translation>Chúng tôi không tìm thấy loa quý vị đã chọn ({choice}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="123" />
      <source>Choose one of these: {choices}.</source>
      <extracomment>{choices} is a list of device names, e.g. "Built-in, USB Audio".</extracomment>
      <translation>Xin chọn một trong các mục sau: {choices}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="124" />
      <source>Run 'preflight devices' to see every microphone and speaker.</source>
      <translation>Chạy 'preflight devices' để xem tất cả micrô và loa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="126" />
      <source>The microphone chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>Micrô đã chọn để kiểm tra không có trên máy tính này: đề nghị người gọi chọn một micrô trong danh sách, hoặc micrô mặc định.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="128" />
      <source>The speaker chosen for the check is not on this computer: ask the caller to choose one from the list, or the default.</source>
      <translation>Loa đã chọn để kiểm tra không có trên máy tính này: đề nghị người gọi chọn một loa trong danh sách, hoặc loa mặc định.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="134" />
      <source>Preflight could not start your computer's sound system.</source>
      <translation>Preflight không khởi động được hệ thống âm thanh của máy tính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="136" />
      <source>Restart your computer, then run Preflight again.</source>
      <translation>Xin khởi động lại máy tính, rồi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="137" />
      <source>If it happens again, reinstall Preflight, or call the support line.</source>
      <translation>Nếu lỗi xảy ra lần nữa, xin cài đặt lại Preflight, hoặc gọi đường dây hỗ trợ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="139" />
      <source>Preflight could not start the computer's sound system (PortAudio): ask the caller to restart the computer; if it happens again, to reinstall Preflight.</source>
      <translation>Preflight không khởi động được hệ thống âm thanh của máy tính (PortAudio): đề nghị người gọi khởi động lại máy tính; nếu lỗi xảy ra lần nữa, cài đặt lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="146" />
      <source>Your microphone is being used by another program.</source>
      <translation>Một chương trình khác đang dùng micrô của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="147" />
      <source>Your speakers are being used by another program.</source>
      <translation>Một chương trình khác đang dùng loa của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="150" />
      <source>{program} is using your microphone. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom" or "Firefox".</extracomment>
      <translation>{program} đang dùng micrô của quý vị. Xin đóng {program}, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="154" />
      <source>{possible_program} may be using your microphone. Close {possible_program}, then {check_again}.</source>
      <translation>{possible_program} có thể đang dùng micrô của quý vị. Xin đóng {possible_program}, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="156" />
      <source>Close other programs that may use it (video calls, voice recorders, web browsers with a call open), then {check_again}.</source>
      <translation>Xin đóng các chương trình khác có thể đang dùng thiết bị này (cuộc gọi video, chương trình ghi âm, trình duyệt web đang có cuộc gọi), rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="158" />
      <source>If that does not help, restart your computer.</source>
      <translation>Nếu vẫn không được, xin khởi động lại máy tính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="160" />
      <source>Another program is using the microphone: ask the caller to close video calls, voice recorders and browser tabs with a call open, then run Preflight again.</source>
      <translation>Một chương trình khác đang dùng micrô: đề nghị người gọi đóng các cuộc gọi video, chương trình ghi âm và thẻ trình duyệt đang có cuộc gọi, rồi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="163" />
      <source>Another program is using the speakers: ask the caller to close video calls, music players and browser tabs with sound, then run Preflight again.</source>
      <translation>Một chương trình khác đang dùng loa: đề nghị người gọi đóng các cuộc gọi video, chương trình nghe nhạc và thẻ trình duyệt đang phát âm thanh, rồi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="170" />
      <source>Your computer's privacy settings are blocking the microphone.</source>
      <translation>Cài đặt quyền riêng tư của máy tính đang chặn micrô.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="171" />
      <source>Your computer's privacy settings are blocking the speakers.</source>
      <translation>Cài đặt quyền riêng tư của máy tính đang chặn loa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="173" />
      <source>The computer's privacy settings block the microphone: walk the caller through Settings &gt; Privacy &amp; security &gt; Microphone (Windows) or System Settings &gt; Privacy &amp; Security &gt; Microphone (Mac), then ask them to reopen Preflight.</source>
      <translation>Cài đặt quyền riêng tư của máy tính chặn micrô: hướng dẫn người gọi vào Cài đặt &gt; Quyền riêng tư &amp; bảo mật &gt; Micrô (Windows) hoặc Cài đặt hệ thống &gt; Quyền riêng tư &amp; Bảo mật &gt; Micrô (Mac), rồi đề nghị họ mở lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="177" />
      <source>The computer's privacy settings block the speakers: walk the caller through Settings &gt; Privacy &amp; security &gt; Sound (Windows) or System Settings &gt; Privacy &amp; Security &gt; Sound (Mac), then ask them to reopen Preflight.</source>
      <translation>Cài đặt quyền riêng tư của máy tính chặn loa: hướng dẫn người gọi vào Cài đặt &gt; Quyền riêng tư &amp; bảo mật &gt; Âm thanh (Windows) hoặc Cài đặt hệ thống &gt; Quyền riêng tư &amp; Bảo mật &gt; Âm thanh (Mac), rồi đề nghị họ mở lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="185" />
      <source>Your microphone does not work with any of the sound settings video calls use.</source>
      <translation>Micrô của quý vị không hoạt động với bất kỳ cài đặt âm thanh nào mà cuộc gọi video dùng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="187" />
      <source>Your speakers do not work with any of the sound settings video calls use.</source>
      <translation>Loa của quý vị không hoạt động với bất kỳ cài đặt âm thanh nào mà cuộc gọi video dùng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="190" />
      <source>Choose another microphone in your computer's sound settings, or unplug it and plug it back in.</source>
      <translation>Xin chọn micrô khác trong phần cài đặt âm thanh của máy tính, hoặc rút micrô ra rồi cắm lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="192" />
      <source>Choose other speakers in your computer's sound settings, or unplug them and plug them back in.</source>
      <translation>Xin chọn loa khác trong phần cài đặt âm thanh của máy tính, hoặc rút loa ra rồi cắm lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="194" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="59" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="68" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="314" />
      <source>If it happens again, call the support line.</source>
      <translation>Nếu lỗi xảy ra lần nữa, xin gọi đường dây hỗ trợ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="196" />
      <source>The microphone works with none of the usual sound settings: ask the caller to choose another microphone, or to unplug it and plug it back in.</source>
      <translation>Micrô không hoạt động với cài đặt âm thanh thông thường nào: đề nghị người gọi chọn micrô khác, hoặc rút ra rồi cắm lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="199" />
      <source>The speakers work with none of the usual sound settings: ask the caller to choose other speakers, or to unplug them and plug them back in.</source>
      <translation>Loa không hoạt động với cài đặt âm thanh thông thường nào: đề nghị người gọi chọn loa khác, hoặc rút ra rồi cắm lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="206" />
      <source>Your microphone stopped sending sound during the test. It may have been unplugged.</source>
      <translation>Micrô của quý vị ngừng gửi âm thanh trong lúc kiểm tra. Có thể micrô đã bị rút ra.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="208" />
      <source>Your speakers or headphones stopped working during the test. They may have been unplugged.</source>
      <translation>Loa hoặc tai nghe của quý vị ngừng hoạt động trong lúc kiểm tra. Có thể chúng đã bị rút ra.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="211" />
      <source>Plug your microphone or headset back in (or switch it on), then {check_again}.</source>
      <translation>Xin cắm lại micrô hoặc tai nghe có micrô (hoặc bật lên), rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="213" />
      <source>Plug your speakers or headphones back in (or switch them on), then {check_again}.</source>
      <translation>Xin cắm lại loa hoặc tai nghe (hoặc bật lên), rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="215" />
      <source>If you use Bluetooth, check that it is connected and charged.</source>
      <translation>Nếu quý vị dùng Bluetooth, xin kiểm tra xem thiết bị đã được kết nối và còn pin.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="217" />
      <source>The microphone stopped sending sound during the test (unplugged, or Bluetooth dropped): ask the caller to plug it back in or reconnect it, then run Preflight again.</source>
      <translation>Micrô ngừng gửi âm thanh trong lúc kiểm tra (bị rút ra, hoặc mất kết nối Bluetooth): đề nghị người gọi cắm lại hoặc kết nối lại, rồi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="220" />
      <source>The speakers stopped during the test (unplugged, or Bluetooth dropped): ask the caller to plug them back in or reconnect them, then run Preflight again.</source>
      <translation>Loa ngừng hoạt động trong lúc kiểm tra (bị rút ra, hoặc mất kết nối Bluetooth): đề nghị người gọi cắm lại hoặc kết nối lại, rồi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="227" />
      <source>Your microphone stopped working while we tested it.</source>
      <translation>Micrô của quý vị ngừng hoạt động trong lúc chúng tôi kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="228" />
      <source>Your speakers stopped working while we tested them.</source>
      <translation>Loa của quý vị ngừng hoạt động trong lúc chúng tôi kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="230" />
      <source>Check that your microphone is plugged in and switched on, then {check_again}.</source>
      <translation>Xin kiểm tra xem micrô đã được cắm và bật, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="232" />
      <source>Check that your speakers are plugged in and switched on, then {check_again}.</source>
      <translation>Xin kiểm tra xem loa đã được cắm và bật, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="234" />
      <location filename="../../src/preflight/engine/findings.py" line="355" />
      <source>If it happens again, restart your computer, or call the support line.</source>
      <translation>Nếu lỗi xảy ra lần nữa, xin khởi động lại máy tính, hoặc gọi đường dây hỗ trợ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="237" />
      <source>The microphone stopped working during the test: ask the caller to check it is plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>Micrô ngừng hoạt động trong lúc kiểm tra: đề nghị người gọi kiểm tra xem micrô đã được cắm và bật rồi chạy lại Preflight, và khởi động lại máy tính nếu lỗi xảy ra lần nữa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/devices.py" line="240" />
      <source>The speakers stopped working during the test: ask the caller to check they are plugged in and switched on and run Preflight again, and to restart the computer if it happens again.</source>
      <translation>Loa ngừng hoạt động trong lúc kiểm tra: đề nghị người gọi kiểm tra xem loa đã được cắm và bật rồi chạy lại Preflight, và khởi động lại máy tính nếu lỗi xảy ra lần nữa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="55" />
      <source>Check that your microphone or headset is plugged in, switched on and not muted (many headsets and laptops have a mute button or key).</source>
      <translation>Xin kiểm tra xem micrô hoặc tai nghe có micrô đã được cắm, đã bật và không bị tắt tiếng (nhiều tai nghe và máy tính xách tay có nút hoặc phím tắt tiếng).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="62" />
      <source>Windows: open Settings &gt; Privacy &amp; security &gt; Microphone and turn on microphone access for desktop apps; then in Settings &gt; System &gt; Sound, choose your microphone under Input.</source>
      <translation>Windows: mở Cài đặt &gt; Quyền riêng tư &amp; bảo mật &gt; Micrô và bật quyền truy cập micrô cho ứng dụng trên máy tính; sau đó trong Cài đặt &gt; Hệ thống &gt; Âm thanh, chọn micrô của quý vị ở mục Đầu vào.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="67" />
      <source>Mac: open System Settings &gt; Privacy &amp; Security &gt; Microphone and turn on Preflight; then in System Settings &gt; Sound &gt; Input, choose your microphone.</source>
      <translation>Mac: mở Cài đặt hệ thống &gt; Quyền riêng tư &amp; Bảo mật &gt; Micrô và bật Preflight; sau đó trong Cài đặt hệ thống &gt; Âm thanh &gt; Đầu vào, chọn micrô của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="72" />
      <source>Open your computer's sound settings, choose your microphone under Input, and check that it is not muted and its volume is up.</source>
      <translation>Mở phần cài đặt âm thanh của máy tính, chọn micrô của quý vị ở mục Đầu vào, và kiểm tra xem micrô không bị tắt tiếng và âm lượng đã được tăng lên.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="78" />
      <source>Turn up the input volume: Settings &gt; System &gt; Sound &gt; Input.</source>
      <translation>Tăng âm lượng đầu vào: Cài đặt &gt; Hệ thống &gt; Âm thanh &gt; Đầu vào.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="79" />
      <source>Turn up the input volume: System Settings &gt; Sound &gt; Input.</source>
      <translation>Tăng âm lượng đầu vào: Cài đặt hệ thống &gt; Âm thanh &gt; Đầu vào.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="80" />
      <source>Turn up the input volume in your computer's sound settings.</source>
      <translation>Xin tăng âm lượng đầu vào trong phần cài đặt âm thanh của máy tính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="90" />
      <source>Speak a little louder, or move closer to the microphone.</source>
      <translation>Xin nói to hơn một chút, hoặc ngồi gần micrô hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="92" />
      <source>If you use a headset, check that its mute switch is off.</source>
      <translation>Nếu quý vị dùng tai nghe có micrô, xin kiểm tra xem công tắc tắt tiếng đang tắt.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="99" />
      <source>Move back a little from the microphone, or speak a bit more softly.</source>
      <translation>Xin lùi ra xa micrô một chút, hoặc nói nhỏ hơn một chút.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="100" />
      <source>Turn the input volume down a little in your computer's sound settings.</source>
      <translation>Xin giảm âm lượng đầu vào một chút trong phần cài đặt âm thanh của máy tính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="102" />
      <source>The microphone is too quiet: check the right microphone is chosen, raise its input volume, and ask the caller to speak closer to it.</source>
      <translation>Micrô quá nhỏ: kiểm tra xem đã chọn đúng micrô chưa, tăng âm lượng đầu vào, và đề nghị người gọi nói gần micrô hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="107" />
      <source>Find a quieter, private place for your visit, away from TVs, fans and other people.</source>
      <translation>Xin tìm một nơi yên tĩnh, riêng tư cho buổi khám, xa tivi, quạt và người khác.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="108" />
      <source>Headphones with a microphone help the doctor hear you clearly.</source>
      <translation>Tai nghe có micrô giúp bác sĩ nghe rõ quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="122" />
      <source>Your microphone works and you sound clear.</source>
      <translation>Micrô của quý vị hoạt động tốt và giọng nói nghe rõ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="127" />
      <source>Your microphone is sending no sound. It may be muted, switched off, or blocked by your privacy settings.</source>
      <translation>Micrô của quý vị không gửi âm thanh nào. Có thể micrô đang bị tắt tiếng, bị tắt, hoặc bị chặn bởi cài đặt quyền riêng tư.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="130" />
      <source>The microphone sends silence: check it is not muted (a button on the headset or keyboard) and that the computer's privacy settings allow the microphone.</source>
      <translation>Micrô chỉ gửi sự im lặng: kiểm tra xem micrô không bị tắt tiếng (nút trên tai nghe hoặc bàn phím) và cài đặt quyền riêng tư của máy tính cho phép dùng micrô.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="137" />
      <source>Your microphone is working, but we could hardly hear anything.</source>
      <translation>Micrô của quý vị hoạt động, nhưng chúng tôi hầu như không nghe thấy gì.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="144" />
      <source>Your microphone works, but you sound quiet.</source>
      <translation>Micrô của quý vị hoạt động, nhưng giọng quý vị nghe nhỏ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="151" />
      <source>Your microphone works, but your voice is so loud that it sounds distorted.</source>
      <translation>Micrô của quý vị hoạt động, nhưng giọng quý vị to quá nên bị méo tiếng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="154" />
      <source>The microphone is too loud and distorts: lower its input volume or move it a little away from the mouth.</source>
      <translation>Micrô quá to và bị méo tiếng: giảm âm lượng đầu vào hoặc để micrô xa miệng hơn một chút.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="160" />
      <source>Your microphone works, but there is a lot of background noise.</source>
      <translation>Micrô của quý vị hoạt động, nhưng có nhiều tiếng ồn xung quanh.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="162" />
      <source>There is a lot of background noise where the caller is: suggest a quieter, private place, or headphones with a microphone.</source>
      <translation>Chỗ người gọi đang ngồi có nhiều tiếng ồn: gợi ý một nơi yên tĩnh, riêng tư hơn, hoặc tai nghe có micrô.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="169" />
      <source>You are using the microphone of a Bluetooth headset. During a call it can make you and the doctor sound like an old telephone, or cut the sound.</source>
      <translation>Quý vị đang dùng micrô của tai nghe Bluetooth. Trong cuộc gọi, nó có thể làm giọng của quý vị và bác sĩ nghe như điện thoại cũ, hoặc làm mất tiếng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="173" />
      <source>For your visit, choose your computer's own microphone, and keep the Bluetooth headset for listening.</source>
      <translation>Trong buổi khám, xin chọn micrô của chính máy tính, và chỉ dùng tai nghe Bluetooth để nghe.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="175" />
      <source>Or use a headset with a cable.</source>
      <translation>Hoặc dùng tai nghe có dây.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="177" />
      <source>The caller uses a Bluetooth headset's microphone, which switches the headset to phone quality or cuts the sound: suggest the computer's own microphone with the headset for listening, or a wired headset.</source>
      <translation>Người gọi đang dùng micrô của tai nghe Bluetooth, làm tai nghe chuyển sang chất lượng điện thoại hoặc mất tiếng: gợi ý dùng micrô của chính máy tính và chỉ dùng tai nghe để nghe, hoặc dùng tai nghe có dây.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="188" />
      <source>A rule on this computer does not allow programs to use the microphone.</source>
      <translation>Một quy định trên máy tính này không cho phép các chương trình dùng micrô.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="190" />
      <source>Ask the person who looks after this computer to allow the microphone (for example in Screen Time), then {check_again}.</source>
      <translation>Xin nhờ người quản lý máy tính này cho phép dùng micrô (ví dụ trong Thời gian sử dụng), rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="192" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="336" />
      <source>If that cannot be done today, call the support line: you may be able to join your visit by phone.</source>
      <translation>Nếu hôm nay không làm được, xin gọi đường dây hỗ trợ: quý vị có thể tham gia buổi khám qua điện thoại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="195" />
      <source>Microphone use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>Việc dùng micrô bị hạn chế trên máy Mac này (Thời gian sử dụng, kiểm soát của phụ huynh hoặc hồ sơ quản lý): người gọi không tự bật được; người quản lý máy Mac phải cho phép.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="203" />
      <source>We will listen to your microphone while you speak for a few seconds.</source>
      <translation>Chúng tôi sẽ nghe micrô của quý vị trong khi quý vị nói vài giây.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="207" />
      <source>Microphone:</source>
      <translation>Micrô:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="103" />
      <location filename="../../src/preflight/support/code_v2.py" line="48" />
      <source>voice level</source>
      <translation>mức âm lượng giọng nói</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="218" />
      <source>Voice level</source>
      <translation>Mức âm lượng giọng nói</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="220" />
      <source>Loudest moment</source>
      <translation>Lúc to nhất</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="221" />
      <source>Background noise</source>
      <translation>Tiếng ồn xung quanh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="223" />
      <source>Voice above the background noise</source>
      <translation>Giọng nói so với tiếng ồn xung quanh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="225" />
      <source>Distorted sound</source>
      <translation>Âm thanh bị méo</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="227" />
      <source>Longest distorted stretch</source>
      <translation>Đoạn méo tiếng dài nhất</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="228" />
      <source>samples</source>
      <translation>mẫu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="229" />
      <source>Too loud (distorted)</source>
      <translation>Quá to (bị méo)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="232" />
      <source>No sound at all</source>
      <translation>Hoàn toàn không có âm thanh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="234" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="169" />
      <source>Sample rate</source>
      <translation>Tần số lấy mẫu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="236" />
      <source>Channels</source>
      <translation>Kênh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="239" />
      <source>Bluetooth headset</source>
      <translation>Tai nghe Bluetooth</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="241" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="171" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="435" />
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="408" />
      <location filename="../../src/preflight/engine/present.py" line="26" />
      <source>Problem</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Vấn đề</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="357" />
      <source>Keep speaking: we are trying your other microphones.</source>
      <translation>Xin tiếp tục nói: chúng tôi đang thử các micrô khác của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="358" />
      <source>Trying your other microphones…</source>
      <translation>Đang thử các micrô khác của quý vị…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="382" />
      <source>Opening your microphone…</source>
      <translation>Đang mở micrô của quý vị…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/microphone.py" line="387" />
      <source>Please say: testing one, two, three</source>
      <translation>Xin nói: thử micrô, một, hai, ba</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="50" />
      <source>Did you hear the test sound?</source>
      <translation>Quý vị có nghe thấy âm thanh thử không?</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="57" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="118" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="166" />
      <source>Speakers</source>
      <translation>Loa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="65" />
      <source>Your speakers work: we heard the test sound through your microphone.</source>
      <translation>Loa của quý vị hoạt động: micrô đã nghe thấy âm thanh thử.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="70" />
      <source>Your speakers or headphones work.</source>
      <translation>Loa hoặc tai nghe của quý vị hoạt động.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="75" />
      <source>Your speakers work, but your microphone picks them up loudly, so the doctor may hear an echo.</source>
      <translation>Loa của quý vị hoạt động, nhưng micrô thu tiếng loa rất to, nên bác sĩ có thể nghe thấy tiếng vọng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="78" />
      <source>Use headphones with a microphone if you have them.</source>
      <translation>Xin dùng tai nghe có micrô nếu quý vị có.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="79" />
      <source>If not, turn your speaker volume down a little.</source>
      <translation>Nếu không có, xin giảm âm lượng loa một chút.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="81" />
      <source>The microphone hears the speakers loudly: suggest headphones, or lower the speaker volume, so the doctor hears no echo.</source>
      <translation>Micrô thu tiếng loa rất to: gợi ý dùng tai nghe, hoặc giảm âm lượng loa, để bác sĩ không nghe thấy tiếng vọng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="87" />
      <source>You could not hear the test sound.</source>
      <translation>Quý vị không nghe thấy âm thanh thử.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="89" />
      <source>Turn up the volume and check that sound is not muted (look for the speaker icon near the clock, or the volume keys on your keyboard).</source>
      <translation>Xin tăng âm lượng và kiểm tra xem âm thanh không bị tắt tiếng (tìm biểu tượng loa gần đồng hồ, hoặc các phím âm lượng trên bàn phím).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="91" />
      <source>If you use headphones, check that they are plugged in, switched on and chosen as the output in your computer's sound settings.</source>
      <translation>Nếu quý vị dùng tai nghe, xin kiểm tra xem tai nghe đã được cắm, đã bật và được chọn làm đầu ra trong phần cài đặt âm thanh của máy tính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="93" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="295" />
      <source>Then {check_again}.</source>
      <translation>Sau đó {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="95" />
      <source>The caller did not hear the test sound: check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>Người gọi không nghe thấy âm thanh thử: kiểm tra âm lượng và tắt tiếng, và xem đã chọn đúng loa hoặc tai nghe chưa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="101" />
      <source>We played a test sound, but could not confirm that it can be heard.</source>
      <translation>Chúng tôi đã phát âm thanh thử, nhưng không xác nhận được là có nghe thấy hay không.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="103" />
      <source>If you wear headphones, that is expected: make sure you heard a short chime.</source>
      <translation>Nếu quý vị đang đeo tai nghe, điều này là bình thường: xin chắc chắn rằng quý vị đã nghe thấy một tiếng chuông ngắn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="105" />
      <source>If you did not hear it, turn up the volume and check that sound is not muted, then {check_again}.</source>
      <translation>Nếu quý vị không nghe thấy, xin tăng âm lượng và kiểm tra xem âm thanh không bị tắt tiếng, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="108" />
      <source>Nobody confirmed that the test sound was heard (headphones, or no answer): ask the caller whether they heard a short chime; if not, check the volume and mute, and that the right speakers or headphones are chosen.</source>
      <translation>Không ai xác nhận đã nghe thấy âm thanh thử (đeo tai nghe, hoặc không trả lời): hỏi người gọi có nghe thấy một tiếng chuông ngắn không; nếu không, kiểm tra âm lượng và tắt tiếng, và xem đã chọn đúng loa hoặc tai nghe chưa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="119" />
      <source>We will play a short sound. Turn your volume up so you can hear it.</source>
      <translation>Chúng tôi sẽ phát một âm thanh ngắn. Xin tăng âm lượng để quý vị nghe được.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="123" />
      <source>Speaker:</source>
      <translation>Loa:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="132" />
      <location filename="../../src/preflight/support/code_v1.py" line="106" />
      <location filename="../../src/preflight/support/code_v2.py" line="57" />
      <source>how the sound was confirmed</source>
      <translation>cách xác nhận âm thanh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="135" />
      <location filename="../../src/preflight/support/code_v1.py" line="111" />
      <location filename="../../src/preflight/support/code_v2.py" line="59" />
      <source>the microphone heard the speakers</source>
      <translation>micrô đã nghe thấy loa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="136" />
      <location filename="../../src/preflight/support/code_v1.py" line="112" />
      <location filename="../../src/preflight/support/code_v2.py" line="60" />
      <source>the caller answered whether they heard it</source>
      <translation>người gọi đã trả lời có nghe thấy hay không</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="137" />
      <location filename="../../src/preflight/checks/audio/speaker.py" line="160" />
      <location filename="../../src/preflight/support/code_v1.py" line="113" />
      <location filename="../../src/preflight/support/code_v2.py" line="61" />
      <source>not confirmed</source>
      <translation>chưa xác nhận</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="142" />
      <source>Test sound heard by the microphone</source>
      <translation>Micrô nghe thấy âm thanh thử</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="145" />
      <source>Level of the test sound heard</source>
      <translation>Mức âm thanh thử nghe được</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="147" />
      <source>Delay of the sound</source>
      <translation>Độ trễ của âm thanh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="149" />
      <source>Time to hear it</source>
      <translation>Thời gian để nghe thấy</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="151" />
      <source>Detection score</source>
      <translation>Điểm phát hiện</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="153" />
      <source>How the sound was confirmed</source>
      <translation>Cách xác nhận âm thanh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="158" />
      <source>the microphone heard it</source>
      <translation>micrô đã nghe thấy</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="159" />
      <source>your answer</source>
      <translation>câu trả lời của quý vị</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="162" />
      <source>You heard the test sound</source>
      <translation>Quý vị đã nghe thấy âm thanh thử</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="164" />
      <source>Echo</source>
      <translation>Tiếng vọng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="167" />
      <source>Microphone that listened</source>
      <translation>Micrô đã dùng để nghe</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="327" />
      <source>Trying your other speakers…</source>
      <translation>Đang thử các loa khác của quý vị…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="350" />
      <source>Listen: we will play a short chime.</source>
      <translation>Xin lắng nghe: chúng tôi sẽ phát một tiếng chuông ngắn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/audio/speaker.py" line="351" />
      <source>Playing a short test sound…</source>
      <translation>Đang phát một âm thanh thử ngắn…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="52" />
      <source>Looking at your camera picture…</source>
      <translation>Đang xem hình ảnh camera của quý vị…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/check.py" line="79" />
      <source>Trying your other cameras…</source>
      <translation>Đang thử các camera khác của quý vị…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="34" />
      <source>Face a window or lamp; don't sit with a bright window behind you.</source>
      <translation>Xin ngồi quay mặt về phía cửa sổ hoặc đèn; đừng ngồi quay lưng về phía cửa sổ sáng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="35" />
      <source>Some laptops have a camera switch or a key with a camera symbol: turn the camera on.</source>
      <translation>Một số máy tính xách tay có công tắc camera hoặc phím có hình camera: xin bật camera lên.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="38" />
      <source>Close other programs that may be using your camera, then check again.</source>
      <translation>Xin đóng các chương trình khác có thể đang dùng camera, rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="41" />
      <source>If your camera plugs in, unplug it, wait ten seconds and plug it back in.</source>
      <translation>Nếu camera của quý vị cắm bằng dây, xin rút ra, chờ mười giây rồi cắm lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="42" />
      <source>If it still does not work, restart your computer.</source>
      <translation>Nếu vẫn không được, xin khởi động lại máy tính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="43" />
      <source>Close other programs you do not need, especially other video programs.</source>
      <translation>Xin đóng các chương trình khác không cần dùng, nhất là các chương trình video khác.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="44" />
      <source>Turn on more light: many cameras slow down in dim light.</source>
      <translation>Xin bật thêm đèn: nhiều camera chạy chậm lại khi thiếu sáng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="46" />
      <source>If your camera plugs in, plug it in (directly into the computer, not a hub), wait ten seconds, then check again.</source>
      <translation>Nếu camera của quý vị cắm bằng dây, xin cắm vào (cắm thẳng vào máy tính, không qua bộ chia cổng), chờ mười giây, rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="51" />
      <source>If you cannot get a camera working, call the support line: you may be able to join your visit by phone.</source>
      <translation>Nếu không thể làm camera hoạt động, xin gọi đường dây hỗ trợ: quý vị có thể tham gia buổi khám qua điện thoại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="60" />
      <source>Windows: open Settings, then Privacy &amp; security, then Camera, and turn on "Camera access" and "Let desktop apps access your camera".</source>
      <translation>Windows: mở Cài đặt, rồi Quyền riêng tư &amp; bảo mật, rồi Camera, và bật "Quyền truy cập camera" và "Cho phép ứng dụng trên máy tính truy cập camera của bạn".</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="64" />
      <source>Mac: open System Settings, then Privacy &amp; Security, then Camera, and turn on the switch for Preflight (or for your web browser or Terminal).</source>
      <translation>Mac: mở Cài đặt hệ thống, rồi Quyền riêng tư &amp; Bảo mật, rồi Camera, và bật công tắc cho Preflight (hoặc cho trình duyệt web hay Terminal).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="68" />
      <source>Check that your user account is allowed to use the camera.</source>
      <translation>Xin kiểm tra xem tài khoản người dùng của quý vị có được phép dùng camera không.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="79" />
      <source>No camera was found: check it is plugged in and its privacy switch or cover is open, and that the computer's privacy settings let apps use the camera.</source>
      <translation>Không tìm thấy camera: kiểm tra xem camera đã được cắm, công tắc hoặc nắp che riêng tư đã mở, và cài đặt quyền riêng tư của máy tính cho phép ứng dụng dùng camera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="83" />
      <source>The camera sent no picture: unplug it and plug it back in (or restart the computer), then run Preflight again.</source>
      <translation>Camera không gửi hình ảnh: rút ra rồi cắm lại (hoặc khởi động lại máy tính), rồi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="87" />
      <source>The video is choppy: close other programs, turn on more light, and restart the computer if it is busy.</source>
      <translation>Video bị giật: đóng các chương trình khác, bật thêm đèn, và khởi động lại máy tính nếu máy đang bận.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="93" />
      <source>Your camera works and the picture looks good.</source>
      <translation>Camera của quý vị hoạt động và hình ảnh trông tốt.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="95" />
      <source>No camera found.</source>
      <translation>Không tìm thấy camera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="99" />
      <source>We could not find the camera you chose.</source>
      <translation>Chúng tôi không tìm thấy camera quý vị đã chọn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="106" />
      <source>We could not find that video file.</source>
      <translation>Chúng tôi không tìm thấy tệp video đó.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="107" />
      <source>Check the file name and folder, then try again.</source>
      <translation>Xin kiểm tra tên tệp và thư mục, rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="108" />
      <source>The video file was not found: check its name and folder, then run Preflight again.</source>
      <translation>Không tìm thấy tệp video: kiểm tra tên tệp và thư mục, rồi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="114" />
      <source>We could not open your camera: another program such as Zoom or Teams may be using your camera - close it.</source>
      <translation>Chúng tôi không mở được camera của quý vị: một chương trình khác như Zoom hoặc Teams có thể đang dùng camera - xin đóng chương trình đó.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="120" />
      <source>{program} is using your camera. Close {program}, then {check_again}.</source>
      <extracomment>{program} is a program's name, e.g. "Zoom".</extracomment>
      <translation>{program} đang dùng camera của quý vị. Xin đóng {program}, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="123" />
      <source>{possible_program} may be using your camera. Close {possible_program}, then {check_again}.</source>
      <translation>{possible_program} có thể đang dùng camera của quý vị. Xin đóng {possible_program}, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="125" />
      <source>Close other programs that may be using your camera, such as Zoom, Teams, Skype or a web browser tab with a video call, then check again.</source>
      <translation>Xin đóng các chương trình khác có thể đang dùng camera, như Zoom, Teams, Skype hoặc thẻ trình duyệt web đang có cuộc gọi video, rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="132" />
      <source>Another program is using the camera: close Zoom, Teams, Skype and browser tabs with video, then run Preflight again.</source>
      <translation>Một chương trình khác đang dùng camera: đóng Zoom, Teams, Skype và các thẻ trình duyệt có video, rồi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="143" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams, then check again.</source>
      <translation>Xin đóng các chương trình khác có thể đang dùng camera, như Zoom hoặc Teams, rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="154" />
      <source>Your camera opened but did not send any pictures.</source>
      <translation>Camera của quý vị đã mở nhưng không gửi hình ảnh nào.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="155" />
      <source>Your camera stopped sending pictures during the check.</source>
      <translation>Camera của quý vị ngừng gửi hình ảnh trong lúc kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="161" />
      <source>We could not read any pictures from this video file.</source>
      <translation>Chúng tôi không đọc được hình ảnh nào từ tệp video này.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="162" />
      <source>Check that the file is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>Xin kiểm tra xem tệp có phải là video không (ví dụ .avi hoặc .mp4) và không bị hỏng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="163" />
      <source>The video file could not be read: check that it is a video (for example .avi or .mp4) and is not damaged.</source>
      <translation>Không đọc được tệp video: kiểm tra xem tệp có phải là video không (ví dụ .avi hoặc .mp4) và không bị hỏng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="170" />
      <source>Your camera shows a black picture: check the lens cover or privacy shutter.</source>
      <translation>Camera của quý vị cho hình ảnh màu đen: xin kiểm tra nắp ống kính hoặc nắp che riêng tư.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="172" />
      <source>Slide open the camera's cover or privacy shutter, and remove any sticker or tape over the lens.</source>
      <translation>Xin trượt mở nắp camera hoặc nắp che riêng tư, và gỡ bỏ nhãn dán hoặc băng keo trên ống kính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="179" />
      <source>The picture is black: open the camera's privacy cover or switch and check nothing covers the lens.</source>
      <translation>Hình ảnh màu đen: mở nắp che hoặc công tắc riêng tư của camera và kiểm tra xem không có gì che ống kính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="187" />
      <source>Your camera's picture is frozen: it shows the same image over and over.</source>
      <translation>Hình ảnh camera của quý vị bị đứng: nó cứ hiện cùng một hình.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="189" />
      <source>Close other programs that may be using your camera, such as Zoom or Teams.</source>
      <translation>Xin đóng các chương trình khác có thể đang dùng camera, như Zoom hoặc Teams.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="191" />
      <source>If it is still frozen, restart your computer and check again.</source>
      <translation>Nếu hình vẫn bị đứng, xin khởi động lại máy tính rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="193" />
      <source>The picture froze: unplug the camera and plug it back in, or restart the computer.</source>
      <translation>Hình ảnh bị đứng: rút camera ra rồi cắm lại, hoặc khởi động lại máy tính.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="199" />
      <source>Your camera sends only {fps} pictures a second, so the doctor would see a very jerky picture.</source>
      <translation>Camera của quý vị chỉ gửi {fps} hình mỗi giây, nên bác sĩ sẽ thấy hình rất giật.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="206" />
      <source>If your camera plugs in, plug it directly into the computer, not into a hub.</source>
      <translation>Nếu camera của quý vị cắm bằng dây, xin cắm thẳng vào máy tính, không qua bộ chia cổng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="214" />
      <source>Your camera sends only {fps} pictures a second, so your video may look choppy.</source>
      <translation>Camera của quý vị chỉ gửi {fps} hình mỗi giây, nên video có thể bị giật.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="223" />
      <source>Your picture is too dark for the doctor to see you well.</source>
      <translation>Hình của quý vị quá tối, bác sĩ khó nhìn rõ quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="226" />
      <source>Turn on a light in the room, in front of you.</source>
      <translation>Xin bật một ngọn đèn trong phòng, ở phía trước quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="227" />
      <source>If something is covering the camera, remove it.</source>
      <translation>Nếu có vật gì che camera, xin bỏ ra.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="229" />
      <source>The picture is too dark: turn on a light in front of the caller.</source>
      <translation>Hình quá tối: bật một ngọn đèn ở phía trước người gọi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="234" />
      <source>Your picture is too bright, so the doctor may not see your face clearly.</source>
      <translation>Hình của quý vị quá sáng, nên bác sĩ có thể không nhìn rõ mặt quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="236" />
      <source>Move out of direct sunlight, or turn away a very bright lamp shining on you.</source>
      <translation>Xin tránh ánh nắng chiếu thẳng, hoặc xoay đèn quá sáng ra khỏi người quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="241" />
      <source>The picture is too bright: move away from direct sunlight or a bright lamp.</source>
      <translation>Hình quá sáng: tránh ánh nắng chiếu thẳng hoặc đèn quá sáng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="246" />
      <source>The light behind you makes your face too dark to see.</source>
      <translation>Ánh sáng phía sau làm mặt quý vị quá tối, không nhìn rõ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="249" />
      <source>Close the curtains behind you, or turn so the window is in front of you.</source>
      <translation>Xin kéo rèm phía sau quý vị, hoặc xoay người để cửa sổ ở phía trước.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="251" />
      <source>The caller is backlit: sit facing the window or lamp, not with it behind them.</source>
      <translation>Người gọi bị ngược sáng: ngồi quay mặt về phía cửa sổ hoặc đèn, không quay lưng lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="256" />
      <source>Your picture looks blurry.</source>
      <translation>Hình của quý vị trông bị mờ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="258" />
      <source>Gently wipe the camera lens with a soft, dry cloth.</source>
      <translation>Xin lau nhẹ ống kính camera bằng khăn mềm và khô.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="259" />
      <source>Sit about an arm's length from the camera.</source>
      <translation>Xin ngồi cách camera khoảng một sải tay.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="261" />
      <source>The picture is blurry: wipe the camera lens with a soft cloth.</source>
      <translation>Hình bị mờ: lau ống kính camera bằng khăn mềm.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="266" />
      <source>Your camera sends a small picture ({width}x{height}), so the doctor will see you less clearly.</source>
      <translation>Camera của quý vị gửi hình nhỏ ({width}x{height}), nên bác sĩ sẽ thấy quý vị kém rõ hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="271" />
      <source>If you have another camera (for example a newer USB webcam), choose it instead.</source>
      <translation>Nếu quý vị có camera khác (ví dụ webcam USB mới hơn), xin chọn camera đó.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="275" />
      <source>The camera gives a small picture: use a better or external camera if there is one.</source>
      <translation>Camera cho hình nhỏ: dùng camera tốt hơn hoặc camera rời nếu có.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="282" />
      <source>We couldn't see a face - sit centred in front of the camera.</source>
      <translation>Chúng tôi không thấy khuôn mặt - xin ngồi ngay chính giữa trước camera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="284" />
      <source>Sit facing the camera, about an arm's length away, with your whole face in the picture.</source>
      <translation>Xin ngồi quay mặt về phía camera, cách khoảng một sải tay, để cả khuôn mặt ở trong hình.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="288" />
      <source>If you chose not to be seen during this check, you can ignore this.</source>
      <translation>Nếu quý vị đã chọn không xuất hiện trong lần kiểm tra này, quý vị có thể bỏ qua điều này.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="290" />
      <source>No face was seen: ask the caller to sit centred in front of the camera.</source>
      <translation>Không thấy khuôn mặt: đề nghị người gọi ngồi ngay chính giữa trước camera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="296" />
      <source>Something went wrong while checking your camera.</source>
      <translation>Đã có lỗi trong lúc kiểm tra camera của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="310" />
      <source>We could see your face only some of the time.</source>
      <translation>Chúng tôi chỉ thấy khuôn mặt quý vị một phần thời gian.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="311" />
      <source>If you can, sit facing the camera with your whole face in the picture.</source>
      <translation>Nếu được, xin ngồi quay mặt về phía camera, để cả khuôn mặt ở trong hình.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="323" />
      <source>Your computer's privacy settings are blocking the camera.</source>
      <translation>Cài đặt quyền riêng tư của máy tính đang chặn camera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="325" />
      <source>The computer's privacy settings block the camera: walk the caller through Settings &gt; Privacy &amp; security &gt; Camera (Windows) or System Settings &gt; Privacy &amp; Security &gt; Camera (Mac), then ask them to check again.</source>
      <translation>Cài đặt quyền riêng tư của máy tính chặn camera: hướng dẫn người gọi vào Cài đặt &gt; Quyền riêng tư &amp; bảo mật &gt; Camera (Windows) hoặc Cài đặt hệ thống &gt; Quyền riêng tư &amp; Bảo mật &gt; Camera (Mac), rồi đề nghị họ kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="332" />
      <source>A rule on this computer does not allow programs to use the camera.</source>
      <translation>Một quy định trên máy tính này không cho phép các chương trình dùng camera.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="334" />
      <source>Ask the person who looks after this computer to allow the camera (for example in Screen Time), then {check_again}.</source>
      <translation>Xin nhờ người quản lý máy tính này cho phép dùng camera (ví dụ trong Thời gian sử dụng), rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="339" />
      <source>Camera use is restricted on this Mac (Screen Time, parental controls or a management profile): the caller cannot switch it on; whoever manages the Mac must allow it.</source>
      <translation>Việc dùng camera bị hạn chế trên máy Mac này (Thời gian sử dụng, kiểm soát của phụ huynh hoặc hồ sơ quản lý): người gọi không tự bật được; người quản lý máy Mac phải cho phép.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="373" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="380" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="401" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="381" />
      <source>We will look at your camera picture for a few seconds. Sit where you will sit for your visit, facing a light if you can.</source>
      <translation>Chúng tôi sẽ xem hình ảnh camera của quý vị trong vài giây. Xin ngồi ở chỗ quý vị sẽ ngồi trong buổi khám, quay mặt về phía đèn nếu được.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="388" />
      <source>Camera:</source>
      <translation>Camera:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="395" />
      <location filename="../../src/preflight/support/code_v2.py" line="38" />
      <source>picture size (short side)</source>
      <translation>kích thước hình (cạnh ngắn)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="397" />
      <location filename="../../src/preflight/support/code_v1.py" line="119" />
      <location filename="../../src/preflight/support/code_v2.py" line="40" />
      <source>frame rate</source>
      <translation>tốc độ khung hình</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <source>Picture width</source>
      <translation>Chiều rộng hình</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="404" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>pixels</source>
      <translation>điểm ảnh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="406" />
      <source>Picture height</source>
      <translation>Chiều cao hình</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="408" />
      <source>Picture size (short side)</source>
      <translation>Kích thước hình (cạnh ngắn)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="411" />
      <source>Frame rate</source>
      <translation>Tốc độ khung hình</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="414" />
      <source>Pictures received</source>
      <translation>Số hình đã nhận</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="416" />
      <source>Black pictures</source>
      <translation>Hình màu đen</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="418" />
      <source>Frozen pictures</source>
      <translation>Hình bị đứng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>Brightness</source>
      <translation>Độ sáng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="421" />
      <source>of 255</source>
      <translation>trên 255</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="423" />
      <source>Contrast</source>
      <translation>Độ tương phản</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="425" />
      <source>Sharpness</source>
      <translation>Độ nét</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="427" />
      <source>Face seen</source>
      <translation>Thấy khuôn mặt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="429" />
      <source>Where the face is</source>
      <translation>Vị trí khuôn mặt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/camera/descriptor.py" line="432" />
      <source>Bright light behind you</source>
      <translation>Ánh sáng mạnh phía sau</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="39" />
      <source>Your internet speed is good for HD video.</source>
      <translation>Tốc độ Internet của quý vị đủ tốt cho video HD.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="40" />
      <source>Your internet is too slow for a video visit right now.</source>
      <translation>Tốc độ Internet của quý vị hiện quá chậm cho buổi khám qua video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="41" />
      <source>Your internet speed is enough for video, but the picture may be lower quality.</source>
      <translation>Tốc độ Internet của quý vị đủ cho video, nhưng chất lượng hình có thể thấp hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="45" />
      <source>We could not reach the speed test server, so your internet speed was not measured.</source>
      <translation>Chúng tôi không kết nối được với máy chủ đo tốc độ, nên chưa đo được tốc độ Internet của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="49" />
      <source>Check that you are connected to the internet, then {check_again}.</source>
      <translation>Xin kiểm tra xem quý vị đã kết nối Internet chưa, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="53" />
      <source>We could not get the list of speed test servers, so your internet speed was not measured.</source>
      <translation>Chúng tôi không lấy được danh sách máy chủ đo tốc độ, nên chưa đo được tốc độ Internet của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="57" />
      <source>{Check_again} in a few minutes.</source>
      <translation>{Check_again} sau vài phút nữa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="61" />
      <source>We measured your download speed, but the speed test server did not accept the upload test, so we can't tell how well others will see and hear you.</source>
      <translation>Chúng tôi đã đo được tốc độ tải xuống, nhưng máy chủ đo tốc độ không nhận bài thử tải lên, nên chúng tôi không biết người khác sẽ thấy và nghe quý vị rõ đến mức nào.</translation>
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
      <translation>Đề nghị người gọi khám qua điện thoại nếu không thể làm kết nối nhanh hơn.</translation>
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
      <translation>một máy chủ LibreSpeed tự vận hành</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="82" />
      <source>its settings could not be fetched</source>
      <translation>không lấy được cài đặt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="83" />
      <source>its list of servers could not be fetched</source>
      <translation>không lấy được danh sách máy chủ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="84" />
      <source>its server could not be reached</source>
      <translation>không kết nối được máy chủ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="85" />
      <source>its server stopped answering</source>
      <translation>máy chủ ngừng trả lời</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="86" />
      <source>no data arrived</source>
      <translation>không nhận được dữ liệu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="87" />
      <source>its server refused the test</source>
      <translation>máy chủ từ chối bài thử</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="88" />
      <source>it asked us to wait (too many tests)</source>
      <translation>yêu cầu chúng tôi chờ (quá nhiều lần thử)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="89" />
      <source>its security certificate was not accepted</source>
      <translation>chứng chỉ bảo mật không được chấp nhận</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="90" />
      <source>something else answered</source>
      <translation>một thứ khác đã trả lời thay máy chủ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="110" />
      <source>Internet speed</source>
      <translation>Tốc độ Internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="120" />
      <source>Your internet speed is good for standard-quality video.</source>
      <translation>Tốc độ Internet của quý vị đủ tốt cho video chất lượng tiêu chuẩn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="122" />
      <source>Your internet speed is enough for sound, but probably not for video.</source>
      <translation>Tốc độ Internet của quý vị đủ cho âm thanh, nhưng có lẽ không đủ cho video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="125" />
      <source>Your internet speed is too slow for a video or audio call.</source>
      <translation>Tốc độ Internet của quý vị quá chậm cho cuộc gọi video hoặc cuộc gọi thoại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="130" />
      <source>Your internet speed is good for HD video, but your connection slows down a lot when it is busy.</source>
      <translation>Tốc độ Internet của quý vị đủ tốt cho video HD, nhưng kết nối chậm đi nhiều khi mạng bận.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="133" />
      <source>The connection slows down a lot when it is busy (the delay rises by more than {loaded_latency_increase_warn_ms} ms under load): ask the caller to pause other streaming, downloads and backups during the visit, and to restart the router.</source>
      <translation>Kết nối chậm đi nhiều khi mạng bận (độ trễ tăng hơn {loaded_latency_increase_warn_ms} ms khi có tải): đề nghị người gọi tạm dừng các chương trình phát video, tải xuống và sao lưu khác trong buổi khám, và khởi động lại router.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="143" />
      <source>The internet is a little slow (download under {pass_download_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>Internet hơi chậm (tải xuống dưới {pass_download_mbps} Mbit/s): tạm dừng việc phát video và tải xuống khác trong buổi khám; video có thể có chất lượng thấp hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="152" />
      <source>The internet is a little slow (upload under {pass_upload_mbps} Mbit/s): pause other streaming and downloads during the visit; the video may be lower quality.</source>
      <translation>Internet hơi chậm (tải lên dưới {pass_upload_mbps} Mbit/s): tạm dừng việc phát video và tải xuống khác trong buổi khám; video có thể có chất lượng thấp hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="159" />
      <source>Your internet is too slow for video; it is enough for sound only.</source>
      <translation>Internet của quý vị quá chậm cho video; chỉ đủ cho âm thanh.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="161" />
      <source>The connection carries sound but not video (under {sd_upload_mbps} Mbit/s one way): plan the visit by phone if it cannot be improved.</source>
      <translation>Kết nối truyền được âm thanh nhưng không truyền được video (dưới {sd_upload_mbps} Mbit/s một chiều): sắp xếp khám qua điện thoại nếu không cải thiện được.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="169" />
      <source>The internet is too slow for video (download under {warn_download_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>Internet quá chậm cho video (tải xuống dưới {warn_download_mbps} Mbit/s): ngồi gần router hơn hoặc dùng dây mạng, dừng việc phát video và tải xuống khác, hoặc sắp xếp khám qua điện thoại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="178" />
      <source>The internet is too slow for video (upload under {warn_upload_mbps} Mbit/s): move closer to the router or use a cable, stop other streaming and downloads, or plan the visit by phone.</source>
      <translation>Internet quá chậm cho video (tải lên dưới {warn_upload_mbps} Mbit/s): ngồi gần router hơn hoặc dùng dây mạng, dừng việc phát video và tải xuống khác, hoặc sắp xếp khám qua điện thoại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="188" />
      <source>A phone visit may be better: call {label} at {phone} to arrange one.</source>
      <translation>Khám qua điện thoại có thể tốt hơn: xin gọi {label} theo số {phone} để sắp xếp.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="195" />
      <source>A phone visit may be better: call your doctor's office to arrange one.</source>
      <translation>Khám qua điện thoại có thể tốt hơn: xin gọi phòng khám của bác sĩ để sắp xếp.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="206" />
      <source>The speed test server refused the upload test, so the upload speed is unknown: ask the caller to run Preflight again; if every caller sees this, the speed test server needs attention.</source>
      <translation>Máy chủ đo tốc độ từ chối bài thử tải lên, nên chưa biết tốc độ tải lên: đề nghị người gọi chạy lại Preflight; nếu mọi người gọi đều gặp lỗi này, máy chủ đo tốc độ cần được xem xét.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="215" />
      <source>The speed test server acknowledged none of the upload test, so the upload speed is unknown: ask the caller to run Preflight again; a firewall or proxy may be blocking uploads.</source>
      <translation>Máy chủ đo tốc độ không xác nhận phần nào của bài thử tải lên, nên chưa biết tốc độ tải lên: đề nghị người gọi chạy lại Preflight; có thể tường lửa hoặc proxy đang chặn việc tải lên.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="224" />
      <source>The speed test server could not be reached, so the speed was not measured: ask the caller to check they are online and run Preflight again; if every caller sees this, the speed test server may be down.</source>
      <translation>Không kết nối được máy chủ đo tốc độ, nên chưa đo được tốc độ: đề nghị người gọi kiểm tra xem đã vào mạng chưa và chạy lại Preflight; nếu mọi người gọi đều gặp lỗi này, máy chủ đo tốc độ có thể đang ngừng hoạt động.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="233" />
      <source>The speed test server stopped answering, so the speed was not measured: ask the caller to run Preflight again; if every caller sees this, the speed test server may be overloaded or down.</source>
      <translation>Máy chủ đo tốc độ ngừng trả lời, nên chưa đo được tốc độ: đề nghị người gọi chạy lại Preflight; nếu mọi người gọi đều gặp lỗi này, máy chủ đo tốc độ có thể bị quá tải hoặc đang ngừng hoạt động.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="242" />
      <source>No data arrived from the speed test server, so the speed was not measured: ask the caller to run Preflight again; a firewall or proxy may be blocking the download.</source>
      <translation>Không nhận được dữ liệu từ máy chủ đo tốc độ, nên chưa đo được tốc độ: đề nghị người gọi chạy lại Preflight; có thể tường lửa hoặc proxy đang chặn việc tải xuống.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="251" />
      <source>speedtest.net's settings could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>Không lấy được cài đặt của speedtest.net (có thể mạng của người gọi chặn trang này), nên chưa đo được tốc độ: đề nghị người gọi thử lại sau vài phút; tổ chức nào chặn speedtest.net có thể chỉ định máy chủ đo tốc độ riêng ([bandwidth] speedtest_server).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="261" />
      <source>speedtest.net's list of servers could not be fetched (it may be blocked on the caller's network), so the speed was not measured: ask the caller to try again in a few minutes; an organisation that blocks speedtest.net can name its own test server ([bandwidth] speedtest_server).</source>
      <translation>Không lấy được danh sách máy chủ của speedtest.net (có thể mạng của người gọi chặn trang này), nên chưa đo được tốc độ: đề nghị người gọi thử lại sau vài phút; tổ chức nào chặn speedtest.net có thể chỉ định máy chủ đo tốc độ riêng ([bandwidth] speedtest_server).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="269" />
      <source>The speed test server address in the settings is not valid.</source>
      <translation>Địa chỉ máy chủ đo tốc độ trong phần cài đặt không hợp lệ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="270" />
      <source>Call the support line: the speed test needs to be set up again.</source>
      <translation>Xin gọi đường dây hỗ trợ: cần cài đặt lại phần đo tốc độ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="271" />
      <source>The speed test server address in the settings ([bandwidth] speedtest_server, or --speedtest-server) is not an http(s) address: correct the configuration.</source>
      <translation>Địa chỉ máy chủ đo tốc độ trong phần cài đặt ([bandwidth] speedtest_server, hoặc --speedtest-server) không phải là địa chỉ http(s): hãy sửa lại cấu hình.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="280" />
      <source>The internet speed check could not start: part of Preflight is missing.</source>
      <translation>Không bắt đầu được phần kiểm tra tốc độ Internet: thiếu một phần của Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="281" />
      <source>Reinstall Preflight, or call the support line.</source>
      <translation>Xin cài đặt lại Preflight, hoặc gọi đường dây hỗ trợ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="282" />
      <source>Part of Preflight (the speed test component) is missing on the caller's computer: ask them to reinstall Preflight.</source>
      <translation>Máy tính của người gọi thiếu một phần của Preflight (phần đo tốc độ): đề nghị họ cài đặt lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="292" />
      <source>The speed test server refused the test (an HTTP error), so the speed was not measured: ask the caller to try again in a few minutes; if every caller sees this, the speed test service (see the report's provider) needs attention or is blocked on their network.</source>
      <translation>Máy chủ đo tốc độ đã từ chối bài thử (lỗi HTTP), nên chưa đo được tốc độ: đề nghị người gọi thử lại sau vài phút; nếu mọi người gọi đều gặp lỗi này, dịch vụ đo tốc độ (xem nhà cung cấp trong báo cáo) cần được xem xét hoặc đang bị chặn trên mạng của họ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="300" />
      <source>The speed test service is busy, so your internet speed was not measured.</source>
      <translation>Dịch vụ đo tốc độ đang bận, nên chưa đo được tốc độ Internet của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="302" />
      <source>The speed test service asked us to wait (too many tests from the caller's network, HTTP 429), so the speed was not measured: ask the caller to try again in a few minutes.</source>
      <translation>Dịch vụ đo tốc độ yêu cầu chúng tôi chờ (quá nhiều lần thử từ mạng của người gọi, HTTP 429), nên chưa đo được tốc độ: đề nghị người gọi thử lại sau vài phút.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="309" />
      <source>We could not make a secure connection to the speed test server, so your internet speed was not measured.</source>
      <translation>Chúng tôi không tạo được kết nối an toàn đến máy chủ đo tốc độ, nên chưa đo được tốc độ Internet của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="311" />
      <source>Check that your computer's date and time are right, then {check_again}.</source>
      <translation>Xin kiểm tra xem ngày và giờ trên máy tính có đúng không, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="315" />
      <source>The speed test server's security certificate was not accepted, so the speed was not measured: the computer's clock may be wrong, or a proxy or firewall on the caller's network inspects secure connections.</source>
      <translation>Chứng chỉ bảo mật của máy chủ đo tốc độ không được chấp nhận, nên chưa đo được tốc độ: có thể đồng hồ của máy tính bị sai, hoặc proxy hay tường lửa trên mạng của người gọi đang kiểm tra các kết nối an toàn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="324" />
      <source>Something other than the speed test server answered (a sign-in page, a proxy or a broken server), so the speed was not measured: ask the caller whether the network needs a sign-in, then to run Preflight again.</source>
      <translation>Một thứ khác không phải máy chủ đo tốc độ đã trả lời (trang đăng nhập, proxy hoặc máy chủ bị lỗi), nên chưa đo được tốc độ: hỏi người gọi xem mạng có cần đăng nhập không, rồi đề nghị họ chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="334" />
      <location filename="../../src/preflight/support/code_v1.py" line="97" />
      <location filename="../../src/preflight/support/code_v2.py" line="82" />
      <source>download</source>
      <translation>tải xuống</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="336" />
      <location filename="../../src/preflight/support/code_v1.py" line="98" />
      <location filename="../../src/preflight/support/code_v2.py" line="84" />
      <source>upload</source>
      <translation>tải lên</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="341" />
      <location filename="../../src/preflight/support/code_v1.py" line="99" />
      <location filename="../../src/preflight/support/code_v2.py" line="87" />
      <source>ping</source>
      <translation>độ trễ (ping)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="344" />
      <source>speed test by</source>
      <translation>đo tốc độ bằng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="348" />
      <source>Download speed</source>
      <translation>Tốc độ tải xuống</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="349" />
      <source>Upload speed</source>
      <translation>Tốc độ tải lên</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="351" />
      <source>Delay (ping)</source>
      <translation>Độ trễ (ping)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="353" />
      <source>Delay variation</source>
      <translation>Độ dao động của độ trễ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="355" />
      <source>Delay while busy</source>
      <translation>Độ trễ khi mạng bận</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="357" />
      <source>Extra delay while busy</source>
      <translation>Độ trễ tăng thêm khi mạng bận</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="359" />
      <source>Test server</source>
      <translation>Máy chủ thử</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="364" />
      <source>Data downloaded</source>
      <translation>Dữ liệu đã tải xuống</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="366" />
      <source>Data uploaded</source>
      <translation>Dữ liệu đã tải lên</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="368" />
      <source>Best video for this connection</source>
      <translation>Video tốt nhất cho kết nối này</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="373" />
      <source>HD video (1080p)</source>
      <translation>Video HD (1080p)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="374" />
      <source>HD video (720p)</source>
      <translation>Video HD (720p)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="375" />
      <source>standard video</source>
      <translation>video tiêu chuẩn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="376" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="168" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="186" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="288" />
      <source>sound only</source>
      <translation>chỉ âm thanh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="377" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="243" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>none</source>
      <translation>không có</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="379" />
      <source>Speed steady during the test</source>
      <translation>Tốc độ ổn định trong lúc thử</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="384" />
      <source>Download speed variation</source>
      <translation>Độ dao động tốc độ tải xuống</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="388" />
      <source>Upload speed variation</source>
      <translation>Độ dao động tốc độ tải lên</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="392" />
      <source>Upload counted by</source>
      <translation>Tải lên được đếm bằng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="398" />
      <source>Speed test by</source>
      <translation>Đo tốc độ bởi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="403" />
      <source>Speed tests that could not measure</source>
      <translation>Các dịch vụ đo tốc độ không đo được</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="406" />
      <source>{provider}: {reason}</source>
      <translation>{provider}: {reason}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="511" />
      <source>the support line</source>
      <translation>đường dây hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="551" />
      <source>Measuring your internet speed…</source>
      <translation>Đang đo tốc độ Internet của quý vị…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/bandwidth.py" line="559" />
      <source>Trying another speed test…</source>
      <translation>Đang thử một dịch vụ đo tốc độ khác…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="40" />
      <source>upload speed</source>
      <translation>tốc độ tải lên</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="41" />
      <source>lost packets</source>
      <translation>gói dữ liệu bị mất</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="42" />
      <source>round trip</source>
      <translation>thời gian đi về</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="43" />
      <source>jitter</source>
      <translation>độ dao động độ trễ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="44" />
      <source>weak Wi-Fi signal</source>
      <translation>tín hiệu Wi-Fi yếu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="45" />
      <source>a VPN</source>
      <translation>VPN</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="50" />
      <source>Video calls</source>
      <translation>Cuộc gọi video</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="58" />
      <source>Expected video call quality: Excellent ({resolution}).</source>
      <translation>Chất lượng cuộc gọi video dự kiến: Xuất sắc ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="60" />
      <source>Expected video call quality: Great ({resolution}).</source>
      <translation>Chất lượng cuộc gọi video dự kiến: Rất tốt ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="62" />
      <source>Expected video call quality: Good ({resolution}).</source>
      <translation>Chất lượng cuộc gọi video dự kiến: Tốt ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="65" />
      <source>Expected video call quality: Fair ({resolution}).</source>
      <translation>Chất lượng cuộc gọi video dự kiến: Trung bình ({resolution}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="67" />
      <source>Expected call quality is fair (an estimated MOS from {mos_fair} to {mos_good}): sound may break up and the picture may freeze at times. The limit found with it is what to fix first.</source>
      <translation>Chất lượng cuộc gọi dự kiến ở mức trung bình (MOS ước tính từ {mos_fair} đến {mos_good}): âm thanh đôi lúc có thể bị ngắt quãng và hình có thể bị đứng. Giới hạn được tìm thấy kèm theo là điều cần sửa trước tiên.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="73" />
      <source>Expected video call quality: Poor ({resolution}). The video will probably freeze.</source>
      <translation>Chất lượng cuộc gọi video dự kiến: Kém ({resolution}). Video có lẽ sẽ bị đứng hình.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="76" />
      <source>Expected call quality is poor (an estimated MOS under {mos_fair}): the video will probably freeze. Fix the limit found with it, or offer a phone visit.</source>
      <translation>Chất lượng cuộc gọi dự kiến kém (MOS ước tính dưới {mos_fair}): video có lẽ sẽ bị đứng hình. Hãy sửa giới hạn được tìm thấy kèm theo, hoặc đề nghị khám qua điện thoại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="83" />
      <source>Your upload speed limits the picture.</source>
      <translation>Tốc độ tải lên của quý vị làm giới hạn chất lượng hình.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="84" />
      <source>Your upload speed is too low for a clear picture: pause other uploads and backups (photos, cloud storage) during the visit.</source>
      <translation>Tốc độ tải lên của quý vị quá thấp để có hình rõ: xin tạm dừng việc tải lên và sao lưu khác (ảnh, lưu trữ đám mây) trong buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="86" />
      <source>The upload limits the picture (under {video_540p_mbps} Mbit/s for 540p): ask the caller to pause uploads and backups, or to move closer to the router.</source>
      <translation>Tốc độ tải lên làm giới hạn hình (dưới {video_540p_mbps} Mbit/s cho 540p): đề nghị người gọi tạm dừng việc tải lên và sao lưu, hoặc ngồi gần router hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="92" />
      <source>Some of the call's sound and picture gets lost on the way.</source>
      <translation>Một phần âm thanh và hình ảnh của cuộc gọi bị mất trên đường truyền.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="93" />
      <source>Some of the call's sound and picture gets lost on the way: move closer to your router, or connect with a network cable.</source>
      <translation>Một phần âm thanh và hình ảnh của cuộc gọi bị mất trên đường truyền: xin ngồi gần router hơn, hoặc nối dây mạng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="95" />
      <source>Lost packets limit the call (more than {teams_loss_pct}% lost; Teams asks under 1%): usually weak Wi-Fi. Ask the caller to move closer to the router or use a cable.</source>
      <translation>Mất gói làm giới hạn cuộc gọi (mất hơn {teams_loss_pct}%; Teams yêu cầu dưới 1%): thường do Wi-Fi yếu. Đề nghị người gọi ngồi gần router hơn hoặc dùng dây mạng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="101" />
      <source>Your connection takes long to reach the video service.</source>
      <translation>Kết nối của quý vị mất nhiều thời gian để đến dịch vụ video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="102" />
      <source>Your connection takes long to reach the video service: connect with a network cable, and try without a VPN if you use one.</source>
      <translation>Kết nối của quý vị mất nhiều thời gian để đến dịch vụ video: xin nối dây mạng, và thử không dùng VPN nếu quý vị đang dùng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="104" />
      <source>The round trip limits the call (over {teams_rtt_ms} ms; Teams asks under 100 ms): a VPN, satellite or mobile link is likely. Ask the caller to try without the VPN or on another network.</source>
      <translation>Thời gian đi về làm giới hạn cuộc gọi (hơn {teams_rtt_ms} ms; Teams yêu cầu dưới 100 ms): có thể do VPN, vệ tinh hoặc mạng di động. Đề nghị người gọi thử không dùng VPN hoặc dùng mạng khác.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="110" />
      <source>The delay on your connection changes a lot.</source>
      <translation>Độ trễ trên kết nối của quý vị thay đổi nhiều.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="111" />
      <source>The delay on your connection changes a lot: move closer to your router or connect with a network cable, and pause other streaming.</source>
      <translation>Độ trễ trên kết nối của quý vị thay đổi nhiều: xin ngồi gần router hơn hoặc nối dây mạng, và tạm dừng việc phát video khác.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="113" />
      <source>Jitter limits the call (over {teams_jitter_ms} ms; Teams asks under 30 ms): usually busy or weak Wi-Fi. Ask the caller to use a cable or move closer to the router, and to pause other streaming.</source>
      <translation>Độ dao động độ trễ làm giới hạn cuộc gọi (hơn {teams_jitter_ms} ms; Teams yêu cầu dưới 30 ms): thường do Wi-Fi bận hoặc yếu. Đề nghị người gọi dùng dây mạng hoặc ngồi gần router hơn, và tạm dừng việc phát video khác.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="120" />
      <source>Your connection slows down a lot when it is busy.</source>
      <translation>Kết nối của quý vị chậm đi nhiều khi mạng bận.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="121" />
      <source>Your connection slows down a lot when it is busy: other streaming, downloads and backups will hurt the call. Pause them during the visit.</source>
      <translation>Kết nối của quý vị chậm đi nhiều khi mạng bận: việc phát video, tải xuống và sao lưu khác sẽ làm cuộc gọi kém đi. Xin tạm dừng chúng trong buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="124" />
      <source>The delay rises by more than {household_increase_warn_ms} ms when the connection is busy (bufferbloat): other streaming, downloads and backups at home will hurt the call. Ask the caller to pause them during the visit and to restart the router.</source>
      <translation>Độ trễ tăng hơn {household_increase_warn_ms} ms khi kết nối bận (bufferbloat): việc phát video, tải xuống và sao lưu khác trong nhà sẽ làm cuộc gọi kém đi. Đề nghị người gọi tạm dừng chúng trong buổi khám và khởi động lại router.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="131" />
      <source>We could not estimate the video call quality.</source>
      <translation>Chúng tôi không ước tính được chất lượng cuộc gọi video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="132" />
      <source>The connection checks above say what they found.</source>
      <translation>Các phần kiểm tra kết nối ở trên cho biết những gì đã tìm thấy.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="133" />
      <source>The call quality could not be estimated: the connection check or the speed check did not measure the round trip, loss or upload (or their figures contradict each other). Read those checks' findings.</source>
      <translation>Không ước tính được chất lượng cuộc gọi: phần kiểm tra kết nối hoặc kiểm tra tốc độ chưa đo được thời gian đi về, mất gói hoặc tốc độ tải lên (hoặc các số liệu mâu thuẫn nhau). Xem kết quả của các phần kiểm tra đó.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="141" />
      <source>Your Wi-Fi signal is weak where you are.</source>
      <translation>Tín hiệu Wi-Fi ở chỗ quý vị đang yếu.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="142" />
      <source>Your Wi-Fi signal is weak where you are: move closer to your router, or connect with a network cable.</source>
      <translation>Tín hiệu Wi-Fi ở chỗ quý vị đang yếu: xin ngồi gần router hơn, hoặc nối dây mạng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="144" />
      <source>A weak Wi-Fi signal limits the call (packets lost or late on the Wi-Fi): ask the caller to move closer to the router or to use a cable.</source>
      <translation>Tín hiệu Wi-Fi yếu làm giới hạn cuộc gọi (gói dữ liệu bị mất hoặc đến trễ trên Wi-Fi): đề nghị người gọi ngồi gần router hơn hoặc dùng dây mạng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="149" />
      <source>Your connection goes through a VPN, which slows down the call.</source>
      <translation>Kết nối của quý vị đi qua VPN, làm cuộc gọi chậm đi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="150" />
      <source>Your connection goes through a VPN, which slows down the call: if you can, turn it off for the visit.</source>
      <translation>Kết nối của quý vị đi qua VPN, làm cuộc gọi chậm đi: nếu được, xin tắt VPN trong buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="152" />
      <source>A VPN or tunnel in the route limits the call (a long or unsteady round trip): ask the caller to try without the VPN.</source>
      <translation>VPN hoặc đường hầm trên tuyến kết nối làm giới hạn cuộc gọi (thời gian đi về dài hoặc không ổn định): đề nghị người gọi thử không dùng VPN.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="160" />
      <source>expected call quality</source>
      <translation>chất lượng cuộc gọi dự kiến</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="161" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="177" />
      <source>excellent</source>
      <translation>xuất sắc</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="162" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="178" />
      <source>great</source>
      <translation>rất tốt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="163" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="179" />
      <source>good</source>
      <translation>tốt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="164" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="180" />
      <source>fair</source>
      <translation>trung bình</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="165" />
      <location filename="../../src/preflight/checks/network/call_quality.py" line="181" />
      <source>poor</source>
      <translation>kém</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="167" />
      <source>picture the upload carries</source>
      <translation>hình mà tốc độ tải lên cho phép</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="169" />
      <source>what limits the call</source>
      <translation>điều làm giới hạn cuộc gọi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="173" />
      <source>Expected call quality</source>
      <translation>Chất lượng cuộc gọi dự kiến</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="183" />
      <source>Picture the upload carries</source>
      <translation>Hình mà tốc độ tải lên cho phép</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="187" />
      <source>What limits the call</source>
      <translation>Điều làm giới hạn cuộc gọi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="193" />
      <source>Estimated call score (MOS, 1 to 4.5)</source>
      <translation>Điểm cuộc gọi ước tính (MOS, 1 đến 4.5)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="197" />
      <source>Transmission rating (R)</source>
      <translation>Mức đánh giá truyền dẫn (R)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="200" />
      <source>Effective delay</source>
      <translation>Độ trễ thực tế</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/call_quality.py" line="202" />
      <source>Estimated call score when the connection is busy</source>
      <translation>Điểm cuộc gọi ước tính khi kết nối bận</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="210" />
      <source>Your computer can't reach the video visit service.</source>
      <translation>Máy tính của quý vị không kết nối được với dịch vụ khám qua video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="211" />
      <source>Your network blocks the fastest kind of video connection, but video can still work through a backup route.</source>
      <translation>Mạng của quý vị chặn kiểu kết nối video nhanh nhất, nhưng video vẫn có thể chạy qua một đường dự phòng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="217" />
      <source>If the video is choppy during the visit, try another network (for example your home Wi-Fi instead of a work or hotel network).</source>
      <translation>Nếu video bị giật trong buổi khám, xin thử mạng khác (ví dụ Wi-Fi ở nhà thay vì mạng ở nơi làm việc hoặc khách sạn).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="220" />
      <source>Your connection is too unsteady for video right now; a phone visit may be better.</source>
      <translation>Kết nối của quý vị hiện quá chập chờn cho video; khám qua điện thoại có thể tốt hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="223" />
      <source>Your connection is a little unsteady, so the video may freeze at times.</source>
      <translation>Kết nối của quý vị hơi chập chờn, nên video đôi lúc có thể bị đứng hình.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="232" />
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>works</source>
      <translation>hoạt động</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="233" />
      <source>no answer</source>
      <translation>không trả lời</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="234" />
      <source>refused us</source>
      <translation>đã từ chối chúng tôi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="237" />
      <source>Video relay over UDP</source>
      <translation>Chuyển tiếp video qua UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="238" />
      <source>Video relay over TCP</source>
      <translation>Chuyển tiếp video qua TCP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="239" />
      <source>Video relay over TLS</source>
      <translation>Chuyển tiếp video qua TLS</translation>
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
      <translation>VPN hoặc đường hầm</translation>
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
      <translation>Quý vị không cần thay đổi gì cho việc này. Nếu video không bắt đầu được trong buổi khám, xin gọi đường dây hỗ trợ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="262" />
      <source>Internet connection</source>
      <translation>Kết nối Internet</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="272" />
      <source>Your internet connection can reach the video visit service.</source>
      <translation>Kết nối Internet của quý vị có thể kết nối được với dịch vụ khám qua video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="277" />
      <source>Your computer doesn't seem to be connected to the internet.</source>
      <translation>Máy tính của quý vị có vẻ chưa kết nối Internet.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="279" />
      <source>Check that Wi-Fi is turned on and connected, or that the network cable is plugged in.</source>
      <translation>Xin kiểm tra xem Wi-Fi đã bật và đã kết nối, hoặc dây mạng đã được cắm.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="284" />
      <source>The computer is not connected to the internet: ask the caller to check that Wi-Fi is on and connected (or the network cable is plugged in), to restart the computer and router, and to try without a VPN.</source>
      <translation>Máy tính chưa kết nối Internet: đề nghị người gọi kiểm tra xem Wi-Fi đã bật và đã kết nối (hoặc dây mạng đã được cắm), khởi động lại máy tính và router, và thử không dùng VPN.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="291" />
      <source>Your Wi-Fi network wants you to sign in before you can use the internet.</source>
      <translation>Mạng Wi-Fi của quý vị yêu cầu đăng nhập trước khi dùng Internet.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="293" />
      <source>Open your web browser and follow the steps on the page that appears (you may need to accept terms or enter a code).</source>
      <translation>Xin mở trình duyệt web và làm theo các bước trên trang hiện ra (quý vị có thể cần đồng ý với điều khoản hoặc nhập mã).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="297" />
      <source>A Wi-Fi sign-in page holds back the internet: ask the caller to open a web browser, finish the steps on the page that appears, then run Preflight again.</source>
      <translation>Một trang đăng nhập Wi-Fi đang chặn Internet: đề nghị người gọi mở trình duyệt web, làm xong các bước trên trang hiện ra, rồi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="306" />
      <source>The visit's services could not be reached: a Wi-Fi sign-in page, firewall or VPN may block them. Sign in to the Wi-Fi page, turn off the VPN, or try another network.</source>
      <translation>Không kết nối được các dịch vụ của buổi khám: một trang đăng nhập Wi-Fi, tường lửa hoặc VPN có thể đang chặn. Xin đăng nhập trang Wi-Fi, tắt VPN, hoặc thử mạng khác.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="315" />
      <source>Security software or a network filter may be blocking secure connections. If you can, try another network (for example your phone's hotspot).</source>
      <translation>Phần mềm bảo mật hoặc bộ lọc mạng có thể đang chặn các kết nối an toàn. Nếu được, xin thử mạng khác (ví dụ điểm phát sóng từ điện thoại).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="321" />
      <source>Secure connections to the visit's services failed their certificate check: security software or a network filter may be intercepting them. Ask the caller to try another network, such as a phone hotspot.</source>
      <translation>Các kết nối an toàn đến dịch vụ của buổi khám không vượt qua được bước kiểm tra chứng chỉ: phần mềm bảo mật hoặc bộ lọc mạng có thể đang chặn chúng. Đề nghị người gọi thử mạng khác, như điểm phát sóng từ điện thoại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="329" />
      <source>Your computer uses a proxy server. Ask whoever manages it to allow the video visit service.</source>
      <translation>Máy tính của quý vị dùng máy chủ proxy. Xin nhờ người quản lý proxy cho phép dịch vụ khám qua video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="331" />
      <source>The caller's computer uses a proxy server, and the visit's services could not be reached through it: whoever manages the proxy needs to allow them.</source>
      <translation>Máy tính của người gọi dùng máy chủ proxy, và không kết nối được các dịch vụ của buổi khám qua proxy đó: người quản lý proxy cần cho phép các dịch vụ này.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="340" />
      <source>Call traffic (UDP) is blocked: the call may fall back to a slower path. If video fails, try another network or ask the network's IT to allow UDP.</source>
      <translation>Dữ liệu cuộc gọi (UDP) bị chặn: cuộc gọi có thể chuyển sang đường chậm hơn. Nếu video không chạy, xin thử mạng khác hoặc nhờ bộ phận IT của mạng đó cho phép UDP.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="351" />
      <source>UDP was not tested: the STUN server in the settings ([network] stun_server) is not set or its name could not be looked up. Video may still work; if every caller sees this, check the organisation's configuration.</source>
      <translation>Chưa thử UDP: máy chủ STUN trong phần cài đặt ([network] stun_server) chưa được đặt hoặc không tra được tên. Video vẫn có thể chạy; nếu mọi người gọi đều gặp điều này, xin kiểm tra cấu hình của tổ chức.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="361" />
      <source>The connection has a long delay (a round trip of {rtt_fail_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>Kết nối có độ trễ lớn (một vòng đi về mất {rtt_fail_ms} ms trở lên): dùng dây mạng hoặc ngồi gần router hơn, và khởi động lại router nếu vẫn còn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="370" />
      <source>The connection loses data ({loss_fail_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>Kết nối bị mất dữ liệu ({loss_fail_pct}% gói dữ liệu trở lên): ngồi gần router Wi-Fi hơn hoặc dùng dây mạng, và tạm dừng việc tải xuống và phát video trong nhà.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="379" />
      <source>The connection has a long delay (a round trip of {rtt_warn_ms} ms or more): use a cable or move closer to the router, and restart the router if it persists.</source>
      <translation>Kết nối có độ trễ lớn (một vòng đi về mất {rtt_warn_ms} ms trở lên): dùng dây mạng hoặc ngồi gần router hơn, và khởi động lại router nếu vẫn còn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="388" />
      <source>The connection's delay varies a lot ({jitter_warn_ms} ms or more from one packet to the next): use a cable or move closer to the router, and pause downloads and streaming at home.</source>
      <translation>Độ trễ của kết nối dao động nhiều ({jitter_warn_ms} ms trở lên giữa các gói liền nhau): dùng dây mạng hoặc ngồi gần router hơn, và tạm dừng việc tải xuống và phát video trong nhà.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="397" />
      <source>The connection loses data ({loss_warn_pct}% of packets or more): move closer to the Wi-Fi router or use a cable, and pause downloads and streaming at home.</source>
      <translation>Kết nối bị mất dữ liệu ({loss_warn_pct}% gói dữ liệu trở lên): ngồi gần router Wi-Fi hơn hoặc dùng dây mạng, và tạm dừng việc tải xuống và phát video trong nhà.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="404" />
      <source>Your connection works, but some of the visit's services could not be found.</source>
      <translation>Kết nối của quý vị hoạt động, nhưng không tìm thấy một số dịch vụ của buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="407" />
      <source>Internet names could not be looked up: restart the router, or try another network such as a phone hotspot.</source>
      <translation>Không tra được tên trên Internet: khởi động lại router, hoặc thử mạng khác như điểm phát sóng từ điện thoại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="414" />
      <source>Video will work, but maybe at lower quality: your network lets it through only a slower route.</source>
      <translation>Video sẽ hoạt động, nhưng có thể với chất lượng thấp hơn: mạng của quý vị chỉ cho video đi qua một đường chậm hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="417" />
      <source>The video service's relay works only over TCP or TLS; UDP to it is blocked. Video will work, maybe at lower quality: if it is poor, try without a VPN or another network, or ask the network's IT to allow UDP to the relay.</source>
      <translation>Máy chủ chuyển tiếp của dịch vụ video chỉ hoạt động qua TCP hoặc TLS; UDP đến máy chủ này bị chặn. Video sẽ hoạt động, có thể với chất lượng thấp hơn: nếu video kém, thử không dùng VPN hoặc dùng mạng khác, hoặc nhờ bộ phận IT của mạng đó cho phép UDP đến máy chủ chuyển tiếp.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="425" />
      <source>Your network blocks video calls.</source>
      <translation>Mạng của quý vị chặn cuộc gọi video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="426" />
      <source>Try another network (for example your phone's hotspot), or ask for a phone visit.</source>
      <translation>Xin thử mạng khác (ví dụ điểm phát sóng từ điện thoại), hoặc đề nghị khám qua điện thoại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="428" />
      <source>The caller's network blocks the video relay on every route tried (UDP, TCP, TLS on 443) while web pages work: video cannot connect. Ask them to try another network, such as a phone hotspot, or arrange a phone visit. If many callers see this at once, check that the relay is up.</source>
      <translation>Mạng của người gọi chặn máy chủ chuyển tiếp video trên mọi đường đã thử (UDP, TCP, TLS trên cổng 443) trong khi các trang web vẫn mở được: video không thể kết nối. Đề nghị người gọi thử mạng khác, như điểm phát sóng từ điện thoại, hoặc sắp xếp khám qua điện thoại. Nếu nhiều người gọi gặp lỗi này cùng lúc, kiểm tra xem máy chủ chuyển tiếp có đang chạy không.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="436" />
      <source>The video service's relay refused us, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>Máy chủ chuyển tiếp của dịch vụ video đã từ chối chúng tôi, nên chúng tôi không thử được đường mà video sẽ đi. Đây là vấn đề ở phía chúng tôi, không phải do mạng của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="439" />
      <source>The video service's relay (TURN) refused Preflight: the relay credentials in the settings ([network] turn_username and turn_credential, or the service at turn_credential_url) are wrong or expired, or the relay is full. This is the organisation's infrastructure, not the caller's network: report it to IT.</source>
      <translation>Máy chủ chuyển tiếp của dịch vụ video (TURN) đã từ chối Preflight: thông tin đăng nhập máy chủ chuyển tiếp trong phần cài đặt ([network] turn_username và turn_credential, hoặc dịch vụ tại turn_credential_url) bị sai hoặc đã hết hạn, hoặc máy chủ chuyển tiếp đã đầy. Đây là hạ tầng của tổ chức, không phải mạng của người gọi: hãy báo cho bộ phận IT.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="448" />
      <source>The video service's relay is not answering (it seems to be down), so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>Máy chủ chuyển tiếp của dịch vụ video không trả lời (có vẻ đang ngừng hoạt động), nên chúng tôi không thử được đường mà video sẽ đi. Đây không phải là vấn đề với mạng của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="452" />
      <source>The video service's relay ([network] turn_servers) refused the connection: it appears to be down. Report it to IT; the caller's network is not the cause.</source>
      <translation>Máy chủ chuyển tiếp của dịch vụ video ([network] turn_servers) đã từ chối kết nối: có vẻ máy chủ đang ngừng hoạt động. Hãy báo cho bộ phận IT; nguyên nhân không phải do mạng của người gọi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="459" />
      <source>The video service's relay could not be found, so we could not test the route video takes. This is not a problem with your network.</source>
      <translation>Không tìm thấy máy chủ chuyển tiếp của dịch vụ video, nên chúng tôi không thử được đường mà video sẽ đi. Đây không phải là vấn đề với mạng của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="462" />
      <source>The relay's name in [network] turn_servers could not be looked up while other names could: check the name in the settings and the organisation's DNS. The caller's network is not the cause.</source>
      <translation>Không tra được tên máy chủ chuyển tiếp trong [network] turn_servers trong khi các tên khác vẫn tra được: kiểm tra tên trong phần cài đặt và DNS của tổ chức. Nguyên nhân không phải do mạng của người gọi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="469" />
      <source>We could not get a sign-in for the video service's relay, so we could not test the route video takes. This is a problem on our side, not with your network.</source>
      <translation>Chúng tôi không lấy được thông tin đăng nhập cho máy chủ chuyển tiếp của dịch vụ video, nên chúng tôi không thử được đường mà video sẽ đi. Đây là vấn đề ở phía chúng tôi, không phải do mạng của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="473" />
      <source>The relay credential service ([network] turn_credential_url) gave Preflight no usable credential or relay address (unreachable, an error, or an answer without a username and password): check that service. The caller's network is not the cause.</source>
      <translation>Dịch vụ cấp thông tin đăng nhập máy chủ chuyển tiếp ([network] turn_credential_url) không đưa cho Preflight thông tin đăng nhập hoặc địa chỉ máy chủ chuyển tiếp dùng được (không kết nối được, bị lỗi, hoặc câu trả lời thiếu tên người dùng và mật khẩu): kiểm tra dịch vụ đó. Nguyên nhân không phải do mạng của người gọi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="482" />
      <source>Your Wi-Fi signal is weak where you are, so the video may freeze.</source>
      <translation>Tín hiệu Wi-Fi ở chỗ quý vị đang yếu, nên video có thể bị đứng hình.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="483" />
      <source>Move closer to your Wi-Fi router, or connect with a network cable if you can.</source>
      <translation>Xin ngồi gần router Wi-Fi hơn, hoặc nối dây mạng nếu được.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="485" />
      <source>The caller's Wi-Fi signal is weak ({wifi_weak_dbm} dBm or less; video calls need about -67 dBm): ask them to move closer to the router, or to use a network cable.</source>
      <translation>Tín hiệu Wi-Fi của người gọi yếu ({wifi_weak_dbm} dBm trở xuống; cuộc gọi video cần khoảng -67 dBm): đề nghị họ ngồi gần router hơn, hoặc dùng dây mạng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="492" />
      <source>Your connection goes through a VPN, which can slow down the video.</source>
      <translation>Kết nối của quý vị đi qua VPN, có thể làm video chậm đi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="493" />
      <source>If you can, turn off the VPN for the visit, then {check_again}.</source>
      <translation>Nếu được, xin tắt VPN trong buổi khám, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="494" />
      <source>The caller's traffic goes through a VPN or tunnel, and the connection is slow or unsteady: ask them to try without the VPN (or with a split tunnel for the video service).</source>
      <translation>Dữ liệu của người gọi đi qua VPN hoặc đường hầm, và kết nối chậm hoặc không ổn định: đề nghị họ thử không dùng VPN (hoặc dùng split tunnel cho dịch vụ video).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="503" />
      <source>Your Wi-Fi uses the slower 2.4 GHz band.</source>
      <translation>Wi-Fi của quý vị đang dùng băng tần 2.4 GHz chậm hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="505" />
      <source>If your router also offers a 5 GHz network (its name often ends in "5G"), connect to that one: it is usually faster and steadier.</source>
      <translation>Nếu router của quý vị cũng có mạng 5 GHz (tên mạng thường kết thúc bằng "5G"), xin kết nối vào mạng đó: mạng này thường nhanh và ổn định hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="516" />
      <location filename="../../src/preflight/support/code_v2.py" line="71" />
      <source>UDP loss</source>
      <translation>Mất dữ liệu UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="518" />
      <location filename="../../src/preflight/support/code_v2.py" line="73" />
      <source>UDP round trip</source>
      <translation>Thời gian đi về UDP</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="524" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="597" />
      <source>Relay round trip</source>
      <translation>Thời gian đi về qua máy chủ chuyển tiếp</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="528" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="603" />
      <source>Wi-Fi signal</source>
      <translation>Tín hiệu Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="530" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="607" />
      <source>Wi-Fi band</source>
      <translation>Băng tần Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="532" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="610" />
      <source>Wi-Fi link rate</source>
      <translation>Tốc độ liên kết Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="534" />
      <location filename="../../src/preflight/checks/network/connectivity.py" line="613" />
      <source>VPN or tunnel in the route</source>
      <translation>VPN hoặc đường hầm trên tuyến kết nối</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="539" />
      <source>Names looked up (DNS)</source>
      <translation>Tên đã tra (DNS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="541" />
      <source>Visit services reached</source>
      <translation>Dịch vụ khám đã kết nối được</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="543" />
      <source>Services not reached</source>
      <translation>Dịch vụ chưa kết nối được</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="545" />
      <source>Proxy server in use</source>
      <translation>Đang dùng máy chủ proxy</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="547" />
      <source>Wi-Fi sign-in page</source>
      <translation>Trang đăng nhập Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="550" />
      <source>Fast video connection (UDP)</source>
      <translation>Kết nối video nhanh (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="552" />
      <source>Public address found</source>
      <translation>Đã tìm thấy địa chỉ công khai</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="555" />
      <source>Round trip (UDP)</source>
      <translation>Thời gian đi về (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="557" />
      <source>Delay variation (UDP)</source>
      <translation>Độ dao động của độ trễ (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="559" />
      <source>Data lost (UDP)</source>
      <translation>Dữ liệu bị mất (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="561" />
      <source>Backup route for video (TCP 443)</source>
      <translation>Đường dự phòng cho video (TCP 443)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="571" />
      <source>Relay round trip (UDP)</source>
      <translation>Thời gian đi về qua máy chủ chuyển tiếp (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="574" />
      <source>Relay data lost (UDP)</source>
      <translation>Dữ liệu bị mất qua máy chủ chuyển tiếp (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="576" />
      <source>Relay problem (UDP)</source>
      <translation>Vấn đề máy chủ chuyển tiếp (UDP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="582" />
      <source>Relay round trip (TCP)</source>
      <translation>Thời gian đi về qua máy chủ chuyển tiếp (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="584" />
      <source>Relay data lost (TCP)</source>
      <translation>Dữ liệu bị mất qua máy chủ chuyển tiếp (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="586" />
      <source>Relay problem (TCP)</source>
      <translation>Vấn đề máy chủ chuyển tiếp (TCP)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="591" />
      <source>Relay round trip (TLS)</source>
      <translation>Thời gian đi về qua máy chủ chuyển tiếp (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="593" />
      <source>Relay data lost (TLS)</source>
      <translation>Dữ liệu bị mất qua máy chủ chuyển tiếp (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="595" />
      <source>Relay problem (TLS)</source>
      <translation>Vấn đề máy chủ chuyển tiếp (TLS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="600" />
      <source>Relay test time</source>
      <translation>Thời gian thử máy chủ chuyển tiếp</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/connectivity.py" line="777" />
      <source>Checking your internet connection…</source>
      <translation>Đang kiểm tra kết nối Internet của quý vị…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="10" />
      <source>If you're on a work network or VPN, try without it.</source>
      <translation>Nếu quý vị đang dùng mạng nơi làm việc hoặc VPN, xin thử không dùng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="11" />
      <source>Restart your computer and router, then {check_again}.</source>
      <translation>Xin khởi động lại máy tính và router, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="12" />
      <source>Move closer to your router, or connect with a network cable if you can.</source>
      <translation>Xin ngồi gần router hơn, hoặc nối dây mạng nếu được.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="13" />
      <source>Pause other downloads or streaming (TV, games, backups) during the visit.</source>
      <translation>Xin tạm dừng việc tải xuống hoặc phát video khác (tivi, trò chơi, sao lưu) trong buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="18" />
      <source>Connection</source>
      <translation>Kết nối</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/shared.py" line="19" />
      <source>We are measuring your internet connection. This started when you pressed Start.</source>
      <translation>Chúng tôi đang đo kết nối Internet của quý vị. Việc này bắt đầu khi quý vị bấm Bắt đầu.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1736" />
      <source>Finding a speed test server…</source>
      <translation>Đang tìm máy chủ đo tốc độ…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1775" />
      <source>Measuring download speed…</source>
      <translation>Đang đo tốc độ tải xuống…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/network/speedtest_client.py" line="1792" />
      <source>Measuring upload speed…</source>
      <translation>Đang đo tốc độ tải lên…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="42" />
      <source>Your '{device}' microphone works.</source>
      <translation>Micrô '{device}' của quý vị hoạt động.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="43" />
      <source>Choose '{device}' as your microphone, then {check_again}.</source>
      <translation>Xin chọn '{device}' làm micrô, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="44" />
      <source>Another microphone works: ask the caller to choose it in the list, then check again.</source>
      <translation>Một micrô khác hoạt động: đề nghị người gọi chọn micrô đó trong danh sách, rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="48" />
      <source>Your '{device}' camera works.</source>
      <translation>Camera '{device}' của quý vị hoạt động.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="49" />
      <source>Choose '{device}' as your camera, then {check_again}.</source>
      <translation>Xin chọn '{device}' làm camera, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="50" />
      <source>Another camera works: ask the caller to choose it in the list, then check again.</source>
      <translation>Một camera khác hoạt động: đề nghị người gọi chọn camera đó trong danh sách, rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="54" />
      <source>Your computer can play sound on '{device}'.</source>
      <translation>Máy tính của quý vị phát được âm thanh trên '{device}'.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="55" />
      <source>Choose '{device}' as your speakers, then {check_again}.</source>
      <translation>Xin chọn '{device}' làm loa, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="56" />
      <source>Sound can play on another output: ask the caller to choose it in the list, then check again.</source>
      <translation>Âm thanh phát được trên một đầu ra khác: đề nghị người gọi chọn đầu ra đó trong danh sách, rồi kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="68" />
      <source>Another device that works</source>
      <translation>Một thiết bị khác hoạt động được</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="71" />
      <source>Devices tried</source>
      <translation>Các thiết bị đã thử</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/other_devices.py" line="76" />
      <source>does not work</source>
      <translation>không hoạt động</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="36" />
      <source>Your computer is short of resources. A restart is recommended.</source>
      <translation>Máy tính của quý vị đang thiếu tài nguyên. Nên khởi động lại máy.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="38" />
      <source>Restart your computer shortly before your visit: it frees memory and gives the video call the most bandwidth. Then open only what you need for the visit.</source>
      <translation>Xin khởi động lại máy tính ngay trước buổi khám: việc này giải phóng bộ nhớ và dành nhiều băng thông nhất cho cuộc gọi video. Sau đó chỉ mở những gì cần cho buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="40" />
      <source>If you can't restart now, close these programs: {programs}.</source>
      <translation>Nếu chưa thể khởi động lại ngay, xin đóng các chương trình này: {programs}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="136" />
      <location filename="../../src/preflight/checks/system.py" line="187" />
      <source>Computer</source>
      <translation>Máy tính</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="144" />
      <source>Your computer has enough free resources for a video visit.</source>
      <translation>Máy tính của quý vị có đủ tài nguyên trống cho buổi khám qua video.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="152" />
      <source>Ask the caller to restart the computer shortly before the visit, then open only what the visit needs.</source>
      <translation>Đề nghị người gọi khởi động lại máy tính ngay trước buổi khám, rồi chỉ mở những gì cần cho buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="157" />
      <source>Other programs are using {others_cpu}% of the processor.</source>
      <translation>Các chương trình khác đang dùng {others_cpu}% bộ xử lý.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="158" />
      <source>Only {gb} GB of memory is free.</source>
      <translation>Chỉ còn {gb} GB bộ nhớ trống.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="160" />
      <source>{memory_used_percent}% of the memory is in use.</source>
      <translation>{memory_used_percent}% bộ nhớ đang được dùng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="162" />
      <source>The computer is short of memory and is using the disk instead.</source>
      <translation>Máy tính thiếu bộ nhớ và đang dùng ổ đĩa để thay thế.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="163" />
      <source>Your computer has been on for {days} days.</source>
      <translation>Máy tính của quý vị đã chạy liên tục {days} ngày.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="164" />
      <source>Your computer has been on for {days} day.</source>
      <translation>Máy tính của quý vị đã chạy liên tục {days} ngày.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="170" />
      <source>Your battery is low. Plug in your charger.</source>
      <translation>Pin của quý vị sắp hết. Xin cắm bộ sạc.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="171" />
      <source>Your battery is at {battery_percent}%. Plug in your charger so the computer doesn't switch off during the visit.</source>
      <translation>Pin của quý vị còn {battery_percent}%. Xin cắm bộ sạc để máy tính không bị tắt trong buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="173" />
      <source>The battery is low: plug in the charger.</source>
      <translation>Pin sắp hết: cắm bộ sạc.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="178" />
      <source>Your computer is ready, but its disk is almost full.</source>
      <translation>Máy tính của quý vị đã sẵn sàng, nhưng ổ đĩa gần đầy.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="179" />
      <source>Your disk has only {gb} GB free. Delete or move some large files (videos, downloads) if you can.</source>
      <translation>Ổ đĩa của quý vị chỉ còn trống {gb} GB. Xin xóa hoặc chuyển bớt một số tệp lớn (video, tệp đã tải xuống) nếu được.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="181" />
      <source>The disk is almost full: ask the caller to delete or move large files after the visit.</source>
      <translation>Ổ đĩa gần đầy: đề nghị người gọi xóa hoặc chuyển bớt các tệp lớn sau buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="188" />
      <source>We are checking that your computer has enough free memory and processor time for video.</source>
      <translation>Chúng tôi đang kiểm tra xem máy tính của quý vị có đủ bộ nhớ trống và thời gian xử lý cho video không.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="192" />
      <source>{value} GB of memory free</source>
      <translation>còn trống {value} GB bộ nhớ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="193" />
      <source>less than 1 GB of memory free</source>
      <translation>còn trống dưới 1 GB bộ nhớ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for 1 day</source>
      <translation>đã chạy liên tục 1 ngày</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="194" />
      <source>on for {value} days</source>
      <translation>đã chạy liên tục {value} ngày</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="195" />
      <source>started today</source>
      <translation>mới bật hôm nay</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="196" />
      <source>other programs use {value}% of the processor</source>
      <translation>các chương trình khác dùng {value}% bộ xử lý</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="197" />
      <source>the processor is free</source>
      <translation>bộ xử lý đang rảnh</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="199" />
      <location filename="../../src/preflight/support/code_v1.py" line="132" />
      <source>plugged in</source>
      <translation>đang cắm sạc</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="200" />
      <source>on battery, {battery_percent}% charged</source>
      <translation>đang chạy pin, còn {battery_percent}%</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="213" />
      <location filename="../../src/preflight/support/code_v1.py" line="124" />
      <location filename="../../src/preflight/support/code_v2.py" line="97" />
      <source>free memory</source>
      <translation>bộ nhớ trống</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="215" />
      <location filename="../../src/preflight/support/code_v1.py" line="126" />
      <location filename="../../src/preflight/support/code_v2.py" line="99" />
      <source>time since last restart</source>
      <translation>thời gian từ lần khởi động lại gần nhất</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="216" />
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <location filename="../../src/preflight/support/code_v2.py" line="100" />
      <source>days</source>
      <translation>ngày</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="220" />
      <source>Processor used by other programs</source>
      <translation>Bộ xử lý do các chương trình khác dùng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="223" />
      <source>Processors</source>
      <translation>Bộ xử lý</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="225" />
      <source>Memory installed</source>
      <translation>Bộ nhớ đã lắp</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="227" />
      <source>Free memory</source>
      <translation>Bộ nhớ trống</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="229" />
      <source>Memory in use</source>
      <translation>Bộ nhớ đang dùng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="230" />
      <source>Memory on the disk (swap) in use</source>
      <translation>Bộ nhớ trên ổ đĩa (swap) đang dùng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="232" />
      <source>Time since last restart</source>
      <translation>Thời gian từ lần khởi động lại gần nhất</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="234" />
      <source>Battery charge</source>
      <translation>Mức pin</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="236" />
      <source>Running on battery</source>
      <translation>Đang chạy bằng pin</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="238" />
      <source>Free disk space</source>
      <translation>Dung lượng ổ đĩa còn trống</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="240" />
      <source>Programs using the most processor</source>
      <translation>Các chương trình dùng bộ xử lý nhiều nhất</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="243" />
      <source>Programs using the most memory</source>
      <translation>Các chương trình dùng bộ nhớ nhiều nhất</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="246" />
      <source>Programs you could close</source>
      <translation>Các chương trình quý vị có thể đóng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/checks/system.py" line="342" />
      <source>Measuring how busy your computer is…</source>
      <translation>Đang đo mức độ bận của máy tính…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="183" />
      <source>Stopped.</source>
      <translation>Đã dừng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="303" />
      <source>Cameras:</source>
      <translation>Camera:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="304" />
      <source>Microphones:</source>
      <translation>Micrô:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="305" />
      <source>Speakers:</source>
      <translation>Loa:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="310" />
      <source>(none found)</source>
      <translation>(không tìm thấy)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="312" />
      <source>(default)</source>
      <translation>(mặc định)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="315" />
      <source>Note: {problem}</source>
      <translation>Lưu ý: {problem}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="339" />
      <source>Checking {check}…</source>
      <extracomment>{check} is a check's name in lower case, e.g. "computer".</extracomment>
      <translation>Đang kiểm tra {check}…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="364" />
      <source>y, yes</source>
      <extracomment>words typed for YES at the terminal, comma-separated; first one shown: "sí, si, s"</extracomment>
      <translation>có, c</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="366" />
      <source>n, no</source>
      <extracomment>words typed for NO at the terminal, comma-separated; first one shown: "no, n"</extracomment>
      <translation>không, k</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="482" />
      <source>Stopped. Nothing was changed on your computer.</source>
      <translation>Đã dừng. Không có gì trên máy tính của quý vị bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="487" />
      <source>Preflight could not run the checks.</source>
      <translation>Preflight không chạy được các bước kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="581" />
      <source>Report saved to {path}</source>
      <translation>Đã lưu báo cáo vào {path}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="594" />
      <source>Preflight for {organisation}</source>
      <translation>Preflight cho {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="601" />
      <source>Devices tried:</source>
      <translation>Các thiết bị đã thử:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="608" />
      <location filename="../../src/preflight/support/reports.py" line="221" />
      <source>We recommend restarting your computer shortly before your visit:</source>
      <extracomment>SAFETY (restart): the patient must understand that unsaved work is lost.</extracomment>
      <translation>Chúng tôi khuyên quý vị khởi động lại máy tính ngay trước buổi khám:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="615" />
      <source>Need help? Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): the number stays as written.</extracomment>
      <translation>Cần giúp đỡ? Xin gọi {label}: {phone}, {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/cli.py" line="629" />
      <source>Support code (read this to the help desk): {code}</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code</extracomment>
      <translation>Mã hỗ trợ (xin đọc mã này cho bộ phận hỗ trợ): {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="25" />
      <source>No display found: the Preflight window cannot open here. Run 'preflight check' to check your computer in the terminal.</source>
      <translation>Không tìm thấy màn hình: cửa sổ Preflight không mở được ở đây. Xin chạy 'preflight check' để kiểm tra máy tính trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/display.py" line="29" />
      <source>The Preflight window cannot open here: the system's display libraries did not load (the log says which). Run 'preflight check' to check your computer in the terminal.</source>
      <translation>Cửa sổ Preflight không mở được ở đây: các thư viện hiển thị của hệ thống không tải được (nhật ký ghi rõ thư viện nào). Xin chạy 'preflight check' để kiểm tra máy tính trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="359" />
      <source>The {check} check could not finish: ask the caller to run Preflight again; if it happens again, ask them to send the report and the log ('preflight logs' shows where it is).</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>Phần kiểm tra {check} không hoàn tất được: đề nghị người gọi chạy lại Preflight; nếu lỗi xảy ra lần nữa, đề nghị họ gửi báo cáo và nhật ký ('preflight logs' cho biết nhật ký ở đâu).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="363" />
      <source>The run was stopped early: ask the caller to run Preflight again.</source>
      <translation>Lần chạy đã bị dừng sớm: đề nghị người gọi chạy lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="371" />
      <source>The {check} check took too long and was stopped.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>Phần kiểm tra {check} mất quá nhiều thời gian nên đã bị dừng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="373" />
      <source>Close other programs that may be using it, then {check_again}.</source>
      <translation>Xin đóng các chương trình khác có thể đang dùng thiết bị này, rồi {check_again}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="382" />
      <source>Something went wrong while checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "speakers".</extracomment>
      <translation>Đã có lỗi trong lúc kiểm tra {check} của quý vị.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="392" />
      <source>The {check} check could not start: part of Preflight is missing or damaged.</source>
      <translation>Phần kiểm tra {check} không bắt đầu được: một phần của Preflight bị thiếu hoặc bị hỏng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="393" />
      <source>Reinstall Preflight, or call the support line below.</source>
      <translation>Xin cài đặt lại Preflight, hoặc gọi đường dây hỗ trợ ở bên dưới.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="394" />
      <source>Part of Preflight is missing on the caller's computer: ask them to reinstall it.</source>
      <translation>Máy tính của người gọi thiếu một phần của Preflight: đề nghị họ cài đặt lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="400" />
      <source>Not finished: the check was stopped.</source>
      <translation>Chưa xong: phần kiểm tra đã bị dừng.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="406" />
      <source>Not checked: the check was stopped before it started.</source>
      <translation>Chưa kiểm tra: phần kiểm tra đã bị dừng trước khi bắt đầu.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="419" />
      <source>Error type</source>
      <translation>Loại lỗi</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/findings.py" line="427" />
      <source>Time limit</source>
      <translation>Giới hạn thời gian</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="24" />
      <source>Ready</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Sẵn sàng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="25" />
      <source>Check this</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Cần xem lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="27" />
      <source>Could not check</source>
      <extracomment>SAFETY: a status word, distinct</extracomment>
      <translation>Không kiểm tra được</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="28" />
      <source>Not checked</source>
      <translation>Chưa kiểm tra</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="29" />
      <location filename="../../src/preflight/restart/state.py" line="172" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="30" />
      <source>Not started</source>
      <translation>Chưa bắt đầu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="41" />
      <source>We found no problem with your {check}.</source>
      <extracomment>SAFETY: never more certain than the English; {check}: e.g. "video calls".</extracomment>
      <translation>Chúng tôi không thấy vấn đề gì ở phần kiểm tra {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="43" />
      <source>We found something to improve with your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>Chúng tôi thấy có điều cần cải thiện ở phần kiểm tra {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="45" />
      <source>We found a problem with your {check}.</source>
      <extracomment>SAFETY: plainly a problem; {check}: a check's name, e.g. "camera".</extracomment>
      <translation>Chúng tôi thấy có vấn đề ở phần kiểm tra {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="47" />
      <source>We could not finish checking your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>Chúng tôi chưa thể hoàn tất phần kiểm tra {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="49" />
      <source>We did not check your {check}.</source>
      <extracomment>{check} is a check's name in lower case, e.g. "camera", "video calls".</extracomment>
      <translation>Chúng tôi chưa kiểm tra {check}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="124" />
      <source>Almost done: still checking…</source>
      <translation>Sắp xong: vẫn đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="131" />
      <source>Let's get you some help</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Chúng tôi sẽ giúp quý vị</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="134" />
      <source>You're ready for your visit</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Quý vị đã sẵn sàng cho buổi khám</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="138" />
      <source>Not every check finished: please check again</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Chưa xong hết các bước kiểm tra: xin kiểm tra lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="141" />
      <source>Almost ready: 1 thing to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Gần sẵn sàng: còn 1 việc cần sửa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="144" />
      <source>Almost ready: {count} things to fix</source>
      <extracomment>SAFETY (verdict): never more certain than the English (docs/i18n.md).</extracomment>
      <translation>Gần sẵn sàng: còn {count} việc cần sửa</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="149" />
      <source>Everything we checked is working. See you at your visit.</source>
      <translation>Mọi thứ chúng tôi kiểm tra đều hoạt động. Hẹn gặp quý vị tại buổi khám.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="150" />
      <source>Your visit can probably go ahead. Fixing these makes it go better.</source>
      <translation>Buổi khám của quý vị có lẽ vẫn diễn ra được. Sửa những điều này sẽ giúp buổi khám tốt hơn.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="151" />
      <source>Something needs fixing before your visit. Try the steps below, or call us: we can help.</source>
      <translation>Có vấn đề cần sửa trước buổi khám. Xin thử các bước bên dưới, hoặc gọi cho chúng tôi: chúng tôi có thể giúp.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="154" />
      <source>Some checks are still running. This page updates by itself.</source>
      <translation>Một số phần kiểm tra vẫn đang chạy. Trang này sẽ tự cập nhật.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/present.py" line="179" />
      <source>{device} (the one chosen)</source>
      <extracomment>{device} is a device's name, e.g. "USB headset".</extracomment>
      <translation>{device} (thiết bị đã chọn)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>Press Check again</source>
      <translation>Bấm nút Kiểm tra lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="26" />
      <source>press Check again</source>
      <translation>bấm nút Kiểm tra lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>Run 'preflight check' again</source>
      <translation>Chạy lại 'preflight check'</translation>
    </message>
    <message>
      <location filename="../../src/preflight/engine/surface.py" line="27" />
      <source>run 'preflight check' again</source>
      <translation>chạy lại 'preflight check'</translation>
    </message>
    <message>
      <location filename="../../src/preflight/gui/devices_scan.py" line="28" />
      <source>Could not look for devices ({error}).</source>
      <translation>Không tìm được thiết bị ({error}).</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="25" />
      <source>Preflight could not set itself to open again after the restart, so it did not restart your computer. You can restart it yourself the usual way, then open Preflight again.</source>
      <translation>Preflight không cài đặt được để tự mở lại sau khi khởi động lại, nên đã không khởi động lại máy tính của quý vị. Quý vị có thể tự khởi động lại máy theo cách thông thường, rồi mở lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="29" />
      <source>Your computer did not restart. If you still want to, save your work and press Restart now again.</source>
      <translation>Máy tính của quý vị chưa khởi động lại. Nếu vẫn muốn, xin lưu công việc và bấm lại nút Khởi động lại ngay.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="33" />
      <source>Preflight is already open: its window has been brought to the front.</source>
      <translation>Preflight đã được mở sẵn: cửa sổ của Preflight đã được đưa lên phía trước.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="37" />
      <source>Preflight is already open in another window. Please use that window.</source>
      <translation>Preflight đã được mở trong một cửa sổ khác. Vui lòng dùng cửa sổ đó.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/__init__.py" line="40" />
      <source>Save your work. Your computer will restart, and Preflight will open again by itself to check once more.</source>
      <translation>Xin lưu công việc. Máy tính của quý vị sẽ khởi động lại, và Preflight sẽ tự mở lại để kiểm tra thêm một lần.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="52" />
      <source>Your computer did not let Preflight restart it (it may need an administrator). Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>Máy tính của quý vị không cho phép Preflight khởi động lại máy (có thể cần quyền quản trị). Xin lưu công việc, khởi động lại máy tính theo cách thông thường, rồi mở lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="56" />
      <source>Preflight could not ask your computer to restart. Save your work, restart your computer the usual way, then open Preflight again.</source>
      <translation>Preflight không yêu cầu máy tính khởi động lại được. Xin lưu công việc, khởi động lại máy tính theo cách thông thường, rồi mở lại Preflight.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/reboot.py" line="60" />
      <source>Your computer is restarting. Preflight will open again by itself when you are back.</source>
      <translation>Máy tính của quý vị đang khởi động lại. Preflight sẽ tự mở lại khi quý vị quay lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="169" />
      <source>Better now</source>
      <translation>Giờ đã tốt hơn</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="170" />
      <source>Still a problem</source>
      <translation>Vẫn còn vấn đề</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="171" />
      <source>Fine</source>
      <translation>Bình thường</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="174" />
      <source>Welcome back</source>
      <translation>Chào mừng quý vị trở lại</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="175" />
      <source>Preflight opened again by itself. It is checking your computer once more, to see whether the restart helped.</source>
      <translation>Preflight đã tự mở lại. Preflight đang kiểm tra máy tính của quý vị thêm một lần, để xem khởi động lại có giúp được không.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="177" />
      <source>Your computer has not restarted since you pressed Restart now, so these numbers are from before a restart. Preflight is checking again anyway.</source>
      <translation>Máy tính của quý vị chưa khởi động lại kể từ khi quý vị bấm Khởi động lại ngay, nên các số này là từ trước khi khởi động lại. Preflight vẫn kiểm tra lại.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="181" />
      <source>The restart helped: what it was meant to fix is fine now.</source>
      <translation>Khởi động lại đã giúp được: những gì cần sửa giờ đã bình thường.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="182" />
      <source>The restart helped with some of it. What is still a problem is marked below.</source>
      <translation>Khởi động lại đã giúp được một phần. Những gì vẫn còn vấn đề được đánh dấu bên dưới.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="184" />
      <source>The restart did not fix this. The computer step shows what else you can do.</source>
      <translation>Khởi động lại chưa sửa được điều này. Bước Máy tính cho biết quý vị có thể làm gì thêm.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="186" />
      <source>Your computer is fine.</source>
      <translation>Máy tính của quý vị bình thường.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="187" />
      <source>Checking your computer again…</source>
      <translation>Đang kiểm tra lại máy tính của quý vị…</translation>
    </message>
    <message>
      <location filename="../../src/preflight/restart/state.py" line="188" />
      <source>Preflight could not check your computer again. Press Continue to go on.</source>
      <translation>Preflight không kiểm tra lại được máy tính của quý vị. Xin bấm Tiếp tục để đi tiếp.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="73" />
      <source>This code has a typo — ask the caller to read it again.</source>
      <translation>Mã này bị gõ sai — đề nghị người gọi đọc lại mã.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="74" />
      <location filename="../../src/preflight/support/code_v1.py" line="157" />
      <source>This is not a Preflight support code. Ask the caller to read it again.</source>
      <translation>Đây không phải là mã hỗ trợ Preflight. Đề nghị người gọi đọc lại mã.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="145" />
      <location filename="../../src/preflight/support/code.py" line="148" />
      <source>Please enter the support code.</source>
      <translation>Xin nhập mã hỗ trợ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="154" />
      <source>Support codes never contain “{character}”: ask the caller to read the code again.</source>
      <translation>Mã hỗ trợ không bao giờ có “{character}”: đề nghị người gọi đọc lại mã.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="182" />
      <source>This code comes from a newer version of Preflight (code format {version}). Update Preflight on this computer to read it, or ask the caller to send the report.</source>
      <translation>Mã này đến từ một phiên bản Preflight mới hơn (định dạng mã {version}). Hãy cập nhật Preflight trên máy tính này để đọc mã, hoặc đề nghị người gọi gửi báo cáo.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="204" />
      <source>This code is too short: it has {count} of {length} characters. Ask the caller to read it again.</source>
      <translation>Mã này quá ngắn: có {count} trên {length} ký tự. Đề nghị người gọi đọc lại mã.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="207" />
      <source>This code is too long: it has {count} characters, support codes have {length}. Ask the caller to read it again.</source>
      <translation>Mã này quá dài: có {count} ký tự, mã hỗ trợ có {length} ký tự. Đề nghị người gọi đọc lại mã.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code.py" line="277" />
      <source>This code comes from Preflight {theirs}, whose checks differ from this Preflight's ({ours}). Ask the caller to send the report instead.</source>
      <translation>Mã này đến từ Preflight {theirs}, có các phần kiểm tra khác với Preflight này ({ours}). Đề nghị người gọi gửi báo cáo thay vì mã.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="129" />
      <location filename="../../src/preflight/support/code_layout.py" line="296" />
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>unknown</source>
      <translation>không rõ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="133" />
      <source>under {edge}{unit}</source>
      <translation>dưới {edge}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="136" />
      <source>{edge}{unit} or more</source>
      <translation>từ {edge}{unit} trở lên</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_layout.py" line="140" />
      <source>{low} to {high}{unit}</source>
      <translation>từ {low} đến {high}{unit}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="100" />
      <source>call traffic (UDP) lost</source>
      <translation>dữ liệu cuộc gọi (UDP) bị mất</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="101" />
      <source>names look up (DNS)</source>
      <translation>tra tên (DNS)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="102" />
      <source>visit services reachable</source>
      <translation>dịch vụ khám kết nối được</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="105" />
      <source>distorted (too loud)</source>
      <translation>bị méo (quá to)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="116" />
      <source>speakers heard by the microphone (echo)</source>
      <translation>micrô nghe thấy loa (tiếng vọng)</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="117" />
      <source>picture size</source>
      <translation>kích thước hình</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="121" />
      <source>face seen</source>
      <translation>thấy khuôn mặt</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="122" />
      <source>processor used by other programs</source>
      <translation>bộ xử lý do các chương trình khác dùng</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="128" />
      <source>battery</source>
      <translation>pin</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="131" />
      <source>no battery, or unknown</source>
      <translation>không có pin, hoặc không rõ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="133" />
      <source>on battery, enough charge</source>
      <translation>đang chạy pin, còn đủ pin</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/code_v1.py" line="134" />
      <source>on battery, low</source>
      <translation>đang chạy pin, pin yếu</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="39" />
      <source>Read from a support code.</source>
      <translation>Đọc từ mã hỗ trợ.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="41" />
      <source>{title}: a problem was found. Ask the caller what the screen says and follow its advice.</source>
      <translation>{title}: đã phát hiện vấn đề. Hỏi người gọi màn hình đang ghi gì và làm theo lời khuyên trên đó.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="174" />
      <source>Support code {code}</source>
      <translation>Mã hỗ trợ {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="175" />
      <source>Preflight {version}, code format {format}</source>
      <translation>Preflight {version}, định dạng mã {format}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="180" />
      <source>This is Preflight {ours}: if its checks differ from the caller's, ask the caller to send the report instead.</source>
      <translation>Đây là Preflight {ours}: nếu các phần kiểm tra khác với của người gọi, đề nghị người gọi gửi báo cáo thay vì mã.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="184" />
      <location filename="../../src/preflight/support/reports.py" line="232" />
      <source>Overall: {verdict}</source>
      <translation>Kết quả chung: {verdict}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="193" />
      <location filename="../../src/preflight/support/reports.py" line="195" />
      <source>Findings: {ids}</source>
      <translation>Kết quả kiểm tra: {ids}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="201" />
      <source>Likely fixes:</source>
      <translation>Cách khắc phục có thể:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/decoded.py" line="204" />
      <source>Nothing to fix.</source>
      <translation>Không có gì cần sửa.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="51" />
      <source>Preflight report</source>
      <translation>Báo cáo Preflight</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>no</source>
      <translation>không</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="83" />
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="209" />
      <source>Call {label}: {phone}, {option}.</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>Xin gọi {label}: {phone}, {option}.</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="215" />
      <source>Checked on {when} with Preflight {version}</source>
      <translation>Kiểm tra lúc {when} bằng Preflight {version}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="228" />
      <source>Preflight report for {organisation}</source>
      <translation>Báo cáo Preflight cho {organisation}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="247" />
      <source>Support code: {code}</source>
      <translation>Mã hỗ trợ: {code}</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="339" />
      <source>Support code</source>
      <translation>Mã hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="341" />
      <source>If you call for help, read this code to the help desk:</source>
      <extracomment>SAFETY (support code): read aloud to the help desk; the code stays as it is.</extracomment>
      <translation>Nếu quý vị gọi để được giúp, xin đọc mã này cho bộ phận hỗ trợ:</translation>
    </message>
    <message>
      <location filename="../../src/preflight/support/reports.py" line="346" />
      <source>Need help?</source>
      <extracomment>SAFETY (hotline): plainly, calling gets help; the number stays as written.</extracomment>
      <translation>Cần giúp đỡ?</translation>
    </message>
  </context>
</TS>
