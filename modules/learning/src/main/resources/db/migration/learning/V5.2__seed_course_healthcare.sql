-- Seed course: healthcare — a patient brought in by an 'employer' (issue 6).
--
-- Seed course 'zorg-signalen', published as version 1. The JSON between the $course$ markers is the whole
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
  "nl": "Mensenhandel herkennen in de zorg",
  "en": "Recognising human trafficking in healthcare"
 },
 "summary": {
  "nl": "Stille signalen op de spoedeisende hulp en in de spreekkamer, en wat je doet als je ze ziet.",
  "en": "Silent signals at the emergency department and in the consulting room, and what to do when you see them."
 },
 "sector": "HEALTHCARE",
 "forms": [
  "LABOUR",
  "SEXUAL"
 ],
 "languages": [
  "nl",
  "en"
 ],
 "estimatedMinutes": 45,
 "learningGoals": [
  {
   "nl": "Je herkent stille signalen van mensenhandel bij een patiënt.",
   "en": "You recognise silent signals of trafficking in a patient."
  },
  {
   "nl": "Je zorgt dat een patiënt vrijuit kan spreken.",
   "en": "You make sure a patient can speak freely."
  },
  {
   "nl": "Je weet waar je advies vraagt en meldt in jouw regio.",
   "en": "You know where to ask for advice and report in your region."
  }
 ],
 "passMark": 70,
 "retakePolicy": {
  "maxAttempts": 0,
  "retakeAfterPass": true
 },
 "lessons": [
  {
   "id": "stille-signalen",
   "title": {
    "nl": "Stille signalen in de spreekkamer",
    "en": "Silent signals in the consulting room"
   },
   "blocks": [
    {
     "type": "RICH_TEXT",
     "html": {
      "nl": "<p>Slachtoffers van mensenhandel komen in de zorg terecht, maar vertellen zelden uit zichzelf wat er aan de hand is. Het magazine 'Dit is ook mensenhandel' beschrijft de stille signalen die zorgverleners wel kunnen zien: letsel dat niet past bij het verhaal, een begeleider die het woord voert en de patiënt niet alleen laat, zorg die is uitgesteld omdat 'de werkgever het niet toestond'. Bron: <a href=\"https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer\">Dit is ook mensenhandel – Stille signalen in de spreekkamer (S32)</a>.</p><p>Eén signaal bewijst niets. Het gaat om het patroon, en om de vraag: mag deze patiënt vrijuit spreken?</p>",
      "en": "<p>Victims of human trafficking do end up in healthcare, but rarely say on their own what is going on. The magazine 'Dit is ook mensenhandel' describes the silent signals that care professionals can see: injuries that do not fit the story, a companion who does the talking and never leaves the patient alone, care delayed because 'the employer didn't allow it'. Source: <a href=\"https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer\">Dit is ook mensenhandel – Stille signalen in de spreekkamer (S32)</a>.</p><p>One signal proves nothing. What matters is the pattern, and the question: can this patient speak freely?</p>"
     }
    },
    {
     "type": "SIGNALS",
     "signals": [
      {
       "id": "zorg-letsel-past-niet",
       "text": {
        "nl": "Letsel dat niet past bij het verhaal",
        "en": "Injuries that do not fit the story"
       },
       "source": {
        "reference": "S32",
        "title": "Dit is ook mensenhandel – Stille signalen in de spreekkamer",
        "url": "https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer"
       }
      },
      {
       "id": "zorg-herhaald-bezoek",
       "text": {
        "nl": "Herhaalde bezoeken voor brandwonden, breuken of hoofdwonden",
        "en": "Repeated visits for burns, fractures or head wounds"
       },
       "source": {
        "reference": "S32",
        "title": "Dit is ook mensenhandel – Stille signalen in de spreekkamer",
        "url": "https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer"
       }
      },
      {
       "id": "zorg-begeleider-praat",
       "text": {
        "nl": "Gebracht door een werkgever of begeleider; de patiënt mag niet alleen spreken",
        "en": "Brought in by an employer or companion; the patient is not allowed to talk alone"
       },
       "source": {
        "reference": "S32",
        "title": "Dit is ook mensenhandel – Stille signalen in de spreekkamer",
        "url": "https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer"
       }
      },
      {
       "id": "zorg-geen-paspoort",
       "text": {
        "nl": "De patiënt heeft het eigen paspoort niet in bezit",
        "en": "The patient does not hold their own passport"
       },
       "source": {
        "reference": "S32",
        "title": "Dit is ook mensenhandel – Stille signalen in de spreekkamer",
        "url": "https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer"
       }
      },
      {
       "id": "zorg-zorg-uitgesteld",
       "text": {
        "nl": "Zorg uitgesteld omdat 'de werkgever het niet toestond'",
        "en": "Care delayed because 'the employer didn't allow it'"
       },
       "source": {
        "reference": "S32",
        "title": "Dit is ook mensenhandel – Stille signalen in de spreekkamer",
        "url": "https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer"
       }
      },
      {
       "id": "zorg-minderjarige-seh",
       "text": {
        "nl": "Een minderjarige herhaaldelijk op de spoedeisende hulp voor zwangerschap, soa of letsel",
        "en": "A minor repeatedly at the emergency department for pregnancy, STI or injuries"
       },
       "source": {
        "reference": "S32",
        "title": "Dit is ook mensenhandel – Stille signalen in de spreekkamer",
        "url": "https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer"
       }
      },
      {
       "id": "zorg-tatoeage",
       "text": {
        "nl": "Vraagt om het verwijderen van een opgedrongen tatoeage",
        "en": "Asks to have a forced tattoo removed"
       },
       "source": {
        "reference": "S32",
        "title": "Dit is ook mensenhandel – Stille signalen in de spreekkamer",
        "url": "https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer"
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
  },
  {
   "id": "ilo-indicatoren",
   "title": {
    "nl": "Arbeidsuitbuiting herkennen: de ILO-indicatoren",
    "en": "Recognising labour exploitation: the ILO indicators"
   },
   "blocks": [
    {
     "type": "RICH_TEXT",
     "html": {
      "nl": "<p>De Internationale Arbeidsorganisatie (ILO) noemt elf indicatoren van dwangarbeid, waaronder misbruik van een kwetsbare positie, misleiding, beperking van de bewegingsvrijheid, isolatie, geweld, intimidatie en bedreiging, het inhouden van identiteitsdocumenten en van loon, schuldslavernij, slechte werk- en leefomstandigheden en buitensporig overwerk. Bron: <cite>ILO – indicators of forced labour (S35)</cite>.</p><p>De Nederlandse Arbeidsinspectie publiceert daarnaast twaalf signalen van arbeidsuitbuiting en neemt meldingen aan, ook anoniem. Bron: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>.</p>",
      "en": "<p>The International Labour Organization (ILO) lists eleven indicators of forced labour, among them abuse of vulnerability, deception, restriction of movement, isolation, violence, intimidation and threats, retention of identity documents and of wages, debt bondage, abusive working and living conditions and excessive overtime. Source: <cite>ILO – indicators of forced labour (S35)</cite>.</p><p>The Netherlands Labour Authority (Nederlandse Arbeidsinspectie) also publishes twelve signals of labour exploitation and takes reports, anonymous ones too. Source: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>.</p>"
     }
    },
    {
     "type": "SIGNALS",
     "signals": [
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
      },
      {
       "id": "ilo-schuld",
       "text": {
        "nl": "Schuldslavernij: een schuld die nooit afgelost raakt",
        "en": "Debt bondage: a debt that is never paid off"
       },
       "source": {
        "reference": "S35",
        "title": "ILO – indicators of forced labour",
        "url": null
       }
      },
      {
       "id": "ilo-isolatie",
       "text": {
        "nl": "Isolatie en beperkte bewegingsvrijheid",
        "en": "Isolation and restriction of movement"
       },
       "source": {
        "reference": "S35",
        "title": "ILO – indicators of forced labour",
        "url": null
       }
      },
      {
       "id": "ilo-overwerk",
       "text": {
        "nl": "Buitensporig overwerk",
        "en": "Excessive overtime"
       },
       "source": {
        "reference": "S35",
        "title": "ILO – indicators of forced labour",
        "url": null
       }
      },
      {
       "id": "ilo-intimidatie",
       "text": {
        "nl": "Intimidatie en bedreiging",
        "en": "Intimidation and threats"
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
  },
  {
   "id": "melden-vanuit-de-zorg",
   "title": {
    "nl": "Wat doe je als zorgverlener?",
    "en": "What do you do as a care professional?"
   },
   "blocks": [
    {
     "type": "RICH_TEXT",
     "html": {
      "nl": "<p>Bij acuut gevaar bel je 112. Zonder acuut gevaar hoef je het niet alleen te beslissen: zorgverleners werken met de Meldcode huiselijk geweld en kindermishandeling, en Veilig Thuis geeft professionals advies en neemt meldingen aan, 24 uur per dag. Bronnen: <a href=\"https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld\">Gemeente Scherpenzeel – mishandeling of huiselijk geweld (Veilig Thuis) (S15)</a>, <a href=\"https://www.vng.nl/veilig-thuis\">VNG – Veilig Thuis (S24)</a>.</p><p>CoMensha registreert slachtoffers landelijk en adviseert via de helpdesk. Bronnen: <a href=\"https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha\">Wegwijzer Mensenhandel – CoMensha (S6)</a>, <a href=\"https://www.comensha.nl/onze-helpdesk/registratie\">CoMensha – helpdesk en registratie (S7)</a>. Gaat het om een minderjarige, dan kun je terecht bij het Meldpunt Uitbuiting Minderjarigen (CoMensha en Terre des Hommes), ook anoniem. Bron: <a href=\"https://www.melduitbuitingminderjarigen.nl/onze-aanpak\">Meldpunt Uitbuiting Minderjarigen – onze aanpak (S8)</a>. Seksuele uitbuiting van een minderjarige is mensenhandel, ook zonder dwang. Bron: <a href=\"https://www.dutchrapporteur.nl/trafficking-in-human-beings/types-of-human-trafficking\">Nationaal Rapporteur – vormen van mensenhandel (S30)</a>.</p><p>Hieronder staat de route voor jouw regio, opgezocht voor de gemeente van je organisatie.</p>",
      "en": "<p>In acute danger, call 112. Without acute danger you need not decide alone: care professionals work under the Meldcode for domestic violence and child abuse, and Veilig Thuis advises professionals and takes reports, 24 hours a day. Sources: <a href=\"https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld\">Gemeente Scherpenzeel – mishandeling of huiselijk geweld (Veilig Thuis) (S15)</a>, <a href=\"https://www.vng.nl/veilig-thuis\">VNG – Veilig Thuis (S24)</a>.</p><p>CoMensha registers victims nationally and advises through its helpdesk. Sources: <a href=\"https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha\">Wegwijzer Mensenhandel – CoMensha (S6)</a>, <a href=\"https://www.comensha.nl/onze-helpdesk/registratie\">CoMensha – helpdesk en registratie (S7)</a>. When a minor is involved, you can turn to the Meldpunt Uitbuiting Minderjarigen (CoMensha and Terre des Hommes), anonymously too. Source: <a href=\"https://www.melduitbuitingminderjarigen.nl/onze-aanpak\">Meldpunt Uitbuiting Minderjarigen – onze aanpak (S8)</a>. Sexual exploitation of a minor is trafficking, even without coercion. Source: <a href=\"https://www.dutchrapporteur.nl/trafficking-in-human-beings/types-of-human-trafficking\">Nationaal Rapporteur – vormen van mensenhandel (S30)</a>.</p><p>Below is the route for your region, looked up for your organisation's municipality.</p>"
     }
    },
    {
     "type": "REPORTING_ROUTE",
     "form": "SEXUAL",
     "audience": "MINOR"
    }
   ]
  }
 ],
 "quiz": [
  {
   "type": "SCENARIO",
   "id": "seh-werkgever",
   "title": {
    "nl": "Zaterdagnacht op de spoedeisende hulp",
    "en": "Saturday night at the emergency department"
   },
   "introduction": {
    "nl": "Je werkt als verpleegkundige op de spoedeisende hulp. Het verhaal is verzonnen; de signalen komen uit de lessen.",
    "en": "You are a nurse at the emergency department. The story is invented; the signals come from the lessons."
   },
   "start": "triage",
   "nodes": [
    {
     "id": "triage",
     "situation": {
      "nl": "Andrei (32) komt binnen met een brandwond op zijn onderarm en een gezwollen pols. Een man die zich voorstelt als zijn werkgever zegt dat Andrei zich thuis heeft gebrand bij het koken. De wond lijkt eerder op contact met een heet machineonderdeel, en je ziet oudere littekens.",
      "en": "Andrei (32) comes in with a burn on his forearm and a swollen wrist. A man who introduces himself as his employer says Andrei burnt himself cooking at home. The wound looks more like contact with a hot machine part, and you see older scars."
     },
     "question": {
      "nl": "Wat doe je eerst?",
      "en": "What do you do first?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik neem het verhaal over, behandel de wond en laat de werkgever de papieren regelen.",
        "en": "I accept the story, treat the wound and let the employer handle the paperwork."
       },
       "feedback": {
        "nl": "Het letsel past niet bij het verhaal: dat is een signaal dat je mist.",
        "en": "The injury does not fit the story: that is a signal you miss."
       },
       "next": "papieren",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [
        "zorg-letsel-past-niet"
       ],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik noteer dat het letsel niet bij het verhaal past en stel tijdens de behandeling meer vragen.",
        "en": "I note that the injury does not fit the story and ask more questions while treating."
       },
       "feedback": {
        "nl": "Goed gezien: letsel dat niet past bij het verhaal is een stil signaal.",
        "en": "Well spotted: an injury that does not fit the story is a silent signal."
       },
       "next": "begeleider",
       "ending": null,
       "score": 2,
       "recognises": [
        "zorg-letsel-past-niet"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "c",
       "label": {
        "nl": "Ik spreek de werkgever waar Andrei bij staat aan op mensenhandel.",
        "en": "I confront the employer with trafficking, in front of Andrei."
       },
       "feedback": {
        "nl": "Een confrontatie waar de patiënt bij is kan hem in gevaar brengen; en er is nog niets wat op acuut gevaar wijst.",
        "en": "A confrontation in front of the patient can put him at risk; and nothing points to acute danger yet."
       },
       "next": "confrontatie",
       "ending": null,
       "score": -1,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "begeleider",
     "situation": {
      "nl": "Elke vraag aan Andrei beantwoordt de werkgever. Hij zegt dat Andrei geen Nederlands spreekt en dat hij er daarom bij moet blijven.",
      "en": "The employer answers every question you ask Andrei. He says Andrei does not speak Dutch, so he has to stay."
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
        "nl": "Ik regel een professionele tolk en vraag de werkgever in de wachtkamer te wachten tijdens het onderzoek.",
        "en": "I arrange a professional interpreter and ask the employer to wait in the waiting room during the examination."
       },
       "feedback": {
        "nl": "Precies: zo kan Andrei vrijuit spreken, en het is gewoon de werkwijze bij een onderzoek.",
        "en": "Exactly: this lets Andrei speak freely, and it is simply how an examination is done."
       },
       "next": "alleen",
       "ending": null,
       "score": 3,
       "recognises": [
        "zorg-begeleider-praat"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik laat de werkgever vertalen; dat gaat sneller.",
        "en": "I let the employer interpret; it is quicker."
       },
       "feedback": {
        "nl": "Een begeleider die vertaalt en het woord voert is juist een signaal. Andrei kan nu niets vertellen.",
        "en": "A companion who interprets and does the talking is itself a signal. Andrei cannot tell you anything now."
       },
       "next": "papieren",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [
        "zorg-begeleider-praat"
       ],
       "reportingStep": false
      },
      {
       "id": "c",
       "label": {
        "nl": "Ik zeg de werkgever dat ik vermoed dat hij Andrei uitbuit.",
        "en": "I tell the employer I suspect he is exploiting Andrei."
       },
       "feedback": {
        "nl": "Je waarschuwt de mogelijke uitbuiter en Andrei loopt meer risico.",
        "en": "You warn the possible exploiter and put Andrei at more risk."
       },
       "next": "confrontatie",
       "ending": null,
       "score": -1,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "papieren",
     "situation": {
      "nl": "De werkgever vult de formulieren in, wil contant betalen en dringt aan op vertrek: 'Hij moet morgen weer werken.'",
      "en": "The employer fills in the forms, wants to pay cash and insists on leaving: 'He has to work again tomorrow.'"
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
        "nl": "Ik vraag Andrei nog even alleen te spreken voor de nazorginstructies, met een tolk.",
        "en": "I ask to see Andrei alone for a moment, with an interpreter, for the aftercare instructions."
       },
       "feedback": {
        "nl": "Goed: ook laat in het gesprek kun je de patiënt nog alleen spreken.",
        "en": "Good: even late in the visit you can still see the patient alone."
       },
       "next": "alleen",
       "ending": null,
       "score": 1,
       "recognises": [
        "zorg-begeleider-praat"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik ontsla Andrei met de werkgever.",
        "en": "I discharge Andrei with the employer."
       },
       "feedback": {
        "nl": "Andrei gaat terug zonder dat iemand heeft gevraagd hoe het met hem gaat.",
        "en": "Andrei goes back without anyone asking how he is."
       },
       "next": null,
       "ending": "gemist",
       "score": 0,
       "recognises": [],
       "misses": [
        "zorg-begeleider-praat"
       ],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "confrontatie",
     "situation": {
      "nl": "De werkgever wordt boos en neemt Andrei mee voordat de behandeling klaar is.",
      "en": "The employer gets angry and takes Andrei away before the treatment is finished."
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
        "nl": "Ik leg feitelijk vast wat ik heb gezien, overleg met een collega en vraag advies over wat ik met mijn signalen kan doen.",
        "en": "I record factually what I saw, discuss it with a colleague and ask for advice on what to do with my signals."
       },
       "feedback": {
        "nl": "Vastleggen en advies vragen is nog steeds zinvol, ook als de patiënt weg is.",
        "en": "Recording and asking for advice still matters, even when the patient has gone."
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
        "nl": "Ik laat het rusten; hij is toch weg.",
        "en": "I let it go; he has left anyway."
       },
       "feedback": {
        "nl": "De signalen verdwijnen met Andrei.",
        "en": "The signals disappear with Andrei."
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
     "id": "alleen",
     "situation": {
      "nl": "Met de tolk vertelt Andrei dat hij twaalf uur per dag werkt, in een huis woont dat de werkgever regelt en een reisschuld afbetaalt. Zijn paspoort wordt 'veilig bewaard' door de werkgever. De brandwond is van een week geleden; hij mocht niet eerder komen. Hij vraagt je niets door te vertellen: hij is bang zijn werk te verliezen.",
      "en": "Through the interpreter Andrei says he works twelve hours a day, lives in a house the employer arranges and is paying off a travel debt. His passport is 'kept safe' by the employer. The burn is a week old; he was not allowed to come earlier. He asks you not to tell anyone: he is afraid of losing his job."
     },
     "question": {
      "nl": "Wat leg je vast?",
      "en": "What do you record?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Alles wat hij vertelt, feitelijk: het paspoort, de schuld, de uitgestelde zorg en de werktijden.",
        "en": "Everything he says, factually: the passport, the debt, the delayed care and the working hours."
       },
       "feedback": {
        "nl": "Dit zijn samen sterke signalen; feitelijk vastleggen helpt iedereen die later moet beslissen.",
        "en": "Together these are strong signals; recording them factually helps whoever has to decide later."
       },
       "next": "volgende-stap",
       "ending": null,
       "score": 3,
       "recognises": [
        "zorg-geen-paspoort",
        "zorg-zorg-uitgesteld",
        "ilo-schuld",
        "ilo-overwerk",
        "ilo-documenten"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Alleen de medische gegevens; de rest is niet mijn zaak.",
        "en": "Only the medical facts; the rest is not my business."
       },
       "feedback": {
        "nl": "Je mist het paspoort, de schuld en de uitgestelde zorg: precies de signalen die ertoe doen.",
        "en": "You miss the passport, the debt and the delayed care: exactly the signals that matter."
       },
       "next": "terugkomst",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [
        "zorg-geen-paspoort",
        "zorg-zorg-uitgesteld",
        "ilo-schuld"
       ],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "terugkomst",
     "situation": {
      "nl": "Twee weken later is Andrei terug, nu met een hoofdwond. Dezelfde werkgever brengt hem.",
      "en": "Two weeks later Andrei is back, now with a head wound. The same employer brings him."
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
        "nl": "Ik herken het patroon, regel een tolk en spreek Andrei alleen.",
        "en": "I recognise the pattern, arrange an interpreter and see Andrei alone."
       },
       "feedback": {
        "nl": "Herhaalde bezoeken met letsel zijn een signaal op zich.",
        "en": "Repeated visits with injuries are a signal in themselves."
       },
       "next": "volgende-stap",
       "ending": null,
       "score": 1,
       "recognises": [
        "zorg-herhaald-bezoek"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik behandel de wond en ontsla hem weer.",
        "en": "I treat the wound and discharge him again."
       },
       "feedback": {
        "nl": "Het patroon van herhaalde bezoeken blijft onopgemerkt.",
        "en": "The pattern of repeated visits goes unnoticed."
       },
       "next": null,
       "ending": "gemist",
       "score": 0,
       "recognises": [],
       "misses": [
        "zorg-herhaald-bezoek"
       ],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "volgende-stap",
     "situation": {
      "nl": "Andrei is vannacht niet in acuut gevaar, maar wel bang.",
      "en": "Andrei is not in acute danger tonight, but he is afraid."
     },
     "question": {
      "nl": "Wat is je volgende stap?",
      "en": "What is your next step?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik overleg met een collega volgens de Meldcode en vraag advies aan Veilig Thuis of de helpdesk van CoMensha.",
        "en": "I consult a colleague under the Meldcode and ask Veilig Thuis or the CoMensha helpdesk for advice."
       },
       "feedback": {
        "nl": "Juist: zonder acuut gevaar is advies vragen de eerste stap, en je hoeft het niet alleen te beslissen.",
        "en": "Right: without acute danger, asking for advice is the first step, and you need not decide alone."
       },
       "next": "advies",
       "ending": null,
       "score": 3,
       "recognises": [],
       "misses": [],
       "reportingStep": true
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik bel 112.",
        "en": "I call 112."
       },
       "feedback": {
        "nl": "112 is voor acuut gevaar. Dat is er nu niet; je wordt doorverwezen. Vraag advies via de route hieronder.",
        "en": "112 is for acute danger. There is none now; you will be referred. Ask for advice through the route below."
       },
       "next": "advies",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "c",
       "label": {
        "nl": "Niets: hij vroeg me het niet door te vertellen.",
        "en": "Nothing: he asked me not to tell anyone."
       },
       "feedback": {
        "nl": "Advies vragen kan zonder zijn naam te noemen. Niets doen laat hem alleen.",
        "en": "You can ask for advice without giving his name. Doing nothing leaves him on his own."
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
     "id": "advies",
     "situation": {
      "nl": "Je krijgt advies en spreekt af Andrei te informeren over hulp. De werkgever zit in de wachtkamer.",
      "en": "You get advice and decide to tell Andrei where he can get help. The employer is in the waiting room."
     },
     "question": {
      "nl": "Hoe geef je Andrei de informatie?",
      "en": "How do you give Andrei the information?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Discreet, in zijn eigen taal, met een vervolgafspraak waarbij ik hem weer alleen zie.",
        "en": "Discreetly, in his own language, with a follow-up appointment where I see him alone again."
       },
       "feedback": {
        "nl": "Goed: discreet informeren beschermt Andrei en houdt contact mogelijk.",
        "en": "Good: informing him discreetly protects Andrei and keeps contact possible."
       },
       "next": "melden",
       "ending": null,
       "score": 2,
       "recognises": [],
       "misses": [],
       "reportingStep": true
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik geef hem een folder over mensenhandel terwijl de werkgever erbij staat.",
        "en": "I give him a leaflet about trafficking while the employer is standing there."
       },
       "feedback": {
        "nl": "Zo weet de werkgever wat je vermoedt; dat kan Andrei in gevaar brengen.",
        "en": "Now the employer knows what you suspect; that can put Andrei at risk."
       },
       "next": "melden",
       "ending": null,
       "score": -1,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "melden",
     "situation": {
      "nl": "Na overleg besluit je de signalen te melden.",
      "en": "After consultation you decide to report the signals."
     },
     "question": {
      "nl": "Waar meld je dit vermoeden van arbeidsuitbuiting?",
      "en": "Where do you report this suspicion of labour exploitation?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Bij de Nederlandse Arbeidsinspectie en de politie, volgens de route voor mijn regio; waar het kan met Andreis instemming.",
        "en": "With the Netherlands Labour Authority and the police, following the route for my region; with Andrei's consent where possible."
       },
       "feedback": {
        "nl": "Dat is de route voor arbeidsuitbuiting. De Arbeidsinspectie neemt ook anonieme meldingen aan.",
        "en": "That is the route for labour exploitation. The Labour Authority also takes anonymous reports."
       },
       "next": null,
       "ending": "geholpen",
       "score": 3,
       "recognises": [],
       "misses": [],
       "reportingStep": true
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik bespreek het alleen met de werkgever zelf.",
        "en": "I only discuss it with the employer himself."
       },
       "feedback": {
        "nl": "De werkgever is mogelijk de uitbuiter; zo bereikt je melding niemand die kan helpen.",
        "en": "The employer may be the exploiter; this way your report reaches no one who can help."
       },
       "next": null,
       "ending": "deels",
       "score": 0,
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
      "nl": "Je signalen zijn vastgelegd, je hebt advies gevraagd en gemeld via de juiste route.",
      "en": "Your signals were recorded, you asked for advice and reported through the right route."
     },
     "whatHappened": {
      "nl": "In dit verhaal onderzoekt de Arbeidsinspectie het bedrijf. Andrei wordt aangemeld bij CoMensha en krijgt opvang; hij krijgt zijn paspoort terug.",
      "en": "In this story the Labour Authority investigates the company. Andrei is registered with CoMensha and gets shelter; he gets his passport back."
     },
     "routeAdvice": {
      "nl": "Dit was de goede route: vastleggen, overleggen en advies vragen, en melden bij Arbeidsinspectie of politie.",
      "en": "This was the right route: record, consult and ask advice, and report to the Labour Authority or the police."
     },
     "route": {
      "form": "LABOUR",
      "audience": "ADULT"
     },
     "good": true
    },
    {
     "id": "deels",
     "outcome": {
      "nl": "Er is iets vastgelegd, maar Andrei is uit beeld geraakt of je melding kwam niet op de goede plek.",
      "en": "Something was recorded, but Andrei is out of sight or your report did not reach the right place."
     },
     "whatHappened": {
      "nl": "In dit verhaal verhuist Andrei met de werkgever naar een andere stad. Je signalen liggen er, maar niemand kan hem nog bereiken.",
      "en": "In this story Andrei moves to another city with the employer. Your signals are on file, but nobody can reach him any more."
     },
     "routeAdvice": {
      "nl": "Beter was geweest: de patiënt alleen spreken met een tolk, advies vragen en melden volgens de route hieronder.",
      "en": "Better would have been: see the patient alone with an interpreter, ask for advice and report following the route below."
     },
     "route": {
      "form": "LABOUR",
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
      "nl": "In dit verhaal blijft Andrei twaalf uur per dag werken voor zijn schuld. Hij komt niet meer terug naar het ziekenhuis.",
      "en": "In this story Andrei keeps working twelve hours a day for his debt. He does not come back to the hospital."
     },
     "routeAdvice": {
      "nl": "De route die gevolgd had moeten worden: de patiënt alleen spreken, signalen vastleggen, advies vragen (Meldcode) en melden bij Arbeidsinspectie of politie.",
      "en": "The route that should have been followed: see the patient alone, record the signals, ask for advice (Meldcode) and report to the Labour Authority or the police."
     },
     "route": {
      "form": "LABOUR",
      "audience": "ADULT"
     },
     "good": false
    }
   ]
  },
  {
   "type": "SPOT_THE_SIGNALS",
   "id": "casus-signalen",
   "prompt": {
    "nl": "Lees de casus. Welke zinnen zijn signalen van mensenhandel?",
    "en": "Read the case. Which sentences are signals of trafficking?"
   },
   "sentences": [
    {
     "id": "z1",
     "label": {
      "nl": "Een vrouw komt op het spreekuur met rugklachten.",
      "en": "A woman comes to the surgery with back pain."
     }
    },
    {
     "id": "z2",
     "label": {
      "nl": "Haar 'tante' blijft erbij en beantwoordt alle vragen.",
      "en": "Her 'aunt' stays in the room and answers every question."
     }
    },
    {
     "id": "z3",
     "label": {
      "nl": "Ze heeft een afspraak gemaakt via de receptie.",
      "en": "She made the appointment through the reception desk."
     }
    },
    {
     "id": "z4",
     "label": {
      "nl": "Haar paspoort ligt 'bij de baas', zegt de tante.",
      "en": "Her passport is 'with the boss', the aunt says."
     }
    },
    {
     "id": "z5",
     "label": {
      "nl": "Ze komt al drie maanden met pijn rond, maar 'de baas vond het niet nodig'.",
      "en": "She has had the pain for three months, but 'the boss didn't think it was necessary'."
     }
    },
    {
     "id": "z6",
     "label": {
      "nl": "Ze draagt een regenjas.",
      "en": "She is wearing a raincoat."
     }
    }
   ],
   "signals": [
    "z2",
    "z4",
    "z5"
   ],
   "explanation": {
    "nl": "De begeleider die het woord voert, het paspoort dat een ander heeft en de uitgestelde zorg zijn signalen uit de les.",
    "en": "The companion who does the talking, the passport someone else holds and the delayed care are signals from the lesson."
   }
  },
  {
   "type": "ORDER_THE_ROUTE",
   "id": "route-volgorde",
   "prompt": {
    "nl": "Zet de stappen in de goede volgorde.",
    "en": "Put the steps in the right order."
   },
   "steps": [
    {
     "id": "r1",
     "label": {
      "nl": "Is er acuut gevaar? Bel dan 112.",
      "en": "Is there acute danger? Then call 112."
     }
    },
    {
     "id": "r2",
     "label": {
      "nl": "Leg feitelijk vast wat je ziet en hoort.",
      "en": "Record factually what you see and hear."
     }
    },
    {
     "id": "r3",
     "label": {
      "nl": "Overleg met een collega en vraag advies (Veilig Thuis, CoMensha).",
      "en": "Consult a colleague and ask for advice (Veilig Thuis, CoMensha)."
     }
    },
    {
     "id": "r4",
     "label": {
      "nl": "Meld volgens de route voor jouw regio.",
      "en": "Report following the route for your region."
     }
    }
   ],
   "explanation": {
    "nl": "Eerst veiligheid, dan vastleggen, dan overleggen en advies vragen, dan melden.",
    "en": "Safety first, then record, then consult and ask advice, then report."
   }
  },
  {
   "type": "MULTIPLE_CHOICE",
   "id": "wie-helpt",
   "prompt": {
    "nl": "Welke uitspraken kloppen? (meer antwoorden mogelijk)",
    "en": "Which statements are true? (more than one answer)"
   },
   "options": [
    {
     "id": "m1",
     "label": {
      "nl": "Veilig Thuis geeft professionals advies, ook zonder dat je meteen meldt.",
      "en": "Veilig Thuis advises professionals, also without you reporting straight away."
     }
    },
    {
     "id": "m2",
     "label": {
      "nl": "Seksuele uitbuiting van een minderjarige is alleen mensenhandel als er dwang is.",
      "en": "Sexual exploitation of a minor is only trafficking if there is coercion."
     }
    },
    {
     "id": "m3",
     "label": {
      "nl": "CoMensha registreert slachtoffers en heeft een helpdesk.",
      "en": "CoMensha registers victims and has a helpdesk."
     }
    },
    {
     "id": "m4",
     "label": {
      "nl": "112 bel je bij elk vermoeden van mensenhandel.",
      "en": "You call 112 for every suspicion of trafficking."
     }
    }
   ],
   "correct": [
    "m1",
    "m3"
   ],
   "explanation": {
    "nl": "Seksuele uitbuiting van een minderjarige is altijd mensenhandel; 112 is voor acuut gevaar.",
    "en": "Sexual exploitation of a minor is always trafficking; 112 is for acute danger."
   }
  }
 ]
}
$course$::text AS content
),
j AS (SELECT content, content::jsonb AS j FROM doc),
c AS (
    INSERT INTO learning.course (id, code, created_by)
    VALUES (nextval('learning.course_seq'), 'zorg-signalen', 'seed')
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
