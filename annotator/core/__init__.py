"""The pure core: documents, labels, spans, suggestion, export and the store. Never imports Qt."""
