"""The app's settings and clock: the one place the dashboard reads its configuration (environment variables and
Streamlit secrets) and the time (build stamps, correction rows), so that `timeline/` never has to."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

import streamlit as st

from timeline import settings


def app_settings() -> settings.Settings:
    """This deployment's settings, from the environment and the Streamlit secrets (either can make it read-only)."""
    try:
        secrets: Any = st.secrets
    except Exception:  # no secrets file: nothing set there
        secrets = None
    return settings.load(os.environ, secrets)


def now_iso() -> str:
    """The current UTC time for build stamps and correction rows (the app's clock, passed into timeline/)."""
    return datetime.now(UTC).isoformat(timespec="seconds")
