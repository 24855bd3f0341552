"""Interruptions (RUBRIC.md), from timing rather than text: the agent interrupts
when they start taking the floor while a customer utterance is still running,
the customer keeps talking at least ``min_overlap_seconds`` (0.5 s) after that,
and what the agent says is not a backchannel ("mm-hmm", "yeah", "I see": short,
not taking the floor).

Not interruptions:

- a **backchannel**; an utterance that opens with one and then stops before
  going on ("yeah... [silence] so what I can do is") takes the floor where its
  next word starts, and is measured there;
- the customer **finishing**: they stop less than ``min_overlap_seconds`` after
  the agent starts (a "terminal" overlap);
- speech in the customer's **pause**: a silence of ``pause_seconds`` or more
  inside their utterance (seen on word timings or voice activity);
- a **simultaneous start** (within ``simultaneous_start_seconds``);
- an **echo**: the words are the customer's own at that moment (their voice bleeding
  into the agent's channel, or a number read back along with them);
- talking on over the customer's own **backchannel** ("yeah, okay, right" while the
  agent explains): the customer was listening, not holding the floor;
- the **customer interrupting the agent**: reported, not scored.

Timing is the most exact the call has, per utterance: word timings, else
voice-activity intervals, else the utterance's start and end. Every overlap is
reported in ``details.events`` for both directions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult, Evidence
from nlp.timing import Interval, runs_source, speech_runs, words_in
from transcription.call import Call, Utterance

LABEL = "Interruptions"

DEFAULT_BACKCHANNELS = [
    "mm-hmm", "mm hmm", "mmhmm", "mhm", "mhmm", "mm-hm", "mm", "hmm", "hm", "uh-huh", "uh huh", "uhhuh", "uh-hu",
    "yeah", "yes", "yep", "yup", "ya", "yea", "okay", "ok", "right", "sure", "i see", "got it", "gotcha", "got you",
    "alright", "all right", "oh", "ah", "uh", "um", "really", "wow", "exactly", "of course", "great", "cool", "good",
    "correct", "true", "perfect", "absolutely", "definitely", "i understand", "understood", "that's right",
    "thank you", "thanks", "oh no", "oh dear", "oh my", "oh wow", "oh okay", "i'm sorry", "sorry to hear that",
    "go ahead", "go on", "take your time", "no rush", "sorry go ahead", "yes ma'am", "yes sir", "ma'am", "sir",
    "uh-oh", "aha", "yes please", "i hear you", "makes sense", "that makes sense", "sounds good", "wonderful",
    "lovely", "nice", "sorry", "i'm so sorry", "so sorry", "i'm sorry to hear that", "so sorry to hear that",
    "sorry about that", "oh gosh", "oh goodness", "oh my gosh", "that's awful", "that's terrible", "that's not good",
    "please go on", "i'm listening", "i'm with you", "awesome", "fine",
]

PARAMS: dict[str, Any] = {
    "min_overlap_seconds": {
        "type": "number", "minimum": 0, "default": 0.5,
        "description": "How long the customer must keep talking after the agent starts for it to be an "
        "interruption (less: the customer was finishing).",
    },
    "pause_seconds": {
        "type": "number", "minimum": 0, "default": 1.5,
        "description": "A silence at least this long inside the customer's utterance is a pause the agent may "
        "speak in (seen on word timings or voice activity); shorter ones are hesitations inside a sentence.",
    },
    "simultaneous_start_seconds": {
        "type": "number", "minimum": 0, "default": 0.2,
        "description": "Both starting within this many seconds of each other is a simultaneous start, not an "
        "interruption (speech-recognition word times move by about this much).",
    },
    "backchannels": {
        "type": "array", "items": {"type": "string", "minLength": 1}, "default": DEFAULT_BACKCHANNELS,
        "description": "Words and short phrases that show listening rather than taking the floor.",
    },
    "backchannel_max_words": {
        "type": "integer", "minimum": 1, "default": 6,
        "description": "A backchannel has at most this many words (\"oh no, sorry to hear that\" has 6).",
    },
    "backchannel_max_seconds": {
        "type": "number", "minimum": 0, "default": 3.0,
        "description": "A backchannel lasts at most this many seconds.",
    },
    "backchannel_gap_seconds": {
        "type": "number", "minimum": 0, "default": 0.5,
        "description": "An utterance that opens with a backchannel (\"yeah... so what I can do\") takes the floor "
        "where its next word starts only if the agent first stopped this long; said straight on, the whole "
        "utterance takes the floor from its first word.",
    },
    "echo_share": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.8,
        "description": "An utterance of 3 or more words of which at least this share of word pairs are the "
        "other side's at the same time is an echo (the other voice bleeding into this channel of a stereo recording, "
        "or reading a number back along with them), not an interruption; 1 turns it off unless all match.",
    },
    "max_agent_interruptions": {
        "type": "integer", "minimum": 0, "default": 0,
        "description": "How many agent interruptions are tolerated before the criterion fails.",
    },
}

DEFAULTS: dict[str, Any] = {k: v["default"] for k, v in PARAMS.items()}

_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")
# times are decimal seconds: 21.93 - 21.43 must count as the 0.5 s it is written as
_EPS = 1e-6


@dataclass(frozen=True)
class OverlapEvent:
    by: str  # who started speaking: "agent" or "customer"
    over: str  # who was speaking already
    start: float  # when ``by`` started taking the floor (seconds from the call start)
    end: float  # when the overlap ended
    # "interruption", "backchannel", "terminal" (the other was finishing), "pause", "echo" or "listening"
    # (the other was only backchanneling)
    kind: str
    by_words: str  # what ``by`` said while the other was still talking (or their utterance)
    over_words: str  # what ``over`` said after ``by`` started
    by_utterance: int | None  # index of ``by``'s utterance
    over_utterance: int | None  # index of ``over``'s utterance
    continued: float = 0.0  # how long ``over`` kept talking after ``start``

    @property
    def overlap(self) -> float:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by, "over": self.over, "kind": self.kind,
            "start": round(self.start, 3), "end": round(self.end, 3), "overlap": round(self.overlap, 3),
            "continued": round(self.continued, 3), "by_words": self.by_words, "over_words": self.over_words,
            "by_utterance": self.by_utterance, "over_utterance": self.over_utterance,
        }


def _backchannel_units(phrases: list[str]) -> frozenset[tuple[str, ...]]:
    return _units(tuple(phrases))


@lru_cache(maxsize=64)
def _units(phrases: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The backchannel phrases as word tuples, once per list (every call asks)."""
    return frozenset(tuple(w) for w in (_WORD.findall(p.lower()) for p in phrases) if w)


