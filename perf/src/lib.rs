//! Synthetic specs for measurements: a spec N times the size of `spec/permissions.yaml`, every
//! resource, enum and operation replicated under new names, with the same shape and variety.

pub mod data;
pub mod measure;
pub mod plain;

use std::fmt::Write;

use graph_permissions_codegen::model::{
    ApiVersion, Availability, Body, Family, FamilyId, Model, Operation, Parameter, ParameterStyle,
    ParameterType, PermissionType, Property, ScopeRow, Type,
};

/// The whole generator in process: spec text → formatted files.
pub fn render(
    text: &str,
) -> Result<graph_permissions_codegen::Generated, graph_permissions_codegen::Error> {
    graph_permissions_codegen::Generator::new().render_text(text)
}

/// The YAML of a spec `factor` times `model`: copy 0 keeps the names, copy k appends `k` to
/// every enum, resource and family (variants and operations are named within their family).
pub fn synthesize(model: &Model, factor: usize) -> String {
    let mut out = String::new();
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
    let copies: Vec<Replica> = (0..factor)
        .map(|k| Replica {
            model,
            suffix: if k == 0 { String::new() } else { k.to_string() },
        })
        .collect();
    out.push_str("enums:\n");
    for copy in &copies {
        copy.enums(&mut out);
    }
    out.push_str("resources:\n");
    for copy in &copies {
        copy.resources(&mut out);
    }
    out.push_str("families:\n");
    for copy in &copies {
        for (id, family) in model.families.enumerate() {
            copy.family(id, family, &mut out);
        }
    }
    out
}

fn q(s: &str) -> String {
    format!("{s:?}")
}

/// One copy of the model's enums, resources and families, their names ending in `suffix`.
struct Replica<'a> {
    model: &'a Model,
    suffix: String,
}

