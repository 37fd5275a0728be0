//! The program's types as JSON (the phone's store, the export file, the builder's copy for the
//! tab), in exactly the form `serde_json` gave them before [`crate::json`] replaced it: fields
//! by name in declaration order, `null` for an absent option, a day as `"2026-11-28"`,
//! `ComeBack` as `{"InWeeks":2}` or `{"On":"2026-12-12"}`, a `Field` as `"Hold"`.
//!
//! Reading is as strict as serde's derive was: every field that is not an option must be
//! there with its type (an integer as nothing but digits, within its range), a field this
//! app does not know is ignored, and anything else makes the whole value unreadable (the
//! caller sets it aside). `tests/program_saved_text.rs` holds texts written by the
//! `serde_json` version and compares both directions with `serde_json` itself.

use super::{Builder, ComeBack, Day, Draft, Field, Item, ItemDose, LogEntry, Program, Treatment};
use crate::json::{write_array, write_members, write_str, Value};
use std::collections::BTreeMap;

/// A value written as JSON text.
pub(crate) trait ToJson {
    /// Appends the value's JSON text.
    fn write_json(&self, out: &mut String);
}

/// A value read from JSON; `None` when the JSON does not have this type's shape.
pub(crate) trait FromJson: Sized {
    /// Reads the value.
    fn from_json(v: &Value) -> Option<Self>;
}

/// The value's JSON text.
pub(crate) fn to_text(v: &dyn ToJson) -> String {
    let mut out = String::new();
    v.write_json(&mut out);
    out
}

/// `{"name":value,…}` in the order given (a struct's declaration order, as serde wrote it).
pub(crate) fn write_object(out: &mut String, fields: &[(&str, &dyn ToJson)]) {
    write_members(
        out,
        fields.iter().map(|(name, value)| (*name, *value)),
        |value, out| value.write_json(out),
    );
}

/// An object's field; a missing one reads as `null`, which only an option accepts (serde's
/// derive: a missing `Option` field is `None`, any other missing field an error).
fn field<T: FromJson>(map: &BTreeMap<String, Value>, name: &str) -> Option<T> {
    T::from_json(map.get(name).unwrap_or(&Value::Null))
}

/// The object's fields, or `None` for any other value.
fn object(v: &Value) -> Option<&BTreeMap<String, Value>> {
    match v {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

impl ToJson for Value {
    fn write_json(&self, out: &mut String) {
        self.write(out);
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl ToJson for u16 {
    fn write_json(&self, out: &mut String) {
        u32::from(*self).write_json(out);
    }
}

impl ToJson for u8 {
    fn write_json(&self, out: &mut String) {
        u32::from(*self).write_json(out);
    }
}

impl FromJson for u16 {
    fn from_json(v: &Value) -> Option<u16> {
        v.as_u64()?.try_into().ok()
    }
}

impl FromJson for u8 {
    fn from_json(v: &Value) -> Option<u8> {
        v.as_u64()?.try_into().ok()
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl FromJson for String {
    fn from_json(v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            _ => None,
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value) -> Option<Option<T>> {
        match v {
            Value::Null => Some(None),
            v => T::from_json(v).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        write_array(out, self, T::write_json);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Option<Vec<T>> {
        match v {
            Value::Array(items) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

impl ToJson for Day {
    fn write_json(&self, out: &mut String) {
        write_str(out, &self.iso());
    }
}

impl FromJson for Day {
    fn from_json(v: &Value) -> Option<Day> {
        match v {
            Value::String(s) => Day::parse_iso(s),
            _ => None,
        }
    }
}

/// Declares a struct's JSON form from one list of its fields: written in this order (its
/// declaration order, as serde wrote it) and read by the same names, so writing and reading
/// cannot drift apart, and a field added to the struct but not here fails to compile.
macro_rules! json_struct {
    ($ty:ident { $($field:ident),+ $(,)? }) => {
        impl ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                write_object(out, &[$((stringify!($field), &self.$field as &dyn ToJson)),+]);
            }
        }

        impl FromJson for $ty {
            fn from_json(v: &Value) -> Option<$ty> {
                let m = object(v)?;
                Some($ty {
                    $($field: field(m, stringify!($field))?),+
                })
            }
        }
    };
}

json_struct!(ItemDose {
    hold_seconds,
    repetitions,
    each_side,
    breath_seconds,
    times_a_day,
    days_a_week
});
json_struct!(Item { stretch, dose });
json_struct!(Treatment {
    muscles,
    techniques,
    aftercare,
    note,
    come_back
});
json_struct!(Program { items, treatment });
json_struct!(LogEntry {
    day,
    ease_before,
    ease_after
});
json_struct!(Draft {
    stretch,
    field,
    text,
    message
});
json_struct!(Builder {
    items,
    treatment,
    from,
    asking_third,
    drafts
});

impl ToJson for ComeBack {
    fn write_json(&self, out: &mut String) {
        match self {
            ComeBack::InWeeks(n) => write_object(out, &[("InWeeks", n)]),
            ComeBack::On(day) => write_object(out, &[("On", day)]),
        }
    }
}

impl FromJson for ComeBack {
    /// Serde's external tag: an object of exactly one key, the variant.
    fn from_json(v: &Value) -> Option<ComeBack> {
        let m = object(v)?;
        let (tag, inner) = m.iter().next().filter(|_| m.len() == 1)?;
        match tag.as_str() {
            "InWeeks" => u8::from_json(inner).map(ComeBack::InWeeks),
            "On" => Day::from_json(inner).map(ComeBack::On),
            _ => None,
        }
    }
}

impl ToJson for Field {
    fn write_json(&self, out: &mut String) {
        write_str(
            out,
            match self {
                Field::Hold => "Hold",
                Field::Repetitions => "Repetitions",
            },
        );
    }
}

impl FromJson for Field {
    fn from_json(v: &Value) -> Option<Field> {
        match v {
            Value::String(s) if s == "Hold" => Some(Field::Hold),
            Value::String(s) if s == "Repetitions" => Some(Field::Repetitions),
            _ => None,
        }
    }
}
