"""`monitor demo`: a local news server publishing a bundled corpus, and a throwaway database to watch it with."""
