import Documents

/// The policies and exceptions in force: one directory's worth.
public struct PolicySet: Sendable {
    public var policies: [Policy]
    public var exceptions: [PolicyException]
    /// Where it was loaded from (for logs and readiness).
    public var directory: String?

    public init(policies: [Policy] = [], exceptions: [PolicyException] = [], directory: String? = nil) {
        self.policies = policies
        self.exceptions = exceptions
        self.directory = directory
    }

    /// Builds a set from parsed documents; throws `PolicyLoadErrors` listing every bad document.
    public init(documents: [Document]) throws {
        var policies: [Policy] = []
        var exceptions: [PolicyException] = []
        var errors: [PolicyLoadError] = []
        for doc in documents {
            do {
                switch try PolicyParser.parse(doc) {
                case .policy(let p)?:
                    if let other = policies.first(where: { $0.name == p.name }) {
                        errors.append(PolicyLoadError(file: doc.source, position: p.position,
                                                      message: "policy \"\(p.name)\" is already defined at \(other.source):\(other.position)"))
                    } else {
                        policies.append(p)
                    }
                case .exception(let e)?: exceptions.append(e)
                case nil: break
                }
            } catch let e as PolicyLoadError {
                errors.append(e)
            } catch {
                errors.append(PolicyLoadError(file: doc.source, position: doc.root.position, message: "\(error)"))
            }
        }
        for e in exceptions where !policies.contains(where: { $0.name == e.policy }) {
            errors.append(PolicyLoadError(file: e.source, position: e.position,
                                          message: "exception \"\(e.name)\" names policy \"\(e.policy)\", which is not in this directory"))
        }
        for e in exceptions {
            guard let p = policies.first(where: { $0.name == e.policy }) else { continue }
            for r in e.rules where !p.rules.contains(where: { $0.name == r }) {
                errors.append(PolicyLoadError(file: e.source, position: e.position,
                                              message: "exception \"\(e.name)\" names rule \"\(r)\", which policy \"\(p.name)\" does not have"))
            }
        }
        guard errors.isEmpty else { throw PolicyLoadErrors(errors: errors) }
        self.init(policies: policies, exceptions: exceptions)
    }

    /// Loads every `*.yaml`/`*.yml` file directly in `directory` (not recursive; hidden
    /// files and ConfigMap `..data` entries skipped) in name order.
    /// Throws `PolicyLoadErrors` with file:line:col for every problem found.
    public static func load(directory: String, limits: DocumentLimits = .default) throws -> PolicySet {
        let files: [String]
        do {
            files = try PolicyDirectory.yamlFiles(in: directory)
        } catch let e as PolicyLoadError {
            throw PolicyLoadErrors(errors: [e])
        }
        var documents: [Document] = []
        var errors: [PolicyLoadError] = []
        for path in files {
            do {
                let text = try PolicyDirectory.read(path, limit: limits.maxBytes)
                documents += try YAMLLoader.load(text, source: path, limits: limits)
            } catch let e as DocumentError {
                errors.append(PolicyLoadError(file: e.source, position: e.position, message: e.message))
            } catch let e as PolicyLoadError {
                errors.append(e)
            } catch {
                errors.append(PolicyLoadError(file: path, position: .unknown, message: "\(error)"))
            }
        }
        var set: PolicySet
        do {
            set = try PolicySet(documents: documents)
        } catch let e as PolicyLoadErrors {
            throw PolicyLoadErrors(errors: errors + e.errors)
        }
        guard errors.isEmpty else { throw PolicyLoadErrors(errors: errors) }
        if set.policies.isEmpty {
            throw PolicyLoadErrors(errors: [PolicyLoadError(file: directory, position: .unknown,
                                                            message: "no policies found (expected *.yaml files with kind: Policy)")])
        }
        set.directory = directory
        return set
    }
}
