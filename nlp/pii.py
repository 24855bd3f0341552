"""Personal data in transcripts: find it and replace it with its kind (``[CARD]``, ``[EMAIL]`` ...).

:func:`redact_call` takes a :class:`~transcription.call.Call` and a mode and
returns the call with every detected item replaced, in the utterance text and
in the word timings (the words of one item become one word, ``[CARD]``, that
keeps their start and end), plus a :class:`RedactionReport` of what was found:
kinds, speakers, times and utterances, never the values.

Modes (:data:`MODES`): ``none``; ``pci`` (card numbers, security codes, expiry
dates); ``all`` (``pci`` plus social security numbers, bank account numbers,
emails, phone numbers, dates of birth and street addresses).

How numbers are found: a speaker's tokens are read as digits, whether written
("4111 1111-1111 1111") or spoken ("four one one one", "oh" for zero, "double
five", "forty one", "twelve twenty five"), with fillers ("uh", "dash") allowed
between them, and across that speaker's consecutive utterances when a number
is split over two of them (at most :data:`SPLIT_GAP_S` apart). A run of digits is
a card number when 13-19 of its digits pass the Luhn check and start like a
card (2-6); a security code or an expiry date when a cue ("CVV", "security
code", "three digits on the back"; "expiry", "expires") is said in the same
utterance or the few before it; in ``all`` mode the other numbers are told
apart by their length, shape and cue words (a 10-digit number is a phone
number, 9 digits after "social security" an SSN...). Dates of birth and
addresses come from spaCy's DATE/FAC/GPE entities when the pipeline given is a
trained one, from patterns otherwise.

Pure: no I/O, no service imports. The service applies it where calls come in
(:mod:`qa_service.redaction`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Sequence

from transcription.call import Call, Utterance, Word
from transcription.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "KINDS", "LABELS", "MODES", "Redaction", "RedactionReport", "kinds_for", "luhn_valid", "redact_call",
    "spoken_digits",
]

# kind -> the text that replaces it
LABELS: dict[str, str] = {
    "card": "[CARD]", "cvv": "[CVV]", "expiry": "[EXPIRY]", "ssn": "[SSN]", "bank_account": "[ACCOUNT]",
    "email": "[EMAIL]", "phone": "[PHONE]", "dob": "[DOB]", "address": "[ADDRESS]",
}
KINDS: tuple[str, ...] = tuple(LABELS)
PCI_KINDS: tuple[str, ...] = ("card", "cvv", "expiry")
# mode -> kinds redacted
MODES: dict[str, tuple[str, ...]] = {"none": (), "pci": PCI_KINDS, "all": KINDS}

# longest pause, seconds, between two utterances of one speaker over which a number may go on
SPLIT_GAP_S = 4.0
# most words the other party may say in between for a number to go on ("mm-hmm", "go on")
BACKCHANNEL_WORDS = 2
# digits of a number that fails the Luhn check but is taken for a card after a card cue (one digit
# dropped or added by the transcript)
MISHEARD_CARD_DIGITS = (12, 20)
# utterances before a number searched for its cue ("security code"), and how far back, seconds
CUE_UTTERANCES = 3
CUE_WINDOW_S = 30.0
# a card said this long (seconds) before a bare 3-4 digit number or MM/YY lets "code"/"date" cue it
AFTER_CARD_S = 90.0

_UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
          "for": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ate": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_REPEAT = {"double": 2, "triple": 3}
# words said between the digits of one number
_FILLERS = {"uh", "um", "er", "erm", "ah", "hmm", "dash", "hyphen", "slash", "space", "-", "/", "–", "—"}
# "for" and "ate" are digits only between other digits ("four one for two"); "o" too
_WEAK_UNITS = {"for", "ate", "o"}
_MONTHS = {m: i + 1 for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"))}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "thirtieth"}

_CARD_CUE = re.compile(r"\b(card number|number on (the|your) card|long number|(credit|debit) card|visa|mastercard|"
                       r"amex|american express|discover)\b")
_CVV_CUE = re.compile(r"\b(cvv2?|cvc2?|cv2|csc|pin|pin number|passcode|security (code|number|digits)|"
                      r"verification (code|number|value)|card code|"
                      r"(?<!last )(?<!first )(three|3|four|4)[ -]digits?(?! of (the|your) card)|digits? on the back|"
                      r"back of (the|your) card)\b")
_EXPIRY_CUE = re.compile(r"\b(expir\w*|expiry|exp date|valid (thru|through|until|till)|end date)\b")
_WEAK_DATE_CUE = re.compile(r"\b(date|valid)\b")
_WEAK_CODE_CUE = re.compile(r"\bcode\b")
_SSN_CUE = re.compile(r"\b(social security|social insurance|ssn|social)\b")
_ACCOUNT_CUE = re.compile(r"\b(account|acct|routing|sort code|iban|bank)\b")
_PHONE_CUE = re.compile(r"\b(phone|mobile|cell|telephone|number to reach|reach me|call me|call you back|"
                        r"contact number|callback)\b")
_DOB_CUE = re.compile(r"\b(date of birth|birth ?date|birthday|born|dob|d o b)\b")
_ADDRESS_CUE = re.compile(r"\b(address|live at|live on|lives at|living at|postcode|post code|zip|zip code|"
                          r"postal code|street)\b")
_EMAIL_CUE = re.compile(r"\b(e-?mail|mail address|email address)\b")
_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(\.[\w-]+)+")
_SPOKEN_EMAIL = re.compile(
    r"\b[\w.+-]+((\s+(dot|underscore|dash)\s+|[._-])[\w+-]+)*\s+at\s+[\w-]+((\s+dot\s+|\.)[\w-]+)*"
    r"(\s+dot\s+|\.)(com|org|net|edu|gov|io|co|uk|us|ca|de|fr|info|biz|me)\b", re.IGNORECASE)
_STREET = ("street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court",
           "ct", "way", "place", "pl", "terrace", "close", "crescent", "highway", "hwy", "parkway", "square")
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
_TOKEN = re.compile(r"[^\s\-–—/]+|[/\-–—]")
_PUNCT = ".,!?;:\"'()[]{}"


def kinds_for(mode: str) -> tuple[str, ...]:
    """The kinds a mode redacts; :class:`ConfigError` naming the valid modes for any other."""
    key = (mode or "").strip().lower()
    if key not in MODES:
        raise ConfigError(f"redaction mode (QA_REDACT) {mode!r} is not one of {', '.join(MODES)}; "
                          "set QA_REDACT=none, pci or all")
    return MODES[key]


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check card numbers carry in their last digit."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@dataclass(frozen=True)
class Redaction:
    kind: str  # one of KINDS
    speaker: str  # who said it
    start: float  # seconds from the start of the call
    end: float  # seconds from the start of the call
    utterances: tuple[int, ...]  # indices of the utterances it was in

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.kind, "speaker": self.speaker, "start": round(self.start, 3),
                "end": round(self.end, 3), "utterances": list(self.utterances)}


@dataclass(frozen=True)
class RedactionReport:
    mode: str  # none, pci or all
    items: tuple[Redaction, ...] = ()  # what was replaced, in call order
    # where the transcript's data came from: "words" (word timings) or "utterances" (whole utterances)
    timing: str = "words"

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for item in self.items:
            out[item.kind] = out.get(item.kind, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """What goes into the call's metadata (``metadata["redactions"]``): kinds, counts and times only."""
        return {"mode": self.mode, "timing": self.timing, "counts": self.counts,
                "items": [i.to_dict() for i in self.items]}


