//! The page-specific part of a page's `<head>`: title, description, the language versions,
//! and the Open Graph tags a messenger's link preview reads.

use model::html::Html;
use model::lang::Lang;
use model::{html, push_html};

/// The static picture of the map that previews show (`public/og-karte.png`).
pub const PREVIEW_IMAGE: (&str, u32, u32) = ("/og-karte.png", 1200, 630);

/// What the head says about one page.
pub struct Head<'a> {
    /// `https://host` of this request.
    pub origin: &'a str,
    pub path: &'a str,
    pub lang: Lang,
    pub site: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    /// The preview picture's alternative text.
    pub image_alt: &'a str,
}

/// `path` in `lang` (German without `?lang=`, as a shared link reads best).
fn in_language(path: &str, lang: Lang) -> String {
    format!("{path}?lang={lang}")
}

/// The Open Graph locale of a page language.
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "de_DE",
        Lang::En => "en_GB",
        Lang::Ar => "ar_AR",
        Lang::Fa => "fa_IR",
        Lang::Uk => "uk_UA",
    }
}

/// The tags, ready for the shell's `<!--kopf-->`.
pub fn tags(head: &Head) -> Html {
    let origin = head.origin;
    let url = format!("{origin}{}", in_language(head.path, head.lang));
    let (image, width, height) = PREVIEW_IMAGE;
    let mut tags = html!(
        "<title>{title}</title><meta name=\"description\" content=\"{description}\">\
         <link rel=\"canonical\" href=\"{url}\">",
        title = head.title,
        description = head.description,
        url = url,
    );
    for lang in Lang::ALL {
        push_html!(
            tags,
            "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">",
            lang = lang.code(),
            href = format!("{origin}{}", in_language(head.path, lang)),
        );
    }
    push_html!(
        tags,
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{default}\">\
         <meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"{site}\">\
         <meta property=\"og:title\" content=\"{title}\"><meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:url\" content=\"{url}\"><meta property=\"og:locale\" content=\"{locale}\">\
         <meta property=\"og:image\" content=\"{origin}{image}\"><meta property=\"og:image:type\" content=\"image/png\">\
         <meta property=\"og:image:width\" content=\"{width}\"><meta property=\"og:image:height\" content=\"{height}\">\
         <meta property=\"og:image:alt\" content=\"{alt}\"><meta name=\"twitter:card\" content=\"summary_large_image\">",
        default = format!("{origin}{}", head.path),
        site = head.site,
        title = head.title,
        description = head.description,
        url = url,
        locale = og_locale(head.lang),
        origin = origin,
        image = image,
        width = width,
        height = height,
        alt = head.image_alt,
    );
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_district_page_is_previewed_with_its_name() {
        let tags = tags(&Head {
            origin: "https://karte.example",
            path: "/bezirk/130",
            lang: Lang::Ar,
            site: "Netzwerkkarte",
            title: "Mitte – Netzwerkkarte",
            description: "Netzwerke \"hier\"",
            image_alt: "Karte",
        })
        .into_string();
        assert!(tags.starts_with("<title>Mitte – Netzwerkkarte</title>"));
        assert!(tags.contains("<meta property=\"og:title\" content=\"Mitte – Netzwerkkarte\">"));
        assert!(tags.contains("content=\"Netzwerke &quot;hier&quot;\""));
        assert!(tags.contains(
            "<meta property=\"og:url\" content=\"https://karte.example/bezirk/130?lang=ar\">"
        ));
        assert!(tags.contains(
            "<meta property=\"og:image\" content=\"https://karte.example/og-karte.png\">"
        ));
        assert!(tags.contains("hreflang=\"x-default\" href=\"https://karte.example/bezirk/130\""));
        assert_eq!(tags.matches("rel=\"alternate\"").count(), 6);
    }
}
