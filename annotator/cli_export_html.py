"""``annotator export P --format html -o DIR/``: the reading export, one file per document in a folder."""
from __future__ import annotations

from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.export import formats as export_formats
from annotator.paths import as_argument


def each_document(fmt: str | None, output: str) -> dict[str, bool]:
    """The writer's options for ``-o`` naming a folder: html writes a file per document into it; any other
    format is refused (it writes one file: -o names it), saying so (it said "(Is a directory)")."""
    if fmt == "html":
        if Path(output).exists() and not Path(output).is_dir():
            raise AnnotatorError(f"{output}: is a file; -o DIR/ names the folder the documents' HTML files are "
                                 "written into; nothing was written")
        return {"each": True}
    example = Path(output) / f"export{export_formats.get(fmt or 'xlsx').suffix}"
    what = "is a folder" if Path(output).is_dir() else "names a folder"
    raise AnnotatorError(f"{output}: {what}; -o names the file to write (-o {as_argument(example)}), "
                         "a folder only with --format html (a file per document); nothing was written")
