import Documents
import ESO
import Policy

/// `esoguard validate`'s engine: reads inputs, loads their documents, and runs
/// ESO-parity and schema rules on ESO objects, the plaintext-Secret check on
/// `v1` Secrets and, when set, the policies. Other documents are skipped.
public struct ManifestValidator: Sendable {
    public var limits: DocumentLimits
    /// Applied to every ESO object as the webhook applies them to a CREATE by an
    /// unknown user; Namespaces and ClusterSecretStores in the input are the cluster state.
    public var policies: PolicySet?

    public init(policies: PolicySet? = nil, limits: DocumentLimits = .default) {
        self.policies = policies
        self.limits = limits
    }

    /// A validator applying the policies in `directory`.
    public init(policyDirectory directory: String, limits: DocumentLimits = .default) throws(PolicyDirectoryError) {
        do {
            self.init(policies: try PolicySet.load(directory: directory, limits: limits), limits: limits)
        } catch let errors as PolicyLoadErrors {
            throw PolicyDirectoryError(description: errors.description)
        } catch {
            throw PolicyDirectoryError(description: "\(directory): \(error)")
        }
    }

    /// Validates the files and directories named on a command line (`-` for stdin).
    public func validate(paths: [String]) -> ValidationReport {
        let (inputs, errors) = InputFiles.collect(paths)
        // Files are read and parsed in parallel, then checked in parallel once the
        // cluster state from all of them is known.
        let validator = self
        var loaded = ParallelMap.map(inputs) { validator.load($0) }
        loaded += errors.map { LoadedFile(source: $0.path, error: DocumentError(source: $0.path, position: .unknown, message: $0.message)) }
        return validate(loaded)
    }

    /// Validates in-memory text as if read from `source` (tests and benchmarks).
    public func validate(text: String, source: String) -> ValidationReport {
        validate([load(bytes: Array(text.utf8), source: source, json: false)])
    }

    func validate(_ files: [LoadedFile]) -> ValidationReport {
        var context = CheckContext()
        if let policies {
            context.engine = PolicyEngine(policies: policies)
            for file in files {
                for object in file.objects { context.state.add(object.root) }
            }
        }
        let shared = context
        let validator = self
        return ValidationReport(files: ParallelMap.map(files) { validator.check($0, shared) })
    }

    /// What every object's check shares: the policy engine and the cluster state from the input.
    struct CheckContext: Sendable {
        var engine: PolicyEngine?
        var state = StaticClusterState()
    }

    // MARK: - Loading

    /// One input's objects, or the error that stopped its loading.
    struct LoadedFile: Sendable {
        var source: String
        var objects: [LoadedObject] = []
        var error: DocumentError?
    }

    /// A top-level object (or an item of a `kind: List`) and where it came from.
    struct LoadedObject: Sendable {
        var documentIndex: Int
        var root: Node
    }

    func load(_ input: InputFile) -> LoadedFile {
        switch FileReader.read(input, limit: limits.maxBytes) {
        case .failure(let error): return LoadedFile(source: input.path, error: error)
        case .success(let bytes): return load(bytes: bytes, source: input.path, json: input.isJSON)
        }
    }

    func load(bytes: [UInt8], source: String, json: Bool) -> LoadedFile {
        let documents: [Document]
        do {
            documents = json
                ? [try JSONParser.document(bytes, source: source, limits: limits)]
                : try YAMLLoader.load(bytes, source: source, limits: limits)
        } catch {
            return LoadedFile(source: source, error: error)
        }
        var file = LoadedFile(source: source)
        for document in documents {
            Self.appendObjects(document.root, documentIndex: document.index, to: &file.objects)
        }
        return file
    }

    /// `root`, or the items of a List (`kubectl get -o yaml` wraps objects in one), Lists
    /// nested in it included: every object that could be applied is validated. The document's
    /// depth limit bounds the recursion.
    static func appendObjects(_ root: Node, documentIndex: Int, to objects: inout [LoadedObject]) {
        if root["kind"]?.string?.hasSuffix("List") == true, root["apiVersion"]?.string == "v1",
           let items = root["items"]?.array {
            for item in items { appendObjects(item, documentIndex: documentIndex, to: &objects) }
        } else {
            objects.append(LoadedObject(documentIndex: documentIndex, root: root))
        }
    }

