"""Write the expected JSON of golden cases from what newsclean gives now.

    python tests/golden/regenerate.py            # every case
    python tests/golden/regenerate.py NAME ...   # only these

Read ``git diff tests/golden`` afterwards: every change is a change in behaviour.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.golden.cases import HERE, actual, names


def main(argv: list[str]) -> int:
    """Regenerate the named cases (all when none are named)."""
    for name in argv or names():
        (HERE / f"{name}.json").write_text(actual(name), encoding="utf-8")
        print(f"wrote tests/golden/{name}.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
