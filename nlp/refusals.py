"""Reading an agent's words for refusals: each utterance as normalised words
(contractions expanded, fillers dropped, sentence ends kept), the clause
context of a phrase (a question, a condition, a report of what the customer
said), the turns of a call, and whether an alternative is offered.

Used by the negative-language detector; the normalised words are computed
once per utterance and call. Patterns are regular expressions over the
normalised words ("i can not", "you will have to"), so "can't", "cannot",
"cant" and "can not" are one pattern, and fillers ("uh", "um") inside a
phrase do not break it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

if TYPE_CHECKING:
    from spacy.language import Language

    from nlp.context import CallContext

FILLERS = frozenset({"uh", "um", "uhm", "umm", "er", "erm", "ah", "hmm", "mm", "mhm", "eh"})
# what a clitic stands for once split off its word ("i'm" -> "i" "am")
_CLITICS = {"'m": "am", "m": "am", "'re": "are", "re": "are", "'ve": "have", "ve": "have", "'ll": "will",
            "ll": "will", "'d": "would", "d": "would"}
# words before which "'s" is "is" (else it is a possessive and kept as "'s")
_S_IS = frozenset({"it", "that", "there", "what", "here", "this", "who", "where", "how", "he", "she", "everything",
                   "nothing", "which", "why", "when", "one"})
# spoken spellings without the apostrophe (ASR and human transcripts)
_WHOLE = {"its": "it is", "thats": "that is", "theres": "there is", "whats": "what is", "youre": "you are",
          "ok": "okay", "u": "you", "gotta": "got to", "gonna": "going to", "wanna": "want to", "cannot": "can not",
          "impossible": "not possible", "ain't": "is not"}
_SENTENCE_END = {".": ".", "!": ".", "?": "?", ";": ".", "…": "."}


@dataclass(frozen=True)
class Words:
    """One utterance as normalised words: ``text`` is ``words`` joined by single
    spaces; sentence ends are the words "." and "?", and ``comma[k]`` says a comma
    came right before word ``k``. ``tokens[k]`` is word k's token in the call doc
    (-1 for a sentence end that had no token)."""

    utterance: int
    words: tuple[str, ...]
    tokens: tuple[int, ...]
    comma: tuple[bool, ...]
    text: str
    starts: tuple[int, ...]  # char offset of each word in ``text``

    def word_at(self, char: int) -> int:
        """Index of the word that starts at or covers ``char`` of ``text``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def finditer(self, pattern: "re.Pattern[str]") -> Iterator[tuple[int, int, "re.Match[str]"]]:
        """Matches of ``pattern`` as (first word, last word + 1, match)."""
        for m in pattern.finditer(self.text):
            if m.end() <= m.start():
                continue
            yield self.word_at(m.start()), self.word_at(m.end() - 1) + 1, m

    def sentence(self, k: int) -> tuple[int, int]:
        """Word range [a, b) of the sentence holding word ``k`` (its end mark excluded)."""
        a = k
        while a > 0 and self.words[a - 1] not in (".", "?"):
            a -= 1
        b = k
        while b < len(self.words) and self.words[b] not in (".", "?"):
            b += 1
        return a, b

    def is_question(self, k: int) -> bool:
        """The sentence holding word ``k`` is a question: it ends with "?" or opens with
        an auxiliary before its subject ("can't you log in", "is that not possible")."""
        a, b = self.sentence(k)
        if b < len(self.words) and self.words[b] == "?":
            return True
        head = [w for w in self.words[a:b] if w not in _OPENERS]
        if len(head) >= 2 and head[0] in _WH and head[1] in _AUX:
            head = head[1:]  # "why can't you...", "how come you..."
        return len(head) >= 2 and head[0] in _AUX and (head[1] in _SUBJECTS or head[1] == "not" and len(head) > 2
                                                        and head[2] in _SUBJECTS)

    def clause_before(self, k: int, limit: int = 8) -> list[str]:
        """Up to ``limit`` words before word ``k`` in its clause (back to a sentence end,
        a comma, "but" or "and")."""
        out: list[str] = []
        j = k - 1
        if self.comma[k]:
            return out
        while j >= 0 and len(out) < limit:
            w = self.words[j]
            if w in (".", "?", "but", "and", "however"):
                break
            out.append(w)
            if self.comma[j]:
                break
            j -= 1
        out.reverse()
        return out

    def after(self, k: int, n: int = 4) -> list[str]:
        """Up to ``n`` words from word ``k`` on, within its sentence."""
        out = []
        for w in self.words[k:]:
            if w in (".", "?") or len(out) >= n:
                break
            out.append(w)
        return out


