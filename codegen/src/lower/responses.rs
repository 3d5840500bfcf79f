//! An operation's request body and responses -> its versions ([`VersionDef`]s), one per API
//! version its media types declare, and its error body.

use crate::naming::upper_camel;
use crate::spec::{Operation, RequestBody, StatusCode};

use super::context::{
    header_description, malformed_version, resolve_request_body, resolve_response, status_text,
    version_of, Lower,
};
use crate::diagnostics::{escape_pointer_token as esc, Diagnostic};
use crate::model::{Dir, HeaderDef, ResponseDef, TypeRef, VersionDef};
use crate::naming;

/// One declared response, resolved.
pub(super) struct Resp<'a> {
    /// `"200"`, `"4XX"` or `"default"`.
    status: String,
    /// The exact status, when there is one.
    code: Option<u16>,
    r: &'a crate::spec::Response,
    ptr: String,
}

impl Resp<'_> {
    fn is_success(&self) -> bool {
        self.code.is_some_and(|c| (200..300).contains(&c)) || self.status == "2XX"
    }
}

/// What the versions of one operation are lowered from.
pub(super) struct Bodies<'a> {
    /// `operationId`, for the names of inline body types.
    id: String,
    /// Pointer of the operation.
    ptr: String,
    request_body: Option<&'a RequestBody>,
    resps: Vec<Resp<'a>>,
}

/// The error body: the type shared by every non-success response with a body, or untyped JSON
/// when they differ.
#[derive(Default)]
struct ErrorBody {
    ty: Option<TypeRef>,
    mixed: bool,
}

impl ErrorBody {
    fn see(&mut self, body: Option<&TypeRef>) {
        match (&self.ty, body) {
            (None, Some(t)) if !self.mixed => self.ty = Some(t.clone()),
            (Some(e), Some(t)) if e != t => self.mixed = true,
            _ => {}
        }
    }

    fn finish(self) -> Option<TypeRef> {
        if self.mixed {
            Some(TypeRef::Json)
        } else {
            self.ty
        }
    }
}

/// Response keys the parser would drop silently, and an operation with no responses.
pub(super) fn check_response_keys(lw: &mut Lower<'_>, ptr: &str) {
    let Some(crate::json::Value::Object(keys)) = lw.raw.pointer(&format!("{ptr}/responses")) else {
        return;
    };
    for k in keys.keys() {
        let valid = k == "default"
            || (k.len() == 3 && k.chars().all(|c| c.is_ascii_digit()))
            || (k.len() == 3
                && k.starts_with(|c: char| c.is_ascii_digit())
                && k[1..].eq_ignore_ascii_case("xx"))
            || k.starts_with("x-");
        if !valid {
            lw.cx.push(Diagnostic::InvalidOperation {
                file: lw.cx.file(),
                pointer: format!("{ptr}/responses/{}", esc(k)),
                message: format!("{k:?} is not an HTTP status code, a range like 4XX, or default"),
            });
        }
    }
    if keys.keys().all(|k| k.starts_with("x-")) {
        // OpenAPI requires one, but published specs omit them: lenient mode generates the
        // operation answering no body (any 2xx reads as `NoContent`).
        let pointer = format!("{ptr}/responses");
        let d = Diagnostic::InvalidOperation {
            file: lw.cx.file(),
            pointer: pointer.clone(),
            message: "no responses are declared".to_owned(),
        };
        lw.cx.refuse_or_warn(
            d,
            &pointer,
            "an operation with no declared responses".to_owned(),
            "it answers no body: any 2xx status reads as `NoContent`",
        );
    }
}

/// Resolves the request body and every response of `op`.
pub(super) fn bodies<'a>(lw: &mut Lower<'a>, id: &str, ptr: &str, op: &'a Operation) -> Bodies<'a> {
    let mut resps: Vec<Resp<'a>> = Vec::new();
    for (status, r) in op.responses.responses.iter() {
        let rptr = format!("{ptr}/responses/{}", status_text(status));
        if let Some(r) = resolve_response(lw, r, &rptr) {
            let code = match status {
                StatusCode::Code(c) => Some(*c),
                StatusCode::Range(_) => None,
            };
            resps.push(Resp {
                status: status_text(status),
                code,
                r,
                ptr: rptr,
            });
        }
    }
    if let Some(d) = &op.responses.default {
        let rptr = format!("{ptr}/responses/default");
        if let Some(r) = resolve_response(lw, d, &rptr) {
            resps.push(Resp {
                status: "default".to_owned(),
                code: None,
                r,
                ptr: rptr,
            });
        }
    }
    let request_body = op
        .request_body
        .as_ref()
        .and_then(|rb| resolve_request_body(lw, rb, &format!("{ptr}/requestBody")));
    let contents = request_body
        .map(|rb| (format!("{ptr}/requestBody"), &rb.content))
        .into_iter()
        .chain(resps.iter().map(|r| (r.ptr.clone(), &r.r.content)));
    for (at, content) in contents {
        for (media, mt) in content {
            if let Some(found) = malformed_version(&mt.extensions) {
                lw.cx.warn(Diagnostic::MalformedVersion {
                    file: lw.cx.file(),
                    pointer: format!("{at}/content/{}/x-xgen-version", esc(media)),
                    found,
                    used: version_of(media, &mt.extensions),
                });
            }
        }
    }
    Bodies {
        id: id.to_owned(),
        ptr: ptr.to_owned(),
        request_body,
        resps,
    }
}

