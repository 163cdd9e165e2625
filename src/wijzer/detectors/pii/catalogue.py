"""The recognisers of ``personal_data.v1`` by the names rules use in ``recognisers:``."""

from __future__ import annotations

from wijzer.detectors.pii.address import AddressRecogniser
from wijzer.detectors.pii.attachment import AttachmentRecogniser
from wijzer.detectors.pii.base import Recogniser
from wijzer.detectors.pii.bsn import BsnRecogniser
from wijzer.detectors.pii.case import CaseRecogniser
from wijzer.detectors.pii.email import EmailRecogniser
from wijzer.detectors.pii.health import HealthRecogniser
from wijzer.detectors.pii.iban import IbanRecogniser
from wijzer.detectors.pii.phone import PhoneRecogniser
from wijzer.detectors.pii.plate import PlateRecogniser

RECOGNISERS: dict[str, type[Recogniser]] = {
    "bsn": BsnRecogniser,
    "iban": IbanRecogniser,
    "phone": PhoneRecogniser,
    "email": EmailRecogniser,
    "address": AddressRecogniser,
    "plate": PlateRecogniser,
    "health": HealthRecogniser,
    "case": CaseRecogniser,
    "attachment": AttachmentRecogniser,
}
