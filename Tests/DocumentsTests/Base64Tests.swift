import Documents
import Foundation
import Testing

@Suite struct Base64Tests {
    @Test func rfc4648Vectors() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==",
                       "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (plain, encoded) in vectors {
            #expect(Base64.encode(Array(plain.utf8)) == encoded, "\(plain)")
        }
    }

    /// Decoding is Go's StdEncoding: padding required, CR and LF skipped, nothing else outside the alphabet.
    @Test func decodesWhatItEncodesAndRefusesTheRest() {
        let bytes = (0..<256).map { UInt8($0) }
        for count in [0, 1, 2, 3, 4, 255, 256] {
            let slice = Array(bytes.prefix(count))
            #expect(Base64.decode(Base64.encode(slice)) == slice, "\(count) bytes")
        }
        #expect(Base64.decode("Zm9v\r\nYmFy") == Array("foobar".utf8))
        for bad in ["Zg", "Zg=", "Zm9", "Z===", "Zm9v YmFy", "Zm9v-_==", "Zg==Zg==", "=Zg="] {
            #expect(Base64.decode(bad) == nil, "\(bad)")
        }
    }

    /// Every byte value, in every position of a 3-byte group, and every padding length.
    @Test func agreesWithFoundation() {
        let bytes = (0..<256).map { UInt8($0) } + (0..<256).map { UInt8(255 - $0) }
        for count in [0, 1, 2, 3, 254, 255, 256, 511, 512] {
            let slice = Array(bytes.prefix(count))
            #expect(Base64.encode(slice) == Data(slice).base64EncodedString(), "\(count) bytes")
        }
    }
}