/// `(version, media type)` pairs: every media type of the request body and the success
/// responses, one per version, oldest first; then the alternatives: a success media type that
/// is not JSON, declared beside a JSON one of the same version (a CSV beside the JSON), for an
/// operation without a request body.
fn media_versions(b: &Bodies<'_>) -> Medias {
    let mut medias: Vec<String> = Vec::new();
    if let Some(rb) = b.request_body {
        medias.extend(rb.content.keys().cloned());
    }
    for r in b.resps.iter().filter(|r| r.is_success()) {
        medias.extend(r.r.content.keys().cloned());
    }
    let mut versions: Vec<(Option<String>, String)> = Vec::new();
    // An unversioned success media type that is not JSON (`text/csv`): used only when nothing
    // else is declared.
    let mut other: Option<String> = None;
    let mut losers: Vec<(Option<String>, String)> = Vec::new();
    for m in medias {
        let ext = b
            .request_body
            .and_then(|rb| rb.content.get(&m))
            .map(|mt| &mt.extensions)
            .or_else(|| {
                b.resps
                    .iter()
                    .find_map(|r| r.r.content.get(&m).map(|mt| &mt.extensions))
            });
        let version = ext.and_then(|e| version_of(&m, e));
        if version.is_none() && !is_json(&m) {
            // A success response's only: a request body of another kind (multipart, say) is
            // never sent as JSON under its name, nor asked for in `Accept`.
            let answered = b
                .resps
                .iter()
                .any(|r| r.is_success() && r.r.content.contains_key(&m));
            if answered {
                other.get_or_insert(m);
            }
            continue;
        }
        // One media type per version (the unversioned one included): JSON wins over other
        // encodings (such as CSV) of the same version, which this client does not decode;
        // among JSON media types (`application/json`, `text/json`), the first declared.
        if let Some(i) = versions.iter().position(|(v, _)| *v == version) {
            if is_json(&m) && !is_json(&versions[i].1) {
                losers.push((version, std::mem::replace(&mut versions[i].1, m)));
            } else if !is_json(&m) && is_json(&versions[i].1) {
                losers.push((version, m));
            }
            continue;
        }
        if !versions.iter().any(|(_, mm)| *mm == m) {
            versions.push((version, m));
        }
    }
    if versions.is_empty() {
        versions.push((None, other.unwrap_or_else(|| "application/json".to_owned())));
    }
    versions.sort();
    let mut alternatives: Vec<(String, String)> = Vec::new();
    if b.request_body.is_none() {
        for (version, m) in losers {
            if let Some(v) = version {
                if !alternatives.iter().any(|(_, mm)| *mm == m) {
                    alternatives.push((v, m));
                }
            }
        }
    }
    alternatives.sort();
    Medias {
        versions,
        alternatives,
    }
}

/// What [`media_versions`] finds.
struct Medias {
    /// `(version, media type)`, one per version.
    versions: Vec<(Option<String>, String)>,
    /// `(version, media type)` of the non-JSON alternatives.
    alternatives: Vec<(String, String)>,
}

/// Whether a body of this media type is JSON, which the generated types decode; any other body
/// (`application/vnd.atlas.2023-02-01+gzip`, `text/csv`) is typed [`TypeRef::Binary`]. The
/// runtime tells them apart by the same rule.
pub(crate) fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    let essence = essence.to_ascii_lowercase();
    essence == "application/json" || essence == "text/json" || essence.ends_with("+json")
}

