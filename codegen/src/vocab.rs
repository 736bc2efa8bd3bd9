//! The spec's vocabulary: every keyword the spec format knows, as an enum with its spelling.
//!
//! This is the one place a keyword is spelled. The loader, the checks, the emitters, the
//! importer and the changelog name keywords through these enums, never as string literals.
//! Where the runtime has an enum of the same concept, the variants here carry the runtime's
//! variant names, so that emitting `rt::Method::Get` needs no second table.

use std::fmt;

/// Declares a keyword enum: variants with their spellings, `ALL`, `as_str`, `parse`.
macro_rules! keywords {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $spelling:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every keyword, in the order the spec format documents them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The keyword as the spec spells it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $spelling, )+
                }
            }

            /// The variant's name, which is also the name of the runtime's variant for the
            /// same concept.
            pub fn variant_name(self) -> &'static str {
                match self {
                    $( $name::$variant => stringify!($variant), )+
                }
            }

            /// The keyword spelled `text`, if it is one.
            pub fn parse(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|k| k.as_str() == text)
            }

            /// The spellings of every keyword, for a message: `` `a`, `b` `` and so on.
            pub fn spellings() -> impl Iterator<Item = &'static str> {
                Self::ALL.iter().map(|k| k.as_str())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// Implements `ToTokens` as `rt::ENUM::VARIANT`: the runtime's enum of the same concept.
