"""Collect every translatable string of Preflight into the Qt Linguist catalogues.

    python scripts/i18n_extract.py            # update resources/i18n/preflight_*.ts
    python scripts/i18n_extract.py --check    # exit 1 when a catalogue is out of date or unfinished
    python scripts/i18n_extract.py --compile  # also build the .qm files with pyside6-lrelease

Why not pyside6-lupdate alone: it finds `self.tr(...)` and `QCoreApplication.translate(...)`,
but not the engine's `tr(...)` from `preflight.i18n` nor the window's small wrappers
(`_t(text)` = translate("Steps", text)), and the engine must not import Qt. This extractor reads
the source with `ast` and understands, in every module under src/preflight:
  * `tr("...")` / `tr_noop("...")` / `translate("Ctx", "...")` imported from preflight.i18n;
  * `QCoreApplication.translate("Ctx", "...")` and `self.tr("...")` (context: the class name);
  * module functions that wrap `translate(<literal or defaulted parameter>, <parameter>)`,
    wherever they are imported (e.g. preflight.gui.common.tr with context="Preflight");
  * `title = "..."` on the check classes (shown through `tr(check.title)`).
A `# TRANSLATORS: ...` comment on the line before (or at the end of) a call reaches the
translator as an extra comment. Existing translations are kept; new messages are marked
unfinished; messages gone from the source are marked vanished (and dropped with --prune).
"""

from __future__ import annotations

import argparse
import ast
import io
import os
import subprocess
import sys
import tokenize
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "preflight"
I18N_DIR = ROOT / "resources" / "i18n"
ENGINE_CONTEXT = "preflight"
I18N_MODULE = "preflight.i18n"


@dataclass(frozen=True)
class Wrapper:
    """A function whose call marks a string: text at `text_arg`, context fixed or an argument."""

    context: str | None  # None: the context is argument `context_arg` (with `context` default)
    text_arg: int = 0
    context_arg: int | None = None
    context_kw: str | None = None
    default_context: str = ""


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


@dataclass
class Problem:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


BUILTIN_WRAPPERS = {
    f"{I18N_MODULE}.tr": Wrapper(ENGINE_CONTEXT),
    f"{I18N_MODULE}.tr_noop": Wrapper(ENGINE_CONTEXT),
    f"{I18N_MODULE}.translate": Wrapper(None, text_arg=1, context_arg=0),
}


def module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)


def _is_translate_call(node: ast.AST) -> bool:
    """QCoreApplication.translate(...) / translate(...) from preflight.i18n or Qt."""
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    return (isinstance(f, ast.Attribute) and f.attr == "translate") or (
        isinstance(f, ast.Name) and f.id == "translate"
    )


def find_wrappers(tree: ast.Module) -> dict[str, Wrapper]:
    """Module-level functions whose body is `return translate(ctx, text)`."""
    found: dict[str, Wrapper] = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = [a.arg for a in fn.args.args]
        defaults = dict(
            zip(params[len(params) - len(fn.args.defaults):], fn.args.defaults, strict=True)
        )
        for node in ast.walk(fn):
            if not (isinstance(node, ast.Return) and _is_translate_call(node.value)):
                continue
            call = node.value
            assert isinstance(call, ast.Call)
            if len(call.args) < 2 or not isinstance(call.args[1], ast.Name):
                continue
            text_param = call.args[1].id
            if text_param not in params:
                continue
            ctx = call.args[0]
            if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
                found[fn.name] = Wrapper(ctx.value, text_arg=params.index(text_param))
            elif isinstance(ctx, ast.Name) and ctx.id in params:
                default = defaults.get(ctx.id)
                found[fn.name] = Wrapper(
                    None,
                    text_arg=params.index(text_param),
                    context_arg=params.index(ctx.id),
                    context_kw=ctx.id,
                    default_context=default.value if isinstance(default, ast.Constant) else "",
                )
    return found


def _comments(text: str) -> dict[int, str]:
    out: dict[int, str] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.COMMENT and "TRANSLATORS:" in tok.string:
                out[tok.start[0]] = tok.string.split("TRANSLATORS:", 1)[1].strip()
    except (tokenize.TokenError, SyntaxError):
        pass
    return out


