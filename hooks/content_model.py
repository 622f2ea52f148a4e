# Hook: validate every page's front matter (placeholder until the core lands).
