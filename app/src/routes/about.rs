//! `/ueber`: what the Koordinierungsstelle does, and why.

use crate::html;
use leptos::prelude::*;

/// Static text, rendered as markup (no reactive code needed for it).
const ABOUT: &str = r#"<h1>Über die Koordinierungsstelle</h1>
<p>Am 15. März 2016 hat der Rat der Stadt Braunschweig einstimmig das „Konzept zur Integration von Flüchtlingen“ beschlossen. Seit dem 1. April 2016 kümmert sich die Abteilung 50.2 Migrationsfragen und Integration um seine Umsetzung. Seit dem 9. Mai 2016 steuert der Steuerungskreis INTEGRATION die Arbeit, und ein Runder Tisch begleitet sie.</p>
<p>Die Koordinierungsstelle „Ehrenamt zur Integration von Flüchtlingen“ verbindet die Arbeit in den Stadtbezirken: Sie koordiniert Aktivitäten und Integrationsprojekte über die örtlichen Netzwerke und unterstützt das Engagement von Einrichtungen, Verbänden und Vereinen. Wo es an einem Standort noch kein Netzwerk gab, hat die Stadt einen Runden Tisch angestoßen.</p>
<h2>Ein Netzwerk fehlt?</h2>
<p>Die Angaben auf der Karte stammen aus öffentlichen Quellen. Die Koordinierungsstelle prüft sie nach und nach; geprüfte Einträge sind als „bestätigt“ gekennzeichnet. Fehlt Ihr Netzwerk oder stimmt etwas nicht? Melden Sie sich bei der Koordinierungsstelle: Sie trägt das Netzwerk ein oder korrigiert den Eintrag.</p>"#;

#[component]
pub fn AboutPage() -> impl IntoView {
    view! { <div class="page prose" inner_html=format!("{ABOUT}{}", html::contact_card())></div> }
}
