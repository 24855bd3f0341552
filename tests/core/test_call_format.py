"""The canonical call format: loading, validating and writing."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transcription.call import call_from_dict, load_call, write_call
from transcription.errors import CallFormatError
from transcription.importers import load_transcript

GOOD = {
    "call_id": "c-1",
    "started_at": "2026-11-02T09:15:00Z",
    "agent": {"id": "a-7", "name": "Anna"},
    "customer": {"name": "Mary Smith"},
    "duration": 12.5,
    "utterances": [
        {"speaker": "agent", "start": 0.5, "end": 2.0, "text": "hello",
         "words": [{"text": "hello", "start": 0.5, "end": 0.9, "confidence": 0.98}]},
        {"speaker": "customer", "start": 2.2, "end": 3.0, "text": "hi"},
    ],
    "speech": {"agent": [[0.5, 2.0]], "customer": [[2.2, 3.0]]},
}


def test_round_trip(tmp_path):
    call = call_from_dict(GOOD)
    assert call.agent.name == "Anna" and call.customer.name == "Mary Smith"
    assert call.utterances[0].words[0].confidence == 0.98
    assert call.speech["customer"] == ((2.2, 3.0),)
    path = write_call(call, tmp_path / "out" / "c.json")
    again = load_call(path)
    assert again == call
    assert json.loads(path.read_text())["utterances"][1] == GOOD["utterances"][1]


@pytest.mark.parametrize(
    "mutate, field, words",
    [
        (lambda d: d.pop("call_id"), "call_id", "required"),
        (lambda d: d.update(utterances=[]), "utterances", "at least one"),
        (lambda d: d["utterances"][1].update(speaker="bot"), "utterances[1].speaker", "'agent'"),
        (lambda d: d["utterances"][1].update(end=1.0), "utterances[1].end", "before it starts"),
        (lambda d: d["utterances"][0].update(start="soon"), "utterances[0].start", "not of type"),
        (lambda d: d["utterances"][0]["words"][0].update(end=0.1), "utterances[0].words[0].end", "before"),
        (lambda d: d["speech"].update(agent=[[3, 1]]), "speech.agent[0]", "before it starts"),
        (lambda d: d["utterances"][1].pop("text"), "utterances[1].text", "required"),
    ],
)
def test_errors_name_the_field(mutate, field, words):
    data = json.loads(json.dumps(GOOD))
    mutate(data)
    with pytest.raises(CallFormatError) as info:
        call_from_dict(data, "calls/x.json")
    assert info.value.field == field
    assert str(info.value).startswith(f"calls/x.json: {field}: ")
    assert words in str(info.value)


def test_unreadable_and_invalid_json(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"call_id": "x", "utterances": [')
    with pytest.raises(CallFormatError, match=r"bad.json: is not valid JSON: .* line 1"):
        load_call(bad)
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CallFormatError, match="UTF-8"):
        load_call(binary)


json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=12,
)
utterance_like = st.fixed_dictionaries(
    {"speaker": st.sampled_from(["agent", "customer", "bot", 3]),
     "start": st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 100), st.text(max_size=2)),
     "end": st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 100)),
     "text": st.one_of(st.text(max_size=20), st.none())},
    optional={"words": st.lists(st.dictionaries(st.sampled_from(["text", "start", "end", "confidence"]), json_values), max_size=3)},
)
call_like = st.fixed_dictionaries(
    {"call_id": st.one_of(st.text(max_size=8), st.integers()), "utterances": st.lists(utterance_like, max_size=4)},
    optional={"speech": json_values, "agent": json_values, "duration": json_values, "started_at": json_values},
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(call_like, json_values))
def test_any_data_gives_a_call_or_a_clear_error(data):
    try:
        call = call_from_dict(data, "fuzz.json")
    except CallFormatError as e:
        assert str(e).startswith("fuzz.json")
    else:
        assert call.utterances and all(u.end >= u.start for u in call.utterances)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture], deadline=None)
@given(text=st.text(max_size=300), suffix=st.sampled_from([".json", ".vtt", ".srt"]))
def test_any_file_gives_a_call_or_a_clear_error(tmp_path, text, suffix):
    p = tmp_path / f"fuzz{suffix}"
    p.write_text(text, encoding="utf-8")
    try:
        load_transcript(p)
    except CallFormatError as e:
        assert str(p) in str(e)


@pytest.mark.parametrize(
    "text, expect",
    [
        ("[" * 100_000, "nested too deeply"),
        ('{"call_id": "x", "duration": ' + "9" * 5000 + ', "utterances": []}', "thousands of digits"),
        ('{"call_id": "x", "duration": NaN, "utterances": [{"speaker": "agent", "start": 0, "end": 1, "text": "hi"}]}',
         "duration: must be a finite number"),
        ('{"call_id": "x", "duration": Infinity, "utterances": [{"speaker": "agent", "start": 0, "end": 1, "text": "hi"}]}',
         "duration: must be a finite number"),
    ],
)
def test_hostile_json_is_a_clear_error(tmp_path, text, expect):
    """Deep nesting, huge numbers and NaN/Infinity are format errors naming the file, never a crash."""
    for suffix in (".json",):
        p = tmp_path / f"call{suffix}"
        p.write_text(text)
        for loader in (load_call, load_transcript):
            with pytest.raises(CallFormatError) as info:
                loader(p)
            assert str(p) in str(info.value) and expect in str(info.value)


def test_fast_validation_reports_the_same_first_error_as_jsonschema():
    """Good calls pass the compiled schema; a bad one is reported field by field."""
    bad = json.loads(json.dumps(GOOD))
    bad["utterances"][1]["start"] = "soon"
    with pytest.raises(CallFormatError, match=r"utterances\[1\]\.start: 'soon' is not of type 'number'"):
        call_from_dict(bad, "x.json")
    assert call_from_dict(GOOD, "x.json").call_id == "c-1"


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(call_like, json_values))
def test_the_fast_check_accepts_exactly_what_the_schema_accepts(data):
    """The compiled pass (pydantic-core) and jsonschema agree on every document: it never
    lets through what the schema refuses, and a good call never needs the slow pass."""
    from pydantic_core import ValidationError

    from transcription.call import CALL_SCHEMA, _fast_check, _validator

    try:
        _fast_check()(data)
        fast_ok = True
    except ValidationError:
        fast_ok = False
    assert fast_ok == _validator().is_valid(data), CALL_SCHEMA


@pytest.mark.parametrize("node", [{"type": "number", "exclusiveMinimum": 0}, {"type": ["string", "number"]},
                                  {"type": "object", "required": ["x"]}])
def test_the_fast_check_refuses_schema_keywords_it_does_not_implement(node):
    from transcription.call import _core_schema

    with pytest.raises(ValueError, match="fast call check"):
        _core_schema(node)


def _call_with(texts):
    return {"call_id": "x", "utterances": [{"speaker": "agent", "start": i, "end": i + 1, "text": t}
                                            for i, t in enumerate(texts)]}


@pytest.mark.parametrize("texts, expect", [
    (["hello \ud800 there"], r"utterances\[0\]\.text: holds a lone surrogate \(\\ud800\)"),
    (["x" * 20_001], r"utterances\[0\]\.text: is 20,001 characters long"),
    (["hi"] * 20_001, r"utterances: has 20,001 utterances"),
])
def test_limits_and_invalid_unicode_are_clear_errors(texts, expect):
    with pytest.raises(CallFormatError, match=expect):
        call_from_dict(_call_with(texts), "big.json")


def test_importers_apply_the_same_limits(tmp_path):
    p = tmp_path / "big.vtt"
    p.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v agent>" + "word " * 5000 + "\n")
    with pytest.raises(CallFormatError, match=r"big.vtt: utterances\[0\]\.text: is 24,999 characters long"):
        load_transcript(p)
