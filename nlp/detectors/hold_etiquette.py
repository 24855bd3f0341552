"""Hold etiquette: before a hold - any silence of 10 s or more while the
customer waits for the agent - the agent asks permission or announces it
("may I place you on a brief hold", "one moment") and says why ("while I
check your transactions", "let me look into that"); afterwards the agent
thanks the customer for waiting. N/A when there was no hold, or when the
customer caused the silence ("hold on, let me find my card"), or when the
agent had asked a question and was waiting for the answer."""

from __future__ import annotations

from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult
from nlp.timing import gaps, timeline

LABEL = "Hold etiquette"

ELEMENT_NAMES = {"announce": "asking permission or announcing the hold", "reason": "saying why",
                 "thanks": "thanking the customer for waiting"}

PARAMS: dict[str, Any] = {
    "min_silence_seconds": {
        "type": "number", "minimum": 1, "default": 10,
        "description": "A silence this long while the customer waits for the agent counts as a hold.",
    },
    "required": {
        "type": "array", "items": {"enum": list(ELEMENT_NAMES)}, "uniqueItems": True,
        "default": list(ELEMENT_NAMES),
        "description": "What each hold needs: announce (permission or announcement), reason, thanks.",
    },
    "before_seconds": {
        "type": "number", "minimum": 0, "default": 30,
        "description": "The announcement and reason count when said this many seconds before the silence.",
    },
    "after_seconds": {
        "type": "number", "minimum": 0, "default": 20,
        "description": "The thanks counts when said this many seconds after the silence.",
    },
    "announce_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["hold", "one moment", "one second", "one minute", "a moment", "a second", "a minute",
                    "bear with me", "just a sec", "give me", "please wait", "be right back", "be right with you",
                    "let me check", "let me look", "let me pull", "let me find", "let me see", "let me verify",
                    "let me review", "let me get", "let me just", "may i place you", "can i place you",
                    "may i put you", "can i put you", "would you mind", "do you mind", "is it okay if",
                    "is it alright if", "would it be okay", "okay if i"],
        "description": "Phrases that ask permission for or announce a hold.",
    },
    "reason_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["while i", "so i can", "so that i can", "because", "to check", "to look", "to pull",
                    "to find", "to verify", "to review", "to get", "to confirm", "to speak", "to see",
                    "let me check", "let me look", "let me pull", "let me find", "let me verify", "let me review",
                    "let me see", "let me get", "look into", "check on", "check with", "checking", "looking into",
                    "looking up", "pull up", "speak with", "talk to my", "ask my"],
        "description": "Phrases that say why the customer will wait.",
    },
    "thanks_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["thank you for holding", "thanks for holding", "thank you for waiting", "thanks for waiting",
                    "thank you for your patience", "thanks for your patience", "appreciate your patience",
                    "thank you for bearing with me", "thanks for bearing with me", "sorry for the wait",
                    "sorry to keep you waiting", "sorry for keeping you waiting", "sorry about the wait",
                    "thank you for the wait", "thanks for the wait", "appreciate you waiting",
                    "appreciate you holding"],
        "description": "Phrases that thank the customer for waiting.",
    },
    "customer_hold_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["hold on", "hang on", "one moment", "one second", "one sec", "just a second", "just a moment",
                    "just a sec", "give me a", "let me find", "let me get", "let me check", "let me look",
                    "let me grab", "wait a", "bear with me"],
        "description": "Customer phrases that mean the customer caused the silence.",
    },
}

_QUESTION_OPENERS = {"what", "which", "when", "where", "who", "whose", "why", "how", "can", "could", "would",
                     "will", "may", "do", "does", "did", "is", "are", "was", "were", "have", "has"}
_FILLERS = {"okay", "ok", "alright", "and", "so", "um", "uh", "uhm", "well", "oh", "now", "sure", "great", "right"}


def _asks(ctx: CallContext, i: int) -> bool:
    """True when utterance ``i`` asks the other side something."""
    if ctx.utterances[i].text.rstrip().endswith("?"):
        return True
    for tok in ctx.docs[i]:
        if tok.is_punct or tok.lower_ in _FILLERS:
            continue
        return tok.norm_ in _QUESTION_OPENERS
    return False


