"""Batch runs: every article one line, whatever the folder holds; order; crashes; time limits; resume.

Workers are forked from the test process, so a monkeypatched extractor reaches them, and a
pipeline warmed here once makes each worker start at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract import batch, workers
from extract.errors import OutputFileError, WorkerStartError
from extract.output import OutputLock
from extract.records import ArticleResult
from extract.workers import Limits

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"

pytestmark = pytest.mark.skipif(workers.START_METHOD != "fork",
                                reason="monkeypatched extractors reach workers only when they are forked")

RESULT = ("Reform UK's Rupert Lowe won Great Yarmouth with 14,385 votes. "
          "Labour's Keir Cozens was second with 12,959 votes.\n")


@pytest.fixture(scope="module", autouse=True)
def warm_pipeline():
    workers.warm_up()      # forked workers inherit it: no per-run start-up cost


def _corpus(root: Path, n: int) -> Path:
    """n small articles a00.txt, a01.txt... (fixture texts, each made unique)."""
    texts = sorted(FIXTURES.glob("*.txt"))
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = texts[i % len(texts)]
        (root / f"a{i:02d}.txt").write_bytes(src.read_bytes() + f"\nStory {i}.\n".encode())
    return root


def _records(path: Path) -> list[ArticleResult]:
    return [ArticleResult.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _run(root: Path, out: Path, **kwargs) -> batch.RunSummary:
    kwargs.setdefault("jobs", 2)
    return batch.run(root, out, **kwargs)


def _fake_extract(path, root=None, max_bytes=None) -> ArticleResult:
    """Cheap stand-in: the file's first line as the title."""
    path = Path(path)
    data = path.read_bytes()
    return ArticleResult(source=str(path.relative_to(root)), sha256=hashlib.sha256(data).hexdigest(),
                         title=data.decode().split("\n")[0][:40])


def _pid_extract(path, root=None, max_bytes=None) -> ArticleResult:
    """The stand-in, with the worker's process id as the date."""
    return _fake_extract(path, root).model_copy(update={"published": str(os.getpid())})


# --- bad input: one error line each, with a message a person understands ------------------

BAD_FILES = [
    # (id, file name, bytes, message)
    ("empty", "empty.txt", b"", "empty file"),
    ("whitespace only", "blank.txt", b" \n\t\n", "empty file (only whitespace)"),
    ("NUL bytes", "nul.html", b"<html>\x00\x01\x02</html>", "binary file (contains NUL bytes), not text"),
    ("PDF named .html", "doc.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (a PDF document), not text"),
    ("PNG named .txt", "pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image), not text"),
    ("random bytes without NUL", "noise.html", bytes((7 * i * i + 13 * i + 1) % 255 + 1 for i in range(1500)),
     "binary file (control bytes no text has), not text"),
    ("over --max-bytes", "huge.html", b"<p>" + b"x" * 3000 + b"</p>", "file is 2.9 KB, over the 2 KB limit (--max-bytes)"),
]


