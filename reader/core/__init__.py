"""The Qt-free core: analysis, vocabulary model, glossary, importers, exporters, user data."""
