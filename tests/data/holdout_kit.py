"""The shared machinery of the written holdout generators (make_holdout6.py to make_holdout9.py).

Plain Python, no project imports: the generators run as scripts
(``python tests/data/make_holdoutN.py``) and import this module from their own
folder. What lives here is everything that is the same from set to set; the
calls, their labels, the judgement calls and each README's prose stay in the
generator that writes them.

How a call is written: ``call(call_id, industry=..., style=..., words=...,
exercises=..., labels=..., turns=[...])``, the turns ``(speaker, text[, options])``
with speaker "A" (agent) or "C" (customer). Each utterance's length comes from
its words (``_word_length``). Options (see ``build``):

- ``gap``: seconds of silence after everything said so far (default 0.3-0.9 s);
- ``at_end``: start this many seconds *before* the other speaker's latest
  utterance ends (an overlap: cut-ins, a customer cutting in on the agent);
- ``at_start``: start this many seconds after the other speaker's latest
  utterance starts (backchannels inside a long turn);
- ``tag``: the labeller's marks on the utterance, which become the list labels:
  "neg" (negative language), "neg_opt" (borderline negative), "intr" (agent
  interruption), "intr_opt" (borderline interruption), "bc" (a backchannel),
  "hold" (an agent-caused silence of 10 s or more before it), "wait" (a
  customer-caused silence of 10 s or more before it).

The list labels are the start times, as written in the call file, of the tagged
agent utterances. ``check`` compares the built timings with the labels (an
"intr" really overlaps the way the rubric says, no untagged agent utterance
does, silences of 10 s or more are exactly the tagged ones, every outcome is
one the rubric allows), so a timing slip cannot silently change a label.
Those checks are the same for every set; only the bounds on utterances per
call differ.

Everything is deterministic: the same spec and seed give the same files, byte
for byte.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# The label keys in the order they are written to ``holdoutN-labels.json``.
LABEL_KEYS = (
    "greeting",
    "closing",
    "negative_language",
    "negative_language_optional",
    "interruptions",
    "interruptions_optional",
    "empathy",
    "paraphrase",
    "follow_up",
    "personalization",
    "hold_etiquette",
    "transfer",
    "notes",
)
# The outcomes RUBRIC.md allows for each single-valued criterion.
ALLOWED = {
    "greeting": {"pass", "fail"},
    "closing": {"pass", "fail", "fail_or_pass", "na_or_fail"},
    "empathy": {"pass", "fail", "na"},
    "paraphrase": {"pass", "fail"},
    "follow_up": {"pass", "fail", "na"},
    "personalization": {"pass", "fail", "na_or_fail"},
    "hold_etiquette": {"pass", "fail", "na"},
    "transfer": {"pass", "fail", "na"},
}
BACKCHANNELS = {"mm-hmm", "mm hmm", "uh-huh", "yeah", "okay", "right", "sure", "i see"}
HOLD_SECONDS = 10.0  # the rubric's silence threshold
INTERRUPT_SECONDS = 0.5  # the customer must keep talking this long after the agent starts
FILLERS = {"uh", "um", "uh,", "um,", "er", "erm"}
# The single-valued criteria and their one-letter keys in the README tables.
KEYS_SHORT = [("greeting", "G"), ("closing", "C"), ("empathy", "E"), ("paraphrase", "P"),
              ("follow_up", "F"), ("personalization", "N"), ("hold_etiquette", "H"), ("transfer", "T")]


# ---------------------------------------------------------------------------
# Writing calls
# ---------------------------------------------------------------------------

def call_collector() -> tuple[list[dict], Callable[..., None]]:
    """A fresh list of call specs and the ``call(...)`` function that appends to it.

    A generator writes ``CALLS, call = call_collector()`` and then one
    ``call(...)`` per call, in the order the set is built (the order fixes the seeds).
    """
    calls: list[dict] = []

    def call(call_id, *, industry, style, words, exercises, labels, turns):
        calls.append(
            dict(call_id=call_id, industry=industry, style=style, words=words,
                 exercises=exercises, labels=labels, turns=turns)
        )

    return calls, call


def L(g, c, e, p, f, n, h, t, notes):
    """The single-valued labels, in the README's G C E P F N H T order."""
    return dict(greeting=g, closing=c, empathy=e, paraphrase=p, follow_up=f,
                personalization=n, hold_etiquette=h, transfer=t, notes=notes)


