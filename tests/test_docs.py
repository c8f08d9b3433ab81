"""Every example in docs/*.md runs, as written. The convention, for every page:

- ```python blocks run in order, in one namespace per page, from the repository root;
  a result worth showing is checked with ``assert``.
- A ```console block is a shell session: each ``$ command`` runs from the repository root
  with this environment's ``newsclean`` on the PATH, and the lines up to the next ``$``
  are exactly what it prints on stdout (end the command with ``2>&1`` to show its
  stderr too).
- ```pycon (doctest) blocks belong only on pages generated from the docstrings, such as
  docs/rules.md, whose examples run as doctests where they are written, and which a
  test keeps fresh.
- ```sh blocks are commands shown but not run (installs, long benchmarks); ```toml,
  ```yaml, ```json and ```text blocks show data. No other fence languages.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from tests.conftest import ROOT

DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
FENCE = regex.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```[ \t]*$", regex.M | regex.S)
RUN = {"python", "console"}
SHOWN = {"sh", "toml", "yaml", "json", "text"}
GENERATED = "<!-- Generated from"


def blocks(page: Path, lang: str) -> list[tuple[int, str]]:
    """The ``lang`` blocks of a page, each with the line its code starts on."""
    text = page.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start("body")) + 1, m.group("body"))
        for m in FENCE.finditer(text)
        if m.group("lang") == lang
    ]


def languages(page: Path) -> set[str]:
    return {m.group("lang") for m in FENCE.finditer(page.read_text(encoding="utf-8"))}


def session(body: str) -> list[tuple[str, str]]:
    """A console block as (command, expected output) pairs."""
    steps: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
        elif line.strip():
            raise AssertionError(f"console block starts with output, not a $ command: {line!r}")
    return [(command, "\n".join(out).rstrip()) for command, out in steps]


PYTHON_PAGES = [page for page in PAGES if blocks(page, "python")]
CONSOLE_PAGES = [page for page in PAGES if blocks(page, "console")]


def test_fences_are_found() -> None:
    page = 'Text\n```python\nx = 1\n```\n\n```console title="a"\n$ echo a\na\n```\n'
    found = [(m.group("lang"), m.group("body")) for m in FENCE.finditer(page)]
    assert found == [("python", "x = 1\n"), ("console", "$ echo a\na\n")]
    assert session("$ echo a\na\n$ true\n") == [("echo a", "a"), ("true", "")]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_fence_either_runs_or_only_shows_data(page: Path) -> None:
    allowed = RUN | SHOWN
    if GENERATED in page.read_text(encoding="utf-8"):
        allowed |= {"pycon"}
    unknown = languages(page) - allowed
    assert not unknown, (
        f"{page.name}: fences {sorted(unknown)}: use python (runs, with asserts) or console "
        "($ commands and their output, checked); pycon only on generated pages"
    )


@pytest.mark.parametrize("page", PYTHON_PAGES, ids=[p.name for p in PYTHON_PAGES])
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    for line, code in blocks(page, "python"):
        compiled = compile("\n" * (line - 1) + code, str(page), "exec")
        exec(compiled, namespace)


@pytest.mark.parametrize("page", CONSOLE_PAGES, ids=[p.name for p in CONSOLE_PAGES])
def test_console_examples_print_what_the_page_shows(page: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("COLUMNS", None)
    for line, body in blocks(page, "console"):
        for command, expected in session(body):
            done = subprocess.run(
                ["bash", "-c", command],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                timeout=300,
            )
            shown = "\n".join(out.rstrip() for out in done.stdout.rstrip().splitlines())
            assert shown == expected, f"{page.name}:{line}: $ {command}"


def test_the_docs_site_extension_works_as_its_examples_say() -> None:
    spec = importlib.util.spec_from_file_location(
        "griffe_doctests", ROOT / "scripts/griffe_doctests.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    failed, attempted = doctest.testmod(module)
    assert (failed, attempted > 0) == (0, True)
