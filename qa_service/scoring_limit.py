"""A per-call scoring time limit that holds in every worker pool.

Celery's ``soft_time_limit`` is a signal sent by the prefork pool; the solo
pool (the embedded worker of ``qa-service run`` and ``batch --wait``) and the
threads pool ignore it, and even where it is sent, Python runs the handler
only between bytecodes, so it cannot stop one long call into a library (a
quadratic tokenizer on a pathological utterance). So workers score each call
in a child process of their own (:class:`LimitedScorer`) and wait at most
``QA_SCORE_TIME_LIMIT`` seconds for its answer; a child that runs over is
killed, the call is failed with :class:`ScoringTimeout` (its message names
the limit and the setting), and the next call gets a fresh child.

The child is a fresh interpreter (``python -m qa_service.scoring_limit``,
safe from any thread of the worker and allowed under a daemonic prefork pool
process) talking over two pipes; it loads the language models once before
its first call (that start is not counted against a call) and is reused for
every call after that; it ends when its parent ends (its pipe closes).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import traceback
from typing import TYPE_CHECKING, Any

from transcription.errors import QAError

if TYPE_CHECKING:  # the worker's parent process never needs the engine itself
    from scorecards.engine import Evaluation
    from scorecards.schema import Scorecard
    from transcription.call import Call

__all__ = ["LimitedScorer", "ScoringCrashed", "ScoringTimeout", "chunk_time_limit", "scorer_for"]

log = logging.getLogger(__name__)

# seconds a new child may take to start and load the language models before it is given up
STARTUP_TIMEOUT_S = 300.0
# the setting that holds the limit, as users set it
LIMIT_SETTING = "QA_SCORE_TIME_LIMIT"


def chunk_time_limit(limit_s: float, calls: int) -> float | None:
    """Celery's soft time limit for a score task of ``calls`` calls: a backstop above what the per-call
    limit allows (every call up to the limit, plus starting a scoring process), or None without a limit."""
    if not limit_s or limit_s <= 0:
        return None
    return limit_s * max(1, calls) + STARTUP_TIMEOUT_S + 60.0


class ScoringTimeout(QAError):
    """Scoring one call took longer than the per-call limit; the call was stopped."""


class ScoringCrashed(QAError):
    """The child process scoring a call died (out of memory, a crash in a library)."""


def _serve(inbox: Any, outbox: Any) -> None:
    """The child's loop: read (scorecard key, scorecard or None, call), answer with the evaluation or the error."""
    from scorecards.engine import score_call

    _warm_up()
    outbox.send(("ready", None))
    scorecards: dict[str, "Scorecard"] = {}
    while True:
        try:
            key, scorecard, call = inbox.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return  # the parent is gone
        if scorecard is not None:
            scorecards[key] = scorecard
        try:
            answer = ("ok", score_call(call, scorecards[key]))
        except QAError as e:
            answer = ("qa_error", (type(e).__name__, str(e)))
        except Exception as e:  # noqa: BLE001 - a bug: reported with its traceback, the next call goes on
            answer = ("error", (f"{type(e).__name__}: {e}", traceback.format_exc()))
        try:
            outbox.send(answer)
        except (OSError, EOFError):
            return  # the parent is gone (or gave up on this call)


def main(argv: list[str] | None = None) -> None:
    """``python -m qa_service.scoring_limit IN_FD OUT_FD``: the scoring process (started by LimitedScorer)."""
    from multiprocessing.connection import Connection

    args = sys.argv[1:] if argv is None else argv
    _serve(Connection(int(args[0]), writable=False), Connection(int(args[1]), readable=False))


def _warm_up() -> None:
    """Load what scoring needs (spaCy, VADER, embeddings) before the first call's clock starts."""
    try:
        from qa_service.samples import sample_paths
        from scorecards.engine import score_call
        from scorecards.schema import load_scorecard
        from transcription.importers import load_transcript

        score_call(load_transcript(sample_paths()[0]), load_scorecard("default"))
    except Exception:  # noqa: BLE001 - warming up is an optimisation; the first call then loads what it needs
        log.debug("scoring child: warm-up failed", exc_info=True)