_OPENERS = frozenset({"so", "and", "okay", "well", "oh", "but", "now", "then", "alright", "right"})
_AUX = frozenset({"can", "could", "would", "will", "do", "does", "did", "is", "are", "was", "were", "have", "has",
                  "should", "shall", "may", "am"})
_WH = frozenset({"why", "how", "what", "where", "when", "who", "which"})
_SUBJECTS = frozenset({"i", "you", "we", "they", "it", "that", "this", "there", "he", "she"})


def _normalise_tokens(tokens: Iterable) -> tuple[list[str], list[int], list[bool]]:
    """The normalised words of spaCy tokens, with each word's token index and comma flag."""
    toks = list(tokens)
    return _normalise([t.norm_ for t in toks], [t.is_space for t in toks], [t.is_punct or t.is_quote for t in toks],
                      [t.text for t in toks], [t.i for t in toks])


def _normalise_span(ctx: "CallContext", utterance: int) -> tuple[list[str], list[int], list[bool]]:
    """:func:`_normalise_tokens` of one utterance's tokens, read from ``ctx.tokens``."""
    span = ctx.docs[utterance]
    a, b = span.start, span.end
    cols = ctx.tokens
    return _normalise(cols.norm[a:b], cols.is_space[a:b], cols.is_punct_or_quote[a:b],
                      _TokenTexts(ctx.text, cols.idx, cols.length, a), range(a, b))


class _TokenTexts:
    """Token texts of the call doc from position ``first`` on, sliced only when read
    (only punctuation's text is)."""

    __slots__ = ("text", "idx", "length", "first")

    def __init__(self, text: str, idx: list[int], length: list[int], first: int) -> None:
        self.text, self.idx, self.length, self.first = text, idx, length, first

    def __getitem__(self, k: int) -> str:
        i = self.first + k
        return self.text[self.idx[i]: self.idx[i] + self.length[i]]


def _normalise(norms: Sequence[str], spaces: Sequence[bool], puncts: Sequence[bool], texts: Sequence[str],
               indices: Sequence[int]) -> tuple[list[str], list[int], list[bool]]:
    """Tokens as parallel sequences: NORM, is_space, is_punct or is_quote, text, token index."""
    words: list[str] = []
    index: list[int] = []
    comma: list[bool] = []
    pending_comma = False
    prev = ""
    for k, tok_norm in enumerate(norms):
        if spaces[k]:
            continue
        if puncts[k]:
            text = texts[k]
            if text in _SENTENCE_END or (text and text[-1] in _SENTENCE_END):
                mark = _SENTENCE_END.get(text[-1], ".")
                if words and words[-1] not in (".", "?"):
                    words.append(mark)
                    index.append(indices[k])
                    comma.append(False)
                elif words and mark == "?":
                    words[-1] = "?"
            elif text in (",", "-", "--", "—", "–", ":"):
                pending_comma = True
            continue
        # a token's LOWER is its text lower-cased: the fallback when it has no NORM
        raw = tok_norm.lower() if tok_norm else texts[k].lower()
        if raw in FILLERS:
            continue
        if raw in _CLITICS and prev:
            parts = [_CLITICS[raw]]
        elif raw in ("'s", "s") and prev:
            parts = ["us"] if prev == "let" else (["is"] if prev in _S_IS else ["'s"])
        elif raw in ("ta", "na") and prev in ("got", "going", "want", "wan", "gon"):
            parts = ["to"]
        else:
            parts = _WHOLE.get(raw, raw).split()
        for p in parts:
            words.append(p)
            index.append(indices[k])
            comma.append(pending_comma)
            pending_comma = False
        prev = parts[-1]
    return words, index, comma


