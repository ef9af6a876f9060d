import Glibc
import Platform
import Synchronization
import Telemetry

/// The policy set in force for a running server: loads a directory, reloads it when its
/// files change (a ConfigMap mount swaps its `..data` symlink), and keeps the last good
/// set when a new one fails to load. Not ready until a valid set has loaded once.
public final class PolicyStore: Sendable {
    public let directory: String
    private let logger: Logger?
    private let state = Mutex<State>(State())
    private let stopped = Atomic<Bool>(false)

    struct State {
        var engine: PolicyEngine?
        var fingerprint: [String]?
        var lastErrors: [PolicyLoadError] = []
        var generation = 0
    }

    /// Outcome of one reload attempt.
    public enum ReloadResult: Sendable, Equatable {
        case unchanged
        case loaded(policies: Int)
        case failed([PolicyLoadError])
    }

    public init(directory: String, logger: Logger? = nil) {
        self.directory = directory
        self.logger = logger
    }

    /// The engine in force, or nil before the first successful load.
    public var engine: PolicyEngine? { state.withLock { $0.engine } }
    public var isReady: Bool { engine != nil }
    /// Bumped on every successful load (tests and metrics).
    public var generation: Int { state.withLock { $0.generation } }
    /// The errors of the last failed attempt (empty after a success).
    public var lastErrors: [PolicyLoadError] { state.withLock { $0.lastErrors } }

    /// Loads the directory when its fingerprint changed since the last attempt (or `force`).
    @discardableResult
    public func reload(force: Bool = false) -> ReloadResult {
        let fingerprint = PolicyDirectory.fingerprint(directory)
        if !force, state.withLock({ $0.fingerprint == fingerprint }) { return .unchanged }
        do {
            let set = try PolicySet.load(directory: directory)
            let engine = PolicyEngine(policies: set)
            state.withLock {
                $0.engine = engine
                $0.fingerprint = fingerprint
                $0.lastErrors = []
                $0.generation += 1
            }
            let rules = set.policies.reduce(0) { $0 + $1.rules.count }
            logger?.info("policies loaded", ["directory": directory, "policies": String(set.policies.count),
                                              "rules": String(rules), "exceptions": String(set.exceptions.count)])
            return .loaded(policies: set.policies.count)
        } catch {
            let errors = (error as? PolicyLoadErrors)?.errors
                ?? [PolicyLoadError(file: directory, position: .unknown, message: "\(error)")]
            let keeping = state.withLock { s -> Bool in
                s.fingerprint = fingerprint
                s.lastErrors = errors
                return s.engine != nil
            }
            for e in errors {
                logger?.error("policy failed to load", ["error": e.description,
                                                        "keeping": keeping ? "last good policy set" : "none (not ready)"])
            }
            return .failed(errors)
        }
    }

    /// Polls the directory about every `interval` seconds on a background thread until `stop()`.
    public func startWatching(interval: Double = 1) {
        let context = WatchContext(store: self, interval: interval)
        do {
            pthread_detach(try startBackgroundThread { context.run() })
        } catch {
            logger?.error("cannot start the policy watcher thread", ["error": error.description])
        }
    }

    public func stop() { stopped.store(true, ordering: .relaxed) }

    fileprivate var isStopped: Bool { stopped.load(ordering: .relaxed) }
}

private final class WatchContext: Sendable {
    let store: PolicyStore
    let interval: Double

    init(store: PolicyStore, interval: Double) {
        self.store = store
        self.interval = interval
    }

    func run() {
        let micros = UInt32(max(0.01, interval) * 1_000_000)
        while !store.isStopped {
            usleep(micros)
            if store.isStopped { break }
            store.reload()
        }
    }
}
