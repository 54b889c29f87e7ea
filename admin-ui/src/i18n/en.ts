/** English, loaded on demand when the user switches: react-admin's messages plus the domain's words. */
import englishMessages from "ra-language-english";
import type { TranslationMessages } from "ra-core";
import { moveEn } from "./move.en";
import type { domainFr } from "./fr";
import { amapEn } from "../amap/messages";
import { livingEn, livingResourcesEn } from "./living.en";

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

// Same keys as the French messages: the type checker reports a missing one.
export const domainEn: Messages<typeof domainFr> = {
  "living": livingEn,
  "resources": {
    ...livingResourcesEn,
    "networks": {
      "name": "Network |||| Networks",
      "page": {
        "create": "New network",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "id": "Id",
        "q": "Search",
        "name": "Name",
        "shortName": "Short name",
        "level": "Level",
        "parentId": "Parent network",
        "root": "Top-level networks",
        "email": "E-mail",
        "website": "Website",
        "createdAt": "Created",
        "updatedAt": "Updated"
      }
    },
    "amaps": {
      "name": "AMAP |||| AMAPs",
      "page": {
        "create": "New AMAP",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "id": "Id",
        "q": "Search",
        "name": "Name",
        "networkId": "Network",
        "rna": "RNA number",
        "siret": "SIRET",
        "address": "Address",
        "postalCode": "Postal code",
        "city": "City",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "email": "E-mail",
        "phone": "Phone",
        "website": "Website",
        "registrationMode": "Registration",
        "status": "Status",
        "timeZone": "Time zone",
        "createdAt": "Created",
        "updatedAt": "Updated"
      }
    },
    "farms": {
      "name": "Farm |||| Farms",
      "page": {
        "create": "New farm",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "id": "Id",
        "q": "Search",
        "name": "Name",
        "payeeName": "Cheques payable to",
        "siret": "SIRET",
        "address": "Address",
        "postalCode": "Postal code",
        "city": "City",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "email": "E-mail",
        "phone": "Phone",
        "productions": "Productions",
        "labels": "Labels and certifications",
        "status": "Status",
        "networkId": "Network",
        "networkIds": "Networks",
        "createdAt": "Created",
        "updatedAt": "Updated"
      }
    },
    "products": {
      "name": "Product |||| Products",
      "page": {
        "create": "New product",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "q": "Search",
        "farmId": "Farm",
        "name": "Name",
        "unit": "Unit",
        "packaging": "Packaging",
        "pricing": "Pricing",
        "productionType": "Production",
        "active": "Offered"
      }
    },
    "networkMemberships": {
      "name": "Network membership |||| Network memberships",
      "page": {
        "create": "New membership",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "networkId": "Network",
        "year": "Year",
        "memberKind": "Member",
        "amapId": "AMAP",
        "farmId": "Farm",
        "amountCents": "Amount",
        "status": "Status",
        "charterSignedOn": "Charter signed on"
      }
    },
    "networkShareRemittances": {
      "name": "Remittance |||| Remittances",
      "page": {
        "create": "Record a remittance",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "networkId": "Network",
        "amapId": "AMAP",
        "year": "Year",
        "amountCents": "Amount",
        "remittedOn": "Remitted on",
        "reference": "Reference",
        "reason": "Reason",
        "correctsId": "Corrects",
        "from": "From",
        "to": "To"
      }
    },
    "places": {
      "name": "Place |||| Distribution places",
      "page": {
        "create": "New place",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "q": "Search",
        "amapId": "AMAP",
        "name": "Name",
        "address": "Address",
        "postalCode": "Postal code",
        "city": "City",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "hours": "Hours",
        "accessNotes": "Access notes"
      }
    },
    "distributions": {
      "name": "Distribution |||| Distributions",
      "page": {
        "create": "New distribution",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "placeId": "Place",
        "date": "Date",
        "startTime": "Start",
        "endTime": "End",
        "notes": "Notes",
        "status": "Status",
        "from": "From",
        "to": "To"
      }
    },
    "membershipPeriods": {
      "name": "Membership period |||| Membership periods",
      "page": {
        "create": "New period",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "name": "Name",
        "startsOn": "Starts on",
        "endsOn": "Ends on",
        "feeMode": "Fee",
        "feeCents": "Amount",
        "minFeeCents": "Minimum",
        "suggestedFeeCents": "Suggested",
        "networkShareCents": "Network share"
      }
    },
    "contractTemplates": {
      "name": "Contract |||| Contracts",
      "page": {
        "create": "New contract",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "q": "Search",
        "amapId": "AMAP",
        "farmId": "Farm",
        "name": "Name",
        "season": "Season",
        "kind": "Kind",
        "status": "Status",
        "text": "Contract text",
        "payeeName": "Cheques payable to",
        "subscriptionOpensOn": "Subscriptions open on",
        "subscriptionClosesOn": "Subscriptions close on",
        "membershipPeriodId": "Membership required",
        "allowedInstallmentCounts": "Allowed installment counts",
        "acceptedMeans": "Means of payment",
        "cashingDates": "Cashing dates",
        "minTotalCents": "Minimum commitment",
        "maxAbsences": "Absences allowed",
        "absenceNoticeHours": "Notice (hours before)",
        "flexibleDeadlineHours": "Editable until (hours before)",
        "postponementAllowed": "Postponements allowed",
        "requiresFarmerConsent": "Farmer's consent for a postponement",
        "lines": "Products",
        "distributionIds": "Delivery dates",
        "productId": "Product",
        "unitPriceCents": "Unit price",
        "minQuantity": "Minimum",
        "maxQuantity": "Maximum",
        "quotaPerDelivery": "Quota per delivery"
      }
    },
    "households": {
      "name": "Household |||| Households",
      "page": {
        "create": "New household",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "q": "Search",
        "amapId": "AMAP",
        "displayName": "Household name",
        "status": "Status",
        "address": "Address",
        "notes": "Notes",
        "people": "People",
        "firstName": "First name",
        "lastName": "Last name",
        "email": "E-mail",
        "phone": "Phone",
        "isPrimary": "Main contact"
      }
    },
    "memberships": {
      "name": "Membership |||| Memberships",
      "page": {
        "create": "New membership",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "householdId": "Household",
        "periodId": "Period",
        "amountCents": "Amount",
        "status": "Status",
        "paidOn": "Paid on",
        "means": "Means of payment",
        "chequeNumber": "Cheque number",
        "bank": "Bank",
        "issuer": "Issuer"
      }
    },
    "subscriptions": {
      "name": "Subscription |||| Subscriptions",
      "page": {
        "create": "New subscription",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "templateId": "Contract",
        "templateName": "Contract",
        "householdId": "Household",
        "status": "Status",
        "totalCents": "Total",
        "installmentCount": "Installments",
        "means": "Means of payment",
        "startsOn": "Starts on",
        "lines": "Grid",
        "draft": "Draft",
        "partnerHouseholdId": "Alternating household",
        "coSubscriberHouseholdIds": "Co-subscribers",
        "signedAt": "Signed on",
        "countersignedAt": "Countersigned on",
        "createdAt": "Created"
      }
    },
    "installments": {
      "name": "Installment |||| Cheques and installments",
      "page": {
        "create": "New installment",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "householdId": "Household",
        "subscriptionId": "Contract",
        "membershipId": "Membership",
        "status": "Status",
        "dueOn": "Due on",
        "amountCents": "Amount",
        "means": "Means",
        "chequeNumber": "Cheque number",
        "templateId": "Contract",
        "rank": "No."
      }
    },
    "dutyRoles": {
      "name": "Duty role |||| Duty roles",
      "page": {
        "create": "New role",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "name": "Name",
        "description": "Description",
        "defaultSeats": "Seats",
        "position": "Order",
        "active": "Active"
      }
    },
    "dutyShifts": {
      "name": "Duty shift |||| Duty shifts",
      "page": {
        "create": "New shift",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "distributionId": "Distribution",
        "roleId": "Role",
        "seats": "Seats",
        "signups": "Signed up",
        "vacancies": "Free seats",
        "from": "From",
        "to": "To"
      }
    },
    "auditEntries": {
      "name": "Audit trail |||| Audit trail",
      "page": {
        "create": "—",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "entity": "Record",
        "entityId": "Id",
        "at": "When",
        "action": "Action",
        "actorId": "By",
        "after": "After",
        "actorName": "Who",
        "householdName": "Household"
      }
    }
  },
  "champ": {
    "amap": amapEn,
    ...moveEn,
    "app": {
      "reseau": "Champ Commun · Network",
      "home": "Home",
      "language": "Language"
    },
    "roles": {
      "network_admin": "Network",
      "amap_admin": "AMAP admin",
      "referent": "Referent",
      "farmer": "Farmer",
      "member": "Member",
      "all": "every network",
      "switch": "Switch space"
    },
    "auth": {
      "expired": "Your session has expired: sign in again."
    },
    "menu": {
      "dashboard": "Dashboard",
      "farm": "My farm"
    },
    "section": {
      "identity": "Identity",
      "contact": "Contact",
      "place": "Address",
      "directory": "In the directory",
      "children": "Sub-networks",
      "amaps": "AMAPs of the network",
      "farms": "Farms of the network",
      "networks": "Networks",
      "general": "General",
      "lines": "Products and prices",
      "dates": "Delivery dates",
      "policies": "Absences and postponements",
      "payment": "Payment",
      "people": "People in the household",
      "primaryPerson": "Main contact",
      "subscriptions": "Subscriptions",
      "installments": "Payment schedule"
    },
    "help": {
      "rna": "W followed by 9 characters",
      "siret": "14 digits",
      "list": "Type a value, then press Enter"
    },
    "fields": {
      "from": "From",
      "to": "To",
      "cycle": "Cycle",
      "reason": "Reason",
      "actions": "Actions",
      "farm": "Farm",
      "handOverDate": "Handover date",
      "membershipFee": "Membership fee",
      "receivedOn": "Received on",
      "bank": "Bank",
      "issuer": "Issuer",
      "quantity": "Quantity",
      "delivery": "Delivery",
      "installmentRank": "Installment no.",
      "countersignature": "Countersignature"
    },
    "action": {
      "closeAmap": "Close",
      "closeAmapTitle": "Close the AMAP \"%{name}\"?",
      "closeAmapContent": "It stays in the directory with the status \"Closed\" and its history is kept.",
      "closed": "AMAP closed",
      "receivedDone": "Installments marked received",
      "done": "Done.",
      "downloadCsv": "Download (CSV)",
      "print": "Print",
      "signOffSheet": "Sign-off sheet",
      "generateDistributions": "Generate the calendar",
      "cancelDistribution": "Cancel",
      "moveDistribution": "Move",
      "openTemplate": "Open subscriptions",
      "closeTemplate": "Close subscriptions",
      "startSeason": "Start the season",
      "finishSeason": "Finish the season",
      "archiveTemplate": "Archive",
      "renewTemplate": "Renew",
      "saveGrid": "Save the grid",
      "markReceived": "Mark received",
      "received": "%{smart_count} installment received |||| %{smart_count} installments received",
      "handOver": "Hand over to the farmer",
      "handOverSelected": "Hand over the selection",
      "terminate": "Terminate",
      "addPerson": "Add a person",
      "generateShifts": "Create the shifts",
      "countersign": "Countersign",
      "countersignSelected": "Countersign the selection",
      "countersigned": "%{smart_count} contract countersigned |||| %{smart_count} contracts countersigned"
    },
    "dashboard": {
      "network": "The network in figures",
      "chooseNetwork": "Network",
      "season": "Season",
      "noFigures": "No figures for this season yet.",
      "amaps": "AMAPs",
      "farms": "Farms",
      "households": "Households",
      "subscriptions": "Signed contracts",
      "prefinanced": "Pre-financed",
      "byFarm": "Pre-financing per farm",
      "byProduction": "Pre-financing per production",
      "amap": "AMAP dashboard",
      "nextDistributions": "Next distributions",
      "templates": "Contracts",
      "farmer": "Farm dashboard",
      "toCountersign": "Contracts to countersign",
      "farmTemplates": "The farm's contracts",
      "seeSubscriptions": "See the subscriptions"
    },
    "empty": {
      "amaps": "No AMAP",
      "farms": "No farm",
      "children": "No sub-network",
      "distributions": "No distribution to come",
      "templates": "No contract",
      "subscriptions": "No subscription"
    },
    "grid": {
      "date": "Delivery",
      "fill": "At every date",
      "apply": "Apply",
      "notOffered": "not offered",
      "cancelled": "cancelled",
      "availability": "Products offered at each date",
      "max": "At most %{max}",
      "min": "At least %{min}",
      "negative": "No negative quantity: 0 or more",
      "invalid": "A whole number, 0 or more",
      "maxLong": "At most %{max} per delivery",
      "minLong": "At least %{min} per delivery"
    },
    "sheet": {
      "title": "Sign-off sheet",
      "empty": "Nobody has a basket that day.",
      "givenTo": "Given to %{name}",
      "takenFrom": "Taken from %{name}",
      "alternating": "Alternating with %{name}",
      "coSubscribers": "With %{names}"
    },
    "recap": {
      "title": "Recaps",
      "season": "Whole season",
      "empty": "Nothing to deliver in this period.",
      "total": "Total to prepare",
      "product": "Product",
      "amount": "Amount",
      "byDate": "Per distribution",
      "byAmap": "Per AMAP and household",
      "endBeforeStart": "The end date is before the start date."
    },
    "agenda": {
      "title": "My agenda",
      "subscribe": "Subscribe to a contract",
      "showPast": "Show past dates too",
      "hidePast": "Hide past dates",
      "empty": "No basket to come.",
      "duty": "Duty: %{role}",
      "absent": "Absent",
      "declareAbsence": "I will be away",
      "offerBasket": "Offer my basket",
      "absenceDone": "Absence recorded",
      "offerDone": "Basket offered to other members",
      "absenceTitle": "Away on %{date}?",
      "absenceContent": "Your basket \"%{contract}\" (%{items}) will not be prepared that day. You can take this absence back until the contract's deadline.",
      "absenceConfirm": "I will be away",
      "undoAbsence": "Cancel my absence",
      "absenceUndone": "Absence cancelled: your basket will be prepared.",
      "offerTitle": "Offer your basket of %{date}?",
      "offerContent": "Your basket \"%{contract}\" (%{items}) will be offered to other members; whoever takes it collects it in your place.",
      "offerConfirm": "Offer my basket",
      "offered": "Basket offered",
      "taken": "Basket taken",
      "withdrawOffer": "Withdraw my offer",
      "offerWithdrawn": "Offer withdrawn: the basket is yours again."
    },
    "map": {
      "title": "Network map",
      "label": "Map of the network's AMAPs and farms",
      "pickerLabel": "Map: click to place",
      "legendAmap": "AMAP",
      "legendFarm": "Farm",
      "amaps": "AMAPs (%{smart_count})",
      "farms": "Farms (%{smart_count})",
      "notPlaced": "not on the map yet",
      "place": "Place on the map",
      "move": "Move on the map",
      "openPicker": "Place on the map",
      "closePicker": "Close the map",
      "clickToPlace": "Click on the map where \"%{name}\" is.",
      "fromPostalCode": "The map opens on the postal code's département (%{departement}): without an offline geocoder the exact address cannot be found, click where it is.",
      "noPostalCode": "Without a postal code, and without an offline geocoder, click where it is.",
      "pickerHelp": "Click on the map where it is: latitude and longitude fill in, then save.",
      "wholeNetwork": "See the whole network",
      "placed": "\"%{name}\" is placed on the map.",
      "credits": "Département boundaries: Natural Earth (public domain)."
    },
    "products": {
      "inactive": "no longer offered"
    },
    "pickup": {
      "cancelled": "Distribution cancelled",
      "moved": "Moved: first planned on %{date}",
      "placeMoved": "New place for this distribution"
    },
    "paper": {
      "title": "Enter a paper contract",
      "explain": "The contract entered awaits the household's signature: then record the date and reference of the signed paper contract, which stands for it.",
      "template": "Contract",
      "household": "Household",
      "enter": "Save the entry",
      "entered": "Contract entered: it awaits the household's signature (or the paper contract).",
      "record": "Record the paper contract",
      "signedOn": "Signed on",
      "reference": "Paper's reference",
      "referenceHelp": "Number, binder, or the scanned file's name",
      "note": "Note",
      "recorded": "Paper contract recorded: it stands for the household's signature.",
      "evidence": "Paper contract signed on %{date} (%{reference})"
    },
    "subscribe": {
      "title": "Subscribe",
      "grid": "Quantities per delivery date",
      "installments": "Number of installments",
      "times": "%{smart_count} time |||| %{smart_count} times",
      "means": "Means of payment",
      "total": "Total",
      "payee": "Cheques payable to %{name}",
      "sign": "Sign the contract",
      "text": "Contract text",
      "done": "Contract signed: your baskets are in your agenda.",
      "already": "Your household already has a contract on this template.",
      "closed": "Subscriptions to this contract are closed.",
      "fixProblems": "To sign, correct the quantities marked in red in the grid.",
      "chooseSome": "To sign, enter at least one quantity in the grid.",
      "pageTitle": "Subscribe: %{name}"
    },
    "contracts": {
      "title": "My contracts",
      "memberships": "My memberships"
    },
    "duty": {
      "title": "Duty roster",
      "none": "No shift to come.",
      "vacancies": "%{smart_count} free seat |||| %{smart_count} free seats",
      "signUp": "Sign up",
      "withdraw": "Withdraw",
      "nobody": "Nobody",
      "mine": "Your household is signed up.",
      "signedUp": "Signed up: thank you!",
      "withdrawn": "Withdrawal recorded."
    },
    "account": {
      "title": "My account",
      "myData": "My data",
      "exportHelp": "Everything the AMAP holds about your household, in a machine-readable file (JSON).",
      "export": "Export my data",
      "erasureTitle": "Erase my data",
      "erasureHelp": "Your names, e-mail addresses, phones and your account are erased; your contracts and payments stay in the AMAP's accounts under an anonymous household, as long as the law requires. The board confirms the erasure, otherwise it happens by itself 30 days after your request.",
      "erase": "Erase my data",
      "eraseConfirmTitle": "Erase your household's data?",
      "eraseConfirmText": "Once erased, your data cannot be recovered and you will no longer be able to sign in. Export your data first. You may cancel your request until the board confirms it.",
      "eraseKeep": "Keep my data",
      "eraseConfirm": "Yes, erase my data",
      "erasureRequested": "Your erasure request is recorded.",
      "erasureCancelled": "Your erasure request is cancelled.",
      "erasurePending": "You asked for your data to be erased on %{requestedAt}. It will happen when the board confirms it, on %{dueAt} at the latest.",
      "erasureCancel": "Cancel my request"
    },
    "enums": {
      "networkLevel": {
        "national": "National",
        "regional": "Regional",
        "departmental": "Departmental",
        "local": "Local"
      },
      "registrationMode": {
        "open": "Open",
        "waiting_list": "Waiting list",
        "closed": "Closed",
        "full": "Full"
      },
      "amapStatus": {
        "active": "Active",
        "in_creation": "Being set up",
        "dormant": "Dormant",
        "closed": "Closed"
      },
      "farmStatus": {
        "active": "Active",
        "in_creation": "Being set up",
        "dormant": "Dormant",
        "closed": "Closed"
      },
      "memberKind": {
        "amap": "AMAP",
        "farm": "Farm"
      },
      "networkMembershipStatus": {
        "pending": "Pending",
        "paid": "Paid",
        "cancelled": "Cancelled"
      },
      "membershipStatus": {
        "pending": "Pending",
        "paid": "Paid",
        "cancelled": "Cancelled"
      },
      "productionType": {
        "vegetables": "Vegetables",
        "fruit": "Fruit",
        "eggs": "Eggs",
        "poultry": "Poultry",
        "meat": "Meat",
        "dairy": "Dairy",
        "bread": "Bread",
        "honey": "Honey",
        "fish": "Fish",
        "other": "Other"
      },
      "pricing": {
        "per_unit": "Per unit",
        "by_weight": "By weight"
      },
      "contractKind": {
        "fixed": "Fixed basket",
        "per_date": "Chosen date by date",
        "flexible": "Flexible"
      },
      "templateStatus": {
        "draft": "Draft",
        "open": "Open",
        "closed": "Closed",
        "running": "Running",
        "finished": "Finished",
        "archived": "Archived"
      },
      "distributionStatus": {
        "planned": "Planned",
        "cancelled": "Cancelled",
        "moved": "Moved"
      },
      "distributionCycle": {
        "weekly": "Weekly",
        "fortnightly": "Fortnightly",
        "monthly": "Monthly"
      },
      "householdStatus": {
        "active": "Active",
        "waiting_list": "Waiting list",
        "intermittent": "Intermittent",
        "former": "Former"
      },
      "feeMode": {
        "fixed": "Fixed",
        "free": "Pay what you can"
      },
      "paymentMeans": {
        "cheque": "Cheque",
        "transfer": "Transfer",
        "cash": "Cash",
        "direct_debit": "Direct debit",
        "local_currency": "Local currency"
      },
      "subscriptionStatus": {
        "draft": "Draft",
        "awaiting_member_signature": "Awaiting the member's signature",
        "signed": "Signed",
        "countersigned": "Countersigned",
        "active": "Active",
        "finished": "Finished",
        "terminated": "Terminated"
      },
      "installmentStatus": {
        "to_provide": "Not received yet",
        "received": "Received, to hand over to the farmer",
        "handed_over": "Handed over to the farmer",
        "paid": "Paid",
        "cancelled": "Cancelled"
      },
      "signOffStatus": {
        "to_collect": "To collect",
        "absent": "Absent",
        "postponed": "Postponed",
        "given_away": "Given away",
        "taken_over": "Taken over"
      }
    }
  }
};

const en: TranslationMessages = { ...englishMessages, ...domainEn };
export default en;
