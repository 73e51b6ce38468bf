//! Every operation of the API, one function each: its summary (the doc comment's first line),
//! parameters, body and successful answers. The rules (`constraints.rs`), the refusals and
//! `security` (`refusals.rs`) are added to the generated document afterwards.

use super::{Accepted, Created, Renewed, Resent};
use model::audit::AuditEntry;
use model::coordination::{
    AdminNetwork, NetworkInput, Page, Registration, RegistrationPatch, RetentionRun,
};
use model::feedback::{Feedback, FeedbackPatch};
use model::mail_admin::{FailedMail, MailSettings};
use model::need::{AdminNeed, NeedPatch};
use model::own::OwnRequest;
use model::search::RegistrationSearch;
use model::session::{SessionInfo, SignIn};
use model::{District, FeedbackInput, Health, Need, NeedInput, Network, RegistrationInput};

/// Is the Worker up, and does D1 answer a real query?
#[utoipa::path(get, path = "/api/health", tag = "public", responses(
    (status = 200, description = "The Worker and D1 answer", body = Health),
    (status = 503, description = "D1 does not answer", body = Health),
))]
pub fn health() {}

/// This document.
#[utoipa::path(get, path = "/api/openapi.json", tag = "public", responses(
    (status = 200, description = "The OpenAPI document of this API", content_type = "application/json", body = Object),
))]
pub fn openapi_document() {}

/// The 12 Stadtbezirke with their shapes and network counts.
#[utoipa::path(get, path = "/api/districts", tag = "public",
    params(("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier answer, or `*`")),
    responses(
        (status = 200, description = "The 12 Stadtbezirke", body = Vec<District>,
            headers(("ETag" = String, description = "The data version"))),
        (status = 304, description = "The copy with this ETag is current",
            headers(("ETag" = String, description = "The data version"))),
))]
pub fn districts() {}

/// The public networks, filtered.
#[utoipa::path(get, path = "/api/networks", tag = "public",
    params(
        ("district" = Option<u16>, Query, description = "A Stadtbezirk's number: its networks and the city-wide ones"),
        ("activity" = Option<String>, Query, description = "An activity"),
        ("language" = Option<String>, Query, description = "A language"),
        ("q" = Option<String>, Query, description = "Free text, found in name, organiser, description and place"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier answer, or `*`"),
    ),
    responses(
        (status = 200, description = "Public networks matching the filter: the district's own first, then the city-wide ones", body = Vec<Network>,
            headers(("ETag" = String, description = "The data version"))),
        (status = 304, description = "The copy with this ETag is current",
            headers(("ETag" = String, description = "The data version"))),
))]
pub fn networks() {}

/// One public network.
#[utoipa::path(get, path = "/api/networks/{slug}", tag = "public",
    params(
        ("slug" = String, Path, description = "The network's address, e.g. `refugium-fluechtlingshilfe`"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier answer, or `*` (only an existing network is a match)"),
    ),
    responses(
        (status = 200, description = "The network", body = Network,
            headers(("ETag" = String, description = "The data version"))),
        (status = 304, description = "The copy with this ETag is current",
            headers(("ETag" = String, description = "The data version"))),
))]
pub fn network() {}

/// A volunteer registers.
#[utoipa::path(post, path = "/api/registrations", tag = "public",
    params(("Idempotency-Key" = String, Header, description = "One key per filled-in form; a retry with it never stores twice")),
    request_body(content = RegistrationInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Stored", body = Accepted),
        (status = 200, description = "Stored before under this key, with the same content: the same id", body = Accepted),
))]
pub fn create_registration() {}

/// Report an accessibility barrier ("Barriere melden").
#[utoipa::path(post, path = "/api/feedback", tag = "public",
    params(("Idempotency-Key" = String, Header, description = "One key per filled-in form; a retry with it never stores twice")),
    request_body(content = FeedbackInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Stored (a filled-in honeypot gets the same answer, and nothing is stored)", body = Created),
        (status = 200, description = "Stored before under this key, with the same content: the same id", body = Created),
))]
pub fn create_feedback() {}

