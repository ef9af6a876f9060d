/// String-valued enums of the ESO API. They are open (any raw value is kept) because
/// manifests may hold values the schema rejects; the schema rules report those.
public struct CreationPolicy: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let owner = CreationPolicy(rawValue: "Owner")
    public static let orphan = CreationPolicy(rawValue: "Orphan")
    public static let merge = CreationPolicy(rawValue: "Merge")
    public static let none = CreationPolicy(rawValue: "None")
    public static let createOrMerge = CreationPolicy(rawValue: "CreateOrMerge")
}

public struct DeletionPolicy: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let delete = DeletionPolicy(rawValue: "Delete")
    public static let merge = DeletionPolicy(rawValue: "Merge")
    public static let retain = DeletionPolicy(rawValue: "Retain")
    /// PushSecret only.
    public static let none = DeletionPolicy(rawValue: "None")
}

public struct RefreshPolicy: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let createdOnce = RefreshPolicy(rawValue: "CreatedOnce")
    public static let periodic = RefreshPolicy(rawValue: "Periodic")
    public static let onChange = RefreshPolicy(rawValue: "OnChange")
}

public struct DecodingStrategy: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let auto = DecodingStrategy(rawValue: "Auto")
    public static let base64 = DecodingStrategy(rawValue: "Base64")
    public static let base64URL = DecodingStrategy(rawValue: "Base64URL")
    public static let none = DecodingStrategy(rawValue: "None")
}

public struct ConversionStrategy: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let `default` = ConversionStrategy(rawValue: "Default")
    public static let unicode = ConversionStrategy(rawValue: "Unicode")
}

public struct MetadataPolicy: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let none = MetadataPolicy(rawValue: "None")
    public static let fetch = MetadataPolicy(rawValue: "Fetch")
}

/// `SecretStore` or `ClusterSecretStore` in a store reference.
public struct StoreKind: RawRepresentable, Sendable, Hashable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let secretStore = StoreKind(rawValue: "SecretStore")
    public static let clusterSecretStore = StoreKind(rawValue: "ClusterSecretStore")
}
