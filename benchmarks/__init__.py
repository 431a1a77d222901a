"""Benchmarks and the fuzzer; ``tests/core/test_fuzz.py`` reuses the fuzzer's generators."""
