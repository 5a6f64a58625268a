"""Plain-text dumps ("save as text", w3m, inscriptis, lynx) read as a careful human would."""

from newsdesk.extract.text.read import read_text

__all__ = ["read_text"]
