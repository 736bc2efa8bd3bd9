//! Collections page by page: every item of a collection as a stream, or collected. Next links
//! are followed under the rules of [`PagingLimits`](super::super::PagingLimits) (`links.rs`):
//! the client's own host and base path, no userinfo, no repeats, within the limits.

use futures_util::stream::{self, Stream};
use reqwest::Url;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::super::links::Pager;
use super::super::request::{ApiVersion, Caller, Method, Operation, Request};
use super::super::{Error, Page};
use super::{decode, encode_body, Client};

impl Client {
    /// Every item of a collection, following `@odata.nextLink` page by page.
    pub fn items<'a, O, C: Caller + 'a, T>(
        &'a self,
        request: Request<O, C>,
    ) -> impl Stream<Item = Result<T, Error>> + 'a
    where
        O: Operation<Output = Page<T>> + 'a,
        T: 'a,
        O::Body: Serialize,
        T: DeserializeOwned,
    {
        self.items_at(self.version_for(O::META), request)
    }

    /// [`Client::items`] from a chosen API version.
    pub fn items_at<'a, O, C: Caller + 'a, T>(
        &'a self,
        version: ApiVersion,
        request: Request<O, C>,
    ) -> impl Stream<Item = Result<T, Error>> + 'a
    where
        O: Operation<Output = Page<T>> + 'a,
        T: 'a,
        O::Body: Serialize,
        T: DeserializeOwned,
    {
        struct State<T> {
            next: Option<Next>,
            buffered: std::vec::IntoIter<T>,
            pager: Pager,
        }
        enum Next {
            First(Result<(Url, Option<Vec<u8>>), Error>),
            Link(String),
        }
        let template = request.endpoint().template;
        let first = match request.path_error() {
            Some(error) => Err(Error::InvalidPath(error.clone())),
            None => self
                .url(version, request.path(), request.query())
                .and_then(|url| Ok((url, encode_body(O::META.qualified_name, request.body())?))),
        };
        let headers = request.headers().to_vec();
        let state = State {
            next: Some(Next::First(first)),
            buffered: Vec::new().into_iter(),
            pager: Pager::new(self.inner.paging.clone()),
        };
        stream::unfold(state, move |mut state| {
            let headers = headers.clone();
            async move {
                loop {
                    if let Some(item) = state.buffered.next() {
                        return Some((Ok(item), state));
                    }
                    // The first page with the operation's method and body; next links are GETs.
                    let (method, url, body) = match state.next.take()? {
                        Next::First(Ok((url, body))) => (O::META.method, url, body),
                        Next::First(Err(e)) => return Some((Err(e), state)),
                        Next::Link(link) => match state.pager.follow(&self.inner.base, &link) {
                            Ok(url) => (Method::Get, url, None),
                            Err(e) => return Some((Err(e), state)),
                        },
                    };
                    let raw = match self.execute(method, url, template, &headers, body).await {
                        Ok(raw) => raw,
                        Err(e) => return Some((Err(e), state)),
                    };
                    state.pager.read(raw.body.len());
                    match decode::<O>(raw) {
                        Ok(response) => {
                            let page = response.into_value();
                            state.next = page.next_link.map(Next::Link);
                            state.buffered = page.value.into_iter();
                        }
                        Err(e) => return Some((Err(e), state)),
                    }
                }
            }
        })
    }

    /// Every item of a collection, all pages collected.
    pub async fn collect_all<O, C: Caller, T>(
        &self,
        request: Request<O, C>,
    ) -> Result<Vec<T>, Error>
    where
        O: Operation<Output = Page<T>>,
        O::Body: Serialize,
        T: DeserializeOwned,
    {
        use futures_util::TryStreamExt;
        self.items(request).try_collect().await
    }
}
