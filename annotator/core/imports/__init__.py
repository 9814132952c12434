"""Readers of what enters a project: articles (documents.py: .txt/.md through text.py, .docx
through word.py) and annotations (annotations.py: gold and doccano JSON Lines through jsonl.py,
corrections in an exported workbook through xlsx.py), found by suffix in formats.py.

Nothing here imports the exports (an import-linter contract keeps the two apart)."""
