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

The child is started with ``spawn`` (a clean interpreter, safe from any
thread of the worker), loads the language models once before its first
call (that start is not counted against a call) and is reused for every
call after that; it ends when its parent ends.
"""

from __future__ import annotations

import logging
import multiprocessing
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


def _child(conn: Any) -> None:  # runs in the spawned child
    from scorecards.engine import score_call

    _warm_up()
    conn.send(("ready", None))
    scorecards: dict[str, "Scorecard"] = {}
    while True:
        try:
            key, scorecard, call = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return  # the parent is gone
        if scorecard is not None:
            scorecards[key] = scorecard
        try:
            conn.send(("ok", score_call(call, scorecards[key])))
        except QAError as e:
            conn.send(("qa_error", (type(e).__name__, str(e))))
        except Exception as e:  # noqa: BLE001 - a bug: reported with its traceback, the next call goes on
            conn.send(("error", (f"{type(e).__name__}: {e}", traceback.format_exc())))


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
        self._process: Any = None
        self._conn: Any = None
        self._known: set[str] = set()

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_child, args=(child,), name="qa-scoring", daemon=True)
        process.start()
        child.close()
        if not parent.poll(STARTUP_TIMEOUT_S):
            process.kill()
            process.join()
            raise ScoringCrashed(f"the scoring process did not start within {STARTUP_TIMEOUT_S:.0f} s; "
                                 "the machine is overloaded or the language models cannot be loaded")
        try:
            parent.recv()
        except EOFError:
            process.join()
            raise ScoringCrashed(f"the scoring process exited while starting (exit code {process.exitcode}); "
                                 "see the worker's log") from None
        self._process, self._conn, self._known = process, parent, set()

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
            self._conn.close()
        self._process = self._conn = None
        self._known = set()

    def close(self) -> None:
        """End the child process (a new one starts on the next call)."""
        self._stop()

    def score(self, call: "Call", scorecard: "Scorecard") -> "Evaluation":
        """The engine's evaluation of ``call``; :class:`ScoringTimeout` past the limit, the engine's
        :class:`QAError` as it is, :class:`ScoringCrashed` when the child died, and ``RuntimeError``
        (with the child's traceback) for a bug."""
        if self._process is None or not self._process.is_alive():
            self._stop()
            self._start()
        key = f"{scorecard.id}@{scorecard.version}:{scorecard.hash}"
        self._conn.send((key, None if key in self._known else scorecard, call))
        self._known.add(key)
        if not self._conn.poll(self.limit_s):
            self._stop()
            raise ScoringTimeout(
                f"call {call.call_id!r}: scoring took longer than the limit of {self.limit_s:g} s per call "
                f"({LIMIT_SETTING}) and was stopped; the call is unusually long or a detector is stuck: split "
                f"the call, or raise {LIMIT_SETTING} if calls this long are expected"
            )
        try:
            kind, payload = self._conn.recv()
        except (EOFError, OSError):
            code = self._process.exitcode if self._process is not None else None
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
