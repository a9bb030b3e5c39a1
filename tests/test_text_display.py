"""Text cut to fit a card or a title ends at a word, never inside one."""

import pytest

from claims.templatetags.register import cut_at_word


@pytest.mark.parametrize(
    "text, length, shown",
    [
        ("Short enough.", 20, "Short enough."),
        ("The roadmap to three billion dollars", 20, "The roadmap to…"),
        ("The roadmap to three billion dollars", 15, "The roadmap to…"),  # the cut falls on the space
        ("Trade grew, by forty percent", 13, "Trade grew…"),  # no comma left before the ellipsis
        ("Supercalifragilistic", 10, "Supercali…"),  # one word longer than the room: cut it, there is no better
        ("  spaced \n  out   text  ", 40, "spaced out text"),
    ],
)
def test_cut_at_word(text, length, shown):
    assert cut_at_word(text, length) == shown
    assert len(cut_at_word(text, length)) <= length
