"""Tagging through CRFsuite's own C interface (``crfsuite.h``), whose functions python-crfsuite's
extension module is built with and exports, with a document's features handed over as attribute
numbers, a block of lines at a time (``BLOCK_ROWS`` characters: memory stays flat however long
the document).

Why: python-crfsuite's ``Tagger.tag`` takes one line as an ``ItemSequence`` of strings, copies
them into C++ strings, and looks each one up in the layer's dictionary again, for every layer:
a quarter of the time of suggesting with the model (issue 17's speed goal). Here each feature of
a document is looked up once (in a dict of the attributes some layer knows), every layer's
attribute numbers are one numpy gather, and crfsuite's tagger gets the items as its own structs
(``crfsuite_instance_t`` → ``crfsuite_item_t`` → ``crfsuite_attribute_t``, value 1.0, in the
order of the features: what python-crfsuite builds). The state scores, the Viterbi path and the
marginals are then computed by the same C code over the same attributes in the same order, so
the tags are the same (``tests/core/test_model_ctagger.py`` compares both on real reports).

Where the extension does not export the functions (builds that hide their symbols, as on
Windows), :func:`open_layers` returns None and :mod:`.crf` tags through python-crfsuite as
before; so it does when a layer's labels are not B/I/O or a probe tags differently.
"""
from __future__ import annotations

import ctypes
import threading
import weakref
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from ctypes import CFUNCTYPE, POINTER, Structure, c_double, c_int, c_void_p
from itertools import chain, repeat
from typing import Any

import numpy as np


class _Attribute(Structure):
    _fields_ = [("aid", c_int), ("value", c_double)]


class _Item(Structure):
    _fields_ = [("num_contents", c_int), ("cap_contents", c_int), ("contents", c_void_p)]


class _Instance(Structure):
    _fields_ = [("num_items", c_int), ("cap_items", c_int), ("items", c_void_p), ("labels", c_void_p),
                ("weight", c_double), ("group", c_int)]


_REF = CFUNCTYPE(c_int, c_void_p)  # addref, release, length, num
_GET = CFUNCTYPE(c_int, c_void_p, c_void_p)  # get_tagger, get_labels, get_attrs, set
_VITERBI = CFUNCTYPE(c_int, c_void_p, c_void_p, c_void_p)
_MARGINAL_POINT = CFUNCTYPE(c_int, c_void_p, c_int, c_int, c_void_p)
_TO_STRING = CFUNCTYPE(c_int, c_void_p, c_int, c_void_p)
_FREE = CFUNCTYPE(None, c_void_p, c_void_p)


class _Model(Structure):
    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", _REF), ("release", _REF),
                ("get_tagger", _GET), ("get_labels", _GET), ("get_attrs", _GET), ("dump", c_void_p)]


class _Tagger(Structure):
    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", _REF), ("release", _REF),
                ("set", _GET), ("length", _REF), ("viterbi", _VITERBI), ("score", c_void_p),
                ("lognorm", c_void_p), ("marginal_point", _MARGINAL_POINT), ("marginal_path", c_void_p)]


class _Dictionary(Structure):
    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", _REF), ("release", _REF),
                ("get", c_void_p), ("to_id", c_void_p), ("to_string", _TO_STRING), ("num", _REF), ("free", _FREE)]


Flat = tuple[np.ndarray, np.ndarray, int]  # a block's attribute numbers, the row of each, its rows
# (kept in ``flats``: the numbers, how many each row has, its rows)
_ITEM = np.dtype(_Item)  # numpy's view of the C structs: the same sizes and offsets
_ATTRIBUTE = np.dtype(_Attribute)
_library: Any = None


def _create() -> Any:
    """crfsuite_create_instance_from_memory, or None where it cannot be reached."""
    global _library
    if _library is None:
        try:
            import pycrfsuite._pycrfsuite as extension

            create = ctypes.CDLL(extension.__file__).crfsuite_create_instance_from_memory
            create.argtypes = [c_void_p, ctypes.c_size_t, c_void_p]
            create.restype = c_int
            _library = create
        except (OSError, AttributeError, ImportError):
            _library = False
    return _library or None


