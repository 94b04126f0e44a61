/** Reading back the PDFs the browser tests print: the page count (pdf-lib) and the text (pdf.js 5, legacy build for Node). */
import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text compared without its whitespace: the PDF breaks lines where the page does. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** A PDF's page count and its text, page after page (`text` is all of it, joined). */
export async function readPdf(bytes: Buffer) {
	const pageCount = (await PDFDocument.load(bytes)).getPageCount();
	const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const { items } = await (await doc.getPage(n)).getTextContent();
		pages.push(items.map((it) => ('str' in it ? it.str : '')).join(''));
	}
	await doc.destroy();
	return { pageCount, pages, text: pages.join('') };
}
