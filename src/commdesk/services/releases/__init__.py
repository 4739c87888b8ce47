"""Press releases: drafting, review, the gate, export, coverage."""