class _Layer:
    """One layer's model and tagger, opened from its crfsuite file (the bytes are kept: crfsuite
    reads them where they lie)."""

    def __init__(self, data: bytes) -> None:
        self.buffer = ctypes.create_string_buffer(data, len(data))
        model = c_void_p()
        if _create()(self.buffer, len(data), ctypes.byref(model)) or not model.value:
            raise OSError("crfsuite could not open the layer")
        self.model = ctypes.cast(model, POINTER(_Model)).contents
        tagger = c_void_p()
        if self.model.get_tagger(model.value, ctypes.byref(tagger)) or not tagger.value:
            self.model.release(model.value)
            raise OSError("crfsuite could not make a tagger")
        self.tagger = ctypes.cast(tagger, POINTER(_Tagger)).contents
        self.address = tagger.value
        self.set, self.viterbi, self.marginal_point = self.tagger.set, self.tagger.viterbi, self.tagger.marginal_point
        self.labels = self._labels(model.value)
        self.numbers = {name: i for i, name in enumerate(self.labels)}  # B/I/O -> the layer's label number
        weakref.finalize(self, _release, self.tagger.release, tagger.value, self.model.release, model.value)

    def _labels(self, model: int) -> list[str]:
        dictionary = c_void_p()
        if self.model.get_labels(model, ctypes.byref(dictionary)) or not dictionary.value:
            raise OSError("crfsuite could not read the labels")
        d = ctypes.cast(dictionary, POINTER(_Dictionary)).contents
        out = []
        try:
            for i in range(d.num(dictionary.value)):
                text = c_void_p()
                if d.to_string(dictionary.value, i, ctypes.byref(text)) or not text.value:
                    raise OSError("crfsuite could not read a label")
                out.append(ctypes.string_at(text.value).decode())
                d.free(dictionary.value, text.value)
        finally:
            d.release(dictionary.value)
        return out


def _release(tagger_release: Any, tagger: int, model_release: Any, model: int) -> None:
    tagger_release(tagger)
    model_release(model)