def test_bad_files_become_error_lines_and_the_run_goes_on(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(RESULT, encoding="utf-8")
    for _, name, data, _ in BAD_FILES:
        (root / name).write_bytes(data)
    out = tmp_path / "out.jsonl"
    summary = _run(root, out, max_bytes=2048)
    records = {r.source: r for r in _records(out)}
    assert sorted(records) == sorted(["good.txt"] + [name for _, name, _, _ in BAD_FILES])
    for case, name, _, message in BAD_FILES:
        assert (records[name].status, records[name].error) == ("error", message), case
    assert records["good.txt"].status == "ok" and records["good.txt"].contests
    assert summary.errors == len(BAD_FILES) and summary.articles == len(BAD_FILES) + 1


def test_unreadable_file(tmp_path, monkeypatch):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(RESULT, encoding="utf-8")
    locked = root / "locked.txt"
    locked.write_text(RESULT, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:     # root reads a chmod 000 file: make it fail the way it fails for users
        real_open = pathlib.Path.open

        def open_(self, *args, **kwargs):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)
        monkeypatch.setattr(pathlib.Path, "open", open_)
    try:
        _run(root, tmp_path / "out.jsonl")
    finally:
        locked.chmod(0o644)
    records = _records(tmp_path / "out.jsonl")
    assert [(r.source, r.status, r.error) for r in records] == [
        ("a.txt", "ok", None), ("locked.txt", "error", "cannot read file: permission denied")]


def test_a_path_that_vanishes_mid_run(tmp_path):
    root = _corpus(tmp_path / "in", 3)
    paths = batch.find_articles(root)
    paths[1].unlink()            # listed, then gone before its turn
    _run(root, tmp_path / "out.jsonl", paths=paths)
    records = _records(tmp_path / "out.jsonl")
    assert [(r.source, r.status, r.error) for r in records] == [
        ("a00.txt", "ok", None), ("a01.txt", "error", "cannot read file: no such file"), ("a02.txt", "ok", None)]


# --- one article failing never touches the others -----------------------------------------

def _raising_for(name: str, real):
    def extract_file(path, root=None, max_bytes=None):
        if Path(path).name == name:
            raise RuntimeError("pattern table is broken")
        return real(path, root, max_bytes)
    return extract_file


@pytest.mark.parametrize("target", ["extract.pipeline.extract_file", "extract.pipeline.extract_results"])
def test_an_exception_in_one_article_is_its_error_line(tmp_path, monkeypatch, target):
    root = _corpus(tmp_path / "in", 5)
    _run(root, tmp_path / "clean.jsonl")
    if target.endswith("extract_file"):
        from extract import pipeline
        monkeypatch.setattr(target, _raising_for("a02.txt", pipeline.extract_file))
    else:
        def extract_results(text, source="<text>", **kwargs):
            if source == "a02.txt":
                raise RuntimeError("pattern table is broken")
            return real_results(text, source=source, **kwargs)
        from extract.pipeline import extract_results as real_results
        monkeypatch.setattr(target, extract_results)
    _run(root, tmp_path / "out.jsonl")
    clean, got = _records(tmp_path / "clean.jsonl"), _records(tmp_path / "out.jsonl")
    assert got[2].status == "error" and got[2].error == "RuntimeError: pattern table is broken"
    assert got[:2] + got[3:] == clean[:2] + clean[3:]


def test_a_worker_that_dies_costs_one_article(tmp_path, monkeypatch):
    def extract_file(path, root=None, max_bytes=None):
        if Path(path).name == "a03.txt":
            os.kill(os.getpid(), signal.SIGKILL)      # what the out-of-memory killer does
        return _fake_extract(path, root)
    monkeypatch.setattr("extract.pipeline.extract_file", extract_file)
    root = _corpus(tmp_path / "in", 8)
    summary = _run(root, tmp_path / "out.jsonl")
    records = _records(tmp_path / "out.jsonl")
    assert [r.source for r in records] == [f"a{i:02d}.txt" for i in range(8)]
    assert [r.status for r in records].count("error") == 1 == summary.errors
    assert records[3].error.startswith("extraction crashed: the worker process died (killed by SIGKILL")


def test_an_article_past_its_time_limit_is_stopped(tmp_path, monkeypatch):
    def extract_file(path, root=None, max_bytes=None):
        if Path(path).name == "a01.txt":
            time.sleep(60)                              # a pattern gone quadratic
        return _fake_extract(path, root)
    monkeypatch.setattr("extract.pipeline.extract_file", extract_file)
    root = _corpus(tmp_path / "in", 4)
    started = time.monotonic()
    _run(root, tmp_path / "out.jsonl", limits=Limits(timeout_s=0.5, timeout_s_per_mb=0))
    assert time.monotonic() - started < 10
    records = _records(tmp_path / "out.jsonl")
    assert [r.status for r in records] == ["ok", "error", "ok", "ok"]
    assert records[1].error.startswith("extraction took longer than 0 s and was stopped")


def test_a_pipeline_that_cannot_load_stops_the_run(tmp_path, monkeypatch):
    def warm_up():
        raise OSError("extract/data/places.json is missing")
    monkeypatch.setattr(workers, "warm_up", warm_up)
    with pytest.raises(WorkerStartError, match="could not load the extraction pipeline: OSError: .*places.json"):
        _run(_corpus(tmp_path / "in", 2), tmp_path / "out.jsonl")


# --- order, streaming, worker recycling ---------------------------------------------------

@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_output_is_in_path_order_whatever_the_workers(tmp_path, monkeypatch, jobs):
    def extract_file(path, root=None, max_bytes=None):
        time.sleep(0.02 * (hash(Path(path).name) % 3))     # workers finish out of order
        return _fake_extract(path, root)
    monkeypatch.setattr("extract.pipeline.extract_file", extract_file)
    root = _corpus(tmp_path / "in", 30)
    (root / "sub").mkdir()
    (root / "sub" / "b.txt").write_text("x\n")
    _run(root, tmp_path / "out.jsonl", jobs=jobs, limits=Limits(chunk=2, window=6))
    assert [r.source for r in _records(tmp_path / "out.jsonl")] == \
        [f"a{i:02d}.txt" for i in range(30)] + ["sub/b.txt"]


def test_each_line_is_on_disk_when_its_article_is_done(tmp_path, monkeypatch):
    monkeypatch.setattr("extract.pipeline.extract_file", _fake_extract)
    out = tmp_path / "out.jsonl"
    seen = []

    def progress(done, total, source):
        seen.append((done, len(out.read_bytes().splitlines()), source))
    _run(_corpus(tmp_path / "in", 6), out, progress=progress)
    assert seen == [(i, i, f"a{i - 1:02d}.txt") for i in range(1, 7)]


def test_workers_are_recycled_without_changing_the_output(tmp_path, monkeypatch):
    monkeypatch.setattr("extract.pipeline.extract_file", _pid_extract)
    root = _corpus(tmp_path / "in", 12)
    _run(root, tmp_path / "plain.jsonl")
    _run(root, tmp_path / "recycled.jsonl", limits=Limits(max_articles=2, chunk=1))
    plain, recycled = _records(tmp_path / "plain.jsonl"), _records(tmp_path / "recycled.jsonl")
    assert [r.title for r in plain] == [r.title for r in recycled]
    assert len({r.published for r in recycled}) >= 6          # a fresh process every two articles
    assert len({r.published for r in plain}) <= 2


def test_each_worker_loads_the_pipeline_once(tmp_path, monkeypatch):
    log = tmp_path / "warm-ups.txt"
    real = workers.warm_up

    def warm_up():
        with open(log, "a") as fh:
            fh.write(f"{os.getpid()}\n")
        real()
    monkeypatch.setattr(workers, "warm_up", warm_up)
    monkeypatch.setattr("extract.pipeline.extract_file", _pid_extract)
    _run(_corpus(tmp_path / "in", 12), tmp_path / "out.jsonl", jobs=2)
    warmed = log.read_text().split()
    assert len(warmed) == 2 and {r.published for r in _records(tmp_path / "out.jsonl")} <= set(warmed)


def test_default_jobs_is_the_cpus_this_process_may_use():
    expected = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert batch.default_jobs() == expected


def test_jobs_do_not_change_real_extraction(tmp_path):
    root = _corpus(tmp_path / "in", 6)
    _run(root, tmp_path / "one.jsonl", jobs=1)
    _run(root, tmp_path / "two.jsonl", jobs=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


# --- --resume -----------------------------------------------------------------------------

@pytest.fixture
def done_run(tmp_path, monkeypatch):
    """A folder of 8 articles and the output of a full run over it (fake extractor)."""
    monkeypatch.setattr("extract.pipeline.extract_file", _fake_extract)
    root = _corpus(tmp_path / "in", 8)
    out = tmp_path / "out.jsonl"
    _run(root, out)
    return root, out


def _resume_and_count(root, out, monkeypatch) -> list[str]:
    """Resume; return the sources extracted again."""
    redone = tmp = out.with_name("redone.txt")
    tmp.write_text("")

    def extract_file(path, root=None, max_bytes=None):
        with open(redone, "a") as fh:
            fh.write(Path(path).name + "\n")
        return _fake_extract(path, root)
    monkeypatch.setattr("extract.pipeline.extract_file", extract_file)
    _run(root, out, resume=True)
    return sorted(redone.read_text().split())


def _fresh(root, tmp_path) -> bytes:
    fresh = tmp_path / "fresh.jsonl"
    _run(root, fresh)
    return fresh.read_bytes()


def _titles(path: Path) -> list[str]:
    return [r.title for r in _records(path)]


def test_resume_of_a_finished_run_redoes_nothing(done_run, monkeypatch):
    root, out = done_run
    before = out.read_bytes()
    assert _resume_and_count(root, out, monkeypatch) == []
    assert out.read_bytes() == before


def test_resume_drops_a_partial_last_line_and_finishes(done_run, tmp_path, monkeypatch):
    root, out = done_run
    full = out.read_bytes()
    lines = full.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:3]) + lines[3][:25])          # killed while writing line 4
    assert _resume_and_count(root, out, monkeypatch) == [f"a{i:02d}.txt" for i in range(3, 8)]
    assert _titles(out) == [json.loads(line)["title"] for line in lines]