def _build(utterance: int, words: list[str], index: list[int], comma: list[bool]) -> Words:
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return Words(utterance, tuple(words), tuple(index), tuple(comma), " ".join(words), tuple(starts))


def words_of(ctx: "CallContext", utterance: int) -> Words:
    """The normalised words of one utterance, computed once per call."""
    cache = ctx.__dict__.setdefault("_refusal_words", {})
    if utterance not in cache:
        cache[utterance] = _build(utterance, *_normalise_span(ctx, utterance))
    return cache[utterance]


class SpeakerWords:
    """Every utterance of one speaker as normalised words, joined into one text so that
    each pattern is searched once per call; matches come back per utterance as
    (first word, last word + 1, match), like :meth:`Words.finditer`."""

    def __init__(self, ctx: "CallContext", speaker: str) -> None:
        self.utterances = ctx.indices(speaker)
        self.words = {i: words_of(ctx, i) for i in self.utterances}
        bases, pos, parts = [], 0, []
        for i in self.utterances:
            bases.append(pos)
            parts.append(self.words[i].text)
            pos += len(self.words[i].text) + 3
        self.text = " \n ".join(parts)
        self.bases = bases
        self._found: dict[int, dict[int, list[tuple[int, int, "re.Match[str]"]]]] = {}

    def matches(self, pattern: "re.Pattern[str] | None") -> dict[int, list[tuple[int, int, "re.Match[str]"]]]:
        if pattern is None:
            return {}
        key = id(pattern)
        if key not in self._found:
            out: dict[int, list[tuple[int, int, "re.Match[str]"]]] = {}
            for m in pattern.finditer(self.text):
                if m.end() <= m.start():
                    continue
                k = bisect.bisect_right(self.bases, m.start()) - 1
                i = self.utterances[k]
                w = self.words[i]
                base = self.bases[k]
                if m.end() - base > len(w.text):
                    continue  # runs into the next utterance
                out.setdefault(i, []).append((w.word_at(m.start() - base), w.word_at(m.end() - 1 - base) + 1, m))
            self._found[key] = out
        return self._found[key]


def speaker_words(ctx: "CallContext", speaker: str) -> SpeakerWords:
    """:class:`SpeakerWords` of ``speaker``, built once per call."""
    cache = ctx.__dict__.setdefault("_refusal_speaker_words", {})
    if speaker not in cache:
        cache[speaker] = SpeakerWords(ctx, speaker)
    return cache[speaker]


_PHRASE_CACHE: dict[tuple[int, tuple[str, ...]], "re.Pattern[str] | None"] = {}


def phrase_pattern(nlp: "Language", phrases: Sequence[str]) -> "re.Pattern[str] | None":
    """One regular expression matching any of ``phrases`` (normalised like the call's
    words, so "can't" in a phrase matches "cannot" in the call), or None for no phrases."""
    key = (id(nlp), tuple(phrases))
    if key not in _PHRASE_CACHE:
        alts = []
        for p in phrases:
            words, _, _ = _normalise_tokens(nlp.make_doc(p))
            words = [w for w in words if w not in (".", "?")]
            if words:
                alts.append(" ".join(words))
        _PHRASE_CACHE[key] = re.compile(r"(?<![\w'])(?:" + _trie_alternation(alts) + r")(?![\w'])") if alts else None
    return _PHRASE_CACHE[key]


