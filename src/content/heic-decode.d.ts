/** heic-decode ships no types: the one call yuebao makes. */
declare module 'heic-decode' {
  interface DecodedImage {
    width: number;
    height: number;
    /** RGBA, 4 bytes a pixel. */
    data: Uint8ClampedArray;
  }
  /** Decodes the primary image of a HEIC; throws a TypeError when the bytes are not a HEIC. */
  export default function decode(input: { buffer: Uint8Array }): Promise<DecodedImage>;
}
