"""Documenting Open Space conversations (Innspill)."""
