"""Render sheets of an exported workbook to PNG, as LibreOffice shows them (for docs/).

    python scripts/render_sheets.py BOOK.xlsx OUT_DIR [--sheet Facts --sheet Districts] [--dpi 110]
                                    [--crop WIDTHxHEIGHT]

Needs ``soffice`` (LibreOffice Calc; fonts-noto-cjk for Chinese) and Poppler's ``pdftoppm``
(poppler-utils), which rasterises the page and crops it to its top left corner (``--crop``, in
pixels); without it Ghostscript ``gs``, cropped by Pillow where it is installed. Each sheet is
printed on one page (LibreOffice's "SinglePageSheets" PDF export), then that page is rasterised.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook

TIMEOUT = 600  # seconds LibreOffice may take to print the workbook


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("book")
    p.add_argument("out")
    p.add_argument("--sheet", action="append", default=None)
    p.add_argument("--dpi", type=int, default=110)
    p.add_argument("--crop", default="2400x1000")
    args = p.parse_args()
    book, out = Path(args.book).resolve(), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    names = load_workbook(book, read_only=True).sheetnames
    wanted = args.sheet or ["Facts", "Districts"]
    with tempfile.TemporaryDirectory() as tmp:
        pdf_filter = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'
        # a private profile: a LibreOffice already open (a window, another conversion) would take the file
        # over and this call wait for it (it hung for minutes beside another conversion)
        profile = f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}"
        subprocess.run(["soffice", profile, "--headless", "--norestore", "--convert-to", pdf_filter,
                        "--outdir", tmp, str(book)], check=True, capture_output=True, timeout=TIMEOUT)
        pdf = Path(tmp) / (book.stem + ".pdf")
        width, height = (int(n) for n in args.crop.split("x"))
        for name in wanted:
            page = names.index(name) + 1
            png = out / f"export-{name.lower()}.png"
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-png", "-singlefile", "-r", str(args.dpi), "-f", str(page),
                                "-l", str(page), "-x", "0", "-y", "0", "-W", str(width), "-H", str(height),
                                str(pdf), str(png.with_suffix(""))], check=True)
                print(f"wrote {png} (at most {width}x{height})")
                continue
            subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", f"-r{args.dpi}",
                            f"-dFirstPage={page}", f"-dLastPage={page}", f"-sOutputFile={png}", str(pdf)],
                           check=True)
            _crop(png, width, height)
    return 0


def _crop(png: Path, width: int, height: int) -> None:
    """Crop ``png`` to its top left ``width`` x ``height`` pixels where Pillow is installed."""
    try:
        from PIL import Image
    except ImportError:
        print(f"wrote {png} (whole sheet: Pillow is not installed to crop it)")
        return
    Image.MAX_IMAGE_PIXELS = None
    with Image.open(png) as im:
        box = (0, 0, min(width, im.width), min(height, im.height))
        cropped = im.crop(box)
    cropped.save(png, optimize=True)
    print(f"wrote {png} ({box[2]}x{box[3]})")


if __name__ == "__main__":
    sys.exit(main())
