"""Greeting: in the agent's opening (the agent's turns that start within the
first seconds of the agent's speech) the agent says a salutation, names the
company, gives their own name and offers to help. Which of the four elements
are required is a parameter; the evidence shows the words that were found and
names the elements that were missing.

Phrases are matched with fillers skipped ("thanks for calling uh Harper
Valley"). With no company configured, any self-identification counts: "thank
you for calling X", "you've reached X", "welcome to X", "this is X bank",
"hello, X, Maria speaking" (partners' names joined: "Hollis and Reed"), "it's X bank", "Maria from X"; a truncated name ("thank you for
calling harper valley") still names it. A name after "this is" is the company,
not the agent, when it carries an organisation word ("this is Harper Valley
Bank"; a possessive inside the name counts: "St Aldric's Hospital"), repeats the company, or when the agent also introduces themself ("this
is Harper Valley, my name is Robert")."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping, Sequence

from nlp.context import CallContext
from nlp.opening import (GENERIC_ORG_WORDS, HONORIFICS, ORG_WORDS, Hit, Word, call_is_cased, could_be_feeling,
                         find, hit_evidence, is_name_word, words_of)
from nlp.result import DetectorResult, Evidence
from nlp.words import is_english_word

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
        "type": "number", "minimum": 1, "default": 20,
        "description": "The agent's turns that start within this many seconds of the agent's first words "
        "are the opening.",
    },
    "required": {
        "type": "array", "items": {"enum": list(ELEMENTS)}, "uniqueItems": True,
        "default": list(ELEMENTS),
        "description": "Elements the greeting must contain: salutation, company, agent_name, offer_help.",
    },
    "company_names": {
        "type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
        "description": "The company's names as agents say them; the first two words of a longer name are "
        "enough (speech recognition cuts names short). Empty: any self-identification ('thank you for "
        "calling X', 'you've reached X', 'this is X bank', 'X, Maria speaking') counts.",
    },
    "salutations": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["hello", "hi", "hey", "hiya", "howdy", "good morning", "good afternoon", "good evening",
                    "good day", "morning", "afternoon", "evening", "welcome", "thank you for calling",
                    "thanks for calling", "thank you for contacting", "thanks for contacting",
                    "thank you for choosing", "thanks for choosing", "thanks for reaching out",
                    "thank you for reaching out", "thank you for holding", "thanks for ringing", "thank you for ringing",
                    "thanks for phoning", "thank you for phoning",
                    "thanks for holding", "thank you for waiting", "for calling", "greetings"],
        "description": "Phrases that count as a salutation (fillers between their words are skipped).",
    },
    "self_id_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["for calling", "for contacting", "for choosing", "reaching out to", "you've reached",
                    "you have reached", "you reached", "welcome to", "calling from", "here at", "you've called",
                    "you have called", "for ringing", "for phoning", "you've come through to", "you have come through to",
                    "you're through to", "you are through to", "you're calling", "on behalf of",
                    "you're speaking to", "you are speaking to"],
        "description": "Phrases after which the agent names the company ('thanks for calling X', "
        "'you've reached X').",
    },
    "name_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["my name is", "my name's", "my names", "name is", "name's", "the name is", "name here is",
                    "you're speaking with", "you are speaking with", "you're speaking to", "you are speaking to",
                    "speaking with", "you're talking to", "you are talking to", "you're talking with",
                    "you're with", "you are with"],
        "description": "Phrases after which the agent gives their own name ('my name is X'). 'this is X', "
        "'I'm X', 'X speaking' and 'X here' are recognised too.",
    },
    "offer_help_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["how can i help", "how may i help", "how can i assist", "how may i assist",
                    "how could i help", "how might i help", "how can we help", "how may we help",
                    "how can we assist", "how may we assist", "what can i do for you", "what can we do for you",
                    "what can i help you with", "what can i help with", "what can i assist you with",
                    "how can i be of", "how may i be of", "how can i direct", "how may i direct",
                    "how can i serve", "how may i serve", "how can i support", "how can help", "how may help",
                    "how i can help", "how i may help", "help you today", "assist you today",
                    "can i help you", "may i help you", "can i assist you", "may i assist you",
                    "how can i make your day", "what brings you", "what are you calling about",
                    "reason for your call", "reason for the call", "what can i do you for",
                    "is there something i can help", "how can i be helpful", "what do you need help with",
                    "what do you need", "how can i service", "how can i take care of you", "how can i be of service",
                    "what can i do for ya", "how can we be of",
                    "what can i help you with today", "how are you doing today how can"],
        "description": "Phrases that offer help (fillers between their words are skipped).",
    },
    "organisation_words": {
        "type": "array", "items": {"type": "string", "minLength": 1}, "default": sorted(ORG_WORDS),
        "description": "Words that mark a name as an organisation ('Harper Valley Bank', 'Acme Support'): "
        "after 'this is' they make it the company, not the agent.",
    },
}

# a weak introduction ("this is X", "I'm X", "it's X") names a person only when the
# name is followed by one of these (or ends the sentence)
_AFTER_NAME = frozenset({"from", "at", "with", "and", "how", "what", "speaking", "here", "i", "your", "you",
                         "can", "may", "who", "thank", "thanks", "calling", "today", "on", "of", "in", "hi",
                         "hello", "good", "so", "is", "please", "the", "for", "it", "we", "let", "do",
                         "are", "will", "would", "could"})
# words that end a company name taken after "thanks for calling"
_COMPANY_STOP = frozenset({"my", "this", "i", "you", "how", "what", "can", "may", "speaking", "and", "today",
                           "thank", "thanks", "so", "who", "where", "it", "we", "is", "are", "please", "hello",
                           "hi", "hey", "good", "here", "if", "to", "for", "with", "from", "at", "that", "as",
                           "name", "names", "your", "be", "will", "would", "could", "do", "does", "am", "'s",
                           "have", "has", "let", "said", "they", "he", "she", "um", "now", "again", "sir", "ma'am",
                           "madam", "there", "everyone", "caller", "oh", "yes", "yeah", "okay", "ok", "sure",
                           "morning", "afternoon", "evening", "welcome", "calling", "today's"})
# "im" / "its": as speech recognition writes "I'm" / "it's" without apostrophes
_WEAK_INTROS = ["this is", "i'm", "i am", "it's", "it is", "im", "its"]
# "you've got Jean-Baptiste": the agent's name, when a break or an introduction's end follows it
_GOT_INTROS = ["you've got", "you have got", "you've got through to"]
_PERSON_LINKS = frozenset({"from", "at", "with"})  # "Maria from Acme", "Robert with Harper Valley"
# self-identifications that may name the company or the agent ("you're through to Acme" / "... to Dean")
_THROUGH_TO = ["you're through to", "you are through to"]
_MAX_COMPANY_WORDS = 6


def _company_words(ws: Sequence[Word], k: int, org_words: frozenset[str]) -> tuple[int, int] | None:
    """The company named from ``ws[k]`` on: words up to a break, an introduction or a
    question ("thanks for calling Acme Bank, my name is..."); None when those words do
    not name anything (function words, "customer service")."""
    if k >= len(ws):
        return None
    utt = ws[k].utterance
    end = k
    while end < len(ws) and end - k < _MAX_COMPANY_WORDS and ws[end].utterance == utt:
        w = ws[end]
        if end > k and w.after_break:
            break
        if w.norm == "'s" and end > k and _possessive_in_name(ws, end, utt):
            end += 1  # "St Aldric's Hospital", "Bob's Garage": a possessive inside the name
            continue
        if w.norm == "and" and end > k and _and_in_name(ws, end, utt, org_words):
            end += 1  # "Hollis and Reed", "Ashby and Sons Funeral Directors": partners' names joined
            continue
        if w.norm == "to" and end > k and _to_in_name(ws, end, utt):
            end += 1  # "A to B Cars", "Door to Door Removals"
            continue
        if w.norm in _COMPANY_STOP and w.norm not in org_words and not _acronym(ws, end):
            break
        end += 1
    names = ws[k:end]
    if not names or not names[0].norm[:1].isalpha() or not any(
            is_name_word(w) or _acronym(ws, j) for j, w in enumerate(names, start=k)):
        return None
    if all(w.norm in GENERIC_ORG_WORDS for w in names):
        # "customer service at Acme": the company follows the department
        if end < len(ws) and ws[end].utterance == utt and ws[end].norm in ("at", "for", "of", "with", "from") \
                and not ws[end].after_break:
            return _company_words(ws, end + 1, org_words)
        return None  # "thank you for calling customer service" names no company
    return k, end


def _acronym(ws: Sequence[Word], j: int) -> bool:
    """Is ``ws[j]`` an acronym written in capitals ("IT Service Desk", "BT", "AA Breakdown")
    among words that are not (a transcript in capitals says nothing)?"""
    t = ws[j].text
    if not (2 <= len(t) <= 5 and t.isalpha() and t.isupper()):
        return False
    near = [w for w in ws[max(0, j - 3): j + 4] if w.utterance == ws[j].utterance and w is not ws[j]]
    return any(w.text[:1].isalpha() and not w.text.isupper() for w in near)


def _possessive_in_name(ws: Sequence[Word], j: int, utt: int) -> bool:
    """Is the "'s" at ``ws[j]`` a possessive of a company's name ("St Aldric's Hospital",
    "Hello, Dunmore's, Kate speaking")? It is when a name word comes before it and the name
    goes on after it in the same phrase, or the phrase ends there; in "Maria's speaking",
    "Emma's here" it is "is" ("it's", "name's" end the name before: their first word is a
    stop word)."""
    nxt = ws[j + 1] if j + 1 < len(ws) and ws[j + 1].utterance == utt else None
    if not is_name_word(ws[j - 1]):
        return False
    return nxt is None or nxt.after_break or (nxt.norm not in _COMPANY_STOP and nxt.norm[:1].isalpha())


# small words inside a capitalised company name ("Ashby and Sons", "Bank of Leeds", "Dunmore's")
_NAME_JOINERS = frozenset({"'s", "and", "of"})


def _to_in_name(ws: Sequence[Word], j: int, utt: int) -> bool:
    """Is the "to" at ``ws[j]`` inside a company's name? Between two single letters ("A to B
    Cars", "a to z plumbing") or a word and itself ("Door to Door Removals"), with a word of
    the name after it; "Acme to help" or "you're through to" end the name."""
    prev = ws[j - 1]
    nxt = ws[j + 1] if j + 1 < len(ws) and ws[j + 1].utterance == utt else None
    after = ws[j + 2] if j + 2 < len(ws) and ws[j + 2].utterance == utt else None
    if nxt is None or after is None or nxt.after_break or ws[j].after_break or after.after_break:
        return False
    letters = len(prev.norm) == 1 and len(nxt.norm) == 1 and prev.norm.isalpha() and nxt.norm.isalpha()
    return (letters or (prev.norm == nxt.norm and is_name_word(prev))) and is_name_word(after)


def _and_in_name(ws: Sequence[Word], j: int, utt: int, org_words: frozenset[str]) -> bool:
    """Is the "and" at ``ws[j]`` inside a company's name ("Hollis and Reed", "Ashby and Sons")?
    It is between two name words of one phrase, the second written like the first (both
    capitalised in a cased transcript); "Acme and my name is...", "Acme and welcome" end the name."""
    prev = ws[j - 1]
    nxt = ws[j + 1] if j + 1 < len(ws) and ws[j + 1].utterance == utt else None
    if nxt is None or nxt.after_break or ws[j].after_break or not is_name_word(prev) or not is_name_word(nxt):
        return False
    if nxt.norm in _COMPANY_STOP and nxt.norm not in org_words:
        return False
    return nxt.title or not prev.title


_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "day"})


def _greets(ws: Sequence[Word], h: Hit) -> bool:
    """A salutation hit that greets: not "you're welcome", and a bare "morning" only as a
    greeting of its own ("Morning! You've reached...", not "help you this afternoon")."""
    first = ws[h.start]
    if h.end - h.start == 1 and first.norm in _TIMES_OF_DAY:
        return first.pos == 0 or first.after_break
    if first.norm == "welcome" and h.start > 0 and ws[h.start - 1].norm in ("are", "'re", "you"):
        return False
    return True


def _has_org_word(ws: Sequence[Word], span: tuple[int, int], org_words: frozenset[str]) -> bool:
    return any(ws[j].norm in org_words for j in range(*span))


def _person_after(ws: Sequence[Word], k: int, *, weak: bool, company: set[str], org_words: frozenset[str],
                  lexicon: Mapping[str, float], cased: bool = False) -> tuple[int, int] | None:
    """The agent's name at ``ws[k]`` (one or two words, an honorific skipped), or None.
    After a weak introduction the name must be followed by a break or a word that
    ends an introduction ("this is Robert how can I help", "I'm Jess from Acme")."""
    if k < len(ws) and ws[k].norm in HONORIFICS and ws[k].norm not in ("sir", "madam"):
        k += 1
    if k >= len(ws):
        return None
    utt = ws[k].utterance
    first = ws[k]
    if not is_name_word(first) or first.norm in org_words or first.norm in company:
        return None
    if weak and could_be_feeling(first, cased, lexicon):
        return None  # "I'm thrilled", "this is regarding", "I'm really sorry"
    end = k + 1

    def ends_name(j: int) -> bool:
        return j >= len(ws) or ws[j].utterance != utt or ws[j].after_break or ws[j].norm in _AFTER_NAME

    if not ends_name(end) and is_name_word(ws[end]) and ws[end].norm not in org_words and ends_name(end + 1):
        end += 1  # "this is Robert Smith, how can I help"
    if weak and not ends_name(end):
        return None
    return k, end


@lru_cache(maxsize=64)
def _lower_set(words: tuple[str, ...]) -> frozenset[str]:
    """The words lower-cased, once per list (every call asks)."""
    return frozenset(w.lower() for w in words)


def _find_greeting(ctx: CallContext, ws: list[Word], params: Mapping[str, Any]) -> dict[str, Evidence]:
    from nlp.sentiment import get_analyzer

    lexicon = get_analyzer().lexicon  # "I'm happy", "this is great": feelings, not names
    org_words = _lower_set(tuple(params["organisation_words"]))
    cased = call_is_cased(ctx)
    found: dict[str, Evidence] = {}

    all_salutations = find(ctx, ws, params["salutations"])
    salutations = [h for h in all_salutations if _greets(ws, h)]
    # "Lantern Car Hire, good evening", "treadwell tyres morning ruairi speaking": the company's name
    # opens the call and the salutation follows it
    lead = _leading_name(ws, org_words)
    if lead is not None:
        # ... or follows the agent's introduction after it ("Pellingham Pensions, Rosalind speaking, good morning")
        after = [h for h in all_salutations if h.start == lead[1] or _introduction_between(ws, lead[1], h.start)]
        if after:
            salutations = sorted(set(salutations) | {after[0]}, key=lambda h: (h.start, h.end))
        else:
            lead = None
    if salutations:
        found["salutation"] = hit_evidence(ctx, ws, salutations[0], "salutation")
    offers = find(ctx, ws, params["offer_help_phrases"])
    if offers:
        found["offer_help"] = hit_evidence(ctx, ws, offers[0], "offer to help")

    # --- the agent's name ------------------------------------------------------------------
    people: list[tuple[int, int]] = []  # word spans of the agent's name
    known = (ctx.call.agent.name or "").split()
    if known:
        first_name = known[0].lower()
        people += [(j, j + 1) for j, w in enumerate(ws) if w.norm == first_name]
    for h in find(ctx, ws, params["name_phrases"]):
        p = _person_after(ws, h.end, weak=False, company=set(), org_words=org_words, lexicon=lexicon, cased=cased)
        if p is not None:
            people.append(p)
    for j, w in enumerate(ws):
        # "Maria speaking", "Robert here": a name right before, a question or a break after
        if w.norm in ("speaking", "here") and j > 0 and ws[j - 1].utterance == w.utterance and not w.after_break:
            prev = ws[j - 1]
            nxt = ws[j + 1] if j + 1 < len(ws) and ws[j + 1].utterance == w.utterance else None
            # "Kelly here" in a cased transcript; "really here" is no name
            if is_name_word(prev) and prev.norm not in org_words and (
                    (cased and prev.title and not prev.pos == 0) or not prev.norm.endswith(("ing", "ed", "ly"))) and (
                    w.norm == "speaking" or nxt is None or nxt.after_break or nxt.norm in _AFTER_NAME):
                people.append((j - 1, j))
    for h in salutations:
        # "Hi there, Rob with Harper Valley": a name straight after the greeting, then its company
        k = h.end + (1 if h.end < len(ws) and ws[h.end].norm == "there" else 0)
        if k + 1 < len(ws) and ws[k + 1].norm in _PERSON_LINKS and ws[k].utterance == ws[h.start].utterance \
                and is_name_word(ws[k]) and ws[k].norm not in org_words:
            people.append((k, k + 1))
    # "Hello, Ladder Tutors, you've got Jean-Baptiste, how can I help?"
    for h in find(ctx, ws, _GOT_INTROS):
        p = _person_after(ws, h.end, weak=True, company=set(), org_words=org_words, lexicon=lexicon, cased=cased)
        if p is not None:
            people.append(p)
    weak_hits = find(ctx, ws, _WEAK_INTROS)
    for h in weak_hits:
        if ws[h.start].norm in ("i", "it", "its"):  # "I'm X", "it's X"
            p = _person_after(ws, h.end, weak=True, company=set(), org_words=org_words, lexicon=lexicon, cased=cased)
            if p is not None and not (p[1] < len(ws) and ws[p[1]].norm in ("calling",)):
                people.append(p)

    # --- the company ---------------------------------------------------------------------------
    companies: list[tuple[int, int]] = []
    greeted: list[tuple[int, int]] = []  # a person's name greeted, as a small model tags it
    configured = [c for c in params["company_names"] if c.strip()]
    if configured:
        variants = []
        for name in configured:
            parts = name.split()
            variants.append(name)
            if len(parts) > 2:
                variants.append(" ".join(parts[:2]))
        companies += [(h.start, h.end) for h in find(ctx, ws, variants)]
    else:
        for h in find(ctx, ws, params["self_id_phrases"]):
            c = _company_words(ws, h.end, org_words)
            if c is not None:
                companies.append(c)
        # "Hello, Zenith Telecom, Maria speaking": named straight after the salutation
        customer = {p.lower() for p in (ctx.call.customer.name or "").split()}
        for h in salutations:
            k = h.end + (1 if h.end < len(ws) and ws[h.end].norm == "there" else 0)  # "Hi there, Acme..."
            if k < len(ws) and ws[k].utterance == ws[h.start].utterance and ws[k].norm not in HONORIFICS:
                c = _company_words(ws, k, org_words)  # "Hello Mrs Patel, it's Dean" greets the customer
                if c is None or not _names_organisation(ws, c, org_words, people) or ws[c[0]].norm in customer:
                    continue
                if not _has_org_word(ws, c, org_words) and ws[c[1] - 1].norm != "'s" \
                        and _entity_is(ctx, ws, c, ("PERSON",)):  # "Hello, Dunmore's" is the company
                    greeted.append(c)  # not "Hi Sarah, how can I help?" said to the customer, unless...
                else:
                    companies.append(c)
        if lead is not None:
            companies.append(lead)
        # "Acme Insurance, good morning": named before anything else
        if ws and ws[0].pos == 0:
            c = _company_words(ws, 0, org_words)
            if c is not None and _has_org_word(ws, c, org_words) and _names_organisation(ws, c, org_words, people):
                companies.append(c)
        # "Hello, it's Harper Valley Bank, Tom speaking": "it's" before a name with an organisation word
        for h in weak_hits:
            if ws[h.start].norm in ("it", "its"):
                c = _company_words(ws, h.end, org_words)
                if c is not None and _has_org_word(ws, c, org_words):
                    companies.append(c)
        # "Maria from Acme", "this is Robert with Harper Valley"
        for s, e in list(people):
            if e < len(ws) and ws[e].norm in _PERSON_LINKS and ws[e].utterance == ws[s].utterance:
                c = _company_words(ws, e + 1, org_words)
                if c is not None:
                    companies.append(c)

    # "Riverside Council, you're through to Dean": once the company is named, a lone name after
    # "you're through to" is the agent's
    for h in find(ctx, ws, _THROUGH_TO):
        c = _company_words(ws, h.end, org_words)
        if c is None or _has_org_word(ws, c, org_words):
            continue
        # "ahmed" is no feeling after "you're through to": no weak-introduction checks
        p = _person_after(ws, h.end, weak=False, company=set(), org_words=org_words, lexicon=lexicon, cased=cased)
        if c not in companies or configured:
            # "good morning westline rail you're through to ahmed": the company already named before it,
            # a lone name after "you're through to" is the agent's
            if p is not None and p == c and p[1] - p[0] == 1 and c not in companies and \
                    any(x[1] <= c[0] and ws[x[0]].utterance == ws[c[0]].utterance for x in companies):
                people.append(p)
            continue
        if p is None or p[0] != c[0]:
            continue
        if p[1] < len(ws) and ws[p[1]].norm in _PERSON_LINKS and ws[p[1]].utterance == ws[p[0]].utterance:
            cc = _company_words(ws, p[1] + 1, org_words)  # "you're through to Mel at Brook Street Pharmacy"
            if cc is not None:
                companies.remove(c)
                people.append(p)
                companies.append(cc)
                continue
        # the company named before: found as one, or two words or more greeted that a small model
        # tagged PERSON ("Hello, Oakline Kitchens, you're through to Stuart")
        named = [x for x in companies if x != c and (x[1] <= c[0] or x[0] >= c[1])] or \
            [x for x in greeted if x[1] <= c[0] and x[1] - x[0] >= 2]
        if named:
            companies.remove(c)
            people.append(p)
            if named[0] not in companies:
                companies.append(named[0])

    # --- "this is X": the company or the agent? ------------------------------------------------
    company_norms = {ws[j].norm for s, e in companies for j in range(s, e)} - GENERIC_ORG_WORDS
    people_norms = {ws[j].norm for s, e in people for j in range(s, e)}
    for h in weak_hits:
        if ws[h.start].norm != "this":
            continue
        c = _company_words(ws, h.end, org_words)
        c_norms = {ws[j].norm for j in range(*c)} if c is not None else set()
        p = _person_after(ws, h.end, weak=True, company=company_norms, org_words=org_words, lexicon=lexicon,
                          cased=cased)
        linked = p is not None and p[1] < len(ws) and ws[p[1]].norm in _PERSON_LINKS
        if c is None:
            if p is not None:
                people.append(p)
            continue
        if _has_org_word(ws, c, org_words) or (c_norms & company_norms) or (
                people_norms and not (c_norms & people_norms) and not linked) or (
                p is None and c[1] - c[0] >= 3) or (
                # a small model often tags a lone first name as ORG or GPE: an entity decides it only
                # when no name could follow "this is", or when it spans several words
                _entity_is(ctx, ws, c, ("ORG", "GPE", "FAC")) and (p is None or c[1] - c[0] >= 2)):
            if configured and not (c_norms & company_norms):
                continue  # a company is configured: only its name counts
            companies.append(c)
        elif p is not None:
            people.append(p)
            if not configured:
                # "this is Robert from Harper Valley"
                if linked:
                    cc = _company_words(ws, p[1] + 1, org_words)
                    if cc is not None:
                        companies.append(cc)

    # "you're speaking to Anneliese" / "you're speaking to Harper Valley Bank": a phrase that may
    # introduce either names one of them: an organisation word, or more words than the name taken
    # from it, make it the company, else it is the agent
    for c in list(companies):
        same = [p for p in people if p[0] == c[0]]
        if not same or configured:
            continue
        if _has_org_word(ws, c, org_words) or c[1] > max(p[1] for p in same):
            people = [p for p in people if p not in same]  # more words than a person's name: the company
        else:
            companies.remove(c)

    # "Morning, Hadley Skips, Craig speaking": a small model tags a company named after a person as
    # PERSON; two words or more are the company when the agent introduces themself straight after
    # them and no other company is named (an agent greeting a caller by name goes on to name the
    # company; "Hello Sarah, Darren speaking" greets a person)
    if not companies:
        companies += [c for c in greeted if c[1] - c[0] >= 2 and _introduction_follows(ws, c, people)][:1]

    if cased:
        # "Hi, card services, this is Dominic", "Lost property office, good morning": a team named in
        # common words is not which company answered
        companies = [c for c in companies if not _department_only(ws, c)]
    else:
        # "good morning orders desk it's gav": in lower case, common words ending in a desk or team
        companies = [c for c in companies if not _desk_in_common_words(ws, c)]
    if companies:
        s, e = min(companies)
        # "good morning harper valley bank robert speaking": the name is not the company's
        e = min([e] + [ps for ps, _ in people if s < ps < e])
        found["company"] = hit_evidence(ctx, ws, (s, e), "company name")
    if people:
        s, e = min(people)
        # quote the introduction with the name ("my name is Anna")
        intro = min([s] + [h.start for h in find(ctx, ws, list(params["name_phrases"]) + _WEAK_INTROS)
                           if h.end == s or (h.end + 1 == s and ws[h.end].norm in HONORIFICS)])
        found["agent_name"] = hit_evidence(ctx, ws, (intro, e), "agent's name")
    return found


# common words that open a team's name at the start of a sentence ("Lost property office", "Customer services")
_TEAM_OPENERS = frozenset({"lost", "customer", "customers", "card", "cards", "technical", "tech", "renewals",
                           "renewal", "new", "general", "online", "home", "account", "accounts", "member",
                           "members", "payments", "payment", "billing", "sales", "claims", "returns", "bookings",
                           "booking", "repairs", "service", "services", "help", "support", "student", "patient"})


def _department_only(ws: Sequence[Word], c: tuple[int, int]) -> bool:
    """True when, in a cased transcript, every word of a candidate company name is written in
    lower case ("card services", "renewals team"), but for a first word that opens its sentence
    and is a common word of team names ("Lost property office"): a department, not a name
    ("Hadley Timber, sales desk" names the company in capitals)."""
    first = ws[c[0]]
    if first.title and not ((first.pos == 0 or first.after_stop or first.after_break) and first.norm in _TEAM_OPENERS):
        return False
    return not any(ws[j].title for j in range(c[0] + 1, c[1]))


# the last word of a desk's or team's name, not a company's
_DESK_HEADS = frozenset({"desk", "team", "department", "dept"})


def _desk_in_common_words(ws: Sequence[Word], c: tuple[int, int]) -> bool:
    """True when, in a lower-case transcript, a candidate company is a desk or team named in
    English words ("orders desk", "bookings team"): nothing in it names which company it is."""
    names = ws[c[0]:c[1]]
    if c[1] < len(ws) and ws[c[1]].utterance == names[0].utterance and ws[c[1]].norm in ("at", "of", "for"):
        return False  # "bulky waste team at wyvernshire council": the team of a company named after it
    return len(names) >= 2 and names[-1].norm in _DESK_HEADS and all(
        is_english_word(w.norm) or w.norm in GENERIC_ORG_WORDS for w in names[:-1])


def _introduction_between(ws: Sequence[Word], s: int, e: int) -> bool:
    """Are the words ``s:e`` one set-off introduction of the agent, between a company's
    name and a salutation: "Rosalind speaking", "this is Rosalind", "my name's Rosalind"?"""
    part = [w.norm for w in ws[s:e]]
    if not 2 <= len(part) <= 4 or not ws[s].after_break or not (e < len(ws) and ws[e].after_break) or any(
            w.after_break for w in ws[s + 1 : e]) or ws[e - 1].utterance != ws[s].utterance:
        return False
    return part[-1] in ("speaking", "here") and len(part) == 2 or part[:2] == ["this", "is"] or \
        part[:2] == ["my", "name"]


def _leading_name(ws: Sequence[Word], org_words: frozenset[str]) -> tuple[int, int] | None:
    """The words that open the agent's first turn when they may be a name (one to
    ``_MAX_COMPANY_WORDS`` name words, an "and" or "'s" inside: "Hollins Moor Golf Club"),
    or None."""
    if not ws or ws[0].pos != 0:
        return None
    utt = ws[0].utterance
    end = 0
    while end < len(ws) and end < _MAX_COMPANY_WORDS and ws[end].utterance == utt and not (end and ws[end].after_break):
        w = ws[end]
        if not (is_name_word(w) or _acronym(ws, end) or w.norm in org_words or (end and w.norm in _NAME_JOINERS)):
            break
        end += 1
    if end == 0 or ws[end - 1].norm in _NAME_JOINERS or all(w.norm in GENERIC_ORG_WORDS for w in ws[:end]):
        return None
    return 0, end


def _introduction_follows(ws: Sequence[Word], c: tuple[int, int], people: list[tuple[int, int]]) -> bool:
    """Does the agent's name follow the words ``c`` after a break, with nothing but an
    introduction between ("..., Craig speaking", "..., this is Eleanor", "..., my name is Jo")?"""
    e = c[1]
    if e >= len(ws) or ws[e].utterance != ws[c[0]].utterance or not ws[e].after_break:
        return False
    # the company's name may go on in a second set-off part ("Thunder Cove, Adventure Park, Ellie speaking")
    k = e + 1
    # or name its team in common words ("Hadley Timber, sales desk, Jo speaking")
    team = ws[e].norm in GENERIC_ORG_WORDS
    while k < len(ws) and k - e < _MAX_COMPANY_WORDS and ws[k].utterance == ws[e].utterance \
            and not ws[k].after_break and (is_name_word(ws[k]) or team and ws[k].norm in GENERIC_ORG_WORDS):
        k += 1
    if k < len(ws) and ws[k].utterance == ws[e].utterance and ws[k].after_break and not any(
            e <= ps < k for ps, _ in people) and (
            (is_name_word(ws[e]) and all(w.title for w in ws[e:k])) or all(w.norm in GENERIC_ORG_WORDS for w in ws[e:k])):
        e = k
    return any(e <= ps <= e + _MAX_INTRO_WORDS and ws[ps].utterance == ws[e].utterance
               and not any(w.after_break or is_name_word(w) for w in ws[e + 1:ps]) for ps, _ in people)


_MAX_INTRO_WORDS = 4  # "you are speaking with" before the agent's name


def _names_organisation(ws: Sequence[Word], c: tuple[int, int], org_words: frozenset[str],
                        people: list[tuple[int, int]]) -> bool:
    """Words straight after a salutation name the company when they carry an organisation
    word, or are set off ("Hello, Atlas Travel, ...") or followed by an introduction,
    a question or the agent's name ("hello zenith telecom maria speaking")."""
    s, e = c
    if _has_org_word(ws, c, org_words):
        return True
    if e - s == 1 and e < len(ws) and ws[e].norm == "speaking":
        return False  # "hello Maria speaking": the agent's name
    if any(ps <= s < pe for ps, pe in people):
        return False
    nxt = ws[e] if e < len(ws) and ws[e].utterance == ws[s].utterance else None
    if nxt is None:
        # "Good afternoon, PostForward.", "Hello, Wharfside Narrowboats.": a name cased as brands are
        # (capitals inside the word), or two titled words or more, ending the agent's first words
        return all(_brand_cased(ws[k].text) or ws[k].title for k in range(s, e)) and (
            e - s >= 2 or any(_brand_cased(ws[k].text) for k in range(s, e)))
    # a titled name set off by punctuation, or followed by "this is", "my name", "how can..."
    if nxt.after_break:
        # "Hi there, Larkspur Hall events, I'm Summer": titled words, then perhaps what the company does
        k = s
        while k < e and (ws[k].title or ws[k].norm in _NAME_JOINERS):
            k += 1
        return k == e or (k > s and ws[s].title and not any(w.title for w in ws[k:e])) or not any(w.title for w in ws)
    # "hello jungle jamboree soft play it's marley speaking"
    return nxt.norm in ("my", "this", "how", "what", "you", "i", "it", "its") or any(
        ps == e - 1 or ps == e for ps, _ in people)


def _brand_cased(text: str) -> bool:
    """Written as brands are: a capital first and another inside ("PostForward", "SnapStack"),
    not all capitals ("BBC", "OK")."""
    return len(text) > 3 and text[0].isupper() and any(ch.isupper() for ch in text[1:]) and \
        any(ch.islower() for ch in text)


def _entity_is(ctx: CallContext, ws: Sequence[Word], span: tuple[int, int], labels: tuple[str, ...]) -> bool:
    """With a trained pipeline: does an entity of ``labels`` cover the span's first word?"""
    if not ctx.trained:
        return False
    tok = ws[span[0]].token
    return any(e.start <= tok < e.end for e in ctx.entities(ws[span[0]].utterance, labels))


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    agent = ctx.indices("agent")
    if not agent:
        return DetectorResult("fail", "The agent never spoke, so there was no greeting.")
    first = ctx.utterances[agent[0]].start
    idx = [i for i in agent if ctx.utterances[i].start <= first + params["window_seconds"]]
    found = _find_greeting(ctx, words_of(ctx, idx), params)

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
