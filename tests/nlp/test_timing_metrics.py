"""Interval maths, the speech timeline and the call metrics."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from nlp.context import CallContext
from nlp.metrics import call_metrics, customer_sentiment
from nlp.timing import build_timeline, gaps, intersect, merge, total

intervals = st.lists(
    st.tuples(st.floats(0, 100, allow_nan=False), st.floats(0, 20, allow_nan=False)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=20,
)


def test_merge_intersect_gaps():
    assert merge([(5, 6), (0, 2), (1, 3)]) == [(0, 3), (5, 6)]
    assert merge([(0, 1), (1.2, 2)], join=0.3) == [(0, 2)]
    assert intersect([(0, 10)], [(2, 3), (5, 12)]) == [(2, 3), (5, 10)]
    assert gaps([(0, 3), (5, 6), (9, 10)]) == [(3, 5), (6, 9)]


@given(intervals, intervals)
def test_interval_properties(a, b):
    ma, mb = merge(a), merge(b)
    assert merge(ma) == ma
    assert all(s1 < e1 <= s2 for (s1, e1), (s2, _) in zip(ma, ma[1:]))
    both = total(intersect(ma, mb))
    assert both <= min(total(ma), total(mb)) + 1e-9
    # inclusion-exclusion: the union counts the overlap once
    assert abs(total(merge(ma + mb)) - (total(ma) + total(mb) - both)) < 1e-6


def test_timeline_prefers_speech_then_words_then_utterances(make_call):
    turns = [("agent", 0.0, 4.0, "hello there how are you"), ("customer", 5.0, 8.0, "fine thanks")]
    assert build_timeline(make_call(turns)).source == "utterances"
    assert build_timeline(make_call(turns, words=True)).source == "words"
    tl = build_timeline(make_call(turns, speech={"agent": [[0.5, 3.5]], "customer": [[5.0, 7.0]]}))
    assert tl.source == "speech" and tl.speech["agent"] == [(0.5, 3.5)]


def test_metrics_talk_time_counts_overlap_once(make_call):
    call = make_call(
        [("agent", 0.0, 10.0, "one two three four five six seven eight nine ten"),
         ("customer", 5.0, 15.0, "a b c d e"),
         ("agent", 22.0, 24.0, "okay thanks")],
        speech={"agent": [[0, 10], [22, 24]], "customer": [[5, 15]]},
    )
    m = call_metrics(CallContext(call))
    assert m["timing_source"] == "speech"
    assert m["talk_time"] == {"agent": 12.0, "customer": 10.0, "total": 17.0}
    assert m["overlap"] == 5.0
    assert m["talk_ratio"]["agent"] == round(12 / 22, 3)
    assert m["silence"]["silences"] == [[15.0, 22.0, 7.0]] and m["silence"]["count"] == 1
    assert m["silence"]["longest"] == [15.0, 22.0, 7.0]
    # 12 words over 12 s of the agent's speech, 5 over the customer's 10 s
    assert m["words_per_minute"] == {"agent": 60.0, "customer": 30.0}
    assert m["interruptions"] == {"agent": 0, "customer": 1}
    json.dumps(m)  # JSON-able as is


def test_metrics_silence_threshold(make_call):
    call = make_call([("agent", 0, 1, "hi"), ("customer", 4, 5, "hello"), ("agent", 11, 12, "okay")])
    assert call_metrics(CallContext(call))["silence"]["count"] == 1
    assert call_metrics(CallContext(call), silence_seconds=2)["silence"]["count"] == 2


def test_sentiment_trend_turned_around(make_call):
    call = make_call([
        ("customer", 0, 5, "this is terrible, i am furious and upset"),
        ("agent", 6, 20, "i am so sorry, let me fix that"),
        ("customer", 21, 29, "hmm okay"),
        ("customer", 31, 39, "thank you so much, that is wonderful, great help"),
    ], duration=40)
    s = customer_sentiment(CallContext(call))
    assert [p[0] for p in s["curve"]] == [2.5, 25.0, 35.0]
    assert s["quarters"][0] < 0 < s["quarters"][3] and s["quarters"][1] is None
    assert s["change"] > 1.0


def test_metrics_without_customer_speech(make_call):
    m = call_metrics(CallContext(make_call([("agent", 0, 2, "hello anyone there")])))
    assert m["sentiment"] == {"curve": [], "quarters": [None] * 4, "mean": None, "change": None}
    assert m["talk_ratio"]["agent"] == 1.0 and m["words_per_minute"]["customer"] is None
