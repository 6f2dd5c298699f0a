"""Name badges: the stock they are printed on, the event's design, drawing them into a PDF, and which
to print and the record of every print."""

TEMPLATE_SETTING = "badge_template"
"""The event setting that holds the badge design, as JSON. Here, where replaying another station's design
can read it without loading the PDF and image libraries."""
