"""Documents: Excel templates, imports and exports (openpyxl); certificate PDFs (weasyprint)."""
