// The PKI module; see Package.swift for its job.