# ---------------------------------------------------------------------------
# Timing: turn the authored turns into utterances with times and words.
# ---------------------------------------------------------------------------

def _word_length(word: str, rng: random.Random) -> float:
    """Seconds one spoken word takes: longer words longer, fillers drawn out."""
    letters = len(re.sub(r"[^A-Za-z0-9]", "", word)) or 1
    base = 0.30 if word.lower() in FILLERS else 0.14 + 0.045 * letters
    return max(0.16, base * rng.uniform(0.9, 1.1))


def _timed_words(text: str, start: float, rng: random.Random) -> list[dict]:
    """Word entries ``{"text", "start", "end"}`` for ``text`` spoken from ``start``;
    a longer pause after punctuation."""
    out = []
    t = start
    for w in text.split():
        end = t + _word_length(w, rng)
        out.append({"text": w, "start": round(t, 2), "end": round(end, 2)})
        pause = 0.2 if w[-1] in ",.?!—:" else 0.05
        t = end + pause * rng.uniform(0.8, 1.2)
    return out


def build(spec: dict, seed: int) -> tuple[dict, list[tuple[dict, set]]]:
    """Turn one call spec into the call file's data and the utterances with their tags.

    Returns ``({"call_id", "utterances"}, [(utterance, tags), ...])``; the
    utterances carry ``words`` only when ``spec["words"]`` is true. The same
    spec and seed always give the same times.
    """
    rng = random.Random(seed)
    utts: list[dict] = []
    tagged: list[tuple[dict, set]] = []
    t_cursor = round(rng.uniform(0.3, 1.2), 2)  # the first words come a moment after pick-up
    max_end = 0.0
    for i, turn in enumerate(spec["turns"]):
        spk, text = turn[0], turn[1]
        opts = turn[2] if len(turn) > 2 else {}
        speaker = {"A": "agent", "C": "customer"}[spk]
        other = "customer" if speaker == "agent" else "agent"
        tags = opts.get("tag", ())
        tags = {tags} if isinstance(tags, str) else set(tags)
        if i == 0:
            start = t_cursor
        elif "at_end" in opts:
            ref = next(u for u in reversed(utts) if u["speaker"] == other)
            start = ref["end"] - opts["at_end"]
        elif "at_start" in opts:
            ref = next(u for u in reversed(utts) if u["speaker"] == other)
            start = ref["start"] + opts["at_start"]
        else:
            start = max_end + opts.get("gap", rng.uniform(0.3, 0.9))
        start = round(start, 2)
        words = _timed_words(text, start, rng)
        u = {"speaker": speaker, "start": words[0]["start"], "end": words[-1]["end"], "text": text}
        if spec["words"]:
            u["words"] = words
        utts.append(u)
        tagged.append((u, tags))
        max_end = max(max_end, u["end"])
    return {"call_id": spec["call_id"], "utterances": utts}, tagged


# ---------------------------------------------------------------------------
# Self-checks: the timing must agree with the labeller's tags.
# ---------------------------------------------------------------------------

