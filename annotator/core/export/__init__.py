"""Writers of what leaves the program: jsonl, doccano, xlsx, csv, conll."""
