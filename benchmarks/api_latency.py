"""Response times of the web app's API and pages on a knowledge base, through a real uvicorn server.

Reproduce (on the seeds):
    .venv/bin/storyline brief examples/seeds --out out/seeds -q
    .venv/bin/python benchmarks/api_latency.py out/seeds/story.db --rounds 50
Prints median and 95th percentile per endpoint, in milliseconds, measured over HTTP on localhost
(keep-alive connection, one request at a time). The server draws the pictures in the background when it
starts; the script waits for that (the first overview) and reports it, then times each endpoint. "first" is
the first request to an endpoint (template compilation, cold caches); it is not part of the median and p95.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from storyline.store import open_kb
from storyline.web import create_app


def endpoints(kb_path: Path) -> list[str]:
    with open_kb(kb_path, readonly=True) as kb:
        story = kb.load_story()
        article_id = kb.article_ids()[0]
    actor_id = max(story.actors, key=lambda a: a.mentions).id if story.actors else "none"
    speaker = story.speakers[0].name if story.speakers else "none"
    return [
        "/api/brief", "/api/articles", f"/api/articles/{article_id}", "/api/actors", f"/api/actors/{actor_id}",
        "/api/speakers", f"/api/quotes?speaker={speaker}", "/api/claims", "/api/events", "/api/relations",
        "/api/commitments", "/api/search?q=troops", "/openapi.json",
        "/", "/actors", f"/actors/{actor_id}", "/quotes", "/numbers", "/timeline", f"/articles/{article_id}",
        "/search?q=troops",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kb", type=Path)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(args.kb), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base, timeout=60) as client:
        start = time.perf_counter()
        client.get("/").raise_for_status()
        print(f"server start to first overview (pictures drawn): {(time.perf_counter() - start) * 1000:.0f} ms")
        print(f"{'endpoint':<48} {'first ms':>9} {'median ms':>10} {'p95 ms':>8} {'bytes':>8}")
        for url in endpoints(args.kb):
            start = time.perf_counter()
            first = client.get(url)
            first.raise_for_status()
            cold = (time.perf_counter() - start) * 1000
            times = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                client.get(url).raise_for_status()
                times.append((time.perf_counter() - start) * 1000)
            p95 = statistics.quantiles(times, n=20)[-1]
            shown = url if len(url) <= 48 else url[:45] + "..."
            median = statistics.median(times)
            print(f"{shown:<48} {cold:>9.1f} {median:>10.1f} {p95:>8.1f} {len(first.content):>8}")
    server.should_exit = True
    thread.join(timeout=5)


if __name__ == "__main__":
    main()
