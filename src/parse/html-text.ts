import { Parser } from 'htmlparser2';

// What a reader of the page never sees as prose: code, styling, the <head>, icons, the site's menus.
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'nav']);
// A page's banner and footer hold menus and copyright lines; inside an <article> or <section> the same
// tags frame the text itself (an article header holding its title and date), so those stay.
const LANDMARKS = new Set(['header', 'footer']);
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

// Elements a browser lays out on lines of their own; their text must not run into its neighbours'.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const CELLS = new Set(['td', 'th']);

// Soft hyphens and zero-width spaces only mark where a word may break: "Makho&shy;nin" is "Makhonin".
const INVISIBLE = /[\u00AD\u200B]/gu;
// HTML white space collapses; a no-break space ("4&nbsp;100") is a space for the parser, as in a saved text.
const SPACES = /\s+/gu;

/**
 * The visible text of an HTML page, one line per block (heading, paragraph, list item, table row), entities
 * decoded, scripts, styles, menus and the page's banner and footer dropped. The result reads like the same
 * page saved as text, so the plain-text parser finds its title line, date line and paragraphs.
 */
export function htmlText(html: string): string {
  const lines: string[] = [];
  let line = '';
  const open: string[] = [];
  let dropped = 0; // open elements whose content is dropped (nested drops count each)
  let sections = 0;
  let pre = 0;

  const breakLine = () => {
    const trimmed = line.trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const isDropped = (name: string) => DROPPED.has(name) || (LANDMARKS.has(name) && sections === 0);

  const parser = new Parser(
    {
      onopentag(name) {
        const drop = isDropped(name);
        open.push(drop ? `!${name}` : name);
        if (drop) dropped++;
        if (SECTIONING.has(name)) sections++;
        if (dropped) return;
        if (name === 'pre') pre++;
        if (BLOCKS.has(name) || name === 'br') breakLine();
        else if (CELLS.has(name) && line && !line.endsWith(' ')) line += ' ';
      },
      onclosetag(name) {
        const entry = open.pop();
        if (SECTIONING.has(name)) sections--;
        if (entry?.startsWith('!')) {
          dropped--;
          return;
        }
        if (dropped) return;
        if (name === 'pre') pre--;
        if (BLOCKS.has(name)) breakLine();
      },
      ontext(data) {
        if (dropped) return;
        const visible = data.replace(INVISIBLE, '');
        if (pre) {
          const [first, ...rest] = visible.replace(/\r\n?/gu, '\n').split('\n');
          line += first ?? '';
          for (const next of rest) {
            breakLine();
            line = next;
          }
          return;
        }
        const collapsed = visible.replace(SPACES, ' ');
        line += line === '' || line.endsWith(' ') ? collapsed.replace(/^ /u, '') : collapsed;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.replace(/^\uFEFF/u, ''));
  parser.end();
  breakLine();
  return lines.length ? `${lines.join('\n')}\n` : '';
}
