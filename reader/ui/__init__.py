"""The desktop window (PySide6 only): shows core objects and sends user intents."""
