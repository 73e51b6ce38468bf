site-title = Volunteer Network Map Braunschweig
map-heading = Volunteering for refugees in Braunschweig
map-intro = Choose your district to see which networks are there and how you can join in.
map-region = Map
map-loading = Loading the map …
map-label = Map of the districts of Braunschweig
map-attribution = Map data: © OpenStreetMap contributors, ODbL. District borders simplified, not official.
all-districts = All districts
network-count = { $count ->
    [0] no networks
    [one] 1 network
   *[other] { $count } networks
}
found-count = { $count ->
    [0] No networks found.
    [one] 1 network found.
   *[other] { $count } networks found.
}
district-missing = This district does not exist
district-close = Close the district, back to the map
district-lead = Networks in this district and offers for the whole city.
join-here = Join in here

filter-label = Filter networks
filter-activity = Activity
filter-all-activities = All activities
filter-language = Language
filter-all-languages = All languages
filter-search = Search
filter-search-example = e.g. garden, advice
filter-submit = Filter

not-confirmed = not confirmed
not-confirmed-hint = From public sources, not yet checked by the coordination office.
confirmed-on = Last confirmed on { $date }
confirmed-by-coordination = Last confirmed on { $date } by the coordination office
confirmed-by-network = Last confirmed on { $date } by the network
citywide = Whole city
activities = Activities
languages = Languages
languages-none = not stated
details = Details
source-line = Source: { $source }, { $stand }
source-network = Information from the network itself
stand-unknown = date unknown
stand = as of { $stand }
organiser = Run by
place = Place
phone = Phone
email = Email
website = Website
source = Source
last-changed = Last changed
not-confirmed-note = This information comes from public sources and has not yet been confirmed by the coordination office. The coordination office can tell you whether the network is still active.
save-contact = Save contact
route = Directions
network-missing = Network not found
network-missing-text = This network does not exist (any more).
page-missing = Page not found
page-missing-text = This page does not exist.

offline-note = Offline – information as of { $time }

about-heading = About the coordination office
about-concept = On 15 March 2016 the City Council of Braunschweig unanimously adopted the “Concept for the Integration of Refugees”. Since 1 April 2016 the Department 50.2 Migration and Integration has been putting it into practice. Since 9 May 2016 the INTEGRATION steering group has guided the work, and a round table supports it.
about-role = The coordination office “Volunteering for the Integration of Refugees” links the work in the districts: it coordinates activities and integration projects through the local networks and supports the commitment of institutions, associations and clubs. Where a neighbourhood had no network yet, the city set up a round table.
about-figures = Our figures for the Steuerungskreis and the Runder Tisch
about-missing-heading = Is a network missing?
about-missing = The information on the map comes from public sources. The coordination office checks it step by step; checked entries are marked “confirmed”. Is your network missing, or is something wrong? Contact the coordination office: it will add the network or correct the entry.
contact-heading = Contact
contact-intro = Questions about volunteering or about a network? The city’s coordination office is happy to help.

# Current needs ("Gesuche"): what a network is looking for now.
need-count = { $count ->
    [0] no requests
    [one] 1 request
   *[other] { $count } requests
}
needs-found = { $count ->
    [one] 1 request found.
   *[other] { $count } requests found.
}
needs-recent = Help wanted now
needs-recent-none = There are no open requests right now. You can still sign up for your district.
needs-heading = Current requests
need-badge = Request
need-until = until { $date }
need-wanted-until = Wanted until { $date }
need-help = I'll help
need-city = The city's coordination office
need-asker = Who is asking
need-when = When
need-people-label = Wanted
need-people = { $count ->
    [one] 1 person
   *[other] { $count } people
}
need-languages = These languages are welcome
need-district = District
need-missing = Request not found
need-missing-text = This request does not exist (any more). Perhaps it has already been filled.
stale = Information may be out of date
stale-note = Nobody has confirmed this information for a long time. If in doubt, ask.
source-suggestion = Suggested by the network
claim-link = Is this your network? Request access
suggest-link = Suggest a network
