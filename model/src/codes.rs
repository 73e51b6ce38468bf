//! The stable, machine-readable code of every field error. `errors` in a problem says in
//! German what is wrong; `codes` says which rule, so a client translates by code (the
//! registration form does) and never by matching sentences. This is the one list: the
//! OpenAPI document declares it as an enum.

/// Declares [`Code`] with its wire names, and [`Code::ALL`] in the same order.
macro_rules! codes {
    ($($variant:ident = $key:literal,)*) => {
        /// A field error's code, e.g. `email.invalid`: `<field>.<what is wrong>`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, once.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The name on the wire.
            pub fn key(self) -> &'static str {
                match self {
                    $(Code::$variant => $key,)*
                }
            }
        }
    };
}

codes! {
    // The body as a whole, and any field.
    BodyNotAnObject = "body.not_an_object",
    BodyInvalid = "body.invalid",
    FieldUnknown = "field.unknown",
    FieldWrongType = "field.wrong_type",
    FieldHiddenCharacters = "field.hidden_characters",
    // A registration (`POST /api/registrations`).
    NameRequired = "name.required",
    NameTooShort = "name.too_short",
    NameTooLong = "name.too_long",
    EmailRequired = "email.required",
    EmailInvalid = "email.invalid",
    PhoneRequired = "phone.required",
    PhoneInvalid = "phone.invalid",
    ContactViaRequired = "contact_via.required",
    ContactViaUnknown = "contact_via.unknown",
    DistrictsRequired = "districts.required",
    DistrictsUnknown = "districts.unknown",
    NetworkUnknown = "network.unknown",
    NeedUnknown = "need.unknown",
    InterestsUnknown = "interests.unknown",
    InterestsDuplicate = "interests.duplicate",
    LanguagesRequired = "languages.required",
    LanguagesUnknown = "languages.unknown",
    LanguagesOtherTooLong = "languages_other.too_long",
    AvailabilityRequired = "availability.required",
    AvailabilityUnknown = "availability.unknown",
    MessageTooLong = "message.too_long",
    ConsentRequired = "consent.required",
    ConsentVersionRequired = "consent_version.required",
    ConsentVersionOutdated = "consent_version.outdated",
    NetworkContactWithoutNeed = "network_contact.without_need",
    NetworkContactUnavailable = "network_contact.unavailable",
    WebsiteTooLong = "website.too_long",
    IdempotencyKeyConflict = "idempotency_key.conflict",
    // A barrier report (`POST /api/feedback`); it also shares `message.too_long`,
    // `email.invalid` and `website.too_long` with the registration.
    MessageRequired = "message.required",
    MessageTooShort = "message.too_short",
    // A network (the coordinators' `POST`/`PUT /api/admin/networks`).
    IdInvalid = "id.invalid",
    SlugInvalid = "slug.invalid",
    SlugTaken = "slug.taken",
    OrganiserTooShort = "organiser.too_short",
    OrganiserTooLong = "organiser.too_long",
    DescriptionRequired = "description.required",
    DescriptionTooLong = "description.too_long",
    DistrictUnknown = "district.unknown",
    CitywideMismatch = "citywide.mismatch",
    ActivitiesDuplicate = "activities.duplicate",
    ContentLangUnknown = "content_lang.unknown",
    PlaceTooShort = "place.too_short",
    PlaceTooLong = "place.too_long",
    WebsiteInvalid = "website.invalid",
    SourceNameTooShort = "source.name.too_short",
    SourceNameTooLong = "source.name.too_long",
    SourceUrlInvalid = "source.url.invalid",
    StandOutOfRange = "stand.out_of_range",
    // A need (the coordinators' `POST`/`PUT /api/admin/needs`); it shares `description.*`,
    // `district.unknown`, `place.too_long`, `languages.unknown` and `content_lang.unknown`.
    TitleTooShort = "title.too_short",
    TitleTooLong = "title.too_long",
    DescriptionTooShort = "description.too_short",
    WhenTooLong = "when.too_long",
    SlotsUnknown = "slots.unknown",
    PeopleOutOfRange = "people.out_of_range",
    ValidUntilInvalid = "valid_until.invalid",
    ValidUntilPast = "valid_until.past",
    ValidUntilTooFar = "valid_until.too_far",
    TitleContactData = "title.contact_data",
    DescriptionContactData = "description.contact_data",
    PlaceContactData = "place.contact_data",
    WhenContactData = "when.contact_data",
    // A change to a registration (`PATCH /api/admin/registrations/{id}`).
    NoteTooLong = "note.too_long",
    PlacedNetworkUnknown = "placed_network.unknown",
    // The volunteer's own registration (`/api/anmeldung`).
    TokenAlreadyConfirmed = "token.already_confirmed",
    // Filters (`GET /api/networks`, the coordinators' search and the audit log's pages).
    ActivityUnknown = "activity.unknown",
    LanguageUnknown = "language.unknown",
    QTooLong = "q.too_long",
    StatusUnknown = "status.unknown",
    FromInvalid = "from.invalid",
    ToInvalid = "to.invalid",
    PageOutOfRange = "page.out_of_range",
    PerPageOutOfRange = "per_page.out_of_range",
    // A network's editor (`POST /api/admin/editors`, the editors' own endpoints); it shares
    // `name.*` and `email.invalid`.
    NameMissing = "name.missing",
    NetworksInvalid = "networks.invalid",
    EmailTaken = "email.taken",
    TermsVersionOutdated = "terms_version.outdated",
    TermsRequired = "terms.required",
    // A coordinator's decision on a proposal (`/api/admin/proposals/{id}`).
    FieldsInvalid = "fields.invalid",
    ReasonRequired = "reason.required",
    ReasonTooLong = "reason.too_long",
    ProposalDecided = "proposal.decided",
    NetworkChanged = "network.changed",
    RevisionUnknown = "revision.unknown",
    // A claim or a suggestion (`POST /api/claims`, `POST /api/suggestions`); they share
    // `name.*`, `email.*`, `phone.*`, `message.too_long`, `language.unknown`,
    // `website.too_long`, `network.unknown`, `organiser.*`, `description.*` and
    // `district.unknown`. A decision on one shares `name.*`.
    RoleTooShort = "role.too_short",
    RoleTooLong = "role.too_long",
    NetworkNameTooShort = "network_name.too_short",
    NetworkNameTooLong = "network_name.too_long",
    NetworkWebsiteInvalid = "network_website.invalid",
    RequestDecided = "request.decided",
    // A reminder's "Stimmt noch" link (`POST /api/netzwerk/stimmt-noch`).
    LinkInvalid = "link.invalid",
    // A network's needs (`/api/netzwerk/networks/{id}/needs`, the coordinators' needs): a need
    // with answers keeps its network; reopening waits for review unless the network is trusted.
    NetworkAnswered = "network.answered",
    StatusReviewRequired = "status.review_required",
    // The report (`/api/admin/report`): a period it reads, a table it exports, a year or
    // quarter it publishes once that period has ended, and the remark of its handout.
    PeriodInvalid = "period.invalid",
    PeriodNotEnded = "period.not_ended",
    PeriodNotPublishable = "period.not_publishable",
    TableUnknown = "table.unknown",
    ReportUnprotectable = "report.unprotectable",
    RemarkTooLong = "remark.too_long",
}

