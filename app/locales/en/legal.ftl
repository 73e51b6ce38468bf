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
privacy-intro = This page explains what data the City of Braunschweig processes when you use this website, register to join in or report a barrier: what, why, for how long, who sees it and what rights you have (Art. 13 General Data Protection Regulation, GDPR).
privacy-controller-heading = Who is responsible
privacy-controller = The controller is { $operator }, represented by { $representative }, { $address }. The coordination office “Volunteering for the Integration of Refugees” is in charge of this map (contact below).
privacy-dpo-heading = Data protection officer
privacy-dpo = You can reach the data protection officer of the City of Braunschweig like this: { $dpo }
privacy-visit-heading = When you open the website
privacy-visit = To deliver the pages to you and to fend off attacks, the service processes technical data: your IP address, the time, the address you opened, your browser and your operating system. The website sets no cookies for you except one: when you choose a language, your browser gets the cookie “sprache”. It contains only that language and is kept for one year, so that the next pages open in your language right away; you can delete it there at any time. The website loads nothing from other providers: no fonts, no maps, no statistics. A form you have started is stored only in your browser, so that nothing gets lost. Legal basis: { $basis_visit }.
privacy-register-heading = When you register to join in
privacy-register = We store your name, your email address, your phone number (if you give it), how you would like to be contacted, the districts or the network you chose, the request you are answering (if you came from one), your interests and languages, when you have time, your message, and the time and version of your consent. This lets the coordination office contact you and put you in touch with a suitable network. The legal basis is your consent (Art. 6(1)(a) GDPR).
privacy-limit = To prevent misuse, we count registrations and reports per internet connection for 10 minutes. For this we do not store your IP address, only an encrypted check value, and delete it afterwards, at the latest the next day.
privacy-own-link = After registering you get a personal link. With it you can see everything we have stored about you at any time, change your contact details and interests, and withdraw your registration: we then delete it at once. After that, the coordination office's log only records that a registration was withdrawn, without any details about you. Anyone who has the link can see your details: do not pass it on.
privacy-mail-heading = Emails
privacy-mail = If the city has switched on sending emails, we send you an email with your personal link after you register, in the language you filled in the form in. Your registration only counts once you confirm it with this link; until then the coordination office cannot see it, and if you do not confirm it, we delete it 7 days after the email was sent, at the latest 30 days after you registered. Cloudflare sends the emails on our behalf. No email contains what anyone wrote into a form, not even your name. An email is stored only until it is sent; if a confirmation email cannot be delivered, the coordination office only sees that there is one, not the address. So that no one can flood a mailbox with emails, a mailbox gets at most 3 confirmation emails a day (capital letters and an addition with “+” do not count); further registrations with the same address come together in the next email. For this we count the emails sent per mailbox, only as an encrypted check value, and delete the count after 2 days. If you change your email address on your page, the new one only counts once you confirm it with the link in an email to it; until then we store it beside the old one, and the old address gets a short notice.
privacy-feedback-heading = When you report a barrier
privacy-feedback = We store your message and, if you give it, your email address, so that we can remove the barrier and reply to you. Legal basis: { $basis_feedback }.
privacy-staff-heading = Sign-in of the staff
privacy-staff = When staff of the coordination office sign in, their browser gets a technically necessary session cookie. We store their name, the start and last use of the session and an encrypted check value. A session ends 8 hours after its last use, at the latest 12 hours after signing in, and is deleted by the next day at the latest. We count failed sign-ins for 10 minutes, only as an encrypted check value of the internet connection. Sign-ins and sign-outs are recorded with name and time in the coordination office's log. We keep the log for { $audit_retention_days } days; the daily deletion run removes older entries.
privacy-staff-mail = Staff can give an email address for a daily overview. It contains only numbers (new registrations per district, answers to requests, emails that could not be delivered or are waiting), never details about volunteers. The address is deleted when their access ends; an overview that could not be delivered after 7 days.
privacy-who-heading = Who sees your data
privacy-who = Only the staff of the coordination office. None of it is shown on the map or anywhere else in public. We pass your contact details on to a network only after you have agreed.
privacy-processor-heading = Processing on our behalf and storage location
privacy-processor = The website runs on Cloudflare, Inc. (USA). Cloudflare processes the data on our behalf, under a data processing agreement (Art. 28 GDPR). The database with registrations and reports is stored in data centres in the European Union. The website itself and its logs run on Cloudflare’s worldwide network: your request may also be handled in a data centre outside the EU.
privacy-transfer-heading = Transfers outside the EU
privacy-transfer = Because Cloudflare is a company in the USA, data may reach the USA or other countries outside the EU. The basis for this: { $transfer_safeguard }
privacy-how-long-heading = How long
privacy-how-long = We delete registrations automatically { $registration_months } months after they arrive, and barrier reports after { $feedback_months } months, or earlier if you wish. Logs of the service: { $log_retention }.
privacy-voluntary-heading = Voluntary
privacy-voluntary = Giving your details is voluntary. You can use the map without giving any details. But without your name and an email address or phone number we cannot reach you: then you cannot register to join in. You can also report a barrier without an email address; we just cannot reply to you then.
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
accessibility-intro = The City of Braunschweig wants everyone to be able to use this website. It follows the Niedersächsisches Behindertengleichstellungsgesetz (NBGG, Lower Saxony Disability Equality Act) and the Niedersächsische Barrierefreie-Informationstechnik-Verordnung (NBITVO, Lower Saxony Accessible IT Regulation). This statement applies to the Volunteer Network Map Braunschweig ({ $site }).
accessibility-status-heading = How accessible is the website?
accessibility-status-partial = The website partly meets the requirements of WCAG 2.1 at level AA and of the standard EN 301 549. The parts that are not yet accessible are listed below.
accessibility-status-full = The website fully meets the requirements of WCAG 2.1 at level AA and of the standard EN 301 549.
accessibility-gaps-heading = What is not yet accessible
accessibility-gap-manual = A check by experts using assistive technology such as screen readers has not been done yet. Until then, we do not know for sure whether everything works well with it.
accessibility-gap-sources = The descriptions of the networks come from public sources and are only in German.
accessibility-gap-easy = In Easy Language (Leichte Sprache) there is so far only one page with the most important information.
accessibility-gap-sign = There are no videos in German Sign Language yet.
accessibility-method-heading = How we checked this
accessibility-method = This statement is as of { $date }. It is based on a self-assessment. With every change, automatic tests check every page in Chromium, in German and in Arabic: with axe-core (all rules for WCAG 2.1 A and AA), use with the keyboard only, touch targets of at least 44 × 44 pixels, a width of 320 pixels without sideways scrolling, and zoom to 200 %. A check by hand, including with screen readers, has not been done yet.
accessibility-report-heading = Report a barrier
accessibility-report-intro = Have you noticed something you cannot use well? Write to us. We will reply if you give an email address.
accessibility-report-other = You can also report a barrier this way: { $contact }
accessibility-enforcement-heading = Conciliation procedure
accessibility-enforcement = If you do not get a satisfactory answer to your report, you can turn to the conciliation body. The procedure costs nothing, and you do not need a lawyer. { $schlichtungsstelle }

## The "Barriere melden" form

feedback-message = What did you notice?
feedback-message-hint = For example: which page, what you wanted to do, what did not work.
feedback-email = Email address (optional)
feedback-email-hint = Only if you would like a reply.
feedback-privacy = Only the staff of the coordination office see your message. More about this in the privacy notice.
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
