"""Call-level metrics reported with every evaluation, whatever the scorecard."""

from __future__ import annotations

from typing import Any

from nlp.context import CallContext


def call_metrics(ctx: CallContext) -> dict[str, Any]:
    """Timing and sentiment metrics of the call."""
    call = ctx.call
    return {
        "duration": round(call.end_time, 3),
        "utterances": {spk: len(ctx.indices(spk)) for spk in ("agent", "customer")},
    }
