"""Messages about photos: images refused or converted, edits, and package size.

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

PHOTO_MESSAGES: dict[str, dict[str, str]] = {
    # --- an image file that is refused (images/reading.py); nothing is saved -------------
    "photo.not_found": {
        "nb": "Finner ikke bildet «{name}». Ingen bilder er lagt til.",
        "en": "The image “{name}” does not exist. No photos were added.",
    },
    "photo.unreadable": {
        "nb": "Kunne ikke lese bildet «{name}» ({detail}). Ingen bilder er lagt til.",
        "en": "Could not read the image “{name}” ({detail}). No photos were added.",
    },
    "photo.not_image": {
        "nb": "«{name}» er ikke et bilde ArenaDesk kan lese (JPEG, PNG, HEIC, GIF, WebP eller "
        "BMP). Ingen bilder er lagt til.",
        "en": "“{name}” is not an image ArenaDesk can read (JPEG, PNG, HEIC, GIF, WebP or "
        "BMP). No photos were added.",
    },
    "photo.truncated": {
        "nb": "«{name}» er avkortet eller skadet og kan ikke vises. Kopier bildet på nytt fra "
        "telefonen eller kameraet. Ingen bilder er lagt til.",
        "en": "“{name}” is truncated or damaged and cannot be shown. Copy the photo again from "
        "the phone or camera. No photos were added.",
    },
    "photo.file_too_large": {
        "nb": "«{name}» er {size} MB; et bilde kan være høyst {limit} MB. Ingen bilder er lagt "
        "til.",
        "en": "“{name}” is {size} MB; an image can be at most {limit} MB. No photos were added.",
    },
    "photo.too_many_pixels": {
        "nb": "«{name}» sier at det er {megapixels} megapiksler ({width} × {height}); ArenaDesk "
        "tar bilder på høyst {limit} megapiksler. Ingen bilder er lagt til.",
        "en": "“{name}” says it is {megapixels} megapixels ({width} × {height}); ArenaDesk "
        "takes images of at most {limit} megapixels. No photos were added.",
    },
    "photo.too_many_pixels_unknown": {
        "nb": "«{name}» sier at det er mer enn {limit} megapiksler, for stort til å åpnes trygt. "
        "Ingen bilder er lagt til.",
        "en": "“{name}” says it is more than {limit} megapixels, too large to open safely. "
        "No photos were added.",
    },
    "photo.too_small": {
        "nb": "«{name}» er bare {width} × {height} piksler; et bilde må være minst {limit} "
        "piksler på hver side. Ingen bilder er lagt til.",
        "en": "“{name}” is only {width} × {height} pixels; an image must be at least {limit} "
        "pixels on each side. No photos were added.",
    },
    "photo.too_many": {
        "nb": "{count} bilder på en gang er for mange; legg til høyst {limit} om gangen. "
        "Ingen bilder er lagt til.",
        "en": "{count} photos at once are too many; add at most {limit} at a time. No photos "
        "were added.",
    },
    "photo.no_owner": {
        "nb": "Et bilde må høre til en gruppe, en tavle eller et innspill.",
        "en": "A photo must belong to a group, a board or an input.",
    },
    # --- editing a photo ------------------------------------------------------------------
    "photo.bad_edit": {
        "nb": "Bildet kan bare roteres en kvart omdreining om gangen.",
        "en": "A photo can only be turned a quarter turn at a time.",
    },
    "photo.bad_corners": {
        "nb": "De fire hjørnene må ligge i bildet og danne en firkant (øverst til venstre, øverst "
        "til høyre, nederst til høyre, nederst til venstre). Bildet er ikke endret.",
        "en": "The four corners must lie in the picture and make a four-sided shape (top left, "
        "top right, bottom right, bottom left). The photo was not changed.",
    },
    "photo.bad_crop": {
        "nb": "Utsnittet må ligge i bildet og ha en bredde og høyde. Bildet er ikke endret.",
        "en": "The crop must lie in the picture and have a width and height. The photo was not "
        "changed.",
    },
    "photo.missing_image": {
        "nb": "Bildet finnes ikke i denne filen (det kan mangle i pakken det kom fra).",
        "en": "The image is not in this file (it may be missing from the package it came in).",
    },
    # --- rules for a stored image (store/db/row_rules.py), said about a package's row -----
    "rule.not_digest": {"nb": "er ikke en SHA-256", "en": "not a SHA-256"},
    "rule.image_bytes": {
        "nb": "er ikke de lagrede bildebytene",
        "en": "not the stored image bytes",
    },
    "rule.image_hash": {
        "nb": "stemmer ikke med bildets SHA-256",
        "en": "does not match the image's SHA-256",
    },
    "rule.image_header": {
        "nb": "stemmer ikke med bildet selv",
        "en": "does not match the image itself",
    },
    "rule.image_version": {
        "nb": "er ikke versjonen et lagret bilde har",
        "en": "not the version a stored image has",
    },
    # --- the command line (cli/photos.py) ------------------------------------------------
    "cli.photos_added": {
        "nb": "La til {photos} i gruppe {code} i {path}:",
        "en": "Added {photos} to group {code} in {path}:",
    },
    "cli.photos_of_group": {
        "nb": "Gruppe {code} har {photos}.",
        "en": "Group {code} has {photos}.",
    },
    "cli.photo_line": {
        "nb": "{caption}, {width} × {height} {kind}, {size} (sha256 {sha}…)",
        "en": "{caption}, {width} × {height} {kind}, {size} (sha256 {sha}…)",
    },
    "cli.photo_no_caption": {"nb": "uten bildetekst", "en": "no caption"},
    "cli.photo_in_report": {"nb": "rapporten", "en": "the report"},
    "cli.photo_on_board": {"nb": "tavla «{title}»", "en": "the board “{title}”"},
    "cli.no_board": {
        "nb": "Gruppe {code} har ingen tavle med tittelen «{title}». Tavlene: {boards}.",
        "en": "Group {code} has no board titled “{title}”. Its boards: {boards}.",
    },
    "field.caption": {"nb": "Bildeteksten", "en": "The caption"},
}
