# The pages a German city must publish: Impressum, privacy notice, accessibility statement,
# and the "Barriere melden" form. xtask renders them as static HTML at build time (readable
# without JavaScript). Variables in { $… } come from config/site.toml or wrangler.toml.

binding-note = This is a translation. The German version is the binding one.
binding-link = German version
other-pages = More pages

## Impressum

impressum-title = Legal notice – Volunteer Network Map Braunschweig
impressum-description = Who provides this website and how you can reach us.
impressum-heading = Legal notice (Impressum)
impressum-intro = Information according to § 5 Digitale-Dienste-Gesetz (DDG, Digital Services Act) and § 18 Medienstaatsvertrag (MStV, Interstate Media Treaty).
impressum-provider-heading = Provider
impressum-represented = Represented by: { $representative }
impressum-contact-heading = Contact
impressum-phone = Phone: { $phone }
impressum-email = Email: { $email }
impressum-office-heading = Responsible for this map
impressum-office = The map is run by the coordination office “Volunteering for the Integration of Refugees”. This is how you can reach it:
impressum-authority-heading = Supervisory authority
impressum-vat-heading = VAT identification number
impressum-content-heading = Responsible for the content according to § 18(2) MStV
impressum-networks-heading = About the networks
impressum-networks = The information about the volunteer networks comes from public sources. Each entry names its source and its date. As long as the coordination office has not confirmed an entry, it says “not confirmed”. The providers of linked pages are responsible for their content.
impressum-map-heading = Map data
impressum-map = The borders of the city districts are based on data from OpenStreetMap: © OpenStreetMap contributors, licence: Open Database License (ODbL). They are simplified and not official.

## Datenschutz

