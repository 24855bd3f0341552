"""Interruptions, from timing rather than text: the agent interrupts when they
start speaking while the customer is speaking and the two talk at once for at
least a threshold (0.5 s by default). Not interruptions: a backchannel ("mm-hmm",
"uh-huh", "yeah", "I see": short, not taking the floor) and a terminal
overlap, where the customer was finishing and stopped within a second of the
agent starting. Voice-activity intervals are used when the call has them, else
word timings, else utterance spans. Every event is reported for both
directions; the criterion fails when the agent interrupts more often than
allowed (by default, at all)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult, Evidence
from nlp.timing import Timeline, timeline, utterances_in, words_in

LABEL = "Interruptions"

DEFAULT_BACKCHANNELS = [
    "mm-hmm", "mm hmm", "mmhmm", "mhm", "mhmm", "mm", "hmm", "uh-huh", "uh huh", "uhhuh", "yeah", "yes", "yep",
    "yup", "okay", "ok", "right", "sure", "i see", "got it", "alright", "all right", "oh", "ah", "uh", "um",
    "really", "wow", "exactly", "of course", "great", "cool", "good", "correct", "true", "gotcha",
]

PARAMS: dict[str, Any] = {
    "min_overlap_seconds": {
        "type": "number", "minimum": 0, "default": 0.5,
        "description": "How long both must talk at once before starting to speak counts as an interruption.",
    },
    "terminal_overlap_seconds": {
        "type": "number", "minimum": 0, "default": 1.0,
        "description": "If the other speaker stops within this many seconds of the overlap starting (and "
        "does not resume), they were finishing their sentence: not an interruption.",
    },
    "backchannels": {
        "type": "array", "items": {"type": "string", "minLength": 1}, "default": DEFAULT_BACKCHANNELS,
        "description": "Words and short phrases that show listening rather than taking the floor.",
    },
    "backchannel_max_words": {
        "type": "integer", "minimum": 1, "default": 3,
        "description": "A backchannel has at most this many words.",
    },
    "backchannel_max_seconds": {
        "type": "number", "minimum": 0, "default": 2.0,
        "description": "A backchannel lasts at most this many seconds.",
    },
    "max_agent_interruptions": {
        "type": "integer", "minimum": 0, "default": 0,
        "description": "How many agent interruptions are tolerated before the criterion fails.",
    },
}

DEFAULTS: dict[str, Any] = {k: v["default"] for k, v in PARAMS.items()}

_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


@dataclass(frozen=True)
class OverlapEvent:
    by: str  # who started speaking: "agent" or "customer"
    over: str  # who was speaking already
    start: float  # when ``by`` started (seconds from the call start)
    end: float  # when the overlap ended
    kind: str  # "interruption", "backchannel" or "terminal"
    by_words: str  # what ``by`` said in the speech stretch that overlapped
    over_words: str  # what ``over`` said during the overlap
    by_utterance: int | None  # index of ``by``'s utterance, when one overlaps
    over_utterance: int | None  # index of ``over``'s utterance, when one overlaps

    @property
    def overlap(self) -> float:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by, "over": self.over, "kind": self.kind,
            "start": round(self.start, 3), "end": round(self.end, 3), "overlap": round(self.overlap, 3),
            "by_words": self.by_words, "over_words": self.over_words,
            "by_utterance": self.by_utterance, "over_utterance": self.over_utterance,
        }


def _backchannel_units(phrases: list[str]) -> set[tuple[str, ...]]:
    return {tuple(_WORD.findall(p.lower())) for p in phrases if _WORD.findall(p.lower())}


def _is_backchannel(text: str, units: set[tuple[str, ...]], max_words: int) -> bool:
    """True when ``text`` is nothing but backchannel phrases ("mm-hmm", "yeah okay")."""
    words = _WORD.findall(text.lower())
    if not words or len(words) > max_words:
        return False
    k = 0
    longest = max((len(u) for u in units), default=1)
    while k < len(words):
        for n in range(min(longest, len(words) - k), 0, -1):
            if tuple(words[k : k + n]) in units:
                k += n
                break
        else:
            return False
    return True


def find_overlaps(ctx: CallContext, params: Mapping[str, Any] | None = None) -> list[OverlapEvent]:
    """Every time one side started talking while the other was talking, for at
    least ``min_overlap_seconds``, classified as an interruption, a backchannel
    or a terminal overlap. Computed once per call and parameter set."""
    p = DEFAULTS | dict(params or {})
    key = ("overlaps", p["min_overlap_seconds"], p["terminal_overlap_seconds"], tuple(p["backchannels"]),
           p["backchannel_max_words"], p["backchannel_max_seconds"])
    cache = ctx.__dict__.setdefault("_timing_cache", {})
    if key not in cache:
        cache[key] = _find_overlaps(ctx, timeline(ctx), p)
    return cache[key]


def _find_overlaps(ctx: CallContext, tl: Timeline, p: Mapping[str, Any]) -> list[OverlapEvent]:
    call = ctx.call
    units = _backchannel_units(p["backchannels"])
    events: list[OverlapEvent] = []
    for by, over in (("agent", "customer"), ("customer", "agent")):
        theirs = tl.speech.get(over, [])
        starts = [iv[0] for iv in theirs]
        for s, e in tl.speech.get(by, []):
            # the other side's stretch of speech that was going on when ``by`` started
            k = bisect.bisect_left(starts, s) - 1
            if k < 0 or not theirs[k][1] > s:
                continue
            cur = theirs[k]
            end = min(cur[1], e)
            if end - s < p["min_overlap_seconds"]:
                continue
            by_words = words_in(call, by, s, e)
            over_words = words_in(call, over, s, end)
            nxt = theirs[k + 1] if k + 1 < len(theirs) else None
            resumes = nxt is not None and nxt[0] < min(cur[1] + 1.0, e)
            if (e - s) <= p["backchannel_max_seconds"] and _is_backchannel(by_words, units, p["backchannel_max_words"]):
                kind = "backchannel"
            elif cur[1] <= e and cur[1] - s <= p["terminal_overlap_seconds"] and not resumes:
                kind = "terminal"
            else:
                kind = "interruption"
            by_utts = utterances_in(call, by, s, e)
            over_utts = utterances_in(call, over, s, end)
            events.append(OverlapEvent(by, over, s, end, kind, by_words, over_words,
                                       by_utts[0] if by_utts else None, over_utts[0] if over_utts else None))
    events.sort(key=lambda ev: ev.start)
    return events


def counts(events: list[OverlapEvent]) -> dict[str, int]:
    """Interruptions per interrupting side."""
    return {spk: sum(1 for ev in events if ev.kind == "interruption" and ev.by == spk) for spk in ("agent", "customer")}


def _evidence(ev: OverlapEvent) -> Evidence:
    """Quote the interrupter's words at the event's times (the event has an utterance)."""
    note = (f"{ev.by} started at {ev.start:.1f} s while the {ev.over} was saying \"{ev.over_words}\"; "
            f"{ev.overlap:.1f} s of overlap")
    return Evidence(ev.by_utterance, ev.by, ev.start, ev.end, ev.by_words, note)


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    tl = timeline(ctx)
    events = find_overlaps(ctx, params)
    n = counts(events)
    agent_events = [ev for ev in events if ev.kind == "interruption" and ev.by == "agent"]
    limit = params["max_agent_interruptions"]
    excused = [ev for ev in events if ev.kind != "interruption"]
    details = {
        "timing": tl.source,
        "interruptions": n,
        "events": [ev.to_dict() for ev in events],
    }
    # speech with no transcribed utterance (voice activity only) is reported in details, not quoted
    evidence = tuple(_evidence(ev) for ev in events if ev.kind == "interruption" and ev.by_utterance is not None)
    timing = {"speech": "voice-activity intervals", "words": "word timings", "utterances": "utterance times"}[tl.source]
    also = []
    if n["customer"]:
        also.append(f"the customer interrupted {n['customer']} time(s)")
    if excused:
        also.append(f"{len(excused)} overlap(s) were backchannels or the speaker finishing")
    tail = f" ({'; '.join(also)})" if also else ""
    if len(agent_events) > limit:
        first = agent_events[0]
        return DetectorResult(
            "fail",
            f"The agent interrupted the customer {len(agent_events)} time(s), first at {first.start:.1f} s "
            f"({first.overlap:.1f} s of overlap); at most {limit} allowed{tail}. Timing from {timing}.",
            evidence, details=details, metrics={"interruptions": n},
        )
    said = (f"The agent interrupted {len(agent_events)} time(s), within the {limit} allowed"
            if agent_events else "The agent never interrupted the customer")
    return DetectorResult("pass", f"{said}{tail}. Timing from {timing}.", evidence, details=details,
                          metrics={"interruptions": n})
