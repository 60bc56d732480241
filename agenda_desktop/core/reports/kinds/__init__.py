"""One module per report kind, each with ``build(context) -> list[Flowable]``.

The kinds are registered (key, title, description) in ``registry.REPORT_KINDS``; the
module is imported only when its report is built.
"""
