"""The command line: the parser and its commands, what each prints, and its error messages."""
