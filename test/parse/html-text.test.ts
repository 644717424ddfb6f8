import { describe, expect, test } from 'vitest';
import { htmlText } from '../../src/parse/index.js';

describe('htmlText', () => {
  test.each([
    ['paragraphs and headings, one a line', '<h1>Titre</h1><p>Un.</p><p>Deux.</p>', 'Titre\nUn.\nDeux.\n'],
    [
      'unclosed <p> and text after a block',
      '<p>un<p>deux<div>trois</div>quatre',
      'un\ndeux\ntrois\nquatre\n',
    ],
    ['<br> breaks the line', '<p>Un<br>Deux<br/>Trois</p>', 'Un\nDeux\nTrois\n'],
    [
      'list items',
      '<ul><li>- the 27th Division,</li><li>- the 74th Brigade,</li></ul>',
      '- the 27th Division,\n- the 74th Brigade,\n',
    ],
    [
      'a table row is a line, its cells spaced',
      '<table><tr><td>1 avril 2025</td><td>15H10</td></tr></table>',
      '1 avril 2025 15H10\n',
    ],
    [
      'inline tags keep words whole',
      '<p><a href="/p">Rustam</a> <b>Minni</b><i>khanov</i></p>',
      'Rustam Minnikhanov\n',
    ],
    [
      'source line breaks and indentation collapse',
      '<p>Le chef de la\n      République a informé   le président.</p>',
      'Le chef de la République a informé le président.\n',
    ],
    ['<pre> keeps its lines', '<pre>Ligne un\nLigne deux</pre>', 'Ligne un\nLigne deux\n'],
    [
      'no-break spaces are spaces',
      '<p>4&nbsp;100&#160;milliards, 1&#8239;200 entreprises</p>',
      '4 100 milliards, 1 200 entreprises\n',
    ],
    ['a soft hyphen is not a letter', '<p>Minni&shy;khanov, Tatar\u00ADstan</p>', 'Minnikhanov, Tatarstan\n'],
    [
      'numeric and named entities',
      '<p>l&#8217;accent, l&#x2019;industrie, R&eacute;publique, &Agrave; Kazan, &oelig;uvre, 3 &lt; 4 &amp; 5</p>',
      'l’accent, l’industrie, République, À Kazan, œuvre, 3 < 4 & 5\n',
    ],
    ['a numeric entity outside Unicode', '<p>l&#65533;usine</p>', 'l\uFFFDusine\n'],
    ['a leading BOM', '\uFEFF<p>Texte</p>', 'Texte\n'],
    ['a page with no text', '<!DOCTYPE html><html><head><title>Vide</title></head><body></body></html>', ''],
  ])('%s', (_, html, text) => {
    expect(htmlText(html)).toBe(text);
  });

  test.each([
    ['script', '<p>Avant</p><script>var s = "<p>Vladimir Poutine</p>";</script><p>Après</p>'],
    ['style', '<p>Avant</p><style>p::before { content: "Moscou"; }</style><p>Après</p>'],
    [
      'head and title',
      '<html><head><title>Kremlin</title><meta charset="utf-8"></head><body><p>Avant</p><p>Après</p></body></html>',
    ],
    ['nav', '<p>Avant</p><nav><a>Événements</a> / <a>Conseil de sécurité</a></nav><p>Après</p>'],
    ['the page header', '<header><a>Président de la Russie</a></header><p>Avant</p><p>Après</p>'],
    ['the page footer', '<p>Avant</p><p>Après</p><footer><p>Kremlin, Moscou</p></footer>'],
    [
      'noscript and template',
      '<p>Avant</p><noscript>Activez JavaScript</noscript><template><p>Moscou</p></template><p>Après</p>',
    ],
    ['icons', '<p>Avant</p><svg><title>Partager</title><text>Kremlin</text></svg><p>Après</p>'],
  ])('drops %s', (_, html) => {
    expect(htmlText(html)).toBe('Avant\nAprès\n');
  });

  test('keeps the header and footer of an article: they frame its own title and date', () => {
    const html =
      '<header>Site</header><article><header><h1>Rencontre avec le gouverneur</h1><p>1 avril 2025</p></header>' +
      '<p>Texte.</p><footer><p>http://en.kremlin.ru/events/president/news/76590</p></footer></article>';
    expect(htmlText(html)).toBe(
      'Rencontre avec le gouverneur\n1 avril 2025\nTexte.\nhttp://en.kremlin.ru/events/president/news/76590\n',
    );
  });

  test('a dropped element nested in a dropped one ends where the outer one does', () => {
    expect(htmlText('<nav><ul><li><nav>a</nav></li></ul>b</nav><p>Après</p>')).toBe('Après\n');
  });
});
