"""Scorecards: YAML rubrics with sections, weighted criteria, N/A, auto-fail
and immutable versions.

A criterion names a detector from the registry and that detector's
parameters. Validation names the file, the criterion and the valid choices.
The content hash covers everything that changes scoring, so a changed rubric
under an old version number is caught.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scorecards import coaching
from transcription.errors import DetectorError, ScorecardError

BUNDLED_DIR = Path(__file__).resolve().parent

_ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"}
SCORECARD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "name", "version", "pass_mark", "sections"],
    "additionalProperties": False,
    "properties": {
        "id": _ID,
        "name": {"type": "string", "minLength": 1},
        "version": {"type": "integer", "minimum": 1},
        "description": {"type": "string"},
        "pass_mark": {"type": "number", "minimum": 0, "maximum": 100},
        "sections": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "label", "criteria"],
                "additionalProperties": False,
                "properties": {
                    "id": _ID,
                    "label": {"type": "string", "minLength": 1},
                    "criteria": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["id", "label", "detector"],
                            "additionalProperties": False,
                            "properties": {
                                "id": _ID,
                                "label": {"type": "string", "minLength": 1},
                                "description": {"type": "string"},
                                "detector": {"type": "string", "minLength": 1},
                                "params": {"type": ["object", "null"]},
                                "weight": {"type": "number", "exclusiveMinimum": 0, "default": 1},
                                "auto_fail": {"type": "boolean", "default": False},
                                "coaching": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    section: str  # the section's id
    detector: str  # resolved, versioned detector name ("greeting.v1")
    params: dict[str, Any]  # as written in the scorecard
    resolved_params: dict[str, Any]  # with the detector's defaults filled in
    weight: float = 1.0
    auto_fail: bool = False
    description: str = ""
    coaching: str = ""


@dataclass(frozen=True)
class Section:
    id: str
    label: str
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Scorecard:
    id: str
    name: str
    version: int
    pass_mark: float
    sections: tuple[Section, ...]
    hash: str  # sha256 of the normalised content
    description: str = ""
    source: str = "<scorecard>"  # the file it came from
    data: dict[str, Any] = field(default_factory=dict, repr=False)  # normalised content

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for s in self.sections for c in s.criteria)

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise ScorecardError(self.source, f"has no criterion {criterion_id!r}; criteria: "
                             + ", ".join(c.id for c in self.criteria))

    def ref(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "hash": self.hash}

    def to_dict(self) -> dict[str, Any]:
        return json.loads(json.dumps(self.data))

    def to_yaml(self) -> str:
        import yaml

        return yaml.safe_dump(self.data, sort_keys=False, allow_unicode=True, width=100)


def _path(parts) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def content_hash(data: dict[str, Any]) -> str:
    """sha256 of the scorecard's normalised content (key order and YAML layout don't matter)."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def scorecard_from_dict(data: Any, source: str = "<scorecard>") -> Scorecard:
    """Validate scorecard data and build a :class:`Scorecard`.

    Raises :class:`ScorecardError` naming ``source``, the criterion and what to fix.
    """
    from jsonschema import Draft202012Validator

    from nlp.registry import get_registry

    if not isinstance(data, dict):
        raise ScorecardError(source, "a scorecard must be a YAML mapping with id, name, version, pass_mark and sections")
    errors = sorted(Draft202012Validator(SCORECARD_SCHEMA).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        err = errors[0]
        where = _path(err.absolute_path)
        crit = None
        p = list(err.absolute_path)
        if len(p) >= 4 and p[0] == "sections" and p[2] == "criteria" and isinstance(p[3], int):
            try:
                crit = data["sections"][p[1]]["criteria"][p[3]].get("id")
            except (KeyError, IndexError, TypeError, AttributeError):
                crit = None
        msg = err.message
        if err.validator == "additionalProperties":
            allowed = sorted(err.schema.get("properties", {}))
            msg += f"; valid fields: {', '.join(allowed)}"
        elif err.validator == "pattern":
            msg = f"{err.instance!r} is not a valid id: use lower-case letters, digits, '_' and '-'"
        raise ScorecardError(source, f"{where or 'scorecard'}: {msg}", criterion=crit)

    registry = get_registry()
    seen_sections: set[str] = set()
    seen_criteria: set[str] = set()
    sections = []
    normalised_sections = []
    for s in data["sections"]:
        if s["id"] in seen_sections:
            raise ScorecardError(source, f"duplicate section id {s['id']!r}; section ids must be unique")
        seen_sections.add(s["id"])
        criteria = []
        normalised_criteria = []
        for c in s["criteria"]:
            cid = c["id"]
            if cid in seen_criteria:
                raise ScorecardError(source, "duplicate criterion id; criterion ids must be unique across sections", criterion=cid)
            seen_criteria.add(cid)
            try:
                spec = registry.resolve(c["detector"])
                resolved = registry.validate_params(spec.name, c.get("params") or {})
            except DetectorError as e:
                raise ScorecardError(source, str(e), criterion=cid) from e
            params = dict(c.get("params") or {})
            try:
                coaching.check(c.get("coaching", ""))
            except ValueError as e:
                raise ScorecardError(source, str(e), criterion=cid) from e
            crit = Criterion(
                id=cid,
                label=c["label"],
                section=s["id"],
                detector=spec.name,
                params=params,
                resolved_params=resolved,
                weight=float(c.get("weight", 1)),
                auto_fail=bool(c.get("auto_fail", False)),
                description=c.get("description", ""),
                coaching=c.get("coaching", ""),
            )
            criteria.append(crit)
            normalised_criteria.append({
                "id": cid, "label": crit.label, "description": crit.description, "detector": spec.name,
                "params": params, "weight": c.get("weight", 1), "auto_fail": crit.auto_fail,
                "coaching": crit.coaching,
            })
        sections.append(Section(s["id"], s["label"], tuple(criteria)))
        normalised_sections.append({"id": s["id"], "label": s["label"], "criteria": normalised_criteria})
    normalised = {
        "id": data["id"], "name": data["name"], "version": data["version"],
        "description": data.get("description", ""), "pass_mark": data["pass_mark"],
        "sections": normalised_sections,
    }
    return Scorecard(
        id=data["id"], name=data["name"], version=int(data["version"]), pass_mark=float(data["pass_mark"]),
        sections=tuple(sections), hash=content_hash(normalised), description=data.get("description", ""),
        source=source, data=normalised,
    )


# limits of one scorecard's YAML: far above any real rubric, low enough that a hostile file
# ("billion laughs" aliases, deep nesting, megabytes) is refused at once
MAX_YAML_BYTES = 1_000_000
MAX_YAML_VALUES = 100_000  # values once aliases are expanded
MAX_YAML_DEPTH = 50


def _node_limits(root: Any, source: str) -> None:
    """Refuse a YAML node graph that expands to too many values or nests too deeply.
    Aliases share nodes, so sizes are counted once per node and multiplied by use."""
    import yaml

    size: dict[int, int] = {}
    stack: list[tuple[Any, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        if depth > MAX_YAML_DEPTH:
            raise ScorecardError(source, f"nests deeper than {MAX_YAML_DEPTH} levels; a scorecard needs a few")
        if isinstance(node, yaml.ScalarNode):
            size[id(node)] = 1
            continue
        children = ([v for pair in node.value for v in pair] if isinstance(node, yaml.MappingNode)
                    else list(node.value))
        if done:
            total = 1 + sum(size[id(c)] for c in children)
            if total > MAX_YAML_VALUES:
                raise ScorecardError(source, f"expands to more than {MAX_YAML_VALUES:,} values through its aliases "
                                     "(&anchor / *alias); write the values out instead")
            size[id(node)] = total
            continue
        if id(node) in size:
            continue
        stack.append((node, depth, True))
        stack.extend((c, depth + 1, False) for c in children if id(c) not in size)


def load_yaml(text: str, source: str) -> Any:
    """YAML text as data (safe types only), within the limits above; every problem is a
    :class:`ScorecardError` naming ``source``, the line and what to do."""
    import yaml

    if len(text.encode("utf-8", "surrogatepass")) > MAX_YAML_BYTES:
        raise ScorecardError(source, f"is {len(text.encode('utf-8', 'surrogatepass')):,} bytes; a scorecard may have "
                             f"at most {MAX_YAML_BYTES:,}")
    loader = None
    try:
        loader = yaml.SafeLoader(text)  # the reader already refuses control characters here
        node = loader.get_single_node()
        if node is None:
            return None
        _node_limits(node, source)
        return loader.construct_document(node)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        raise ScorecardError(source, f"is not valid YAML{where}: {getattr(e, 'problem', e)}") from e
    except RecursionError as e:
        raise ScorecardError(source, f"nests deeper than {MAX_YAML_DEPTH} levels; a scorecard needs a few") from e
    except (ValueError, OverflowError) as e:  # e.g. an integer with more digits than Python converts
        what = "a number with thousands of digits" if "digits" in str(e) else f"a value YAML cannot read ({str(e)[:100]})"
        raise ScorecardError(source, f"holds {what}; no scorecard field needs one") from e
    finally:
        if loader is not None:
            loader.dispose()


def scorecard_from_yaml(text: str, source: str = "<scorecard>") -> Scorecard:
    """Parse and validate scorecard YAML text."""
    return scorecard_from_dict(load_yaml(text, source), source)


def find_scorecard_file(id_or_path: str, *, search_dirs: tuple[str | Path, ...] = ()) -> Path:
    """The YAML file for a scorecard id (searched in ``search_dirs`` then the bundled
    folder) or an explicit path."""
    candidate = Path(id_or_path)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        if not candidate.is_file():
            raise ScorecardError(str(candidate), "does not exist; give a scorecard id or the path to a YAML file")
        return candidate
    dirs = [Path(d) for d in search_dirs if d] + [BUNDLED_DIR]
    for d in dirs:
        for ext in (".yaml", ".yml"):
            if (d / f"{id_or_path}{ext}").is_file():
                return d / f"{id_or_path}{ext}"
    available = sorted({p.stem for d in dirs if d.is_dir() for p in d.glob("*.y*ml")})
    raise ScorecardError(
        id_or_path, f"no such scorecard; available: {', '.join(available) or '(none)'}, or give a path to a YAML file"
    )


def load_scorecard(id_or_path: str | Path, *, search_dirs: tuple[str | Path, ...] = ()) -> Scorecard:
    """Load and validate a scorecard by id (bundled or in ``search_dirs``) or path."""
    path = find_scorecard_file(str(id_or_path), search_dirs=search_dirs)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ScorecardError(str(path), f"cannot be read: {e}") from e
    return scorecard_from_yaml(text, str(path))


def list_scorecards(*, search_dirs: tuple[str | Path, ...] = ()) -> list[Path]:
    """Every scorecard YAML file in ``search_dirs`` and the bundled folder."""
    dirs = [Path(d) for d in search_dirs if d] + [BUNDLED_DIR]
    return sorted({p for d in dirs if d.is_dir() for p in d.glob("*.y*ml")})
