import Admission
import Documents
import Policy

/// Reads `esoguard-test.yaml` files into suites, with `file:line:col` errors for
/// anything malformed (an unknown key is an error: a typo must not silently
/// turn a case into one that asserts nothing).
public enum PolicyTestSuiteLoader {
    public static func load(_ path: String, limits: DocumentLimits = .default) throws(SuiteError) -> PolicyTestSuite {
        let documents = try loadDocuments(path, limits: limits)
        guard documents.count == 1, let document = documents.first else {
            throw SuiteError(path, .unknown, "a test suite file holds exactly one YAML document, found \(documents.count)")
        }
        return try parse(document.root, source: path, limits: limits)
    }

    static func parse(_ root: Node, source: String, limits: DocumentLimits) throws(SuiteError) -> PolicyTestSuite {
        let reader = Reader(source: source)
        try reader.keys(root, allowed: ["apiVersion", "kind", "metadata", "policies", "resources", "cluster", "cases"],
                        at: "suite")
        if let kind = root["kind"]?.string, kind != "PolicyTest" {
            throw reader.error(root["kind"] ?? root, "kind must be PolicyTest, not \(kind)")
        }
        let directory = parentDirectory(source)
        let policiesNode = try reader.require(root, "policies")
        let policies = try reader.string(policiesNode, "policies")
        var suite = PolicyTestSuite(
            source: source,
            name: root[path: "metadata", "name"]?.string ?? source,
            policies: resolve(policies, against: directory),
            policiesPosition: policiesNode.position,
            resources: try manifests(root["resources"], field: "resources", reader: reader, directory: directory, limits: limits),
            cluster: try manifests(root["cluster"], field: "cluster", reader: reader, directory: directory, limits: limits),
            cases: [])
        let cases = try reader.array(try reader.require(root, "cases"), "cases")
        var names = Set<String>()
        for (index, node) in cases.enumerated() {
            let testCase = try parseCase(node, index: index, suite: suite, reader: reader, directory: directory,
                                         limits: limits)
            guard names.insert(testCase.name).inserted else {
                throw reader.error(node, "case name \"\(testCase.name)\" is used twice")
            }
            suite.cases.append(testCase)
        }
        return suite
    }

    // MARK: - Cases

    static let caseKeys: Set<String> = ["name", "resource", "object", "oldObject", "review", "operation", "user",
                                        "groups", "namespace", "dryRun", "expect"]

    static func parseCase(_ node: Node, index: Int, suite: PolicyTestSuite, reader: Reader, directory: String,
                          limits: DocumentLimits) throws(SuiteError) -> PolicyTestCase {
        let field = "cases[\(index)]"
        try reader.keys(node, allowed: caseKeys, at: field)
        let name = try reader.string(try reader.require(node, "name"), "\(field).name")
        let sources = ["resource", "object", "review"].filter { node[$0] != nil }
        guard sources.count == 1 else {
            throw reader.error(node, "case \"\(name)\" needs exactly one of resource, object or review, found \(sources.isEmpty ? "none" : sources.joined(separator: ", "))")
        }
        var testCase = PolicyTestCase(name: name, position: node.position, review: nil, object: nil, oldObject: nil,
                                      operation: .create, namespace: nil, userInfo: UserInfo(), dryRun: false,
                                      expect: try parseExpect(try reader.require(node, "expect"), field: "\(field).expect", reader: reader))
        if let ref = node["resource"] {
            testCase.object = try resolveResource(ref, in: suite, reader: reader, field: "\(field).resource")
        } else if let object = node["object"] {
            testCase.object = try reader.object(object, "\(field).object")
        }
        if let old = node["oldObject"] { testCase.oldObject = try reader.object(old, "\(field).oldObject") }
        if let op = node["operation"] {
            let text = try reader.string(op, "\(field).operation")
            guard let operation = Operation(rawValue: text.uppercased()) else {
                throw reader.error(op, "operation must be one of CREATE, UPDATE, DELETE, CONNECT, not \(text)")
            }
            testCase.operation = operation
        }
        if let user = node["user"] { testCase.userInfo.username = try reader.string(user, "\(field).user") }
        if let groups = node["groups"] {
            testCase.userInfo.groups = try reader.array(groups, "\(field).groups").map { g throws(SuiteError) in
                try reader.string(g, "\(field).groups[]")
            }
        }
        if let ns = node["namespace"] { testCase.namespace = try reader.string(ns, "\(field).namespace") }
        if let dry = node["dryRun"] {
            guard let b = dry.bool else { throw reader.error(dry, "\(field).dryRun must be true or false") }
            testCase.dryRun = b
        }
        if let review = node["review"] {
            let reviewNode = review.string != nil
                ? try loadSingle(resolve(review.string ?? "", against: directory), limits: limits)
                : review
            let request = ["operation", "user", "groups", "namespace", "dryRun", "oldObject"].filter { node[$0] != nil }
            if !request.isEmpty {
                throw reader.error(node, "case \"\(name)\" takes \(request.joined(separator: ", ")) from its review's request; set them there")
            }
            try checkReview(reviewNode, reader: reader, field: "\(field).review")
            testCase.review = reviewNode
        }
        if testCase.operation == .delete, testCase.oldObject == nil {
            testCase.oldObject = testCase.object
        }
        return testCase
    }

