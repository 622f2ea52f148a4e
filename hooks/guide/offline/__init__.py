"""The offline copy of the guide: what it holds (copy) and the service worker that keeps it (worker)."""
