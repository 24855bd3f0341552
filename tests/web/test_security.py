"""Who may read and who may change, for every route and every role.

The routes come from ``app.url_map``, so a route added later is covered
without touching this file: every view must declare who may use it (the
``allowed_roles`` that web.auth's decorators set), every role outside that set
is refused, anonymous users are sent to sign in, and users who may use a route
but not see the call it names (agent A on agent B's call, a trainer of another
team) get 404 or 403 and change nothing.
"""

from __future__ import annotations

import re

import pytest

from qa_service.db.models import ROLES

# the users of the world fixture, by role, who cannot see call B (of agent B, team South)
OUTSIDERS = {"agent": "agent_a", "trainer": "trainer_n"}
# one user per role
USERS = {"admin": "admin", "author": "author", "trainer": "trainer_n", "agent": "agent_a"}
# URL parameters that name a call or something of one, filled with call B's rows
CALL_PARAMS = {"call_pk", "call_id", "evaluation_id", "dispute_id", "note_id"}
# statuses that refuse without revealing anything
REFUSED = {401, 403, 404}


def _b_rows(settings, world) -> dict[str, int]:
    """A dispute and a note on call B, so every parameter has something to point at."""
    from qa_service import call_list, reviews, visibility
    from qa_service.db.models import EvaluationRecord, User
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        ev = s.get(EvaluationRecord, world["eval_b"])
        reviews.set_review_state(s, ev, "shared")
        dispute = reviews.open_dispute(s, ev, "greeting", user=s.get(User, world["users"]["agent_b"]),
                                     comment="I did greet")
        note = reviews.add_note(s, ev.call, "b's note", time_seconds=1.0, evaluation=ev)
        return {"dispute_id": dispute.id, "note_id": note.id}


def _routes(app):
    # signing out (here and everywhere) goes last so it does not end the other requests' sessions
    rules = sorted(app.url_map.iter_rules(), key=lambda r: r.endpoint in ("auth.logout", "auth.logout_everywhere"))
    for rule in rules:
        if rule.endpoint == "static":
            continue
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            yield rule, method


def _url(rule, values: dict[str, object]) -> str:
    path = rule.rule
    for arg in rule.arguments:
        path = re.sub(r"<(?:[^:<>]+:)?" + arg + r">", str(values.get(arg, 1)), path)
    return path


def _state_of_b(settings, world) -> tuple:
    from sqlalchemy import func, select

    from qa_service.db.models import Acknowledgement, CoachingNote, Dispute, EvaluationRecord, Override
    from qa_service.db.session import session_scope

    with session_scope(settings) as s:
        ev = s.get(EvaluationRecord, world["eval_b"])
        count = lambda model, col: s.scalar(select(func.count()).select_from(model).where(col == ev.id))  # noqa: E731
        return (
            ev.score, ev.review_state, [(c.criterion_id, c.outcome) for c in ev.criteria],
            count(Override, Override.evaluation_id), count(Acknowledgement, Acknowledgement.evaluation_id),
            count(Dispute, Dispute.evaluation_id), count(CoachingNote, CoachingNote.evaluation_id),
            [d.status for d in ev.disputes],
        )


def _request(client, method: str, url: str, token: str):
    data = {"csrf_token": token, "criterion": "greeting", "outcome": "pass", "reason": "r", "text": "t",
            "comment": "c", "decision": "accept", "time": "1"}
    if method == "GET":
        response = client.get(url)
    else:
        response = client.open(url, method=method, data=data, headers={"X-CSRFToken": token})
    # read and close streamed bodies so their request context ends before the next request
    response.get_data()
    response.close()
    return response


def test_every_view_declares_who_may_use_it(app):
    from web.auth import ACCESS_ATTR

    missing = [rule.endpoint for rule, _ in _routes(app)
               if not hasattr(app.view_functions[rule.endpoint], ACCESS_ATTR)]
    assert not missing, (f"views without @login_required / @roles_required / @public: {missing}; "
                         "add one so the access matrix knows who may use them")


