"""Local servers for network tests and benchmarks (loopback or namespace addresses only)."""
