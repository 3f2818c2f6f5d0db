/**
 * The default value of a Windows registry key, read with `reg query KEY /ve`
 * (reg.exe is on every Windows; no native module needed). Used for the App
 * Paths keys, where installers record where chrome.exe and msedge.exe went.
 */
import { execFileSync } from 'node:child_process';

/** The key's default value as written (maybe quoted, maybe with %VARS%), or undefined when the key or value is missing. */
export function readRegistryDefault(key: string): string | undefined {
  let output: Buffer;
  try {
    output = execFileSync('reg', ['query', key, '/ve'], { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true, timeout: 5000 });
  } catch {
    return undefined; // no such key (reg exits 1), or no reg.exe
  }
  return parseRegQuery(decodeConsoleText(output));
}

/**
 * reg.exe prints
 *     (Default)    REG_SZ    C:\Program Files\Google\Chrome\Application\chrome.exe
 * with "(Default)" in the system's language (「(默认)」 on Chinese Windows), so
 * the value is found by its type, not its name.
 */
export function parseRegQuery(output: string): string | undefined {
  const match = /^[ \t]+\S.*?[ \t]+REG_(?:EXPAND_)?SZ[ \t]+(.+?)[ \t\r]*$/m.exec(output);
  return match?.[1] || undefined;
}

/** reg.exe writes in the console's code page: GBK (936) on Chinese Windows, where a user's folder may have a Chinese name. */
function decodeConsoleText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gbk').decode(bytes);
    } catch {
      return bytes.toString('latin1');
    }
  }
}
