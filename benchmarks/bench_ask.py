"""Speed and memory of newsdesk, measured side by side with the raw model in one run.

Run: `make bench` (or `.venv/bin/python benchmarks/bench_ask.py --help`). Prints one table;
targets are ratios to figures measured in the same run, because the machine is noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NEWSDESK = [sys.executable, "-m", "bot.cli"]
SUBJECTS = ["the US side", "the South Korean delegation", "the meeting", "the working group",
            "the Biden administration", "the spokesperson", "the consultations", "Park Il",
            "the security strategy", "Kevin Kim", "the analysts", "the allies"]
ASKS = ["Who leads {}?", "What did {} say?", "When will {} meet?", "Why does {} matter?",
        "What is the role of {}?", "How is {} described?", "What was decided about {}?"]

rows: list[tuple[str, str, str]] = []
servers: list[Server] = []  # stopped at exit, whatever happens


def report(name: str, value: str, note: str = "") -> None:
    """Record and print one figure."""
    rows.append((name, value, note))
    print(f"  {name:<48} {value:>14}  {note}", flush=True)


def questions(n: int, salt: str = "") -> list[str]:
    """Return n distinct questions (distinct text, so no cache helps)."""
    out = []
    for i in range(n):
        base = ASKS[i % len(ASKS)].format(SUBJECTS[(i // len(ASKS)) % len(SUBJECTS)])
        out.append(f"{base} ({salt}{i})")
    return out


def free_port() -> int:
    """Return a free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (0-100)."""
    return float(np.percentile(np.array(values), q))


# -- the raw model -----------------------------------------------------------------------------
def bench_raw_model(data_dir: Path) -> dict[str, float]:
    """Measure the torch backend (single p50, batch-64 rate) and the ONNX backend in-process."""
    from retrieval.embedding import SentenceTransformerEmbedder
    from retrieval.onnx_embedding import OnnxEmbedder

    torch_model = SentenceTransformerEmbedder(cache_size=0)
    onnx_model = OnnxEmbedder(cache_root=data_dir, cache_size=0)
    figures = {}
    for name, model in (("torch", torch_model), ("onnx", onnx_model)):
        model.encode(["warm up"])
        times = []
        for q in questions(200, name):
            start = time.perf_counter()
            model.encode([q])
            times.append(time.perf_counter() - start)
        figures[f"{name}_single_p50_ms"] = statistics.median(times) * 1000
        batch = questions(640, name + "b")
        start = time.perf_counter()
        for i in range(0, len(batch), 64):
            model.encode(batch[i:i + 64])
        figures[f"{name}_batch64_qps"] = len(batch) / (time.perf_counter() - start)
    return figures


def _seed_passages() -> list[str]:
    from retrieval.folders import load_paths
    from retrieval.passages import split_passages

    return [p.text for a in load_paths([SEEDS]).articles for p in split_passages(a)]


# -- the server --------------------------------------------------------------------------------
class Server:
    """`newsdesk serve` in a subprocess, on a free port."""

    def __init__(self, data_dir: Path, articles_dir: Path | None = SEEDS) -> None:
        self.port = free_port()
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "NEWSDESK_LOG_LEVEL": "WARNING"}
        args = [*NEWSDESK, "serve", "--port", str(self.port), "--data-dir", str(data_dir)]
        if articles_dir is not None:
            args += ["--articles-dir", str(articles_dir)]
        self.started = time.perf_counter()
        self.log = data_dir.parent / f"server-{self.port}.log"
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log,
                                         stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        servers.append(self)

    def wait_ready(self, timeout: float = 600) -> float:
        """Poll /health until ready; return seconds since spawn."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()[-2000:]}")
            try:  # urllib: cheap enough to poll without taking CPU from the server
                with urllib.request.urlopen(f"{self.url}/health", timeout=1) as response:
                    if response.status == 200:
                        return time.perf_counter() - self.started
            except OSError:
                pass
            time.sleep(0.02)
        raise TimeoutError("server not ready")

    def peak_rss_mb(self) -> float:
        """Return the server process's peak resident memory (VmHWM) in MB."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        """Terminate the server and wait for it."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def bench_single_client(url: str, n: int = 300) -> list[float]:
    """Ask n distinct questions one after another on one keep-alive connection."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)

    def ask(question: str) -> None:
        conn.request("POST", "/ask", json.dumps({"question": question}),
                     {"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"/ask answered {response.status}")

    for q in questions(20, "warm"):
        ask(q)
    times = []
    for q in questions(n, "single"):
        start = time.perf_counter()
        ask(q)
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def bench_wrk(url: str, clients: int, seconds: float) -> dict[str, float] | None:
    """Load /ask with wrk (distinct questions, `clients` connections); None without wrk."""
    import re

    wrk = shutil.which("wrk")
    if wrk is None:
        return None
    script = Path(__file__).with_name("ask.lua")
    out = subprocess.run([wrk, "-t2", f"-c{clients}", f"-d{seconds:.0f}s", "--latency",
                          "--timeout", "10s", "-s", str(script), url],
                         capture_output=True, text=True, check=True).stdout

    def ms(label: str) -> float:
        match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + \
        (sum(int(g) for g in socket.groups()) if socket else 0)
    return {"qps": rate, "p50": ms("50%"), "p99": ms("99%"), "errors": errors}


async def _client_loop(client: httpx.AsyncClient, cid: int, until: float,
                       latencies: list[float], errors: list[str]) -> None:
    i = 0
    while time.perf_counter() < until:
        q = f"{ASKS[i % len(ASKS)].format(SUBJECTS[cid % len(SUBJECTS)])} (c{cid}-{i})"
        start = time.perf_counter()
        try:
            response = await client.post("/ask", json={"question": q})
            if response.status_code != 200:
                errors.append(str(response.status_code))
            else:
                latencies.append(time.perf_counter() - start)
        except httpx.HTTPError as exc:
            errors.append(type(exc).__name__)
        i += 1


async def _concurrent(url: str, clients: int, seconds: float) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        until = time.perf_counter() + seconds
        await asyncio.gather(*(_client_loop(client, c, until, latencies, errors)
                               for c in range(clients)))
    return latencies, errors


# -- ingest, memory and scale -------------------------------------------------------------------
def synthetic_articles(n_articles: int, sentences: int = 10) -> list[str]:
    """Return article texts made of shuffled words of the seed articles."""
    rng = np.random.default_rng(7)
    vocab = " ".join(_seed_passages()).split()
    texts = []
    for a in range(n_articles):
        body = []
        for s in range(sentences):
            words = rng.choice(vocab, size=int(rng.integers(12, 30)))
            body.append(" ".join(words).capitalize().rstrip(".,") + f" {a}x{s}.")
        texts.append(f"Synthetic article {a}\n" + " ".join(body))
    return texts


def bench_ingest(data_dir: Path) -> tuple[float, float]:
    """Ingest 40 synthetic articles; return (service passages/s, raw encode passages/s).

    Both rates are measured on the same passage texts with the same ONNX model.
    """
    from retrieval.loading import build_article
    from retrieval.onnx_embedding import OnnxEmbedder
    from retrieval.passages import split_passages
    from retrieval.service import QAService

    embedder = OnnxEmbedder(cache_root=data_dir, cache_size=0)
    articles = [build_article(t) for t in synthetic_articles(40)]
    texts = [p.text for a in articles for p in split_passages(a)]
    embedder.encode(texts[:64])  # warm up
    start = time.perf_counter()
    for i in range(0, len(texts), 256):
        embedder.encode(texts[i:i + 256])
    raw = len(texts) / (time.perf_counter() - start)
    service = QAService.open(data_dir=data_dir / "ingest", articles_dir=None, embedder=embedder)
    start = time.perf_counter()
    service.add_articles(articles)
    elapsed = time.perf_counter() - start
    return service.stats().passages / elapsed, raw


class RandomVectors:
    """Stands in for the model when building a large synthetic data dir (vectors only)."""

    def __init__(self, name: str, dim: int, backend: str = "onnx") -> None:
        # The same name, size and backend as the server's model, so it reuses these vectors.
        self.name, self.dim, self.backend = name, dim, backend
        self._rng = np.random.default_rng(3)

    def encode(self, texts, *, show_progress=False):
        v = self._rng.standard_normal((len(texts), self.dim)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def build_large_data_dir(data_dir: Path, passages: int) -> None:
    """Fill a data dir with synthetic articles totalling about `passages` passages."""
    from retrieval.loading import build_article
    from retrieval.service import QAService

    service = QAService.open(data_dir=data_dir, articles_dir=None,
                             embedder=RandomVectors("all-MiniLM-L6-v2", 384))
    per_article = 10 + 8  # 10 sentences and 8 windows
    texts = synthetic_articles(passages // per_article)
    service.add_articles([build_article(t) for t in texts])


def bench_scale(n: int, queries: int = 200) -> dict[str, float]:
    """Build the index newsdesk picks for n synthetic 384-d vectors; time and score search."""
    import resource

    import faiss

    from retrieval.index import FaissIndex

    rng = np.random.default_rng(0)
    latent, dim = 48, 384
    mix = rng.standard_normal((latent, dim)).astype(np.float32)

    def generate(m: int) -> np.ndarray:
        # Real sentence embeddings occupy a low-dimensional part of the space; so do these.
        x = rng.standard_normal((m, latent)).astype(np.float32) @ mix
        x += 0.5 * rng.standard_normal((m, dim)).astype(np.float32)
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    data = np.concatenate([generate(min(100_000, n - i)) for i in range(0, n, 100_000)])
    picks = data[rng.integers(0, n, queries)]
    q = picks + 0.05 * rng.standard_normal(picks.shape).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    index = FaissIndex.build(data)
    build_s = time.perf_counter() - start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    exact = faiss.IndexFlatIP(dim)
    exact.add(data)
    _, truth = exact.search(q, 10)
    times = []
    found = []
    for i in range(queries):
        start = time.perf_counter()
        _, ids = index.search(q[i:i + 1], 10)
        times.append(time.perf_counter() - start)
        found.append(ids[0])
    recall = float(np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth, strict=True)]))
    return {"build_s": build_s, "search_p50_ms": statistics.median(times) * 1000,
            "recall_at_10": recall, "index_mb": rss_after - rss_before, "kind": index.kind}


def main() -> None:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=1_000_000, help="synthetic vectors")
    parser.add_argument("--memory-passages", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0, help="concurrent load duration")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    work = Path(tempfile.mkdtemp(prefix="newsdesk-bench-"))
    try:
        print("raw model (in-process)")
        raw = bench_raw_model(work / "data")
        report("torch single-query encode p50", f"{raw['torch_single_p50_ms']:.2f} ms")
        report("torch batch-64 encode throughput", f"{raw['torch_batch64_qps']:.0f} q/s")
        report("onnx single-query encode p50", f"{raw['onnx_single_p50_ms']:.2f} ms")

        print("start-up")
        probe = ("import time; t=time.perf_counter(); from sentence_transformers import "
                 "SentenceTransformer; from retrieval.embedding import bundled_model_path; "
                 "SentenceTransformer(str(bundled_model_path()))")
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", probe], cwd=ROOT, check=True,
                       env={**os.environ, "HF_HUB_OFFLINE": "1"}, capture_output=True)
        load_s = time.perf_counter() - start
        first = Server(work / "data")
        first.wait_ready()
        first.stop()
        server = Server(work / "data")
        ready_s = server.wait_ready()
        report("import sentence-transformers + load model", f"{load_s:.2f} s")
        report("serve start-up to /health (existing data)", f"{ready_s:.2f} s",
               f"ratio {ready_s / load_s:.2f} (target <= 1.5)")

        print("HTTP /ask over loopback")
        single = bench_single_client(server.url)
        p50 = statistics.median(single) * 1000
        report("/ask one client p50", f"{p50:.2f} ms",
               f"ratio {p50 / raw['torch_single_p50_ms']:.2f} x torch encode (target <= 0.8)")
        report("/ask one client p95", f"{percentile(single, 95) * 1000:.2f} ms")
        load = bench_wrk(server.url, args.clients, args.seconds)
        client = "wrk"
        if load is None:  # no wrk: a Python client, which takes CPU from the server
            latencies, errors = asyncio.run(_concurrent(server.url, args.clients, args.seconds))
            load = {"qps": len(latencies) / args.seconds, "p50": percentile(latencies, 50) * 1000,
                    "p99": percentile(latencies, 99) * 1000, "errors": len(errors)}
            client = "httpx"
        qps = load["qps"]
        report(f"/ask {args.clients} clients throughput ({client})", f"{qps:.0f} req/s",
               f"ratio {qps / raw['torch_batch64_qps']:.2f} x torch batch-64 (target >= 0.5)")
        report(f"/ask {args.clients} clients p50 / p99",
               f"{load['p50']:.0f} / {load['p99']:.0f} ms")
        report(f"/ask {args.clients} clients errors", f"{load['errors']:.0f}", "target 0")
        report("server peak RSS, seed articles", f"{server.peak_rss_mb():.0f} MB")
        server.stop()

        print("ingest")
        rate, raw_rate = bench_ingest(work / "data")
        report("raw batched encode of the same passages", f"{raw_rate:.0f} /s")
        report("ingest: passages embedded and indexed", f"{rate:.0f} /s",
               f"ratio {rate / raw_rate:.2f} x raw encode (target >= 0.8)")

        print("memory with many passages")
        big = work / "big"
        build_large_data_dir(big, args.memory_passages)
        shutil.copytree(work / "data" / "onnx", big / "onnx")
        server = Server(big, articles_dir=None)
        server.wait_ready()
        health = httpx.get(f"{server.url}/health").json()
        report(f"server peak RSS, {health.get('passages', '?')} passages",
               f"{server.peak_rss_mb():.0f} MB")
        server.stop()

        print(f"scale: {args.scale:,} synthetic 384-d vectors")
        scale = bench_scale(args.scale)
        report("index kind", str(scale["kind"]))
        report("index build time", f"{scale['build_s']:.1f} s")
        report("index memory (peak RSS growth)", f"{scale['index_mb']:.0f} MB")
        report("search p50 (k=10)", f"{scale['search_p50_ms']:.2f} ms", "target <= 2 ms")
        report("recall@10 vs exact", f"{scale['recall_at_10']:.3f}", "target >= 0.95")
    finally:
        for server in servers:
            if server.proc.poll() is None:
                server.proc.kill()
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps([{"name": n, "value": v, "note": note}
                                         for n, v, note in rows], indent=1))
    print("\n| figure | value | note |\n|---|---|---|")
    for name, value, note in rows:
        print(f"| {name} | {value} | {note} |")


if __name__ == "__main__":
    main()
