"""The detector catalogue: every registered detector with its parameters, in the
shape the scorecard editor and ``GET /api/v1/detectors`` show."""

from __future__ import annotations

from typing import Any

from nlp.registry import get_registry

__all__ = ["detector_catalogue"]


def detector_catalogue() -> list[dict[str, Any]]:
    """Every registered detector: name, label, description and parameters.

    Each parameter carries its JSON-schema ``type``, ``default``,
    ``description`` and, for lists of fixed choices, ``choices``.
    """
    out = []
    for spec in get_registry().specs():
        params = []
        for name, schema in spec.params.items():
            items = schema.get("items") or {}
            params.append({
                "name": name,
                "type": schema.get("type", "string"),
                "item_type": items.get("type"),
                "choices": items.get("enum") or schema.get("enum"),
                "default": schema.get("default"),
                "description": schema.get("description", ""),
                "minimum": schema.get("minimum"),
                "maximum": schema.get("maximum"),
                "required": name in spec.required,
            })
        out.append({"name": spec.name, "label": spec.label, "description": spec.description, "params": params})
    return out
