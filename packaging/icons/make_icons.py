"""Render the app icon from its SVG source into every file the packages need.

    .venv/bin/python packaging/icons/make_icons.py

Source: resources/icons/arenadesk.svg. Writes (and the results are committed):
  resources/icons/arenadesk-<N>.png   N = 16 … 512: the window icon and the Linux hicolor set
  packaging/icons/arenadesk.ico       Windows: executable, installer, file association
  packaging/icons/arenadesk.icns      macOS: the app bundle and its document types

The SVG is drawn by Qt's own renderer (QtSvg, offscreen platform, no display needed) at
each size directly, so small sizes are drawn for their pixel grid rather than scaled down
from a large bitmap. Pillow (already installed with reportlab) writes the ICO and ICNS.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "arenadesk.svg"
PNG_DIR = ROOT / "resources" / "icons"
ICO = ROOT / "packaging" / "icons" / "arenadesk.ico"
ICNS = ROOT / "packaging" / "icons" / "arenadesk.icns"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # Pillow picks the retina pairs from these


def render(size: int) -> bytes:
    """The SVG drawn at size × size pixels, as PNG bytes (transparent outside the tile)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    rendered = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in rendered.items()}

    for size in PNG_SIZES:
        target = PNG_DIR / f"arenadesk-{size}.png"
        target.write_bytes(rendered[size])
        print(f"wrote {target.relative_to(ROOT)}")

    ICO.parent.mkdir(parents=True, exist_ok=True)
    largest = images[max(ICO_SIZES)]
    # Pillow writes each requested size; frames given in append_images are used as drawn.
    largest.save(
        ICO,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    print(f"wrote {ICO.relative_to(ROOT)}")

    images[max(ICNS_SIZES)].save(
        ICNS,
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    print(f"wrote {ICNS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
