local x = undefined_thing + 1
