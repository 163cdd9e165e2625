"""Importers for the platforms' data exports, detected automatically and read as a stream."""

from wijzer.audit.importers.detect import FORMATS
from wijzer.audit.importers.export import Export, open_export
from wijzer.audit.importers.model import ImportedPost, ImportLimits, ImportSummary

__all__ = ["FORMATS", "Export", "ImportLimits", "ImportSummary", "ImportedPost", "open_export"]
