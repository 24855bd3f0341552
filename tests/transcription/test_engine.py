"""The batched engine's windows, guards, shared batches and model loading (plumbing: a tiny random checkpoint)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from transcription.errors import AudioError, ConfigError, ModelError
from transcription.options import TranscribeOptions, parse_channel_map
from transcription.whisper_engine import (
    JOIN_GAP_S,
    PAD_S,
    RETRY_SEPARATOR_S,
    SEPARATOR_S,
    WINDOW_S,
    BatchDecoder,
    Stream,
    _failed,
    _silence,
    plan_windows,
    window_audio,
)
from transcription.whisper_models import load_whisper_model


def test_windows_hold_at_most_30_seconds_and_map_back_to_call_time():
    samples = np.zeros(16000 * 200, dtype=np.float32)
    spans = tuple((float(t), t + 4.0) for t in range(0, 180, 6))  # 30 stretches of 4 s speech
    stream = Stream(samples, spans)
    windows = plan_windows([stream], pad=0.0)
    assert len(windows) > 1
    for w in windows:
        assert w.length <= WINDOW_S
        assert len(window_audio(w, [stream])) == pytest.approx(w.length * 16000, abs=1)
        for p in w.pieces:
            assert w.to_call_time(p.offset + 1.0) == pytest.approx(p.start + 1.0)
    # every second of speech is in exactly one window
    covered = sorted((p.start, p.end) for w in windows for p in w.pieces)
    assert covered == [(s, e) for s, e in spans]


def test_close_speech_is_one_piece_and_long_speech_is_cut():
    samples = np.zeros(16000 * 100, dtype=np.float32)
    close = ((1.0, 2.0), (2.0 + JOIN_GAP_S / 2, 4.0))
    (w,) = plan_windows([Stream(samples, close)], pad=0.0)
    assert [(p.start, p.end) for p in w.pieces] == [(1.0, 4.0)]
    windows = plan_windows([Stream(samples, ((0.0, 70.0),))], pad=0.0)
    assert [round(p.end - p.start, 3) for w in windows for p in w.pieces] == [30.0, 30.0, 10.0]


def test_pieces_keep_real_audio_around_the_speech():
    samples = np.zeros(16000 * 20, dtype=np.float32)
    (w,) = plan_windows([Stream(samples, ((0.1, 2.0), (5.0, 6.0), (19.8, 20.0)))], pad=PAD_S)
    # padded, clipped to the recording, speech closer than JOIN_GAP_S (after padding) joined
    assert [(p.start, p.end) for p in w.pieces] == [(0.0, 2.0 + PAD_S), (5.0 - PAD_S, 6.0 + PAD_S), (19.8 - PAD_S, 20.0)]
    assert w.pieces[1].offset == pytest.approx(2.0 + PAD_S + SEPARATOR_S)


def _result(**kw):
    import torch
    import whisper

    base = dict(audio_features=torch.zeros(1), language="en", text="hello", avg_logprob=-0.2,
                no_speech_prob=0.01, compression_ratio=1.2)
    return whisper.DecodingResult(**(base | kw))


def test_guards():
    o = TranscribeOptions()
    assert not _failed(_result(), o)
    assert _failed(_result(compression_ratio=3.1), o)  # repetition loop
    assert _failed(_result(avg_logprob=-1.5), o)  # unsure: try a higher temperature
    # unsure and probably no speech: silence, not a failure to retry
    assert not _failed(_result(avg_logprob=-1.5, no_speech_prob=0.9), o)
    assert _silence(_result(avg_logprob=-1.5, no_speech_prob=0.9), o)
    assert not _silence(_result(avg_logprob=-0.3, no_speech_prob=0.9), o)  # confident speech stays
    off = dataclasses.replace(o, compression_ratio_threshold=None, logprob_threshold=None)
    assert not _failed(_result(compression_ratio=9.0, avg_logprob=-5.0), off)


def test_repetition_loops_are_dropped(stereo_call, options):
    from transcription import transcribe_audio

    strict = dataclasses.replace(options, compression_ratio_threshold=0.01, temperatures=(0.0, 0.5))
    with pytest.raises(AudioError, match=r"no words.*dropped_repetition") as info:
        transcribe_audio(stereo_call.path, options=strict)
    assert str(stereo_call.path) in str(info.value)


def test_hallucinations_on_non_speech_are_dropped(stereo_call, options):
    from transcription import transcribe_audio

    # every window now looks like non-speech (no-speech prob > 0, log-prob < 0)
    paranoid = dataclasses.replace(options, no_speech_threshold=0.0, logprob_threshold=0.0)
    with pytest.raises(AudioError, match=r"no words.*'dropped_no_speech': [1-9]"):
        transcribe_audio(stereo_call.path, options=paranoid)


def test_low_confidence_windows_are_decoded_again(stereo_transcript):
    guards = stereo_transcript.metadata["asr"]["guards"]
    # a random model is never confident: each window went on to temperature 1.0
    assert guards["windows"] >= 2
    assert guards["redecoded"] == guards["windows"]


def test_reference_engine(stereo_call, options):
    from transcription import transcribe_audio

    # one temperature: the random model's timestamps make whisper.transcribe take many short steps
    reference = dataclasses.replace(options, engine="reference", temperatures=(0.0,))
    call = transcribe_audio(stereo_call.path, options=reference)
    assert call.metadata["asr"]["engine"] == "reference"
    assert call.utterances
    assert {u.speaker for u in call.utterances} <= {"agent", "customer"}
    assert call.speech["agent"] and call.speech["customer"]


def test_language_is_detected_when_not_given(stereo_call, options):
    import whisper

    from transcription import transcribe_audio

    call = transcribe_audio(stereo_call.path, options=dataclasses.replace(options, language=None))
    assert call.metadata["asr"]["language"] in whisper.tokenizer.LANGUAGES


def test_models_are_cached_per_process(checkpoint):
    assert load_whisper_model(str(checkpoint), device="cpu") is load_whisper_model(str(checkpoint), device="cpu")


def test_unknown_model_name(tmp_path):
    with pytest.raises(ModelError, match=r"'no-such-model' is neither a model name \(.*large-v3.*nor an existing checkpoint"):
        load_whisper_model("no-such-model", device="cpu")


def test_broken_checkpoint(tmp_path):
    bad = tmp_path / "broken.pt"
    bad.write_bytes(b"not a torch file")
    with pytest.raises(ModelError, match=r"broken.pt cannot be loaded.*dims"):
        load_whisper_model(str(bad), device="cpu")


def test_option_validation():
    with pytest.raises(ConfigError, match="engine 'fast' is not one of auto, faster-whisper, openai-whisper, reference"):
        TranscribeOptions(engine="fast")
    assert TranscribeOptions(engine="batched").engine == "openai-whisper"  # the earlier name still works
    with pytest.raises(ConfigError, match="compute_type 'int4' is not one of auto, int8"):
        TranscribeOptions(compute_type="int4")
    with pytest.raises(ConfigError, match="device 'gpu'"):
        TranscribeOptions(device="gpu")
    with pytest.raises(ConfigError, match="'boss' is not a role; use one of agent, customer, ignore"):
        parse_channel_map("agent,boss")
    with pytest.raises(ConfigError, match="names 'agent' twice"):
        parse_channel_map("agent,agent")
    assert parse_channel_map(" Customer, agent ") == ("customer", "agent")
    assert TranscribeOptions(channels="customer,agent").channels == ("customer", "agent")



def test_windows_of_several_calls_share_batches(checkpoint, options):
    """Two calls of 3 windows each in batches of 4: 2 encoder passes, not 4; results come back in order."""
    from transcription.whisper_models import load_backend

    backend = load_backend(dataclasses.replace(options, batch_size=4), device="cpu")
    sizes = []

    class Counting:
        name, is_multilingual = backend.name, backend.is_multilingual
        decode, align, detect_language = backend.decode, backend.align, backend.detect_language

        def encode(self, audios):
            sizes.append(len(audios))
            return backend.encode(audios)

    rng = np.random.default_rng(0)
    speech = tuple((float(t), t + 25.0) for t in (0, 40, 80))  # three stretches, a window each
    calls = [[Stream(rng.normal(0, 0.1, 16000 * 110).astype(np.float32), speech)] for _ in range(2)]
    decoder = BatchDecoder(Counting(), dataclasses.replace(options, batch_size=4))
    first, second = decoder.add(calls[0]), decoder.add(calls[1])
    done = decoder.run()
    assert [h for h, _ in done] == [first]  # its 3 windows went with 1 of the second call's
    assert sizes == [4]
    done = decoder.run(flush=True)
    assert [h for h, _ in done] == [second]
    assert sizes == [4, 2]
    assert done[0][1].guards.windows == 3


def test_several_files_in_one_go(stereo_call, options, tmp_path):
    from transcription.errors import AudioError
    from transcription.pipeline import transcribe_files

    bad = tmp_path / "bad.wav"
    bad.write_text("not audio")
    # float32 at temperature 0: int8's activation scales and sampling would depend on the batch mates
    exact = dataclasses.replace(options, compute_type="float32", temperatures=(0.0,), compression_ratio_threshold=None)
    out = list(transcribe_files([stereo_call.path, bad, stereo_call.path], options=exact))
    assert [p for p, _ in out] == [stereo_call.path, bad, stereo_call.path]
    assert isinstance(out[1][1], AudioError)
    assert out[0][1].to_dict() == out[2][1].to_dict()  # the same file gives the same call, whatever it is batched with


def test_auto_engine_follows_the_model(checkpoint, tmp_path):
    from transcription.whisper_models import faster_whisper_installed, resolve_engine

    assert resolve_engine(TranscribeOptions(model=str(checkpoint))) == "openai-whisper"  # a checkpoint file
    expected = "faster-whisper" if faster_whisper_installed() else "openai-whisper"
    assert resolve_engine(TranscribeOptions(model="small")) == expected
    assert resolve_engine(TranscribeOptions(model="small", engine="openai-whisper")) == "openai-whisper"


def test_faster_whisper_model_errors(checkpoint, tmp_path):
    pytest.importorskip("faster_whisper")
    from transcription.whisper_models import load_ct2_model

    with pytest.raises(ModelError, match=r"tiny-random.pt is a file, but faster-whisper needs a CTranslate2 model "
                                         r"directory.*--engine openai-whisper"):
        load_ct2_model(str(checkpoint))
    with pytest.raises(ModelError, match=r"is not a CTranslate2 Whisper model: it lacks model.bin"):
        load_ct2_model(str(tmp_path))
    with pytest.raises(ModelError, match=r"'\./nope/model' is neither a model name \(tiny.en, .*\) nor an existing "
                                         r"CTranslate2 model directory"):
        load_ct2_model("./nope/model")


def test_openai_whisper_int8_quantises_linear_layers(checkpoint):
    import torch

    model = load_whisper_model(str(checkpoint), device="cpu", compute_type="int8")
    kinds = {type(m) for m in model.modules()}
    assert torch.ao.nn.quantized.dynamic.Linear in kinds
    assert not any(type(m) is torch.nn.Linear or type(m).__module__ == "whisper.model" and issubclass(type(m), torch.nn.Linear)
                   for m in model.modules())
    with pytest.raises(ModelError, match="int8 quantisation of openai-whisper runs on CPU only"):
        load_whisper_model(str(checkpoint), device="cuda", compute_type="int8")


class Scripted:
    """A backend that plays a decoder's known failures on a call of zeros: ``words(call, window_length)``
    gives the aligned words (window time) of each window; decoding gives ``attempts`` in turn."""

    name, is_multilingual = "scripted", False

    def __init__(self, words, attempts=((-0.2, 1.0),)):
        self.words, self.attempts, self.aligned = words, attempts, 0

    def encode(self, audios):
        return [len(a) / 16000 for a in audios]

    def detect_language(self, encoded):
        return "en"

    def decode(self, encoded, rows, *, language, temperature):
        from transcription.whisper_engine import Decoded

        k = min(len(self.attempts) - 1, self.options.temperatures.index(temperature))
        logprob, ratio = self.attempts[k]
        return [Decoded((k,), f" t{k}", logprob, 0.01, ratio) for _ in rows]

    def align(self, encoded, token_lists, num_frames, *, language):
        from transcription.alignment import AsrWord

        out = []
        for length, tokens in zip(encoded, token_lists):
            self.aligned += 1
            out.append([AsrWord(text if text else f" t{tokens[0]}", s, e, 0.9)
                        for text, s, e in self.words(self.aligned, length)])
        return out


# three stretches of speech 3 s apart: three pieces (0.4 s of padding each side) in one window,
# at window times 0, 2.0 and 4.0; their speech lies at 0.4-1.4, 2.4-3.4 and 4.4-5.4 in the window
SPANS = ((1.0, 2.0), (5.0, 6.0), (9.0, 10.0))


def _decode(backend, options):
    backend.options = options
    decoder = BatchDecoder(backend, options)
    decoder.add([Stream(np.zeros(16000 * 12, np.float32), SPANS)])
    ((_, result),) = decoder.run(flush=True)
    return result


def test_speech_the_text_left_out_is_decoded_again(options):
    """The decoder skips the first two pieces; the alignment stretches one word over them. Those two stretches
    are decoded again in a window of their own, and the stretched word is not kept."""
    from transcription.whisper_engine import left_out, plan_windows

    def words(call, length):
        if call == 1:  # the first window: text only for the last piece
            return [(" bridged", 0.0, 4.3), (" real", 4.3, 4.9), (" words", 4.9, 5.6)]
        # the window of the two stretches decoded again: the second piece RETRY_SEPARATOR_S after the first
        second = 1.0 + 2 * PAD_S + RETRY_SEPARATOR_S
        return [(" one", 0.3, 1.0), (" two", 1.0, 1.5), (" three", second + 0.3, second + 1.0),
                (" four", second + 1.0, second + 1.5)]

    streams = [Stream(np.zeros(16000 * 12, np.float32), SPANS)]
    (window,) = plan_windows(streams)
    from transcription.alignment import AsrWord

    assert left_out(window, streams, [AsrWord(t, s, e, 0.9) for t, s, e in words(1, 5.8)]) == [(0, SPANS[0]),
                                                                                               (0, SPANS[1])]
    assert left_out(window, streams, [AsrWord(" all", 0.0, 1.8, 0.9), AsrWord(" said", 1.8, 3.9, 0.9),
                                      AsrWord(" here", 3.9, 5.8, 0.9)]) == []
    result = _decode(Scripted(words), options)
    assert [w.text for w in result.words[0]] == [" one", " two", " three", " four", " real", " words"]
    for w in result.words[0]:
        assert any(s <= w.start <= w.end <= e for s, e in SPANS), w
    assert result.guards.retried_speech == 2
    assert result.guards.windows == 2


def test_speech_after_the_text_stopped_is_decoded_again(options):
    """The text ends after the second piece (as after a closing phrase): the last stretch is decoded again."""
    def words(call, length):
        if call == 1:
            return [(" a", 0.0, 1.0), (" b", 1.0, 1.4), (" c", 2.3, 3.4)]
        return [(" d", 0.2, 1.0), (" e", 1.0, 1.6)]

    result = _decode(Scripted(words), options)
    assert [w.text for w in result.words[0]] == [" a", " b", " c", " d", " e"]
    assert result.words[0][-1].start >= SPANS[2][0]
    assert result.guards.retried_speech == 1


def test_a_window_whose_text_explains_nothing_is_not_decoded_again(options):
    """Were every stretch left out, the same audio would be decoded again to the same text."""
    def words(call, length):
        return [(" stretched", 0.0, 5.8)]

    result = _decode(Scripted(words), options)
    assert result.guards.retried_speech == 0 and result.guards.windows == 1


def test_a_window_failing_at_every_temperature_keeps_its_most_likely_attempt(options):
    """As faster-whisper does: the attempt with the highest log-probability that is not a repetition loop,
    not the last (most random) one."""
    def words(call, length):
        return [("", 0.0, 1.4), ("", 1.4, 3.4), ("", 3.4, 5.8)]  # the attempt's own text

    every = dataclasses.replace(options, temperatures=(0.0, 0.2, 0.4, 0.6))
    # log-probabilities all under -1; the most likely (-1.1) is a repetition loop, so -1.3 is kept
    attempts = ((-1.6, 1.0), (-1.1, 3.0), (-1.3, 1.0), (-1.9, 1.0))
    result = _decode(Scripted(words, attempts), every)
    assert {w.text for w in result.words[0]} == {" t2"}
    assert result.guards.redecoded == 3


def test_a_stretch_of_speech_begins_with_its_first_word():
    """The alignment starts a word late after a pause; the first word of each stretch of speech is moved back
    to where the speech begins, if less than SNAP_S after it (further in, words may be missing there)."""
    from transcription.alignment import AsrWord
    from transcription.whisper_engine import SNAP_S, snap_to_speech

    spans = ((1.0, 2.0), (5.0, 6.0), (10.0, 14.0))
    words = [AsrWord(" a", 1.3, 1.5, 0.9), AsrWord(" b", 1.5, 1.8, 0.9), AsrWord(" c", 5.0, 5.2, 0.9),
             AsrWord(" d", 10.0 + SNAP_S + 0.5, 12.0, 0.9)]
    assert [(w.start, w.end) for w in snap_to_speech(words, spans)] == [(1.0, 1.5), (1.5, 1.8), (5.0, 5.2),
                                                                       (11.0, 12.0)]


def test_speech_is_cut_into_runs_at_its_pauses():
    """Padded stretches whose padding overlaps share the pause at its middle; stretches less than JOIN_GAP_S apart
    after padding stay in one run (real audio, pause and all); further apart, a new run."""
    from transcription.whisper_engine import plan_runs

    spans = ((1.0, 2.0), (2.3, 3.0), (3.0 + 2 * PAD_S + JOIN_GAP_S / 2, 5.0), (9.0, 10.0))
    runs = plan_runs(Stream(np.zeros(16000 * 20, np.float32), spans), pad=PAD_S)
    assert [len(run) for run in runs] == [3, 1]
    assert [t for run in runs for segment in run for t in segment] == pytest.approx(
        [1.0 - PAD_S, 2.15, 2.15, 3.0 + PAD_S, 3.0 + PAD_S + JOIN_GAP_S / 2, 5.0 + PAD_S, 9.0 - PAD_S, 10.0 + PAD_S])


def test_a_run_is_cut_between_its_segments_to_fill_a_window():
    """A run that does not fit the space left fills it with the segments that fit; the rest begins the next
    window. Another stream's speech goes on in the same window, after a longer silence."""
    from transcription.whisper_engine import STREAM_SEPARATOR_S, pack_runs

    runs = [(0, [(0.0, 10.0), (10.0, 20.0)]), (1, [(100.0, 106.0), (106.5, 118.0), (119.0, 125.0)])]
    first, second = pack_runs(runs)
    assert [(p.stream, p.start, p.end) for p in first.pieces] == [(0, 0.0, 20.0), (1, 100.0, 106.0)]
    assert first.pieces[1].offset == pytest.approx(20.0 + STREAM_SEPARATOR_S)
    assert [(p.stream, p.start, p.end, p.offset) for p in second.pieces] == [(1, 106.5, 125.0, 0.0)]
    assert first.length <= WINDOW_S and second.length <= WINDOW_S
    assert first.streams == (0, 1) and second.streams == (1,)