privacy-title = Privacy – Volunteer Network Map Braunschweig
privacy-description = What data the network map processes, why, for how long, and what rights you have.
privacy-heading = Privacy notice
privacy-intro = This page explains what data the City of Braunschweig processes when you use this website, register to join in or report a barrier: what, why, on what legal basis, for how long, who sees it and what rights you have (Art. 13 General Data Protection Regulation, GDPR).
privacy-controller-heading = Who is responsible
privacy-controller = The controller is { $operator }, represented by { $representative }, { $address }. The coordination office “Volunteering for the Integration of Refugees” is in charge of this map (contact below).
privacy-dpo-heading = Data protection officer
privacy-dpo = You can reach the data protection officer of the City of Braunschweig like this: { $dpo }
privacy-visit-heading = When you open the website
privacy-visit = To deliver the pages to you and to fend off attacks, the service processes technical data: your IP address, the time, the address you opened, your browser and your operating system. The website loads nothing from other providers: no fonts, no maps, no statistics. Legal basis: { $basis_visit }.
privacy-browser-heading = What is stored in your browser
privacy-browser-intro = The website stores only what it needs for a function that you use yourself (§ 25(2) no. 2 TDDDG, Telecommunications Digital Services Data Protection Act). None of it is used for statistics or advertising. You can delete all of it in your browser's settings (“site data”).
privacy-browser-cookie = The cookie “sprache”: it is only created when you choose a language in the language menu on a page of this website. It contains only that language and is kept for one year, so that the next pages open in your language right away. A link that has a language in its address does not set it.
privacy-browser-offline = A copy for when you are out and have no connection: a helper program of the website (Service Worker) stores the pages you open, their files and the public information loaded last (districts, networks, requests). This lets you read the map even without a connection. The copy contains no information about you; each new version of the website replaces it.
privacy-browser-draft = Your draft of the “Join in” form: what you type stays in your browser's storage (Local Storage), so that nothing gets lost and your registration can be sent again by itself if the connection drops. As soon as your registration has arrived, the draft is deleted; if you changed the form while it was being sent, only once you have decided what should happen with the change. If you do not send it, it stays in your browser until you delete it there. The response for the thank-you page stays only in this tab (Session Storage) until you close it; if sending emails is switched off, it contains your personal link.
privacy-register-heading = When you register to join in
privacy-register = We store your name, your email address, your phone number (if you give it), how you would like to be contacted, the districts or the network you chose, the request you are answering (if you came from one), your interests and languages, when you have time, your message, the language of the form, and the time and version of your consent. Added to this is what the coordination office enters: the status of putting you in touch with a network, the network it puts you in touch with, and a note that you see on your page. And technical identifiers: a key of your personal link and checksums, so that a registration does not arrive twice. This lets the coordination office contact you and put you in touch with a suitable network. The legal basis is your consent (Art. 6(1)(a) GDPR).
privacy-required = To register, we need:
privacy-required-name = your name
privacy-required-email = your email address
privacy-required-districts = at least one district or a network
privacy-required-languages = at least one language you speak
privacy-required-availability = when you have time (or “by arrangement”)
privacy-required-consent = your consent
privacy-required-call = We only need your phone number if you would like a call. All other details are voluntary.
privacy-special = To register, we do not need any information about your health, religion or origin; this is also stated at the fields for free text. If you do write something like that in a message, we only process it together with that message and delete it along with it. Legal basis for this: { $basis_special }.
privacy-limit = To prevent misuse, we count registrations and reports per internet connection for 10 minutes. For this we do not store your IP address, only a pseudonymised check value (a hash made with a secret key) together with the ID number of the registration or report, and delete both afterwards, at the latest the next day, even if you withdraw your registration before then. Legal basis: { $basis_protection }.
privacy-own-link = After registering you get a personal link. With it you can see your details, the status of putting you in touch with a network and the coordination office's note at any time, change your contact details and interests, and withdraw your registration: we then delete it at once, together with all emails waiting for it. After that, the coordination office's log keeps only the ID number of your registration and what happened to it (for example being put in touch with a network, or the withdrawal), without name and without contact details, until the retention period of the log ends. Anyone who has the link can see your details: do not pass it on.
privacy-mail-heading = Emails
privacy-mail = After you register, we send you an email with your personal link, in the language you filled in the form in. Your registration only counts once you confirm it with this link; until then the coordination office does not include it in its lists, and if you do not confirm it, we delete it { $unconfirmed_days } days after the email was sent, at the latest { $unconfirmed_max_days } days after you registered. You get further emails when you request a new link, give a new address or, if you asked for this in the form, when we have put you in touch with a network. Cloudflare sends the emails on our behalf. No email contains what anyone wrote into a form, not even your name. The legal basis is your consent to the registration (Art. 6(1)(a) GDPR).
privacy-mail-outbox = Until it is sent, an email waits in a queue: with your address, the type of email and the link. Once it has been sent, we delete it there. If it cannot be delivered, it remains with the error message until your registration is deleted, and the coordination office sees it in a list: for a confirmation email only that there is one, for the other emails also the address. What remains of an undelivered confirmation email without a registration (only the check value of the mailbox), we delete after { $unconfirmed_days } days.
privacy-mail-limit = So that no one can flood a mailbox with emails, a mailbox gets at most 3 confirmation emails a day (upper and lower case and an addition with “+” make no difference); further registrations with the same address come together in the next email. For this we count the emails sent per mailbox, only as a pseudonymised check value, and delete the count after 2 days. The check value of your mailbox also stays with your registration until it is deleted. Legal basis: { $basis_protection }.
privacy-mail-change = If you change your email address on your page, the new one only counts once you confirm it with the link in an email sent to it; until then, and at the longest until your registration is deleted, we store it beside the old one, and the old address gets a short notice.
privacy-feedback-heading = When you report a barrier
privacy-feedback = We store your message and, if you give it, your email address, so that we can remove the barrier and reply to you. We do not need any information about health, religion or origin for this. Legal basis: { $basis_feedback }.
privacy-staff-heading = Sign-in of the staff
privacy-staff = When staff of the coordination office sign in, their browser gets a technically necessary session cookie and, in the browser's storage, a note that a session exists (without any secret). We store their name, the start and last use of the session and a pseudonymised check value. A session ends 8 hours after its last use, at the latest 12 hours after signing in, and is deleted by the next day at the latest. We count failed sign-ins for 10 minutes, only as a pseudonymised check value of the internet connection. For each access we also store a check value of the access key, when it was created, expires or was blocked and when it was last used, as well as the settings for the overview; this information stays stored even after the access has ended. Sign-ins, sign-outs and every change are recorded with name and time in the coordination office's log. We keep the log for { $audit_retention_days } days; the daily deletion run removes older entries.
privacy-staff-mail = Staff can give an email address for a daily overview. It contains only numbers (new registrations per district, answers to requests, emails that could not be delivered or are waiting), never details about volunteers. The address is deleted when their access ends; an overview that could not be delivered after 7 days.
privacy-staff-basis = Legal basis for this data of the staff: { $basis_staff }.
privacy-editors-heading = Network accesses
privacy-editors = Networks can name people who keep their network's entry up to date. For such a network access we store the name and email address, the language of the invitation, the networks, who in the coordination office gave the access and when, when it was last used, and which version of the terms was accepted when. We store a check value of a sign-in link; each link can be used once, an invitation for 7 days, a later link for 30 minutes. If someone requests a link, we count this for one hour as a pseudonymised check value of the address and of the internet connection. Sessions follow the same rules as for the staff. Suggestions and adopted versions of an entry name the access that suggested them; the log only contains a short code for the access, never the name. An access that has not been used for 12 months ends and is deleted with all its details; if the coordination office ends an access, it is deleted at once. After that, earlier versions only say “former access”.
privacy-editors-mail = We send network accesses the invitation, requested sign-in links and the reason if a suggestion is not adopted. Such an email waits in the outbox together with its link until it has been sent; then it is deleted, as it also is when the access ends. If it cannot be delivered after all attempts, we delete it after 7 days at the latest.
privacy-editors-basis = Legal basis for the data of the network accesses: { $basis_editors }.
privacy-who-heading = Who sees your data
privacy-who = The staff of the coordination office. None of it is shown on the map or anywhere else in public. If the coordination office puts you in touch with a network, it gives that network your name and your contact details so that the network can get in touch with you; you consented to this when you registered.
privacy-who-it = To run the service, { $database_access } can also read the database through the city's account with Cloudflare (the administration interface and the tool “wrangler”).
privacy-who-export = The coordination office can download registrations as a file (CSV), for example for its work within the administration. It deletes such a file at the latest { $export_deletion_days } days after downloading it; this is also stated next to the button for it.
privacy-processor-heading = Processing on our behalf and storage location
privacy-processor = The website runs on Cloudflare, Inc. (USA). Cloudflare processes the data on our behalf, under a data processing agreement (Art. 28 GDPR). The database with registrations and reports is stored in data centres in the European Union. The website itself and its logs run on Cloudflare’s worldwide network: your request may also be handled in a data centre outside the EU.
privacy-transfer-heading = Transfers outside the EU
privacy-transfer = Because Cloudflare is a company in the USA, data may reach the USA or other countries outside the EU. The basis for this: { $transfer_safeguard }
privacy-how-long-heading = How long
privacy-how-long = We delete registrations automatically { $registration_months } months after they arrive, and barrier reports after { $feedback_months } months, or earlier if you wish. Logs of the service: { $log_retention }.
privacy-restore = Whatever we delete is removed from the database at once. So that the database can be restored after an error, Cloudflare keeps every earlier state of the last { $restore_days } days (D1 “Time Travel”, plan { $plan }). For that long, deleted data can still be restored; after that it is deleted for good.
privacy-voluntary-heading = Voluntary
privacy-voluntary = Giving your details is voluntary. You can use the map without giving any details. But without the details for registering listed above we cannot reach you: then you cannot register to join in. You can also report a barrier without an email address; we just cannot reply to you then.
privacy-rights-heading = Your rights
privacy-rights-intro = You have these rights. Write to us or call the coordination office; it costs nothing.
privacy-right-access = Access: what data we hold about you (Art. 15 GDPR).
privacy-right-rectify = Correction of wrong data (Art. 16 GDPR).
privacy-right-erase = Deletion of your data (Art. 17 GDPR). We then delete your registration completely.
privacy-right-restrict = Restriction of processing (Art. 18 GDPR).
privacy-right-portability = Receiving your data in a common format (Art. 20 GDPR).
privacy-right-object = Objection to processing that is based on a public task (Art. 21 GDPR).
privacy-right-withdraw = Withdrawal of your consent, at any time and for the future (Art. 7(3) GDPR). What happened before that remains lawful.
privacy-right-complain = Complaint to the supervisory authority (Art. 77 GDPR): { $authority }
privacy-automated = There are no automated decisions and no profiling.

