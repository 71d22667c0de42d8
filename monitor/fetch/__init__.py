"""Network side of monitor: HTTP client, feed polling, article download and text extraction."""
