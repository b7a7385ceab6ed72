class C:
    x: int
    y: str = 'a'
    z: 'C'
