"""Preflight: gets a patient's computer ready for a telehealth video visit."""

__version__ = "0.1.0"
