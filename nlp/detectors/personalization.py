"""Personalization: the agent addresses the customer by name at least once
after learning it. The name comes from the call's customer record, from the
customer introducing themselves ("my name is Mary Smith", "hi, this is John",
"it's Mark"), from the customer's answer when the agent asks for it ("may I
have your name?" - "sure, uh, Robert Jones"; a spelled "s m i t h" counts),
from the agent addressing the customer with a title ("thank you, Mrs. Jones")
and, with a trained spaCy pipeline, from PERSON entities in what the customer
says about themself. First or last name counts (a near spelling too:
speech recognition writes "Jon" for "John"), not inside the agent's own
introduction (an agent called Linda talking to a customer called Linda). N/A
when the customer's name never appears."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from nlp.context import CallContext
from nlp.opening import (HONORIFICS, NOT_NAME_WORDS, Word, call_is_cased, could_be_feeling, find, hit_evidence,
                         is_alpha_name, is_name_word, letters_run, similar_name, sounds_alike, words)
from nlp.result import DetectorResult, Evidence
from nlp.words import is_english_word, lemma

LABEL = "Personalization"

PARAMS: dict[str, Any] = {
    "min_uses": {
        "type": "integer", "minimum": 1, "default": 1,
        "description": "How many times the agent must use the customer's name.",
    },
    "intro_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["my name is", "my name's", "my names", "name is", "the name is", "name's", "the names",
                    "surname's", "my surnames", "my first name is",
                    "first name is", "my last name is", "last name is", "surname is", "my full name is",
                    "full name is", "name on the account is", "under my name", "in my name", "it's under",
                    "it is under", "under the name",
                    "in the name of", "under the name of", "name of"],
        "description": "Phrases with which customers give their name anywhere in a turn; the words after "
        "them are taken as the name. 'this is X', 'it's X', 'I'm X' and 'X here' count at the start of "
        "the customer's turn.",
    },
    "name_question_phrases": {
        "type": "array", "items": {"type": "string", "minLength": 1},
        "default": ["your name", "who am i speaking", "who i'm speaking", "who i am speaking", "whom am i speaking",
                    "who do i have", "name on the account", "name please", "spell your", "spell that",
                    "spell the", "your first name", "your last name", "your full name", "your surname",
                    "and you are", "who's calling", "who is calling", "may i ask who", "name for the account",
                    "get a name", "have a name", "the account holder's name", "the name of the account holder",
                    "name on the", "name on your", "name for the", "name for your", "what name", "which name",
                    "name is it under", "name it's under", "name is that under", "sir name", "surname on",
                    "the surname", "who's the account holder", "who is the account holder", "the last name",
                    "the first name", "the full name", "take a name", "grab a name", "grab your name",
                    "a name please", "owner's name", "policyholder's name", "policy holder's name",
                    "bill payer's name", "cardholder's name", "card holder's name", "and the name"],
        "description": "Agent phrases that ask for the customer's name; the customer's answer gives it.",
    },
}

_WEAK_INTROS = ["this is", "it's", "it is", "i'm", "i am", "its", "im"]
# words an answer to "can I take your name?" may open with before the name ("yeah it's Chloe")
_ANSWER_OPENERS = frozenset({"its", "it", "'s", "is", "am", "m", "im", "this", "name", "my", "the", "so", "and",
                             "that", "me", "sure", "um", "uh", "er"})
# account details asked for beside the name ("your postcode and the name on the account"):
# the word naming a detail is never the name ("Postcode's L S 6...")
_DETAIL_WORDS = frozenset({"postcode", "postal", "zip", "zipcode", "address", "reference", "ref", "booking",
                           "reservation", "policy", "permit", "membership", "member", "order", "tracking",
                           "date", "birth", "dob", "birthday", "email", "mobile", "telephone", "landline",
                           "contract", "invoice", "ticket", "case", "claim", "registration", "reg", "serial",
                           "licence", "license", "passport", "pin", "password", "username", "surname", "street",
                           "road", "lane", "avenue", "flat", "house", "apartment", "unit", "code",
                           # function words nlp.opening does not list ("it's under my husband's name")
                           "under", "over", "after", "before", "through", "into", "onto", "upon", "around", "via",
                           "per", "basically", "literally", "honestly", "calling", "ringing", "phoning"})
# possessives before "name" that ask for someone else's ("can I take her name", "your mum's name")
_OTHER_POSSESSIVES = frozenset({"her", "his", "their", "the patient's", "patient's"})
# words a customer's turn may open with before introducing themself ("hi yes this is John")
_OPENERS = frozenset({"hi", "hiya", "howdy", "hello", "hey", "yes", "yeah", "yep", "oh", "good", "morning",
                      "afternoon", "evening", "well", "so", "okay", "ok", "there", "sure", "of", "course",
                      "certainly", "it", "'s", "is",
                      "my", "name", "this", "thank", "thanks", "you", "and", "right", "alright", "absolutely",
                      "sir", "ma'am", "madam"})
# after "I'm" / "this is": states and places, not names ("I'm abroad", "this is urgent")
_NOT_AFTER_IM = frozenset({"hold", "hang", "wait", "sorry", "alright", "fine", "okay", "ok", "good", "well", "abroad", "away", "overseas", "outside", "home", "out", "stuck", "locked", "unable",
                           "currently", "about", "over", "retired", "sick", "ill", "late", "short", "broke",
                           "urgent", "important", "serious", "unacceptable", "insane", "annoying", "terrible",
                           "awful", "bad", "weird", "strange", "odd", "crazy", "nuts", "silly", "embarrassing",
                           "impossible", "useless", "typical", "what", "who", "him", "her", "it", "them", "both",
                           "ridiculous", "outrageous", "absurd", "amazing", "awesome", "perfect", "lovely",
                           "wonderful", "brilliant", "excellent", "nice", "cool", "fair", "enough", "too", "off",
                           "down", "up", "in", "online", "traveling", "travelling", "moving", "self", "employed",
                           "married", "single", "divorced", "widowed", "pregnant", "disabled", "deaf", "blind",
                           "mad", "angry", "tired", "sad", "scared", "nervous", "anxious", "curious", "aware",
                           "positive", "negative", "certain", "hoping", "planning", "thinking", "unsure",
                           "eligible", "responsible", "available", "busy", "free", "online", "correct", "late"})
# a name after these belongs to someone else ("my husband John", "transfer you to Sarah")
_OTHER_PERSON = frozenset({"husband", "wife", "son", "daughter", "mother", "father", "mom", "mum", "dad",
                           "brother", "sister", "partner", "friend", "boss", "boyfriend", "girlfriend", "child",
                           "kid", "kids", "uncle", "aunt", "grandmother", "grandfather", "grandma", "grandpa",
                           "neighbor", "neighbour", "colleague", "coworker", "named", "called", "to", "with", "from",
                           "for", "ask", "spoke", "speak", "talked", "told", "manager", "supervisor", "agent",
                           "representative", "technician", "doctor", "dr", "nurse", "landlord", "tenant"})
# names that are also words: a name after "my name is" ("my name is Will Smith"), never a use alone
_NAMES_ALSO_WORDS = frozenset({"will", "may"})
# "john smith january first": a date follows the name
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_CALENDAR = _WEEKDAYS | frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                                   "september", "october", "november", "december", "born", "date", "birth", "dob",
                                   "account", "number", "phone"})
# after a name, these make it a street's ("Brook Lane", "Fenwick Road"); not words that are also surnames
# ("Hill", "Green", "Park")
_STREET_WORDS = frozenset({"lane", "road", "street", "avenue", "drive", "crescent", "terrace", "gardens", "grove",
                           "boulevard", "way", "square", "mews", "close", "rd", "ave"})
_RELATIONS = _OTHER_PERSON - {"to", "with", "from", "for", "ask", "spoke", "speak", "talked", "told"}
_AGENT_INTRO = frozenset({"is", "am", "'m", "name", "this", "'s"})


@dataclass(frozen=True)
class Name:
    """The customer's name as learned in the call."""

    parts: tuple[str, ...]  # lower-case first/last names ("mary", "smith")
    text: str  # as said or recorded ("Mary Smith")
    utterance: int  # where it was learned (-1: the call's customer record)
    source: str  # "record", "introduction", "answer", "spelled", "title", "read out", "entity", "address"
    cased: bool  # given with capitals in a cased transcript: uses must be capitalised too
    # one name that speech recognition split in two, the pieces joined ("shiv on walsh" -> "shivon")
    joined: tuple[str, ...] = ()


