"""Stored scorecards and their immutable versions.

The only writer of :class:`ScorecardRecord` and :class:`ScorecardVersion`
rows, and the one place that looks a version up by scorecard id and number.
A version is the YAML text it was scored with; the same id and version with
other content is refused, naming the next free version.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qa_service import audit
from qa_service.config import Settings
from qa_service.db.models import ScorecardRecord, ScorecardVersion, User
from qa_service.errors import NotFound
from scorecards.diff import VersionDiff, diff_scorecards
from scorecards.drafts import draft_to_yaml, load_draft_yaml, new_scorecard_data
from scorecards.schema import Scorecard, scorecard_from_yaml
from transcription.errors import QAError, ScorecardError

__all__ = [
    "diff_versions",
    "from_settings",
    "get_version",
    "latest_version",
    "new_draft_yaml",
    "next_version",
    "register_scorecard",
    "scorecard_for_version",
    "scorecard_record",
    "stored_version",
]


def register_scorecard(session: Session, scorecard: Scorecard, *, created_by: User | None = None) -> ScorecardVersion:
    """The stored version of ``scorecard``, recorded on first use.

    Versions are immutable: the same id and version with different content is
    refused with a :class:`ScorecardError` that names the next free version.
    """
    for _attempt in range(3):
        row = session.scalar(select(ScorecardRecord).where(ScorecardRecord.key == scorecard.id))
        version = None
        if row is not None:
            version = session.scalar(
                select(ScorecardVersion).where(
                    ScorecardVersion.scorecard_id == row.id, ScorecardVersion.version == scorecard.version
                )
            )
        if version is not None:
            if version.content_hash != scorecard.hash:
                used = session.scalars(
                    select(ScorecardVersion.version).where(ScorecardVersion.scorecard_id == row.id)
                ).all()
                raise ScorecardError(
                    scorecard.source,
                    f"version {scorecard.version} of scorecard {scorecard.id!r} is already stored with different "
                    f"content (hash {version.content_hash[:12]}, this file {scorecard.hash[:12]}); versions are "
                    f"immutable: give the changed scorecard a new version number (next free: {max(used) + 1})",
                )
            return version
        savepoint = session.begin_nested()
        try:
            if row is None:
                row = ScorecardRecord(key=scorecard.id, name=scorecard.name)
                session.add(row)
                session.flush()
            row.name = scorecard.name
            version = ScorecardVersion(
                scorecard_id=row.id,
                version=scorecard.version,
                yaml_text=scorecard.to_yaml(),
                content_hash=scorecard.hash,
                created_by_id=created_by.id if created_by is not None else None,
            )
            session.add(version)
            savepoint.commit()
        except IntegrityError:
            # published at the same moment by another process: read theirs and compare
            savepoint.rollback()
            continue
        audit.record(
            session, "scorecard.register", user=created_by, target=version,
            details={"scorecard": scorecard.id, "version": scorecard.version, "hash": scorecard.hash},
        )
        return version
    raise QAError(f"scorecard {scorecard.id!r} version {scorecard.version} could not be stored; try again")


def from_settings(session: Session, settings: Settings, id_or_path: str | None = None) -> ScorecardVersion:
    """Load a scorecard (id or YAML path; the default from settings) and register its version."""
    from qa_service.scoring import scorecard_for

    return register_scorecard(session, scorecard_for(settings, id_or_path))


@lru_cache(maxsize=64)
def _parse_stored_scorecard(yaml_text: str, source: str) -> Scorecard:
    return scorecard_from_yaml(yaml_text, source)


def scorecard_for_version(version: ScorecardVersion) -> Scorecard:
    """The :class:`Scorecard` a stored version holds (parsed once per process)."""
    source = f"stored scorecard {version.scorecard.key} v{version.version}"
    scorecard = _parse_stored_scorecard(version.yaml_text, source)
    if scorecard.hash != version.content_hash:
        raise ScorecardError(
            source,
            f"its stored content hashes to {scorecard.hash[:12]}, not the recorded {version.content_hash[:12]}; "
            "the scorecard schema changed since it was stored; register the scorecard under a new version",
        )
    return scorecard


def scorecard_record(session: Session, key: str) -> ScorecardRecord:
    """The stored scorecard with id ``key``; :class:`NotFound` lists the stored ones."""
    row = session.scalar(select(ScorecardRecord).where(ScorecardRecord.key == key))
    if row is None:
        known = ", ".join(session.scalars(select(ScorecardRecord.key).order_by(ScorecardRecord.key))) or "(none yet)"
        raise NotFound(f"no stored scorecard {key!r}; stored scorecards: {known}")
    return row


def get_version(session: Session, key: str, number: int) -> ScorecardVersion | None:
    """Version ``number`` of scorecard ``key``, or None (the one "version by key" query)."""
    return session.scalar(
        select(ScorecardVersion).join(ScorecardRecord)
        .where(ScorecardRecord.key == key, ScorecardVersion.version == number)
    )


def stored_version(session: Session, key: str, number: int) -> ScorecardVersion:
    """Version ``number`` of scorecard ``key``; :class:`NotFound` lists every stored version."""
    row = get_version(session, key, number)
    if row is None:
        known = session.execute(
            select(ScorecardRecord.key, ScorecardVersion.version).join(ScorecardVersion)
            .order_by(ScorecardRecord.key, ScorecardVersion.version)
        ).all()
        listing = ", ".join(f"{k} v{v}" for k, v in known) or "(none yet)"
        raise NotFound(
            f"scorecard {key!r} version {number} is not stored; stored versions: {listing}. "
            "Score something with the YAML file first (qa-service batch --scorecard FILE) to register it"
        )
    return row


def latest_version(session: Session, key: str) -> ScorecardVersion | None:
    """The newest stored (published) version of scorecard ``key``, or None when it has none."""
    return session.scalar(
        select(ScorecardVersion).join(ScorecardRecord)
        .where(ScorecardRecord.key == key)
        .order_by(ScorecardVersion.version.desc())
        .limit(1)
    )


def next_version(session: Session, key: str) -> int:
    """The version number a new version of ``key`` gets."""
    latest = latest_version(session, key)
    return latest.version + 1 if latest is not None else 1


def new_draft_yaml(session: Session, key: str | None = None) -> str:
    """YAML to start editing from: the latest version of ``key`` with its version raised, or a new scorecard."""
    if key is not None:
        version = latest_version(session, key)
        if version is not None:
            data = load_draft_yaml(version.yaml_text)
            data["version"] = next_version(session, key)
            return draft_to_yaml(data)
    return draft_to_yaml(new_scorecard_data(key))


def diff_versions(old: ScorecardVersion, new: ScorecardVersion | Scorecard) -> VersionDiff:
    """What changed from a stored version to another one (or to a draft)."""
    if isinstance(new, ScorecardVersion):
        return diff_scorecards(scorecard_for_version(old), scorecard_for_version(new), old_yaml=old.yaml_text,
                               new_yaml=new.yaml_text)
    return diff_scorecards(scorecard_for_version(old), new, old_yaml=old.yaml_text)