    // MARK: - Checking

    func check(_ file: LoadedFile, _ context: CheckContext) -> FileReport {
        var report = FileReport(source: file.source, error: file.error)
        for object in file.objects {
            if let checked = check(object, source: file.source, context) {
                report.objects.append(checked)
            } else {
                report.skipped += 1
            }
        }
        return report
    }

    /// The object's report, or nil when it is not something `validate` checks.
    func check(_ object: LoadedObject, source: String, _ context: CheckContext) -> ObjectReport? {
        let root = object.root
        guard root.isObject else { return nil }
        let apiVersion = root["apiVersion"]?.string ?? ""
        let kind = root["kind"]?.string ?? ""
        let isESO = ObjectKinds.isESO(apiVersion: apiVersion, kind: kind)
        let isSecret = PlaintextSecretCheck.applies(apiVersion: apiVersion, kind: kind)
        guard isESO || isSecret else { return nil }

        var report = ObjectReport(
            source: source, documentIndex: object.documentIndex, position: root.position,
            apiVersion: apiVersion, kind: kind,
            name: root[path: "metadata", "name"]?.string ?? root[path: "metadata", "generateName"]?.string ?? "",
            namespace: root[path: "metadata", "namespace"]?.string)
        if isSecret {
            report.findings = PlaintextSecretCheck.findings(root).map { ReportedFinding($0) }
        }
        if isESO {
            // The webhook's regex budget, per object: an object over it is reported as such, not
            // judged in part, and the next starts afresh.
            let (findings, exhausted) = RegexBudget.judging { () -> [ReportedFinding] in
                var findings = (ESOValidator.validate(document: root) ?? []).map { ReportedFinding($0) }
                if let engine = context.engine {
                    let evaluation = engine.evaluate(EvaluationInput(object: root, operation: .create), state: context.state)
                    findings += evaluation.findings.map(Self.reported)
                }
                return findings
            }
            report.findings += exhausted ? [ReportedFinding(RegexBudget.exhaustedFinding)] : findings
        }
        // Source order, as compilers print; ties keep rule order (stable sort).
        report.findings = report.findings.enumerated().sorted { a, b in
            let pa = report.position(of: a.element), pb = report.position(of: b.element)
            if pa.line != pb.line { return pa.line < pb.line }
            if pa.column != pb.column { return pa.column < pb.column }
            return a.offset < b.offset
        }.map(\.element)
        return report
    }
}

extension ManifestValidator {
    /// A policy finding with the severity its mode stands for offline: enforce
    /// fails validation like an error, warn is a warning, audit is info.
    static func reported(_ policyFinding: PolicyFinding) -> ReportedFinding {
        var finding = policyFinding.finding
        switch policyFinding.mode {
        case .enforce: finding.severity = .error
        case .warn: finding.severity = .warning
        case .audit: finding.severity = .info
        }
        return ReportedFinding(finding, policy: policyFinding.policy, rule: policyFinding.rule,
                               mode: policyFinding.mode.rawValue)
    }
}

/// A policy directory that cannot be used; `description` lists every problem as `file:line:col: message`.
public struct PolicyDirectoryError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Which documents are ESO objects.
enum ObjectKinds {
    static let esoGroup = "external-secrets.io"
    static let esoKinds: Set<String> = [
        "ExternalSecret", "ClusterExternalSecret", "SecretStore", "ClusterSecretStore",
        "PushSecret", "ClusterPushSecret",
    ]

    static func isESO(apiVersion: String, kind: String) -> Bool {
        esoKinds.contains(kind) && group(of: apiVersion) == esoGroup
    }

    static func group(of apiVersion: String) -> String {
        guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
        return String(apiVersion[..<slash])
    }
}