/// Sign in with the access token: a session cookie for the coordinators' area.
#[utoipa::path(post, path = "/api/admin/session", tag = "sign-in",
    request_body(content = SignIn, content_type = "application/json"),
    responses(
        (status = 201, description = "Signed in: the session cookie `sitzung` (HttpOnly, SameSite=Strict, Path=/api/admin; the session ends after 8 hours unused or 12 hours in all), and who is signed in", body = SessionInfo,
            headers(("Set-Cookie" = String, description = "`sitzung=<id>; HttpOnly; SameSite=Strict; Path=/api/admin` (and `Secure` over HTTPS)"))),
))]
pub fn sign_in() {}

/// Who is signed in, and when their token ends.
#[utoipa::path(get, path = "/api/admin/session", tag = "coordinators",
    responses((status = 200, description = "The signed-in coordinator", body = SessionInfo)),
)]
pub fn current_session() {}

/// Sign out: the session ends.
#[utoipa::path(delete, path = "/api/admin/session", tag = "coordinators",
    responses((status = 204, description = "Signed out; the cookie is cleared",
        headers(("Set-Cookie" = String, description = "`sitzung=; …; Max-Age=0`")))),
)]
pub fn sign_out() {}

/// Search the registrations: one page, newest first.
#[utoipa::path(post, path = "/api/admin/registrations/search", tag = "coordinators",
    request_body(content = RegistrationSearch, content_type = "application/json"),
    responses(
        (status = 200, description = "One page of the registrations that match, newest first", body = Page<Registration>),
))]
pub fn search_registrations() {}

/// Export the registrations that match, as CSV.
#[utoipa::path(post, path = "/api/admin/registrations/export", tag = "coordinators",
    request_body(content = RegistrationSearch, content_type = "application/json"),
    responses(
        (status = 200, description = "Every registration that matches (`page` and `per_page` do not apply), as CSV for German Excel (UTF-8 BOM, `;`)", content_type = "text/csv", body = String),
))]
pub fn export_registrations() {}

/// Change a registration's status, note or placement.
#[utoipa::path(patch, path = "/api/admin/registrations/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The registration's id")),
    request_body(content = RegistrationPatch, content_type = "application/json"),
    responses(
        (status = 200, description = "The changed registration", body = Registration),
))]
pub fn update_registration() {}

/// Erase a registration for good.
#[utoipa::path(delete, path = "/api/admin/registrations/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The registration's id")),
    responses((status = 204, description = "Erased")),
)]
pub fn delete_registration() {}

/// End a volunteer's personal link on their request (someone else knows it): every link made
/// before opens nothing. With mail on, a new one goes to their address, first of all mail.
#[utoipa::path(post, path = "/api/admin/registrations/{id}/link-beenden", tag = "coordinators",
    params(("id" = String, Path, description = "The registration's id")),
    responses((status = 204, description = "Ended (and, with mail on, a new link mailed)")),
)]
pub fn end_registration_link() {}

/// The audit log, newest first.
#[utoipa::path(get, path = "/api/admin/audit", tag = "coordinators",
    params(
        ("page" = Option<u32>, Query, description = "The page, from 1"),
        ("per_page" = Option<u32>, Query, description = "Entries per page"),
    ),
    responses(
        (status = 200, description = "One page of the audit log, newest first", body = Page<AuditEntry>),
))]
pub fn audit_log() {}

/// The retention job's latest runs.
#[utoipa::path(get, path = "/api/admin/retention-runs", tag = "coordinators",
    responses(
        (status = 200, description = "The latest runs (at most 100), newest first: when, how many registrations (`deleted`) and barrier reports (`feedback_deleted`) each deleted, and its error if it failed", body = Vec<RetentionRun>),
))]
pub fn retention_runs() {}

/// The barrier reports, newest first.
#[utoipa::path(get, path = "/api/admin/feedback", tag = "coordinators",
    params(
        ("page" = Option<u32>, Query, description = "The page, from 1"),
        ("per_page" = Option<u32>, Query, description = "Reports per page (50 unless given)"),
    ),
    responses(
        (status = 200, description = "One page of the barrier reports, newest first", body = Page<Feedback>),
))]
pub fn list_feedback() {}

/// Change a barrier report's status.
#[utoipa::path(patch, path = "/api/admin/feedback/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The report's id")),
    request_body(content = FeedbackPatch, content_type = "application/json"),
    responses(
        (status = 200, description = "The changed report", body = Feedback),
))]
pub fn update_feedback() {}

