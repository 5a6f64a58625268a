"""Capture: turn whatever the user points at into raw `Capture` records, losing nothing."""

from newsdesk.capture.files import CaptureError, iter_captures, read_capture

__all__ = ["CaptureError", "iter_captures", "read_capture"]
