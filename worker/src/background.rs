//! Work that goes on after the response: the first attempt to send a mail runs once the
//! registration is stored and answered (the fetch event's `waitUntil`), so a slow or failing
//! send never holds up or fails the answer.

use std::future::Future;
use std::rc::Rc;

/// The request's `waitUntil`, handed to every route (the `Router`'s data).
#[derive(Clone, Default)]
pub struct Background(Option<Rc<worker::Context>>);

impl Background {
    pub fn new(context: worker::Context) -> Self {
        Self(Some(Rc::new(context)))
    }

    /// Runs `work` after the response, within the request's lifetime.
    pub fn spawn(&self, work: impl Future<Output = ()> + 'static) {
        match &self.0 {
            Some(context) => context.wait_until(work),
            // Only the native tests build routes without a request.
            None => drop(work),
        }
    }
}
