"""`qa-service transcribe` end to end, and the settings -> options mapping."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from transcription.call import load_call
from transcription.vad import merge_spans
from transcription.whisper_engine import JOIN_GAP_S, PAD_S


@pytest.fixture
def run_cli(checkpoint, monkeypatch):
    """Invoke ``qa-service`` in-process with the tiny checkpoint as QA_WHISPER_MODEL."""
    from qa_service.cli import cli

    monkeypatch.setenv("QA_WHISPER_MODEL", str(checkpoint))
    monkeypatch.setenv("QA_WHISPER_DEVICE", "cpu")
    monkeypatch.setenv("QA_WHISPER_LANGUAGE", "en")
    monkeypatch.setenv("QA_WHISPER_SAMPLE_LEN", "8")
    monkeypatch.setenv("QA_WHISPER_BEAM_SIZE", "1")

    def run(*args: str):
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return run


def test_writes_call_json_and_reports_bad_files(run_cli, stereo_call, tmp_path):
    bad = tmp_path / "notes.wav"
    bad.write_text("not audio")
    out = tmp_path / "out"
    result = run_cli("transcribe", str(stereo_call.path), str(bad), str(tmp_path / "missing.mp3"), "-o", str(out))
    assert result.exit_code == 1
    assert f"error: {bad}: is not a readable audio file" in result.stderr
    assert "missing.mp3: no such file or directory" in result.stderr
    assert "1 of 3 recording(s) transcribed, 2 failed" in result.stderr
    call = load_call(out / "stereo-call.json")
    assert call.metadata["diarization"] == "channel"
    assert call.speech["agent"] and call.speech["customer"]
    assert sorted(p.name for p in out.iterdir()) == ["stereo-call.json"]


def test_channels_option_swaps_roles(run_cli, stereo_call, stereo_transcript, tmp_path):
    result = run_cli("transcribe", str(stereo_call.path), "-o", str(tmp_path), "--channels", "customer,agent")
    assert result.exit_code == 0, result.stderr
    normal = stereo_transcript.to_dict()  # same file, default map agent,customer
    swapped = json.loads((tmp_path / "stereo-call.json").read_text())
    assert swapped["metadata"]["channel_map"] == ["customer", "agent"]
    assert swapped["speech"]["agent"] == normal["speech"]["customer"]
    assert swapped["speech"]["customer"] == normal["speech"]["agent"]
    # words follow their channel: the customer's now come from the left channel's speech
    assert {u["speaker"] for u in swapped["utterances"]} == {"agent", "customer"}
    # (a random model's words may fall anywhere in the padded pieces Whisper hears)
    reach = JOIN_GAP_S + 2 * PAD_S
    for u in swapped["utterances"]:
        own = merge_spans(normal["speech"]["customer" if u["speaker"] == "agent" else "agent"], gap=reach)
        assert any(s - PAD_S - 1e-3 <= u["start"] and u["end"] <= e + PAD_S + 1e-3 for s, e in own), (u, own)


def test_bad_option_is_a_usage_error(run_cli, stereo_call):
    result = run_cli("transcribe", str(stereo_call.path), "--channels", "agent,boss")
    assert result.exit_code == 2
    assert "'boss' is not a role" in result.stderr


def test_transcribes_a_folder(run_cli, stereo_call, tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    (folder / "call-1.wav").write_bytes(stereo_call.path.read_bytes())
    (folder / "readme.txt").write_text("not a recording")
    result = run_cli("transcribe", str(folder), "--engine", "openai-whisper", "--batch-size", "1",
                     "--compute-type", "float32")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["call-1.json", "call-1.wav", "readme.txt"]
    call = load_call(folder / "call-1.json")
    assert call.metadata["asr"]["engine"] == "openai-whisper"
    assert call.metadata["asr"]["compute_type"] == "float32"


def test_options_from_settings(checkpoint):
    from qa_service.config import load_settings
    from qa_service.transcribe_options import transcribe_options
    from transcription.errors import ConfigError

    env = {"QA_WHISPER_MODEL": str(checkpoint), "QA_CHANNELS": "customer,agent", "QA_WHISPER_LANGUAGE": "",
           "QA_WHISPER_SAMPLE_LEN": "0", "QA_WHISPER_ENGINE": "reference", "QA_MAX_AUDIO_SECONDS": "60"}
    options = transcribe_options(load_settings(env))
    assert options.model == str(checkpoint)
    assert options.channels == ("customer", "agent")
    assert options.language is None and options.sample_len is None
    assert options.engine == "reference" and options.max_audio_seconds == 60
    assert transcribe_options(load_settings(env), engine="faster-whisper", channels=None).engine == "faster-whisper"
    assert transcribe_options(load_settings({})).engine == "auto"
    # the earlier name of the openai-whisper batched engine still works
    assert transcribe_options(load_settings({"QA_WHISPER_ENGINE": "batched"})).engine == "openai-whisper"
    env = {"QA_WHISPER_COMPUTE_TYPE": "float16", "QA_WHISPER_CPU_THREADS": "2"}
    assert (transcribe_options(load_settings(env)).compute_type, transcribe_options(load_settings(env)).cpu_threads) == (
        "float16", 2)
    with pytest.raises(ConfigError, match="QA_WHISPER_ENGINE"):
        transcribe_options(load_settings({"QA_WHISPER_ENGINE": "turbo"}))
    with pytest.raises(ConfigError, match="compute_type 'int4'.*QA_WHISPER_COMPUTE_TYPE"):
        transcribe_options(load_settings({"QA_WHISPER_COMPUTE_TYPE": "int4"}))


def test_help_does_not_import_torch():
    code = ("import sys\nfrom qa_service.cli import main\ntry:\n    main(['transcribe', '--help'])\n"
            "except SystemExit:\n    pass\nassert 'torch' not in sys.modules and 'whisper' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_unusable_model_stops_the_run(run_cli, stereo_call, monkeypatch, tmp_path):
    monkeypatch.setenv("QA_WHISPER_MODEL", str(tmp_path / "missing.pt"))
    copy = tmp_path / "copy.wav"
    copy.write_bytes(stereo_call.path.read_bytes())
    result = run_cli("transcribe", str(stereo_call.path), str(copy), "-o", str(tmp_path))
    assert result.exit_code == 1
    assert "missing.pt' is neither a model name" in result.stderr
    assert result.stderr.count("error:") == 1