class CLayers:
    """The layers of a model (label -> crfsuite file and its attributes in number order), tagged
    through the C interface."""

    def __init__(self, layers: dict[str, bytes], attributes: dict[str, list[str]]) -> None:
        self.layers = {label: _Layer(data) for label, data in layers.items()}
        for label, layer in self.layers.items():
            if sorted(layer.labels) != ["B", "I", "O"]:
                raise OSError(f"the {label} layer's labels are {layer.labels}")
        union = sorted(set(chain.from_iterable(attributes.values())))
        # each attribute some layer knows -> its number, from 1 (the features drop what is false)
        self.numbers = {name: i for i, name in enumerate(union, 1)}
        self.index: dict[Any, int] = {**self.numbers, **{name.encode(): i for name, i in self.numbers.items()}}
        self.unknown = len(union) + 1
        self.maps = {}  # label -> attribute number -> the layer's attribute number (-1: it does not know it)
        for label, names in attributes.items():
            found = np.full(len(union) + 2, -1, dtype=np.int32)
            found[[self.numbers[name] for name in names]] = np.arange(len(names), dtype=np.int32)
            self.maps[label] = found
        # a layer's label numbers -> B/I/O, as one translation of the path's bytes
        self.letters = {label: bytes.maketrans(bytes(range(3)), "".join(layer.labels).encode())
                        for label, layer in self.layers.items()}
        self.outside_number = {label: layer.labels.index("O") for label, layer in self.layers.items()}
        # one line at a time in a tagger: crfsuite's calls let other threads run (python-crfsuite's
        # held the interpreter), and a cached model may be tagged by a task thread and the window's
        self.lock = threading.Lock()

    def paths(self, features: Sequence[Sequence[Any]], lines: Iterable[tuple[int, int]],
              labels: Sequence[str], extra: np.ndarray | None = None,
              flats: dict[int, Flat] | None = None) -> Iterator[tuple[str, int, str, Any]]:
        """(label, line start, B/I/O of the line, marginal(tag, position)) for each line and layer of
        ``labels`` whose path holds a span, lines in order (the marginals are those of the line just
        yielded: read them before the next). The taggers are held till the last line is done.
        ``extra``: attribute numbers (0: none) each row has after its features, a column each (the
        stacked layer's, :mod:`.stackfeatures`), one row a row of ``features``. ``flats``: the blocks'
        attribute numbers found so far in this document (:meth:`_flat`), kept for the next call."""
        with self.lock:
            for block_start, block in _blocks(lines):  # a line's tags read only its own rows
                yield from self._block_paths(features, block_start, block, labels, extra, flats)

    def outside(self, features: Sequence[Sequence[Any]], lines: Iterable[tuple[int, int]], label: str,
                flats: dict[int, Flat] | None = None) -> np.ndarray:
        """1 - P(O) (P(B or I)) of every row of ``features`` under the layer ``label``: its marginals,
        computed by crfsuite for the rows of each line of ``lines`` (crfsuite writes each into the
        array: no Python object a character); 0 outside them. ``flats``: as :meth:`paths`'."""
        lines = list(lines)
        out = np.ones(len(features))  # P(O) 1 outside the lines
        layer = self.layers[label]
        outside = self.outside_number[label]
        instance = _Instance(0, 0, None, None, 1.0, 0)
        where = ctypes.addressof(instance)
        step, size = _ITEM.itemsize, out.itemsize
        set_, point, address = layer.set, layer.marginal_point, layer.address
        with self.lock:
            for offset, block in _blocks(lines):
                flat, rows, n = self._flat(features, offset, block, flats)
                items = self._items(self.maps[label][flat], rows, n)
                for start, end in block:
                    instance.num_items = instance.cap_items = end - start
                    instance.items = items[1] + step * (start - offset)
                    set_(address, where)
                    at = out.ctypes.data + size * start
                    deque(map(point, repeat(address), repeat(outside), range(end - start),
                              range(at, at + size * (end - start), size)), 0)
        return 1.0 - out  # P(O) -> P(B or I), as 1.0 - marginal("O", t) gives it

    def _flat(self, features: Sequence[Sequence[Any]], offset: int, lines: list[tuple[int, int]],
              flats: dict[int, Flat] | None = None) -> Flat:
        """The attribute numbers of the rows ``offset`` … the end of ``lines`` in a row, the row of
        each, and the number of rows (found once in ``flats``, when given: kept there as 32-bit
        numbers and each row's count, 4 bytes a number rather than 16, for a long document's second
        pass, :meth:`.suggester.ModelSuggester.tagged`)."""
        if flats is None:
            flat, counts, n = self._numbers(features, offset, lines)
        else:
            found = flats.get(offset)
            if found is None:
                found = flats[offset] = self._numbers(features, offset, lines)
            flat, counts, n = found
        return flat, np.repeat(np.arange(n), counts), n

    def _numbers(self, features: Sequence[Sequence[Any]], offset: int, lines: list[tuple[int, int]]) -> Flat:
        """:meth:`_flat`'s numbers (32-bit) and the count of each row (not the row of each number)."""
        rows_of = features[offset:lines[-1][1]]
        n = len(rows_of)
        counts = np.fromiter(map(len, rows_of), dtype=np.int64, count=n)
        total = int(counts.sum())
        first = next((row[0] for row in features if row), None)
        if isinstance(first, int):  # the numbers of a vocabulary made for this interface (SequenceModel.vocabulary)
            flat = np.fromiter(chain.from_iterable(rows_of), dtype=np.int64, count=total)
        else:  # strings or bytes, looked up by name
            flat = np.fromiter(map(self.index.get, chain.from_iterable(rows_of), repeat(self.unknown)),
                               dtype=np.int64, count=total)
        flat[(flat < 0) | (flat > self.unknown)] = self.unknown
        return flat.astype(np.int32), counts.astype(np.int32), n

    def _block_paths(self, features: Sequence[Sequence[Any]], offset: int, lines: list[tuple[int, int]],
                     labels: Sequence[str], extra: np.ndarray | None = None,
                     flats: dict[int, Flat] | None = None) -> Iterator[tuple[str, int, str, Any]]:
        """The paths of ``lines`` (in document offsets), whose rows start at ``offset``: their
        items built for these rows alone (a 400,000-character document's at once took 160 MB)."""
        flat, rows, n = self._flat(features, offset, lines, flats)
        if extra is not None:  # each row's extra attributes after its own, in column order
            more = extra[offset:offset + n]
            there = more > 0
            flat = np.concatenate((flat, more[there]))
            rows = np.concatenate((rows, np.nonzero(there)[0]))
            order = np.argsort(rows, kind="stable")
            flat, rows = flat[order], rows[order]
        items = {label: self._items(self.maps[label][flat], rows, n) for label in labels}
        del flat, rows
        path = np.empty(max((end - start for start, end in lines), default=0), dtype=np.int32)
        out_address = path.ctypes.data
        instance = _Instance(0, 0, None, None, 1.0, 0)
        where = ctypes.addressof(instance)
        step = _ITEM.itemsize
        for start, end in lines:
            length = end - start
            instance.num_items = instance.cap_items = length
            for label in labels:
                layer = self.layers[label]
                instance.items = items[label][1] + step * (start - offset)
                layer.set(layer.address, where)
                layer.viterbi(layer.address, out_address, None)
                found = path[:length]
                if not (found != self.outside_number[label]).any():
                    continue
                tags = found.astype(np.uint8).tobytes().translate(self.letters[label]).decode()
                yield label, start, tags, _marginal(layer)

    @staticmethod
    def _items(aids: np.ndarray, rows: np.ndarray, n: int) -> tuple[Any, int]:
        """The items of ``n`` characters (each its known attributes, in order), as crfsuite's
        structs in numpy arrays (kept with the address of the first item)."""
        keep = aids >= 0
        per_row = np.bincount(rows[keep], minlength=n)
        contents = np.zeros(int(keep.sum()), dtype=_ATTRIBUTE)
        contents["aid"] = aids[keep]
        contents["value"] = 1.0
        items = np.zeros(n, dtype=_ITEM)
        items["num_contents"] = items["cap_contents"] = per_row
        offsets = np.cumsum(per_row) - per_row
        items["contents"] = contents.ctypes.data + _ATTRIBUTE.itemsize * offsets
        return (items, contents), items.ctypes.data


