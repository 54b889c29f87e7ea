/** French texts of "living in it" (events, mail choices, agendas, invitations, documents): spread into fr.ts. */
export const livingResourcesFr = {
  "events": {
    "name": "Évènement |||| Évènements",
    "page": {
      "create": "Nouvel évènement",
      "edit": "%{recordRepresentation}",
      "show": "%{recordRepresentation}"
    },
    "fields": {
      "networkId": "Réseau",
      "amapId": "AMAP",
      "kind": "Type d'évènement",
      "title": "Titre",
      "description": "Présentation",
      "startsAt": "Début",
      "endsAt": "Fin",
      "timeZone": "Fuseau horaire",
      "location": "Lieu",
      "videoUrl": "Lien de la visio",
      "seats": "Places",
      "status": "État",
      "from": "À partir du",
      "registeredCount": "Inscrits",
      "waitingCount": "En attente"
    }
  }
};

export const livingFr = {
  "menu": {
    "events": "Évènements",
    "notifications": "Mes notifications",
    "agendas": "Agenda en ligne",
    "invitations": "Invitations"
  },
  "zones": {
    "paris": "Métropole (Paris)",
    "reunion": "La Réunion",
    "guadeloupe": "Guadeloupe",
    "martinique": "Martinique",
    "guyane": "Guyane",
    "mayotte": "Mayotte",
    "noumea": "Nouvelle-Calédonie",
    "tahiti": "Polynésie française"
  },
  "events": {
    "myTitle": "Évènements",
    "none": "Aucun évènement à venir pour le moment.",
    "noScope": "Choisissez un réseau pour voir ses évènements.",
    "kinds": {
      "training": "Formation",
      "general_assembly": "Assemblée générale",
      "work_day": "Chantier collectif",
      "farm_visit": "Visite de ferme",
      "other": "Rencontre"
    },
    "status": {
      "scheduled": "Prévu",
      "cancelled": "Annulé"
    },
    "when": "Date et heure",
    "where": "Lieu ou visio",
    "descriptionHelp": "Pour qui, le programme, ce qu'il faut apporter.",
    "locationHelp": "Laissez vide pour un évènement à distance.",
    "videoHelp": "Donné aux personnes inscrites, commence par https://",
    "seatsHelp": "Vide : sans limite. Au-delà, liste d'attente.",
    "remote": "À distance",
    "video": "Lien de la visio",
    "myAmap": "Mon AMAP",
    "network": "Réseau",
    "openSeats": "Places sans limite",
    "seatsLeft": "%{smart_count} place restante sur %{seats} |||| %{smart_count} places restantes sur %{seats}",
    "fullWaiting": "Complet : %{smart_count} personne en liste d'attente |||| Complet : %{smart_count} personnes en liste d'attente",
    "taken": "%{taken} inscrits sur %{seats} places",
    "takenUnlimited": "%{smart_count} inscrit |||| %{smart_count} inscrits",
    "waitingCount": "%{smart_count} en liste d'attente |||| %{smart_count} en liste d'attente",
    "register": "M'inscrire",
    "registerWaiting": "M'inscrire sur la liste d'attente",
    "unregister": "Me désinscrire",
    "leaveWaiting": "Quitter la liste d'attente",
    "youAreRegistered": "Vous êtes inscrit·e.",
    "youAreWaiting": "Vous êtes n° %{position} sur la liste d'attente : une place libérée vous revient, vous serez prévenu·e par e-mail.",
    "registeredDone": "Inscription confirmée",
    "waitingDone": "C'est complet : vous êtes n° %{position} sur la liste d'attente",
    "unregisteredDone": "Désinscription enregistrée",
    "registrations": "Inscrits",
    "waitingList": "Liste d'attente",
    "nobody": "Personne n'est encore inscrit.",
    "nobodyWaiting": "Personne n'attend de place.",
    "rank": "N°",
    "name": "Nom",
    "registeredOn": "Inscrit·e le",
    "since": "depuis le %{date}",
    "promoted": "Place libérée",
    "present": "Présent·e",
    "presentOf": "%{name} était présent·e",
    "saveAttendance": "Enregistrer les présences",
    "attendanceSaved": "Présences enregistrées",
    "participantsCsv": "Participants (tableur)",
    "cancelEvent": "Annuler l'évènement",
    "cancelTitle": "Annuler « %{title} » ?",
    "cancelContent": "Il reste affiché comme annulé ; les inscriptions sont gardées.",
    "cancelled": "Évènement annulé"
  },
  "notifications": {
    "title": "Mes notifications",
    "help": "Choisissez les messages que vous recevez par e-mail. Chaque message a aussi un lien pour arrêter ce type de message d'un clic.",
    "kinds": "Messages reçus",
    "language": "Langue des messages",
    "fr": "Français",
    "en": "Anglais",
    "saved": "Vos choix sont enregistrés",
    "always": "Les invitations et les changements de mot de passe sont toujours envoyés."
  },
  "agendas": {
    "title": "Agenda en ligne",
    "member": "Vos distributions (ce que vous récupérez) et vos permanences, dans l'agenda de votre téléphone ou de votre ordinateur.",
    "amap": "Les distributions de l'AMAP, dans l'agenda de votre téléphone ou de votre ordinateur.",
    "farm": "Les livraisons de la ferme dans toutes les AMAP, dans l'agenda de votre téléphone ou de votre ordinateur.",
    "howTo": "Pour vous abonner : dans votre application d'agenda (Google Agenda, Calendrier d'Apple, Thunderbird, Outlook…), choisissez « Ajouter un agenda à partir d'une URL » ou « S'abonner à un calendrier », puis collez l'adresse. L'agenda se met ensuite à jour tout seul.",
    "none": "Vous n'avez pas encore d'adresse d'agenda.",
    "create": "Créer mon adresse d'agenda",
    "created": "Adresse créée",
    "address": "Adresse de l'agenda",
    "shownOnce": "Copiez cette adresse maintenant : elle ne sera plus affichée.",
    "copy": "Copier l'adresse",
    "copied": "Adresse copiée",
    "active": "Une adresse d'agenda est active depuis le %{date}.",
    "regenerate": "Changer d'adresse",
    "regenerated": "Nouvelle adresse créée : l'ancienne ne fonctionne plus",
    "revoke": "Désactiver l'adresse",
    "revokeTitle": "Désactiver cette adresse d'agenda ?",
    "revokeContent": "Les agendas abonnés à cette adresse ne se mettront plus à jour.",
    "revoked": "Adresse désactivée",
    "secret": "Quiconque connaît cette adresse voit cet agenda : ne la publiez pas. Si elle a circulé, changez-la."
  },
  "invitations": {
    "title": "Invitations",
    "adminsOnly": "Seuls les administrateurs de l'AMAP envoient des invitations.",
    "email": "Adresse e-mail",
    "firstName": "Prénom",
    "lastName": "Nom",
    "template": "Contrat",
    "farm": "Ferme",
    "amap": "AMAP",
    "send": "Envoyer l'invitation",
    "sent": "Invitation envoyée à %{email}",
    "referent": "Inviter un·e référent·e",
    "referentHelp": "La personne suivra ce contrat : ses souscriptions, ses chèques, ses récapitulatifs.",
    "farmer": "Inviter le paysan ou la paysanne d'une ferme partenaire",
    "farmerHelp": "Pour une ferme qui a un contrat avec l'AMAP : ses contrats, ses contre-signatures, ses récapitulatifs.",
    "amapAdmin": "Inviter le premier administrateur d'une AMAP",
    "amapAdminHelp": "La personne pourra administrer l'AMAP et inviter à son tour.",
    "networkFarmer": "Inviter le paysan ou la paysanne d'une ferme",
    "networkFarmerHelp": "La personne tiendra la fiche de sa ferme et suivra ses contrats dans toutes les AMAP.",
    "members": "Inviter les adhérents qui n'ont pas de compte",
    "membersHelp": "Après l'import de la liste des adhérents : chaque personne des foyers qui a une adresse e-mail et pas encore de compte reçoit un lien pour choisir son mot de passe.",
    "membersButton": "Inviter tous les adhérents sans compte",
    "membersConfirm": "Un e-mail d'invitation part vers chaque adhérent qui a une adresse et pas encore de compte. Les autres ne reçoivent rien.",
    "membersGo": "Envoyer les invitations",
    "membersDone": "%{smart_count} invitation envoyée |||| %{smart_count} invitations envoyées",
    "membersNone": "Aucune invitation à envoyer : chaque adhérent qui a une adresse a déjà un compte."
  },
  "contract": {
    "pdf": "Contrat (PDF)"
  },
  "files": {
    "failed": "Le téléchargement a échoué : réessayez."
  }
};
