"""The one registry of rule types: versioned name -> detector class.

Modules are imported when a pack uses the type, so start-up stays light.
"""

from __future__ import annotations

import importlib
from typing import Any

from wijzer.detectors.base import Detector
from wijzer.pack.model import Pack

_TYPES: dict[str, str] = {
    "lexicon.v1": "wijzer.detectors.lexicon:LexiconDetector",
    "pattern.v1": "wijzer.detectors.pattern:PatternDetector",
    "shouting.v1": "wijzer.detectors.shouting:ShoutingDetector",
    "classifier.v1": "wijzer.detectors.classifier:ClassifierDetector",
    "personal_data.v1": "wijzer.detectors.pii.detector:PersonalDataDetector",
    "outdated.v1": "wijzer.detectors.outdated:OutdatedDetector",
    "attachment_source.v1": "wijzer.detectors.attachments:AttachmentSourceDetector",
    "media_reply.v1": "wijzer.detectors.media:MediaReplyDetector",
}


def detector_types() -> list[str]:
    return sorted(_TYPES)


def detector_class(type_name: str) -> Any:
    """The class registered under ``type_name``; KeyError if unknown."""
    module_name, class_name = _TYPES[type_name].split(":")
    return getattr(importlib.import_module(module_name), class_name)


def build_detector(type_name: str, params: dict[str, Any], pack: Pack) -> Detector:
    """Validate ``params`` against the type's schema and build the detector."""
    cls = detector_class(type_name)
    detector: Detector = cls(cls.Params.model_validate(params), pack)
    return detector
