/** File-system failures → message keys: every one is said in a sentence, never as a bare code. */
import type { MessageKey } from "./messages";

const BY_CODE: Record<string, MessageKey> = {
  ENOENT: "notFound",
  ENOTDIR: "notDirectory",
  EACCES: "noAccess",
  EPERM: "noAccess",
  EISDIR: "isDirectory",
  EEXIST: "exists",
  ENOSPC: "noSpace",
  EDQUOT: "noSpace",
  EROFS: "readOnly",
  EBUSY: "busy",
  ENAMETOOLONG: "nameTooLong",
  EMFILE: "tooManyOpen",
  ENFILE: "tooManyOpen",
};

export function fsReason(error: unknown): MessageKey {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && BY_CODE[code]) || "fsOther";
}
