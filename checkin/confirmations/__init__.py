"""Personal confirmations with the QR code, sent before the event so that a guest is checked in with one
scan: the editable text (`template`), what one guest's confirmation says (`content`), the one-page PDF
(`document`), the e-mail (`messages`), the mailbox settings (`smtp`) and password (`passwords`), who gets
one (`audience`), the SMTP session (`mailer`), a batch being sent (`sending`), and the station's part,
`station.confirmations` (`part`), made on first use.

This package's own import is light (no reportlab, no smtplib): the event settings read the template's and
the mailbox's setting shapes from it at every station.
"""
