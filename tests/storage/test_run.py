"""`qa-service run`: database, first admin, bundled samples scored by its own worker."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qa_service.samples import sample_paths

pytestmark = pytest.mark.slow

CLI = str(Path(sys.executable).with_name("qa-service"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_until_ready(env: dict[str, str], timeout: float = 180) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([CLI, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    out = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        out.append(line)
        if line.startswith(("web UI:", "the web UI is not installed")):
            return proc, "".join(out)
    proc.kill()
    raise AssertionError("qa-service run never became ready:\n" + "".join(out))


def _stop(proc: subprocess.Popen) -> int:
    os.killpg(proc.pid, signal.SIGINT)
    try:
        return proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def test_run_scores_samples_creates_admin_and_is_idempotent(tmp_path):
    from qa_service import accounts
    from qa_service.config import load_settings
    from qa_service.db.models import CallRecord, EvaluationRecord, User
    from qa_service.db.session import session_scope

    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_DATA_DIR=str(tmp_path / "instance"), QA_PORT=str(_free_port()), QA_LOG_LEVEL="WARNING",
               PYTHONUNBUFFERED="1")
    proc, output = _run_until_ready(env)
    _stop(proc)
    count = len(sample_paths())
    assert f"{count} call(s): {count} scored, 0 failed" in output, output
    password = re.search(r"created the first user: admin / (\S+)", output).group(1)
    for path in sample_paths():
        assert path.stem in output or path.stem.replace("-", "") in output.replace("-", "")

    settings = load_settings(environ={}, data_dir=str(tmp_path / "instance"))
    with session_scope(settings) as session:
        admin = session.scalars(select(User).where(User.username == "admin")).one()
        assert admin.role == "admin" and accounts.check_password(admin, password)
        assert session.scalar(select(func.count()).select_from(EvaluationRecord)) == count
        assert set(session.scalars(select(CallRecord.status))) == {"scored"}
        # the samples are dated in the days before the first start: inside the dashboards' default 12 weeks
        oldest = min(session.scalars(select(CallRecord.dated_at)))
        oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=timezone.utc)
        assert datetime.now(timezone.utc) - oldest < timedelta(days=count + 2)

    proc, again = _run_until_ready(env)
    _stop(proc)
    assert "created the first user" not in again
    assert f"{count} call(s): 0 scored, 0 failed, {count} skipped" in again, again
