import Testing

@Test func OfflineTestsBuilds() { #expect(Bool(true)) }
