"""Scoring newsdesk against the benchmark data in ../shared/bench (see DESIGN.md)."""
