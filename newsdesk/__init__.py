"""newsdesk: raw captures of news pages in, a searchable cross-outlet record out."""

from newsdesk import _speedups
from newsdesk.settings import setting

# Before any reader module is imported: where mypyc compiled them, those are what get loaded.
_speedups.install(pure_python=bool(setting("pure_python")))
