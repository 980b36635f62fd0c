"""Reads a running Preflight window through AT-SPI, as Orca does. Runs in the SYSTEM python3
(Debian's python3-pyatspi is a system package, not in the .venv), started by test_atspi.py.

Protocol, one line each way: the test writes a command on stdin and reads one JSON line back.
  dump <pid>   after taking in the events on their way: the accessible tree of that process's
               application (showing objects only) and the events received since the last dump
  quit
Events recorded: object:announcement (what Orca speaks for an announcement), focus changes
(object:state-changed:focused), name and text changes, each with its source's role and name.
"""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import Atspi, GLib

EVENTS = ("object:announcement", "object:state-changed:focused",
          "object:property-change:accessible-name", "object:text-changed")
MAX_DEPTH = 40
SETTLE_MS = 150

events: list[dict] = []


def _extents(acc) -> list[int] | None:
    try:
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except Exception:  # not a component (the application object)
        return None
    return [box.x, box.y, box.width, box.height]


def _node(acc, states) -> dict:
    role = acc.getRoleName()
    relations = []
    if role == "combo box":  # its name is its value; its label comes by this relation
        try:
            for relation in acc.getRelationSet():
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                    relations += [relation.getTarget(i).name
                                  for i in range(relation.getNTargets())]
        except Exception:
            pass
    focusable = states.contains(pyatspi.STATE_FOCUSABLE)
    return {
        "role": role,
        "name": acc.name or "",
        "focusable": focusable,
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "enabled": states.contains(pyatspi.STATE_ENABLED),
        # Where it is, for what takes focus (each is one more call over D-Bus).
        "extents": _extents(acc) if focusable else None,
        "labelled_by": relations,
    }


def _walk(acc, out: list[dict], depth: int = 0) -> None:
    if acc is None or depth > MAX_DEPTH:
        return
    try:
        states = acc.getState()
    except Exception:
        return
    if depth and not states.contains(pyatspi.STATE_SHOWING):
        return  # hidden pages and widgets: a screen reader does not reach them
    node = _node(acc, states)
    node["depth"] = depth
    out.append(node)
    for i in range(acc.childCount):
        _walk(acc.getChildAtIndex(i), out, depth + 1)


def _application(pid: int):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def _on_event(event) -> None:
    if event.type.startswith("object:state-changed:focused") and not event.detail1:
        return
    source = event.source
    try:
        role, name = source.getRoleName(), source.name or ""
        extents = _extents(source)
    except Exception:
        role, name, extents = "", "", None
    data = event.any_data
    events.append({"type": str(event.type), "role": role, "name": name, "extents": extents,
                   "text": data if isinstance(data, str) else ""})


def _command(channel, _condition) -> bool:
    line = sys.stdin.readline()
    words = line.split()
    if not words or words[0] == "quit":
        pyatspi.Registry.stop()
        return False
    if words[0] == "dump":
        # After a short pause in the main loop, so the events already on their way (D-Bus
        # signals queued behind this command) are taken in first.
        GLib.timeout_add(SETTLE_MS, lambda pid=int(words[1]): _dump(pid))
    return True


def _dump(pid: int) -> bool:
    app = _application(pid)
    tree: list[dict] = []
    if app is not None:
        # libatspi keeps a copy of states and children, updated by the application's events;
        # Qt does not send all of them when a stacked page changes, so the copy could still
        # show the previous page. Read states, children and names live, as a screen reader's
        # flat review of the new page must.
        app.set_cache_mask(Atspi.Cache.ROLE | Atspi.Cache.INTERFACES)  # these never change
        app.clear_cache()
        _walk(app, tree)
    reply = {"found": app is not None, "tree": tree, "events": list(events)}
    events.clear()
    print(json.dumps(reply), flush=True)
    return False  # once


def main() -> int:
    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(_on_event, kind)
    GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP,
                      _command)
    print(json.dumps({"ready": True}), flush=True)
    pyatspi.Registry.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
