"""Per-call time limits that hold in every worker pool: scoring and transcription.

Celery's ``soft_time_limit`` is a signal sent by the prefork pool; the solo
pool (the embedded worker of ``qa-service run`` and ``batch --wait``) and the
threads pool ignore it, and even where it is sent, Python runs the handler
only between bytecodes, so it cannot stop one long call into a library (a
quadratic tokenizer on a pathological utterance, a decoder stuck on a
pathological recording). So workers run each such job in a child process of
their own (:class:`LimitedProcess`) and wait at most the job's limit for its
answer; a child that runs over is killed, the call is failed with
:class:`TimeLimitExceeded` (its message names the limit and the setting), and
the next call gets a fresh child.

The jobs (:data:`JOBS`): ``score`` (one call with one scorecard, limited by
``QA_SCORE_TIME_LIMIT``) and ``transcribe`` (one recording, limited by
``QA_TRANSCRIBE_TIME_LIMIT``). The child is a fresh interpreter
(``python -m qa_service.time_limit JOB IN_FD OUT_FD``, safe from any thread
of the worker and allowed under a daemonic prefork pool process) talking over
two pipes; it loads what its job needs once before its first call (that
start is not counted against a call) and is reused for every call after
that; it ends when its parent ends (its pipe closes).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from transcription import errors as qa_errors
from transcription.errors import QAError

if TYPE_CHECKING:  # the worker's parent process never needs the engines themselves
    from scorecards.engine import Evaluation
    from scorecards.schema import Scorecard
    from transcription.call import Call
    from transcription.options import TranscribeOptions

__all__ = [
    "JOBS", "LimitedProcess", "LimitedProcessCrashed", "TimeLimitExceeded", "chunk_time_limit", "process_for",
    "score_limited", "transcribe_limited",
]

log = logging.getLogger(__name__)

# seconds a new child may take to start and load what its job needs before it is given up
STARTUP_TIMEOUT_S = 300.0
# seconds added to a task's Celery soft time limit above what its calls' own limits allow
BACKSTOP_MARGIN_S = 60.0


def chunk_time_limit(limit_s: float, calls: int) -> float | None:
    """Celery's soft time limit for a task of ``calls`` calls each limited to ``limit_s`` seconds: a
    backstop above what the per-call limit allows (every call up to the limit, plus starting a child
    process), or None without a limit."""
    if not limit_s or limit_s <= 0:
        return None
    return limit_s * max(1, calls) + STARTUP_TIMEOUT_S + BACKSTOP_MARGIN_S


class TimeLimitExceeded(QAError):
    """One call took longer than its job's limit; the call was stopped."""


class LimitedProcessCrashed(QAError):
    """The child process running a call died (out of memory, a crash in a library)."""


@dataclass(frozen=True)
class Job:
    """What one kind of child process does, and how its limit reads to users."""

    name: str  # the child's name on its command line ("score")
    doing: str  # what it does, for messages ("scoring")
    setting: str  # the environment variable holding its limit, as users set it
    unit: str  # what the limit is per ("call", "recording")
    advice: str  # what to do when a call runs over, said before "or raise <setting> ..."
    warm_up: Callable[[], None]  # in the child: load what the job needs before the first call's clock starts
    handler: Callable[[], Callable[[Any], Any]]  # in the child: makes the function answering each request


# --- the jobs (their functions run in the child) ----------------------------------------------------------


def _score_handler() -> Callable[[Any], Any]:
    from scorecards.engine import score_call

    scorecards: dict[str, "Scorecard"] = {}

    def handle(request: Any) -> Any:
        key, scorecard, call = request
        if scorecard is not None:
            scorecards[key] = scorecard
        return score_call(call, scorecards[key])

    return handle


def _score_warm_up() -> None:
    """Load what scoring needs (spaCy, VADER, embeddings) by scoring a bundled sample."""
    from qa_service.samples import sample_paths
    from scorecards.engine import score_call
    from scorecards.schema import load_scorecard
    from transcription.importers import load_transcript

    score_call(load_transcript(sample_paths()[0]), load_scorecard("default"))