/// The codes a registration can be refused with, by `RegistrationInput::from_json`,
/// `validate` and the Worker: the form translates each of them (its tests check that).
pub const REGISTRATION: [Code; 33] = [
    Code::BodyNotAnObject,
    Code::BodyInvalid,
    Code::FieldUnknown,
    Code::FieldWrongType,
    Code::NameRequired,
    Code::NameTooShort,
    Code::NameTooLong,
    Code::FieldHiddenCharacters,
    Code::EmailRequired,
    Code::EmailInvalid,
    Code::PhoneRequired,
    Code::PhoneInvalid,
    Code::ContactViaRequired,
    Code::ContactViaUnknown,
    Code::DistrictsRequired,
    Code::DistrictsUnknown,
    Code::NetworkUnknown,
    Code::NeedUnknown,
    Code::InterestsUnknown,
    Code::InterestsDuplicate,
    Code::LanguagesRequired,
    Code::LanguagesUnknown,
    Code::LanguagesOtherTooLong,
    Code::AvailabilityRequired,
    Code::AvailabilityUnknown,
    Code::MessageTooLong,
    Code::ConsentRequired,
    Code::ConsentVersionRequired,
    Code::ConsentVersionOutdated,
    Code::NetworkContactWithoutNeed,
    Code::NetworkContactUnavailable,
    Code::WebsiteTooLong,
    Code::IdempotencyKeyConflict,
];

/// The codes a barrier report can be refused with, by `FeedbackInput::from_json`, `validate`
/// and the Worker: the form on /barrierefreiheit translates each of them. The numbers in
/// `message.too_long` and `message.too_short` come from `model::feedback`, not from the
/// registration's limits.
pub const FEEDBACK: [Code; 11] = [
    Code::BodyNotAnObject,
    Code::BodyInvalid,
    Code::FieldUnknown,
    Code::FieldWrongType,
    Code::FieldHiddenCharacters,
    Code::MessageRequired,
    Code::MessageTooShort,
    Code::MessageTooLong,
    Code::EmailInvalid,
    Code::WebsiteTooLong,
    Code::IdempotencyKeyConflict,
];

impl Code {
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|code| code.key() == key)
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// In the OpenAPI document: a string, one of [`Code::ALL`].
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Code {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(
                "A field error's stable code: `<field>.<what is wrong>`, beside its German message in `errors`.",
            ))
            .enum_values(Some(Code::ALL.iter().map(|code| code.key())))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Code {
    fn name() -> std::borrow::Cow<'static, str> {
        "FieldErrorCode".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn codes_are_unique_and_shaped_field_dot_rule() {
        let keys: BTreeSet<&str> = Code::ALL.iter().map(|code| code.key()).collect();
        assert_eq!(keys.len(), Code::ALL.len());
        for code in Code::ALL {
            let (field, rule) = code.key().rsplit_once('.').expect("field.rule");
            assert!(!field.is_empty() && !rule.is_empty(), "{code}");
            assert!(
                rule.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{code}"
            );
            assert_eq!(Code::from_key(code.key()), Some(*code));
        }
        assert_eq!(Code::from_key("email.kaputt"), None);
    }

    #[test]
    fn the_registration_codes_are_distinct() {
        let set: BTreeSet<Code> = REGISTRATION.into_iter().collect();
        assert_eq!(set.len(), REGISTRATION.len());
    }

    #[test]
    fn the_feedback_codes_are_distinct() {
        let set: BTreeSet<Code> = FEEDBACK.into_iter().collect();
        assert_eq!(set.len(), FEEDBACK.len());
    }
}
