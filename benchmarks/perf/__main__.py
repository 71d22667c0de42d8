"""Entry point: python -m benchmarks.perf [--runs 5] [--feeds 300] [--items 30] [--quick]."""

from benchmarks.perf.run import main

raise SystemExit(main())
