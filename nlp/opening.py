"""Helpers shared by the opening and closing detectors (greeting, closing,
personalization, hold etiquette, transfer): a filler-free word view of each
utterance, phrase search over it, and the word tests that tell a person's
name from the words that follow "this is" or "my name is".

Speech transcripts put fillers inside set phrases ("thanks for calling uh
Harper Valley", "is there uh anything else"), so the detectors of this group
match their phrase lists on the words of an utterance with fillers and
punctuation taken out. Punctuation is kept as a *break* flag on the next word,
because it ends a company or a person's name ("thank you for calling Acme, my
name is..."). The view is built once per call and utterance (a pass over the
tokens the call doc already has).
"""

from __future__ import annotations

import re
import threading
from itertools import compress
from operator import itemgetter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Mapping, NamedTuple, Sequence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

    from nlp.context import CallContext
    from nlp.result import Evidence

# sounds that fill a pause without meaning; dropped from the word view
FILLERS = frozenset({"uh", "um", "uhm", "umm", "uhh", "er", "erm", "ah", "ahh", "eh", "hmm", "hm", "mm", "mhm",
                     "mmm", "em", "ehm"})
HONORIFICS = frozenset({"mr", "mrs", "miss", "ms", "mister", "missus", "dr", "doctor", "sir", "madam"})
# punctuation inside a word or a spelled name, not a break between phrases ("&" joins the parts of a
# company's name: "Hollis & Reed")
_JOINING_PUNCT = frozenset({"'", "-", "’", "&"})

# words that are never (part of) a person's or company's name after "this is", "my name is"...
NOT_NAME_WORDS = frozenset({
    "a", "an", "the", "my", "your", "our", "their", "his", "her", "its", "is", "are", "was", "were", "be", "been",
    "am", "'s", "'m", "and", "or", "but", "how", "what", "why", "where", "when", "who", "which", "today", "have",
    "has", "had", "i", "it", "me", "you", "we", "they", "he", "she", "him", "them", "us", "that", "this", "these",
    "those", "there", "here", "so", "just", "very", "really", "not", "going", "gonna", "to", "with", "about", "for",
    "from", "of", "in", "on", "at", "by", "as", "if", "then", "than", "regarding", "calling", "phoning", "ringing",
    "speaking", "talking", "customer", "agent", "representative", "rep", "name", "names", "doing", "good", "great",
    "fine", "well", "okay", "ok", "sure", "yes", "yeah", "yep", "no", "nope", "hello", "hi", "hey", "thanks",
    "thank", "please", "sorry", "happy", "glad", "pleased", "afraid", "back", "again", "also", "still", "actually",
    "right", "wrong", "correct", "true", "new", "ready", "done", "all", "any", "some", "one", "can", "could",
    "will", "would", "may", "might", "shall", "should", "must", "do", "does", "did", "get", "got", "let", "like",
    "want", "need", "help", "trying", "looking", "wondering", "having", "hoping", "interested", "concerned",
    "worried", "confused", "frustrated", "upset", "calling", "now", "only", "even", "first", "last", "full",
    "account", "card", "number", "problem", "issue", "question", "call", "line", "phone", "everyone", "caller",
    "everybody", "folks", "guys", "morning", "afternoon", "evening", "day", "night", "welcome", "oh", "ma'am",
    "maam", "sir", "madam", "spelled", "spell", "spelling", "letter", "letters", "yours", "mine", "myself",
    "definitely", "absolutely", "certainly", "exactly", "probably", "gonna", "wanna", "gotta", "kind", "sort",
    # numbers read out ("it's eight eight two...")
    "zero", "oh", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "double", "triple",
})
# trades and services a company is named after ("Hartley and Doyle Estate Agents", "Oakline Kitchens aftercare"):
# they make a name an organisation's, and alone ("the garage") do not identify which
TRADE_WORDS = frozenset({
    "agents", "estate", "kitchens", "aftercare", "lettings", "garage", "vets", "opticians", "plumbing", "electrical",
    "glazing", "roofing", "removals", "cleaning", "laundry", "salon", "surgery", "academy", "housing", "hire",
    "tours", "coaches", "solar", "heating", "furniture", "flooring", "carpets", "nursery", "grooming", "kennels",
    "cattery", "tyres", "couriers", "recruitment", "solicitors", "accountants", "funeral", "florists", "bakery",
    "catering", "cinema", "cinemas", "theatre", "leisure", "spa", "optical", "repairs", "limited", "pensions",
})
# a desk or a team answering, not a person ("this is reception", "you're through to accounts")
DESK_WORDS = frozenset({
    "reception", "front", "accounts", "bookings", "enquiries", "inquiries", "switchboard", "admissions", "dispatch",
    "despatch", "claims", "returns", "complaints", "sales", "lettings", "admin", "administration", "operations",
})
# words that make a following word sequence an organisation ("Harper Valley Bank", "Acme Support")
ORG_WORDS = TRADE_WORDS | frozenset({
    "bank", "banking", "company", "co", "inc", "ltd", "llc", "plc", "support", "services", "service", "insurance",
    "airlines", "airline", "airways", "air", "telecom", "telecoms", "credit", "union", "energy", "mobile",
    "financial", "team", "department", "desk", "center", "centre", "group", "store", "stores", "shop", "corp",
    "corporation", "helpline", "care", "pharmacy", "travel", "travels", "electric", "electricity", "gas", "water",
    "utilities", "utility", "billing", "clinic", "hospital", "medical", "dental", "health", "healthcare", "hotel",
    "hotels", "motors", "auto", "broadband", "communications", "wireless", "cable", "logistics", "delivery",
    "express", "rentals", "solutions", "systems", "software", "savings", "loans", "mortgage", "mortgages",
    "finance", "capital", "investments", "realty", "internet", "networks", "power", "foods", "market", "online",
    "direct", "assurance", "lending", "national", "federal", "trust", "bancorp", "telecommunications", "fibre",
    "fiber", "cellular", "wealth", "brokerage", "securities", "partners", "associates", "holdings", "industries",
    "international", "global", "enterprises", "agency", "office", "council", "authority", "university",
    "college", "school", "library", "airport", "railway", "rail", "transit", "parking", "fitness", "gym",
    "appliances", "electronics", "home", "homes", "books", "pizza", "restaurant", "cafe", "dentistry", "vet",
    "veterinary", "labs", "studio", "media", "tv", "streaming", "games", "payments", "pay", "card", "cards",
} | DESK_WORDS)
# service words that alone do not identify the organisation ("thank you for calling customer service")
GENERIC_ORG_WORDS = TRADE_WORDS | frozenset({
    "the", "customer", "customers", "service", "services", "support", "line", "team", "department", "center",
    "centre", "desk", "help", "helpline", "hotline", "care", "bank", "company", "us", "our", "client", "clients",
    "member", "members", "billing", "sales", "technical", "tech", "office", "a", "an", "this", "number", "today",
    "in", "and", "of", "contact", "call", "phone", "store", "shop", "branch",
} | DESK_WORDS)