# --- tokens ------------------------------------------------------------------------------


@dataclass
class _Tok:
    utt: int  # utterance index
    a: int  # char offsets in the utterance text
    b: int
    low: str  # lower case, punctuation stripped
    raw: str
    t0: float  # seconds
    t1: float


def _word_spans(u: Utterance) -> list[tuple[int, int] | None]:
    """Each word's character range in the utterance text (None where it cannot be found)."""
    low = u.text.lower()
    out: list[tuple[int, int] | None] = []
    pos = 0
    for w in u.words:
        needle = w.text.strip().lower()
        at = low.find(needle, pos) if needle else -1
        if at < 0 or (at - pos) > 40:
            out.append(None)
            continue
        out.append((at, at + len(needle)))
        pos = at + len(needle)
    return out


def _tokens(u: Utterance, index: int) -> list[_Tok]:
    # words in text order with their character ranges; tokens come in text order too, so one pass
    # over both finds each token's words
    mapped = [(s, w) for w, s in zip(u.words, _word_spans(u)) if s is not None] if u.words else []
    first = 0
    toks = []
    for m in _TOKEN.finditer(u.text):
        a, b = m.span()
        raw = m.group()
        low = raw.strip(_PUNCT).lower()
        lead = len(raw) - len(raw.lstrip(_PUNCT))
        trail = len(raw) - len(raw.rstrip(_PUNCT))
        if not low:
            continue
        a, b = a + lead, b - trail
        t0, t1 = u.start, u.end  # without word timings: the whole utterance
        while first < len(mapped) and mapped[first][0][1] <= a:
            first += 1
        covering = []
        k = first
        while k < len(mapped) and mapped[k][0][0] < b:
            covering.append(mapped[k][1])
            k += 1
        if covering:
            t0, t1 = min(w.start for w in covering), max(w.end for w in covering)
        toks.append(_Tok(index, a, b, low, raw[lead:len(raw) - trail] if trail else raw[lead:], t0, t1))
    return toks


