"""The command line: the window by default, sub-commands for headless work."""
