/** French, the default language: react-admin's own messages plus the domain's words (domain.md). */
import frenchMessages from "ra-language-french";
import type { TranslationMessages } from "ra-core";
import { amapFr } from "../amap/messages";
import { moveFr } from "./move.fr";
import { livingFr, livingResourcesFr } from "./living.fr";

export const domainFr = {
  "living": livingFr,
  "resources": {
    ...livingResourcesFr,
    "networks": {
      "name": "Réseau |||| Réseaux",
      "page": {
        "create": "Nouveau réseau",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "id": "Identifiant",
        "q": "Rechercher",
        "name": "Nom",
        "shortName": "Sigle",
        "level": "Échelon",
        "parentId": "Réseau parent",
        "root": "Réseaux de premier niveau",
        "email": "E-mail",
        "website": "Site web",
        "createdAt": "Créé le",
        "updatedAt": "Modifié le"
      }
    },
    "amaps": {
      "name": "AMAP |||| AMAP",
      "page": {
        "create": "Nouvelle AMAP",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "id": "Identifiant",
        "q": "Rechercher",
        "name": "Nom",
        "networkId": "Réseau",
        "rna": "N° RNA",
        "siret": "SIRET",
        "address": "Adresse",
        "postalCode": "Code postal",
        "city": "Commune",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "email": "E-mail",
        "phone": "Téléphone",
        "website": "Site web",
        "registrationMode": "Inscriptions",
        "status": "Statut",
        "timeZone": "Fuseau horaire",
        "createdAt": "Créé le",
        "updatedAt": "Modifié le"
      }
    },
    "farms": {
      "name": "Ferme |||| Fermes",
      "page": {
        "create": "Nouvelle ferme",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "id": "Identifiant",
        "q": "Rechercher",
        "name": "Nom",
        "payeeName": "Ordre des chèques",
        "siret": "SIRET",
        "address": "Adresse",
        "postalCode": "Code postal",
        "city": "Commune",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "email": "E-mail",
        "phone": "Téléphone",
        "productions": "Productions",
        "labels": "Labels et certifications",
        "status": "Statut",
        "networkId": "Réseau",
        "networkIds": "Réseaux",
        "createdAt": "Créé le",
        "updatedAt": "Modifié le"
      }
    },
    "products": {
      "name": "Produit |||| Produits",
      "page": {
        "create": "Nouveau produit",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "q": "Rechercher",
        "farmId": "Ferme",
        "name": "Nom",
        "unit": "Unité",
        "packaging": "Conditionnement",
        "pricing": "Prix",
        "productionType": "Production",
        "active": "Proposé"
      }
    },
    "networkMemberships": {
      "name": "Adhésion au réseau |||| Adhésions au réseau",
      "page": {
        "create": "Nouvelle adhésion",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "networkId": "Réseau",
        "year": "Année",
        "memberKind": "Adhérent",
        "amapId": "AMAP",
        "farmId": "Ferme",
        "amountCents": "Montant",
        "status": "Statut",
        "charterSignedOn": "Charte signée le"
      }
    },
    "networkShareRemittances": {
      "name": "Reversement |||| Reversements",
      "page": {
        "create": "Enregistrer un reversement",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "networkId": "Réseau",
        "amapId": "AMAP",
        "year": "Année",
        "amountCents": "Montant",
        "remittedOn": "Reversé le",
        "reference": "Référence",
        "reason": "Motif",
        "correctsId": "Corrige",
        "from": "Du",
        "to": "Au"
      }
    },
    "places": {
      "name": "Lieu |||| Lieux de distribution",
      "page": {
        "create": "Nouveau lieu",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "q": "Rechercher",
        "amapId": "AMAP",
        "name": "Nom",
        "address": "Adresse",
        "postalCode": "Code postal",
        "city": "Commune",
        "latitude": "Latitude",
        "longitude": "Longitude",
        "hours": "Horaires",
        "accessNotes": "Accès"
      }
    },
    "distributions": {
      "name": "Distribution |||| Distributions",
      "page": {
        "create": "Nouvelle distribution",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "placeId": "Lieu",
        "date": "Date",
        "startTime": "Début",
        "endTime": "Fin",
        "notes": "Notes",
        "status": "Statut",
        "from": "À partir du",
        "to": "Jusqu'au"
      }
    },
    "membershipPeriods": {
      "name": "Campagne d'adhésion |||| Campagnes d'adhésion",
      "page": {
        "create": "Nouvelle campagne",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "name": "Nom",
        "startsOn": "Début",
        "endsOn": "Fin",
        "feeMode": "Cotisation",
        "feeCents": "Montant",
        "minFeeCents": "Minimum",
        "suggestedFeeCents": "Montant conseillé",
        "networkShareCents": "Part du réseau"
      }
    },
    "contractTemplates": {
      "name": "Contrat |||| Contrats",
      "page": {
        "create": "Nouveau contrat",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "q": "Rechercher",
        "amapId": "AMAP",
        "farmId": "Ferme",
        "name": "Nom",
        "season": "Saison",
        "kind": "Type",
        "status": "Statut",
        "text": "Texte du contrat",
        "payeeName": "Ordre des chèques",
        "subscriptionOpensOn": "Souscriptions à partir du",
        "subscriptionClosesOn": "Souscriptions jusqu'au",
        "membershipPeriodId": "Adhésion requise",
        "allowedInstallmentCounts": "Nombre d'échéances possibles",
        "acceptedMeans": "Moyens de paiement",
        "cashingDates": "Dates d'encaissement",
        "minTotalCents": "Engagement minimum",
        "maxAbsences": "Absences permises",
        "absenceNoticeHours": "Prévenir (heures avant)",
        "flexibleDeadlineHours": "Modifiable jusqu'à (heures avant)",
        "postponementAllowed": "Reports permis",
        "requiresFarmerConsent": "Accord du paysan pour un report",
        "lines": "Produits",
        "distributionIds": "Dates de livraison",
        "productId": "Produit",
        "unitPriceCents": "Prix unitaire",
        "minQuantity": "Minimum",
        "maxQuantity": "Maximum",
        "quotaPerDelivery": "Quota par livraison"
      }
    },
    "households": {
      "name": "Foyer |||| Foyers",
      "page": {
        "create": "Nouveau foyer",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "q": "Rechercher",
        "amapId": "AMAP",
        "displayName": "Nom du foyer",
        "status": "Statut",
        "address": "Adresse",
        "notes": "Notes",
        "people": "Personnes",
        "firstName": "Prénom",
        "lastName": "Nom",
        "email": "E-mail",
        "phone": "Téléphone",
        "isPrimary": "Contact principal"
      }
    },
    "memberships": {
      "name": "Adhésion |||| Adhésions",
      "page": {
        "create": "Nouvelle adhésion",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "householdId": "Foyer",
        "periodId": "Campagne",
        "amountCents": "Montant",
        "status": "Statut",
        "paidOn": "Payée le",
        "means": "Moyen de paiement",
        "chequeNumber": "N° de chèque",
        "bank": "Banque",
        "issuer": "Émetteur"
      }
    },
    "subscriptions": {
      "name": "Souscription |||| Souscriptions",
      "page": {
        "create": "Nouvelle souscription",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "templateId": "Contrat",
        "templateName": "Contrat",
        "householdId": "Foyer",
        "status": "Statut",
        "totalCents": "Montant du contrat",
        "installmentCount": "Échéances",
        "means": "Moyen de paiement",
        "startsOn": "Début",
        "lines": "Grille",
        "draft": "Brouillon",
        "partnerHouseholdId": "Foyer en alternance",
        "coSubscriberHouseholdIds": "Co-souscripteurs",
        "signedAt": "Signée le",
        "countersignedAt": "Contresignée le",
        "createdAt": "Créée le"
      }
    },
    "installments": {
      "name": "Échéance |||| Chèques et échéances",
      "page": {
        "create": "Nouvelle échéance",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "householdId": "Foyer",
        "subscriptionId": "Contrat",
        "membershipId": "Adhésion",
        "status": "Statut",
        "dueOn": "Échéance",
        "amountCents": "Montant",
        "means": "Moyen",
        "chequeNumber": "N° de chèque",
        "templateId": "Contrat",
        "rank": "N°"
      }
    },
    "dutyRoles": {
      "name": "Rôle de permanence |||| Rôles de permanence",
      "page": {
        "create": "Nouveau rôle",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "name": "Nom",
        "description": "Description",
        "defaultSeats": "Places",
        "position": "Ordre",
        "active": "Actif"
      }
    },
    "dutyShifts": {
      "name": "Permanence |||| Permanences",
      "page": {
        "create": "Nouvelle permanence",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "distributionId": "Distribution",
        "roleId": "Rôle",
        "seats": "Places",
        "signups": "Inscrits",
        "vacancies": "Places libres",
        "from": "À partir du",
        "to": "Jusqu'au"
      }
    },
    "auditEntries": {
      "name": "Historique |||| Historique",
      "page": {
        "create": "—",
        "edit": "%{recordRepresentation}",
        "show": "%{recordRepresentation}"
      },
      "fields": {
        "amapId": "AMAP",
        "entity": "Objet",
        "entityId": "Identifiant",
        "at": "Quand",
        "action": "Action",
        "actorId": "Par",
        "after": "Après",
        "actorName": "Qui",
        "householdName": "Foyer"
      }
    }
  },
  "champ": {
    "amap": amapFr,
    ...moveFr,
    "app": {
      "reseau": "Champ Commun · Réseau",
      "home": "Accueil",
      "language": "Langue"
    },
    "roles": {
      "network_admin": "Réseau",
      "amap_admin": "Administration AMAP",
      "referent": "Référent",
      "farmer": "Paysan",
      "member": "Amapien",
      "all": "tous les réseaux",
      "switch": "Changer d'espace"
    },
    "auth": {
      "expired": "Votre session a expiré : reconnectez-vous."
    },
    "menu": {
      "dashboard": "Tableau de bord",
      "farm": "Ma ferme"
    },
    "section": {
      "identity": "Identité",
      "contact": "Contact",
      "place": "Adresse",
      "directory": "Dans l'annuaire",
      "children": "Sous-réseaux",
      "amaps": "AMAP du réseau",
      "farms": "Fermes du réseau",
      "networks": "Réseaux",
      "general": "Général",
      "lines": "Produits et prix",
      "dates": "Dates de livraison",
      "policies": "Absences et reports",
      "payment": "Paiement",
      "people": "Personnes du foyer",
      "primaryPerson": "Contact principal",
      "subscriptions": "Souscriptions",
      "installments": "Échéancier"
    },
    "help": {
      "rna": "W suivi de 9 caractères",
      "siret": "14 chiffres",
      "list": "Tapez une valeur puis Entrée"
    },
    "fields": {
      "from": "Du",
      "to": "Au",
      "cycle": "Rythme",
      "reason": "Motif",
      "actions": "Actions",
      "farm": "Ferme",
      "handOverDate": "Date de remise",
      "membershipFee": "Adhésion",
      "receivedOn": "Reçu le",
      "bank": "Banque",
      "issuer": "Émetteur",
      "quantity": "Quantité",
      "delivery": "Livraison",
      "installmentRank": "Échéance n°",
      "countersignature": "Contresignature"
    },
    "action": {
      "closeAmap": "Clôturer",
      "closeAmapTitle": "Clôturer l'AMAP « %{name} » ?",
      "closeAmapContent": "Elle reste dans l'annuaire avec le statut « Fermée » et son historique est conservé.",
      "closed": "AMAP clôturée",
      "receivedDone": "Échéances marquées reçues",
      "done": "C'est fait.",
      "downloadCsv": "Télécharger (CSV)",
      "print": "Imprimer",
      "signOffSheet": "Feuille d'émargement",
      "generateDistributions": "Générer le calendrier",
      "cancelDistribution": "Annuler",
      "moveDistribution": "Déplacer",
      "openTemplate": "Ouvrir les souscriptions",
      "closeTemplate": "Clore les souscriptions",
      "startSeason": "Démarrer la saison",
      "finishSeason": "Terminer la saison",
      "archiveTemplate": "Archiver",
      "renewTemplate": "Renouveler",
      "saveGrid": "Enregistrer la grille",
      "markReceived": "Marquer reçus",
      "received": "%{smart_count} échéance reçue |||| %{smart_count} échéances reçues",
      "handOver": "Remettre au paysan",
      "handOverSelected": "Remettre la sélection",
      "terminate": "Résilier",
      "addPerson": "Ajouter une personne",
      "generateShifts": "Créer les créneaux",
      "countersign": "Contresigner",
      "countersignSelected": "Contresigner la sélection",
      "countersigned": "%{smart_count} contrat contresigné |||| %{smart_count} contrats contresignés"
    },
    "dashboard": {
      "network": "Le réseau en chiffres",
      "chooseNetwork": "Réseau",
      "season": "Saison",
      "noFigures": "Pas encore de chiffres pour cette saison.",
      "amaps": "AMAP",
      "farms": "Fermes",
      "households": "Foyers",
      "subscriptions": "Contrats signés",
      "prefinanced": "Préfinancé",
      "byFarm": "Préfinancement par ferme",
      "byProduction": "Préfinancement par production",
      "amap": "Tableau de bord de l'AMAP",
      "nextDistributions": "Prochaines distributions",
      "templates": "Contrats",
      "farmer": "Tableau de bord de la ferme",
      "toCountersign": "Contrats à contresigner",
      "farmTemplates": "Contrats de la ferme",
      "seeSubscriptions": "Voir les souscriptions"
    },
    "empty": {
      "amaps": "Aucune AMAP",
      "farms": "Aucune ferme",
      "children": "Aucun sous-réseau",
      "distributions": "Aucune distribution à venir",
      "templates": "Aucun contrat",
      "subscriptions": "Aucune souscription"
    },
    "grid": {
      "date": "Livraison",
      "fill": "À chaque date",
      "apply": "Appliquer",
      "notOffered": "non proposé",
      "cancelled": "annulée",
      "availability": "Produits proposés à chaque date",
      "max": "Au plus %{max}",
      "min": "Au moins %{min}",
      "negative": "Pas de quantité négative : 0 ou plus",
      "invalid": "Un nombre entier, 0 ou plus",
      "maxLong": "Au plus %{max} par livraison",
      "minLong": "Au moins %{min} par livraison"
    },
    "sheet": {
      "title": "Feuille d'émargement",
      "empty": "Personne n'a de panier ce jour-là.",
      "givenTo": "Cédé à %{name}",
      "takenFrom": "Repris de %{name}",
      "alternating": "En alternance avec %{name}",
      "coSubscribers": "Avec %{names}"
    },
    "recap": {
      "title": "Récapitulatifs",
      "season": "Toute la saison",
      "empty": "Rien à livrer sur cette période.",
      "total": "Total à préparer",
      "product": "Produit",
      "amount": "Montant",
      "byDate": "Par distribution",
      "byAmap": "Par AMAP et par foyer",
      "endBeforeStart": "La date de fin est avant la date de début."
    },
    "agenda": {
      "title": "Mon agenda",
      "subscribe": "Souscrire à un contrat",
      "showPast": "Voir aussi le passé",
      "hidePast": "Masquer le passé",
      "empty": "Aucun panier à venir.",
      "duty": "Permanence : %{role}",
      "absent": "Absent·e",
      "declareAbsence": "Je serai absent·e",
      "offerBasket": "Céder mon panier",
      "absenceDone": "Absence enregistrée",
      "offerDone": "Panier proposé aux autres amapiens",
      "absenceTitle": "Absent·e le %{date} ?",
      "absenceContent": "Votre panier « %{contract} » (%{items}) ne sera pas préparé ce jour-là. Vous pourrez revenir sur cette absence jusqu'à la date limite du contrat.",
      "absenceConfirm": "Je serai absent·e",
      "undoAbsence": "Annuler mon absence",
      "absenceUndone": "Absence annulée : votre panier sera préparé.",
      "offerTitle": "Céder votre panier du %{date} ?",
      "offerContent": "Votre panier « %{contract} » (%{items}) sera proposé aux autres amapiens ; celui ou celle qui le prend le récupère à votre place.",
      "offerConfirm": "Céder mon panier",
      "offered": "Panier proposé",
      "taken": "Panier repris",
      "withdrawOffer": "Retirer ma proposition",
      "offerWithdrawn": "Proposition retirée : le panier est de nouveau pour vous."
    },
    "map": {
      "title": "Carte du réseau",
      "label": "Carte des AMAP et des fermes du réseau",
      "pickerLabel": "Carte : cliquez pour placer",
      "legendAmap": "AMAP",
      "legendFarm": "Ferme",
      "amaps": "AMAP (%{smart_count})",
      "farms": "Fermes (%{smart_count})",
      "notPlaced": "pas encore sur la carte",
      "place": "Placer sur la carte",
      "move": "Déplacer sur la carte",
      "openPicker": "Placer sur la carte",
      "closePicker": "Fermer la carte",
      "clickToPlace": "Cliquez sur la carte à l'emplacement de « %{name} ».",
      "fromPostalCode": "La carte s'ouvre sur le département du code postal (%{departement}) : sans service de géocodage hors ligne, l'adresse exacte ne peut pas être trouvée, cliquez à l'emplacement exact.",
      "noPostalCode": "Sans code postal, et sans service de géocodage hors ligne, cliquez à l'emplacement exact.",
      "pickerHelp": "Cliquez sur la carte à l'emplacement exact : la latitude et la longitude se remplissent, enregistrez ensuite.",
      "wholeNetwork": "Voir tout le réseau",
      "placed": "« %{name} » est placée sur la carte.",
      "credits": "Contours des départements : Natural Earth (domaine public)."
    },
    "products": {
      "inactive": "plus proposé"
    },
    "pickup": {
      "cancelled": "Distribution annulée",
      "moved": "Déplacée : d'abord prévue le %{date}",
      "placeMoved": "Nouveau lieu pour cette distribution"
    },
    "paper": {
      "title": "Saisir un contrat papier",
      "explain": "Le contrat saisi attend la signature du foyer : enregistrez ensuite la date et la référence du contrat papier signé, qui en tiennent lieu.",
      "template": "Contrat",
      "household": "Foyer",
      "enter": "Enregistrer la saisie",
      "entered": "Contrat saisi : il attend la signature du foyer (ou le contrat papier).",
      "record": "Enregistrer le contrat papier",
      "signedOn": "Signé le",
      "reference": "Référence du papier",
      "referenceHelp": "Numéro, classeur, ou nom du fichier scanné",
      "note": "Remarque",
      "recorded": "Contrat papier enregistré : il vaut signature du foyer.",
      "evidence": "Contrat papier signé le %{date} (%{reference})"
    },
    "subscribe": {
      "title": "Souscrire",
      "grid": "Quantités par date de livraison",
      "installments": "Nombre d'échéances",
      "times": "%{smart_count} fois |||| %{smart_count} fois",
      "means": "Moyen de paiement",
      "total": "Total",
      "payee": "Chèques à l'ordre de %{name}",
      "sign": "Signer le contrat",
      "text": "Texte du contrat",
      "done": "Contrat signé : vos paniers sont dans votre agenda.",
      "already": "Votre foyer a déjà un contrat sur ce modèle.",
      "closed": "Les souscriptions à ce contrat sont closes.",
      "fixProblems": "Pour signer, corrigez les quantités signalées en rouge dans la grille.",
      "chooseSome": "Pour signer, indiquez au moins une quantité dans la grille.",
      "pageTitle": "Souscrire : %{name}"
    },
    "contracts": {
      "title": "Mes contrats",
      "memberships": "Mes adhésions"
    },
    "duty": {
      "title": "Permanences",
      "none": "Aucun créneau à venir.",
      "vacancies": "%{smart_count} place libre |||| %{smart_count} places libres",
      "signUp": "Je m'inscris",
      "withdraw": "Me désinscrire",
      "nobody": "Personne",
      "mine": "Votre foyer est inscrit.",
      "signedUp": "Inscription enregistrée : merci !",
      "withdrawn": "Désinscription enregistrée."
    },
    "account": {
      "title": "Mon compte",
      "myData": "Mes données",
      "exportHelp": "Tout ce que l'AMAP garde sur votre foyer, dans un fichier lisible par une machine (JSON).",
      "export": "Exporter mes données",
      "erasureTitle": "Effacer mes données",
      "erasureHelp": "Vos noms, adresses e-mail, téléphones et votre compte sont effacés ; vos contrats et paiements restent dans les comptes de l'AMAP sous un foyer anonyme, le temps que la loi l'exige. Le bureau confirme l'effacement, sinon il a lieu de lui-même 30 jours après votre demande.",
      "erase": "Effacer mes données",
      "eraseConfirmTitle": "Effacer les données de votre foyer ?",
      "eraseConfirmText": "Une fois effacées, vos données ne peuvent pas être retrouvées et vous ne pourrez plus vous connecter. Pensez à exporter vos données avant. Vous pouvez annuler votre demande tant que le bureau ne l'a pas confirmée.",
      "eraseKeep": "Garder mes données",
      "eraseConfirm": "Oui, effacer mes données",
      "erasureRequested": "Votre demande d'effacement est enregistrée.",
      "erasureCancelled": "Votre demande d'effacement est annulée.",
      "erasurePending": "Vous avez demandé l'effacement de vos données le %{requestedAt}. Il aura lieu quand le bureau le confirmera, au plus tard le %{dueAt}.",
      "erasureCancel": "Annuler ma demande"
    },
    "enums": {
      "networkLevel": {
        "national": "National",
        "regional": "Régional",
        "departmental": "Départemental",
        "local": "Local"
      },
      "registrationMode": {
        "open": "Ouvertes",
        "waiting_list": "Liste d'attente",
        "closed": "Fermées",
        "full": "Complet"
      },
      "amapStatus": {
        "active": "Active",
        "in_creation": "En création",
        "dormant": "En sommeil",
        "closed": "Fermée"
      },
      "farmStatus": {
        "active": "Active",
        "in_creation": "En création",
        "dormant": "En sommeil",
        "closed": "Fermée"
      },
      "memberKind": {
        "amap": "AMAP",
        "farm": "Ferme"
      },
      "networkMembershipStatus": {
        "pending": "En attente",
        "paid": "Payée",
        "cancelled": "Annulée"
      },
      "membershipStatus": {
        "pending": "En attente",
        "paid": "Payée",
        "cancelled": "Annulée"
      },
      "productionType": {
        "vegetables": "Légumes",
        "fruit": "Fruits",
        "eggs": "Œufs",
        "poultry": "Volailles",
        "meat": "Viande",
        "dairy": "Produits laitiers",
        "bread": "Pain",
        "honey": "Miel",
        "fish": "Poisson",
        "other": "Autre"
      },
      "pricing": {
        "per_unit": "À l'unité",
        "by_weight": "Au poids"
      },
      "contractKind": {
        "fixed": "Panier fixe",
        "per_date": "Quantités date par date",
        "flexible": "Modulable"
      },
      "templateStatus": {
        "draft": "Brouillon",
        "open": "Souscriptions ouvertes",
        "closed": "Souscriptions closes",
        "running": "En cours",
        "finished": "Terminé",
        "archived": "Archivé"
      },
      "distributionStatus": {
        "planned": "Prévue",
        "cancelled": "Annulée",
        "moved": "Déplacée"
      },
      "distributionCycle": {
        "weekly": "Chaque semaine",
        "fortnightly": "Toutes les deux semaines",
        "monthly": "Chaque mois"
      },
      "householdStatus": {
        "active": "Actif",
        "waiting_list": "Liste d'attente",
        "intermittent": "Intermittent",
        "former": "Ancien"
      },
      "feeMode": {
        "fixed": "Montant fixe",
        "free": "Prix libre"
      },
      "paymentMeans": {
        "cheque": "Chèque",
        "transfer": "Virement",
        "cash": "Espèces",
        "direct_debit": "Prélèvement",
        "local_currency": "Monnaie locale"
      },
      "subscriptionStatus": {
        "draft": "Brouillon",
        "awaiting_member_signature": "À signer par l'amapien",
        "signed": "Signée",
        "countersigned": "Contresignée",
        "active": "En cours",
        "finished": "Terminée",
        "terminated": "Résiliée"
      },
      "installmentStatus": {
        "to_provide": "Pas encore reçu",
        "received": "Reçu, à remettre au paysan",
        "handed_over": "Remis au paysan",
        "paid": "Payé",
        "cancelled": "Annulé"
      },
      "signOffStatus": {
        "to_collect": "À récupérer",
        "absent": "Absent",
        "postponed": "Reporté",
        "given_away": "Cédé",
        "taken_over": "Repris"
      }
    }
  }
};

const fr: TranslationMessages = { ...frenchMessages, ...domainFr };
export default fr;
