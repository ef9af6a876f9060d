import Glibc

/// How many Pike VM instructions the regular expressions compiled on this thread may add up
/// to, between two `reset`s. A pattern of a few hundred bytes can compile to 200,000
/// instructions, and compiling and probing one takes milliseconds: an admission review holding
/// thousands would hold its event loop for minutes. The admission handler sets a limit per
/// review and denies the review when it ran out; threads that never set one (offline
/// `validate`, tests) have none.
public final class RegexBudget: @unchecked Sendable {
    // Thread-confined: each thread has its own (`current`), and only that thread touches it.
    private var remaining = Int.max
    /// A compile was refused because the limit was reached.
    public private(set) var exhausted = false

    private init() {}

    /// This thread's budget.
    public static var current: RegexBudget {
        if let pointer = pthread_getspecific(budgetKey) { return Unmanaged<RegexBudget>.fromOpaque(pointer).takeUnretainedValue() }
        let budget = RegexBudget()
        pthread_setspecific(budgetKey, Unmanaged.passRetained(budget).toOpaque())
        return budget
    }

    /// Starts counting afresh; `.max` for no limit.
    public func reset(limit: Int) {
        remaining = limit
        exhausted = false
    }

    /// Whether another pattern may be compiled (false from the first refusal on).
    func mayCompile() -> Bool {
        if remaining <= 0 { exhausted = true }
        return !exhausted
    }

    func charge(_ instructions: Int) { remaining -= instructions }
}

/// The key of each thread's `RegexBudget`, released with its thread.
private let budgetKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
        if let pointer { Unmanaged<RegexBudget>.fromOpaque(pointer).release() }
    }
    return key
}()
