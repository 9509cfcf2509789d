-- wrk: POST the file named by BODY_FILE to the path given on the command line, with the
-- bearer token of TOKEN (validation of the family plan).
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
local body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
