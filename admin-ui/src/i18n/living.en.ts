/** English texts of "living in it" (events, mail choices, agendas, invitations, documents): spread into en.ts. */
export const livingResourcesEn = {
  "events": {
    "name": "Event |||| Events",
    "page": {
      "create": "New event",
      "edit": "%{recordRepresentation}",
      "show": "%{recordRepresentation}"
    },
    "fields": {
      "networkId": "Network",
      "amapId": "AMAP",
      "kind": "Kind of event",
      "title": "Title",
      "description": "About",
      "startsAt": "Start",
      "endsAt": "End",
      "timeZone": "Time zone",
      "location": "Place",
      "videoUrl": "Video link",
      "seats": "Seats",
      "status": "Status",
      "from": "From",
      "registeredCount": "Registered",
      "waitingCount": "Waiting"
    }
  }
};

export const livingEn = {
  "menu": {
    "events": "Events",
    "notifications": "My notifications",
    "agendas": "Online calendar",
    "invitations": "Invitations"
  },
  "zones": {
    "paris": "Mainland France (Paris)",
    "reunion": "La Réunion",
    "guadeloupe": "Guadeloupe",
    "martinique": "Martinique",
    "guyane": "French Guiana",
    "mayotte": "Mayotte",
    "noumea": "New Caledonia",
    "tahiti": "French Polynesia"
  },
  "events": {
    "myTitle": "Events",
    "none": "No coming event for now.",
    "noScope": "Choose a network to see its events.",
    "kinds": {
      "training": "Training",
      "general_assembly": "General assembly",
      "work_day": "Work day",
      "farm_visit": "Farm visit",
      "other": "Gathering"
    },
    "status": {
      "scheduled": "Scheduled",
      "cancelled": "Cancelled"
    },
    "when": "Date and time",
    "where": "Place or video call",
    "descriptionHelp": "Who it is for, the programme, what to bring.",
    "locationHelp": "Leave empty for a remote event.",
    "videoHelp": "Given to the people registered, starts with https://",
    "seatsHelp": "Empty: no limit. Beyond, a waiting list.",
    "remote": "Remote",
    "video": "Video link",
    "myAmap": "My AMAP",
    "network": "Network",
    "openSeats": "No limit of seats",
    "seatsLeft": "%{smart_count} seat left of %{seats} |||| %{smart_count} seats left of %{seats}",
    "fullWaiting": "Full: %{smart_count} person on the waiting list |||| Full: %{smart_count} people on the waiting list",
    "taken": "%{taken} registered of %{seats} seats",
    "takenUnlimited": "%{smart_count} registered |||| %{smart_count} registered",
    "waitingCount": "%{smart_count} waiting |||| %{smart_count} waiting",
    "register": "Register",
    "registerWaiting": "Join the waiting list",
    "unregister": "Cancel my registration",
    "leaveWaiting": "Leave the waiting list",
    "youAreRegistered": "You are registered.",
    "youAreWaiting": "You are no. %{position} on the waiting list: a freed seat goes to you, you will be told by e-mail.",
    "registeredDone": "Registration confirmed",
    "waitingDone": "It is full: you are no. %{position} on the waiting list",
    "unregisteredDone": "Registration cancelled",
    "registrations": "Registered",
    "waitingList": "Waiting list",
    "nobody": "Nobody has registered yet.",
    "nobodyWaiting": "Nobody is waiting for a seat.",
    "rank": "No.",
    "name": "Name",
    "registeredOn": "Registered on",
    "since": "since %{date}",
    "promoted": "Seat freed",
    "present": "Attended",
    "presentOf": "%{name} attended",
    "saveAttendance": "Save attendance",
    "attendanceSaved": "Attendance saved",
    "participantsCsv": "Participants (spreadsheet)",
    "cancelEvent": "Cancel the event",
    "cancelTitle": "Cancel “%{title}”?",
    "cancelContent": "It stays listed as cancelled; registrations are kept.",
    "cancelled": "Event cancelled"
  },
  "notifications": {
    "title": "My notifications",
    "help": "Choose the messages you receive by e-mail. Each message also has a link to stop that kind in one click.",
    "kinds": "Messages received",
    "language": "Language of the messages",
    "fr": "French",
    "en": "English",
    "saved": "Your choices are saved",
    "always": "Invitations and password changes are always sent."
  },
  "agendas": {
    "title": "Online calendar",
    "member": "Your distributions (what you collect) and your duties, in the calendar of your phone or computer.",
    "amap": "The AMAP's distributions, in the calendar of your phone or computer.",
    "farm": "The farm's deliveries in every AMAP, in the calendar of your phone or computer.",
    "howTo": "To subscribe: in your calendar app (Google Calendar, Apple Calendar, Thunderbird, Outlook…), choose “Add calendar from URL” or “Subscribe to calendar”, then paste the address. The calendar then updates by itself.",
    "none": "You have no calendar address yet.",
    "create": "Create my calendar address",
    "created": "Address created",
    "address": "Calendar address",
    "shownOnce": "Copy this address now: it will not be shown again.",
    "copy": "Copy the address",
    "copied": "Address copied",
    "active": "A calendar address has been active since %{date}.",
    "regenerate": "Change the address",
    "regenerated": "New address created: the old one no longer works",
    "revoke": "Switch the address off",
    "revokeTitle": "Switch this calendar address off?",
    "revokeContent": "Calendars subscribed to this address will no longer update.",
    "revoked": "Address switched off",
    "secret": "Anyone who knows this address sees this calendar: do not publish it. If it has been passed around, change it."
  },
  "invitations": {
    "title": "Invitations",
    "adminsOnly": "Only the AMAP's administrators send invitations.",
    "email": "E-mail address",
    "firstName": "First name",
    "lastName": "Last name",
    "template": "Contract",
    "farm": "Farm",
    "amap": "AMAP",
    "send": "Send the invitation",
    "sent": "Invitation sent to %{email}",
    "referent": "Invite a référent",
    "referentHelp": "They will follow this contract: its subscriptions, cheques and recaps.",
    "farmer": "Invite the farmer of a partner farm",
    "farmerHelp": "For a farm with a contract with the AMAP: its contracts, countersignatures and recaps.",
    "amapAdmin": "Invite an AMAP's first administrator",
    "amapAdminHelp": "They will run the AMAP and can invite others in turn.",
    "networkFarmer": "Invite a farm's farmer",
    "networkFarmerHelp": "They will keep their farm's profile and follow its contracts in every AMAP.",
    "members": "Invite the members who have no account",
    "membersHelp": "After importing the member list: everyone of the households with an e-mail address and no account yet gets a link to choose their password.",
    "membersButton": "Invite every member without an account",
    "membersConfirm": "An invitation goes to every member with an address and no account yet. The others receive nothing.",
    "membersGo": "Send the invitations",
    "membersDone": "%{smart_count} invitation sent |||| %{smart_count} invitations sent",
    "membersNone": "No invitation to send: every member with an address already has an account."
  },
  "contract": {
    "pdf": "Contract (PDF)"
  },
  "files": {
    "failed": "The download failed: try again."
  }
};
