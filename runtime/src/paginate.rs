//! Pagination: every item of a list, page after page, as one stream.
//!
//! The generator implements [`Paginated`] for each list operation: one that takes the `pageNum`
//! and `itemsPerPage` query parameters and answers with an object holding a `results` array and
//! a `totalCount` integer. [`Client::paginate`] then streams every item of it.

use std::collections::VecDeque;
use std::future::Future;

use futures_core::Stream;

use crate::client::Client;
use crate::error::{Error, ErrorBody};
use crate::operation::{NoBody, Operation};

/// A list operation whose pages are asked for with `pageNum` and `itemsPerPage`, and whose
/// answer holds the page's items (`results`) and the server's count of them all (`totalCount`).
pub trait Paginated: Operation {
    /// One item of the list.
    type Item;
    /// The page size [`Client::paginate`] asks for: the spec's maximum for `itemsPerPage`, or
    /// its default when it declares no maximum.
    const ITEMS_PER_PAGE: i64;
    /// Asks for page `page_num` (1-based) of `items_per_page` items.
    fn set_page(params: &mut Self::Params, page_num: i64, items_per_page: i64);
    /// The page's items (`results`).
    fn into_items(response: Self::Response) -> Vec<Self::Item>;
    /// `totalCount`, when the server sent it (a negative one reads as 0).
    fn total_count(response: &Self::Response) -> Option<u64>;
}

impl Client {
    /// Streams every item of list operation `O`, from page 1, in pages of
    /// [`Paginated::ITEMS_PER_PAGE`]; see [`Client::paginate_from`].
    pub fn paginate<O>(
        &self,
        params: O::Params,
    ) -> impl Stream<Item = Result<O::Item, Error>> + Send + 'static
    where
        O: Paginated<Request = NoBody> + 'static,
        O::Error: ErrorBody,
        O::Params: Clone + Send + Sync + 'static,
        O::Response: Send,
        O::Item: Send + 'static,
    {
        self.paginate_from::<O>(params, 1, O::ITEMS_PER_PAGE)
    }

    /// Streams every item of list operation `O`, from page `page_num`, in pages of
    /// `items_per_page`. Each page is one [`Client::execute`] call, made when the items before
    /// it are taken; the stream stops after a page with fewer items than asked for (an empty
    /// one included), or once the items seen reach `totalCount` when the server sends it (an
    /// estimate, so a short page always ends the stream too). An error is the stream's last item.
    pub fn paginate_from<O>(
        &self,
        params: O::Params,
        page_num: i64,
        items_per_page: i64,
    ) -> impl Stream<Item = Result<O::Item, Error>> + Send + 'static
    where
        O: Paginated<Request = NoBody> + 'static,
        O::Error: ErrorBody,
        O::Params: Clone + Send + Sync + 'static,
        O::Response: Send,
        O::Item: Send + 'static,
    {
        let client = self.clone();
        pages(page_num, items_per_page, move |page, size| {
            let client = client.clone();
            let mut params = params.clone();
            O::set_page(&mut params, page, size);
            async move {
                let resp = client.execute::<O>(&params, &NoBody).await?;
                let total = O::total_count(&resp.body);
                Ok((O::into_items(resp.body), total))
            }
        })
    }
}