def test_resume_redoes_changed_and_failed_articles_and_keeps_order(done_run, tmp_path, monkeypatch):
    root, out = done_run
    (root / "a02.txt").write_text("changed since\n")
    records = out.read_text().splitlines()
    failed = json.loads(records[5])
    failed.update(status="error", error="cannot read file: permission denied")
    records[5] = json.dumps(failed)
    out.write_text("\n".join(records + records[6:7]) + "\n")     # and a duplicate line
    assert _resume_and_count(root, out, monkeypatch) == ["a02.txt", "a05.txt"]
    assert out.read_bytes() == _fresh(root, tmp_path)
    assert _titles(out)[2] == "changed since"


def test_resume_follows_the_folder(done_run, tmp_path, monkeypatch):
    root, out = done_run
    (root / "a04.txt").unlink()
    (root / "a00b.txt").write_text("new in the folder\n")        # sorts before kept lines
    assert _resume_and_count(root, out, monkeypatch) == ["a00b.txt"]
    assert out.read_bytes() == _fresh(root, tmp_path)
    assert not list(tmp_path.glob("*.tmp"))


def test_resume_with_no_output_yet_is_a_plain_run(tmp_path, monkeypatch):
    monkeypatch.setattr("extract.pipeline.extract_file", _fake_extract)
    root = _corpus(tmp_path / "in", 3)
    _run(root, tmp_path / "out.jsonl", resume=True)
    assert (tmp_path / "out.jsonl").read_bytes() == _fresh(root, tmp_path)


