"""Paraphrase: the agent restates the customer's issue or request in their own
words to confirm understanding ("so you'd like to replace your lost debit
card", "just to confirm, your parcel hasn't arrived", "300 dollars from
savings to checking, correct?").

A restatement is an agent clause that (1) is put as one: a cue ("just to
confirm", "so you want", "if I understand correctly"), a statement about the
customer ("you were charged twice", "your package hasn't arrived") or a
read-back asking for confirmation ("..., correct?"); (2) is not a question
asking for something new, a report of what the agent did ("I've cancelled
that for you", "your card has been ordered"), an instruction or a closing
summary; and (3) says what the customer's request or problem said: at least
two of its content words in common with the customer's recent words (synonyms
count: "parcel"/"package"), one of them from the customer's statement of the
request or problem, or - with an embedding model - a sentence at least
``min_similarity`` close to that statement. Repeating one detail back ("the
debit card?", an address, a phone number) is not a restatement. The evidence
pairs the customer's statement with the agent's restatement (and the
similarity, when embeddings are used)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Mapping, Sequence

from nlp import semantic
from nlp.context import CallContext
from nlp.result import DetectorResult

LABEL = "Paraphrasing"

PARAMS: dict[str, Any] = {
    "cue_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "so what i am hearing is", "what i am hearing is", "just to confirm", "just to make sure i understand",
            "if i understand correctly", "if i understood correctly", "if i am understanding", "so you are saying",
            "so what you are saying", "you are saying", "so you want", "so you would like", "so you need",
            "so you are looking to", "so you'd like", "you'd like to", "so you'd", "let me make sure i have",
            "let me make sure i understand", "to confirm", "to make sure i have this right", "so basically",
            "in other words", "so the issue is", "so the problem is", "it sounds like", "sounds like you",
            "let me repeat that", "let me read that back", "so you're", "you mentioned", "you said",
            "so you have", "so you've", "so your", "so you were", "so you", "you want to", "you would like to",
            "you are looking to", "you're looking to", "you're calling", "you are calling",
            "what you're after", "what you are after", "so what you need", "so what you want", "let me just confirm",
            "can i just confirm", "can i confirm", "i understand you", "i understand that you", "i hear that you",
            "i have got this right", "i have got that right", "i have this right", "i have that right",
            "just so i am clear", "just so we are clear", "just so i understand", "make sure i have got",
            "if i have got this right", "if i have understood", "so what happened is", "so what has happened is",
            # checks of understanding however they are worded ("just so I've got it right", "let me just
            # check I've understood", "am I right in thinking")
            "i have got it right", "have i got it right", "got it right", "got everything right",
            "check i have understood", "check i understand", "check i have got", "make sure i have understood",
            "make sure i am understanding", "make sure i am following", "so if i have understood",
            "am i right in thinking", "am i right that", "correct me if i am wrong", "so you are telling me",
            "what you are telling me", "so what you are telling me", "what you are saying is",
            "to recap what you said", "so to recap", "let me recap", "so to summarise", "so to summarize",
            # more checks of understanding ("if I'm following you", "let me get this straight")
            "if i am following", "if i am following you", "let me get this straight", "get this straight",
            "got this straight", "if i heard you right", "if i have heard you right", "if i am hearing you right",
            "so from what you are saying", "from what you have said", "from what you are telling me",
            "what you are wanting", "so you are wanting", "to check i have got", "to check i have understood",
            "i have it right", "i have got it all", "you'd like us to", "you would like us to", "you want us to",
            "so you need us to",
        ],
        "description": "Phrases that introduce a restatement (it must also say what the customer said).",
    },
    "report_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "has been", "have been", "i have", "we have", "i've", "we've", "i just", "i went ahead", "is now",
            "are now", "i found", "i can see", "i see that", "it will", "i will", "we will", "you will",
            "you should", "is done", "is all set", "is set up", "i ordered", "i sent", "i scheduled", "i updated",
            "i cancelled", "i canceled", "i booked", "i processed", "i moved", "i transferred", "i changed",
            "you will need", "you need", "you have to", "you must", "you can", "i see", "it looks like", "looks like",
            "i am going to", "we are going to", "let me", "let us", "let's", "i'll", "we'll", "you'll",
            # instructions and suggestions to the customer ("you'd have to tell the branch")
            "you would have to", "you'd have to", "you would need", "you'd need", "you could", "you might want",
            "you may want", "you might need", "you may need", "you would be able", "you'd be able",
            "have you tried", "if you have tried", "if you've tried",
        ],
        "description": "Phrases that report an action or its result, or instruct the customer; what follows "
        "one in a clause is not a restatement.",
    },
    "request_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": [
            "i would like", "i'd like", "i want", "i wanna", "i need", "i am calling", "calling to",
            "calling about", "calling because", "calling regarding", "can you", "could you", "can i", "could i",
            "i was wondering", "i am trying to", "trying to", "i am looking to", "looking to", "help me",
            "i have a question", "is it possible", "i was hoping", "how do i", "how can i", "i have to",
            "i am phoning", "phoning about", "phoning to", "i would love to", "is there a way", "i wanted to",
            "i wish to", "please",
            # the same with a softener inside ("I just want my money back")
            "i just want", "i just need", "i really need", "i really want", "i only want", "all i want",
            "i just wanted", "i would just like", "i'd just like", "i am just trying", "i am just calling",
        ],
        "description": "Customer phrases that state a request; with the problems the customer states (the "
        "empathy detector's rules), these make the statements a restatement must echo.",
    },
    "min_shared_words": {
        "type": "integer", "minimum": 1, "default": 2,
        "description": "A restatement must share at least this many content words (synonyms count) with "
        "the customer's recent words, so one repeated detail is not enough.",
    },
    "min_similarity": {
        "type": "number", "minimum": 0, "maximum": 1, "default": 0.45,
        "description": "With an embedding model: a restatement in other words counts when its cosine "
        "similarity to the customer's statement of the request or problem is at least this.",
    },
    "lookback_utterances": {
        "type": "integer", "minimum": 1, "default": 8,
        "description": "How many of the customer's statements (turns with at least two content words; "
                       "backchannels and one-word answers do not count) before the agent's turn are recent.",
    },
    "min_customer_words": {
        "type": "integer", "minimum": 1, "default": 2,
        "description": "N/A when the customer said fewer content words than this in the whole call.",
    },
}

# a question ending like this asks the customer to confirm a read-back
_CONFIRM_TAIL = re.compile(r"\b(correct|right|is that right|is that correct|yes|yeah|is that it|did i get that right|"
                           r"have i got that right|am i right|is that what you want|yeah)\W*$")
# a clause opening with these (after fillers) asks for something new: "which card would you like to replace"
_WH = {"what", "which", "when", "where", "who", "whom", "whose", "why", "how"}
_AUX = {"can", "could", "would", "will", "may", "do", "does", "did", "is", "are", "was", "were", "have", "has",
        "should", "shall", "am", "might"}
# "you" after these is a question or politeness, not a statement about the customer
_NOT_ABOUT_YOU = {"thank", "thanks", "see", "bless", "help", "to", "assist", "if", "unless", "whether", "for",
                  "because", "cause", "since", "as", "until", "till", "til", "before", "after", "once",
                  "with", "send", "give", "ask", "tell", "call", "email", "text", "let",
                  # "I'm sorry you've had this after such a wait": what is apologised for, said as empathy
                  "sorry", "apologise", "apologize"} | _AUX
# "you" before these is the subject wherever it stands ("since the change you can't log in")
_VERB_AFTER_SUBJECT = {"can't", "cannot", "couldn't", "were", "are", "was", "have", "had", "haven't", "hadn't",
                       "did", "didn't", "don't", "never", "still", "want", "wanted", "need", "needed", "got",
                       "mentioned", "said", "tried", "lost", "paid", "ordered", "received", "noticed", "bought",
                       "weren't", "aren't", "wasn't", "keep", "kept", "already", "only", "just"}
# contractions transcribed without the apostrophe
_UNSPLIT = {"youre": "you're", "youve": "you've", "youd": "you'd", "youll": "you'll"}
# "you" after these (or opening the clause) is the subject: "so you want", "and you never got it"
_SUBJECT_BEFORE = {"so", "and", "but", "that", "when", "now", "okay", "ok", "right", "alright", "yes",
                   "yeah", "um", "uh", "uhm", "oh", "well", "since", "where", "then", "basically", "confirm", "saying",
                   "understand", "hearing", "sounds", "like", "mentioned", "said", "what", "gotcha", "mhm"}
# with "your ...", these make a problem restated ("your parcel never arrived", "your card was stolen")
_PROBLEM_WORDS = {"not", "never", "charged", "lost", "stolen", "broken", "broke", "stopped", "cancelled",
                  "canceled", "declined", "damaged", "missing", "wrong", "twice", "double", "late", "delayed", "locked",
                  "blocked", "failed", "overcharged", "disappeared", "crashed", "leaking", "faulty", "stuck", "gone",
                  "hacked", "expired", "frozen", "billed", "flooded", "cracked", "smashed", "dead", "missed",
                  "skipped", "refused", "rejected", "bounced", "burst", "ruined", "torn", "scratched", "dented",
                  "overflowing", "ignored", "forgotten", "misplaced", "overdue", "unpaid", "short", "hit"}
# problem words that, after "has been" or "is now", make it a problem restated rather than a report
# (what an agent does - cancelling, blocking - is not among them)
_STATED_PROBLEMS = _PROBLEM_WORDS - {"cancelled", "canceled", "blocked", "not"}
_CLAUSE_BREAK = re.compile(r"[.,;!?]")
# reports of a result that, right after "so your <thing>", make the clause a report
_RESULT_REPORTS = {"has been", "have been", "is now", "are now", "is done", "is all set", "is set up"}
# report phrases that, joined to a cue, are the restatement's own verb ("so you've been charged")
_STATE_REPORTS = {"has been", "have been"}
# a clause opening with these answers a question ("Yes, your policy covers windshields")
_ANSWERS = {"yes", "no", "yep", "nope", "nah", "yeah", "yup", "aye"}
# a closing offer or farewell in the same turn makes a recap a summary of what was done
_CLOSING = re.compile(r"\b(anything else|thank you for calling|thanks for calling|have a (great|good|nice|lovely) "
                      r"(day|evening|afternoon|weekend)|goodbye|bye)\b")
# "you can..." after these is the customer's question restated ("whether you can pause the payments")
_EMBEDDED_QUESTION = {"whether", "if"}
# words in a cue that make it a check of understanding ("just so I've got it right", "if I understood
# correctly"): what follows it restates the customer even when it shares only the topic of their issue
_CHECK_MARKERS = ("understand", "understood", "right", "hearing", "saying", "telling", "recap", "summar",
                  "other words", "clear", "following", "straight", "what you've said", "what you have said",
                  "got it all", "got everything", "got all", "have it all", "have everything", "check i",
                  "check that i")
# an agent's comment on the customer's situation opens with one of these and a copula or "sounds"/"must"
# ("that's a real pain when you're...", "it must be hard when you..."): the "you" it mentions is the
# situation commented on, not a restatement
_COMMENT_SUBJECTS = {"that", "that's", "thats", "it", "it's", "this", "what", "how"}
_COMMENT_VERBS = {"is", "was", "must", "sounds", "sound", "seems", "would"}
# a clause runs to the next sentence mark or comma ("Got it, grace at example dot com, I'll send it")
# (a point or comma between digits is part of a number: "£286.40", "1,500")
_CLAUSE = re.compile(r"(?:[^.,;!?]|(?<=\d)[.,](?=\d))+[.,;!?]*")
_SENTENCE = re.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d))*(?:[.!?]+|$)")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\?")
READBACK = "a read-back to confirm"
# words that say whose the thing read back is, or who did it ("your key snapped in the lock?")
_WHOSE = frozenset({"you", "your", "yours", "it", "its", "he", "she", "they", "his", "her", "their", "we", "our"})
# "so that's a party for twelve on Saturday": a summary, which counts by the customer's words only (a
# sentence like it is close in meaning to the issue however it goes on: "so that's a delay at the warehouse")
SUMMARY = "a summary of the request"
# content words that make a customer turn the opening statement of their reason for calling
OPENING_WORDS = 3
# content words a "so ..." sentence must take from the customer's statement to be it said back
ECHO_WORDS = 3
_NUMBER = re.compile(r"[0-9.,]+(?:st|nd|rd|th)?|zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|"
                     r"thousand|million")
# what a number counts: with it, a detail read back, not a word of the issue
_UNITS = frozenset({"pound", "quid", "dollar", "euro", "pence", "penny", "cent", "percent", "kilo", "gram", "mile",
                    "minute", "hour", "day", "week", "month", "year", "time"})
# after "you can", what the customer perceives ("you can smell gas"), not an instruction ("you can see it online"
# instructs, so "see" is not among them)
_SENSES = frozenset({"smell", "hear", "feel", "taste"})
# modals that make "you ..." an instruction, offer or suggestion when not negated
_MODALS = {"can", "could", "should", "might", "may", "must", "will", "shall", "would"}
# what "you'd" is followed by in an instruction ("you'd have to", "you'd need to", "you'd be able to")
_OBLIGATION = {"have", "need", "be", "want", "probably", "just", "then", "better", "get",
               # "you'd do that online", "you'd ring the branch": what the customer would do is an instruction
               "do", "go", "apply", "fill", "find", "ring", "call", "phone", "contact", "send", "use", "book", "see",
               "pay", "pop", "bring", "take", "log", "click", "visit", "ask", "speak", "talk", "email", "write",
               "put", "pick", "collect", "drop", "head", "come", "also", "usually", "normally", "simply"}
# negated modals that reassure or instruct ("you won't be charged"); "you can't log in" states a problem
_ASSURANCES = {"won't", "wouldn't", "shouldn't", "mustn't", "needn't", "shan't"}
# a read-back sentence is about the customer or their issue, not the agent, a detail or a new question
_AGENT_SUBJECTS = {"i", "we", "let", "let's", "it", "that", "this", "there", "here", "me", "us"}
# "so it's ...", "so that's ...": a summary of the customer's issue when it is mostly their words or it
# names what "it" is ("so that's a party for twelve"), not "so that's done" or "so it's sorted now"
_SUMMARY_SUBJECTS = {"it", "that", "this"}
_UNSPLIT_SUMMARY = {"thats": "that's", "its": "it's"}
_DONE_WORDS = frozenset({"done", "sorted", "fixed", "cancelled", "canceled", "booked", "all", "set", "processed",
                         "updated", "changed", "gone", "through", "complete", "completed", "ready", "fine", "okay",
                         "ok", "great", "good", "perfect", "everything", "it", "because", "why", "how", "what"})


def _sums_up(rest: list[str]) -> bool:
    """"that's a party for twelve ten-year-olds": "it's" / "that's" followed by a noun phrase
    ("a" / "an" / "the" / "your"), not a report ("that's done", "it's all sorted")."""
    joined = rest[0].split("'")
    after = rest[1:] if len(joined) == 1 or joined[1] != "s" else rest[1:]
    if len(joined) == 1:
        if not after or after[0] not in ("is", "was"):
            return False
        after = after[1:]
    if len(after) >= 8 and not (set(after[:3]) & _DONE_WORDS) and {"for", "from"} & set(after):
        return True  # "that's Willow Barn from the twenty-fifth, seven nights, for two adults...": a long summary
    return bool(after) and after[0] in ("a", "an", "your") and not (set(after[:3]) & _DONE_WORDS)
_FUTURE = {"will", "going", "gonna", "shall"}
_VERBISH = {"is", "are", "was", "were", "been", "be", "has", "have", "had", "did", "does", "do", "got", "get", "want",
            "need", "keeps", "went", "came", "took", "left", "broke", "stopped", "won't", "can't", "cannot"}
_OPENING_FILLERS = {"okay", "ok", "alright", "right", "um", "uh", "uhm", "er", "erm", "well", "oh", "ah", "hmm", "mm",
                    "and", "yeah", "mhm", "gotcha", "lovely", "great", "perfect", "sure", "cool", "fine"}
# exclamations that open an empathy remark ("oh no that's a pain when...")
_EXCLAMATIONS = {"no", "dear", "gosh", "god", "goodness", "wow", "blimey", "crikey"}
_LEADING_FILLERS = {"okay", "ok", "alright", "and", "so", "um", "uh", "uhm", "well", "oh", "now", "sure", "great",
                    "right", "then", "also", "perfect", "mhm", "yeah", "got", "it", "i", "see", "gotcha", "cool",
                    "lovely", "fine", "no", "problem", "absolutely", "certainly", "of", "course"}


# problem cues that are also what an agent does ("so the card's blocked now"): naming one is not a read-back
_AGENT_ACTIONS = {"blocked", "cancelled", "canceled", "suspended", "frozen", "locked", "cut", "stopped"}


@lru_cache(maxsize=1)
def _problem_cues() -> tuple[str, ...]:
    """The empathy detector's problem cues ("keeps dropping", "leaking", "no sign of")."""
    from nlp.detectors import empathy

    return tuple(empathy.PARAMS["problem_cues"]["default"])


