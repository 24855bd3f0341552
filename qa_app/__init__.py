"""The application: the composition root that puts the service (:mod:`qa_service`)
and its web UI (:mod:`web`) together.

Layers import downwards only (``transcription -> nlp -> scorecards ->
qa_service -> web``); what needs both the service and the web UI (the
``qa-service`` console script and its ``run`` command, which serves the UI
beside an embedded worker) lives here, above both.
"""
