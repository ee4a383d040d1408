/** File-system failures → message keys: every one is said in a sentence, never as a bare code. */
import type { MessageId } from "../i18n";

const BY_CODE: Record<string, MessageId> = {
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

export function fsReason(error: unknown): MessageId {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && BY_CODE[code]) || "fsOther";
}
