"""Empathy: when the customer describes a problem or shows a negative emotion
(a problem cue such as "lost", "stolen", "charged twice", "not working",
"frustrated", or a clearly negative VADER score), the agent acknowledges it
within their next turns ("I'm sorry to hear that", "I understand how
frustrating...", "I can imagine", "that must be..."). Generic politeness
("sorry, could you repeat that") is not empathy. N/A when the customer never
needed it."""

from __future__ import annotations

from typing import Any, Mapping

from nlp.context import CallContext
from nlp.result import DetectorResult, Evidence

LABEL = "Empathy"

PARAMS: dict[str, Any] = {
    "problem_cues": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "lost", "lose my", "stolen", "was stole", "charged twice", "double charged", "overcharged",
            "charged me", "not working", "does not work", "did not work", "is broken", "broke", "stopped working",
            "frustrated", "frustrating", "upset", "angry", "annoyed", "disappointed", "worried", "concerned",
            "ridiculous", "unacceptable", "terrible", "awful", "fraud", "scam", "identity theft", "unauthorized",
            "do not recognize", "do not recognise", "never received", "did not receive", "have not received",
            "has not arrived", "never arrived", "never got", "not shown up", "never showed up", "still has not",
            "still have not", "still not", "locked out", "locking me out", "lock me out", "can not log in",
            "can not access", "declined", "a mistake", "an error", "is wrong", "was wrong", "the wrong",
            "dispute", "complaint", "a problem with", "an issue with", "having trouble", "having problems",
            "never stayed", "did not make", "did not authorize", "someone used", "someone opened",
            "waiting for weeks", "been waiting", "third time", "again and again", "keeps happening", "keeps",
            "keep getting", "even though", "was charged", "been charged", "got charged", "charged a", "no signal",
            "dropping", "keeps dropping", "outage", "got cancelled", "was cancelled", "nobody told me",
            "no one told me", "does not make sense", "makes no sense", "still waiting", "double what",
            "twice what", "too high", "so high", "higher than", "fed up", "unbelievable", "embarrassing",
            "nobody has", "no one has", "accident", "shaken", "injured", "emergency", "passed away", "hospital",
            "broken",
        ],
        "description": "Customer phrases that describe a problem or a negative emotion "
        "(matched on normalised words, so \"doesn't\" = \"does not\").",
    },
    "sentiment_threshold": {
        "type": "number", "minimum": -1, "maximum": 0, "default": -0.5,
        "description": "A customer turn with a VADER compound score at or below this also needs empathy.",
    },
    "empathy_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "sorry to hear", "so sorry", "very sorry", "really sorry", "terribly sorry", "truly sorry",
            "i am sorry about that", "sorry about that", "sorry for the trouble", "sorry for the inconvenience",
            "apologize for the inconvenience", "apologise for the inconvenience", "i apologize for",
            "i apologise for", "sorry that happened", "sorry that you", "i am sorry you", "i am sorry that",
            "understand how frustrating", "understand how you feel", "understand your frustration",
            "understand your concern", "i completely understand", "i totally understand", "i can understand",
            "i understand that must", "i understand how", "i can imagine", "can only imagine", "i can see why",
            "that must be", "that must have been", "must be frustrating", "must be stressful", "must be worrying",
            "sounds frustrating", "sounds stressful", "sounds awful", "how frustrating", "how stressful",
            "what a hassle", "oh no", "that is terrible", "that is awful", "that is not good",
            "i know how frustrating", "i know that is frustrating", "i hear you", "i would be upset too",
            "i would feel the same", "thank you for your patience with this", "let us get this sorted",
            "we will get this sorted", "i will make sure we fix", "do not worry", "no need to worry",
            "frustrating", "stressful", "worrying", "upsetting", "annoying", "inconvenient", "scary",
            "glad you are safe", "glad you are okay", "are you okay", "are you alright",
            "sorry", "i am sorry", "i apologize", "i apologise", "my apologies", "apologies",
        ],
        "description": "Agent phrases that acknowledge the customer's problem or feelings. A \"sorry\" "
        "that asks to repeat or excuses a wait (\"sorry, could you repeat that?\", \"sorry for the wait\") "
        "does not count.",
    },
    "within_agent_turns": {
        "type": "integer", "minimum": 1, "default": 2,
        "description": "The acknowledgement must come in this many agent turns after the customer's words.",
    },
    "max_missed": {
        "type": "integer", "minimum": 0, "default": 0,
        "description": "How many moments needing empathy may go unacknowledged before the criterion fails.",
    },
}


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    utts = ctx.utterances
    cues: dict[int, list] = {}
    for m in ctx.find(params["problem_cues"], speaker="customer"):
        cues.setdefault(m.utterance, []).append(m)
    triggers: list[tuple[int, str, Evidence]] = []
    for i in ctx.indices("customer"):
        if i in cues:
            m = cues[i][0]
            triggers.append((i, f"problem cue \"{m.text}\"", ctx.evidence(i, note=f"problem cue: \"{m.text}\"")))
        elif (score := ctx.sentiment(i)) <= params["sentiment_threshold"]:
            triggers.append((i, f"negative sentiment {score:+.2f}", ctx.evidence(i, note=f"negative sentiment ({score:+.2f})")))
    if not triggers:
        return DetectorResult("na", "The customer described no problem and showed no negative emotion, "
                              "so no empathy was needed.")

    acknowledgements: dict[int, object] = {}
    for m in ctx.find(params["empathy_phrases"], speaker="agent"):
        if m.utterance not in acknowledgements and not _polite_sorry(ctx, m):
            acknowledgements[m.utterance] = m
    agent = ctx.indices("agent")
    n_turns = params["within_agent_turns"]

    # moments that need empathy: a customer trigger and the ones that follow it
    # before its window of agent turns has passed are one moment
    moments: list[dict[str, Any]] = []
    for i, why, ev in triggers:
        if moments and i <= moments[-1]["window_end"]:
            moments[-1]["triggers"].append(ev)
            continue
        later = [a for a in agent if a > i][:n_turns]
        moments.append({"first": i, "why": why, "triggers": [ev], "window": later,
                        "window_end": later[-1] if later else len(utts)})
    missed, met, evidence = [], [], []
    for mo in moments:
        # an acknowledgement anywhere from the first trigger to the end of the window counts
        hit = next((acknowledgements[a] for a in sorted(acknowledgements)
                    if mo["first"] < a <= mo["window_end"]), None)
        evidence.append(mo["triggers"][0])
        if hit is not None:
            met.append(mo)
            evidence.append(ctx.match_evidence(hit, "empathy"))
        else:
            missed.append(mo)
            if mo["window"]:
                evidence.append(ctx.evidence(mo["window"][0], note="no acknowledgement of the customer's problem"))
    details = {"moments": len(moments), "acknowledged": len(met), "missed": len(missed),
               "triggers": [{"utterance": i, "why": why} for i, why, _ in triggers]}
    if len(missed) > params["max_missed"]:
        first = missed[0]
        quoted = utts[first["first"]].text
        return DetectorResult(
            "fail",
            f"The customer needed empathy {len(moments)} time(s) and the agent acknowledged {len(met)}; "
            f"e.g. \"{_short(quoted)}\" ({first['why']}) got no acknowledgement in the next {n_turns} agent turn(s).",
            tuple(evidence), details=details,
        )
    return DetectorResult(
        "pass",
        f"The agent acknowledged the customer's problem or feelings each time it was needed ({len(met)} of "
        f"{len(moments)}).",
        tuple(evidence), details=details,
    )


