"""Personalization: the agent addresses the customer by name. The name comes
from the call's customer record or from the customer introducing themselves
("my name is Mary Smith", "this is John"); the first or last name counts,
but not inside the agent's own introduction (an agent called Linda talking
to a customer called Linda). N/A when the customer's name is unknown."""

from __future__ import annotations

import re
from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult

LABEL = "Personalization"

PARAMS: dict[str, Any] = {
    "min_uses": {
        "type": "integer", "minimum": 1, "default": 1,
        "description": "How many times the agent must use the customer's name.",
    },
    "intro_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["my name is", "my name's", "name is", "this is", "it is", "it's", "i am", "the name is"],
        "description": "Phrases with which customers introduce themselves; the one or two words after "
        "them are taken as the name.",
    },
}

# words that follow "this is" / "i'm" without being a name
_NOT_NAMES = {
    "a", "an", "the", "my", "your", "our", "is", "and", "how", "today", "have", "i", "it", "me", "calling", "sorry",
    "here", "so", "um", "uh", "uhm", "just", "very", "really", "not", "going", "happy", "glad", "speaking", "with",
    "to", "about", "for", "regarding", "in", "on", "at", "that", "this", "doing", "good", "great", "fine", "well",
    "okay", "ok", "sure", "yes", "yeah", "hello", "hi", "trying", "looking", "wondering", "still", "also", "having",
    "the", "actually", "frustrated", "upset", "ridiculous", "crazy", "urgent", "important", "weird", "strange",
    "concerned", "worried", "confused", "new", "calling", "phoning", "ringing", "back", "again", "from", "of",
    "gonna", "going", "interested", "wanting", "hoping", "needing", "done", "ready", "sure", "afraid", "was", "be",
    "what", "why", "where", "when", "who", "which", "correct", "right", "wrong", "true", "him", "her", "she", "he",
}
# introductions that only count at the start of the customer's turn ("Hi, it's Mark")
_WEAK_INTROS = {"this is", "it is", "it's", "i am"}
_OPENERS = {"hi", "hello", "hey", "yes", "yeah", "oh", "um", "uh", "uhm", "good", "morning", "afternoon", "evening",
            "well", "so", "okay", "ok", "there"}
_FILLERS = {"uh", "um", "uhm", "er", "erm", "ah"}
_AGENT_INTRO = {"is", "am", "'m", "name", "this"}  # a name right after these is the agent introducing themself


def customer_name(ctx: CallContext, params: Mapping[str, Any] | None = None) -> str | None:
    """The customer's name: the call's customer record, else their first self-introduction
    (computed once per call and list of introduction phrases)."""
    if ctx.call.customer.name:
        return ctx.call.customer.name.strip() or None
    phrases = tuple((params or {}).get("intro_phrases") or PARAMS["intro_phrases"]["default"])
    cache = ctx.__dict__.setdefault("_customer_name", {})
    if phrases not in cache:
        cache[phrases] = _introduced_name(ctx, phrases)
    return cache[phrases]


def _introduced_name(ctx: CallContext, phrases: tuple[str, ...]) -> str | None:
    from nlp.sentiment import get_analyzer

    lexicon = get_analyzer().lexicon  # sentiment words ("frustrated") are not names
    for m in ctx.find(phrases, speaker="customer"):
        if m.phrase in _WEAK_INTROS and sum(
                1 for t in ctx.doc[ctx.docs[m.utterance].start : m.span.start]
                if not (t.is_punct or t.lower_ in _OPENERS)) > 1:
            # "i think it's identity theft": only an opening "hi (Leo), it's Mark" introduces
            continue
        follow = [t for t in m.span.doc[m.span.end : m.span.end + 4]
                  if ctx.utterance_of_token(t.i) == m.utterance and t.lower_ not in _FILLERS]
        if not follow and m.span.end >= ctx.docs[m.utterance].end:
            # "hi my name is" | "patricia rodriguez": the name is the customer's next utterance
            nxt = next((i for i in range(m.utterance + 1, len(ctx.utterances))
                        if ctx.utterances[i].speaker == "customer"), None)
            follow = [t for t in ctx.docs[nxt] if t.lower_ not in _FILLERS] if nxt is not None else []
        words = []
        weak = m.phrase in _WEAK_INTROS
        for tok in follow[:2]:
            # after "my name is" anything but a function word is a name (Grace, Joy, Hope...);
            # after "it's" / "this is" a sentiment word is not ("this is ridiculous")
            if not tok.is_alpha or tok.lower_ in _NOT_NAMES or tok.is_stop or (
                    weak and (tok.lower_ in lexicon or tok.lower_.endswith("ing"))):  # "i'm buying a house"
                break
            words.append(tok.text)
        if words:
            return " ".join(words)
    return None


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    name = customer_name(ctx, params)
    if not name:
        return DetectorResult("na", "The customer's name is not known (not in the call record and the "
                              "customer did not introduce themselves).")
    parts = {p.lower().strip(".,") for p in name.split() if len(p.strip(".,")) > 1}
    uses = []
    # a word scan of the agent's text: cheaper than walking tokens, and a customer's
    # name is not worth compiling a phrase matcher for
    pattern = re.compile(r"\b(?:(\S+)\s+)?(" + "|".join(re.escape(p) for p in sorted(parts)) + r")\b", re.I)
    for i in ctx.indices("agent"):
        text = ctx.utterances[i].text
        for hit in pattern.finditer(text):
            before = (hit.group(1) or "").lower().strip(",.")
            if before in _AGENT_INTRO or before.endswith("'m"):
                continue  # "my name is Linda", "this is Linda": the agent's own name
            span = ctx.docs[i].char_span(hit.start(2), hit.end(2), alignment_mode="expand")
            uses.append(ctx.evidence(i, span=span, note="the customer's name"))
            break
    details = {"name": name, "uses": len(uses)}
    if len(uses) >= params["min_uses"]:
        return DetectorResult("pass", f"The agent addressed the customer by name ({name}) {len(uses)} time(s).",
                              tuple(uses), details=details)
    return DetectorResult(
        "fail",
        f"The agent never addressed the customer by name ({name})"
        + (f"; {len(uses)} of {params['min_uses']} required." if uses else "."),
        tuple(uses), details=details,
    )
