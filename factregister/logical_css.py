"""Stylesheets name sides in logical terms: `python -m factregister.logical_css static/css` (run by `make check`).

A right-to-left page (Persian) mirrors what a left-to-right one does only when every side a rule
names is the start or end of a line (margin-inline-start, border-inline-start, inset-inline-end,
text-align: start), never the left or right of the screen. This finds what would not mirror:

- a property naming a side: margin-left, padding-right, border-left-color, border-top-left-radius,
  left, right, ...;
- a side as a value: float, clear or text-align set to left or right;
- a four-value margin, padding, inset or border shorthand whose right and left values differ.

Top and bottom are left alone: the register is written horizontally in every language.
"""

import re
import sys
from pathlib import Path

COMMENT = re.compile(r"/\*.*?\*/", re.S)
BLOCK = re.compile(r"\{([^{}]*)\}")  # a rule's declarations (an at-rule's block holds rules, so braces)
DECLARATION = re.compile(r"(?:^|;)\s*([a-z-]+)\s*:\s*([^;]+)")
SIDE_IN_NAME = re.compile(r"(^|-)(left|right)($|-)")
SIDE_VALUES = {"float", "clear", "text-align"}
SHORTHANDS = {
    "margin",
    "padding",
    "inset",
    "border-width",
    "border-style",
    "border-color",
    "scroll-margin",
    "scroll-padding",
}


def problems(css: str) -> list[tuple[int, str]]:
    """(line, what) for every declaration in `css` that names a physical left or right side."""
    # Comments become blank lines so that line numbers stay right.
    css = COMMENT.sub(lambda match: "\n" * match.group(0).count("\n"), css)
    found = []
    for block in BLOCK.finditer(css):
        found += _block_problems(css, block)
    return found


def _block_problems(css: str, block: re.Match) -> list[tuple[int, str]]:
    found = []
    for match in DECLARATION.finditer(block.group(1)):
        name, value = match.group(1), match.group(2).strip()
        line = css.count("\n", 0, block.start(1) + match.start(1)) + 1
        declaration = f"{name}: {value}"
        if SIDE_IN_NAME.search(name):
            found.append((line, f"{declaration} (a physical side: use the inline-start or inline-end property)"))
        elif name in SIDE_VALUES and re.search(r"\b(left|right)\b", value):
            found.append((line, f"{declaration} (use start or end)"))
        elif name in SHORTHANDS:
            parts = value.replace("!important", "").split()
            if len(parts) == 4 and parts[1] != parts[3]:
                found.append((line, f"{declaration} (different right and left: use the -block and -inline properties)"))
    return found


def check(paths: list[Path]) -> list[str]:
    files = [f for p in paths for f in (sorted(p.rglob("*.css")) if p.is_dir() else [p])]
    return [f"{path}:{line}: {what}" for path in files for line, what in problems(path.read_text(encoding="utf-8"))]


def main(argv: list[str]) -> int:
    found = check([Path(arg) for arg in argv] or [Path("static/css")])
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} physical side(s): the right-to-left pages would not mirror them.", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
