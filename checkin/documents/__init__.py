"""The organisers' printed and exported documents: attendance lists, certificates, the scans log,
spreadsheets, and the export API the command line and the window share."""
