// The Webhook module; see Package.swift for its job.
