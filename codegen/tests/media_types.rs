//! Which media types an operation sends and asks for when some are not JSON.
// Tests report failure by panicking.
#![allow(clippy::panic, clippy::unwrap_used)]

use atlas_codegen::{generate, Settings, Source};

#[test]
fn a_request_body_that_is_not_json_is_neither_sent_as_json_nor_asked_for() {
    let text = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /uploads:
    post:
      operationId: upload
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {file: {type: string, format: binary}}}
      responses:
        "204": {description: stored}
"#;
    let code = generate(&Source::new("upload.yaml", text), &Settings::new())
        .unwrap()
        .code;
    let compact: String = code.split_whitespace().collect();
    assert!(compact.contains("accept:\"application/json\""), "{code}");
    assert!(!compact.contains("multipart/form-data\""), "{code}");
    assert!(
        compact.contains("content_type:::std::option::Option::None"),
        "{code}"
    );
}
