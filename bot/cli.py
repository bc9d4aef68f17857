"""The `newsdesk` command: ask, ingest, articles, eval, serve, bot."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.schemas import AnswerOut
from bot.settings import Settings, describe_settings_error
from bot.wiring import build_service, configure_logging
from retrieval.errors import NewsdeskError
from retrieval.models import Answer, Quote
from retrieval.service import validate_question

logger = logging.getLogger(__name__)

# Commands whose output is the answer: progress logs only when NEWSDESK_LOG_LEVEL asks.
QUIET_COMMANDS = frozenset({"ask", "articles"})


def format_source(quote: Quote) -> str:
    """Return "— Outlet, YYYY-MM-DD: Title <url>" for a quote."""
    source = quote.source
    parts = [p for p in (source.outlet, source.published and source.published.isoformat()) if p]
    head = ", ".join(parts) or "Unknown source"
    link = f" <{source.url}>" if source.url else ""
    return f"— {head}: {source.title}{link}"


def format_answer(answer: Answer) -> str:
    """Render an answer for the terminal: the answer quote, then the supporting quotes."""
    if not answer.answered or answer.answer is None:
        return ("Not found in the articles: nothing in them answers this question.\n"
                "Try `newsdesk articles` to see what they cover.")
    lines = [_quoted(answer.answer.text), f"  {format_source(answer.answer)}"]
    if len(answer.quotes) > 1:
        lines.append("\nSupporting quotes:")
        for quote in answer.quotes[1:]:
            lines += [f"  {_quoted(quote.text)}", f"    {format_source(quote)}"]
    return "\n".join(lines)


def _quoted(text: str) -> str:
    """Return a quote in quotation marks, unless it opens with its own ('“We plan ...”')."""
    return text if text[:1] in "\"“" else f"“{text}”"


def _progress_bar() -> Callable[[int, str], Callable[[int], None]]:
    """Return a factory of tqdm bars on stderr (shown when embedding many passages)."""
    from tqdm import tqdm

    def start(total: int, label: str) -> Callable[[int], None]:
        bar = tqdm(total=total, desc=label, unit="passage", file=sys.stderr, leave=False,
                   disable=total < 64)
        return bar.update

    return start


def _cmd_ask(settings: Settings, args: argparse.Namespace) -> int:
    question = " ".join(args.question)
    # Check the question before spending seconds on loading the model.
    validate_question(question, max_chars=settings.max_question_chars)
    service = build_service(settings, progress=_progress_bar(), batching=False)
    answer = service.ask(question, top_k=args.top_k)
    print(AnswerOut.of(answer).model_dump_json(indent=1) if args.json
          else format_answer(answer))
    return 0


def _cmd_ingest(settings: Settings, args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from retrieval.folders import article_files, read_sidecar
    from retrieval.loading import ARTICLE_SUFFIXES, load_file, unsupported_type

    files: list[Path] = []
    failures: list[str] = []
    for given in map(Path, args.paths):
        found = list(article_files([given])) if given.exists() else []
        readable = [p for p in found if p.suffix.lower() in ARTICLE_SUFFIXES]
        if not given.exists():
            failures.append(f"{given}: no such file or directory")
        elif not readable and given.is_file():
            failures.append(unsupported_type(given))
        elif not readable:
            failures.append(f"{given}: no article files found; accepted: "
                            f"{', '.join(sorted(ARTICLE_SUFFIXES))}")
        # Files of other types are named, not ignored (load_file says why).
        files += found if readable else []
    if not files:  # nothing to read: say so before spending seconds on loading the model
        for message in failures:
            print(f"skipped {message}", file=sys.stderr)
        print("no article added")
        return 1
    service = build_service(settings, progress=_progress_bar(), batching=False)
    articles = []
    for path in tqdm(files, desc="reading articles", unit="file", file=sys.stderr,
                     disable=len(files) < 10):
        try:
            articles.append(load_file(path, sidecar=read_sidecar(path.parent).get(path.name)))
        except NewsdeskError as exc:
            failures.append(str(exc))
    results = service.add_articles(articles, progress=_progress_bar())
    added = sum(created for _, created in results)
    for message in failures:
        print(f"skipped {message}", file=sys.stderr)
    print(f"added {added} article(s), {len(results) - added} already present, "
          f"{len(failures)} skipped; now serving {service.stats().articles}")
    return 1 if failures else 0


def _cmd_articles(settings: Settings, args: argparse.Namespace) -> int:
    service = build_service(settings, batching=False)
    articles = service.articles()
    if not articles:
        print(f"no articles in {settings.data_dir} (add some with: newsdesk ingest FILES)")
        return 0
    width = max(len(a.source.outlet or "?") for a in articles)
    for article in articles:
        s = article.source
        print(f"{article.id}  {s.published or '----------'}  {s.outlet or '?':<{width}}  "
              f"{s.title}")
    return 0


def _cmd_eval(settings: Settings, args: argparse.Namespace) -> int:
    from retrieval.evaluation import TARGETS, evaluate, load_items

    # Check every question file before spending seconds on loading the model.
    items = [item for path in args.files for item in load_items(Path(path))]
    service = build_service(settings, progress=_progress_bar(), batching=False)
    report = evaluate(lambda q, **kw: service.ask(q, top_k=3, **kw), items)
    rates = report.rates()
    print(f"{'metric':<22}{'value':>8}  target")
    for name, value in rates.items():
        target = (f">= {TARGETS[name]:.0%}" if name in TARGETS else "<= 2.5%")
        shown = "n/a" if value is None else f"{value:.1%}"
        print(f"{name:<22}{shown:>8}  {target}")
    if args.verbose and report.misses:
        print("\nmisses:\n  " + "\n  ".join(report.misses))
    failed = report.failures()
    if failed:
        print(f"\nbelow target: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


def _cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    from bot.server import run_server

    run_server(settings)
    return 0


def _cmd_bot(settings: Settings, args: argparse.Namespace) -> int:
    from bot.telegram_lifecycle import run_bot

    if settings.telegram_token is None:
        print("NEWSDESK_TELEGRAM_TOKEN is not set: get a token from @BotFather and export it",
              file=sys.stderr)
        return 2
    run_bot(settings)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="newsdesk", description=__doc__)
    common = argparse.ArgumentParser(add_help=False)
    # A string: Path("") would be ".", which the settings could not tell from a chosen ".".
    common.add_argument("--data-dir", help="data directory (default ./.newsdesk)")
    # A string, not a Path: Path("") is ".", and an empty value means no articles directory.
    common.add_argument("--articles-dir",
                        help='article files to serve (default ./seeds; "": none)')
    common.add_argument("--model", help="sentence-transformers model name or path")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", parents=[common], help="answer a question from the articles")
    ask.add_argument("question", nargs="+", help="the question, quoted or as words")
    ask.add_argument("--top-k", type=int, default=3,
                     help="how many quotes to show: the answer and its support (default 3)")
    ask.add_argument("--json", action="store_true", help="print the HTTP API's JSON")
    ask.set_defaults(run=_cmd_ask)
    ingest = sub.add_parser("ingest", parents=[common], help="add article files or folders")
    ingest.add_argument("paths", nargs="+")
    ingest.set_defaults(run=_cmd_ingest)
    sub.add_parser("articles", parents=[common], help="list the served articles").set_defaults(
        run=_cmd_articles)
    ev = sub.add_parser("eval", parents=[common], help="measure quality on question files")
    ev.add_argument("files", nargs="+")
    ev.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    ev.set_defaults(run=_cmd_eval)
    serve = sub.add_parser("serve", parents=[common], help="run the HTTP API (and the bot)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.set_defaults(run=_cmd_serve)
    sub.add_parser("bot", parents=[common], help="run the Telegram bot").set_defaults(
        run=_cmd_bot)
    return parser


# The settings each common flag overrides, named in messages about their values.
FLAGS = {"data_dir": "--data-dir", "articles_dir": "--articles-dir", "model": "--model",
         "host": "--host", "port": "--port"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `newsdesk` command line."""
    args = build_parser().parse_args(argv)
    overrides = {key: value for key, value in (
        (key, getattr(args, key, None)) for key in FLAGS) if value is not None}
    try:
        settings = Settings(**overrides)
    except ValueError as exc:
        for line in describe_settings_error(exc, {k: FLAGS[k] for k in overrides}):
            print(f"newsdesk: invalid setting {line}", file=sys.stderr)
        return 2
    if args.command in QUIET_COMMANDS and "log_level" not in settings.model_fields_set:
        settings = settings.model_copy(update={"log_level": "WARNING"})
    configure_logging(settings)
    try:
        return int(args.run(settings, args))
    except NewsdeskError as exc:
        print(f"newsdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        return 0


if __name__ == "__main__":
    sys.exit(main())
