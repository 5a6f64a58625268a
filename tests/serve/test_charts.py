"""Server-side SVG charts: buckets, escaping, legends that keep every series."""

from __future__ import annotations

from datetime import date

from newsdesk.serve.charts import bucket, counts_by_series, time_chart


def test_buckets_grow_with_the_span() -> None:
    days = bucket([("a", date(2025, 3, 1), 1), ("a", date(2025, 3, 3), 2)])
    assert days is not None and days.unit == "day" and days.series["a"] == [1, 0, 2]
    weeks = bucket([("a", date(2025, 1, 1), 1), ("b", date(2025, 6, 1), 1)])
    assert weeks is not None and weeks.unit == "week"
    months = bucket([("a", date(2020, 1, 1), 1), ("a", date(2025, 6, 1), 1)])
    assert months is not None and months.unit == "month" and sum(months.series["a"]) == 2


def test_small_series_fold_into_other() -> None:
    points = [(f"outlet{i}", date(2025, 3, 1), 10 - i) for i in range(10)]
    data = bucket(points, max_series=3)
    assert data is not None and list(data.series) == ["outlet0", "outlet1", "outlet2", "other"]
    assert data.series["other"] == [sum(10 - i for i in range(3, 10))]


def test_chart_escapes_names_and_shows_every_series_in_the_legend() -> None:
    names = ["<script>alert(1)</script>", *[f"A rather long outlet name {i}" for i in range(6)]]
    data = counts_by_series({n: [("2025-03-01", 1), ("2025-03-02", 2)] for n in names})
    svg = str(time_chart(data, "Coverage & <more>"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "Coverage &amp; &lt;more&gt;" in svg
    assert svg.count("<rect") == len(names)  # one legend swatch per series, wrapped onto rows
    assert ">0.8<" not in svg and ">2<" in svg  # whole-number ticks for small counts


def test_no_dated_points_is_a_message_not_a_chart() -> None:
    assert "No dated items" in time_chart(counts_by_series({"a": [(None, 1), ("soon", 2)]}), "x")
