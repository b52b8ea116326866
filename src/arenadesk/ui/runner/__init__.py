"""Running an økt (Gjennomføring)."""
