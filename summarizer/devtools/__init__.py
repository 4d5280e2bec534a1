"""Tools for developing brief, not for running it: the simulated endpoint, the quality
scorer and the JSON-schema exporter."""
