//! JSON text for what the phone keeps (`program::saved`) and the builder's copy for the tab:
//! a reader into [`Value`] and a writer, with nothing else. It replaces `serde_json` in the
//! wasm, where that crate's parser, value type and serde glue cost far more bytes than the few
//! shapes we store need (see ARCHITECTURE.md, "Size").
//!
//! It reads and writes as `serde_json` 1 did for this app, so every text saved before reads
//! the same: an object's keys in sorted order (the `BTreeMap` that crate uses without its
//! `preserve_order` feature), the last of two equal keys kept, nesting deeper than 127
//! refused, strings escaped the same way. One difference, on purpose: a number keeps its own
//! text ([`Value::Number`]), so a number this app never writes (`1.50`, `1e400`) is set aside
//! and written back exactly as found instead of rounded or refused; the app's own numbers are
//! small integers, read only when they are nothing but digits.

use std::collections::BTreeMap;

/// Deepest nesting read (127 arrays or objects inside each other), `serde_json`'s own limit:
/// a store is a few levels deep, and a limit keeps a hostile file from exhausting the stack.
const MAX_DEPTH: usize = 127;

/// A JSON value as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its text (checked to be a JSON number).
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, keys in sorted order.
    Object(BTreeMap<String, Value>),
}

impl Value {
    /// A number value for an unsigned integer.
    pub fn uint(n: u64) -> Value {
        Value::Number(n.to_string())
    }

    /// An object of one key, the form a set-aside part takes (`{"log": …}`).
    pub fn one(key: &str, v: Value) -> Value {
        Value::Object(BTreeMap::from([(key.to_string(), v)]))
    }

    /// The number as an unsigned integer, only when its text is nothing but digits and fits
    /// (`2`, not `2.0`, `-1` or `1e3`), as `serde_json` reads an integer field.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(t) if t.bytes().all(|b| b.is_ascii_digit()) => t.parse().ok(),
            _ => None,
        }
    }

    /// The value as compact JSON text.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    /// Appends the value as compact JSON text.
    pub fn write(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(t) => out.push_str(t),
            Value::String(s) => write_str(out, s),
            Value::Array(items) => write_array(out, items, Value::write),
            Value::Object(map) => {
                write_members(out, map.iter().map(|(k, v)| (k.as_str(), v)), Value::write)
            }
        }
    }
}

/// Appends `[a,b,…]`, each item written by `write`.
pub fn write_array<T>(out: &mut String, items: &[T], write: impl Fn(&T, &mut String)) {
    out.push('[');
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(v, out);
    }
    out.push(']');
}

/// Appends `{"name":value,…}` in the order given, each value written by `write`.
pub fn write_members<'a, T: ?Sized + 'a>(
    out: &mut String,
    members: impl IntoIterator<Item = (&'a str, &'a T)>,
    write: impl Fn(&T, &mut String),
) {
    out.push('{');
    for (i, (name, value)) in members.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, name);
        out.push(':');
        write(value, out);
    }
    out.push('}');
}

/// Appends `s` as a JSON string, escaped as `serde_json` escapes: quote, backslash, and
/// control characters (`\n`, `\t`… by name, the rest as `\u00xx`); nothing else.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = c as usize;
                out.push_str("\\u00");
                out.push(HEX[n >> 4] as char);
                out.push(HEX[n & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Reads JSON text (whitespace around it allowed, nothing else); `None` when it is not JSON.
pub fn parse(text: &str) -> Option<Value> {
    let mut r = Reader {
        b: text.as_bytes(),
        at: 0,
    };
    let v = r.value(0)?;
    r.space();
    (r.at == r.b.len()).then_some(v)
}

/// The parser's place in the text.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Takes `word` if the text goes on with it.
    fn eat(&mut self, word: &[u8]) -> bool {
        let found = self.b[self.at..].starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        match self.peek()? {
            b'n' => self.eat(b"null").then_some(Value::Null),
            b't' => self.eat(b"true").then_some(Value::Bool(true)),
            b'f' => self.eat(b"false").then_some(Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'[' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.close(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if !self.comma_or(b']')? {
                            break;
                        }
                    }
                }
                Some(Value::Array(items))
            }
            b'{' if depth < MAX_DEPTH => {
                self.at += 1;
                let mut map = BTreeMap::new();
                if !self.close(b'}') {
                    loop {
                        self.space();
                        if self.peek()? != b'"' {
                            return None;
                        }
                        let key = self.string()?;
                        self.space();
                        if !self.eat(b":") {
                            return None;
                        }
                        map.insert(key, self.value(depth + 1)?);
                        if !self.comma_or(b'}')? {
                            break;
                        }
                    }
                }
                Some(Value::Object(map))
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// Takes an empty container's closing bracket.
    fn close(&mut self, end: u8) -> bool {
        self.space();
        self.eat(&[end])
    }

    /// After an element: `Some(true)` for a comma, `Some(false)` for the closing bracket.
    fn comma_or(&mut self, end: u8) -> Option<bool> {
        self.space();
        if self.eat(b",") {
            Some(true)
        } else {
            self.eat(&[end]).then_some(false)
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as text.
    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        self.eat(b"-");
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.eat(b".") {
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
        }
        // Only ASCII was taken, so the slice is on character boundaries.
        let text = std::str::from_utf8(&self.b[start..self.at]).ok()?;
        Some(Value::Number(text.to_string()))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    /// At least one digit.
    fn some_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    /// A string from its opening quote: escapes resolved, a raw control character or a lone
    /// surrogate refused.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters at once; the text is UTF-8 already, and
            // quote, backslash and control characters are single bytes that end a run.
            let start = self.at;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(&self.b[start..self.at]).ok()?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 1;
                    let c = match self.peek()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            self.at += 1;
                            let c = self.escaped_char()?;
                            out.push(c);
                            continue;
                        }
                        _ => return None,
                    };
                    self.at += 1;
                    out.push(c);
                }
                _ => return None,
            }
        }
    }

    /// The character of a `\u` escape (after the `u`), with its low surrogate if it needs one.
    fn escaped_char(&mut self) -> Option<char> {
        let high = self.hex4()?;
        if !(0xD800..0xE000).contains(&high) {
            return char::from_u32(high);
        }
        if high >= 0xDC00 || !self.eat(b"\\u") {
            return None;
        }
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            return None;
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    }

    fn hex4(&mut self) -> Option<u32> {
        let text = self.b.get(self.at..self.at + 4)?;
        let mut n = 0;
        for &c in text {
            n = n * 16 + char::from(c).to_digit(16)?;
        }
        self.at += 4;
        Some(n)
    }
}