/// Erase a barrier report for good.
#[utoipa::path(delete, path = "/api/admin/feedback/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The report's id")),
    responses((status = 204, description = "Erased")),
)]
pub fn delete_feedback() {}

/// Every network, archived ones too.
#[utoipa::path(get, path = "/api/admin/networks", tag = "coordinators",
    responses(
        (status = 200, description = "Every network, with its archive date and whether it is out of date", body = Vec<AdminNetwork>),
))]
pub fn list_networks() {}

/// Create a network.
#[utoipa::path(post, path = "/api/admin/networks", tag = "coordinators",
    request_body(content = NetworkInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Created; its id is its first address", body = Network),
))]
pub fn create_network() {}

/// Change a network.
#[utoipa::path(put, path = "/api/admin/networks/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The network's id")),
    request_body(content = NetworkInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Saved", body = Network),
))]
pub fn update_network() {}

/// Confirm a network's entry as current.
#[utoipa::path(post, path = "/api/admin/networks/{id}/confirm", tag = "coordinators",
    params(("id" = String, Path, description = "The network's id")),
    responses(
        (status = 200, description = "Confirmed now", body = Network),
))]
pub fn confirm_network() {}

/// Archive a network: it leaves the public map.
#[utoipa::path(post, path = "/api/admin/networks/{id}/archive", tag = "coordinators",
    params(("id" = String, Path, description = "The network's id")),
    responses(
        (status = 200, description = "Archived: no longer public", body = Network),
))]
pub fn archive_network() {}

/// Restore an archived network: it is public again.
#[utoipa::path(post, path = "/api/admin/networks/{id}/restore", tag = "coordinators",
    params(("id" = String, Path, description = "The network's id")),
    responses(
        (status = 200, description = "Restored: public again (a network that was not archived stays as it is)", body = Network),
))]
pub fn restore_network() {}

/// The open needs ("Gesuche") whose last day has not passed, filtered.
#[utoipa::path(get, path = "/api/needs", tag = "public",
    params(
        ("district" = Option<u16>, Query, description = "A Stadtbezirk's number: its needs and the city-wide ones"),
        ("activity" = Option<String>, Query, description = "An activity"),
        ("language" = Option<String>, Query, description = "A language welcome"),
        ("network" = Option<String>, Query, description = "A network's address: its needs"),
        ("q" = Option<String>, Query, description = "Free text, found in title, description, place, time and the network's name"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier answer, or `*`"),
    ),
    responses(
        (status = 200, description = "Open needs matching the filter, the newest first", body = Vec<Need>,
            headers(("ETag" = String, description = "The data version and the Berlin date: a need leaves the answer the day after its `valid_until`"))),
        (status = 304, description = "The copy with this ETag is current",
            headers(("ETag" = String, description = "The data version and the Berlin date"))),
))]
pub fn needs() {}

/// One open need.
#[utoipa::path(get, path = "/api/needs/{slug}", tag = "public",
    params(
        ("slug" = String, Path, description = "The need's address"),
        ("If-None-Match" = Option<String>, Header, description = "An ETag from an earlier answer, or `*` (only an open need is a match)"),
    ),
    responses(
        (status = 200, description = "The need", body = Need,
            headers(("ETag" = String, description = "The data version and the Berlin date"))),
        (status = 304, description = "The copy with this ETag is current",
            headers(("ETag" = String, description = "The data version and the Berlin date"))),
))]
pub fn need() {}

/// Every need, expired and closed ones too, with its answers.
#[utoipa::path(get, path = "/api/admin/needs", tag = "coordinators",
    responses(
        (status = 200, description = "Every need, the newest first: whether it has expired, how many registrations answered it, how many were placed", body = Vec<AdminNeed>),
))]
pub fn list_needs() {}

/// Post a need.
#[utoipa::path(post, path = "/api/admin/needs", tag = "coordinators",
    request_body(content = NeedInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Posted, open", body = Need),
))]
pub fn create_need() {}

/// Change a need's content (its address and status stay).
#[utoipa::path(put, path = "/api/admin/needs/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The need's id")),
    request_body(content = NeedInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Saved", body = Need),
))]
pub fn update_need() {}