def _name_word(w: Word) -> bool:
    """Could ``w`` be part of the customer's name? Not a function word (nlp.opening) and not
    the word for an account detail asked for beside the name ("postcode", "reference")."""
    return is_name_word(w) and w.norm not in _DETAIL_WORDS


def _surname_like(w: Word, lexicon: Mapping[str, float]) -> bool:
    """A surname shaped like an adverb ("sam reilly", "joe daly"): an "-ly" word that is no
    English word and no sentiment word, where "really" or "honestly" would end the name."""
    return w.norm.endswith("ly") and w.norm not in lexicon and not is_english_word(w.norm)


def _name_at(ws: Sequence[Word], k: int, *, weak: bool, lexicon: Mapping[str, float],
             cased: bool) -> tuple[int, int] | None:
    """One to three name words from ``ws[k]`` (an honorific skipped), or None."""
    titled = k < len(ws) and ws[k].norm in HONORIFICS and ws[k].norm not in ("sir", "madam")
    if titled:
        k += 1
    if k >= len(ws):
        return None
    utt = ws[k].utterance
    first = ws[k]
    if weak and cased and not first.title and not titled:
        return None  # "I am calm, I'm just angry": in a transcript written with capitals a name has one
    spelled, end = letters_run(ws, k)
    if spelled:
        if end < len(ws) and ws[end].utterance == utt and _is_number(ws[end].norm):
            return None  # "it's B P H, four four zero...": a member ID, not a name spelled out
        return k, end
    if first.norm in _NAME_PREFIXES and k + 1 < len(ws) and ws[k + 1].utterance == utt \
            and not ws[k + 1].after_break and _name_word(ws[k + 1]):
        # "o dowd": speech recognition writes O'Dowd in two words; the surname is the second
        got = _name_at(ws, k + 1, weak=weak, lexicon=lexicon, cased=cased)
        return (k, got[1]) if got is not None else None
    if not (_name_word(first) or (not weak and first.norm in _NAMES_ALSO_WORDS)) or (
            first.norm in _NOT_AFTER_IM and weak) or (weak and first.norm in _CALENDAR):
        return None
    if weak and (could_be_feeling(first, cased, lexicon) or _verb_form(first.norm)):
        return None
    end = k + 1
    if end < len(ws) and ws[end].utterance == utt and ws[end].norm in ("'s", "is") and not weak:
        return None  # "postcode's LS6", "the account is...": a word described, not a name
    # a first and a last name; a third word only when written with a capital ("Mary Ann Smith") or joined to the
    # second by a hyphen ("hyacinth pereira-mbeki": one token, the hyphen, between them, and no break)
    while end < len(ws) and (end - k < 2 or (end - k < 3 and (
            (cased and ws[end].title) or (ws[end].token - ws[end - 1].token == 2 and not ws[end].after_break)))) \
            and ws[end].utterance == utt and not ws[end].after_break \
            and _name_word(ws[end]) and ws[end].norm not in _NOT_AFTER_IM and ws[end].norm not in _CALENDAR \
            and ws[end].norm not in HONORIFICS \
            and not (weak and could_be_feeling(ws[end], cased, lexicon) and not _surname_like(ws[end], lexicon)) \
            and not ws[end].norm.endswith("ing"):
        end += 1
    if not weak and end < len(ws) and ws[end].utterance == utt and ws[end].norm in HONORIFICS:
        # "patel, mrs anita patel": the surname, then the name again with a title
        again = _name_at(ws, end, weak=False, lexicon=lexicon, cased=cased)
        if again is not None:
            return k, again[1]
    if weak and not (titled and ws[k - 1].utterance == utt):
        # a name ends the phrase: "this is John, I'm calling...", "it's John Smith"; a title marks the name
        # without it ("hello it's mrs adeyemi our tutor never came")
        nxt = ws[end] if end < len(ws) and ws[end].utterance == utt else None
        if nxt is not None and not nxt.after_break and nxt.norm not in _AFTER_WEAK_NAME:
            return None
        if nxt is not None and nxt.norm == "at" and (
                (cased and not first.title) or any(w.norm == "dot" for w in ws[end + 1:end + 6])):
            return None  # "it's grace at example dot com": an email address, not "it's Fiona at number nine"
    return k, end


