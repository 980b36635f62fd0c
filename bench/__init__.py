"""Preflight's benchmarks: accuracy and speed beside reference tools, run with `python -m bench`."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_bytecode() -> bool:
    """Compile src/preflight as an install has it: pip compiles on install, and the PyInstaller
    bundle ships bytecode only. Without it (PYTHONDONTWRITEBYTECODE, this workplace's) every
    command compiles the project from source first: 0.19 s of a full `preflight check`
    (cProfile, 2026-12-02), and a module a check's thread imports holds the GIL while it
    compiles. True when every module compiled."""
    import compileall

    return bool(compileall.compile_dir(str(ROOT / "src" / "preflight"), quiet=1))
