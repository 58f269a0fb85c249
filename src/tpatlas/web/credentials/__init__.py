"""Certificates that accreditors accept: issued only when every rule holds (tpatlas.ce.rules),
printed with the approvals in force on the completion date, verifiable in public, revocable and
reissued with their history kept; transcripts and completion exports for staff.
"""
