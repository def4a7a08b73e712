"""Steps 3 and 6, validate: Great Expectations gates on each raw batch and on the marts.

A failing expectation of severity `critical` stops the run before publish; `warning` is reported.
"""
