"""The window's widgets: the article view, the annotation form, the document panel."""
