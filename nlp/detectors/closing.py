"""Closing: near the end of the call the agent offers further help ("is there
anything else I can help you with?") and thanks the customer or says goodbye."""

from __future__ import annotations

from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult, Evidence

LABEL = "Closing"

ELEMENT_NAMES = {"further_help": "an offer of further help", "farewell": "thanks or a goodbye"}

PARAMS: dict[str, Any] = {
    "window_seconds": {
        "type": "number", "minimum": 1, "default": 60,
        "description": "How many seconds before the end of the call count as the closing.",
    },
    "last_turns": {
        "type": "integer", "minimum": 1, "default": 4,
        "description": "The agent's last turns always count as the closing, however long they take.",
    },
    "required": {
        "type": "array", "items": {"enum": list(ELEMENT_NAMES)}, "uniqueItems": True,
        "default": list(ELEMENT_NAMES),
        "description": "Elements the closing must contain: further_help, farewell.",
    },
    "further_help_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["anything else", "something else", "any other questions", "any other question",
                    "anything further", "any further questions", "any other way", "anything more",
                    "other thing i can", "help you with anything", "any more questions"],
        "description": "Phrases that offer further help.",
    },
    "farewell_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["thank you", "thanks", "goodbye", "good bye", "bye", "have a great", "have a good",
                    "have a nice", "have a wonderful", "have a lovely", "take care", "appreciate your call",
                    "enjoy your", "good night"],
        "description": "Phrases that thank the customer or say goodbye.",
    },
}


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    agent = ctx.indices("agent")
    if not agent:
        return DetectorResult("fail", "The agent never spoke, so there was no closing.")
    end = ctx.call.end_time
    idx = set(agent[-params["last_turns"] :]) | {
        i for i in agent if ctx.utterances[i].start >= end - params["window_seconds"]
    }
    if len(agent) > 1:
        idx.discard(agent[0])  # the opening's "thank you for calling" is not a farewell
    found: dict[str, Evidence] = {}
    for key, phrases, note in (
        ("further_help", params["further_help_phrases"], "offer of further help"),
        ("farewell", params["farewell_phrases"], "thanks / goodbye"),
    ):
        hits = [m for m in ctx.find(phrases, speaker="agent") if m.utterance in idx]
        if hits:
            found[key] = ctx.match_evidence(hits[-1] if key == "farewell" else hits[0], note)
    required = list(params["required"])
    missing = [e for e in required if e not in found]
    evidence = [found[k] for k in ELEMENT_NAMES if k in found]
    if missing:
        evidence.append(ctx.evidence(agent[-1], note="missing: " + ", ".join(ELEMENT_NAMES[m] for m in missing)))
        explanation = "The agent's closing lacked " + " and ".join(ELEMENT_NAMES[m] for m in missing) + "."
        outcome = "fail"
    else:
        explanation = "The agent closed with " + " and ".join(ELEMENT_NAMES[k] for k in required) + "."
        outcome = "pass"
    return DetectorResult(outcome, explanation, tuple(evidence), details={"found": sorted(found), "missing": missing})
