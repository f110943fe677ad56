for i = 1, 4000 do local s = string.rep("a", 1e6) .. i end