_NUMBER_WORDS = frozenset({"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "double", "triple"})


def _is_number(norm: str) -> bool:
    return norm.isdigit() or norm in _NUMBER_WORDS


# what may follow a name after "this is" / "it's" ("this is rafael in unit four b", "its marcus bellamy flat nine",
# "im his mom jen if you need that")
_AFTER_WEAK_NAME = frozenset({
    "i", "and", "calling", "here", "from", "speaking", "my", "again", "with", "on", "phoning", "ringing", "so", "um",
    "thank", "thanks", "hi", "hello", "just", "the", "is", "was", "who", "at", "in", "if", "flat", "unit",
    "apartment", "apt", "number", "about", "regarding"})
# a surname's first part that speech recognition writes as a word of its own ("o dowd", "mc bride")
_NAME_PREFIXES = frozenset({"o", "mc", "mac"})


def _parts(ws: Sequence[Word], span: tuple[int, int]) -> tuple[tuple[str, ...], str, bool]:
    s, e = span
    spelled, end = letters_run(ws, s)
    if spelled and end == e:
        return (spelled,), spelled, False
    toks = [w for w in ws[s:e] if w.norm not in HONORIFICS]
    # a word said twice counts where it is said last ("patel, mrs anita patel" -> "anita patel")
    toks = [w for k, w in enumerate(toks) if w.norm not in {x.norm for x in toks[k + 1:]}]
    return tuple(w.norm for w in toks), " ".join(w.text for w in toks), all(w.title for w in toks)


# a piece this short next to a name word may be part of one name split by speech recognition ("shiv on")
_MAX_PIECE = 3
# never such a piece: what follows a whole name ("john and...", "smith is...")
_NOT_PIECES = frozenset({"and", "or", "but", "is", "am", "was", "i", "im", "the", "a", "an", "my", "its", "it"})


def _joined(ws: Sequence[Word], span: tuple[int, int]) -> tuple[str, ...]:
    """The name's words joined with a short next piece, as speech recognition splits a
    name it does not know ("shiv on walsh" -> "shivon", "gron ya byrne" -> "gronya"): a
    word of the name and the word after it in the same phrase, the second two or three
    letters (not a spelled letter: "okafor o k a f o r")."""
    s, e = span
    out = []
    for j in range(s, min(e, len(ws) - 1)):
        a, b = ws[j], ws[j + 1]
        if b.utterance == a.utterance and not b.after_break and 2 <= len(b.norm) <= _MAX_PIECE \
                and a.norm.isalpha() and b.norm.isalpha() and len(a.norm) > 1 \
                and not {a.norm, b.norm} & (HONORIFICS | _NOT_PIECES):
            out.append(a.norm + b.norm)
    return tuple(out)


def _greeted_with_name(ws: Sequence[Word]) -> tuple[int, int] | None:
    """"Hi, Philippa Oduya." opening the customer's first turn: a greeting, then two
    capitalised words that are no English word (the first) and end the sentence."""
    if len(ws) < 3 or ws[0].norm not in _GREETINGS or ws[0].norm in ("thanks",):
        return None
    a, b = ws[1], ws[2]
    if not (a.title and b.title and a.after_break and not b.after_break and a.utterance == b.utterance
            and not is_english_word(a.norm) and a.norm.isalpha() and b.norm.isalpha()):
        return None
    return (1, 3) if len(ws) == 3 or ws[3].after_stop else None


_ITS = frozenset({"it", "its", "it's"})  # "it's Tunde", "its marisol fernandez"


def _sentence_intro(ws: Sequence[Word], h, cased: bool) -> bool:
    """A weak introduction inside the turn that still introduces: "I'm X" / "this is X"
    opening a sentence ("... but I'm on it too. I'm Arjun."), or "it's" before a first and
    last name that are no English words ("its about my wedding its marisol fernandez")."""
    first = ws[h.start]
    nxt = [w for w in ws[h.end : h.end + 2] if w.utterance == first.utterance]
    if not nxt:
        return False
    k = _after_relation(ws, h.end)
    if k > h.end and first.norm in ("i", "i'm", "im", "this") and k < len(ws) and ws[k].utterance == first.utterance:
        # "... i'm with her i'm her daughter donna": a relation to the one the call is about introduces
        return ws[k].norm.isalpha() and ws[k].norm not in _NOT_AFTER_IM
    if nxt[0].norm in _NOT_AFTER_IM:
        return False
    if first.after_stop and first.norm in ("i", "i'm", "im", "this"):
        return nxt[0].title or not is_english_word(nxt[0].norm)  # "I'm Arjun.", not "I'm alright."
    if first.after_stop and cased and first.norm in _ITS and nxt[0].title \
            and not is_english_word(nxt[0].norm):
        return True  # "BD7 4LP. It's Tunde, Tunde Bakare." (not "It's Monday.")
    if first.norm in _ITS and len(nxt) == 2 and all(w.norm.isalpha() for w in nxt) \
            and [w.norm for w in ws[h.end + 2 : h.end + 5]] == ["by", "the", "way"]:
        return True  # "yes please it's mister kaye by the way": the name said in passing
    # "its marisol fernandez", "It's Annika Sorensen.": a first and a last name, capitalised where the
    # transcript has capitals, else no English words
    return first.norm in _ITS and len(nxt) == 2 and all(
        not w.after_break and w.norm.isalpha() and len(w.norm) > 2
        and (w.title if cased else not is_english_word(w.norm)) for w in nxt) and not is_english_word(
        nxt[0].norm)


def _opens_turn(ws: Sequence[Word], start: int) -> bool:
    """True when only greetings and "yes" come before ``start`` in the turn (a name
    greeted counts: "Hi Leo, this is Sandra")."""
    return all(w.norm in _OPENERS or (k > 0 and ws[k - 1].norm in _GREETINGS)
               for k, w in enumerate(ws[:start]))


def _greets_agent(ctx: CallContext, ws: Sequence[Word], start: int) -> bool:
    """True when only the agent's own name (and greetings) come before ``start``: "Jess, it's
    Fiona, Duke's owner" answers the agent who said her name."""
    own = _agent_own_names(ctx)
    return start > 0 and any(w.norm in own for w in ws[:start]) and all(
        w.norm in _OPENERS or w.norm in own for w in ws[:start])


# a name right after these is the agent greeted ("Morning Ruth, it's Gareth from Tillman Joinery")
_GREETINGS = frozenset({"hi", "hello", "hey", "hiya", "thanks", "morning", "afternoon", "evening"})


# a short question that ends in "the name" asks for the caller's ("and the name?", "okay, the name please")
_SHORT_QUESTION_WORDS = 6


_BEFORE_ASKED_NAME = frozenset({"the", "and", "first", "last", "full", "sur", "okay", "ok", "right", "then", "now"})
# before "the name" in a statement: "it's in the name", "put the credit under the name"
_NOT_ASKING = frozenset({"in", "under", "on", "of", "by", "to", "with", "for", "that", "same", "a", "its", "thats"})


def _asks_for_the_name(ws: Sequence[Word]) -> bool:
    """"And the name?", "what's the name", "surname please", "first name?": a short turn
    that ends in "name" or "surname" (before a "please"), or opens with it in a list of details
    ("name and order number"), as agents ask between other
    details. Not a statement that ends so ("it's in the name", "that's the name", "put the
    credit in the name": a preposition or "is" before it)."""
    norms = [w.norm for w in ws]
    if norms[-1:] == ["please"]:
        norms = norms[:-1]
    # "name and order number", "surname and postcode please": the name first in a list of details asked for
    if 3 <= len(norms) <= _SHORT_QUESTION_WORDS and norms[0] in ("name", "surname") and norms[1] == "and" and \
            not ws[0].after_break:
        return True
    # "what's the name and address?": the name first among the details asked for
    if len(norms) <= _SHORT_QUESTION_WORDS and norms[:1] == ["what"] and any(
            norms[k:k + 3] == ["the", "name", "and"] for k in range(1, 3)):
        return True
    if not 1 <= len(norms) <= _SHORT_QUESTION_WORDS or norms[-1] not in ("name", "surname"):
        return False
    before = norms[:-1]
    if before and before[-1] not in _BEFORE_ASKED_NAME:
        return False
    if len(before) < 2 or before[-1] != "the":
        return True
    if before[-2] in ("is", "'s"):  # "what's the name" asks, "that's the name" does not
        return len(before) > 2 and before[-3] in ("what", "who")
    return before[-2] not in _NOT_ASKING


def _asked_for_name(ctx: CallContext, i: int, params: Mapping[str, Any]) -> str | None:
    """What the agent's last turn before customer turn ``i`` asked for: "self" (the
    customer's name), "other" (only someone else's: "can I take her name?", "your mum's
    name?") or None."""
    utts = ctx.utterances
    for k in range(i - 1, max(-1, i - 4), -1):
        if utts[k].speaker == "agent":
            ws = words(ctx, k)
            # "and you are?" asks only at the end of the turn ("...and you're not sure it's safe" does not)
            if any(h.end == len(ws) or ws[h.end - 1].norm not in ("are", "is")
                   for h in find(ctx, ws, params["name_question_phrases"])) or _asks_for_the_name(ws):
                return "self"
            for n, w in enumerate(ws):
                if w.norm == "name" and n > 0 and (ws[n - 1].norm in _OTHER_POSSESSIVES or (
                        ws[n - 1].norm == "'s" and n > 1 and ws[n - 2].norm in _RELATIONS | {"patient"})):
                    return "other"
            return None
    return None


# "this is <name> from ...", "it's <name> calling": how a caller names themself
_SELF_INTRO_AFTER = frozenset({"from", "calling", "here", "speaking", "phoning", "ringing"})
_NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "EVENT", "WORK_OF_ART", "MONEY", "DATE",
                         "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"})
