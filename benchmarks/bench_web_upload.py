"""Memory and speed of the history upload (``POST /geschiedenis``, issues 4/5 web pages).

Run: .venv/bin/python benchmarks/bench_web_upload.py [--mb 150]
Starts the web app in this process (SQLite, a temporary data folder), logs in and uploads a
generated file of ``--mb`` megabytes as multipart form data with httpx (which streams the
file from disk). Reports the upload time and how far the process's resident memory rose
above its level before the upload (sampled from /proc every 20 ms): the export is written to
the data folder as it arrives, so the rise should stay far below the file size. The file is
no export, so the background scan ends at once with a clear error and deletes it.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import threading
import time
from pathlib import Path

import httpx

from wijzer.web.app import create_app
from wijzer.web.auth.passwords import hash_password
from wijzer.web.db.migrate import upgrade
from wijzer.web.db.models import User
from wijzer.web.server import BackgroundServer
from wijzer.web.settings import Settings

PAGE = os.sysconf("SC_PAGE_SIZE")
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=150)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = root / "export.txt"
        line = b"Dit is geen export maar een regel tekst om de upload te meten.\n"
        with source.open("wb") as out:
            for _ in range(args.mb * 1_000_000 // len(line) + 1):
                out.write(line)
        settings = Settings(data_dir=root / "data", secret_key="b" * 64,
                            max_export_bytes=(args.mb + 10) * 1_000_000)
        app = create_app(settings)
        upgrade(app.state.wijzer.db.engine)
        with app.state.wijzer.db.session() as session:
            session.add(User(username="bench", role="medewerker",
                             password_hash=hash_password("een-lang-wachtwoord"), active=True))
        with BackgroundServer(app) as server, httpx.Client(base_url=server.url,
                                                           timeout=600) as client:
            token = CSRF.search(client.get("/login").text)
            assert token
            client.post("/login", data={"username": "bench", "password": "een-lang-wachtwoord",
                                        "csrf_token": token.group(1)})
            token = CSRF.search(client.get("/geschiedenis").text)
            assert token
            baseline = peak = rss()
            running = True

            def sample() -> None:
                nonlocal peak
                while running:
                    peak = max(peak, rss())
                    time.sleep(0.02)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            started = time.perf_counter()
            with source.open("rb") as handle:
                response = client.post("/geschiedenis", data={"csrf_token": token.group(1)},
                                       files={"export": ("export.txt", handle, "text/plain")})
            elapsed = time.perf_counter() - started
            running = False
            sampler.join()
            print(f"upload {args.mb} MB: status {response.status_code}, {elapsed:.1f} s "
                  f"({args.mb / elapsed:.0f} MB/s), RSS before {baseline / 1e6:.0f} MB, "
                  f"peak rise {(peak - baseline) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
