"""The errors newsclean raises: all derive from :class:`NewscleanError`.

>>> issubclass(NoBodyError, NewscleanError) and issubclass(NewscleanError, ValueError)
True
"""

from __future__ import annotations


class NewscleanError(ValueError):
    """Base of every error newsclean raises on purpose; its message says what to do next.

    >>> str(NewscleanError("seeds/x.txt: empty file"))
    'seeds/x.txt: empty file'
    """


class NoBodyError(NewscleanError):
    """Nothing of the article body was left after cleaning.

    >>> raise NoBodyError("no body text")
    Traceback (most recent call last):
    ...
    newsclean.errors.NoBodyError: no body text
    """


class DecodeError(NewscleanError):
    """Bytes that cannot be read as text in any encoding newsclean recognises.

    >>> isinstance(DecodeError("x"), NewscleanError)
    True
    """


class ConfigError(NewscleanError):
    """A configuration value or ``[tool.newsclean]`` key that newsclean does not know.

    >>> isinstance(ConfigError("x"), NewscleanError)
    True
    """
