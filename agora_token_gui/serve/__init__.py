"""The local token server: a drop-in for the community token service (token-server.md).

Standard library only and Qt-free: ``contract`` knows the routes and their answers, ``server`` moves
the bytes (asyncio), ``config`` finds credentials and settings, ``log`` writes what was issued.
"""
