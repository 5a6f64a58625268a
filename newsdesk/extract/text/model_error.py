"""The line model's error, kept out of line_model.py: that module is compiled with mypyc, which
cannot compile a class derived from a built-in exception."""

from __future__ import annotations


class LineModelError(RuntimeError):
    """The model file is missing or not a model this reader can apply."""
