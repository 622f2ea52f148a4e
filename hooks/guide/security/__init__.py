"""What every built page carries for its own protection: the Content-Security-Policy."""
