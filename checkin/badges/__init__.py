"""Name badges: the stock they are printed on, the event's design, drawing them into a PDF, and which
to print and the record of every print."""
