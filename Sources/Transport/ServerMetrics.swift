import Telemetry

/// The transport's Prometheus series.
struct ServerMetrics: Sendable {
    let requests: Counter
    let latency: Histogram
    let openConnections: Gauge
    let loopConnections: Gauge
    let connectionStates: Gauge
    let handshakeFailures: Counter
    let rejectedConnections: Counter
    let evictedConnections: Counter
    let acceptPauses: Counter
    let bufferRefusals: Counter

    init(_ registry: MetricsRegistry) {
        requests = registry.counter("esoguard_http_requests_total",
                                    help: "HTTP requests answered, by route and status code.", labels: ["route", "code"])
        latency = registry.histogram("esoguard_http_request_duration_seconds",
                                     help: "Time from a request's last byte to its response being queued, by route and status code.",
                                     labels: ["route", "code"])
        openConnections = registry.gauge("esoguard_open_connections", help: "Client connections currently open.")
        loopConnections = registry.gauge("esoguard_loop_connections",
                                         help: "Client connections open on each event loop (thread); they should be even.",
                                         labels: ["loop"])
        connectionStates = registry.gauge("esoguard_connection_states",
                                          help: "Client connections by what they wait for (handshake, reading, idle, writing, closing), counted by each event loop every 200 ms.",
                                          labels: ["state"])
        handshakeFailures = registry.counter("esoguard_tls_handshake_failures_total",
                                             help: "TLS handshakes that failed, by reason.", labels: ["reason"])
        rejectedConnections = registry.counter("esoguard_connections_rejected_total",
                                               help: "New connections closed at once because the connection limit was reached and every open one had an answer to write.")
        evictedConnections = registry.counter("esoguard_connections_evicted_total",
                                              help: "Open connections closed to make room at the connection limit: those that had waited longest on their clients.")
        acceptPauses = registry.counter("esoguard_accept_pauses_total",
                                        help: "Times an event loop stopped accepting for a moment because the process had no file descriptor left.")
        bufferRefusals = registry.counter("esoguard_buffer_refusals_total",
                                          help: "Requests refused with 503 because the request bytes arriving on all connections went over --max-buffered-bytes.")
    }
}