# --- spoken and written digits ------------------------------------------------------------------


_WRITTEN_DIGITS = re.compile(r"[\d.,()+]*\d[\d.,()+]*")  # "4,111" as Whisper writes some numbers
_NOT_DIGIT = re.compile(r"\D")


def _digit_token(low: str) -> str | None:
    if low[0] in "0123456789.(+" and _WRITTEN_DIGITS.fullmatch(low):
        return _NOT_DIGIT.sub("", low)
    return None


def _read_number(toks: Sequence[_Tok], i: int) -> tuple[str, int] | None:
    """The digits that tokens from ``i`` say, and how many tokens that took; None when ``toks[i]`` is no number."""
    low = toks[i].low
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    digits = _digit_token(low)
    if digits:
        return digits, 1
    if low in _REPEAT and nxt in _UNITS:
        return str(_UNITS[nxt]) * _REPEAT[low], 2
    if low in _UNITS:
        value = _UNITS[low]
        if nxt == "hundred":
            rest = _read_small(toks, i + 2 + (1 if i + 2 < len(toks) and toks[i + 2].low == "and" else 0))
            if rest is not None:
                return f"{value * 100 + rest[0]:03d}", 2 + rest[1] + (1 if toks[i + 2].low == "and" else 0)
            return f"{value}00", 2
        return str(value), 1
    small = _read_small(toks, i)
    if small is not None:
        value, used = small
        return f"{value:02d}" if value >= 10 else str(value), used
    return None


