## The e-mails the Worker sends (in the language the form was filled in) and the page
## /anmeldung, where a volunteer sees, corrects or withdraws their registration.

mail-confirm-subject = Please confirm your registration
mail-greeting = Hello { $name },
mail-confirm-intro = Thank you for wanting to volunteer in Braunschweig! Please confirm your registration with this link:
mail-confirm-button = Confirm registration
mail-link-keep = With the same link you can always see what we have stored about you. There you can change your details or withdraw your registration. So please keep this email.
mail-unconfirmed = If you do not confirm, we will delete your details after 7 days.
mail-not-you = You did not register? Then you do not need to do anything.
mail-signature = Coordination office “Volunteering for the Integration of Refugees” („Ehrenamt zur Integration von Flüchtlingen“), City of Braunschweig, phone 0531 4705091

own-title = Your registration
own-description = Your registration as a volunteer: view, confirm, change or withdraw it.
own-loading = Loading your registration …
own-no-script = This page needs JavaScript. You can also call us: 0531 4705091.
own-missing = This link is incomplete, or the registration no longer exists. Please check the link, or call us: 0531 4705091.
own-confirm-heading = Please confirm your registration
own-confirm-lead = Only then can the coordination office see your details. If you do not confirm, we will delete them after 7 days.
own-confirm = Confirm registration
own-confirmed = Thank you! Your registration is confirmed.
own-keep = Keep this link: with it you can see, change or delete your details at any time.
own-data-heading = What we have stored about you
own-registered = Registered on
own-confirmed-at = Confirmed on
own-not-confirmed = not confirmed yet
own-consent = Consent
own-consent-value = on { $date }, version { $version } of the privacy notice
own-mail-language = Language of the emails
own-status = Status
own-status-new = New: we will get in touch with you soon.
own-status-contacted = We have contacted you.
own-status-placed = Put in touch with a network.
own-status-closed = Closed.
own-placed = Put in touch with
own-note = Note from the coordination office
own-no-note = No note. We are happy to tell you by phone what else we know about you: 0531 4705091.
own-edit-heading = Change details
own-save = Save changes
own-saved = Your changes have been saved.
own-withdraw-heading = Withdraw registration
own-withdraw-lead = We will then delete all your details at once. This cannot be undone.
own-withdraw = Withdraw registration
own-withdraw-sure = Yes, delete all my details now
own-withdrawn = Your registration has been deleted. Thank you for your interest! You can register again at any time.
own-failed = That did not work. Please try again.
own-check = Please check the marked fields.
