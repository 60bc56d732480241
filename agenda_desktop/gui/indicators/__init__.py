"""Nyckeltal: the indicator list and page, charts, import, export and local indicators.

Import :class:`~agenda_desktop.gui.indicators.page.IndicatorsPage` from its module: this
package imports nothing, so that creating the page never pulls in pyqtgraph.
"""
