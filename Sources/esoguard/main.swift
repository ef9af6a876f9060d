print("esoguard: not yet")
