import Testing

@Test func TransportTestsBuilds() { #expect(Bool(true)) }
