"""What every page of the dashboard has around it, and which pages there are.

`main` (what `app.py` runs) reads the settings, caps uploads, registers the pages and draws the title and the
banner around the one a visitor opened. The timeline page (`pages/explore.py`) is always there; the page that
changes data (`pages/change.py`: add articles, corrections, rebuild) is registered only when the deployment is
writable and its events are a table the local workflow builds. A read-only deployment has one page, and nothing
it draws can write: its only page has no write widget, and every write in `timeline/` checks
`Settings.require_writable` as well.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from starlette.exceptions import HTTPException
from streamlit.runtime import Runtime
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.uploaded_file_manager import UploadedFileRec

from timeline import settings
from timeline.present import views
from timeline.settings import Settings
from timeline.store import workspace
from ui import context, sources

PAGES = Path(__file__).resolve().parent / "pages"
EXPLORE = PAGES / "explore.py"
CHANGE = PAGES / "change.py"


def main() -> None:
    st.set_page_config(page_title="Crisis Timeline", page_icon="🗓️", layout="wide")
    config = context.app_settings()
    guard_uploads(config)
    pages = [st.Page(EXPLORE, title="Timeline", icon="🗓️", default=True)]
    if not config.read_only and sources.open_source(config).writable:
        pages.append(st.Page(CHANGE, title="Change the data", icon="✏️", url_path="change"))
    page = st.navigation(pages)
    st.title("Crisis Timeline")
    status_banner(config, workspace.read_meta(config.meta_path))
    page.run()


def built_text(meta: workspace.Meta | None) -> str:
    if meta is None:
        return "build time unknown"
    return f"data built {meta.built_at} from {meta.articles:,} article(s)"


def status_banner(config: Settings, meta: workspace.Meta | None) -> None:
    """Read-only: say so, and when the data was built. Local: a one-line caption with the build time."""
    for note in config.notes:
        st.warning(views.safe_text(note))
    if config.read_only:
        st.info(f"**Read-only view** · {views.safe_text(built_text(meta))}. Adding articles, corrections and "
                "rebuilding are switched off on this deployment.", icon="🔒")
    else:
        st.caption(f"Local mode · {views.safe_text(built_text(meta))}")


def guard_uploads(config: Settings) -> None:
    """Cap what the server holds of uploaded files: nothing at all in a read-only deployment, at most
    `settings.MAX_SESSION_UPLOAD_BYTES` per browser session in local mode. Streamlit's upload endpoint
    (`PUT /_stcore/upload_file/<session>/<id>`) stores a file for any live session whether or not the page shows an
    uploader, and keeps it until the session ends; `server.maxUploadSize` bounds one file only. So the runtime's
    upload manager refuses (HTTP 413) any file past the cap, before it is stored. Runs on every page run, so the
    cap follows the settings; without a server (AppTest) there is nothing to guard."""
    manager = Runtime.instance().uploaded_file_mgr if Runtime.exists() else None
    if not isinstance(manager, MemoryUploadedFileManager):
        return
    limit = 0 if config.read_only else settings.MAX_SESSION_UPLOAD_BYTES
    if getattr(manager, "_timeline_limit", None) is None:  # first run in this server: wrap its add_file once
        store = manager.add_file

        def add_file(session_id: str, file: UploadedFileRec) -> None:
            held = sum(len(f.data) for key, f in list(manager.file_storage.get(session_id, {}).items())
                       if key != file.file_id)  # a file sent again replaces itself
            cap = int(getattr(manager, "_timeline_limit", 0))
            if held + len(file.data) > cap:
                raise HTTPException(status_code=413, detail="Uploads are switched off on this deployment" if cap == 0
                                    else f"This session already holds its {cap:,} bytes of uploads")
            store(session_id, file)

        manager.add_file = add_file  # type: ignore[method-assign]
    manager._timeline_limit = limit  # type: ignore[attr-defined]
