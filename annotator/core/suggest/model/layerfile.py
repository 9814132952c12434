"""What a crfsuite model file (a layer of a :class:`.crf.SequenceModel`) says of itself, read from its
bytes without opening it: the attributes it knows, and whether it is whole."""
from __future__ import annotations

import struct


def layer_attributes(layer: bytes) -> list[str] | None:
    """The attributes (feature strings) a crfsuite model file knows, read from its dictionary (a
    CQDB chunk: a record per attribute, found through the backward array of record offsets);
    None if it does not look like one."""
    try:
        magic, num_attrs, off_attrs = struct.unpack_from("<4s20xI8xI", layer, 0)
        if magic != b"lCRF" or layer[off_attrs:off_attrs + 4] != b"CQDB":
            return None
        count, table = struct.unpack_from("<II", layer, off_attrs + 16)
        if count != num_attrs:
            return None
        out = []
        for i, offset in enumerate(struct.unpack_from(f"<{count}I", layer, off_attrs + table)):
            at = off_attrs + offset
            record, size = struct.unpack_from("<II", layer, at)
            if record != i or not size:
                return None
            out.append(layer[at + 8:at + 7 + size].decode("utf-8"))
        return out
    except (struct.error, UnicodeDecodeError):
        return None


def whole_layer(layer: bytes) -> bool:
    """Whether ``layer`` looks like a whole crfsuite model file: its header's magic and type, the
    size it gives is its length, and its parts start inside it."""
    if len(layer) < 48:
        return False
    magic, size, kind, *offsets = struct.unpack_from("<4sI4s4x4x4x4x5I", layer, 0)
    return magic == b"lCRF" and kind == b"FOMC" and size == len(layer) and all(o < size for o in offsets)
