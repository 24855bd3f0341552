"""Call-level metrics reported with every evaluation, whatever the scorecard:
talk time, silences, speaking rate, interruptions and the customer's
sentiment over the call. Everything is JSON-able and compact (times in
seconds, rounded; curves as ``[time, value]`` points) so dashboards can trend
and chart it."""

from __future__ import annotations

from typing import Any

from nlp.context import CallContext
from nlp.timing import gaps, timeline, total

# a pause between any speech longer than this is reported as a silence
SILENCE_SECONDS = 5.0
# the call is cut into this many equal parts for the sentiment trend
SENTIMENT_PARTS = 4


def _r(x: float) -> float:
    return round(float(x), 3)


def call_metrics(ctx: CallContext, *, silence_seconds: float = SILENCE_SECONDS) -> dict[str, Any]:
    """Timing and sentiment metrics of the call.

    Returns a dict with ``duration``, ``utterances`` (count per speaker),
    ``timing_source``, ``talk_time`` (seconds per speaker, overlap counted once
    in each speaker's own time and reported separately), ``talk_ratio`` (share
    of all speech per speaker), ``overlap``, ``silence`` (total, count, the
    silences longer than ``silence_seconds`` with their positions and the
    longest one), ``words_per_minute`` (per speaker, over their speech time),
    ``interruptions`` (per interrupting side) and ``sentiment`` (the
    customer's VADER curve, per-quarter means and the first-to-last change).
    """
    from nlp.detectors.interruptions import counts, find_overlaps

    call = ctx.call
    tl = timeline(ctx)
    union = tl.union()
    talk = {spk: total(tl.speech.get(spk, [])) for spk in ("agent", "customer")}
    spoken = talk["agent"] + talk["customer"]
    overlap = total(tl.overlap())

    pauses = gaps(union)
    long_pauses = [(s, e) for s, e in pauses if e - s >= silence_seconds]
    longest = max(pauses, key=lambda g: g[1] - g[0], default=None)

    words = {spk: 0 for spk in ("agent", "customer")}
    for u in call.utterances:
        if u.speaker in words:
            words[u.speaker] += len(u.words) if u.words else len(u.text.split())
    wpm = {spk: (round(words[spk] / talk[spk] * 60, 1) if talk[spk] > 0 else None) for spk in words}

    return {
        "duration": _r(call.end_time),
        "utterances": {spk: len(ctx.indices(spk)) for spk in ("agent", "customer")},
        "timing_source": tl.source,
        "talk_time": {spk: _r(v) for spk, v in talk.items()} | {"total": _r(total(union))},
        "talk_ratio": {spk: (round(v / spoken, 3) if spoken else None) for spk, v in talk.items()},
        "overlap": _r(overlap),
        "silence": {
            "total": _r(sum(e - s for s, e in pauses)),
            "threshold": silence_seconds,
            "count": len(long_pauses),
            "silences": [[_r(s), _r(e), _r(e - s)] for s, e in long_pauses],
            "longest": [_r(longest[0]), _r(longest[1]), _r(longest[1] - longest[0])] if longest else None,
        },
        "words_per_minute": wpm,
        "interruptions": counts(find_overlaps(ctx)),
        "sentiment": customer_sentiment(ctx),
    }


def customer_sentiment(ctx: CallContext, *, parts: int = SENTIMENT_PARTS) -> dict[str, Any]:
    """The customer's VADER compound score per turn (``curve``: ``[time, score]``),
    its mean per equal part of the call (``quarters``; ``None`` where the
    customer said nothing), the overall mean, and ``change``: last part with
    speech minus first part with speech (positive: the agent turned the call
    around)."""
    call = ctx.call
    end = call.end_time or 1.0
    curve: list[list[float]] = []
    buckets: list[list[float]] = [[] for _ in range(parts)]
    for i in ctx.indices("customer"):
        u = call.utterances[i]
        score = ctx.sentiment(i)
        mid = (u.start + u.end) / 2
        curve.append([_r(mid), round(score, 4)])
        buckets[min(parts - 1, int(mid / end * parts))].append(score)
    means = [round(sum(b) / len(b), 4) if b else None for b in buckets]
    present = [m for m in means if m is not None]
    return {
        "curve": curve,
        "quarters": means,
        "mean": round(sum(p[1] for p in curve) / len(curve), 4) if curve else None,
        "change": round(present[-1] - present[0], 4) if len(present) >= 2 else None,
    }
