"""Negative language: agent phrases that shut the customer down ("I don't
know", "I can't", "there's nothing I can do", "calm down", "that's not my
department", "you have to", "it's our policy") and a bare "No" that refuses
without offering an alternative. Each hit suggests the positive alternative.
Not flagged: "no problem", "no worries", "I don't know if you've tried...",
and a "no" that answers a question and is followed by help."""

from __future__ import annotations

from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult, Evidence

LABEL = "Positive language"

DEFAULT_PHRASES = [
    {"phrase": "i don't know", "suggestion": "Let me find out for you."},
    {"phrase": "don't know", "suggestion": "Let me find out for you."},
    {"phrase": "i have no idea", "suggestion": "Let me find out for you."},
    {"phrase": "i'm not sure", "suggestion": "Let me check that for you."},
    {"phrase": "i can't", "suggestion": "What I can do is..."},
    {"phrase": "we can't", "suggestion": "What we can do is..."},
    {"phrase": "there's nothing i can do", "suggestion": "Here's what I can do..."},
    {"phrase": "there is nothing we can do", "suggestion": "Here's what we can do..."},
    {"phrase": "nothing i can do", "suggestion": "Here's what I can do..."},
    {"phrase": "calm down", "suggestion": "I understand how frustrating this is; let's sort it out together."},
    {"phrase": "not my department", "suggestion": "Let me connect you with the team that handles this."},
    {"phrase": "not my job", "suggestion": "Let me connect you with the person who can help."},
    {"phrase": "not my problem", "suggestion": "Let's see how we can fix this."},
    {"phrase": "you have to", "suggestion": "The quickest way is to... / Could you please..."},
    {"phrase": "you need to", "suggestion": "The quickest way is to... / Could you please..."},
    {"phrase": "it's our policy", "suggestion": "Explain the reason: 'To protect your account, we...'"},
    {"phrase": "it's company policy", "suggestion": "Explain the reason: 'To protect your account, we...'"},
    {"phrase": "it is our policy", "suggestion": "Explain the reason: 'To protect your account, we...'"},
    {"phrase": "that's our policy", "suggestion": "Explain the reason: 'To protect your account, we...'"},
    {"phrase": "that is our policy", "suggestion": "Explain the reason: 'To protect your account, we...'"},
    {"phrase": "against our policy", "suggestion": "Explain the reason: 'To protect your account, we...'"},
    {"phrase": "against company policy", "suggestion": "Explain the reason: 'To protect your account, we...'"},
    {"phrase": "that's the policy", "suggestion": "Explain the reason: 'To protect your account, we...'"},
    {"phrase": "you should have", "suggestion": "Next time, it helps to... For now, what I can do is..."},
]

PARAMS: dict[str, Any] = {
    "phrases": {
        "type": "array",
        "items": {
            "type": "object", "required": ["phrase", "suggestion"], "additionalProperties": False,
            "properties": {"phrase": {"type": "string", "minLength": 1}, "suggestion": {"type": "string"}},
        },
        "default": DEFAULT_PHRASES,
        "description": "Negative phrases to flag, each with the positive alternative to suggest. "
        "Contractions and spellings match alike ('don't' = 'do not' = 'dont').",
    },
    "exceptions": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["i don't know if", "i don't know whether", "i'm not sure if", "i'm not sure whether",
                    "i can't hear", "i can't see", "i can't wait", "i can't believe", "i can't thank",
                    "i can't imagine", "i can't stress"],
        "description": "Longer phrases that start like a negative phrase but are fine "
        "(a hedged question, 'I can't hear you').",
    },
    "flag_bare_no": {
        "type": "boolean", "default": True,
        "description": "Flag a bare 'No' that refuses without offering an alternative.",
    },
    "no_suggestion": {
        "type": "string", "default": "What I can do is...",
        "description": "The alternative suggested for a bare 'No'.",
    },
    "alternative_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["but i can", "what i can do", "i can", "we can", "let me", "instead", "however",
                    "i could", "we could", "you can", "you could", "i will", "i'll", "happy to",
                    "the good news", "alternatively", "what we can do", "i'd be glad"],
        "description": "Phrases that offer an alternative after a 'no' (in the same or the next agent turn).",
    },
    "max_hits": {
        "type": "integer", "minimum": 0, "default": 0,
        "description": "How many flagged phrases are tolerated before the criterion fails.",
    },
}

# a "no" followed by one of these is a determiner or a set phrase, not a refusal
_NO_COMPANIONS = {"problem", "problems", "worries", "worry", "issue", "issues", "trouble", "need", "rush",
                  "doubt", "matter", "way", "longer", "more", "charge", "charges", "fee", "fees", "one",
                  "big", "thanks", "thank", "hurry", "sweat", "pressure", "harm", "idea", "change"}