/// The pagination loop, for any way of fetching a page: `fetch(page_num, items_per_page)`
/// returns that page's items and `totalCount`. Pages are fetched from `first_page` on, one when
/// the items before it are taken. The stream stops after a page with fewer than
/// `items_per_page` items (an empty one included), or once the items seen reach `totalCount`
/// when a page carries it; an error is yielded and ends the stream.
pub fn pages<T, F, Fut>(
    first_page: i64,
    items_per_page: i64,
    fetch: F,
) -> impl Stream<Item = Result<T, Error>> + Send + 'static
where
    T: Send + 'static,
    F: FnMut(i64, i64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<(Vec<T>, Option<u64>), Error>> + Send,
{
    let state = Pager {
        fetch,
        page: first_page,
        size: items_per_page,
        buffer: VecDeque::new(),
        // The items of the pages before the first, so that `totalCount` compares with all.
        seen: u64::try_from(first_page.saturating_sub(1))
            .unwrap_or(0)
            .saturating_mul(u64::try_from(items_per_page).unwrap_or(0)),
        done: false,
    };
    let stream = futures_util::stream::unfold(state, |mut s| async move {
        loop {
            if let Some(item) = s.buffer.pop_front() {
                return Some((Ok(item), s));
            }
            if s.done {
                return None;
            }
            match (s.fetch)(s.page, s.size).await {
                Err(e) => {
                    s.done = true;
                    return Some((Err(e), s));
                }
                Ok((items, total)) => {
                    let n = items.len() as u64;
                    s.seen = s.seen.saturating_add(n);
                    let next = s.page.checked_add(1);
                    s.done = n == 0
                        || i64::try_from(n).is_ok_and(|n| n < s.size)
                        || total.is_some_and(|t| s.seen >= t)
                        || next.is_none();
                    s.page = next.unwrap_or(s.page);
                    s.buffer.extend(items);
                }
            }
        }
    });
    // Ended stays ended: polled again, it yields `None`.
    futures_util::StreamExt::fuse(stream)
}

struct Pager<T, F> {
    fetch: F,
    page: i64,
    size: i64,
    buffer: VecDeque<T>,
    seen: u64,
    done: bool,
}

#[cfg(test)]
mod tests {
    // Tests report failure by panicking.
    #![allow(clippy::panic, clippy::unwrap_used)]

    use futures_util::StreamExt;

    use super::*;

    /// Serves `items` items in pages, with `total` as `totalCount`; records the pages asked for.
    async fn run(
        items: u64,
        size: i64,
        total: Option<u64>,
        fail_at: Option<i64>,
    ) -> (Vec<Result<u64, String>>, Vec<i64>) {
        let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = asked.clone();
        let stream = pages(1, size, move |page, size| {
            log.lock().unwrap().push(page);
            let start = (page as u64 - 1) * size as u64;
            let end = (start + size as u64).min(items);
            let out: Vec<u64> = (start.min(end)..end).collect();
            async move {
                if fail_at == Some(page) {
                    return Err(Error::Config {
                        message: format!("page {page}"),
                    });
                }
                Ok((out, total))
            }
        });
        let got: Vec<Result<u64, String>> =
            stream.map(|r| r.map_err(|e| e.to_string())).collect().await;
        let asked = asked.lock().unwrap().clone();
        (got, asked)
    }

    #[tokio::test]
    async fn a_short_page_ends_the_stream() {
        let (got, asked) = run(7, 3, None, None).await;
        assert_eq!(got.len(), 7);
        assert!(got.iter().enumerate().all(|(i, r)| *r == Ok(i as u64)));
        assert_eq!(asked, [1, 2, 3]);
    }

    #[tokio::test]
    async fn the_total_count_ends_the_stream_without_an_empty_page() {
        let (got, asked) = run(6, 3, Some(6), None).await;
        assert_eq!(got.len(), 6);
        assert_eq!(asked, [1, 2]);
    }

    #[tokio::test]
    async fn without_a_count_a_last_full_page_costs_one_empty_page() {
        let (got, asked) = run(6, 3, None, None).await;
        assert_eq!(got.len(), 6);
        assert_eq!(asked, [1, 2, 3]);
        // An empty first page ends it at once.
        let (got, asked) = run(0, 3, Some(10), None).await;
        assert!(got.is_empty());
        assert_eq!(asked, [1]);
    }

    #[tokio::test]
    async fn from_a_later_page_the_total_counts_the_pages_skipped() {
        // 6 items in pages of 3, from page 2: page 2 reaches `totalCount`, nothing more is asked.
        let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = asked.clone();
        let mut stream = Box::pin(pages(2, 3, move |page, _| {
            log.lock().unwrap().push(page);
            async move { Ok((vec![page; 3], Some(6))) }
        }));
        let mut got = Vec::new();
        while let Some(item) = stream.next().await {
            got.push(item.unwrap());
        }
        assert_eq!(got, [2, 2, 2]);
        assert_eq!(*asked.lock().unwrap(), [2]);
        // Ended stays ended.
        assert!(stream.next().await.is_none());
    }

    #[tokio::test]
    async fn the_last_page_number_ends_the_stream_instead_of_overflowing() {
        let mut stream = Box::pin(pages(i64::MAX, 1, |page, _| async move {
            Ok((vec![page], None))
        }));
        assert_eq!(stream.next().await.unwrap().unwrap(), i64::MAX);
        assert!(stream.next().await.is_none());
    }

    #[tokio::test]
    async fn an_error_is_yielded_and_ends_the_stream() {
        let (got, asked) = run(9, 3, None, Some(2)).await;
        assert_eq!(got.len(), 4);
        assert!(got[..3].iter().all(Result::is_ok));
        assert!(got[3].as_ref().is_err_and(|e| e.contains("page 2")));
        assert_eq!(asked, [1, 2]);
    }
}