def find_holds(ctx: CallContext, params: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The holds in the call and the long silences that were not holds (with why)."""
    utts = ctx.utterances
    holds, excused = [], []
    announce = {}
    for m in ctx.find(params["announce_phrases"], speaker="agent"):
        announce.setdefault(m.utterance, m)
    customer_hold = {m.utterance: m for m in ctx.find(params["customer_hold_phrases"], speaker="customer")}
    for g0, g1 in gaps(timeline(ctx).union()):
        if g1 - g0 < params["min_silence_seconds"]:
            continue
        before = [i for i, u in enumerate(utts) if u.end <= g0 + 0.05]
        after = [i for i, u in enumerate(utts) if u.start >= g1 - 0.05]
        if not before or not after:
            continue
        last = max(before, key=lambda i: (utts[i].end, i))
        nxt = min(after, key=lambda i: (utts[i].start, i))
        last_customer = next((i for i in sorted(before, reverse=True) if utts[i].speaker == "customer"), None)
        silence = {"start": round(g0, 3), "end": round(g1, 3), "seconds": round(g1 - g0, 3),
                   "before": last, "after": nxt}
        # the customer asked to wait just before ("hold on, let me find it" - "sure, take your time")
        if last_customer is not None and last_customer in customer_hold and last_customer >= last - 1:
            excused.append(silence | {"why": "the customer asked to wait"})
        elif utts[last].speaker == "agent" and last not in announce and _asks(ctx, last):
            excused.append(silence | {"why": "the agent was waiting for the customer's answer"})
        elif utts[nxt].speaker == "customer" and utts[last].speaker == "customer":
            excused.append(silence | {"why": "the customer paused"})
        elif utts[nxt].speaker == "customer" and last not in announce:
            excused.append(silence | {"why": "the customer was expected to speak"})
        else:
            holds.append(silence)
    return holds, excused


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    holds, excused = find_holds(ctx, params)
    if not holds:
        why = f" ({len(excused)} long silence(s) were not the agent's: " + "; ".join(
            sorted({e["why"] for e in excused})) + ")" if excused else ""
        return DetectorResult("na", f"There was no hold{why}.", details={"holds": [], "not_holds": excused})
    utts = ctx.utterances
    agent = ctx.indices("agent")
    found: dict[str, dict[int, Any]] = {}
    for key, phrases in (("announce", params["announce_phrases"]), ("reason", params["reason_phrases"]),
                         ("thanks", params["thanks_phrases"])):
        found[key] = {}
        for m in ctx.find(phrases, speaker="agent"):
            found[key].setdefault(m.utterance, m)
    required = list(params["required"])
    evidence, failed = [], []
    for h in holds:
        pre = [a for a in agent if utts[a].end <= h["start"] + 0.05
               and utts[a].end >= h["start"] - params["before_seconds"]][-2:]
        post = [a for a in agent if utts[a].start >= h["end"] - 0.05
                and utts[a].start <= h["end"] + params["after_seconds"]][:2]
        got: dict[str, Any] = {}
        for key, where in (("announce", pre), ("reason", pre), ("thanks", post)):
            hit = next((found[key][a] for a in where if a in found[key]), None)
            if hit is not None:
                got[key] = hit
        missing = [k for k in required if k not in got]
        h.update({"found": sorted(got), "missing": missing})
        for key in ("announce", "reason", "thanks"):
            if key in got:
                evidence.append(ctx.match_evidence(got[key], ELEMENT_NAMES[key]))
        if missing:
            failed.append(h)
            anchor = pre[-1] if pre else h["before"]
            evidence.append(ctx.evidence(anchor, note=f"{h['seconds']:.0f} s hold from {h['start']:.1f} s; missing: "
                                         + ", ".join(ELEMENT_NAMES[k] for k in missing)))
    details = {"holds": holds, "not_holds": excused}
    if failed:
        h = failed[0]
        return DetectorResult(
            "fail",
            f"{len(failed)} of {len(holds)} hold(s) lacked etiquette; the {h['seconds']:.0f} s hold at "
            f"{h['start']:.1f} s was missing " + " and ".join(ELEMENT_NAMES[k] for k in h["missing"]) + ".",
            tuple(evidence), details=details,
        )
    return DetectorResult(
        "pass",
        f"Every hold ({len(holds)}) had " + ", ".join(ELEMENT_NAMES[k] for k in required) + ".",
        tuple(evidence), details=details,
    )
