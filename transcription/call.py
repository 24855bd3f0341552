"""The canonical call format: plain dataclasses with JSON I/O.

Every layer speaks these types. A call is a list of utterances, each said by
the ``agent`` or the ``customer``, with times in seconds from the start of the
call; optional word timings and voice-activity intervals per speaker carry the
exact timing the interruption and silence metrics use.

``load_call`` validates a file and raises :class:`CallFormatError` naming the
file, the field (``utterances[12].end``) and what is wrong; ``write_call``
writes the same format back.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Literal

from transcription.errors import CallFormatError

Speaker = Literal["agent", "customer"]
SPEAKERS: tuple[str, str] = ("agent", "customer")


@dataclass(frozen=True)
class Word:
    text: str
    start: float  # seconds from the start of the call
    end: float  # seconds from the start of the call
    confidence: float | None = None  # 0..1, None when the source has none


@dataclass(frozen=True)
class Utterance:
    speaker: str  # "agent" or "customer"
    start: float  # seconds from the start of the call
    end: float  # seconds from the start of the call
    text: str
    words: tuple[Word, ...] = ()  # optional word timings


@dataclass(frozen=True)
class Party:
    id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Call:
    call_id: str
    utterances: tuple[Utterance, ...]
    started_at: str | None = None  # ISO-8601
    agent: Party = field(default_factory=Party)
    customer: Party = field(default_factory=Party)
    duration: float | None = None  # seconds
    # voice-activity intervals per speaker: {"agent": ((0.5, 4.4), ...), ...}
    speech: dict[str, tuple[tuple[float, float], ...]] | None = None
    # where the transcript came from and how (audio path, channel map, diarization...)
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def end_time(self) -> float:
        """The call's length: its duration when known, else the last utterance's end."""
        last = max((u.end for u in self.utterances), default=0.0)
        return max(self.duration or 0.0, last)

    def to_dict(self) -> dict[str, Any]:
        """The call as canonical JSON data (optional fields left out when empty)."""
        out: dict[str, Any] = {"call_id": self.call_id}
        if self.started_at:
            out["started_at"] = self.started_at
        if self.agent.id or self.agent.name:
            out["agent"] = {k: v for k, v in (("id", self.agent.id), ("name", self.agent.name)) if v}
        if self.customer.id or self.customer.name:
            out["customer"] = {
                k: v for k, v in (("id", self.customer.id), ("name", self.customer.name)) if v
            }
        if self.duration is not None:
            out["duration"] = round(self.duration, 3)
        out["utterances"] = [_utterance_to_dict(u) for u in self.utterances]
        if self.speech is not None:
            out["speech"] = {
                spk: [[round(s, 3), round(e, 3)] for s, e in spans]
                for spk, spans in self.speech.items()
            }
        if self.metadata:
            out["metadata"] = self.metadata
        return out


def _utterance_to_dict(u: Utterance) -> dict[str, Any]:
    d: dict[str, Any] = {
        "speaker": u.speaker,
        "start": round(u.start, 3),
        "end": round(u.end, 3),
        "text": u.text,
    }
    if u.words:
        d["words"] = [
            {"text": w.text, "start": round(w.start, 3), "end": round(w.end, 3)}
            | ({"confidence": round(w.confidence, 4)} if w.confidence is not None else {})
            for w in u.words
        ]
    return d


# JSON Schema of the canonical format; semantic rules (end >= start, ...) are
# checked in ``call_from_dict`` after the schema passes.
_TIME = {"type": "number", "minimum": 0}
CALL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["call_id", "utterances"],
    "properties": {
        "call_id": {"type": "string", "minLength": 1},
        "started_at": {"type": ["string", "null"]},
        "agent": {
            "type": ["object", "null"],
            "properties": {"id": {"type": ["string", "null"]}, "name": {"type": ["string", "null"]}},
        },
        "customer": {
            "type": ["object", "null"],
            "properties": {"id": {"type": ["string", "null"]}, "name": {"type": ["string", "null"]}},
        },
        "duration": {"type": ["number", "null"], "minimum": 0},
        "utterances": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["speaker", "start", "end", "text"],
                "properties": {
                    "speaker": {"enum": list(SPEAKERS)},
                    "start": _TIME,
                    "end": _TIME,
                    "text": {"type": "string"},
                    "words": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["text", "start", "end"],
                            "properties": {
                                "text": {"type": "string"},
                                "start": _TIME,
                                "end": _TIME,
                                "confidence": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
                            },
                        },
                    },
                },
            },
        },
        "speech": {
            "type": ["object", "null"],
            "additionalProperties": False,
            "properties": {
                spk: {
                    "type": "array",
                    "items": {"type": "array", "items": _TIME, "minItems": 2, "maxItems": 2},
                }
                for spk in SPEAKERS
            },
        },
        "metadata": {"type": "object"},
    },
}


def _field_path(path: Iterable[Any]) -> str:
    """('utterances', 12, 'end') -> 'utterances[12].end'."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_VALIDATOR = None