class LimitedScorer:
    """Scores calls in a child process, at most ``limit_s`` seconds each (see the module docstring)."""

    def __init__(self, limit_s: float) -> None:
        self.limit_s = float(limit_s)
        self._process: subprocess.Popen[bytes] | None = None
        self._send: Any = None
        self._receive: Any = None
        self._known: set[str] = set()

    def _start(self) -> None:
        # a plain child process over two pipes, not multiprocessing.Process: a Celery prefork pool process
        # is daemonic, and multiprocessing refuses children to daemonic processes
        from multiprocessing.connection import Connection

        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "qa_service.scoring_limit", str(to_child_r), str(from_child_w)],
                pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL,
            )
        except OSError:
            for fd in (to_child_r, to_child_w, from_child_r, from_child_w):
                os.close(fd)
            raise
        os.close(to_child_r)
        os.close(from_child_w)
        send, receive = Connection(to_child_w, readable=False), Connection(from_child_r, writable=False)
        self._process, self._send, self._receive, self._known = process, send, receive, set()
        if not receive.poll(STARTUP_TIMEOUT_S):
            self._stop()
            raise ScoringCrashed(f"the scoring process did not start within {STARTUP_TIMEOUT_S:.0f} s; "
                                 "the machine is overloaded or the language models cannot be loaded")
        try:
            receive.recv()
        except (EOFError, OSError):
            code = process.wait()
            self._stop()
            raise ScoringCrashed(f"the scoring process exited while starting (exit code {code}); "
                                 "see the worker's log") from None

    def _alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _stop(self) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()
            self._send.close()
            self._receive.close()
        self._process = self._send = self._receive = None
        self._known = set()

    def close(self) -> None:
        """End the child process (a new one starts on the next call)."""
        self._stop()

    def score(self, call: "Call", scorecard: "Scorecard") -> "Evaluation":
        """The engine's evaluation of ``call``; :class:`ScoringTimeout` past the limit, the engine's
        :class:`QAError` as it is, :class:`ScoringCrashed` when the child died, and ``RuntimeError``
        (with the child's traceback) for a bug."""
        if not self._alive():
            self._stop()
            self._start()
        key = f"{scorecard.id}@{scorecard.version}:{scorecard.hash}"
        try:
            self._send.send((key, None if key in self._known else scorecard, call))
        except OSError:
            self._stop()
            raise ScoringCrashed(f"call {call.call_id!r}: the scoring process is gone; score the call again") from None
        self._known.add(key)
        if not self._receive.poll(self.limit_s):
            self._stop()
            raise ScoringTimeout(
                f"call {call.call_id!r}: scoring took longer than the limit of {self.limit_s:g} s per call "
                f"({LIMIT_SETTING}) and was stopped; the call is unusually long or a detector is stuck: split "
                f"the call, or raise {LIMIT_SETTING} if calls this long are expected"
            )
        try:
            kind, payload = self._receive.recv()
        except (EOFError, OSError):
            code = self._process.wait() if self._process is not None else None
            self._stop()
            raise ScoringCrashed(f"call {call.call_id!r}: the scoring process died while scoring it (exit code "
                                 f"{code}); the call may need more memory than the worker has") from None
        if kind == "ok":
            return payload
        if kind == "qa_error":
            raise QAError(payload[1])
        message, trace = payload
        raise RuntimeError(f"{message}\n(in the scoring process)\n{trace}")


# one scorer per thread (a threads pool scores in several at once) and limit
_LOCAL = threading.local()


def scorer_for(limit_s: float) -> LimitedScorer:
    """This thread's scorer for ``limit_s`` (started on its first call, kept for the next ones)."""
    scorers = getattr(_LOCAL, "scorers", None)
    if scorers is None:
        scorers = _LOCAL.scorers = {}
    scorer = scorers.get(limit_s)
    if scorer is None:
        scorer = scorers[limit_s] = LimitedScorer(limit_s)
    return scorer


if __name__ == "__main__":
    main()