class Word(NamedTuple):
    """One word of an utterance as the detectors of this group see it (a named tuple:
    a call makes thousands, and tuples are cheap to build)."""

    norm: str  # spaCy's NORM, lower-case ("'ve" -> "have"; "s." -> "s")
    text: str  # as written
    token: int  # index in the call-wide doc (ctx.doc)
    utterance: int  # index into call.utterances
    pos: int  # index of this word in its utterance's word list
    after_break: bool  # punctuation other than an apostrophe, hyphen or "&" came right before it
    title: bool  # written with a capital first letter (meaningful only in cased transcripts)
    after_stop: bool = False  # a full stop, question or exclamation mark came right before it


def words(ctx: "CallContext", utterance: int) -> list[Word]:
    """The words of one utterance without fillers and punctuation (the whole call's are
    built on first use, from the doc's token arrays rather than token objects)."""
    cache: list[list[Word]] | None = ctx.__dict__.get("_opening_words")
    if cache is None:
        cache = _build_words(ctx)
        ctx.__dict__["_opening_words"] = cache
    return cache[utterance]


def _word_norm(norm: str) -> str | None:
    """A token's NORM as a word of this view: a spelled letter "s." or a title "Mrs."
    without its full stop; None for a filler (left out)."""
    if norm.endswith(".") and norm[:-1].isalpha():
        norm = norm[:-1]
    return None if norm in FILLERS else norm


_UNSEEN = object()
_norm_of = itemgetter(0)  # a Word's norm, as a C-level function
_WORD_NORMS: dict[str, str | None] = {}  # NORM -> _word_norm(NORM), for every NORM seen (bounded below)
_new_word = tuple.__new__  # Word(...) without the named tuple's Python-level __new__: a call makes thousands


def _build_words(ctx: "CallContext") -> list[list[Word]]:
    cols = ctx.tokens
    norms, puncts, spaces, idxs, lengths = cols.norm, cols.is_punct, cols.is_space, cols.idx, cols.length
    known = _WORD_NORMS
    if len(known) > 200_000:
        known.clear()
    out: list[list[Word]] = []
    for u, span in enumerate(ctx.docs):
        ws: list[Word] = []
        brk = stop = False
        text = ctx.utterances[u].text
        start, end = span.start, span.end
        base = ctx.starts[u]  # the utterance's first character in the call doc
        for ti in range(start, end):
            if spaces[ti]:
                continue
            lo = idxs[ti] - base
            tok_text = text[lo: lo + lengths[ti]]
            if puncts[ti]:
                # "Mr. Smith": the full stop of an abbreviation breaks nothing
                if tok_text not in _JOINING_PUNCT and not (ws and ws[-1][0] in HONORIFICS and tok_text == "."):
                    brk = True
                    stop = stop or tok_text[:1] in ".!?…"
                continue
            raw = norms[ti]
            norm = known.get(raw, _UNSEEN)
            if norm is _UNSEEN:
                norm = known[raw] = _word_norm(raw)
            if norm is None:
                continue
            ws.append(_new_word(Word, (norm, tok_text, ti, u, len(ws), brk, tok_text[:1].isupper(), stop)))
            brk = stop = False
        out.append(ws)
    return out


