import Synchronization

/// All metrics of the process, rendered for `/metrics`.
///
/// Registering a name again returns the metric registered first (its kind
/// must match; a clash returns a detached metric that is never rendered, so a
/// programming slip cannot corrupt the exposition).
public final class MetricsRegistry: Sendable {
    private let families = Mutex<[any MetricFamily]>([])

    public init() {}

    public func counter(_ name: String, help: String, labels: [String] = []) -> Counter {
        register(name) { Counter(name: name, help: help, labels: labels) }
    }

    public func gauge(_ name: String, help: String, labels: [String] = []) -> Gauge {
        register(name) { Gauge(name: name, help: help, labels: labels) }
    }

    public func histogram(_ name: String, help: String, labels: [String] = [],
                          buckets: [Double] = Histogram.defaultLatencyBuckets) -> Histogram {
        register(name) { Histogram(name: name, help: help, labels: labels, buckets: buckets) }
    }

    /// A counter whose value `read` returns at each render (a total kept elsewhere, such as
    /// the kernel's count of the process's CPU time).
    public func sampledCounter(_ name: String, help: String, read: @escaping @Sendable () -> Double?) {
        _ = register(name) { SampledMetric(name: name, help: help, kind: .counter, read: read) }
    }

    /// A gauge whose value `read` returns at each render.
    public func sampledGauge(_ name: String, help: String, read: @escaping @Sendable () -> Double?) {
        _ = register(name) { SampledMetric(name: name, help: help, kind: .gauge, read: read) }
    }

    private func register<M: MetricFamily>(_ name: String, _ make: () -> M) -> M {
        families.withLock { all in
            if let existing = all.first(where: { $0.name == name }) {
                return (existing as? M) ?? make()
            }
            let metric = make()
            all.append(metric)
            return metric
        }
    }

    /// The Prometheus text exposition format, version 0.0.4.
    public func render() -> String {
        let snapshot = families.withLock { $0 }
        var out = ""
        for family in snapshot {
            out += "# HELP \(family.name) \(Exposition.escapeHelp(family.help))\n"
            out += "# TYPE \(family.name) \(family.kind.rawValue)\n"
            family.renderSeries(into: &out)
        }
        return out
    }

    /// The `Content-Type` of `render()`'s output.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"
}

/// Text exposition details.
enum Exposition {
    static func sample(_ name: String, _ labelNames: [String], _ labelValues: [String], _ value: Double,
                       into out: inout String) {
        out += name
        let n = min(labelNames.count, labelValues.count)
        if n > 0 {
            out += "{"
            for i in 0..<n {
                if i > 0 { out += "," }
                out += labelNames[i] + "=\"" + escapeLabel(labelValues[i]) + "\""
            }
            out += "}"
        }
        out += " " + number(value) + "\n"
    }

    /// Integral values print without a fraction (`3`, not `3.0`), like the Go client.
    static func number(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v == .infinity { return "+Inf" }
        if v == -.infinity { return "-Inf" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }

    static func escapeLabel(_ s: String) -> String {
        guard s.contains(where: { $0 == "\\" || $0 == "\"" || $0 == "\n" }) else { return s }
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    static func escapeHelp(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    static func labelOrder(_ a: [String], _ b: [String]) -> Bool {
        a.lexicographicallyPrecedes(b)
    }
}