@lru_cache(maxsize=64)
def _longest(units: frozenset[tuple[str, ...]]) -> int:
    return max((len(u) for u in units), default=1)


def _backchannel_prefix(words: list[str], units: frozenset[tuple[str, ...]]) -> int:
    """How many of ``words`` from the start are backchannel phrases ("yeah okay so..." -> 2):
    the longest opening that splits into phrases of ``units``."""
    longest = _longest(units)
    reach = [True] + [False] * len(words)
    best = 0
    for k in range(len(words)):
        if not reach[k]:
            continue
        for n in range(1, min(longest, len(words) - k) + 1):
            if tuple(words[k : k + n]) in units:
                reach[k + n] = True
                best = max(best, k + n)
    return best


def _is_backchannel(text: str, units: frozenset[tuple[str, ...]], max_words: int) -> bool:
    """True when ``text`` is nothing but backchannel phrases ("mm-hmm", "yeah okay")."""
    words = _WORD.findall(text.lower())
    return bool(words) and len(words) <= max_words and _backchannel_prefix(words, units) == len(words)


@dataclass(frozen=True)
class _Turn:
    """When one utterance starts taking the floor."""

    onset: float  # its first speech
    floor: float  # its first speech that is not a backchannel (inf when all of it is one)
    end: float  # its last speech
    backchannel: bool  # all of it is a backchannel
    words: str  # what it said from ``floor`` on (all of it when untimed)


