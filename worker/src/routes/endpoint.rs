//! The two kinds of endpoint, chosen in the route table (`mod.rs`):
//!
//! - [`public`]: the handler gets the request and its context, as workers-rs gives them.
//! - [`signed`]: the table authenticates the request first (the handler's [`Principal`], named
//!   by its argument's type) and the handler gets a [`Signed`] value: who, the database and an
//!   [`Audit`] for that actor. A handler written for a signed-in person cannot be registered as
//!   a public one, and no handler authenticates or names "who" by hand.

use crate::auth::Principal;
use crate::background::Background;
use crate::error::ApiError;
use crate::storage::{self, audit::Audit};
use std::future::Future;
use std::marker::PhantomData;
use worker::{D1Database, Env, Request, Response, RouteContext};

/// A public handler's context.
pub type Public = RouteContext<Background>;

/// What a signed-in handler gets.
pub struct Signed<P> {
    /// Who the request acts for.
    pub who: P,
    pub db: D1Database,
    /// The audit log's actions, by [`Signed::who`].
    pub audit: Audit,
    ctx: RouteContext<Background>,
}

impl<P> Signed<P> {
    pub fn env(&self) -> &Env {
        &self.ctx.env
    }

    /// Work that goes on after the answer (`waitUntil`).
    pub fn background(&self) -> &Background {
        &self.ctx.data
    }

    /// A parameter of the path (`:id`), as the route table names it.
    pub fn param(&self, name: &str) -> Option<&String> {
        self.ctx.param(name)
    }
}

/// A handler the route table can run.
pub trait Endpoint: Copy + 'static {
    /// Where the endpoints of the principal the request must be signed in as live (its
    /// [`Principal::PATH`]); `None`: public.
    const SIGNED: Option<&'static str>;

    fn call(
        self,
        req: Request,
        ctx: RouteContext<Background>,
    ) -> impl Future<Output = Result<Response, ApiError>> + 'static;
}

/// A public endpoint.
#[derive(Clone, Copy)]
pub struct PublicEndpoint<F>(F);

/// `handler` as a public endpoint.
pub fn public<F, Fut>(handler: F) -> PublicEndpoint<F>
where
    F: Fn(Request, Public) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<Response, ApiError>> + 'static,
{
    PublicEndpoint(handler)
}

impl<F, Fut> Endpoint for PublicEndpoint<F>
where
    F: Fn(Request, Public) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<Response, ApiError>> + 'static,
{
    const SIGNED: Option<&'static str> = None;

    fn call(
        self,
        req: Request,
        ctx: RouteContext<Background>,
    ) -> impl Future<Output = Result<Response, ApiError>> + 'static {
        (self.0)(req, ctx)
    }
}

/// An endpoint for the principal `P`.
pub struct SignedEndpoint<F, P>(F, PhantomData<fn() -> P>);

impl<F: Copy, P> Clone for SignedEndpoint<F, P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F: Copy, P> Copy for SignedEndpoint<F, P> {}

/// `handler` as an endpoint for whom its [`Signed`] argument names.
pub fn signed<P, F, Fut>(handler: F) -> SignedEndpoint<F, P>
where
    P: Principal,
    F: Fn(Request, Signed<P>) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<Response, ApiError>> + 'static,
{
    SignedEndpoint(handler, PhantomData)
}

impl<P, F, Fut> Endpoint for SignedEndpoint<F, P>
where
    P: Principal,
    F: Fn(Request, Signed<P>) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<Response, ApiError>> + 'static,
{
    const SIGNED: Option<&'static str> = Some(P::PATH);

    async fn call(self, req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
        let who = P::authenticate(&req, &ctx.env).await?;
        let db = storage::database(&ctx.env)?;
        let audit = Audit::new(who.actor());
        (self.0)(
            req,
            Signed {
                who,
                db,
                audit,
                ctx,
            },
        )
        .await
    }
}
