"""The content model: every page read, validated (pydantic) and checked across pages and languages."""
