"""Transfer: when the agent transfers the call ("let me transfer you", "I'll
connect you with..."), they say where and to whom ("to our fraud
department", "to a mortgage specialist") and why ("because they handle
identity theft", "they can reverse the charge"). Moving money between
accounts is not a call transfer. N/A when the call was not transferred."""

from __future__ import annotations

from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult
from nlp.words import lemma

LABEL = "Transfer"

ELEMENT_NAMES = {"where": "where and to whom", "why": "why"}

PARAMS: dict[str, Any] = {
    "transfer_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["transfer you", "transferring you", "transfer your call", "transferring your call",
                    "put you through", "putting you through", "connect you", "connecting you", "patch you through",
                    "send you over", "forward your call", "forwarding your call", "route your call",
                    "hand you over", "pass you over", "pass you on", "bring in my", "conference in"],
        "description": "Phrases with which the agent transfers the call.",
    },
    "required": {
        "type": "array", "items": {"enum": list(ELEMENT_NAMES)}, "uniqueItems": True,
        "default": list(ELEMENT_NAMES),
        "description": "What each transfer must say: where (the team or person), why (the reason).",
    },
    "destination_words": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["department", "team", "specialist", "colleague", "supervisor", "manager", "desk", "unit",
                    "agent", "representative", "advisor", "adviser", "expert", "group", "line", "services",
                    "service", "center", "centre", "office", "branch", "division", "lead", "banker", "officer"],
        "description": "Words that name where the call goes (\"our fraud department\", \"a specialist\").",
    },
    "reason_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["because", "since they", "as they", "they can", "they will", "they handle", "who can",
                    "he can", "he will", "she can", "she will", "who is able", "so he can", "so she can",
                    "who will", "who handles", "that handles", "who deal", "they deal", "who specialize",
                    "they specialize", "so they can", "can help you with", "will be able", "are able to",
                    "best placed", "better able", "handle", "the right people", "the right team", "in order to",
                    "so that"],
        "description": "Phrases that say why the call is being transferred.",
    },
    "context_turns": {
        "type": "integer", "minimum": 0, "default": 1,
        "description": "Where and why may also be said in this many agent turns before or after the transfer.",
    },
}


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    transfers = ctx.find(params["transfer_phrases"], speaker="agent")
    if not transfers:
        return DetectorResult("na", "The call was not transferred.")
    dest = set(params["destination_words"])
    reasons = {}
    for m in ctx.find(params["reason_phrases"], speaker="agent"):
        reasons.setdefault(m.utterance, m)
    agent = ctx.indices("agent")
    required = list(params["required"])
    doc = ctx.doc
    k = params["context_turns"]
    covered: set[int] = set()
    evidence, items = [], []
    for m in transfers:
        if m.utterance in covered:
            continue  # another mention of a transfer already being judged
        pos = agent.index(m.utterance)
        nearby = agent[max(0, pos - k) : pos + k + 2]
        covered.update(a for a in agent[pos : pos + k + 2])
        got: dict[str, Any] = {}
        # where: "to/with <...> <destination word or a name>" after the transfer phrase
        after = [t for t in doc[m.span.end : min(len(doc), m.span.end + 10)]
                 if ctx.utterance_of_token(t.i) == m.utterance]
        for n, tok in enumerate(after):
            if tok.lower_ in ("to", "with", "over", "through") and n + 1 < len(after):
                rest = after[n + 1 : n + 6]
                hit = next((t for t in rest if t.lower_ in dest or lemma(t.lower_) in dest), None)
                if hit is not None:
                    got["where"] = doc[tok.i : hit.i + 1]
                    break
        if "where" not in got:
            # "...handled by our underwriting team, so I'll transfer you to them"
            for a in [m.utterance] + [a for a in nearby if a != m.utterance]:
                hit = next((t for t in ctx.docs[a] if t.lower_ in dest), None)
                if hit is not None:
                    got["where"] = ctx.token_span(hit.i)
                    break
        why = next((reasons[a] for a in nearby if a in reasons), None)
        if why is not None:
            got["why"] = why
        missing = [k2 for k2 in required if k2 not in got]
        items.append({"utterance": m.utterance, "phrase": m.text,
                      "where": got["where"].text if "where" in got else None,
                      "why": got["why"].text if "why" in got else None, "missing": missing})
        evidence.append(ctx.evidence(m.utterance, note="transfer" + (
            "; missing: " + ", ".join(ELEMENT_NAMES[k2] for k2 in missing) if missing else "")))
        if "why" in got and got["why"].utterance != m.utterance:
            evidence.append(ctx.match_evidence(got["why"], "reason for the transfer"))
    details = {"transfers": items}
    bad = [it for it in items if it["missing"]]
    if bad:
        return DetectorResult(
            "fail",
            f"{len(bad)} of {len(items)} transfer(s) did not say " + " and ".join(
                ELEMENT_NAMES[k] for k in bad[0]["missing"]) + f": \"{ctx.utterances[bad[0]['utterance']].text}\".",
            tuple(evidence), details=details,
        )
    it = items[0]
    return DetectorResult(
        "pass",
        f"The agent said where ({it['where']}) and why ({it['why']}) before transferring.",
        tuple(evidence), details=details,
    )
