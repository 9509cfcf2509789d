-- wrk: saves against per-thread plans. Run with as many threads as connections, so each
-- connection saves its own plan and follows its ETag; no save conflicts with another.
-- MODE=document posts BODY_FILE as a new version; MODE=edit posts one move of LESSON
-- (alternating between two days) to the plan's edits route.
local plans = {}
for id in string.gmatch(os.getenv("PLANS"), "[^,]+") do plans[#plans + 1] = id end
local next_plan = 1
local body_text
if os.getenv("MODE") == "document" then
  local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
  body_text = f:read("*a")
  f:close()
end

function setup(thread)
  thread:set("plan", plans[next_plan])
  next_plan = next_plan + 1
end

local version = 1
local flip = false

function request()
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. os.getenv("TOKEN"),
    ["If-Match"] = '"' .. version .. '"',
  }
  local base = "/api/v1/households/" .. os.getenv("HOUSEHOLD") .. "/plans/" .. plan
  if os.getenv("MODE") == "document" then
    return wrk.format("POST", base .. "/versions", headers, body_text)
  end
  flip = not flip
  local day = flip and "tue" or "mon"
  local edit = '{"edits":[{"op":"move","lesson":"' .. os.getenv("LESSON") .. '","day":"' .. day .. '","start":"' .. os.getenv("START") .. '"}]}'
  return wrk.format("POST", base .. "/edits", headers, edit)
end

function response(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. ": " .. body:sub(1, 200) .. "\n")
    return
  end
  local etag = headers["ETag"] or headers["etag"]
  if etag then version = tonumber(etag:match("%d+")) end
end
