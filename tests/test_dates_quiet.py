"""Reading dates says nothing on stderr: an unknown zone name is read as no zone."""

from __future__ import annotations

import warnings

from newsclean.dates import parse_date


def test_unknown_zone_gives_a_naive_time_and_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = parse_date("Aug. 25, 2025 10:31 a.m. PT")
    assert found is not None and found.isoformat() == "2025-08-25T10:31:00"


def test_numeric_offset_is_kept() -> None:
    found = parse_date("2025-08-25T10:31:00+02:00")
    assert found is not None and found.isoformat() == "2025-08-25T10:31:00+02:00"
