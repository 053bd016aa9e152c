"""Presentation, pure: the frame -> events views, lanes and the one Plotly figure."""
