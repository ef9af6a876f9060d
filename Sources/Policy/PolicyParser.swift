import Documents

/// Reads Policy and PolicyException documents, reporting every problem with file:line:col.
enum PolicyParser {
    static let apiVersion = "esoguard.io/v1alpha1"

    enum Parsed {
        case policy(Policy)
        case exception(PolicyException)
    }

    static func parse(_ document: Document) throws -> Parsed? {
        let root = document.root
        let file = document.source
        func fail(_ message: String, _ node: Node?) -> PolicyLoadError {
            PolicyLoadError(file: file, position: node?.position ?? root.position, message: message)
        }
        if root.isNull { return nil }  // empty document between `---`
        guard root.isObject else { throw fail("a policy document must be an object, not \(root.typeName)", root) }
        guard let apiVersion = root["apiVersion"]?.string else { throw fail("apiVersion is missing (expected \(Self.apiVersion))", root) }
        guard apiVersion == Self.apiVersion else {
            throw fail("apiVersion \"\(apiVersion)\" is not supported (expected \(Self.apiVersion))", root["apiVersion"])
        }
        guard let name = root[path: "metadata", "name"]?.string, !name.isEmpty else {
            throw fail("metadata.name is required", root["metadata"] ?? root)
        }
        var top = Parameters(node: root, file: file, path: "")
        _ = top.raw("apiVersion"); _ = top.raw("kind"); _ = top.raw("metadata")
        let spec = try top.object("spec") ?? Parameters(node: nil, file: file, path: "spec")
        try top.finish()
        switch root["kind"]?.string {
        case "Policy":
            return .policy(try parsePolicy(name: name, spec: spec, root: root, file: file))
        case "PolicyException":
            return .exception(try parseException(name: name, spec: spec, root: root, file: file))
        case let kind:
            throw fail("kind \(kind.map { "\"\($0)\"" } ?? "is missing"): expected Policy or PolicyException", root["kind"])
        }
    }

    static func parseMode(_ text: String?, _ p: Parameters, key: String) throws -> PolicyMode? {
        guard let text else { return nil }
        guard let mode = PolicyMode(rawValue: text) else {
            throw p.error("\(p.path).\(key): \"\(text)\" is not a mode (expected enforce, warn or audit)", at: p.value(key)?.position)
        }
        return mode
    }

    static func parseKinds(_ p: inout Parameters) throws -> Set<String> {
        let kinds = try p.strings("kinds") ?? []
        for k in kinds where !ESOKinds.all.contains(k) {
            throw p.error("\(p.path).kinds: \"\(k)\" is not an ESO kind (expected one of: \(ESOKinds.all.sorted().joined(separator: ", ")))",
                          at: p.value("kinds")?.position)
        }
        return Set(kinds)
    }

    static func parsePolicy(name: String, spec: Parameters, root: Node, file: String) throws -> Policy {
        var spec = spec
        let mode = try parseMode(try spec.string("mode"), spec, key: "mode") ?? .enforce
        var match = PolicyMatch()
        if var m = try spec.object("match") {
            match.kinds = try parseKinds(&m)
            match.namespaces = try m.globs("namespaces") ?? []
            if let ops = try m.strings("operations") {
                match.operations = []
                for op in ops {
                    guard let o = Operation(rawValue: op), o != .connect else {
                        throw m.error("spec.match.operations: \"\(op)\" is not CREATE, UPDATE or DELETE", at: m.value("operations")?.position)
                    }
                    match.operations.insert(o)
                }
            }
            if let sel = m.raw("namespaceSelector") {
                try validateSelector(sel, path: "spec.match.namespaceSelector", file: file)
                match.namespaceSelector = sel
            }
            try m.finish()
        }
        var exclude = PolicyExclude()
        if var e = try spec.object("exclude") {
            exclude.namespaces = try e.globs("namespaces") ?? []
            exclude.users = try e.globs("users") ?? []
            exclude.groups = try e.globs("groups") ?? []
            try e.finish()
        }
        guard let ruleParams = try spec.objects("rules"), !ruleParams.isEmpty else {
            throw spec.error("spec.rules must list at least one rule", at: spec.value("rules")?.position)
        }
        try spec.finish()
        var rules: [PolicyRule] = []
        var seen: Set<String> = []
        for var r in ruleParams {
            guard let ruleName = try r.string("name"), !ruleName.isEmpty else { throw r.error("\(r.path).name is required") }
            guard Self.isValidRuleName(ruleName) else {
                throw r.error("\(r.path).name \"\(ruleName)\" must be lower-case letters, digits and '-' (at most 63), since it becomes the audit annotation esoguard.io/<name>",
                              at: r.value("name")?.position)
            }
            guard seen.insert(ruleName).inserted else {
                throw r.error("\(r.path).name: rule \"\(ruleName)\" appears twice in policy \(name)", at: r.value("name")?.position)
            }
            guard let checkName = try r.string("check") else { throw r.error("\(r.path).check is required") }
            guard let type = CheckCatalog.named(checkName) else {
                throw r.error("\(r.path).check: unknown check \"\(checkName)\" (known: \(CheckCatalog.names.joined(separator: ", ")))",
                              at: r.value("check")?.position)
            }
            let ruleMode = try parseMode(try r.string("mode"), r, key: "mode") ?? mode
            let mutate = try r.string("mutate")
            if let mutate, !type.mutations.contains(mutate) {
                let options = type.mutations.sorted().joined(separator: ", ")
                throw r.error("\(r.path).mutate: check \(checkName) cannot \"\(mutate)\"" + (options.isEmpty ? " (it has no mutations)" : " (expected: \(options))"),
                              at: r.value("mutate")?.position)
            }
            var with = try r.object("with") ?? Parameters(node: nil, file: file, path: "\(r.path).with")
            if let w = r.value("with"), !w.isObject {
                throw r.error("\(r.path).with must be an object", at: w.position)
            }
            let check = try type.init(&with)
            try with.finish()
            try r.finish()
            let kinds = match.kinds.isEmpty ? type.kinds : type.kinds.intersection(match.kinds)
            rules.append(PolicyRule(name: ruleName, checkName: checkName, check: check, mode: ruleMode,
                                    mutate: mutate, kinds: kinds, position: r.node.position))
        }
        return Policy(name: name, source: file, position: root.position, mode: mode, match: match,
                      exclude: exclude, rules: rules)
    }

    static func parseException(name: String, spec: Parameters, root: Node, file: String) throws -> PolicyException {
        var spec = spec
        guard let policy = try spec.string("policy"), !policy.isEmpty else {
            throw spec.error("spec.policy is required: the name of the policy this exception waives")
        }
        let rules = try spec.strings("rules") ?? []
        let kinds = try parseKinds(&spec)
        let namespaces = try spec.globs("namespaces") ?? []
        let names = try spec.globs("names") ?? []
        try spec.finish()
        if namespaces.isEmpty && names.isEmpty {
            throw spec.error("spec: an exception must name namespaces or names (a blanket waiver belongs in the policy's exclude)")
        }
        return PolicyException(name: name, source: file, position: root.position, policy: policy, rules: rules,
                               kinds: kinds, namespaces: namespaces, names: names)
    }

    static func isValidRuleName(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty, bytes.count <= 63 else { return false }
        func ok(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        guard let first = bytes.first, let last = bytes.last, ok(first), ok(last) else { return false }
        return bytes.allSatisfy { ok($0) || $0 == UInt8(ascii: "-") }
    }

    static func validateSelector(_ node: Node, path: String, file: String) throws {
        func fail(_ m: String, _ n: Node) -> PolicyLoadError { PolicyLoadError(file: file, position: n.position, message: m) }
        guard let members = node.members else { throw fail("\(path) must be a label selector object", node) }
        for m in members {
            switch m.key {
            case "matchLabels":
                guard let pairs = m.value.members else { throw fail("\(path).matchLabels must be an object", m.value) }
                for p in pairs where p.value.string == nil { throw fail("\(path).matchLabels.\(p.key) must be a string", p.value) }
            case "matchExpressions":
                guard let exprs = m.value.array else { throw fail("\(path).matchExpressions must be a list", m.value) }
                for (i, e) in exprs.enumerated() {
                    guard e["key"]?.string != nil else { throw fail("\(path).matchExpressions[\(i)].key is required", e) }
                    let op = e["operator"]?.string ?? ""
                    guard ["In", "NotIn", "Exists", "DoesNotExist"].contains(op) else {
                        throw fail("\(path).matchExpressions[\(i)].operator \"\(op)\" must be In, NotIn, Exists or DoesNotExist", e["operator"] ?? e)
                    }
                }
            default:
                throw fail("\(path): unknown field \"\(m.key)\" (expected matchLabels, matchExpressions)", m.value)
            }
        }
    }
}
