"""The rule table: the pipeline, in order. ``newsclean rules`` and ``docs/rules.md`` read it.

Adding a rule: write its finder (docstring: what, why, a ``>>>`` example) in its
family's module and add one line here.

>>> [rule.code for rule in RULES][:3]
['NC101', 'NC102', 'NC201']
"""

from __future__ import annotations

from .bylines import avatar_byline, byline, credit_line, empty_byline
from .dates import date_line, date_prefix
from .duplicates import duplicate_paragraph, headline, repeated_headline, truncated_teaser
from .registry import FAMILIES, Rule
from .unicode import invisible_character, mojibake

RULES: tuple[Rule, ...] = (
    Rule("NC101", "mojibake", mojibake),
    Rule("NC102", "invisible-character", invisible_character),
    Rule("NC201", "date-prefix", date_prefix, sets_fields=True),
    Rule("NC202", "date-line", date_line, sets_fields=True),
    Rule("NC301", "empty-byline", empty_byline, sets_fields=True),
    Rule("NC302", "avatar-byline", avatar_byline, sets_fields=True),
    Rule("NC303", "byline", byline, sets_fields=True),
    Rule("NC304", "credit-line", credit_line, sets_fields=True),
    Rule("NC401", "headline", headline, sets_fields=True),
    Rule("NC402", "repeated-headline", repeated_headline),
    Rule("NC403", "truncated-teaser", truncated_teaser),
    Rule("NC404", "duplicate-paragraph", duplicate_paragraph),
)

__all__ = ["FAMILIES", "RULES", "Rule"]
