"""Reading a publication date out of a short piece of text, with python-dateutil.

>>> parse_date("Aug. 25, 2025 10:31 a.m. EDT").isoformat()
'2025-08-25T10:31:00-04:00'
>>> parse_date("25 August 2025")
datetime.date(2025, 8, 25)
>>> parse_date("31 February 2025") is None
True
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import regex
from dateutil import parser as dateutil_parser
from dateutil.tz import tzoffset

from .document import Published

#: The zone abbreviations news sites print after a time.
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "BST": 1, "WET": 0, "WEST": 1, "EET": 2, "EEST": 3,
    "IST": 5.5, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "SAST": 2,
}  # fmt: skip
TZINFOS = {name: tzoffset(name, int(hours * 3600)) for name, hours in _ZONES.items()}

# "10:31 a.m." -> "10:31 AM"; dateutil does not know the dotted forms.
_MERIDIEM = regex.compile(r"\b([ap])\.\s?m\.?", regex.IGNORECASE)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DEFAULTS = (datetime(1, 1, 1, 0, 0, 0), datetime(2, 2, 2, 1, 1, 1))
#: Dates further ahead than this are not a publication date.
FUTURE_MARGIN = timedelta(days=366)
EARLIEST = date(1900, 1, 1)


def _parse_with(text: str, default: datetime) -> datetime | None:
    try:
        return dateutil_parser.parse(text, default=default, tzinfos=TZINFOS)
    except (ValueError, OverflowError, TypeError):
        return None


def parse_date(text: str, *, today: date | None = None) -> Published | None:
    """A complete, possible, not far-future date in ``text``, or ``None``.

    Year, month and day must all be given; a ``datetime`` comes back only when the
    text gives a time. ``text`` should be the date alone (a label already taken off).

    >>> parse_date("2025-08-25T10:31:00Z")
    datetime.datetime(2025, 8, 25, 10, 31, tzinfo=datetime.timezone.utc)
    >>> parse_date("August 2025") is None
    True
    >>> parse_date("1 January 2999") is None
    True
    """
    if len(text) > 80 or not _YEAR.search(text):
        return None
    cleaned = _MERIDIEM.sub(lambda m: m.group(1).upper() + "M", text)
    first, second = (_parse_with(cleaned, default) for default in _DEFAULTS)
    if first is None or second is None:
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # year, month or day came from the default
    limit = (today or date.today()) + FUTURE_MARGIN
    if not EARLIEST <= first.date() <= limit:
        return None
    if (first.hour, first.minute) != (second.hour, second.minute):
        return first.date()  # no time given
    offset = first.utcoffset()
    return first if offset is None else first.replace(tzinfo=timezone(offset))
