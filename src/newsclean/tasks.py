"""What ``clean``, ``check`` and ``fix`` do to one file, as an :class:`Outcome` (they never raise).

Each runs in a worker process under ``--jobs N``; writing is left to the caller.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     path = pathlib.Path(d, "a.txt")
...     _ = path.write_text("Headline\\n\\nBy\\n\\nThe body of it.\\n")
...     [(r.line, r.rule, r.reason) for r in check_one(path).removed]
[(3, 'NC301', 'empty byline')]
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .canonical import read_canonical, render
from .config import Config
from .engine import DEFAULT_CONFIG, clean
from .errors import NewscleanError
from .files import article_text, read_article_bytes
from .models import Article
from .output import FORMATS
from .report import Outcome


def _guarded(path: Path, work: Callable[[str], Outcome]) -> Outcome:
    """Run ``work``; an error becomes the outcome's message, so one bad file stops nothing."""
    where = str(path)
    try:
        return work(where)
    except NewscleanError as exc:
        return Outcome(where, error=str(exc))
    except Exception as exc:  # a bug in newsclean: report it, go on with the batch
        return Outcome(
            where, error=f"{where}: internal error ({type(exc).__name__}: {exc}); please report it"
        )


def _clean_path(where: str, config: Config) -> tuple[Article, bytes, str]:
    data = read_article_bytes(where)
    text = article_text(data, where)
    return clean(text, source=where, config=config), data, text


def clean_one(path: Path, *, config: Config = DEFAULT_CONFIG, fmt: str = "jsonl") -> Outcome:
    """Clean one file; the outcome holds the article written in ``fmt``.

    >>> clean_one(Path("/no/such.txt")).error
    '/no/such.txt: cannot read: No such file or directory'
    """

    def work(where: str) -> Outcome:
        article, _, _ = _clean_path(where, config)
        return Outcome(where, output=FORMATS[fmt].write(article), removed=tuple(article.removed))

    return _guarded(path, work)


def check_one(path: Path, *, config: Config = DEFAULT_CONFIG) -> Outcome:
    """Find the artefacts in one file: the removals cleaning it would make."""

    def work(where: str) -> Outcome:
        article, _, _ = _clean_path(where, config)
        return Outcome(where, removed=tuple(article.removed))

    return _guarded(path, work)


def fix_one(path: Path, *, config: Config = DEFAULT_CONFIG) -> Outcome:
    """The canonical form of one file, and whether it differs from the file's bytes.

    The front matter keeps a ``source`` the file already had, and adds none.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = pathlib.Path(d, "a.txt")
    ...     _ = path.write_text("Headline\\n\\nBy\\n\\nThe body of it.\\n")
    ...     fixed = fix_one(path)
    ...     _ = path.write_text(fixed.output)
    ...     fixed.changed, fix_one(path).changed
    (True, False)
    """

    def work(where: str) -> Outcome:
        article, data, text = _clean_path(where, config)
        canonical = read_canonical(text)
        kept = canonical[0].source if canonical is not None else None
        fixed = render(article.model_copy(update={"source": kept}))
        changed = fixed.encode("utf-8") != data
        return Outcome(where, output=fixed, changed=changed, before=text if changed else "")

    return _guarded(path, work)
