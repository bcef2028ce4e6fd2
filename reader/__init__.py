"""French Reader: an offline reading aid for learners of French."""

__version__ = "0.1.0"
