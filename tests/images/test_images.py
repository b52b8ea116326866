"""Images taken as a careful tool would: upright, report size, no metadata, and every bad
file refused with one message (or converted safely)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from arenadesk import images
from arenadesk.domain.photos import PhotoEdit
from arenadesk.images import ImageRefused
from arenadesk.images.reading import MAX_FILE_BYTES
from tests.images import samples


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_phone_photo_is_upright_report_size_and_without_metadata() -> None:
    taken = images.take(samples.phone_photo(), name="IMG_0001.JPG")
    report = taken.report
    assert (report.mime, report.width, report.height) == ("image/jpeg", 1800, 2400)
    image = opened(report.data)
    assert image.size == (1800, 2400)
    # Orientation 6 shows the stored top-left corner at the top right.
    red, green, blue = image.getpixel((1790, 10))
    assert red > 180 and green < 80 and blue < 80
    assert image.getpixel((10, 10))[1] > 150
    assert dict(image.getexif()) == {}
    assert "icc_profile" not in image.info and "exif" not in image.info
    assert b"PhoneMaker" not in report.data and b"GPS" not in report.data
    assert taken.original is None
    assert report.byte_size == len(report.data)


def test_kept_original_is_full_size_upright_and_stripped() -> None:
    taken = images.take(samples.phone_photo(), keep_original=True)
    assert taken.original is not None
    original = opened(taken.original.data)
    assert original.size == (3000, 4000)
    assert dict(original.getexif()) == {}
    assert b"PhoneMaker" not in taken.original.data


def test_a_file_path_is_read_and_named_in_messages(tmp_path: Path) -> None:
    path = tmp_path / "tavle 4F.jpg"
    path.write_bytes(samples.truncated())
    with pytest.raises(ImageRefused) as refused:
        images.take(path)
    assert refused.value.key == "photo.truncated"
    assert "tavle 4F.jpg" in refused.value.text("nb")
    assert "Ingen bilder er lagt til" in refused.value.text("nb")
    assert "No photos were added" in refused.value.text("en")


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"", "photo.not_image"),
        (b"Dette er ikke et bilde, bare tekst.\n" * 20, "photo.not_image"),
        (b"%PDF-1.7\n" + b"0" * 500, "photo.not_image"),
        (samples.png_header(30_000, 30_000), "photo.too_many_pixels_unknown"),  # 900 MP
        (samples.png_header(15_000, 10_000), "photo.too_many_pixels_unknown"),  # 150 MP
        (samples.png_header(9_000, 7_000), "photo.too_many_pixels"),  # 63 MP, decoded whole
        (samples.png_header(8, 4000), "photo.too_small"),
    ],
)
def test_bad_files_are_refused_with_one_message(data: bytes, key: str) -> None:
    with pytest.raises(ImageRefused) as refused:
        images.take(data, name="bilde.png")
    assert refused.value.key == key
    for language in ("nb", "en"):
        text = refused.value.text(language)
        assert "bilde.png" in text and "{" not in text


def test_truncated_jpeg_is_refused() -> None:
    with pytest.raises(ImageRefused) as refused:
        images.take(samples.truncated(), name="halv.jpg")
    assert refused.value.key == "photo.truncated"


def test_missing_and_oversized_files(tmp_path: Path) -> None:
    with pytest.raises(ImageRefused) as refused:
        images.take(tmp_path / "borte.jpg")
    assert refused.value.key == "photo.not_found"
    with pytest.raises(ImageRefused) as refused:
        images.take(tmp_path)
    assert refused.value.key == "photo.not_image"
    huge = tmp_path / "stor.jpg"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImageRefused) as refused:
        images.take(huge)
    assert refused.value.key == "photo.file_too_large"


@pytest.mark.slow
def test_a_100_megapixel_panorama_is_taken_by_decoding_it_smaller() -> None:
    panorama = Image.linear_gradient("L").resize((20_000, 5_000))
    data = samples.jpeg(panorama, quality=70)
    del panorama
    taken = images.take(data, name="panorama.jpg")
    assert (taken.report.width, taken.report.height) == (2400, 600)


def test_cmyk_becomes_rgb() -> None:
    report = images.take(samples.cmyk_jpeg()).report
    image = opened(report.data)
    assert image.mode == "RGB"
    red, green, blue = image.getpixel((300, 200))
    assert red > 150 and green < 120 and blue < 120  # no cyan, much magenta and yellow


def test_sixteen_bit_is_scaled_not_clipped() -> None:
    image = opened(images.take(samples.sixteen_bit_png()).report.data)
    assert image.mode == "L"
    low, high = image.getextrema()
    assert low < 10 and high > 240
    assert 100 < image.getpixel((256, 150)) < 160


def test_animated_gif_takes_its_first_frame() -> None:
    report = images.take(samples.animated_gif()).report
    image = opened(report.data)
    assert image.size == (200, 120)
    assert image.convert("L").getpixel((100, 100)) < 10  # frame 0's background is colour 0


def test_line_art_and_transparency_stay_png() -> None:
    line_art = images.take(samples.line_art_png()).report
    assert line_art.mime == "image/png"
    transparent = images.take(samples.transparent_png()).report
    assert transparent.mime == "image/png"
    assert opened(transparent.data).mode == "RGBA"
    photo_png = images.take(samples.png(samples.flip_chart(900, 600))).report
    assert photo_png.mime == "image/jpeg"


def test_heic_from_an_iphone_is_taken_upright() -> None:
    report = images.take(samples.heic(320, 240, orientation=6), name="IMG_0002.HEIC").report
    assert report.mime == "image/jpeg"
    image = opened(report.data)
    assert image.size == (240, 320)
    red, green, _blue = image.getpixel((235, 3))
    assert red > 150 and green < 110
    assert b"PhoneMaker" not in report.data


def test_rotate_straighten_and_crop() -> None:
    source = images.take(samples.png(samples.flip_chart(800, 600))).report.data
    turned = images.edited(source, PhotoEdit(quarter_turns=1))
    assert (turned.width, turned.height) == (600, 800)
    assert opened(turned.data).getpixel((595, 5))[0] > 180  # the mark turned to top-right
    cropped = images.edited(source, PhotoEdit(crop=(0.0, 0.0, 0.5, 0.25)))
    assert (cropped.width, cropped.height) == (400, 150)


def test_straightening_a_poster_photographed_at_an_angle() -> None:
    # A white poster with a black frame, drawn as a trapezium on a grey wall.
    wall = Image.new("RGB", (1000, 800), (90, 90, 90))
    corners_px = [(250, 150), (800, 100), (900, 700), (150, 650)]
    from PIL import ImageDraw

    ImageDraw.Draw(wall).polygon(corners_px, fill=(250, 250, 250))
    corners = tuple((x / 1000, y / 800) for x, y in corners_px)
    result = images.edited(samples.png(wall), PhotoEdit(corners=corners))
    image = opened(result.data).convert("L")
    width, height = image.size
    assert width > height  # the poster is wider than tall
    # Inside the straightened rectangle there is only poster, no wall.
    for x, y in [(5, 5), (width - 6, 5), (width - 6, height - 6), (5, height - 6)]:
        assert image.getpixel((x, y)) > 200, (x, y)


@pytest.mark.parametrize(
    "edit",
    [
        PhotoEdit(corners=((0.1, 0.1), (0.9, 0.1), (0.9, 0.9))),
        PhotoEdit(corners=((0.1, 0.1), (0.9, 0.9), (0.9, 0.1), (0.1, 0.9))),  # crossed
        PhotoEdit(corners=((0.1, 0.1), (1.5, 0.1), (0.9, 0.9), (0.1, 0.9))),
        PhotoEdit(crop=(0.5, 0.0, 0.4, 1.0)),
        PhotoEdit(crop=(0.0, 0.0, float("nan"), 1.0)),
    ],
)
def test_impossible_edits_are_refused(edit: PhotoEdit) -> None:
    source = images.take(samples.png(samples.flip_chart(200, 100))).report.data
    with pytest.raises(ImageRefused):
        images.edited(source, edit)


def test_shrinking_for_email() -> None:
    report = images.take(samples.phone_photo()).report
    smaller = images.shrunk(report.data, long_edge=1600, quality=80)
    assert smaller is not None
    assert (smaller.width, smaller.height) == (1200, 1600)
    assert smaller.byte_size < report.byte_size
    assert images.shrunk(smaller.data, long_edge=1600, quality=80) is None
