"""Coaching tips in the call's own words.

A criterion's ``coaching`` text may name placeholders that are filled from
what the criterion found in the call (its evidence and details) when it
fails, so the tip quotes the customer's actual issue and the agent's actual
phrase instead of a fixed example from another line of business:

* ``{name}``: the call's words for ``name`` (see :data:`PLACEHOLDERS`), or a
  neutral fallback when the call gives none;
* ``{name|fallback}``: the same with the author's own fallback;
* ``[ ... ]``: an optional part, kept only when every placeholder in it has
  words from the call (or its own ``|fallback``), dropped otherwise, so a
  sentence that quotes the call disappears when there is nothing to quote;
* ``{{``, ``}}``, ``[[``, ``]]``: a literal brace or bracket.

:func:`check` validates a text (unknown names list the valid ones);
:func:`call_words` gathers the words of one result; :func:`fill` puts them in.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from nlp.result import Evidence
from transcription.call import Call

__all__ = ["PLACEHOLDERS", "call_words", "check", "clock", "coaching_for", "fill", "placeholders_in"]

# every placeholder a coaching text may name: what it holds, and its neutral fallback
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "customer_issue": ("the customer's own words about the problem or request this criterion is about "
                       "(one or two sentences, quoted as said)", "the problem they described"),
    "issue_restated": ("the same issue turned round into the agent's voice (\"my card\" -> \"your card\"), "
                       "to say back", "you'd like me to look into this for you"),
    "agent_phrase": ("the agent's words the criterion flagged (the phrase, the opening or close that fell "
                     "short, the promise without a time frame)", "what you said"),
    "better_phrase": ("the detector's suggested alternative for that phrase (its \"try: ...\" note)",
                      "\"What I can do is...\""),
    "customer_words": ("what the customer was saying when the flagged agent words started (an interruption)",
                       "what the customer was saying"),
    "time": ("when the flagged words start in the call, m:ss", "that moment"),
    "missing": ("what the criterion found missing (\"an offer to help\", \"thanking the customer for waiting\")",
                "some of the expected parts"),
    "customer_name": ("the customer's first name, from the call record or the conversation", "<name>"),
    "agent_name": ("the agent's first name, from the greeting or the call record", "<your name>"),
    "company": ("the company name the agent said in the greeting", "<company>"),
}

# a placeholder, an optional part, or an escaped brace/bracket
_TOKEN = re.compile(r"\{\{|\}\}|\[\[|\]\]|\{([^{}|]*)(?:\|([^{}]*))?\}")
_OPTIONAL = re.compile(r"(?<!\[)\[(?!\[)((?:[^\[\]]|\[\[|\]\])*)(?<!\])\](?!\])")
# "try: ..." notes on evidence carry a suggested alternative phrase
_TRY = re.compile(r"(?:^|;\s*)try:\s*(.+)$", re.IGNORECASE)
# notes that mark what fell short (as opposed to an element that was found)
_SHORTFALL = re.compile(r"missing:|\bno\b|try:|started at|\bbare\b|never", re.IGNORECASE)
_MISSING = re.compile(r"missing:\s*(.+?)\s*$", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“]([^\"”]{2,})[\"”]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# words that open a turn without saying anything about the issue
# (a greeting word, then maybe the name of the person greeted: "Hi Priya.")
_FILLER = re.compile(r"^(?:(?i:hi|hello|hey|yes|yeah|okay|ok|oh|um|uh|well|so|good (?:morning|afternoon|evening))"
                     r"\b[\s,.!?]*(?:[A-Z][a-z]+[,.!]\s*)?)+")
# the longest quote, in words
MAX_QUOTE_WORDS = 30
# a sentence shorter than this (in words) is joined with the next one when quoting the customer
SHORT_SENTENCE_WORDS = 6
# first person (the customer's voice) -> second person (the agent saying it back)
_YOU = {
    "i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "me": "you", "my": "your",
    "mine": "yours", "myself": "yourself",
}


def placeholders_in(text: str) -> list[str]:
    """The placeholder names ``text`` uses, in order (repeats included)."""
    return [m.group(1).strip() for m in _TOKEN.finditer(text or "") if m.group(1) is not None]


def check(text: str) -> None:
    """Raise :class:`ValueError` when ``text`` names an unknown placeholder or has a stray brace."""
    for name in placeholders_in(text):
        if name not in PLACEHOLDERS:
            raise ValueError(f"coaching placeholder {{{name}}} is unknown; use one of "
                             f"{', '.join('{' + n + '}' for n in PLACEHOLDERS)} (or {{{{ and }}}} for a brace)")
    rest = _TOKEN.sub("", text or "")
    if "{" in rest or "}" in rest:
        raise ValueError("coaching text has a '{' or '}' that is no placeholder; write {{ or }} for a brace, "
                         "or a placeholder such as {customer_issue}")


def fill(text: str, words: Mapping[str, str]) -> str:
    """``text`` with its placeholders replaced by ``words`` (or their fallbacks) and its optional parts kept
    or dropped; see the module's description."""
    if not text:
        return ""

    def keep(match: re.Match[str]) -> str:
        part = match.group(1)
        names = [(m.group(1).strip(), m.group(2)) for m in _TOKEN.finditer(part) if m.group(1) is not None]
        if not names:
            return match.group(0)  # brackets around plain text are the author's own
        return part if all(words.get(n) or fb is not None for n, fb in names) else ""

    def put(match: re.Match[str]) -> str:
        token = match.group(0)
        if match.group(1) is None:
            return token[0]  # an escaped brace or bracket
        name, fallback = match.group(1).strip(), match.group(2)
        value = words.get(name)
        if value:
            return value
        return fallback if fallback is not None else PLACEHOLDERS.get(name, ("", ""))[1]

    out = _TOKEN.sub(put, _OPTIONAL.sub(keep, text))
    # a dropped part may leave a double space or a space before punctuation
    return re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", out)).strip()


