"""Network checks: `network` (can the visit's services be reached, does UDP get through) and
`bandwidth` (speedtest-cli: speed, latency, jitter and latency under load)."""
