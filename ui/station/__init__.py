"""What every station window (the desk, the door) shares: the window, its controller, the sync service it
runs and the stations dialog."""