/// Mark a need filled or closed, or open it again.
#[utoipa::path(patch, path = "/api/admin/needs/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The need's id")),
    request_body(content = NeedPatch, content_type = "application/json"),
    responses(
        (status = 200, description = "Its new status", body = Need),
))]
pub fn update_need_status() {}

/// Take a need off for good (posted by mistake); registrations that answered it stay.
#[utoipa::path(delete, path = "/api/admin/needs/{id}", tag = "coordinators",
    params(("id" = String, Path, description = "The need's id")),
    responses((status = 204, description = "Deleted")),
)]
pub fn delete_need() {}

/// A volunteer opens their own registration with the token of their personal link.
#[utoipa::path(post, path = "/api/anmeldung", tag = "volunteer",
    request_body(content = OwnRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Everything stored about them, with the consent's time and version, the status and the coordinators' note", body = Registration),
))]
pub fn own_registration() {}

/// A volunteer corrects their contact fields and interests (the form's rules).
#[utoipa::path(patch, path = "/api/anmeldung", tag = "volunteer",
    request_body(content = OwnRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Corrected", body = Registration),
))]
pub fn correct_own_registration() {}

/// A volunteer confirms their registration (double opt-in; a POST, so a mail scanner that
/// opens the link confirms nothing).
#[utoipa::path(post, path = "/api/anmeldung/bestaetigen", tag = "volunteer",
    request_body(content = OwnRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Confirmed (a second confirmation keeps the first time)", body = Registration),
))]
pub fn confirm_own_registration() {}

/// A volunteer withdraws: the registration and its mails are erased at once.
#[utoipa::path(post, path = "/api/anmeldung/widerrufen", tag = "volunteer",
    request_body(content = OwnRequest, content_type = "application/json"),
    responses(
        (status = 204, description = "Erased; the audit log names only the registration's id"),
))]
pub fn withdraw_own_registration() {}

/// The confirmation mail again, with the token the thank-you page got (`resend`).
#[utoipa::path(post, path = "/api/anmeldung/erneut", tag = "volunteer",
    request_body(content = OwnRequest, content_type = "application/json"),
    responses(
        (status = 202, description = "Queued: it goes with the mailbox's next mail, by `expected_by` (never dropped; a limit only delays it)", body = Resent),
))]
pub fn resend_confirmation() {}

/// A new personal link: every older one opens nothing any more. With mail on it goes by mail
/// to the registration's address, first of all mail; without, the answer carries it.
#[utoipa::path(post, path = "/api/anmeldung/neuer-link", tag = "volunteer",
    request_body(content = OwnRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Without mail: the new link (`link`)", body = Renewed),
        (status = 202, description = "With mail: the new link is on its way, by `expected_by`. A 503 (with Retry-After) when today's cap of all mail would hold it past its use: then nothing changed, the old link still opens", body = Renewed),
))]
pub fn renew_own_link() {}

/// The link mailed to a new address confirms it: it becomes the address in use. The token
/// (`/anmeldung#adresse-<token>`) opens nothing else, and nothing once the link is renewed or
/// another address is asked for.
#[utoipa::path(post, path = "/api/anmeldung/adresse", tag = "volunteer",
    request_body(content = OwnRequest, content_type = "application/json"),
    responses((status = 204, description = "The new address is in use (an audit entry names only the registration's id)")),
)]
pub fn confirm_own_address() {}

/// The signed-in coordinator's own mail settings: address and daily digest.
#[utoipa::path(get, path = "/api/admin/settings", tag = "coordinators", responses(
    (status = 200, description = "The address (or null), whether the digest is on, and whether the site sends mail at all", body = MailSettings),
))]
pub fn mail_settings() {}

/// Sets the signed-in coordinator's address (or none) and switches the digest.
#[utoipa::path(put, path = "/api/admin/settings", tag = "coordinators",
    request_body(content = MailSettings, content_type = "application/json"),
    responses(
        (status = 200, description = "Saved (an audit entry without the address)", body = MailSettings),
))]
pub fn save_mail_settings() {}

/// Mails that could not be delivered after every attempt, newest first (at most 200).
#[utoipa::path(get, path = "/api/admin/mail-failures", tag = "coordinators", responses(
    (status = 200, description = "The failed mails", body = Vec<FailedMail>),
))]
pub fn mail_failures() {}
