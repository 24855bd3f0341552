"""Every detector registration, in one place.

Adding a soft skill: write ``nlp/detectors/<skill>.py`` with ``PARAMS``
(JSON Schema properties with defaults and descriptions) and ``detect(ctx,
params) -> DetectorResult``, then add one line below.
"""

from __future__ import annotations

from nlp.registry import Registry


def register_all(registry: Registry) -> None:
    from nlp.detectors import closing, greeting, negative_language

    for name, module in (
        ("greeting.v1", greeting),
        ("negative_language.v1", negative_language),
        ("closing.v1", closing),
    ):
        registry.register(
            name, module.detect, params=module.PARAMS, description=module.__doc__ or "", label=module.LABEL
        )