@lru_cache(maxsize=1)
def _outcome_verbs() -> frozenset[str]:
    """The empathy detector's outcome verbs: a negated one states a failure ("it never arrived")."""
    from nlp.detectors import empathy

    return frozenset(empathy.PARAMS["outcome_verbs"]["default"])


def _issue_statements(ctx: CallContext, params: Mapping[str, Any], words: dict[int, list[str]]) -> dict[int, str]:
    """The customer's statements of their request or problem: utterance -> why."""
    from nlp.detectors import empathy

    e = empathy.PARAMS
    problems = semantic.problem_statements(
        ctx, cues=e["problem_cues"]["default"], outcome_verbs=e["outcome_verbs"]["default"],
        sentiment_threshold=e["sentiment_threshold"]["default"], examples=e["problem_examples"]["default"],
        routine=e["routine_examples"]["default"], similarity=e["problem_similarity"]["default"],
        margin=e["problem_margin"]["default"], problem_words=e["problem_words"]["default"])
    out = {i: f"problem ({p.why})" for i, p in problems.items()}
    for m in ctx.find(params["request_phrases"], speaker="customer"):
        if len(words.get(m.utterance, ())) >= 1:
            out.setdefault(m.utterance, f"request \"{m.text}\"")
    # the reason for the call: the customer's first turn that says something ("I ordered a rug, it was
    # meant to come last Tuesday, and there's nothing here"), however it is worded
    first = next((i for i in ctx.indices("customer") if len(words.get(i, ())) >= OPENING_WORDS), None)
    if first is not None:
        out.setdefault(first, "the customer's opening statement")
    if not out:  # an issue put some other way: the customer's longer statements, else any with content
        longest = max((len(w) for w in words.values()), default=0)
        out = {i: "the customer's description" for i, w in words.items() if w and len(w) >= min(3, longest)}
    return out