## Barrierefreiheit

accessibility-title = Accessibility – Volunteer Network Map Braunschweig
accessibility-description = How accessible the network map is, what is still missing and how you can report a barrier.
accessibility-heading = Accessibility statement
accessibility-intro = The City of Braunschweig wants everyone to be able to use this website. It follows the Niedersächsisches Behindertengleichstellungsgesetz (NBGG, Lower Saxony Disability Equality Act) and the Niedersächsische Verordnung über barrierefreie Informationstechnik öffentlicher Stellen (NBITVO, Lower Saxony Regulation on Accessible Information Technology of Public Bodies).
accessibility-scope-heading = What this statement covers
accessibility-scope = This statement applies to the Volunteer Network Map Braunschweig ({ $site }): the map and the pages of the districts, networks and requests, the “Join in” form, the “Your registration” page, the “Report a barrier” form, and the pages Legal notice, Privacy, Accessibility and Easy Language (Leichte Sprache). It also applies to the coordination office's area (/koordination), which only staff use after signing in; it is only in German.
accessibility-status-heading = How accessible is the website?
accessibility-status-full = The website fully meets the requirements of WCAG 2.1 at level AA and of the standard EN 301 549 V3.2.1.
accessibility-status-partial = The website partly meets the requirements of WCAG 2.1 at level AA and of the standard EN 301 549 V3.2.1. The parts that are not accessible are listed below, each with the reason and with another way to the same content.
accessibility-status-none = The website does not meet the requirements of WCAG 2.1 at level AA and of the standard EN 301 549 V3.2.1. The parts that are not accessible are listed below, each with the reason and with another way to the same content.
accessibility-gaps-heading = What is not accessible
accessibility-reason = Reason:
accessibility-alternative = How you can still get the content:
accessibility-gap-sources = The descriptions of the networks and of the requests are only in German and not in Easy Language (Leichte Sprache).
accessibility-gap-sources-reason = The networks write these texts themselves, or they come from their public sources; the city does not translate them so far.
accessibility-gap-sources-alternative = The coordination office will explain any entry to you on the phone. The headings and labels of the entries are available in every language of the website.
accessibility-gap-easy = In Easy Language (Leichte Sprache) there is so far only one page: it explains the map, registering, your data and how to report a barrier.
accessibility-gap-easy-reason = The other pages have not been put into Easy Language yet.
accessibility-gap-easy-alternative = The “Leichte Sprache” page is linked from every page. If you have questions, the coordination office will help you on the phone.
accessibility-gap-sign = There is no information in German Sign Language.
accessibility-gap-sign-reason = Videos in sign language have not been made yet.
accessibility-gap-sign-alternative = You can write to us, by email or fax; we will reply in writing.
accessibility-method-heading = How we checked this
accessibility-method = This statement is as of { $date }. It is based on a self-assessment. With every change, automatic tests check every page in Chromium, in German and in Arabic: with axe-core (all rules for WCAG 2.1 A and AA), use with the keyboard only, touch targets of at least 44 × 44 pixels, a width of 320 pixels without sideways scrolling, and zoom to 200 %. They check the coordination office's area in German.
accessibility-method-manual = A check by hand by experts, including with screen readers, has not been done yet. Until then, we do not know for sure whether everything works well with them.
accessibility-report-heading = Report a barrier
accessibility-report-intro = Have you noticed something you cannot use well? Write to us. We will reply if you give an email address.
accessibility-report-other = You can also report a barrier without this form: by email to { $contact } or by phone on { $phone }.
accessibility-report-ask = In the same way, you can get content that is not accessible in another form, and find out why it is not accessible.
accessibility-enforcement-heading = Conciliation procedure
accessibility-enforcement = If you do not get a satisfactory answer to your report, you can turn to the conciliation body. The procedure costs nothing, and you do not need a lawyer.
accessibility-enforcement-contact = Conciliation body: { $schlichtungsstelle }

## The "Barriere melden" form

feedback-message = What did you notice?
feedback-message-hint = For example: which page, what you wanted to do, what did not work.
feedback-special = We do not need any information on health, religion or origin. Please do not write such things here.
feedback-email = Email address (optional)
feedback-email-hint = Only if you would like a reply.
feedback-privacy = The coordination office handles your message. It is never shown publicly. More about this in the privacy notice.
feedback-submit = Send report
feedback-sending = Sending …
feedback-thanks = Thank you! Your report has arrived.
feedback-failed = That did not work. Please try again later or call us.
feedback-check = Please check the marked fields.
feedback-no-script = The form needs JavaScript. Please feel free to call us.
feedback-error-required = Please describe what you noticed.
feedback-error-too-short = Please write at least { $min } characters.
feedback-error-too-long = Please write at most { $max } characters.
feedback-error-email = Please check the e-mail address, for example name@example.org.
