// Starts the telegram-test-api Bot API emulator on loopback for newsdesk's end-to-end tests,
// patched where python-telegram-bot needs more than the emulator gives (see
// ../shared/notes/telegram-emulator.md): getMe without is_bot, sendMessage dates in
// milliseconds, and methods the emulator does not know (sendChatAction, setMyCommands).
// Test-only control routes make the bot's next sendMessage calls fail, so tests can check
// that the bot survives Bot API errors and honours 429 retry_after.
'use strict';

// The bot routes must be patched before the server module copies the route list.
const { botRoutes } = require('telegram-test-api/lib/routes/bot/index');

const port = Number(process.argv[2]);
if (!port) {
  console.error('usage: node emulator.js PORT');
  process.exit(2);
}

const failures = []; // queued failures for the bot's next sendMessage calls
const ok = (res, result) => res.sendResult({ ok: true, result });

botRoutes.unshift((app) => {
  app.all('/bot:token/getMe', (_req, res) => ok(res, {
    id: 666, is_bot: true, first_name: 'Newsdesk Test', username: 'NewsdeskTestBot',
    can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false,
  }));
  for (const method of ['sendChatAction', 'setMyCommands', 'deleteMyCommands',
    'setMyDescription', 'setMyShortDescription', 'setMessageReaction']) {
    app.all(`/bot:token/${method}`, (_req, res) => ok(res, true));
  }
  app.all('/bot:token/sendMessage', (req, res, next) => {
    const failure = failures.shift();
    if (!failure) return next();
    if (failure === '429') {
      return res.status(429).json({
        ok: false, error_code: 429, description: 'Too Many Requests: retry after 1',
        parameters: { retry_after: 1 },
      });
    }
    return res.status(400).json({ ok: false, error_code: 400,
      description: 'Bad Request: injected failure' });
  });
});

// Test control: POST /control/fail {"kind": "429" | "400", "count": n}
botRoutes.unshift((app) => {
  app.post('/control/fail', (req, res) => {
    for (let i = 0; i < (req.body.count || 1); i += 1) failures.push(String(req.body.kind));
    ok(res, failures.length);
  });
});

// Only now load the server: it copies the (patched) route list when first required.
const TelegramServer = require('telegram-test-api');

const originalAdd = TelegramServer.prototype.addBotMessage;
TelegramServer.prototype.addBotMessage = function addBotMessage(raw, token) {
  const message = originalAdd.call(this, raw, token);
  // The emulator echoes the request as the sent Message: give dates in seconds, and objects
  // (not the JSON strings of a form-encoded request) where Telegram returns objects.
  const sent = { ...message, date: Math.floor(message.date / 1000) };
  for (const field of ['link_preview_options', 'entities']) {
    if (typeof sent[field] === 'string') sent[field] = JSON.parse(sent[field]);
  }
  delete sent.reply_parameters; // Telegram answers with reply_to_message instead
  return sent;
};

const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
server.start().then(() => console.log(`telegram emulator listening on ${port}`));
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