def check(spec: dict, data: dict, tagged: list[tuple[dict, set]], *,
          min_utterances: int = 12, max_utterances: int = 34) -> None:
    """Assert that the built timings agree with the labeller's tags and labels.

    Compares the timings with the labels: every "intr" starts inside a customer
    utterance that runs on at least INTERRUPT_SECONDS + 0.05 s, no untagged
    agent utterance overlaps a customer by INTERRUPT_SECONDS or more, every
    "bc" is a backchannel inside a customer turn, every silence of
    HOLD_SECONDS or more is a tagged "hold" (agent) or "wait", and no shorter
    one is tagged; every "intr_opt" sits on an overlap of INTERRUPT_SECONDS or
    more. Also checks that the call has ``min_utterances`` to ``max_utterances``
    utterances and the agent speaks first, ordering, word timings, ASR-style
    text (lower case, no punctuation), that every single-valued outcome is one
    of ALLOWED and that hold_etiquette is na exactly when no hold is tagged.
    Raises AssertionError naming the call and the utterance.
    """
    cid = spec["call_id"]
    utts = data["utterances"]
    assert min_utterances <= len(utts) <= max_utterances, (cid, len(utts))
    assert utts[0]["speaker"] == "agent", (cid, "the agent opens every call")
    starts = [u["start"] for u in utts]
    assert starts == sorted(starts), f"{cid}: utterances out of order"
    for u in utts:
        assert u["end"] > u["start"], (cid, u["text"])
        for a, b in zip(u.get("words", []), u.get("words", [])[1:]):
            assert a["start"] < a["end"] <= b["start"] < b["end"], (cid, u["text"])
        if u.get("words"):
            assert u["words"][0]["start"] == u["start"] and u["words"][-1]["end"] == u["end"]
        if spec["style"].startswith("ASR"):
            assert re.fullmatch(r"[a-z0-9 '\-]+", u["text"]), (cid, u["text"])
    if not spec["words"]:  # overlaps only in the calls that carry word timings
        for a, b in zip(utts, utts[1:]):
            assert b["start"] >= a["end"], (cid, "unexpected overlap", b["text"])

    max_end = 0.0
    for k, (u, tags) in enumerate(tagged):
        # silences of 10 s or more: exactly the tagged holds and waits
        silence = u["start"] - max_end if k else 0.0
        if silence >= HOLD_SECONDS:
            assert tags & {"hold", "wait"}, (cid, "untagged silence", round(silence, 2), u["text"])
            if "hold" in tags:
                assert u["speaker"] == "agent"
        else:
            assert not tags & {"hold", "wait"}, (cid, "tagged silence too short", u["text"])
        max_end = max(max_end, u["end"])

        if u["speaker"] != "agent":
            assert not tags & {"neg", "neg_opt", "intr", "intr_opt", "bc"}, (cid, u["text"])
            continue
        overlaps = [c for c, _ in tagged if c["speaker"] == "customer"
                    and c["start"] < u["start"] < c["end"]
                    and c["end"] - u["start"] >= INTERRUPT_SECONDS - 1e-6]
        if "intr" in tags:
            assert overlaps and "bc" not in tags, (cid, "intr tag without the overlap", u["text"])
            assert max(c["end"] for c in overlaps) - u["start"] >= INTERRUPT_SECONDS + 0.05, (cid, u["text"])
        elif "intr_opt" in tags:
            assert overlaps, (cid, "intr_opt tag without an overlap of 0.5 s", u["text"])
        elif "bc" in tags:
            assert u["text"].lower().strip(".,!?") in BACKCHANNELS, (cid, u["text"])
            assert overlaps, (cid, "backchannel outside a customer turn", u["text"])
        else:
            assert not overlaps, (cid, "untagged agent overlap", u["text"])

    # the label outcomes are the rubric's
    lab = spec["labels"]
    for key, allowed in ALLOWED.items():
        assert lab[key] in allowed, (cid, key, lab[key])
    has_hold = any("hold" in tags for _, tags in tagged)
    assert (lab["hold_etiquette"] == "na") == (not has_hold), (cid, "hold label vs hold tags")


def labels_for(spec: dict, tagged: list[tuple[dict, set]]) -> dict:
    """One call's labels: the spec's single-valued labels plus the list labels
    (start times of the agent utterances tagged neg, neg_opt, intr, intr_opt), in LABEL_KEYS order."""
    def starts(tag: str) -> list[float]:
        return [u["start"] for u, tags in tagged if u["speaker"] == "agent" and tag in tags]

    lab = dict(spec["labels"])
    lab["negative_language"] = starts("neg")
    lab["negative_language_optional"] = starts("neg_opt")
    lab["interruptions"] = starts("intr")
    lab["interruptions_optional"] = starts("intr_opt")
    assert set(lab) == set(LABEL_KEYS), (spec["call_id"], set(lab) ^ set(LABEL_KEYS))
    return {k: lab[k] for k in LABEL_KEYS}