_CLOSING_OFFERS = ["anything else", "something else", "any other questions", "anything further"]
_FILLERS = {"uh", "um", "er", "ah", "well", "hmm", "oh"}
_REQUEST_OPENERS = [
    "can you", "could you", "would you", "will you", "can i", "could i", "may i", "can we", "could we",
    "is it possible", "i want", "i'd like", "i would like", "i need", "please", "why can't", "why can not",
]


def _bare_nos(ctx: CallContext, params: Mapping[str, Any]) -> list[Evidence]:
    hits = []
    agent = ctx.indices("agent")
    # "is there anything else I can help you with" closes the topic; it offers no alternative
    closing_offers = {m.utterance for m in ctx.find(_CLOSING_OFFERS, speaker="agent")}
    alternatives = {m.utterance: m for m in ctx.find(params["alternative_phrases"]) if m.utterance not in closing_offers}
    requests = {m.utterance for m in ctx.find(_REQUEST_OPENERS, speaker="customer")}
    position = {i: pos for pos, i in enumerate(agent)}
    # only agent turns with a "no" near their start can hold a bare refusal
    candidates = sorted({m.utterance for m in ctx.find(["no", "nope", "nah"], speaker="agent")})
    for i in candidates:
        pos = position[i]
        toks = [t for t in ctx.docs[i][:8] if not t.is_punct]
        k = 0
        while k < len(toks) and toks[k].norm_ in _FILLERS:
            if toks[k].norm_ == "oh":
                k = len(toks)  # "oh no" is sympathy, not a refusal
                break
            k += 1
        if k >= len(toks) or toks[k].norm_ not in ("no", "nope", "nah"):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.norm_ in _NO_COMPANIONS:
            continue
        # an alternative in the same or the next agent turn makes it a helpful "no"
        next_agent = agent[pos + 1] if pos + 1 < len(agent) else None
        if i in alternatives or (next_agent is not None and next_agent in alternatives):
            continue
        # a "no" that answers a factual question ("is there a fee?" - "no") refuses nothing
        prev_customer = next((j for j in range(i - 1, -1, -1) if ctx.utterances[j].speaker == "customer"), None)
        if prev_customer is not None and prev_customer not in requests and _is_question(ctx, prev_customer):
            continue
        hits.append(ctx.evidence(i, span=ctx.token_span(toks[k].i),
                                 note=f"bare 'No' without an alternative; try: \"{params['no_suggestion']}\""))
    return hits


_QUESTION_OPENERS = {"do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "will", "would",
                     "should", "shall", "am", "what", "when", "where", "which", "who", "why", "how"}


def _is_question(ctx: CallContext, i: int) -> bool:
    text = ctx.utterances[i].text.strip()
    if text.endswith("?"):
        return True
    toks = [t for t in ctx.docs[i] if not t.is_punct and t.norm_ not in _FILLERS]
    return bool(toks) and toks[0].norm_ in _QUESTION_OPENERS


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    suggestions = {p["phrase"]: p["suggestion"] for p in params["phrases"]}
    exceptions = ctx.find(params["exceptions"], speaker="agent")
    excepted = [(m.utterance, m.span.start, m.span.end) for m in exceptions]
    hits: list[Evidence] = []
    seen: set[tuple[int, int]] = set()
    for m in ctx.find(list(suggestions), speaker="agent"):
        key = (m.utterance, m.span.start)
        # overlapping phrases ("nothing i can do" inside "there's nothing i can do") count once
        if any(u == m.utterance and s <= m.span.start < e for u, s, e in excepted) or any(u == m.utterance and s <= m.span.start < s + 6 for u, s in seen):
            continue
        seen.add(key)
        hits.append(ctx.match_evidence(m, note=f"try: \"{suggestions[m.phrase]}\""))
    if params["flag_bare_no"]:
        hits.extend(_bare_nos(ctx, params))
    hits.sort(key=lambda e: (e.start, e.utterance))
    limit = params["max_hits"]
    quoted = ", ".join(f"\"{e.text}\"" for e in hits[:3]) + (" ..." if len(hits) > 3 else "")
    if len(hits) > limit:
        outcome = "fail"
        explanation = f"The agent used negative language {len(hits)} time(s) ({quoted}); at most {limit} allowed."
    elif hits:
        outcome = "pass"
        explanation = f"The agent used negative language {len(hits)} time(s) ({quoted}), within the {limit} allowed."
    else:
        outcome = "pass"
        explanation = "The agent used no negative phrases and no bare 'No'."
    return DetectorResult(outcome, explanation, tuple(hits), details={"hits": len(hits)})