def words_of(ctx: "CallContext", utterances: Iterable[int]) -> list[Word]:
    """The words of several utterances in order (a new utterance is not a break by
    itself: use :attr:`Word.utterance` to stop at one)."""
    out: list[Word] = []
    for i in utterances:
        out.extend(words(ctx, i))
    return out


_PHRASES: dict[tuple[int, tuple[str, ...]], list[tuple[str, ...]]] = {}
_PHRASES_LOCK = threading.Lock()


def phrase_norms(nlp: "Language", phrases: Sequence[str]) -> list[tuple[str, ...]]:
    """Each phrase as the norms of its words (fillers and punctuation left out), cached
    per pipeline and list."""
    key = (id(nlp), tuple(phrases))
    with _PHRASES_LOCK:
        got = _PHRASES.get(key)
    if got is None:
        got = []
        for p in phrases:
            norms = tuple(t.norm_ for t in nlp.make_doc(p.lower()) if not (t.is_punct or t.is_space)
                          and t.norm_ not in FILLERS)
            got.append(norms)
        with _PHRASES_LOCK:
            if len(_PHRASES) > 512:
                _PHRASES.clear()
            _PHRASES[key] = got
    return got


_INDEX: dict[tuple[int, tuple[str, ...]], dict[str, Any]] = {}
_END = ""  # the trie key under which a node lists the phrases ending there (no norm is empty)


def _phrase_index(nlp: "Language", phrases: Sequence[str]) -> dict[str, Any]:
    """The phrases as a trie of their norms (each node: norm -> node, and ``_END`` ->
    the indices of the phrases that end there), built once per pipeline and list:
    find() runs thousands of times per batch, and many phrases share their first words."""
    key = (id(nlp), tuple(phrases))
    got = _INDEX.get(key)
    if got is None:
        got = {}
        for k, n in enumerate(phrase_norms(nlp, phrases)):
            if not n:
                continue
            node = got
            for norm in n:
                node = node.setdefault(norm, {})
            node.setdefault(_END, []).append(k)
        with _PHRASES_LOCK:
            if len(_INDEX) > 512:
                _INDEX.clear()
            _INDEX[key] = got
    return got


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found in a word list: words ``ws[start:end]`` (one utterance)."""

    start: int
    end: int
    phrase: int  # index into the phrase list searched

    def first(self, ws: Sequence[Word]) -> Word:
        return ws[self.start]


def find(ctx: "CallContext", ws: Sequence[Word], phrases: Sequence[str]) -> list[Hit]:
    """Every occurrence of any of ``phrases`` in ``ws`` (within one utterance, fillers
    between the words allowed), in order of position, the longest first at a position."""
    trie = _phrase_index(ctx.nlp, phrases)
    hits: list[Hit] = []
    n_words = len(ws)
    # words are tuples: w[0] is the norm, w[3] the utterance (indexing beats attribute access here)
    # the candidate starts picked in C (no Python loop over every word): find() runs ~100 times a call
    for s in compress(range(n_words), map(trie.__contains__, map(_norm_of, ws))):
        node = trie[ws[s][0]]
        utt = ws[s][3]
        e = s + 1
        while True:
            ends = node.get(_END)
            if ends:
                hits.extend(Hit(s, e, k) for k in ends)
            if e >= n_words or ws[e][3] != utt:
                break
            node = node.get(ws[e][0])
            if node is None:
                break
            e += 1
    if len(hits) > 1:
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return hits


def span_of(ctx: "CallContext", ws: Sequence[Word], start: int, end: int) -> "Span":
    """The doc span from word ``start`` to word ``end - 1`` (one utterance)."""
    return ctx.doc[ws[start].token : ws[end - 1].token + 1]


def hit_evidence(ctx: "CallContext", ws: Sequence[Word], hit: Hit | tuple[int, int], note: str) -> "Evidence":
    start, end = (hit.start, hit.end) if isinstance(hit, Hit) else hit
    return ctx.evidence(ws[start].utterance, span=span_of(ctx, ws, start, end), note=note)


def is_name_word(w: Word, *, extra_stop: Iterable[str] = ()) -> bool:
    """Could ``w`` be (part of) a person's or organisation's name? Function words, fillers,
    politeness and state words ("happy", "calling") are not."""
    n = w.norm
    if not is_alpha_name(n) or len(n) < 2 or n in NOT_NAME_WORDS or n in extra_stop:
        return False
    return True


def is_alpha_name(norm: str) -> bool:
    """Letters, with an apostrophe or hyphen inside ("o'connor", "jean-luc")."""
    return norm.replace("'", "").replace("-", "").isalpha() and norm[0].isalpha()


def letters_run(ws: Sequence[Word], start: int) -> tuple[str, int]:
    """A name spelled letter by letter from ``ws[start]`` ("s m i t h" -> ("smith", end));
    ("", start) when fewer than three single letters follow."""
    k = start
    while k < len(ws) and len(ws[k].norm) == 1 and ws[k].norm.isalpha() and ws[k].utterance == ws[start].utterance:
        k += 1
    if k - start >= 3:
        return "".join(w.norm for w in ws[start:k]), k
    return "", start


@lru_cache(maxsize=20_000)
def _sound(name: str) -> str:
    """A rough sound key: letters that sound alike merged, later vowels and doubles dropped."""
    s = name.lower()
    for x, y in (("ph", "f"), ("ck", "k"), ("th", "t"), ("c", "k"), ("q", "k"), ("z", "s"), ("y", "i")):
        s = s.replace(x, y)
    s = s[:1] + s[1:].replace("h", "")
    out = s[:1]
    for ch in s[1:]:
        if ch not in "aeiou" and ch != out[-1]:
            out += ch
    return out


@lru_cache(maxsize=50_000)
def similar_name(a: str, b: str) -> bool:
    """Two spellings of one name as speech recognition writes them ("jon"/"john",
    "catherine"/"kathryn"): equal, close in letters, or alike in sound when long."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or max(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2 and min(len(a), len(b)) < 5:
        return False
    if min(len(a), len(b)) >= 5 and _sound(a) == _sound(b):
        return True
    if a[0] != b[0]:
        return False
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= 0.8


