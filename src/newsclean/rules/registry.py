"""What a rule is: a code, a kebab-case name for the artefact, and a pure finder.

>>> from newsclean.rules import RULES
>>> RULES[0].code
'NC101'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..document import Document, Finding

Finder = Callable[[Document], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One cleaning step. ``sets_fields`` rules read title, authors, date or summary.

    A document whose fields came from a canonical front matter is not given to them.
    ``repairs`` rules (unicode and white space) mend text in place rather than cut it;
    they come first in the table and run until the text no longer changes.
    ``whole_page`` rules read the layout of a whole scraped page (where its dense prose
    lies); a canonical article is no page, so they leave it alone too.

    >>> from newsclean.rules import RULES
    >>> rule = next(r for r in RULES if r.code == "NC301")
    >>> rule.name, rule.sets_fields
    ('empty-byline', True)
    """

    code: str
    name: str
    find: Finder
    sets_fields: bool = False
    repairs: bool = False
    whole_page: bool = False

    @property
    def family(self) -> str:
        """The family digit's name.

        >>> from newsclean.rules import RULES
        >>> RULES[0].family
        'unicode and whitespace'
        """
        return FAMILIES[self.code[2]]

    @property
    def summary(self) -> str:
        """The first line of the finder's docstring.

        >>> from newsclean.rules import RULES
        >>> RULES[0].summary
        'Mojibake and other encoding damage, repaired with ftfy.'
        """
        doc = self.find.__doc__ or ""
        return doc.strip().splitlines()[0] if doc.strip() else ""


FAMILIES = {
    "1": "unicode and whitespace",
    "2": "metadata prefixes and dates",
    "3": "bylines and authors",
    "4": "headlines and duplicated text",
    "5": "boilerplate lines",
}
