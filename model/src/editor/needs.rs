//! A network's own needs in its editors' area: posted, changed, extended and closed by the
//! network's editors under the coordinators' rules. A network the Koordinierungsstelle trusts
//! ("vertraut") publishes at once; otherwise (the default) a new need or a change waits in the
//! review queue, compared side by side like an entry's change. Extending and closing never
//! wait: they publish nothing new. The answers an editor sees are `need::answer`'s.

use super::proposal::{check_reason, ProposalStatus};
use crate::codes::Code;
use crate::day::Day;
use crate::need::answer::NetworkAnswer;
use crate::need::{Need, NeedInput, NeedStatus};
use crate::review::{review, FieldReview};
use crate::validate::{Errors, FieldErrors};
use serde::{Deserialize, Serialize};

/// `PATCH /api/netzwerk/networks/{id}/needs/{need}`: filled, closed or open again, and a new
/// last day (extended); at least one of them.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedEdit {
    #[serde(default)]
    pub status: Option<NeedStatus>,
    /// The new last day (`YYYY-MM-DD`), from today to six months ahead.
    #[serde(default)]
    pub valid_until: Option<String>,
}

impl NeedEdit {
    /// The input's own rules (422): something to change, a readable day.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        if self.status.is_none() && self.valid_until.is_none() {
            errors.add(
                "status",
                Code::FieldsInvalid,
                "Bitte einen Stand oder einen letzten Tag angeben.",
            );
        }
        if self
            .valid_until
            .as_deref()
            .is_some_and(|day| Day::parse(day).is_none())
        {
            errors.add(
                "valid_until",
                Code::ValidUntilInvalid,
                "Bitte ein Datum wie 2027-03-31.",
            );
        }
        errors.finish()
    }

    /// The day's rules (409): the new last day from today to six months ahead.
    pub fn check_day(&self, need: &Need, today: Day) -> Result<(), FieldErrors> {
        let Some(day) = &self.valid_until else {
            return Ok(());
        };
        let input = NeedInput {
            valid_until: day.clone(),
            ..NeedInput::of(need)
        };
        input.check_day(today)
    }
}

/// One of the network's needs in its area: as the public sees it, whether its day has passed,
/// and the answers the network may see.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnNeed {
    pub need: Need,
    pub expired: bool,
    pub answers: Vec<NetworkAnswer>,
}

/// A need or a change an editor proposed, and what became of it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnNeedProposal {
    pub id: String,
    /// The need it changes; `None`: a new need.
    pub need_id: Option<String>,
    pub created_at: String,
    pub status: ProposalStatus,
    pub proposed: NeedInput,
    pub reason: Option<String>,
    pub decided_at: Option<String>,
}

/// `GET /api/netzwerk/networks/{id}/needs`: the network's needs (open ones first, then those
/// whose answers it still sees) and its proposals, newest first.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnNeeds {
    /// The Koordinierungsstelle trusts this network: its needs go online at once.
    pub trusted: bool,
    pub needs: Vec<OwnNeed>,
    pub proposals: Vec<OwnNeedProposal>,
}

/// The answer to posting or changing a need: online at once (`need`), or waiting for review
/// (`proposal`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedPosted {
    pub need: Option<Need>,
    pub proposal: Option<OwnNeedProposal>,
}

/// `PUT /api/admin/networks/{id}/needs-trust`: whether the network's needs go online at once.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedsTrust {
    pub trusted: bool,
}

/// A need or a change in the coordinators' queue, field by field.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedProposalReview {
    #[serde(flatten)]
    pub head: NeedProposalHead,
    /// Every field in three states (when proposed, now, proposed); a new need's first two
    /// are empty.
    pub fields: Vec<FieldReview>,
    /// The need changed after the proposal was made ("inzwischen geändert").
    pub changed_since: bool,
}

impl NeedProposalReview {
    /// The review of `proposed`, made on `base`, against the need as it is now (`current`;
    /// both `None` for a new need).
    pub fn of(
        head: NeedProposalHead,
        base: Option<&NeedInput>,
        current: Option<&Need>,
        proposed: &NeedInput,
    ) -> Self {
        let texts = |input: Option<&NeedInput>| input.map(NeedInput::texts).unwrap_or_default();
        let now = current.map(NeedInput::of);
        let fields = review(&texts(base), &texts(now.as_ref()), &proposed.texts());
        Self {
            head,
            changed_since: crate::review::changed_since(&fields),
            fields,
        }
    }
}