def _transcribe_handler() -> Callable[[Any], Any]:
    from transcription import transcribe_audio

    def handle(request: Any) -> Any:
        path, options = request
        return transcribe_audio(path, options=options)

    return handle


def _transcribe_warm_up() -> None:
    """Import the transcription stack (numpy, PyAV, torch, the Whisper backends); the model itself is loaded
    by the first recording (its size and device come with the recording's options) and kept for the next."""
    import transcription.pipeline  # noqa: F401


JOBS: dict[str, Job] = {
    job.name: job
    for job in (
        Job("score", "scoring", "QA_SCORE_TIME_LIMIT", "call",
            "the call is unusually long or a detector is stuck: split the call",
            _score_warm_up, _score_handler),
        Job("transcribe", "transcription", "QA_TRANSCRIBE_TIME_LIMIT", "recording",
            "the recording is unusually long or the model is too slow for this machine: split the recording, "
            "use a smaller model (QA_WHISPER_MODEL) or a GPU",
            _transcribe_warm_up, _transcribe_handler),
    )
}


def _serve(job: Job, inbox: Any, outbox: Any) -> None:
    """The child's loop: read a request, answer with the result or the error."""
    try:
        job.warm_up()
    except Exception:  # noqa: BLE001 - warming up is an optimisation; the first call then loads what it needs
        log.debug("%s child: warm-up failed", job.name, exc_info=True)
    handle = job.handler()
    outbox.send(("ready", None))
    while True:
        try:
            request = inbox.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return  # the parent is gone
        try:
            answer = ("ok", handle(request))
        except QAError as e:
            answer = ("qa_error", (type(e).__name__, str(e)))
        except Exception as e:  # noqa: BLE001 - a bug: reported with its traceback, the next call goes on
            answer = ("error", (f"{type(e).__name__}: {e}", traceback.format_exc()))
        try:
            outbox.send(answer)
        except (OSError, EOFError):
            return  # the parent is gone (or gave up on this call)


def main(argv: list[str] | None = None) -> None:
    """``python -m qa_service.time_limit JOB IN_FD OUT_FD``: a child process (started by LimitedProcess)."""
    from multiprocessing.connection import Connection

    args = sys.argv[1:] if argv is None else argv
    _serve(JOBS[args[0]], Connection(int(args[1]), writable=False), Connection(int(args[2]), readable=False))


def _qa_error(name: str, message: str) -> QAError:
    """The child's QAError again, of its own class where it is one of the shared hierarchy's."""
    cls = getattr(qa_errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, QAError)):
        cls = QAError
    # past the class's own constructor (some want the file and the problem apart): the message is the same
    error = cls.__new__(cls)
    QAError.__init__(error, message)
    return error


