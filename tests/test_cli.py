"""The command line, end to end on temp folders; sqlite-utils-style checks of help and examples."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extract import cli, cli_utils
from extract.records import ArticleResult

REPO = Path(__file__).resolve().parents[1]

ARTICLE_A = ("Reform UK's Rupert Lowe won Great Yarmouth with 14,385 votes. "
             "Labour's Keir Cozens was second with 12,959 votes.\n")
ARTICLE_B = "The council meets on Tuesday to discuss the bins.\n"
SUMMARY = re.compile(r"^(\d+) articles, (\d+) contests, (\d+) candidates, (\d+) errors in \d+\.\d\d s$")


@pytest.fixture
def articles(tmp_path) -> Path:
    """b.txt, a.txt, empty.txt, sub/c.txt, plus files `run` must ignore."""
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (root / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "sub" / "c.txt").write_text(ARTICLE_A, encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    (root / "a.json").write_text("{}", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text(ARTICLE_A, encoding="utf-8")
    return root


def _lines(path: Path) -> list[ArticleResult]:
    return [ArticleResult.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _fake_result(path, root=None, max_bytes=None) -> ArticleResult:
    """A fixed record with one contest of two candidates, whatever the file says."""
    return ArticleResult.model_validate({
        "source": str(Path(path).relative_to(root)) if root else str(path),
        "contests": [{"constituency": "Testville", "candidates": [{"name": "A B"}, {"name": "C D"}]}],
    })


def test_run_writes_one_sorted_line_per_article(articles, tmp_path, capsys):
    out = tmp_path / "results.jsonl"
    assert cli.main(["run", str(articles), "-o", str(out)]) == 0
    records = _lines(out)
    assert [r.source for r in records] == ["a.txt", "b.txt", "empty.txt", "sub/c.txt"]
    assert [r.status for r in records] == ["ok", "ok", "error", "ok"]
    assert records[2].error  # a message a person can read
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert SUMMARY.match(summary), summary
    assert SUMMARY.match(summary).group(1, 4) == ("4", "1")


def test_run_summary_counts_contests_and_candidates(articles, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("extract.pipeline.extract_file", _fake_result)
    assert cli.main(["run", str(articles), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith(
        "4 articles, 4 contests, 8 candidates, 0 errors in ")


STRICT_CASES = [
    ("error line, not strict", [], 0),
    ("error line, strict", ["--strict"], 1),
]


@pytest.mark.parametrize("flags, status", [c[1:] for c in STRICT_CASES], ids=[c[0] for c in STRICT_CASES])
def test_run_strict(articles, tmp_path, flags, status):
    assert cli.main(["run", str(articles), "-o", str(tmp_path / "out.jsonl"), *flags]) == status


def test_run_to_stdout(articles, capsys, monkeypatch):
    monkeypatch.setattr("extract.pipeline.extract_file", _fake_result)
    assert cli.main(["run", str(articles), "-o", "-"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["source"] for line in out] == ["a.txt", "b.txt", "empty.txt", "sub/c.txt"]


def test_run_jobs_keeps_order_and_output(articles, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert cli.main(["run", str(articles), "-o", str(one)]) == 0
    assert cli.main(["run", str(articles), "-o", str(two), "--jobs", "2"]) == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_run_max_bytes_makes_error_lines(articles, tmp_path):
    out = tmp_path / "out.jsonl"
    assert cli.main(["run", str(articles), "-o", str(out), "--max-bytes", "10"]) == 0
    assert {r.status for r in _lines(out)} == {"error"}


RUN_FAILURES = [
    ("missing folder", lambda tmp: tmp / "nope", "Error: "),
    ("folder without articles", lambda tmp: tmp, "Error: no articles"),
]


@pytest.mark.parametrize("folder, message", [c[1:] for c in RUN_FAILURES], ids=[c[0] for c in RUN_FAILURES])
def test_run_failures_are_one_line(tmp_path, capsys, folder, message):
    out = tmp_path / "out.jsonl"
    assert cli.main(["run", str(folder(tmp_path)), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1
    assert not out.exists()


def test_text_jsonl_goes_on_after_a_bad_file(articles, capsys):
    files = [articles / "a.txt", articles / "empty.txt", articles / "b.txt"]
    assert cli.main(["text", *map(str, files), "--jsonl"]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["source"] for line in lines] == [str(files[0]), str(files[2])]
    assert "Rupert Lowe" in lines[0]["text"] and "bins" in lines[1]["text"]
    assert captured.err.startswith(f"Error: {files[1]}: ")


def test_text_prints_what_extraction_sees(articles, capsys, monkeypatch):
    from extract.pipeline import Article
    monkeypatch.setattr("extract.pipeline.article_text", lambda path, max_bytes=None: Article("CLEANED"))
    assert cli.main(["text", str(articles / "a.txt")]) == 0
    assert capsys.readouterr().out == "CLEANED\n"


def test_schema_writes_and_checks(tmp_path, capsys):
    out = tmp_path / "schemas"
    assert cli.main(["schema", "-o", str(out)]) == 0
    written = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert written == cli_utils.schema_files()
    assert "article.schema.json" in written and written["article.schema.json"].endswith("}\n")
    assert cli.main(["schema", "-o", str(out), "--check"]) == 0
    (out / "article.schema.json").write_text("{}\n", encoding="utf-8")
    assert cli.main(["schema", "-o", str(out), "--check"]) == 1
    assert "article.schema.json" in capsys.readouterr().err


LABEL = {"contests": [{"constituency": "Testville",
                       "candidates": [{"name": "A B", "votes": 100}, {"name": "C D", "votes": 50}]}],
         "seat_counts": []}


def _fixture_dir(tmp_path, floors=None) -> Path:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    (folder / "one.txt").write_text("A B won Testville.", encoding="utf-8")
    (folder / "one.json").write_text(json.dumps(LABEL), encoding="utf-8")
    if floors is not None:
        (folder / "floors.json").write_text(json.dumps(floors), encoding="utf-8")
    return folder


def _predict_votes(votes):
    def extract_file(path, root=None, max_bytes=None):
        return ArticleResult.model_validate({"source": path.name, "contests": [{
            "constituency": "Testville",
            "candidates": [{"name": "A B", "votes": votes}, {"name": "C D", "votes": 50}]}]})
    return extract_file


# (id, votes predicted for A B, floors.json or None, flags, exit status)
EVAL_CASES = [
    ("perfect, strict floor", 100, None, ["--min-f1", "1.0"], 0),
    ("one wrong, high floor", 99, None, ["--min-f1", "0.99"], 1),
    ("one wrong, low floor", 99, None, ["--min-f1", "0.5"], 0),
    ("no floor at all", 99, None, [], 0),
    ("floors.json enforced", 99, {"min_f1": 0.99, "min_precision": 0.5}, [], 1),
    ("floors.json precision enforced", 99, {"min_f1": 0.5, "min_precision": 0.9}, [], 1),
    ("floors.json met", 100, {"min_f1": 0.95, "min_precision": 0.98}, [], 0),
    ("--min-f1 overrides floors.json", 99, {"min_f1": 0.99}, ["--min-f1", "0.5"], 0),
]


@pytest.mark.parametrize("votes, floors, flags, status", [c[1:] for c in EVAL_CASES],
                         ids=[c[0] for c in EVAL_CASES])
def test_eval_exit_codes(tmp_path, monkeypatch, capsys, votes, floors, flags, status):
    monkeypatch.setattr("extract.pipeline.extract_file", _predict_votes(votes))
    assert cli.main(["eval", str(_fixture_dir(tmp_path, floors)), *flags]) == status
    captured = capsys.readouterr()
    assert "overall" in captured.out
    assert ("below the floor" in captured.err) == bool(status)


def test_eval_lists_findings_and_json(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("extract.pipeline.extract_file", _predict_votes(99))
    folder = _fixture_dir(tmp_path)
    cli.main(["eval", str(folder)])
    assert "one  WRONG  Testville / A B votes: want 100, got 99" in capsys.readouterr().out
    cli.main(["eval", str(folder), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["fields"]["votes"] == {"hits": 1, "misses": 1, "false": 1, "precision": 0.5,
                                         "recall": 0.5, "f1": 0.5}


def test_eval_bad_label_is_one_error_line(tmp_path, capsys):
    folder = _fixture_dir(tmp_path)
    (folder / "one.json").write_text("{broken", encoding="utf-8")
    assert cli.main(["eval", str(folder)]) == 1
    assert capsys.readouterr().err.startswith("Error: ")


def _subcommands() -> dict:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return action.choices


def test_every_command_is_documented():
    commands = _subcommands()
    assert sorted(commands) == ["eval", "run", "schema", "text"]
    for name, sub in commands.items():
        assert sub.description, name
        assert "Example:" in (sub.epilog or ""), name
        assert f"election-extract {name} " in sub.epilog, name


@pytest.mark.parametrize("name", ["run", "eval", "schema", "text"])
def test_readme_shows_each_command(name):
    assert f"election-extract {name}" in (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["run", "--help"], ["eval", "--help"]])
def test_help_and_version_exit_zero(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 0
    assert capsys.readouterr().out


def test_help_does_not_load_spacy():
    """`election-extract --help` must answer at once: nothing heavy at import time."""
    code = ("import sys, extract.cli; loaded = {'spacy', 'extract.pipeline'} & set(sys.modules); "
            "sys.exit(f'imported at start-up: {sorted(loaded)}' if loaded else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_python_dash_m_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "extract", "--help"], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0 and "run" in done.stdout and "eval" in done.stdout


# --- run: --jobs, --resume, --max-bytes, --strict -------------------------------------------

RUN_FLAGS = [
    # (argv after "run DIR", attribute, expected value)
    ([], "jobs", None),                       # None: one worker per CPU (batch.default_jobs)
    (["--jobs", "3"], "jobs", 3),
    ([], "resume", False),
    (["--resume"], "resume", True),
    (["--max-bytes", "2048"], "max_bytes", 2048),
    (["--strict"], "strict", True),
]


@pytest.mark.parametrize("flags, attribute, value", RUN_FLAGS, ids=[" ".join(f[0]) or f"default {f[1]}" for f in RUN_FLAGS])
def test_run_flags(flags, attribute, value):
    args = cli.build_parser().parse_args(["run", "folder", *flags])
    assert getattr(args, attribute) == value


@pytest.mark.parametrize("flags", [["--jobs", "0"], ["--max-bytes", "0"], ["--jobs", "two"]])
def test_run_rejects_bad_numbers(flags, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["run", "folder", *flags])
    assert exit_.value.code == 2


def _fake_with_sha(path, root=None, max_bytes=None) -> ArticleResult:
    import hashlib
    return _fake_result(path, root).model_copy(update={"sha256": hashlib.sha256(Path(path).read_bytes()).hexdigest()})


def test_run_resume_goes_on_from_a_partial_output(articles, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("extract.pipeline.extract_file", _fake_with_sha)
    out = tmp_path / "out.jsonl"
    assert cli.main(["run", str(articles), "-o", str(out)]) == 0
    full = out.read_text(encoding="utf-8")
    out.write_text(full[:len(full) // 2], encoding="utf-8")     # stopped half-way, mid-line
    capsys.readouterr()
    assert cli.main(["run", str(articles), "-o", str(out), "--resume"]) == 0
    assert out.read_text(encoding="utf-8") == full
    assert capsys.readouterr().err.strip().splitlines()[-1].endswith("already done (--resume)")


def test_run_resume_to_stdout_is_one_error_line(articles, capsys):
    assert cli.main(["run", str(articles), "-o", "-", "--resume"]) == 1
    assert capsys.readouterr().err == "Error: --resume needs an output file (-o FILE), not stdout\n"


def test_run_interrupted_says_how_to_go_on(articles, tmp_path, monkeypatch, capsys):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr("extract.batch.run", interrupted)
    out = tmp_path / "out.jsonl"
    assert cli.main(["run", str(articles), "-o", str(out)]) == 1
    assert capsys.readouterr().err == (f"Error: interrupted; {out} has every article finished so far: "
                                       "run the same command with --resume to go on\n")


@pytest.mark.parametrize("flag", ["--jobs", "--resume", "--max-bytes", "--strict"])
def test_run_flags_are_in_help_and_readme(flag):
    assert flag in _subcommands()["run"].format_help()
    assert flag in (REPO / "README.md").read_text(encoding="utf-8")


ERROR_MESSAGES = ["empty file", "binary file", "over the", "cannot read file", "cannot decode text",
                  "extraction crashed", "extraction took longer than"]


@pytest.mark.parametrize("message", ERROR_MESSAGES)
def test_readme_lists_each_error_message(message):
    assert message in (REPO / "README.md").read_text(encoding="utf-8")


def test_run_into_a_missing_folder_is_one_error_line(articles, tmp_path, capsys):
    out = tmp_path / "nope" / "out.jsonl"
    assert cli.main(["run", str(articles), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"Error: cannot write {out}: no such file or directory\n"