    /// Checks a given AdmissionReview the way the webhook decodes it, so a malformed
    /// one is a suite error at its position rather than a puzzling case failure.
    static func checkReview(_ review: Node, reader: Reader, field: String) throws(SuiteError) {
        do {
            _ = try AdmissionRequest.decode(JSONWriter.encode(review))
        } catch {
            throw reader.error(review, "\(field) is not a usable AdmissionReview: \(error.message)")
        }
    }

    static func parseExpect(_ node: Node, field: String, reader: Reader) throws(SuiteError) -> PolicyTestCase.Expectation {
        try reader.keys(node, allowed: ["allowed", "rules", "patch", "warnings"], at: field)
        var expect = PolicyTestCase.Expectation(allowed: nil, rules: [], patch: nil, warnings: nil)
        if let allowed = node["allowed"] {
            guard let b = allowed.bool else { throw reader.error(allowed, "\(field).allowed must be true or false") }
            expect.allowed = b
        }
        if let rules = node["rules"] {
            guard let members = rules.members else { throw reader.error(rules, "\(field).rules must map policy/rule to fail, warn, audit or pass") }
            for member in members {
                guard member.key.contains("/") else {
                    throw reader.error(member.value, "rule \"\(member.key)\" must be written policy/rule")
                }
                guard let text = member.value.string, let result = RuleResult(rawValue: text) else {
                    throw reader.error(member.value, "\(member.key) must be one of fail, warn, audit, pass")
                }
                expect.rules.append(RuleExpectation(rule: member.key, result: result, position: member.keyPosition))
            }
        }
        if let patch = node["patch"] {
            guard patch.array != nil else { throw reader.error(patch, "\(field).patch must be a list of JSON Patch operations") }
            expect.patch = patch
        }
        if let warnings = node["warnings"] {
            guard let n = warnings.int, n >= 0 else { throw reader.error(warnings, "\(field).warnings must be a count") }
            expect.warnings = n
        }
        if expect.allowed == nil && expect.rules.isEmpty && expect.patch == nil && expect.warnings == nil {
            throw reader.error(node, "\(field) asserts nothing; give allowed, rules, patch or warnings")
        }
        return expect
    }

    static func resolveResource(_ ref: Node, in suite: PolicyTestSuite, reader: Reader,
                                field: String) throws(SuiteError) -> Node {
        try reader.keys(ref, allowed: ["kind", "name", "namespace"], at: field)
        let kind = try reader.string(try reader.require(ref, "kind"), "\(field).kind")
        let name = try reader.string(try reader.require(ref, "name"), "\(field).name")
        let namespace = ref["namespace"]?.string
        let found = suite.resources.filter {
            $0["kind"]?.string == kind && $0[path: "metadata", "name"]?.string == name
                && (namespace == nil || $0[path: "metadata", "namespace"]?.string == namespace)
        }
        guard found.count == 1, let object = found.first else {
            let what = "\(kind) \(namespace.map { "\($0)/" } ?? "")\(name)"
            throw reader.error(ref, found.isEmpty ? "no resource \(what) in the suite's resources"
                                                  : "\(found.count) resources match \(what); add namespace")
        }
        return object
    }

