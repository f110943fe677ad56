local r = ("a"):rep(2e5):find("a*b")
