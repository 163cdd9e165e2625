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
from wijzer.errors import WijzerError
from wijzer.pack.loader import load_pack


@dataclass(frozen=True)
class ExportAudit:
    """One export's outcome: its import summary and tally, or the error that stopped it."""

    path: str
    imported: dict[str, Any]
    tally: AuditTally
    error: WijzerError | None = None


def audit_many(paths: Sequence[Path | str], client: Any, pack: str | None = None, *,
               keep_going: bool = False) -> list[ExportAudit]:
    """Scan every export on the cluster behind ``client`` (a ``distributed.Client``).

    Results come back in the order of ``paths``. An export that cannot be opened (damaged,
    unknown, a zip bomb) raises its :class:`~wijzer.errors.WijzerError` here, as on one
    machine; with ``keep_going`` it is returned with ``error`` set and an empty tally, so
    one bad export does not stop an organisation-wide audit.
    """
    names = [str(path) for path in paths]
    futures = client.map(_audit_one, names, pack=pack, pure=False)
    try:
        results = client.gather(futures)
    finally:
        for future in futures:
            future.release()
    audits = []
    for path, result in zip(names, results, strict=True):
        if isinstance(result, WijzerError):
            if not keep_going:
                raise result
            audits.append(ExportAudit(path, {"format": "?"}, AuditTally(cap=0), result))
        else:
            audits.append(ExportAudit(path, *result))
    return audits


def _audit_one(path: str, pack: str | None) -> tuple[dict[str, Any], AuditTally] | WijzerError:
    try:
        return audit_path(path, pack)
    except WijzerError as error:
        return error


def merge_audits(audits: Sequence[ExportAudit], pack: str | None = None,
                 source: str = "organisation") -> AuditReport:
    """One report over all exports: totals, findings and the worst posts of everyone.

    Dosage in a merged report counts the posts of all accounts together; read it per
    account (:func:`report_for`) to judge one person's dosage.
    """
    loaded = load_pack(pack)
    total = AuditTally(cap=int(loaded.setting("audit_max_listed", 500)))
    read = [audit for audit in audits if audit.error is None]
    for audit in read:
        total.merge(audit.tally)
    return build_report(total, merge_imported([a.imported for a in read]), loaded,
                        source=source)


def report_for(audit: ExportAudit, pack: str | None = None, field: str | None = None
               ) -> AuditReport:
    """The report of one account, as ``wijzer audit`` would write it."""
    return build_report(audit.tally, audit.imported, load_pack(pack),
                        source=Path(audit.path).name, field=field)
