"""Throughput of `election-extract run`, end to end; prints tables (not a test).

1. corpora   plain-text articles of ~3 KB made from fixtures/*.txt (each copy varied: its
             figures shifted, a paragraph of another fixture added), 1k and 10k of them
2. run       `python -m extract run DIR -o FILE --jobs N` for N = 1 and 2: articles/s, MB/s,
             ms/article, and the peak RSS of the parent and of the largest worker
3. size      in-process cost per article of 1 KB, 10 KB and 100 KB (linear means flat ms/KB)
4. start-up  `election-extract --help` and a 1-article run
5. ceiling   how much two busy processes gain over one on this machine (a pure-Python
             loop), the upper bound for --jobs 2 over --jobs 1

    python benchmarks/throughput.py [--sizes 1000 10000] [--jobs 1 2] [--profile 500]

--profile N profiles extraction of N fixture articles in-process and prints the top
functions instead.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
FIXTURES = REPO / "fixtures"
CLI = [sys.executable, "-m", "extract"]
TARGET_BYTES = 3 * 1024


def fixture_texts() -> list[str]:
    from extract.load import decode          # fixtures come in any encoding
    return [decode(p.read_bytes(), p.name)[0] for p in sorted(FIXTURES.glob("*.txt"))]


def vary(text: str, i: int, extra: str) -> str:
    """A distinct but realistic article: figures shifted by i, topped up to ~3 KB."""
    shifted = re.sub(r"\d", lambda m: str((int(m.group()) + i) % 10) if m.start() % 3 else m.group(), text)
    body = f"Story {i}.\n\n{shifted}"
    if len(body.encode()) < TARGET_BYTES:
        body += "\n\n" + extra[:TARGET_BYTES - len(body.encode())]
    return body


def make_corpus(folder: Path, n: int) -> int:
    texts = fixture_texts()
    folder.mkdir(parents=True)
    total = 0
    for i in range(n):
        data = vary(texts[i % len(texts)], i, texts[(i * 7 + 3) % len(texts)]).encode()
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article-{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _peak_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_cli(args: list[str]) -> tuple[float, int, int, str]:
    """(seconds, parent peak RSS KB, largest worker peak RSS KB, stderr) of one CLI run."""
    started = time.perf_counter()
    proc = subprocess.Popen(CLI + args, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    done = threading.Event()

    def sample() -> None:       # VmHWM is each process's own peak: sampling just keeps the last value
        while not done.is_set():
            for pid in [proc.pid] + _children(proc.pid):
                peaks[pid] = max(peaks.get(pid, 0), _peak_kb(pid))
            time.sleep(0.05)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"run failed ({proc.returncode}): {err}")
    workers = [kb for pid, kb in peaks.items() if pid != proc.pid]
    return seconds, peaks.get(proc.pid, 0), max(workers, default=0), err


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(str(c).rjust(w) if i else str(c).ljust(w)  # noqa: E731
                                       for i, (c, w) in enumerate(zip(r, widths))) + " |"
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def bench_runs(sizes: list[int], jobs_list: list[int], tmp: Path) -> None:
    rows = []
    for n in sizes:
        corpus = tmp / f"corpus-{n}"
        nbytes = make_corpus(corpus, n)
        for jobs in jobs_list:
            out = tmp / f"out-{n}-{jobs}.jsonl"
            seconds, parent_kb, worker_kb, _ = run_cli(["run", str(corpus), "-o", str(out), "--jobs", str(jobs)])
            assert sum(1 for _ in out.open()) == n
            rows.append([f"{n:,} x {nbytes / n / 1024:.1f} KB", str(jobs), f"{seconds:.1f}", f"{n / seconds:,.0f}",
                         f"{n / seconds / jobs:,.0f}", f"{nbytes / seconds / 2**20:.2f}",
                         f"{1000 * seconds / n:.2f}", f"{parent_kb / 1024:.0f}", f"{worker_kb / 1024:.0f}"])
            print(f"  {n} articles, --jobs {jobs}: {seconds:.1f} s", file=sys.stderr)
    print(table(rows, ["corpus", "jobs", "s", "articles/s", "per job", "MB/s", "ms/article",
                       "parent MB", "worker MB"]))


def bench_sizes(tmp: Path) -> None:
    from extract import pipeline
    pipeline.extract_results("warm up")
    joined = "\n\n".join(fixture_texts())
    rows = []
    for kb, repeat in ((1, 200), (10, 40), (100, 6)):
        text = (joined * (kb * 1024 // len(joined) + 1))[:kb * 1024]
        path = tmp / f"size-{kb}.txt"
        path.write_text(text, encoding="utf-8")
        times = []
        for _ in range(repeat):
            started = time.process_time()
            pipeline.extract_file(path, tmp)
            times.append(time.process_time() - started)
        ms = 1000 * statistics.median(times)
        rows.append([f"{kb} KB", str(repeat), f"{ms:.1f}", f"{ms / kb:.2f}"])
    print(table(rows, ["article", "runs", "ms/article", "ms/KB"]))


def bench_startup(tmp: Path) -> None:
    one = tmp / "one"
    one.mkdir()
    shutil.copy(FIXTURES / "seed-000.txt", one)
    commands = [("python -m extract --help", CLI + ["--help"]),
                ("1-article run (python -m extract)", CLI + ["run", str(one), "-o", str(tmp / "one.jsonl")])]
    script = shutil.which("election-extract")
    if script:
        commands.insert(0, ("election-extract --help", [script, "--help"]))
    rows = []
    for name, cmd in commands:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run(cmd, cwd=REPO, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - started)
        rows.append([name, f"{statistics.median(times):.2f}"])
    print(table(rows, ["start-up", "s (median of 5)"]))


def _spin(_: int = 0) -> float:
    started, x = time.perf_counter(), 0
    for i in range(10_000_000):
        x += i
    return time.perf_counter() - started


def bench_ceiling() -> None:
    import multiprocessing
    one = _spin()
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_spin, range(2))
    two = time.perf_counter() - started
    print(f"machine ceiling: two busy processes do {2 * one / two:.2f}x the work of one "
          f"(one loop {one:.2f} s, two in parallel {two:.2f} s; 2.00 = two full cores)")


def profile(n: int) -> None:
    from extract import pipeline
    paths = sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.htm*"))
    pipeline.extract_results("warm up")
    work = (paths * (n // len(paths) + 1))[:n]
    prof = cProfile.Profile()
    started = time.perf_counter()
    prof.enable()
    for p in work:
        pipeline.extract_file(p, FIXTURES)
    prof.disable()
    seconds = time.perf_counter() - started
    print(f"{n} fixture articles in {seconds:.2f} s under the profiler ({n / seconds:.0f}/s)")
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).strip_dirs().sort_stats(order).print_stats(25)
        print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--profile", type=int, metavar="N", help="profile N fixture articles instead")
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
        return
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    tmp = Path(tempfile.mkdtemp(prefix="throughput-"))
    try:
        bench_ceiling()
        print()
        bench_startup(tmp)
        print()
        bench_sizes(tmp)
        print()
        bench_runs(args.sizes, args.jobs, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
