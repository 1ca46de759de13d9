"""Certificates: only for a passed year, a real PDF with the right text, verifiable by anyone,
revoked when a failed verification drops the year."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from domain import completion
from models import Claim, Professional
from models.enums import ClaimStatus, Subject
from tests.conftest import LiveServer

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


async def approved(professional_id: int, year: int, subject: Subject, hours: str) -> int:
    claim = await Claim.create(professional_id=professional_id, year=year, subject=subject,
                               form="ONLINE", details={}, requested_hours=hours, recognised_hours=hours,
                               status=ClaimStatus.APPROVED, filed_by_account_id=0)  # fmt: skip
    await completion.refresh([(professional_id, year)])
    return claim.id


async def test_certificate_pdf_and_public_verification(
    live: LiveServer, tree: Any, tokens: dict[str, str], tmp_path: Path
) -> None:
    me = tokens["professional"]
    person = await Professional.get(account__id_number=tree.people["王芳"])
    headers = {"Authorization": f"Bearer {me}"}
    await approved(person.id, 2021, Subject.PUBLIC, "50")
    failing = await approved(person.id, 2021, Subject.PROFESSIONAL, "125")
    await approved(person.id, 2020, Subject.PUBLIC, "5")
    refused = await live.client.get("/certificates/2020.pdf", headers=headers)
    assert refused.status_code == 422 and refused.json()["code"] == "YEAR_NOT_PASSED"
    assert (await live.client.get("/certificates/2021.pdf")).status_code == 401
    response = await live.client.get("/certificates/2021.pdf", headers=headers)
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(response.content)
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext missing: ./dev test installs poppler-utils")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    number = tree.people["王芳"]
    text = re.sub(r"\s+", "", text)  # letter-spaced titles and wrapped lines come apart
    assert "继续教育学时证明" in text and "王芳" in text and "2021" in text
    assert number[:6] + "********" + number[-4:] in text and number not in text
    assert (
        "50.0" in text
        and "125.0" in text
        and "175.0" in text
        and "济南市人力资源和社会保障局" in text
    )
    code = re.search(r"验证码：([A-Z0-9]{12})", text)
    assert code, text
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(pdf, ARTIFACTS / "certificate.pdf")
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-singlefile",
                str(pdf),
                str(ARTIFACTS / "certificate"),
            ],
            check=True,
        )
    page = await live.client.get(f"/verify/{code.group(1)}")
    assert page.status_code == 200 and "证书真实有效" in page.text and "王芳" in page.text
    check = (
        "query($c: String!) { verifyCertificate(code: $c) { valid number year totalHours issuer } }"
    )
    assert (await live.data(check, {"c": code.group(1)}))["verifyCertificate"]["valid"] is True
    # a verifier fails the professional claim: the year no longer passes, the certificate is revoked
    await Claim.filter(id=failing).update(status=ClaimStatus.VERIFY_FAILED)
    await completion.refresh([(person.id, 2021)])
    assert "已失效" in (await live.client.get(f"/verify/{code.group(1)}")).text
    assert (await live.data(check, {"c": code.group(1)}))["verifyCertificate"]["valid"] is False
    assert (await live.client.get("/verify/NOSUCHCODE00")).status_code == 404
    assert (await live.data(check, {"c": "NOSUCHCODE00"}))["verifyCertificate"] is None
