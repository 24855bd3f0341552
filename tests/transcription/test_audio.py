"""Decoding real files of every supported container, and clear errors for bad ones."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest

from transcription.audio import AUDIO_EXTENSIONS, SAMPLE_RATE, load_audio
from transcription.errors import AudioError
from transcription.testing import convert, write_wav


@pytest.mark.parametrize("ext", [".wav", ".flac", ".ogg", ".mp3", ".m4a"])
def test_formats_decode_to_16k_with_channels_apart(stereo_call, audio_dir, ext):
    assert ext in AUDIO_EXTENSIONS
    path = stereo_call.path if ext == ".wav" else convert(stereo_call.path, audio_dir / f"formats{ext}")
    audio = load_audio(path)
    assert audio.sample_rate == SAMPLE_RATE
    assert audio.channels == 2
    expected = load_audio(stereo_call.path).duration
    assert abs(audio.duration - expected) < 0.15  # lossy codecs pad a few ms
    # the agent alone speaks in the first second: their channel is loud, the other silent
    s, e = int(0.6 * SAMPLE_RATE), int(1.4 * SAMPLE_RATE)
    agent, customer = np.abs(audio.samples[0, s:e]).mean(), np.abs(audio.samples[1, s:e]).mean()
    assert agent > 0.01
    assert customer < agent / 20


def test_resamples_other_rates(audio_tools, tmp_path):
    src = tmp_path / "tone.wav"
    t = np.arange(44100 * 2) / 44100
    write_wav(src, (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), sample_rate=44100)
    audio = load_audio(src)
    assert audio.channels == 1
    assert audio.sample_rate == SAMPLE_RATE
    assert abs(audio.duration - 2.0) < 0.01
    # still a 440 Hz tone after resampling
    spectrum = np.abs(np.fft.rfft(audio.samples[0]))
    assert abs(np.argmax(spectrum) * SAMPLE_RATE / len(audio.samples[0]) - 440) < 2


def _bad_files(tmp_path):
    corrupt = tmp_path / "corrupt.mp3"
    corrupt.write_bytes(np.random.default_rng(1).integers(0, 256, 20000, dtype=np.uint8).tobytes())
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    text = tmp_path / "notes.wav"
    text.write_text("these are meeting notes, not a recording\n" * 50)
    silent = write_wav(tmp_path / "silent.wav", np.zeros((2, SAMPLE_RATE * 3), dtype=np.float32))
    return {
        "corrupt": (corrupt, "not a readable audio file"),
        "empty": (empty, "is empty"),
        "text": (text, "not a readable audio file"),
        "silent": (silent, "is silent"),
        "missing": (tmp_path / "nope.wav", "does not exist"),
    }


@pytest.mark.parametrize("kind", ["corrupt", "empty", "text", "silent", "missing"])
def test_bad_files_raise_audio_error_naming_the_file(tmp_path, kind):
    path, problem = _bad_files(tmp_path)[kind]
    with pytest.raises(AudioError) as info:
        load_audio(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)
    assert info.value.source == str(path)


def test_truncated_m4a_is_reported(stereo_call, tmp_path):
    good = convert(stereo_call.path, tmp_path / "call.m4a")
    data = good.read_bytes()
    broken = tmp_path / "broken.m4a"
    broken.write_bytes(data[: len(data) // 3])  # the index (moov atom) is cut off
    with pytest.raises(AudioError, match="broken.m4a"):
        load_audio(broken)


def test_too_long(stereo_call):
    with pytest.raises(AudioError, match=r"too long .* limit is 5 s.*QA_MAX_AUDIO_SECONDS"):
        load_audio(stereo_call.path, max_seconds=5)


def test_too_long_without_duration_header(audio_tools, stereo_call, tmp_path):
    # raw ADTS AAC has no duration in its header: the limit is enforced while decoding
    raw = tmp_path / "call.aac"
    subprocess.run(["sox", str(stereo_call.path), "-c", "1", str(tmp_path / "mono.wav")], check=True)
    import av

    with av.open(str(tmp_path / "mono.wav")) as src, av.open(str(raw), "w", format="adts") as dst:
        out = dst.add_stream("aac", rate=SAMPLE_RATE, layout="mono")
        for frame in src.decode(audio=0):
            frame.pts = None
            for packet in out.encode(frame):
                dst.mux(packet)
        for packet in out.encode(None):
            dst.mux(packet)
    assert load_audio(raw).duration > 10
    with pytest.raises(AudioError, match="too long"):
        load_audio(raw, max_seconds=5)


def test_long_recordings_are_read_from_disk(stereo_call, options, monkeypatch):
    """Past IN_MEMORY_S the samples live in temporary files; every step reads the same values from them."""
    import dataclasses

    from transcription import audio as audio_module
    from transcription import transcribe_audio
    from transcription.vad import detect_speech

    exact = dataclasses.replace(options, compute_type="float32", temperatures=(0.0,), compression_ratio_threshold=None)
    in_memory, expected = load_audio(stereo_call.path), transcribe_audio(stereo_call.path, options=exact).to_dict()
    monkeypatch.setattr(audio_module, "IN_MEMORY_S", 5.0)
    on_disk = load_audio(stereo_call.path)
    assert isinstance(on_disk.samples, audio_module.DiskSamples)
    assert isinstance(in_memory.samples, np.ndarray)
    assert on_disk.samples.shape == in_memory.samples.shape
    np.testing.assert_array_equal(np.asarray(on_disk.samples), in_memory.samples)
    np.testing.assert_array_equal(on_disk.samples[1, 16000:20000], in_memory.samples[1, 16000:20000])
    np.testing.assert_array_equal(np.asarray(on_disk.mono()), in_memory.mono())
    assert detect_speech(on_disk.samples) == detect_speech(in_memory.samples)
    assert detect_speech(on_disk.mono()) == detect_speech(in_memory.mono())
    assert transcribe_audio(stereo_call.path, options=exact).to_dict() == expected
    with pytest.raises(TypeError, match="plain slices"):
        on_disk.samples[0][::2]
