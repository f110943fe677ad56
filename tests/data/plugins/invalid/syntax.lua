survey { id = "a", 
