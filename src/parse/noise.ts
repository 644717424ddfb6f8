// Lines the paragraphs never hold: gallery counters ("3 sur 8"), ellipsis markers ("<…>", "<...>"),
// separators ("%%%%%%", "-----", "*****", "_____", "====="), and image/banner placeholders ("PHOTO 3").
const DROPPED = [
  /^\d{1,3}\s*(?:sur|of|\/)\s*\d{1,3}$/iu,
  /^[<[(]\s*(?:…|\.{2,})\s*[>\])]$/u,
  /^(?:…|\.{3,})$/u,
  /^([%*=_~#+-])(?:\s*\1){2,}$/u,
  /^(?:photo|image|illustration|vid[ée]o|banni[èe]re|banner|galerie)s?(?:\s*(?:n°\s*)?\d{1,3})?\s*:?$/iu,
];

/** True for a trimmed line that is layout noise rather than text. */
export const isDroppedLine = (line: string): boolean => DROPPED.some((re) => re.test(line));
