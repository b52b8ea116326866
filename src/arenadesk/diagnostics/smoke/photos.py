"""Smoke step on photos: Pillow and pi-heif in this build, a phone photo and an iPhone
HEIC added to a demo group (upright, without GPS), and a group report PDF printing them."""

from __future__ import annotations

import base64
import io

from arenadesk.diagnostics.smoke.reports import describe_pdf
from arenadesk.diagnostics.smoke.state import Smoke, SmokeFailure

# A 64 × 48 HEIC (made once with pillow-heif's encoder, which the app does not ship).
TINY_HEIC = base64.b64decode(
    "AAAAHGZ0eXBoZWljAAAAAG1pZjFoZWljbWlhZgAAAX1tZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAA"
    "AAAAAAAAAAAAAAAAACJpbG9jAAAAAERAAAEAAQAAAAABoQABAAAAAAAAADIAAAAjaWluZgAAAAAAAQAAABVp"
    "bmZlAgAAAAABAABodmMxAAAAAA5waXRtAAAAAAABAAAA/WlwcnAAAADdaXBjbwAAAHZodmNDAQNwAAAAkAAA"
    "AAAAHvAA/P34+AAADwNgAAEAGEABDAH//wNwAAADAJAAAAMAAAMAHroCQGEAAQAqQgEBA3AAAAMAkAAAAwAA"
    "AwAeoCCBBZbq5Ka5uAhoMCAAAAMDIAAAAwAhYgABAAZEAcFzwIkAAAATY29scm5jbHgAAQANAAaAAAAAFGlz"
    "cGUAAAAAAAAAQAAAAEAAAAAoY2xhcAAAAEAAAAABAAAAMAAAAAEAAAAAAAAAAv////AAAAACAAAAEHBpeGkA"
    "AAAAAwgICAAAABhpcG1hAAAAAAAAAAEAAQWBAgMFhAAAADptZGF0AAAALigBrxOA24Vbn/3yj/wfPDmZSsx9"
    "U0ha2i/sm52/7LYsQkL+TRVst+yH7NLm7GA="
)


def _phone_photo() -> bytes:
    """A 640 × 480 JPEG shown turned a quarter (EXIF orientation 6) with a GPS position,
    a red top-left corner in its stored pixels."""
    from PIL import Image

    picture = Image.new("RGB", (640, 480), (235, 232, 222))
    picture.paste((220, 30, 30), (0, 0, 64, 64))
    exif = Image.Exif()
    exif[0x0112] = 6
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (59.0, 54.0, 40.0)
    jpeg = io.BytesIO()
    picture.save(jpeg, "JPEG", quality=90, exif=exif.tobytes())
    return jpeg.getvalue()


def step_photos(smoke: Smoke) -> str:
    from PIL import Image

    from arenadesk.reports.group_pdf import build_group_pdf
    from arenadesk.services import photos
    from arenadesk.store.groups import list_groups
    from arenadesk.store.reports import assemble_group_report

    db = smoke.open_db()
    assert smoke.arena_id is not None
    group = next(g for g in list_groups(db, smoke.arena_id) if g.code == "1A")
    photos.add_photos(
        db,
        [_phone_photo(), TINY_HEIC],
        group_id=group.id,
        caption="Plakaten",
        names=["IMG.JPG", "IMG.HEIC"],
    )
    upright, small = photos.photos_of(db, group_id=group.id)
    stored = photos.photo_bytes(db, upright.sha256)
    image = Image.open(io.BytesIO(stored)).convert("RGB")
    corner = image.getpixel((470, 5))
    if image.size != (480, 640) or not isinstance(corner, tuple) or corner[0] < 180:
        raise SmokeFailure(f"the phone photo was not turned upright: {image.size}")
    if b"Exif" in stored or b"GPS" in stored:
        raise SmokeFailure("the stored photo still carries EXIF metadata")
    if (small.width, small.height) != (64, 48):
        raise SmokeFailure(f"the HEIC photo is {small.width} × {small.height}, not 64 × 48")
    report = assemble_group_report(db, group.id, smoke.language)
    if len(report.photos) != 2:
        raise SmokeFailure(f"the group report reads {len(report.photos)} of the 2 photos")
    target = smoke.folder / "reports" / f"{report.code}-bilder.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    build_group_pdf(report, target)
    images = target.read_bytes().count(b"/Subtype /Image")
    if images < 2:
        raise SmokeFailure(f"{target.name} shows {images} of the 2 photos")
    return f"JPEG upright without GPS, HEIC; {report.code} report: {describe_pdf(target)}"
