"""Debian's nginx as a reverse proxy in front of the lab server, on loopback: a real server's
HTTP behaviour (body limit, keep-alive, how it answers a body it will not take), not our
emulation of it. The tests skip with a reason where nginx is not installed
(scripts/setup-system.sh test installs nginx-light)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)

_CONF = """
daemon off;
master_process off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log info;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size {max_body};
        location / {{
            proxy_pass http://127.0.0.1:{upstream};
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # Stream both ways, as a speed test's proxy must: the lab server's rate limit
            # is then the one the client sees.
            proxy_request_buffering off;
            proxy_buffering off;
        }}
    }}
}}
"""


class Nginx:
    """`with Nginx(tmp, upstream_port, max_body="128k") as n:` then `n.port`, `n.log()`."""

    def __init__(self, tmp: Path, upstream_port: int, max_body: str = "1m") -> None:
        self.tmp, self.upstream, self.max_body = tmp, upstream_port, max_body
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Nginx:
        assert NGINX is not None, "nginx is not installed"
        with socket.socket() as s:  # a free port, handed to nginx just after
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        conf = self.tmp / "nginx.conf"
        conf.write_text(_CONF.format(tmp=self.tmp, port=self.port, upstream=self.upstream,
                                     max_body=self.max_body))
        self._proc = subprocess.Popen([NGINX, "-p", str(self.tmp), "-c", str(conf)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                err = self._proc.stderr.read().decode() if self._proc.stderr else ""
                raise RuntimeError(f"nginx did not start: {err.strip()[-300:]}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError("nginx did not listen within 10 s")

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)

    def log(self) -> str:
        path = self.tmp / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""
