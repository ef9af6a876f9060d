import Testing

@Test func ESOTestsBuilds() { #expect(Bool(true)) }