class _Visitor(ast.NodeVisitor):
    def __init__(self, rel: str, wrappers: dict[str, Wrapper], comments: dict[int, str]) -> None:
        self.rel = rel
        self.wrappers = wrappers  # local name -> wrapper
        self.comments = comments
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int, str]] = []  # context, text, line, comment
        self.problems: list[Problem] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        if self.rel.startswith("src/preflight/checks/"):
            for stmt in node.body:  # check titles, shown through tr(check.title)
                if (
                    isinstance(stmt, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "title" for t in stmt.targets)
                    and isinstance(stmt.value, ast.Constant)
                    and isinstance(stmt.value.value, str)
                ):
                    self._add(ENGINE_CONTEXT, stmt.value.value, stmt.lineno)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str, text: str, line: int) -> None:
        comment = self.comments.get(line) or self.comments.get(line - 1, "")
        self.found.append((context, text, line, comment))

    def _text(self, node: ast.expr, what: str) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            self.problems.append(Problem(self.rel, node.lineno, f"{what}() of an f-string cannot "
                                         "be translated: use {fields} and keyword arguments"))
        return None  # a variable: translated at run time, marked where it is defined

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if isinstance(f, ast.Name) and f.id in self.wrappers:
            self._wrapped(node, f.id, self.wrappers[f.id])
        elif isinstance(f, ast.Attribute) and f.attr == "translate" and len(node.args) >= 2:
            ctx, text = node.args[0], self._text(node.args[1], "translate")
            if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str) and text is not None:
                self._add(ctx.value, text, node.lineno)
        elif (
            isinstance(f, ast.Attribute)
            and f.attr == "tr"
            and isinstance(f.value, ast.Name)
            and f.value.id == "self"
            and self.classes
            and node.args
        ):
            text = self._text(node.args[0], "self.tr")
            if text is not None:
                self._add(self.classes[-1], text, node.lineno)
        self.generic_visit(node)

    def _wrapped(self, node: ast.Call, name: str, w: Wrapper) -> None:
        if len(node.args) <= w.text_arg:
            return
        text = self._text(node.args[w.text_arg], name)
        if text is None:
            return
        context = w.context
        if context is None:
            arg: ast.expr | None = None
            if w.context_arg is not None and len(node.args) > w.context_arg:
                arg = node.args[w.context_arg]
            for kw in node.keywords:
                if kw.arg == w.context_kw:
                    arg = kw.value
            if arg is None:
                context = w.default_context
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                context = arg.value
            else:
                self.problems.append(Problem(self.rel, node.lineno,
                                             f"{name}(): the context must be a literal"))
                return
        self._add(context, text, node.lineno)


Catalogue = dict[tuple[str, str], Message]


# The default profile's sentences the window and the CLI show (passed through i18n.localize).
CONFIG_FILE = ROOT / "resources" / "preflight.toml"
CONFIG_TEXT = (
    "organisation.visit_eligibility_note",
    "hotline.label",
    "hotline.option",
    "hotline.hours",
    "hotline.disconnection_note",
    "help.numbers.*.label",
    "help.faq.*.question",
    "help.faq.*.answer",
    "checklist.items.*",
    "visit.join_label",
)


def config_messages(path: Path = CONFIG_FILE) -> list[tuple[str, int]]:
    """(sentence, line) for each CONFIG_TEXT value of the default profile."""
    import tomllib

    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    found: list[tuple[str, int]] = []

    def walk(node: object, parts: list[str]) -> None:
        if not parts:
            if isinstance(node, str) and node.strip():
                line = next((n for n, ln in enumerate(text.splitlines(), 1) if node in ln), 0)
                found.append((node, line))
            return
        head, rest = parts[0], parts[1:]
        if head == "*" and isinstance(node, list):
            for item in node:
                walk(item, rest)
        elif isinstance(node, dict) and head in node:
            walk(node[head], rest)

    for dotted in CONFIG_TEXT:
        walk(data, dotted.split("."))
    return found


