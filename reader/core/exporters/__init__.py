"""Exporters: the handout model and the vocabulary list to files (pure Python)."""