_FAST_CHECK = None


def _validator():
    global _VALIDATOR
    if _VALIDATOR is None:
        from jsonschema import Draft202012Validator

        _VALIDATOR = Draft202012Validator(CALL_SCHEMA)
    return _VALIDATOR


def _core_schema(node: dict[str, Any]) -> Any:
    """The pydantic-core schema of one JSON Schema ``node``, for the keywords
    :data:`CALL_SCHEMA` uses; anything else raises, so the fast check can never
    silently accept more than the schema does. Strict throughout (no coercion: a
    string is not a number, a bool is not a number), as JSON Schema is."""
    from pydantic_core import core_schema as cs

    known = {"type", "required", "properties", "items", "enum", "minimum", "maximum", "minLength",
             "minItems", "maxItems", "additionalProperties"}
    if set(node) - known:
        raise ValueError(f"the fast call check does not know {sorted(set(node) - known)}")
    if "enum" in node:
        return cs.literal_schema(list(node["enum"]))
    types = node["type"] if isinstance(node["type"], list) else [node["type"]]
    nullable = "null" in types
    types = [t for t in types if t != "null"]
    if len(types) != 1:
        raise ValueError(f"the fast call check takes one type besides null, not {types}")
    kind = types[0]
    bounds = {"ge": node.get("minimum"), "le": node.get("maximum")}
    if kind == "number":
        schema = cs.float_schema(strict=True, **{k: v for k, v in bounds.items() if v is not None})
    elif kind == "string":
        schema = cs.str_schema(strict=True, min_length=node.get("minLength"))
    elif kind == "array":
        schema = cs.list_schema(_core_schema(node["items"]), strict=True,
                                min_length=node.get("minItems"), max_length=node.get("maxItems"))
    elif kind == "object" and "properties" in node:
        required = set(node.get("required", ()))
        schema = cs.typed_dict_schema(
            {k: cs.typed_dict_field(_core_schema(v), required=k in required) for k, v in node["properties"].items()},
            extra_behavior="forbid" if node.get("additionalProperties") is False else "ignore", strict=True)
    elif kind == "object" and not {"required", "additionalProperties"} & set(node):
        schema = cs.dict_schema(strict=True)
    else:
        raise ValueError(f"the fast call check does not know {node}")
    return cs.nullable_schema(schema) if nullable else schema


def _fast_check():
    """:data:`CALL_SCHEMA` compiled by pydantic-core (Rust, installed with spaCy): the
    pass every good call takes, a fraction of jsonschema's cost. It accepts only what the
    schema accepts (see :func:`_core_schema`); a call it rejects is checked again by
    jsonschema, whose errors name the first bad field exactly."""
    global _FAST_CHECK
    if _FAST_CHECK is None:
        from pydantic_core import SchemaValidator

        _FAST_CHECK = SchemaValidator(_core_schema(CALL_SCHEMA)).validate_python
    return _FAST_CHECK


