"""Every station keeps its own event file and exchanges log rows with the others: clocks, checking
what arrives, and replaying it so that every station converges."""
