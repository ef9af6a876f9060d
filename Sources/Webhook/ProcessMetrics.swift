import Platform
import Telemetry

/// Prometheus' standard process metrics, the ones every Go-based peer exports by default
/// (dashboards and memory or file-descriptor alerts expect these names). Read from
/// `/proc/self` at each scrape.
enum ProcessMetrics {
    static func register(in metrics: MetricsRegistry) {
        metrics.sampledCounter("process_cpu_seconds_total", help: "Total user and system CPU time spent in seconds.",
                               read: ProcessStats.cpuSeconds)
        metrics.sampledGauge("process_resident_memory_bytes", help: "Resident memory size in bytes.",
                             read: ProcessStats.residentBytes)
        metrics.sampledGauge("process_virtual_memory_bytes", help: "Virtual memory size in bytes.",
                             read: ProcessStats.virtualBytes)
        metrics.sampledGauge("process_open_fds", help: "Number of open file descriptors.",
                             read: ProcessStats.openFileDescriptors)
        metrics.sampledGauge("process_max_fds", help: "Maximum number of open file descriptors.",
                             read: ProcessStats.maxFileDescriptors)
        metrics.sampledGauge("process_start_time_seconds", help: "Start time of the process since unix epoch in seconds.",
                             read: ProcessStats.startTimeSeconds)
    }
}