def _schema_errors(data: dict[str, Any]) -> list[Any]:
    from pydantic_core import ValidationError

    try:
        _fast_check()(data)
        return []
    except ValidationError:
        return sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))


# limits of one call: far above any real call, low enough that one file cannot hold a worker for hours
MAX_UTTERANCES = 20_000
MAX_UTTERANCE_CHARS = 20_000  # about 50 minutes of one person talking without a break
MAX_CALL_CHARS = 2_000_000  # all utterances together
_SURROGATE = re.compile("[\ud800-\udfff\x00]")


def check_texts(texts: list[str], source: str) -> None:
    """The limits of one call (utterance count, characters per utterance and in all) and
    valid Unicode text; raises :class:`CallFormatError` naming the field and what to do.
    Every way a call comes in (canonical JSON, each importer) goes through it."""
    if len(texts) > MAX_UTTERANCES:
        raise CallFormatError(source, "utterances", f"has {len(texts):,} utterances; a call may have at "
                              f"most {MAX_UTTERANCES:,}: split the recording into calls")
    total_chars = sum(len(t) for t in texts)
    if total_chars > MAX_CALL_CHARS:
        raise CallFormatError(source, "utterances", f"hold {total_chars:,} characters of text; a call may have at most "
                              f"{MAX_CALL_CHARS:,}: split the recording into calls")
    for i, text in enumerate(texts):
        _check_text(text, source, f"utterances[{i}].text")


def _check_text(text: str, source: str, where: str) -> None:
    if len(text) > MAX_UTTERANCE_CHARS:
        raise CallFormatError(source, where, f"is {len(text):,} characters long; an utterance may have at most "
                              f"{MAX_UTTERANCE_CHARS:,}: split the transcript into utterances at speaker turns or pauses")
    _check_unicode(text, source, where)


def _check_unicode(text: str, source: str, where: str) -> None:
    bad = _SURROGATE.search(text)
    if bad and bad.group() == "\x00":
        raise CallFormatError(source, where, f"holds a NUL character (\\u0000) at character {bad.start()}, which no "
                              "text has (PostgreSQL refuses it); remove it or re-export the transcript")
    if bad:
        raise CallFormatError(source, where, f"holds a lone surrogate ({bad.group().encode('unicode_escape').decode()}) "
                              f"at character {bad.start()}, which is not valid Unicode; re-export the transcript as UTF-8")


def check_unicode(data: Any, source: str) -> None:
    """Every string in parsed JSON ``data`` (keys too) is valid Unicode without NUL: a ``\\ud800`` escape
    gives a lone surrogate, which no database, terminal or JSON writer accepts. Raises
    :class:`CallFormatError` naming the first such field."""
    # one pass in C over the whole document first: json.dumps keeps lone surrogates as they are and
    # writes a NUL as the escape "\u0000"; only a document that may hold one is walked to name the field
    try:
        flat = json.dumps(data, ensure_ascii=False, check_circular=False)
    except (TypeError, ValueError, RecursionError):
        flat = None
    if flat is not None and "\\u0000" not in flat and not _SURROGATE.search(flat):
        return
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            _check_unicode(value, source, where or "(the document)")
        elif isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                name = f"{where}.{key}" if where else str(key)
                _check_unicode(str(key), source, f"{name} (the key)")
                stack.append((item, name))
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{i}]") for i, item in reversed(list(enumerate(value))))


def _finite(value: float, source: str, where: str) -> float:
    if not math.isfinite(value):
        raise CallFormatError(source, where, f"must be a finite number of seconds, got {value!r}")
    return float(value)


