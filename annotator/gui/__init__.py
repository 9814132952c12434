"""The window: everything Qt lives under this package; the core never imports it.

PySide's import hook (shibokensupport's feature import) reads the source of every module an
import statement returns after PySide6 is loaded, the first time, to see whether it uses PySide
(for its ``__feature__`` switches); at a start that was ~117 modules and 13–15 ms. So the core
modules the window starts with are imported here, then PySide6 (unless it was already), then
:func:`skip_pyside_source_reads` tells the hook what it would find in them, in the standard
library and in the window's own modules (it reads ~10 at a start now, PySide's own imports, as
in any PySide program), and the window's modules follow (importing any module of this package
imports the window, as every start does). ``tests/gui/test_start.py`` checks that no core module of the first
paint is imported after PySide6 (add a new one here) and that the hook reads none of ours.
"""
import gc
import os
import sys


def _load() -> None:
    """The core the window starts with, then PySide6's modules and its ``Qt`` namespace, then the
    window's modules, with the cycle collector held off: they make tens of thousands of lasting
    objects (modules, classes, functions, enums) that it would walk again and again as they are
    made (~45 collections, 8–11 ms of a start); frozen (``gc.freeze``)
    with whatever the process had made before, they are left out of every later collection too
    (left unfrozen, the first collection after would walk them all at once: slower than before)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        import annotator.core.errors
        import annotator.core.find
        import annotator.core.ink
        import annotator.core.jurisdiction
        import annotator.core.resources
        import annotator.core.review
        import annotator.core.selection
        import annotator.core.span_layout
        import annotator.core.suggest.values
        import annotator.core.typed_value
        import annotator.core.undo
        import annotator.core.value_text
        import annotator.core.yuan_sign  # noqa: F401
        __import__("PySide6.QtWidgets")  # after the core (an import statement would be sorted first)
        sys.modules["PySide6.QtCore"].Qt  # noqa: B018  the namespace every module of the window uses (93 enums)
        skip_pyside_source_reads()
        __import__("annotator.gui.main_window")  # and the window's own modules, which a start imports next
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


def skip_pyside_source_reads() -> int:
    """Tell PySide's import hook, as it would find reading their source, that the loaded modules of
    the core and of the standard library do not use PySide (-1 in its table: "leave this module's
    feature selection alone"; the core never imports Qt) and that the window's modules, loaded
    or not, use it without features (0). Without the table (another PySide version) nothing is
    done. Returns how many modules were marked."""
    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    marks = {name: 0 for name in _package_modules(__name__, os.path.dirname(__file__))}
    stdlib = sys.stdlib_module_names
    for name in list(sys.modules):
        top = name.partition(".")[0]
        if top in stdlib or (top == "annotator" and name not in marks):
            marks[name] = -1
    new = {name: mark for name, mark in marks.items() if name not in table}
    table.update(new)
    return len(new)


def _package_modules(package: str, folder: str) -> list[str]:
    """The names of the modules of a package folder and its subpackages, imported or not."""
    names = [package]
    try:
        entries = list(os.scandir(folder))
    except OSError:  # a frozen build: no folders, and no sources for the hook to read either
        return names
    for entry in entries:
        if entry.name.endswith(".py") and entry.name != "__init__.py":
            names.append(f"{package}.{entry.name[:-3]}")
        elif entry.is_dir() and os.path.exists(os.path.join(entry.path, "__init__.py")):
            names += _package_modules(f"{package}.{entry.name}", entry.path)
    return names


_load()
