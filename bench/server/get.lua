-- wrk: GET with the bearer token of TOKEN (reading a plan).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
