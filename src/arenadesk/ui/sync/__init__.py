"""Packages, setup files, merges, backups and the server connection."""