def _read_small(toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """10..99 said as words ("forty one", "twelve", "twenty"): (value, tokens used)."""
    if i >= len(toks):
        return None
    low = toks[i].low
    if low in _TEENS:
        return _TEENS[low], 1
    if low in _TENS:
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if nxt in _UNITS and _UNITS[nxt] > 0 and nxt not in _WEAK_UNITS:
            return _TENS[low] + _UNITS[nxt], 2
        # "forty-one": the hyphen is a token of its own, touching both words
        if (nxt == "-" and i + 2 < len(toks) and toks[i + 1].a == toks[i].b and toks[i + 2].a == toks[i + 1].b
                and toks[i + 2].low in _UNITS and _UNITS[toks[i + 2].low] > 0):
            return _TENS[low] + _UNITS[toks[i + 2].low], 3
        return _TENS[low], 1
    return None


def spoken_digits(text: str) -> str:
    """The digits a phrase says ("four one double one" -> "4111"), '' when it holds none; for tests and tools."""
    toks = [_Tok(0, m.start(), m.end(), m.group().strip(_PUNCT).lower(), m.group(), 0.0, 0.0)
            for m in _TOKEN.finditer(text)]
    toks = [t for t in toks if t.low]
    return "".join(u.digits for run in _runs(toks) for u in run)


@dataclass
class _Unit:
    digits: str
    toks: list[_Tok]


def _runs(toks: Sequence[_Tok]) -> list[list[_Unit]]:
    """Maximal runs of numbers (fillers between them allowed) in a token stream."""
    runs: list[list[_Unit]] = []
    run: list[_Unit] = []
    pending: list[_Tok] = []  # fillers since the last number
    i = 0
    while i < len(toks):
        got = _read_number(toks, i)
        low = toks[i].low
        weak = got is not None and got[1] == 1 and low in _WEAK_UNITS
        if weak:
            # "for", "ate" or "o" is a digit only inside a run of digits, with another digit after it
            nxt = _read_number(toks, i + 1) if i + 1 < len(toks) else None
            if not run or pending or nxt is None or toks[i + 1].low in _WEAK_UNITS:
                got = None
        if got is not None:
            digits, used = got
            run.append(_Unit(digits, list(toks[i:i + used])))
            pending = []
            i += used
            continue
        if run and (low in _FILLERS or toks[i].raw in ",."):
            pending.append(toks[i])
            i += 1
            continue
        if run:
            runs.append(run)
        run, pending = [], []
        i += 1
    if run:
        runs.append(run)
    return runs


# --- detection ----------------------------------------------------------------------------


@dataclass
class _Hit:
    kind: str
    toks: list[_Tok]  # first and last tokens (char spans per utterance come from these)
    speaker: str


@dataclass
class _Scan:
    call: Call
    kinds: tuple[str, ...]
    nlp: "Language | None"
    toks: dict[int, list[_Tok]] = field(default_factory=dict)
    hits: list[_Hit] = field(default_factory=list)

    def context(self, tok: _Tok, *, after: _Tok | None = None) -> str:
        """Lower-case text in which a cue for the number at ``tok`` is looked for: its utterance
        (before and right after it) and the few utterances before, within :data:`CUE_WINDOW_S`."""
        utts = self.call.utterances
        parts = [utts[j].text for j in self._before(tok.utt)]
        own = utts[tok.utt].text
        end = after.b if after is not None and after.utt == tok.utt else tok.b
        parts.append(own[:tok.a] + " # " + own[end:end + 60])
        return " ".join(parts).lower()

    def utterance_context(self, index: int) -> str:
        """Lower-case text of utterance ``index`` and the few before it (within :data:`CUE_WINDOW_S`)."""
        utts = self.call.utterances
        parts = [utts[j].text for j in self._before(index)]
        return " ".join(parts + [utts[index].text]).lower()

    def _before(self, index: int) -> list[int]:
        """The utterances before ``index`` whose cue may belong to it: back to and including the
        speaker's own previous utterance (a cue before that was answered then), at most
        :data:`CUE_UTTERANCES`, within :data:`CUE_WINDOW_S`."""
        utts = self.call.utterances
        out: list[int] = []
        j = index - 1
        while j >= 0 and len(out) < CUE_UTTERANCES and utts[j].end >= utts[index].start - CUE_WINDOW_S:
            out.append(j)
            if utts[j].speaker == utts[index].speaker:
                break
            j -= 1
        return out[::-1]

    def card_before(self, tok: _Tok, speaker: str) -> bool:
        return self.said_before("card", tok, speaker)

    def said_before(self, kind: str, tok: _Tok, speaker: str) -> bool:
        """Whether ``speaker`` said an item of ``kind`` shortly (:data:`AFTER_CARD_S`) before ``tok``."""
        return any(h.kind == kind and h.speaker == speaker and 0 <= tok.t0 - h.toks[-1].t1 <= AFTER_CARD_S
                   and (h.toks[-1].utt, h.toks[-1].a) < (tok.utt, tok.a) for h in self.hits)


def _speaker_streams(call: Call, toks: dict[int, list[_Tok]]) -> list[tuple[str, list[_Tok]]]:
    """Each speaker's tokens, one stream per stretch of utterances close enough for a number to go on
    from one to the next (:data:`SPLIT_GAP_S` apart, nothing but backchannels from the other party between)."""
    streams: list[tuple[str, list[_Tok]]] = []
    last: dict[str, tuple[int, float]] = {}  # speaker -> (stream index, end of their last utterance)
    for i, u in enumerate(call.utterances):
        if len(u.text.split()) > BACKCHANNEL_WORDS:
            # more than a backchannel ("mm-hmm", "okay go on") from one party ends the other's number
            last = {spk: v for spk, v in last.items() if spk == u.speaker}
        prev = last.get(u.speaker)
        if prev is not None and u.start - prev[1] <= SPLIT_GAP_S:
            streams[prev[0]][1].extend(toks[i])
            last[u.speaker] = (prev[0], u.end)
        else:
            streams.append((u.speaker, list(toks[i])))
            last[u.speaker] = (len(streams) - 1, u.end)
    return streams


def _expiry_like(digits: str) -> bool:
    if len(digits) in (3, 4):
        month = int(digits[:-2])
    elif len(digits) == 6:
        month = int(digits[:2])
    else:
        return False
    return 1 <= month <= 12


def _classify(scan: _Scan, speaker: str, units: list[_Unit], stream: list[_Tok]) -> None:
    """Find the card numbers, codes, dates and other numbers in one run of digits."""
    digits = [u.digits for u in units]
    joined = "".join(digits)
    n = len(units)
    # a card number: the longest Luhn-valid stretch of 13-19 digits on unit boundaries
    if "card" in scan.kinds or "cvv" in scan.kinds or "expiry" in scan.kinds:
        best = None
        for a in range(n):
            total = ""
            for b in range(a, n):
                total += digits[b]
                if len(total) > 19:
                    break
                if len(total) >= 13 and total[0] in "23456" and luhn_valid(total):
                    if best is None or len(total) > best[2]:
                        best = (a, b, len(total))
        card_cue = _CARD_CUE.search(scan.context(units[0].toks[0], after=units[-1].toks[-1])) is not None
        # "oh, 4111 ...": an interjection read as a zero in front is no part of the number
        lead = 0
        while lead < n - 1 and units[lead].toks[0].low in ("oh", "o"):
            lead += 1
        if best is not None and (best[0], best[1]) not in ((0, n - 1), (lead, n - 1)) and not card_cue:
            # a Luhn match on part of a longer run: one in ten stretches passes by chance, so
            # only when the card was named just before
            best = None
        if best is not None:
            a, b, _ = best
            card = _Hit("card", units[a].toks + units[b].toks, speaker)
            scan.hits.append(card)
            # digits said with the card that are nothing else (an expiry, a code) are the card's too: a
            # digit the transcript got wrong must not leave the rest of the number readable
            for part, side in ((units[:a], 0), (units[b + 1:], -1)):
                if part:
                    before = len(scan.hits)
                    _classify(scan, speaker, part, stream)
                    if len(scan.hits) == before:
                        card.toks = (part[0].toks + card.toks) if side == 0 else (card.toks + part[-1].toks)
            return
        if ("card" in scan.kinds and MISHEARD_CARD_DIGITS[0] <= len(joined) <= MISHEARD_CARD_DIGITS[1]
                and joined[0] in "23456" and card_cue):
            # a card's length and start but no Luhn match, right after the card was asked for: a digit misheard
            scan.hits.append(_Hit("card", units[0].toks + units[-1].toks, speaker))
            return
    joined = "".join(digits)
    first, last = units[0].toks[0], units[-1].toks[-1]
    ctx = scan.context(first, after=last)
    after_card = scan.card_before(first, speaker)
    month_before = _month_before(stream, first)
    expiry_cue = _last_cue(_EXPIRY_CUE, ctx)
    cvv_cue = _last_cue(_CVV_CUE, ctx)
    if scan.said_before("expiry", first, speaker) and len(joined) in (3, 4):
        expiry_cue = -1  # the expiry date was said already: 3-4 digits now are the code
    # shortly after a card number a plain "date" or "code" is enough of a cue
    weak_date = after_card and _WEAK_DATE_CUE.search(ctx) is not None and expiry_cue == cvv_cue == -1
    weak_code = after_card and _WEAK_CODE_CUE.search(ctx) is not None and expiry_cue == cvv_cue == -1
    if "expiry" in scan.kinds and (expiry_cue > cvv_cue or (weak_date and _expiry_like(joined))):
        if _expiry_like(joined) or (month_before is not None and len(joined) in (2, 4)):
            toks = ([month_before] if month_before is not None else []) + units[0].toks + units[-1].toks
            scan.hits.append(_Hit("expiry", toks, speaker))
            return
        # "twelve twenty five 123": the expiry, then the code
        if n >= 2 and _expiry_like(digits[0] + digits[1]) and len(digits[0] + digits[1]) in (3, 4):
            scan.hits.append(_Hit("expiry", units[0].toks + units[1].toks, speaker))
            if n > 2:
                _classify(scan, speaker, units[2:], stream)
            return
    if "cvv" in scan.kinds and len(joined) in (3, 4) and (cvv_cue >= 0 or weak_code):
        scan.hits.append(_Hit("cvv", units[0].toks + units[-1].toks, speaker))
        return
    kind = _other_number(scan, joined, ctx, first)
    if kind is not None:
        scan.hits.append(_Hit(kind, units[0].toks + units[-1].toks, speaker))


def _last_cue(pattern: "re.Pattern[str]", ctx: str) -> int:
    """Where the last match of a cue starts in ``ctx`` (-1: none), so the nearest of two cues wins."""
    found = -1
    for m in pattern.finditer(ctx):
        found = m.start()
    return found


def _month_before(stream: list[_Tok], tok: _Tok) -> _Tok | None:
    """The month name right before ``tok`` in its stream ("March twenty six"), if any."""
    for k, t in enumerate(stream):
        if t is tok:
            if k and stream[k - 1].low in _MONTHS and stream[k - 1].utt == tok.utt:
                return stream[k - 1]
            return None
    return None


def _other_number(scan: _Scan, digits: str, ctx: str, first: _Tok) -> str | None:
    """The kind of a number that is no card, code or expiry date (``all`` mode), or None."""
    n = len(digits)
    shaped_ssn = re.search(r"\b\d{3}-\d{2}-\d{4}\b", scan.call.utterances[first.utt].text) is not None
    if "ssn" in scan.kinds and n == 9 and (shaped_ssn or _SSN_CUE.search(ctx)):
        return "ssn"
    if "bank_account" in scan.kinds and 6 <= n <= 34 and _ACCOUNT_CUE.search(ctx) and not _PHONE_CUE.search(ctx):
        return "bank_account"
    if "phone" in scan.kinds and (
            (n == 10 and digits[0] not in "01") or (n == 11 and digits[0] == "1")
            or (7 <= n <= 15 and (_PHONE_CUE.search(ctx) or first.raw.startswith("+")))):
        return "phone"
    if "address" in scan.kinds and n in (5, 9) and re.search(r"\b(zip|zip code|postal code)\b", ctx):
        return "address"
    if "dob" in scan.kinds and 6 <= n <= 8 and _DOB_CUE.search(ctx):
        return "dob"
    return None


def _text_hits(scan: _Scan, index: int, u: Utterance) -> list[tuple[int, int, str]]:
    """Items found in one utterance's text by pattern or entity: (char start, char end, kind)."""
    out: list[tuple[int, int, str]] = []
    text = u.text
    if "email" in scan.kinds:
        out += [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
        for m in _SPOKEN_EMAIL.finditer(text):
            # "our site at acme dot com" is no email: a spoken one has a cue or a dotted name before "at"
            dotted = re.search(r"\s(dot|underscore)\s.*\sat\s", m.group(), re.IGNORECASE)
            if _EMAIL_CUE.search(scan.utterance_context(index)) or dotted:
                out.append((m.start(), m.end(), "email"))
    if "address" in scan.kinds:
        out += _addresses(scan, index, u)
        if _ADDRESS_CUE.search(scan.utterance_context(index)):
            out += [(m.start(), m.end(), "address") for m in _UK_POSTCODE.finditer(text)]
    if "dob" in scan.kinds:
        out += _dates_of_birth(scan, index, u)
    return out


def _entities(scan: _Scan, text: str) -> list[tuple[int, int, str]]:
    if scan.nlp is None:
        return []
    return [(e.start_char, e.end_char, e.label_) for e in scan.nlp(text).ents]


def _addresses(scan: _Scan, index: int, u: Utterance) -> list[tuple[int, int, str]]:
    """A house number (digits or words) and a street name with its suffix; with a trained pipeline also
    the places (FAC, GPE) said after an address cue."""
    toks = scan.toks[index]
    out = []
    for run in _runs(toks):
        last = run[-1].toks[-1]
        k = toks.index(last)
        for j in range(k + 1, min(len(toks), k + 6)):
            if toks[j].low in _STREET:
                out.append((run[0].toks[0].a, toks[j].b, "address"))
                break
    if _ADDRESS_CUE.search(scan.utterance_context(index)):
        out += [(a, b, "address") for a, b, label in _entities(scan, u.text) if label in ("FAC", "GPE", "LOC")]
    return out


def _dates_of_birth(scan: _Scan, index: int, u: Utterance) -> list[tuple[int, int, str]]:
    """Dates said in an utterance whose context names a date of birth."""
    toks = scan.toks[index]
    if not toks or not _DOB_CUE.search(scan.utterance_context(index)):
        return []
    ents = [(a, b) for a, b, label in _entities(scan, u.text) if label == "DATE"]
    if ents:
        return [(a, b, "dob") for a, b in _extend_dates(toks, ents)]
    out = []
    for m in re.finditer(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", u.text):
        out.append((m.start(), m.end(), "dob"))
    # spoken: a stretch of month names, ordinals and numbers with a month or a year in it
    run: list[_Tok] = []
    for t in toks + [None]:  # type: ignore[list-item]
        dateish = t is not None and (t.low in _MONTHS or t.low in _ORDINALS or t.low in ("of", "the")
                                     or _read_number([t], 0) is not None or t.low in _TENS or t.low == "hundred"
                                     or re.fullmatch(r"\d+(st|nd|rd|th)", t.low) is not None)
        if dateish:
            run.append(t)
            continue
        core = [x for x in run if x.low not in ("of", "the")]
        if len(core) >= 2 and any(x.low in _MONTHS or re.fullmatch(r"\d{4}", x.low) for x in core):
            while run and run[0].low in ("of", "the"):
                run.pop(0)
            out.append((run[0].a, run[-1].b, "dob"))
        run = []
    return out


def _extend_dates(toks: list[_Tok], ents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Entity spans grown over the number words right after them (spaCy often stops a spoken year
    half-way: "the fourth of July nineteen | eighty")."""
    out = []
    for a, b in ents:
        for t in toks:
            if t.a >= b and t.a - b <= 2 and (_read_number([t], 0) is not None or t.low in _TENS):
                b = t.b
        out.append((a, b))
    return out


def redact_call(call: Call, mode: str, *, nlp: "Language | None" = None) -> tuple[Call, RedactionReport]:
    """``call`` with the personal data of ``mode`` replaced (text and words), and what was replaced.

    ``nlp``: a trained spaCy pipeline whose DATE/FAC/GPE entities help find dates of birth and
    addresses (``all`` mode); without it patterns are used. The call's metadata gets
    ``redactions`` (the report's :meth:`RedactionReport.to_dict`), merged with a report an
    earlier pass left there.
    """
    kinds = kinds_for(mode)
    mode = mode.strip().lower()
    scan = _Scan(call, kinds, nlp)
    timing = "words" if call.utterances and all(u.words for u in call.utterances) else "utterances"
    if not kinds:
        return _with_report(call, RedactionReport(mode, (), timing))
    for i, u in enumerate(call.utterances):
        scan.toks[i] = _tokens(u, i)
    for speaker, stream in _speaker_streams(call, scan.toks):
        for run in _runs(stream):
            _classify(scan, speaker, run, stream)
    # per utterance: char spans to replace, each with the item it belongs to
    spans: dict[int, list[tuple[int, int, int]]] = {}
    items: list[Redaction] = []
    for hit in sorted(scan.hits, key=lambda h: (h.toks[0].utt, h.toks[0].a)):
        by_utt: dict[int, list[_Tok]] = {}
        for t in hit.toks:
            by_utt.setdefault(t.utt, []).append(t)
        k = len(items)
        items.append(Redaction(hit.kind, hit.speaker, min(t.t0 for t in hit.toks), max(t.t1 for t in hit.toks),
                               tuple(sorted(by_utt))))
        for utt, ts in by_utt.items():
            # a number split over two utterances: to the end of the first one, from the start of the next
            a, b = min(t.a for t in ts), max(t.b for t in ts)
            if len(by_utt) > 1 and utt != min(by_utt):
                a = min(a, scan.toks[utt][0].a)
            if len(by_utt) > 1 and utt != max(by_utt):
                b = max(b, scan.toks[utt][-1].b)
            spans.setdefault(utt, []).append((a, b, k))
    for i, u in enumerate(call.utterances):
        for a, b, kind in _text_hits(scan, i, u):
            covering = [t for t in scan.toks[i] if t.a < b and a < t.b]
            t0 = min((t.t0 for t in covering), default=u.start)
            t1 = max((t.t1 for t in covering), default=u.end)
            items.append(Redaction(kind, u.speaker, t0, t1, (i,)))
            spans.setdefault(i, []).append((a, b, len(items) - 1))
    items, spans = _merge_items(items, spans)
    utterances = list(call.utterances)
    for i, parts in spans.items():
        utterances[i] = _redact_utterance(call.utterances[i], parts, items)
    report = RedactionReport(mode, tuple(items), timing)
    return _with_report(replace(call, utterances=tuple(utterances)), report)


def _merge_items(items: list[Redaction], spans: dict[int, list[tuple[int, int, int]]]):
    """Overlapping spans of one utterance become one (the earlier item's kind), items sorted by time."""
    keep: set[int] = set()
    merged: dict[int, list[tuple[int, int, int]]] = {}
    for utt, parts in spans.items():
        out: list[list[int]] = []
        for a, b, k in sorted(parts):
            if out and a <= out[-1][1]:
                out[-1][1] = max(out[-1][1], b)
                other = out[-1][2]
                items[other] = replace(items[other], start=min(items[other].start, items[k].start),
                                       end=max(items[other].end, items[k].end))
            else:
                out.append([a, b, k])
        merged[utt] = [(a, b, k) for a, b, k in out]
        keep.update(k for _, _, k in out)
    order = sorted(keep, key=lambda k: (items[k].start, k))
    renumber = {old: new for new, old in enumerate(order)}
    return ([items[k] for k in order],
            {u: [(a, b, renumber[k]) for a, b, k in parts] for u, parts in merged.items()})


def _redact_utterance(u: Utterance, parts: list[tuple[int, int, int]], items: list[Redaction]) -> Utterance:
    text = u.text
    grown = []
    for a, b, k in parts:
        # a written number's own punctuation goes with it: "(415) 555-0132", "+44 ..."
        while a > 0 and text[a - 1] in "(+":
            a -= 1
        if text[a:b].count("(") > text[a:b].count(")") and b < len(text) and text[b] == ")":
            b += 1
        grown.append((a, b, k))
    parts = grown
    out, pos = [], 0
    for a, b, k in sorted(parts):
        out.append(text[pos:a])
        out.append(LABELS[items[k].kind])
        pos = b
    out.append(text[pos:])
    new_text = "".join(out)
    if not u.words:
        return replace(u, text=new_text)
    spans = _word_spans(u)
    words: list[Word] = []
    done: set[int] = set()
    for w, s in zip(u.words, spans):
        hit = None
        for a, b, k in parts:
            if (s is not None and s[0] < b and a < s[1]) or (s is None and items[k].start <= w.start
                                                              and w.end <= items[k].end):
                hit = k
                break
        if hit is None:
            words.append(w)
        elif hit in done:
            last = words[-1]
            words[-1] = replace(last, end=max(last.end, w.end))
        else:
            done.add(hit)
            lead = w.text[: len(w.text) - len(w.text.lstrip())]
            words.append(Word(lead + LABELS[items[hit].kind], w.start, w.end, None))
    return replace(u, text=new_text, words=tuple(words))


def _with_report(call: Call, report: RedactionReport) -> tuple[Call, RedactionReport]:
    earlier = call.metadata.get("redactions")
    items = report.items
    if isinstance(earlier, dict) and isinstance(earlier.get("items"), list):
        # a transcript redacted before (``qa-service transcribe``): keep what that pass found
        old = [r for r in map(_item_from_dict, earlier["items"]) if r is not None]
        merged = {_key(r): r for r in old + list(items)}
        items = tuple(sorted(merged.values(), key=lambda r: (r.start, r.end, r.kind)))
        report = RedactionReport(report.mode, items, report.timing)
    return replace(call, metadata={**call.metadata, "redactions": report.to_dict()}), report


def _key(r: Redaction) -> tuple[Any, ...]:
    # as stored (times to the millisecond), so a second pass over a redacted call adds nothing twice
    return (r.kind, r.speaker, round(r.start, 3), round(r.end, 3), r.utterances)


def _item_from_dict(d: Any) -> Redaction | None:
    """An item of an earlier report; None when it is not one (a call file's metadata is user input)."""
    try:
        if d.get("type") not in LABELS:
            return None
        return Redaction(str(d["type"]), str(d.get("speaker", "")), float(d.get("start", 0.0)),
                         float(d.get("end", 0.0)), tuple(int(x) for x in d.get("utterances", ())))
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