    // MARK: - Files

    /// Manifests from `resources:`/`cluster:`: file paths (relative to the suite) or inline objects.
    static func manifests(_ node: Node?, field: String, reader: Reader, directory: String,
                          limits: DocumentLimits) throws(SuiteError) -> [Node] {
        guard let node else { return [] }
        var result: [Node] = []
        for entry in try reader.array(node, field) {
            if let path = entry.string {
                let resolved = resolve(path, against: directory)
                let documents: [Document]
                do {
                    documents = try loadDocuments(resolved, limits: limits)
                } catch where error.source == resolved && !error.position.isKnown {
                    // Unreadable: point at the suite's entry; parse errors keep the file's own position.
                    throw reader.error(entry, "\(field) entry \(resolved): \(error.message)")
                }
                for document in documents {
                    if let items = document.root["items"]?.array, document.root["kind"]?.string == "List" {
                        result += items
                    } else {
                        result.append(document.root)
                    }
                }
            } else {
                result.append(try reader.object(entry, "\(field)[]"))
            }
        }
        return result
    }

    static func loadDocuments(_ path: String, limits: DocumentLimits) throws(SuiteError) -> [Document] {
        let bytes: [UInt8]
        switch FileReader.read(InputFile(path: path), limit: limits.maxBytes) {
        case .failure(let error): throw SuiteError(error)
        case .success(let b): bytes = b
        }
        do {
            if path.hasSuffix(".json") { return [try JSONParser.document(bytes, source: path, limits: limits)] }
            return try YAMLLoader.load(bytes, source: path, limits: limits)
        } catch {
            throw SuiteError(error)
        }
    }

    static func loadSingle(_ path: String, limits: DocumentLimits) throws(SuiteError) -> Node {
        let documents = try loadDocuments(path, limits: limits)
        guard documents.count == 1, let document = documents.first else {
            throw SuiteError(path, .unknown, "expected one document, found \(documents.count)")
        }
        return document.root
    }

    static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` relative to `directory`, with `.` and `..` folded lexically so
    /// messages name `policies/baseline`, not `policies/tests/baseline/../../baseline`.
    static func resolve(_ path: String, against directory: String) -> String {
        let joined = path.hasPrefix("/") || directory == "." ? path : "\(directory)/\(path)"
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let folded = parts.joined(separator: "/")
        if joined.hasPrefix("/") { return "/" + folded }
        return folded.isEmpty ? "." : folded
    }

    /// Typed access to suite fields with positioned errors.
    struct Reader {
        var source: String

        func error(_ node: Node, _ message: String) -> SuiteError { SuiteError(source, node.position, message) }

        func require(_ node: Node, _ key: String) throws(SuiteError) -> Node {
            guard let value = node[key] else { throw error(node, "missing required field \"\(key)\"") }
            return value
        }

        func string(_ node: Node, _ field: String) throws(SuiteError) -> String {
            guard let s = node.string else { throw error(node, "\(field) must be a string, not \(node.typeName)") }
            return s
        }

        func array(_ node: Node, _ field: String) throws(SuiteError) -> [Node] {
            guard let a = node.array else { throw error(node, "\(field) must be a list, not \(node.typeName)") }
            return a
        }

        func object(_ node: Node, _ field: String) throws(SuiteError) -> Node {
            guard node.isObject else { throw error(node, "\(field) must be a manifest (a mapping), not \(node.typeName)") }
            return node
        }

        func keys(_ node: Node, allowed: Set<String>, at field: String) throws(SuiteError) {
            guard let members = node.members else { throw error(node, "\(field) must be a mapping, not \(node.typeName)") }
            for m in members where !allowed.contains(m.key) {
                throw SuiteError(source, m.keyPosition, "unknown field \"\(m.key)\" in \(field) (allowed: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
    }
}
