"""The search index finished with what the site model knows: normalised text, step entries, language, ranking."""
