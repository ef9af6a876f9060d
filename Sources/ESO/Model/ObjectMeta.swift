import Documents

/// `metadata` of any object: the fields rules and the reconcile engine read.
public struct ObjectMeta: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var name: String? { string("name") }
    /// The namespace written in the manifest (admission fills it from the request when absent).
    public var namespace: String? { string("namespace") }
    public var generateName: String? { string("generateName") }
    public var labels: [String: String] { stringMap("labels") }
    public var annotations: [String: String] { stringMap("annotations") }
}

/// ESO's `SecretKeySelector`: a key of a Secret, optionally in another namespace.
public struct SecretKeySelector: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var name: String? { string("name") }
    public var key: String? { string("key") }
    /// The namespace when set; Go's `*string`, so absent and present differ.
    public var namespace: String? { string("namespace") }
    public var hasNamespace: Bool { has("namespace") }
}

/// ESO's `ServiceAccountSelector`.
public struct ServiceAccountSelector: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    public var name: String? { string("name") }
    public var namespace: String? { string("namespace") }
    public var hasNamespace: Bool { has("namespace") }
    public var audiences: [String] { strings("audiences") }
}

/// ESO's `CAProvider`: a CA bundle read from a Secret or ConfigMap.
public struct CAProvider: NodeView {
    public let node: Node
    public let fieldLocation: FieldLocation
    public init(node: Node, fieldLocation: FieldLocation) {
        self.node = node
        self.fieldLocation = fieldLocation
    }

    /// `Secret` or `ConfigMap`.
    public var type: String? { string("type") }
    public var name: String? { string("name") }
    public var key: String? { string("key") }
    public var namespace: String? { string("namespace") }
    public var hasNamespace: Bool { has("namespace") }
}
