"""The organisation-wide audit on a local Dask cluster gives the single-machine figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from audit_helpers import FIXTURES

from wijzer.audit.distributed import audit_many, merge_audits, report_for
from wijzer.audit.results import AuditTally
from wijzer.audit.scan import audit_path
from wijzer.audit.summary import build_report
from wijzer.errors import WijzerError
from wijzer.pack.model import Pack

distributed = pytest.importorskip("distributed")

EXPORTS = [FIXTURES / "x", FIXTURES / "linkedin", FIXTURES / "facebook", FIXTURES / "instagram"]


@pytest.fixture(scope="module")
def client() -> object:
    # Two single-threaded worker processes suit the 2-core machine; no dashboard, and
    # everything is closed at the end so no process is left behind.
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    client = distributed.Client(cluster)
    yield client
    client.close(timeout=30)
    cluster.close(timeout=30)


def _figures(tally: AuditTally) -> tuple[object, ...]:
    return (tally.checked, tally.verdicts, tally.categories, tally.guidelines,
            tally.focus.subjects, tally.dosage.posts_by_day, tally.dosage.replies_by_day,
            [post.source for post in tally.worst.worst_first()])


def test_each_export_matches_the_local_scan(client: object, pack: Pack) -> None:
    audits = audit_many(EXPORTS, client)
    assert [audit.path for audit in audits] == [str(path) for path in EXPORTS]
    for audit, path in zip(audits, EXPORTS, strict=True):
        imported, tally = audit_path(path)
        assert audit.imported == imported
        assert _figures(audit.tally) == _figures(tally)
        local = build_report(tally, imported, pack, source=path.name, now=None)
        remote = report_for(audit)
        assert (remote.flagged, remote.dosage, remote.focus, remote.notes) == \
            (local.flagged, local.dosage, local.focus, local.notes)


def test_merged_report_adds_up(client: object) -> None:
    audits = audit_many(EXPORTS, client)
    merged = merge_audits(audits)
    assert merged.checked == sum(audit.tally.checked for audit in audits)
    assert merged.flagged_total == sum(audit.tally.worst.total for audit in audits)
    assert merged.imported["exports"] == len(EXPORTS)
    assert merged.dosage.dated == sum(len(audit.tally.dosage.times) for audit in audits)


def test_a_bad_export_raises_its_clear_error(client: object, tmp_path: Path) -> None:
    bad = tmp_path / "kapot.zip"
    bad.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(WijzerError) as error:
        audit_many([FIXTURES / "x", bad], client)
    assert error.value.code == "audit.truncated"


def test_keep_going_returns_the_error_and_merges_the_rest(client: object, tmp_path: Path
                                                         ) -> None:
    bad = tmp_path / "kapot.zip"
    bad.write_bytes(b"PK\x03\x04 broken")
    audits = audit_many([FIXTURES / "x", bad], client, keep_going=True)
    assert audits[0].error is None and audits[1].error is not None
    assert audits[1].error.code == "audit.truncated" and "kapot.zip" in audits[1].error.message()
    assert merge_audits(audits).checked == audits[0].tally.checked
