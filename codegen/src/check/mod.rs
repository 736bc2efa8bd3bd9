//! [`Spec`](crate::spec::Spec) → [`Model`]: resolves every reference to a typed id and every
//! keyword to its vocabulary enum, and refuses what would not make sense. All problems are
//! collected, so a spec author sees every mistake at once; they are put in file order where
//! they are reported, in [`crate::parse`].
//!
//! Each file checks one kind of spec node, as a few `Checker` methods next to each other.
//! Whether a name makes a legal, unique Rust name is not asked here: that is the
//! [`surface`](crate::surface)'s question.

mod enums;
mod operations;
mod paths;
mod resources;
mod responses;
mod scopes;
mod types;
mod versions;

use std::collections::HashMap;

use crate::error::{Diagnostic, Span};
use crate::model::{
    ApiVersion, EnumId, Family, FamilyId, Id, Items, Model, ResourceId, ScopeId, Variant, VariantId,
};
use crate::spec::{self, Name};

/// Checks a spec. The model is made even when there are problems (with a stand-in for what
/// was wrong), so that the Rust names of the rest can still be checked.
pub fn check(spec: &spec::Spec) -> (Model, Vec<Diagnostic>) {
    let mut checker = Checker::default();
    let model = checker.model(spec);
    (model, checker.diagnostics)
}

/// What the checks share: the problems found so far, and the names a reference may use.
#[derive(Default)]
struct Checker {
    diagnostics: Vec<Diagnostic>,
    versions: Vec<ApiVersion>,
    scopes: HashMap<String, ScopeId>,
    enums: HashMap<String, EnumId>,
    resources: HashMap<String, ResourceId>,
    /// The path variants by family and name: a name is unique within its family only.
    variants: HashMap<(FamilyId, String), VariantId>,
}

impl Checker {
    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(span, message));
    }

    /// An optional keyword of the vocabulary, `default` when absent; a word that is not one
    /// is reported with `message(word)`.
    fn keyword<K: Copy>(
        &mut self,
        word: &Option<Name>,
        default: K,
        parse: impl Fn(&str) -> Option<K>,
        message: impl Fn(&str) -> String,
    ) -> K {
        let Some(word) = word else { return default };
        parse(&word.value).unwrap_or_else(|| {
            self.error(word.span, message(&word.value));
            default
        })
    }

    fn model(&mut self, spec: &spec::Spec) -> Model {
        self.versions = self.info_versions(&spec.info);
        let scopes = self.scopes(&spec.scopes);
        self.index(spec);
        let enums = spec
            .enums
            .iter()
            .map(|(name, e)| self.enum_def(name, e))
            .collect();
        let resources = self.resources(&spec.resources);
        let (families, variants) = self.families(spec);
        let mut model = Model {
            title: spec.info.title.clone(),
            description: spec.info.description.clone(),
            versions: self.versions.clone(),
            scopes,
            scopes_span: spec.scopes_span,
            enums,
            resources,
            families,
            variants,
            operations: Default::default(),
        };
        let mut operations = Items::default();
        for (i, family) in spec.families.iter().enumerate() {
            let family_id = FamilyId::from_index(i);
            for (name, op) in &family.operations {
                operations.push(self.operation(family_id, name, op, &model));
            }
        }
        model.operations = operations;
        model
    }

    /// The families and their path variants: each variant known by its family and name, at
    /// most one `primary: true` per family.
    fn families(
        &mut self,
        spec: &spec::Spec,
    ) -> (Items<FamilyId, Family>, Items<VariantId, Variant>) {
        let mut families = Items::default();
        let mut variants: Items<VariantId, Variant> = Items::default();
        for (i, f) in spec.families.iter().enumerate() {
            let family = FamilyId::from_index(i);
            let mut primary: Option<(VariantId, crate::error::Span)> = None;
            for (name, v) in &f.variants {
                let what = match &f.name {
                    Some(family) => {
                        format!("path variant `{}` of family `{}`", name.value, family.value)
                    }
                    None => format!("path variant `{}`", name.value),
                };
                let variant = self.variant(family, name, v, &what);
                let is_primary = variant.primary;
                let id = variants.push(variant);
                self.variants.insert((family, name.value.clone()), id);
                let Some(flag) = v.primary.as_ref().filter(|_| is_primary) else {
                    continue;
                };
                match primary {
                    None => primary = Some((id, flag.span)),
                    Some((first, at)) => {
                        variants[id].primary = false;
                        self.error(
                            flag.span,
                            format!(
                                "{what} is `primary`, and so is `{}` (line {}); a family has at most one primary variant, the one whose endpoint functions take the operation's name alone",
                                variants[first].wire, at.line
                            ),
                        );
                    }
                }
            }
            families.push(Family {
                wire: f.name.as_ref().map(|n| n.value.clone()),
                description: f.description.clone(),
                primary: primary.map(|(id, _)| id),
                span: f.span,
            });
        }
        (families, variants)
    }

    /// Indexes every referable name first: a reference may point forward.
    fn index(&mut self, spec: &spec::Spec) {
        for (i, (name, _)) in spec.enums.iter().enumerate() {
            self.enums.insert(name.value.clone(), EnumId::from_index(i));
        }
        for (i, (name, _)) in spec.resources.iter().enumerate() {
            if self.enums.contains_key(&name.value) {
                self.error(
                    name.span,
                    format!("resource `{}` has the name of an enum; a type reference could not tell them apart", name.value),
                );
            }
            self.resources
                .insert(name.value.clone(), ResourceId::from_index(i));
        }
    }

    /// The names of a kind, sorted, for a message that lists what is defined.
    fn sorted<I>(names: &HashMap<String, I>) -> Vec<&str> {
        let mut known: Vec<&str> = names.keys().map(String::as_str).collect();
        known.sort_unstable();
        known
    }
}

/// `` `a`, `b` or `c` ``: the spellings a message expects.
fn or_list(spellings: impl Iterator<Item = &'static str>) -> String {
    let quoted: Vec<String> = spellings.map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Names for a message, in the order given: all of them, or the first few and how many more,
/// so that a spec with thousands of names and thousands of mistakes gets a report of
/// thousands of lines, not millions.
pub(crate) fn listing<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    const SHOWN: usize = 30;
    let mut names = names.into_iter();
    let mut out: Vec<&str> = names.by_ref().take(SHOWN).collect();
    let more = names.count();
    let more = (more > 0).then(|| format!("… and {more} more"));
    out.extend(more.as_deref());
    out.join(", ")
}