def extract(files: list[Path] | None = None) -> tuple[Catalogue, list[Problem]]:
    files = source_files() if files is None else files
    trees: dict[str, tuple[Path, ast.Module, str]] = {}
    defined: dict[str, Wrapper] = dict(BUILTIN_WRAPPERS)
    for path in files:
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        mod = module_name(path)
        trees[mod] = (path, tree, text)
        for name, w in find_wrappers(tree).items():
            defined[f"{mod}.{name}"] = w
    messages: dict[tuple[str, str], Message] = {}
    problems: list[Problem] = []
    for mod, (path, tree, text) in trees.items():
        local = {name.rsplit(".", 1)[1]: w for name, w in defined.items()
                 if name.rsplit(".", 1)[0] == mod}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    w = defined.get(f"{node.module}.{alias.name}")
                    if w is not None:
                        local[alias.asname or alias.name] = w
        rel = path.relative_to(ROOT).as_posix()
        visitor = _Visitor(rel, local, _comments(text))
        visitor.visit(tree)
        problems.extend(visitor.problems)
        for context, source, line, comment in visitor.found:
            msg = messages.setdefault((context, source), Message(context, source))
            msg.locations.append((rel, line))
            if comment and comment not in msg.comments:
                msg.comments.append(comment)
    if CONFIG_FILE.exists():
        rel = Path(os.path.relpath(CONFIG_FILE, ROOT)).as_posix()
        for source, line in config_messages():
            msg = messages.setdefault(("config", source), Message("config", source))
            msg.locations.append((rel, line))
            note = "The default organisation profile (resources/preflight.toml)."
            if note not in msg.comments:
                msg.comments.append(note)
    return messages, problems


# -- patient-facing text that escaped the catalogue ---------------------------------------

LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
# Files whose text reaches the patient or the help-desk agent on screen or in the terminal.
PATIENT_FACING = ("src/preflight/checks/", "src/preflight/gui/")
IGNORE_MARK = "i18n: ignore"  # on a line whose sentence is not for people (e.g. a test scene)
# Sentence-like literals that are not messages (start of the text -> why).
NOT_MESSAGES = {
    "Camera 1": "a device's name when the system cannot tell it (matched by --camera)",
    "Get-CimInstance ": "a PowerShell command",
}


def looks_like_sentence(text: str) -> bool:
    """Plain words for people: starts with a capital letter, has at least two words."""
    words = text.split()
    return (
        len(words) >= 2
        and text[:1].isalpha()
        and text[:1].isupper()
        and any(c.islower() for c in text)
        and "{" not in text.replace("{}", "")[:1]
    )


def untranslated(files: list[Path] | None = None) -> list[Problem]:
    """Sentences in patient-facing modules that no translation function wraps.

    Skipped on purpose: docstrings, log messages, exception messages (the runner never shows
    them to the patient), and the `# i18n: ignore` mark."""
    files = source_files() if files is None else files
    problems: list[Problem] = []
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        if not rel.startswith(PATIENT_FACING):
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text, filename=str(path))
        skip: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                 ast.AsyncFunctionDef)):
                body = node.body
                if body and isinstance(body[0], ast.Expr) and isinstance(
                        body[0].value, ast.Constant):
                    skip.add(id(body[0].value))
            covered: ast.AST | None = None
            if isinstance(node, ast.Raise) and node.exc is not None:
                covered = node.exc
            elif isinstance(node, ast.Call):
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if name in ("tr", "tr_noop", "translate", "_t") or name in LOG_METHODS:
                    covered = node
                elif isinstance(f, ast.Name) and f.id in _local_wrapper_names(tree):
                    covered = node
            elif isinstance(node, ast.Compare):  # comparing with a sentence is not showing it
                covered = node
            elif isinstance(node, ast.ClassDef):
                for stmt in node.body:  # check titles are extracted from the class
                    if isinstance(stmt, ast.Assign) and any(
                            isinstance(t, ast.Name) and t.id == "title" for t in stmt.targets):
                        skip.add(id(stmt.value))
            if covered is not None:
                skip.update(id(n) for n in ast.walk(covered))
        for node in ast.walk(tree):
            if id(node) in skip or not isinstance(node, ast.Constant):
                continue
            if not isinstance(node.value, str) or not looks_like_sentence(node.value):
                continue
            line = lines[node.lineno - 1] if node.lineno <= len(lines) else ""
            if IGNORE_MARK in line or node.value.startswith(tuple(NOT_MESSAGES)):
                continue
            problems.append(Problem(rel, node.lineno, f"not translated: {node.value[:60]!r}"))
    return problems


