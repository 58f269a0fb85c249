"""Problems found while loading the knowledge base, each naming where to look."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    entry: str
    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        entry = f" [{self.entry}]" if self.entry else ""
        fld = f" {self.field}:" if self.field else ""
        return f"{where}{entry}{fld} {self.message}"


class KnowledgeBaseError(Exception):
    """The knowledge base did not load; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        # Whole-file problems (missing, unreadable, empty) first: they are usually the cause.
        self.problems = sorted(problems, key=lambda p: (bool(p.entry or p.field), p))
        count = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(
            f"{count} problem{'s' if count != 1 else ''} in the knowledge base:\n{lines}"
        )
