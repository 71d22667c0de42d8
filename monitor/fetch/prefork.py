"""Builds, in the fork server, what each worker would otherwise build for itself, then freezes it.

WorkerPool adds this module to the end of any preload list, so the fork server imports it last.

Workers are forked from the fork server, so memory it fills before forking is
shared with every worker until one writes to it. trafilatura builds a table of
stop words in all languages (~150,000 words, ~25 MB, ~0.1 s) the first time a
page falls back to justext, and the rules engine loads its gazetteer on its
first text: built here, there is one copy for all workers instead of one each. The engine's patterns came from
the pattern cache (monitor.pattern_cache, read by patterns_from_cache before the engine was imported); what had to
be compiled anew is saved to it. Freezing the heap keeps the workers' garbage collector from writing to (and so
copying) the pages of objects they inherit.
"""

from __future__ import annotations

import gc
import sys

if "trafilatura" in sys.modules:
    from monitor.fetch.text import warm_up

    warm_up()

if "monitor.extract" in sys.modules:
    from monitor import pattern_cache
    from monitor.extract import extract

    # plain ASCII text and text with other characters (a curly quote) are read by two sets of the rules
    extract("Russia launched 10 drones at Kyiv overnight; air defences shot down 8 of them.")
    extract("Russia’s attack on Kyiv: 12 drones were launched, and all were shot down, the city’s mayor said.")
    pattern_cache.save()  # what was compiled anew (patterns_from_cache gave the engine what an earlier run left)

gc.collect()
gc.freeze()
