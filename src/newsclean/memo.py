"""What is worked out once per line while one document is cleaned.

Many rules ask the same questions of the same line: is it a sentence, a share bar, a
date line, a credit? A function of a line's text alone, marked :func:`per_line`,
answers each line once inside :func:`remembered` (one ``clean()`` call) and from its
memo after that. Nothing outlives the block, and each thread or task has its own memo.

>>> calls = []
>>> @per_line
... def shout(text: str) -> str:
...     calls.append(text)
...     return text.upper()
>>> with remembered():
...     shout("hi"), shout("hi"), len(calls)
('HI', 'HI', 1)
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

#: Each function remembers at most this many distinct lines per document, a bound on
#: the memory a memo takes; lines after that are worked out each time they are asked.
MEMO_LINES = 4096
#: Lines longer than this are not remembered: few lines are, and each answer would be
#: worked out in time proportional to the line anyway.
MEMO_CHARS = 2000

_MEMOS: ContextVar[dict[object, dict[object, object]] | None] = ContextVar("memos", default=None)
_get_memos = _MEMOS.get
#: The memos of the document being cleaned, keyed by function, or ``None`` outside one:
#: for the few functions asked so often (a line's size and words, hundreds of thousands
#: of times per megabyte) that they look their memo up inline, without :func:`memo_for`.
current_memos = _MEMOS.get
_MISSING = object()


def _of_text_alone(function: Callable[..., object]) -> bool:
    """Whether ``function`` takes the text and nothing else, so its memo's key is the text.

    >>> _of_text_alone(str.upper), _of_text_alone(lambda text, times=1: text)
    (True, False)
    """
    try:
        parameters = list(inspect.signature(function).parameters.values())
    except (TypeError, ValueError):
        return False
    return len(parameters) == 1 and parameters[0].kind in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
    )


@contextmanager
def remembered() -> Iterator[None]:
    """Remember the answers of :func:`per_line` functions until the block ends.

    >>> with remembered():
    ...     memo_for("example") is memo_for("example")
    True
    >>> memo_for("example") is None
    True
    """
    token = _MEMOS.set({})
    try:
        yield
    finally:
        _MEMOS.reset(token)


def memo_for(key: object) -> dict[object, object] | None:
    """The memo kept under ``key`` for the document being cleaned; ``None`` outside one.

    >>> with remembered():
    ...     memo_for(len)
    {}
    """
    memos = _MEMOS.get()
    if memos is None:
        return None
    memo = memos.get(key)
    if memo is None:
        memo = memos[key] = {}
    return memo


def per_line(function: Callable[Concatenate[str, P], T]) -> Callable[Concatenate[str, P], T]:
    """Remember ``function(text)`` for each line while a document is cleaned.

    Only for a pure function of the text (and of its other arguments, which must then be
    hashable) that returns an immutable value. A call with other arguments is
    remembered apart from the call with the text alone. A function of the text alone gets
    a wrapper that keys its memo by the text and nothing else (most are; the wrapper runs
    hundreds of thousands of times per megabyte).

    >>> @per_line
    ... def size_of(text: str, times: int = 1) -> int:
    ...     return len(text) * times
    >>> with remembered():
    ...     size_of("abc"), size_of("abc"), size_of("abc", times=2)
    (3, 3, 6)
    """
    if _of_text_alone(function):

        @wraps(function)
        def remembering_text(text: str, /) -> T:
            memos = _get_memos()
            if memos is None:
                return function(text)  # type: ignore[call-arg]
            memo = memos.get(function)
            if memo is None:
                memo = memos[function] = {}
            found = memo.get(text, _MISSING)
            if found is _MISSING:
                found = function(text)  # type: ignore[call-arg]
                if len(memo) < MEMO_LINES and len(text) <= MEMO_CHARS:
                    memo[text] = found
            return found  # type: ignore[return-value]

        return remembering_text  # type: ignore[return-value]

    @wraps(function)
    def remembering(text: str, /, *args: P.args, **kwargs: P.kwargs) -> T:
        memos = _MEMOS.get()
        if memos is None:
            return function(text, *args, **kwargs)
        key: object = (text, args, tuple(kwargs.items())) if args or kwargs else text
        memo = memos.get(function)
        if memo is None:
            memo = memos[function] = {}
        try:
            found = memo.get(key, _MISSING)
        except TypeError:  # an argument that cannot be a key: worked out each time
            return function(text, *args, **kwargs)
        if found is _MISSING:
            found = function(text, *args, **kwargs)
            if len(memo) < MEMO_LINES and len(text) <= MEMO_CHARS:
                memo[key] = found
        return found  # type: ignore[return-value]

    return remembering
