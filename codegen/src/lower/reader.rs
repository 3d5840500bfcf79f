//! The lowering's reading of a spec, for its other readers (the diff): which component schemas
//! travel in which direction, and each object's properties merged through `allOf`, read by the
//! same walk, the same `allOf` merge and the same `readOnly`/`writeOnly` rules that shape the
//! generated types. Problems the generator would report are not this reading's concern.

use std::collections::{BTreeMap, BTreeSet};

use crate::spec::ReferenceOr;
use indexmap::IndexMap;

use super::context::Lower;
use super::operations::collect_operations;
use super::schema::{schema_ptr, SRef};
use super::unions::Merged;
use crate::model::Dir;
use crate::parse::Parsed;
use crate::settings::Settings;

/// A property of an object schema, as the generated types see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    /// JSON name.
    pub name: String,
    /// JSON pointer of the property's schema (inside an `allOf` member, when it comes from one).
    pub pointer: String,
    /// `readOnly` (of the property's schema, `$ref`s followed).
    pub read_only: bool,
    /// `writeOnly`.
    pub write_only: bool,
}

/// An object schema's properties and `required`, merged through `allOf`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Object {
    /// Properties, in merge order.
    pub properties: Vec<Property>,
    /// Names listed in `required` anywhere in the merge.
    pub required: BTreeSet<String>,
}

/// What the lowering reads of a spec's schemas.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// Component schemas the operations reach (bodies and parameters), with the directions.
    pub dirs: IndexMap<String, Dir>,
    /// Every component schema, merged.
    pub objects: BTreeMap<String, Object>,
}

/// Reads `parsed` as the lowering does.
pub fn read(file: &str, parsed: &Parsed) -> Reading {
    let settings = Settings::new();
    let mut lw = Lower::new(file, parsed, &settings);
    collect_operations(&mut lw);
    let mut objects = BTreeMap::new();
    let names: Vec<&str> = parsed
        .doc
        .components
        .iter()
        .flat_map(|c| c.schemas.keys())
        .map(String::as_str)
        .collect();
    for name in names {
        let ptr = schema_ptr(name);
        let Some(component) = lw.component(name) else {
            continue;
        };
        let Some((schema, _)) = lw.resolve(SRef::from(component), &ptr) else {
            continue;
        };
        let target = match component {
            ReferenceOr::Item(_) => &ptr,
            ReferenceOr::Reference { reference } => reference.trim_start_matches('#'),
        };
        let mut merged = Merged::default();
        lw.collect(schema, target, &mut vec![name], &mut merged);
        let (props, required) = (merged.props, merged.required);
        let mut properties = Vec::new();
        for (prop, (p, pptr)) in props {
            let (read_only, write_only) = lw
                .resolve(p, &pptr)
                .map(|(s, _)| (s.schema_data.read_only, s.schema_data.write_only))
                .unwrap_or_default();
            properties.push(Property {
                name: prop.to_owned(),
                pointer: pptr,
                read_only,
                write_only,
            });
        }
        let required = required.into_iter().map(str::to_owned).collect();
        objects.insert(
            name.to_owned(),
            Object {
                properties,
                required,
            },
        );
    }
    Reading {
        dirs: std::mem::take(&mut lw.dirs),
        objects,
    }
}