def coaching_for(text: str, evidence: Iterable[Evidence], details: Mapping[str, Any], call: Call) -> str:
    """The coaching ``text`` of a failed criterion filled with the words of this call."""
    if not text or ("{" not in text and "[" not in text):
        return text
    return fill(text, call_words(tuple(evidence), details, call))


def call_words(evidence: tuple[Evidence, ...], details: Mapping[str, Any], call: Call) -> dict[str, str]:
    """The words of one criterion's result for each placeholder it can fill (absent: the call gave none)."""
    words: dict[str, str] = {}
    agent = _flagged_agent_evidence(evidence)
    if agent is not None:
        words["agent_phrase"] = _agent_words(agent, call)
        words["time"] = clock(agent.start)
        missing = _MISSING.search(agent.note or "")
        if missing:
            words["missing"] = missing.group(1).rstrip(".")
        over = _customer_turn_at(call, agent.start, agent.utterance)
        if over:
            words["customer_words"] = _quote(over, first_only=True)
    tip = next((t for t in (_suggestion(e.note) for e in ([agent] if agent else []) + list(evidence)) if t), None)
    if tip:
        words["better_phrase"] = tip
    issue = _customer_issue(evidence, details, call)
    if issue:
        words["customer_issue"] = issue
        words["issue_restated"] = _restate(_first_sentence(issue))
    name = details.get("name") if isinstance(details.get("name"), str) else None
    name = name or call.customer.name
    if name and name.strip():
        words["customer_name"] = name.split()[0]
    found = {(e.note or "").strip().lower(): e.text for e in evidence if e.speaker == "agent"}
    if found.get("agent's name"):
        words["agent_name"] = found["agent's name"].strip(" ,.")
    elif call.agent.name and call.agent.name.strip():
        words["agent_name"] = call.agent.name.split()[0]
    if found.get("company name"):
        words["company"] = found["company name"].strip(" ,.")
    return words


def clock(seconds: float) -> str:
    """Seconds as m:ss (h:mm:ss from an hour): the one time format of coaching tips and the UI."""
    s = int(round(max(0.0, float(seconds))))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _suggestion(note: str | None) -> str | None:
    found = _TRY.search(note or "")
    if not found:
        return None
    tip = found.group(1).strip().strip('"“”').strip()
    # quoted as something to say, without its own full stop (the coaching sentence has one)
    return f'"{_no_stop(tip)}"' if tip else None


def _no_stop(text: str) -> str:
    """``text`` without a final full stop (an ellipsis stays)."""
    return re.sub(r"(?<!\.)\.$", "", text.rstrip())


def _flagged_agent_evidence(evidence: tuple[Evidence, ...]) -> Evidence | None:
    agent = [e for e in evidence if e.speaker == "agent" and e.text.strip()]
    return next((e for e in agent if _SHORTFALL.search(e.note or "")), agent[0] if agent else None)


