"""The service's database: models, engines and sessions, migrations.

Import models from :mod:`qa_service.db.models`; open sessions with
:func:`session_scope`; create or upgrade the schema with :func:`upgrade`
(``qa-service db upgrade``).
"""

from qa_service.db.migrate import current_revision, head_revision, upgrade
from qa_service.db.session import dispose_engines, get_engine, session_factory, session_scope

__all__ = [
    "current_revision",
    "dispose_engines",
    "get_engine",
    "head_revision",
    "session_factory",
    "session_scope",
    "upgrade",
]