_PARTICIPLE_ENDINGS = ("en", "ne", "wn", "ost", "uck", "one", "ut")


def _verb_form(norm: str) -> bool:
    """A past participle after "it's" / "I'm" ("it's broken", "it's gone", "I'm stuck"):
    an inflected form in spaCy's lemma table with a participle's ending, not a name."""
    return norm.endswith(_PARTICIPLE_ENDINGS) and lemma(norm) != norm


def _entity_ok(ctx: CallContext, ws: Sequence[Word], span: tuple[int, int]) -> bool:
    """With a trained pipeline, a weak introduction's word must be able to be a name
    (a noun, a proper noun or a PERSON), not "abroad" or "locked"."""
    if not ctx.trained:
        return True
    doc = ctx.ensure_lemmas()
    tok = doc[ws[span[0]].token]
    after = ws[span[1]].norm if span[1] < len(ws) and ws[span[1]].utterance == ws[span[0]].utterance else ""
    if not call_is_cased(ctx) and after in _SELF_INTRO_AFTER and not is_english_word(ws[span[0]].norm):
        return True  # "this is konstantin from the facilities desk": a person, however lower case is tagged
    if tok.ent_type_ in _NOT_PEOPLE:
        return False  # "it's Barclays who told me to ring": an organisation, not the caller
    if tok.pos_ in ("PROPN", "NOUN", "X", "INTJ") or tok.ent_type_ == "PERSON":
        return True
    if span[1] - span[0] > 1 and any(doc[w.token].pos_ == "PROPN" or doc[w.token].ent_type_ == "PERSON"
                                     for w in ws[span[0] + 1 : span[1]]):
        return True  # "its hyacinth pereira-mbeki": the first name tagged an adjective, the surname a proper noun
    # lower-case speech recognition text misleads the tagger ("this is konstantin from the desk" tags the
    # name an adjective): there a word that is no English word can still be a name
    return not call_is_cased(ctx) and not all(is_english_word(w.norm) for w in ws[span[0] : span[1]])


def _closing_answer(ctx: CallContext, ws: Sequence[Word], h, lexicon: Mapping[str, float], cased: bool) -> bool:
    """"twelve orchard lane it's marguerite haskins": in text with no punctuation, a first and
    last name after "it's" that end the customer's answer, one of them no English word (so not
    "i think it's identity theft")."""
    if cased:
        return False
    span = _name_at(ws, h.end, weak=True, lexicon=lexicon, cased=cased)
    if span is None or span[1] - span[0] != 2 or (span[1] < len(ws) and not ws[span[1]].after_break):
        return False
    return not all(is_english_word(w.norm) for w in ws[span[0] : span[1]])


# a PERSON right after these in the customer's words is the agent being greeted or thanked
_GREETED = frozenset({"hi", "hello", "hey", "hiya", "thanks", "thank", "you", "cheers", "bye", "goodbye",
                      "morning", "afternoon", "evening", "ta"})
_POSSESSIVES = frozenset({"her", "his", "their", "the", "your", "its"})
# before a word a small model tags PERSON, these make it a thing ("my café", "the Grange")
_DETERMINERS = frozenset({"my", "our", "the", "a", "an", "your", "this", "that", "his", "her", "their", "its"})
# ... and these a place ("we're in the queue at Hull", "driving from Leeds")
_PLACE_PREPOSITIONS = frozenset({"at", "in", "from", "near", "outside", "into", "towards"})


def _after_relation(ws: Sequence[Word], k: int) -> int:
    """Where the name starts after "I'm" / "this is": past a relation to the person the
    call is about ("I'm her daughter, Aoife"; "this is his wife, Jane Doe")."""
    if k + 1 < len(ws) and ws[k].norm in _POSSESSIVES and ws[k + 1].norm in _RELATIONS \
            and ws[k].utterance == ws[k + 1].utterance:
        return k + 2
    return k


