debug.sethook(function() end, "l")
