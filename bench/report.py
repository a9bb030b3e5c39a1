"""The benchmark's table, and docs/performance.md written from it."""

from bench.common import ROOT

DOC = ROOT / "docs" / "performance.md"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("yes" if ok else "**NO**")


# Latency may grow this much from the small register to the large one (up to 100,000 claims, then beyond).
RATIO_TARGET, RATIO_TARGET_BEYOND = 1.5, 2.0
# Pages and feeds with a warm cache, as a fraction of the trivial view's requests per second.
THROUGHPUT_TARGET = 0.85


def build_table(args, costs, through, peer_result, csv_lines) -> list[str]:
    small, large = f"{args.small:,}", f"{args.large:,}"
    most = RATIO_TARGET if args.large <= 100_000 else RATIO_TARGET_BEYOND
    lines = [
        f"| part | measure | {small} claims | {large} claims | ratio | target | target met |",
        "| --- | --- | ---: | ---: | ---: | --- | --- |",
    ]
    lines.append(
        f"| 1. cost | machine's load average (1 min), before → after each round | {load_line(costs['small'])} "
        f"| {load_line(costs['large'])} | | | |"
    )
    a, b = costs["small"]["results"], costs["large"]["results"]
    for name in a:
        ra, rb = a[name], b.get(name, {"error": "not measured"})
        if "error" in ra or "error" in rb:
            # The narrow and the broad searches are measured at every size: one missing is a missed target.
            met = verdict(False) if "search" in name else "n/a"
            lines.append(
                f"| 1. cost | {name} | {ra.get('error', 'measured')} | {rb.get('error', 'measured')} | | | {met} |"
            )
            continue
        same = ra["queries"] == rb["queries"]
        lines.append(
            f"| 1. cost | {name}: SQL queries | {ra['queries']} | {rb['queries']} | | identical | {verdict(same)} |"
        )
        ratio = rb["ms"] / ra["ms"]
        lines.append(
            f"| 1. cost | {name}: median latency | {ra['ms']:.1f} ms | {rb['ms']:.1f} ms | {ratio:.2f} | ≤ {most} "
            f"| {verdict(ratio <= most)} |"
        )
    if through is not None:
        lines += throughput_lines(through)
    if peer_result is not None:
        lines += peer_lines(peer_result)
    for line in csv_lines:
        lines.append(f"| 4. CSV | {line.replace('|', '/')} | | | | | |")
    return lines


def load_line(measured: dict) -> str:
    """The load average before and after each of a size's rounds: `0.52 → 0.61; 0.61 → 0.70`."""
    return "; ".join(f"{before:.2f} → {after:.2f}" for before, after in measured.get("load", [])) or "not recorded"


def throughput_lines(through) -> list[str]:
    lines = []
    measured = through["measured"]
    ceiling = measured["trivial view (/bench/ping/)"]["rps"]
    lines.append(f"| 2. throughput | trivial view (/bench/ping/) | | {ceiling:,.0f} req/s | 1.00 | ceiling | |")
    for name, result in measured.items():
        if name.startswith("trivial"):
            continue
        fraction = result["rps"] / ceiling
        note = f" ({result['errors']} non-2xx)" if result["errors"] else ""
        lines.append(
            f"| 2. throughput | {name} | | {result['rps']:,.0f} req/s{note} | {fraction:.2f} "
            f"| ≥ {THROUGHPUT_TARGET} of trivial | {verdict(fraction >= THROUGHPUT_TARGET and not result['errors'])} |"
        )
    for name, reason in through["missing"].items():
        lines.append(f"| 2. throughput | {name} | | {reason} | | ≥ {THROUGHPUT_TARGET} of trivial | n/a |")
    return lines


def peer_lines(peer_result) -> list[str]:
    lines = []
    ds = peer_result["datasette"]["rps"]
    lines.append(f"| 3. peer | Datasette -i `{peer_result['ds_path']}` | | {ds:,.0f} req/s | 1.00 | | |")
    if peer_result["app"]:
        app = peer_result["app"]["rps"]
        lines.append(
            f"| 3. peer | this app `{peer_result['app_path']}` (same SQLite file) | | {app:,.0f} req/s "
            f"| {app / ds:.2f} | "
            f"≥ 3x Datasette | {verdict(app / ds >= 3 and not peer_result['app']['errors'])} |"
        )
    else:
        lines.append(
            f"| 3. peer | this app `{peer_result['app_path']}` | | "
            f"not available (HTTP {peer_result['app_status']}) | | ≥ 3x | n/a |"
        )
    return lines


def write_doc(command: str, table: list[str], context: list[str], section: int | None = None) -> None:
    """Write the run's table into docs/performance.md, keeping the rest.

    The default sizes' table heads the file; a run at other sizes (`section`, the larger
    size) has its own section, "## Measured at N claims", just above the Findings, replaced
    by the next run at that size. The Findings section is never touched.
    """
    text = DOC.read_text() if DOC.exists() else ""
    findings = text[text.index("\n## Findings") + 1 :] if "\n## Findings" in text else ""
    head = text[: len(text) - len(findings)] if findings else text
    sections = head.split("\n## Measured at ")
    top, measured = sections[0], {}
    for part in sections[1:]:
        measured[part.split(" claims", 1)[0]] = "## Measured at " + part
    generated = [f"Command: `{command}`", "", *context, "", *table, ""]
    if section is None:
        top = "\n".join(
            [
                "# Performance",
                "",
                "Generated by `bench/run.py` (`make bench`); do not edit above the Findings section by hand.",
                "",
                *generated,
            ]
        )
    else:
        measured[f"{section:,}"] = "\n".join([f"## Measured at {section:,} claims", "", *generated])
    DOC.parent.mkdir(exist_ok=True)
    parts = [top.rstrip("\n") + "\n", *(part.rstrip("\n") + "\n" for part in measured.values())]
    DOC.write_text("\n".join(parts) + ("\n" + findings if findings else ""))