def test_access_matrix(app, world, settings, factories):
    from web.auth import ACCESS_ATTR

    values = {"call_pk": world["call_b"], "call_id": world["call_b"], "evaluation_id": world["eval_b"]}
    values.update(_b_rows(settings, world))
    before = _state_of_b(settings, world)
    problems: list[str] = []

    anonymous = app.test_client()
    anon_token = factories.csrf_token(anonymous)
    clients = {}
    for role, username in USERS.items():
        c = app.test_client()
        assert factories.login(c, username).status_code == 302
        clients[role] = (c, factories.csrf_token(c, "/"))

    for rule, method in _routes(app):
        allowed = getattr(app.view_functions[rule.endpoint], ACCESS_ATTR, ())
        if allowed is None:  # public: the sign-in page and the start page
            continue
        url = _url(rule, values)
        response = _request(anonymous, method, url, anon_token)
        if not (response.status_code == 401 or (response.status_code == 302 and "/login" in response.location)):
            problems.append(f"anonymous {method} {url} -> {response.status_code}")
        for role in ROLES:
            client, token = clients[role]
            if method != "GET" and role in allowed and role not in OUTSIDERS:
                continue  # a permitted change (admin overriding call B): tested in test_review.py
            response = _request(client, method, url, token)
            if role not in allowed:
                if response.status_code not in REFUSED:
                    problems.append(f"{role} (not allowed) {method} {url} -> {response.status_code}")
            elif role in OUTSIDERS and CALL_PARAMS & set(rule.arguments):
                if response.status_code not in (403, 404):
                    problems.append(f"{OUTSIDERS[role]} on call B: {method} {url} -> {response.status_code}")
            elif response.status_code >= 500:
                problems.append(f"{role} {method} {url} -> {response.status_code}")
    assert not problems, "\n".join(problems)
    assert _state_of_b(settings, world) == before, "a refused request changed call B"


@pytest.mark.parametrize("path", ["/calls/{call_b}", "/calls/{call_b}/transcript.json",
                                  "/calls/{call_b}/evaluation.json", "/media/calls/{call_a}/audio"])
def test_agent_a_cannot_read_agent_b(client, world, factories, path):
    factories.login(client, "agent_b")  # agent B may not hear agent A's recording either
    if "call_b" in path:
        client.post("/logout", data={"csrf_token": factories.csrf_token(client, "/me")})
        factories.login(client, "agent_a")
    response = client.get(path.format(**world))
    assert response.status_code == 404
    assert b"Maria" not in response.data and b"RIFF" not in response.data


def test_who_sees_which_call(world, settings):
    from sqlalchemy import select

    from qa_service import call_list, reviews, visibility
    from qa_service.db.models import CallRecord, User
    from qa_service.db.session import session_scope

    expect = {
        "admin": {"call-a", "call-b"}, "author": {"call-a", "call-b"},
        "trainer_n": {"call-a"}, "trainer_s": {"call-b"}, "agent_a": {"call-a"}, "agent_b": {"call-b"},
    }
    with session_scope(settings) as s:
        for username, calls in expect.items():
            user = s.scalar(select(User).where(User.username == username))
            listed = {r.call_id for r in call_list.list_evaluations(s, user).rows}
            assert listed == calls, username
            for record in s.scalars(select(CallRecord)):
                assert visibility.can_see_call(s, user, record) == (record.call_id in calls), (username, record.call_id)


def test_audio_range_requests(client, world, factories):
    factories.login(client, "trainer_n")
    url = f"/media/calls/{world['call_a']}/audio"
    whole = client.get(url)
    assert whole.status_code == 200 and whole.mimetype == "audio/wav" and whole.data[:4] == b"RIFF"
    assert whole.headers["Accept-Ranges"] == "bytes"
    part = client.get(url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.data == whole.data[100:200]
    assert part.headers["Content-Range"] == f"bytes 100-199/{len(whole.data)}"
    assert "no-store" in part.headers["Cache-Control"]


def test_call_without_audio_shows_transcript_only(client, world, factories):
    factories.login(client, "admin")
    html = client.get(f"/calls/{world['call_b']}").get_data(as_text=True)
    assert "transcript only" in html and "<audio" not in html
    assert client.get(f"/media/calls/{world['call_b']}/audio").status_code == 404


def test_security_headers(client, world, factories):
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
