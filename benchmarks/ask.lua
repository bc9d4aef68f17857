-- wrk script: POST /ask with a distinct question each time (no answer cache can help).
local subjects = {"the US side", "the South Korean delegation", "the meeting", "the working group",
                  "the Biden administration", "the spokesperson", "the consultations", "Park Il"}
local forms = {"Who leads %s?", "What did %s say?", "When will %s meet?", "Why does %s matter?"}
local counter = 0
local thread_id = 0
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
end

function request()
  counter = counter + 1
  local question = string.format(forms[counter % #forms + 1], subjects[counter % #subjects + 1])
  local body = string.format('{"question": "%s (%d-%d)"}', question, thread_id, counter)
  return wrk.format("POST", "/ask", {["Content-Type"] = "application/json"}, body)
end
