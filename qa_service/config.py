"""Configuration has one home: defaults here, overridden by a config file and
``QA_*`` environment variables (the environment wins). Nothing else in the
project reads ``os.environ``.

The config file is TOML or YAML (flat ``key = value``), found at ``QA_CONFIG``
or ``./qa-service.toml``; keys are the field names below.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from transcription.errors import ConfigError


def _default_data_dir() -> str:
    return str(Path.cwd() / "instance")


@dataclass(frozen=True)
class Settings:
    # folder for the embedded database, broker, uploaded audio and logs
    data_dir: str = field(default_factory=_default_data_dir)
    # SQLAlchemy URL; empty means SQLite in data_dir (WAL mode)
    database_url: str = ""
    # Celery broker; empty means the embedded SQLAlchemy transport on SQLite in data_dir
    broker_url: str = ""
    # Celery result backend; empty means the database above
    result_backend: str = ""
    # run Celery tasks in-process (tests, one-shot CLI use) instead of through a worker
    task_always_eager: bool = False
    # default scorecard: an id under scorecards/ or a path to a YAML file
    scorecard: str = "default"
    # extra folder searched for scorecard YAML files (besides the bundled ones)
    scorecards_dir: str = ""
    # spaCy pipeline name or path (en_core_web_sm...); empty = blank English with the lookup lemmatizer
    spacy_model: str = ""
    # sentence-transformers model name (all-MiniLM-L6-v2) or folder; empty = no embeddings (rules only)
    embedding_model: str = ""
    # Whisper model name (tiny, base, small, medium, large-v3, turbo...) or checkpoint path
    whisper_model: str = "small"
    # torch device for Whisper: "auto", "cpu", "cuda", "cuda:1"...
    whisper_device: str = "auto"
    # with compute type "auto": float16 on GPU (false: float32); CPU runs int8
    whisper_fp16: bool = True
    # language code ("en") or empty to detect
    whisper_language: str = ""
    # windows decoded together by model.decode
    whisper_batch_size: int = 8
    # "auto" (faster-whisper when installed, else openai-whisper), "faster-whisper", "openai-whisper"
    # (both: VAD-gated windows decoded in batches) or "reference" (plain whisper.transcribe);
    # the earlier "batched" means "openai-whisper"
    whisper_engine: str = "auto"
    # "auto" (GPU: float16; CPU: int8 on faster-whisper, float32 on openai-whisper) or int8, float16, float32...
    whisper_compute_type: str = "auto"
    # CPU threads for Whisper; 0 = the library's default
    whisper_cpu_threads: int = 0
    # beam search width; 1 = greedy (faster, a little less accurate)
    whisper_beam_size: int = 5
    # most tokens decoded per 30 s window; 0 = the model's limit
    whisper_sample_len: int = 0
    # mono recordings: "auto" (pyannote.audio when installed, else the fallback), "pyannote", "fallback"
    diarizer: str = "auto"
    # pyannote.audio pipeline (Hugging Face id or local path) used for mono recordings
    diarization_model: str = "pyannote/speaker-diarization-3.1"
    # channel-to-role map for stereo recordings, in channel order
    channels: str = "agent,customer"
    # longest audio accepted, seconds
    max_audio_seconds: float = 4 * 3600.0
    # Flask secret key; empty means one generated and kept in data_dir
    secret_key: str = ""
    # web server bind address
    host: str = "127.0.0.1"
    port: int = 5000
    # web server (gunicorn) processes and threads per process, for `qa-service run` and `qa-service web`
    web_workers: int = 2
    web_threads: int = 4
    # reverse proxies in front of the web UI whose X-Forwarded-For/-Proto/-Host/-Port/-Prefix headers are
    # trusted (werkzeug's ProxyFix); 0 = none (serving directly)
    proxy_fix: int = 0
    # login attempts allowed per minute per address
    login_rate_limit: str = "10 per minute"
    # Flask-Limiter storage for the login limit: "memory://" (one process) or e.g. "redis://127.0.0.1:6379/2"
    rate_limit_storage: str = "memory://"
    # session cookie Secure flag: "auto" (on unless debugging/testing or serving on a loopback address),
    # "true" (behind HTTPS) or "false"
    cookie_secure: str = "auto"
    # log level for the service
    log_level: str = "INFO"
    # seconds one call may take to score before its task is stopped and the call marked failed
    score_time_limit: float = 300.0
    # seconds one recording may take to transcribe before its task is stopped and the call marked failed
    transcribe_time_limit: float = 4 * 3600.0
    # seconds before a Redis/SQS broker hands an unacknowledged task (its worker died) to another worker;
    # keep it above transcribe_time_limit
    broker_visibility_timeout: float = 5 * 3600.0
    # tests only: seconds each score task sleeps before storing its result (to kill a worker mid-batch)
    score_delay_seconds: float = 0.0
    # web uploads: largest file accepted and largest upload in all, in megabytes; most files in one upload
    max_upload_mb: float = 500.0
    max_upload_total_mb: float = 2000.0
    max_upload_files: int = 500
    # share of golden-call expectations (0-1) a scorecard draft must meet before it can be published
    golden_min_agreement: float = 0.9
    # personal data redacted where calls come in: "none", "pci" (cards, security codes, expiry dates) or
    # "all" (pci plus SSNs, bank accounts, emails, phone numbers, dates of birth, addresses); docs/privacy.md
    redact: str = "pci"
    # retention in days per kind of data (0 = kept for ever): recordings, transcripts, evaluations (with reviews)
    retention_recordings_days: int = 0
    retention_transcripts_days: int = 0
    retention_evaluations_days: int = 0
    # seconds between runs of the retention task on a worker started with beat (qa-service worker --beat)
    retention_interval_s: float = 3600.0
    # roles that may play / download call recordings (comma-separated)
    playback_roles: str = "admin,author,trainer,agent"
    download_roles: str = "admin,author,trainer"
    # the web UI's address as others reach it (links in webhook events), e.g. https://qa.example.com;
    # empty = http://host:port
    public_url: str = ""
    # requests per API token (Flask-Limiter syntax): every /api/v1 request, and call submissions on top
    api_rate_limit: str = "600 per minute"
    api_write_rate_limit: str = "60 per minute"
    # webhook deliveries: tries in all before giving up, seconds before the second try (doubling, capped
    # at webhook_retry_max_s), seconds to wait for the receiver's answer
    webhook_max_attempts: int = 8
    webhook_retry_base_s: float = 30.0
    webhook_retry_max_s: float = 3600.0
    webhook_timeout_s: float = 10.0

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir)

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_path / 'qa.db'}"

    @property
    def effective_broker_url(self) -> str:
        return self.broker_url or f"sqla+sqlite:///{self.data_path / 'broker.db'}"

    @property
    def effective_result_backend(self) -> str:
        if self.result_backend:
            return self.result_backend
        return "db+" + self.effective_database_url

    def with_overrides(self, **changes: Any) -> "Settings":
        return replace(self, **changes)

    def to_environ(self) -> dict[str, str]:
        """``QA_*`` variables that make a child process (a worker) load these same settings."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f"QA_{f.name.upper()}"] = ("1" if value else "0") if isinstance(value, bool) else str(value)
        return out