def _trie_alternation(alternatives: Iterable[str]) -> str:
    """A regular expression matching exactly the strings ``alternatives``, written as a
    trie of their characters ("can not (?:do that|help you)"): it tests each character
    of the text once per phrase prefix rather than once per phrase. At a position it
    prefers the longest alternative that lets the rest of the pattern match, as a plain
    alternation of the strings sorted longest first does (the strings that match at one
    position are prefixes of one another), so the matches are the same."""
    trie: dict[str, dict] = {}
    for alt in alternatives:
        node = trie
        for ch in alt:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of an alternative (no character is empty)

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(sub) for ch, sub in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # an alternative ends here: the longer ones are tried first (greedy), this one after
        return ("(?:" + body + ")?") if "" in node else body

    return pattern(trie)


# --- turns -----------------------------------------------------------------------------
BACKCHANNEL_WORDS = frozenset({"mm-hmm", "mhm", "mm", "hmm", "uh-huh", "uh", "huh", "um", "yeah", "yes", "yep", "yup",
                               "okay", "ok", "right", "sure", "alright", "all", "i", "see", "got", "it", "oh", "ah",
                               "thanks", "thank", "you", "great", "perfect", "cool", "fine", "good", "mmhmm", "uhhuh",
                               # a short reaction ("oh no", "really?") does not end the agent's turn either
                               "no", "really", "seriously", "wow", "ugh", "dear", "gosh", "shame", "damn", "hm"})
_WORD_RE = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def is_short_acknowledgement(text: str, max_words: int = 3) -> bool:
    """A customer "okay" / "mm-hmm" / "thank you" / "oh no" that does not end the agent's turn."""
    words = _WORD_RE.findall(text.lower())
    return 0 < len(words) <= max_words and all(w in BACKCHANNEL_WORDS for w in words)


@dataclass(frozen=True)
class Turns:
    """Agent utterances grouped into turns (a customer's short acknowledgement does not
    end a turn), with the customer utterances that came between consecutive turns."""

    of: dict[int, int]  # agent utterance -> its turn number
    members: list[list[int]]  # turn number -> agent utterances
    between: list[list[int]]  # turn number -> customer utterances after it, before the next turn


def turns_of(ctx: "CallContext") -> Turns:
    cache = ctx.__dict__.setdefault("_refusal_turns", None)
    if cache is not None:
        return cache
    of: dict[int, int] = {}
    members: list[list[int]] = []
    between: list[list[int]] = []
    broken = True
    for i, u in enumerate(ctx.utterances):
        if u.speaker == "agent":
            if broken or not members:
                members.append([])
                between.append([])
                broken = False
            members[-1].append(i)
            of[i] = len(members) - 1
        elif u.speaker == "customer":
            if members:
                between[-1].append(i)
            if not is_short_acknowledgement(u.text):
                broken = True
    turns = Turns(of, members, between)
    ctx.__dict__["_refusal_turns"] = turns
    return turns


# a customer turn with one of these moves to a new topic: the agent's next turn answers that, not the refusal
_NEW_TOPIC = re.compile(r"(?<![\w'])(?:also|another|one more|other thing|while i have you|besides|different question|"
                        r"that is all|that is it|nothing else|never mind|forget it)(?![\w'])")
# ... and with one of these the customer had to ask for a way forward: the agent offered none with the refusal
_ASKED_FOR_WAY = re.compile(r"(?<![\w'])(?:what (?:do|can|should|am|else can|else do) i|how (?:do|can|am|else) i|"
                            r"what are my options|what (?:can|else can) you do|is there anything (?:you|else|i)|"
                            r"anything (?:you|else) can|then what|so what|what now|what else|can you at least|"
                            r"how else|any other way|is there (?:any|another) way|why|how come|what am i supposed|"
                            r"(?:can|could) you (?:check|find out|look|ask|see)|"
                            r"(?:what|when) is the (?:soonest|earliest|quickest|fastest|best)|how soon)"
                            r"(?![\w'])")


