"""The detector registry: versioned names -> detector callables with their
parameter schema.

A detector is ``func(ctx: CallContext, params: dict) -> DetectorResult``.
Its parameters are declared as JSON Schema properties (type, default,
description), which both validates scorecards and drives the web editor's
forms. All registrations happen in :mod:`nlp.registrations`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping

from transcription.errors import DetectorError

if TYPE_CHECKING:
    from nlp.context import CallContext
    from nlp.result import DetectorResult

DetectorFunc = Callable[["CallContext", Mapping[str, Any]], "DetectorResult"]


@dataclass(frozen=True)
class DetectorSpec:
    name: str  # versioned name, "greeting.v1"
    func: DetectorFunc
    # JSON Schema "properties": {param: {"type", "default", "description", ...}}
    params: dict[str, Any]
    description: str  # one paragraph for authors
    # the skill this detector scores, shown in the editor ("Greeting", "Interruptions")
    label: str = ""
    required: tuple[str, ...] = field(default_factory=tuple)  # params without a usable default

    @property
    def base_name(self) -> str:
        return self.name.rsplit(".v", 1)[0]

    def defaults(self) -> dict[str, Any]:
        return {k: copy.deepcopy(v["default"]) for k, v in self.params.items() if "default" in v}

    def phrase_lists(self) -> list[str]:
        """Parameters that are lists of phrases with a default list: a scorecard may
        extend them (``{add: [...], remove: [...]}``) instead of replacing them."""
        return [k for k, v in self.params.items() if is_phrase_list(v)]

    def schema(self) -> dict[str, Any]:
        props = {}
        for key, prop in self.params.items():
            if is_phrase_list(prop):
                items = {"type": "array", "items": prop["items"]}
                edit = {"type": "object", "additionalProperties": False, "minProperties": 1,
                        "properties": {"add": items, "remove": items}}
                prop = {k: v for k, v in prop.items() if k not in ("type", "items")} | {"anyOf": [
                    {"type": "array", "items": prop["items"]}, edit]}
            props[key] = prop
        return {
            "type": "object",
            "additionalProperties": False,
            "properties": props,
            "required": list(self.required),
        }


def is_phrase_list(prop: Mapping[str, Any]) -> bool:
    """True for a parameter that is a list of free-text phrases with a default list."""
    items = prop.get("items") or {}
    return prop.get("type") == "array" and items.get("type") == "string" and isinstance(prop.get("default"), list)


def extend_phrases(default: list[str], edit: Mapping[str, list[str]]) -> list[str]:
    """``default`` plus ``edit["add"]`` minus ``edit["remove"]`` (case-insensitive), in order, once each."""
    removed = {p.strip().lower() for p in edit.get("remove", ())}
    out = [p for p in default if p.strip().lower() not in removed]
    seen = {p.strip().lower() for p in out}
    for p in edit.get("add", ()):
        if p.strip().lower() not in seen and p.strip().lower() not in removed:
            out.append(p)
            seen.add(p.strip().lower())
    return out


class Registry:
    def __init__(self) -> None:
        self._specs: dict[str, DetectorSpec] = {}

    def register(
        self,
        name: str,
        func: DetectorFunc,
        *,
        params: dict[str, Any],
        description: str,
        label: str = "",
        required: tuple[str, ...] = (),
    ) -> DetectorSpec:
        if ".v" not in name:
            raise DetectorError(f"detector name {name!r} must be versioned, like 'greeting.v1'")
        if name in self._specs:
            raise DetectorError(f"detector {name!r} is registered twice")
        spec = DetectorSpec(name, func, params, " ".join(description.split()), label or name, required)
        self._specs[name] = spec
        return spec

    def names(self) -> list[str]:
        return sorted(self._specs)

    def specs(self) -> list[DetectorSpec]:
        return [self._specs[n] for n in self.names()]

    def resolve(self, name: str) -> DetectorSpec:
        """The spec for ``name``; an unversioned name means its newest version."""
        if name in self._specs:
            return self._specs[name]
        versions = [s for s in self._specs.values() if s.base_name == name]
        if versions:
            return max(versions, key=lambda s: int(s.name.rsplit(".v", 1)[1]))
        raise DetectorError(
            f"unknown detector {name!r}; valid detectors: {', '.join(self.names())}"
        )

    def validate_params(self, name: str, params: Mapping[str, Any] | None) -> dict[str, Any]:
        """Check ``params`` against the detector's schema; return them with defaults filled in.

        A phrase-list parameter given as ``{"add": [...], "remove": [...]}`` extends the
        detector's default list; a plain list replaces it. Raises
        :class:`DetectorError` naming the parameter and what it accepts.
        """
        from jsonschema import Draft202012Validator

        spec = self.resolve(name)
        params = dict(params or {})
        for key in params:
            if key not in spec.params:
                valid = ", ".join(sorted(spec.params)) or "(none)"
                raise DetectorError(f"detector {spec.name} has no parameter {key!r}; valid parameters: {valid}")
        errors = list(Draft202012Validator(spec.schema()).iter_errors(params))
        if errors:
            err = errors[0]
            where = ".".join(str(p) for p in err.absolute_path) or "parameters"
            if err.validator == "anyOf" and where in spec.phrase_lists():
                raise DetectorError(
                    f"detector {spec.name}, parameter {where}: give a list of phrases (replaces the defaults) or "
                    "{add: [...], remove: [...]} to extend the default list; got " + repr(err.instance)[:120])
            raise DetectorError(f"detector {spec.name}, parameter {where}: {err.message}")
        resolved = spec.defaults() | params
        for key in spec.phrase_lists():
            if isinstance(resolved[key], Mapping):
                resolved[key] = extend_phrases(spec.params[key]["default"], resolved[key])
        return resolved


_REGISTRY: Registry | None = None


def get_registry() -> Registry:
    """The process-wide registry, filled by :mod:`nlp.registrations` on first use."""
    global _REGISTRY
    if _REGISTRY is None:
        from nlp.registrations import register_all

        reg = Registry()
        register_all(reg)
        _REGISTRY = reg
    return _REGISTRY
