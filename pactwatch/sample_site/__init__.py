"""The bundled sample news site: hand-written articles in seven languages, served on loopback.

`articles/<lang>.yaml` holds the articles; `render.py` turns them into real-looking pages and
RSS/Atom feeds; `server.py` serves them so the whole pipeline runs offline.
"""
