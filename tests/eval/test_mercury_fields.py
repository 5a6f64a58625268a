"""bench/mercury_fields.py: the answers read out of a custom extractor's test, and the judging."""

from __future__ import annotations

import io
import sys
import tarfile
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import mercury_fields  # noqa: E402
from mercury_fields import Read, answers, judge  # noqa: E402

# A fictional site's test, in the two layouts the package's tests use: a describe whose
# beforeAll reads the fixture, and `it` blocks that each read their own.
TEST_JS = """
describe('WwwPelicanGazetteExtractor', () => {
  beforeAll(() => {
    const html = fs.readFileSync('./fixtures/www.pelican-gazette.test/1000.html');
  });
  it('returns the title', async () => {
    assert.equal(title, 'Harbour \\'lantern\\' festival ' +
      "returns");
  });
  it('returns the author', async () => {
    assert.equal(author, 'Mira Okonkwo and Len Dahl');
  });
  it('returns the dek', async () => {
    assert.equal(dek, null);
  });
  it('returns the lead', async () => {
    assert.equal(first13, `Lanterns \\u2019lit\\u{2019} the quay`);
  });
  it('returns the date_published', async () => {
    const html = fs.readFileSync('./fixtures/www.pelican-gazette.test/2000.html');
    assert.equal(date_published, someDate);
    assert.equal(title, 'Second page');
  });
});
"""


SITE = "www.pelican-gazette.test"


def _archive(tmp_path: Path) -> Path:
    path = tmp_path / "package.tgz"
    data = TEST_JS.encode("utf-8")
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo(
            "package/src/extractors/custom/www.pelican-gazette.test/index.test.js"
        )
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return path


def test_answers_belong_to_the_fixture_read_last(tmp_path: Path) -> None:
    got = answers(_archive(tmp_path))
    first = got["www.pelican-gazette.test__1000.html"]
    assert first["title"] == "Harbour 'lantern' festival returns"
    assert first["authors"] == "Mira Okonkwo and Len Dahl"
    assert first["dek"] is None
    assert first["lead"] == "Lanterns \u2019lit\u2019 the quay"
    # A variable is no answer; the second fixture's title is its own.
    assert got["www.pelican-gazette.test__2000.html"] == {"title": "Second page"}


def test_judge_compares_words_names_and_days() -> None:
    answer = {"title": "Harbour 'lantern' festival returns", "authors": "Mira Okonkwo and Len Dahl",
              "date": "2026-03-02T03:30:00.000Z", "lead": "Lanterns lit the quay"}  # fmt: skip
    read = Read("Harbour “Lantern” Festival Returns", ["Len Dahl", "Mira Okonkwo"],
                "2026-03-01T22:30:00-05:00", None, "At dusk. Lanterns lit the quay.")  # fmt: skip
    assert judge(read, answer) == {"title": True, "authors": True, "date": True,
                                   "date ±1 day": True, "lead": True}  # fmt: skip
    wrong = Read("Harbour festival", ["Mira Okonkwo"], "2026-03-04", None, "Lanterns lit.")
    assert judge(wrong, answer) == {"title": False, "authors": False, "date": False,
                                    "date ±1 day": False, "lead": False}  # fmt: skip
    # A null author wants none; a date with no offset is taken as written, within a day.
    bare = Read(None, [], "2026-03-01", None, "")
    assert judge(bare, {"authors": None, "date": answer["date"]}) == {
        "authors": True, "date": False, "date ±1 day": True}  # fmt: skip


def test_every_reader_is_measured() -> None:
    assert mercury_fields.readers()[:2] == ["html", "trafilatura"]
    assert len(mercury_fields.readers()) == 7
