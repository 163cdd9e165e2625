"""Base for detector parameters, plus the context adjustments several detectors share."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class DetectorParams(BaseModel):
    """Parameters of a rule type; unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ContextWords(DetectorParams):
    """Words near a hit that change its score, as Presidio's context enhancers do.

    ``window`` counts tokens on each side of the hit; 0 means anywhere in the
    field. ``delta`` is added to the score when a word of ``list`` is there.
    """

    list: str
    delta: float = Field(ge=-1.0, le=1.0)
    window: int = Field(ge=0, default=8)
    field: Literal["text", "reply_to", "attachments"] = "text"
