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

/// One number, updated without a lock: the bits of a Double in an atomic word.
final class ValueCell: Sendable {
    private let bits = Atomic<UInt64>(0)

    func update(_ change: (Double) -> Double) {
        var old = bits.load(ordering: .relaxed)
        while true {
            let new = change(Double(bitPattern: old)).bitPattern
            let (exchanged, current) = bits.compareExchange(expected: old, desired: new, ordering: .relaxed)
            if exchanged { return }
            old = current
        }
    }

    var value: Double { Double(bitPattern: bits.load(ordering: .relaxed)) }
}

/// One cell per list of label values: the storage Counter and Gauge share. The map is
/// locked only to find or add a cell; bound series skip even that.
final class SeriesValues: Sendable {
    private let cells = Mutex<[[String]: ValueCell]>([:])

    /// Unlabelled families expose their single series at 0 from the start.
    init(labels: [String]) {
        if labels.isEmpty { _ = cell([]) }
    }

    func cell(_ labelValues: [String]) -> ValueCell {
        cells.withLock { all in
            if let cell = all[labelValues] { return cell }
            let cell = ValueCell()
            all[labelValues] = cell
            return cell
        }
    }

    func value(_ labelValues: [String]) -> Double {
        cells.withLock { $0[labelValues]?.value ?? 0 }
    }

    func render(_ name: String, _ labelNames: [String], into out: inout String) {
        let snapshot = cells.withLock { $0 }
        for key in snapshot.keys.sorted(by: Exposition.labelOrder) {
            Exposition.sample(name, labelNames, key, snapshot[key]?.value ?? 0, into: &out)
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
        series.cell(labelValues).update { $0 + amount }
    }

    public func value(_ labelValues: [String] = []) -> Double { series.value(labelValues) }

    /// The series for `labelValues`, bound once: hot paths keep it and skip the label lookup.
    public func labelled(_ labelValues: [String]) -> Bound { Bound(cell: series.cell(labelValues)) }

    /// One series of a counter.
    public struct Bound: Sendable {
        let cell: ValueCell

        public func increment(by amount: Double = 1) {
            guard amount >= 0 else { return }
            cell.update { $0 + amount }
        }

        public var value: Double { cell.value }
    }

    func renderSeries(into out: inout String) { series.render(name, labelNames, into: &out) }
}

/// A value read when the metrics are rendered (the process's CPU time, open file
/// descriptors): there is nothing to update in between. A nil reading renders no sample.
final class SampledMetric: MetricFamily {
    let name: String
    let help: String
    let labelNames: [String] = []
    let kind: MetricKind
    private let read: @Sendable () -> Double?

    init(name: String, help: String, kind: MetricKind, read: @escaping @Sendable () -> Double?) {
        self.name = name
        self.help = help
        self.kind = kind
        self.read = read
    }

    func renderSeries(into out: inout String) {
        if let value = read() { Exposition.sample(name, [], [], value, into: &out) }
    }
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
        series.cell(labelValues).update { _ in value }
    }

    public func add(_ delta: Double, _ labelValues: [String] = []) {
        series.cell(labelValues).update { $0 + delta }
    }

    public func value(_ labelValues: [String] = []) -> Double { series.value(labelValues) }

    /// The series for `labelValues`, bound once.
    public func labelled(_ labelValues: [String]) -> Bound { Bound(cell: series.cell(labelValues)) }

    /// One series of a gauge.
    public struct Bound: Sendable {
        let cell: ValueCell

        public func add(_ delta: Double) { cell.update { $0 + delta } }
        public func set(_ value: Double) { cell.update { _ in value } }
        public var value: Double { cell.value }
    }

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

    struct Snapshot {
        var counts: [UInt64]   // per bucket, not cumulative; last slot is +Inf
        var sum: Double = 0
        var count: UInt64 = 0
    }

    /// One series' buckets behind its own lock (uncontended: one loop thread records at a time).
    final class Cell: Sendable {
        let state: Mutex<Snapshot>
        init(width: Int) { state = Mutex(Snapshot(counts: Array(repeating: 0, count: width))) }
    }

    private let series = Mutex<[[String]: Cell]>([:])

    init(name: String, help: String, labels: [String], buckets: [Double]) {
        self.name = name
        self.help = help
        self.labelNames = labels
        self.buckets = buckets.filter { $0.isFinite }.sorted()
        if labels.isEmpty { _ = cell([]) }
    }

    private func cell(_ labelValues: [String]) -> Cell {
        let width = buckets.count + 1
        return series.withLock { all in
            if let cell = all[labelValues] { return cell }
            let cell = Cell(width: width)
            all[labelValues] = cell
            return cell
        }
    }

    public func observe(_ value: Double, _ labelValues: [String] = []) {
        record(value, in: cell(labelValues))
    }

    fileprivate func record(_ value: Double, in cell: Cell) {
        var slot = buckets.count
        for (i, bound) in buckets.enumerated() where value <= bound {
            slot = i
            break
        }
        cell.state.withLock { s in
            s.counts[slot] += 1
            s.sum += value
            s.count += 1
        }
    }

    /// Number of observations so far for `labelValues`.
    public func count(_ labelValues: [String] = []) -> UInt64 {
        guard let cell = series.withLock({ $0[labelValues] }) else { return 0 }
        return cell.state.withLock { $0.count }
    }

    /// The series for `labelValues`, bound once: hot paths keep it and skip the label lookup.
    public func labelled(_ labelValues: [String]) -> Bound { Bound(histogram: self, cell: cell(labelValues)) }

    /// One series of a histogram.
    public struct Bound: Sendable {
        let histogram: Histogram
        let cell: Cell

        public func observe(_ value: Double) { histogram.record(value, in: cell) }
        public var count: UInt64 { cell.state.withLock { $0.count } }
    }

    func renderSeries(into out: inout String) {
        let cells = series.withLock { $0 }
        let bucketLabels = labelNames + ["le"]
        for key in cells.keys.sorted(by: Exposition.labelOrder) {
            guard let s = cells[key]?.state.withLock({ $0 }) else { continue }
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
