// The Telemetry module; see Package.swift for its job.
