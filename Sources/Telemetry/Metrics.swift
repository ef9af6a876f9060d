import Synchronization

/// A family of metrics sharing a name, kind and label names; one series per
/// distinct list of label values.
protocol MetricFamily: AnyObject, Sendable {
    var name: String { get }
    var help: String { get }
    var labelNames: [String] { get }
    var kind: MetricKind { get }
    func renderSeries(into out: inout String)
}

enum MetricKind: String, Sendable {
    case counter, gauge, histogram
}

/// One number per list of label values, behind a lock: the storage Counter and Gauge share.
final class SeriesValues: Sendable {
    private let values = Mutex<[[String]: Double]>([:])

    /// Unlabelled families expose their single series at 0 from the start.
    init(labels: [String]) {
        if labels.isEmpty { values.withLock { $0[[]] = 0 } }
    }

    func update(_ labelValues: [String], _ change: (inout Double) -> Void) {
        values.withLock { change(&$0[labelValues, default: 0]) }
    }

    func value(_ labelValues: [String]) -> Double {
        values.withLock { $0[labelValues] ?? 0 }
    }

    func render(_ name: String, _ labelNames: [String], into out: inout String) {
        let snapshot = values.withLock { $0 }
        for key in snapshot.keys.sorted(by: Exposition.labelOrder) {
            Exposition.sample(name, labelNames, key, snapshot[key] ?? 0, into: &out)
        }
    }
}

/// A value that only goes up (requests served, handshakes failed).
public final class Counter: MetricFamily {
    public let name: String
    public let help: String
    public let labelNames: [String]
    var kind: MetricKind { .counter }
    private let series: SeriesValues

    init(name: String, help: String, labels: [String]) {
        self.name = name
        self.help = help
        self.labelNames = labels
        self.series = SeriesValues(labels: labels)
    }

    /// Adds `by` (ignored when negative: counters never go down).
    public func increment(_ labelValues: [String] = [], by amount: Double = 1) {
        guard amount >= 0 else { return }
        series.update(labelValues) { $0 += amount }
    }

    public func value(_ labelValues: [String] = []) -> Double { series.value(labelValues) }

    func renderSeries(into out: inout String) { series.render(name, labelNames, into: &out) }
}

/// A value that goes up and down (open connections, certificate expiry).
public final class Gauge: MetricFamily {
    public let name: String
    public let help: String
    public let labelNames: [String]
    var kind: MetricKind { .gauge }
    private let series: SeriesValues

    init(name: String, help: String, labels: [String]) {
        self.name = name
        self.help = help
        self.labelNames = labels
        self.series = SeriesValues(labels: labels)
    }

    public func set(_ value: Double, _ labelValues: [String] = []) {
        series.update(labelValues) { $0 = value }
    }

    public func add(_ delta: Double, _ labelValues: [String] = []) {
        series.update(labelValues) { $0 += delta }
    }

    public func value(_ labelValues: [String] = []) -> Double { series.value(labelValues) }

    func renderSeries(into out: inout String) { series.render(name, labelNames, into: &out) }
}

/// Observations counted into cumulative buckets (request latency in seconds).
public final class Histogram: MetricFamily {
    /// Seconds, tuned for a webhook that should answer in about a millisecond.
    public static let defaultLatencyBuckets: [Double] =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    public let name: String
    public let help: String
    public let labelNames: [String]
    public let buckets: [Double]
    var kind: MetricKind { .histogram }

    struct Series {
        var counts: [UInt64]   // per bucket, not cumulative; last slot is +Inf
        var sum: Double = 0
        var count: UInt64 = 0
    }
    private let series = Mutex<[[String]: Series]>([:])

    init(name: String, help: String, labels: [String], buckets: [Double]) {
        self.name = name
        self.help = help
        self.labelNames = labels
        self.buckets = buckets.filter { $0.isFinite }.sorted()
        let empty = Series(counts: Array(repeating: 0, count: self.buckets.count + 1))
        if labels.isEmpty { series.withLock { $0[[]] = empty } }
    }

    public func observe(_ value: Double, _ labelValues: [String] = []) {
        var slot = buckets.count
        for (i, bound) in buckets.enumerated() where value <= bound {
            slot = i
            break
        }
        let width = buckets.count + 1
        // Updated in place through the defaulted subscript: no copy of the bucket array.
        func record(_ s: inout Series) {
            s.counts[slot] += 1
            s.sum += value
            s.count += 1
        }
        series.withLock { all in
            record(&all[labelValues, default: Series(counts: Array(repeating: 0, count: width))])
        }
    }

    /// Number of observations so far for `labelValues`.
    public func count(_ labelValues: [String] = []) -> UInt64 {
        series.withLock { $0[labelValues]?.count ?? 0 }
    }

    func renderSeries(into out: inout String) {
        let snapshot = series.withLock { $0 }
        let bucketLabels = labelNames + ["le"]
        for key in snapshot.keys.sorted(by: Exposition.labelOrder) {
            guard let s = snapshot[key] else { continue }
            var cumulative: UInt64 = 0
            for (i, bound) in buckets.enumerated() {
                cumulative += s.counts[i]
                Exposition.sample(name + "_bucket", bucketLabels, key + [Exposition.number(bound)],
                                  Double(cumulative), into: &out)
            }
            Exposition.sample(name + "_bucket", bucketLabels, key + ["+Inf"], Double(s.count), into: &out)
            Exposition.sample(name + "_sum", labelNames, key, s.sum, into: &out)
            Exposition.sample(name + "_count", labelNames, key, Double(s.count), into: &out)
        }
    }
}
