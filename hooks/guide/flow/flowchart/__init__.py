"""The flowchart: what is drawn (source), line breaking (labels), Graphviz (dot), restyling (svg), the figure."""
