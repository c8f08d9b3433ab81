"""The README's Python example runs as written, and its two commands are the real ones."""

from __future__ import annotations

import contextlib
import io

import regex

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_python_example_runs() -> None:
    [code] = regex.findall(r"```python\n(.*?)```", README, flags=regex.DOTALL)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert "NC302 avatar byline 'Liam Avatar'" in out.getvalue()


def test_readme_names_the_two_set_up_commands_and_ci_runs_the_test_one() -> None:
    assert "bash scripts/seeds" in README and "bash scripts/test" in README
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "seeds/" in (ROOT / "scripts" / "seeds").read_text(encoding="utf-8")
