"""Which figures of one metric disagree with at least one other, in N log N rather than pair by pair.

A figure disagrees with another when their periods overlap (claims.figures.units.periods_overlap)
and the nearest values their statements allow are further apart than the metric's tolerance. The
further apart two ranges lie, the surer the disagreement: with an absolute tolerance, or a relative
one of at most 1 (100 %), moving a value away from a fixed one never brings it back within the
tolerance. So among the figures whose periods overlap a figure's, two decide whether it disagrees
with any of them: the one whose range starts highest and the one whose range ends lowest. This
module finds those two for every figure:

- an undated figure overlaps the figures, dated or not, that name the same period: the highest
  starts and lowest ends are kept per period name in one pass;
- two dated figures overlap by their dates, which is an interval query: the figures are taken in
  order of end date, and a Fenwick tree indexed by end date holds the best of those that start no
  later, so each figure reads one prefix of the tree.

Each figure is then compared (claims.figures.compare.compare) with at most a handful of others.
A relative tolerance above 1 breaks the ordering argument; such a metric is compared pair by pair.
"""

import bisect
from collections import defaultdict
from collections.abc import Callable

from claims.figures.units import has_dates, period_name

# Kept per aggregate: the best figure, and the next for when the best is the figure asking.
KEEP = 2
_OPEN_START = (0,)
_OPEN_END = (2,)


def _start_key(figure) -> tuple:
    return _OPEN_START if figure.figure_period_start is None else (1, figure.figure_period_start)


def _end_key(figure) -> tuple:
    return _OPEN_END if figure.figure_period_end is None else (1, figure.figure_period_end)


def _keep(best: list, offered: list) -> list:
    """The KEEP highest of `best` and `offered`, lists of (score, number, figure)."""
    return sorted([*best, *offered], key=lambda item: (item[0], item[1]), reverse=True)[:KEEP]


def _overlapping_dated(dated: list, score: Callable) -> dict[int, list]:
    """For each dated figure (by id()), the best KEEP by `score` of the dated figures whose dates overlap its own.

    Two dated periods overlap when each starts no later than the other ends. The figures are taken
    in order of end; before a figure's turn every figure starting no later than that end has been
    added to a Fenwick tree whose positions are end dates, latest first, so "ends no earlier than
    my start" is a prefix of it.
    """
    scored = [f for f in dated if score(f) is not None]
    ascending = sorted({_end_key(f) for f in scored})
    size = len(ascending)
    tree: list[list] = [[] for _ in range(size + 1)]
    by_start = sorted(scored, key=_start_key)
    added, found = 0, {}
    for figure in sorted(dated, key=_end_key):
        while added < len(by_start) and _start_key(by_start[added]) <= _end_key(figure):
            other = by_start[added]
            position = size - bisect.bisect_left(ascending, _end_key(other))  # latest end is position 1
            entry = [(score(other), other.number, other)]
            while position <= size:
                tree[position] = _keep(tree[position], entry)
                position += position & -position
            added += 1
        position = size - bisect.bisect_left(ascending, _start_key(figure))  # ends no earlier than my start
        best: list = []
        while position > 0:
            best = _keep(best, tree[position])
            position -= position & -position
        found[id(figure)] = best
    return found


def _by_name(figures: list, score: Callable) -> dict[str, list]:
    best: dict[str, list] = defaultdict(list)
    for figure in figures:
        name, value = period_name(figure.figure_period), score(figure)
        if name and value is not None:
            best[name] = _keep(best[name], [(value, figure.number, figure)])
    return best


def _candidates(figures: list, score: Callable) -> dict[int, list]:
    """For each figure (by id()), the best KEEP by `score` among the figures whose periods overlap its own."""
    dated = [f for f in figures if has_dates(f)]
    undated = [f for f in figures if not has_dates(f)]
    by_dates = _overlapping_dated(dated, score)
    named_dated, named_undated = _by_name(dated, score), _by_name(undated, score)
    found = {}
    for figure in figures:
        name = period_name(figure.figure_period)
        if has_dates(figure):
            # Dated against dated by the dates; against undated by the name.
            found[id(figure)] = _keep(by_dates[id(figure)], named_undated.get(name, []))
        else:
            found[id(figure)] = _keep(named_dated.get(name, []), named_undated.get(name, []))
    return found


def _highest_start(figure):
    return figure.bounds[0]


def _lowest_end(figure):
    high = figure.bounds[1]
    return None if high is None else -high


def disagreeing(figures: list, compare: Callable) -> set[int]:
    """The id()s of the figures (all of one metric) that disagree with at least one other.

    `compare(a, b)` is claims.figures.compare.compare: a Comparison, or None when the two are not compared.
    """
    comparable = [f for f in figures if f.comparable]
    if not comparable:
        return set()
    metric = comparable[0].metric
    if metric.tolerance_is_relative and metric.tolerance > 1:
        pairs = ((a, b) for i, a in enumerate(comparable) for b in comparable[i + 1 :])
        found: set[int] = set()
        for a, b in pairs:
            result = compare(a, b)
            if result is not None and not result.agree:
                found.update((id(a), id(b)))
        return found
    highest, lowest = _candidates(comparable, _highest_start), _candidates(comparable, _lowest_end)
    found = set()
    for figure in comparable:
        for _, _, other in highest[id(figure)] + lowest[id(figure)]:
            if other is figure:
                continue
            result = compare(figure, other)
            if result is not None and not result.agree:
                found.add(id(figure))
                break
    return found
