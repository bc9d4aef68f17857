"""The ONNX Runtime embedder: the model exported once into the data directory, then reused.

sentence-transformers' own ONNX backend needs optimum, which pins an older transformers; the
export here needs only torch (once) and, at run time, only onnxruntime and tokenizers, which
also keeps torch out of the server's start-up.
"""

from __future__ import annotations

import json
import logging
import re
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from retrieval.embedding import BUNDLED_MODEL_NAME, QueryCache, bundled_model_path
from retrieval.errors import ModelLoadError
from retrieval.storage import atomic_write_json

logger = logging.getLogger(__name__)

MODEL_FILE = "model.onnx"
QUANTIZED_FILE = "model.int8.onnx"
META_FILE = "newsdesk-onnx.json"


def export_dir(cache_root: Path, model: str) -> Path:
    """Return the folder holding the exported model for a model name or path."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", model or BUNDLED_MODEL_NAME).strip("_")[-60:]
    return cache_root / "onnx" / slug


def export_model(model: str, target: Path, *, quantize: bool = False) -> None:
    """Export a mean-pooling sentence-transformers model to ONNX (embedding output).

    Args:
        model: Model name or path (empty: the bundled all-MiniLM-L6-v2).
        target: The folder to write model.onnx, the tokenizer and metadata into.
        quantize: Also write an int8 dynamically quantised copy.

    Raises:
        ModelLoadError: When the model cannot be loaded or is not mean-pooled.
    """
    import torch  # export-time only
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    location = model or str(bundled_model_path())
    try:
        st = SentenceTransformer(location, device="cpu")
    except Exception as exc:  # the library raises many types
        raise ModelLoadError(f"cannot load {location!r} to export it to ONNX ({exc})") from exc
    modules = list(st)
    pooling = next((m for m in modules if isinstance(m, Pooling)), None)
    if (not isinstance(modules[0], Transformer) or pooling is None
            or pooling.get_config_dict().get("pooling_mode") not in ("mean", ["mean"], ("mean",))
            or any(not isinstance(m, Transformer | Pooling | Normalize) for m in modules)):
        raise ModelLoadError(f"{location!r} is not a plain mean-pooling model; use "
                             "NEWSDESK_BACKEND=torch for it")

    class _Embed(torch.nn.Module):
        def __init__(self, encoder: torch.nn.Module) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    target.mkdir(parents=True, exist_ok=True)
    sample = st.tokenizer(["an example", "a second example sentence"], padding=True,
                          return_tensors="pt")
    if "token_type_ids" not in sample:
        sample["token_type_ids"] = torch.zeros_like(sample["input_ids"])
    tmp = target / f".{MODEL_FILE}.export"
    axes = {"batch": 0, "tokens": 1}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer chatter about constant shapes; output checked
        torch.onnx.export(
            _Embed(modules[0].auto_model.eval()),
            (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
            str(tmp), input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["embedding"], opset_version=17, dynamo=False,
            dynamic_axes={**{n: {v: k for k, v in axes.items()}
                             for n in ("input_ids", "attention_mask", "token_type_ids")},
                          "embedding": {0: "batch"}},
        )
    _check_export(tmp, st)
    tmp.replace(target / MODEL_FILE)
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        root = logging.getLogger()
        level = root.level
        root.setLevel(logging.WARNING + 10)  # the quantiser logs every tensor on the root logger
        try:
            quantize_dynamic(str(target / MODEL_FILE), str(tmp), weight_type=QuantType.QInt8)
        finally:
            root.setLevel(level)
        tmp.replace(target / QUANTIZED_FILE)
    st.tokenizer.save_pretrained(str(target))
    atomic_write_json(target / META_FILE, {
        "model": model or BUNDLED_MODEL_NAME,
        "dim": int(st.get_embedding_dimension() or 0),
        "max_seq_length": int(st.max_seq_length or 256),
    })
    logger.info("exported %s to ONNX in %s", location, target)


def _check_export(path: Path, st: object) -> None:
    """Compare the exported graph with the torch model on sample texts; raise if they differ."""
    import onnxruntime as ort

    texts = ["Who leads the delegation?", "A longer sentence, with punctuation, to compare."]
    expected = st.encode(texts, normalize_embeddings=True)  # type: ignore[attr-defined]
    batch = st.tokenizer(texts, padding=True, return_tensors="np")  # type: ignore[attr-defined]
    feeds = {k: batch[k].astype(np.int64) for k in ("input_ids", "attention_mask")}
    feeds["token_type_ids"] = (batch["token_type_ids"].astype(np.int64)
                               if "token_type_ids" in batch else np.zeros_like(feeds["input_ids"]))
    got = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, feeds)[0]
    agreement = float((got * expected).sum(axis=1).min())
    if agreement < 0.999:
        path.unlink(missing_ok=True)
        raise ModelLoadError(f"the ONNX export disagrees with the model (cosine {agreement:.4f})")


class OnnxEmbedder:
    """Embeds with ONNX Runtime from an exported folder; exports first when it is missing."""

    def __init__(self, model: str = "", *, cache_root: Path, quantized: bool = False,
                 threads: int | None = None, cache_size: int = 2048) -> None:
        """Load (exporting once if needed) the ONNX model for `model` under `cache_root`."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        folder = export_dir(cache_root, model)
        file = QUANTIZED_FILE if quantized else MODEL_FILE
        if not (folder / file).exists() or not (folder / META_FILE).exists():
            export_model(model, folder, quantize=quantized)
        try:
            meta = json.loads((folder / META_FILE).read_text("utf-8"))
            options = ort.SessionOptions()
            if threads:
                options.intra_op_num_threads = threads
            self._session = ort.InferenceSession(str(folder / file), options,
                                                 providers=["CPUExecutionProvider"])
            self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as exc:  # a damaged export: say how to recover
            raise ModelLoadError(f"cannot load the ONNX model in {folder} ({exc}); delete that "
                                 "folder to export it again") from exc
        self._tokenizer.enable_truncation(int(meta["max_seq_length"]))
        self._tokenizer.enable_padding()
        self.name = str(meta["model"])
        self.dim = int(meta["dim"])
        self.backend = "onnx-int8" if quantized else "onnx"
        self._cache = QueryCache(cache_size)

    def _run(self, texts: Sequence[str]) -> np.ndarray:
        encoded = self._tokenizer.encode_batch(list(texts))
        feeds = {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
        }
        return self._session.run(None, feeds)[0].astype(np.float32, copy=False)

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        """Embed texts as unit vectors, in length-sorted batches; single queries are cached."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) == 1 and (hit := self._cache.get(texts[0])) is not None:
            return hit[None, :]
        # Sorting by length keeps padding (wasted work) small within each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(order), 32):
            chunk = order[start:start + 32]
            out[chunk] = self._run([texts[i] for i in chunk])
        if len(texts) == 1:
            self._cache.put(texts[0], out[0])
        return out
