"""Certificate PDFs, rendered by weasyprint from an HTML template with the CJK fonts the
setup command installs. Rendering is CPU-bound: callers run it off the event loop."""

from __future__ import annotations

import html
import string
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

TEMPLATE = Path(__file__).with_name("templates") / "certificate.html"


@dataclass(frozen=True)
class CertificateView:
    """What a certificate says: domain.certificates fills it for printing and verification."""

    number: str
    verification_code: str
    year: int
    name: str
    id_number: str  # masked: a certificate, printed or verified, never shows it whole
    unit: str
    issuer: str
    issued_on: str
    public_hours: Decimal
    professional_hours: Decimal
    total_hours: Decimal
    valid: bool  # false once a failed verification drops the year below the standard


def certificate_html(view: CertificateView, verify_url: str) -> str:
    values = {
        "name": view.name,
        "id_number": view.id_number,
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
