"""A compiled pattern read the other way: matched backwards, from the end of a line.

A whole-line pattern that opens with a lazy run (``.{0,300}?`` then "weiterlesen")
tries each of its first characters when it is matched forwards. Matched backwards, it
tries the line's end once, and a line that does not end the right way fails at once.
Whether a line fully matches does not depend on the direction (for a pattern without
lookaround or atomic groups), so the backwards pattern answers "is this line one?" and
the forwards one, asked of the few lines that are, reads their groups.

>>> call = regex.compile(r".{0,40}?weiterlesen", regex.IGNORECASE)
>>> [bool(backwards(call).fullmatch(line)) for line in ("Jetzt WEITERLESEN", "Weiterlesen?")]
[True, False]
"""

from __future__ import annotations

import regex


def backwards(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """``pattern``, with its own flags, matched backwards (``regex.REVERSE``).

    >>> backwards(regex.compile("ab", regex.IGNORECASE)).flags & regex.REVERSE != 0
    True
    >>> backwards(regex.compile("ab")).search("xxabxxab").span()
    (6, 8)
    """
    return regex.compile(pattern.pattern, pattern.flags | regex.REVERSE)