def _is_new_question(words: list[str]) -> bool:
    """True for a clause that asks for something new ("what is your address", "would you like...")."""
    first = next((w for w in words if w not in _LEADING_FILLERS), "")
    return first.split("'")[0] in _WH or first in _AUX and "you" in words[words.index(first) + 1 : words.index(first) + 3]


def _instructs(after: list[str], clitic: str) -> bool:
    """True when the words after a subject "you" make the clause an instruction, offer or
    suggestion rather than a statement of the customer's want or problem: a modal that is
    not negated ("you can ring the branch", "you'd have to tell them", "you'll get a text")
    or an obligation ("you need to bring it in"). "You can't log in" restates a problem;
    "you'd like a refund" restates a request."""
    if clitic == "'ll":
        return True
    if clitic == "'d":
        return bool(after) and after[0] in _OBLIGATION
    nxt = after[0] if after else ""
    if nxt in _ASSURANCES or (nxt in ("do", "don't") and any(x in ("need", "have") for x in after[1:3])):
        return True  # "you won't be charged", "you don't need to do a thing"
    if nxt == "would":
        return after[1:2] not in (["like"], ["love"], ["prefer"], ["rather"])
    if nxt == "can" and after[1:2] and after[1] in _SENSES:
        return False  # "so you can smell gas in the kitchen": what the customer perceives
    if nxt in _MODALS and after[1:2] != ["not"]:
        return True
    return nxt in ("need", "have", "got") and after[1:2] == ["to"]


