"""The pack's ``workshop.yml`` (self-scan and quiz texts), loaded on first use."""

from __future__ import annotations

from wijzer.pack.loader import load_pack_data
from wijzer.pack.model import Pack
from wijzer.pack.schema import WorkshopFile

WORKSHOP_FILE = "workshop.yml"


def load_workshop(pack: Pack) -> WorkshopFile:
    """The pack's ``workshop.yml``, validated (errors name file and line)."""
    return load_pack_data(pack, WORKSHOP_FILE, WorkshopFile)
