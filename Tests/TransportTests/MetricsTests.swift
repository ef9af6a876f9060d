import Synchronization
import Testing
import Telemetry

@Suite struct MetricsTests {
    @Test func exposesCountersGaugesAndHistogramsExactly() {
        let registry = MetricsRegistry()
        let requests = registry.counter("http_requests_total", help: "Requests served.", labels: ["route", "code"])
        let open = registry.gauge("open_connections", help: "Open connections.")
        let latency = registry.histogram("latency_seconds", help: "Latency.", labels: ["route"], buckets: [0.001, 0.5, 1])
        requests.increment(["/validate", "200"])
        requests.increment(["/validate", "200"], by: 2)
        requests.increment(["/mutate", "400"])
        open.set(3)
        open.add(-1)
        latency.observe(0.0004, ["/validate"])
        latency.observe(0.7, ["/validate"])
        latency.observe(3, ["/validate"])
        let expected = """
        # HELP http_requests_total Requests served.
        # TYPE http_requests_total counter
        http_requests_total{route="/mutate",code="400"} 1
        http_requests_total{route="/validate",code="200"} 3
        # HELP open_connections Open connections.
        # TYPE open_connections gauge
        open_connections 2
        # HELP latency_seconds Latency.
        # TYPE latency_seconds histogram
        latency_seconds_bucket{route="/validate",le="0.001"} 1
        latency_seconds_bucket{route="/validate",le="0.5"} 1
        latency_seconds_bucket{route="/validate",le="1"} 2
        latency_seconds_bucket{route="/validate",le="+Inf"} 3
        latency_seconds_sum{route="/validate"} 3.7004
        latency_seconds_count{route="/validate"} 3

        """
        #expect(registry.render() == expected)
    }