def call_from_dict(data: Any, source: str = "<call>", *, validate: bool = True) -> Call:
    """Validate canonical call data and build a :class:`Call`.

    Raises :class:`CallFormatError` naming ``source``, the first bad field
    and what is wrong with it. ``validate=False`` skips the JSON-schema pass
    (the costly part) for data this service wrote itself from a validated call;
    the timing checks still run.
    """
    if not isinstance(data, dict):
        raise CallFormatError(source, None, "a call must be a JSON object with 'call_id' and 'utterances'")
    errors = _schema_errors(data) if validate else ()
    if errors:
        err = errors[0]
        field_name = _field_path(err.absolute_path) or None
        message = err.message
        if err.validator == "required":
            missing = message.split("'")[1] if "'" in message else message
            field_name = ".".join(filter(None, [field_name, missing]))
            message = "is required but missing"
        elif err.validator == "enum":
            message = f"{err.instance!r} is not one of {', '.join(map(repr, err.validator_value))}"
        elif err.validator == "minItems" and err.absolute_path and err.absolute_path[-1] == "utterances":
            message = "must contain at least one utterance"
        raise CallFormatError(source, field_name, message)

    check_texts([u["text"] for u in data["utterances"]], source)
    if validate:
        # call_id, names, metadata: stored and printed as they are
        check_unicode(data, source)
    utterances = []
    for i, u in enumerate(data["utterances"]):
        start = _finite(u["start"], source, f"utterances[{i}].start")
        end = _finite(u["end"], source, f"utterances[{i}].end")
        if end < start:
            raise CallFormatError(
                source, f"utterances[{i}].end", f"ends at {end} s, before it starts at {start} s"
            )
        words = []
        for j, w in enumerate(u.get("words") or ()):
            ws = _finite(w["start"], source, f"utterances[{i}].words[{j}].start")
            we = _finite(w["end"], source, f"utterances[{i}].words[{j}].end")
            if we < ws:
                raise CallFormatError(
                    source, f"utterances[{i}].words[{j}].end", f"ends at {we} s, before it starts at {ws} s"
                )
            words.append(Word(w["text"], ws, we, w.get("confidence")))
        utterances.append(Utterance(u["speaker"], start, end, u["text"], tuple(words)))

    speech = None
    if data.get("speech") is not None:
        speech = {}
        for spk, spans in data["speech"].items():
            checked = []
            for k, (s, e) in enumerate(spans):
                s = _finite(s, source, f"speech.{spk}[{k}]")
                e = _finite(e, source, f"speech.{spk}[{k}]")
                if e < s:
                    raise CallFormatError(source, f"speech.{spk}[{k}]", f"interval ends ({e}) before it starts ({s})")
                checked.append((s, e))
            speech[spk] = tuple(sorted(checked))
    duration = data.get("duration")
    if duration is not None:
        duration = _finite(duration, source, "duration")
    agent = data.get("agent") or {}
    customer = data.get("customer") or {}
    return Call(
        call_id=data["call_id"],
        utterances=tuple(utterances),
        started_at=data.get("started_at"),
        agent=Party(agent.get("id"), agent.get("name")),
        customer=Party(customer.get("id"), customer.get("name")),
        duration=duration,
        speech=speech,
        metadata=dict(data.get("metadata") or {}),
    )


def load_call(path: str | Path) -> Call:
    """Read and validate one canonical call JSON file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CallFormatError(str(path), None, f"cannot be read as UTF-8 text ({e})") from e
    return call_from_dict(parse_json(text, str(path)), str(path))


def parse_json(text: str, source: str) -> Any:
    """``json.loads`` with every way it fails (bad syntax, nesting too deep, numbers with
    too many digits) as one :class:`CallFormatError` naming the file."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise CallFormatError(source, None, f"is not valid JSON: {e.msg} at line {e.lineno} column {e.colno}") from e
    except RecursionError as e:
        raise CallFormatError(source, None, "is nested too deeply to be a call; check the file is a transcript") from e
    except ValueError as e:  # an integer with more digits than Python converts (4300)
        raise CallFormatError(source, None, "holds a number with thousands of digits, which no call field can "
                              "have; check the file is a transcript") from e


def write_call(call: Call, path: str | Path) -> Path:
    """Write ``call`` as canonical JSON to ``path`` (parent folders are created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(call.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