def _answer_name(ctx: CallContext, ws: Sequence[Word], phrases: Sequence[str], *, lexicon: Mapping[str, float],
                 cased: bool) -> tuple[int, int] | None:
    """The name in the customer's answer to "can I take your name?": at the start past
    "yes", "it's", "I'm" ("sure, uh, Robert Jones"; "its chloe barnes, 23rd of the 9th"),
    else after "it's" / "my name is" later in the answer, when other details come first
    ("It's R P 2 0 4 4 7, and it's Jonathan Mbeki"; "Postcode's LS6 2QT. It's Martin Hughes")."""
    k = 0
    while k < len(ws) and (ws[k].norm in _OPENERS or ws[k].norm in _ANSWER_OPENERS or (
            ws[k].norm == "i" and k + 1 < len(ws) and ws[k + 1].norm in ("am", "m"))) \
            and ws[k].norm not in HONORIFICS:
        k += 1
    hits = [h for h in find(ctx, ws, phrases) if h.start <= k + 1]
    if hits:
        k = hits[0].end
    span = _name_at(ws, _after_relation(ws, k), weak=False, lexicon=lexicon, cased=cased)
    if span is not None:
        return span
    for h in find(ctx, ws, list(phrases) + _WEAK_INTROS):
        if h.start > k:
            span = _name_at(ws, _after_relation(ws, h.end), weak=False, lexicon=lexicon, cased=cased)
            if span is not None and not could_be_feeling(ws[span[0]], cased, lexicon):
                return span
    # "L C H four four seven one. Tagliaferri.": the name in a sentence of its own after the detail
    for j in range(k + 1, len(ws)):
        if ws[j].after_stop and ws[j].utterance == ws[0].utterance:
            span = _name_at(ws, j, weak=False, lexicon=lexicon, cased=cased)
            if span is not None and (span[1] >= len(ws) or ws[span[1]].after_stop) and not is_english_word(
                    ws[span[0]].norm) and not could_be_feeling(ws[span[0]], cased, lexicon):
                return span
    return None


def _from_customer(ctx: CallContext, params: Mapping[str, Any], lexicon: Mapping[str, float]) -> Name | None:
    phrases = params.get("intro_phrases") or PARAMS["intro_phrases"]["default"]
    customer = ctx.indices("customer")
    cased = call_is_cased(ctx)
    for n, i in enumerate(customer):
        ws = words(ctx, i)
        if not ws:
            continue
        spans: list[tuple[tuple[int, int], str]] = []
        given_apart = None  # a first name and a surname given apart in the turn
        for h in find(ctx, ws, phrases):
            span = _name_at(ws, h.end, weak=False, lexicon=lexicon, cased=cased)
            if span is None and h.end >= len(ws) and n + 1 < len(customer):
                # "hi my name is" | "patricia rodriguez": the name is the customer's next turn
                nws = words(ctx, customer[n + 1])
                span2 = _name_at(nws, 0, weak=False, lexicon=lexicon, cased=cased)
                if span2 is not None:
                    parts, text, titled = _parts(nws, span2)
                    return Name(parts, text, customer[n + 1], "introduction", titled and cased, _joined(nws, span2))
            if span is not None:
                spans.append((span, "introduction"))
                if any(x in phrases[h.phrase] for x in ("surname", "last name")):
                    # "it's chris and the surname's fox": the first name given before the surname
                    first = next((f for f in (_name_at(ws, g.end, weak=True, lexicon=lexicon, cased=cased)
                                              for g in find(ctx, ws, _WEAK_INTROS) if g.end <= h.start)
                                  if f is not None and f[1] <= h.start), None)
                    if first is not None:
                        spans[-1] = ((first[0], span[1]), "introduction")
                        given_apart = (first, span)
                break
        asked = _asked_for_name(ctx, i, params)
        if asked == "other" and not spans:
            # "can I take her name?" - "Margaret Doyle": the patient's name, not the caller's, unless the
            # caller goes on to say who they are ("... and I'm her mum, Jocasta Vane")
            for h in find(ctx, ws, _WEAK_INTROS):
                k = _after_relation(ws, h.end)
                span = _name_at(ws, k, weak=True, lexicon=lexicon, cased=cased) if k != h.end else None
                if span is not None:
                    parts, text, titled = _parts(ws, span)
                    return Name(parts, text, i, "introduction", titled and cased, _joined(ws, span))
            continue
        if not spans:
            for h in find(ctx, ws, _WEAK_INTROS):
                if not (_opens_turn(ws, h.start) or _sentence_intro(ws, h, cased) or _greets_agent(ctx, ws, h.start)
                        or _closing_answer(ctx, ws, h, lexicon, cased)):
                    continue  # "i think it's identity theft": only an opening "hi, it's Mark" introduces
                span = _name_at(ws, _after_relation(ws, h.end), weak=True, lexicon=lexicon, cased=cased)
                titled = span is not None and cased and span[1] - span[0] >= 2 and all(
                    w.title for w in ws[span[0]:span[1]])  # "It's Annika Sorrell.": a small model may call it ORG
                if span is not None and (_entity_ok(ctx, ws, span) or titled):
                    spans.append((span, "introduction"))
                    break
        if not spans and n == 0 and cased:
            # "Hi, Philippa Oduya. The fitters never came back": a first and last name greeting the agent with
            span = _greeted_with_name(ws)
            if span is not None:
                spans.append((span, "introduction"))
        if not spans:
            # "John Smith here", "Mary Smith calling about my card"
            k = next((k for k, w in enumerate(ws[1:7], start=1)
                      if w.norm in ("here", "calling", "speaking") and not w.after_break), None)
            if k is not None:
                s0 = k
                while s0 > 0 and k - s0 < 2 and not (s0 < k and ws[s0].after_break) and _name_word(ws[s0 - 1]) \
                        and ws[s0 - 1].norm not in _NOT_AFTER_IM and not could_be_feeling(ws[s0 - 1], cased, lexicon):
                    s0 -= 1
                if s0 < k and _opens_turn(ws, s0) and _entity_ok(ctx, ws, (s0, k)):
                    spans.append(((s0, k), "introduction"))
        if not spans and asked == "self":
            span = _answer_name(ctx, ws, phrases, lexicon=lexicon, cased=cased)
            if span is not None:
                spans.append((span, "answer"))
        if not spans and ctx.trained:
            own = _agent_own_names(ctx)
            for ent in ctx.entities(i, ("PERSON",)):
                before = [w.norm for w in ws if ent.start - 3 <= w.token < ent.start]
                if set(before) & _OTHER_PERSON or {w.norm for w in ws if ent.start <= w.token < ent.end} & own:
                    continue  # "my husband John"; "Hi Nora": the agent greeted by name
                if before[-1:] and before[-1] in _DETERMINERS | _PLACE_PREPOSITIONS:
                    continue  # "above my café's tables", "the Grange": a thing or a place, not a person
                if before[-2:] in (["is", "this"], ["is", "that"], ["through", "to"]) or before[-1:] == ["reached"]:
                    continue  # "Is this Clearline?", "am I through to Harlow Tyres": the company asked after
                if before and before[-1] in _GREETED and len(ent) < 2:
                    continue  # "Hi, Helen", "thanks Tom": the customer greeting or thanking the agent
                    # (a first and last name after "Hi," is the caller's own: "Hi, Deborah Lindqvist.")
                k = next((j for j, w in enumerate(ws) if ent.start <= w.token < ent.end), None)
                if k is not None and _name_word(ws[k]):
                    e = k
                    while e < len(ws) and ws[e].token < ent.end and _name_word(ws[e]):
                        e += 1
                    street = [w for w in ws[k:e + 1] if w.token <= ent.end and not (w.token > ws[k].token
                                                                                      and w.after_break)]
                    if any(w.norm in _STREET_WORDS for w in street[1:]):
                        continue  # "Brook Lane, by the post box", "Wendy Close": a street, not a person
                    spans.append(((k, e), "entity"))
                    break
        if spans:
            span, source = spans[0]
            parts, text, titled = _parts(ws, span)
            if given_apart is not None:
                (a, b), (c, d) = given_apart
                p1, t1, ti1 = _parts(ws, (a, b))
                p2, t2, ti2 = _parts(ws, (c, d))
                parts, text, titled = p1 + p2, f"{t1} {t2}", ti1 and ti2
            if letters_run(ws, span[0])[0] or _spelled_after(ws, span):
                source = "spelled"
            # "Will Ashdown": a name that is also a word stays a name when written with a capital
            parts = tuple(p for p in parts if len(p) > 1 and (p not in NOT_NAME_WORDS or (
                p in _NAMES_ALSO_WORDS and titled and cased)))
            if parts:
                parts = parts + _said_again(ws, span, parts, lexicon=lexicon, cased=cased)
                return Name(parts, text, i, source, titled and cased, _joined(ws, span))
    return None


