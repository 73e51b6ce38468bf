//! Where things sit in the document: an operation, a reference to a schema.

use serde_json::{json, Value};

/// The operation `method path`; panics if the document has none, since every rule added
/// to the document must land on something the code serves.
pub fn operation<'a>(doc: &'a mut Value, method: &str, path: &str) -> &'a mut Value {
    let operation = &mut doc["paths"][path][method];
    assert!(operation.is_object(), "{method} {path} is documented");
    operation
}

/// A `$ref` to the schema `name` under `components/schemas`.
pub fn reference(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}
