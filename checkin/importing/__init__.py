"""Reading the organisers' registrant lists: files into rows, rows into registrants, registrants
matched against the event, and typed workshop answers matched to sessions."""