/// Every version of the operation, and its error body.
pub(super) fn lower_versions<'a>(
    lw: &mut Lower<'a>,
    b: &Bodies<'a>,
) -> (Vec<VersionDef>, Option<TypeRef>) {
    let unversioned = naming::version_type_name(&lw.doc.info.version);
    let mut error = ErrorBody::default();
    let mut vdefs = Vec::new();
    let Medias {
        versions,
        alternatives,
    } = media_versions(b);
    let alternatives = alternatives.into_iter().map(|(v, m)| {
        let name = naming::alternative_type_name(&v, &m);
        (Some(v), m, Some(name))
    });
    let all = versions
        .into_iter()
        .map(|(v, m)| (v, m, None))
        .chain(alternatives);
    for (version, media, alternative) in all {
        let mut vd = VersionDef {
            type_name: alternative.clone().unwrap_or_else(|| {
                version
                    .as_deref()
                    .map_or(unversioned.clone(), naming::version_type_name)
            }),
            alternative: alternative.is_some(),
            version: version.clone(),
            accept: media.clone(),
            content_type: None,
            request: None,
            request_required: false,
            response: None,
            success_status: 200,
            sunset: None,
            responses: Vec::new(),
            pagination: None,
        };
        version_request(lw, b, &mut vd);
        version_responses(lw, b, &mut vd, &mut error);
        vdefs.push(vd);
    }
    (vdefs, error.finish())
}

/// The request body of one version, by its media type.
fn version_request<'a>(lw: &mut Lower<'a>, b: &Bodies<'a>, vd: &mut VersionDef) {
    let Some(rb) = b.request_body else {
        return;
    };
    let (ptr, media) = (&b.ptr, &vd.accept);
    let rbptr = format!("{ptr}/requestBody/content/{}", esc(media));
    match rb.content.get(media) {
        Some(mt) => match &mt.schema {
            Some(s) => {
                let hint = format!("{}Request", upper_camel(&b.id));
                let sptr = format!("{rbptr}/schema");
                vd.request = Some(lw.lower(s.into(), &hint, &sptr, Dir::REQUEST));
                vd.content_type = Some(media.clone());
                vd.request_required = rb.required;
            }
            None => lw.cx.push(Diagnostic::MissingSchema {
                file: lw.cx.file(),
                pointer: rbptr,
                media_type: media.clone(),
            }),
        },
        None if vd.version.is_some() && !rb.content.is_empty() => {
            lw.cx.push(Diagnostic::InvalidOperation {
                file: lw.cx.file(),
                pointer: format!("{ptr}/requestBody/content"),
                message: format!(
                    "a response is declared for {media:?} but the request body has no such media type"
                ),
            })
        }
        None => {}
    }
}

/// The responses of one version: its success response (the first declared for its media type)
/// and every error response; error bodies are seen by `error`.
fn version_responses<'a>(
    lw: &mut Lower<'a>,
    b: &Bodies<'a>,
    vd: &mut VersionDef,
    error: &mut ErrorBody,
) {
    let media = vd.accept.clone();
    let mut success_set = false;
    for r in &b.resps {
        let success = r.is_success();
        let (mt_name, body) = if success {
            match r.r.content.get(&media) {
                Some(mt) => (Some(media.clone()), mt.schema.as_ref()),
                None if r.r.content.is_empty() => (None, None),
                None => continue, // another version's success response
            }
        } else {
            match r
                .r
                .content
                .iter()
                .find(|(k, _)| k.contains("json"))
                .or_else(|| r.r.content.first())
            {
                Some((k, mt)) => (Some(k.clone()), mt.schema.as_ref()),
                None => (None, None),
            }
        };
        let hint = format!("{}Response", upper_camel(&b.id));
        // A success body that is not JSON keeps its bytes; its schema (`format: binary`, or a
        // plain string) says nothing more.
        let binary = success && mt_name.as_deref().is_some_and(|m| !is_json(m));
        let body_ty = if binary {
            Some(TypeRef::Binary)
        } else {
            body.map(|s| {
                let sptr = format!(
                    "{}/content/{}/schema",
                    r.ptr,
                    esc(mt_name.as_deref().unwrap_or_default())
                );
                lw.lower(s.into(), &hint, &sptr, Dir::RESPONSE)
            })
        };
        if success && !success_set {
            vd.response = body_ty.clone();
            vd.success_status = r.code.unwrap_or(200);
            vd.sunset =
                r.r.content
                    .get(&media)
                    .and_then(|mt| mt.extensions.get("x-sunset"))
                    .and_then(|v| v.as_str().map(str::to_owned));
            success_set = true;
        }
        if !success {
            error.see(body_ty.as_ref());
        }
        let headers = r
            .r
            .headers
            .iter()
            .map(|(n, h)| HeaderDef {
                name: n.clone(),
                description: header_description(lw, h, &format!("{}/headers/{}", r.ptr, esc(n))),
            })
            .collect();
        vd.responses.push(ResponseDef {
            status: r.status.clone(),
            description: r.r.description.clone(),
            media_type: mt_name,
            body: body_ty,
            headers,
        });
    }
}
