"""The studied pages (aeb, the even half and the odd-a quarter of dates), their references and
renders (cached under settings.CACHE), their sites, and the page-renderings to read (all_jobs)."""

from __future__ import annotations

import json

from line_model_fit.data import BENCH
from line_model_fit.sites import site_of

from choice_study import settings
from newsdesk.eval import unseen
from newsdesk.eval.extraction import load_bench, read_bytes
from newsdesk.eval.metrics import score_page

RENDERERS = unseen.RENDERERS
SETS = ("aeb", "even", "odd-a")


def _pages(set_name: str) -> list[tuple[str, bytes]]:
    if set_name == "aeb":
        return [(p.id, read_bytes(p.path)) for p in load_bench(BENCH / "aeb", "html")]
    if set_name not in ("even", "odd-a"):
        raise ValueError(f"{set_name}: only the studied sets are read")
    return unseen.load_pages(BENCH / "dates", set_name)


def _reference(set_name: str, name: str, html: bytes) -> str | None:
    path = settings.CACHE / "ref" / set_name / (name + ".json")
    if path.is_file():
        ref: str | None = json.loads(path.read_text())["ref"]
        return ref
    if set_name == "aeb":
        truth = json.loads((BENCH / "aeb" / "ground-truth.json").read_text())
        ref = str(truth[name]["articleBody"])
    else:
        ref = unseen._silver(name, html)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"ref": ref}))
    return ref


def _render(set_name: str, renderer: str, name: str, html: bytes) -> bytes:
    path = settings.CACHE / "render" / set_name / renderer / (name + ".txt")
    if path.is_file():
        return path.read_bytes()
    data = unseen.render(html, renderer)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def site_names() -> dict[tuple[str, str], str]:
    """(set, page) -> site, from the sets' ground-truth urls (dates: even and odd-a pages only
    are ever asked)."""
    out: dict[tuple[str, str], str] = {}
    aeb = json.loads((BENCH / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    dates = json.loads((BENCH / "dates" / "ground-truth.json").read_text(encoding="utf-8"))
    for set_name in SETS:
        truth = aeb if set_name == "aeb" else dates
        for name, _ in _pages(set_name):
            url = truth.get(name, {}).get("url")
            out[(set_name, name)] = site_of(url) if url else f"{set_name}/{name}"
    return out


def all_jobs() -> list[tuple[str, str, str, bytes, str]]:
    jobs = []
    for set_name in SETS:
        for name, html in _pages(set_name):
            ref = _reference(set_name, name, html)
            if ref is None:
                continue
            for renderer in RENDERERS:
                dump = _render(set_name, renderer, name, html)
                if set_name != "aeb":
                    text = dump.decode("utf-8", errors="replace")
                    if score_page(ref, text).recall < unseen.MIN_RENDERED_SHARE:
                        continue
                jobs.append((set_name, renderer, name, dump, ref))
    return jobs