RESUME_REFUSALS = [
    ("not our output", "name,votes\nJo,12\n", f"is not election-extract output"),
    ("stdout", None, "--resume needs an output file"),
]


@pytest.mark.parametrize("content, message", [c[1:] for c in RESUME_REFUSALS], ids=[c[0] for c in RESUME_REFUSALS])
def test_resume_refuses(tmp_path, content, message):
    root = _corpus(tmp_path / "in", 2)
    out = tmp_path / "out.csv"
    if content is not None:
        out.write_text(content)
    with pytest.raises(OutputFileError, match=message):
        batch.run(root, out if content is not None else "-", resume=True)
    if content is not None:
        assert out.read_text() == content


def test_two_runs_never_write_one_file(tmp_path, monkeypatch):
    monkeypatch.setattr("extract.pipeline.extract_file", _fake_extract)
    root = _corpus(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    with OutputLock(out):                      # another run holds the file
        with pytest.raises(OutputFileError, match="another election-extract run is writing"):
            _run(root, out, resume=True)
    _run(root, out)
    assert len(_records(out)) == 2 and not (tmp_path / "out.jsonl.lock").exists()


KILLED_RUN_ARTICLES = 90         # a few seconds of work on two workers: long enough to be caught half-way


def test_sigkill_half_way_then_resume_equals_an_uninterrupted_run(tmp_path):
    """A real run in a subprocess, killed with SIGKILL (whole process group) half-way."""
    root = tmp_path / "in"
    root.mkdir()
    for article in sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html"))[:KILLED_RUN_ARTICLES]:
        shutil.copy(article, root / article.name)       # (not the whole folder: it grows with every batch of fixtures)
    total = len(batch.find_articles(root))
    out, uninterrupted = tmp_path / "out.jsonl", tmp_path / "uninterrupted.jsonl"

    def cmd(output: Path) -> list[str]:
        return [sys.executable, "-m", "extract", "run", str(root), "-o", str(output), "--jobs", "2"]
    # the reference first, from a fresh process too: both see the same extraction code
    subprocess.run(cmd(uninterrupted), cwd=REPO, check=True, capture_output=True, timeout=120)
    proc = subprocess.Popen(cmd(out), cwd=REPO, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < total // 3):
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written = out.read_bytes().count(b"\n")
    assert total // 3 <= written < total, "the run was not caught half-way"
    resumed = subprocess.run(cmd(out) + ["--resume"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stderr.strip().endswith(f"already done (--resume)")
    got, want = out.read_text().splitlines(), uninterrupted.read_text().splitlines()
    assert len(got) == len(set(got)) == total
    assert got == want
