//! What the runtime's tests share: a `GET /ping` operation and a `POST /echo` one, answering any
//! JSON.
#![allow(dead_code)]

use atlas_client_runtime::__codegen::{
    Method, NoBody, Operation, OperationDescriptor, Params, ResponseDescriptor, Validate, Violation,
};

/// The parameters of an operation that has none.
pub struct NoParams;

impl Validate for NoParams {
    fn collect_violations(&self, _at: &str, _out: &mut Vec<Violation>) {}
}

impl Params for NoParams {
    fn path_values(&self) -> Vec<(&'static str, std::borrow::Cow<'_, str>)> {
        Vec::new()
    }
    fn query_values(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

const RESPONSES: &[ResponseDescriptor] = &[ResponseDescriptor {
    status: "200",
    description: "",
    media_type: Some("application/json"),
    body: Some("serde_json::Value"),
    headers: &[],
}];

/// `GET /ping`, answering any JSON.
pub struct Ping;

impl Operation for Ping {
    type Params = NoParams;
    type Request = NoBody;
    type Response = serde_json::Value;
    type Error = serde_json::Value;
    const DESCRIPTOR: &'static OperationDescriptor = &OperationDescriptor {
        operation_id: "ping",
        operation_id_override: None,
        method: Method::Get,
        path: "/ping",
        version: None,
        accept: "application/json",
        content_type: None,
        request_body_required: false,
        success_status: 200,
        sunset: None,
        required_roles: &[],
        parameters: &[],
        responses: RESPONSES,
    };
}

/// A JSON request body, valid whatever it holds.
#[derive(serde::Serialize)]
#[serde(transparent)]
pub struct Json(pub serde_json::Value);

impl Validate for Json {
    fn collect_violations(&self, _at: &str, _out: &mut Vec<Violation>) {}
}

/// `POST /echo` with a JSON body, answering any JSON.
pub struct Echo;

impl Operation for Echo {
    type Params = NoParams;
    type Request = Json;
    type Response = serde_json::Value;
    type Error = serde_json::Value;
    const DESCRIPTOR: &'static OperationDescriptor = &OperationDescriptor {
        operation_id: "echo",
        operation_id_override: None,
        method: Method::Post,
        path: "/echo",
        version: None,
        accept: "application/json",
        content_type: Some("application/json"),
        request_body_required: true,
        success_status: 200,
        sunset: None,
        required_roles: &[],
        parameters: &[],
        responses: RESPONSES,
    };
}
