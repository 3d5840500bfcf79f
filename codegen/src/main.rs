//! `atlas-codegen`: regenerate or check the generated bindings.
fn main() {}
