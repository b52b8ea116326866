"""Checking an installation, the log and crash reports."""
