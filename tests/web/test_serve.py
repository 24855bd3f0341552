"""`qa-service web`: the web UI under gunicorn (several processes), answering pages and /healthz,
stopped cleanly by SIGTERM and SIGINT; QA_PROXY_FIX for a reverse proxy in front."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

CLI = str(Path(sys.executable).with_name("qa-service"))
START_TIMEOUT_S = 120
STOP_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:  # noqa: S310 - a local test server
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _start(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_DATA_DIR=str(tmp_path / "instance"), QA_LOG_LEVEL="WARNING", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([CLI, "web", "--bind", f"127.0.0.1:{port}", "--workers", "2", "--threads", "2", *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError("qa-service web exited:\n" + proc.stdout.read())
        try:
            if _get(f"http://127.0.0.1:{port}/healthz")[0] == 200:
                return proc, port
        except OSError:
            pass
        time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)
    raise AssertionError("qa-service web never answered /healthz")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to count the server's processes")
@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_web_serves_pages_with_several_processes_and_stops_cleanly(tmp_path, stop_signal):
    proc, port = _start(tmp_path)
    try:
        status, body = _get(f"http://127.0.0.1:{port}/healthz")
        assert status == 200 and b'"status":"ok"' in body.replace(b" ", b"")
        status, body = _get(f"http://127.0.0.1:{port}/login")
        assert status == 200 and b"password" in body.lower()
        # a page behind the sign-in sends the browser to it, whichever process answers
        for _ in range(4):
            status, _body = _get(f"http://127.0.0.1:{port}/calls")
            assert status == 200  # urllib followed the redirect to /login
        # gunicorn forks its workers one after the other: on a busy machine /healthz can be answered
        # by the first before the second is up, so wait for both rather than count at one instant
        deadline = time.monotonic() + START_TIMEOUT_S
        workers = _children(proc.pid)
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) == 2, f"two web processes under the gunicorn master, got {workers}"
        os.kill(proc.pid, stop_signal)
        assert proc.wait(timeout=STOP_TIMEOUT_S) == 0
        output = proc.stdout.read()
        assert "Traceback" not in output, output
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers), "web processes outlived the server"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def test_web_refuses_bad_options_with_a_clear_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_DATA_DIR=str(tmp_path / "instance"))
    result = subprocess.run([CLI, "web", "--workers", "0"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "web workers: 0 is too few; give at least 1" in result.stderr


def test_proxy_fix_takes_the_client_address_from_the_proxy(tmp_path, migrated_db):
    """Behind a reverse proxy every request comes from the proxy's address: without QA_PROXY_FIX the
    sign-in limit would lock out every user at once; with it, each client has its own limit."""
    import shutil

    from qa_service.db.session import forget_engines
    from web import create_app

    from .conftest import make_settings

    def limited_after_other_client(proxy_fix: int) -> bool:
        data_dir = tmp_path / f"proxy{proxy_fix}"
        data_dir.mkdir()
        shutil.copyfile(migrated_db, data_dir / "qa.db")
        settings = make_settings(data_dir, login_rate_limit="3 per minute", proxy_fix=proxy_fix)
        app = create_app(settings, {"TESTING": True, "WTF_CSRF_ENABLED": False})
        client = app.test_client()
        form = {"username": "nobody", "password": "wrong"}
        for _ in range(4):
            client.post("/login", data=form, headers={"X-Forwarded-For": "203.0.113.7"})
        other = client.post("/login", data=form, headers={"X-Forwarded-For": "198.51.100.9"})
        forget_engines()
        return other.status_code == 429

    assert limited_after_other_client(0)
    assert not limited_after_other_client(1)
