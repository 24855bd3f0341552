"""Scorecard drafts: YAML text or the editor's form data that is not stored yet.

Everything here is pure (no database): validation uses the same code as the
CLI (:func:`scorecards.schema.scorecard_from_yaml` /
:func:`~scorecards.schema.scorecard_from_dict`), so an author sees the same
:class:`ScorecardError` messages in the browser as in a terminal, and the
YAML round-trip keeps the field order authors write.
"""

from __future__ import annotations

from typing import Any

from scorecards.schema import Scorecard, load_yaml, scorecard_from_dict, scorecard_from_yaml
from transcription.errors import ScorecardError

__all__ = ["DRAFT_SOURCE", "draft_to_yaml", "load_draft_yaml", "new_scorecard_data", "parse_draft"]

# how drafts are named in error messages ("scorecard draft: criterion 'x': ...")
DRAFT_SOURCE = "scorecard draft"


def parse_draft(*, yaml_text: str | None = None, data: Any = None, source: str = DRAFT_SOURCE) -> Scorecard:
    """Validate a draft given as YAML text or as data (the editor's form); returns the :class:`Scorecard`.

    Raises :class:`ScorecardError` with the same message the CLI prints for a file.
    """
    if yaml_text is not None:
        if not yaml_text.strip():
            raise ScorecardError(source, "is empty; write the scorecard YAML or use the form")
        return scorecard_from_yaml(yaml_text, source)
    if data is None:
        raise ScorecardError(source, "is empty; write the scorecard YAML or use the form")
    return scorecard_from_dict(data, source)


def draft_to_yaml(data: Any) -> str:
    """Draft data as YAML text, in the field order authors write (not validated).

    Text with line breaks (coaching tips, descriptions) is written as a
    ``|`` block, as people write it, not as a quoted string.
    """
    import yaml

    class _Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        if "\n" in value:
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
        return dumper.represent_scalar("tag:yaml.org,2002:str", value)

    _Dumper.add_representer(str, text)
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def load_draft_yaml(text: str, source: str = DRAFT_SOURCE) -> Any:
    """YAML text as data without validating it as a scorecard (the editor's form view of
    the YAML), within the same size, depth and alias limits as a scorecard file."""
    return load_yaml(text, source)


def new_scorecard_data(key: str | None = None) -> dict[str, Any]:
    """The data of a new one-criterion scorecard (the first registered detector) to start editing from."""
    from nlp.registry import get_registry

    first = get_registry().specs()[0]
    return {
        "id": key or "new-scorecard",
        "name": "New scorecard",
        "version": 1,
        "description": "",
        "pass_mark": 80,
        "sections": [{
            "id": "opening",
            "label": "Opening",
            "criteria": [{
                "id": first.base_name.replace(".", "_"),
                "label": first.label,
                "detector": first.name,
                "params": {},
                "weight": 10,
                "auto_fail": False,
                "coaching": "",
            }],
        }],
    }
