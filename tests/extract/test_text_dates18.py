"""The one scanner of dates inside a line (session 18): where a date may open, and where it may
not (inside a URL's path or a file's name). Lines written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import dates


def test_a_date_opens_after_a_link_number_a_colon_or_a_middle_dot() -> None:
    for line, day in [
        ("[48]November 30, 2025", "2025-11-30"),
        ("Harbour AgencyUpdated:March 16, 2025, 5:01 PM IST", "2025-03-16"),
        ("Text: Ann Example·11 October 2024", "2024-10-11"),
        ("Ann Example •11 October 2024", "2024-10-11"),
        ("Harbour Times Portvale28 October 2025", "2025-10-28"),
    ]:
        found = dates.first_date(line)
        assert found is not None and (found[1].iso or "")[:10] == day, line


def test_a_date_inside_a_path_or_a_file_name_is_none() -> None:
    for line in [
        "12. https://harbour-times.example/city/2025-11-19/ferry-returns-after-winter",
        "file:///sport/2025/11/16/2057290/portvale-wins-the-cup",
        "screen-shot-2025-11-19-at-1-01-55-pm.png",
        "Portvale ferry map (v3.3/rev3/09.03.2025)",
    ]:
        assert dates.first_date(line) is None, line
    # a date printed beside a link is still read
    found = dates.first_date("May 2, 2025 https://harbour-times.example/2025-05-02/ferry")
    assert found is not None and found[0] == 0
