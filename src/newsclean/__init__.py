"""newsclean: the plain text of a scraped news article in, a validated Article out.

>>> import newsclean
>>> article = newsclean.clean("Lee Set for Talks\\n\\nBy Jane Doe\\n\\nThe body of it.")
>>> article.title, article.authors, article.body
('Lee Set for Talks', ['Jane Doe'], 'The body of it.')
"""

from __future__ import annotations

from pathlib import Path

from .canonical import render
from .config import Config
from .engine import clean, repair
from .errors import ConfigError, DecodeError, NewscleanError, NoBodyError
from .files import read_article_text
from .models import Article, Removal
from .rules import RULES, Rule

__version__ = "0.1.0"


def clean_file(path: str | Path, *, config: Config | None = None) -> Article:
    """Read an article file (any common encoding) and clean it; ``source`` is the path.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = pathlib.Path(d, "a.txt")
    ...     _ = p.write_bytes("Body of the story.".encode("utf-8"))
    ...     clean_file(p).paragraphs
    ['Body of the story.']
    """
    return clean(read_article_text(path), source=str(path), config=config)


__all__ = [
    "RULES",
    "Article",
    "Config",
    "ConfigError",
    "DecodeError",
    "NewscleanError",
    "NoBodyError",
    "Removal",
    "Rule",
    "clean",
    "clean_file",
    "render",
    "repair",
]