BLOCK_ROWS = 20_000  # the characters whose items are built at once (a longer line is a block by itself)


def _blocks(lines: Iterable[tuple[int, int]]) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """(first row, lines) of consecutive lines spanning at most BLOCK_ROWS rows, or one line."""
    block: list[tuple[int, int]] = []
    for start, end in lines:
        if block and end - block[0][0] > BLOCK_ROWS:
            yield block[0][0], block
            block = []
        block.append((start, end))
    if block:
        yield block[0][0], block


def _marginal(layer: _Layer) -> Any:
    """marginal(tag, position) of the line last set in ``layer``'s tagger."""
    number = layer.numbers
    prob = c_double()
    at = ctypes.addressof(prob)

    def marginal(tag: str, position: int) -> float:
        layer.marginal_point(layer.address, number[tag], position, at)
        return prob.value
    return marginal


def open_layers(layers: dict[str, bytes], attributes: dict[str, list[str] | None]) -> CLayers | None:
    """The layers opened through the C interface, or None where that cannot be done (python-crfsuite
    tags them then): the functions not exported, a layer not B/I/O, a dictionary unreadable."""
    if _create() is None or any(names is None for names in attributes.values()):
        return None
    try:
        return CLayers(layers, {label: list(names or ()) for label, names in attributes.items()})
    except OSError:
        return None
