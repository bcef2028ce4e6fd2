"""The Anki export choices (card types, audio, gender colours, rough translation), remembered."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

AUDIO_CHOICES = (
    ("opus", "Ogg Opus (small, recommended)"),
    ("mp3", "MP3 (plays everywhere)"),
    ("wav", "WAV (large)"),
    ("none", "No audio"),
)


@dataclass(frozen=True, slots=True)
class ExportChoices:
    """What the learner chose for the cards."""

    cards: tuple[str, ...] = ("basic",)
    audio: str = "none"  # opus | mp3 | wav | none
    gender_colours: bool = True
    translation: bool = True


def load_choices(settings) -> ExportChoices:
    """The choices made last time (defaults the first time)."""
    cards = tuple(c for c in settings.get("anki_cards").split(",") if c in ("basic", "cloze"))
    audio = settings.get("anki_audio")
    return ExportChoices(
        cards=cards or ("basic",),
        audio=audio if audio in dict(AUDIO_CHOICES) else "none",
        gender_colours=settings.get("anki_gender_colours"),
        translation=settings.get("anki_translation"),
    )


def save_choices(settings, choices: ExportChoices) -> None:
    settings.set("anki_cards", ",".join(choices.cards))
    settings.set("anki_audio", choices.audio)
    settings.set("anki_gender_colours", choices.gender_colours)
    settings.set("anki_translation", choices.translation)


class AnkiExportDialog(QDialog):
    """Card types, audio format, gender colours and the rough translation for an export."""

    def __init__(self, choices: ExportChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export to Anki")
        self.basic_check = QCheckBox("Word → meaning (with the article, IPA and sentence)")
        self.cloze_check = QCheckBox("Cloze: the sentence with the word blanked")
        self.basic_check.setChecked("basic" in choices.cards)
        self.cloze_check.setChecked("cloze" in choices.cards)
        self.audio_combo = QComboBox()
        for key, label in AUDIO_CHOICES:
            self.audio_combo.addItem(label, key)
        self.audio_combo.setCurrentIndex(max(0, self.audio_combo.findData(choices.audio)))
        self.gender_check = QCheckBox("Colour nouns by gender (blue le, red la)")
        self.gender_check.setChecked(choices.gender_colours)
        self.translation_check = QCheckBox(
            "Add the sentence's rough machine translation (Apertium, when installed)"
        )
        self.translation_check.setChecked(choices.translation)
        self.problem = QLabel()
        self.problem.setObjectName("anki_export_problem")

        form = QFormLayout()
        form.addRow("Cards:", self.basic_check)
        form.addRow("", self.cloze_check)
        form.addRow("Audio:", self.audio_combo)
        form.addRow("Style:", self.gender_check)
        form.addRow("Sentence:", self.translation_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for check in (self.basic_check, self.cloze_check):
            check.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.basic_check.isChecked() or self.cloze_check.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.problem.setText("" if ok else "Choose at least one card type.")

    def choices(self) -> ExportChoices:
        cards = tuple(
            name
            for name, check in (("basic", self.basic_check), ("cloze", self.cloze_check))
            if check.isChecked()
        )
        return ExportChoices(
            cards=cards,
            audio=self.audio_combo.currentData(),
            gender_colours=self.gender_check.isChecked(),
            translation=self.translation_check.isChecked(),
        )


def ask_choices(parent: QWidget | None, settings) -> ExportChoices | None:
    """Show the dialog with last time's choices; remember and return them (None: cancelled)."""
    dialog = AnkiExportDialog(load_choices(settings), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choices = dialog.choices()
    save_choices(settings, choices)
    return choices
