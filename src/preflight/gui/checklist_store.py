"""Remembers which "before your visit" items the person ticked, until the next day.

A small JSON file in the user's state folder (platformdirs), keyed by the item's text so a
changed checklist never shows a stale tick. Plain Python: tested without Qt.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

logger = logging.getLogger(__name__)


def default_path() -> Path:
    from platformdirs import user_state_dir

    return Path(user_state_dir("preflight", appauthor=False)) / "checklist.json"


class ChecklistStore:
    def __init__(self, path: Path | None = None, today: date | None = None) -> None:
        self.path = path or default_path()
        self._today = today

    @property
    def today(self) -> str:
        return (self._today or date.today()).isoformat()

    def ticked(self) -> set[str]:
        """Items ticked today; ticks from an earlier day are forgotten."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return set()
        except (OSError, ValueError):
            logger.warning("checklist file unreadable; starting with no ticks")
            return set()
        if not isinstance(data, dict) or data.get("date") != self.today:
            return set()
        items = data.get("ticked", [])
        return {str(i) for i in items} if isinstance(items, list) else set()

    def set_ticked(self, item: str, ticked: bool) -> None:
        items = self.ticked()
        if ticked:
            items.add(item)
        else:
            items.discard(item)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(
                json.dumps({"date": self.today, "ticked": sorted(items)}), encoding="utf-8"
            )
            tmp.replace(self.path)
        except OSError:  # a read-only home must not break the checklist itself
            logger.warning("could not save checklist ticks")
