/**
 * The page's margin boxes for print: "Pagina X van Y" (in the document's language) at the bottom
 * right and the document's name at the bottom left. The words come from i18n, so the rule is made
 * here and added as a constructed style sheet (no inline <style>: the CSP allows only our own files).
 */
const PAGE = '\u0001';
const PAGES = '\u0002';

/** A CSS string literal. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n\f]+/g, ' ')}"`;
}

/**
 * The CSS `content` of a page-number template such as "Pagina {{page}} van {{pages}}": pass the
 * template with the page number as \u0001 and the page count as \u0002.
 */
export function pageNumberContent(filled: string): string {
  return filled
    // eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
    .split(/([\u0001\u0002])/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export const PAGE_MARKERS = { page: PAGE, pages: PAGES } as const;

export function pageMarginCss(pageNumbers: string, documentName: string): string {
  const box = 'font-family: system-ui, sans-serif; font-size: 8.5pt; color: #4b4f54;';
  return (
    `@page { size: A4; margin: 18mm 16mm 20mm; ` +
    `@bottom-right { content: ${pageNumberContent(pageNumbers)}; ${box} } ` +
    `@bottom-left { content: ${cssString(documentName)}; ${box} } }`
  );
}

/** Adds the rule to the document while the print page is shown; returns the undo. */
export function installPageMargins(doc: Document, css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
