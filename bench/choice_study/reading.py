"""One page-rendering read by the reader with its choice of stretch watched or replaced."""

from __future__ import annotations

from newsdesk.eval.extraction import main_body
from newsdesk.eval.metrics import score_page
from newsdesk.extract.core import ExtractError, extract
from newsdesk.records import Capture


def score(ref: str, body: str) -> tuple[int, int, int]:
    s = score_page(ref, body)
    return s.tp, s.fp, s.fn


def _read(name: str, dump: bytes) -> str:
    try:
        return main_body(extract(Capture(source=name + ".txt", data=dump)))
    except ExtractError:
        return ""


def hooked(name: str, dump: bytes, choose) -> str:  # type: ignore[no-untyped-def]
    """The page's body read with `choose` in place of model_choice.choose."""
    from newsdesk.extract.text import model_choice

    real = model_choice.choose
    model_choice.choose = choose
    try:
        return _read(name, dump)
    finally:
        model_choice.choose = real


def _recorded(name: str, dump: bytes, seen: dict, look) -> str:  # type: ignore[no-untyped-def,type-arg]
    """The page's body read as the reader stands; `look(lines, scores, weighed, hand, known,
    picked)` called at the choice (picked: model_choice._choose's stretch, before its growth),
    and `seen` given "picked" and "n" (the page's lines)."""
    from newsdesk.extract.text import model_choice

    def record(lines, scores, weighed, hand, known=None):  # type: ignore[no-untyped-def]
        known = known if known is not None else model_choice.page_values(lines, scores, weighed)
        picked = model_choice._choose(lines, scores, weighed, hand, known)
        seen["picked"], seen["n"] = picked, len(lines)
        look(lines, scores, weighed, hand, known, picked)
        return (
            None if picked is None else model_choice.extend(lines, scores, weighed, picked, known)
        )

    return hooked(name, dump, record)


def as_read(job: tuple[str, str, str, bytes, str], seen: dict, look) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """The page-rendering's row: its score as read now (_recorded, with `seen` and `look`),
    and the stretch picked ("picked", before its growth) and the page's lines, if any."""
    set_name, renderer, name, dump, ref = job
    body = _recorded(name, dump, seen, look)
    out = {"set": set_name, "renderer": renderer, "page": name, "now": score(ref, body)}
    if seen.get("picked") is not None:
        out.update(picked=seen["picked"], lines=seen["n"])
    return out


def forced(name: str, dump: bytes, span: tuple[int, int]) -> str:
    """The page's body read with `span` in place of the choice (grown by the model as the
    chosen stretch is, then read on as the reader would)."""
    from newsdesk.extract.text import model_choice

    def choose(lines, scores, weighed, hand, known=None):  # type: ignore[no-untyped-def]
        return model_choice.extend(lines, scores, weighed, span, known)

    return hooked(name, dump, choose)
