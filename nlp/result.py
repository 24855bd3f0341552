"""What a detector returns: an outcome, the evidence behind it and one sentence
that explains it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Outcome = Literal["pass", "fail", "na"]
OUTCOMES: tuple[str, ...] = ("pass", "fail", "na")


@dataclass(frozen=True)
class Evidence:
    utterance: int  # index into call.utterances
    speaker: str  # "agent" or "customer"
    start: float  # seconds from the start of the call
    end: float  # seconds from the start of the call
    text: str  # the quoted words
    note: str = ""  # what this piece of evidence shows ("missing: company name", a suggestion...)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "utterance": self.utterance,
            "speaker": self.speaker,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "text": self.text,
        }
        if self.note:
            d["note"] = self.note
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Evidence":
        """The inverse of :meth:`to_dict` (stored evaluations)."""
        return cls(
            utterance=int(data["utterance"]), speaker=str(data["speaker"]), start=float(data["start"]),
            end=float(data["end"]), text=str(data.get("text", "")), note=str(data.get("note", "")),
        )


@dataclass(frozen=True)
class DetectorResult:
    outcome: str  # one of OUTCOMES
    explanation: str  # one sentence, in the trainer's words
    evidence: tuple[Evidence, ...] = ()
    # structured, detector-specific facts (elements found, events, counts...)
    details: dict[str, Any] = field(default_factory=dict)
    # metrics this detector contributes to the evaluation's "metrics" object
    metrics: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}, got {self.outcome!r}")
