/**
 * The finished PDF's document information: title = masthead + issue line,
 * author = sponsor, language zh-CN, and dates taken from the issue's `date`
 * (not the clock), so a rebuild of unchanged content gives the same PDF.
 */
import { PDFDocument, PDFName } from 'pdf-lib';
import type { Issue } from '../model/types.ts';

export async function finishPdf(pdf: Uint8Array, issue: Issue): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const { publication } = issue;
  const date = new Date(`${issue.date}T00:00:00Z`);
  doc.setTitle(`${publication.title} ${issue.issueLine}`, { showInWindowTitleBar: true });
  if (publication.sponsor) doc.setAuthor(publication.sponsor);
  doc.setSubject(`【${issue.periodLabel}】${publication.title}`);
  doc.setKeywords([publication.title, issue.issueLine, issue.periodLabel]);
  doc.setLanguage(publication.language);
  doc.setCreator('yuebao');
  doc.setProducer('yuebao (Chromium, pdf-lib)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  // Chromium's XMP packet carries the clock's time and a random id: drop it, the Info dictionary says it all.
  doc.catalog.delete(PDFName.of('Metadata'));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  doc.context.trailerInfo.ID = undefined;
  return doc.save({ useObjectStreams: true });
}
