"""What changed between two versions of a scorecard: the YAML diff, the
scorecard-level fields and the changes criterion by criterion, and which
criteria still measure the same thing (so a human review of them can be
carried over to a re-scored evaluation)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any, Mapping

from scorecards.schema import Scorecard

__all__ = ["VersionDiff", "diff_scorecards", "unchanged_criteria"]

_MISSING = object()
# criterion fields compared by diff_scorecards, in display order
_CRITERION_FIELDS = ("label", "section", "detector", "params", "weight", "auto_fail", "description", "coaching")


@dataclass(frozen=True)
class VersionDiff:
    """What changed between two versions of a scorecard."""

    old: str  # "default v2"
    new: str
    unified: str  # unified diff of the YAML texts
    # scorecard-level fields that changed: field -> (old, new)
    scorecard: dict[str, tuple[Any, Any]]
    # [{"criterion", "label", "change": added|removed|changed, "fields": {field: [old, new]}}]
    criteria: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"old": self.old, "new": self.new, "unified": self.unified,
                "scorecard": {k: list(v) for k, v in self.scorecard.items()}, "criteria": self.criteria}


def _criteria_of(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for section in data.get("sections") or []:
        for c in section.get("criteria") or []:
            out[c["id"]] = {**c, "section": section["id"], "params": c.get("params") or {},
                            "weight": c.get("weight", 1), "auto_fail": bool(c.get("auto_fail", False))}
    return out


def diff_scorecards(old: Scorecard, new: Scorecard, *, old_yaml: str | None = None,
                    new_yaml: str | None = None) -> VersionDiff:
    """Compare two scorecards (stored versions or a draft): the YAML diff and the changes criterion by
    criterion. ``old_yaml``/``new_yaml`` are the texts to diff (default: each scorecard's own YAML)."""
    old_name, new_name = f"{old.id} v{old.version}", f"{new.id} v{new.version}"
    old_data, new_data = old.to_dict(), new.to_dict()
    unified = "".join(difflib.unified_diff(
        (old_yaml if old_yaml is not None else old.to_yaml()).splitlines(keepends=True),
        (new_yaml if new_yaml is not None else new.to_yaml()).splitlines(keepends=True),
        fromfile=old_name, tofile=new_name,
    ))
    top = {
        k: (old_data.get(k), new_data.get(k))
        for k in ("id", "name", "version", "description", "pass_mark")
        if old_data.get(k) != new_data.get(k)
    }
    before, after = _criteria_of(old_data), _criteria_of(new_data)
    changes: list[dict[str, Any]] = []
    for cid, c in after.items():
        if cid not in before:
            changes.append({"criterion": cid, "label": c["label"], "change": "added", "fields": {}})
            continue
        diff = {f: [before[cid].get(f), c.get(f)] for f in _CRITERION_FIELDS if before[cid].get(f) != c.get(f)}
        if diff.get("params"):
            old_p, new_p = diff["params"]
            # only the parameters that changed; one missing on a side means the detector's default
            changed = [k for k in sorted(set(old_p) | set(new_p)) if old_p.get(k, _MISSING) != new_p.get(k, _MISSING)]
            diff["params"] = [{k: old_p[k] for k in changed if k in old_p}, {k: new_p[k] for k in changed if k in new_p}]
        if diff:
            changes.append({"criterion": cid, "label": c["label"], "change": "changed", "fields": diff})
    for cid, c in before.items():
        if cid not in after:
            changes.append({"criterion": cid, "label": c["label"], "change": "removed", "fields": {}})
    return VersionDiff(old_name, new_name, unified, top, changes)


def unchanged_criteria(old: Scorecard, new: Scorecard) -> set[str]:
    """Ids of the criteria both scorecards have with the same definition: the same detector with
    the same parameters (defaults filled in). Their outcomes mean the same in both versions; a
    label, weight, auto-fail or coaching change does not change what a criterion measures."""
    before = {c.id: c for c in old.criteria}
    return {
        c.id for c in new.criteria
        if c.id in before and before[c.id].detector == c.detector and before[c.id].resolved_params == c.resolved_params
    }
