// Name forms of a region built from its bare stem: lexicons list "Kursk", "Koursk" once and the
// text says "région de Kursk", "région du Kursk", "oblast de Koursk", "Kursk Region"…
const vowel = (stem: string) => /^[aeiouyéèêâîôûh]/i.test(stem.normalize('NFC'));

/** "de X", "d’X", "du X" (all three occur, machine translation does not elide reliably). */
const ofForms = (stem: string) => [
  `de ${stem}`,
  `du ${stem}`,
  ...(vowel(stem) ? [`d’${stem}`, `de l’${stem}`] : []),
];

const HEADS: Record<string, string[]> = {
  // "Rég.Astrakhan", "rég. de Tver": the abbreviation of headings and tables.
  oblast: ['région', 'oblast', 'province', 'rég'],
  krai: ['territoire', 'kraï', 'krai', 'région', 'rég'],
  republic: ['république'],
  autonomous_okrug: ['district autonome', 'okrug autonome', 'région autonome'],
  autonomous_oblast: ['région autonome'],
  federal_city: ['ville de'],
  former_okrug: ['district', 'district autonome', 'okrug'],
  federal_district: ['district fédéral'],
};

const ENGLISH: Record<string, string[]> = {
  oblast: ['Region', 'Oblast', 'region', 'oblast'],
  krai: ['Territory', 'Krai', 'Region', 'Krai', 'territory'],
  republic: ['Republic'],
  autonomous_okrug: ['Autonomous Okrug', 'Autonomous Area', 'Autonomous District'],
  former_okrug: ['District', 'Okrug'],
  federal_district: ['Federal District'],
};

/** Every generated form of a region with bare `stems` and administrative kind `subjectKind`. */
export function regionForms(subjectKind: string, stems: readonly string[]): string[] {
  const out: string[] = [];
  for (const stem of stems) {
    for (const head of HEADS[subjectKind] ?? []) {
      if (head.endsWith(' de')) {
        out.push(`${head} ${stem}`);
        continue;
      }
      out.push(`${head} ${stem}`, ...ofForms(stem).map((o) => `${head} ${o}`));
      if (subjectKind === 'federal_district') out.push(`${head} de la ${stem}`);
    }
    for (const tail of ENGLISH[subjectKind] ?? []) out.push(`${stem} ${tail}`);
    if (subjectKind === 'republic') out.push(`Republic of ${stem}`);
  }
  return out;
}
