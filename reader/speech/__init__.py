"""Read-aloud: speech backends behind one interface, alignment and Qt playback (no widgets)."""
