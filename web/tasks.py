"""Sending work to the pipeline workers from a request, through the Celery app
:func:`web.create_app` attached (``app.extensions["celery"]``)."""

from __future__ import annotations

from typing import Iterable

from flask import current_app

from qa_service import pipeline
from qa_service.ingest import Work


def enqueue(work: Iterable[Work]) -> int:
    """Send ``work`` to the queues (after the request's session is committed); returns the messages sent."""
    return pipeline.enqueue(current_app.extensions["celery"], work)
