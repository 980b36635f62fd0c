"""Chinese and Arabic PDF reports show their letters, never empty boxes: the real PDF (Qt's
QPdfWriter, support/reports.py), rasterised by poppler's pdftoppm, compared with the same
report laid out on a machine whose only font lacks those letters (fontconfig limited to Noto
Sans, Latin only: the "tofu" rendering), and with that bare machine given the fonts the
Linux bundle carries (scripts/bundle_fonts.py), which must look like the full system's.

Each rendering runs in its own process (tests/i18n/render_report_pdf.py): fontconfig is read
once, when Qt starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from preflight import i18n

REPO = Path(__file__).resolve().parents[2]
LATIN_ONLY_FONT = "Noto Sans:style=Regular"  # fonts-noto-core: Latin, Greek, Cyrillic
# (language, the fonts its report must embed: one of these names in pdffonts' list)
CASES = [("zh_CN", ("NotoSansCJK", "SourceHanSans")), ("ar", ("NotoSansArabic", "NotoNaskh"))]

pytestmark = pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("pdffonts")
                                     and shutil.which("fc-match")),
                                reason="poppler-utils and fontconfig (scripts/setup-system.sh "
                                       "test) are needed")


def _load_bundle_fonts():
    sys.path.insert(0, str(REPO / "scripts"))
    import bundle_fonts

    return bundle_fonts


def _font_file(pattern: str) -> Path:
    found = _load_bundle_fonts().find_font(pattern)
    if found is None:
        pytest.fail(f"{pattern} is not installed: scripts/setup-system.sh test installs "
                    "fonts-noto-core and fonts-noto-cjk")
    return found[0]


@pytest.fixture(scope="module")
def bare_machine(tmp_path_factory) -> dict[str, str]:
    """Environment of a machine whose only font is Latin-only Noto Sans."""
    root = tmp_path_factory.mktemp("bare-fonts")
    (root / "fonts").mkdir()
    (root / "fonts" / "NotoSans-Regular.ttf").symlink_to(_font_file(LATIN_ONLY_FONT))
    conf = root / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                    f"<fontconfig><dir>{root / 'fonts'}</dir>"
                    f"<cachedir>{root / 'cache'}</cachedir></fontconfig>\n", encoding="utf-8")
    return {"FONTCONFIG_FILE": str(conf)}


@pytest.fixture(scope="module")
def bundled_fonts(tmp_path_factory) -> Path:
    """The Linux bundle's fonts, made as build.spec makes them (regular weights only here:
    the bold ones are the same step, and each CJK subset takes seconds)."""
    out = tmp_path_factory.mktemp("bundle-fonts")
    tool = _load_bundle_fonts()
    written = tool.make_fonts(out, fonts=tuple(f for f in tool.FONTS if "Regular" in f[0]))
    assert len(written) == 2, written
    return out


def _render(tmp: Path, language: str, name: str, env: dict[str, str] | None = None,
            fonts: Path | None = None) -> tuple[np.ndarray, str]:
    pdf = tmp / f"{language}-{name}.pdf"
    command = [sys.executable, "-m", "tests.i18n.render_report_pdf", "--lang", language,
               "--out", str(pdf)] + (["--fonts", str(fonts)] if fonts else [])
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    full_env.pop("DISPLAY", None)
    done = subprocess.run(command, cwd=REPO, env=full_env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    subprocess.run(["pdftoppm", "-r", "50", "-gray", "-f", "1", "-l", "1", str(pdf),
                    str(tmp / f"{language}-{name}")], check=True, timeout=60)
    page = next(tmp.glob(f"{language}-{name}-*.pgm"))
    fonts_used = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                                check=True, timeout=60).stdout
    return _read_pgm(page), fonts_used


def _read_pgm(path: Path) -> np.ndarray:
    from PIL import Image

    with Image.open(path) as image:
        return np.asarray(image.convert("L"), dtype=np.int16)


def _differing(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the page's pixels that differ clearly (same page size: Letter or A4)."""
    assert a.shape == b.shape
    return float(np.mean(np.abs(a - b) > 96))


@pytest.mark.timeout(300)
@pytest.mark.parametrize(("language", "font_names"), CASES, ids=[c[0] for c in CASES])
def test_pdf_report_shows_the_glyphs(tmp_path, bare_machine, bundled_fonts, language,
                                     font_names):
    if language not in i18n.available_languages():
        pytest.skip(f"no {language} catalogue in this checkout yet")
    system, system_fonts = _render(tmp_path, language, "system")
    tofu, tofu_fonts = _render(tmp_path, language, "tofu", env=bare_machine)
    bundled, bundled_fonts_used = _render(tmp_path, language, "bundled", env=bare_machine,
                                          fonts=bundled_fonts)
    # The system's rendering embeds a font with the letters; the bare machine's has none.
    assert any(name in system_fonts for name in font_names), system_fonts
    assert not any(name in tofu_fonts for name in font_names), tofu_fonts
    assert any(name in bundled_fonts_used for name in font_names), bundled_fonts_used
    # The page really has text on it (not a blank page that would equal anything).
    ink = float(np.mean(system < 128))
    assert ink > 0.01, ink
    # Letters versus empty boxes: a large part of the text differs from the tofu page, for
    # the full system and for the bare machine with the bundle's fonts alike...
    to_tofu, bundled_to_tofu = _differing(system, tofu), _differing(bundled, tofu)
    assert to_tofu > 0.3 * ink, (to_tofu, ink)
    assert bundled_to_tofu > 0.3 * ink, (bundled_to_tofu, ink)
    # ...and the bundle's page is much nearer the full system's than the tofu page is (not
    # equal: the bare machine draws Latin text in Noto Sans, the system in DejaVu Sans).
    to_bundled = _differing(system, bundled)
    print(f"{language}: ink {ink:.4f}, system~tofu {to_tofu:.4f}, bundled~tofu "
          f"{bundled_to_tofu:.4f}, system~bundled {to_bundled:.4f}")
    assert to_bundled < 0.6 * to_tofu, (to_bundled, to_tofu)


@pytest.mark.parametrize(("language", "pattern"), [("zh_CN", "Noto Sans CJK SC"),
                                                   ("ar", "Noto Sans Arabic")])
def test_the_fonts_cover_every_character_of_the_catalogue(language, pattern):
    """Every letter a translator wrote is in the font the bundle carries (or in DejaVu Sans,
    the Linux base font, for Latin and punctuation): no empty box in any sentence."""
    if language not in i18n.available_languages():
        pytest.skip(f"no {language} catalogue in this checkout yet")
    from fontTools.ttLib import TTFont

    def cmap(path: Path, index: int = 0) -> set[int]:
        return set(TTFont(str(path), fontNumber=index, lazy=True).getBestCmap())

    tool = _load_bundle_fonts()
    source, index = tool.find_font(f"{pattern}:style=Regular") or pytest.fail(pattern)
    covered = cmap(source, index) | cmap(_font_file("DejaVu Sans:style=Book"))
    text = "".join(i18n.load_catalogue(i18n.catalogue_path(language)).values())
    text += i18n.LANGUAGE_NAMES[language]
    # Directional marks and isolates are not drawn (UAX #9): no glyph needed.
    invisible = {0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069, 0x200C, 0x200D}
    missing = sorted({c for c in text if ord(c) not in covered and ord(c) not in invisible})
    assert not missing, [f"U+{ord(c):04X} {c}" for c in missing]