class Labelled:
    """A backend for calls whose every stream is a constant signal (its label): each stretch of sound in a
    window gets a word every second naming the label it hears, so where each word lands can be checked.
    With ``leave_out_last``, the first batch's windows leave out their last stretch (as Whisper sometimes does)."""

    name, is_multilingual = "labelled", False

    def __init__(self, *, leave_out_last: bool = False):
        self.leave_out_last, self.batches, self.windows = leave_out_last, 0, []

    def encode(self, audios):
        self.batches += 1
        self.windows.append([sorted({round(float(v), 1) for v in np.unique(a) if v}) for a in audios])
        return [(self.batches, a) for a in audios]

    def detect_language(self, encoded):
        return "en"

    def decode(self, encoded, rows, *, language, temperature):
        from transcription.whisper_engine import Decoded

        return [Decoded((1,), " x", -0.1, 0.01, 1.0) for _ in rows]

    def align(self, encoded, token_lists, num_frames, *, language):
        from transcription.alignment import AsrWord

        out = []
        for batch, audio in encoded:
            sound = np.flatnonzero(np.diff(np.concatenate([[0], (audio != 0).astype(int), [0]])))
            runs = list(zip(sound[::2] / 16000, sound[1::2] / 16000))
            if self.leave_out_last and batch == 1:
                runs = runs[:-1]
            words = []
            for a, b in runs:
                label = round(float(audio[int((a + b) / 2 * 16000)]) * 10)
                words.extend(AsrWord(f" s{label}", t, t + 0.8, 0.9) for t in np.arange(a, b - 0.8, 1.0))
            out.append(words)
        return out


