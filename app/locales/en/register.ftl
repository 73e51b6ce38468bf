register-title = Join in – Volunteer Network Map Braunschweig
register-heading = Join in
register-lead = Great that you want to help! The coordination office will put you in touch with a network near you. You can leave the message, the network and the fields marked “optional” empty.
answering-need = I am answering the request:
network-contact = The network may contact me directly:
network-contact-hint = The network then sees your name, your email address or phone number (as you want to be contacted), your languages and times – nothing else. Without the tick, the coordination office gets in touch. You can take this back on your page at any time.
field-name = Name
field-email = Email
field-phone = Phone (optional)
field-contact-via = How would you like to be contacted?
via-email = Email
via-phone = Phone
field-districts = Districts
field-network = Network
no-network = No particular network
field-interests = Interests
field-languages = Languages you speak
field-languages-other = Other languages (optional)
field-availability = When do you have time?
by-arrangement = by arrangement
field-message = Message
message-count = { $count } / { $max } characters
hint-special = We do not need any information on health, religion or origin. Please do not write such things here.
consent-before = Consent: I agree that the coordination office stores my details in order to put me in touch with a network. More in the
consent-link = privacy notice
consent-after = .
notify-placed = Send me a short email when you have put me in touch with a network or when a network gets in touch with me.
submit = Send
sending = Sending …
form-no-script = This form cannot be sent without JavaScript. Please call us instead:

check-fields = { $count ->
    [one] Please check one entry.
   *[other] Please check { $count } entries.
}
check-marked = Please check the marked entries.
too-many = Too many registrations came from this connection just now. Your details are saved. We will send them again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.
offline-kept = No connection. Your details are saved and will be sent as soon as you are online again.
refused = That did not work: { $reason }
server-busy = The server is not answering right now. Your details are saved and will be sent again soon.
arrived-without-change = Your registration has arrived – but not your later change. Would you like to send the change as a new registration?
key-taken = A registration with other details has already arrived from this form. Would you like to send the details as they are now as a new registration?
send-as-new = Send as a new registration
leave-as-is = No, leave it

err-required = Please fill this in.
err-min-chars = At least { $n } characters.
err-max-chars = At most { $n } characters.
err-hidden-characters = Please remove hidden control characters (often from copying).
err-email-missing = Please enter your email address.
err-email-invalid = Please enter a valid email address, e.g. name@example.com.
err-phone-invalid = Please enter a phone number like 0531 123456.
err-phone-missing = We need your phone number to call you.
err-districts-unknown = Please choose districts from the list only.
err-network-unknown = This network does not exist.
err-need-unknown = This request is no longer open. Untick the request to sign up anyway.
err-district-or-network = Please choose at least one district or a network.
err-interests-twice = Please choose each interest only once.
err-languages-unknown = Please choose languages from the list only.
err-languages-missing = Please choose at least one language.
err-availability-missing = Please tell us when you have time.
err-availability-unknown = Please choose times from the list, or “by arrangement”.
err-consent = Please agree to the processing of your details.
err-consent-version = Please reload the page: the privacy notice has changed.
err-network-contact = This permission only works with a network's request. Please remove the tick.
err-invalid = Please check this entry.

thanks-heading = Thank you!
thanks-received = The coordination office has received your registration. We will get in touch the way you asked and put you in touch with a suitable network.
thanks-privacy = The coordination office works with your details – and the network of the request, if you allowed it to; they are never shown publicly. They are deleted after { $months } months, or earlier if you wish. More about this in the
thanks-back = Back to the map
thanks-mail = We are sending you an email, expected by { $time }. Please confirm your registration with the link in it: only then can the coordination office see your details.
thanks-resend = Send the email again
thanks-resent = The email is on its way again, expected by { $time }. Please also look in your spam folder.
thanks-link = Your personal link: with it you can see, change or delete your details at any time. Please save it, for example as a bookmark – we cannot give it to you again.
thanks-link-open = View my registration

