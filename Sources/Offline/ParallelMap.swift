import Glibc
import Platform

/// `map` over a few worker threads (one per CPU the process can use, at most 8), for
/// the independent per-file work of `validate`: reading, parsing and checking.
/// Results keep the input order. Plain pthreads: the CLI has no event loop.
enum ParallelMap {
    static var threadCount: Int { min(8, CPUBudget.current().count) }

    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> U) -> [U] {
        let workers = min(threadCount, items.count)
        guard workers > 1 else { return items.map(transform) }
        let job = Job(items: items, transform: transform)
        var threads: [pthread_t] = []
        for _ in 1..<workers {
            if let thread = try? startBackgroundThread({ job.work() }) { threads.append(thread) }
        }
        job.work()  // this thread works too, and finishes whatever no thread could start
        for thread in threads { pthread_join(thread, nil) }
        return job.results()
    }

    /// Items handed out one at a time under a mutex (files are uneven in size, so
    /// dynamic hand-out beats fixed slices).
    private final class Job<T: Sendable, U: Sendable>: @unchecked Sendable {
        let items: [T]
        let transform: @Sendable (T) -> U
        private var next = 0
        private let lock: UnsafeMutablePointer<pthread_mutex_t> = .allocate(capacity: 1)
        // Each slot is written by exactly one worker, then read after every join.
        private let slots: UnsafeMutablePointer<U?>

        init(items: [T], transform: @escaping @Sendable (T) -> U) {
            self.items = items
            self.transform = transform
            slots = .allocate(capacity: items.count)
            slots.initialize(repeating: nil, count: items.count)
            lock.initialize(to: pthread_mutex_t())
            pthread_mutex_init(lock, nil)
        }

        deinit {
            slots.deinitialize(count: items.count)
            slots.deallocate()
            pthread_mutex_destroy(lock)
            lock.deallocate()
        }

        func work() {
            while true {
                pthread_mutex_lock(lock)
                let index = next
                next += 1
                pthread_mutex_unlock(lock)
                guard index < items.count else { return }
                slots[index] = transform(items[index])
            }
        }

        func results() -> [U] {
            (0..<items.count).compactMap { slots[$0] }
        }
    }
}
