// The Admission module; see Package.swift for its job.