# how alike in letters (Jaro-Winkler, 0-1) two spellings with one Soundex code must still be: Soundex keeps only
# the first letter and three consonant classes ("siobhan" / "shivon" 0.77, "grainne" / "gronya" 0.64)
MIN_SOUND_LETTERS = 0.6


@lru_cache(maxsize=50_000)
def sounds_alike(a: str, b: str) -> bool:
    """Two spellings of a name that sound alike but are written apart, as speech
    recognition writes a name it does not know ("shivon" for "siobhan", "gronya" for
    "grainne"): the same Soundex code and some letters in common. Looser than
    :func:`similar_name`, so the personalization detector asks it only about words that are
    not English words."""
    if min(len(a), len(b)) < 4 or not a.isalpha() or not b.isalpha():
        return False
    import jellyfish

    return jellyfish.soundex(a) == jellyfish.soundex(b) and jellyfish.jaro_winkler_similarity(a, b) >= MIN_SOUND_LETTERS


def is_cased(ws: Sequence[Word]) -> bool:
    """True when the words carry real capitals (a punctuated transcript): a capital
    somewhere other than a sentence start or the pronoun "I"."""
    return any(w.title for w in ws if w.pos > 0 and not w.after_break and w.norm not in ("i", "am", "'m"))


# a capital after a lower-case word or a comma, other than "I" ("Hello, Harper Valley")
_INNER_CAPITAL = re.compile(r"[a-z,;:]\s+(?!I\b|I')[A-Z]")


def call_is_cased(ctx: "CallContext") -> bool:
    """Does the transcript carry real capitals anywhere (names written with capitals)?
    Once per call."""
    got = ctx.__dict__.get("_opening_cased")
    if got is None:
        got = any(_INNER_CAPITAL.search(u.text) for u in ctx.utterances)
        ctx.__dict__["_opening_cased"] = got
    return got


def could_be_feeling(w: Word, cased: bool, lexicon: Mapping[str, float]) -> bool:
    """After "I'm" / "this is": a feeling or state ("this is ridiculous", "I'm thrilled")
    rather than a name. In a cased transcript (``cased``) a capital says name ("I'm Mia");
    otherwise a sentiment word shaped like an adjective or participle is a feeling
    (names in the sentiment lexicon - "rob", "grace", "joy" - are not shaped so)."""
    if cased and w.title:
        return False
    n = w.norm
    if n.endswith(("ing", "ed", "ly")):
        return True
    return n in lexicon and n.endswith(_ADJECTIVE_ENDINGS)


_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "ble", "ic", "al", "less", "ent", "ant", "ish", "ary", "ory", "ile",
                      "ed", "ing", "est", "er")
