// A title opens with a post or rank: "Président de la Russie …", "Chef d’état-major général … Valery Gerasimov",
// "Premier vice-ministre de la Défense …". Accent-free, lower-case, first word only.
export const TITLE_HEADS = new Set(
  (
    'president presidente premier premiere vice-president vice-premier chef cheffe ministre vice-ministre gouverneur gouverneure ' +
    'maire secretaire directeur directrice ambassadeur ambassadrice commandant commandante conseiller conseillere assistant ' +
    'assistante adjoint adjointe porte-parole patriarche general colonel lieutenant-general lieutenant capitaine amiral ' +
    'vice-amiral marechal sergent soldat dirigeant dirigeante representant representante delegue deleguee procureur juge ' +
    'depute deputee senateur senatrice recteur rectrice professeur professeure docteur academicien journaliste correspondant ' +
    'correspondante presentateur presentatrice moderateur moderatrice commissaire mediateur mediatrice chancelier roi reine ' +
    'prince princesse emir sultan cheikh pdg ceo fondateur fondatrice membre participant participante eleve etudiant ' +
    'etudiante metropolite archeveque eveque mufti rabbin pretre pere mere heros pilote ingenieur ouvrier agriculteur ' +
    'medecin infirmiere enseignant enseignante entraineur athlete champion championne vice-gouverneur administrateur ' +
    'administratrice superviseur haut haute responsable'
  ).split(' '),
);

/** Lower-case, accent-free, without a final dot: "Président" → "president", "Mr." → "mr". */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
