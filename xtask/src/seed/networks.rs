//! networks.toml → `model::Network`s, checked, → SQL.

use super::sql::quote;
use anyhow::{bail, Result};
use model::{Activity, Network, Source};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    updated_at: String,
    network: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: String,
    slug: String,
    name: String,
    organiser: String,
    district: Option<u16>,
    description: String,
    activities: Vec<Activity>,
    languages: Vec<String>,
    #[serde(default = "german")]
    content_lang: String,
    place: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    source: Source,
    stand: Option<u16>,
}

fn german() -> String {
    "de".into()
}

/// Reads and checks every entry: the model's rules, and unique ids and slugs.
pub fn load(toml_text: &str) -> Result<Vec<Network>> {
    let file: File = toml::from_str(toml_text)?;
    let mut ids = BTreeSet::new();
    let mut slugs = BTreeSet::new();
    let mut networks = Vec::new();
    for entry in file.network {
        let network = Network {
            citywide: entry.district.is_none(),
            id: entry.id,
            slug: entry.slug,
            name: entry.name,
            organiser: entry.organiser,
            district: entry.district,
            description: entry.description,
            activities: entry.activities,
            languages: entry.languages,
            content_lang: entry.content_lang,
            place: entry.place,
            phone: entry.phone,
            email: entry.email,
            website: entry.website,
            source: entry.source,
            stand: entry.stand,
            // Nothing in the seed is confirmed: a coordinator does that.
            confirmed_at: None,
            confirmed_by: None,
            stand_day: None,
            stale: false,
            updated_at: file.updated_at.clone(),
        };
        if let Err(errors) = network.validate() {
            bail!("networks.toml, {}: {errors:?}", network.id);
        }
        if !ids.insert(network.id.clone()) || !slugs.insert(network.slug.clone()) {
            bail!("networks.toml: {} is there twice", network.id);
        }
        networks.push(network);
    }
    Ok(networks)
}

pub fn insert_statement(network: &Network) -> Result<String> {
    let optional = |value: &Option<String>| value.as_deref().map_or("NULL".to_string(), quote);
    Ok(format!(
        "INSERT INTO networks (id, slug, name, organiser, district, description, activities, languages, \
         content_lang, place, phone, email, website, source_name, source_url, stand, confirmed_at, updated_at) \
         VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, NULL, {});",
        quote(&network.id),
        quote(&network.slug),
        quote(&network.name),
        quote(&network.organiser),
        network.district.map_or("NULL".into(), |n| n.to_string()),
        quote(&network.description),
        quote(&serde_json::to_string(&network.activities)?),
        quote(&serde_json::to_string(&network.languages)?),
        quote(&network.content_lang),
        optional(&network.place),
        optional(&network.phone),
        optional(&network.email),
        optional(&network.website),
        quote(&network.source.name),
        optional(&network.source.url),
        network.stand.map_or("NULL".into(), |y| y.to_string()),
        quote(&network.updated_at),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Vec<Network> {
        load(&std::fs::read_to_string(crate::paths::seed_dir().join("networks.toml")).unwrap())
            .unwrap()
    }

    #[test]
    fn every_source_network_is_in_the_seed_and_nothing_is_confirmed() {
        let networks = seed();
        // 13 by district and 6 city-wide in initiatives.md (the donations agreement is no
        // network), plus the Koordinierungsstelle.
        assert_eq!(networks.len(), 20);
        assert_eq!(networks.iter().filter(|n| n.citywide).count(), 7);
        assert!(networks.iter().all(|n| n.confirmed_at.is_none()));
        let refugium = networks
            .iter()
            .find(|n| n.slug == "refugium-fluechtlingshilfe")
            .unwrap();
        assert_eq!(refugium.district, Some(130));
        let lamme = networks
            .iter()
            .find(|n| n.name.starts_with("Bürgergemeinschaft Lamme"))
            .unwrap();
        assert_eq!(lamme.district, Some(321));
    }

    #[test]
    fn only_phone_numbers_the_sources_state() {
        let phones: BTreeSet<String> = seed().into_iter().filter_map(|n| n.phone).collect();
        let stated: BTreeSet<String> = ["0531 4705091", "0531 4811020"].map(String::from).into();
        assert_eq!(phones, stated);
        assert!(
            seed().iter().all(|n| n.email.is_none()),
            "no source gives an e-mail address"
        );
    }

    #[test]
    fn the_agreement_on_donations_is_not_a_network() {
        assert!(!seed().iter().any(|n| n.name.contains("Paritätischer")));
    }

    #[test]
    fn a_bad_entry_is_refused() {
        let bad = r#"
            updated_at = "2026-11-25T00:00:00Z"
            [[network]]
            id = "x"
            slug = "x"
            name = "X"
            organiser = "Verein X"
            district = 999
            description = "x"
            activities = []
            languages = ["de"]
            source = { name = "example.org" }
        "#;
        assert!(load(bad).is_err());
    }
}