# ---------------------------------------------------------------------------
# Writing a set
# ---------------------------------------------------------------------------

def check_make_up(calls: list[dict], *, n_calls: int, n_word_timed: int | None = None,
                  n_asr: int | None = None) -> None:
    """Assert the set has ``n_calls`` calls with unique ids, and (where given) how many
    carry word timings and how many are ASR-style."""
    assert len(calls) == n_calls and len({c["call_id"] for c in calls}) == n_calls
    if n_word_timed is not None:
        got = sum(c["words"] for c in calls)
        assert got == n_word_timed, f"{got} calls carry word timings, expected {n_word_timed}"
    if n_asr is not None:
        got = sum(c["style"].startswith("ASR") for c in calls)
        assert got == n_asr, f"{got} calls are ASR-style, expected {n_asr}"


def write_set(calls: list[dict], *, out_dir: Path, labels_path: Path, call_prefix: str,
              seed_base: int, min_utterances: int = 12, max_utterances: int = 34,
              ) -> tuple[list[tuple[dict, dict]], dict]:
    """Build, self-check and write every call, then the labels file.

    Removes the old ``<call_prefix>-*.json`` files in ``out_dir`` first, builds
    call n (from 1) with seed ``seed_base + n``, checks it with ``check`` (the
    utterance bounds passed on), writes ``<call_id>.json`` and
    ``labels_path`` (call_id -> labels). Returns ``(built, all_labels)``,
    ``built`` being ``[(spec, call data), ...]`` in call order.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"{call_prefix}-*.json"):
        old.unlink()
    all_labels = {}
    built = []
    for n, spec in enumerate(calls, start=1):
        data, tagged = build(spec, seed=seed_base + n)
        check(spec, data, tagged, min_utterances=min_utterances, max_utterances=max_utterances)
        all_labels[spec["call_id"]] = labels_for(spec, tagged)
        built.append((spec, data))
        (out_dir / f"{spec['call_id']}.json").write_text(
            json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    labels_path.write_text(json.dumps(all_labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return built, all_labels


# ---------------------------------------------------------------------------
# README: the parts every set shares (files and self-checks, make-up figures,
# label counts, the per-call table, the judgement-call list).
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class MakeUp:
    """Figures about a built set, for the README's make-up paragraph."""

    n_calls: int
    n_word_timed: int  # calls that carry word timings
    n_asr: int  # ASR-style calls
    min_utterances: int
    max_utterances: int
    industries: list[str]  # sorted, each once


def make_up(built: list[tuple[dict, dict]]) -> MakeUp:
    """The make-up figures of ``built`` (as ``write_set`` returns it)."""
    lengths = [len(data["utterances"]) for _, data in built]
    return MakeUp(
        n_calls=len(built),
        n_word_timed=sum(1 for spec, _ in built if spec["words"]),
        n_asr=sum(1 for spec, _ in built if spec["style"].startswith("ASR")),
        min_utterances=min(lengths),
        max_utterances=max(lengths),
        industries=sorted({s["industry"] for s, _ in built}),
    )


