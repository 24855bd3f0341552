"""`qa-service transcribe`: recordings in, canonical call JSON out."""

from __future__ import annotations

from pathlib import Path

import click

from qa_service.config import load_settings
from transcription.errors import ModelError, QAError


def find_audio(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files given directly, plus audio files (by extension) inside given folders; and missing paths."""
    from transcription.audio import is_audio_path

    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and is_audio_path(f)))
        elif p.exists():
            files.append(p)
        else:
            missing.append(raw)
    return files, missing


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="AUDIO...")
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Folder for the call JSON files (<file stem>.json). Default: beside each recording.")
@click.option("--model", metavar="NAME_OR_PATH",
              help="Whisper model name (tiny, base, small, large-v3, turbo...) or checkpoint path. Default: QA_WHISPER_MODEL.")
@click.option("--channels", metavar="ROLE,ROLE",
              help="Role of each channel of a stereo recording, e.g. 'agent,customer' (default) or 'customer,agent'; "
                   "'ignore' skips a channel.")
@click.option("--device", metavar="DEVICE", help="auto, cpu, cuda or cuda:N. Default: QA_WHISPER_DEVICE.")
@click.option("--language", metavar="CODE", help="Spoken language, e.g. 'en'. Default: QA_WHISPER_LANGUAGE or detected.")
@click.option("--engine", type=click.Choice(["auto", "faster-whisper", "openai-whisper", "reference"]),
              help="auto (default): faster-whisper when installed, else openai-whisper; both decode the speech "
                   "in batches; reference: plain whisper.transcribe, for comparison. Default: QA_WHISPER_ENGINE.")
@click.option("--compute-type", metavar="TYPE",
              help="auto (GPU: float16; CPU: int8 on faster-whisper, float32 on openai-whisper), int8, float16, "
                   "float32... Default: QA_WHISPER_COMPUTE_TYPE.")
@click.option("--threads", type=click.IntRange(min=0), help="CPU threads for Whisper (0 = library default).")
@click.option("--beam-size", type=click.IntRange(min=1), help="Beam search width, 1 = greedy. Default: QA_WHISPER_BEAM_SIZE.")
@click.option("--batch-size", type=click.IntRange(min=1), help="Windows decoded together. Default: QA_WHISPER_BATCH_SIZE.")
@click.option("--diarizer", type=click.Choice(["auto", "pyannote", "fallback"]),
              help="Speaker separation for mono recordings. Default: QA_DIARIZER or auto.")
def transcribe(
    paths: tuple[str, ...],
    output_dir: str | None,
    model: str | None,
    channels: str | None,
    device: str | None,
    language: str | None,
    engine: str | None,
    compute_type: str | None,
    threads: int | None,
    beam_size: int | None,
    batch_size: int | None,
    diarizer: str | None,
) -> None:
    """Transcribe recordings into canonical call JSON.

    AUDIO is a recording (wav, mp3, flac, ogg, m4a...) or a folder searched for
    them. Each becomes <stem>.json with utterances per speaker, word timings,
    speech intervals and metadata saying how it was made. A file that fails is
    reported on stderr and the others go on. Recordings given together share
    the model's batches. Exit status: 1 if any failed, 2 for usage errors,
    0 otherwise.
    """
    from tqdm import tqdm

    from qa_service.redaction import redact_transcript
    from qa_service.transcribe_options import transcribe_options
    from transcription.call import write_call
    from transcription.pipeline import transcribe_files

    try:
        settings = load_settings()
        options = transcribe_options(
            settings, model=model, channels=channels, device=device, language=language,
            engine=engine, compute_type=compute_type, cpu_threads=threads, beam_size=beam_size,
            batch_size=batch_size, diarizer=diarizer,
        )
    except QAError as e:
        raise click.UsageError(str(e)) from e
    files, missing = find_audio(list(paths))
    for m in missing:
        click.echo(f"error: {m}: no such file or directory", err=True)
    if not files and not missing:
        raise click.UsageError("no audio files found in " + ", ".join(paths))
    failed = len(missing)
    stderr = click.get_text_stream("stderr")
    targets: dict[Path, Path] = {}
    written: dict[Path, Path] = {}
    for path in files:
        target = (Path(output_dir) if output_dir else path.parent) / f"{path.stem}.json"
        if target in written:
            failed += 1
            click.echo(f"error: {path}: has the same name as {written[target]}; its JSON would overwrite "
                       f"{target}; rename one or transcribe them separately", err=True)
            continue
        targets[path], written[target] = target, path
    with tqdm(total=len(targets), unit="file", disable=len(targets) < 2, dynamic_ncols=True) as bar:
        try:
            for path, outcome in transcribe_files(list(targets), options=options):
                bar.update(1)
                if isinstance(outcome, QAError):
                    failed += 1
                    tqdm.write(f"error: {outcome}", file=stderr)
                    continue
                # redacted (QA_REDACT) before it is written; metadata["redactions"] says what was replaced
                outcome = redact_transcript(outcome, settings)
                write_call(outcome, targets[path])
                tqdm.write(f"{path} -> {targets[path]} ({len(outcome.utterances)} utterances, "
                           f"{outcome.metadata['diarization']})")
        except ModelError as e:
            # the model is the same for every file: stop instead of failing each one alike
            click.echo(f"error: {e}", err=True)
            raise click.exceptions.Exit(1) from e
    total = len(files) + len(missing)
    click.echo(f"{total - failed} of {total} recording(s) transcribed"
               + (f", {failed} failed (see errors above)" if failed else "."), err=True)
    if failed:
        raise click.exceptions.Exit(1)
