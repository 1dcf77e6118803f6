"""A real redis-server on a free loopback port, for the tests and benchmarks
(Debian's redis-server; .ci/run installs it). Nothing is saved to disk,
unless `persistent`: then every write goes to an append-only file first, so
that the server can be killed (SIGKILL) and restarted on the same port with
its data, as a production Redis with persistence would be. It can also be
stalled (SIGSTOP) and resumed."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import tempfile
import time


class RedisServer:
    def __init__(self, start_timeout: float = 10.0, *, persistent: bool = False, password: str | None = None):
        self.start_timeout = start_timeout
        self.persistent = persistent
        self.password = password
        self.url: str | None = None
        self.port: int | None = None
        self._process: subprocess.Popen | None = None
        self._workdir: tempfile.TemporaryDirectory | None = None

    def start(self) -> "RedisServer":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._workdir = tempfile.TemporaryDirectory(prefix="redis-")
        self._launch()
        auth = f":{self.password}@" if self.password else ""
        self.url = f"redis://{auth}127.0.0.1:{self.port}/0"
        return self

    def _launch(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed: `apt-get install redis-server` (.ci/run does)")
        persistence = ["--appendonly", "yes", "--appendfsync", "always"] if self.persistent \
            else ["--appendonly", "no"]
        password = ["--requirepass", self.password] if self.password else []
        self._process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", *persistence, *password,
             "--dir", self._workdir.name],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + self.start_timeout
        while not _answers_ping(self.port):
            if time.monotonic() > deadline or self._process.poll() is not None:
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self.port}")
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL the server, as a crash or an OOM kill would; restart() brings it back."""
        self._process.kill()
        self._process.wait(10)
        self._process = None

    def stall(self) -> None:
        """SIGSTOP the server: connections open and commands are sent, but
        nothing answers, as with a hung server or a network that drops
        packets; resume() lets it go on."""
        self._process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self._process.send_signal(signal.SIGCONT)

    def restart(self) -> None:
        """Start the killed server again, on its port, with what it persisted."""
        assert self._process is None, "kill() it first"
        self._launch()

    def stop(self) -> None:
        if self._process is not None:
            self.resume()  # a stalled server does not act on SIGTERM
            self._process.terminate()
            self._process.wait(10)
            self._process = None
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None

    def __enter__(self) -> "RedisServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            # A server with a password answers -NOAUTH: it is up all the same.
            return conn.recv(16).startswith((b"+PONG", b"-NOAUTH"))
    except OSError:
        return False
