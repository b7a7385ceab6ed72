if (m := 10) > 5:
    print(m)
