// The Install module; see Package.swift for its job.
