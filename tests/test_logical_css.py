"""The stylesheet mirrors for right-to-left pages: no rule names a physical left or right (as `make check` holds)."""

from pathlib import Path

import pytest
from django.conf import settings

from factregister.logical_css import check, main, problems

STATIC_CSS = Path(settings.BASE_DIR) / "static" / "css"


def test_the_register_stylesheet_names_no_physical_side():
    assert check([STATIC_CSS]) == []
    assert main([str(STATIC_CSS)]) == 0


@pytest.mark.parametrize(
    "css",
    [
        ".a { margin-left: 1rem; }",
        ".a { padding-right: 0 }",
        ".a { border-left: 4px solid red; }",
        ".a { border-top-right-radius: 3px; }",
        ".a { position: absolute; left: 0; }",
        ".a { right: -1px }",
        ".a { float: left; }",
        ".a { text-align: right; }",
        ".a { clear: left }",
        ".a { padding: .25rem 0 .25rem 1rem; }",
        ".a { margin: 0 1px 0 2px !important; }",
        "@media (min-width: 40rem) {\n  .a { margin-right: 1px; }\n}",
    ],
)
def test_a_physical_side_is_found(css, tmp_path):
    assert len(problems(css)) == 1, css
    sheet = tmp_path / "sheet.css"
    sheet.write_text(css)
    assert main([str(sheet)]) == 1


@pytest.mark.parametrize(
    "css",
    [
        ".a { margin-inline-start: 1rem; padding-inline: 1rem 0; border-inline-start: 4px solid; }",
        ".a { inset-inline-start: 0; text-align: start; float: inline-start; }",
        ".a { margin: 0 auto; padding: .5rem 1rem; margin: 1rem 0 2rem; padding: 1px 2px 3px 2px; }",
        "/* margin-left: 1rem */ .left-column:hover { color: red; }",
        ".a { background: url('left.svg'); }",
    ],
)
def test_logical_and_symmetric_rules_pass(css):
    assert problems(css) == [], css


def test_a_problem_names_its_line(tmp_path):
    css = "/* a comment\n   over two lines */\n.a { color: red; }\n.b {\n  margin-left: 1px;\n}\n"
    assert problems(css) == [(5, "margin-left: 1px (a physical side: use the inline-start or inline-end property)")]
