"""Every detector registration, in one place.

Adding a soft skill: write ``nlp/detectors/<skill>.py`` with ``PARAMS``
(JSON Schema properties with defaults and descriptions) and ``detect(ctx,
params) -> DetectorResult``, then add one line below.
"""

from __future__ import annotations

from nlp.registry import Registry


def register_all(registry: Registry) -> None:
    from nlp.detectors import closing, greeting, negative_language
    from nlp.detectors import empathy, follow_up, hold_etiquette, interruptions, paraphrase, personalization, transfer
    from nlp.detectors import semantic_phrase

    for name, module in (
        ("greeting.v1", greeting),
        ("negative_language.v1", negative_language),
        ("closing.v1", closing),
        ("interruptions.v1", interruptions),
        ("empathy.v1", empathy),
        ("paraphrase.v1", paraphrase),
        ("follow_up.v1", follow_up),
        ("personalization.v1", personalization),
        ("hold_etiquette.v1", hold_etiquette),
        ("transfer.v1", transfer),
        ("semantic_phrase.v1", semantic_phrase),
    ):
        registry.register(
            name, module.detect, params=module.PARAMS, description=module.__doc__ or "", label=module.LABEL,
            required=getattr(module, "REQUIRED", ()),
        )
