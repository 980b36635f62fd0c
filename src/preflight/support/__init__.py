"""Help-desk support: the support code a caller reads aloud, saved reports, and the log file.

Nothing here sends anything anywhere: the code is read aloud, reports are written only where
the patient chooses, and the log stays in the user's own log folder.
"""
