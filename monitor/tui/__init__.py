"""The Textual front end of monitor: live panes over the same pipeline the headless command runs."""
