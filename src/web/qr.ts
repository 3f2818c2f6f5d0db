/** A QR code for sharing an issue in WeChat, as inline SVG (no image request, sharp at any size). */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#1f1f1f', light: '#ffffff' } });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
