//! Where an entry's information comes from when its network gave it: "Angaben des Netzwerks",
//! set when a coordinator accepts the network's proposal; its Stand is the day it was published.

use super::Network;

/// The source an entry gets when a coordinator accepts its network's proposal.
pub const NETWORK_SOURCE: &str = "Angaben des Netzwerks";
/// The source of an entry made from a network's suggestion ("Netzwerk vorschlagen").
pub const SUGGESTION_SOURCE: &str = "Vorschlag des Netzwerks";

impl Network {
    /// Whether the entry is the network's own, accepted by the Koordinierungsstelle: from its
    /// proposal or its suggestion.
    pub fn is_the_networks_own(&self) -> bool {
        [NETWORK_SOURCE, SUGGESTION_SOURCE].contains(&self.source.name.as_str())
            && self.source.url.is_none()
    }

    /// The message id of the network's own source, in the reader's language.
    pub fn own_source_message(&self) -> Option<&'static str> {
        match self.source.name.as_str() {
            _ if !self.is_the_networks_own() => None,
            SUGGESTION_SOURCE => Some("source-suggestion"),
            _ => Some("source-network"),
        }
    }

    /// The day the network's own information was accepted, where it is that (`YYYY-MM-DD`).
    pub fn own_stand_day(&self) -> Option<&str> {
        self.stand_day
            .as_deref()
            .filter(|_| self.is_the_networks_own())
    }

    /// "Quelle: regionalheute.de, Stand 2016" or "…, Stand unbekannt"; the network's own
    /// entry: "Quelle: Angaben des Netzwerks, Stand 03.12.2026".
    pub fn source_line(&self) -> String {
        if let Some(day) = self.own_stand_day() {
            let day = crate::render::german_date(day);
            return format!("Quelle: {}, Stand {day}", self.source.name);
        }
        match self.stand {
            Some(year) => format!("Quelle: {}, Stand {year}", self.source.name),
            None => format!("Quelle: {}, Stand unbekannt", self.source.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::tests::sample;
    use crate::network::Source;

    #[test]
    fn the_networks_own_entry_has_the_day_as_its_stand() {
        let mut network = sample();
        network.source = Source {
            name: NETWORK_SOURCE.into(),
            url: None,
        };
        network.stand_day = Some("2026-12-03".into());
        network.updated_at = "2026-12-09T10:00:00.000Z".into();
        assert!(network.is_the_networks_own());
        assert_eq!(
            network.source_line(),
            "Quelle: Angaben des Netzwerks, Stand 03.12.2026"
        );
    }
}