# a call of 45 s: four stretches of the agent (4 s each, 3 s apart) and six of the customer's, a window each
AGENT_SPANS = tuple((float(t), t + 4.0) for t in (1, 8, 15, 22))
CUSTOMER_SPANS = tuple((float(t), t + 4.0) for t in (3, 10, 17, 24, 31, 38))


def _labelled_call(first_label: int) -> list[Stream]:
    return [Stream(np.full(16000 * 45, label / 10, np.float32), spans)
            for label, spans in ((first_label, AGENT_SPANS), (first_label + 1, CUSTOMER_SPANS))]


def _check_words(streams, result, labels):
    for index, (stream, label) in enumerate(zip(streams, labels)):
        words = result.words[index]
        assert {w.text for w in words} == {f" s{label}"}
        for s, e in stream.spans:  # every stretch has its words, and they lie in it
            assert any(s <= w.start <= w.end <= e for w in words)
        for w in words:
            assert any(s <= w.start <= w.end <= e for s, e in stream.spans), w


def test_words_go_back_to_their_own_call_and_stream(options):
    backend = Labelled()
    decoder = BatchDecoder(backend, options)
    calls = [_labelled_call(1), _labelled_call(3)]
    handles = [decoder.add(streams) for streams in calls]
    done = decoder.run(flush=True)
    assert [h for h, _ in done] == handles
    assert backend.windows == [[[0.1], [0.2], [0.3], [0.4]]]  # one batch; a window holds one stream's speech
    for k, (streams, (_, result)) in enumerate(zip(calls, done)):
        assert result.guards.windows == 2 and result.guards.retried_speech == 0
        _check_words(streams, result, (2 * k + 1, 2 * k + 2))


