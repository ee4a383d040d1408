/**
 * ANSI colours, on a terminal only. FORCE_COLOR wins over NO_COLOR, as in Node
 * itself (tty.getColorDepth); NO_COLOR follows no-color.org (any non-empty value).
 */
export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export function makeColors(enabled: boolean): Colors {
  if (!enabled) {
    return { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain };
  }
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    underline: wrap(4, 24),
  };
}
