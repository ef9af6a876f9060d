import CShims
import Glibc
import Synchronization

/// Spreads accepted connections over the event loops. The loops share one listening
/// socket; whichever loop the kernel wakes accepts, then hands the connection to the loop
/// with the fewest connections. An even split matters on small machines: a loop holding
/// more connections makes all of them wait longer (the tail latency), while the other idles.
final class LoopBalancer: Sendable {
    struct Accepted: @unchecked Sendable {
        var fd: Int32
        var peer: sockaddr_storage
        /// When it was accepted (monotonic ns, read then rather than the loop's turn clock): which
        /// connections are oldest must not depend on which loop accepted or adopted them, nor when.
        var acceptedAt: UInt64
    }

    /// What one loop owns in the balancer: its load, its inbox and the eventfd that wakes it.
    final class Slot: Sendable {
        let load = Atomic<Int>(0)
        let wakeFd: Int32
        fileprivate let inbox = Mutex<(closed: Bool, items: [Accepted])>((false, []))

        init() throws {
            wakeFd = esoguard_eventfd()
            guard wakeFd >= 0 else { throw TransportError("eventfd: \(errnoString())") }
        }

        deinit { close(wakeFd) }

        func wake() {
            var one: UInt64 = 1
            _ = Glibc.write(wakeFd, &one, 8)
        }

        /// Connections handed to this loop since it last looked.
        func takeInbox() -> [Accepted] {
            inbox.withLock { state in
                let items = state.items
                state.items.removeAll()
                return items
            }
        }

        /// Refuses further hand-offs (the loop is exiting) and returns what was still queued.
        func closeInbox() -> [Accepted] {
            inbox.withLock { state in
                state.closed = true
                let items = state.items
                state.items.removeAll()
                return items
            }
        }
    }

    let slots: [Slot]

    init(loops: Int) throws {
        var slots: [Slot] = []
        for _ in 0..<loops { slots.append(try Slot()) }
        self.slots = slots
    }

    /// The loop that should take the next connection: the least loaded, `own` on a tie.
    func target(from own: Int) -> Int {
        var best = own
        var bestLoad = slots[own].load.load(ordering: .relaxed)
        for (i, slot) in slots.enumerated() where i != own {
            let load = slot.load.load(ordering: .relaxed)
            if load < bestLoad { best = i; bestLoad = load }
        }
        return best
    }

    /// Queues `connection` for loop `index` and wakes it; false when that loop has exited.
    /// The caller has already counted the connection in the target's load.
    func handOff(_ connection: Accepted, to index: Int) -> Bool {
        let slot = slots[index]
        let queued = slot.inbox.withLock { state -> Bool in
            guard !state.closed else { return false }
            state.items.append(connection)
            return true
        }
        if queued { slot.wake() }
        return queued
    }
}
