//! A network's needs in its editors' area: the answers waiting for contact first, then each
//! need with its actions (change, extend, filled, close, open again) and the answers the network
//! may see, with the first contact to mark; then the proposals under review.

use super::client::{self, Failure};
use super::need_form::{blank, NeedForm};
use super::needs_words::{self, NeedWords};
use super::words::{self, Words};
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::editor::needs::{NeedEdit, OwnNeed, OwnNeedProposal, OwnNeeds};
use model::editor::proposal::ProposalStatus;
use model::need::answer::{FirstContact, FirstContactMark, NetworkAnswer};
use model::{ContactVia, Need, NeedInput, NeedStatus};

/// The answers nobody contacted for 3 days, as lines: "Name (Titel)".
pub fn waiting_lines(own: &OwnNeeds) -> Vec<String> {
    own.needs
        .iter()
        .flat_map(|need| {
            need.answers
                .iter()
                .filter(|answer| answer.waiting)
                .map(|answer| format!("{} („{}“)", answer.name, need.need.title))
        })
        .collect()
}

/// How to reach a volunteer: a link that opens the mail program or the phone.
pub fn contact_href(answer: &NetworkAnswer) -> String {
    match answer.contact_via {
        ContactVia::Email => format!("mailto:{}", answer.contact),
        ContactVia::Phone => format!(
            "tel:{}",
            answer
                .contact
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect::<String>()
        ),
    }
}

#[component]
pub fn NetworkNeeds(
    words: &'static Words,
    network_id: String,
    slug: String,
    said: impl Fn(String) + Copy + Send + Sync + 'static,
    failed: impl Fn(Failure) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let need_words = needs_words::of(words);
    let own = RwSignal::new(None::<OwnNeeds>);
    let path = format!("/api/netzwerk/networks/{network_id}/needs");
    let load = {
        let path = path.clone();
        move || {
            let path = path.clone();
            spawn_local(async move {
                match client::call::<OwnNeeds>("GET", &path, None::<&()>).await {
                    Ok(found) => own.set(Some(found)),
                    Err(failure) => failed(failure),
                }
            });
        }
    };
    load();
    let reload = StoredValue::new(load);
    let done = move |line: &'static str| {
        said(line.to_string());
        reload.with_value(|load| load());
    };
    let posting = RwSignal::new(false);
    let lang = words.lang;
    let heading = format!("gesuche-{network_id}");
    let labelled_by = heading.clone();
    let form_network = network_id.clone();
    view! {
        <section class="network-needs" aria-labelledby=labelled_by>
            <h3 id=heading>{need_words.heading}</h3>
            {move || own.get().map(|found| {
                let waiting = waiting_lines(&found);
                view! {
                    {(!waiting.is_empty()).then(|| view! {
                        <div class="registration-card reminder">
                            <h4>{need_words.waiting_heading}</h4>
                            <ul>{waiting.into_iter().map(|line| view! { <li>{format!("{line} {}", need_words.waiting_line)}</li> }).collect_view()}</ul>
                        </div>
                    })}
                    <p class="hint">{if found.trusted { need_words.trusted } else { need_words.reviewed }}</p>
                }
            })}
            <div class="card-actions">
                <button type="button" class="button button-secondary" aria-expanded=move || posting.get().to_string()
                    on:click=move |_| posting.update(|p| *p = !*p)>{need_words.new_need}</button>
            </div>
            {move || posting.get().then(|| view! {
                <NeedForm words need_words network_id=form_network.clone() need=None
                    input=blank(&slug, lang) open=posting done/>
            })}
            {move || own.get().map(|found| {
                let network_id = network_id.clone();
                view! {
                    {found.needs.is_empty().then(|| view! { <p>{need_words.none}</p> })}
                    <ul class="needs-list">
                        {found.needs.into_iter().map(|need| view! {
                            <NeedItem words need_words network_id=network_id.clone() own=need trusted=found.trusted done failed/>
                        }).collect_view()}
                    </ul>
                    <Proposals words need_words proposals=found.proposals/>
                }
            })}
        </section>
    }
}

