//! The kinds of mail, and the order they go in when the daily cap leaves fewer slots than
//! there are mails: what someone waits for right now first, a digest last. The outbox keeps
//! a kind as a word and its priority as a number, so a new kind needs no migration.

/// A kind of mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A link someone just asked for (the volunteer's renewed personal link): first, and
    /// never sent after it is of use.
    Link,
    /// The volunteer's confirmation: one mail per mailbox, however many registrations it owes.
    Confirm,
    /// The link that confirms a new address, to that address (counted with its confirmations).
    AddressConfirm,
    /// To the address in use: a new one was asked for.
    AddressNotice,
    /// A notice: placed with a network.
    Placed,
    /// A notice: the network whose need they answered gets in touch.
    Contacted,
    /// The coordinators' daily digest.
    Digest,
    /// A network editor's sign-in link: an invitation, or one they just asked for.
    EditorLink,
    /// To a network's editor: a coordinator declined their proposal.
    EditorNotice,
}

impl Kind {
    /// The word in the outbox and in the counts.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Link => "link",
            Kind::Confirm => "confirm",
            Kind::AddressConfirm => "address",
            Kind::AddressNotice => "address_notice",
            Kind::Placed => "placed",
            Kind::Contacted => "contacted",
            Kind::Digest => "digest",
            Kind::EditorLink => "editor_link",
            Kind::EditorNotice => "editor_notice",
        }
    }

    /// Lower goes first.
    pub fn priority(self) -> u8 {
        match self {
            Kind::Link | Kind::EditorLink => 0,
            Kind::Confirm | Kind::AddressConfirm => 1,
            Kind::AddressNotice => 2,
            Kind::Placed | Kind::Contacted | Kind::EditorNotice => 2,
            Kind::Digest => 3,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_someone_waits_for_goes_first() {
        let order = [Kind::Link, Kind::Confirm, Kind::Placed, Kind::Digest];
        assert!(order.windows(2).all(|w| w[0].priority() < w[1].priority()));
        assert_eq!(Kind::AddressConfirm.priority(), Kind::Confirm.priority());
        for kind in order.into_iter().chain([
            Kind::AddressConfirm,
            Kind::AddressNotice,
            Kind::EditorLink,
            Kind::EditorNotice,
        ]) {
            // The outbox's CHECK: a lower-case word.
            assert!(kind
                .key()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_'));
        }
    }
}
