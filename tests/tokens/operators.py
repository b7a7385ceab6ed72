a+b-c*d/e//f%g**h@i<<j>>k&l|m^n~o
a+=1;a-=1;a*=1;a/=1;a//=1;a%=1;a**=1;a@=1;a<<=1;a>>=1;a&=1;a|=1;a^=1
a<b<=c>d>=e==f!=g
x:=1
def f()->None: ...
x[1:2,...]
{a:b}