# what "you're ..." says the agent has done for the customer
_SET_UP = frozenset({"booked", "sorted", "set", "registered", "enrolled", "confirmed", "covered", "rebooked"})


def _about_customer(words: list[str]) -> bool:
    """True when the clause states the customer's want or problem: "you" as the subject
    ("so you want...", "and you never got it", "you were charged twice"), or "your ..."
    with a problem ("your parcel hasn't arrived", "your card was stolen"). "Your balance
    is..." answers; "I can send you..." is about the agent; "you'll need to..." and "I don't
    know if you've tried..." tell or ask the customer something."""
    if _is_comment(words):
        return False
    for k, w in enumerate(words):
        base, _, clitic = _UNSPLIT.get(w, w).partition("'")
        before = words[k - 1] if k else ""
        subject = not k or before in _SUBJECT_BEFORE or (before not in _NOT_ABOUT_YOU and (
            clitic in ("re", "ve", "d") or words[k + 1 : k + 2] and words[k + 1] in _VERB_AFTER_SUBJECT))
        if base == "you" and subject and k + 1 < len(words):
            after = words[k + 1 : k + 6]
            if clitic == "re" or after[:1] == ["are"]:
                state = next((w for w in (after if clitic == "re" else after[1:]) if w not in ("all", "now", "both")), "")
                if state in _SET_UP:
                    continue  # "you're booked for half five on the 16th", "you're all set": what the agent did
            if (clitic == "ve" or after[:1] in (["have"], ["had"], ["got"])) and any(_NUMBER.fullmatch(x) for x in after):
                continue  # "you have about four thousand left on the loan": account details read out
            if not _instructs(words[k + 1 : k + 4], "'" + clitic if clitic else ""):
                return True
        if base == "your" and any(x in _PROBLEM_WORDS or x.endswith("n't") for x in words[k + 1 :]):
            return True
    # "so there's a burst main outside your house": the customer's situation said as what there is
    lead = 0
    while lead < len(words) and words[lead] in _SUBJECT_BEFORE:
        lead += 1
    if lead and words[lead : lead + 1] in (["there's"], ["theres"]) or words[lead : lead + 2] in (
            ["there", "is"], ["there", "are"], ["there", "was"], ["there", "were"]):
        # ... the customer's own thing, before any explanation ("... because you asked for paper statements")
        rest = words[lead + 1 :]
        cut = next((k for k, w in enumerate(rest) if w in ("because", "since", "as", "cause", "cos")), len(rest))
        return "your" in rest[:cut]
    return False


def _is_comment(words: list[str]) -> bool:
    """True for a clause that is the agent's comment on the customer's situation: opened
    (after fillers and exclamations) by "that's", "it must", "this is", "what a"... ("oh no,
    that's a real pain when you're working from home", "it must be hard when you're on your
    own"). Such a clause evaluates what the customer said; it does not restate it."""
    if len(words) >= 4 and words[-2] in ("is", "was", "sounds", "must") and words[-1] in _EVALUATIONS:
        return True  # "three days without internet when you work from home is rough"
    k = 0
    while k < len(words) and (words[k] in _OPENING_FILLERS or words[k] in _EXCLAMATIONS):
        k += 1
    if k >= len(words) or words[k] not in _COMMENT_SUBJECTS:
        return False
    first, nxt = words[k], words[k + 1 : k + 3]
    if first in ("what", "how"):
        return nxt[:1] in (["a"], ["an"])  # "what a nightmare when you..." (not "what you said")
    if not (first.endswith("'s") or first == "thats"):
        if not nxt or nxt[0] not in _COMMENT_VERBS:
            return False
        nxt = nxt[1:]
    # "it's been off since Sunday", "it's your card that was stopped" state facts, not a comment
    return nxt[:1] not in (["been"], ["your"], ["still"], ["not"], ["never"], ["the"])


# what a clause ending "... is rough" says of the customer's situation: a comment on it
_EVALUATIONS = frozenset({"rough", "awful", "horrible", "hard", "tough", "grim", "miserable", "frustrating", "annoying",
                          "stressful", "worrying", "rubbish", "terrible", "dreadful", "horrid", "exhausting", "upsetting",
                          "unacceptable", "difficult"})


# with a trained parse: the main clause of a comment ("that's awful", "that must be hard", "that sounds grim")
_COMMENT_HEADS = {"be", "sound", "seem"}


def _inside_comment(ctx: CallContext, i: int, start: int, end: int) -> bool:
    """With a trained pipeline's parse: True when every "you" that is a subject in
    characters ``start:end`` of agent utterance ``i`` sits in an adverbial clause of a
    comment whose subject is "that", "this" or "it" ("I know that's awful when you've got a
    newborn at home": "you" is the subject of "got", an adverbial clause of "'s", whose
    subject is "that"), wherever the comment stands in the clause. Without a parse, see
    :func:`_is_comment`."""
    doc = ctx.ensure_lemmas()
    span = doc.char_span(ctx.starts[i] + start, ctx.starts[i] + end, alignment_mode="expand")
    yous = [t for t in span or () if t.lower_ == "you" and t.dep_ in ("nsubj", "nsubjpass")]
    if not yous:
        return False
    for you in yous:
        verb, inside = you.head, False
        for _ in range(6):  # a few clauses up at most
            if verb.dep_ == "advcl":
                main = verb.head
                inside = main.lemma_ in _COMMENT_HEADS and any(
                    c.dep_ in ("nsubj", "expl") and c.lower_ in ("that", "this", "it") for c in main.children)
                if inside:
                    break
            if verb.head is verb:
                break
            verb = verb.head
        if not inside:
            return False
    return True


def _has_verb(words: list[str]) -> bool:
    """A rough test (no part-of-speech tags in the blank pipeline) that the words make a
    clause rather than a noun phrase: "the heating's been out since Friday" against "the
    debit card"."""
    return any((w in _VERBISH and not (w == "left" and k and words[k - 1] in _DETERMINERS)) or
               w.endswith(("n't", "'ve", "'re", "'d")) or (
        len(w) > 4 and w.endswith(("ed", "ing")) and w not in _ING_NOUNS and not _NUMBER.fullmatch(w) and not (
            # "the 7:40 showing", "the evening showing": an -ing word after a determiner, a number or a thing
            # named by an -ing noun is a thing too ("hundred" is a number, not a verb)
            w.endswith("ing") and k and (words[k - 1] in _DETERMINERS or words[k - 1] in _ING_NOUNS
                                         or _NUMBER.fullmatch(words[k - 1]))))
        for k, w in enumerate(words))