class LimitedProcess:
    """Runs one job's calls in a child process, at most ``limit_s`` seconds each (see the module docstring)."""

    def __init__(self, job: str, limit_s: float) -> None:
        if job not in JOBS:
            raise ValueError(f"unknown job {job!r}; jobs are {', '.join(JOBS)}")
        self.job = JOBS[job]
        self.limit_s = float(limit_s)
        self._process: subprocess.Popen[bytes] | None = None
        self._send: Any = None
        self._receive: Any = None
        # what the current child already holds (e.g. scorecards sent before); emptied when it is replaced
        self.known: set[str] = set()

    def _start(self) -> None:
        # a plain child process over two pipes, not multiprocessing.Process: a Celery prefork pool process
        # is daemonic, and multiprocessing refuses children to daemonic processes
        from multiprocessing.connection import Connection

        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "qa_service.time_limit", self.job.name, str(to_child_r), str(from_child_w)],
                pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL,
            )
        except OSError:
            for fd in (to_child_r, to_child_w, from_child_r, from_child_w):
                os.close(fd)
            raise
        os.close(to_child_r)
        os.close(from_child_w)
        send, receive = Connection(to_child_w, readable=False), Connection(from_child_r, writable=False)
        self._process, self._send, self._receive, self.known = process, send, receive, set()
        if not receive.poll(STARTUP_TIMEOUT_S):
            self._stop()
            raise LimitedProcessCrashed(
                f"the {self.job.doing} process did not start within {STARTUP_TIMEOUT_S:.0f} s; the machine is "
                "overloaded or what it needs cannot be loaded")
        try:
            receive.recv()
        except (EOFError, OSError):
            code = process.wait()
            self._stop()
            raise LimitedProcessCrashed(f"the {self.job.doing} process exited while starting (exit code {code}); "
                                        "see the worker's log") from None

    def _alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start_if_needed(self) -> None:
        """Start a child unless one is running (a new one holds nothing: :attr:`known` is empty)."""
        if not self._alive():
            self._stop()
            self._start()

    def _stop(self) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()
            self._send.close()
            self._receive.close()
        self._process = self._send = self._receive = None
        self.known = set()

    def close(self) -> None:
        """End the child process (a new one starts on the next call)."""
        self._stop()

    def run(self, request: Any, *, label: str) -> Any:
        """The child's answer to ``request`` (``label`` names the call in messages).

        Raises :class:`TimeLimitExceeded` past the limit, the job's :class:`QAError` as it is (of its own
        class where it is a shared one), :class:`LimitedProcessCrashed` when the child died, and
        ``RuntimeError`` (with the child's traceback) for a bug.
        """
        self.start_if_needed()
        try:
            return self._exchange(request, label)
        except BaseException as e:
            # interrupted while the child works (Celery's backstop, a shutdown): its answer would be read as
            # the next call's, so it goes
            if not isinstance(e, QAError | RuntimeError):
                self._stop()
            raise

    def _exchange(self, request: Any, label: str) -> Any:
        job = self.job
        try:
            self._send.send(request)
        except OSError:
            self._stop()
            raise LimitedProcessCrashed(f"{label}: the {job.doing} process is gone; try the call again") from None
        if not self._receive.poll(self.limit_s):
            self._stop()
            raise TimeLimitExceeded(
                f"{label}: {job.doing} took longer than the limit of {self.limit_s:g} s per {job.unit} "
                f"({job.setting}) and was stopped; {job.advice}, or raise {job.setting} if {job.unit}s this "
                "long are expected"
            )
        try:
            kind, payload = self._receive.recv()
        except (EOFError, OSError):
            code = self._process.wait() if self._process is not None else None
            self._stop()
            raise LimitedProcessCrashed(f"{label}: the {job.doing} process died on it (exit code {code}); the "
                                        f"{job.unit} may need more memory than the worker has") from None
        if kind == "ok":
            return payload
        if kind == "qa_error":
            raise _qa_error(*payload)
        message, trace = payload
        raise RuntimeError(f"{message}\n(in the {job.doing} process)\n{trace}")


# one child per thread (a threads pool runs several calls at once), job and limit
_LOCAL = threading.local()


def process_for(job: str, limit_s: float) -> LimitedProcess:
    """This thread's child process for ``job`` and ``limit_s`` (started on its first call, kept for the next)."""
    processes = getattr(_LOCAL, "processes", None)
    if processes is None:
        processes = _LOCAL.processes = {}
    process = processes.get((job, limit_s))
    if process is None:
        process = processes[(job, limit_s)] = LimitedProcess(job, limit_s)
    return process


def score_limited(call: "Call", scorecard: "Scorecard", limit_s: float) -> "Evaluation":
    """The engine's evaluation of ``call`` with ``scorecard``, scored in this thread's scoring process within
    ``limit_s`` seconds (each scorecard is sent to the process once)."""
    process = process_for("score", limit_s)
    process.start_if_needed()
    key = f"{scorecard.id}@{scorecard.version}:{scorecard.hash}"
    # sent on the first call a child gets it; a replaced child (after a timeout) gets it again
    request = (key, None if key in process.known else scorecard, call)
    process.known.add(key)  # the child keeps it even when this call fails in the engine
    return process.run(request, label=f"call {call.call_id!r}")


def transcribe_limited(path: str | Path, options: "TranscribeOptions", limit_s: float, *, label: str) -> "Call":
    """:func:`transcription.transcribe_audio` of ``path`` in this thread's transcription process, within
    ``limit_s`` seconds."""
    return process_for("transcribe", limit_s).run((str(path), options), label=label)


if __name__ == "__main__":
    main()
