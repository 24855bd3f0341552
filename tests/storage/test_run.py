"""`qa-service run`: database, first admin and demo users, bundled samples scored once by its own
worker, the web UI under gunicorn; started from a script with `&` it still stops on SIGINT, and no
process of it outlives it, however it ends."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_service.samples import sample_paths

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc/self/environ").exists(),
                                                   reason="needs /proc to find the service's processes")]

CLI = str(Path(sys.executable).with_name("qa-service"))
READY_TIMEOUT_S = 300
STOP_TIMEOUT_S = 90


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_DATA_DIR=str(data_dir), QA_PORT=str(_free_port()), PYTHONUNBUFFERED="1")
    return env


def service_processes(data_dir: Path) -> dict[int, str]:
    """Live (not zombie) processes started with QA_DATA_DIR=data_dir: pid -> command line."""
    marker = f"QA_DATA_DIR={data_dir}".encode()
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError):
            continue
        if marker in environ and state != "Z":
            found[int(entry.name)] = cmdline
    return found


def _wait_gone(data_dir: Path, timeout: float = STOP_TIMEOUT_S) -> dict[int, str]:
    deadline = time.monotonic() + timeout
    while (left := service_processes(data_dir)) and time.monotonic() < deadline:
        time.sleep(0.5)
    return left


class Background:
    """`qa-service run` started as a background job (`&`) of a non-interactive bash script, as a
    CI script or a supervisor would: bash gives the job SIGINT ignored."""

    def __init__(self, tmp_path: Path, env: dict[str, str], name: str) -> None:
        self.log = tmp_path / f"{name}.log"
        self.pidfile = tmp_path / f"{name}.pid"
        script = tmp_path / f"{name}.sh"
        script.write_text(
            f'"{CLI}" run > "{self.log}" 2>&1 &\n'
            f'echo $! > "{self.pidfile}"\n'
            'wait $!\n'
            f'echo "exit status $?" >> "{self.log}"\n'
        )
        self.script = subprocess.Popen(["bash", str(script)], env=env, start_new_session=True)

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def wait_ready(self) -> str:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            out = self.output()
            if re.search(r"^web UI: ", out, re.M):
                return out
            if self.script.poll() is not None:
                break
            time.sleep(0.5)
        self.kill()
        raise AssertionError("qa-service run never became ready:\n" + self.output())

    @property
    def pid(self) -> int:
        return int(self.pidfile.read_text())

    def children(self) -> list[int]:
        out = []
        for entry in Path("/proc").iterdir():
            try:
                if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == self.pid:
                    out.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
        return out

    def interrupt(self, sig: signal.Signals = signal.SIGINT) -> str:
        os.kill(self.pid, sig)
        try:
            self.script.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"qa-service run ignored {sig.name}:\n" + self.output()) from None
        return self.output()

    def kill(self) -> None:
        for pid in [self.pid, *self.children()] if self.pidfile.exists() else []:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.script.poll() is None:
            os.killpg(self.script.pid, signal.SIGKILL)


def test_run_in_background_stops_on_sigint_leaves_nothing_and_loads_samples_once(tmp_path):
    from qa_service import accounts
    from qa_service.config import load_settings
    from qa_service.db.models import Batch, CallRecord, EvaluationRecord, User
    from qa_service.db.session import session_scope

    data_dir = tmp_path / "instance"
    env = _env(data_dir)
    first = Background(tmp_path, env, "first")
    try:
        output = first.wait_ready()
        assert len(first.children()) == 2, "the worker and the web server"
        port = env["QA_PORT"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as r:
            assert r.status == 200
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=10) as r:
            assert r.status == 200 and b"password" in r.read().lower()
        output = first.interrupt()
    finally:
        first.kill()
    assert "exit status 0" in output, output
    assert not _wait_gone(data_dir), "processes left after SIGINT"

    count = len(sample_paths())
    assert f"{count} call(s): {count} scored, 0 failed" in output, output
    # a start-up without alarming noise: no progress bar in a log, no re-sent tasks, no root warning
    assert "\r" not in output and "re-sent" not in output and "superuser" not in output, output
    passwords = dict(re.findall(r"created (?:the first|demo) user: (\w+) / (\S+)", output))
    assert set(passwords) == {"admin", "trainer", "agent", "author"}, output
    for path in sample_paths():
        assert path.stem in output or path.stem.replace("-", "") in output.replace("-", "")

    settings = load_settings(environ={}, data_dir=str(data_dir))
    with session_scope(settings) as session:
        users = {u.username: u for u in session.scalars(select(User))}
        for name, password in passwords.items():
            assert accounts.check_password(users[name], password)
        assert users["admin"].role == "admin" and users["author"].role == "author"
        assert session.scalar(select(func.count()).select_from(EvaluationRecord)) == count
        assert set(session.scalars(select(CallRecord.status))) == {"scored"}
        # the samples are dated in the days before the first start: inside the dashboards' default 12 weeks
        oldest = min(session.scalars(select(CallRecord.dated_at)))
        oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=timezone.utc)
        assert datetime.now(timezone.utc) - oldest < timedelta(days=count + 2)
        assert session.scalar(select(func.count()).select_from(Batch)) == 1

    # restarts: nothing stored again; SIGTERM (a process manager) and SIGHUP (the terminal closed) stop it too
    for sig in (signal.SIGTERM, signal.SIGHUP):
        again_run = Background(tmp_path, env, f"again-{sig.name}")
        try:
            again_run.wait_ready()
            again = again_run.interrupt(sig)
        finally:
            again_run.kill()
        assert "exit status 0" in again, again
        assert not _wait_gone(data_dir), f"processes left after {sig.name}"
        assert "created the first user" not in again and "created demo user" not in again
        assert "sample calls: stored before (batch #1)" in again, again
        with session_scope(settings) as session:
            # a restart stores no second batch of the samples
            assert session.scalar(select(func.count()).select_from(Batch)) == 1


def test_killed_run_leaves_no_orphan_worker_or_web_server(tmp_path):
    data_dir = tmp_path / "instance"
    env = _env(data_dir)
    run = Background(tmp_path, env, "killed")
    try:
        run.wait_ready()
        children = run.children()
        assert len(children) == 2
        os.kill(run.pid, signal.SIGKILL)  # no handler, no finally: only the children's parent-death signal
        left = _wait_gone(data_dir)
    finally:
        run.kill()
    assert not left, f"orphans after the parent was killed: {left}"
