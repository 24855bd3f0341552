"""Scorecards: the schema of YAML rubrics, the bundled rubrics, and the scoring engine."""

from scorecards.schema import (
    Criterion,
    Scorecard,
    Section,
    list_scorecards,
    load_scorecard,
    scorecard_from_dict,
    scorecard_from_yaml,
)

__all__ = [
    "Criterion", "Scorecard", "Section", "list_scorecards", "load_scorecard",
    "scorecard_from_dict", "scorecard_from_yaml",
]
