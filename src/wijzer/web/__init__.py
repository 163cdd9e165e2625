"""The Wijzer web app: live checks for employees, a review queue for Team Communicatie.

Import :func:`wijzer.web.app.create_app` to get the ASGI app for given settings. Nothing
under this package is imported by ``wijzer check``: the web stack loads only for the
``serve``, ``users`` and ``db`` commands.
"""
