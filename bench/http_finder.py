"""HTTP throughput of POST /api/v1/finder next to a static file of the same size, one run.

Starts gunicorn (the production server of `make run`) on 127.0.0.1, loads both URLs with wrk for
a few seconds each, and prints requests per second and their ratio. Loopback only, bounded time.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PORT = 8765
BODY = {"text": "deep ache behind my right knee when I sit"}
SECONDS = 5


def wait_for(url: str, timeout: float = 20.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)  # loopback only
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server did not start on {url}")


def wrk(url: str, script: Path | None = None) -> float:
    cmd = ["wrk", "-t2", "-c8", f"-d{SECONDS}s", url]
    if script:
        cmd[1:1] = ["-s", str(script)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        sys.exit(f"{url} answered errors under load:\n{out}")
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    return float(match.group(1)) if match else 0.0


def main() -> None:
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (make bench installs it)")
    data_dir = Path(os.environ.get("TPATLAS_DATA_DIR", "var")).resolve()
    env = {
        **os.environ,
        "SECRET_KEY": "bench-" + "k3y9XzQw7" * 6,
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "TPATLAS_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "tpatlas.web.settings",
    }
    subprocess.run(
        [sys.executable, "-m", "django", "collectstatic", "--noinput", "-v", "0"],
        env=env,
        check=True,
    )
    # The finder's answer, to size the static file the same.
    import django

    os.environ.update(env)
    django.setup()
    from django.test import Client

    answer = Client().post("/api/v1/finder", data=json.dumps(BODY), content_type="application/json")
    if answer.status_code != 200:
        sys.exit(f"the finder answered {answer.status_code}: {answer.content[:200]!r}")
    static = data_dir / "staticfiles" / "bench-same-size.json"
    static.write_bytes(answer.content)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "tpatlas.web.wsgi:application",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        env=env,
    )
    try:
        wait_for(f"http://127.0.0.1:{PORT}/static/bench-same-size.json")
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            lua.write(
                'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                f"wrk.body = {json.dumps(json.dumps(BODY))}\n"
            )
        finder_rps = wrk(f"http://127.0.0.1:{PORT}/api/v1/finder", Path(lua.name))
        static_rps = wrk(f"http://127.0.0.1:{PORT}/static/bench-same-size.json")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        static.unlink(missing_ok=True)
    print(
        f"HTTP (gunicorn, 2 workers, wrk 2x8, {SECONDS}s each, "
        f"response {len(answer.content)} bytes):"
    )
    print(f"  POST /api/v1/finder   {finder_rps:8.0f} req/s")
    print(f"  static file, same size {static_rps:8.0f} req/s")
    print(f"  ratio finder/static   {finder_rps / static_rps if static_rps else 0:8.2f}")


if __name__ == "__main__":
    main()
