import Glibc

/// The signals `esoguard serve` takes on its main thread with `sigwait`: SIGTERM and SIGINT
/// stop it, SIGHUP reloads. A process-directed signal goes to any thread that does not block
/// it, and in a thread that does not wait for it, it takes its default action: it ends the
/// process. So every thread blocks them, the main one included (`sigwait` takes them anyway).
public enum ControlSignals {
    public static var set: sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGHUP)
        return signals
    }

    /// Blocks them in the calling thread (and so in every thread it starts from now on).
    public static func block() {
        var signals = set
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }
}

/// Starts a POSIX thread running `body`, with `ControlSignals` blocked from its first
/// instruction (it inherits the mask the caller holds while creating it), whatever the
/// caller's own mask. Returns its id for `pthread_join` or `pthread_detach`.
/// Plain pthreads: the server's loops and watchers are long-lived and must not share a
/// cooperative pool, and `validate`'s workers need no more.
public func startBackgroundThread(_ body: @escaping @Sendable () -> Void) throws(ThreadStartError) -> pthread_t {
    final class Box { let body: @Sendable () -> Void; init(_ b: @escaping @Sendable () -> Void) { body = b } }
    let arg = Unmanaged.passRetained(Box(body)).toOpaque()
    var signals = ControlSignals.set
    var callers = sigset_t()
    pthread_sigmask(SIG_BLOCK, &signals, &callers)
    defer { pthread_sigmask(SIG_SETMASK, &callers, nil) }
    var tid = pthread_t()
    let rc = pthread_create(&tid, nil, { raw in
        guard let raw else { return nil }
        let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
        box.body()
        return nil
    }, arg)
    if rc != 0 {
        Unmanaged<Box>.fromOpaque(arg).release()
        throw ThreadStartError(code: rc)
    }
    return tid
}

/// `pthread_create` failed (EAGAIN: the process or user is out of threads).
public struct ThreadStartError: Error, CustomStringConvertible {
    public var code: Int32
    public var description: String { strerror(code).map { String(cString: $0) } ?? "error \(code)" }
}
