"""History audit: read the platforms' data exports so old posts can be checked again."""

from wijzer.audit.importers import (
    Export,
    ImportedPost,
    ImportLimits,
    ImportSummary,
    open_export,
)

__all__ = ["Export", "ImportLimits", "ImportSummary", "ImportedPost", "open_export"]