# an agent question that names the person on the line ("Am I speaking to Mr Gareth Lyle?", "Is that Lena?")
_CONFIRM_QUESTIONS = ["am i speaking to", "am i speaking with", "am i talking to", "am i talking with",
                      "is that", "is this", "are you", "i'm speaking to", "i am speaking to", "is it",
                      "speaking to", "talking to"]
# a customer's turn that says yes to it
_YES = frozenset({"yes", "yeah", "yep", "yup", "speaking", "correct", "that's", "thats", "it", "sure", "mhm",
                  "aye", "indeed", "right", "uh-huh"})


def _confirmed_by_agent(ctx: CallContext, agent_name: set[str], lexicon: Mapping[str, float]) -> Name | None:
    """'Am I speaking to Mr Gareth Lyle?' - 'Yes, that's me.': a name the agent reads from
    the account and the customer confirms. The agent's question must end with the name (a
    capitalised one in a cased transcript; otherwise no English word, or a PERSON with a
    trained pipeline), and the customer's next turn must open with a yes."""
    cased = call_is_cased(ctx)
    utts = ctx.utterances
    for i in ctx.indices("agent")[1:]:
        ws = words(ctx, i)
        for h in find(ctx, ws, _CONFIRM_QUESTIONS):
            span = _name_at(ws, h.end, weak=False, lexicon=lexicon, cased=cased)
            if span is None:
                continue
            names = [w for w in ws[span[0]:span[1]] if len(w.norm) > 1 and w.norm not in agent_name]
            if not names or not (all(w.title for w in names) if cased else _may_be_a_name(ctx, names[0])):
                continue
            nxt = next((j for j in range(i + 1, min(len(utts), i + 3)) if utts[j].speaker == "customer"), None)
            answer = words(ctx, nxt) if nxt is not None else []
            if not answer or answer[0].norm not in _YES or (answer[0].norm in ("it", "that's", "thats", "right")
                                                             and len(answer) > 3):
                continue
            return Name(tuple(w.norm for w in names), " ".join(w.text for w in ws[span[0]:span[1]]), i,
                        "confirmed", cased and all(w.title for w in names))
    return None


# words after which the customer gives their name another way ("Deborah, well, Debbie")
_RESTARTS = frozenset({"well", "or", "actually", "sorry", "but", "just", "call"})


def _said_again(ws: Sequence[Word], span: tuple[int, int], parts: tuple[str, ...], *,
                lexicon: Mapping[str, float], cased: bool) -> tuple[str, ...]:
    """Name words the customer adds later in the same turn: the whole name after the
    surname ("It's Faulkner. Ian Faulkner." adds "ian") or the name they go by ("It's
    Deborah, well, Debbie, Debbie Lawal" adds "debbie", "lawal")."""
    extra: list[str] = []
    utt = ws[span[0]].utterance
    k = span[1]
    next_to_name = True  # the segment straight after the name (or after it spelled out)
    while k < len(ws) and ws[k].utterance == utt and k < span[1] + 8:
        if not ws[k].after_break:
            k += 1
            continue
        spelled, run_end = letters_run(ws, k)
        if spelled:
            k = run_end  # "Hollis, H O L L I S, Marianne": the name spelled, then the first name
            next_to_name = True
            continue
        again = _name_at(ws, k, weak=False, lexicon=lexicon, cased=cased)
        if again is None:
            k += 1
            next_to_name = False
            continue
        got = [w.norm for w in ws[again[0]:again[1]] if len(w.norm) > 1 and w.norm not in NOT_NAME_WORDS
               and w.norm not in HONORIFICS]
        if not got or ws[k - 1].norm in _OTHER_PERSON:
            break
        if set(got) & set(parts + tuple(extra)) or ws[k - 1].norm in _RESTARTS or (
                next_to_name and again[1] - again[0] <= 2 and not _is_number(ws[k - 1].norm)):
            # "It's Faulkner. Ian Faulkner.", "Deborah, well, Debbie", "it's Gaz, Gary Whitlow, from..."
            extra += [g for g in got if g not in parts and g not in extra]
        else:
            break  # another detail ("..., account 7730"): the name is over
        k = again[1]
        next_to_name = True
    return tuple(extra)


def _spelled_after(ws: Sequence[Word], span: tuple[int, int]) -> bool:
    """Is the name at ``span`` spelled out letter by letter after it in the turn ("Adesanmi.
    A D E S A N M I.")?"""
    said = {w.norm for w in ws[span[0]:span[1]]}
    return any(letters_run(ws, k)[0] in said for k in range(span[1], len(ws)) if len(ws[k].norm) == 1)