def child_environ(settings: Settings) -> dict[str, str]:
    """The environment for a child process (embedded worker): this one's plus ``settings``."""
    return {**os.environ, **settings.to_environ()}


def _coerce(name: str, raw: Any, typ: Any) -> Any:
    typ = typ if isinstance(typ, str) else getattr(typ, "__name__", str(typ))
    try:
        if typ == "bool":
            if isinstance(raw, bool):
                return raw
            low = str(raw).strip().lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(raw)
        if typ == "int":
            return int(raw)
        if typ == "float":
            return float(raw)
        return str(raw)
    except (TypeError, ValueError) as e:
        raise ConfigError(
            f"setting {name} (QA_{name.upper()}): {raw!r} is not a valid {typ}; fix the value in the "
            "environment or the config file"
        ) from e


def _read_config_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"config file {path} cannot be read: {e}") from e
    try:
        if path.suffix in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text) or {}
        else:
            import tomllib

            data = tomllib.loads(text)
    except Exception as e:  # noqa: BLE001 - any parse error becomes one clear message
        raise ConfigError(f"config file {path} is not valid: {e}") from e
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path} must hold key = value settings")
    return data


def load_settings(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from defaults, the config file, ``QA_*`` variables, then ``overrides``."""
    env = os.environ if environ is None else environ
    known = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    config_path = env.get("QA_CONFIG")
    path = Path(config_path) if config_path else Path.cwd() / "qa-service.toml"
    if config_path or path.exists():
        for key, raw in _read_config_file(path).items():
            if key not in known:
                raise ConfigError(
                    f"config file {path}: unknown setting {key!r}; valid settings: {', '.join(sorted(known))}"
                )
            values[key] = _coerce(key, raw, known[key])
    for name, typ in known.items():
        var = f"QA_{name.upper()}"
        if var in env:
            values[name] = _coerce(name, env[var], typ)
    for key, raw in overrides.items():
        if raw is not None:
            values[key] = raw
    settings = Settings(**values)
    configure_models(settings)
    return settings


def configure_models(settings: Settings) -> None:
    """Point the NLP layer at the configured spaCy pipeline and embedding model (nothing
    loads until a call is scored). Every entry point loads its settings through
    :func:`load_settings`, so every process scores with the same models."""
    from nlp import embeddings, pipeline
    from qa_service import redaction

    redaction.configure(settings)
    pipeline.configure(settings.spacy_model)
    embeddings.configure(settings.embedding_model, cache_dir=settings.data_path / "embeddings")
