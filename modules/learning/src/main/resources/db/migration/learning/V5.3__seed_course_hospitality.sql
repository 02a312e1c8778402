-- Seed course: hospitality — hotel room signals (issue 6).
--
-- Seed course 'horeca-hotelkamer', published as version 1. The JSON between the $course$ markers is the whole
-- version in the format of nl.signaal.learning.course.control.CourseContentJson; SeedCoursesTest parses
-- these same bytes and validates them (graph, signals, sources, translations, no hard-coded numbers).
-- Title, sector, forms and pass mark are copied out of the document here, so they cannot disagree.
-- Reporting routes are never written as numbers: lessons and endings carry a reporting-route block
-- (form + audience) that the routes context resolves live for the learner's municipality; 112 is the
-- only number in the text.
WITH doc AS (
    SELECT $course$
{
 "title": {
  "nl": "Mensenhandel herkennen in hotel en horeca",
  "en": "Recognising human trafficking in hotels and hospitality"
 },
 "summary": {
  "nl": "Signalen in en rond de hotelkamer en achter de schermen in de keuken.",
  "en": "Signals in and around the hotel room and behind the scenes in the kitchen."
 },
 "sector": "HOSPITALITY",
 "forms": [
  "SEXUAL",
  "LABOUR"
 ],
 "languages": [
  "nl",
  "en"
 ],
 "estimatedMinutes": 40,
 "learningGoals": [
  {
   "nl": "Je herkent signalen van seksuele uitbuiting in een hotel.",
   "en": "You recognise signals of sexual exploitation in a hotel."
  },
  {
   "nl": "Je herkent signalen van arbeidsuitbuiting in de keuken.",
   "en": "You recognise signals of labour exploitation in the kitchen."
  },
  {
   "nl": "Je weet wanneer je 112 belt en waar je anders meldt.",
   "en": "You know when to call 112 and where to report otherwise."
  }
 ],
 "passMark": 70,
 "retakePolicy": {
  "maxAttempts": 0,
  "retakeAfterPass": true
 },
 "lessons": [
  {
   "id": "hotelkamer",
   "title": {
    "nl": "Signalen in en rond de hotelkamer",
    "en": "Signals in and around the hotel room"
   },
   "blocks": [
    {
     "type": "RICH_TEXT",
     "html": {
      "nl": "<p>Hotels worden gebruikt voor seksuele uitbuiting, juist omdat het er anoniem is. De aanpak 'No Room for Sex Trafficking' (Openbaar Ministerie, ministerie van Justitie en Veiligheid en Defence for Children) leert hotelpersoneel signalen herkennen: veel verschillende mannen die één kamer bezoeken, vaak om schoon linnengoed vragen, kamers die bereikt worden zonder langs de receptie te gaan. Bron: <a href=\"https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels\">Hospitality Management – No Room for Sex Trafficking (S33)</a>.</p><p>Receptie, housekeeping en beveiliging zien elk een stukje. Pas samen wordt het een patroon: leg daarom vast wat je ziet en bespreek het met je leidinggevende.</p>",
      "en": "<p>Hotels are used for sexual exploitation precisely because they are anonymous. The 'No Room for Sex Trafficking' approach (the Public Prosecution Service, the Ministry of Justice and Security and Defence for Children) teaches hotel staff to recognise signals: many different men visiting one room, frequent requests for fresh linen, rooms reached while avoiding reception. Source: <a href=\"https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels\">Hospitality Management – No Room for Sex Trafficking (S33)</a>.</p><p>Reception, housekeeping and security each see a piece. Only together does it become a pattern: so record what you see and discuss it with your manager.</p>"
     }
    },
    {
     "type": "SIGNALS",
     "signals": [
      {
       "id": "horeca-veel-bezoekers",
       "text": {
        "nl": "Veel verschillende mannen bezoeken één kamer",
        "en": "Many different men visiting one room"
       },
       "source": {
        "reference": "S33",
        "title": "Hospitality Management – No Room for Sex Trafficking",
        "url": "https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels"
       }
      },
      {
       "id": "horeca-linnen",
       "text": {
        "nl": "Vaak om schoon linnengoed vragen",
        "en": "Frequent requests for fresh linen"
       },
       "source": {
        "reference": "S33",
        "title": "Hospitality Management – No Room for Sex Trafficking",
        "url": "https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels"
       }
      },
      {
       "id": "horeca-receptie-vermijden",
       "text": {
        "nl": "Kamers bereikt zonder langs de receptie te gaan",
        "en": "Rooms reached while avoiding reception"
       },
       "source": {
        "reference": "S33",
        "title": "Hospitality Management – No Room for Sex Trafficking",
        "url": "https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels"
       }
      }
     ]
    },
    {
     "type": "REPORTING_ROUTE",
     "form": "SEXUAL",
     "audience": "ADULT"
    }
   ]
  },
  {
   "id": "minderjarigen",
   "title": {
    "nl": "Minderjarigen in het hotel",
    "en": "Minors in the hotel"
   },
   "blocks": [
    {
     "type": "RICH_TEXT",
     "html": {
      "nl": "<p>Een minderjarige met een volwassen man in een hotelkamer is een signaal dat je nooit laat liggen. Bron: <a href=\"https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels\">Hospitality Management – No Room for Sex Trafficking (S33)</a>. Seksuele uitbuiting van een minderjarige is mensenhandel, ook als er geen dwang lijkt te zijn. Bron: <a href=\"https://www.dutchrapporteur.nl/trafficking-in-human-beings/types-of-human-trafficking\">Nationaal Rapporteur – vormen van mensenhandel (S30)</a>.</p><p>Is er acuut gevaar, bel dan 112. Voor advies en meldingen over minderjarigen is er het Meldpunt Uitbuiting Minderjarigen van CoMensha en Terre des Hommes; melden kan ook anoniem. Bron: <a href=\"https://www.melduitbuitingminderjarigen.nl/onze-aanpak\">Meldpunt Uitbuiting Minderjarigen – onze aanpak (S8)</a>.</p>",
      "en": "<p>A minor with an adult man in a hotel room is a signal you never let pass. Source: <a href=\"https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels\">Hospitality Management – No Room for Sex Trafficking (S33)</a>. Sexual exploitation of a minor is trafficking, even when there seems to be no coercion. Source: <a href=\"https://www.dutchrapporteur.nl/trafficking-in-human-beings/types-of-human-trafficking\">Nationaal Rapporteur – vormen van mensenhandel (S30)</a>.</p><p>In acute danger, call 112. For advice and reports about minors there is the Meldpunt Uitbuiting Minderjarigen run by CoMensha and Terre des Hommes; reports can be anonymous. Source: <a href=\"https://www.melduitbuitingminderjarigen.nl/onze-aanpak\">Meldpunt Uitbuiting Minderjarigen – onze aanpak (S8)</a>.</p>"
     }
    },
    {
     "type": "SIGNALS",
     "signals": [
      {
       "id": "horeca-minderjarige",
       "text": {
        "nl": "Een minderjarige met een volwassen man",
        "en": "A minor with an adult man"
       },
       "source": {
        "reference": "S33",
        "title": "Hospitality Management – No Room for Sex Trafficking",
        "url": "https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels"
       }
      }
     ]
    },
    {
     "type": "REPORTING_ROUTE",
     "form": "SEXUAL",
     "audience": "MINOR"
    }
   ]
  },
  {
   "id": "keuken",
   "title": {
    "nl": "Achter de schermen: uitbuiting in de keuken",
    "en": "Behind the scenes: exploitation in the kitchen"
   },
   "blocks": [
    {
     "type": "RICH_TEXT",
     "html": {
      "nl": "<p>Uitbuiting in de horeca is niet alleen seksueel. Keukenpersoneel dat op het werk slaapt, zeer lange dagen maakt voor zeer weinig loon en een reisschuld moet afbetalen: dat zijn signalen van arbeidsuitbuiting. Bron: <a href=\"https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels\">Hospitality Management – No Room for Sex Trafficking (S33)</a>.</p><p>Het inhouden van identiteitsdocumenten is een van de ILO-indicatoren van dwangarbeid. Bron: <cite>ILO – indicators of forced labour (S35)</cite>. Arbeidsuitbuiting meld je bij de Nederlandse Arbeidsinspectie, ook anoniem. Bron: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>. FairWork geeft slachtoffers vertrouwelijk advies. Bron: <a href=\"https://www.fairwork.nu/en/frequently-asked-questions\">FairWork – veelgestelde vragen (S12)</a>.</p>",
      "en": "<p>Exploitation in hospitality is not only sexual. Kitchen staff who sleep at work, work very long days for very low pay and have to pay off a travel debt: those are signals of labour exploitation. Source: <a href=\"https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels\">Hospitality Management – No Room for Sex Trafficking (S33)</a>.</p><p>Retention of identity documents is one of the ILO indicators of forced labour. Source: <cite>ILO – indicators of forced labour (S35)</cite>. Report labour exploitation to the Netherlands Labour Authority, anonymously if you wish. Source: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>. FairWork gives victims confidential advice. Source: <a href=\"https://www.fairwork.nu/en/frequently-asked-questions\">FairWork – veelgestelde vragen (S12)</a>.</p>"
     }
    },
    {
     "type": "SIGNALS",
     "signals": [
      {
       "id": "horeca-slapen-op-werk",
       "text": {
        "nl": "Keukenpersoneel dat op het werk slaapt",
        "en": "Kitchen staff sleeping at work"
       },
       "source": {
        "reference": "S33",
        "title": "Hospitality Management – No Room for Sex Trafficking",
        "url": "https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels"
       }
      },
      {
       "id": "horeca-lange-uren",
       "text": {
        "nl": "Zeer lange werkdagen voor zeer weinig loon",
        "en": "Very long hours for very low pay"
       },
       "source": {
        "reference": "S33",
        "title": "Hospitality Management – No Room for Sex Trafficking",
        "url": "https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels"
       }
      },
      {
       "id": "horeca-reisschuld",
       "text": {
        "nl": "Een reisschuld die moet worden terugbetaald",
        "en": "A travel debt that has to be paid back"
       },
       "source": {
        "reference": "S33",
        "title": "Hospitality Management – No Room for Sex Trafficking",
        "url": "https://www.hospitality-management.nl/no-room-for-sex-trafficking-aanpak-seksuele-uitbuiting-in-hotels"
       }
      },
      {
       "id": "ilo-documenten",
       "text": {
        "nl": "Identiteitsdocumenten worden ingehouden",
        "en": "Retention of identity documents"
       },
       "source": {
        "reference": "S35",
        "title": "ILO – indicators of forced labour",
        "url": null
       }
      }
     ]
    },
    {
     "type": "REPORTING_ROUTE",
     "form": "LABOUR",
     "audience": "ADULT"
    }
   ]
  }
 ],
 "quiz": [
  {
   "type": "SCENARIO",
   "id": "kamer-214",
   "title": {
    "nl": "Kamer 214",
    "en": "Room 214"
   },
   "introduction": {
    "nl": "Je werkt als receptionist in een hotel in de stad. Het verhaal is verzonnen; de signalen komen uit de lessen.",
    "en": "You work as a receptionist in a city hotel. The story is invented; the signals come from the lessons."
   },
   "start": "inchecken",
   "nodes": [
    {
     "id": "inchecken",
     "situation": {
      "nl": "Een man boekt kamer 214 voor een week en betaalt contant. Hij registreert alleen zichzelf. Bij de lift wacht een jonge vrouw zonder bagage.",
      "en": "A man books room 214 for a week and pays cash. He registers only himself. A young woman without luggage is waiting by the lift."
     },
     "question": {
      "nl": "Wat doe je?",
      "en": "What do you do?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik volg de huisregels en vraag alle gasten te registreren.",
        "en": "I follow the house rules and ask for every guest to be registered."
       },
       "feedback": {
        "nl": "Goed: iedere gast registreren is gewoon de procedure, en zo weet het hotel wie er verblijft.",
        "en": "Good: registering every guest is simply the procedure, and the hotel knows who is staying."
       },
       "next": "housekeeping",
       "ending": null,
       "score": 2,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Niets; wie er op een kamer slaapt is de zaak van de gast.",
        "en": "Nothing; who sleeps in a room is the guest's business."
       },
       "feedback": {
        "nl": "Je mist de kans om te weten wie er verblijft.",
        "en": "You miss the chance to know who is staying."
       },
       "next": "housekeeping",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "housekeeping",
     "situation": {
      "nl": "Housekeeping meldt dat kamer 214 meerdere keren per dag om schoon linnengoed vraagt en dat 'niet storen' altijd op de deur hangt. De vrouw leek bang.",
      "en": "Housekeeping reports that room 214 asks for fresh linen several times a day and that 'do not disturb' is always on the door. The woman seemed frightened."
     },
     "question": {
      "nl": "Wat doe je met deze melding?",
      "en": "What do you do with this report?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik schrijf de waarnemingen op en bespreek ze met mijn leidinggevende.",
        "en": "I write down the observations and discuss them with my manager."
       },
       "feedback": {
        "nl": "Goed: vaak om linnengoed vragen is een signaal, en samen zie je meer.",
        "en": "Good: frequent linen requests are a signal, and together you see more."
       },
       "next": "bezoekers",
       "ending": null,
       "score": 2,
       "recognises": [
        "horeca-linnen"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik zeg housekeeping dat de privacy van gasten voorgaat.",
        "en": "I tell housekeeping that guests' privacy comes first."
       },
       "feedback": {
        "nl": "Je mist een signaal uit de les: vaak om linnengoed vragen.",
        "en": "You miss a signal from the lesson: frequent linen requests."
       },
       "next": "negeren",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [
        "horeca-linnen"
       ],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "negeren",
     "situation": {
      "nl": "Een week later heeft dezelfde man kamer 214 opnieuw geboekt. 's Nachts vragen verschillende mannen naar kamer 214.",
      "en": "A week later the same man has booked room 214 again. At night several different men ask for room 214."
     },
     "question": {
      "nl": "Wat doe je nu?",
      "en": "What do you do now?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik zie het patroon, leg het vast en breng mijn leidinggevende op de hoogte.",
        "en": "I see the pattern, record it and inform my manager."
       },
       "feedback": {
        "nl": "Beter laat dan nooit: veel verschillende bezoekers voor één kamer is een signaal.",
        "en": "Better late than never: many different visitors for one room is a signal."
       },
       "next": "bezoekers",
       "ending": null,
       "score": 1,
       "recognises": [
        "horeca-veel-bezoekers"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik geef de kamernummers door, zoals gevraagd.",
        "en": "I give out the room number, as asked."
       },
       "feedback": {
        "nl": "Je mist het patroon van veel verschillende bezoekers.",
        "en": "You miss the pattern of many different visitors."
       },
       "next": null,
       "ending": "gemist",
       "score": 0,
       "recognises": [],
       "misses": [
        "horeca-veel-bezoekers"
       ],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "bezoekers",
     "situation": {
      "nl": "'s Nachts zie je op de camera steeds andere mannen via de parkeergarage naar de tweede verdieping gaan, zonder langs de receptie te komen.",
      "en": "At night the camera shows different men, one after another, going up from the car park to the second floor without passing reception."
     },
     "question": {
      "nl": "Wat doe je?",
      "en": "What do you do?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik noteer tijden en beschrijvingen, bewaar de beelden volgens de procedure en informeer mijn leidinggevende.",
        "en": "I note times and descriptions, keep the footage according to procedure and inform my manager."
       },
       "feedback": {
        "nl": "Precies: veel verschillende mannen en het vermijden van de receptie zijn samen een sterk signaal.",
        "en": "Exactly: many different men and avoiding reception are together a strong signal."
       },
       "next": "minderjarige",
       "ending": null,
       "score": 2,
       "recognises": [
        "horeca-veel-bezoekers",
        "horeca-receptie-vermijden"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik klop aan en vraag de man wat er aan de hand is.",
        "en": "I knock and ask the man what is going on."
       },
       "feedback": {
        "nl": "Een confrontatie waarschuwt de mogelijke uitbuiter en kan de vrouw in gevaar brengen.",
        "en": "A confrontation warns the possible exploiter and can put the woman at risk."
       },
       "next": "confrontatie",
       "ending": null,
       "score": -1,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "c",
       "label": {
        "nl": "Ik bel 112.",
        "en": "I call 112."
       },
       "feedback": {
        "nl": "112 is voor acuut gevaar. Zie je dat niet, dan word je doorverwezen; blijf wel vastleggen.",
        "en": "112 is for acute danger. If you don't see any, you will be referred; do keep recording."
       },
       "next": "meldkamer",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "meldkamer",
     "situation": {
      "nl": "De meldkamer vraagt of er nu acuut gevaar is. Dat weet je niet; je beschrijft wat je hebt gezien.",
      "en": "The emergency operator asks whether there is acute danger now. You don't know; you describe what you have seen."
     },
     "question": {
      "nl": "Hoe ga je verder?",
      "en": "How do you continue?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik volg het advies op, blijf feitelijk vastleggen en let op de vrouw.",
        "en": "I follow the advice, keep recording factually and keep an eye on the woman."
       },
       "feedback": {
        "nl": "Goed: vastleggen blijft belangrijk.",
        "en": "Good: recording remains important."
       },
       "next": "minderjarige",
       "ending": null,
       "score": 1,
       "recognises": [
        "horeca-receptie-vermijden"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik laat het verder aan anderen over.",
        "en": "I leave it to others from now on."
       },
       "feedback": {
        "nl": "Je stopt met kijken op het moment dat het ertoe doet.",
        "en": "You stop looking just when it matters."
       },
       "next": "minderjarige",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "confrontatie",
     "situation": {
      "nl": "De man zegt dat de vrouw zijn vriendin is. Diezelfde nacht checken ze uit.",
      "en": "The man says the woman is his girlfriend. That same night they check out."
     },
     "question": {
      "nl": "Wat doe je?",
      "en": "What do you do?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik leg alles feitelijk vast en meld wat ik zag bij de politie (kenteken, tijden, beschrijvingen).",
        "en": "I record everything factually and report what I saw to the police (number plate, times, descriptions)."
       },
       "feedback": {
        "nl": "Je melding kan later nog helpen, ook nu ze weg zijn.",
        "en": "Your report can still help later, even now they have left."
       },
       "next": null,
       "ending": "deels",
       "score": 1,
       "recognises": [],
       "misses": [],
       "reportingStep": true
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik laat het rusten.",
        "en": "I let it go."
       },
       "feedback": {
        "nl": "De signalen verdwijnen met de gasten.",
        "en": "The signals disappear with the guests."
       },
       "next": null,
       "ending": "gemist",
       "score": 0,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "minderjarige",
     "situation": {
      "nl": "De jonge vrouw komt alleen naar de receptie voor een handdoek. Ze lijkt vijftien of zestien. Ze zegt dat ze 'moet blijven' voor haar vriend, die vanavond terugkomt 'met vrienden'.",
      "en": "The young woman comes to reception alone for a towel. She looks fifteen or sixteen. She says she 'has to stay' for her boyfriend, who is coming back tonight 'with friends'."
     },
     "question": {
      "nl": "Wat doe je?",
      "en": "What do you do?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik houd haar veilig bij de receptie en bel 112: een minderjarige is nu in gevaar.",
        "en": "I keep her safe at reception and call 112: a minor is in danger now."
       },
       "feedback": {
        "nl": "Juist: een minderjarige met een volwassen man, en vanavond komen er 'vrienden'. Dat is acuut gevaar.",
        "en": "Right: a minor with an adult man, and 'friends' are coming tonight. That is acute danger."
       },
       "next": "na-112",
       "ending": null,
       "score": 3,
       "recognises": [
        "horeca-minderjarige"
       ],
       "misses": [],
       "reportingStep": true
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik geef haar de handdoek; ze is vast ouder dan ze eruitziet.",
        "en": "I give her the towel; she is probably older than she looks."
       },
       "feedback": {
        "nl": "Een minderjarige met een volwassen man is een signaal dat je nooit laat liggen.",
        "en": "A minor with an adult man is a signal you never let pass."
       },
       "next": null,
       "ending": "gemist",
       "score": 0,
       "recognises": [],
       "misses": [
        "horeca-minderjarige"
       ],
       "reportingStep": false
      },
      {
       "id": "c",
       "label": {
        "nl": "Ik zeg dat ze het hotel moet verlaten.",
        "en": "I tell her she must leave the hotel."
       },
       "feedback": {
        "nl": "Je stuurt een minderjarige weg zonder bescherming.",
        "en": "You send a minor away without protection."
       },
       "next": null,
       "ending": "gemist",
       "score": -1,
       "recognises": [],
       "misses": [
        "horeca-minderjarige"
       ],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "na-112",
     "situation": {
      "nl": "De politie komt en neemt het over. De volgende dag vraagt je leidinggevende wat er nu moet gebeuren.",
      "en": "The police arrive and take over. The next day your manager asks what should happen now."
     },
     "question": {
      "nl": "Wat stel je voor?",
      "en": "What do you suggest?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Mijn waarnemingen voor de politie op papier zetten, en afspreken hoe het hotel gasten registreert en waar we advies vragen over minderjarigen.",
        "en": "Write up my observations for the police, and agree how the hotel registers guests and where we ask for advice about minors."
       },
       "feedback": {
        "nl": "Goed: zo leert het hele hotel ervan.",
        "en": "Good: this way the whole hotel learns from it."
       },
       "next": null,
       "ending": "geholpen",
       "score": 2,
       "recognises": [],
       "misses": [],
       "reportingStep": true
      },
      {
       "id": "b",
       "label": {
        "nl": "Er een bericht over op sociale media zetten, als waarschuwing.",
        "en": "Post about it on social media, as a warning."
       },
       "feedback": {
        "nl": "Dat kan het slachtoffer en het onderzoek schaden.",
        "en": "That can harm the victim and the investigation."
       },
       "next": null,
       "ending": "deels",
       "score": -2,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    }
   ],
   "endings": [
    {
     "id": "geholpen",
     "outcome": {
      "nl": "Je zag de signalen op tijd en belde 112 toen een minderjarige in acuut gevaar was.",
      "en": "You saw the signals in time and called 112 when a minor was in acute danger."
     },
     "whatHappened": {
      "nl": "In dit verhaal wordt het meisje opgevangen en krijgt ze hulp. De politie start een onderzoek naar de man.",
      "en": "In this story the girl is taken into care and gets help. The police open an investigation into the man."
     },
     "routeAdvice": {
      "nl": "Dit was de goede route: vastleggen en delen met je leidinggevende; bij acuut gevaar 112; voor advies over minderjarigen het Meldpunt Uitbuiting Minderjarigen.",
      "en": "This was the right route: record and share with your manager; in acute danger 112; for advice about minors the Meldpunt Uitbuiting Minderjarigen."
     },
     "route": {
      "form": "SEXUAL",
      "audience": "MINOR"
     },
     "good": true
    },
    {
     "id": "deels",
     "outcome": {
      "nl": "Er is gemeld, maar laat of op een manier die het slachtoffer niet beschermde.",
      "en": "There was a report, but late, or in a way that did not protect the victim."
     },
     "whatHappened": {
      "nl": "In dit verhaal is de vrouw uit beeld. De politie heeft je melding, maar weet niet waar ze is.",
      "en": "In this story the woman is out of sight. The police have your report but do not know where she is."
     },
     "routeAdvice": {
      "nl": "Beter was geweest: niet confronteren, vastleggen, je leidinggevende informeren en melden volgens de route hieronder.",
      "en": "Better would have been: do not confront, record, inform your manager and report following the route below."
     },
     "route": {
      "form": "SEXUAL",
      "audience": "ADULT"
     },
     "good": false
    },
    {
     "id": "gemist",
     "outcome": {
      "nl": "De signalen zijn niet opgemerkt of er is niets mee gedaan.",
      "en": "The signals were not noticed, or nothing was done with them."
     },
     "whatHappened": {
      "nl": "In dit verhaal wordt het meisje de volgende week naar een ander hotel gebracht.",
      "en": "In this story the girl is taken to another hotel the next week."
     },
     "routeAdvice": {
      "nl": "De route die gevolgd had moeten worden: signalen vastleggen en delen, bij acuut gevaar 112, en melden volgens de route hieronder.",
      "en": "The route that should have been followed: record and share the signals, in acute danger 112, and report following the route below."
     },
     "route": {
      "form": "SEXUAL",
      "audience": "MINOR"
     },
     "good": false
    }
   ]
  },
  {
   "type": "SPOT_THE_SIGNALS",
   "id": "keuken-casus",
   "prompt": {
    "nl": "Lees de casus. Welke zinnen zijn signalen?",
    "en": "Read the case. Which sentences are signals?"
   },
   "sentences": [
    {
     "id": "k1",
     "label": {
      "nl": "Een nieuwe kok is sinds maart in dienst.",
      "en": "A new cook started in March."
     }
    },
    {
     "id": "k2",
     "label": {
      "nl": "Hij slaapt 's nachts in de opslagruimte achter de keuken.",
      "en": "He sleeps in the storeroom behind the kitchen at night."
     }
    },
    {
     "id": "k3",
     "label": {
      "nl": "Hij werkt zes dagen van veertien uur en krijgt een paar honderd euro per maand.",
      "en": "He works six fourteen-hour days and gets a few hundred euros a month."
     }
    },
    {
     "id": "k4",
     "label": {
      "nl": "Hij kookt graag met verse kruiden.",
      "en": "He likes cooking with fresh herbs."
     }
    },
    {
     "id": "k5",
     "label": {
      "nl": "Hij zegt dat hij eerst zijn reis naar Nederland moet terugbetalen.",
      "en": "He says he first has to pay back his journey to the Netherlands."
     }
    }
   ],
   "signals": [
    "k2",
    "k3",
    "k5"
   ],
   "explanation": {
    "nl": "Op het werk slapen, zeer lange dagen voor weinig loon en een reisschuld zijn signalen uit de les.",
    "en": "Sleeping at work, very long days for little pay and a travel debt are signals from the lesson."
   }
  },
  {
   "type": "MATCH_SIGNAL_TO_FORM",
   "id": "koppel-vorm",
   "prompt": {
    "nl": "Bij welke vorm van uitbuiting hoort elk signaal het meest?",
    "en": "Which form of exploitation does each signal point to most?"
   },
   "signals": [
    {
     "id": "v1",
     "label": {
      "nl": "Veel verschillende mannen bezoeken één kamer",
      "en": "Many different men visiting one room"
     },
     "form": "SEXUAL"
    },
    {
     "id": "v2",
     "label": {
      "nl": "Keukenpersoneel slaapt op het werk",
      "en": "Kitchen staff sleep at work"
     },
     "form": "LABOUR"
    },
    {
     "id": "v3",
     "label": {
      "nl": "Een reisschuld en veertien uur per dag in de keuken",
      "en": "A travel debt and fourteen hours a day in the kitchen"
     },
     "form": "LABOUR"
    },
    {
     "id": "v4",
     "label": {
      "nl": "Een minderjarige met een volwassen man",
      "en": "A minor with an adult man"
     },
     "form": "SEXUAL"
    }
   ],
   "explanation": {
    "nl": "Kamer- en bezoekerssignalen wijzen op seksuele uitbuiting; werk-, loon- en schuldsignalen op arbeidsuitbuiting.",
    "en": "Room and visitor signals point to sexual exploitation; work, pay and debt signals to labour exploitation."
   }
  },
  {
   "type": "SINGLE_CHOICE",
   "id": "acuut",
   "prompt": {
    "nl": "Wanneer bel je 112?",
    "en": "When do you call 112?"
   },
   "options": [
    {
     "id": "o1",
     "label": {
      "nl": "Bij elk vermoeden van mensenhandel.",
      "en": "For every suspicion of trafficking."
     }
    },
    {
     "id": "o2",
     "label": {
      "nl": "Bij acuut gevaar.",
      "en": "In acute danger."
     }
    },
    {
     "id": "o3",
     "label": {
      "nl": "Alleen als de politie het vraagt.",
      "en": "Only when the police ask you to."
     }
    }
   ],
   "correct": "o2",
   "explanation": {
    "nl": "112 is voor acuut gevaar; voor de rest volg je de route voor jouw regio.",
    "en": "112 is for acute danger; otherwise follow the route for your region."
   }
  }
 ]
}
$course$::text AS content
),
j AS (SELECT content, content::jsonb AS j FROM doc),
c AS (
    INSERT INTO learning.course (id, code, created_by)
    VALUES (nextval('learning.course_seq'), 'horeca-hotelkamer', 'seed')
    RETURNING id
)
INSERT INTO learning.course_version (id, course_id, number, status, title_nl, title_en, sector, forms, languages,
                                     pass_mark, content, created_by, published_by, published_at)
SELECT nextval('learning.course_version_seq'), c.id, 1, 'PUBLISHED', j.j -> 'title' ->> 'nl', j.j -> 'title' ->> 'en',
       j.j ->> 'sector',
       (SELECT string_agg(f, ',' ORDER BY f) FROM jsonb_array_elements_text(j.j -> 'forms') f),
       (SELECT string_agg(l, ',') FROM jsonb_array_elements_text(j.j -> 'languages') l),
       (j.j ->> 'passMark')::int, j.content, 'seed', 'seed', now()
FROM c, j;
