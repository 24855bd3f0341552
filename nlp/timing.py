"""Who spoke when: per-speaker speech intervals and the interval maths that
talk time, silences, overlaps and interruptions are computed from.

The most exact timing a call carries is used: voice-activity intervals
(``call.speech``) when present, else word timings, else utterance spans (per
utterance, so a transcript with partial word timings still uses them where
it can). Intervals are ``(start, end)`` tuples in seconds, sorted and merged.

:func:`timeline` (talk time, silences, overlap: the call metrics and holds)
merges each speaker's speech; :func:`speech_runs` keeps it per utterance, as
the interruption rule needs ("a customer utterance still running"), with the
silences inside an utterance that are long enough to be pauses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from transcription.call import SPEAKERS, Call

if TYPE_CHECKING:
    from nlp.context import CallContext

Interval = tuple[float, float]

# words closer than this belong to one stretch of speech (a normal gap between words)
WORD_JOIN_SECONDS = 0.3


def merge(intervals: Iterable[Interval], *, join: float = 0.0) -> list[Interval]:
    """Sorted union of ``intervals``; gaps of at most ``join`` seconds are closed."""
    ordered = sorted([(float(s), float(e)) for s, e in intervals if e > s])
    if not ordered:
        return []
    out: list[Interval] = []
    cur_s, cur_e = ordered[0]
    for s, e in ordered:
        if s <= cur_e + join:
            if e > cur_e:
                cur_e = e
        else:
            out.append((cur_s, cur_e))
            cur_s, cur_e = s, e
    out.append((cur_s, cur_e))
    return out


def total(intervals: Iterable[Interval]) -> float:
    """Summed length of (already merged) intervals."""
    return sum(e - s for s, e in intervals)


def intersect(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """Intersection of two merged interval lists (linear sweep)."""
    out: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        s, e = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if e > s:
            out.append((s, e))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def clip(intervals: Sequence[Interval], start: float, end: float) -> list[Interval]:
    """The parts of ``intervals`` inside [start, end]."""
    return [(max(s, start), min(e, end)) for s, e in intervals if e > start and s < end]


def gaps(intervals: Sequence[Interval]) -> list[Interval]:
    """The silences between consecutive merged intervals."""
    return [(intervals[k][1], intervals[k + 1][0]) for k in range(len(intervals) - 1)]


@dataclass(frozen=True)
class Timeline:
    """Per-speaker speech intervals of one call."""

    source: str  # "speech" (voice activity), "words" (word timings) or "utterances" (spans)
    speech: dict[str, list[Interval]]  # speaker -> merged intervals

    def union(self) -> list[Interval]:
        return merge(iv for spans in self.speech.values() for iv in spans)

    def overlap(self) -> list[Interval]:
        return intersect(self.speech.get("agent", []), self.speech.get("customer", []))


def _utterance_intervals(call: Call, speaker: str) -> tuple[list[Interval], bool]:
    spans: list[Interval] = []
    used_words = False
    for u in call.utterances:
        if u.speaker != speaker:
            continue
        if u.words:
            used_words = True
            spans.extend(merge(((w.start, w.end) for w in u.words), join=WORD_JOIN_SECONDS))
        else:
            spans.append((u.start, u.end))
    return merge(spans), used_words


def build_timeline(call: Call) -> Timeline:
    """The call's speech intervals from the most exact timing it carries."""
    if call.speech:
        return Timeline("speech", {spk: merge(call.speech.get(spk, ())) for spk in SPEAKERS})
    speech: dict[str, list[Interval]] = {}
    any_words = False
    for spk in SPEAKERS:
        speech[spk], used = _utterance_intervals(call, spk)
        any_words = any_words or used
    return Timeline("words" if any_words else "utterances", speech)


def timeline(ctx: "CallContext") -> Timeline:
    """The call's :class:`Timeline`, computed once per context and shared by
    the interruption detector, the hold detector and the call metrics."""
    cache = ctx.__dict__.setdefault("_timing_cache", {})
    if "timeline" not in cache:
        cache["timeline"] = build_timeline(ctx.call)
    return cache["timeline"]


# a word shorter than this (ASR sometimes gives zero-length words) is widened to it, seconds
MIN_WORD_SECONDS = 0.02


def speech_runs(call: Call, *, pause: float) -> list[list[Interval]]:
    """Per utterance (in call order), its stretches of speech: its timed words, else
    the voice-activity intervals of its speaker inside its span, else the span itself;
    joined across silences shorter than ``pause`` seconds (a hesitation inside a
    sentence), so a silence of ``pause`` or more inside one utterance is seen."""
    out: list[list[Interval]] = []
    for u in call.utterances:
        if u.words:
            spans = [(w.start, max(w.end, w.start + MIN_WORD_SECONDS)) for w in u.words]
        elif call.speech:
            spans = clip(call.speech.get(u.speaker, ()), u.start, u.end) or [(u.start, u.end)]
        else:
            spans = [(u.start, u.end)]
        out.append(merge(spans, join=max(0.0, pause - 1e-9)) if u.end >= u.start else [])
    return out


def runs_source(call: Call) -> str:
    """What :func:`speech_runs` reads: "words" when any utterance has word timings, else
    "speech" (voice activity) when the call has it, else "utterances"."""
    if any(u.words for u in call.utterances):
        return "words"
    return "speech" if call.speech else "utterances"


def utterances_in(call: Call, speaker: str, start: float, end: float) -> list[int]:
    """Indices of ``speaker``'s utterances that overlap [start, end], in call order
    (an utterance touching a zero-length window at its edge counts)."""
    return [
        i for i, u in enumerate(call.utterances)
        if u.speaker == speaker and u.start <= end and u.end >= start
        and (min(u.end, end) - max(u.start, start) > 0 or start == end)
    ]


def words_in(call: Call, speaker: str, start: float, end: float) -> str:
    """What ``speaker`` said during [start, end]: the timed words whose middle falls
    inside, else the text of the utterances that overlap it."""
    out: list[str] = []
    for i in utterances_in(call, speaker, start, end):
        u = call.utterances[i]
        if u.words:
            out.extend(w.text for w in u.words if start <= (w.start + w.end) / 2 <= end)
        else:
            out.append(u.text)
    return " ".join(out)
