match event:
    case Click(position=(x, y), button=Button.LEFT) if x > 0:
        handle(x, y)
    case KeyPress(key_name="Q") | Quit():
        quit()
    case [Point(x=0, y=0), *others]:
        pass
    case {"type": "msg", "body": str(body), **kw}:
        pass
    case (1 | 2 | 3) as n:
        pass
    case _ if guard:
        pass
