"""Importers for transcripts users already have: canonical JSON, WebVTT (speaker
from ``<v Name>`` voice tags), SRT (speaker prefix such as ``AGENT:``) and the
output JSON of Amazon Transcribe Call Analytics.

Speaker names are mapped to roles (``agent``/``customer``) by a speaker map;
common role names (agent, rep, caller, customer...) are known without one.
Every problem raises :class:`CallFormatError` naming the file, the cue or
field, and what is wrong.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any, Mapping

from transcription.call import Call, Party, Utterance, Word, call_from_dict, check_texts, check_unicode, parse_json
from transcription.errors import CallFormatError

TRANSCRIPT_EXTENSIONS = (".json", ".vtt", ".srt")

# names that mean a role without any configuration
DEFAULT_ROLE_NAMES: dict[str, str] = {
    "agent": "agent", "rep": "agent", "representative": "agent", "operator": "agent", "advisor": "agent",
    "adviser": "agent", "csr": "agent", "support": "agent", "associate": "agent", "spk_0": "agent",
    "customer": "customer", "caller": "customer", "client": "customer", "cust": "customer",
    "member": "customer", "spk_1": "customer",
}


def parse_speaker_map(text: str | None) -> dict[str, str]:
    """'Anna=agent,Bob=customer' -> {'anna': 'agent', 'bob': 'customer'}."""
    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        name, sep, role = part.partition("=")
        role = role.strip().lower()
        if not sep or not name.strip() or role not in ("agent", "customer"):
            raise CallFormatError("--speaker-map", part, "must look like NAME=agent or NAME=customer")
        out[name.strip().lower()] = role
    return out


class _Roles:
    """Maps speaker names to roles and remembers the people's names."""

    def __init__(self, source: str, speaker_map: Mapping[str, str] | None) -> None:
        self.source = source
        self.map = DEFAULT_ROLE_NAMES | {k.lower(): v for k, v in (speaker_map or {}).items()}
        self.names: dict[str, str] = {}

    def role(self, name: str, where: str) -> str:
        key = name.strip().lower()
        role = self.map.get(key)
        if role is None:
            raise CallFormatError(
                self.source, where,
                f"speaker {name.strip()!r} is not mapped to a role; map it with --speaker-map "
                f"'{name.strip()}=agent' or '{name.strip()}=customer'",
            )
        if key not in DEFAULT_ROLE_NAMES:
            self.names.setdefault(role, name.strip())
        return role

    def parties(self) -> tuple[Party, Party]:
        return Party(name=self.names.get("agent")), Party(name=self.names.get("customer"))


_TS = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$")


def _timestamp(text: str, source: str, where: str) -> float:
    m = _TS.match(text.strip())
    if not m:
        raise CallFormatError(source, where, f"timestamp {text.strip()!r} is not HH:MM:SS.mmm")
    h, mnt, s, ms = m.groups()
    if int(mnt) > 59 or int(s) > 59:
        raise CallFormatError(source, where, f"timestamp {text.strip()!r} has minutes or seconds above 59")
    return int(h or 0) * 3600 + int(mnt) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000


