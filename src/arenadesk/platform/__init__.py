"""The operating system: settings and folders, printers, sound, drives, cloud folders."""