_COPULAS = frozenset({"is", "are", "was", "were"})


def _amount_read_back(words: list[str]) -> bool:
    """"The deposit was fifteen hundred pounds?", "and the fare is 40 dollars?": a copula before a
    number and no other verb reads out one detail, however it is put."""
    k = next((k for k, w in enumerate(words) if w in _COPULAS), None)
    if k is None or k + 1 >= len(words) or not _NUMBER.fullmatch(words[k + 1]):
        return False
    return not _has_verb(words[:k] + words[k + 1 :])


# "the left leg", "your left hand": "left" is a side, not a verb
_DETERMINERS = frozenset({"the", "a", "your", "my", "his", "her", "their", "our", "its"})


# words ending in "-ing" that are things, not verbs ("Sunday morning?" is a detail read back)
_ING_NOUNS = frozenset({"morning", "evening", "wedding", "booking", "building", "ceiling", "parking", "clothing",
                        "something", "nothing", "anything", "everything", "pudding", "spring", "string", "during",
                        "meeting", "filling", "bedding", "flooring", "lighting", "plumbing", "shopping",
                        "opening", "setting", "settings", "warning", "reading", "listing", "thing", "ending"})


# thanks and acknowledgements before a read-back ("thanks Eirlys, so ...", "no problem so that's ...")
_ONE_WORD_ACKS = frozenset({"thanks", "cheers", "ta", "certainly", "absolutely", "brilliant", "excellent"})
_TWO_WORD_ACKS = (["thank", "you"], ["got", "it"], ["no", "problem"], ["of", "course"], ["no", "worries"],
                  ["that's", "fine"], ["i", "see"])


def _opening(words: list[str], names: frozenset[str] = frozenset()) -> list[str]:
    """The words of a clause after its leading fillers ("okay, so, um, your ..."), thanks and
    acknowledgements ("thank you", "got it") and the customer's name ("ok Florimund, so ...")."""
    k = 0
    while k < len(words):
        w = words[k]
        if w in _OPENING_FILLERS or w in names:
            k += 1
        elif w in _ONE_WORD_ACKS or words[k : k + 2] in _TWO_WORD_ACKS:
            k += 1 if w in _ONE_WORD_ACKS else 2
        else:
            break
    return words[k:]


def _readback_sentence(sentence: str, *, names_problem: bool = False, echoes: bool = False,
                       names: frozenset[str] = frozenset(), theirs: frozenset[str] = frozenset()) -> tuple[bool, bool]:
    """Whether a sentence is put as a read-back of what the customer said, and whether it
    asks to confirm it: ``(read-back, asked)``. A read-back is opened by "so" with the
    customer or their thing as subject and says "you" of the customer ("so the rug never
    turned up, and you'd like a refund"), or is a statement asked as a question or with a
    tag ("the heating's been off since Sunday?"). Without "you" or a question a "so ..."
    sentence explains ("so the fee is added automatically"), unless it states a failure ("so
    it never got to you") or ``names_problem`` (it holds a problem cue: "so the router keeps
    dropping the connection") or ``echoes`` (it is mostly the customer's own words: "so the sofa
    came yesterday with a tear in a seat cushion"). ``theirs``: "he" / "she" when the customer
    spoke of someone of theirs so (a pet, a child: "so she's been sick all night and won't eat"
    says back what the customer said of her). Not "so I can book...", "so that's 4 4 8?", "so there were five
    failed attempts" or "so what's the number?"."""
    lowered = sentence.lower()
    words = _TOKEN.findall(lowered)
    question = words[-1:] == ["?"] or bool(_CONFIRM_TAIL.search(lowered))
    rest = _opening(words, names)
    opened_by_so = False
    while rest[:1] == ["so"]:
        opened_by_so = True
        rest = _opening(rest[1:], names)
    if not (question or opened_by_so) or not rest:
        return False, question
    if rest[0] in _UNSPLIT_SUMMARY:  # "so thats a double room for two nights", as speech recognition writes it
        rest = [_UNSPLIT_SUMMARY[rest[0]]] + rest[1:]
    first = rest[0].split("'")[0]
    if first in _SUMMARY_SUBJECTS and (echoes or _sums_up(rest)) and not any(
            w in _FUTURE or w.endswith("'ll") for w in rest):
        # "so it's a pipe in the loft, and the water's coming through the ceiling", "so that's a party for
        # twelve on Saturday": the issue summed up (it must still say what the customer said)
        return (True if echoes else SUMMARY), question
    clauses = [_WORD.findall(c) for c in _CLAUSE.findall(lowered)]
    clauses = [c for c in clauses if c]
    # "so it tumbles but there's no heat, and you want a tech out": "it" is the customer's thing when a
    # later clause says what the customer wants
    their_thing = first in ("it", "there") and not any(w in _FUTURE or w.endswith("'ll") for w in rest) and \
        len(clauses) > 1 and any(_about_customer(c) for c in clauses[1:])
    if first in _WH or first in _AUX or (first in _AGENT_SUBJECTS and not their_thing) or _is_new_question(rest):
        return False, question
    if any(any(w in _FUTURE or w.endswith("'ll") for w in c) and not _about_customer(c) for c in clauses):
        # "so the engineer will look at it on Monday, ok?" is a plan, not a read-back; a future inside what the
        # customer wants is theirs ("..., and you want to be sure we'll pay before you agree to it")
        return False, question
    if clauses and _is_new_question(clauses[-1]) and lowered.rstrip().endswith("?"):
        return False, question  # "..., how can I help you today?" asks for something new (", which is why..." does not)
    # "so the tracking says delivered but it never actually got to you": the problem restated as a fact
    return question or names_problem or echoes or (opened_by_so and first in theirs) or any(
        _about_customer(c) or semantic.states_failed_outcome(c, _outcome_verbs()) for c in clauses), question


