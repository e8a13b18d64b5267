"""Command line: parse arguments, call ``cli_utils`` / ``evaluate``, turn errors into exit codes.

Heavy modules (spaCy, the pipeline) are imported inside the commands, so
``election-extract --help`` answers at once.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Optional

__all__ = ["main", "build_parser"]

RUN_EXAMPLE = """\
Example:
  election-extract run fixtures -o results.jsonl
  election-extract run ~/saved-articles -o results.jsonl --resume
  election-extract run ~/saved-articles -o - --jobs 4 | jq .contests

Each line is one article's record (see schemas/article.schema.json), in sorted path
order, written as soon as the article is done. A file that cannot be read (empty,
binary, too large, unreadable), or whose extraction fails or runs too long, becomes a
line with "status": "error" and a message; the batch goes on and exits 0 (1 with --strict).
A run that was stopped goes on from where it was with --resume.
"""

EVAL_EXAMPLE = """\
Example:
  election-extract eval fixtures
  election-extract eval ../shared/devset --min-f1 0.8 -v

Every labelled value is a fact: a miss when not predicted, a false figure when
predicted but not labelled, one of each when wrong. Without --min-f1 the folder's
floors.json ({"min_f1": ..., "min_precision": ...}) is enforced when present.
"""

SCHEMA_EXAMPLE = """\
Example:
  election-extract schema -o schemas/
  election-extract schema --check
"""

TEXT_EXAMPLE = """\
Example:
  election-extract text fixtures/seed-000.txt
  election-extract text page.html other.html --jsonl

Evidence offsets in the records index into exactly this text.
"""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("election-extract")
    except PackageNotFoundError:  # running from a source tree that was never installed
        from . import __version__
        return __version__


def _add_command(sub, name: str, summary: str, example: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=summary, description=summary, epilog=example,
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="election-extract",
        description="Election results from saved news articles, every figure with verbatim evidence.",
        epilog="Run 'election-extract COMMAND --help' for a command's options and an example.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--log-level", default="WARNING",
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="logging detail on stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = _add_command(sub, "run", "Extract every article in a folder to JSON Lines.", RUN_EXAMPLE)
    run.add_argument("articles_dir", type=Path, metavar="ARTICLES_DIR",
                     help="folder searched recursively for .txt, .html and .htm files")
    run.add_argument("-o", "--output", default="-", metavar="FILE",
                     help="JSONL file to write, '-' for stdout (default: -)")
    run.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                     help="worker processes, each loading the pipeline once (default: one per CPU)")
    run.add_argument("--resume", action="store_true",
                     help="keep the articles FILE already has (same path and sha256), redo changed "
                          "and failed ones, drop a half-written last line")
    run.add_argument("--max-bytes", type=_positive_int, default=None, metavar="BYTES",
                     help="files larger than this become error lines (default: 10 MB)")
    run.add_argument("--strict", action="store_true", help="exit 1 if any article is an error line")
    run.set_defaults(func=cmd_run)

    ev = _add_command(sub, "eval", "Score extraction against labelled articles (NAME.txt + NAME.json).",
                      EVAL_EXAMPLE)
    ev.add_argument("fixtures_dir", type=Path, metavar="FIXTURES_DIR", help="folder of articles with labels")
    ev.add_argument("--min-f1", type=_fraction, default=None, metavar="F",
                    help="exit 1 if overall F1 is below F (overrides floors.json)")
    ev.add_argument("--min-precision", type=_fraction, default=None, metavar="P",
                    help="exit 1 if overall precision is below P (overrides floors.json)")
    ev.add_argument("-v", "--verbose", action="store_true",
                    help="add per-article scores and the evidence of false figures")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.set_defaults(func=cmd_eval)

    sch = _add_command(sub, "schema", "Write the JSON Schema of the output records.", SCHEMA_EXAMPLE)
    sch.add_argument("-o", "--output", type=Path, default=Path("schemas"), metavar="DIR",
                     help="folder for NAME.schema.json files (default: schemas)")
    sch.add_argument("--check", action="store_true",
                     help="write nothing; exit 1 if the files differ from the models")
    sch.set_defaults(func=cmd_schema)

    txt = _add_command(sub, "text", "Print the cleaned article text that extraction sees.", TEXT_EXAMPLE)
    txt.add_argument("articles", type=Path, nargs="+", metavar="ARTICLE", help=".txt or .html file")
    txt.add_argument("--jsonl", action="store_true", help='one {"source", "text"} JSON line per file')
    txt.set_defaults(func=cmd_text)
    return parser


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return number


def _fraction(value: str) -> float:
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return number


def _error(message: str) -> int:
    sys.stderr.write(f"Error: {message}\n")
    return 1


def cmd_run(args) -> int:
    from . import batch
    from .settings import MAX_BYTES

    def progress(done: int, total: int, source: str) -> None:
        sys.stderr.write(f"\r{done}/{total} {source[-60:]:<60}")
        sys.stderr.flush()
        if done == total:
            sys.stderr.write("\r" + " " * 80 + "\r")

    show = progress if sys.stderr.isatty() else None
    paths = batch.find_articles_or_fail(args.articles_dir)  # before creating the output file
    output = sys.stdout if args.output == "-" else Path(args.output)
    try:
        summary = batch.run(args.articles_dir, output, args.jobs, args.max_bytes or MAX_BYTES,
                            args.resume, show, paths)
    except KeyboardInterrupt:
        if args.output == "-":
            raise
        return _error(f"interrupted; {args.output} has every article finished so far: "
                      "run the same command with --resume to go on")
    sys.stderr.write(summary.line() + "\n")
    return 1 if args.strict and summary.errors else 0


def cmd_eval(args) -> int:
    from .evaluate import below_floors, evaluate_dir, format_report, read_floors

    if args.min_f1 is not None or args.min_precision is not None:
        floors = {"min_f1": args.min_f1, "min_precision": args.min_precision}
    else:
        floors = read_floors(args.fixtures_dir)
    report = evaluate_dir(args.fixtures_dir)
    print(json.dumps(report.as_dict(), indent=2) if args.json else format_report(report, args.verbose))
    status = 0
    for problem in below_floors(report.overall, floors):
        status = _error(problem)
    return status


def cmd_schema(args) -> int:
    from . import cli_utils

    if args.check:
        stale = cli_utils.stale_schemas(args.output)
        if stale:
            return _error(f"schemas out of date in {args.output}: {', '.join(stale)}; "
                          "run 'election-extract schema'")
        return 0
    for path in cli_utils.write_schemas(args.output):
        sys.stderr.write(f"wrote {path}\n")
    return 0


def cmd_text(args) -> int:
    from . import cli_utils

    status = 0
    for path in args.articles:
        text, problem = cli_utils.article_text_or_error(path)
        if problem is not None:
            status = _error(f"{path}: {problem}")
        elif args.jsonl:
            print(json.dumps({"source": str(path), "text": text}, ensure_ascii=False))
        else:
            if len(args.articles) > 1:
                print(f"==> {path} <==")
            print(text)
    return status


def main(argv: Optional[list[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(levelname)s %(name)s: %(message)s")
    from .errors import ExtractError, RunError
    from .evaluate import FloorsError, LabelError
    try:
        return args.func(args)
    except (ExtractError, RunError, LabelError, FloorsError, OSError) as exc:
        return _error(str(exc))
    except KeyboardInterrupt:
        return _error("interrupted")
