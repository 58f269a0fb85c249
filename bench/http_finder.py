"""HTTP throughput of a monograph and of POST /api/v1/finder, each next to a static file of the
same size, in one run against one server.

Starts gunicorn as `tpatlas serve` does (its config, preloaded app) on 127.0.0.1, loads each URL
with wrk for a few seconds (gzip accepted, as browsers do), and prints requests per second and
the ratios the targets are stated in: monograph >= 0.8 and finder API >= 0.5 of a static file.
Rate limits are off for the run (one client sends everything). Loopback only, bounded time.
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
MONOGRAPH = "/muscles/hamstrings/"
SECONDS = 5
WARM_UP = 8


def wait_for(url: str, timeout: float = 20.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)  # loopback only
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server did not start on {url}")


def wrk(url: str, script: Path | None = None, seconds: int = SECONDS) -> float:
    cmd = ["wrk", "-t2", "-c8", f"-d{seconds}s", "-H", "Accept-Encoding: gzip", url]
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
        "TPATLAS_RATE_LIMITS": "off",
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
    page = Client().get(MONOGRAPH).content
    static_page = data_dir / "staticfiles" / "bench-same-size.html"
    static_page.write_bytes(page)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "tpatlas.web.wsgi:application",
            "--config",
            "python:tpatlas.web.gunicorn_conf",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            "2",
            "--log-level",
            "warning",
            "--access-logfile",
            "/dev/null",
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
        base = f"http://127.0.0.1:{PORT}"
        # Warm-up, not measured: each worker draws the monograph once (a few seconds for the
        # charts and maps) before its page cache answers; a visitor meets that once per deploy.
        wrk(f"{base}{MONOGRAPH}", seconds=WARM_UP)
        page_rps = wrk(f"{base}{MONOGRAPH}")
        static_page_rps = wrk(f"{base}/static/bench-same-size.html")
        finder_rps = wrk(f"{base}/api/v1/finder", Path(lua.name))
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fresh:
            # A new description on every request: no answer comes from the cache.
            fresh.write(
                'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                "local n = 0\nrequest = function()\n  n = n + 1\n"
                '  return wrk.format(nil, nil, nil, \'{"text": "deep ache behind my right knee '
                "when I sit, day ' .. n .. '\"}')\nend\n"
            )
        fresh_rps = wrk(f"{base}/api/v1/finder", Path(fresh.name))
        static_rps = wrk(f"{base}/static/bench-same-size.json")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        static.unlink(missing_ok=True)
        static_page.unlink(missing_ok=True)
    print(f"HTTP (gunicorn as tpatlas serve, 2 workers, wrk 2x8, {SECONDS}s each, gzip):")
    for label, rps, ref, size, target in (
        (f"GET {MONOGRAPH}", page_rps, static_page_rps, len(page), 0.8),
        ("POST /api/v1/finder", finder_rps, static_rps, len(answer.content), 0.5),
    ):
        ratio = rps / ref if ref else 0.0
        verdict = "meets" if ratio >= target else "BELOW"
        print(f"  {label:<28} {rps:8.0f} req/s   static file of {size:,} bytes {ref:8.0f} req/s")
        print(f"  {'':<28} ratio {ratio:5.2f} ({verdict} the target {target})")
    print(
        f"  {'POST /api/v1/finder, new':<28} {fresh_rps:8.0f} req/s   (every description "
        f"different, so none is answered from the cache: ratio {fresh_rps / static_rps:.2f})"
    )


if __name__ == "__main__":
    main()
