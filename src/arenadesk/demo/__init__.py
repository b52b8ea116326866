"""The invented demo arenas (facilitated groups, Open Space) and the large benchmark arena."""
