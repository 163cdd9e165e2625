"""An organisation-wide audit: one scan per export, mapped over a Dask cluster, then merged.

Needs the optional extra ``wijzer[dask]``. Each task opens and scans one export on a Dask
worker with :func:`wijzer.audit.scan.audit_path` (the same code as ``wijzer audit``) and sends
back only the tally (counts, dates, the listed flagged posts); the merge runs here with the
same summary code, so one account's figures are identical to a single-machine audit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijzer.audit.results import AuditTally
from wijzer.audit.scan import audit_path
from wijzer.audit.summary import AuditReport, build_report, merge_imported
from wijzer.pack.loader import load_pack


@dataclass(frozen=True)
class ExportAudit:
    """One export's outcome: its import summary and tally."""

    path: str
    imported: dict[str, Any]
    tally: AuditTally


def audit_many(paths: Sequence[Path | str], client: Any, pack: str | None = None
               ) -> list[ExportAudit]:
    """Scan every export on the cluster behind ``client`` (a ``distributed.Client``).

    Results come back in the order of ``paths``; an export that cannot be opened raises its
    :class:`~wijzer.errors.WijzerError` here, as it would on one machine.
    """
    names = [str(path) for path in paths]
    futures = client.map(audit_path, names, pack=pack, pure=False)
    try:
        results = client.gather(futures)
    finally:
        for future in futures:
            future.release()
    return [ExportAudit(path, imported, tally)
            for path, (imported, tally) in zip(names, results, strict=True)]


def merge_audits(audits: Sequence[ExportAudit], pack: str | None = None,
                 source: str = "organisation") -> AuditReport:
    """One report over all exports: totals, findings and the worst posts of everyone.

    Dosage in a merged report counts the posts of all accounts together; read it per
    account (:func:`report_for`) to judge one person's dosage.
    """
    loaded = load_pack(pack)
    total = AuditTally(cap=int(loaded.setting("audit_max_listed", 500)))
    for audit in audits:
        total.merge(audit.tally)
    return build_report(total, merge_imported([a.imported for a in audits]), loaded,
                        source=source)


def report_for(audit: ExportAudit, pack: str | None = None, field: str | None = None
               ) -> AuditReport:
    """The report of one account, as ``wijzer audit`` would write it."""
    return build_report(audit.tally, audit.imported, load_pack(pack),
                        source=Path(audit.path).name, field=field)