def _turn(u: Utterance, runs: list[Interval], units: frozenset[tuple[str, ...]], p: Mapping[str, Any]) -> _Turn:
    onset, end = runs[0][0], runs[-1][1]
    max_words = p["backchannel_max_words"]
    if u.words:
        # timed words -> their normalised tokens, remembering which timed word each came from
        toks: list[tuple[str, int]] = [(t, k) for k, w in enumerate(u.words) for t in _WORD.findall(w.text.lower())]
        n = _backchannel_prefix([t for t, _ in toks], units)
        if n > max_words:
            n = 0
        if 0 < n < len(toks):
            # "yeah [silence] so what I can do": the backchannel stands alone only if the agent then stopped
            last, nxt = u.words[toks[n - 1][1]], u.words[toks[n][1]]
            if toks[n - 1][1] == toks[n][1] or nxt.start - last.end < p["backchannel_gap_seconds"]:
                n = 0
        if toks and n == len(toks):
            short = end - onset <= p["backchannel_max_seconds"]
            return _Turn(onset, float("inf") if short else onset, end, short, u.text)
        first = u.words[toks[n][1]] if toks else u.words[0]
        said = " ".join(w.text.strip() for w in u.words[toks[n][1]:]) if toks else u.text
        return _Turn(onset, max(onset, first.start), end, False, said)
    short = end - onset <= p["backchannel_max_seconds"]
    bc = short and _is_backchannel(u.text, units, max_words)
    return _Turn(onset, float("inf") if bc else onset, end, bc, u.text)


def find_overlaps(ctx: CallContext, params: Mapping[str, Any] | None = None) -> list[OverlapEvent]:
    """Every time one side started talking while the other's utterance was running,
    classified as an interruption, a backchannel, a terminal overlap (the other was
    finishing) or speech in the other's pause. Computed once per call and parameter set."""
    p = DEFAULTS | {k: v for k, v in dict(params or {}).items() if k in DEFAULTS}
    key = ("overlaps",) + tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(p.items()))
    cache = ctx.__dict__.setdefault("_timing_cache", {})
    if key not in cache:
        cache[key] = _find_overlaps(ctx.call, p)
    return cache[key]


def _find_overlaps(call: Call, p: Mapping[str, Any]) -> list[OverlapEvent]:
    units = _backchannel_units(p["backchannels"])
    runs = speech_runs(call, pause=p["pause_seconds"])
    utts = call.utterances
    turns = {i: _turn(u, runs[i], units, p) for i, u in enumerate(utts) if runs[i]}
    tol = p["simultaneous_start_seconds"]
    events: list[OverlapEvent] = []
    for by, over in (("agent", "customer"), ("customer", "agent")):
        theirs = sorted((s, e, j) for j, u in enumerate(utts) if u.speaker == over for s, e in runs[j])
        starts = [r[0] for r in theirs]
        spans = [(utts[j].start, utts[j].end, j) for j, u in enumerate(utts) if u.speaker == over]
        for i, u in enumerate(utts):
            if u.speaker != by or i not in turns:
                continue
            t = turns[i]
            at = t.onset if t.backchannel else t.floor
            cur = _running(theirs, starts, at, tol)
            if cur is None:
                if t.floor != t.onset and _running(theirs, starts, t.onset, tol) is not None:
                    # a backchannel said while the other talked; the floor was taken after they stopped
                    cur0 = _running(theirs, starts, t.onset, tol)
                    events.append(_event(call, by, over, t.onset, min(cur0[1], t.end), "backchannel", i, cur0, t))
                    continue
                if t.backchannel:
                    continue
                # the first of their utterances this one started inside (only the first is needed)
                j = next((j for s, e, j in spans if s + tol <= t.onset < e), None)
                if j is not None:
                    events.append(OverlapEvent(by, over, t.onset, t.onset, "pause", t.words, "", i, j, 0.0))
                continue
            continued = cur[1] - at
            if t.backchannel:
                kind = "backchannel"
            elif continued < p["min_overlap_seconds"] - _EPS:
                kind = "terminal"
            elif cur[2] in turns and turns[cur[2]].backchannel:
                kind = "listening"  # the other was only saying "mm-hmm": talking on is not taking their floor
            elif _echoes(call, u, cur[2], at, p["echo_share"]):
                kind = "echo"
            else:
                kind = "interruption"
            events.append(_event(call, by, over, at, min(cur[1], max(t.end, at)), kind, i, cur, t))
    events.sort(key=lambda ev: (ev.start, ev.by))
    return events