    @Test func sampledMetricsAreReadAtEachRender() {
        let registry = MetricsRegistry()
        let reading = Mutex<Double?>(1.5)
        registry.sampledCounter("cpu_seconds_total", help: "CPU.", read: { reading.withLock { $0 } })
        registry.sampledGauge("fds", help: "FDs.", read: { nil })
        #expect(registry.render() == """
            # HELP cpu_seconds_total CPU.
            # TYPE cpu_seconds_total counter
            cpu_seconds_total 1.5
            # HELP fds FDs.
            # TYPE fds gauge

            """)
        reading.withLock { $0 = 3 }
        #expect(registry.render().contains("cpu_seconds_total 3\n"))
    }

    @Test func registeringTwiceReturnsTheSameMetric() {
        let registry = MetricsRegistry()
        let a = registry.counter("x_total", help: "X.")
        let b = registry.counter("x_total", help: "X again.")
        a.increment()
        b.increment()
        #expect(a === b)
        #expect(a.value() == 2)
        #expect(registry.render() == "# HELP x_total X.\n# TYPE x_total counter\nx_total 2\n")
    }

    @Test func escapesLabelValuesAndHelp() {
        let registry = MetricsRegistry()
        let c = registry.counter("e_total", help: "Line one\nback\\slash", labels: ["v"])
        c.increment(["a\"b\\c\nd"])
        #expect(registry.render() == """
        # HELP e_total Line one\\nback\\\\slash
        # TYPE e_total counter
        e_total{v="a\\"b\\\\c\\nd"} 1

        """)
    }

    @Test func countersNeverGoDown() {
        let registry = MetricsRegistry()
        let c = registry.counter("c_total", help: "C.")
        c.increment(by: 5)
        c.increment(by: -3)
        #expect(c.value() == 5)
    }

    @Test func concurrentIncrementsAreAllCounted() async {
        let registry = MetricsRegistry()
        let c = registry.counter("n_total", help: "N.", labels: ["k"])
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<1000 { c.increment(["a"]) } }
            }
        }
        #expect(c.value(["a"]) == 8000)
    }

    /// Bound series (what the event loops keep per route and status) share the labelled
    /// series' storage: updates through either show in the other and in the exposition.
    @Test func boundSeriesUpdateTheSameSeries() async {
        let registry = MetricsRegistry()
        let c = registry.counter("req_total", help: "R.", labels: ["route", "code"])
        let g = registry.gauge("open", help: "O.", labels: ["loop"])
        let h = registry.histogram("lat_seconds", help: "L.", labels: ["route"], buckets: [0.001, 0.01])
        let bound = c.labelled(["/validate", "200"])
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<1000 { bound.increment() } }
            }
        }
        c.increment(["/validate", "200"])
        bound.increment(by: -1)  // ignored: counters never go down
        #expect(c.value(["/validate", "200"]) == 8001)
        #expect(bound.value == 8001)
        let loop = g.labelled(["0"])
        loop.add(3)
        loop.add(-1)
        g.add(1, ["0"])
        #expect(g.value(["0"]) == 3)
        let lat = h.labelled(["/validate"])
        lat.observe(0.0005)
        lat.observe(0.005)
        h.observe(5, ["/validate"])
        #expect(lat.count == 3)
        let text = registry.render()
        #expect(text.contains(#"req_total{route="/validate",code="200"} 8001"#))
        #expect(text.contains(#"open{loop="0"} 3"#))
        #expect(text.contains(#"lat_seconds_bucket{route="/validate",le="0.001"} 1"#))
        #expect(text.contains(#"lat_seconds_bucket{route="/validate",le="0.01"} 2"#))
        #expect(text.contains(#"lat_seconds_bucket{route="/validate",le="+Inf"} 3"#))
        #expect(text.contains(#"lat_seconds_count{route="/validate"} 3"#))
    }
}

@Suite struct LoggerTests {
    @Test func jsonLinesAreOneObjectWithSortedFields() {
        let line = LogLine.render(time: "T", level: .info, label: "webhook", message: "say \"hi\"\n",
                                  fields: ["b": "2", "a": "x\ty"], format: .json)
        #expect(line == "{\"time\":\"T\",\"level\":\"info\",\"logger\":\"webhook\",\"msg\":\"say \\\"hi\\\"\\n\",\"a\":\"x\\ty\",\"b\":\"2\"}\n")
    }

    @Test func textLinesQuoteValuesWithSpaces() {
        let line = LogLine.render(time: "T", level: .warning, label: "tls", message: "reload failed",
                                  fields: ["file": "/a b", "n": "1"], format: .text)
        #expect(line == "T WARNING [tls] reload failed file=\"/a b\" n=1\n")
    }

    /// A backslash is escaped too. Without it, the path `/"\` was written `path="/\"\"`, and a
    /// logfmt parser read the rest of the line as part of the path.
    @Test func textLinesEscapeBackslashes() {
        let line = LogLine.render(time: "T", level: .debug, label: "http", message: "request",
                                  fields: ["path": #"/"\"#, "status": "404"], format: .text)
        #expect(line == #"T DEBUG [http] request path="/\"\\" status=404"# + "\n")
    }

    /// Field values come from clients (a uid, an error quoting its input): each is cut at
    /// 1 KiB, on a character boundary, with its length said.
    @Test func longFieldValuesAreCut() {
        let long = String(repeating: "é", count: 2000)   // 4,000 bytes, 2 per character
        for format in [LogFormat.json, .text] {
            let line = LogLine.render(time: "T", level: .warning, label: "admission", message: "m",
                                      fields: ["error": long], format: format)
            #expect(line.utf8.count < LogLine.maxFieldBytes + 100, "\(format)")
            #expect(line.contains(String(repeating: "é", count: LogLine.maxFieldBytes / 2) + "… (4000 bytes)"), "\(format)")
        }
        let short = LogLine.render(time: "T", level: .info, label: "l", message: "m", fields: ["uid": "abc"], format: .json)
        #expect(short.contains(#""uid":"abc""#))
    }

    @Test func levelsBelowTheThresholdAreDropped() {
        let box = LineBox()
        let logger = Logger(label: "t", level: .warning, format: .json, sink: LogSink { box.append($0) })
        logger.debug("d")
        logger.info("i")
        logger.warning("w")
        logger.error("e")
        #expect(box.lines.count == 2)
        #expect(box.lines.allSatisfy { $0.hasSuffix("\n") && $0.filter { $0 == "\n" }.count == 1 })
        #expect(LogLevel.debug < LogLevel.error)
    }

    /// A dropped line's fields are never built: hot and cold paths may pass them unguarded.
    @Test func fieldsOfDroppedLinesAreNotBuilt() {
        let box = LineBox()
        let logger = Logger(label: "t", level: .info, format: .json, sink: LogSink { box.append($0) })
        let built = LineBox()
        func fields() -> [String: String] { built.append("built"); return ["k": "v"] }
        logger.debug("d", fields())
        #expect(built.lines.isEmpty)
        logger.info("i", fields())
        #expect(built.lines.count == 1)
        #expect(box.lines.first?.contains(#""k":"v""#) == true)
    }

    @Test func timestampIsRFC3339UTC() {
        let t = LogLine.timestamp()
        #expect(t.count == 24)
        #expect(t.hasSuffix("Z"))
        #expect(Array(t)[10] == "T")
    }
}

final class LineBox: @unchecked Sendable {
    private var storage: [String] = []
    private let lock = NSLockish()
    func append(_ s: String) { lock.run { storage.append(s) } }
    var lines: [String] { lock.run { storage } }
}

import Synchronization
final class NSLockish: Sendable {
    private let m = Mutex<Void>(())
    func run<T>(_ body: () -> T) -> T { m.withLock { _ in body() } }
}
