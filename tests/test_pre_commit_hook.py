"""The hooks of ``.pre-commit-hooks.yaml``, run by the real ``pre-commit`` in a temporary git repo.

``pre-commit`` installs a hook repository from a git commit, so the session first
commits a snapshot of this working tree (the files a package build needs) and
points every run at it; one PRE_COMMIT_HOME for the session builds the hook's
environment once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.cli_support import DIRTY, write_articles
from tests.conftest import ROOT

PACKAGE_FILES = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml")
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "newsclean tests",
    "GIT_AUTHOR_EMAIL": "tests@newsclean.invalid",
    "GIT_COMMITTER_NAME": "newsclean tests",
    "GIT_COMMITTER_EMAIL": "tests@newsclean.invalid",
}


def _git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=_env(), capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _env(home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env |= GIT_IDENTITY | {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    if home is not None:
        env["PRE_COMMIT_HOME"] = str(home)
    return env


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A git commit of this working tree's package: where ``pre-commit`` installs the hooks."""
    snapshot = tmp_path_factory.mktemp("newsclean-hooks")
    for name in PACKAGE_FILES:
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, snapshot / name)
    shutil.copytree(
        ROOT / "src", snapshot / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    _git(snapshot, "init", "--quiet")
    _git(snapshot, "add", ".")
    _git(snapshot, "commit", "--quiet", "-m", "snapshot of the working tree")
    return snapshot, _git(snapshot, "rev-parse", "HEAD")


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for every run, so the hook's virtualenv is built once per session."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def articles_repo(tmp_path: Path) -> Path:
    """A git repository with dirty articles in ``seeds/`` and ``other/``, all staged."""
    write_articles(tmp_path / "seeds", DIRTY)
    write_articles(tmp_path / "other", DIRTY)
    _git(tmp_path, "init", "--quiet")
    _git(tmp_path, "add", ".")
    return tmp_path


def pre_commit(home: Path, cwd: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the real ``pre-commit`` program."""
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *map(str, args)],
        cwd=cwd,
        env=_env(home),
        capture_output=True,
        text=True,
        check=False,
    )


def _contents(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def use_hooks(repo: Path, hook_repo: tuple[Path, str], *hooks: dict[str, str]) -> None:
    """Write and stage a ``.pre-commit-config.yaml`` that takes ``hooks`` from the snapshot."""
    source, rev = hook_repo
    config = {"repos": [{"repo": str(source), "rev": rev, "hooks": list(hooks)}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    _git(repo, "add", ".pre-commit-config.yaml")


def test_try_repo_fix_rewrites_then_passes_and_check_passes(
    hook_repo: tuple[Path, str], pre_commit_home: Path, articles_repo: Path
) -> None:
    source, rev = hook_repo
    first = pre_commit(
        pre_commit_home, articles_repo, "try-repo", source, "newsclean-fix", "--ref", rev, "-a"
    )
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert "Fixing seeds/001_0ce5ca3a0b6ee054.txt" in first.stdout
    fixed = _contents(articles_repo / "seeds")
    assert all(text.startswith("---\n") for text in fixed.values())
    # try-repo builds a fresh environment each time: the next runs share PRE_COMMIT_HOME's
    use_hooks(articles_repo, hook_repo, {"id": "newsclean-fix"}, {"id": "newsclean-check"})
    second = pre_commit(pre_commit_home, articles_repo, "run", "newsclean-fix", "-a")
    assert second.returncode == 0, second.stdout + second.stderr
    assert _contents(articles_repo / "seeds") == fixed
    check = pre_commit(pre_commit_home, articles_repo, "run", "newsclean-check", "-a")
    assert check.returncode == 0, check.stdout + check.stderr


def test_check_fails_on_dirty_articles_with_linter_lines(
    hook_repo: tuple[Path, str], pre_commit_home: Path, articles_repo: Path
) -> None:
    use_hooks(articles_repo, hook_repo, {"id": "newsclean-check"})
    ran = pre_commit(pre_commit_home, articles_repo, "run", "--all-files")
    assert ran.returncode == 1
    assert "seeds/001_0ce5ca3a0b6ee054.txt:7: NC301 empty byline" in ran.stdout
    assert _contents(articles_repo / "seeds") == DIRTY


def test_hook_narrowed_to_seeds_leaves_other_folders_alone(
    hook_repo: tuple[Path, str], pre_commit_home: Path, articles_repo: Path
) -> None:
    use_hooks(articles_repo, hook_repo, {"id": "newsclean-fix", "files": "^seeds/"})
    ran = pre_commit(pre_commit_home, articles_repo, "run", "--all-files")
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert all(text.startswith("---\n") for text in _contents(articles_repo / "seeds").values())
    assert _contents(articles_repo / "other") == DIRTY
    again = pre_commit(pre_commit_home, articles_repo, "run", "--all-files")
    assert again.returncode == 0, again.stdout + again.stderr


def _doc_configs() -> list[dict[str, Any]]:
    """The ``.pre-commit-config.yaml`` examples of docs/pre-commit.md, in order."""
    page = (ROOT / "docs" / "pre-commit.md").read_text(encoding="utf-8")
    return [yaml.safe_load(block.split("```")[0]) for block in page.split("```yaml\n")[1:]]


def test_documented_config_fixes_seeds_and_then_checks_them(
    hook_repo: tuple[Path, str], pre_commit_home: Path, articles_repo: Path
) -> None:
    config = _doc_configs()[0]
    source, rev = hook_repo
    [remote] = config["repos"]
    remote |= {"repo": str(source), "rev": rev}
    (articles_repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    _git(articles_repo, "add", ".pre-commit-config.yaml")
    ran = pre_commit(pre_commit_home, articles_repo, "run", "--all-files")
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "Fixing seeds/001_0ce5ca3a0b6ee054.txt" in ran.stdout
    hooks = [line for line in ran.stdout.splitlines() if line.startswith("newsclean ")]
    assert [line.split(".")[0] + line.rsplit(".", 1)[1] for line in hooks if "..." in line] == [
        "newsclean fixFailed",
        "newsclean checkPassed",
    ]
    assert _contents(articles_repo / "other") == DIRTY
    again = pre_commit(pre_commit_home, articles_repo, "run", "--all-files")
    assert again.returncode == 0, again.stdout + again.stderr


def test_documented_local_hook_uses_the_installed_newsclean(
    pre_commit_home: Path, articles_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    (articles_repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(_doc_configs()[1]))
    _git(articles_repo, "add", ".pre-commit-config.yaml")
    ran = pre_commit(pre_commit_home, articles_repo, "run", "--all-files")
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert all(text.startswith("---\n") for text in _contents(articles_repo / "seeds").values())
    assert _contents(articles_repo / "other") == DIRTY
    assert pre_commit(pre_commit_home, articles_repo, "run", "--all-files").returncode == 0
