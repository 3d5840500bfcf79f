//! The operation table: every operation this binary was built with, its versions, and the names
//! the Atlas CLI's `atlas api` gives tags and operations. It is read at start-up from the
//! generated operation index (static records, one visit each), never from the spec.

use atlas_admin_api::__visit_operations;
use atlas_client_runtime::__codegen::{OperationVisitor, Paginated};
use atlas_client_runtime::catalog::OperationInfo;
use atlas_client_runtime::error::ErrorBody;
use atlas_client_runtime::operation::{NoBody, Operation, OperationDescriptor};

/// One operation and its versions.
pub struct Op {
    /// What the spec says of it.
    pub info: &'static OperationInfo,
    /// Its tag as `atlas api` spells it ([`cli_tag`]).
    pub tag: String,
    /// Its versions, in spec order, and whether `--all` can page each.
    pub versions: Vec<Version>,
}

/// One version of an operation.
pub struct Version {
    /// What the spec says of it at this version.
    pub descriptor: &'static OperationDescriptor,
    /// Whether it is a list the client pages (`--all`).
    pub paginated: bool,
}

impl Op {
    /// The name `atlas api` gives it: `x-xgen-operation-id-override` where the spec has one,
    /// else the `operationId`.
    pub fn name(&self) -> &'static str {
        self.info
            .operation_id_override
            .unwrap_or(self.info.operation_id)
    }

    /// Whether `name` names it (its `atlas api` name or its `operationId`).
    pub fn is_named(&self, name: &str) -> bool {
        self.name() == name || self.info.operation_id == name
    }

    /// The version a call uses: `asked`, else the newest stable one (the preview only when there
    /// is nothing else). Of two media types at one version (a CSV beside the JSON), the JSON.
    pub fn version(&self, asked: Option<&str>) -> Result<&Version, String> {
        let label = |v: &Version| v.descriptor.version.unwrap_or("unversioned");
        let json_first = |v: &&Version| !v.descriptor.accept.contains("json");
        match asked {
            Some(a) => {
                let mut matching: Vec<&Version> =
                    self.versions.iter().filter(|v| label(v) == a).collect();
                matching.sort_by_key(json_first);
                matching.first().copied().ok_or_else(|| {
                    format!(
                        "{} has no version {a:?}; it has {}",
                        self.name(),
                        self.version_labels().join(", ")
                    )
                })
            }
            None => self
                .versions
                .iter()
                .enumerate()
                .max_by_key(|(i, v)| {
                    (
                        v.descriptor.version != Some("preview"),
                        v.descriptor.accept.contains("json"),
                        v.descriptor.version,
                        std::cmp::Reverse(*i),
                    )
                })
                .map(|(_, v)| v)
                .ok_or_else(|| format!("{} has no version", self.name())),
        }
    }

    /// Its version labels, each once, in spec order.
    pub fn version_labels(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for v in &self.versions {
            let l = v.descriptor.version.unwrap_or("unversioned");
            if !out.contains(&l) {
                out.push(l);
            }
        }
        out
    }
}

/// Every operation, in spec order.
pub fn operations() -> Vec<Op> {
    let mut c = Collect(Vec::with_capacity(640));
    __visit_operations(&mut c);
    c.0
}

struct Collect(Vec<Op>);

impl OperationVisitor for Collect {
    fn operation(&mut self, info: &'static OperationInfo) {
        self.0.push(Op {
            info,
            tag: cli_tag(info.tag),
            versions: Vec::new(),
        });
    }

    fn visit<O>(&mut self)
    where
        O: Operation + 'static,
        O::Params: serde::de::DeserializeOwned,
        O::Request: serde::de::DeserializeOwned,
        O::Error: ErrorBody,
    {
        if let Some(op) = self.0.last_mut() {
            op.versions.push(Version {
                descriptor: O::DESCRIPTOR,
                paginated: false,
            });
        }
    }

    fn visit_paginated<O>(&mut self)
    where
        O: Paginated<Request = NoBody> + 'static,
        O::Params: serde::de::DeserializeOwned + Clone + Send + Sync,
        O::Error: ErrorBody,
        O::Response: Send,
        O::Item: serde::Serialize + Send + 'static,
    {
        if let Some(v) = self.0.last_mut().and_then(|op| op.versions.last_mut()) {
            v.paginated = true;
        }
    }
}

/// A tag as `atlas api` spells it: the spec's tag split at spaces, punctuation and lower-to-upper
/// case changes, written in lower camelCase (`Cloud Backups` is `cloudBackups`, `MongoDB Cloud
/// Users` `mongoDbCloudUsers`, `X.509 Authentication` `x509Authentication`).
pub fn cli_tag(tag: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in tag.chars() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        prev_lower = c.is_lowercase() || c.is_numeric();
        word.push(c);
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut out = String::with_capacity(tag.len());
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        if i == 0 {
            out.push_str(&lower);
        } else {
            let mut cs = lower.chars();
            if let Some(first) = cs.next() {
                out.extend(first.to_uppercase());
                out.push_str(cs.as_str());
            }
        }
    }
    out
}
