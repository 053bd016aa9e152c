# Read-only deployment of the dashboard: serves the prebuilt data/events.parquet, writes nothing.
# Minimal on purpose and untested here (Docker cannot run on the development machines); see docs/deploy.md for the
# build and run commands.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TIMELINE_READ_ONLY=1

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

# The code and data belong to root; the app runs as an unprivileged user and cannot change them.
COPY . .
# Readable by everyone (atomic writes leave 0600 files in a local checkout), writable by root only.
RUN chmod -R a+rX,go-w /app && useradd --create-home --shell /usr/sbin/nologin viewer
USER viewer

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)"
# No uploads (maxUploadSize 0, also in .streamlit/config.toml; the app refuses them too): read-only serves, never takes
CMD ["python", "-m", "streamlit", "run", "app.py", "--server.port=8501", "--server.address=0.0.0.0", "--server.maxUploadSize=0"]
