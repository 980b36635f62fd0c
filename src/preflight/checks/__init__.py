"""The checks. Each module keeps its heavy imports (OpenCV, PortAudio, speedtest-cli) inside
functions, so listing checks stays fast and the window opens quickly."""
