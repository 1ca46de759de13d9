"""Benchmarks of jijiao against the floor and the peer: see bench/README.md."""