def _titled_by_agent(ctx: CallContext, agent_name: set[str]) -> Name | None:
    """'Thank you, Mrs. Jones': the agent addressing the customer with a title."""
    for i in ctx.indices("agent"):
        ws = words(ctx, i)
        for k, w in enumerate(ws[:-1]):
            nxt = ws[k + 1]
            if w.norm in HONORIFICS and w.norm not in ("sir", "madam", "doctor") and is_name_word(nxt) \
                    and nxt.norm not in agent_name and not (
                        k > 0 and ws[k - 1].norm in _OTHER_PERSON | _AGENT_INTRO
                        and not (k > 1 and ws[k - 1].norm == "with" and ws[k - 2].norm in ("speaking", "talking"))):
                # "the notice is addressed to a Miss Fiona Gallacher": a name read out, not the customer addressed
                source = "read out" if k > 0 and ws[k - 1].norm in _ARTICLES else "title"
                names = [nxt]
                after = ws[k + 2] if k + 2 < len(ws) else None
                if after is not None and after.utterance == nxt.utterance and not after.after_break \
                        and _name_word(after) and after.norm not in agent_name and after.norm not in _NOT_AFTER_IM:
                    names.append(after)  # "a Mr Lionel Achterberg": first name and surname
                return Name(tuple(x.norm for x in names), " ".join([w.text] + [x.text for x in names]), i, source,
                            all(x.title for x in names) and call_is_cased(ctx))
    return None


_ARTICLES = frozenset({"a", "an", "the"})


_VOCATIVE_OPENERS = frozenset({"thanks", "thank", "you", "hi", "hello", "hey", "okay", "ok", "sure", "alright",
                               "great", "perfect", "welcome", "sorry", "morning", "afternoon", "evening", "well",
                               "right", "absolutely", "certainly", "excellent", "wonderful", "bye", "goodbye"})


def _addressed_by_agent(ctx: CallContext, agent_name: set[str]) -> Name | None:
    """'Thanks, John.' - the agent addressing the customer by a name the transcript never
    shows being given (known from the account): a capitalised word (cased transcript) or a
    PERSON entity (trained pipeline) right after a thanks or greeting, set off by a break."""
    cased = call_is_cased(ctx)
    if not cased and not ctx.trained:
        return None
    agent = ctx.indices("agent")
    for i in agent[1:] if len(agent) > 1 else ():
        ws = words(ctx, i)
        persons = {t for e in ctx.entities(i, ("PERSON",)) for t in range(e.start, e.end)} if ctx.trained else set()
        for k in range(1, len(ws)):
            w, prev = ws[k], ws[k - 1]
            if prev.norm not in _VOCATIVE_OPENERS or not is_name_word(w) or w.norm in agent_name \
                    or w.norm in HONORIFICS or w.norm in _VOCATIVE_OPENERS or w.after_stop \
                    or w.norm in _WEEKDAYS:  # "see you Saturday": a day, not the customer (June can be one)
                continue
            ends = k + 1 >= len(ws) or ws[k + 1].after_break
            if ends and ((cased and w.title and w.text != w.text.upper()) or w.token in persons):
                return Name((w.norm,), w.text, i, "address", cased)
    return None


def _agent_own_names(ctx: CallContext) -> set[str]:
    """The agent's own name: the call record's and the one said in the agent's first turn."""
    cached = ctx.__dict__.get("_agent_own_names")
    if cached is None:
        cached = ctx.__dict__["_agent_own_names"] = _own_names(ctx)
    return cached


_OWN_INTROS = ["my name is", "my name's", "this is", "i'm", "i am", "im", "you're through to", "you are through to",
               "you're speaking with", "you are speaking with", "you're speaking to", "you are speaking to",
               "you're talking to", "you're talking with", "speaking with", "through to"]
# the agent's opening: its turns this soon after the first one ("Harbour Savings." ... "you're through to Helen")
_OPENING_SECONDS = 20.0


def _own_names(ctx: CallContext) -> set[str]:
    known = {p.lower() for p in (ctx.call.agent.name or "").split()}
    agent = ctx.indices("agent")
    if not agent:
        return known
    first = ctx.utterances[agent[0]].start
    for i in agent[:3]:
        if i != agent[0] and ctx.utterances[i].start - first > _OPENING_SECONDS:
            break
        ws = words(ctx, i)
        for h in find(ctx, ws, _OWN_INTROS):
            if h.end < len(ws) and ws[h.end].norm not in NOT_NAME_WORDS and ws[h.end].norm.isalpha():
                known.add(ws[h.end].norm)
        for k, w in enumerate(ws[1:], start=1):  # "Priya speaking", "Ben here"
            if w.norm in ("speaking", "here") and is_name_word(ws[k - 1]):
                known.add(ws[k - 1].norm)
    return known


def learned_name(ctx: CallContext, params: Mapping[str, Any] | None = None) -> Name | None:
    """The customer's name and where it was learned (computed once per call and parameters)."""
    params = params or {}
    key = (tuple(params.get("intro_phrases") or ()), tuple(params.get("name_question_phrases") or ()))
    cache = ctx.__dict__.setdefault("_customer_name", {})
    if key not in cache:
        cache[key] = _learn(ctx, dict(params) | {
            "intro_phrases": params.get("intro_phrases") or PARAMS["intro_phrases"]["default"],
            "name_question_phrases": params.get("name_question_phrases")
            or PARAMS["name_question_phrases"]["default"]})
    return cache[key]


def _learn(ctx: CallContext, params: Mapping[str, Any]) -> Name | None:
    record = (ctx.call.customer.name or "").strip()
    if record:
        parts = tuple(p.lower().strip(".,") for p in record.split() if len(p.strip(".,")) > 1)
        return Name(parts, record, -1, "record", False)
    from nlp.sentiment import get_analyzer

    lexicon = get_analyzer().lexicon  # sentiment words ("frustrated") are not names
    said = _from_customer(ctx, params, lexicon)
    own = _agent_own_names(ctx)
    by_agent = _titled_by_agent(ctx, own)
    confirmed = _confirmed_by_agent(ctx, own, lexicon)
    if confirmed is not None and (by_agent is None or confirmed.utterance <= by_agent.utterance):
        by_agent = confirmed
    if said is None and by_agent is None:
        by_agent = _addressed_by_agent(ctx, own | _company_words(ctx))
    if said is not None and by_agent is not None and by_agent.utterance < said.utterance:
        return by_agent
    name = said or by_agent
    return _with_nickname(ctx, name, lexicon) if name is not None else None


