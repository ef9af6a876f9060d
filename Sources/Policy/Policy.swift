// The Policy module; see Package.swift for its job.
