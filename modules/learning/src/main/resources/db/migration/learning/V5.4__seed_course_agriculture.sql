-- Seed course: agriculture/horticulture — seasonal workers' housing and debts (issue 6).
--
-- Seed course 'tuinbouw-seizoenswerk', published as version 1. The JSON between the $course$ markers is the whole
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
  "nl": "Uitbuiting herkennen in land- en tuinbouw",
  "en": "Recognising exploitation in agriculture and horticulture"
 },
 "summary": {
  "nl": "Seizoenskrachten, huisvesting en schulden: signalen van arbeidsuitbuiting en waar je ze meldt.",
  "en": "Seasonal workers, housing and debts: signals of labour exploitation and where to report them."
 },
 "sector": "AGRICULTURE",
 "forms": [
  "LABOUR"
 ],
 "languages": [
  "nl",
  "en"
 ],
 "estimatedMinutes": 40,
 "learningGoals": [
  {
   "nl": "Je herkent signalen van arbeidsuitbuiting bij seizoenskrachten.",
   "en": "You recognise signals of labour exploitation among seasonal workers."
  },
  {
   "nl": "Je ziet hoe huisvesting en schulden afhankelijk maken.",
   "en": "You see how housing and debts create dependence."
  },
  {
   "nl": "Je weet waar je arbeidsuitbuiting meldt, ook anoniem.",
   "en": "You know where to report labour exploitation, anonymously too."
  }
 ],
 "passMark": 70,
 "retakePolicy": {
  "maxAttempts": 0,
  "retakeAfterPass": true
 },
 "lessons": [
  {
   "id": "seizoenswerk",
   "title": {
    "nl": "Seizoenswerk: signalen van arbeidsuitbuiting",
    "en": "Seasonal work: signals of labour exploitation"
   },
   "blocks": [
    {
     "type": "RICH_TEXT",
     "html": {
      "nl": "<p>In land- en tuinbouw werken veel seizoenskrachten, vaak via een uitzendbureau. De Nederlandse Arbeidsinspectie noemt signalen van arbeidsuitbuiting: dagen van 8 tot 14 uur, zeven dagen per week; een werkgever die een 'totaalpakket' regelt van reis, huisvesting, werk en verzekering; schulden voor reis, werving of huur; geen toegang tot het eigen identiteitsbewijs of de eigen bankpas. Bronnen: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>, <a href=\"https://www.nlarbeidsinspectie.nl\">Nederlandse Arbeidsinspectie – nieuws 2022-07-07 (S36)</a>.</p><p>Ook wie het eigen adres niet weet, contant wordt betaald of in een caravan of schuur woont, laat signalen zien. Bron: <a href=\"https://www.nlarbeidsinspectie.nl\">Nederlandse Arbeidsinspectie – nieuws 2022-07-07 (S36)</a>. De ILO-indicatoren van dwangarbeid helpen om het geheel te wegen. Bron: <cite>ILO – indicators of forced labour (S35)</cite>.</p>",
      "en": "<p>Agriculture and horticulture employ many seasonal workers, often through an employment agency. The Netherlands Labour Authority lists signals of labour exploitation: days of 8 to 14 hours, seven days a week; an employer who supplies a 'total package' of travel, housing, work and insurance; debts for travel, recruitment or rent; no access to one's own ID or bank card. Sources: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>, <a href=\"https://www.nlarbeidsinspectie.nl\">Nederlandse Arbeidsinspectie – nieuws 2022-07-07 (S36)</a>.</p><p>Someone who does not know their own address, is paid cash-in-hand or lives in a caravan or shed shows signals too. Source: <a href=\"https://www.nlarbeidsinspectie.nl\">Nederlandse Arbeidsinspectie – nieuws 2022-07-07 (S36)</a>. The ILO indicators of forced labour help to weigh the whole picture. Source: <cite>ILO – indicators of forced labour (S35)</cite>.</p>"
     }
    },
    {
     "type": "SIGNALS",
     "signals": [
      {
       "id": "agri-lange-dagen",
       "text": {
        "nl": "Werkdagen van 8 tot 14 uur, zeven dagen per week",
        "en": "Working days of 8 to 14 hours, seven days a week"
       },
       "source": {
        "reference": "S4",
        "title": "Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting",
        "url": "https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting"
       }
      },
      {
       "id": "agri-pakket",
       "text": {
        "nl": "De werkgever regelt een 'totaalpakket': reis, huisvesting, werk en verzekering",
        "en": "The employer supplies a 'total package': travel, housing, work and insurance"
       },
       "source": {
        "reference": "S4",
        "title": "Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting",
        "url": "https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting"
       }
      },
      {
       "id": "agri-schuld",
       "text": {
        "nl": "Schulden voor reis, werving of huur",
        "en": "Debts for travel, recruitment or rent"
       },
       "source": {
        "reference": "S4",
        "title": "Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting",
        "url": "https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting"
       }
      },
      {
       "id": "agri-geen-id",
       "text": {
        "nl": "Geen toegang tot eigen identiteitsbewijs of bankpas",
        "en": "No access to own ID or bank card"
       },
       "source": {
        "reference": "S4",
        "title": "Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting",
        "url": "https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting"
       }
      },
      {
       "id": "agri-adres",
       "text": {
        "nl": "Weet het eigen adres niet",
        "en": "Does not know own address"
       },
       "source": {
        "reference": "S36",
        "title": "Nederlandse Arbeidsinspectie – nieuws 2022-07-07",
        "url": "https://www.nlarbeidsinspectie.nl"
       }
      },
      {
       "id": "agri-contant",
       "text": {
        "nl": "Contant of onderbetaald",
        "en": "Paid cash-in-hand or underpaid"
       },
       "source": {
        "reference": "S36",
        "title": "Nederlandse Arbeidsinspectie – nieuws 2022-07-07",
        "url": "https://www.nlarbeidsinspectie.nl"
       }
      },
      {
       "id": "agri-caravan",
       "text": {
        "nl": "Huisvesting in caravans of schuren",
        "en": "Housing in caravans or sheds"
       },
       "source": {
        "reference": "S36",
        "title": "Nederlandse Arbeidsinspectie – nieuws 2022-07-07",
        "url": "https://www.nlarbeidsinspectie.nl"
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
   "id": "wonen-en-schulden",
   "title": {
    "nl": "Huisvesting en schulden",
    "en": "Housing and debts"
   },
   "blocks": [
    {
     "type": "RICH_TEXT",
     "html": {
      "nl": "<p>Als de werkgever ook de verhuurder is, raakt iemand die zijn baan verliest ook zijn huis kwijt. Huur die op het loon wordt ingehouden en overbewoning maken werknemers afhankelijk. Bron: <a href=\"https://www.nu.nl/economie/6199287\">NU.nl – werkgever als huisbaas (economie 6199287) (S40)</a>.</p><p>Een schuld die steeds groeit, voor reis, werving of huur, is een van de sterkste signalen: wie moet afbetalen, durft niet weg te gaan. Bronnen: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>, <cite>ILO – indicators of forced labour (S35)</cite>.</p>",
      "en": "<p>When the employer is also the landlord, someone who loses the job loses the home too. Rent deducted from wages and overcrowding make workers dependent. Source: <a href=\"https://www.nu.nl/economie/6199287\">NU.nl – werkgever als huisbaas (economie 6199287) (S40)</a>.</p><p>A debt that keeps growing, for travel, recruitment or rent, is one of the strongest signals: someone who has to pay it off does not dare to leave. Sources: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>, <cite>ILO – indicators of forced labour (S35)</cite>.</p>"
     }
    },
    {
     "type": "SIGNALS",
     "signals": [
      {
       "id": "wonen-werkgever-verhuurder",
       "text": {
        "nl": "De werkgever is ook de verhuurder",
        "en": "The employer is also the landlord"
       },
       "source": {
        "reference": "S40",
        "title": "NU.nl – werkgever als huisbaas (economie 6199287)",
        "url": "https://www.nu.nl/economie/6199287"
       }
      },
      {
       "id": "wonen-huur-ingehouden",
       "text": {
        "nl": "Huur wordt ingehouden op het loon",
        "en": "Rent is deducted from wages"
       },
       "source": {
        "reference": "S40",
        "title": "NU.nl – werkgever als huisbaas (economie 6199287)",
        "url": "https://www.nu.nl/economie/6199287"
       }
      },
      {
       "id": "wonen-baan-en-huis",
       "text": {
        "nl": "Wie de baan verliest, verliest ook het huis",
        "en": "Losing the job means losing the home"
       },
       "source": {
        "reference": "S40",
        "title": "NU.nl – werkgever als huisbaas (economie 6199287)",
        "url": "https://www.nu.nl/economie/6199287"
       }
      },
      {
       "id": "wonen-overbewoning",
       "text": {
        "nl": "Overbewoning",
        "en": "Overcrowding"
       },
       "source": {
        "reference": "S40",
        "title": "NU.nl – werkgever als huisbaas (economie 6199287)",
        "url": "https://www.nu.nl/economie/6199287"
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
   "id": "melden-arbeidsuitbuiting",
   "title": {
    "nl": "Melden bij arbeidsuitbuiting",
    "en": "Reporting labour exploitation"
   },
   "blocks": [
    {
     "type": "RICH_TEXT",
     "html": {
      "nl": "<p>Bij acuut gevaar bel je 112. Signalen van arbeidsuitbuiting meld je bij de Nederlandse Arbeidsinspectie; dat kan anoniem. Bron: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>. Aangifte doen en melden kan bij de politie. Bronnen: <a href=\"https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel\">Wegwijzer Mensenhandel – melden van mensenhandel (S1)</a>, <a href=\"https://www.wegwijzermensenhandel.nl/partnerorganisaties/politie\">Wegwijzer Mensenhandel – politie (S2)</a>. Anoniem melden kan ook bij Meld Misdaad Anoniem. Bron: <a href=\"https://www.politie.nl\">Politie – Meld Misdaad Anoniem (nieuws 2020-01-10) (S3)</a>.</p><p>FairWork geeft slachtoffers van arbeidsuitbuiting vertrouwelijk advies. Bron: <a href=\"https://www.fairwork.nu/en/frequently-asked-questions\">FairWork – veelgestelde vragen (S12)</a>. CoMensha registreert slachtoffers en adviseert via de helpdesk. Bron: <a href=\"https://www.comensha.nl/onze-helpdesk/registratie\">CoMensha – helpdesk en registratie (S7)</a>.</p><p>Hieronder staat de route voor jouw regio.</p>",
      "en": "<p>In acute danger, call 112. Report signals of labour exploitation to the Netherlands Labour Authority; this can be anonymous. Source: <a href=\"https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting\">Nederlandse Arbeidsinspectie – herkennen en melden arbeidsuitbuiting (S4)</a>. You can file a complaint or report to the police. Sources: <a href=\"https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel\">Wegwijzer Mensenhandel – melden van mensenhandel (S1)</a>, <a href=\"https://www.wegwijzermensenhandel.nl/partnerorganisaties/politie\">Wegwijzer Mensenhandel – politie (S2)</a>. Anonymous reports can also go to Meld Misdaad Anoniem. Source: <a href=\"https://www.politie.nl\">Politie – Meld Misdaad Anoniem (nieuws 2020-01-10) (S3)</a>.</p><p>FairWork gives victims of labour exploitation confidential advice. Source: <a href=\"https://www.fairwork.nu/en/frequently-asked-questions\">FairWork – veelgestelde vragen (S12)</a>. CoMensha registers victims and advises through its helpdesk. Source: <a href=\"https://www.comensha.nl/onze-helpdesk/registratie\">CoMensha – helpdesk en registratie (S7)</a>.</p><p>Below is the route for your region.</p>"
     }
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
   "id": "kas-seizoen",
   "title": {
    "nl": "Het seizoen in de kas",
    "en": "The season in the greenhouse"
   },
   "introduction": {
    "nl": "Je bent ploegleider in een tuinbouwbedrijf dat seizoenskrachten inhuurt via een uitzendbureau. Het verhaal is verzonnen; de signalen komen uit de lessen.",
    "en": "You are a team leader at a horticulture company that hires seasonal workers through an employment agency. The story is invented; the signals come from the lessons."
   },
   "start": "dienst",
   "nodes": [
    {
     "id": "dienst",
     "situation": {
      "nl": "Ana vertelt dat ze deze week elke dag dertien uur heeft gewerkt, ook zondag. Ze vraagt of ze nog meer uren mag maken: ze moet een schuld afbetalen.",
      "en": "Ana tells you she has worked thirteen hours every day this week, Sunday included. She asks whether she can do even more hours: she has a debt to pay off."
     },
     "question": {
      "nl": "Hoe reageer je?",
      "en": "How do you respond?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik vraag haar, buiten gehoorsafstand van de chauffeur van het uitzendbureau, hoe die schuld is ontstaan.",
        "en": "Out of earshot of the agency's driver, I ask her how the debt came about."
       },
       "feedback": {
        "nl": "Goed: lange dagen zeven dagen per week en een schuld zijn samen een signaal.",
        "en": "Good: long days seven days a week and a debt are together a signal."
       },
       "next": "schuld",
       "ending": null,
       "score": 2,
       "recognises": [
        "agri-lange-dagen"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Fijn dat ze gemotiveerd is; ik geef haar extra uren.",
        "en": "Good that she is motivated; I give her extra hours."
       },
       "feedback": {
        "nl": "Je mist de signalen: werkdagen van dertien uur, zeven dagen per week, en een schuld.",
        "en": "You miss the signals: thirteen-hour days, seven days a week, and a debt."
       },
       "next": "loonstrook",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [
        "agri-lange-dagen",
        "agri-schuld"
       ],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "schuld",
     "situation": {
      "nl": "Ana vertelt dat de werver geld rekende voor de reis en de baan, dat de huur op haar loon wordt ingehouden en dat het uitzendbureau haar identiteitskaart 'voor de administratie' heeft.",
      "en": "Ana says the recruiter charged her for the journey and the job, that rent is deducted from her wages and that the agency keeps her identity card 'for the paperwork'."
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
        "nl": "Ik schrijf het feitelijk op en vraag waar ze woont.",
        "en": "I write it down factually and ask where she lives."
       },
       "feedback": {
        "nl": "Goed: schuld voor werving en reis, ingehouden huur en een ingehouden identiteitsbewijs zijn sterke signalen.",
        "en": "Good: debt for recruitment and travel, deducted rent and a retained ID are strong signals."
       },
       "next": "huisvesting",
       "ending": null,
       "score": 2,
       "recognises": [
        "agri-schuld",
        "wonen-huur-ingehouden",
        "agri-geen-id"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik zeg dat ze dat met het uitzendbureau moet bespreken.",
        "en": "I tell her to take it up with the agency."
       },
       "feedback": {
        "nl": "Het uitzendbureau is mogelijk juist het probleem. Je mist het ingehouden identiteitsbewijs.",
        "en": "The agency may be the very problem. You miss the retained ID."
       },
       "next": "loonstrook",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [
        "agri-geen-id"
       ],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "loonstrook",
     "situation": {
      "nl": "Aan het eind van de maand zie je de loonstroken: na inhoudingen voor huisvesting, vervoer en verzekering blijft er weinig over. Sommige collega's van Ana krijgen contant betaald.",
      "en": "At the end of the month you see the payslips: after deductions for housing, transport and insurance little is left. Some of Ana's colleagues are paid cash."
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
        "nl": "Ik herken het 'totaalpakket' en de onderbetaling, en spreek de werknemers apart.",
        "en": "I recognise the 'total package' and the underpayment, and talk to the workers individually."
       },
       "feedback": {
        "nl": "Goed: een totaalpakket en contante of te lage betaling zijn signalen.",
        "en": "Good: a total package and cash or low pay are signals."
       },
       "next": "huisvesting",
       "ending": null,
       "score": 1,
       "recognises": [
        "agri-pakket",
        "agri-contant"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Dat is de zaak van het uitzendbureau.",
        "en": "That is the agency's business."
       },
       "feedback": {
        "nl": "Ook als inlener zie je signalen; wegkijken helpt niemand.",
        "en": "As the hiring company you see signals too; looking away helps nobody."
       },
       "next": "stilte",
       "ending": null,
       "score": 0,
       "recognises": [],
       "misses": [
        "agri-pakket",
        "agri-contant"
       ],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "huisvesting",
     "situation": {
      "nl": "Ana woont met elf anderen in caravans achter een schuur van de eigenaar van het uitzendbureau. Haar adres weet ze niet.",
      "en": "Ana lives with eleven others in caravans behind a shed owned by the agency's owner. She does not know her address."
     },
     "question": {
      "nl": "Wat doe je met wat je nu weet?",
      "en": "What do you do with what you now know?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik leg het vast: overbewoning, werkgever is verhuurder, caravans, adres onbekend. Daarna zoek ik uit wie ik kan inschakelen.",
        "en": "I record it: overcrowding, employer is landlord, caravans, address unknown. Then I find out whom to involve."
       },
       "feedback": {
        "nl": "Goed: samen met de schuld is dit een duidelijk patroon.",
        "en": "Good: together with the debt this is a clear pattern."
       },
       "next": "opties",
       "ending": null,
       "score": 2,
       "recognises": [
        "wonen-overbewoning",
        "wonen-werkgever-verhuurder",
        "agri-caravan",
        "agri-adres"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik ga er vanavond met een paar collega's zelf kijken.",
        "en": "I go and see for myself tonight with a few colleagues."
       },
       "feedback": {
        "nl": "Zelf op onderzoek uitgaan kan de werknemers in gevaar brengen.",
        "en": "Investigating yourself can put the workers at risk."
       },
       "next": "bezoek",
       "ending": null,
       "score": -1,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "bezoek",
     "situation": {
      "nl": "Bij de caravans zegt een man van het uitzendbureau dat jullie moeten vertrekken. De volgende dag durven de werknemers niet meer met je te praten.",
      "en": "At the caravans a man from the agency tells you to leave. The next day the workers no longer dare to talk to you."
     },
     "question": {
      "nl": "Wat nu?",
      "en": "What now?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik doe een stap terug, schrijf op wat ik zag en zoek advies.",
        "en": "I step back, write down what I saw and look for advice."
       },
       "feedback": {
        "nl": "Verstandig: vastleggen en advies vragen.",
        "en": "Sensible: record and ask for advice."
       },
       "next": "opties",
       "ending": null,
       "score": 0,
       "recognises": [
        "agri-caravan"
       ],
       "misses": [],
       "reportingStep": false
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik dreig de man met de politie.",
        "en": "I threaten the man with the police."
       },
       "feedback": {
        "nl": "Dreigen waarschuwt de mogelijke uitbuiter; de werknemers betalen de prijs.",
        "en": "Threats warn the possible exploiter; the workers pay the price."
       },
       "next": "stilte",
       "ending": null,
       "score": -1,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "stilte",
     "situation": {
      "nl": "Een paar weken later komt Ana niet meer opdagen. Het uitzendbureau zegt dat ze 'naar huis is'. Collega's fluisteren dat ze naar een ander bedrijf is gestuurd omdat ze 'te veel praatte'.",
      "en": "A few weeks later Ana stops turning up. The agency says she 'went home'. Colleagues whisper that she was sent to another farm because she 'talked too much'."
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
        "nl": "Ik meld wat ik weet bij de Nederlandse Arbeidsinspectie, zo nodig anoniem.",
        "en": "I report what I know to the Netherlands Labour Authority, anonymously if need be."
       },
       "feedback": {
        "nl": "Ook een late melding kan het uitzendbureau in beeld brengen.",
        "en": "Even a late report can bring the agency into view."
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
        "nl": "Niets; ze is weg.",
        "en": "Nothing; she has gone."
       },
       "feedback": {
        "nl": "Het uitzendbureau gaat door met de volgende groep.",
        "en": "The agency carries on with the next group."
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
     "id": "opties",
     "situation": {
      "nl": "Je wilt Ana helpen en de signalen melden.",
      "en": "You want to help Ana and report the signals."
     },
     "question": {
      "nl": "Wie schakel je in?",
      "en": "Whom do you involve?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik wijs Ana op FairWork voor vertrouwelijk advies en meld de signalen over het uitzendbureau bij de Nederlandse Arbeidsinspectie.",
        "en": "I point Ana to FairWork for confidential advice and report the signals about the agency to the Netherlands Labour Authority."
       },
       "feedback": {
        "nl": "Juist: advies voor haar en een melding bij de instantie die arbeidsuitbuiting onderzoekt.",
        "en": "Right: advice for her and a report to the body that investigates labour exploitation."
       },
       "next": "toestemming",
       "ending": null,
       "score": 3,
       "recognises": [],
       "misses": [],
       "reportingStep": true
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik vertel de eigenaar van het uitzendbureau wat Ana me vertelde.",
        "en": "I tell the agency's owner what Ana told me."
       },
       "feedback": {
        "nl": "Zo weet de mogelijke uitbuiter dat Ana heeft gepraat.",
        "en": "Now the possible exploiter knows Ana has talked."
       },
       "next": "stilte",
       "ending": null,
       "score": -2,
       "recognises": [],
       "misses": [],
       "reportingStep": false
      }
     ]
    },
    {
     "id": "toestemming",
     "situation": {
      "nl": "Ana is bang haar huis en werk te verliezen als er gemeld wordt.",
      "en": "Ana is afraid of losing her home and job if a report is made."
     },
     "question": {
      "nl": "Hoe ga je daarmee om?",
      "en": "How do you deal with that?"
     },
     "materialId": null,
     "choices": [
      {
       "id": "a",
       "label": {
        "nl": "Ik neem haar angst serieus: ik vertel dat de Arbeidsinspectie anonieme meldingen aanneemt en FairWork vertrouwelijk adviseert, en ik meld de signalen over het uitzendbureau zelf.",
        "en": "I take her fear seriously: I tell her the Labour Authority takes anonymous reports and FairWork advises confidentially, and I report the signals about the agency myself."
       },
       "feedback": {
        "nl": "Goed: wie de baan verliest, verliest ook het huis. Je beschermt Ana en meldt toch.",
        "en": "Good: losing the job means losing the home. You protect Ana and still report."
       },
       "next": null,
       "ending": "geholpen",
       "score": 2,
       "recognises": [
        "wonen-baan-en-huis"
       ],
       "misses": [],
       "reportingStep": true
      },
      {
       "id": "b",
       "label": {
        "nl": "Ik zet haar onder druk om vandaag aangifte te doen bij de politie.",
        "en": "I pressure her to file a complaint with the police today."
       },
       "feedback": {
        "nl": "Druk zetten kan averechts werken; zij moet kunnen kiezen, jij kunt de signalen zelf melden.",
        "en": "Pressure can backfire; she must be able to choose, and you can report the signals yourself."
       },
       "next": null,
       "ending": "deels",
       "score": 0,
       "recognises": [],
       "misses": [
        "wonen-baan-en-huis"
       ],
       "reportingStep": false
      }
     ]
    }
   ],
   "endings": [
    {
     "id": "geholpen",
     "outcome": {
      "nl": "Je herkende de signalen, beschermde Ana en meldde via de juiste route.",
      "en": "You recognised the signals, protected Ana and reported through the right route."
     },
     "whatHappened": {
      "nl": "In dit verhaal controleert de Arbeidsinspectie het uitzendbureau. Ana krijgt advies van FairWork en vindt via hen ander werk en een eigen kamer.",
      "en": "In this story the Labour Authority inspects the agency. Ana gets advice from FairWork and through them finds other work and a room of her own."
     },
     "routeAdvice": {
      "nl": "Dit was de goede route: vastleggen, advies voor de werknemer (FairWork) en melden bij de Nederlandse Arbeidsinspectie, anoniem als dat nodig is.",
      "en": "This was the right route: record, advice for the worker (FairWork) and report to the Netherlands Labour Authority, anonymously if needed."
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
      "nl": "Er is gemeld, maar laat, of zonder dat Ana's angst werd meegewogen.",
      "en": "There was a report, but late, or without weighing Ana's fear."
     },
     "whatHappened": {
      "nl": "In dit verhaal is Ana uit beeld; je melding ligt bij de Arbeidsinspectie.",
      "en": "In this story Ana is out of sight; your report is with the Labour Authority."
     },
     "routeAdvice": {
      "nl": "Beter was geweest: eerder vastleggen, niet zelf onderzoeken of confronteren, Ana wijzen op vertrouwelijk advies en melden volgens de route hieronder.",
      "en": "Better would have been: record earlier, do not investigate or confront yourself, point Ana to confidential advice and report following the route below."
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
      "nl": "In dit verhaal werkt Ana elders verder voor dezelfde schuld, en het uitzendbureau haalt een nieuwe groep.",
      "en": "In this story Ana keeps working elsewhere for the same debt, and the agency brings in a new group."
     },
     "routeAdvice": {
      "nl": "De route die gevolgd had moeten worden: signalen vastleggen, advies vragen en melden bij de Nederlandse Arbeidsinspectie.",
      "en": "The route that should have been followed: record the signals, ask for advice and report to the Netherlands Labour Authority."
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
   "id": "caravan-casus",
   "prompt": {
    "nl": "Lees de casus. Welke zinnen zijn signalen?",
    "en": "Read the case. Which sentences are signals?"
   },
   "sentences": [
    {
     "id": "c1",
     "label": {
      "nl": "Piotr plukt sinds april aardbeien.",
      "en": "Piotr has been picking strawberries since April."
     }
    },
    {
     "id": "c2",
     "label": {
      "nl": "Hij woont met negen anderen in een schuur op het erf.",
      "en": "He lives with nine others in a shed on the farm."
     }
    },
    {
     "id": "c3",
     "label": {
      "nl": "Zijn bankpas ligt bij de voorman.",
      "en": "His bank card is kept by the foreman."
     }
    },
    {
     "id": "c4",
     "label": {
      "nl": "Hij fietst naar de supermarkt.",
      "en": "He cycles to the supermarket."
     }
    },
    {
     "id": "c5",
     "label": {
      "nl": "Hij weet niet op welk adres hij woont.",
      "en": "He does not know the address he lives at."
     }
    },
    {
     "id": "c6",
     "label": {
      "nl": "Hij spreekt een beetje Engels.",
      "en": "He speaks a little English."
     }
    }
   ],
   "signals": [
    "c2",
    "c3",
    "c5"
   ],
   "explanation": {
    "nl": "Wonen in een schuur, geen toegang tot de eigen bankpas en het eigen adres niet weten zijn signalen uit de les.",
    "en": "Living in a shed, no access to one's own bank card and not knowing one's own address are signals from the lesson."
   }
  },
  {
   "type": "MULTIPLE_CHOICE",
   "id": "wonen-signalen",
   "prompt": {
    "nl": "Welke situaties maken een werknemer afhankelijk van de werkgever? (meer antwoorden mogelijk)",
    "en": "Which situations make a worker dependent on the employer? (more than one answer)"
   },
   "options": [
    {
     "id": "w1",
     "label": {
      "nl": "De werkgever is ook de verhuurder.",
      "en": "The employer is also the landlord."
     }
    },
    {
     "id": "w2",
     "label": {
      "nl": "De huur wordt op het loon ingehouden.",
      "en": "Rent is deducted from wages."
     }
    },
    {
     "id": "w3",
     "label": {
      "nl": "De werknemer huurt zelf een kamer bij een woningcorporatie.",
      "en": "The worker rents a room from a housing association themselves."
     }
    },
    {
     "id": "w4",
     "label": {
      "nl": "Wie de baan verliest, verliest ook het huis.",
      "en": "Losing the job means losing the home."
     }
    }
   ],
   "correct": [
    "w1",
    "w2",
    "w4"
   ],
   "explanation": {
    "nl": "Zelf een kamer huren maakt iemand juist minder afhankelijk.",
    "en": "Renting a room oneself makes a worker less dependent, not more."
   }
  }
 ]
}
$course$::text AS content
),
j AS (SELECT content, content::jsonb AS j FROM doc),
c AS (
    INSERT INTO learning.course (id, code, created_by)
    VALUES (nextval('learning.course_seq'), 'tuinbouw-seizoenswerk', 'seed')
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
