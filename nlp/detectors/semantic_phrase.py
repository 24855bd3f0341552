"""Semantic phrase: a criterion an author writes without code. They list
example sentences of a behaviour ("I can call you back at a time that suits
you", "can you confirm your date of birth", "this call is recorded for
training purposes"), who says it, how close a sentence must be and,
optionally, a time window (the first or last N seconds of the call). A
sentence of that speaker close enough to one example is a match; with
``match_means: pass`` (a required behaviour) the criterion passes when at least
``min_matches`` sentences match, with ``match_means: fail`` (a forbidden
behaviour) it fails then. Each match is quoted with the example it matched and
its similarity. With a sentence-embedding model, closeness is the cosine
similarity (``threshold``); without one, the share of an example's content
words found in the sentence (``lemma_threshold``), and the result says so."""

from __future__ import annotations

from typing import Any, Mapping

from nlp import semantic
from nlp.context import CallContext
from nlp.result import DetectorResult

LABEL = "Custom behaviour (example sentences)"

SPEAKERS = ("agent", "customer", "any")

PARAMS: dict[str, Any] = {
    "examples": {
        "type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1,
        "description": "Example sentences of the behaviour, in the words people use on calls "
        "(\"I can call you back at a time that suits you\"). Several varied examples match better than one.",
    },
    "speaker": {
        "type": "string", "enum": list(SPEAKERS), "default": "agent",
        "description": "Whose sentences are searched: agent, customer or any.",
    },
    "threshold": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.6,
        "description": "With an embedding model: the cosine similarity to an example that makes a match.",
    },
    "lemma_threshold": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.6,
        "description": "Without an embedding model: the share of an example's content words (lemmas) a "
        "sentence must contain to match.",
    },
    "first_seconds": {
        "type": "number", "minimum": 0, "default": 0,
        "description": "Only sentences starting within this many seconds of the call's first utterance "
        "(0: no limit). E.g. 30 for a disclosure read at the start.",
    },
    "last_seconds": {
        "type": "number", "minimum": 0, "default": 0,
        "description": "Only sentences starting within this many seconds of the end of the call's last "
        "utterance (0: no limit). With first_seconds, a sentence in either window counts.",
    },
    "min_matches": {
        "type": "integer", "minimum": 1, "default": 1,
        "description": "How many matching sentences make the behaviour present.",
    },
    "match_means": {
        "type": "string", "enum": ["pass", "fail"], "default": "pass",
        "description": "pass: a required behaviour (present = pass, absent = fail); fail: a forbidden one "
        "(present = fail, absent = pass).",
    },
}

REQUIRED = ("examples",)
MAX_QUOTED = 5  # matches quoted in the evidence (all are counted and listed in details)


def _window(ctx: CallContext, params: Mapping[str, Any]) -> tuple[str, Any]:
    """(description, predicate on a start time) of the configured time window."""
    utts = ctx.utterances
    first, last = params["first_seconds"], params["last_seconds"]
    if not utts or (not first and not last):
        return "", lambda t: True
    begin = min(u.start for u in utts)
    end = max(u.end for u in utts)
    parts = []
    if first:
        parts.append(f"the first {first:g} s")
    if last:
        parts.append(f"the last {last:g} s")

    def inside(t: float) -> bool:
        return bool((first and t <= begin + first) or (last and t >= end - last))

    return " or ".join(parts), inside


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    examples = list(params["examples"])
    speaker = None if params["speaker"] == "any" else params["speaker"]
    method = semantic.method_of(ctx)
    matches = semantic.match_examples(ctx, examples, threshold=params["threshold"],
                                      lemma_threshold=params["lemma_threshold"], speaker=speaker)
    where, inside = _window(ctx, params)
    evidence, listed = [], []
    for m in matches:
        ev = ctx.segment_evidence(m.segment, semantic.match_note(m, examples))
        if not inside(ev.start):
            continue
        listed.append({"utterance": m.segment.utterance, "text": m.segment.text, "example": examples[m.example],
                       "score": round(m.score, 3), "start": round(ev.start, 3)})
        evidence.append(ev)
    listed_best = sorted(range(len(listed)), key=lambda k: -listed[k]["score"])[:MAX_QUOTED]
    evidence = [evidence[k] for k in sorted(listed_best)]
    present = len(listed) >= params["min_matches"]
    required = params["match_means"] == "pass"
    outcome = "pass" if present == required else "fail"
    who = {"agent": "the agent", "customer": "the customer", "any": "anyone"}[params["speaker"]]
    scope = f" in {where}" if where else ""
    how = ("by sentence similarity" if method == semantic.EMBEDDINGS
           else "by lemma overlap, since no embedding model is configured")
    details = {"method": method, "matches": listed, "min_matches": params["min_matches"],
               "match_means": params["match_means"], "window": where or None}
    if listed:
        best = listed[listed_best[0]]
        kind = "similarity" if method == semantic.EMBEDDINGS else "lemma overlap"
        said = (f"{who.capitalize()} said it {len(listed)} time(s){scope}, e.g. \"{best['text']}\" "
                f"(like \"{best['example']}\", {kind} {best['score']:.2f})")
    else:
        said = f"No sentence of {who}{scope} matched the examples"
    need = f"{params['min_matches']} needed" if present or listed else ""
    verdict = {("pass", True): "the required behaviour is present",
               ("pass", False): "the required behaviour is missing" + (f" ({need})" if need else ""),
               ("fail", True): "the forbidden behaviour is present",
               ("fail", False): "the forbidden behaviour is absent" + (f" ({need} to count)" if need else "")}
    return DetectorResult(outcome, f"{said}: {verdict[(params['match_means'], present)]} (matched {how}).",
                          tuple(evidence), details=details)
