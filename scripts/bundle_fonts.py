"""Fonts for Chinese and Arabic in the Linux bundle (build.spec), made from Debian's Noto fonts.

    python scripts/bundle_fonts.py OUT_DIR     # writes the fonts, prints their paths

Why only Linux: Windows 10/11 ship Microsoft YaHei (Chinese) and Segoe UI/Tahoma (Arabic) on
every install, and macOS ships PingFang SC and Geeza Pro/SF Arabic: the window, Qt's PDF writer
and a browser showing the HTML report find them through the system. A Linux desktop may have
no CJK font at all (Debian's minimal desktop has DejaVu only, which has Arabic but no Chinese),
and Qt would draw empty boxes. So the Linux bundle carries:

* Noto Sans Arabic Regular and Bold (fonts-noto-core), whole: ~250 KB each.
* Noto Sans CJK SC Regular and Bold (fonts-noto-cjk, the Simplified Chinese face of the .ttc),
  subset with fontTools to the characters Preflight can show: every translation in the
  catalogues present at build time, the language menu's names, ASCII and common punctuation.
  The whole face is ~16 MB per weight; the subset is a few hundred KB. A sentence added later
  is covered by the next build (tests/i18n/test_fonts.py checks a subset of the current
  catalogues covers every character).

`preflight.resources.bundled_fonts()` lists them at run time; the window (gui/app.py) and the
PDF report (support/reports.py) register them with Qt (QFontDatabase.addApplicationFont), which
adds them to fontconfig's fallback, so Qt picks them for any character the system fonts lack.
The fonts are under the SIL Open Font License 1.1; its text is copied next to them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "resources" / "i18n"

# (fontconfig pattern, file name in the bundle, subset to the catalogues' characters?)
FONTS = (
    ("Noto Sans CJK SC:style=Regular", "PreflightNotoSansSC-Regular.otf", True),
    ("Noto Sans CJK SC:style=Bold", "PreflightNotoSansSC-Bold.otf", True),
    ("Noto Sans Arabic:style=Regular", "NotoSansArabic-Regular.ttf", False),
    ("Noto Sans Arabic:style=Bold", "NotoSansArabic-Bold.ttf", False),
)
# Where Debian keeps the fonts' licence (fonts-noto-core / fonts-noto-cjk copyright files).
LICENCES = ("/usr/share/doc/fonts-noto-cjk/copyright", "/usr/share/doc/fonts-noto-core/copyright")


def catalogue_text(i18n_dir: Path = I18N_DIR) -> str:
    """Every translation in every catalogue, the language menu's names, ASCII and the
    punctuation Chinese text uses."""
    sys.path.insert(0, str(ROOT / "src"))
    from preflight.i18n import LANGUAGE_NAMES

    parts = [chr(c) for c in range(0x20, 0x7F)]
    parts.append("，。：；、！？（）“”‘’《》「」…—·％")
    parts.extend(LANGUAGE_NAMES.values())
    for path in sorted(i18n_dir.glob("preflight_*.ts")):
        root = ET.parse(path).getroot()
        parts.extend(t.text or "" for t in root.iter("translation"))
    return "".join(parts)


def find_font(pattern: str) -> tuple[Path, int] | None:
    """(file, face index) fontconfig gives for `pattern`, if it is really that family."""
    if not shutil.which("fc-match"):
        return None
    out = subprocess.run(["fc-match", "-f", "%{file}\t%{index}\t%{family}", pattern],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0 or out.stdout.count("\t") != 2:
        return None
    file, index, family = out.stdout.split("\t")
    wanted = pattern.split(":")[0]
    if wanted not in family.split(","):  # fontconfig answers with its best other font
        return None
    return Path(file), int(index or 0)


def subset(source: Path, index: int, text: str, target: Path) -> None:
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    options = ft_subset.Options()
    options.layout_features = ["*"]  # keep every shaping feature (vertical forms, locl...)
    options.name_IDs = ["*"]  # keep the family name: the report's CSS asks for it by name
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = TTFont(str(source), fontNumber=index, lazy=False)
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    font.save(str(target))


def make_fonts(out_dir: Path, text: str | None = None,
               fonts: tuple[tuple[str, str, bool], ...] = FONTS) -> list[Path]:
    """Write the bundle's fonts to `out_dir`; returns the files written. A font the build
    machine lacks is said on stderr and left out (scripts/setup-system.sh dist installs
    them)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    text = catalogue_text() if text is None else text
    written: list[Path] = []
    for pattern, name, cut in fonts:
        found = find_font(pattern)
        if found is None:
            print(f"bundle_fonts: no {pattern} on this machine (fonts-noto-cjk, "
                  "fonts-noto-core): the bundle will rely on the system's fonts",
                  file=sys.stderr)
            continue
        source, index = found
        target = out_dir / name
        if cut:
            subset(source, index, text, target)
        else:
            shutil.copyfile(source, target)
        written.append(target)
    if written:
        for licence in LICENCES:
            if Path(licence).is_file():
                shutil.copyfile(licence, out_dir / f"LICENSE-{Path(licence).parent.name}.txt")
    return written


if __name__ == "__main__":
    for path in make_fonts(Path(sys.argv[1] if len(sys.argv) > 1 else "build/fonts")):
        print(path)
