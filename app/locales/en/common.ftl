skip-link = Skip to content
brand-name = Volunteer Network Map
main-menu = Main menu
nav-about = About
nav-contact = Contact
footer-org = Volunteering Coordination Office, City of Braunschweig
phone-label = Tel.
footer-menu = More pages
footer-about = About the coordination office
footer-privacy = Privacy
language-menu = Language

contact-phone = Phone
contact-fax = Fax
contact-visit = Visitor address
contact-post = Postal address
contact-hours = Opening hours
contact-hours-value = By appointment

loading = Loading …
load-failed = The data could not be loaded.
retry = Try again
call-instead = You can also reach the coordination office by phone:
error-offline = No connection. Please check your internet connection.
error-unreadable = The data could not be read.
error-server = Something went wrong on the server. Please try again later.
error-not-found = This does not exist here.
back-to-map = To the map

activity-sprachcafe = Language café / learning German
activity-patenschaften = Mentoring / accompanying people
activity-hausaufgabenhilfe = Homework help
activity-beratung = Advice
activity-freizeit = Leisure / sport / culture
activity-sachspenden = Donations in kind
activity-begegnung = Meeting place
activity-kinder-familien = Children and families

language-de = German
language-en = English
language-ar = Arabic
language-fa = Persian/Dari
language-uk = Ukrainian
language-ru = Russian
language-tr = Turkish
language-fr = French
language-ku = Kurdish