def _regions(ctx: CallContext, i: int, cues: list, reports: list[tuple[int, int, str]],
             problems: list[int] = (), echoed: Sequence[Sequence[str]] = (),
             names: frozenset[str] = frozenset(), recent_words: Sequence[str] = (),
             theirs: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Candidate restatements in agent utterance ``i``: (start, end, kind) character ranges.
    Each clause counts from its cue (if any) to the first report phrase after it; a sentence
    put as a read-back counts whole (to its first report phrase), kind ``READBACK``.
    ``problems``: where the agent names a problem (character offsets of problem cues);
    ``echoed``: the content words of the customer's recent statements of their issue, which
    a "so ..." sentence made mostly of them restates (:func:`_echoes`)."""
    text = ctx.utterances[i].text

    def cut_at_report(start: int, b: int, cue, *, state_is_said: bool = False,
                      skip=lambda phrase: False, theirs_count: bool = False) -> int | None:
        # a report phrase inside the cue is part of it ("you'd like to"); one reaching past it is not
        # ("so you've been charged twice": a perfect or passive joined to the cue is the restatement's own verb)
        cut = [r for r, r_end, phrase in reports if start <= r < b and not (
            cue and cue[0] <= r < cue[1] and (r_end <= cue[1] or phrase in _STATE_REPORTS))
            and not (state_is_said and phrase in _STATE_REPORTS) and not skip(phrase)]
        if not cut:
            return b
        if min(cut) <= start + 1 and not cue:
            return None  # the clause opens with a report: "I've cancelled that for you"
        tail = _WORD.findall(text[min(cut) : b].lower())
        if any(w in _STATED_PROBLEMS or w.endswith("n't") for w in tail):
            return b  # "so your card has been charged twice": a passive that states the problem
        problem = {w for w in tail if w in _PROBLEM_WORDS}
        if theirs_count and problem and problem & _said_forms(ctx, i):
            return b  # "so your 9:40 has been cancelled" after "they've just said our train's cancelled"
        first_cut = min(cut)
        phrase = next(ph for r, _, ph in reports if r == first_cut)
        between = text[cue[1] : first_cut] if cue else ""
        if cue and cue[2].lower().split()[-1] == "your" and phrase in _RESULT_REPORTS and \
                len(between.split()) <= 4 and not _CLAUSE_BREAK.search(between):
            return None  # "so your contract is now cancelled": a report about the customer's thing
        return first_cut

    out = []
    for m in _CLAUSE.finditer(text):
        a, b = m.start(), m.end()
        inside = [c for c in cues if a <= c[0] < b]
        # of overlapping cues ("to check I've got", "I've got it all") a check of understanding wins
        cue = next((c for c in inside if _is_check(c[2])), inside[0] if inside else None)
        start = min(c[0] for c in inside) if cue and _is_check(cue[2]) else cue[0] if cue else a
        if cue and _is_check(cue[2]):
            # "just to check I've got it all: you've had no supply for an hour, and you need water for the
            # baby": a check of understanding puts the whole sentence after it as the customer's, so what it
            # says the customer needs is no instruction
            b = max(b, start + _SENTENCE.search(text[start:]).end())
            if not _WORD.search(text[cue[1] : b]):
                b = b + _SENTENCE.search(text[b:]).end()
            out.append((start, b, f"cue \"{cue[2]}\""))
            continue
        if cue and not text[cue[1] : b].strip(" ,;:.!"):
            # "just to confirm, another driver hit your car": the restatement follows the cue's comma
            b = start + _SENTENCE.search(text[start:]).end()
            if not _WORD.search(text[cue[1] : b]):
                # "Let me just check I've understood. The storm took..." : it is the next sentence
                b = b + _SENTENCE.search(text[b:]).end()
        end = cut_at_report(start, b, cue)
        if end is None:
            continue
        out.append((start, end, f"cue \"{cue[2]}\"" if cue else ""))
    for m in _SENTENCE.finditer(text):
        a, b = m.start(), m.end()
        sentence = text[a:b]
        if not _WORD.search(sentence):
            continue  # (a sentence holding a cue may be a read-back too: "So X happened, and you want to...")
        echoes = _echoes(sentence, echoed, recent_words)
        readback, question = _readback_sentence(sentence, names_problem=any(a <= p < b for p in problems),
                                                echoes=echoes, names=names, theirs=theirs)
        if not readback:
            continue
        start = a + len(sentence) - len(sentence.lstrip())
        # asked to confirm, "so the radiators have been cold since Thursday?" states, not reports
        if echoes:
            # mostly the customer's own words said back: what it says the customer can or must do is theirs
            # ("so you can smell gas in the kitchen and need someone out"), and "has been" states the problem
            # ("so he's been holding that back leg up since last night"), though a result reported is not
            end = cut_at_report(start, b, None, state_is_said=question,
                                skip=lambda phrase: phrase.startswith("you") or phrase in _STATE_REPORTS)
        else:
            end = cut_at_report(start, b, None, state_is_said=question, theirs_count=True)
        if end is not None:
            out.append((start, end, SUMMARY if readback == SUMMARY else READBACK))
    return out


def _third_persons(ctx: CallContext, j: int) -> frozenset[str]:
    """"he" / "she" as customer utterance ``j`` uses them (for its cat, child, partner)."""
    cache = ctx.__dict__.setdefault("_paraphrase_third_persons", {})
    if j not in cache:
        text = ctx.utterances[j].text.lower()
        cache[j] = frozenset(p for p in ("he", "she") if re.search(rf"\b{p}\b", text))
    return cache[j]


def _said_forms(ctx: CallContext, i: int) -> frozenset[str]:
    """The customer's own words, as said, in their turns among the six utterances before ``i``:
    a problem word of theirs ("cancelled") said back in a read-back is the problem restated,
    not a result reported."""
    cache = ctx.__dict__.setdefault("_paraphrase_said_forms", {})
    if i not in cache:
        cache[i] = frozenset(w for j in range(max(0, i - 6), i) if ctx.utterances[j].speaker == "customer"
                             for w in _WORD.findall(ctx.utterances[j].text.lower()))
    return cache[i]


# cues that say what the customer wants ("so you need", "so you'd like", "you're looking to")
_WANTS = re.compile(r"\byou(?: would|'d| are|'re)? (?:need|want|like|looking to|wanting|after)\b")


def _states_want(cue: str) -> bool:
    """True for a cue that states the customer's want ("so you need", "you'd like to")."""
    return bool(_WANTS.search(cue.lower().replace("cue ", "")))


# a question offering alternatives ("..., or just the instalments paid so far?") asks for something new
_CHOICE = re.compile(r",\s*or\b(?! not\b)[^?,]*\?\s*$")
# a customer's reply opening with these (after fillers) corrects what the agent said back ...
_CORRECTIONS = {"no", "nope", "nah", "not", "actually"}
# ... unless it also agrees with the rest ("no, it's between three and four, but yeah")
_AGREES = re.compile(r"\b(yes|yeah|yep|exactly|that's right|thats right|correct|that's it|thats it)\b")


def _corrected(ctx: CallContext, i: int, restated: Sequence[str]) -> bool:
    """True when the customer's next turn after agent utterance ``i`` corrects it and agrees
    with none of it ("No, cancel. We're moving to Portugal."): the agent restated something
    the customer did not say. After a negative restatement ("so it never arrived?") "no"
    agrees."""
    if any(w in ("not", "no", "never", "nothing", "neither", "nobody") or w.endswith("n't") for w in restated):
        return False
    nxt = next((j for j in range(i + 1, len(ctx.utterances)) if ctx.utterances[j].speaker == "customer"), None)
    if nxt is None:
        return False
    reply = ctx.utterances[nxt].text.lower()
    words = _WORD.findall(reply)
    while words and words[0] in ("um", "uh", "er", "erm", "oh", "well", "ah"):
        words = words[1:]
    return bool(words) and words[0] in _CORRECTIONS and not _AGREES.search(reply)


def _first_after_fillers(words: list[str]) -> list[str]:
    """The first word after opening fillers ("okay so ...", "right, so ..."), as a list of at most one."""
    k = 0
    while k < len(words) and words[k] in _OPENING_FILLERS:
        k += 1
    return words[k : k + 1]


def _is_check(cue: str) -> bool:
    """True for a cue that is a check of understanding ("just so I've got it right", "if I
    understood correctly", "just to check I've got it all")."""
    lowered = cue.lower()
    return any(w in lowered for w in _CHECK_MARKERS)


def _echoes(sentence: str, statements: Sequence[Sequence[str]], recent: Sequence[str] = ()) -> bool:
    """True when a sentence is mostly one of the customer's ``statements`` (content words)
    said back: at least ECHO_WORDS of its content words (numbers aside; synonyms count) are
    the statement's, and they are more than half of them ("so the skip was due to be picked
    up on Monday and it's still on your drive" after "you were supposed to collect my skip
    on Monday and it's still sitting on my drive"). An explanation brings its own words
    ("so the late fee is added by the billing system automatically")."""
    said = [w for w in semantic.content_of(sentence) if not _NUMBER.fullmatch(w)]
    if len(said) < ECHO_WORDS:
        return False
    # most of its words the customer's, from the statement of the issue and the details they gave after it
    # ("so he's eaten two hundred grams of seventy percent dark chocolate and he's about thirty kilos")
    everything = len(semantic.shared_content(said, recent))
    return any(len(shared) >= ECHO_WORDS and 2 * max(len(shared), everything) > len(said)
               for shared in (semantic.shared_content(said, theirs) for theirs in statements))


def _agent_phrases(ctx: CallContext, params: Mapping[str, Any], base: dict[int, int]) -> tuple[dict, dict, dict]:
    """Cue and report phrases in each agent utterance: utterance -> [(start, end, text or
    phrase)], character offsets in the utterance's text; and where the agent names a problem
    (the empathy detector's problem cues, not what an agent does: "blocked", "cancelled"):
    utterance -> [start]."""
    cues: dict[int, list[tuple[int, int, str]]] = {}
    for m in ctx.find(params["cue_phrases"], speaker="agent"):
        cues.setdefault(m.utterance, []).append((m.span.start_char - base[m.utterance],
                                                 m.span.end_char - base[m.utterance], m.text))
    reports: dict[int, list[tuple[int, int, str]]] = {}
    doc = ctx.doc
    for m in ctx.find(params["report_phrases"], speaker="agent"):
        if m.phrase.startswith("you ") and m.span.end < len(doc) and doc[m.span.end].norm_ == "not":
            continue  # "you can't log in" restates a problem; "you can log in online" instructs
        if m.phrase in ("you need", "you can") and m.span.end < len(doc) and \
                doc[m.span.end].norm_ not in ("to",) and (m.phrase == "you need" or doc[m.span.end].norm_ in _SENSES):
            continue  # "you need an engineer out", "you can smell gas": the customer's need or problem, no instruction
        if m.phrase.startswith("you ") and m.span.start and doc[m.span.start - 1].norm_ in _EMBEDDED_QUESTION:
            continue  # "you want to know whether you can still travel": the customer's question, not an instruction
        reports.setdefault(m.utterance, []).append((m.span.start_char - base[m.utterance],
                                                    m.span.end_char - base[m.utterance], m.phrase))
    problems: dict[int, list[int]] = {}
    for m in ctx.find(_problem_cues(), speaker="agent"):
        if not _AGENT_ACTIONS & set(m.phrase.split()):
            problems.setdefault(m.utterance, []).append(m.span.start_char - base[m.utterance])
    return cues, reports, problems


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    from nlp.detectors.personalization import learned_name

    utts = ctx.utterances
    learned = learned_name(ctx)
    names = frozenset(learned.text.lower().split()) | frozenset(learned.parts) if learned else frozenset()
    customer = ctx.indices("customer")
    words = {i: semantic.content_of(utts[i].text, skip=names) for i in customer}
    if sum(len(v) for v in words.values()) < params["min_customer_words"]:
        return DetectorResult("na", "The customer never described an issue, so there was nothing to restate.")
    issues = _issue_statements(ctx, params, words)
    base = {i: ctx.starts[i] for i in ctx.indices("agent")}
    cues, reports, named = _agent_phrases(ctx, params, base)
    use_embeddings = ctx.encoder is not None
    back = params["lookback_utterances"]
    found = []
    statements = [j for j in customer if len(words[j]) >= 2]  # "mm-hmm" and "yes" state nothing
    cued = set(cues)
    for i in ctx.indices("agent"):
        recent = [j for j in statements if j < i][-back:]
        stated = [j for j in recent if j in issues]
        if not stated and i in cued:
            # a cue ("so just to make sure I've got this right") declares the restatement: what it
            # restates may be any of the customer's recent statements, issue-worded or not
            stated = recent
        if not stated:
            continue
        text = utts[i].text
        closing = bool(_CLOSING.search(text.lower()))
        # an utterance opening with "yes"/"no" answers a question in its first sentence
        opening = _WORD.findall(text.lower())[:2]
        answer_end = _SENTENCE.search(text).end() if opening and opening[0] in _ANSWERS and \
            opening[1:] not in (["problem"], ["worries"], ["bother"]) else -1  # "no problem, so that's..." answers nothing
        theirs = {w for j in recent for w in words[j]}
        echoed = [words[j] for j in stated if j in issues]
        # "she's been sick since last night" (the customer's cat, child...): "so she's..." says it back
        pronouns = frozenset().union(*(_third_persons(ctx, j) for j in stated))
        for start, end, kind in _regions(ctx, i, sorted(cues.get(i, []), key=lambda c: (c[0], -c[1])),
                                         reports.get(i, []), named.get(i, []), echoed, names, sorted(theirs),
                                         pronouns):
            region = text[start:end]
            lowered = _WORD.findall(region.lower())
            is_cue = kind.startswith("cue")
            if not lowered or (start < answer_end and not is_cue):
                continue
            if _is_new_question(lowered) and not kind:
                continue
            mine = semantic.content_of(region, skip=names)
            said = [w for w in mine if not _NUMBER.fullmatch(w)]
            if len(said) < 2 or (kind in (READBACK, SUMMARY) and len(said) < (4 if kind == READBACK else 3)
                                 and (not _has_verb(lowered) or _amount_read_back(lowered))):
                continue  # one detail ("the debit card?", "so the bill's for $312.48?") is not a restatement
            if kind == READBACK and len(said) < 3 and not set(lowered) & _WHOSE:
                continue  # "Snapped in the lock?": the customer's words echoed, with no one they happened to
            # "300 dollars from savings to checking, correct?": the tag ends the sentence
            sentence = text[start : start + _SENTENCE.search(text[start:]).end()]
            if _CHOICE.search(sentence.lower()):
                continue  # "it's the full year's invoice you need, or just the instalments?" asks which
            confirms = bool(_CONFIRM_TAIL.search(sentence.lower())) and len(mine) >= 3
            about = _about_customer(lowered) and not (ctx.trained and _inside_comment(ctx, i, start, end))
            if not (kind or about or confirms):
                continue
            if closing and not is_cue:
                continue  # a recap while closing reports what was done
            # numbers are details read back (an amount, a reference), not what the issue says
            shared = [w for w in semantic.shared_content(mine, theirs) if not _NUMBER.fullmatch(w)]
            # ... but a time or amount restated with the problem it belongs to is part of the restatement
            # ("so the crew were booked for eight, they haven't arrived" after "the van was meant to be here
            # at eight ... nobody's turned up"): in a read-back or after a cue, one such number counts beside
            # a word of the customer's, not the number's unit ("so your policy covers up to two thousand pounds"
            # reads out the policy, though the customer said "nearly two thousand pounds")
            numbers = kind and set(shared) - _UNITS and _has_verb(lowered) and any(
                _NUMBER.fullmatch(w) for w in semantic.shared_content(mine, theirs))
            source = max(stated, key=lambda j: (len(semantic.shared_content(mine, words[j])), j))
            by_words = len(shared) + bool(numbers) >= params["min_shared_words"] and \
                semantic.shared_content(mine, words[source])
            # Shapes that declare a restatement, which then need share only the topic of the customer's
            # statement of their issue (the thing it is about), not min_shared_words:
            # - a check of understanding ("just so I've got it right, you're asking whether you can pause the
            #   mortgage payments while you're out of work");
            # - the customer's want put in the agent's words ("so you need an emergency appointment for the
            #   toothache");
            # - the customer's problem said back as a fact about their own thing ("so the worktops still
            #   haven't come", "so the boiler has stopped completely").
            declared = (is_cue and _is_check(kind) and len(said) >= 3 and _has_verb(lowered)) or (
                is_cue and (_states_want(kind) or _states_want(" ".join(lowered[:5]))) and len(said) >= 3) or (
                kind == READBACK and (any(
                    semantic.states_failed_outcome(c, _outcome_verbs()) for c in
                    (_WORD.findall(c) for c in _CLAUSE.findall(region.lower()))) or (
                    _has_verb(lowered) and set(lowered) & _STATED_PROBLEMS)))
            if not by_words and declared:
                topic = [j for j in stated if j in issues and semantic.shared_content(said, words[j])]
                if topic:
                    by_words, source = True, topic[-1]
                    shared = semantic.shared_content(said, words[source])
            confirmed_want = False
            if not by_words and (kind or about) and "so" in _first_after_fillers(lowered) and _has_verb(lowered) and \
                    _states_want(" ".join(lowered)) and semantic.confirmed_by_customer(ctx, i):
                # "So you want to make a claim for the damage after the other driver hit you." "Yes.": the
                # customer's want in the agent's own words, which the customer confirms at once
                by_words, source, confirmed_want = True, stated[-1], True
            sim, seg_a, seg_c = (semantic.restatement_similarity(ctx, i, stated, span=(start, end))
                                 if use_embeddings else (0.0, None, None))
            by_meaning = sim >= params["min_similarity"] and kind != SUMMARY
            if not (by_words or by_meaning):
                continue
            if _corrected(ctx, i, lowered):
                break  # "So you'd like to pause the deliveries." "No, cancel.": a misunderstanding, not a restatement
            if by_meaning and not by_words and seg_c is not None:
                source = seg_c.utterance
            how = ("the customer's want in other words, which the customer confirmed" if confirmed_want
                   else kind or ("a statement about the customer" if about else "a read-back to confirm"))
            found.append({"agent": i, "customer": source, "kind": how, "shared": shared, "start": start, "end": end,
                          "similarity": round(sim, 3) if use_embeddings else None,
                          "agent_segment": seg_a, "customer_segment": seg_c})
            break
    method = semantic.method_of(ctx)
    if not found:
        last = max(issues, key=lambda j: (len(words.get(j, ())), -j))
        how = ("by shared words and sentence similarity" if use_embeddings
               else "by shared words only (no embedding model configured, so restatements in other words are not seen)")
        return DetectorResult(
            "fail",
            "The agent never restated the customer's issue or request to confirm understanding "
            f"(checked {how}).",
            (ctx.evidence(last, note="the customer's statement, never restated"),),
            details={"restatements": [], "method": method,
                     "statements": [{"utterance": j, "why": w} for j, w in sorted(issues.items())]},
        )
    found.sort(key=lambda f: (not f["kind"].startswith("cue"), f["agent"]))  # cue restatements are the clearest
    evidence = []
    for f in found[:3]:
        i = f["agent"]
        span = ctx.doc.char_span(base[i] + f["start"], base[i] + f["end"], alignment_mode="expand")
        sim = f"; similarity {f['similarity']:.2f}" if f["similarity"] is not None else ""
        shared = f"; shared: {', '.join(f['shared'])}" if f["shared"] else ""
        if f["customer_segment"] is not None and f["customer_segment"].utterance == f["customer"]:
            evidence.append(ctx.segment_evidence(f["customer_segment"], "the customer said"))
        else:
            evidence.append(ctx.evidence(f["customer"], note="the customer said"))
        evidence.append(ctx.evidence(i, span=span, note=f"restated ({f['kind']}{shared}{sim})"))
    first = found[0]
    first_text = evidence[1].text
    sim = f", similarity {first['similarity']:.2f}" if first["similarity"] is not None else ""
    return DetectorResult(
        "pass",
        f"The agent restated the customer's issue {len(found)} time(s), e.g. \"{first_text}\" ({first['kind']}{sim}).",
        tuple(evidence),
        details={"method": method, "restatements": [
            {"agent": f["agent"], "customer": f["customer"], "kind": f["kind"], "shared": f["shared"],
             "similarity": f["similarity"]} for f in found]},
    )
