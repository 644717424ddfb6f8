// How far finders look around a mention, in UTF-16 units of the document text. A look-behind or
// look-ahead window must hold the longest cue its pattern tests, with some slack; a larger one lets
// a cue of the next clause in. A gap is the most text two mentions may have between them and still
// be read together. Peeks sized to one short token ("entre ", ", ") stay next to their pattern.

// Places

/** Before a place: "district militaire de la " (25) names a district, not the place in it. */
export const NAMING_CUE_BEFORE = 40;
/** After a place: " Military District" (18), " Group of Forces": the place only names the body. */
export const NAMING_CUE_AFTER = 30;
/** Before a place in an event title: "dans la " (8) says the event was held there. */
export const TITLE_PLACE_CUE_BEFORE = 12;
/** Before an organisation: "pour le projet de la " (21) makes it a partner, not a local firm. */
export const PARTNER_CUE_BEFORE = 30;
/** Firm to the place that follows it: "l’usine KAMAZ de Naberezhnye Chelny"; a clause apart, no longer. */
export const FIRM_PLACE_MAX_GAP = 80;
/** A mention to the next one, read as its container through link words only ("Severodonetk dans la République …"). */
export const CONTAINER_MAX_GAP = 25;
/** Before the first country of a pair: "partenariat stratégique … entre" governs the pair. */
export const STATE_CUE_BEFORE = 80;
/** After a coordinated pair: " sont des partenaires stratégiques" ("La Russie et Cuba …"). */
export const PARTNERS_AFTER_PAIR = 60;
/** Before a pair of regions: "coopération … entre la région de Novossibirsk et …", a longer clause. */
export const PAIR_CUE_BEFORE = 120;
/** A region to the cue after it: "Saint-Pétersbourg, région marraine de Marioupol". */
export const PATRON_CUE_MAX_GAP = 40;
/** Before a fuzzy match: room for one capitalised word, which makes the match part of another name. */
export const CAPITALISED_WORD_BEFORE = 30;

// Agreements

/** After an agreement's name: ", signés à Minsk le 6 décembre 2024" (35) gives place and date. */
export const SIGNED_AT_AFTER = 80;
/** After an act: its partners up to the clause end ("mémorandum … entre Rosatom et l’Agence …"). */
export const PARTIES_CLAUSE_REACH = 200;
/** Before an agreement head: "Organisation des " (17) makes "… du Traité" a body's name. */
export const EXCLUDED_HEAD_CUE_BEFORE = 20;
/** After an agreement head: one adjective of the lexicon ("accord intergouvernemental"). */
export const HEAD_ADJECTIVE_AFTER = 40;

// Military units

/** Before a place in a unit's sentence: "au nord-ouest de la " (20) is a bearing, not the place of action. */
export const BEARING_CUE_BEFORE = 24;
/** Before a local place: "direction de " (13), "secteur d’" make it a theatre of combat. */
export const THEATRE_CUE_BEFORE = 16;
/** After a unit: its parent ("… de la 1re armée de chars") must lie whole inside, link words included. */
export const UNIT_PARENT_REACH = 400;
/** Before a numbered unit: the previous ordinal of an English list ("61st and 810th brigades"). */
export const LISTED_ORDINAL_BEFORE = 20;
/** Before a named unit's head: one capitalised word ("Akhmat" in "Akhmat Special Forces"). */
export const PROPER_WORD_BEFORE = 40;
/** After a formation: " de l’Ukraine" (13), " britannique": another country's forces. */
export const FOREIGN_OWNER_AFTER = 30;

// Figures

/** Before a figure: the clause with its verb of change ("le produit régional brut a augmenté de 12%"). */
export const CHANGE_CUE_BEFORE = 140;
/** After a figure: " de moins" (9), " de plus" ("soit 8 % de moins qu’en 2021"). */
export const COMPARATIVE_AFTER = 20;
/** After a number: ordinals, glued units and times ("76e", "259km2", "15 h 20"). */
export const NUMBER_SUFFIX_AFTER = 12;
/** Before a number: one label word, "paragraphe " (11) the longest ("article 5", "phase 1"). */
export const NUMBER_LABEL_BEFORE = 16;
/** After a number: " ou quatre-vingt-dix" (20), a vague alternative ("deux ou trois hommes"). */
export const ALTERNATIVE_AFTER = 30;
/** After "un"/"une": the count word that makes it a number, " cinquantaine" (13) the longest. */
export const COUNT_WORD_AFTER_ARTICLE = 14;
/** After a number: a multiplier, a collective or a fraction (" milliards", " centaines", " tiers"). */
export const MULTIPLIER_AFTER = 40;
/** Before a number: a qualifier, "un peu supérieures à " (21) the longest ("plus de 20%"). */
export const QUALIFIER_BEFORE = 30;
/** After a number: its unit phrase ("millions de mètres cubes", "milliards de roubles"). */
export const UNIT_PHRASE_AFTER = 80;
/** A figure to the subject after it: "12% de la production de la région"; further on, another clause. */
export const FOLLOWING_SUBJECT_MAX_GAP = 60;
/** A place to the larger one that locates it: "Krasny Luch dans la République …" (" dans la "). */
export const LOCATING_PLACE_MAX_GAP = 12;
/** Before a city: "près de " (8), "à ": a place phrase says where, not what is counted. */
export const LOCATIVE_CUE_BEFORE = 10;
/** Before a mention: "par les " (8), the agent of a passive ("en cours par Ualkali"). */
export const PASSIVE_AGENT_BEFORE = 12;
/** A post to its holder's name: "le gouverneur de la région de Perm Dmitry Makhonin". */
export const POST_HOLDER_MAX_GAP = 90;
/** After a reporter: an incise and the reporting verb ("Dmitry Makhonin, gouverneur …, a informé"). */
export const REPORTING_VERB_AFTER = 120;
/** Before a reporter: "aux dires de " (13), "selon ". */
export const SELON_CUE_BEFORE = 14;

// Organizations

/** After a company: "-Kouban", "-Media", the rest of a subsidiary's name ("EuroChem-Kouban"). */
export const SUBSIDIARY_TAIL_AFTER = 30;
/** Before an English head ("Port", "Plant"): up to five name words ("Novorossiysk Commercial Sea Port"). */
export const ENGLISH_NAME_BEFORE = 120;

// People

/** Before a name: "Monsieur " (9), "Mr. " between a title and the name ("le président des États-Unis, Mr. Trump"). */
export const HONORIFIC_BEFORE = 12;
/** Before a name: a chain of posts, "le chef d’état-major général … – le premier vice-ministre de la Défense – " (103). */
export const TITLE_BEFORE_REACH = 240;
/** After a name: a title in apposition ("Dmitry Makhonin, gouverneur du territoire de Perm,"). */
export const TITLE_AFTER_REACH = 200;