def _echoes(call: Call, u: Utterance, other: int, at: float, share: float) -> bool:
    """``u``'s words from ``at`` on repeat what the other side said around then: at least
    ``share`` of its word pairs are theirs (a voice bleeding into the other channel
    repeats whole stretches in order)."""
    if u.words:
        mine = [t for w in u.words if w.end > at for t in _WORD.findall(w.text.lower())]
    else:
        mine = _WORD.findall(u.text.lower())
    o = call.utterances[other]
    if o.words:
        near = [w for w in o.words if w.end >= at - 2.0 and w.start <= u.end + 2.0]
        theirs = [t for w in near for t in _WORD.findall(w.text.lower())]
    else:
        theirs = _WORD.findall(o.text.lower())
    if len(mine) < 3:
        return False
    pairs = set(zip(theirs, theirs[1:]))
    mine_pairs = list(zip(mine, mine[1:]))
    return sum(1 for pr in mine_pairs if pr in pairs) >= share * len(mine_pairs)


def _running(theirs: list[tuple[float, float, int]], starts: list[float], at: float,
             tol: float) -> tuple[float, float, int] | None:
    """The other side's stretch of speech going on at ``at`` that began at least ``tol``
    seconds before it (the one lasting longest, if two do)."""
    k = bisect.bisect_right(starts, at - tol + _EPS)
    best = None
    # one speaker's stretches rarely overlap each other: the few starting last before ``at`` are enough
    for s, e, j in theirs[max(0, k - 32):k]:
        if s + tol <= at + _EPS and at < e and (best is None or e > best[1]):
            best = (s, e, j)
    return best


def _event(call: Call, by: str, over: str, start: float, end: float, kind: str, i: int,
           cur: tuple[float, float, int], t: _Turn) -> OverlapEvent:
    u = call.utterances[i]
    said = words_in(call, by, start, max(end, start + 0.01)) if u.words else u.text
    heard = words_in(call, over, start, cur[1]) if call.utterances[cur[2]].words else call.utterances[cur[2]].text
    return OverlapEvent(by, over, start, end, kind, said or t.words, heard, i, cur[2], max(0.0, cur[1] - start))


def counts(events: list[OverlapEvent]) -> dict[str, int]:
    """Interruptions per interrupting side."""
    return {spk: sum(1 for ev in events if ev.kind == "interruption" and ev.by == spk) for spk in ("agent", "customer")}


def _evidence(ev: OverlapEvent) -> Evidence:
    """Quote the interrupter's words at the event's times."""
    note = (f"{ev.by} started at {ev.start:.1f} s while the {ev.over} was saying \"{ev.over_words}\"; "
            f"{ev.overlap:.1f} s of overlap, the {ev.over} kept talking {ev.continued:.1f} s")
    return Evidence(ev.by_utterance, ev.by, ev.start, max(ev.end, ev.start), ev.by_words, note)


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    source = runs_source(ctx.call)
    events = find_overlaps(ctx, params)
    n = counts(events)
    agent_events = [ev for ev in events if ev.kind == "interruption" and ev.by == "agent"]
    limit = params["max_agent_interruptions"]
    excused = [ev for ev in events if ev.kind != "interruption" and ev.by == "agent"]
    details = {
        "timing": source,
        "interruptions": n,
        "events": [ev.to_dict() for ev in events],
    }
    evidence = tuple(_evidence(ev) for ev in events if ev.kind == "interruption")
    timing = {"speech": "voice-activity intervals", "words": "word timings", "utterances": "utterance times"}[source]
    also = []
    if n["customer"]:
        also.append(f"the customer interrupted {n['customer']} time(s)")
    if excused:
        kinds = sorted({ev.kind for ev in excused})
        words = {"backchannel": "backchannels", "terminal": "the customer finishing",
                 "pause": "in the customer's pause", "echo": "echoes of the customer's words",
                 "listening": "over the customer's backchannel"}
        also.append(f"{len(excused)} agent overlap(s) excused ({', '.join(words[k] for k in kinds)})")
    tail = f" ({'; '.join(also)})" if also else ""
    if len(agent_events) > limit:
        first = agent_events[0]
        return DetectorResult(
            "fail",
            f"The agent interrupted the customer {len(agent_events)} time(s), first at {first.start:.1f} s "
            f"(the customer kept talking {first.continued:.1f} s); at most {limit} allowed{tail}. "
            f"Timing from {timing}.",
            evidence, details=details, metrics={"interruptions": n},
        )
    said = (f"The agent interrupted {len(agent_events)} time(s), within the {limit} allowed"
            if agent_events else "The agent never interrupted the customer")
    return DetectorResult("pass", f"{said}{tail}. Timing from {timing}.", evidence, details=details,
                          metrics={"interruptions": n})