def readme_files_and_checks(name: str, *, when: str, mentions_asr_check: bool = True) -> list[str]:
    """The README lines from "- **When:**" to the paragraph on the self-checks (then a blank line).

    ``name`` is the set ("holdout8"), ``when`` the date it was labelled;
    ``mentions_asr_check`` says whether the self-check paragraph names the
    ASR-style text check (holdout7's README was written without it).
    """
    lines = [
        f"- **When:** {when}.",
        "- **Labelled before any detector ran on it.** Each call's labels were fixed while writing that",
        "  call. The set is meant to be **scored once**, as a held-out check; do not tune detectors on it,",
        "  and do not edit the labels after seeing detector output (write a new set instead).",
        "",
        "## Files",
        "",
        f"- `tests/data/make_{name}.py` writes everything (deterministic; plain Python, no project imports):",
        f"  `python tests/data/make_{name}.py`. This README is written by the same script, so the counts",
        "  below are computed from the labels.",
        f"- `tests/data/{name}/<call_id>.json`: one call each, canonical call format",
        "  (`{\"call_id\", \"utterances\": [{\"speaker\", \"start\", \"end\", \"text\", \"words\"?}]}`; word entries are",
        "  `{\"text\", \"start\", \"end\"}`). No company or agent is configured anywhere (no `agent` or",
        "  `customer` fields): the company only appears in what the agent says.",
        f"- `tests/data/{name}-labels.json`: `call_id -> labels` with exactly the rubric's keys plus",
        "  `negative_language_optional` and `interruptions_optional`. List values are start times of agent",
        "  utterances exactly as written in the call files. `\"a_or_b\"` accepts either outcome; `*_optional`",
        "  lists hold borderline cases that may be reported or not.",
        "",
        "The script checks its own timings against the labeller's marks: every labelled interruption really",
        "starts inside a customer utterance that runs on at least 0.55 s, every optional one at least 0.5 s,",
        "no other non-backchannel agent utterance overlaps a customer by 0.5 s or more, every silence of",
        "10 s or more is a labelled hold or customer-caused wait, hold_etiquette is na exactly when there",
    ]
    if mentions_asr_check:
        lines += ["is no agent hold, ASR-style text is lower case with no punctuation, and every outcome is one the",
                  "rubric allows."]
    else:
        lines += ["is no agent hold, and every outcome is one the rubric allows."]
    return lines + [""]


def _counts(all_labels: dict, key: str) -> str:
    """'pass 20 / fail 9 / na 3': how many calls have each outcome for ``key``."""
    c = Counter(lab[key] for lab in all_labels.values())
    order = ["pass", "fail", "fail_or_pass", "na_or_fail", "na"]
    return " / ".join(f"{k} {c[k]}" for k in order if c[k])


def readme_tail(built: list[tuple[dict, dict]], all_labels: dict, judgement_calls: list[str]) -> list[str]:
    """The README lines from "Label counts:" to the end: the counts per criterion,
    the per-call table and the judgement calls."""
    neg_calls = sum(1 for lab in all_labels.values() if lab["negative_language"])
    neg_turns = sum(len(lab["negative_language"]) for lab in all_labels.values())
    neg_opt = sum(len(lab["negative_language_optional"]) for lab in all_labels.values())
    int_calls = sum(1 for lab in all_labels.values() if lab["interruptions"])
    int_turns = sum(len(lab["interruptions"]) for lab in all_labels.values())
    int_opt = sum(len(lab["interruptions_optional"]) for lab in all_labels.values())
    lines = ["Label counts:", ""]
    for key, _ in KEYS_SHORT:
        lines.append(f"- {key}: {_counts(all_labels, key)}")
    lines += [
        f"- negative_language: {neg_turns} turns in {neg_calls} calls, plus {neg_opt} optional",
        f"- interruptions: {int_turns} turns in {int_calls} calls, plus {int_opt} optional",
        "",
        "## What each call exercises",
        "",
        "Key to the last column: G greeting, C closing, E empathy, P paraphrase, F follow-up,",
        "N personalization (name), H hold, T transfer; neg/int = number of negative-language / interruption",
        "turns (+ optional ones).",
        "",
        "| call | industry | style | exercises | labels |",
        "|---|---|---|---|---|",
    ]
    for spec, data in built:
        lab = all_labels[spec["call_id"]]
        short = ", ".join(f"{s} {lab[k]}" for k, s in KEYS_SHORT)
        short += (f", neg {len(lab['negative_language'])}(+{len(lab['negative_language_optional'])})"
                  f", int {len(lab['interruptions'])}(+{len(lab['interruptions_optional'])})")
        style = (f"{spec['style']}; {len(data['utterances'])} utts; "
                 + ("word timings + overlaps" if spec["words"] else "no word timings"))
        lines.append(f"| `{spec['call_id']}` | {spec['industry']} | {style} | {spec['exercises']} | {short} |")
    lines += ["", "## Judgement calls made while labelling", ""]
    lines += [f"- {j}" for j in judgement_calls]
    return lines


def write_lines(path: Path, lines: list[str]) -> None:
    """Write ``lines`` to ``path`` as UTF-8, one a line, ending in a newline."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
