local m = require("socket")
