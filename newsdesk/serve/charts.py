"""Charts drawn on the server as SVG: no script, no CDN, readable without JavaScript.

Every label that reaches the SVG went through markupsafe.escape (outlet and entity names are
captured text). Colours are presentation attributes (allowed by the CSP), not style attributes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup, escape

PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
    "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22",
)  # fmt: skip
OTHER = "other"


@dataclass(frozen=True)
class Bucketed:
    """Series re-binned onto one shared axis of buckets (days, weeks or months)."""

    unit: str  # "day" | "week" | "month"
    starts: list[date]
    series: dict[str, list[float]]


def parse_day(value: str | None) -> date | None:
    """The calendar day of an ISO-8601 string, or None when it has none."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _bucket_start(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next_bucket(start: date, unit: str) -> date:
    if unit == "week":
        return start + timedelta(days=7)
    if unit == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=1)


def bucket(points: Iterable[tuple[str, date, float]], max_series: int = 8) -> Bucketed | None:
    """Sum (series, day, value) points into buckets sized so the axis stays readable.

    Series beyond the `max_series` largest are folded into "other" so the legend stays short.
    """
    rows = [(name, day, value) for name, day, value in points if day is not None]
    if not rows:
        return None
    first = min(day for _, day, _ in rows)
    last = max(day for _, day, _ in rows)
    span = (last - first).days
    unit = "day" if span <= 62 else "week" if span <= 500 else "month"
    totals: dict[str, float] = defaultdict(float)
    for name, _, value in rows:
        totals[name] += value
    keep = {name for name, _ in sorted(totals.items(), key=lambda kv: -kv[1])[:max_series]}
    starts: list[date] = []
    cursor = _bucket_start(first, unit)
    while cursor <= last:
        starts.append(cursor)
        cursor = _next_bucket(cursor, unit)
    index = {start: i for i, start in enumerate(starts)}
    series: dict[str, list[float]] = {}
    for name, day, value in rows:
        key = name if name in keep else OTHER
        values = series.setdefault(key, [0.0] * len(starts))
        values[index[_bucket_start(day, unit)]] += value
    ordered = dict(sorted(series.items(), key=lambda kv: (kv[0] == OTHER, -sum(kv[1]))))
    return Bucketed(unit=unit, starts=starts, series=ordered)


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 1.0
    while magnitude * 10 <= value:
        magnitude *= 10
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def _label(start: date, unit: str) -> str:
    return start.strftime("%b %Y") if unit == "month" else start.strftime("%d %b")


def _legend_rows(names: list[str], width: int, left: int) -> list[list[tuple[str, float]]]:
    """Legend entries (label, x) laid out in as many rows as the names need."""
    rows: list[list[tuple[str, float]]] = [[]]
    x = float(left)
    for name in names:
        shown = name if len(name) <= 22 else name[:21] + "…"
        size = 24 + 6.2 * len(shown)
        if rows[-1] and x + size > width:
            rows.append([])
            x = float(left)
        rows[-1].append((shown, x))
        x += size
    return rows


def time_chart(data: Bucketed | None, title: str, *, width: int = 720, height: int = 240) -> Markup:
    """A line chart (bars when there is a single bucket) with axes, ticks and a legend."""
    if data is None or not data.starts:
        return Markup('<p class="empty">No dated items to chart.</p>')
    legend = _legend_rows(list(data.series), width - 12, 44)
    height += 16 * (len(legend) - 1)
    left, right, top, bottom = 44, 12, 14, 30 + 16 * len(legend)
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(data.starts)
    largest = max((max(v) for v in data.series.values()), default=0)
    integral = all(float(v).is_integer() for values in data.series.values() for v in values)
    peak = 4.0 if integral and largest <= 4 else _nice_max(largest)  # whole-number ticks

    def x(i: int) -> float:
        return left + (plot_w * (i + 0.5) / n)

    def y(v: float) -> float:
        return top + plot_h - plot_h * v / peak

    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for k in range(5):  # horizontal grid lines and y ticks
        value = peak * k / 4
        gy = y(value)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{gy:.1f}" y2="{gy:.1f}" '
            f'stroke="#ddd" stroke-width="1"/>'
        )
        text = f"{value:.0f}" if value.is_integer() else f"{value:.1f}"
        out.append(
            f'<text x="{left - 6}" y="{gy + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#555">{text}</text>'
        )
    step = max(1, n // 8)
    for i in range(0, n, step):
        out.append(
            f'<text x="{x(i):.1f}" y="{top + plot_h + 16}" text-anchor="middle" font-size="11" '
            f'fill="#555">{escape(_label(data.starts[i], data.unit))}</text>'
        )
    for s, (name, values) in enumerate(data.series.items()):
        colour = PALETTE[s % len(PALETTE)]
        if n == 1:
            bar_w = plot_w / (len(data.series) + 1)
            bx = left + bar_w * (s + 0.5)
            out.append(
                f'<rect x="{bx:.1f}" y="{y(values[0]):.1f}" width="{bar_w * 0.8:.1f}" '
                f'height="{top + plot_h - y(values[0]):.1f}" fill="{colour}">'
                f"<title>{escape(name)}: {values[0]:g}</title></rect>"
            )
            continue
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        out.append(
            f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2">'
            f"<title>{escape(name)}</title></polyline>"
        )
        for i, v in enumerate(values):
            if v:
                out.append(
                    f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="2.5" fill="{colour}">'
                    f"<title>{escape(name)}, {escape(_label(data.starts[i], data.unit))}: "
                    f"{v:g}</title></circle>"
                )
    s = 0
    for row_number, row in enumerate(legend):
        legend_y = top + plot_h + 34 + 16 * row_number
        for shown, lx in row:
            colour = PALETTE[s % len(PALETTE)]
            s += 1
            out.append(
                f'<rect x="{lx:.1f}" y="{legend_y - 9}" width="10" height="10" fill="{colour}"/>'
            )
            out.append(
                f'<text x="{lx + 14:.1f}" y="{legend_y}" font-size="11" fill="#222">'
                f"{escape(shown)}</text>"
            )
    out.append("</svg>")
    return Markup("".join(out))


def table_rows(data: Bucketed | None) -> list[tuple[str, list[float]]]:
    """The chart as rows for its accessible data table: one row per bucket."""
    if data is None:
        return []
    names = list(data.series)
    return [
        (_label(start, data.unit) if data.unit != "day" else start.isoformat(),
         [data.series[name][i] for name in names])
        for i, start in enumerate(data.starts)
    ]  # fmt: skip


def counts_by_series(points: Mapping[str, Iterable[tuple[str | None, float]]]) -> Bucketed | None:
    """Bucket {series: [(iso date, value), ...]}: the usual shape the reader hands over."""
    return bucket(
        (name, day, value)
        for name, items in points.items()
        for iso, value in items
        if (day := parse_day(iso)) is not None
    )