# the customer's own short name ("Elizabeth, but everyone calls me Liz"): a use of it is a use of the name
_NICKNAME_PHRASES = ["call me", "calls me", "go by", "goes by", "known as"]


def _with_nickname(ctx: CallContext, name: Name, lexicon: Mapping[str, float]) -> Name:
    cased = call_is_cased(ctx)
    for i in ctx.indices("customer"):
        if i < name.utterance:
            continue
        ws = words(ctx, i)
        if i == name.utterance:
            # "Philippa Thorne, but Pippa's fine": a short name offered with the full one
            for k in range(1, len(ws) - 1):
                w = ws[k]
                if ws[k - 1].norm in ("but", "or", "just") and _name_word(w) and w.norm not in name.parts and (
                        ws[k + 1].norm in ("'s", "is") and k + 2 < len(ws) and ws[k + 2].norm in ("fine", "okay", "ok")
                        or ws[k + 1].norm == "will" and k + 2 < len(ws) and ws[k + 2].norm == "do") \
                        and (w.title or not cased):
                    return replace(name, parts=name.parts + (w.norm,))
        for h in find(ctx, ws, _NICKNAME_PHRASES):
            span = _name_at(ws, h.end, weak=True, lexicon=lexicon, cased=cased)
            if span is None:
                continue
            extra = tuple(w.norm for w in ws[span[0]:span[1]] if len(w.norm) > 1 and w.norm not in name.parts)
            if extra:
                return replace(name, parts=name.parts + extra)
    return name


def _company_words(ctx: CallContext) -> set[str]:
    """Words of the agent's first turn ("Thanks for calling Acme"): never the customer's name."""
    agent = ctx.indices("agent")
    return {w.norm for w in words(ctx, agent[0])} if agent else set()


def customer_name(ctx: CallContext, params: Mapping[str, Any] | None = None) -> str | None:
    """The customer's name as text (the record's, else the first one learned in the call)."""
    name = learned_name(ctx, params)
    return name.text if name is not None else None


def _heard_alike(ctx: CallContext, w: Word, name: Name, not_names: set[str]) -> bool:
    """Is the agent's ``w`` the customer's name spelled another way by speech recognition
    ("siobhan" for a "shiv on" given, "grainne" for "gron ya")? The two must sound alike
    (:func:`nlp.opening.sounds_alike`), and the agent's word must be no English word
    (or, with a trained pipeline, a PERSON) and not a word of the agent's opening (the
    company's name) or the agent's own name: "seven" sounds like "shivon" too."""
    if name.source == "spelled":
        return False  # spelled letter by letter: only the name itself is it ("Adesina" is not "Adesanmi")
    if w.norm in not_names or not is_name_word(w) or not any(
            sounds_alike(w.norm, p) for p in name.parts + name.joined):
        return False
    return _may_be_a_name(ctx, w)


def _may_be_a_name(ctx: CallContext, w: Word) -> bool:
    """Can the agent's ``w`` be a name though it is not spelled as the one given: no
    English word, or a PERSON with a trained pipeline ("seven" is a word, "shivon" none)."""
    if ctx.trained and any(e.start <= w.token < e.end for e in ctx.entities(w.utterance, ("PERSON",))):
        return True
    return not is_english_word(w.norm)


def _spelled_alike(ctx: CallContext, w: Word, name: Name) -> bool:
    """Is the agent's ``w`` the customer's name or a near spelling of it (:func:`similar_name`:
    "jon" / "john")? A spelling that starts with another letter is alike only in sound
    ("phone" / "fiona" share one rough sound key), so then the word must be no English word,
    or a PERSON with a trained pipeline, as for :func:`_heard_alike`."""
    if name.source == "spelled":
        return w.norm in name.parts or w.norm in name.joined  # spelled letter by letter: known exactly
    alike = [p for p in name.parts + name.joined if similar_name(w.norm, p)]
    if not alike:
        return False
    if w.norm not in alike and all(abs(len(p) - len(w.norm)) >= 2 for p in alike) and is_english_word(w.norm):
        return False  # "it would suit anika" does not say "sunita": an English word, spelled well apart from it
    if any(p[0] == w.norm[0] for p in alike):
        return True
    return _may_be_a_name(ctx, w)


def _uses(ctx: CallContext, name: Name) -> list[Evidence]:
    """The agent's turns that use the name after it was learned (one use per turn)."""
    own = _agent_own_names(ctx)
    not_names = own | _company_words(ctx)
    out: list[Evidence] = []
    for i in ctx.indices("agent"):
        if i < name.utterance or (i == name.utterance and name.source in ("read out", "confirmed")):
            continue  # the turn that read the name out ("a Miss Fiona Gallacher, is that you?") does not address
        ws = words(ctx, i)
        for k, w in enumerate(ws):
            if not is_alpha_name(w.norm) or not (_spelled_alike(ctx, w, name) or _heard_alike(ctx, w, name, not_names)):
                continue
            if name.cased and not w.title:
                continue  # "I'll mark it" is not Mark
            if k > 0 and (ws[k - 1].norm in _AGENT_INTRO or ws[k - 1].norm.endswith("'m")) and (
                    w.norm in own or name.source != "title"):
                continue  # "my name is Linda", "this is Linda": the agent's own name
            if k > 0 and ws[k - 1].norm in _RELATIONS and ws[k - 1].norm not in HONORIFICS:
                continue  # "my husband John" (but "Dr Okpara" addresses him)
            out.append(hit_evidence(ctx, ws, (k, k + 1), "the customer's name"))
            break
    return out


def detect(ctx: CallContext, params: Mapping[str, Any]) -> DetectorResult:
    name = learned_name(ctx, params)
    if name is None:
        return DetectorResult("na", "The customer's name never came up (not in the call record, and the "
                              "customer did not give it).", details={"name": None})
    uses = _uses(ctx, name)
    where = ("from the call record" if name.source == "record" else
             f"given at {ctx.utterances[name.utterance].start:.1f} s ({name.source})")
    details = {"name": name.text, "source": name.source, "learned_at": name.utterance, "uses": len(uses)}
    evidence = tuple(uses)
    if name.utterance >= 0:
        evidence = (ctx.evidence(name.utterance, note=f"the customer's name: {name.text}"),) + evidence
    if len(uses) >= params["min_uses"]:
        return DetectorResult("pass", f"The agent addressed the customer by name ({name.text}, {where}) "
                              f"{len(uses)} time(s).", evidence, details=details)
    return DetectorResult(
        "fail",
        f"The agent never addressed the customer by name ({name.text}, {where})"
        + (f"; {len(uses)} of {params['min_uses']} required." if uses else "."),
        evidence, details=details,
    )
