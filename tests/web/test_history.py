"""Mijn geschiedenis: upload an export, the background audit, the report for its owner only,
and nothing left behind after broken, hostile or oversized uploads."""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from tests.audit.audit_helpers import zip_folder
from tests.web.helpers import add_user, csrf_of, login

from wijzer.web.services import history

FIXTURES = Path(__file__).resolve().parents[1] / "audit" / "fixtures"
TWEETS = "window.YTD.tweets.part0 = "
JOB = re.compile(r"/geschiedenis/([0-9a-f]{32})$")


def _x_zip(tweets: list[str], extra: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    records = [{"tweet": {"id_str": str(i), "full_text": text,
                          "created_at": "Wed Oct 10 20:19:24 +0000 2018"}}
               for i, text in enumerate(tweets)]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", TWEETS + json.dumps(records))
        for name, content in (extra or {}).items():
            archive.writestr(zipfile.ZipInfo(name), content)
    return buffer.getvalue()


def _upload(client: TestClient, content: bytes, name: str = "twitter.zip",
            csrf: str | None = None) -> httpx.Response:
    token = csrf if csrf is not None else csrf_of(client, "/geschiedenis")
    return client.post("/geschiedenis", data={"csrf_token": token},
                       files={"export": (name, content, "application/octet-stream")},
                       follow_redirects=False)


def _wait(client: TestClient, job_id: str) -> dict[str, object]:
    for _ in range(1200):  # a bound on polling, not a timing assertion
        status: dict[str, object] = client.get(f"/geschiedenis/{job_id}/status").json()
        if status["status"] in ("done", "failed"):
            return status
        time.sleep(0.05)
    raise AssertionError("audit job did not finish")


def _job_of(response: httpx.Response) -> str:
    assert response.status_code == 303, response.text
    match = JOB.search(response.headers["location"])
    assert match
    return match.group(1)


def _leftovers(app: FastAPI) -> list[Path]:
    root: Path = app.state.wijzer.settings.audit_dir
    return [path for path in root.rglob("*") if path.is_file()]


def test_upload_scan_report_and_delete(employee: TestClient, app: FastAPI) -> None:
    page = employee.get("/geschiedenis")
    assert page.status_code == 200 and 'enctype="multipart/form-data"' in page.text
    job_id = _job_of(_upload(employee, _x_zip(
        ["Hallo Zeeland!", "Morgen besluit GS over het vertrouwelijke dossier <script>x()</script>"
         ])))
    assert _wait(employee, job_id)["status"] == "done"
    files = _leftovers(app)
    assert sorted(p.name for p in files) == sorted(history.REPORT_FILES)  # the upload is gone
    assert all(p.stat().st_mode & 0o077 == 0 for p in files)
    done = employee.get(f"/geschiedenis/{job_id}")
    assert 'id="report-link"' in done.text
    report = employee.get(f"/geschiedenis/{job_id}/rapport")
    assert report.status_code == 200 and report.text.startswith("<!DOCTYPE html>")
    assert report.headers["content-security-policy"].startswith("default-src 'none'")
    assert "sandbox" in report.headers["content-security-policy"]
    assert "<script>x()" not in report.text
    data = employee.get(f"/geschiedenis/{job_id}/bestand/report.json")
    assert data.status_code == 200 and "attachment" in data.headers["content-disposition"]
    assert json.loads(data.text)["checked"] == 2
    assert employee.get(f"/geschiedenis/{job_id}/bestand/posts.csv").status_code == 200
    assert employee.get(f"/geschiedenis/{job_id}/bestand/..%2Fx").status_code == 404
    assert employee.post(f"/geschiedenis/{job_id}/verwijder").status_code == 403  # no token
    assert employee.get(f"/geschiedenis/{job_id}/rapport").status_code == 200
    deleted = employee.post(f"/geschiedenis/{job_id}/verwijder",
                            data={"csrf_token": csrf_of(employee, "/geschiedenis")},
                            follow_redirects=False)
    assert deleted.status_code == 303
    assert employee.get(f"/geschiedenis/{job_id}").status_code == 404
    assert _leftovers(app) == []


@pytest.mark.parametrize("name", ["linkedin", "generic/berichten.csv"])
def test_other_formats(employee: TestClient, tmp_path: Path, name: str) -> None:
    source = FIXTURES / name
    content = (zip_folder(source, tmp_path / "export.zip").read_bytes() if source.is_dir()
               else source.read_bytes())
    job_id = _job_of(_upload(employee, content, "export.zip" if source.is_dir() else source.name))
    assert _wait(employee, job_id)["status"] == "done"


def test_report_only_for_its_owner(employee: TestClient, reviewer: TestClient,
                                   app: FastAPI) -> None:
    job_id = _job_of(_upload(employee, _x_zip(["Hallo"])))
    _wait(employee, job_id)
    for path in ("", "/status", "/rapport", "/bestand/report.json"):
        assert reviewer.get(f"/geschiedenis/{job_id}{path}").status_code == 404, path
    refused = reviewer.post(f"/geschiedenis/{job_id}/verwijder",
                            data={"csrf_token": csrf_of(reviewer, "/geschiedenis")})
    assert refused.status_code == 404
    add_user(app, "bert")
    with TestClient(app) as other:
        login(other, "bert")
        assert other.get(f"/geschiedenis/{job_id}/rapport").status_code == 404
        assert job_id not in other.get("/geschiedenis").text
    with TestClient(app) as anonymous:
        assert anonymous.get(f"/geschiedenis/{job_id}/rapport",
                             follow_redirects=False).status_code == 303
    assert employee.get(f"/geschiedenis/{job_id}/rapport").status_code == 200


@pytest.mark.parametrize("kind", ["not_export", "bomb", "truncated", "garbage"])
def test_bad_exports_fail_clearly_and_leave_nothing(employee: TestClient, app: FastAPI,
                                                    kind: str) -> None:
    if kind == "not_export":
        content, name = b"Dit is een boodschappenlijstje.", "lijst.txt"
    elif kind == "bomb":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("data/tweets.js", TWEETS.encode() + b"[" + b" " * (8 << 20) + b"]")
        content, name = buffer.getvalue(), "bom.zip"
    elif kind == "truncated":
        whole = _x_zip(["Hallo"] * 50)
        content, name = whole[: len(whole) // 2], "afgebroken.zip"
    else:
        content, name = b"PK\x03\x04" + b"\x00" * 64, "<img src=x onerror=alert(1)>.zip"
    job_id = _job_of(_upload(employee, content, name))
    status = _wait(employee, job_id)
    assert status["status"] == "failed" and status["error"]
    assert "/audits/" not in str(status["error"])  # no server paths in the message
    page = employee.get(f"/geschiedenis/{job_id}").text
    assert 'id="job-error"' in page and "<img src=x" not in page
    assert _leftovers(app) == []


def test_traversal_names_are_skipped(employee: TestClient, app: FastAPI) -> None:
    content = _x_zip(["Hallo Zeeland"], {"../../evil.js": TWEETS + "[]",
                                         "/tmp/evil.js": TWEETS + "[]"})
    job_id = _job_of(_upload(employee, content))
    assert _wait(employee, job_id)["status"] == "done"
    root: Path = app.state.wijzer.settings.data_dir
    assert not list(root.parent.rglob("evil.js"))


def test_upload_limits_and_csrf(make_app, settings, app: FastAPI,  # type: ignore[no-untyped-def]
                                employee: TestClient) -> None:
    assert _upload(employee, _x_zip(["Hallo"]), csrf="wrong").status_code == 403
    assert _leftovers(app) == []
    empty = employee.post("/geschiedenis", data={"csrf_token": csrf_of(employee,
                                                                       "/geschiedenis")})
    assert empty.status_code == 400
    broken = employee.post("/geschiedenis", content=b"--xyz\r\nContent-Disposition: form-data",
                           headers={"content-type": "multipart/form-data; boundary=xyz"})
    assert broken.status_code in (400, 403)
    small = make_app(settings, max_export_bytes=50_000)
    with TestClient(small) as client:
        add_user(small, "kees")
        login(client, "kees")
        too_big = _upload(client, b"x" * 60_000, "groot.csv")
        assert too_big.status_code == 413 and 'id="error"' in too_big.text
        huge = _upload(client, b"x" * 2_000_000, "groot.csv")
        assert huge.status_code == 413
    assert [p for p in settings.audit_dir.rglob("*") if p.is_file()] == []


def test_expired_reports_are_swept(employee: TestClient, app: FastAPI) -> None:
    import datetime as dt

    job_id = _job_of(_upload(employee, _x_zip(["Hallo"])))
    _wait(employee, job_id)
    state = app.state.wijzer
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=61)
    assert history.sweep(state.db, state.settings.data_dir, now=later) == 1
    assert employee.get(f"/geschiedenis/{job_id}").status_code == 404
    assert _leftovers(app) == []


def test_scan_cut_off_by_a_restart_is_failed_not_busy(employee: TestClient, app: FastAPI) -> None:
    import datetime as dt

    from wijzer.web.db.models import AuditJob, User

    state = app.state.wijzer
    with state.db.session() as session:
        user = session.query(User).filter_by(username="anna").one()
        before = history.PROCESS_STARTED - dt.timedelta(minutes=1)
        session.add(AuditJob(id="a" * 32, user_id=user.id, status="running", lang="nl",
                             done=3, created_at=before, expires_at=before + dt.timedelta(hours=6)))
    (state.settings.audit_dir / ("a" * 32) / "in").mkdir(parents=True)
    (state.settings.audit_dir / ("a" * 32) / "in" / "export.zip").write_bytes(b"x")
    # the upload page itself sweeps; take the form token from another page
    busy = _upload(employee, _x_zip(["Hallo"]), csrf=csrf_of(employee, "/vraag"))
    assert busy.status_code == 409 and 'id="error"' in busy.text
    assert _leftovers(app) == [state.settings.audit_dir / ("a" * 32) / "in" / "export.zip"]
    history.sweep(state.db, state.settings.data_dir)
    assert employee.get(f"/geschiedenis/{'a' * 32}/status").json()["status"] == "failed"
    assert _leftovers(app) == []
    job_id = _job_of(_upload(employee, _x_zip(["Hallo"])))
    assert _wait(employee, job_id)["status"] == "done"


@pytest.mark.parametrize(("given", "expected"), [
    ("../../etc/passwd", "passwd"), ("C:\\Users\\a\\export.zip", "export.zip"),
    (".hidden.zip", "hidden.zip"), ("", "export"), ("..", "export"),
    ("<img src=x>.zip", "img_src_x_.zip"), ("a" * 300 + ".zip", "a" * 70 + ".zip"),
    ("b" * 300, "b" * 80)])
def test_safe_names(given: str, expected: str) -> None:
    from wijzer.web.services.streamupload import safe_name

    assert safe_name(given) == expected
