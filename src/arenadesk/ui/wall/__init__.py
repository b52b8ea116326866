"""The Open Space program wall."""
