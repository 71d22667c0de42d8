"""Imported first by the fork server (and by each worker where there is none): gives the rules engine the compiled
patterns an earlier run left in the pattern cache, before the preload imports the engine.

prefork, imported last, saves what the engine had to compile anew.
"""

from __future__ import annotations

from monitor import pattern_cache

pattern_cache.load()
