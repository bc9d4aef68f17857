// newsdesk chat page. All data reaches the DOM as text nodes (never innerHTML).
"use strict";

const TOP_K = 3;
const WIDE_SCREEN = "(min-width: 900px)";
let conversationId = newConversationId();

function newConversationId() {
  if (window.crypto && typeof crypto.randomUUID === "function") {
    return crypto.randomUUID();
  }
  // randomUUID needs a secure context; plain http on a LAN address still has getRandomValues.
  const bytes = new Uint8Array(16);
  if (window.crypto && crypto.getRandomValues) {
    crypto.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// Build an element: attrs are set as attributes ("class" included), children are
// nodes or strings (strings become text nodes).
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

// Return the URL when it is an absolute http(s) link, else null.
function safeHref(url) {
  if (typeof url !== "string" || !url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function titleNode(title, url) {
  const href = safeHref(url);
  if (!href) return el("cite", {}, title);
  return el("a", { href, target: "_blank", rel: "noopener noreferrer" }, el("cite", {}, title));
}

// "— Outlet, YYYY-MM-DD: Title" (missing parts left out).
function attribution(source) {
  const meta = [source.outlet, source.published].filter(Boolean).join(", ");
  return el("p", { class: "attribution", "data-testid": "attribution" },
    "— " + (meta ? meta + ": " : ""), titleNode(source.title, source.url));
}

function quoteBlock(passage, kind) {
  const testid = kind === "answer" ? "answer" : "quote";
  return el("figure", { class: "quote-block " + kind },
    el("blockquote", { class: kind, "data-testid": testid }, passage.text),
    el("figcaption", {}, attribution(passage.source)));
}

function answerView(data) {
  const [first, ...rest] = data.passages;
  const view = el("div", { class: "reply" }, quoteBlock(first, "answer"));
  if (rest.length) {
    const list = el("div", { class: "supporting" }, el("h3", {}, "Supporting quotes"));
    rest.forEach((p) => list.append(quoteBlock(p, "quote")));
    view.append(list);
  }
  return view;
}

function notFoundView() {
  const hint = el("button", { type: "button", class: "link" }, "the article list");
  hint.addEventListener("click", showArticles);
  return el("div", { class: "reply notice not-found", "data-testid": "not-found", role: "status" },
    el("strong", {}, "Not found in the articles"),
    el("p", {}, "The articles do not say. Try other words, or look at ", hint,
      " to see what they cover."));
}

function errorView(message) {
  return el("div", { class: "reply notice error", "data-testid": "error", role: "alert" },
    el("strong", {}, "Sorry, that did not work"), el("p", {}, message));
}

// The API's `detail`: a string, or a list of {loc, msg} validation problems.
function describeDetail(detail) {
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return detail.map((d) => {
      const where = (d.loc || []).filter((part) => part !== "body").join(".");
      return (where ? where + ": " : "") + d.msg;
    }).join("; ");
  }
  return null;
}

async function errorMessage(response) {
  let detail = null;
  try {
    detail = describeDetail((await response.json()).detail);
  } catch {
    // not JSON: fall back to the status
  }
  return detail || "The server answered " + response.status + " " + response.statusText + ".";
}

function addMessage(node) {
  const intro = document.getElementById("intro");
  if (intro) intro.remove();
  const box = document.getElementById("messages");
  box.append(node);
  return node;
}

// The composer sits last in the page: the end of the document is just above it.
function scrollToEnd() {
  window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "smooth" });
}

function loadingView() {
  return el("div", { class: "reply loading", "data-testid": "loading", role: "status" },
    el("span", { class: "dots", "aria-hidden": "true" }, el("i"), el("i"), el("i")),
    el("span", {}, "Searching the articles…"));
}

async function ask(question) {
  const response = await fetch("/ask", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ question, top_k: TOP_K, conversation_id: conversationId }),
  });
  if (!response.ok) return errorView(await errorMessage(response));
  const data = await response.json();
  return data.answered && data.passages.length ? answerView(data) : notFoundView();
}

async function onSubmit(event) {
  event.preventDefault();
  const input = document.getElementById("question");
  const button = document.getElementById("ask");
  const question = input.value.trim();
  if (!question) return;
  const asked = addMessage(el("div", { class: "msg user", "data-testid": "user-question" },
    question));
  const pending = addMessage(loadingView());
  scrollToEnd();
  input.value = "";
  input.disabled = button.disabled = true;
  let reply;
  try {
    reply = await ask(question);
  } catch {
    reply = errorView("Could not reach the server. Check your connection and try again.");
  }
  pending.replaceWith(reply);
  // Show the question with the start of its reply (the page cannot scroll past its end).
  asked.scrollIntoView({ block: "start", behavior: "smooth" });
  input.disabled = button.disabled = false;
  input.focus();
}

function articleItem(article) {
  const meta = [article.outlet, article.published].filter(Boolean).join(" · ");
  return el("li", { "data-testid": "article" },
    el("span", { class: "article-title" }, titleNode(article.title, article.url)),
    meta ? el("span", { class: "article-meta" }, meta) : null);
}

async function loadArticles() {
  const list = document.getElementById("article-list");
  const count = document.getElementById("article-count");
  try {
    const response = await fetch("/articles", { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(await errorMessage(response));
    const articles = await response.json();
    list.replaceChildren(...articles.map(articleItem));
    if (!articles.length) list.append(el("li", { class: "muted" }, "No articles yet."));
    count.textContent = "(" + articles.length + ")";
  } catch (error) {
    list.replaceChildren(el("li", { class: "muted" }, "Could not load the articles: " +
      (error.message || "network error")));
  }
}

function showArticles() {
  const panel = document.getElementById("article-panel");
  panel.open = true;
  panel.scrollIntoView({ block: "start", behavior: "smooth" });
}

function newChat() {
  conversationId = newConversationId();
  document.getElementById("messages").replaceChildren(
    el("div", { class: "intro", id: "intro" },
      el("p", {}, "New conversation. Ask a question about the news articles.")));
  document.getElementById("question").focus();
}

function init() {
  document.getElementById("ask-form").addEventListener("submit", onSubmit);
  document.getElementById("new-chat").addEventListener("click", newChat);
  document.getElementById("article-panel").open = window.matchMedia(WIDE_SCREEN).matches;
  loadArticles();
}

document.addEventListener("DOMContentLoaded", init);
