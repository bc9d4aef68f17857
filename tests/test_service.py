"""QAService with a fake embedder: persistence, incremental changes, offsets, bad input."""

from __future__ import annotations

import logging
import shutil
from datetime import date
from pathlib import Path

import pytest

from retrieval.errors import ArticleFormatError, ArticleNotFoundError, InvalidQuestionError
from retrieval.service import QAService
from tests.conftest import CountingEmbedder


def _open(tmp_path: Path, articles_dir: Path, embedder: CountingEmbedder) -> QAService:
    return QAService.open(data_dir=tmp_path / "data", articles_dir=articles_dir,
                          embedder=embedder)


def test_quotes_are_verbatim_slices_with_sources(fake_service: QAService):
    answer = fake_service.ask("When will the bridge repair work start?", top_k=5)
    assert answer.answered and answer.quotes[0] == answer.answer
    for quote in answer.quotes:
        article = fake_service.article(quote.article_id)
        assert article.text[quote.start:quote.end] == quote.text
        assert quote.source == article.source
    assert "April 1" in answer.answer.text


def test_second_start_does_not_re_embed(tmp_path, articles_dir):
    first = CountingEmbedder()
    _open(tmp_path, articles_dir, first)
    assert first.texts > 0
    second = CountingEmbedder()
    service = _open(tmp_path, articles_dir, second)
    assert second.texts == 0
    assert service.stats().articles == 3


def test_changed_and_added_files_are_embedded_incrementally(tmp_path, articles_dir):
    _open(tmp_path, articles_dir, CountingEmbedder())
    (articles_dir / "harbour.txt").write_text(
        "Harbour bridge to close\nThe bridge closes in May instead. Crews are ready.\n", "utf-8")
    (articles_dir / "new.txt").write_text("Zoo news\nThe zoo welcomed two pandas.\n", "utf-8")
    counting = CountingEmbedder()
    service = _open(tmp_path, articles_dir, counting)
    # Only the two new texts were embedded: 2 + 1 sentences, one window for the 2-sentence one.
    assert counting.texts == 4
    assert service.stats().articles == 4
    assert not any("six weeks" in a.text for a in service.articles())


def test_removed_file_disappears_from_answers(tmp_path, articles_dir):
    _open(tmp_path, articles_dir, CountingEmbedder())
    (articles_dir / "library.json").unlink()
    service = _open(tmp_path, articles_dir, CountingEmbedder())
    assert all("library" not in a.text.lower() for a in service.articles())
    answer = service.ask("When does the library stay open late?", top_k=10)
    assert all("librar" not in q.text.lower() for q in answer.quotes)


def test_corrupted_index_is_rebuilt_with_a_warning(tmp_path, articles_dir, caplog):
    _open(tmp_path, articles_dir, CountingEmbedder())
    (index_file,) = (tmp_path / "data" / "index").rglob("*.faiss")
    index_file.write_bytes(b"garbage" * 10)
    with caplog.at_level(logging.WARNING):
        service = _open(tmp_path, articles_dir, CountingEmbedder())
    assert "rebuilding the index" in caplog.text
    assert service.ask("Who is the head librarian?").answered
    assert QAService.open(data_dir=tmp_path / "data", articles_dir=articles_dir,
                          embedder=CountingEmbedder()).stats().passages == service.stats().passages


def test_corrupted_cache_file_is_re_embedded(tmp_path, articles_dir, caplog):
    _open(tmp_path, articles_dir, CountingEmbedder())
    victim = next((tmp_path / "data" / "cache").rglob("*.npz"))
    victim.write_bytes(victim.read_bytes()[:40])
    counting = CountingEmbedder()
    with caplog.at_level(logging.WARNING):
        _open(tmp_path, articles_dir, counting)
    assert "damaged cache" in caplog.text
    assert 0 < counting.texts < 20


def test_leftover_temp_files_from_a_crash_are_harmless(tmp_path, articles_dir):
    _open(tmp_path, articles_dir, CountingEmbedder())
    index_dir = next((tmp_path / "data" / "index").iterdir())
    (index_dir / ".half-written.faiss.tmp").write_bytes(b"partial")
    counting = CountingEmbedder()
    service = _open(tmp_path, articles_dir, counting)
    assert counting.texts == 0 and service.stats().articles == 3


def test_add_is_idempotent_visible_and_survives_restart(tmp_path, articles_dir):
    service = _open(tmp_path, articles_dir, CountingEmbedder())
    text = "Open in app\nThe museum will reopen on Saturday after a year of renovation.\n"
    article, created = service.add_article(title="Museum reopens", text=text, outlet="City",
                                           published=date(2025, 6, 1))
    again, created_again = service.add_article(title="Museum reopens", text=text)
    assert created and not created_again and again.id == article.id
    assert service.stats().articles == 4
    assert "Open in app" not in service.article(article.id).text
    assert "museum" in service.ask("When will the museum reopen?").answer.text.lower()
    restarted = _open(tmp_path, articles_dir, CountingEmbedder())
    assert restarted.article(article.id).source.outlet == "City"


