import { describe, expect, it } from 'vitest';
import { cssString, pageMarginCss, pageNumberContent, PAGE_MARKERS } from '@renderer/src/ui/print/pageMargins';

const fill = (template: string) => template.replace('{{page}}', PAGE_MARKERS.page).replace('{{pages}}', PAGE_MARKERS.pages);

describe('page margin boxes', () => {
  it('turns "Pagina X van Y" into CSS content with the page counters, in either language', () => {
    expect(pageNumberContent(fill('Pagina {{page}} van {{pages}}'))).toBe('"Pagina " counter(page) " van " counter(pages)');
    expect(pageNumberContent(fill('Page {{page}} of {{pages}}'))).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageNumberContent(fill('{{page}}/{{pages}}'))).toBe('counter(page) "/" counter(pages)');
  });

  it('quotes text safely: a name cannot end the string or the rule', () => {
    expect(cssString('A "B" \\ } @page { x')).toBe('"A \\"B\\" \\\\ } @page { x"');
    expect(cssString('een\nregel')).toBe('"een regel"');
    const css = pageMarginCss(fill('Pagina {{page}} van {{pages}}'), 'Coachrapport · "Jan" de Vries');
    expect(css).toContain('@bottom-right { content: "Pagina " counter(page) " van " counter(pages);');
    expect(css).toContain('@bottom-left { content: "Coachrapport · \\"Jan\\" de Vries";');
    expect(css.startsWith('@page { size: A4;')).toBe(true);
  });

});
