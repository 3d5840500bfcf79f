//! The operation index's visitor: what generated code with an operation index
//! (`Settings::with_operation_index`) shows every operation version to.

use crate::catalog::OperationInfo;
use crate::error::ErrorBody;
use crate::operation::{NoBody, Operation};
use crate::paginate::Paginated;

/// Something that is shown every operation of a generated crate, one type at a time: what
/// `__visit_operations`, which the generator writes when asked for an operation index, calls.
/// Its bounds are what code that builds requests from data (a JSON object of parameters by wire
/// name, a JSON body) and reads any declared error needs: the index's parameter types
/// implement `Deserialize` for that purpose.
#[doc(hidden)]
pub trait OperationVisitor {
    /// Called once for each operation version `O`.
    fn visit<O>(&mut self)
    where
        O: Operation + 'static,
        O::Params: serde::de::DeserializeOwned,
        O::Request: serde::de::DeserializeOwned,
        O::Error: ErrorBody;

    /// Called once for each operation, before [`OperationVisitor::visit`] for its versions:
    /// what a command line shows of it. Does nothing unless a visitor wants it.
    fn operation(&mut self, info: &'static OperationInfo) {
        let _ = info;
    }

    /// Called after [`OperationVisitor::visit`] for each operation version that is a list
    /// [`Client::paginate`](crate::Client::paginate) can stream, item by item. Does nothing
    /// unless a visitor wants it.
    fn visit_paginated<O>(&mut self)
    where
        O: Paginated<Request = NoBody> + 'static,
        O::Params: serde::de::DeserializeOwned + Clone + Send + Sync,
        O::Error: ErrorBody,
        O::Response: Send,
        O::Item: serde::Serialize + Send + 'static,
    {
    }

    /// Called after [`OperationVisitor::visit`] for each operation version whose response type
    /// can be written back as JSON (every one but a [`crate::Binary`] answer): what a round trip
    /// of recorded answers needs. Does nothing unless a visitor wants it.
    fn visit_serializable<O>(&mut self)
    where
        O: Operation + 'static,
        O::Response: serde::Serialize,
    {
    }
}
