"""Greeting: within the first seconds of the agent's speech, the agent says a
salutation, names the company, gives their own name and offers to help.
Which of the four elements are required is a parameter; the evidence shows
the words that were found and names the elements that were missing."""

from __future__ import annotations

from typing import Any, Mapping

from nlp.context import CallContext, Match
from nlp.result import DetectorResult, Evidence

LABEL = "Greeting"

ELEMENTS = ("salutation", "company", "agent_name", "offer_help")
ELEMENT_NAMES = {
    "salutation": "a salutation",
    "company": "the company name",
    "agent_name": "the agent's own name",
    "offer_help": "an offer to help",
}

PARAMS: dict[str, Any] = {
    "window_seconds": {
        "type": "number", "minimum": 1, "default": 30,
        "description": "How many seconds from the agent's first words count as the greeting.",
    },
    "required": {
        "type": "array", "items": {"enum": list(ELEMENTS)}, "uniqueItems": True,
        "default": list(ELEMENTS),
        "description": "Elements the greeting must contain: salutation, company, agent_name, offer_help.",
    },
    "company_names": {
        "type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
        "description": "The company's names as agents say them. Empty: any self-identification "
        "('thank you for calling X', 'you've reached X', 'this is X bank') counts.",
    },
    "salutations": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["hello", "hi", "hey", "good morning", "good afternoon", "good evening",
                    "welcome", "thank you for calling", "thanks for calling", "greetings"],
        "description": "Phrases that count as a salutation.",
    },
    "offer_help_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["how can i help", "how may i help", "how can i assist", "how may i assist",
                    "what can i do for you", "how can i be of help", "how can i be of assistance",
                    "how can we help", "how may we help", "what can i help you with",
                    "how can i direct your call", "how are you doing today how can", "help you today",
                    "how can i make your day"],
        "description": "Phrases that offer help.",
    },
}

# "thank you for calling X" / "you've reached X" / "welcome to X" name the company
_SELF_ID_PREFIXES = ["thank you for calling", "thanks for calling", "you have reached", "you've reached",
                     "welcome to", "calling from", "from", "this is", "you are speaking with", "you're speaking with",
                     "you are speaking to", "you're speaking to", "you've called", "you have called"]
_ORG_WORDS = {"bank", "company", "inc", "ltd", "llc", "support", "services", "service", "insurance", "airlines",
              "airline", "airways", "telecom", "telecoms", "credit", "union", "energy", "mobile", "financial",
              "team", "department", "desk", "center", "centre", "group", "store", "stores", "shop", "corp",
              "corporation", "helpline", "care", "pharmacy", "travel", "travels", "electric", "electricity", "gas",
              "water", "utilities", "billing", "clinic", "hospital", "medical", "dental", "health", "healthcare",
              "hotel", "hotels", "motors", "auto", "broadband", "communications", "wireless", "cable",
              "logistics", "delivery", "express", "rentals", "solutions", "systems", "software", "savings",
              "loans", "mortgage", "mortgages", "finance", "capital", "investments", "realty", "internet",
              "networks", "power", "foods", "market", "online", "direct", "assurance", "lending"}
_NOT_NAMES = {"the", "a", "an", "your", "my", "our", "is", "and", "how", "today", "have", "i", "it", "me",
              "calling", "sorry", "here", "so", "um", "uh", "just", "very", "not", "going", "happy", "glad",
              "speaking", "with", "to", "customer", "agent", "representative", "name", "that", "this",
              "doing", "good", "great", "fine", "well", "okay", "ok", "sure", "yes", "yeah", "hello", "hi"}
_HONORIFICS = {"mr", "mrs", "miss", "ms", "mister", "dr"}
_NAME_PREFIXES = ["my name is", "my name's", "name is", "this is", "i am", "i'm", "you are speaking with",
                  "you're speaking with", "you are speaking to", "you're speaking to", "it's", "speaking with"]


def _following(ctx: CallContext, m: Match, n: int) -> list:
    """Up to ``n`` tokens after the match in the same utterance, stopping at punctuation."""
    doc = m.span.doc
    out = []
    for tok in doc[m.span.end : min(len(doc), m.span.end + n)]:
        if ctx.utterance_of_token(tok.i) != m.utterance or tok.is_punct:
            break
        out.append(tok)
    return out


def _named_after_salutation(ctx: CallContext, idx: set[int], params: Mapping[str, Any]) -> Evidence | None:
    """'Hello, Zenith Telecom, Maria speaking': a company named straight after the
    salutation, recognised by title case (up to the next comma) or an organisation word."""
    for m in ctx.find(params["salutations"], speaker="agent"):
        if m.utterance not in idx:
            continue
        doc = m.span.doc
        k = m.span.end
        while k < len(doc) and doc[k].is_punct and ctx.utterance_of_token(k) == m.utterance:
            k += 1
        words = _following(ctx, Match(m.utterance, doc, m.span.start, k, m.phrase), 5)
        if not words:
            continue
        titled = []
        for t in words:
            if not (t.is_title or t.norm_ in ("of", "and", "&")) or t.norm_ in _NOT_NAMES:
                break
            titled.append(t)
        org_at = next((n for n, t in enumerate(words) if t.norm_ in _ORG_WORDS), None)
        if org_at is not None and all(t.norm_ not in _NOT_NAMES for t in words[: org_at + 1]):
            end = words[org_at]
        elif titled and not (len(titled) == 1 and k + 1 < len(doc) and doc[titled[-1].i + 1].norm_ == "speaking"):
            end = titled[-1]
        else:
            continue
        return ctx.evidence(m.utterance, span=doc[words[0].i : end.i + 1], note="company name")
    return None


