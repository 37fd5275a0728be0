//! Percent-encoding for the parts of a route that carry free text (ids and the search query).
//! Pure functions, so every route round-trips in a native test.

/// Encodes `text` for use inside a URL fragment: unreserved characters stay, everything else
/// (space included) becomes `%XX` of its UTF-8 bytes.
pub fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 15)] as char);
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space in form-style queries). A malformed escape is kept
/// as typed and invalid UTF-8 becomes U+FFFD: a hand-edited URL still opens a page.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (escaped(bytes.get(i + 1)), escaped(bytes.get(i + 2))) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of one hexadecimal digit, if there is one.
fn escaped(digit: Option<&u8>) -> Option<u8> {
    digit
        .and_then(|d| (*d as char).to_digit(16))
        .map(|d| d as u8)
}
