"""The event's programme: sessions and choice groups, reading a programme file, who signed up for what,
and who entered which session at its door."""
