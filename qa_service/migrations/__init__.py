"""Alembic migrations of the service database, shipped inside the package.

Run them with ``qa-service db upgrade`` (see :mod:`qa_service.db.migrate`);
there is no alembic.ini: the configuration is built in code.
"""