#[component]
fn NeedItem(
    words: &'static Words,
    need_words: &'static NeedWords,
    network_id: String,
    own: OwnNeed,
    /// Its needs go online at once: it may open a filled or closed one again (else only a
    /// new proposal brings it back).
    trusted: bool,
    done: impl Fn(&'static str) + Copy + Send + Sync + 'static,
    failed: impl Fn(Failure) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let OwnNeed {
        need,
        expired,
        answers,
    } = own;
    let changing = RwSignal::new(false);
    let extending = RwSignal::new(false);
    let new_day = RwSignal::new(need.valid_until.clone());
    let path = format!("/api/netzwerk/networks/{network_id}/needs/{}", need.id);
    let edit = {
        let path = path.clone();
        move |edit: NeedEdit| {
            let path = path.clone();
            spawn_local(async move {
                match client::call::<Need>("PATCH", &path, Some(&edit)).await {
                    Ok(_) => done(need_words.changed),
                    Err(failure) => failed(failure),
                }
            });
        }
    };
    let edit = StoredValue::new(edit);
    let set_status = move |status: NeedStatus| {
        edit.with_value(|edit| {
            edit(NeedEdit {
                status: Some(status),
                valid_until: None,
            })
        })
    };
    let extend = move |_| {
        let day = new_day.get_untracked();
        edit.with_value(|edit| {
            edit(NeedEdit {
                status: Some(NeedStatus::Open),
                valid_until: Some(day),
            })
        })
    };
    let open = need.status == NeedStatus::Open;
    let input = NeedInput::of(&need);
    let need_id = need.id.clone();
    let form_network = network_id.clone();
    let extend_id = format!("verlaengern-{}", need.id);
    view! {
        <li class="registration-card">
            <h4 lang=need.content_lang.clone()>{need.title.clone()}</h4>
            <p class="meta">
                <span class="badge">{needs_words::status(need_words, need.status, expired)}</span>" "
                {format!("{} {}", need_words.until, words::day(words, &need.valid_until))}
            </p>
            <div class="card-actions">
                <button type="button" class="button button-secondary" aria-expanded=move || changing.get().to_string()
                    on:click=move |_| changing.update(|c| *c = !*c)>{need_words.change}</button>
                {(open || trusted).then(|| view! {
                    <button type="button" class="button button-secondary" aria-expanded=move || extending.get().to_string()
                        on:click=move |_| extending.update(|c| *c = !*c)>{need_words.extend}</button>
                })}
                {if open {
                    view! {
                        <button type="button" class="button button-secondary" on:click=move |_| set_status(NeedStatus::Filled)>{need_words.filled}</button>
                        <button type="button" class="button button-secondary" on:click=move |_| set_status(NeedStatus::Closed)>{need_words.close}</button>
                    }.into_any()
                } else {
                    trusted.then(|| view! {
                        <button type="button" class="button button-secondary" on:click=move |_| set_status(NeedStatus::Open)>{need_words.reopen}</button>
                    }).into_any()
                }}
            </div>
            {move || extending.get().then(|| view! {
                <div class="field">
                    <label for=extend_id.clone()>{need_words.extend_to}</label>
                    <input id=extend_id.clone() type="date" prop:value=move || new_day.get()
                        on:input=move |e| new_day.set(event_target_value(&e))/>
                    <button type="button" class="button" on:click=extend>{need_words.save}</button>
                </div>
            })}
            {move || changing.get().then(|| view! {
                <NeedForm words need_words network_id=form_network.clone() need=Some(need_id.clone())
                    input=input.clone() open=changing done/>
            })}
            <h5>{need_words.answers}</h5>
            <p class="hint">{need_words.answers_hint}</p>
            {answers.is_empty().then(|| view! { <p>{need_words.no_answers}</p> })}
            <ul class="answers">
                {answers.into_iter().map(|answer| view! {
                    <Answer words need_words network_id=network_id.clone() answer done failed/>
                }).collect_view()}
            </ul>
        </li>
    }
}

/// One answer: who, how to reach them, languages and times, and the first contact to mark.
#[component]
fn Answer(
    words: &'static Words,
    need_words: &'static NeedWords,
    network_id: String,
    answer: NetworkAnswer,
    done: impl Fn(&'static str) + Copy + Send + Sync + 'static,
    failed: impl Fn(Failure) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let path = format!("/api/netzwerk/networks/{network_id}/answers/{}", answer.id);
    let mark = move |state: FirstContact| {
        let path = path.clone();
        spawn_local(async move {
            let body = FirstContactMark { state };
            match client::call::<NetworkAnswer>("POST", &path, Some(&body)).await {
                Ok(_) => done(need_words.changed),
                Err(failure) => failed(failure),
            }
        });
    };
    let mark = StoredValue::new(mark);
    let via = match answer.contact_via {
        ContactVia::Email => need_words.by_mail,
        ContactVia::Phone => need_words.by_phone,
    };
    let mut languages: Vec<String> = answer
        .languages
        .iter()
        .map(|code| model::language::name_de(code).to_string())
        .collect();
    languages.extend(answer.languages_other.clone());
    let times = needs_words::times(need_words, &answer.availability);
    let state = answer.first_contact;
    let button = move |target: FirstContact, label: &'static str| {
        view! {
            <button type="button" class="button button-secondary" aria-pressed=(state == Some(target)).to_string()
                on:click=move |_| mark.with_value(|mark| mark(target))>{label}</button>
        }
    };
    view! {
        <li class=if answer.waiting { "answer answer-waiting" } else { "answer" }>
            <p><strong>{answer.name.clone()}</strong>" – "{via}": "
                <a href=contact_href(&answer)>{answer.contact.clone()}</a></p>
            <p class="meta">{format!("{}: {} · {}: {} · {} {}", need_words.languages, languages.join(", "),
                need_words.times, times, need_words.answered_on, words::day(words, &answer.answered_at))}</p>
            <p class="meta"><span class="badge">{needs_words::first_contact(need_words, state)}</span></p>
            <div class="card-actions">
                {button(FirstContact::Contacted, need_words.contacted)}
                {button(FirstContact::Fits, need_words.fits)}
                {button(FirstContact::NoFit, need_words.no_fit)}
            </div>
        </li>
    }
}

#[component]
fn Proposals(
    words: &'static Words,
    need_words: &'static NeedWords,
    proposals: Vec<OwnNeedProposal>,
) -> impl IntoView {
    let shown: Vec<OwnNeedProposal> = proposals
        .into_iter()
        .filter(|p| p.status != ProposalStatus::Accepted)
        .collect();
    (!shown.is_empty()).then(|| view! {
        <h4>{need_words.proposals}</h4>
        <ul class="proposals">
            {shown.into_iter().map(|p| {
                let kind = if p.need_id.is_some() { need_words.proposal_change } else { need_words.proposal_new };
                let outcome = match p.status {
                    ProposalStatus::Declined => format!("{} ({} {})", words.declined, words.reason, p.reason.clone().unwrap_or_default()),
                    _ => words.waiting.to_string(),
                };
                view! { <li>{format!("{kind} „{}“, {} {}: {outcome}", p.proposed.title, words.proposed_on, words::day(words, &p.created_at))}</li> }
            }).collect_view()}
        </ul>
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(via: ContactVia, contact: &str, waiting: bool) -> NetworkAnswer {
        NetworkAnswer {
            id: "r".into(),
            name: "Olena".into(),
            contact_via: via,
            contact: contact.into(),
            languages: vec!["uk".into()],
            languages_other: None,
            availability: vec!["by-arrangement".into()],
            answered_at: "2027-01-02T10:00:00Z".into(),
            first_contact: None,
            first_contact_at: None,
            waiting,
        }
    }

    #[test]
    fn a_volunteer_is_reached_the_way_they_chose() {
        assert_eq!(
            contact_href(&answer(ContactVia::Phone, "0531 123-456", false)),
            "tel:0531123456"
        );
        assert_eq!(
            contact_href(&answer(ContactVia::Email, "o@example.org", false)),
            "mailto:o@example.org"
        );
    }

    #[test]
    fn answers_waiting_too_long_come_first_with_their_need() {
        let need: Need = serde_json::from_value(serde_json::json!({
            "id": "n", "slug": "n", "network": "net", "network_name": "Net", "title": "Sprachpatin",
            "description": "d", "activity": "patenschaften", "languages": [], "district": null,
            "place": null, "when": null, "slots": [], "people": null, "valid_until": "2027-03-31",
            "content_lang": "de", "status": "open", "created_at": "t", "updated_at": "t"
        }))
        .unwrap();
        let own = OwnNeeds {
            trusted: false,
            needs: vec![OwnNeed {
                need,
                expired: false,
                answers: vec![
                    answer(ContactVia::Email, "a@example.org", true),
                    answer(ContactVia::Email, "b@example.org", false),
                ],
            }],
            proposals: vec![],
        };
        assert_eq!(waiting_lines(&own), ["Olena („Sprachpatin“)"]);
    }
}
