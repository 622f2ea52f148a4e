"""Procedure pages: steps laid out (view), step tabs (render), the printed step sheet (sheet) and its QR code."""
