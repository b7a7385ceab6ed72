# The signal module on Taipan: numbers, handlers, raise_signal.
import signal

print(signal.SIGINT, repr(signal.SIGTERM), signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
got = []


def handler(signum, frame):
    got.append((signum, frame.f_code.co_name))


old = signal.signal(signal.SIGUSR1, handler)
print("old", old)
signal.raise_signal(signal.SIGUSR1)
print("got", got)
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), got)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGSEGV))
print(len(signal.valid_signals()), signal.SIGRTMIN in signal.valid_signals())
print(signal.set_wakeup_fd(-1), signal.alarm(0))
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
for f in [
    lambda: signal.signal(0, signal.SIG_DFL),
    lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN),
    lambda: signal.signal(signal.SIGINT, 5),
    lambda: signal.getsignal(65),
    lambda: signal.strsignal(0),
    lambda: signal.signal(signal.SIGINT, "x"),
    lambda: signal.raise_signal(99),
    lambda: signal.default_int_handler(2, None),
]:
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
print(signal.Signals.SIGINT, signal.Handlers.SIG_IGN, signal.Sigmasks.SIG_BLOCK)
print(signal.Signals(15).name)
import os

signal.signal(signal.SIGUSR2, handler)
os.kill(os.getpid(), signal.SIGUSR2)
print("after kill", got[-1])
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
