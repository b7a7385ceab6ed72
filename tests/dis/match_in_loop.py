def f(cmds):
    for c in cmds:
        match c:
            case 'stop':
                break
            case 'skip':
                continue
            case _:
                print(c)
