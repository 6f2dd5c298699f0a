"""A guest's confirmation as an e-mail: plain text and a small HTML part with the QR inline (a `cid:`
image, so it shows without loading anything from the internet), the PDF attached.

Built with `email.policy.SMTP`: Polish subjects and names are encoded as RFC 2047 words, lines end in CRLF.
The guest's and organiser's text is HTML-escaped in the HTML part (a name like "<b>x</b>" is text). As an
.eml file it carries `X-Unsent: 1`, so Outlook opens it as a ready message to send, as Thunderbird does
with "Edit as new".
"""

from __future__ import annotations

import html
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from io import BytesIO

from PIL import Image

from checkin.badges.drawing import grouped, qr_modules
from checkin.confirmations.content import LABELS, Confirmation, details, file_stem, placeholder_values
from checkin.confirmations.template import ConfirmationTemplate, fill
from checkin.errors import UserError

QR_PIXELS_PER_MODULE = 8
QR_SHOWN_PX = 260
"""The inline QR's width in the HTML part: large enough for the desk's webcam from a phone's screen."""


def confirmation_message(
    confirmation: Confirmation,
    template: ConfirmationTemplate,
    pdf: bytes,
    sender: tuple[str, str] | None,
    to_address: str = "",
) -> EmailMessage:
    """The e-mail to the guest (or to `to_address`, a test send); `sender` is (name, address), None for a
    draft the e-mail program sends from its own account. A UserError when an address cannot be written in a
    message (not plain ASCII)."""
    language = template.language
    values = placeholder_values(confirmation, language)
    body = fill(template.body, values)
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = fill(template.subject, values)
    if sender is not None:
        message["From"] = _address(*sender)
    message["To"] = _address(confirmation.full_name, to_address or confirmation.email)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender[1].rpartition("@")[2] if sender else "checkin.local")
    message.set_content(_text(confirmation, template, body))
    cid = make_msgid(domain="qr.checkin")
    message.add_alternative(_html(confirmation, template, body, cid), subtype="html")
    html_part = message.get_body(preferencelist=("html",))
    assert isinstance(html_part, EmailMessage)  # made just above
    html_part.add_related(qr_png(confirmation.code), "image", "png", cid=cid, filename="qr.png")
    message.add_attachment(pdf, maintype="application", subtype="pdf",
                           filename=f"{file_stem(confirmation, language)}.pdf")  # fmt: skip
    return message


def _address(name: str, address: str) -> Address:
    local, _, domain = address.partition("@")
    if not (address.isascii() and local and domain):
        raise UserError(
            "email_not_writable", "{address} cannot be written as an e-mail address (only plain letters "
            "can); correct it in the guest's record.", address=address,
        )  # fmt: skip
    return Address(display_name=name, username=local, domain=domain)


def _text(confirmation: Confirmation, template: ConfirmationTemplate, body: str) -> str:
    words = LABELS[template.language]
    lines = [body, "", *(f"{label}: {text}" for label, text in details(confirmation, template.language))]
    lines += ["", f"{words['code']}: {grouped(confirmation.code)}", words["attached"], words["show"]]
    if template.contact:
        lines += ["", f"{words['contact']}:", template.contact]
    return "\n".join(lines) + "\n"


def _html(confirmation: Confirmation, template: ConfirmationTemplate, body: str, cid: str) -> str:
    words, e = LABELS[template.language], html.escape
    paragraphs = "".join(f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    rows = "".join(
        f"<tr><th align='left' valign='top'>{e(label)}</th><td>{e(text)}</td></tr>"
        for label, text in details(confirmation, template.language)
    )
    contact_lines = e(template.contact).replace("\n", "<br>")
    contact = (
        f"<p style='color:#4a4a4a'><b>{e(words['contact'])}</b><br>{contact_lines}</p>"
        if contact_lines
        else ""
    )
    return (
        f"<!DOCTYPE html><html lang='{template.language}'><head><meta charset='utf-8'></head>"
        f"<body style='font-family:sans-serif;font-size:16px'>{paragraphs}"
        f"<p style='font-size:20px'><b>{e(confirmation.full_name)}</b><br>{e(confirmation.organisation)}</p>"
        f"<table cellpadding='4'>{rows}</table>"
        f"<p><img src='cid:{cid[1:-1]}' width='{QR_SHOWN_PX}' height='{QR_SHOWN_PX}' alt='QR'><br>"
        f"<b style='font-size:20px'>{e(grouped(confirmation.code))}</b></p>"
        f"<p>{e(words['show'])} {e(words['attached'])}</p>{contact}</body></html>"
    )


def qr_png(code: str) -> bytes:
    """The QR of `code` as a black-and-white PNG, quiet zone included (the badges' matrix)."""
    modules = qr_modules(code)
    size = len(modules)
    image = Image.new("1", (size, size), 1)
    image.putdata([0 if dark else 1 for row in modules for dark in row])
    image = image.resize((size * QR_PIXELS_PER_MODULE,) * 2, Image.Resampling.NEAREST)
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def as_draft(message: EmailMessage) -> bytes:
    """The message as an .eml file an e-mail program opens as ready to send."""
    message["X-Unsent"] = "1"
    return message.as_bytes()
