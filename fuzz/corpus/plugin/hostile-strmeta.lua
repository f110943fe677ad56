getmetatable("").__index = { evil = true }