def _company(ctx: CallContext, idx: set[int], params: Mapping[str, Any]) -> Evidence | None:
    names = params["company_names"]
    if names:
        for m in ctx.find(names, attr="LOWER", speaker="agent"):
            if m.utterance in idx:
                return ctx.match_evidence(m, "company name")
        return None
    after_salutation = _named_after_salutation(ctx, idx, params)
    if after_salutation is not None:
        return after_salutation
    for m in ctx.find(_SELF_ID_PREFIXES, speaker="agent"):
        if m.utterance not in idx:
            continue
        after = _following(ctx, m, 6)
        words = [t for t in after if t.is_alpha]
        if not words or words[0].norm_ in _NOT_NAMES - {"the"}:
            continue
        is_this_is = m.phrase in ("this is", "from")
        org_at = next((k for k, t in enumerate(words) if t.norm_ in _ORG_WORDS), None)
        if is_this_is and org_at is None:
            continue  # "this is Anna" is a name, not a company
        end_tok = words[org_at] if org_at is not None else words[min(len(words), 3) - 1]
        span = m.span.doc[m.span.start : end_tok.i + 1]
        return ctx.evidence(m.utterance, span=span, note="company name")
    return None


def _speaking(ctx: CallContext, idx: set[int]) -> Evidence | None:
    """'Maria speaking' / 'Sam speaking': a name right before 'speaking'."""
    for m in ctx.find(["speaking"], speaker="agent"):
        if m.utterance not in idx or m.span.start == 0:
            continue
        prev = m.span.doc[m.span.start - 1]
        if ctx.utterance_of_token(prev.i) == m.utterance and prev.is_alpha and prev.norm_ not in _NOT_NAMES \
                and prev.norm_ not in _ORG_WORDS:
            return ctx.evidence(m.utterance, span=m.span.doc[prev.i : m.span.end], note="agent's name")
    return None


def _agent_name(ctx: CallContext, idx: set[int]) -> Evidence | None:
    known = (ctx.call.agent.name or "").split()
    if known:
        first = known[0].lower()
        for i in sorted(idx):
            for tok in ctx.docs[i]:
                if tok.lower_ == first:
                    return ctx.evidence(i, span=ctx.token_span(tok.i), note="agent's name")
    for m in ctx.find(_NAME_PREFIXES, speaker="agent"):
        if m.utterance not in idx:
            continue
        after = _following(ctx, m, 5)
        if not after or not after[0].is_alpha or after[0].norm_ in _NOT_NAMES:
            continue
        if after[0].norm_ in _HONORIFICS and len(after) > 1:
            after = after[1:]  # "this is miss jane"
        upto = next((k for k, t in enumerate(after) if t.norm_ in ("from", "at", "with", "and")), len(after))
        if any(t.norm_ in _ORG_WORDS for t in after[:upto]) or after[0].norm_ in _NOT_NAMES:
            continue  # "this is Harper Valley Bank" names the company
        if m.phrase in ("i am", "i'm", "it's") and not (after[0].text[:1].isupper() or known):
            # "i'm happy to..." is not a name; in lower-case transcripts only explicit
            # introductions count
            continue
        span = m.span.doc[m.span.start : after[0].i + 1]
        return ctx.evidence(m.utterance, span=span, note="agent's name")
    return _speaking(ctx, idx)


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    agent = ctx.indices("agent")
    if not agent:
        return DetectorResult("fail", "The agent never spoke, so there was no greeting.")
    first = ctx.utterances[agent[0]].start
    idx = {i for i in agent if ctx.utterances[i].start <= first + params["window_seconds"]}
    found: dict[str, Evidence] = {}
    for m in ctx.find(params["salutations"], speaker="agent"):
        if m.utterance in idx:
            found["salutation"] = ctx.match_evidence(m, "salutation")
            break
    company = _company(ctx, idx, params)
    if company:
        found["company"] = company
    name = _agent_name(ctx, idx)
    if name:
        found["agent_name"] = name
    for m in ctx.find(params["offer_help_phrases"], speaker="agent"):
        if m.utterance in idx:
            found["offer_help"] = ctx.match_evidence(m, "offer to help")
            break

    required = list(params["required"])
    missing = [e for e in required if e not in found]
    evidence = [found[e] for e in ELEMENTS if e in found]
    window = f"the first {params['window_seconds']:g} s of the agent's speech"
    if missing:
        opening = ctx.evidence(agent[0], note="missing: " + ", ".join(ELEMENT_NAMES[e] for e in missing))
        evidence.append(opening)
        have = [ELEMENT_NAMES[e] for e in ELEMENTS if e in found]
        explanation = (
            f"The greeting in {window} lacked {_join([ELEMENT_NAMES[e] for e in missing])}"
            + (f" (it had {_join(have)})." if have else "; none of the elements was found.")
        )
        outcome = "fail"
    else:
        explanation = f"The agent's greeting in {window} had {_join([ELEMENT_NAMES[e] for e in required])}."
        outcome = "pass"
    return DetectorResult(
        outcome, explanation, tuple(evidence),
        details={"found": sorted(found), "missing": missing, "required": required},
    )


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