impl Replica<'_> {
    fn ty(&self, t: &Type) -> String {
        match t {
            Type::Primitive(p) => p.as_str().into(),
            Type::Enum(i) => format!("{}{}", self.model.enums[*i].wire, self.suffix),
            Type::Resource(i) => format!("{}{}", self.model.resources[*i].wire, self.suffix),
            Type::Collection(inner) => format!("Collection({})", self.ty(inner)),
        }
    }

    fn versions(&self, a: &Availability, indent: &str, out: &mut String) {
        if a.versions != self.model.versions {
            let _ = writeln!(out, "{indent}versions: [{}]", versions_text(&a.versions));
        }
    }

    fn enums(&self, out: &mut String) {
        for e in &self.model.enums {
            let _ = writeln!(
                out,
                "  {}{}:\n    description: {}\n    values:",
                e.wire,
                self.suffix,
                q(&e.description)
            );
            for v in &e.values {
                let _ = writeln!(
                    out,
                    "      {}:\n        description: {}",
                    q(&v.wire),
                    q(&v.description)
                );
                self.versions(&v.availability, "        ", out);
            }
        }
    }

    fn resources(&self, out: &mut String) {
        for r in &self.model.resources {
            let _ = writeln!(
                out,
                "  {}{}:\n    description: {}",
                r.wire,
                self.suffix,
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
                self.property(p, "      ", out);
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

    /// A property of a resource or a field of a body, its name at `indent`.
    fn property(&self, p: &Property, indent: &str, out: &mut String) {
        let _ = writeln!(
            out,
            "{indent}{}:\n{indent}  type: {}\n{indent}  description: {}",
            q(&p.wire),
            self.ty(&p.ty),
            q(&p.description)
        );
        if p.read_only {
            let _ = writeln!(out, "{indent}  read_only: true");
        }
        if p.required {
            let _ = writeln!(out, "{indent}  required: true");
        }
        if let Some(d) = &p.deprecated {
            let _ = writeln!(
                out,
                "{indent}  deprecated:\n{indent}    replacement: {}",
                d.replacement_wire
            );
            if let Some(note) = &d.note {
                let _ = writeln!(out, "{indent}    note: {}", q(note));
            }
        }
        self.versions(&p.availability, &format!("{indent}  "), out);
    }

    fn family(&self, id: FamilyId, family: &Family, out: &mut String) {
        let model = self.model;
        let name = family.wire.as_deref().unwrap_or("family");
        let _ = writeln!(
            out,
            "  {name}{}:\n    description: {}\n    variants:",
            self.suffix,
            q(&family.description)
        );
        for v in model.variants.iter().filter(|v| v.family == id) {
            let _ = writeln!(
                out,
                "      {}:\n        description: {}\n        path: {}",
                v.wire,
                q(&v.description),
                q(&v.path.to_string())
            );
            if v.primary {
                out.push_str("        primary: true\n");
            }
            if v.signed_in_user {
                out.push_str("        signed_in_user: true\n");
            }
            params(&v.parameters, "        ", out);
        }
        out.push_str("    operations:\n");
        for op in model.operations.iter().filter(|op| op.family == id) {
            self.operation(op, out);
        }
    }

    fn operation(&self, op: &Operation, out: &mut String) {
        let model = self.model;
        let _ = writeln!(
            out,
            "      {}:\n        summary: {}\n        description: {}\n        method: {}\n        path: {}",
            op.wire,
            q(&op.summary),
            q(&op.description),
            op.method.as_str(),
            q(&op.path.to_string())
        );
        params(&op.parameters, "        ", out);
        let variants: Vec<&str> = op
            .endpoints
            .iter()
            .map(|e| model.variants[e.variant].wire.as_str())
            .collect();
        let _ = writeln!(out, "        variants: [{}]", variants.join(", "));
        self.versions(&op.availability, "        ", out);
        if !op.headers.is_empty() {
            out.push_str("        headers:\n");
        }
        for h in &op.headers {
            let _ = writeln!(
                out,
                "          {}:\n            required: {}\n            description: {}",
                h.wire,
                h.required,
                q(&h.description)
            );
            if let Some(status) = h.status {
                let _ = writeln!(out, "            status: {status}");
            }
            if let Some(e) = h.value {
                let _ = writeln!(out, "            type: {}", self.ty(&Type::Enum(e)));
            }
        }
        if !op.query.is_empty() {
            out.push_str("        query:\n");
        }
        for option in &op.query {
            let _ = writeln!(
                out,
                "          {}: {}",
                option.option,
                q(&option.description)
            );
        }
        if let Some(b) = &op.body {
            self.body(b, out);
        }
        out.push_str("        response:\n");
        if let Some(r) = op.response.resource {
            let _ = writeln!(out, "          type: {}", self.ty(&Type::Resource(r)));
        }
        let shape = op.response.shape.as_str();
        let _ = writeln!(out, "          shape: {shape}\n          statuses:");
        for s in &op.response.statuses {
            let _ = writeln!(
                out,
                "            {}:\n              description: {}",
                s.code,
                q(&s.description)
            );
            self.versions(&s.availability, "              ", out);
        }
        out.push_str("        scopes:\n");
        for (wire, row) in PermissionType::spellings().zip(&op.scopes) {
            match row {
                ScopeRow::NotSupported => {
                    let _ = writeln!(out, "          {wire}: not supported");
                }
                ScopeRow::Scopes(list) => {
                    let names: Vec<&str> = list
                        .iter()
                        .map(|&s| model.scopes[s].wire.as_str())
                        .collect();
                    let _ = writeln!(out, "          {wire}: [{}]", names.join(", "));
                }
            }
        }
    }

    /// A body as the spec wrote it: a resource with the properties it accepts, or fields.
    fn body(&self, b: &Body, out: &mut String) {
        let _ = writeln!(
            out,
            "        body:\n          description: {}",
            q(&b.description)
        );
        let wires = |required: bool| -> Vec<&str> {
            b.fields
                .iter()
                .filter(|f| !required || f.required)
                .map(|f| f.wire.as_str())
                .collect()
        };
        match b.resource {
            Some(r) => {
                let _ = writeln!(
                    out,
                    "          resource: {}\n          accepts: [{}]",
                    self.ty(&Type::Resource(r)),
                    wires(false).join(", ")
                );
                let required = wires(true);
                if !required.is_empty() {
                    let _ = writeln!(out, "          required: [{}]", required.join(", "));
                }
            }
            None => {
                out.push_str("          fields:\n");
                for f in &b.fields {
                    self.property(f, "            ", out);
                }
            }
        }
    }
}

fn versions_text(versions: &[ApiVersion]) -> String {
    versions
        .iter()
        .map(|v| v.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn params(params: &[Parameter], indent: &str, out: &mut String) {
    if params.is_empty() {
        return;
    }
    let _ = writeln!(out, "{indent}parameters:");
    for p in params {
        let _ = writeln!(
            out,
            "{indent}  {}:\n{indent}    description: {:?}",
            p.wire, p.description
        );
        if p.style == ParameterStyle::Segments {
            let _ = writeln!(out, "{indent}    style: segments");
        }
        if p.ty == ParameterType::SharingUrl {
            let _ = writeln!(out, "{indent}    type: sharingUrl");
        }
    }
}
