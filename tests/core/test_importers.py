"""WebVTT, SRT, Amazon Transcribe Call Analytics and Amazon Connect Contact Lens importers."""

from __future__ import annotations

import json

import pytest

from transcription.errors import CallFormatError
from transcription.importers import load_transcript, parse_speaker_map


def test_vtt_with_speaker_map(files):
    call = load_transcript(files / "good.vtt", speaker_map={"Anna": "agent", "Mr Jones": "customer"})
    assert [u.speaker for u in call.utterances] == ["agent", "customer", "agent"]
    assert call.utterances[1].start == 4.5 and call.utterances[1].end == 7.25
    assert call.utterances[0].text.startswith("Good morning, thank you for calling Northwind")
    assert call.agent.name == "Anna" and call.customer.name == "Mr Jones"
    assert call.call_id == "good"


def test_vtt_unmapped_speaker_is_a_clear_error(files):
    with pytest.raises(CallFormatError) as info:
        load_transcript(files / "good.vtt")
    msg = str(info.value)
    assert "good.vtt: cue 1 (line 5)" in msg and "'Anna'" in msg and "--speaker-map" in msg


def test_srt_prefixes(files):
    call = load_transcript(files / "good.srt")
    assert [u.speaker for u in call.utterances] == ["agent", "customer", "agent"]
    assert call.utterances[1].text == "My internet is down again."
    assert call.utterances[2].start == 8.0


def test_transcribe_call_analytics(files):
    call = load_transcript(files / "transcribe.json")
    assert call.call_id == "tca-job-42"
    assert [u.speaker for u in call.utterances] == ["agent", "customer"]
    first = call.utterances[0]
    assert (first.start, first.end) == (0.4, 2.9)
    assert [w.text for w in first.words] == ["Hello", "thank", "you", "for", "calling"]
    assert first.words[4].start == 1.6 and first.words[0].confidence == 0.99


def test_contact_lens_output(files):
    """Contact Lens names speakers in Participants and gives ParticipantId on each segment
    (shaped like the example output file in AWS's Contact Lens documentation)."""
    call = load_transcript(files / "contact-lens.json")
    assert call.call_id == "e5f2b9a4-8f1a-4b6d-9c0e-3b2a1d0c9e8f"
    assert [u.speaker for u in call.utterances] == ["agent", "customer"]  # the SYSTEM prompt is left out
    assert (call.utterances[1].start, call.utterances[1].end) == (4.96, 9.52)
    assert call.metadata == {"imported_from": "amazon-connect-contact-lens", "skipped_segments": {"SYSTEM": 1}}


def test_contact_lens_participant_ids_map_to_roles(tmp_path):
    data = {"Participants": [{"ParticipantId": "p-1", "ParticipantRole": "AGENT"},
                             {"ParticipantId": "p-2", "ParticipantRole": "CUSTOMER"}],
            "Transcript": [{"ParticipantId": "p-2", "BeginOffsetMillis": 0, "EndOffsetMillis": 900, "Content": "hi"},
                           {"ParticipantId": "p-1", "BeginOffsetMillis": 1000, "EndOffsetMillis": 2000, "Content": "hello"},
                           {"ParticipantId": "p-9", "BeginOffsetMillis": 2100, "EndOffsetMillis": 2500, "Content": "?"}]}
    p = tmp_path / "cl.json"
    p.write_text(json.dumps(data))
    with pytest.raises(CallFormatError, match=r"Transcript\[2\]\.ParticipantId: 'p-9' is not AGENT or CUSTOMER.*p-1, p-2"):
        load_transcript(p)
    data["Transcript"].pop()
    p.write_text(json.dumps(data))
    assert [u.speaker for u in load_transcript(p).utterances] == ["customer", "agent"]


@pytest.mark.parametrize(
    "name, text, expect",
    [
        ("a.vtt", "hello", "header"),
        ("b.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\n<v agent>hi", "cue 1 (line 3).end: timestamp"),
        ("c.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nno voice tag", "no <v Speaker> voice tag"),
        ("d.vtt", "WEBVTT\n\n00:00:05.000 --> 00:00:02.000\n<v agent>hi", "before it starts"),
        ("e.srt", "1\n00:00:01,000 --> 00:00:02,000\nno prefix here", "speaker prefix"),
        ("f.srt", "1\nnot a timing\nAGENT: hi", "no timing line"),
        ("g.srt", "", "no subtitle cues"),
        ("h.json", '{"Transcript": [{"ParticipantRole": "BOT", "BeginOffsetMillis": 0, "EndOffsetMillis": 5, "Content": "x"}]}',
         "Transcript[0].ParticipantRole"),
        ("i.json", '{"Transcript": [{"ParticipantRole": "AGENT", "EndOffsetMillis": 5, "Content": "x"}]}',
         "Transcript[0].BeginOffsetMillis: is required"),
        ("j.json", '{"results": {"transcripts": []}}', "plain Amazon Transcribe"),
        ("l.json", '{"Transcript": [{"ParticipantRole": "AGENT", "BeginOffsetMillis": 0, "EndOffsetMillis": 5, '
                   '"Content": "x", "Items": 5}]}', "Transcript[0].Items: must be a list"),
        ("k.txt", "hello", "unsupported transcript type"),
    ],
)
def test_malformed_files(tmp_path, name, text, expect):
    p = tmp_path / name
    p.write_text(text)
    with pytest.raises(CallFormatError) as info:
        load_transcript(p)
    assert str(p) in str(info.value) and expect in str(info.value)


def test_speaker_map_parsing():
    assert parse_speaker_map("Anna=agent, Bob=Customer") == {"anna": "agent", "bob": "customer"}
    with pytest.raises(CallFormatError, match="NAME=agent"):
        parse_speaker_map("Anna=boss")


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name, cue", [("long.srt", "AGENT: " + "<" * 400_000), ("long.vtt", "<v agent>" + "<" * 400_000)])
def test_tag_stripping_is_linear(tmp_path, name, cue):
    """A cue of 400,000 '<' once stalled the web UI for minutes (a quadratic tag regex)."""
    times = "00:00:01,000 --> 00:00:02,000" if name.endswith(".srt") else "00:00:01.000 --> 00:00:02.000"
    head = "1\n" if name.endswith(".srt") else "WEBVTT\n\n"
    p = tmp_path / name
    p.write_text(f"{head}{times}\n{cue}\n")
    # the tags are stripped first (in linear time), then the cue is refused as too long to be speech
    with pytest.raises(CallFormatError, match=r"utterances\[0\]\.text: is 400,000 characters long"):
        load_transcript(p)
