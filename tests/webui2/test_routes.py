"""Who may open which page, and what each page does with good and bad input."""

from __future__ import annotations

import pytest

# (method, path, roles allowed); everyone else gets 403 (signed in) or the sign-in page
ROUTES = [
    ("GET", "/scorecards/", ("admin", "author")),
    ("GET", "/scorecards/new", ("admin", "author")),
    ("GET", "/scorecards/default/edit", ("admin", "author")),
    ("GET", "/scorecards/default/v2", ("admin", "author")),
    ("GET", "/scorecards/default/diff?a=2&b=2", ("admin", "author")),
    ("GET", "/scorecards/default/golden", ("admin", "author")),
    ("GET", "/uploads/", ("admin", "author", "trainer")),
    ("GET", "/dashboards/", ("admin", "author", "trainer", "agent")),
    ("GET", "/api/tokens", ("admin", "author", "trainer", "agent")),
]
USERS = {"admin": "admin", "author": "author", "trainer": "trainer_n", "agent": "agent_a"}


@pytest.mark.parametrize("method,path,allowed", ROUTES)
def test_permissions_per_route_and_role(client, world, sign_in, method, path, allowed):
    anonymous = client.open(path, method=method)
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    for role, username in USERS.items():
        signed_in, _ = sign_in(username)
        response = signed_in.open(path, method=method)
        expected = 200 if role in allowed else 403
        assert response.status_code == expected, (role, path, response.status_code)
