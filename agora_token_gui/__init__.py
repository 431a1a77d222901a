"""Agora Token GUI: generate, decode, verify and explain Agora tokens."""

__version__ = "0.1.0"