_TAG = re.compile(r"<[^<>]*>")  # [^<>] keeps it linear on runs of "<"
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^<>]+)>")


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks with their first line number (1-based)."""
    blocks, current, start = [], [], 0
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not current:
                start = n
            current.append(line.rstrip())
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _cue_times(line: str, source: str, where: str) -> tuple[float, float]:
    if "-->" not in line:
        raise CallFormatError(source, where, "expected a timing line like '00:00:01.000 --> 00:00:04.000'")
    left, right = line.split("-->", 1)
    start = _timestamp(left, source, where + ".start")
    end = _timestamp(right.strip().split()[0] if right.strip() else "", source, where + ".end")
    if end < start:
        raise CallFormatError(source, where + ".end", f"ends at {end} s, before it starts at {start} s")
    return start, end


def parse_vtt(text: str, source: str, *, speaker_map: Mapping[str, str] | None = None) -> Call:
    """WebVTT with ``<v Name>`` voice tags; the speaker of a cue without a tag is an error."""
    text = text.lstrip("\ufeff")
    if not text.startswith("WEBVTT"):
        raise CallFormatError(source, "header", "a WebVTT file must start with 'WEBVTT'")
    roles = _Roles(source, speaker_map)
    utterances = []
    n = 0
    for line_no, lines in _blocks(text)[1:]:
        if lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        n += 1
        timing = next((k for k, l in enumerate(lines) if "-->" in l), None)
        where = f"cue {n} (line {line_no})"
        if timing is None:
            raise CallFormatError(source, where, "has no timing line 'start --> end'")
        start, end = _cue_times(lines[timing], source, where)
        body = " ".join(lines[timing + 1 :])
        voices = _VOICE.findall(body)
        if not voices:
            raise CallFormatError(source, where, "has no <v Speaker> voice tag, so its speaker is unknown")
        role = roles.role(voices[0], where)
        words = " ".join(_TAG.sub(" ", body).split())
        if words:
            utterances.append(Utterance(role, start, end, words))
    return _finish(source, utterances, roles)


_PREFIX = re.compile(r"^\s*(?:\[([^\]]+)\]|([A-Za-z][\w .'-]{0,40}?))\s*:\s*(.*)$")


def parse_srt(text: str, source: str, *, speaker_map: Mapping[str, str] | None = None) -> Call:
    """SRT whose cue text starts with a speaker prefix such as ``AGENT:`` or ``[Caller]:``."""
    roles = _Roles(source, speaker_map)
    utterances = []
    blocks = _blocks(text.lstrip("\ufeff"))
    if not blocks:
        raise CallFormatError(source, None, "has no subtitle cues")
    for n, (line_no, lines) in enumerate(blocks, 1):
        where = f"cue {n} (line {line_no})"
        timing = 1 if len(lines) > 1 and "-->" in lines[1] else (0 if "-->" in lines[0] else None)
        if timing is None:
            raise CallFormatError(source, where, "has no timing line '00:00:01,000 --> 00:00:04,000'")
        start, end = _cue_times(lines[timing], source, where)
        body = " ".join(_TAG.sub(" ", " ".join(lines[timing + 1 :])).split())
        if not body:
            continue
        m = _PREFIX.match(body)
        if not m:
            raise CallFormatError(source, where, "text has no speaker prefix like 'AGENT:' or 'CUSTOMER:'")
        role = roles.role(m.group(1) or m.group(2), where)
        if m.group(3).strip():
            utterances.append(Utterance(role, start, end, m.group(3).strip()))
    return _finish(source, utterances, roles)


def _finish(source: str, utterances: list[Utterance], roles: _Roles) -> Call:
    if not utterances:
        raise CallFormatError(source, "utterances", "the file holds no spoken text")
    check_texts([u.text for u in utterances], source)
    agent, customer = roles.parties()
    return Call(call_id=Path(source).stem, utterances=tuple(utterances), agent=agent, customer=customer,
                metadata={"imported_from": Path(source).suffix.lstrip(".").lower()})


# participant roles that are neither side of the conversation (IVR prompts, announcements)
_SKIPPED_ROLES = ("SYSTEM",)


def _participant_roles(data: dict[str, Any], source: str) -> dict[str, str]:
    """Contact Lens names its speakers once, in ``Participants``: ParticipantId -> role."""
    participants = data.get("Participants")
    if participants is None:
        return {}
    if not isinstance(participants, list):
        raise CallFormatError(source, "Participants", "must be a list of {ParticipantId, ParticipantRole}")
    roles = {}
    for i, p in enumerate(participants):
        if not isinstance(p, dict):
            raise CallFormatError(source, f"Participants[{i}]", "must be an object with ParticipantId and ParticipantRole")
        if isinstance(p.get("ParticipantId"), str):  # Transcribe Call Analytics lists roles only
            roles[p["ParticipantId"]] = str(p.get("ParticipantRole") or p["ParticipantId"]).upper()
    return roles


def parse_transcribe_json(data: dict[str, Any], source: str) -> Call:
    """Amazon Transcribe Call Analytics output (``ParticipantRole`` on each segment, word
    ``Items``) or Amazon Connect Contact Lens output (speakers in ``Participants``,
    ``ParticipantId`` on each segment). SYSTEM segments (IVR prompts) are left out."""
    check_unicode(data, source)
    segments = data.get("Transcript")
    if not isinstance(segments, list):
        raise CallFormatError(source, "Transcript", "must be a list of segments (Amazon Transcribe Call Analytics "
                              "or Contact Lens output)")
    participants = _participant_roles(data, source)
    utterances = []
    skipped = 0
    for i, seg in enumerate(segments):
        where = f"Transcript[{i}]"
        if not isinstance(seg, dict):
            raise CallFormatError(source, where, "must be an object")
        role = str(seg.get("ParticipantRole") or "").upper()
        pid = seg.get("ParticipantId")
        if not role and isinstance(pid, str):
            role = participants.get(pid, pid.upper())
        if role in _SKIPPED_ROLES:
            skipped += 1
            continue
        if role not in ("AGENT", "CUSTOMER"):
            field_name = "ParticipantRole" if seg.get("ParticipantRole") or pid is None else "ParticipantId"
            known = ", ".join(sorted(participants)) or "none listed"
            raise CallFormatError(
                source, f"{where}.{field_name}",
                f"{seg.get(field_name)!r} is not AGENT or CUSTOMER (nor a participant of Participants: {known}); "
                "give each segment ParticipantRole AGENT or CUSTOMER, or list its ParticipantId in Participants")
        try:
            start = float(seg["BeginOffsetMillis"]) / 1000
            end = float(seg["EndOffsetMillis"]) / 1000
        except KeyError as e:
            raise CallFormatError(source, f"{where}.{e.args[0]}", "is required but missing") from e
        except (TypeError, ValueError, OverflowError) as e:
            raise CallFormatError(source, f"{where}.BeginOffsetMillis", "offsets must be numbers of milliseconds") from e
        if not (math.isfinite(start) and math.isfinite(end)):
            raise CallFormatError(source, f"{where}.BeginOffsetMillis", "offsets must be finite numbers of milliseconds")
        if end < start or start < 0:
            raise CallFormatError(source, f"{where}.EndOffsetMillis", f"segment ends at {end} s, before it starts at {start} s")
        items = seg.get("Items") or []
        if not isinstance(items, list):
            raise CallFormatError(source, f"{where}.Items", "must be a list of word items")
        words = []
        for j, item in enumerate(items):
            if not isinstance(item, dict) or item.get("Type", "pronunciation") != "pronunciation":
                continue
            try:
                ws = float(item["BeginOffsetMillis"]) / 1000
                we = float(item["EndOffsetMillis"]) / 1000
            except (KeyError, TypeError, ValueError, OverflowError) as e:
                raise CallFormatError(source, f"{where}.Items[{j}]", "needs numeric BeginOffsetMillis and EndOffsetMillis") from e
            if not (math.isfinite(ws) and math.isfinite(we)):
                raise CallFormatError(source, f"{where}.Items[{j}]", "offsets must be finite numbers of milliseconds")
            conf = item.get("Confidence")
            words.append(Word(str(item.get("Content", "")), ws, max(ws, we),
                              float(conf) if isinstance(conf, (int, float)) and 0 <= conf <= 1 else None))
        content = seg.get("Content")
        if not isinstance(content, str):
            raise CallFormatError(source, f"{where}.Content", "must be the segment's text")
        if content.strip():
            utterances.append(Utterance(role.lower(), start, end, content.strip(), tuple(words)))
    if not utterances:
        raise CallFormatError(source, "Transcript", "holds no spoken text by the agent or the customer")
    check_texts([u.text for u in utterances], source)
    contact = data.get("CustomerMetadata") if isinstance(data.get("CustomerMetadata"), dict) else {}
    call_id = str(contact.get("ContactId") or data.get("JobName") or Path(source).stem)
    kind = ("amazon-connect-contact-lens" if participants or "CustomerMetadata" in data
            else "amazon-transcribe-call-analytics")
    metadata: dict[str, Any] = {"imported_from": kind}
    if skipped:
        metadata["skipped_segments"] = {"SYSTEM": skipped}
    return Call(call_id=call_id, utterances=tuple(utterances), metadata=metadata)


def load_transcript(path: str | Path, *, speaker_map: Mapping[str, str] | None = None) -> Call:
    """Load a transcript of any supported kind, chosen by extension and content."""
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in TRANSCRIPT_EXTENSIONS:
        raise CallFormatError(source, None, f"unsupported transcript type {suffix or '(none)'!r}; "
                              f"supported: {', '.join(TRANSCRIPT_EXTENSIONS)}")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CallFormatError(source, None, f"cannot be read as UTF-8 text ({e})") from e
    if suffix == ".vtt":
        return parse_vtt(text, source, speaker_map=speaker_map)
    if suffix == ".srt":
        return parse_srt(text, source, speaker_map=speaker_map)
    data = parse_json(text, source)
    if isinstance(data, dict) and "Transcript" in data and "utterances" not in data:
        return parse_transcribe_json(data, source)
    if isinstance(data, dict) and "results" in data and "utterances" not in data:
        raise CallFormatError(source, None, "looks like plain Amazon Transcribe output; export it with Call "
                              "Analytics (ParticipantRole per segment) or Contact Lens, or convert it to the "
                              "canonical format")
    return call_from_dict(data, source)
