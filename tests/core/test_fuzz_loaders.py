"""Fuzzing the loaders: any input to an importer, the call loader or the scorecard
loader gives a result or a clear error naming the file (and, for structured input, the
field), never a traceback, in bounded time."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorecards.schema import MAX_YAML_VALUES, scorecard_from_dict, scorecard_from_yaml
from transcription.errors import CallFormatError, ScorecardError
from transcription.importers import load_transcript

FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
           | st.text(max_size=12))
values = st.recursive(scalars, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
                      max_leaves=10)

# --- WebVTT and SRT: cue structure with hostile parts ------------------------------------
times = st.one_of(
    st.builds(lambda h, m, s, ms: f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}", st.integers(0, 99), st.integers(0, 99),
              st.integers(0, 99), st.integers(0, 999)),
    st.text(alphabet="0123456789:.,-> ", max_size=14),
)
speakers = st.sampled_from(["agent", "customer", "Caller", "Anna", "", "<v>", "rep.1"])
cue_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["<" * 300, "<b>hi</b>", "<v agent>", "-->", "\n\n", "AGENT:"])


@st.composite
def vtt(draw) -> str:
    lines = ["WEBVTT" if draw(st.booleans()) else draw(st.text(max_size=8)), ""]
    for _ in range(draw(st.integers(0, 4))):
        lines.append(f"{draw(times)} --> {draw(times)}")
        lines.append(f"<v {draw(speakers)}>{draw(cue_text)}" if draw(st.booleans()) else draw(cue_text))
        lines.append("")
    return "\n".join(lines)


@st.composite
def srt(draw) -> str:
    lines = []
    for i in range(draw(st.integers(0, 4))):
        lines += [str(i + 1), f"{draw(times).replace('.', ',')} --> {draw(times).replace('.', ',')}",
                  f"{draw(speakers)}: {draw(cue_text)}", ""]
    return "\n".join(lines)


@FUZZ
@given(text=st.one_of(vtt(), srt()), as_vtt=st.booleans())
def test_subtitle_importers_never_crash(tmp_path, text, as_vtt):
    p = tmp_path / ("fuzz.vtt" if as_vtt else "fuzz.srt")
    p.write_text(text, encoding="utf-8")
    try:
        call = load_transcript(p, speaker_map={"Anna": "agent"})
    except CallFormatError as e:
        assert str(e).startswith(str(p))
    else:
        assert call.utterances and all(u.end >= u.start and u.speaker in ("agent", "customer")
                                       for u in call.utterances)


# --- Amazon Transcribe Call Analytics and Contact Lens JSON ------------------------------
segment = st.fixed_dictionaries({}, optional={
    "ParticipantRole": st.sampled_from(["AGENT", "CUSTOMER", "SYSTEM", "BOT", ""]) | values,
    "ParticipantId": st.sampled_from(["AGENT", "CUSTOMER", "p-1", "p-2"]) | values,
    "BeginOffsetMillis": st.integers(-5, 10**6) | values,
    "EndOffsetMillis": st.integers(-5, 10**6) | values,
    "Content": st.text(max_size=20) | values,
    "Items": st.lists(st.fixed_dictionaries({}, optional={
        "Type": st.sampled_from(["pronunciation", "punctuation"]) | values,
        "Content": values, "BeginOffsetMillis": values, "EndOffsetMillis": values, "Confidence": values,
    }), max_size=3) | values,
})
aws_json = st.fixed_dictionaries({"Transcript": st.lists(segment, max_size=4) | values}, optional={
    "Participants": st.lists(st.fixed_dictionaries({}, optional={
        "ParticipantId": st.sampled_from(["p-1", "p-2", "AGENT"]) | values,
        "ParticipantRole": st.sampled_from(["AGENT", "CUSTOMER", "SYSTEM"]) | values}), max_size=3) | values,
    "CustomerMetadata": values, "JobName": values,
})


@FUZZ
@given(data=aws_json)
def test_aws_importers_never_crash(tmp_path, data):
    p = tmp_path / "fuzz.json"
    p.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    try:
        call = load_transcript(p)
    except CallFormatError as e:
        assert str(e).startswith(str(p))
    else:
        assert call.utterances and all(math.isfinite(u.start) and u.end >= u.start for u in call.utterances)


# --- scorecards: structure and YAML ------------------------------------------------------
criterion = st.fixed_dictionaries({}, optional={
    "id": st.sampled_from(["greeting", "x", ""]) | values, "label": values,
    "detector": st.sampled_from(["greeting.v1", "empathy", "nope.v1"]) | values,
    "params": st.dictionaries(st.sampled_from(["window_seconds", "problem_cues", "bogus"]), values, max_size=2)
    | values, "weight": values, "auto_fail": values, "coaching": values,
})
scorecard_like = st.fixed_dictionaries({}, optional={
    "id": st.text(max_size=6) | values, "name": values, "version": st.integers(-2, 5) | values,
    "pass_mark": values, "description": values,
    "sections": st.lists(st.fixed_dictionaries({}, optional={
        "id": values, "label": values, "criteria": st.lists(criterion, max_size=2) | values}), max_size=2) | values,
})


@FUZZ
@given(data=scorecard_like | values)
def test_scorecard_data_gives_a_scorecard_or_a_clear_error(data):
    try:
        card = scorecard_from_dict(data, "fuzz.yaml")
    except ScorecardError as e:
        assert str(e).startswith("fuzz.yaml")
    else:
        assert card.criteria


yaml_fragments = st.sampled_from(["a: &x [1, 2]", "b: *x", "- ", "  ", "{", "}", "[", "]", ": ", "!!python/object:os.system",
                                  "id: t", "version: 1", "&a", "*a", "'", "\"", "\t", "---", "..."])


@FUZZ
@given(text=st.lists(yaml_fragments | st.text(max_size=10), max_size=12).map("\n".join))
def test_any_yaml_gives_a_scorecard_or_a_clear_error(text):
    try:
        scorecard_from_yaml(text, "fuzz.yaml")
    except ScorecardError as e:
        assert str(e).startswith("fuzz.yaml")


def _bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("text, expect", [
    (_bomb(9), f"expands to more than {MAX_YAML_VALUES:,} values"),
    ("a: " + "[" * 1000 + "]" * 1000, "nests deeper than"),
    ("x: " + "y" * 1_100_000, "bytes; a scorecard may have at most"),
    ("version: " + "9" * 5000, "a number with thousands of digits"),
])
def test_yaml_bombs_are_refused_at_once(text, expect):
    with pytest.raises(ScorecardError, match=expect):
        scorecard_from_yaml(text, "bomb.yaml")