/// What a queue entry says besides its fields.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeedProposalHead {
    pub id: String,
    pub network_id: String,
    pub network_name: String,
    /// The need it changes; `None`: a new need.
    pub need_id: Option<String>,
    /// The editor's name, or `None` once their access is erased ("ehemaliger Zugang").
    pub proposed_by: Option<String>,
    pub created_at: String,
    pub status: ProposalStatus,
    /// A decline's reason.
    pub reason: Option<String>,
}

/// A coordinator's decision on a proposed need (`POST /api/admin/need-proposals/{id}`): a need
/// is taken whole, or declined with a reason the editor sees.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "lowercase", deny_unknown_fields)]
pub enum NeedDecision {
    Accept,
    Decline { reason: String },
}

impl NeedDecision {
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        if let NeedDecision::Decline { reason } = self {
            check_reason(&mut errors, reason);
        }
        errors.finish()
    }
}

/// The fields a review shows, in the form's order.
pub const NEED_FIELDS: [&str; 11] = [
    "title",
    "description",
    "activity",
    "languages",
    "district",
    "place",
    "when",
    "slots",
    "people",
    "valid_until",
    "content_lang",
];

impl NeedInput {
    /// The input a need was made from (its network by address).
    pub fn of(need: &Need) -> Self {
        Self {
            network: need.network.clone(),
            title: need.title.clone(),
            description: need.description.clone(),
            activity: need.activity,
            languages: need.languages.clone(),
            district: need.district,
            place: need.place.clone(),
            when: need.when.clone(),
            slots: need.slots.clone(),
            people: need.people,
            valid_until: need.valid_until.clone(),
            content_lang: Some(need.content_lang.clone()),
        }
    }

    /// Each field as the text a review shows ([`NEED_FIELDS`]' order): lists joined by ", ",
    /// an empty field empty, texts trimmed as they would be stored.
    pub fn texts(&self) -> Vec<(&'static str, String)> {
        let or_empty = |v: &Option<String>| v.as_deref().unwrap_or_default().trim().to_string();
        let number = |n: Option<u16>| n.map(|n| n.to_string()).unwrap_or_default();
        let values = [
            self.title.trim().to_string(),
            self.description.trim().to_string(),
            self.activity.key().to_string(),
            self.languages.join(", "),
            number(self.district),
            or_empty(&self.place),
            or_empty(&self.when),
            self.slots.join(", "),
            number(self.people),
            self.valid_until.clone(),
            self.content_lang
                .as_deref()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .unwrap_or("de")
                .to_string(),
        ];
        NEED_FIELDS.into_iter().zip(values).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Activity;

    fn input() -> NeedInput {
        NeedInput {
            network: Some("refugium".into()),
            title: "Sprachpatin gesucht".into(),
            description: "Wir suchen jemanden für dienstags nachmittags.".into(),
            activity: Activity::Patenschaften,
            languages: vec!["de".into(), "ar".into()],
            district: None,
            place: None,
            when: Some("dienstags 15–17 Uhr".into()),
            slots: vec![],
            people: Some(2),
            valid_until: "2027-03-31".into(),
            content_lang: None,
        }
    }

    #[test]
    fn a_new_need_is_reviewed_against_nothing() {
        let head = NeedProposalHead {
            id: "p".into(),
            network_id: "refugium".into(),
            network_name: "Refugium".into(),
            need_id: None,
            proposed_by: Some("Lea".into()),
            created_at: "2027-01-02T10:00:00Z".into(),
            status: ProposalStatus::Waiting,
            reason: None,
        };
        let review = NeedProposalReview::of(head, None, None, &input());
        assert!(!review.changed_since);
        let title = &review.fields[0];
        assert_eq!(
            (title.field.as_str(), title.current.as_str()),
            ("title", "")
        );
        assert!(title.proposes_a_change());
        let languages = review.fields.iter().find(|f| f.field == "languages");
        assert_eq!(languages.unwrap().proposed, "de, ar");
    }

    #[test]
    fn an_edit_says_what_it_changes() {
        assert!(NeedEdit::default().check().is_err());
        let extend = NeedEdit {
            valid_until: Some("2027-02-30".into()),
            ..Default::default()
        };
        assert_eq!(
            extend.check().unwrap_err()["valid_until"].code,
            "valid_until.invalid"
        );
        let close = NeedEdit {
            status: Some(NeedStatus::Closed),
            ..Default::default()
        };
        assert_eq!(close.check(), Ok(()));
        let decline = NeedDecision::Decline { reason: " ".into() };
        assert!(decline.validate().unwrap_err().contains_key("reason"));
        let accept: NeedDecision = serde_json::from_str(r#"{"decision":"accept"}"#).unwrap();
        assert_eq!(accept.validate(), Ok(()));
    }
}
