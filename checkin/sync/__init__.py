"""Stations of one event talking over the venue network: transport, pairing, discovery, the phone page."""