def test_left_out_speech_of_a_call_is_decoded_again_together(options):
    """The first batch leaves out each window's last stretch (the agent's and the customer's): once the call's
    windows are decoded, both are decoded again in one window, and their words go back to their streams."""
    backend = Labelled(leave_out_last=True)
    decoder = BatchDecoder(backend, options)
    streams = _labelled_call(1)
    decoder.add(streams)
    ((_, result),) = decoder.run(flush=True)
    assert [len(b) for b in backend.windows] == [2, 1]
    assert backend.windows[1] == [[0.1, 0.2]]
    assert result.guards.retried_speech == 2 and result.guards.windows == 3
    _check_words(streams, result, (1, 2))


def test_a_redecode_reads_the_rows_of_the_batch_encoder_output(ct2_tiny_en):
    """faster-whisper on the CPU: the windows decoded again take their rows of the batch's encoder output, the same
    numbers encoding them again gives (without the encoder's work)."""
    from transcription.whisper_models import load_backend

    backend = load_backend(TranscribeOptions(model=str(ct2_tiny_en), device="cpu", language="en"), device="cpu")
    rng = np.random.default_rng(0)
    encoded = backend.encode([rng.normal(0, 0.1, 16000 * n).astype(np.float32) for n in (5, 12, 20)])
    again = backend.ct2.encode(backend._storage(encoded[0][[0, 2]]))
    assert np.array_equal(np.asarray(backend._rows(encoded, [0, 2])), np.asarray(again))
