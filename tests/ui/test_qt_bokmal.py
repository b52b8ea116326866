"""Qt's own dialogs and menus speak bokmål (ArenaDesk ships qtbase_nb: Qt has none), and
the English UI is English with the Norwegian terms explained."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import (
    QColorDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
)

from arenadesk.app import Application
from arenadesk.ui.shell.main_window import MainWindow


def _file_dialog(qtbot) -> QFileDialog:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Åpne")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    return dialog


def test_the_file_dialog_says_avbryt(qtbot, application: Application) -> None:  # type: ignore[no-untyped-def]
    dialog = _file_dialog(qtbot)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Se i:"
    assert labels["fileNameLabel"] == "Fil&navn:"
    assert labels["fileTypeLabel"] == "Fil&type:"


def test_the_file_dialog_names_folders_in_bokmal(qtbot, application: Application, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The Type column ("Folder") comes from Qt's icon provider, a context of its own."""
    provider = QFileIconProvider()
    assert provider.type(QFileInfo(str(tmp_path))) in ("Mappe", "Filmappe")
    dialog = _file_dialog(qtbot)
    tips = {button.toolTip() for button in dialog.findChildren(QToolButton)}
    assert {"Tilbake", "Lag ny mappe", "Listevisning", "Detaljert visning"} <= tips


def test_text_field_menus_are_in_bokmal(qtbot, application: Application) -> None:  # type: ignore[no-untyped-def]
    for field in (QLineEdit(), QTextEdit(), QPlainTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        texts = {action.text().split("\t")[0] for action in menu.actions() if action.text()}
        assert {"&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn", "Merk alt"} <= texts


def test_message_box_and_colour_dialog_in_bokmal(qtbot, application: Application) -> None:  # type: ignore[no-untyped-def]
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Save
    )
    texts = [button.text() for button in box.buttons()]
    assert sorted(texts) == sorted(["&Ja", "&Nei", "Avbryt", "Lagre"])
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    qtbot.addWidget(colours)
    labels = {label.text() for label in colours.findChildren(QLabel)}
    assert "&Grunnfarger" in labels and "&Rød:" in labels


def test_the_print_dialog_title_is_looked_up(application: Application) -> None:
    assert QCoreApplication.translate("PrintDialog", "Print the report") == "Skriv ut rapporten"


def test_english_stays_english_with_the_norwegian_terms_explained(
    qtbot, english: Application, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Support template (støttemal)" in labels and "Run a session (økt)" in labels
    assert not any(label in ("Støttemal", "Run an økt") for label in labels)
    dialog = _file_dialog(qtbot)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
