"""VADER sentiment, one analyser per process."""

from __future__ import annotations

import threading

_LOCK = threading.Lock()
_ANALYZER = None


def get_analyzer():
    """The shared ``vaderSentiment`` analyser (its lexicon loads once)."""
    global _ANALYZER
    with _LOCK:
        if _ANALYZER is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

            _ANALYZER = SentimentIntensityAnalyzer()
        return _ANALYZER
