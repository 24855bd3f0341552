"""Word-level helpers for detectors that compare what was said: the lemma of a
word (spaCy's English lookup table, loaded once per process), whether a word is
an English word (spaCy's stop words and the WordNet word lists that ship with
spacy-lookups-data) and the content words of a text (nouns, verbs, names and
numbers: stop words dropped, numbers kept).

Working on words rather than on spaCy tokens keeps these comparisons cheap:
each distinct word is classified once per process, and the call-wide doc
never needs its lemmatizer run.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

_LOCK = threading.Lock()
_TABLE = None  # spacy.lookups.Table (keys are hashed: use .get(word))

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# everyday words that carry no content in a call (on top of spaCy's stop words)
GENERIC_WORDS = frozenset({
    "okay", "ok", "alright", "yeah", "yes", "yep", "no", "nope", "uh", "um", "uhm", "mhm", "hmm", "hi", "hello",
    "hey", "thank", "thanks", "please", "like", "want", "need", "gonna", "wanna", "bye", "goodbye", "sure",
    "great", "good", "today", "help", "got", "let", "know", "think", "go", "right", "oh", "ah", "ma'am", "sir",
    "day", "calling", "sorry", "actually", "also", "maybe", "lot", "thing", "way", "kind", "sort", "mean",
    "wonder", "wondering", "able", "bit", "little", "hear", "tell", "ask", "look", "try", "awesome", "perfect",
    "correct", "exactly", "fine", "wow", "hold", "moment", "second", "call", "okey", "doke",
})
# spaCy stop words that are content in a call ("the amount", "first street", "I moved")
NOT_STOP_WORDS = frozenset({"amount", "first", "move", "due", "show", "last", "back", "third", "full", "empty",
                            "top", "side"})


def _lemma_table():
    global _TABLE
    with _LOCK:
        if _TABLE is None:
            from nlp.pipeline import blank_lemma_table

            _TABLE = blank_lemma_table()  # the same table, when the blank pipeline has it loaded
        if _TABLE is None:
            _TABLE = _lookup_table("lemma_lookup", "lemma table")
        return _TABLE


def _lookup_table(name: str, what: str) -> Any:
    """One of spacy-lookups-data's English tables, or a ModelError saying what to install."""
    from spacy.lookups import load_lookups

    try:
        return load_lookups("en", [name]).get_table(name)
    except (ValueError, KeyError) as e:
        from transcription.errors import ModelError

        raise ModelError(
            f"spaCy's English {what} could not be loaded ({e}); install it with `pip install spacy-lookups-data`"
        ) from e


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case word ("charged" -> "charge"); the word itself when unknown."""
    return _LEMMA_FIXES.get(word) or _lemma_table().get(word, word)


# words spaCy's lookup table gets wrong in contact-centre speech ("putting" is "put", not the golf stroke)
_LEMMA_FIXES = {"putting": "put", "puts": "put"}


_DICTIONARY: frozenset[str] | None = None


def _dictionary() -> frozenset[str]:
    global _DICTIONARY
    with _LOCK:
        if _DICTIONARY is None:
            index = _lookup_table("lemma_index", "word index")
            _DICTIONARY = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))
        return _DICTIONARY


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """Is the lower-case ``word`` an English word: a function word (spaCy's stop words:
    "else", "whereas") or, itself or its lemma, a dictionary word ("seven", "session",
    "gates")? Most people's names that speech recognition spells out are not ("siobhan",
    "grainne", "okoro"); common ones are ("john", "mark")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if word in STOP_WORDS:
        return True
    table = _dictionary()
    return word in table or lemma(word) in table


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset((set(STOP_WORDS) - NOT_STOP_WORDS) | GENERIC_WORDS)


@lru_cache(maxsize=65536)
def content_lemma(word: str) -> str | None:
    """The lemma of a lower-case word if it carries content (numbers do), else None."""
    from spacy.lang.en.lex_attrs import like_num

    if like_num(word):
        return word
    if len(word) < 2 or "'" in word or not word.isalpha():
        return None
    stops = _stop_words()
    if word in stops:
        return None
    lem = lemma(word)
    return None if lem in stops else lem


def content_words(text: str, *, skip: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The content lemmas of ``text`` in order, each once ("I was charged twice for the
    charge" -> ["charge"]); lemmas in ``skip`` are left out."""
    out: dict[str, None] = {}
    for w in _WORD.findall(text.lower()):
        lem = content_lemma(w)
        if lem is not None and lem not in skip:
            out.setdefault(lem, None)
    return list(out)
