"""Certificate PDFs, rendered by weasyprint from an HTML template with the CJK fonts the
setup command installs. Rendering is CPU-bound: callers run it off the event loop."""

from __future__ import annotations

import html
import string
from pathlib import Path

from domain.certificates import CertificateView
from domain.masking import mask_id_number

TEMPLATE = Path(__file__).with_name("templates") / "certificate.html"


def certificate_html(view: CertificateView, verify_url: str) -> str:
    values = {
        "name": view.name,
        "id_number": mask_id_number(view.id_number) or "",
        "unit": view.unit,
        "year": view.year,
        "public_hours": f"{view.public_hours:.1f}",
        "professional_hours": f"{view.professional_hours:.1f}",
        "total_hours": f"{view.total_hours:.1f}",
        "issuer": view.issuer,
        "issued_on": view.issued_on,
        "number": view.number,
        "verification_code": view.verification_code,
        "verify_url": verify_url,
    }
    escaped = {key: html.escape(str(value)) for key, value in values.items()}
    return string.Template(TEMPLATE.read_text(encoding="utf-8")).substitute(escaped)


def render_certificate_pdf(view: CertificateView, verify_url: str) -> bytes:
    from weasyprint import HTML  # heavy import: only where a PDF is made

    return HTML(string=certificate_html(view, verify_url)).write_pdf()


def render_certificates_pdf(views: list[tuple[CertificateView, str]]) -> bytes:
    """Many certificates in one PDF, a page each, for an admin printing for members."""
    from weasyprint import HTML

    documents = [HTML(string=certificate_html(view, url)).render() for view, url in views]
    pages = [page for document in documents for page in document.pages]
    return documents[0].copy(pages).write_pdf()
