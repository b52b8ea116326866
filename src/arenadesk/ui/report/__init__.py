"""The group's standard report, printing and the arena's exports."""