macro_rules! runtime_tokens {
    ($name:ident => $rt_enum:ident) => {
        impl quote::ToTokens for $name {
            fn to_tokens(&self, tokens: &mut proc_macro2::TokenStream) {
                let variant = quote::format_ident!("{}", self.variant_name());
                tokens.extend(quote::quote!(rt::$rt_enum::#variant));
            }
        }
    };
}

keywords! {
    /// An HTTP method an operation may use (`method:`).
    pub enum Method {
        /// `GET`: reads; never has a body.
        Get = "GET",
        /// `POST`: creates, or runs an action.
        Post = "POST",
        /// `PUT`: replaces.
        Put = "PUT",
        /// `PATCH`: updates some properties.
        Patch = "PATCH",
        /// `DELETE`: removes.
        Delete = "DELETE",
    }
}
runtime_tokens!(Method => Method);

keywords! {
    /// A Microsoft Graph API version the runtime can send to (`versions:`). The stable one
    /// comes first.
    pub enum ApiVersion {
        /// `v1.0`, the stable version.
        V1_0 = "v1.0",
        /// `beta`, the preview version; gated behind a cargo feature.
        Beta = "beta",
    }
}
runtime_tokens!(ApiVersion => ApiVersion);

impl ApiVersion {
    /// The stable version: what is published there needs no cargo feature.
    pub const STABLE: ApiVersion = ApiVersion::V1_0;
}

keywords! {
    /// What a successful response carries (`shape:` of `response`).
    pub enum Shape {
        /// One resource.
        Single = "single",
        /// A page of resources, with a next link.
        Collection = "collection",
        /// No body.
        None = "none",
    }
}
runtime_tokens!(Shape => ResponseShape);

keywords! {
    /// How a path parameter is encoded (`style:`).
    pub enum ParameterStyle {
        /// One path segment: `/` is encoded.
        Segment = "segment",
        /// `/`-separated segments, each encoded (an item path).
        Segments = "segments",
    }
}

keywords! {
    /// What an endpoint function takes for a path parameter (`type:` of a parameter).
    pub enum ParameterType {
        /// `&str`.
        String = "String",
        /// `&rt::SharingUrl`: a sharing URL or share id, encoded by the runtime.
        SharingUrl = "sharingUrl",
    }
}

keywords! {
    /// A type of a property or body field that is not an enum, a resource or a collection.
    pub enum Primitive {
        /// UTF-8 text (`String`).
        String = "String",
        /// `bool`.
        Boolean = "Boolean",
        /// `i32`.
        Int32 = "Int32",
        /// `i64`.
        Int64 = "Int64",
        /// `f64`.
        Double = "Double",
        /// An ISO 8601 timestamp with offset, e.g. `2026-01-31T12:00:00Z`.
        DateTimeOffset = "DateTimeOffset",
    }
}

/// How the spec writes a collection type around its element type: `Collection(T)`.
pub const COLLECTION: (&str, &str) = ("Collection(", ")");

keywords! {
    /// A permission type of an operation's scope table, in the order of the table's rows.
    pub enum PermissionType {
        /// Delegated, with a work or school account.
        DelegatedWork = "delegated-work",
        /// Delegated, with a personal Microsoft account.
        DelegatedPersonal = "delegated-personal",
        /// Application-only: no signed-in user.
        Application = "application",
    }
}
runtime_tokens!(PermissionType => PermissionType);

impl PermissionType {
    /// The row label of a permission table, as Microsoft's pages write it.
    pub fn label(self) -> &'static str {
        match self {
            PermissionType::DelegatedWork => "Delegated (work or school account)",
            PermissionType::DelegatedPersonal => "Delegated (personal Microsoft account)",
            PermissionType::Application => "Application",
        }
    }

    /// The runtime's marker type of the permission type, for the typed scope checks.
    pub fn marker(self) -> proc_macro2::TokenStream {
        let variant = quote::format_ident!("{}", self.variant_name());
        quote::quote!(rt::typed::#variant)
    }

    /// The position of the permission type's row in a scope table.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// What a scope-table row holds when a permission type cannot call the operation.
pub const NOT_SUPPORTED: &str = "not supported";

keywords! {
    /// A request header the runtime knows how to send, by its lowercase wire name. Header
    /// names ignore case: match with [`KnownHeader::parse_ignoring_case`].
    pub enum KnownHeader {
        /// The client's token.
        Authorization = "authorization",
        /// Set with the JSON body.
        ContentType = "content-type",
        /// 412 when the etag differs.
        IfMatch = "if-match",
        /// 304 when the etag matches.
        IfNoneMatch = "if-none-match",
        /// Preferences for how Graph handles the request (e.g. `redeemSharingLink`).
        Prefer = "prefer",
        /// `eventual`: what `$count` and `$search` need on some collections.
        ConsistencyLevel = "consistencylevel",
    }
}

impl KnownHeader {
    /// The header named `name`, in any case.
    pub fn parse_ignoring_case(name: &str) -> Option<Self> {
        Self::parse(&name.to_ascii_lowercase())
    }

    /// The header as HTTP documents usually write it, for messages.
    pub fn conventional(self) -> &'static str {
        match self {
            KnownHeader::Authorization => "Authorization",
            KnownHeader::ContentType => "Content-Type",
            KnownHeader::IfMatch => "if-match",
            KnownHeader::IfNoneMatch => "if-none-match",
            KnownHeader::Prefer => "Prefer",
            KnownHeader::ConsistencyLevel => "ConsistencyLevel",
        }
    }

    /// The status Graph answers when a conditional header's condition fails.
    pub fn status(self) -> Option<u16> {
        match self {
            KnownHeader::IfMatch => Some(412),
            KnownHeader::IfNoneMatch => Some(304),
            KnownHeader::Authorization
            | KnownHeader::ContentType
            | KnownHeader::Prefer
            | KnownHeader::ConsistencyLevel => None,
        }
    }

    /// Whether the caller's value may be typed by an enum of the spec (`type:` of the
    /// header): the runtime trait then has a `Value` type, and the method takes it.
    pub fn takes_value(self) -> bool {
        matches!(self, KnownHeader::Prefer | KnownHeader::ConsistencyLevel)
    }

    /// The runtime's marker trait and request method for an optional header the caller
    /// sets; `None` for the headers the client sets itself.
    pub fn request_method(self) -> Option<(&'static str, &'static str)> {
        match self {
            KnownHeader::IfMatch => Some(("IfMatch", "if_match")),
            KnownHeader::IfNoneMatch => Some(("IfNoneMatch", "if_none_match")),
            KnownHeader::Prefer => Some(("Prefer", "prefer")),
            KnownHeader::ConsistencyLevel => Some(("ConsistencyLevel", "consistency_level")),
            KnownHeader::Authorization | KnownHeader::ContentType => None,
        }
    }
}

keywords! {
    /// An OData query option the runtime knows how to send (`query:`).
    pub enum QueryOption {
        /// Which properties the response carries.
        Select = "$select",
        /// Which items of a collection the response carries: an OData filter expression.
        Filter = "$filter",
        /// Whether a collection response carries its total count (`@odata.count`).
        Count = "$count",
        /// At most this many items per page.
        Top = "$top",
        /// Skips this many items.
        Skip = "$skip",
        /// The order of a collection's items, by properties of its resource.
        OrderBy = "$orderby",
        /// Related resources the response carries inline, by properties of its resource.
        Expand = "$expand",
        /// Items that match search terms.
        Search = "$search",
    }
}

impl QueryOption {
    /// The runtime's marker trait and request method of the option.
    pub fn request_method(self) -> (&'static str, &'static str) {
        match self {
            QueryOption::Select => ("Select", "select"),
            QueryOption::Filter => ("Filter", "filter"),
            QueryOption::Count => ("Count", "count"),
            QueryOption::Top => ("Top", "top"),
            QueryOption::Skip => ("Skip", "skip"),
            QueryOption::OrderBy => ("OrderBy", "order_by"),
            QueryOption::Expand => ("Expand", "expand"),
            QueryOption::Search => ("Search", "search"),
        }
    }

    /// Whether the option names properties of the response's resource: its method takes
    /// that resource's field enum, so the operation must return a resource.
    pub fn names_fields(self) -> bool {
        matches!(
            self,
            QueryOption::Select | QueryOption::OrderBy | QueryOption::Expand
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    #[test]
    fn spellings_round_trip() {
        for m in Method::ALL {
            assert_eq!(Method::parse(m.as_str()), Some(*m));
        }
        assert_eq!(Method::parse("get"), None);
        assert_eq!(ApiVersion::parse("v1.0"), Some(ApiVersion::V1_0));
        assert_eq!(Shape::parse("none"), Some(Shape::None));
        assert_eq!(
            KnownHeader::parse_ignoring_case("If-Match"),
            Some(KnownHeader::IfMatch)
        );
        assert_eq!(QueryOption::parse("$select"), Some(QueryOption::Select));
        assert_eq!(QueryOption::parse("$top"), Some(QueryOption::Top));
        assert_eq!(QueryOption::parse("$format"), None);
        assert_eq!(
            PermissionType::spellings().collect::<Vec<_>>(),
            ["delegated-work", "delegated-personal", "application"]
        );
    }

    #[test]
    fn runtime_paths() {
        assert_eq!(
            Method::Patch.to_token_stream().to_string(),
            "rt :: Method :: Patch"
        );
        assert_eq!(
            ApiVersion::V1_0.to_token_stream().to_string(),
            "rt :: ApiVersion :: V1_0"
        );
        assert_eq!(
            Shape::Collection.to_token_stream().to_string(),
            "rt :: ResponseShape :: Collection"
        );
        assert_eq!(
            PermissionType::Application.marker().to_string(),
            "rt :: typed :: Application"
        );
    }
}