# a "sorry" followed by these is politeness, not empathy ("sorry, could you repeat that?")
_POLITE_NEXT = {"could", "can", "would", "will", "what", "say", "pardon", "when", "where", "who", "which", "is",
                "go", "excuse", "one", "hold", "wait", "to", "come", "repeat", "did", "again"}
_POLITE_NEXT2 = {("i", "did"), ("i", "missed"), ("i", "can"), ("i", "could"), ("i", "was"), ("i", "meant"),
                 ("i", "do"), ("i", "mean"), ("you", "cut"), ("you", "broke")}
_BARE_SORRY = {"sorry", "i am sorry", "i apologize", "i apologise", "my apologies", "apologies"}


def _polite_sorry(ctx: CallContext, m) -> bool:
    """True when a bare "sorry" asks to repeat, corrects the agent or excuses a wait."""
    if m.phrase not in _BARE_SORRY:
        return False
    nxt = [t.norm_ for t in m.span.doc[m.span.end : m.span.end + 4]
           if ctx.utterance_of_token(t.i) == m.utterance and not t.is_punct][:2]
    if nxt and nxt[0] in ("for", "about"):
        # "sorry for the wait" excuses the agent; "sorry about the delay with your refund" is empathy
        rest = [t.norm_ for t in m.span.doc[m.span.end : m.span.end + 5] if ctx.utterance_of_token(t.i) == m.utterance]
        return any(w in ("wait", "waiting", "hold", "holding", "keeping", "interrupting") for w in rest)
    return bool(nxt) and (nxt[0] in _POLITE_NEXT or tuple(nxt) in _POLITE_NEXT2)


def _short(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"
