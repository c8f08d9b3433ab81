"""The ``newsclean`` command (and ``python -m newsclean``): ``main(argv) -> int``.

Exit codes: 0 fine; 1 a file failed, held artefacts (``check``) or was changed
(``fix``); 2 a usage or configuration error.

>>> main(["--version"])
newsclean 0.1.0
0
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from . import __version__
from .commands import Batch, run_check, run_clean, run_fix
from .config import Config, find_pyproject
from .errors import ConfigError
from .output import FORMATS
from .ruledocs import rules_markdown, rules_table
from .rules import RULES
from .schema import article_schema_text
from .walk import DEFAULT_INCLUDE


def _codes(value: str) -> tuple[str, ...]:
    """``--select NC2,NC301`` as a tuple of codes."""
    return tuple(code.strip() for code in value.split(",") if code.strip())


def _cores() -> int:
    """The processors this process may run on (fewer than the machine's in a container).

    >>> _cores() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _jobs(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _batch_options() -> argparse.ArgumentParser:
    """The options ``clean``, ``check`` and ``fix`` share."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("paths", nargs="+", metavar="PATH", help="files and folders to walk")
    shared.add_argument(
        "--select",
        type=_codes,
        metavar="CODES",
        help="rule codes or prefixes to run, comma-separated (overrides pyproject.toml)",
    )
    shared.add_argument(
        "--ignore",
        type=_codes,
        metavar="CODES",
        help="rule codes or prefixes to leave out, comma-separated (overrides pyproject.toml)",
    )
    shared.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="pyproject.toml to read [tool.newsclean] from (default: the nearest above PATH)",
    )
    shared.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help=f"file names to take from folders (repeatable; default: {' '.join(DEFAULT_INCLUDE)})",
    )
    shared.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="files and folders to leave out (repeatable)",
    )
    shared.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=_cores(),
        metavar="N",
        help="processes to use (default: the cores available); the output is the same for any N",
    )
    shared.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    return shared


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one subcommand each.

    >>> build_parser().parse_args(["clean", "seeds"]).format
    'jsonl'
    """
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped news articles into validated records, recording every removal.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    shared = _batch_options()

    clean = commands.add_parser(
        "clean", parents=[shared], help="clean files into JSON (or another format)"
    )
    clean.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="write one file per input below DIR, mirroring the input folders (default: stdout)",
    )
    clean.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="; ".join(f"{name}: {f.help}" for name, f in FORMATS.items()),
    )
    clean.set_defaults(run=_clean)

    check = commands.add_parser(
        "check", parents=[shared], help="report artefacts as path:line: CODE reason"
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text lines (default) or a JSON list",
    )
    check.set_defaults(run=_check)

    fix = commands.add_parser(
        "fix",
        parents=[shared],
        help="rewrite files in canonical form (Markdown with a YAML front matter)",
    )
    fix.add_argument("--diff", action="store_true", help="print a unified diff instead of writing")
    fix.set_defaults(run=_fix)

    rules = commands.add_parser("rules", help="list the rules: code, name, summary")
    rules.add_argument(
        "--format", choices=("text", "md", "json"), default="text", help="md writes docs/rules.md"
    )
    rules.set_defaults(run=_rules)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the Article that clean writes (docs/article.schema.json)",
    )
    schema.set_defaults(run=_schema)
    return parser


def _common_folder(paths: Sequence[str]) -> Path:
    """The folder the paths have in common, where the search for pyproject.toml starts."""
    folders = [os.path.abspath(p if os.path.isdir(p) else os.path.dirname(p) or ".") for p in paths]
    return Path(os.path.commonpath(folders)) if folders else Path.cwd()


def load_config(args: argparse.Namespace) -> Config:
    """``[tool.newsclean]`` from ``--config`` or the nearest pyproject.toml; flags override it.

    >>> args = build_parser().parse_args(["check", "/", "--ignore", "NC5", "--config", "/dev/null"])
    >>> load_config(args).ignore
    ('NC5',)
    """
    pyproject = args.config or find_pyproject(_common_folder(args.paths))
    config = Config.from_pyproject(pyproject) if pyproject is not None else Config()
    flags = {name: getattr(args, name) for name in ("select", "ignore") if getattr(args, name)}
    try:
        return Config.model_validate(config.model_dump() | flags)
    except ValidationError as exc:
        problems = "; ".join(f"--{e['loc'][0]}: {e['msg']}" for e in exc.errors())
        raise ConfigError(problems) from exc


def _batch(args: argparse.Namespace) -> Batch:
    return Batch(
        paths=args.paths,
        config=load_config(args),
        include=tuple(args.include or DEFAULT_INCLUDE),
        exclude=tuple(args.exclude),
        jobs=args.jobs,
        quiet=args.quiet,
    )


def _clean(args: argparse.Namespace) -> int:
    if args.output is not None:
        try:
            args.output.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"-o {args.output}: cannot make the folder: {exc.strerror}") from exc
    return run_clean(_batch(args), fmt=args.format, output=args.output)


def _check(args: argparse.Namespace) -> int:
    return run_check(_batch(args), fmt=args.format)


def _fix(args: argparse.Namespace) -> int:
    return run_fix(_batch(args), diff=args.diff)


def _rules(args: argparse.Namespace) -> int:
    if args.format == "md":
        sys.stdout.write(rules_markdown())
    elif args.format == "json":
        table = [
            {"code": r.code, "name": r.name, "family": r.family, "summary": r.summary}
            for r in RULES
        ]
        print(json.dumps(table, indent=2, ensure_ascii=False))
    else:
        print("\n".join(rules_table()))
    return 0


def _schema(args: argparse.Namespace) -> int:
    sys.stdout.write(article_schema_text())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit code (0 fine, 1 findings or failures, 2 usage).

    >>> main(["check", "/no/such/dir/x.txt", "--quiet"])
    1
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse has printed
        return exc.code if isinstance(exc.code, int) else 2
    try:
        code: int = args.run(args)
    except ConfigError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsclean: interrupted; every file is as it was or fully written", file=sys.stderr)
        return 130
    return code
