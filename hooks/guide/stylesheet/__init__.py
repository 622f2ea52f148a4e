"""The site's own stylesheets, bundled at build time from the source files under docs/assets/stylesheets/."""
