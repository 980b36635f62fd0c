"""Colour contrast of the style sheets, by the WCAG 2.x formulas.

Hand-written (about 40 lines) rather than a dependency: the relative-luminance and contrast
formulas are a few lines from the WCAG 2.2 definitions, and the sheets use only #rrggbb colours,
so a full CSS parser would add nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"


def parse_qss(text: str) -> dict[str, dict[str, str]]:
    """{selector: {property: value}}; a rule with several selectors applies to each; later
    rules override earlier ones, property by property (as in Qt)."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    sheet: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        decls = {}
        for decl in body.split(";"):
            if ":" in decl:
                prop, value = decl.split(":", 1)
                decls[prop.strip()] = value.strip()
        for selector in selectors.split(","):
            sheet.setdefault(" ".join(selector.split()), {}).update(decls)
    return sheet


def load(name: str) -> dict[str, dict[str, str]]:
    return parse_qss((STYLES / name).read_text(encoding="utf-8"))


def colour(value: str) -> str:
    """The #rrggbb colour in a declaration value (e.g. '3px solid #b35c00')."""
    match = re.search(r"#[0-9a-fA-F]{6}\b", value)
    if match is None:
        raise ValueError(f"no #rrggbb colour in {value!r}")
    return match.group(0).lower()


def luminance(hex_colour: str) -> float:
    """WCAG 2.2 relative luminance."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def lookup(sheet: dict[str, dict[str, str]], prop: str, *selectors: str) -> str:
    """The property's colour from the first selector that sets it (most specific first)."""
    for selector in selectors:
        if prop in sheet.get(selector, {}):
            return colour(sheet[selector][prop])
    raise KeyError(f"{prop} not set by any of {selectors}")


PAGE = ("QWidget#page", "QMainWindow")


def text_pairs(sheet: dict[str, dict[str, str]]) -> list[tuple[str, str, str, bool]]:
    """(what, text colour, background colour, must meet 4.5:1) for the sheet's text.
    Disabled controls are listed but exempt (WCAG 1.4.3: inactive components)."""
    def bg(*selectors: str) -> str:
        return lookup(sheet, "background", *selectors, *PAGE)

    body = lookup(sheet, "color", "QLabel", *PAGE)
    muted = lookup(sheet, "color", "QLabel#muted", "QLabel", *PAGE)
    pairs = []
    for where, background in (("page", bg()), ("result card", bg("QFrame#card")),
                              ("help-line card", bg("QFrame#hotlineCard")),
                              ("restart card", bg("QFrame#restartCard")),
                              ("step list", bg("QFrame#stepList"))):
        pairs.append((f"body text on {where}", body, background, True))
        pairs.append((f"muted text on {where}", muted, background, True))
    if "QLabel a" in sheet:
        pairs.append(("link on page", lookup(sheet, "color", "QLabel a"), bg(), True))
    button_text = lookup(sheet, "color", "QPushButton")
    pairs += [
        ("button", button_text, bg("QPushButton"), True),
        ("button, pointer over it", button_text, bg("QPushButton:hover", "QPushButton"), True),
        ("main button", lookup(sheet, "color", "QPushButton#primary"),
         bg("QPushButton#primary"), True),
        ("main button, pointer over it", lookup(sheet, "color", "QPushButton#primary"),
         bg("QPushButton#primary:hover", "QPushButton#primary"), True),
        ("link button on page", lookup(sheet, "color", "QPushButton#link"), bg(), True),
        ("disabled button (exempt)", lookup(sheet, "color", "QPushButton:disabled"),
         bg("QPushButton:disabled", "QPushButton"), False),
    ]
    if "QPushButton:focus" in sheet and "background" in sheet["QPushButton:focus"]:
        pairs.append(("focused button", lookup(sheet, "color", "QPushButton:focus"),
                      bg("QPushButton:focus"), True))
    if "selection-color" in sheet.get("QTableWidget", {}):
        pairs.append(("selected table row", lookup(sheet, "selection-color", "QTableWidget"),
                      lookup(sheet, "selection-background-color", "QTableWidget"), True))
    pairs.append(("table header", lookup(sheet, "color", "QHeaderView::section", "QLabel",
                                         *PAGE), bg("QHeaderView::section"), True))
    return pairs


def focus_ring(sheet: dict[str, dict[str, str]]) -> tuple[str, str]:
    """(focus border colour, page background): WCAG 2.2 asks 3:1 of a focus indicator."""
    return (colour(sheet["QPushButton:focus"]["border"]),
            lookup(sheet, "background", *PAGE))
