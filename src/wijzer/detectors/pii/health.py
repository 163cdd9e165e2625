"""Health and private details (illness, hospital, divorce, death) of a mentioned person."""

from __future__ import annotations

from typing import ClassVar

from wijzer.detectors.params import ContextWords
from wijzer.detectors.pii.proximity import ProximityRecogniser


class HealthRecogniser(ProximityRecogniser):
    """Health or private words near a named person, a colleague or a role ("de CdK")."""

    NAME = "health"
    LISTS: ClassVar[dict[str, float]] = {
        "pd-health": 0.65, "pd-health-weak": 0.4, "pd-private": 0.6, "pd-lives": 0.45,
        "pd-family": 0.35}
    CONTEXT = (
        ContextWords(list="pd-health-not", delta=-0.3, window=10),
        ContextWords(list="pd-health-figurative", delta=-0.5, window=2),
    )