def _local_wrapper_names(tree: ast.Module) -> set[str]:
    return set(find_wrappers(tree))


# -- the .ts file ---------------------------------------------------------------------------


@dataclass
class Entry:
    translation: str = ""
    kind: str | None = None  # None (finished), "unfinished", "vanished", "obsolete"
    translator_comment: str = ""


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    entries: dict[tuple[str, str], Entry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            t = m.find("translation")
            entries[(name, source)] = Entry(
                translation=(t.text or "") if t is not None else "",
                kind=t.get("type") if t is not None else "unfinished",
                translator_comment=m.findtext("translatorcomment") or "",
            )
    return entries


def merge(messages: dict[tuple[str, str], Message], old: dict[tuple[str, str], Entry],
          prune: bool = False) -> dict[tuple[str, str], tuple[Message, Entry]]:
    merged: dict[tuple[str, str], tuple[Message, Entry]] = {}
    for key, msg in messages.items():
        entry = old.get(key, Entry(kind="unfinished"))
        if entry.kind in ("vanished", "obsolete"):  # back in the source
            entry = Entry(entry.translation, "unfinished" if not entry.translation else None,
                          entry.translator_comment)
        merged[key] = (msg, entry)
    if not prune:
        for key, entry in old.items():
            if key not in messages and entry.translation:
                merged[key] = (Message(*key), Entry(entry.translation, "vanished",
                                                    entry.translator_comment))
    return merged


def render_ts(language: str, merged: dict[tuple[str, str], tuple[Message, Entry]],
              ts_dir: Path) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, list[tuple[Message, Entry]]] = {}
    for (context, _), pair in merged.items():
        contexts.setdefault(context, []).append(pair)
    for context in sorted(contexts):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = context
        # Source order (first location) keeps related messages together for the translator.
        pairs = sorted(contexts[context],
                       key=lambda p: (p[0].locations[:1] or [("~", 0)], p[0].source))
        for msg, entry in pairs:
            m = ET.SubElement(c, "message")
            for filename, line in msg.locations:
                rel = os.path.relpath(ROOT / filename, ts_dir).replace(os.sep, "/")
                ET.SubElement(m, "location", filename=rel, line=str(line))
            ET.SubElement(m, "source").text = msg.source
            for comment in msg.comments:
                ET.SubElement(m, "extracomment").text = comment
            if entry.translator_comment:
                ET.SubElement(m, "translatorcomment").text = entry.translator_comment
            t = ET.SubElement(m, "translation")
            t.text = entry.translation
            if entry.kind:
                t.set("type", entry.kind)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def catalogues() -> Iterator[tuple[str, Path]]:
    for path in sorted(I18N_DIR.glob("preflight_*.ts")):
        yield path.stem.removeprefix("preflight_"), path


def compile_qm(path: Path) -> Path:
    """pyside6-lrelease next to this Python (the virtualenv), else on PATH."""
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    cmd = str(exe) if exe.exists() else "pyside6-lrelease"
    qm = path.with_suffix(".qm")
    subprocess.run([cmd, "-silent", str(path), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a catalogue is stale or unfinished")
    parser.add_argument("--prune", action="store_true", help="drop vanished messages")
    parser.add_argument("--compile", action="store_true", help="build .qm files too")
    args = parser.parse_args(argv)
    messages, problems = extract()
    for problem in problems:
        print(problem, file=sys.stderr)
    status = 1 if problems else 0
    for language, path in catalogues():
        existing = read_ts(path)
        merged = merge(messages, existing, prune=args.prune)
        text = render_ts(language, merged, path.parent)
        unfinished = [k for k, (_, e) in merged.items() if e.kind == "unfinished"]
        if args.check:
            # Read once: parsing the catalogue again for every message took 30 s.
            missing = [k for k in messages if k not in existing]
            if missing or unfinished:
                print(f"{path.name}: {len(missing)} new, {len(unfinished)} unfinished "
                      "(run scripts/i18n_extract.py and translate)", file=sys.stderr)
                status = 1
            continue
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        print(f"{path.name}: {len(messages)} messages, {len(unfinished)} unfinished")
        if args.compile:
            print(f"compiled {compile_qm(path).name}")
    return status


if __name__ == "__main__":
    sys.exit(main())