def _utterance_text(call: Call, index: int) -> str:
    return call.utterances[index].text if 0 <= index < len(call.utterances) else ""


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def _words(text: str) -> int:
    return len(text.split())


def _cut(text: str, limit: int = MAX_QUOTE_WORDS) -> str:
    words = text.split()
    return text if len(words) <= limit else " ".join(words[:limit]).rstrip(",;:") + "…"


def _agent_words(e: Evidence, call: Call) -> str:
    """The flagged phrase as said: the evidence itself when short, else its sentence (or clause) that holds
    the phrase the note quotes."""
    text = e.text.strip()
    if _words(text) > 14:
        quoted = [q.lower() for q in _QUOTED.findall(e.note or "")]
        sentences = _sentences(text)
        pick = next((s for s in sentences for q in quoted if q in s.lower()), None)
        if pick is None:
            pick = next((s for s in sentences if _words(s) > 2), sentences[0] if sentences else text)
        if _words(pick) > 14 and quoted:
            clauses = re.split(r",\s+|;\s+", pick)
            clause = next((c for c in clauses for q in quoted if q in c.lower()), None)
            if clause:
                pick = re.sub(r"^(?:and|but|so)\s+", "", clause.strip(), flags=re.IGNORECASE)
        text = pick
    return _cut(text.rstrip(" .,;:"))


def _customer_turn_at(call: Call, t: float, agent_index: int) -> str:
    """The customer's turn that was going on when the agent started at ``t`` (an interruption)."""
    for i, u in enumerate(call.utterances):
        if u.speaker == "customer" and u.start < t < u.end and i != agent_index:
            return u.text
    return ""


def _content(text: str) -> str:
    return _FILLER.sub("", text).strip()


def _quote(text: str, *, anchor: str = "", first_only: bool = False) -> str:
    """A customer's sentence quoted as said: the one holding ``anchor`` (joined with the next when it is very
    short), else the first that says something beyond a greeting."""
    sentences = [s for s in (_content(s) for s in _sentences(text)) if s]
    if not sentences:
        return ""
    at = next((i for i, s in enumerate(sentences) if anchor.lower() in s.lower()), None) if anchor else None
    if at is None:
        at = 0 if first_only else next((i for i, s in enumerate(sentences) if _words(s) >= 3), 0)
    quote = sentences[at]
    if _words(quote) < SHORT_SENTENCE_WORDS and at + 1 < len(sentences):
        quote = f"{quote} {sentences[at + 1]}"
    quote = quote[0].upper() + quote[1:]
    # no full stop of its own: the coaching sentence quoting it has one
    return _no_stop(_cut(quote))


def _customer_issue(evidence: tuple[Evidence, ...], details: Mapping[str, Any], call: Call) -> str:
    """The customer's words this criterion is about: its customer evidence, else the first statement its
    details point at, else the customer's first turn that says something."""
    for e in evidence:
        if e.speaker == "customer":
            whole = _utterance_text(call, e.utterance) or e.text
            anchor = e.text.strip() if e.text.strip() and e.text.strip() != whole.strip() else ""
            quote = _quote(whole, anchor=anchor)
            if quote:
                return quote
    for key in ("statements", "triggers", "moments"):
        items = details.get(key)
        if isinstance(items, list):
            for item in items:
                if isinstance(item, Mapping) and isinstance(item.get("utterance"), int):
                    quote = _quote(_utterance_text(call, item["utterance"]))
                    if quote:
                        return quote
    for u in call.utterances:
        if u.speaker == "customer" and _words(_content(u.text)) >= 4:
            return _quote(u.text)
    return ""


def _first_sentence(text: str) -> str:
    sentences = _sentences(text.rstrip("…"))
    return sentences[0] if sentences else text


def _restate(sentence: str) -> str:
    """The customer's sentence in the agent's voice: first person -> second person, no final stop."""
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        new = _YOU.get(word.lower().replace("’", "'"))
        if new is None:
            return word
        return new.capitalize() if word[0].isupper() and word.lower() != "i" else new

    # "am" and "was" change only after "I" ("the card was declined" stays)
    out = re.sub(r"\bI am\b", "you are", sentence)
    out = re.sub(r"\bI was\b", "you were", out)
    out = re.sub(r"\b[A-Za-z]+(?:['’][a-z]+)?\b", swap, out)
    out = out.rstrip(" .!?…")
    return out[0].lower() + out[1:] if out[:1].isupper() and not out.startswith(("I ", "I'")) else out