def window(ctx: "CallContext", utterance: int, *, next_turn: bool = True) -> list[int]:
    """The agent utterances in which an alternative to a refusal in ``utterance`` counts
    as offered with it. Without ``next_turn``: its own turn up to the customer's first
    reaction to it (an "mm-hmm" while the agent speaks or in a pause mid-sentence is none;
    an utterance opening "but..." or "what I can do..." after it still counts). With
    ``next_turn``: its whole turn, and the agent's next turn when the customer only reacted
    in between: not when they moved on to something else or had to ask what they could do
    ("so what do I do?", "why?")."""
    t = turns_of(ctx)
    k = t.of[utterance]
    out = _since_hold(ctx, t.members[k], utterance)
    if not next_turn:
        # said together: not a new offer made once the customer reacted ("It's our policy, so I can't end
        # it then." / "Right." / "I could put you through to the manager"); an "mm-hmm" while the agent is
        # still speaking or in a pause mid-sentence, or a reply that carries the limit on ("Oh no." / "But
        # I can put him on the later flight"), leaves the turn going
        kept = [j for j in out if j <= utterance]
        for j in (j for j in out if j > utterance):
            before = kept[-1]
            if not _CARRIES_ON.match(words_of(ctx, j).text) and any(
                    _reacted(ctx, before, c) for c in range(before + 1, j) if ctx.utterances[c].speaker == "customer"):
                break
            kept.append(j)
        return kept
    if next_turn and k + 1 < len(t.members):
        said = [words_of(ctx, c).text for c in t.between[k]]
        if not any(_NEW_TOPIC.search(x) or _ASKED_FOR_WAY.search(x) for x in said):
            out.extend(t.members[k + 1])
    return out


# an agent utterance ending like this breaks off mid-sentence: the agent has more to say
_MID_SENTENCE = re.compile(r"(?:[,;:\-\u2013\u2014]|(?<![\w'])(?:and|but|or|so|because|if|the|a|an|to|of))\s*$",
                           re.IGNORECASE)


# the rubric's hold: a silence this long inside the agent's turn
_HOLD_SECONDS = 10.0


def _since_hold(ctx: "CallContext", members: list[int], utterance: int) -> list[int]:
    """The turn's utterances without those said before a hold that ended in ``utterance``:
    "let me check the diary for you", then a silence, then "we can't get anyone out today"
    offers nothing with the limit the check found."""
    start = 0
    for n in range(1, len(members)):
        if members[n] > utterance:
            break
        if ctx.utterances[members[n]].start - ctx.utterances[members[n - 1]].end >= _HOLD_SECONDS:
            start = n
    return list(members[start:])


# an agent utterance opening like this carries on from the limit before it, whatever the customer said
# in between ("...but what I can do is...", "however, I can...")
_CARRIES_ON = re.compile(r"^(?:(?:so|well|now|okay|and) )*(?:but|however|though|although|instead|alternatively|"
                         r"that said|what (?:i|we) (?:can|could) do|the good news)(?![\w'])")


def _reacted(ctx: "CallContext", agent: int, customer: int) -> bool:
    """The customer's utterance reacts to the agent's: it starts once the agent's
    utterance has ended, and that utterance ended a sentence."""
    a, c = ctx.utterances[agent], ctx.utterances[customer]
    return c.start >= a.end and not _MID_SENTENCE.search(a.text)


def customer_turn_before(ctx: "CallContext", utterance: int) -> list[int]:
    """The customer utterances the agent's ``utterance`` answers: those of the customer
    turn right before the agent's turn (and any inside the agent's turn before it), short
    acknowledgements left out; empty when the customer had not spoken."""
    t = turns_of(ctx)
    k = t.of.get(utterance)
    if k is None or k == 0:
        cands = [j for j in range(utterance) if ctx.utterances[j].speaker == "customer"]
    else:
        cands = list(t.between[k - 1])
    if k is not None:
        cands += [j for j in range(t.members[k][0], utterance) if ctx.utterances[j].speaker == "customer"]
    return [j for j in cands if not is_short_acknowledgement(ctx.utterances[j].text)]