def test_remove_survives_restart_even_for_file_articles(tmp_path, articles_dir):
    service = _open(tmp_path, articles_dir, CountingEmbedder())
    victim = next(a for a in service.articles() if "library" in a.text.lower())
    service.remove_article(victim.id)
    with pytest.raises(ArticleNotFoundError):
        service.article(victim.id)
    with pytest.raises(ArticleNotFoundError):
        service.remove_article(victim.id)
    restarted = _open(tmp_path, articles_dir, CountingEmbedder())
    assert victim.id not in {a.id for a in restarted.articles()}


def test_bad_questions_and_articles_raise_clear_errors(fake_service: QAService):
    with pytest.raises(InvalidQuestionError, match="empty"):
        fake_service.ask("   ")
    with pytest.raises(InvalidQuestionError, match="it may be at most 1000 characters"):
        fake_service.ask("x" * 1001)
    with pytest.raises(InvalidQuestionError, match="top_k"):
        fake_service.ask("bridge?", top_k=0)
    with pytest.raises(ArticleFormatError, match="no article text"):
        fake_service.add_article(title="t", text="Open in app\n\nNO COMMENTS")


def test_empty_data_dir_and_missing_articles_dir(tmp_path):
    service = QAService.open(data_dir=tmp_path / "d", articles_dir=tmp_path / "none",
                             embedder=CountingEmbedder())
    assert service.stats().articles == 0
    assert not service.ask("Anything there?").answered


def test_copied_data_dir_serves_without_re_embedding(tmp_path, articles_dir):
    _open(tmp_path, articles_dir, CountingEmbedder())
    shutil.copytree(tmp_path / "data", tmp_path / "copy")
    counting = CountingEmbedder()
    QAService.open(data_dir=tmp_path / "copy", articles_dir=articles_dir, embedder=counting)
    assert counting.texts == 0


def test_index_is_reused_whatever_order_articles_were_added(tmp_path, articles_dir):
    service = _open(tmp_path, articles_dir, CountingEmbedder())
    for text in ("Zoo news\nThe zoo got two pandas.", "Art news\nThe gallery reopened today."):
        service.add_article(title=None, text=text)
    (index_file,) = (tmp_path / "data" / "index").rglob("*.faiss")
    written = index_file.stat().st_mtime_ns
    restarted = _open(tmp_path, articles_dir, CountingEmbedder())
    # The saved index was loaded, not rebuilt and rewritten.
    assert index_file.exists() and index_file.stat().st_mtime_ns == written
    assert restarted.stats().articles == 5


def test_reingesting_an_edited_file_replaces_the_old_version(tmp_path, articles_dir):
    from retrieval.loading import build_article

    service = _open(tmp_path, articles_dir, CountingEmbedder())
    first = build_article("Zoo news\nThe zoo has two pandas.", origin="/in/zoo.txt")
    second = build_article("Zoo news\nThe zoo has three pandas.", origin="/in/zoo.txt")
    twice = service.add_articles([first, first])
    assert [created for _, created in twice] == [True, False]
    service.add_articles([second])
    texts = [a.text for a in service.articles()]
    assert "The zoo has three pandas." in texts and "The zoo has two pandas." not in texts
    restarted = _open(tmp_path, articles_dir, CountingEmbedder())
    assert first.id not in {a.id for a in restarted.articles()}


def test_unreadable_removals_file_stops_the_start_with_a_clear_error(tmp_path, articles_dir):
    from retrieval.errors import StoreError

    service = _open(tmp_path, articles_dir, CountingEmbedder())
    service.remove_article(service.articles()[0].id)
    (tmp_path / "data" / "removed.json").write_text("[not json", "utf-8")
    with pytest.raises(StoreError, match=r"removed\.json: unreadable"):
        _open(tmp_path, articles_dir, CountingEmbedder())


def test_saved_article_with_a_path_as_id_is_refused(tmp_path, articles_dir, caplog):
    service = _open(tmp_path, articles_dir, CountingEmbedder())
    service.add_article(title="Zoo", text="The zoo has two pandas.")
    saved = next((tmp_path / "data" / "articles").glob("*.json"))
    saved.write_text(saved.read_text().replace(saved.stem, "../../etc/passwd"), "utf-8")
    with caplog.at_level(logging.WARNING):
        restarted = _open(tmp_path, articles_dir, CountingEmbedder())
    assert "invalid article id" in caplog.text and restarted.stats().articles == 3


def test_the_service_keeps_one_copy_of_the_vectors(fake_service: QAService):
    import numpy as np

    def shared() -> bool:
        vectors = fake_service.corpus.vectors
        return all(np.shares_memory(c.vectors, vectors)
                   for c in (*fake_service.corpus.chunks, *fake_service._chunks.values()))

    assert shared()
    fake_service.add_article(text="A new pier opened on Friday. It cost two million dollars.",
                             title="Pier")
    assert shared()
    assert len(fake_service.corpus.chunks) == len(fake_service.articles())
