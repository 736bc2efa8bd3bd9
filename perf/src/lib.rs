//! Synthetic specs for measurements: a spec N times the size of `spec/permissions.yaml`, every
//! resource, enum and operation replicated under new names, with the same shape and variety.

pub mod data;
pub mod measure;
pub mod plain;

use std::fmt::Write;

use graph_permissions_codegen::model::{
    ApiVersion, Availability, Model, ParameterStyle, ParameterType, PermissionType, ScopeRow, Type,
};

/// The whole generator in process: spec text → formatted files.
pub fn render(
    text: &str,
) -> Result<graph_permissions_codegen::Generated, graph_permissions_codegen::Error> {
    graph_permissions_codegen::Generator::new().render_text(text)
}

/// The YAML of a spec `factor` times `model`: copy 0 keeps the names, copy k appends `k`.
pub fn synthesize(model: &Model, factor: usize) -> String {
    let mut out = String::new();
    let q = |s: &str| format!("{s:?}");
    let _ = writeln!(
        out,
        "info:\n  title: {}\n  description: {}\n  versions: [{}]",
        q(&model.title),
        q(&model.description),
        versions_text(&model.versions)
    );
    out.push_str("scopes:\n");
    for s in &model.scopes {
        let _ = writeln!(out, "  {}: {}", s.wire, q(&s.description));
    }
    let suffix = |k: usize| if k == 0 { String::new() } else { k.to_string() };
    let versions = |a: &Availability, indent: &str, out: &mut String| {
        if a.versions != model.versions {
            let _ = writeln!(out, "{indent}versions: [{}]", versions_text(&a.versions));
        }
    };
    let ty = |t: &Type, k: usize| -> String {
        fn go(t: &Type, m: &Model, sfx: &str) -> String {
            match t {
                Type::Primitive(p) => p.as_str().into(),
                Type::Enum(i) => format!("{}{sfx}", m.enums[*i].wire),
                Type::Resource(i) => format!("{}{sfx}", m.resources[*i].wire),
                Type::Collection(inner) => format!("Collection({})", go(inner, m, sfx)),
            }
        }
        go(t, model, &suffix(k))
    };
    out.push_str("enums:\n");
    for k in 0..factor {
        for e in &model.enums {
            let _ = writeln!(
                out,
                "  {}{}:\n    description: {}\n    values:",
                e.wire,
                suffix(k),
                q(&e.description)
            );
            for v in &e.values {
                let _ = writeln!(
                    out,
                    "      {}:\n        description: {}",
                    q(&v.wire),
                    q(&v.description)
                );
                versions(&v.availability, "        ", &mut out);
            }
        }
    }
    out.push_str("resources:\n");
    for k in 0..factor {
        for r in &model.resources {
            let _ = writeln!(
                out,
                "  {}{}:\n    description: {}",
                r.wire,
                suffix(k),
                q(&r.description)
            );
            if !r.one_of.is_empty() {
                let names: Vec<&str> = r
                    .one_of
                    .iter()
                    .map(|&i| r.properties[i].wire.as_str())
                    .collect();
                let _ = writeln!(out, "    one_of: [{}]", names.join(", "));
            }
            out.push_str("    properties:\n");
            for p in &r.properties {
                let _ = writeln!(
                    out,
                    "      {}:\n        type: {}\n        description: {}",
                    q(&p.wire),
                    ty(&p.ty, k),
                    q(&p.description)
                );
                if p.read_only {
                    out.push_str("        read_only: true\n");
                }
                if let Some(d) = &p.deprecated {
                    let _ = writeln!(
                        out,
                        "        deprecated:\n          replacement: {}",
                        d.replacement_wire
                    );
                }
                versions(&p.availability, "        ", &mut out);
            }
            if !r.facets.is_empty() {
                out.push_str("    facets:\n");
                for f in &r.facets {
                    let _ = writeln!(
                        out,
                        "      - property: {}\n        kind: {}\n        description: {}",
                        r.properties[f.property].wire,
                        f.kind_wire,
                        q(&f.description)
                    );
                }
            }
        }
    }
    out.push_str("variants:\n");
    for v in &model.variants {
        let _ = writeln!(
            out,
            "  {}:\n    description: {}\n    path: {}",
            v.wire,
            q(&v.description),
            q(&v.path.to_string())
        );
        params(&v.parameters, &mut out);
    }
    out.push_str("operations:\n");
    for k in 0..factor {
        for op in &model.operations {
            let _ = writeln!(
                out,
                "  {}{}:\n    summary: {}\n    description: {}\n    method: {}\n    path: {}",
                op.wire,
                suffix(k),
                q(&op.summary),
                q(&op.description),
                op.method.as_str(),
                q(&op.path.to_string())
            );
            params(&op.parameters, &mut out);
            let variants: Vec<&str> = op
                .endpoints
                .iter()
                .map(|e| model.variants[e.variant].wire.as_str())
                .collect();
            let _ = writeln!(out, "    variants: [{}]", variants.join(", "));
            versions(&op.availability, "    ", &mut out);
            if !op.headers.is_empty() {
                out.push_str("    headers:\n");
                for h in &op.headers {
                    let _ = writeln!(
                        out,
                        "      {}:\n        required: {}\n        description: {}",
                        h.wire,
                        h.required,
                        q(&h.description)
                    );
                    if let Some(status) = h.status {
                        let _ = writeln!(out, "        status: {status}");
                    }
                }
            }
            if !op.query.is_empty() {
                out.push_str("    query:\n");
            }
            for option in &op.query {
                let _ = writeln!(out, "      {}: {}", option.option, q(&option.description));
            }
            if let Some(b) = &op.body {
                let _ = writeln!(
                    out,
                    "    body:\n      description: {}\n      fields:",
                    q(&b.description)
                );
                for f in &b.fields {
                    let _ = writeln!(out, "        {}:\n          type: {}\n          description: {}\n          required: {}", q(&f.wire), ty(&f.ty, k), q(&f.description), f.required);
                    versions(&f.availability, "          ", &mut out);
                }
            }
            out.push_str("    response:\n");
            if let Some(r) = op.response.resource {
                let _ = writeln!(out, "      type: {}{}", model.resources[r].wire, suffix(k));
            }
            let shape = op.response.shape.as_str();
            let _ = writeln!(out, "      shape: {shape}\n      statuses:");
            for s in &op.response.statuses {
                let _ = writeln!(
                    out,
                    "        {}:\n          description: {}",
                    s.code,
                    q(&s.description)
                );
                versions(&s.availability, "          ", &mut out);
            }
            out.push_str("    scopes:\n");
            for (wire, row) in PermissionType::spellings().zip(&op.scopes) {
                match row {
                    ScopeRow::NotSupported => {
                        let _ = writeln!(out, "      {wire}: not supported");
                    }
                    ScopeRow::Scopes(list) => {
                        let names: Vec<&str> = list
                            .iter()
                            .map(|&s| model.scopes[s].wire.as_str())
                            .collect();
                        let _ = writeln!(out, "      {wire}: [{}]", names.join(", "));
                    }
                }
            }
        }
    }
    out
}

fn versions_text(versions: &[ApiVersion]) -> String {
    versions
        .iter()
        .map(|v| v.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn params(params: &[graph_permissions_codegen::model::Parameter], out: &mut String) {
    if params.is_empty() {
        return;
    }
    out.push_str("    parameters:\n");
    for p in params {
        let _ = writeln!(
            out,
            "      {}:\n        description: {:?}",
            p.wire, p.description
        );
        if p.style == ParameterStyle::Segments {
            out.push_str("        style: segments\n");
        }
        if p.ty == ParameterType::SharingUrl {
            out.push_str("        type: sharingUrl\n");
        }
    }
}
