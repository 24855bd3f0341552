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

    def schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "additionalProperties": False,
            "properties": self.params,
            "required": list(self.required),
        }


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

        Raises :class:`DetectorError` naming the parameter and what it accepts.
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
            raise DetectorError(f"detector {spec.name}, parameter {where}: {err.message}")
        return spec.defaults() | params


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
