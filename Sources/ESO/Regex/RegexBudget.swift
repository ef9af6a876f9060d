import Glibc

/// How many Pike VM instructions the regular expressions compiled on this thread may add up
/// to, between two `reset`s. A pattern of a few hundred bytes can compile to 200,000
/// instructions, and compiling and probing one takes milliseconds: an admission review holding
/// thousands would hold its event loop for minutes. The admission handler and `validate` set a
/// limit per object (`judging`) and report the object when it ran out; threads that never set
/// one (tests) have none.
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

extension RegexBudget {
    /// Pike VM instructions one object's regular expressions may compile to, all together:
    /// ~25 ms of compiling at most. Real objects use a few hundred.
    public static let instructionsPerObject = 1_000_000

    /// Runs `judge` (one object's checks) under a fresh budget on this thread, lifted again
    /// after. `exhausted`: a compile was refused, so the object was judged only in part and must
    /// get `exhaustedFinding` instead. Not nested: the inner call would lift the outer limit.
    @inlinable
    public static func judging<T>(limit: Int = instructionsPerObject, _ judge: () -> T) -> (value: T, exhausted: Bool) {
        let budget = current
        budget.reset(limit: limit)
        defer { budget.reset(limit: .max) }
        let value = judge()
        return (value, budget.exhausted)
    }

    /// What an object over its budget is reported with, by the webhook (a denial) and `validate`.
    public static let exhaustedFinding = Finding(
        ruleID: "esoguard/regex-budget", severity: .error,
        message: "the regular expressions in this object compile to more than \(instructionsPerObject) instructions in total, more than esoguard judges in one object",
        path: "", hint: "use fewer or smaller regular expressions (large repeat counts such as a{1000} make large programs), or split the object")
}

/// The key of each thread's `RegexBudget`, released with its thread.
private let budgetKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
        if let pointer { Unmanaged<RegexBudget>.fromOpaque(pointer).release() }
    }
    return key
}()
