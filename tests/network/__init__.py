"""Tests of the network checks (loopback only)."""
