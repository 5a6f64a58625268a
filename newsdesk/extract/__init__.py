"""Extract: one Capture in, one Page out (the contract in DESIGN.md).

`extract()` sniffs the format and hands the decoded page to the reader for it: `text` for
plain-text dumps, `html` for markup, `newsplease` for news-please JSON.
"""

from __future__ import annotations

from newsdesk.extract.core import (
    ExtractError,
    extract,
    extract_text_page,
    settle_heap,
    warm_up,
)

__all__ = ["ExtractError", "extract", "extract_text_page", "settle_heap", "warm_up"]
