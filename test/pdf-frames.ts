/**
 * For tests whose pages show a PDF in a frame (the studio's preview pane, the
 * dev server's issue preview) but assert nothing about the PDF as the
 * browser draws it: the frame's request for the PDF is answered "204 No
 * Content", so the frame stays empty. Chromium's PDF viewer costs about a
 * CPU-second each time a frame loads a PDF, and those frames load one after
 * every rebuild. The PDFs themselves are tested by reading the files.
 */
import type { Page } from 'puppeteer';

export async function leavePdfFramesEmpty(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const isPdfFrame = request.resourceType() === 'document' && request.frame() !== page.mainFrame() && new URL(request.url()).pathname.endsWith('.pdf');
    void (isPdfFrame ? request.respond({ status: 204 }) : request.continue());
  });
}
