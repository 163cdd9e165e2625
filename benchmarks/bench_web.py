"""Load on the web app's check endpoint with a real load generator (wrk) on loopback.

Run: .venv/bin/python benchmarks/bench_web.py [--connections 32] [--seconds 20] [--rate 300]
     [--workers 1]
Needs wrk (Debian package ``wrk``). Starts ``wijzer serve`` on SQLite in a temporary data
folder, creates an account and an API token, warms the server up, then lets wrk post a set
of drafts to ``/api/v1/check`` and reports requests per second, latency percentiles and the
server's memory (RSS of the server process tree, sampled during the run).

With ``--rate`` (default 300) every connection pauses between requests so that the offered
load is about that rate: the target's "300 requests/s at 32 connections". With ``--rate 0``
wrk sends as fast as it can (the saturation throughput; latency then is simply the
connections divided by the throughput, about 100 ms at 32 connections and 300/s).
Target (issue 3): >= 300 requests/s at 32 connections, p99 < 50 ms, memory < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIJZER = ROOT / ".venv" / "bin" / "wijzer"
DRAFTS = [
    "Vandaag de nieuwe fietstunnel bij Serooskerke geopend, zie zeeland.nl voor de planning.",
    "Wat een stelletje amateurs daar op het provinciehuis, echt niet normaal meer.",
    "Mooie dag op de dijk met het team van Natuur. Trots op wat we samen doen! #zeeland",
    "Mijn collega zei vanochtend dat het project waarschijnlijk wordt stopgezet.",
    "Bel me gerust op 06-12345678 als je vragen hebt over de subsidie.",
    "Stem op de partij die eindelijk iets doet aan de N57!",
]
# wrk picks a body per request from this list (a Lua script, generated below).
LUA = """
local bodies = {%s}
local i = 0
local pause = %s
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end
function init(args)
  math.randomseed(seed or 1)
end
if pause > 0 then
  -- A random pause around the mean: users do not type in step, so requests should not
  -- arrive in bursts of all connections at once.
  delay = function() return math.random(math.floor(pause / 2), math.floor(pause * 3 / 2)) end
end
request = function()
  i = i %% #bodies + 1
  return wrk.format("POST", "/api/v1/check", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer %s"}, bodies[i])
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def make_token(data_dir: Path) -> str:
    """An account and a personal API token, made as an administrator would."""
    env = {**os.environ, "WIJZER_NEW_PASSWORD": "benchmark-password-123"}
    subprocess.run([str(WIJZER), "users", "add", "bench", "--data-dir", str(data_dir)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from sqlalchemy import select\n"
        "from wijzer.cli.serve import prepare\n"
        "from wijzer.web.settings import Settings\n"
        "from wijzer.web.auth.tokens import new_token, token_hash\n"
        "from wijzer.web.db.models import ApiToken, User\n"
        "database = prepare(Settings(data_dir=Path(sys.argv[1])))\n"
        "token = new_token()\n"
        "with database.session() as session:\n"
        "    user = session.scalars(select(User).where(User.username == 'bench')).one()\n"
        "    session.add(ApiToken(user_id=user.id, name='bench', prefix=token[:8],\n"
        "                         token_hash=token_hash(token)))\n"
        "print(token)\n")
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", code,
                             str(data_dir)], check=True, capture_output=True, text=True)
    return result.stdout.strip().splitlines()[-1]


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (MB)."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for item in pids:
        try:
            for line in Path(f"/proc/{item}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            continue
    return total / 1024


def wait_until_up(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/login", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def warm_up(url: str, token: str) -> None:
    for text in DRAFTS * 5:
        request = urllib.request.Request(
            url + "/api/v1/check", data=json.dumps({"text": text}).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200


def parse_wrk(output: str) -> dict[str, float]:
    """Requests/s and latency percentiles from ``wrk --latency`` output (in ms)."""
    def ms(value: str) -> float:
        number, unit = re.match(r"([\d.]+)(\w+)", value).groups()  # type: ignore[union-attr]
        return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]

    figures: dict[str, float] = {}
    for label in ("50%", "75%", "90%", "99%"):
        match = re.search(rf"^\s+{re.escape(label)}\s+(\S+)", output, re.M)
        if match:
            figures[f"p{label[:-1]}_ms"] = ms(match.group(1))
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    figures["requests_per_second"] = float(rate.group(1)) if rate else 0.0
    total = re.search(r"(\d+) requests in", output)
    figures["requests"] = float(total.group(1)) if total else 0.0
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["non_2xx"] = float(errors.group(1)) if errors else 0.0
    socket_errors = re.search(r"Socket errors: (.*)", output)
    figures["socket_errors"] = float(sum(int(n) for n in re.findall(
        r"\d+", socket_errors.group(1)))) if socket_errors else 0.0
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--rate", type=float, default=300.0, help=(
        "offered load in requests/s over all connections (each connection waits between "
        "requests); 0: as fast as possible (closed loop, latency = connections / rate)"))
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        token = make_token(data_dir)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [str(WIJZER), "serve", "--host", "127.0.0.1", "--port", str(port),
             "--data-dir", str(data_dir), "--workers", str(args.workers)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_until_up(url)
            warm_up(url, token)
            bodies = ", ".join("[[" + json.dumps({"text": text}) + "]]" for text in DRAFTS)
            script = Path(folder) / "check.lua"
            pause = (round(args.connections * 1000 / args.rate * 0.9) if args.rate else 0)
            script.write_text(LUA % (bodies, pause, token), encoding="utf-8")
            peak = [0.0]
            done = threading.Event()

            def sample() -> None:
                while not done.is_set():
                    peak[0] = max(peak[0], tree_rss_mb(server.pid))
                    time.sleep(0.25)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            result = subprocess.run(
                ["wrk", "--latency", "-t", str(args.threads), "-c", str(args.connections),
                 "-d", f"{args.seconds}s", "-s", str(script), url],
                capture_output=True, text=True, check=True)
            done.set()
            sampler.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    figures = parse_wrk(result.stdout)
    figures.update(connections=args.connections, seconds=args.seconds, offered_rate=args.rate,
                   server_workers=args.workers, server_peak_rss_mb=round(peak[0], 1))
    json.dump(figures, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
