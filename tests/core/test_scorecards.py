"""Scorecard schema validation and immutable versions."""

from __future__ import annotations

import copy

import pytest
import yaml

from scorecards.ledger import VersionLedger
from scorecards.schema import load_scorecard, scorecard_from_dict, scorecard_from_yaml
from transcription.errors import ScorecardError

BASE = {
    "id": "mini", "name": "Mini", "version": 1, "pass_mark": 70,
    "sections": [{"id": "s1", "label": "S1", "criteria": [
        {"id": "greeting", "label": "Greeting", "detector": "greeting.v1", "weight": 2,
         "params": {"required": ["salutation"]}, "coaching": "Say hello."},
        {"id": "closing", "label": "Closing", "detector": "closing", "weight": 1, "auto_fail": True},
    ]}],
}


def card(**changes):
    data = copy.deepcopy(BASE)
    data.update(changes)
    return data


def test_bundled_default_is_valid():
    sc = load_scorecard("default")
    assert sc.id == "default" and sc.version >= 1 and len(sc.hash) == 64
    ids = [c.id for c in sc.criteria]
    assert {"greeting", "negative_language", "closing"} <= set(ids)
    assert len(ids) == len(set(ids))


def test_unversioned_detector_resolves_to_newest_and_defaults_fill_in():
    sc = scorecard_from_dict(card())
    closing = sc.criterion("closing")
    assert closing.detector == "closing.v1" and closing.auto_fail
    assert closing.resolved_params["window_seconds"] == 60
    assert sc.criterion("greeting").resolved_params["required"] == ["salutation"]


@pytest.mark.parametrize(
    "change, expect",
    [
        (lambda d: d["sections"][0]["criteria"][0].update(detector="telepathy.v1"),
         ["criterion 'greeting'", "unknown detector 'telepathy.v1'", "valid detectors:", "greeting.v1"]),
        (lambda d: d["sections"][0]["criteria"][0].update(params={"window": 3}),
         ["criterion 'greeting'", "no parameter 'window'", "valid parameters:", "window_seconds"]),
        (lambda d: d["sections"][0]["criteria"][0].update(params={"required": ["hug"]}),
         ["criterion 'greeting'", "parameter required.0", "'hug' is not one of"]),
        (lambda d: d["sections"][0]["criteria"][1].update(id="greeting"),
         ["criterion 'greeting'", "duplicate criterion id"]),
        (lambda d: d["sections"][0]["criteria"][1].update(weight=-1),
         ["criterion 'closing'", "sections[0].criteria[1].weight"]),
        (lambda d: d["sections"][0]["criteria"][1].update(colour="red"),
         ["criterion 'closing'", "valid fields:", "auto_fail"]),
        (lambda d: d.pop("pass_mark"), ["'pass_mark' is a required property"]),
        (lambda d: d.update(id="Bad Id"), ["not a valid id"]),
    ],
)
def test_validation_names_file_criterion_and_choices(change, expect):
    data = card()
    change(data)
    with pytest.raises(ScorecardError) as info:
        scorecard_from_dict(data, "rubrics/mini.yaml")
    msg = str(info.value)
    assert msg.startswith("rubrics/mini.yaml")
    for part in expect:
        assert part in msg


def test_yaml_syntax_error_has_a_line():
    with pytest.raises(ScorecardError, match=r"x.yaml: is not valid YAML at line 2"):
        scorecard_from_yaml("id: a\n  bad: [\n", "x.yaml")


def test_hash_ignores_layout_but_not_content():
    a = scorecard_from_yaml(yaml.safe_dump(card()))
    b = scorecard_from_yaml(yaml.safe_dump(card(), default_flow_style=True, sort_keys=True))
    assert a.hash == b.hash
    changed = card()
    changed["sections"][0]["criteria"][0]["weight"] = 3
    assert scorecard_from_dict(changed).hash != a.hash


def test_ledger_refuses_changed_content_under_the_same_version(tmp_path):
    ledger = VersionLedger(tmp_path / "ledger.json")
    v1 = scorecard_from_dict(card(), "mini.yaml")
    ledger.check(v1)
    ledger.check(v1)  # the same content again is fine
    changed = card()
    changed["pass_mark"] = 90
    with pytest.raises(ScorecardError, match=r"version 1 of scorecard 'mini' was already published.*next free: 2"):
        ledger.check(scorecard_from_dict(changed, "mini.yaml"))
    ledger.check(scorecard_from_dict(card(version=2, pass_mark=90), "mini.yaml"))


def test_unknown_scorecard_lists_the_available_ones():
    with pytest.raises(ScorecardError, match="available: .*default"):
        load_scorecard("nope")
