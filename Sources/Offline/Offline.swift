// The Offline module; see Package.swift for its job.
